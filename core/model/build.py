"""From a ModelSpec to a real, compiled keras.Sequential model (imports Keras lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.model.shapes import analyze_shapes, layer_names
from core.model.spec import OPTIMIZER_CLASSES, OPTIMIZERS_WITH_MOMENTUM, CompileSpec, LayerSpec, ModelSpec

if TYPE_CHECKING:
    import keras


class BuildError(ValueError):
    """The spec has a layer Keras would refuse; the message names it."""


def layer_kwargs(layer: LayerSpec) -> dict[str, Any]:
    """The Keras constructor arguments of a layer; the catalog uses Keras's own names."""
    return {k: (tuple(v) if isinstance(v, list) else v) for k, v in layer.params.items()}


def optimizer_kwargs(c: CompileSpec) -> dict[str, float]:
    """learning_rate, plus momentum for the optimizers that have it (when not 0)."""
    kwargs = {"learning_rate": c.learning_rate}
    if c.optimizer in OPTIMIZERS_WITH_MOMENTUM and c.momentum:
        kwargs["momentum"] = c.momentum
    return kwargs


def make_optimizer(c: CompileSpec) -> keras.optimizers.Optimizer:
    """A fresh Keras optimizer for these compile settings."""
    import keras

    return getattr(keras.optimizers, OPTIMIZER_CLASSES[c.optimizer])(**optimizer_kwargs(c))


def build_model(spec: ModelSpec, compile: bool = True) -> keras.Sequential:
    """Build (and by default compile) the Keras model; BuildError if core sees a refusal."""
    errors = analyze_shapes(spec).errors
    if errors:
        raise BuildError(errors[0][1].message)
    import keras

    layers = [
        getattr(keras.layers, layer.type)(name=name, **layer_kwargs(layer))
        for layer, name in zip(spec.layers, layer_names(spec), strict=True)
    ]
    model = keras.Sequential([keras.Input(shape=tuple(spec.input_shape)), *layers],
                             name=spec.name)
    if compile:
        model.compile(optimizer=make_optimizer(spec.compile), loss=spec.compile.loss,
                      metrics=list(spec.compile.metrics))
    return model
