"""A layer's arrays as pictures: a Dense layer's incoming weights per unit, Conv2D filters per
channel (RGB for a first layer on colour images), feature maps; and inputs shown as images.
Reshaped, never rescaled: a view shows exactly the values Keras holds."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from core.inspection.predictor import model_input_shape

# Layers that only lay the input out differently (no weights, values unchanged or rescaled
# element by element): a Dense layer after only these still sees the image's pixels.
_LAYOUT_ONLY = {"InputLayer", "Flatten", "Reshape", "Dropout", "Rescaling", "GaussianNoise",
                "SpatialDropout2D", "AlphaDropout", "GaussianDropout"}


def image_shape_of(input_shape: tuple[int, ...]) -> tuple[int, ...] | None:
    """How an input is shown as a picture: (h, w) grey or (h, w, 3) colour; None if it is not one.

    A flat 784 input is a 28×28 digit and a flat 3,072 one a 32×32 colour image, as in the notes.
    """
    shape = tuple(input_shape)
    if len(shape) == 2:
        return shape
    if len(shape) == 3 and shape[2] == 1:
        return shape[:2]
    if len(shape) == 3 and shape[2] == 3:
        return shape
    if len(shape) == 1:
        side = math.isqrt(shape[0])
        if side * side == shape[0]:
            return (side, side)
        side = math.isqrt(shape[0] // 3)
        if shape[0] % 3 == 0 and side * side * 3 == shape[0]:
            return (side, side, 3)
    return None


def as_image(x: np.ndarray) -> np.ndarray:
    """An input as a picture: (h, w) or (h, w, 3); anything else is returned as one row."""
    x = np.asarray(x)
    shape = image_shape_of(x.shape)
    return x.reshape(shape) if shape is not None else x.reshape(1, -1)


def first_dense_image_shape(model: Any, index: int) -> tuple[int, ...] | None:
    """For a Dense layer that sees the input image's pixels directly (only Flatten-like layers
    before it), the picture shape its incoming weights can be shown in; otherwise None."""
    layers = model.layers
    if type(layers[index]).__name__ != "Dense":
        return None
    if any(type(layer).__name__ not in _LAYOUT_ONLY for layer in layers[:index]):
        return None
    shape = image_shape_of(model_input_shape(model))
    if shape is None or math.prod(shape) != int(layers[index].kernel.shape[0]):
        return None
    return shape


def neuron_images(kernel: np.ndarray, image_shape: tuple[int, ...]) -> np.ndarray | None:
    """Each unit's incoming weights as a picture: (units, h, w) or (units, h, w, 3); None if the
    kernel's inputs are not that picture's pixels. Unit u's image is kernel[:, u] in pixel order."""
    if kernel.ndim != 2 or kernel.shape[0] != math.prod(image_shape):
        return None
    return np.ascontiguousarray(kernel.T.reshape(kernel.shape[1], *image_shape))


def conv_filters(kernel: np.ndarray) -> np.ndarray:
    """A Conv2D kernel (kh, kw, in, out) as (out, in, kh, kw): one small image per filter and
    input channel."""
    return np.ascontiguousarray(kernel.transpose(3, 2, 0, 1))


def conv_filters_rgb(kernel: np.ndarray) -> np.ndarray:
    """A first Conv2D on colour images, (kh, kw, 3, out), as (out, kh, kw, 3): one RGB image per filter."""
    return np.ascontiguousarray(kernel.transpose(3, 0, 1, 2))


def feature_maps(output: np.ndarray) -> np.ndarray:
    """A Conv/Pool output for one input, (h, w, channels), as (channels, h, w)."""
    return np.ascontiguousarray(np.asarray(output).transpose(2, 0, 1))
