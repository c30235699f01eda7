"""Regressions: each bug the fuzzing found in the dataset, picture and workspace loaders, with
its input and the exact message.
"""

from __future__ import annotations

import gzip
import json
import pickle
import struct
import tokenize
import zlib
from pathlib import Path

import numpy as np
import pytest

from core.cli.predict import read_image
from core.data.catalogue import load_dataset
from core.data.cifar import CIFAR_BATCHES
from core.data.dataset import Dataset, DatasetError
from core.model.spec import SpecError
from core.model.workspace import WorkspaceError, load_workspace
from tests.core.fuzz.samples import (
    cifar_batch,
    idx_bytes,
    npz_bytes,
    png_chunk,
    refusal,
    valid_npz_arrays,
    workspace_members,
    zip_with_damage,
)
from tests.core.fuzz.strategies import zip_bytes, zip_members


def dataset_at(path: Path) -> Dataset:
    return load_dataset(str(path))


# .npz datasets (core/data/catalogue.py).

def npy_with_header(header: str, payload: bytes = b"") -> bytes:
    header = header + " " * 4 + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin1") + payload


def npz_with(tmp_path: Path, **replaced: bytes) -> Path:
    members = zip_members(npz_bytes(valid_npz_arrays()))
    members.update({f"{k}.npy": v for k, v in replaced.items()})
    path = tmp_path / "bad.npz"
    path.write_bytes(zip_bytes(members))
    return path


def test_regression_npz_member_that_is_not_an_npy(tmp_path: Path) -> None:
    """Was AttributeError: 'bytes' object has no attribute 'ndim' (np.load hands such members over as
    bytes; datasets._read_npz_arrays)."""
    path = npz_with(tmp_path, y_test=b"")
    assert str(refusal(dataset_at, path, DatasetError)) == \
        f"{path}: y_test inside is not a numpy array (its y_test.npy is damaged); save the file again with " \
        "numpy.savez"


def test_regression_npz_header_claiming_a_petabyte(tmp_path: Path) -> None:
    """Was numpy's MemoryError ("Unable to allocate 1.00 PiB"), from the header's shape."""
    path = npz_with(tmp_path, x_test=npy_with_header(
        "{'descr': '|u1', 'fortran_order': False, 'shape': (1125899906842624,), }", b"\0" * 64))
    e = refusal(dataset_at, path, DatasetError)
    assert isinstance(e.__cause__, MemoryError)
    assert str(e) == f"{path}: not enough memory to load it ({e.__cause__}); use a smaller dataset, or " \
                     "save the file again with numpy.savez if it is damaged"


@pytest.mark.parametrize(("header", "cause"), [
    ("{[1]: 2}", TypeError),  # ast.literal_eval: unhashable type: 'list'
    ("{'descr': '<f8', 'fortran_order': False, 'shape': (2,)", tokenize.TokenError),  # never closed
])
def test_regression_npz_header_parser_errors(tmp_path: Path, header: str, cause: type) -> None:
    path = npz_with(tmp_path, x_train=npy_with_header(header))
    e = refusal(dataset_at, path, DatasetError)
    assert type(e.__cause__) is cause
    assert str(e) == f"{path}: not a readable .npz file ({e.__cause__}); save it with numpy.savez"


@pytest.mark.parametrize("damage", ["encrypted", "version"])
def test_regression_npz_zip_damage(tmp_path: Path, damage: str) -> None:
    """Were RuntimeError (an encrypted member) and NotImplementedError ("zip file version 8.4")."""
    path = tmp_path / "bad.npz"
    path.write_bytes(zip_with_damage(zip_members(npz_bytes(valid_npz_arrays())), damage))
    inside = {"encrypted": "File 'x_train.npy' is encrypted, password required for extraction",
              "version": "zip file version 8.4"}[damage]
    assert str(refusal(dataset_at, path, DatasetError)) == \
        f"{path}: not a readable .npz file ({inside}); save it with numpy.savez"


def test_regression_damaged_npz_is_closed(tmp_path: Path) -> None:
    """np.load(path) left the file open when the zip was damaged (a ResourceWarning; on Windows the
    file stays locked until the process ends)."""
    import gc
    import warnings

    path = npz_with(tmp_path)
    path.write_bytes(path.read_bytes()[:300])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(DatasetError, match=r"not a readable \.npz file"):
            load_dataset(str(path))
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


# CIFAR-10 batches (core/data/catalogue.py).

