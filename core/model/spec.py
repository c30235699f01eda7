"""The model as plain data: input shape, layers, compile settings; read and written as JSON.

A ModelSpec holds *what the user chose*, including values Keras would refuse
(units=0, a kernel larger than its input): the builder must be able to show such
a model with an error on its row. Values of the wrong *type* cannot be held: the
parser refuses them with a SpecError that names the layer and the field.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.i18n import translate
from core.model.errors import SpecError
from core.model.layer_catalog import LAYER_TYPES, layer_type
from core.model.values import finite_float, parse_shape, parse_value
from core.model.vocabulary import (
    DATASETS,
    IMAGE_DATASETS,
    LOSSES,
    METRICS,
    OPTIMIZER_CLASSES,
    OPTIMIZERS,
    OPTIMIZERS_WITH_MOMENTUM,
    REGRESSION_LOSSES,
    dataset_task,
    dataset_title,
)

# Where the names were before the split: core.model.spec stays the one import for them.
__all__ = ["DATASETS", "FUNCTIONAL_VERSION", "IMAGE_DATASETS", "LOSSES", "METRICS", "OPTIMIZERS",
           "OPTIMIZERS_WITH_MOMENTUM", "OPTIMIZER_CLASSES", "REGRESSION_LOSSES", "SPEC_FORMAT",
           "SPEC_VERSION", "CompileSpec", "LayerSpec", "ModelSpec", "OutputCompile", "SpecError",
           "dataset_task", "dataset_title", "short_name"]

SPEC_FORMAT = "digitscope.model"
SPEC_VERSION = 1  # a Sequential model; version 2 adds the functional API's graph (issue 18)
FUNCTIONAL_VERSION = 2


@dataclass
class LayerSpec:
    """One layer: its Keras class name, its parameters, and an optional user-given name.

    In a functional model (ModelSpec.functional) a layer also says where its input comes from:
    inputs names the layers (or Input rows) whose outputs it takes, in order; empty means the
    row above, as in a Sequential model. A TimeDistributed layer holds what it wraps in inner:
    a LayerSpec, or a whole ModelSpec (the notes' TimeDistributed(model)).
    """

    type: str
    params: dict[str, Any] = field(default_factory=dict)
    name: str = ""  # empty: named as Keras would (dense, dense_1, ...)
    inputs: list[str] = field(default_factory=list)
    inner: LayerSpec | ModelSpec | None = None

    @classmethod
    def new(cls, type_name: str, **params: Any) -> LayerSpec:
        """A layer of that type with the catalog's defaults, overridden by params (a new
        TimeDistributed wraps a Dense layer until another is chosen)."""
        from core.model.layer_catalog import TIME_DISTRIBUTED_DEFAULT

        values = layer_type(type_name).defaults()
        values.update(params)
        inner = LayerSpec.new(TIME_DISTRIBUTED_DEFAULT) if type_name == "TimeDistributed" else None
        return cls(type_name, values, inner=inner)

    def copy(self) -> LayerSpec:
        return LayerSpec(self.type, copy.deepcopy(self.params), self.name, list(self.inputs),
                         None if self.inner is None else self.inner.copy())


@dataclass
class OutputCompile:
    """One output's own loss, weight and metrics in a model with several outputs."""

    loss: str = "sparse_categorical_crossentropy"
    loss_weight: float = 1.0
    metrics: list[str] = field(default_factory=lambda: ["accuracy"])


@dataclass
class CompileSpec:
    """What model.compile() receives. loss and metrics are every output's, except where outputs
    gives an output (by its layer's name) a loss, weight and metrics of its own."""

    optimizer: str = "adam"
    learning_rate: float = 0.001
    momentum: float = 0.0
    loss: str = "sparse_categorical_crossentropy"
    metrics: list[str] = field(default_factory=lambda: ["accuracy"])
    outputs: dict[str, OutputCompile] = field(default_factory=dict)

    def for_output(self, name: str) -> OutputCompile:
        """The loss, weight and metrics of the output layer called name."""
        own = self.outputs.get(name)
        return own if own is not None else OutputCompile(self.loss, 1.0, list(self.metrics))


