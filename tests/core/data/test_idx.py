"""core.data.idx: IDX folders (gzipped or not, test-only), and every refusal."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.data.catalogue import load_dataset
from core.data.dataset import FASHION_CLASS_NAMES, MNIST_CLASS_NAMES, DatasetError
from tests.core.data.writers import esc, small_images, write_idx, write_idx_set

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
    assert d.summary() == f"{tmp_path / 'idx'}: 0 training and 7 test images of 28×28, 10 classes " \
                          f"(test-only IDX folder: {tmp_path / 'idx'})"


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