@pytest.mark.parametrize(("batch", "what"), [
    ({b"data": [[300] * 3072], b"labels": [0]}, "data are not pixel values 0–255"),  # was OverflowError
    ({b"data": np.full((1, 3072), 300), b"labels": [0]}, "data are not pixel values 0–255"),  # was read
    ({b"data": np.zeros((1, 3072), np.uint8), b"labels": [2**70]}, "labels are not class numbers"),
])
def test_regression_cifar_batch_values_out_of_range(tmp_path: Path, batch: dict, what: str) -> None:
    """A list holding 300 raised OverflowError; an array holding 300 was silently wrapped to 44;
    a label of 2**70 raised OverflowError (datasets._read_cifar_batch)."""
    folder = tmp_path / "cifar"
    folder.mkdir()
    for i, b in enumerate(CIFAR_BATCHES):
        (folder / b).write_bytes(pickle.dumps(batch, protocol=3) if i == 0 else cifar_batch(1, i))
    assert str(refusal(dataset_at, folder, DatasetError)) == \
        f"{folder / 'data_batch_1'}: not a CIFAR-10 batch (its {what}); delete it and download again"


# Built-in datasets from Keras's cache, and IDX folders (core/data/catalogue.py).

def test_regression_menu_reads_a_damaged_gzip_header(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Was zlib.error from dataset_sources (datasets._idx_count reads the first 8 bytes of each .gz):
    the Dataset menu itself failed to open."""
    from core.data.catalogue import FASHION_FILES, dataset_sources

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    folder = tmp_path / "datasets" / "fashion-mnist"
    folder.mkdir(parents=True)
    for f in FASHION_FILES:
        (folder / f).write_bytes(gzip.compress(idx_bytes(0x801, [1], b"\0")))
    raw = bytearray((folder / "t10k-labels-idx1-ubyte.gz").read_bytes())
    raw[10] |= 0b110  # the first deflate block says block type 3, which does not exist
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(bytes(raw))
    row = next(r for r in dataset_sources() if r["name"] == "fashion_mnist")
    assert not row["available_offline"] and row["note"] == \
        f"{folder / 't10k-labels-idx1-ubyte.gz'}: cannot read (Error -3 while decompressing data: invalid " \
        "block type)"


def test_regression_mnist_cache_gets_the_npz_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keras's mnist.npz went to _finish unchecked: a 0-d y_train raised TypeError: len() of unsized
    object (datasets._load_builtin), float pixels were cast to uint8 unseen."""
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    path = tmp_path / "datasets" / "mnist.npz"
    path.parent.mkdir()
    path.write_bytes(npz_bytes(valid_npz_arrays() | {"y_train": np.array(3)}))
    assert str(refusal(lambda _: load_dataset("mnist"), path, DatasetError)) == \
        f"{path}: y_train: labels must be one class index per image, shape (n,); found ()"


def test_regression_empty_train_split_with_another_image_size(tmp_path: Path) -> None:
    """An empty train split of 1×1 images let test images of 0×1 through (datasets._finish checked
    only the train split's size): a Dataset whose image_shape held a 0."""
    folder = tmp_path / "idx"
    folder.mkdir()
    (folder / "train-images-idx3-ubyte").write_bytes(idx_bytes(0x803, [0, 1, 1], b""))
    (folder / "train-labels-idx1-ubyte").write_bytes(idx_bytes(0x801, [0], b""))
    (folder / "t10k-images-idx3-ubyte").write_bytes(idx_bytes(0x803, [1, 0, 1], b""))
    (folder / "t10k-labels-idx1-ubyte").write_bytes(idx_bytes(0x801, [1], b"\0"))
    assert str(refusal(dataset_at, folder, DatasetError)) == f"{folder}: images of size 0×1 are empty"


# Pictures (core/data/catalogue.py image folders, core/cli/predict.py).

BOMB = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 65535, 65535, 8, 0, 0, 0, 0)) + \
    png_chunk(b"IDAT", zlib.compress(b"")) + png_chunk(b"IEND", b"")
BOMB_TEXT = ("Image size (4294836225 pixels) exceeds limit of 178956970 pixels, could be decompression bomb "
             "DOS attack.")