@dataclass
class ModelSpec:
    """A whole model as the builder holds it: a Sequential stack, or (functional=True) a graph
    built with the functional API, whose rows start with Input layers, whose layers may name
    their inputs, and whose outputs are the layers named in outputs (empty: the last row)."""

    input_shape: tuple[int, ...] = (28, 28, 1)  # a Sequential model's input; see input_shapes()
    layers: list[LayerSpec] = field(default_factory=list)
    compile: CompileSpec = field(default_factory=CompileSpec)
    dataset: str = "mnist"
    name: str = "sequential"
    functional: bool = False
    outputs: list[str] = field(default_factory=list)

    def copy(self) -> ModelSpec:
        return ModelSpec(
            tuple(self.input_shape), [layer.copy() for layer in self.layers],
            copy.deepcopy(self.compile), self.dataset, self.name, self.functional, list(self.outputs),
        )

    def architecture_key(self) -> str:
        """Equal for two specs exactly when the same weights fit both: the input shape and the
        layers (types, parameters, names, connections), not the compile settings, the dataset or
        the name."""
        d = self.to_dict()
        return json.dumps([d["input_shape"], d["layers"], d.get("outputs")], sort_keys=True)

    def as_functional(self) -> ModelSpec:
        """The same model written with the functional API: an Input row on top, every layer named
        and connected to the row above, the last layer the output (a copy when it is one already)."""
        from core.model.graph import layer_names, unique_name

        out = self.copy()
        if self.functional:
            return out
        names = layer_names(self)
        source = LayerSpec.new("Input", shape=tuple(self.input_shape))
        source.name = unique_name(self, "input_layer")
        previous = source.name
        for layer, name in zip(out.layers, names, strict=True):
            layer.name, layer.inputs = name, [previous]
            previous = name
        out.layers.insert(0, source)
        out.functional = True
        out.outputs = [names[-1]] if names else []
        if out.name == "sequential":
            out.name = "functional"
        return out

    def input_layers(self) -> list[LayerSpec]:
        """The Input rows of a functional model (none in a Sequential one)."""
        return [layer for layer in self.layers if layer.type == "Input"] if self.functional else []

    def input_shapes(self) -> list[tuple[int, ...]]:
        """One shape per model input, in the order model.fit takes them."""
        if not self.functional:
            return [tuple(self.input_shape)]
        return [tuple(layer.params["shape"]) for layer in self.input_layers()]

    @property
    def main_input_shape(self) -> tuple[int, ...]:
        """The first input's shape (the image of an image classifier)."""
        shapes = self.input_shapes()
        return shapes[0] if shapes else tuple(self.input_shape)

    @property
    def num_classes(self) -> int:
        return int(DATASETS.get(self.dataset, DATASETS["mnist"]).get("classes", 1))

    # --- JSON -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (tuples become lists). A Sequential model is written as version 1,
        exactly as before; a functional one as version 2."""
        d: dict[str, Any] = {
            "format": SPEC_FORMAT,
            "version": FUNCTIONAL_VERSION if self.functional else SPEC_VERSION,
            "name": self.name,
            "dataset": self.dataset,
            "input_shape": list(self.input_shape),
            "layers": [_layer_dict(layer) for layer in self.layers],
            "compile": {
                "optimizer": self.compile.optimizer,
                "learning_rate": self.compile.learning_rate,
                "momentum": self.compile.momentum,
                "loss": self.compile.loss,
                "metrics": list(self.compile.metrics),
            },
        }
        if self.compile.outputs:
            d["compile"]["outputs"] = {
                name: {"loss": o.loss, "loss_weight": o.loss_weight, "metrics": list(o.metrics)}
                for name, o in self.compile.outputs.items()}
        if self.functional:
            d["functional"] = True
            d["outputs"] = list(self.outputs)
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> ModelSpec:
        """Parse and type-check a dict; raise SpecError naming the first bad field."""
        if not isinstance(data, dict):
            raise SpecError(translate("spec", "the model description must be a JSON object with "
                                      "'input_shape' and 'layers'"))
        fmt = data.get("format", SPEC_FORMAT)
        if fmt != SPEC_FORMAT:
            raise SpecError(translate("spec", "'format' is {found}, expected {expected}").format(
                found=repr(fmt), expected=repr(SPEC_FORMAT)))
        for key in ("input_shape", "layers"):
            if key not in data:
                raise SpecError(translate("spec", "missing field '{field}'").format(field=key))
        input_shape = parse_shape(data["input_shape"], "input_shape", allow_minus_one=False)
        if any(d < 1 for d in input_shape):
            raise SpecError(translate("spec", "'input_shape' {shape} must contain only positive sizes")
                            .format(shape=list(input_shape)))
        raw_layers = data["layers"]
        if not isinstance(raw_layers, list):
            raise SpecError(translate("spec", "'layers' must be a list of layers"))
        functional = data.get("functional", False)
        if not isinstance(functional, bool):
            raise SpecError(translate("spec", "'functional' must be true or false"))
        layers = [_parse_layer(raw, i, functional) for i, raw in enumerate(raw_layers)]
        dataset = data.get("dataset", "mnist")
        if not isinstance(dataset, str) or dataset not in DATASETS:
            raise SpecError(translate("spec", "unknown dataset {dataset} (known: {known})").format(
                dataset=repr(dataset), known=", ".join(DATASETS)))
        name = data.get("name", "sequential")
        if not isinstance(name, str) or not name:
            raise SpecError(translate("spec", "'name' must be a non-empty string"))
        if "/" in name:  # Keras refuses the model itself, so nothing could be built or exported
            raise SpecError(translate("spec", "'name' {name} cannot contain '/'; rename the model")
                            .format(name=repr(name)))
        outputs = data.get("outputs", [])
        if not isinstance(outputs, list) or not all(isinstance(o, str) for o in outputs):
            raise SpecError(translate("spec", "'outputs' must be a list of layer names"))
        spec = cls(input_shape, layers, _parse_compile(data.get("compile", {})), dataset, name,
                   functional, list(outputs))
        if functional:
            from core.model.graph import settle_graph

            settle_graph(spec)  # names fixed, references checked, rows in an order inputs come first
        return spec

    @classmethod
    def from_json(cls, text: str) -> ModelSpec:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise SpecError(translate("spec", "not valid JSON ({error} at line {line}, column {column})")
                            .format(error=e.msg, line=e.lineno, column=e.colno)) from e
        except RecursionError as e:  # json's parser recurses once per level of [ or {
            raise SpecError(translate("spec", "not a model description: its JSON is nested too deeply "
                                      "(over ~1,000 levels of [ or {); open the .json file the builder "
                                      "saved")) from e
        except ValueError as e:  # an integer of more than 4,300 digits (Python's limit)
            raise SpecError(translate("spec", "not valid JSON (a number in it is too long to read); open "
                                      "the .json file the builder saved")) from e
        return cls.from_dict(data)

    @classmethod
    def load(cls, path: str | Path) -> ModelSpec:
        """Read a spec .json file; SpecError names the file."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise SpecError(translate("spec", "{path}: not a text file").format(path=path)) from e
        except OSError as e:
            raise SpecError(translate("spec", "{path}: cannot read ({reason})").format(
                path=path, reason=e.strerror)) from e
        try:
            return cls.from_json(text)
        except SpecError as e:
            raise SpecError(f"{path}: {e}") from e

    def save(self, path: str | Path) -> None:
        """Write the spec as JSON atomically (the old file survives a failed write)."""
        from core.files.atomic import atomic_write_text

        atomic_write_text(Path(path), self.to_json())


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _layer_dict(layer: LayerSpec) -> dict[str, Any]:
    d: dict[str, Any] = {"type": layer.type, **({"name": layer.name} if layer.name else {}),
                         "params": {k: _jsonable(v) for k, v in layer.params.items()}}
    if layer.inputs:
        d["inputs"] = list(layer.inputs)
    if isinstance(layer.inner, LayerSpec):
        d["layer"] = _layer_dict(layer.inner)
    elif isinstance(layer.inner, ModelSpec):
        d["layer"] = {"model": layer.inner.to_dict()}
    return d


