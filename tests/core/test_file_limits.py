"""Issue 17, item 3: small files that would unpack or decode to gigabytes are refused from what they
declare, before the memory is taken (core.files.limits), each with a message naming the file."""

from __future__ import annotations

import gzip
import struct
import time
import tracemalloc
import zipfile

import numpy as np
import pytest

import core.model.workspace as workspace
from core.data.catalogue import load_dataset
from core.data.dataset import DatasetError
from core.data.pictures import PictureError, read_picture
from core.files.limits import MAX_CONFIG_BYTES
from core.model.keras_file import KerasFileError, read_keras_config
from core.model.templates import template
from core.model.workspace import Workspace, WorkspaceError, load_workspace, save_workspace


def test_a_keras_zip_bomb_is_refused_unread(tmp_path):
    path = tmp_path / "bomb.keras"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("config.json", b" " * (MAX_CONFIG_BYTES + 1))  # 32 MB of spaces: ~32 kB on disk
    assert path.stat().st_size < 100_000
    tracemalloc.start()
    with pytest.raises(KerasFileError, match=r"config\.json would take 32\.0 MB unpacked") as caught:
        read_keras_config(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert str(path) in str(caught.value) and peak < 5 * 2**20  # refused from the declared size


def test_a_workspace_whose_arrays_claim_too_much_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "nested.digitscope"
    weights = [np.zeros(s, np.float32) for s in ((784, 50), (50,), (50, 10), (10,))]
    save_workspace(Workspace(template("mlp_50"), weights, 1), path)
    monkeypatch.setattr(workspace, "MAX_ARRAYS_BYTES", 100_000)  # the 157 kB of weights: "too much"
    with pytest.raises(WorkspaceError, match=r"nested\.digitscope: .*would take .* unpacked"):
        load_workspace(path)


def test_a_workspace_json_bomb_is_refused(tmp_path):
    path = tmp_path / "big.digitscope"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("workspace.json", b"[" + b"0," * (MAX_CONFIG_BYTES // 2) + b"0]")
    with pytest.raises(WorkspaceError, match=r"big\.digitscope: workspace\.json would take"):
        load_workspace(path)


def test_an_idx_header_claiming_gigabytes_is_refused_before_reading(tmp_path):
    folder = tmp_path / "idx"
    folder.mkdir()
    header = struct.pack(">IIII", 0x803, 20_000, 1000, 1000)  # 20,000 images of 1000×1000: 18.6 GB
    with gzip.open(folder / "train-images-idx3-ubyte.gz", "wb") as f:
        f.write(header + bytes(1_000_000))
    with gzip.open(folder / "train-labels-idx1-ubyte.gz", "wb") as f:
        f.write(struct.pack(">II", 0x801, 20_000) + bytes(20_000))
    t = time.perf_counter()
    with pytest.raises(DatasetError, match=r"train-images-idx3-ubyte.gz: its data would take 18.6 GB"):
        load_dataset(folder)
    assert time.perf_counter() - t < 2


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # Pillow warns, we refuse
def test_a_picture_of_huge_dimensions_is_refused_from_its_header(tmp_path):
    from PIL import Image

    path = tmp_path / "12000.png"
    Image.new("L", (12000, 12000)).save(path)  # ~140 kB, under Pillow's own limit
    assert path.stat().st_size < 1_000_000
    with pytest.raises(PictureError, match="12000×12000 pixels"):
        read_picture(path)