def test_regression_image_folder_decompression_bomb(tmp_path: Path) -> None:
    """Was PIL.Image.DecompressionBombError (a plain Exception; datasets._load_image_folder)."""
    path = tmp_path / "pics" / "a" / "huge.png"
    path.parent.mkdir(parents=True)
    path.write_bytes(BOMB)
    assert str(refusal(dataset_at, tmp_path / "pics", DatasetError)) == \
        f"{path}: not a readable image ({BOMB_TEXT}); remove or replace it"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("huge.png", BOMB, f"the picture is too large to open safely ({BOMB_TEXT}); use a smaller picture"),
    ("cut.pgm", b"P5 4 4", "not an image that can be read (try PNG or JPG)"),  # ValueError: Reached EOF
    ("bad.ppm", b"P6 4 < 255", "not an image that can be read (try PNG or JPG)"),  # ValueError: int('<')
])
def test_regression_read_image_pillow_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    """Were DecompressionBombError and ValueError (cli_predict.read_image caught only OSError)."""
    path = tmp_path / name
    path.write_bytes(data)
    assert str(refusal(read_image, path, SpecError)) == f"{path}: {message}"


# Workspaces (core/model/workspace.py).

def workspace_with(tmp_path: Path, meta: dict | None = None, **members: bytes) -> Path:
    contents = dict(workspace_members())
    if meta is not None:
        contents["workspace.json"] = json.dumps(json.loads(contents["workspace.json"]) | meta).encode()
    contents.update(members)
    path = tmp_path / "bad.digitscope"
    path.write_bytes(zip_bytes(contents))
    return path


def test_regression_workspace_curve_that_is_a_single_number(tmp_path: Path) -> None:
    """Was TypeError: len() of unsized object (workspace.load_workspace)."""
    path = workspace_with(tmp_path, **{"curves.npz": npz_bytes(
        {"run0_x": np.array(1.0), "run0_loss": np.ones(3), "run0_acc": np.ones(3)})})
    assert str(refusal(load_workspace, path, WorkspaceError)) == \
        "bad.digitscope: run 1's curves inside curves.npz are damaged (they must be lists of numbers)"


def test_regression_workspace_weights_member_that_is_not_an_npy(tmp_path: Path) -> None:
    """Was AttributeError: 'bytes' object has no attribute 'dtype' (workspace._load_npz)."""
    weights = zip_members(workspace_members()["weights.npz"]) | {"w000.npy": b"junk"}
    path = workspace_with(tmp_path, **{"weights.npz": zip_bytes(weights)})
    assert str(refusal(load_workspace, path, WorkspaceError)) == \
        "bad.digitscope: weights.npz inside is damaged (w000 is not an array); the workspace cannot be opened"


def test_regression_workspace_npy_header_never_closed(tmp_path: Path) -> None:
    """Was tokenize.TokenError (numpy's header parser; workspace._load_npz)."""
    header = npy_with_header("{'descr': '<f8', 'fortran_order': False, 'shape': (3,)")
    curves = zip_members(workspace_members()["curves.npz"]) | {"run0_x.npy": header}
    path = workspace_with(tmp_path, **{"curves.npz": zip_bytes(curves)})
    e = refusal(load_workspace, path, WorkspaceError)
    assert str(e) == f"bad.digitscope: curves.npz inside is damaged ({e.__cause__}); the workspace cannot " \
                     "be opened"


def test_regression_workspace_zip_version(tmp_path: Path) -> None:
    """Was NotImplementedError: zip file version 8.4 (zipfile.ZipFile in workspace.load_workspace)."""
    path = tmp_path / "bad.digitscope"
    path.write_bytes(zip_with_damage(workspace_members(), "version"))
    assert str(refusal(load_workspace, path, WorkspaceError)) == \
        "bad.digitscope: not a DigitScope workspace (it is not a zip file, or it is cut short)"


def test_regression_workspace_stroke_beyond_a_float(tmp_path: Path) -> None:
    """Was OverflowError: int too large to convert to float (workspace._check_strokes)."""
    path = workspace_with(tmp_path, {"strokes": [[[10**400, 1]]]})
    assert str(refusal(load_workspace, path, WorkspaceError)) == \
        "bad.digitscope: 'strokes' must hold strokes of [x, y] number pairs"


def test_regression_workspace_json_nested_too_deeply(tmp_path: Path) -> None:
    """Was RecursionError (json.loads in workspace.load_workspace)."""
    path = workspace_with(tmp_path, **{"workspace.json": b"[" * 5000})
    e = refusal(load_workspace, path, WorkspaceError)
    assert str(e) == f"bad.digitscope: workspace.json inside is damaged ({e.__cause__})"
