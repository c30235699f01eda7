"""Reading and writing Keras `.keras` files.

A `.keras` file is a zip holding `config.json` (architecture and compile
settings) and the weights. The architecture is read straight from the JSON, so
`summary --model x.keras` and the builder work before TensorFlow is loaded;
weights are read and written through Keras itself.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from core.files.atomic import atomic_path
from core.files.limits import MAX_CONFIG_BYTES, TooLarge, check_zip, read_member
from core.files.zip_errors import ZIP_READ_ERRORS
from core.i18n import translate
from core.model.layer_catalog import LAYER_TYPES
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


class KerasFileError(SpecError):
    """A .keras file that cannot be read: the message names the file and says what to do. Every
    reader here raises it (and only it) for a missing, damaged or foreign file. details: the
    library's whole message, where the message gives only its first line."""

    details = ""


def one_line(error: BaseException, limit: int = 200) -> str:
    """An error's cause in one line: Keras's refusals run to kilobytes (the whole config
    printed after the first sentence)."""
    text = next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def read_keras_config(path: str | Path) -> dict[str, Any]:
    """The config.json inside a .keras file; KerasFileError names the file when it is not one."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = _read_config_member(fh, path)
    except FileNotFoundError as e:
        raise KerasFileError(translate("keras_file", "{path}: no such file").format(path=path)) from e
    except OSError as e:  # opening it: what the zip holds is refused as a KerasFileError inside
        raise KerasFileError(translate("keras_file", "{path}: cannot read ({reason})").format(
            path=path, reason=e.strerror or e)) from e
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as e:  # not JSON, not UTF-8, nested too deeply, a huge integer
        raise KerasFileError(_damaged_config(path, e)) from e


def _damaged_config(path: Path, e: Exception) -> str:
    return translate("keras_file", "{path}: config.json inside is damaged ({error}); save the model "
                     "again with model.save('name.keras')").format(path=path, error=e)


def _read_config_member(fh: Any, path: Path) -> bytes:
    try:
        z = zipfile.ZipFile(fh)
    except ZIP_READ_ERRORS as e:  # also a damaged directory that seeks before the start (OSError)
        raise KerasFileError(translate("keras_file", "{path}: not a .keras file (it is not a zip archive, "
                                       "or it is truncated); save the model again with "
                                       "model.save('name.keras')").format(path=path)) from e
    with z:
        try:
            check_zip(z)  # from the sizes it declares: a small zip bomb is refused unread
            return read_member(z, "config.json", MAX_CONFIG_BYTES)
        except TooLarge as e:
            raise KerasFileError(translate("keras_file", "{path}: {problem}; it is not a model DigitScope "
                                           "can open").format(path=path, problem=e)) from e
        except KeyError as e:
            raise KerasFileError(translate("keras_file", "{path}: the archive has no config.json, so it is "
                                           "not a Keras 3 .keras file").format(path=path)) from e
        except ZIP_READ_ERRORS as e:  # a bad CRC, damaged compressed data, an encrypted member
            raise KerasFileError(_damaged_config(path, e)) from e


def spec_dict_from_keras_config(config: Any) -> dict[str, Any]:
    """Translate a serialized Keras Sequential model into DigitScope's spec JSON layout."""
    if not isinstance(config, dict) or config.get("class_name") != "Sequential":
        kind = config.get("class_name") if isinstance(config, dict) else type(config).__name__
        raise SpecError(translate("keras_file", "it holds a {kind} model; DigitScope opens Sequential "
                                  "models only").format(kind=kind))
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
        if not isinstance(entry, dict):
            raise SpecError(translate("keras_file", "{where}: not a layer config").format(where=where))
        cls = entry.get("class_name")
        cfg = _obj(entry.get("config"))
        if cls == "InputLayer":
            shape = cfg.get("batch_shape") or cfg.get("batch_input_shape")
            if isinstance(shape, list) and shape:
                input_shape = list(shape[1:])
            continue
        if not isinstance(cls, str) or cls not in LAYER_TYPES:
            raise SpecError(translate("keras_file", "{where} ({name}): DigitScope cannot show {type} "
                                      "layers (it knows {types})").format(
                where=where, name=cfg.get("name", cls), type=cls, types=", ".join(LAYER_TYPES)))
        for arg, default in {"trainable": True, **_FIXED_ARGS.get(cls, {})}.items():
            if cfg.get(arg, default) != default:
                raise SpecError(translate("keras_file", "{where} ({name}): DigitScope cannot show a {type} "
                                          "with {arg}={value} (only {arg}={default})").format(
                    where=where, name=cfg.get("name", cls), type=cls, arg=arg, value=repr(cfg[arg]),
                    default=repr(default)))
        if input_shape is None:
            shape = _obj(entry.get("build_config")).get("input_shape")
            if isinstance(shape, list) and shape:
                input_shape = list(shape[1:])
        params = {}
        for p in LAYER_TYPES[cls].params:
            if p.name in cfg:
                value = _identifier(cfg[p.name])
                params[p.name] = "linear" if (p.name == "activation" and value is None) else value
        if cls == "MaxPooling2D" and params.get("strides") == params.get("pool_size"):
            params["strides"] = None  # Keras writes strides=pool_size for strides=None
        # A name Keras gave automatically stays automatic, so that layers the user adds
        # later are numbered around it (dense, dense_1, ...) instead of clashing with it.
        name = cfg.get("name", "")
        base = LAYER_TYPES[cls].base_name
        k = auto_names.get(base, 0)
        if name == (base if k == 0 else f"{base}_{k}"):
            auto_names[base] = k + 1
            name = ""
        layers.append({"type": cls, "name": name, "params": params})
    if input_shape is None:
        shape = _obj(config.get("build_config")).get("input_shape")
        if isinstance(shape, list) and shape:
            input_shape = list(shape[1:])
    if input_shape is None:
        raise SpecError(translate("keras_file", "the model has no input shape (it was never built); build "
                                  "it with keras.Input(shape=...) before saving"))
    dataset = "cifar10" if list(input_shape) == [32, 32, 3] else "mnist"
    return {
        "name": inner.get("name", "sequential"),
        "dataset": dataset,
        "input_shape": input_shape,
        "layers": layers,
        "compile": _compile_from_keras(config.get("compile_config")),
    }