def _parse_inner(raw: Any, where: str) -> LayerSpec | ModelSpec:
    """What a TimeDistributed wraps: a layer object, or {"model": a model description}."""
    if isinstance(raw, dict) and "model" in raw:
        try:
            return ModelSpec.from_dict(raw["model"])
        except SpecError as e:
            raise SpecError(f"{where}: {translate('spec', 'the wrapped model')}: {e}") from e
    inner = _parse_layer(raw, 0, False, where=f"{where}: {translate('spec', 'the wrapped layer')}")
    if layer_type(inner.type).inputs != "one" or inner.type == "TimeDistributed":
        raise SpecError(translate("spec", "{where}: TimeDistributed cannot wrap {type}; wrap a layer such "
                                  "as Dense or Conv2D, or a model").format(where=where, type=inner.type))
    return inner


def _parse_layer(raw: Any, index: int, functional: bool = False, where: str | None = None) -> LayerSpec:
    where = where or translate("spec", "layer {number}").format(number=index + 1)
    if not isinstance(raw, dict):
        raise SpecError(translate("spec", "{where}: must be an object with a 'type', got {value}")
                        .format(where=where, value=repr(raw)))
    type_name = raw.get("type")
    if not isinstance(type_name, str):
        raise SpecError(translate("spec", "{where}: missing 'type' (one of {types})").format(
            where=where, types=", ".join(LAYER_TYPES)))
    if type_name not in LAYER_TYPES:
        raise SpecError(translate("spec", "{where}: unknown layer type {type} (DigitScope knows {types})")
                        .format(where=where, type=repr(type_name), types=", ".join(LAYER_TYPES)))
    lt = LAYER_TYPES[type_name]
    name = raw.get("name", "")
    if not isinstance(name, str):
        raise SpecError(translate("spec", "{where}: 'name' must be text, got {value}").format(
            where=where, value=repr(name)))
    where = f"{where} ({name or type_name})"
    params_in = raw.get("params", {})
    if not isinstance(params_in, dict):
        raise SpecError(translate("spec", "{where}: 'params' must be an object").format(where=where))
    unknown = set(params_in) - {p.name for p in lt.params}
    if unknown:
        if lt.params:
            message = translate("spec", "{where}: unknown parameter(s) {unknown} for {type} (it takes: "
                                "{known})")
        else:
            message = translate("spec", "{where}: unknown parameter(s) {unknown} for {type} (it takes: "
                                "none)")
        raise SpecError(message.format(where=where, unknown=", ".join(sorted(unknown)), type=type_name,
                                       known=", ".join(p.name for p in lt.params)))
    params = {}
    for p in lt.params:
        if p.name in params_in:
            params[p.name] = parse_value(p, params_in[p.name], where)
        elif p.required:
            raise SpecError(translate("spec", "{where}: missing parameter '{param}' ({about})").format(
                where=where, param=p.name, about=p.translated_tooltip()))
        else:
            params[p.name] = p.default
    inputs = raw.get("inputs", [])
    if not isinstance(inputs, list) or not all(isinstance(x, str) for x in inputs):
        raise SpecError(translate("spec", "{where}: 'inputs' must be a list of layer names").format(
            where=where))
    if inputs and not functional:
        raise SpecError(translate("spec", "{where}: 'inputs' connects layers of a functional model; add "
                                  "\"functional\": true to the model").format(where=where))
    inner = None
    if type_name == "TimeDistributed":
        if "layer" not in raw:
            raise SpecError(translate("spec", "{where}: a TimeDistributed needs the 'layer' it wraps").format(
                where=where))
        inner = _parse_inner(raw["layer"], where)
    elif "layer" in raw:
        raise SpecError(translate("spec", "{where}: only TimeDistributed wraps a 'layer'").format(
            where=where))
    return LayerSpec(type_name, params, name, list(inputs), inner)


