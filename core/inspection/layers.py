"""What is inside a Keras Sequential model: its layers, their real arrays as images, and each
layer's output for one input (Qt-free; Keras is imported inside functions).

Everything here returns numpy copies of the model's own arrays, reshaped but never rescaled,
so a view can show exactly what `layer.get_weights()` and the layer's output hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.i18n import translate
from core.inspection.predictor import model_input_shape, read_keras_model

# Layers that only lay the input out differently (no weights, values unchanged or rescaled
# element by element): a Dense layer after only these still sees the image's pixels.
_LAYOUT_ONLY = {"InputLayer", "Flatten", "Reshape", "Dropout", "Rescaling", "GaussianNoise",
                "SpatialDropout2D", "AlphaDropout", "GaussianDropout"}


@dataclass(frozen=True)
class LayerRow:
    """One layer as the layer list shows it."""

    index: int  # position in model.layers
    name: str
    type: str  # the Keras class name: Dense, Conv2D, ...
    input_shape: tuple[int, ...]  # without the batch axis
    output_shape: tuple[int, ...]
    weight_shapes: tuple[tuple[str, tuple[int, ...]], ...]  # ("kernel", (784, 300)), ("bias", (300,))
    params: int

    @property
    def has_weights(self) -> bool:
        return bool(self.weight_shapes)


def open_model(path: str | Path) -> tuple[Any, list[str]]:
    """A .keras model to look inside, and names for its classes; ValueError saying why not."""
    from core.data.catalogue import MNIST_CLASS_NAMES

    path = Path(path)
    model = read_keras_model(path)  # InferenceError, a ValueError, says why it cannot be read
    if len(getattr(model, "inputs", None) or []) != 1 or not getattr(model, "layers", None):
        raise ValueError(translate("inspection", "{name}: only models with one input and a stack of layers "
                                   "(like keras.Sequential) can be shown here.").format(name=path.name))
    outputs = int(model.outputs[0].shape[-1])
    return model, list(MNIST_CLASS_NAMES) if outputs == 10 else [str(i) for i in range(outputs)]


def _shape(tensor_shape: Any) -> tuple[int, ...]:
    return tuple(int(d) for d in tuple(tensor_shape)[1:] if d is not None)


def _weight_name(variable: Any) -> str:
    # Keras 3 names a Dense layer's variables "kernel" and "bias" (path: "dense/kernel").
    return str(getattr(variable, "name", "") or variable.path).split("/")[-1].split(":")[0]


def layer_rows(model: Any) -> list[LayerRow]:
    """Every layer of a built Sequential model with its shapes and weight shapes."""
    rows = []
    for i, layer in enumerate(model.layers):
        rows.append(LayerRow(
            index=i, name=layer.name, type=type(layer).__name__,
            input_shape=_shape(layer.input.shape), output_shape=_shape(layer.output.shape),
            weight_shapes=tuple((_weight_name(w), tuple(int(d) for d in w.shape)) for w in layer.weights),
            params=int(layer.count_params()),
        ))
    return rows


def weights_dict(model: Any, index: int) -> dict[str, np.ndarray]:
    """The layer's arrays by name, in Keras's order (kernel, bias; gamma, beta, ...)."""
    layer = model.layers[index]
    return {_weight_name(v): np.array(w) for v, w in zip(layer.weights, layer.get_weights(), strict=True)}


def layer_arrays(model: Any, index: int, weights: list[np.ndarray]) -> dict[str, np.ndarray]:
    """The layer's arrays by name taken from a list shaped like `model.get_weights()` (a snapshot):
    Keras lists a model's weights layer by layer, each layer's in its own order."""
    start = sum(len(layer.weights) for layer in model.layers[:index])
    layer = model.layers[index]
    return {_weight_name(v): np.asarray(w)
            for v, w in zip(layer.weights, weights[start:start + len(layer.weights)], strict=True)}


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


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def shape_effect(model: Any, index: int) -> str:
    """What a layer without weights does, in a sentence with its real shapes."""
    layer = model.layers[index]
    kind = type(layer).__name__
    before = _shape(layer.input.shape)
    after = _shape(layer.output.shape)
    config = layer.get_config()
    # One whole sentence per kind (so a translator can reorder it), filled in with these values.
    values = {"name": layer.name, "kind": kind, "before": _shape_text(before), "after": _shape_text(after),
              "count": f"{math.prod(before):,}"}
    if kind == "Flatten":
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it lays its {before} input "
                         "out as one vector of {count} values: {after}.")
    elif kind in ("MaxPooling2D", "AveragePooling2D"):
        pool = "x".join(str(p) for p in config.get("pool_size", ()))
        strides = config.get("strides") or config.get("pool_size")
        values.update(pool=pool.replace("x", "×"), strides=_shape_text(tuple(strides)),
                      padding=config.get("padding"))
        text = (translate("inspection", "{name} ({kind}) has no weights to learn: it keeps the largest value "
                          "of each {pool} window (strides {strides}, padding '{padding}'), per channel: "
                          "{before} → {after}.") if kind.startswith("Max") else
                translate("inspection", "{name} ({kind}) has no weights to learn: it keeps the average value "
                          "of each {pool} window (strides {strides}, padding '{padding}'), per channel: "
                          "{before} → {after}."))
    elif kind in ("GlobalAveragePooling2D", "GlobalMaxPooling2D"):
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it reduces each channel's "
                         "whole map to one value: {before} → {after}.")
    elif kind in ("Dropout", "SpatialDropout2D"):
        values["rate"] = f"{100 * float(config.get('rate', 0)):g}"
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it sets a random {rate} % "
                         "of its inputs to 0 while training (and scales the rest up); when predicting it "
                         "passes them on. The shape stays {after}.")
    elif kind in ("Activation", "ReLU", "Softmax", "LeakyReLU"):
        values["function"] = config.get("activation", kind.lower())
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it applies {function} to "
                         "each value; the shape stays {after}.")
    elif kind == "Reshape":
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it arranges the same "
                         "{count} values as {after}.")
    elif kind == "Rescaling":
        values.update(scale=config.get("scale"), offset=config.get("offset"))
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it multiplies every value "
                         "by {scale} and adds {offset}; the shape stays {after}.")
    else:
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it turns {before} into "
                         "{after}.")
    return text.format(**values)


class ActivationProbe:
    """Each layer's output for one input, read from the model itself.

    One Keras model with every layer's output as an output, run through `predict_on_batch`
    (compiled once per probe, then a few milliseconds per call), so each layer's output is
    exactly what the next layer receives. Weights are shared with the inspected model: after
    `set_weights` on it, the probe computes with the new weights.
    """

    def __init__(self, model: Any) -> None:
        import keras

        self.model = model
        self._all = keras.Model(inputs=model.inputs[0], outputs=[layer.output for layer in model.layers])

    def outputs(self, x: np.ndarray) -> list[np.ndarray]:
        """Every layer's output for one input x (shaped like the model's input, no batch axis)."""
        shape = model_input_shape(self.model)
        batch = np.asarray(x, dtype=np.float32).reshape((1, *shape))
        result = self._all.predict_on_batch(batch)
        if not isinstance(result, (list, tuple)):
            result = [result]
        return [np.asarray(r)[0] for r in result]
