"""Small dataset files for the core.data tests: IDX files and folders, .npz files, CIFAR-10 batches
and archives, pictures and image folders; and esc() for a path inside a match= pattern."""

from __future__ import annotations

import gzip
import io
import pickle
import re
import struct
import tarfile
from pathlib import Path

import numpy as np


def esc(path: object) -> str:
    """A path inside a match= pattern, taken literally."""
    return re.escape(str(path))



def idx_bytes(arr: np.ndarray, magic: int | None = None) -> bytes:
    arr = np.asarray(arr, dtype=np.uint8)
    magic = (0x0800 | arr.ndim) if magic is None else magic
    return struct.pack(">I", magic) + struct.pack(f">{arr.ndim}I", *arr.shape) + arr.tobytes()


def write_idx(path: Path, arr: np.ndarray, gz: bool = True, magic: int | None = None,
              cut: int = 0) -> Path:
    data = idx_bytes(arr, magic)
    if cut:
        data = data[:-cut]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def small_images(n: int, h: int = 28, w: int = 28, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return (rng.integers(0, 256, (n, h, w), dtype=np.uint8), (np.arange(n) % 10).astype(np.uint8))


def write_idx_set(folder: Path, n_train: int = 30, n_test: int = 10, gz: bool = True,
                  train: bool = True) -> tuple[np.ndarray, ...]:
    sfx = ".gz" if gz else ""
    x_tr, y_tr = small_images(n_train, seed=1)
    x_te, y_te = small_images(n_test, seed=2)
    if train:
        write_idx(folder / f"train-images-idx3-ubyte{sfx}", x_tr, gz)
        write_idx(folder / f"train-labels-idx1-ubyte{sfx}", y_tr, gz)
    write_idx(folder / f"t10k-images-idx3-ubyte{sfx}", x_te, gz)
    write_idx(folder / f"t10k-labels-idx1-ubyte{sfx}", y_te, gz)
    return x_tr, y_tr, x_te, y_te


def mnist_npz(path: Path, n_train: int = 20, n_test: int = 5, **extra: np.ndarray) -> Path:
    x_tr, y_tr = small_images(n_train, seed=3)
    x_te, y_te = small_images(n_test, seed=4)
    arrays = {"x_train": x_tr, "y_train": y_tr, "x_test": x_te, "y_test": y_te, **extra}
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **{k: v for k, v in arrays.items() if v is not None})
    return path


def cifar_batch(n: int, seed: int, numpy_core: bool = False) -> bytes:
    """A CIFAR-10 batch as the Python 2 pickles are: bytes keys, (n, 3072) uint8 data, a label list."""
    rng = np.random.default_rng(seed)
    data = rng.integers(0, 256, (n, 3072), dtype=np.uint8)
    d = {b"batch_label": b"test", b"data": data, b"labels": [int(i % 10) for i in range(n)],
         b"filenames": [b"x.png"] * n}
    raw = pickle.dumps(d, protocol=3)  # GLOBAL opcodes, as the real (Python 2) files have
    if numpy_core:  # as pickled by numpy 1.x, as the real files are
        raw = raw.replace(b"numpy._core.multiarray", b"numpy.core.multiarray")
    return raw


def cifar_files(n: int = 3, numpy_core: bool = False) -> dict[str, bytes]:
    names = [*(f"data_batch_{i}" for i in range(1, 6)), "test_batch"]
    return {name: cifar_batch(n, seed, numpy_core) for seed, name in enumerate(names)}


def cifar_tar(path: Path, files: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"cifar-10-batches-py/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def save_png(path: Path, arr: np.ndarray) -> Path:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(arr).save(path)
    return path



def make_image_folder(root: Path, classes: dict[str, int], size: tuple[int, int] = (12, 10),
                      colour: bool = False) -> Path:
    rng = np.random.default_rng(0)
    for name, count in classes.items():
        for i in range(count):
            shape = (size[1], size[0], 3) if colour else (size[1], size[0])
            save_png(root / name / f"{i:03d}.png", rng.integers(0, 256, shape, dtype=np.uint8))
    return root