def _parse_compile(raw: Any) -> CompileSpec:
    if not isinstance(raw, dict):
        raise SpecError(translate("spec", "'compile' must be an object"))
    c = CompileSpec()
    opt = raw.get("optimizer", c.optimizer)
    if not isinstance(opt, str) or opt.lower() not in OPTIMIZERS:
        raise SpecError(translate("spec", "compile: unknown optimizer {optimizer} (known: {known})")
                        .format(optimizer=repr(opt), known=", ".join(OPTIMIZERS)))
    c.optimizer = opt.lower()
    lr = raw.get("learning_rate", OPTIMIZERS[c.optimizer])
    if finite_float(lr) is None:
        raise SpecError(translate("spec", "compile: '{param}' must be a number, got {value}").format(
            param="learning_rate", value=repr(lr)))
    c.learning_rate = float(lr)
    mom = raw.get("momentum", 0.0)
    if finite_float(mom) is None:
        raise SpecError(translate("spec", "compile: '{param}' must be a number, got {value}").format(
            param="momentum", value=repr(mom)))
    c.momentum = float(mom)
    loss = raw.get("loss", c.loss)
    if loss == "mean_squared_error":
        loss = "mse"
    if loss not in LOSSES:
        raise SpecError(translate("spec", "compile: unknown loss {loss} (known: {known})").format(
            loss=repr(loss), known=", ".join(LOSSES)))
    c.loss = loss
    c.metrics = _parse_metrics(raw.get("metrics", ["accuracy"]), "compile")
    outputs = raw.get("outputs", {})
    if not isinstance(outputs, dict):
        raise SpecError(translate("spec", "compile: 'outputs' must map output names to their loss"))
    for name, o in outputs.items():
        where = f"compile: outputs: {name}"
        if not isinstance(o, dict):
            raise SpecError(translate("spec", "{where}: must be an object with 'loss'").format(where=where))
        loss = o.get("loss", c.loss)
        loss = "mse" if loss == "mean_squared_error" else loss
        if loss not in LOSSES:
            raise SpecError(translate("spec", "compile: unknown loss {loss} (known: {known})").format(
                loss=repr(loss), known=", ".join(LOSSES)))
        weight = finite_float(o.get("loss_weight", 1.0))
        if weight is None or weight < 0:
            raise SpecError(translate("spec", "{where}: 'loss_weight' must be a number of 0 or more").format(
                where=where))
        c.outputs[name] = OutputCompile(loss, weight, _parse_metrics(o.get("metrics", c.metrics), where))
    return c


def _parse_metrics(metrics: Any, where: str) -> list[str]:
    if not isinstance(metrics, list) or any(m not in METRICS for m in metrics):
        raise SpecError(translate("spec", "{where}: 'metrics' must be a list drawn from {known}, got "
                                  "{value}").format(where=where, known=list(METRICS), value=repr(metrics)))
    return list(dict.fromkeys(metrics))


def short_name(spec: ModelSpec) -> str:
    """A few words that tell models apart in a list of runs: the units of the weighted layers by
    type, in order ("Dense 300·100·10", "Conv2D 32·64 + Dense 64·10"); the spec's own name when it
    has one, or the input shape of a model without weighted layers."""
    if spec.name and spec.name != "sequential":
        return spec.name
    groups: list[tuple[str, list[str]]] = []
    for layer in spec.layers:
        size = layer.params.get("units", layer.params.get("filters"))
        if size is None:
            continue
        if groups and groups[-1][0] == layer.type:
            groups[-1][1].append(str(size))
        else:
            groups.append((layer.type, [str(size)]))
    if not groups:
        return "×".join(map(str, spec.input_shape))
    return " + ".join(f"{kind} {'·'.join(sizes)}" for kind, sizes in groups)
