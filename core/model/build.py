"""From a ModelSpec to a real, compiled Keras model: keras.Sequential, or a functional keras.Model
built from the graph (imports Keras lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.model.graph import layer_names, output_names
from core.model.layer_catalog import layer_type
from core.model.shapes import analyze_shapes
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


def make_layer(layer: LayerSpec, name: str | None = None) -> Any:
    """One Keras layer object (a TimeDistributed with what it wraps; not an Input)."""
    import keras

    kwargs = layer_kwargs(layer)
    if name:
        kwargs["name"] = name
    if layer.type == "TimeDistributed":
        inner = layer.inner
        wrapped = build_model(inner, compile=False) if isinstance(inner, ModelSpec) else make_layer(inner)
        return keras.layers.TimeDistributed(wrapped, **kwargs)
    return getattr(keras.layers, layer.type)(**kwargs)


def compile_arguments(spec: ModelSpec) -> dict[str, Any]:
    """loss, loss_weights and metrics as model.compile takes them: one of each for one output, a
    dict by output name for several (Keras 3 wants metrics per output then)."""
    c = spec.compile
    outputs = output_names(spec)
    if len(outputs) <= 1 and not c.outputs:
        return {"loss": c.loss, "metrics": list(c.metrics)}
    per = {name: c.for_output(name) for name in outputs}
    return {"loss": {n: o.loss for n, o in per.items()},
            "loss_weights": {n: o.loss_weight for n, o in per.items()},
            "metrics": {n: list(o.metrics) for n, o in per.items()}}


def build_model(spec: ModelSpec, compile: bool = True) -> keras.Model:
    """Build (and by default compile) the Keras model, Sequential or functional; BuildError if
    core sees a refusal."""
    errors = analyze_shapes(spec).errors
    if errors:
        raise BuildError(errors[0][1].message)
    import keras

    names = layer_names(spec)
    if not spec.functional:
        layers = [make_layer(layer, name) for layer, name in zip(spec.layers, names, strict=True)]
        model = keras.Sequential([keras.Input(shape=tuple(spec.input_shape)), *layers], name=spec.name)
    else:
        tensors: dict[str, Any] = {}
        inputs = []
        for layer, name in zip(spec.layers, names, strict=True):
            if layer.type == "Input":
                tensors[name] = keras.Input(shape=tuple(layer.params["shape"]), dtype=layer.params["dtype"],
                                            name=name)
                inputs.append(tensors[name])
                continue
            args = [tensors[n] for n in layer.inputs]
            merge = layer_type(layer.type).inputs == "many"
            tensors[name] = make_layer(layer, name)(args if merge else args[0])
        outputs = [tensors[n] for n in output_names(spec)]
        model = keras.Model(inputs=inputs if len(inputs) > 1 else inputs[0],
                            outputs=outputs if len(outputs) > 1 else outputs[0], name=spec.name)
    if compile:
        model.compile(optimizer=make_optimizer(spec.compile), **compile_arguments(spec))
    return model
