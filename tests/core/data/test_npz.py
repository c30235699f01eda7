"""core.data.npz: the user's own .npz files, and every refusal."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.data.catalogue import load_dataset
from core.data.dataset import MNIST_CLASS_NAMES, Dataset, DatasetError
from tests.core.data.writers import esc, mnist_npz

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
