"""core.data.preprocess: images to the model's input shape, labels for the loss, the validation split."""

from __future__ import annotations

import numpy as np
import pytest

from core.data.dataset import DatasetError
from core.data.preprocess import encode_labels, prepare_images, split_validation


def gray(n: int = 3, h: int = 28, w: int = 28) -> np.ndarray:
    return np.arange(n * h * w, dtype=np.int64).reshape(n, h, w).astype(np.uint8)


@pytest.mark.parametrize("shape", [(784,), (28, 28, 1), (28, 28)])
def test_grayscale_to_each_mnist_input_shape(shape: tuple[int, ...]) -> None:
    x = gray()
    out = prepare_images(x, shape)
    assert out.shape == (3, *shape) and out.dtype == np.float32
    assert np.allclose(out.reshape(3, -1), x.reshape(3, -1) / 255.0)
    assert out.min() == 0.0 and out.max() == 1.0


def test_colour_to_its_own_shape_or_flat() -> None:
    x = np.random.default_rng(0).integers(0, 256, (2, 32, 32, 3), dtype=np.uint8)
    assert prepare_images(x, (32, 32, 3)).shape == (2, 32, 32, 3)
    flat = prepare_images(x, (3072,))
    assert flat.shape == (2, 3072) and np.allclose(flat[0, :3], x[0, 0, 0] / 255.0)


def test_an_empty_split_keeps_its_shape() -> None:
    assert prepare_images(np.zeros((0, 28, 28), np.uint8), (28, 28, 1)).shape == (0, 28, 28, 1)


def test_cifar_into_an_mnist_model_names_both_shapes() -> None:
    x = np.zeros((2, 32, 32, 3), np.uint8)
    with pytest.raises(DatasetError, match=r"the images are 32×32×3 but the model's input shape is 28×28×1 "
                                           r"\(3,072 values per image against 784\): set the model's input "
                                           r"shape to 32×32×3 .*or choose a dataset of 28×28×1 images"):
        prepare_images(x, (28, 28, 1))


@pytest.mark.parametrize("shape", [(32, 32, 3), (28, 28, 3), (100,), (14, 56), (1, 28, 28)])
def test_mnist_into_other_shapes_is_refused(shape: tuple[int, ...]) -> None:
    with pytest.raises(DatasetError, match=r"the images are 28×28 .* set the model's input shape to "
                                           r"28×28×1 or 28×28 \(or a flat 784\)"):
        prepare_images(gray(), shape)


def test_sparse_labels_stay_integers() -> None:
    y = np.array([3, 0, 9], dtype=np.int64)
    out = encode_labels(y, "sparse_categorical_crossentropy", 10)
    assert out.dtype == np.int64 and out.tolist() == [3, 0, 9]


@pytest.mark.parametrize("loss", ["categorical_crossentropy", "mse", "binary_crossentropy"])
def test_one_hot_like_to_categorical(loss: str) -> None:
    out = encode_labels(np.array([2, 0, 1]), loss, 3)
    assert out.dtype == np.float32
    assert out.tolist() == [[0, 0, 1], [1, 0, 0], [0, 1, 0]]


def test_binary_with_two_classes_keeps_the_labels() -> None:
    out = encode_labels(np.array([1, 0, 1], dtype=np.uint8), "binary_crossentropy", 2)
    assert out.dtype == np.float32 and out.shape == (3,) and out.tolist() == [1.0, 0.0, 1.0]


def test_empty_labels_encode_to_empty() -> None:
    assert encode_labels(np.zeros(0, np.int64), "categorical_crossentropy", 10).shape == (0, 10)


def test_label_refusals() -> None:
    with pytest.raises(DatasetError, match="label 10 is outside 0–9: the model has 10 classes"):
        encode_labels(np.array([0, 10]), "categorical_crossentropy", 10)
    with pytest.raises(DatasetError, match="label -1 is outside 0–9"):
        encode_labels(np.array([-1, 3]), "sparse_categorical_crossentropy", 10)
    with pytest.raises(DatasetError, match="unknown loss 'hinge': known are sparse_categorical_crossentropy"):
        encode_labels(np.array([0]), "hinge", 10)


def test_validation_int_takes_the_first_samples_like_the_notes() -> None:
    x, y = np.arange(10) * 10, np.arange(10)
    x_tr, y_tr, x_val, y_val = split_validation(x, y, 3)
    assert x_val.tolist() == [0, 10, 20] and y_val.tolist() == [0, 1, 2]
    assert x_tr.tolist() == [30, 40, 50, 60, 70, 80, 90] and y_tr.tolist() == [3, 4, 5, 6, 7, 8, 9]


def test_validation_fraction_takes_the_last_part_like_keras() -> None:
    x, y = np.arange(10), np.arange(10)
    # Keras: split_at = floor(10 * (1 - 0.25)) = 7
    x_tr, _, x_val, y_val = split_validation(x, y, 0.25)
    assert x_tr.tolist() == list(range(7)) and x_val.tolist() == [7, 8, 9] and y_val.tolist() == [7, 8, 9]


@pytest.mark.parametrize("none", [0, 0.0])
def test_no_validation(none: float) -> None:
    x, y = np.arange(4), np.arange(4)
    x_tr, y_tr, x_val, y_val = split_validation(x, y, none)
    assert x_tr is x and y_tr is y and x_val is None and y_val is None


@pytest.mark.parametrize(("validation", "message"), [
    (10, "validation takes 10 samples but there are only 10: none would be left for training"),
    (-2, "validation must be a positive number of samples"),
    (1.0, r"a validation fraction must be in \[0, 1\), not 1"),
    (1.5, r"a validation fraction must be in \[0, 1\), not 1.5"),
    (-0.1, r"a validation fraction must be in \[0, 1\)"),
    (0.95, "10 samples cannot be split with a validation fraction of 0.95: one side would be empty"),
    (True, "validation must be a number of samples or a fraction, not True"),
])
def test_validation_refusals(validation: float, message: str) -> None:
    with pytest.raises(DatasetError, match=message):
        split_validation(np.arange(10), np.arange(10), validation)