def _compile_from_keras(cc: Any) -> dict[str, Any]:
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
    loss = _identifier(cc.get("loss"))
    if isinstance(loss, str):
        loss = _LOSS_ALIASES.get(loss, loss)
        if loss in LOSSES:
            out["loss"] = loss
    metrics = cc.get("metrics")
    if isinstance(metrics, list):
        names = {str(_identifier(m)) for m in metrics}
        out["metrics"] = ["accuracy"] if names & _ACCURACY_NAMES else []
    return out


def read_keras_model(path: str | Path) -> Any:
    """A .keras file as an (uncompiled) Keras model, read once by Keras (imports Keras)."""
    import keras

    path = Path(path)
    if not path.is_file():
        raise KerasFileError(translate("keras_file", "{path}: no such file").format(path=path))
    read_keras_config(path)  # its sizes checked (and its config) before Keras unpacks it
    try:
        return keras.saving.load_model(path, compile=False)
    except Exception as e:  # Keras raises many kinds for a damaged file
        error = KerasFileError(translate("keras_file", "{path}: Keras could not load it ({error}); save the "
                                         "model again with model.save('name.keras')").format(
            path=path, error=one_line(e)))
        error.details = str(e)  # Keras's whole text (often kilobytes of the config): on request
        raise error from e


def load_keras_weights(path: str | Path) -> list[np.ndarray]:
    """The weights of a .keras file, in model.get_weights() order (imports Keras)."""
    return [np.array(w) for w in read_keras_model(path).get_weights()]


def save_keras(model: Any, path: str | Path) -> None:
    """model.save() into a temporary file renamed over path, so a failed save keeps the old file."""
    with atomic_path(Path(path), suffix=".keras") as tmp:  # Keras wants the .keras suffix
        model.save(str(tmp))
