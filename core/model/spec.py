"""The model as plain data: input shape, layers, compile settings; read and written as JSON.

A ModelSpec holds *what the user chose*, including values Keras would refuse
(units=0, a kernel larger than its input): the builder must be able to show such
a model with an error on its row. Values of the wrong *type* cannot be held: the
parser refuses them with a SpecError that names the layer and the field.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.layer_catalog import LAYER_TYPES, Param, layer_type

SPEC_FORMAT = "digitscope.model"
SPEC_VERSION = 1

OPTIMIZERS: dict[str, float] = {  # name -> Keras's default learning rate
    "sgd": 0.01, "rmsprop": 0.001, "adam": 0.001, "adamw": 0.001, "adagrad": 0.001,
    "adadelta": 0.001, "adamax": 0.001, "nadam": 0.001,
}
OPTIMIZER_CLASSES: dict[str, str] = {
    "sgd": "SGD", "rmsprop": "RMSprop", "adam": "Adam", "adamw": "AdamW", "adagrad": "Adagrad",
    "adadelta": "Adadelta", "adamax": "Adamax", "nadam": "Nadam",
}
OPTIMIZERS_WITH_MOMENTUM = ("sgd", "rmsprop")
LOSSES: tuple[str, ...] = (
    "sparse_categorical_crossentropy", "categorical_crossentropy", "binary_crossentropy", "mse",
)
METRICS: tuple[str, ...] = ("accuracy",)
DATASETS: dict[str, dict[str, Any]] = {  # the datasets a model can be built for
    "mnist": {"input_shape": (28, 28, 1), "classes": 10,
              "title": QT_TRANSLATE_NOOP("spec", "MNIST digits")},
    "fashion_mnist": {"input_shape": (28, 28, 1), "classes": 10,
                      "title": QT_TRANSLATE_NOOP("spec", "Fashion-MNIST")},
    "cifar10": {"input_shape": (32, 32, 3), "classes": 10,
                "title": QT_TRANSLATE_NOOP("spec", "CIFAR-10")},
}


def dataset_title(key: str) -> str:
    """The title of DATASETS[key] in the chosen language (the "title" itself stays English)."""
    return translate("spec", DATASETS[key]["title"])


class SpecError(ValueError):
    """A model description that cannot be read; the message says where and what to do."""


@dataclass
class LayerSpec:
    """One layer: its Keras class name, its parameters, and an optional user-given name."""

    type: str
    params: dict[str, Any] = field(default_factory=dict)
    name: str = ""  # empty: named as Keras would (dense, dense_1, ...)

    @classmethod
    def new(cls, type_name: str, **params: Any) -> LayerSpec:
        """A layer of that type with the catalog's defaults, overridden by params."""
        values = layer_type(type_name).defaults()
        values.update(params)
        return cls(type_name, values)

    def copy(self) -> LayerSpec:
        return LayerSpec(self.type, copy.deepcopy(self.params), self.name)


@dataclass
class CompileSpec:
    """What model.compile() receives."""

    optimizer: str = "adam"
    learning_rate: float = 0.001
    momentum: float = 0.0
    loss: str = "sparse_categorical_crossentropy"
    metrics: list[str] = field(default_factory=lambda: ["accuracy"])


@dataclass
class ModelSpec:
    """A whole Sequential model as the builder holds it."""

    input_shape: tuple[int, ...] = (28, 28, 1)
    layers: list[LayerSpec] = field(default_factory=list)
    compile: CompileSpec = field(default_factory=CompileSpec)
    dataset: str = "mnist"
    name: str = "sequential"

    def copy(self) -> ModelSpec:
        return ModelSpec(
            tuple(self.input_shape), [layer.copy() for layer in self.layers],
            copy.deepcopy(self.compile), self.dataset, self.name,
        )

    def architecture_key(self) -> str:
        """Equal for two specs exactly when the same weights fit both: the input shape and the
        layers (types, parameters, names), not the compile settings, the dataset or the name."""
        d = self.to_dict()
        return json.dumps([d["input_shape"], d["layers"]], sort_keys=True)

    @property
    def num_classes(self) -> int:
        return int(DATASETS.get(self.dataset, DATASETS["mnist"])["classes"])

    # --- JSON -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (tuples become lists)."""
        return {
            "format": SPEC_FORMAT,
            "version": SPEC_VERSION,
            "name": self.name,
            "dataset": self.dataset,
            "input_shape": list(self.input_shape),
            "layers": [
                {"type": layer.type, **({"name": layer.name} if layer.name else {}),
                 "params": {k: _jsonable(v) for k, v in layer.params.items()}}
                for layer in self.layers
            ],
            "compile": {
                "optimizer": self.compile.optimizer,
                "learning_rate": self.compile.learning_rate,
                "momentum": self.compile.momentum,
                "loss": self.compile.loss,
                "metrics": list(self.compile.metrics),
            },
        }

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
        input_shape = _parse_shape(data["input_shape"], "input_shape", allow_minus_one=False)
        if any(d < 1 for d in input_shape):
            raise SpecError(translate("spec", "'input_shape' {shape} must contain only positive sizes")
                            .format(shape=list(input_shape)))
        raw_layers = data["layers"]
        if not isinstance(raw_layers, list):
            raise SpecError(translate("spec", "'layers' must be a list of layers"))
        layers = [_parse_layer(raw, i) for i, raw in enumerate(raw_layers)]
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
        return cls(input_shape, layers, _parse_compile(data.get("compile", {})), dataset, name)

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


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _finite_float(v: Any) -> float | None:
    """A JSON number as a finite float; None for anything else (text, NaN, ±inf, 10**400)."""
    if not (_is_int(v) or isinstance(v, float)):
        return None
    try:
        number = float(v)  # an int too large for a float raises OverflowError
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _parse_shape(value: Any, where: str, allow_minus_one: bool) -> tuple[int, ...]:
    if _is_int(value):
        value = [value]
    if not isinstance(value, (list, tuple)) or not value or not all(_is_int(v) for v in value):
        raise SpecError(translate("spec", "{where} must be a list of whole numbers like [28, 28, 1], "
                                  "got {value}").format(where=where, value=repr(value)))
    if not allow_minus_one and len(value) > 8:
        raise SpecError(translate("spec", "{where} has {count} dimensions; at most 8 are supported")
                        .format(where=where, count=len(value)))
    return tuple(int(v) for v in value)


