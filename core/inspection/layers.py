"""What is inside a Keras model: its layers as the layer list shows them, their arrays by name
(now, or from an epoch snapshot), and what a layer without weights does, in a sentence.

Everything here returns numpy copies of the model's own arrays, never rescaled, so a view can
show exactly what `layer.get_weights()` holds. Keras is imported inside functions only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.i18n import translate


@dataclass(frozen=True)
class LayerRow:
    """One layer as the layer list shows it."""

    index: int  # position in model.layers (a functional model's: in graph order, inputs included)
    name: str
    type: str  # the Keras class name: Dense, Conv2D, ...
    input_shape: tuple[int, ...]  # without the batch axis (a merge's: its first input's)
    output_shape: tuple[int, ...]
    weight_shapes: tuple[tuple[str, tuple[int, ...]], ...]  # ("kernel", (784, 300)), ("bias", (300,))
    params: int
    input_shapes: tuple[tuple[int, ...], ...] = ()  # every input's (two or more for Add, Concatenate)
    inbound: tuple[str, ...] = ()  # the layers it takes its inputs from (a functional model's)

    @property
    def has_weights(self) -> bool:
        return bool(self.weight_shapes)


def check_inspectable(model: Any, name: str) -> None:
    """Refuse (ValueError) a model the layer list cannot show: no inputs or no layers."""
    if not getattr(model, "inputs", None) or not getattr(model, "layers", None):
        raise ValueError(translate("inspection", "{name}: a model with inputs and layers (Sequential or "
                                   "functional) can be shown here; this one has none.").format(name=name))


def _shape(tensor_shape: Any) -> tuple[int, ...]:
    return tuple(int(d) for d in tuple(tensor_shape)[1:] if d is not None)


def _weight_name(variable: Any) -> str:
    # Keras 3 names a Dense layer's variables "kernel" and "bias" (path: "dense/kernel").
    return str(getattr(variable, "name", "") or variable.path).split("/")[-1].split(":")[0]


def _inputs(layer: Any) -> list[Any]:
    """The tensors a layer takes (an InputLayer: its own output)."""
    if type(layer).__name__ == "InputLayer":
        return [layer.output]
    x = layer.input
    return list(x) if isinstance(x, (list, tuple)) else [x]


def layer_rows(model: Any) -> list[LayerRow]:
    """Every layer of a built model (Sequential, or functional in graph order) with its shapes and
    weight shapes."""
    rows = []
    for i, layer in enumerate(model.layers):
        inputs = _inputs(layer)
        shapes = tuple(_shape(t.shape) for t in inputs)
        inbound = () if type(layer).__name__ == "InputLayer" else tuple(
            t._keras_history[0].name for t in inputs if getattr(t, "_keras_history", None))
        rows.append(LayerRow(
            index=i, name=layer.name, type=type(layer).__name__,
            input_shape=shapes[0], output_shape=_shape(layer.output.shape),
            weight_shapes=tuple((_weight_name(w), tuple(int(d) for d in w.shape)) for w in layer.weights),
            params=int(layer.count_params()), input_shapes=shapes, inbound=inbound,
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


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def shape_effect(model: Any, index: int) -> str:
    """What a layer without weights does, in a sentence with its real shapes."""
    layer = model.layers[index]
    kind = type(layer).__name__
    inputs = _inputs(layer)
    before = _shape(inputs[0].shape)
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
    elif kind == "InputLayer":
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it is where the model "
                         "takes its data, {after} per sample.")
    elif kind in ("Add", "Concatenate"):
        values["inputs"] = " + ".join(_shape_text(_shape(t.shape)) for t in inputs)
        text = (translate("inspection", "{name} ({kind}) has no weights to learn: it adds its inputs value "
                          "by value, {inputs} → {after}.") if kind == "Add" else
                translate("inspection", "{name} ({kind}) has no weights to learn: it joins its inputs side "
                          "by side: {inputs} → {after}."))
    elif kind == "Rescaling":
        values.update(scale=config.get("scale"), offset=config.get("offset"))
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it multiplies every value "
                         "by {scale} and adds {offset}; the shape stays {after}.")
    else:
        text = translate("inspection", "{name} ({kind}) has no weights to learn: it turns {before} into "
                         "{after}.")
    return text.format(**values)


