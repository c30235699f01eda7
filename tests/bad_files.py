"""Damaged and unsuitable files, made the ways files get damaged (cut short, overwritten, edited
by hand): the cases of issue 7's "bad input" list, shared by the window's and the CLI's tests."""

from __future__ import annotations

import errno
import gzip
import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from core.model.sources import SHIPPED_MODELS
from core.model.templates import template

DEFAULT_KERAS = SHIPPED_MODELS["default"]


def truncated(src: Path, dst: Path, keep: float = 0.5) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * keep)])
    return dst


def random_bytes(dst: Path, n: int = 3000) -> Path:
    dst.write_bytes(np.random.default_rng(7).integers(0, 256, n, dtype=np.uint8).tobytes())
    return dst


def keras_with_config(dst: Path, config: bytes) -> Path:
    """A copy of the shipped .keras whose config.json is replaced."""
    with zipfile.ZipFile(DEFAULT_KERAS) as src, zipfile.ZipFile(dst, "w") as out:
        for item in src.infolist():
            out.writestr(item, config if item.filename == "config.json" else src.read(item))
    return dst


def spec_json(dst: Path, mutate) -> Path:
    d = template("mlp_50").to_dict()
    mutate(d)
    dst.write_text(json.dumps(d))
    return dst


def damaged_model_file(kind: str, folder: Path) -> tuple[Path, str]:
    """(file, what the message must say besides the file name)."""
    if kind == "truncated .keras":
        return truncated(DEFAULT_KERAS, folder / "half.keras"), "truncated"
    if kind == "random .keras":
        return random_bytes(folder / "noise.keras"), "not a .keras file"
    if kind == "damaged config in .keras":
        return keras_with_config(folder / "config.keras", b'{"class_name": "Sequ'), "damaged"
    if kind == "truncated .json":
        text = template("mlp_50").to_json()
        (folder / "half.json").write_text(text[: len(text) // 2])
        return folder / "half.json", "not valid JSON"
    if kind == "unknown layer type":
        return spec_json(folder / "conv1d.json", lambda d: d["layers"].insert(0, {"type": "Conv1D"})), \
            "unknown layer type 'Conv1D'"
    if kind == "missing field":
        return spec_json(folder / "nolayers.json", lambda d: d.pop("layers")), "layers"
    if kind == "wrong type":
        def ten(d):
            d["layers"][0]["params"]["units"] = "ten"
        return spec_json(folder / "ten.json", ten), "'units' must be a whole number"
    raise AssertionError(kind)


MODEL_FILE_CASES = ["truncated .keras", "random .keras", "damaged config in .keras", "truncated .json",
                    "unknown layer type", "missing field", "wrong type"]


def write_images(folder: Path, sizes: dict[str, list[tuple[int, int]]]) -> Path:
    from PIL import Image

    for label, shapes in sizes.items():
        (folder / label).mkdir(parents=True)
        for i, (w, h) in enumerate(shapes):
            Image.fromarray(np.full((h, w), 30 * i, np.uint8)).save(folder / label / f"{i}.png")
    return folder


def bad_dataset(kind: str, folder: Path, tiny_npz: Path) -> tuple[Path, str]:
    """(dataset path, what the message must say)."""
    with np.load(tiny_npz) as f:
        arrays = {k: f[k] for k in f.files}
    if kind == "truncated .npz":
        return truncated(tiny_npz, folder / "half.npz"), "not a readable .npz file"
    if kind == "labels outside the class range":
        arrays["y_train"] = arrays["y_train"].copy()
        arrays["y_train"][5] = 12  # the model has 10 outputs
        np.savez(folder / "labels12.npz", **arrays)
        return folder / "labels12.npz", "label 12 is outside 0–9: the model's last layer gives 10"
    if kind == "empty dataset":
        np.savez(folder / "empty.npz", x_train=np.zeros((0, 28, 28), np.uint8), y_train=np.zeros(0, int))
        return folder / "empty.npz", "the dataset is empty"
    if kind == "truncated IDX file":
        idx = folder / "idx"
        idx.mkdir()
        x, y = arrays["x_train"], arrays["y_train"].astype(np.uint8)
        images = np.array([0x803, len(x), 28, 28], ">u4").tobytes() + x.tobytes()
        labels = np.array([0x801, len(y)], ">u4").tobytes() + y.tobytes()
        (idx / "train-images-idx3-ubyte.gz").write_bytes(gzip.compress(images)[:5000])
        (idx / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(labels))
        return idx, "train-images-idx3-ubyte.gz: the gzip file is truncated"
    if kind == "images of mixed sizes":
        return (write_images(folder / "mixed", {"0": [(28, 28), (28, 28)], "1": [(28, 28), (32, 30)]}),
                "images differ in size")
    if kind == "an unreadable image in the folder":
        root = write_images(folder / "broken", {"0": [(28, 28), (28, 28)], "1": [(28, 28)]})
        random_bytes(root / "1" / "scan.png")
        return root, "scan.png: not a readable image"
    if kind == "model input does not fit the images":
        np.savez(folder / "colour.npz", x_train=np.zeros((40, 32, 32, 3), np.uint8),
                 y_train=np.arange(40) % 10)
        return folder / "colour.npz", "32×32×3"
    raise AssertionError(kind)


DATA_CASES = ["truncated .npz", "labels outside the class range", "empty dataset", "truncated IDX file",
              "images of mixed sizes", "an unreadable image in the folder",
              "model input does not fit the images"]




def fail_writes(monkeypatch, how: str) -> str:
    """Make the next file writes fail as a full disk ("disk full": fsync fails after the bytes were
    written) or a folder the user may not write to ("permission denied"); Keras's own model.save
    writes half a zip, then fails the same way. The error text the user should see."""
    import keras

    code = errno.ENOSPC if how == "disk full" else errno.EACCES
    if how == "disk full":
        def fsync(_fd):
            raise OSError(code, os.strerror(code))
        monkeypatch.setattr(os, "fsync", fsync)
    else:
        def mkstemp(*_a, **_k):
            raise PermissionError(code, os.strerror(code))
        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)

    def save(_model, filepath, *a, **k):
        Path(filepath).write_bytes(b"PK\x03\x04 half a file")
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(keras.Model, "save", save)
    return os.strerror(code)