def _parse_value(p: Param, value: Any, where: str) -> Any:
    """Type-check one parameter value; ranges are checked later, per row, by shapes.py."""
    bad = SpecError(translate("spec", _WRONG_KIND.get(p.kind, _WRONG_KIND["float"])).format(
        where=where, param=p.name, value=repr(value)))
    if p.kind == "int":
        if not _is_int(value):
            raise bad
        return value
    if p.kind == "float":
        number = _finite_float(value)
        if number is None:
            raise bad
        return number
    if p.kind == "bool":
        if not isinstance(value, bool):
            raise bad
        return value
    if p.kind == "choice":
        if value is None and p.name == "activation":
            return "linear"  # Keras writes no activation as None or "linear"
        if not isinstance(value, str) or value not in p.choices:
            raise SpecError(translate("spec", "{where}: '{param}' must be one of {choices}; got {value}")
                            .format(where=where, param=p.name, choices=", ".join(p.choices),
                                    value=repr(value)))
        return value
    if p.kind in ("pair", "optional_pair"):
        if value is None and p.kind == "optional_pair":
            return None
        if _is_int(value):
            return (value, value)  # Keras accepts kernel_size=3 for (3, 3)
        if (not isinstance(value, (list, tuple)) or len(value) != 2
                or not all(_is_int(v) for v in value)):
            raise bad
        return (int(value[0]), int(value[1]))
    if p.kind == "shape":
        return _parse_shape(value, f"{where}: '{p.name}'", allow_minus_one=True)
    raise AssertionError(p.kind)


# A parameter value of the wrong type, one whole sentence per Param.kind (translated where raised).
_WRONG_KIND = {
    "int": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be a whole number, got {value}"),
    "float": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be a number, got {value}"),
    "bool": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be true or false, got {value}"),
    "pair": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be two whole numbers like [3, 3], "
                              "got {value}"),
    "optional_pair": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be two whole numbers like "
                                       "[2, 2], or null, got {value}"),
    "shape": QT_TRANSLATE_NOOP("spec", "{where}: '{param}' must be a list of whole numbers like "
                               "[28, 28, 1], got {value}"),
}


def _parse_layer(raw: Any, index: int) -> LayerSpec:
    where = translate("spec", "layer {number}").format(number=index + 1)
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
            params[p.name] = _parse_value(p, params_in[p.name], where)
        elif p.required:
            raise SpecError(translate("spec", "{where}: missing parameter '{param}' ({about})").format(
                where=where, param=p.name, about=p.translated_tooltip()))
        else:
            params[p.name] = p.default
    return LayerSpec(type_name, params, name)


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
    if _finite_float(lr) is None:
        raise SpecError(translate("spec", "compile: '{param}' must be a number, got {value}").format(
            param="learning_rate", value=repr(lr)))
    c.learning_rate = float(lr)
    mom = raw.get("momentum", 0.0)
    if _finite_float(mom) is None:
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
    metrics = raw.get("metrics", ["accuracy"])
    if not isinstance(metrics, list) or any(m not in METRICS for m in metrics):
        raise SpecError(translate("spec", "compile: 'metrics' must be a list drawn from {known}, got "
                                  "{value}").format(known=list(METRICS), value=repr(metrics)))
    c.metrics = list(dict.fromkeys(metrics))
    return c


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
