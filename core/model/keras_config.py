"""A Keras model's config (the config.json of a .keras file) as DigitScope's spec layout, read
without Keras: Sequential models, and functional ones (issue 18) with their graph, nested models
inside TimeDistributed, and per-output compile settings. What DigitScope cannot show the same way
is refused by name rather than opened as a different model.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from core.i18n import translate
from core.model.layer_catalog import INPUT_DTYPES, LAYER_TYPES
from core.model.spec import LOSSES, OPTIMIZER_CLASSES, OPTIMIZERS, SpecError

# Layer arguments DigitScope edits; anything else in a Keras config keeps Keras's default.
_OPTIMIZER_BY_CLASS = {v.lower(): k for k, v in OPTIMIZER_CLASSES.items()}
_LOSS_ALIASES = {"mean_squared_error": "mse"}
_ACCURACY_NAMES = {"accuracy", "acc", "sparse_categorical_accuracy", "categorical_accuracy",
                   "binary_accuracy"}
# Arguments DigitScope does not edit but that change shapes, weights or what a layer computes:
# a file with another value is refused rather than shown (and saved back) as a different model.
_FIXED_ARGS: dict[str, dict[str, Any]] = {
    "Conv2D": {"data_format": "channels_last", "dilation_rate": [1, 1], "groups": 1},
    "MaxPooling2D": {"data_format": "channels_last"},
    "Flatten": {"data_format": "channels_last"},
    "BatchNormalization": {"axis": -1, "center": True, "scale": True, "renorm": False},
    "ReLU": {"max_value": None, "negative_slope": 0.0, "threshold": 0.0},
    "Softmax": {"axis": -1},
}


def _snake(name: str) -> str:
    """GlorotUniform -> glorot_uniform (Keras's own class-to-identifier rule)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _identifier(value: Any) -> Any:
    """A Keras serialized object ({'class_name': 'HeNormal', ...}) to its short name."""
    if isinstance(value, dict) and isinstance(value.get("class_name"), str):
        return _snake(value["class_name"])
    return value


def _obj(value: Any) -> dict[str, Any]:
    """A part of the config that should be a JSON object; anything else counts as absent."""
    return value if isinstance(value, dict) else {}


def _float32_text(value: Any) -> Any:
    """Keras stores a rate as float32 (0.05 -> 0.05000000074505806): the shortest float with the
    same float32 value, i.e. the number the user typed. What is not a float32 is left for the
    spec parser to refuse by name."""
    try:
        number = float(value)
    except OverflowError:  # an integer beyond any float
        return value
    if not math.isfinite(number) or abs(number) > float(np.finfo(np.float32).max):
        return value
    return float(str(np.float32(number)))


def spec_dict_from_keras_config(config: Any) -> dict[str, Any]:
    """Translate a serialized Keras model (Sequential or functional) into DigitScope's spec JSON
    layout; SpecError names what DigitScope cannot show."""
    kind = config.get("class_name") if isinstance(config, dict) else type(config).__name__
    if kind == "Sequential":
        return _sequential(config)
    if kind in ("Functional", "Model"):
        return _functional(config)
    raise SpecError(translate("keras_file", "it holds a {kind} model; DigitScope opens Sequential and "
                              "functional models (a subclassed model has no config to read: save it as a "
                              "functional one)").format(kind=kind))


def _layer_entry(entry: Any, where: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(class name, config, DigitScope's layer dict without name) of one serialized layer."""
    if not isinstance(entry, dict):
        raise SpecError(translate("keras_file", "{where}: not a layer config").format(where=where))
    cls = entry.get("class_name")
    cfg = _obj(entry.get("config"))
    if not isinstance(cls, str) or cls not in LAYER_TYPES or cls == "Input":
        raise SpecError(translate("keras_file", "{where} ({name}): DigitScope cannot show {type} "
                                  "layers (it knows {types})").format(
            where=where, name=cfg.get("name", cls), type=cls, types=", ".join(LAYER_TYPES)))
    for arg, default in {"trainable": True, **_FIXED_ARGS.get(cls, {})}.items():
        if cfg.get(arg, default) != default:
            raise SpecError(translate("keras_file", "{where} ({name}): DigitScope cannot show a {type} "
                                      "with {arg}={value} (only {arg}={default})").format(
                where=where, name=cfg.get("name", cls), type=cls, arg=arg, value=repr(cfg[arg]),
                default=repr(default)))
    params = {}
    for p in LAYER_TYPES[cls].params:
        if p.name in cfg:
            value = _identifier(cfg[p.name])
            params[p.name] = "linear" if (p.name == "activation" and value is None) else value
    if cls == "MaxPooling2D" and params.get("strides") == params.get("pool_size"):
        params["strides"] = None  # Keras writes strides=pool_size for strides=None
    layer: dict[str, Any] = {"type": cls, "params": params}
    if cls == "TimeDistributed":
        wrapped = _obj(cfg.get("layer"))
        if wrapped.get("class_name") in ("Sequential", "Functional", "Model"):
            layer["layer"] = {"model": spec_dict_from_keras_config(wrapped)}
        else:
            _inner_cls, inner_cfg, inner = _layer_entry(wrapped, f"{where} ({cfg.get('name', cls)})")
            inner["name"] = inner_cfg.get("name", "")
            layer["layer"] = inner
    return cls, cfg, layer


def _sequential(config: dict[str, Any]) -> dict[str, Any]:
    inner = _obj(config.get("config"))
    raw_layers = inner.get("layers")
    if not isinstance(raw_layers, list):
        raise SpecError(translate("keras_file", "the model config has no layer list"))
    input_shape = None
    layers = []
    auto_names: dict[str, int] = {}  # base name -> how many layers DigitScope names automatically
    for entry in raw_layers:
        # counted as the summary shows them: no InputLayer
        where = translate("keras_file", "layer {number}").format(number=len(layers) + 1)
        if isinstance(entry, dict) and entry.get("class_name") == "InputLayer":
            shape = _obj(entry.get("config")).get("batch_shape") or _obj(entry.get("config")).get(
                "batch_input_shape")
            if isinstance(shape, list) and shape:
                input_shape = list(shape[1:])
            continue
        cls, cfg, layer = _layer_entry(entry, where)
        if input_shape is None:
            shape = _obj(entry.get("build_config")).get("input_shape")
            if isinstance(shape, list) and shape:
                input_shape = list(shape[1:])
        # A name Keras gave automatically stays automatic, so that layers the user adds
        # later are numbered around it (dense, dense_1, ...) instead of clashing with it.
        name = cfg.get("name", "")
        base = LAYER_TYPES[cls].base_name
        k = auto_names.get(base, 0)
        if name == (base if k == 0 else f"{base}_{k}"):
            auto_names[base] = k + 1
            name = ""
        layers.append({**layer, "name": name})
    if input_shape is None:
        shape = _obj(config.get("build_config")).get("input_shape")
        if isinstance(shape, list) and shape:
            input_shape = list(shape[1:])
    if input_shape is None:
        raise SpecError(translate("keras_file", "the model has no input shape (it was never built); build "
                                  "it with keras.Input(shape=...) before saving"))
    return {
        "name": inner.get("name", "sequential"),
        "dataset": _dataset_for([input_shape], config.get("compile_config")),
        "input_shape": input_shape,
        "layers": layers,
        "compile": _compile_from_keras(config.get("compile_config"), []),
    }


def _history_names(value: Any, where: str) -> list[str]:
    """The layer names in a node's arguments: keras tensors ({"config": {"keras_history": [name, node,
    tensor]}}), alone or in a list (a merge)."""
    if isinstance(value, (list, tuple)):
        return [n for v in value for n in _history_names(v, where)]
    if isinstance(value, dict) and value.get("class_name") == "__keras_tensor__":
        history = _obj(value.get("config")).get("keras_history")
        if (not isinstance(history, list) or len(history) != 3 or not isinstance(history[0], str)
                or history[1:] != [0, 0]):
            raise SpecError(translate("keras_file", "{where}: takes an output DigitScope cannot follow (a "
                                      "shared layer, or a layer with several outputs)").format(where=where))
        return [history[0]]
    return []


def _endpoints(value: Any) -> list[str]:
    """input_layers / output_layers: [name, 0, 0] or a list of them."""
    if isinstance(value, list) and len(value) == 3 and isinstance(value[0], str):
        return [value[0]]
    if isinstance(value, list):
        return [n for v in value for n in _endpoints(v)]
    return []


def _functional(config: dict[str, Any]) -> dict[str, Any]:
    inner = _obj(config.get("config"))
    raw_layers = inner.get("layers")
    if not isinstance(raw_layers, list):
        raise SpecError(translate("keras_file", "the model config has no layer list"))
    inputs: dict[str, dict[str, Any]] = {}
    layers = []
    for number, entry in enumerate(raw_layers, 1):
        where = translate("keras_file", "layer {number}").format(number=number)
        cfg = _obj(entry.get("config")) if isinstance(entry, dict) else {}
        name = (entry.get("name") if isinstance(entry, dict) else None) or cfg.get("name", "")
        if not isinstance(name, str) or not name:
            raise SpecError(translate("keras_file", "{where}: has no name").format(where=where))
        if isinstance(entry, dict) and entry.get("class_name") == "InputLayer":
            shape = cfg.get("batch_shape") or cfg.get("batch_input_shape")
            dtype = cfg.get("dtype", "float32")
            dtype = _obj(dtype).get("config", {}).get("name", dtype) if isinstance(dtype, dict) else dtype
            if not isinstance(shape, list) or len(shape) < 2:
                raise SpecError(translate("keras_file", "{where} ({name}): the input has no shape").format(
                    where=where, name=name))
            if dtype not in INPUT_DTYPES:
                raise SpecError(translate("keras_file", "{where} ({name}): DigitScope takes inputs of type "
                                          "{known}, not {dtype}").format(where=where, name=name,
                                                                         known=" or ".join(INPUT_DTYPES),
                                                                         dtype=dtype))
            inputs[name] = {"type": "Input", "name": name,
                            "params": {"shape": list(shape[1:]), "dtype": dtype}}
            continue
        _cls, _cfg, layer = _layer_entry(entry, where)
        nodes = entry.get("inbound_nodes")
        if not isinstance(nodes, list) or len(nodes) != 1:
            raise SpecError(translate("keras_file", "{where} ({name}): it is used {count} times in the model "
                                      "(a shared layer); DigitScope shows each layer used once").format(
                where=where, name=name, count=len(nodes) if isinstance(nodes, list) else 0))
        node = _obj(nodes[0])
        layer["inputs"] = _history_names(node.get("args", []), f"{where} ({name})")
        layer["name"] = name
        layers.append(layer)
    order = _endpoints(inner.get("input_layers"))
    if sorted(order) != sorted(inputs):
        raise SpecError(translate("keras_file", "the model's inputs {listed} are not its input layers")
                        .format(listed=", ".join(order)))
    # The rows in the config's order (Keras's model.layers); the Input rows among them in the order
    # the model takes its inputs.
    rows: list[dict[str, Any]] = []
    names = iter(order)
    layer_rows = iter(layers)
    for entry in raw_layers:
        rows.append(inputs[next(names)] if isinstance(entry, dict) and entry.get("class_name") == "InputLayer"
                    else next(layer_rows))
    outputs = _endpoints(inner.get("output_layers"))
    shapes = [inputs[n]["params"]["shape"] for n in order]
    return {
        "name": inner.get("name", "functional"),
        "dataset": _dataset_for(shapes, config.get("compile_config")),
        "input_shape": shapes[0] if shapes else [1],
        "functional": True,
        "outputs": outputs,
        "layers": rows,
        "compile": _compile_from_keras(config.get("compile_config"), outputs),
        "version": 2,
    }


def _dataset_for(shapes: list[list[int]], compile_config: Any = None) -> str:
    """The dataset a model's inputs suggest (a .keras file does not say): CIFAR-10 for 32×32×3
    images, MNIST for 28×28 images and 784 vectors, the regression sets for 10 or 8 measurements
    and a loss of numbers, random data like the notes' for anything else."""
    if not all(isinstance(s, list) and all(isinstance(d, int) for d in s) for s in shapes):
        return "mnist"  # a damaged shape: the spec parser names it
    if len(shapes) == 1 and list(shapes[0]) == [32, 32, 3]:
        return "cifar10"
    if len(shapes) == 1 and math.prod(shapes[0]) == 784:
        return "mnist"
    regression = _loss_name(_obj(compile_config).get("loss")) in ("mse", "mae")
    if regression and shapes in ([[10]], [[8]]):
        return "diabetes" if shapes == [[10]] else "california_housing"
    return "random"


def _loss_name(value: Any) -> str | None:
    loss = _identifier(value)
    if isinstance(loss, str):
        loss = _LOSS_ALIASES.get(loss, loss)
        if loss in LOSSES:
            return loss
    return None


def _metric_names(value: Any) -> list[str]:
    names = {str(_identifier(m)) for m in value} if isinstance(value, list) else set()
    out = ["accuracy"] if names & _ACCURACY_NAMES else []
    return out + (["mae"] if names & {"mae", "mean_absolute_error"} else [])


def _per_output(value: Any, outputs: list[str]) -> dict[str, Any]:
    """A compile argument given per output, as a dict by name or a list in output order."""
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k in outputs}
    if isinstance(value, list) and len(value) == len(outputs) and len(outputs) > 1:
        return dict(zip(outputs, value, strict=True))
    return {}


def _compile_from_keras(cc: Any, outputs: list[str]) -> dict[str, Any]:
    """Keras's compile_config to DigitScope's; what DigitScope cannot express keeps defaults."""
    if not isinstance(cc, dict):
        return {}
    out: dict[str, Any] = {}
    opt = cc.get("optimizer")
    opt_cfg: dict[str, Any] = {}
    if isinstance(opt, dict):
        opt_cfg = _obj(opt.get("config"))
        opt = opt.get("class_name")
    if isinstance(opt, str):
        name = _OPTIMIZER_BY_CLASS.get(opt.lower(), opt.lower())
        if name in OPTIMIZERS:
            out["optimizer"] = name
            lr = opt_cfg.get("learning_rate")
            if isinstance(lr, (int, float)) and not isinstance(lr, bool):
                out["learning_rate"] = _float32_text(lr)
            mom = opt_cfg.get("momentum")
            if isinstance(mom, (int, float)) and not isinstance(mom, bool):
                out["momentum"] = mom  # ModelSpec.from_dict checks it is a finite number
    loss = _loss_name(cc.get("loss"))
    if loss:
        out["loss"] = loss
    metrics = cc.get("metrics")
    if isinstance(metrics, list) and not any(isinstance(m, (list, dict)) for m in metrics):
        out["metrics"] = _metric_names(metrics)
    losses = _per_output(cc.get("loss"), outputs)
    weights = _per_output(cc.get("loss_weights"), outputs)
    per_metrics = _per_output(metrics, outputs)
    if losses or weights or per_metrics:
        default = out.get("loss") or next((x for x in map(_loss_name, losses.values()) if x), None)
        out.setdefault("loss", default or "sparse_categorical_crossentropy")
        out["outputs"] = {}
        for name in outputs:
            entry: dict[str, Any] = {"loss": _loss_name(losses.get(name)) or out["loss"]}
            weight = weights.get(name, 1.0)
            if isinstance(weight, (int, float)) and not isinstance(weight, bool):
                entry["loss_weight"] = float(weight)
            if name in per_metrics:
                entry["metrics"] = _metric_names(per_metrics[name] if isinstance(per_metrics[name], list)
                                                 else [per_metrics[name]])
            out["outputs"][name] = entry
    return out
