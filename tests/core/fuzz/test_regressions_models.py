"""Regressions: each bug the fuzzing found in the model loaders (model specs, .keras files read
without Keras), with its input and the exact message.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.model.sources import load_model_spec
from core.model.spec import DATASETS, SpecError
from core.model.templates import template
from tests.core.fuzz.samples import refusal, shipped_members, zip_with_damage
from tests.core.fuzz.strategies import _parent, zip_bytes


def spec_file(tmp_path: Path, doc: Any, name: str = "bad.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return path


# Model specs (core/model/spec.py).

def test_regression_spec_dataset_that_is_not_text(tmp_path: Path) -> None:
    """Was TypeError: unhashable type: 'list' (ModelSpec.from_dict)."""
    path = spec_file(tmp_path, template("mlp_50").to_dict() | {"dataset": [0]})
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: unknown dataset [0] (known: {', '.join(DATASETS)})"


@pytest.mark.parametrize(("where", "message"), [
    ("layer", "layer 1 (Dropout): 'rate' must be a number, got {big}"),
    ("learning_rate", "compile: 'learning_rate' must be a number, got {big}"),
    ("momentum", "compile: 'momentum' must be a number, got {big}"),
])
def test_regression_spec_number_too_large_for_a_float(tmp_path: Path, where: str, message: str) -> None:
    """Was OverflowError: int too large to convert to float (spec._parse_value, _parse_compile)."""
    big = 10**400
    doc = template("mlp_50").to_dict()
    if where == "layer":
        doc["layers"] = [{"type": "Dropout", "params": {"rate": big}}]
    else:
        doc["compile"][where] = big
    path = spec_file(tmp_path, doc)
    assert str(refusal(load_model_spec, path, SpecError)) == f"{path}: " + message.format(big=big)


def test_regression_spec_json_with_a_5000_digit_number(tmp_path: Path) -> None:
    """Was ValueError (Python's 4,300-digit limit), not a JSONDecodeError (ModelSpec.from_json)."""
    path = spec_file(tmp_path, '{"input_shape": [' + "9" * 5000 + '], "layers": []}')
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: not valid JSON (a number in it is too long to read); open the .json file the builder saved"


def test_regression_spec_json_nested_too_deeply(tmp_path: Path) -> None:
    """Was RecursionError (ModelSpec.from_json)."""
    path = spec_file(tmp_path, "[" * 5000)
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: not a model description: its JSON is nested too deeply (over ~1,000 levels of [ or {{); " \
        "open the .json file the builder saved"


# .keras files read without Keras (core/model/keras_file.py).

def keras_file(tmp_path: Path, change: Callable[[dict], None], name: str = "bad.keras") -> Path:
    members = dict(shipped_members())
    config = json.loads(members["config.json"])
    change(config)
    members["config.json"] = json.dumps(config).encode()
    path = tmp_path / name
    path.write_bytes(zip_bytes(members))
    return path


def _set(path: tuple, value: Any) -> Callable[[dict], None]:
    def change(config: dict) -> None:
        _parent(config, path)[path[-1]] = value
    return change


CONV1 = ("config", "layers", 1)  # the shipped model's first Conv2D ("conv1")


@pytest.mark.parametrize(("path", "value", "message"), [
    ((*CONV1, "config"), 5, "layer 1 (Conv2D): missing parameter 'filters' ({tip})"),
    ((*CONV1, "class_name"), ["Conv2D"], "layer 1 (conv1): DigitScope cannot show ['Conv2D'] layers "
                                         "(it knows {known})"),
    (("config",), [1], "the model config has no layer list"),
    (("compile_config", "optimizer", "config"), [1], None),  # ignored: the defaults, like a bare name
    (("config", "layers", 0, "config"), [1], None),  # the InputLayer's: the shape from conv1's build_config
])
def test_regression_keras_config_parts_of_the_wrong_type(tmp_path: Path, path: tuple, value: Any,
                                                         message: str | None) -> None:
    """Were AttributeError ('int' object has no attribute 'get') and TypeError (unhashable type:
    'list') in keras_file.spec_dict_from_keras_config."""
    from core.model.layer_catalog import LAYER_TYPES, layer_type

    file = keras_file(tmp_path, _set(path, value))
    if message is None:
        spec = load_model_spec(file)
        assert spec.layers[0].type == "Conv2D" and spec.input_shape == (28, 28, 1)
        return
    tip = next(p.tooltip for p in layer_type("Conv2D").params if p.name == "filters")
    message = message.format(tip=tip, known=", ".join(LAYER_TYPES))
    assert str(refusal(load_model_spec, file, SpecError)) == f"{file}: {message}"


@pytest.mark.parametrize("field", ["learning_rate", "momentum"])
def test_regression_keras_optimizer_number_beyond_a_float(tmp_path: Path, field: str) -> None:
    """Was OverflowError (keras_file._compile_from_keras: np.float32(lr), float(momentum))."""
    big = 10**400
    path = keras_file(tmp_path, _set(("compile_config", "optimizer", "config", field), big))
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: compile: '{field}' must be a number, got {big}"


@pytest.mark.parametrize(("damage", "inside"), [
    ("data", "Error -3 while decompressing data: invalid block type"),  # was zlib.error
    ("encrypted", "File 'config.json' is encrypted, password required for extraction"),  # RuntimeError
    ("method", "That compression method is not supported"),  # was NotImplementedError
])
def test_regression_keras_config_member_damaged(tmp_path: Path, damage: str, inside: str) -> None:
    path = tmp_path / "bad.keras"
    path.write_bytes(zip_with_damage({"config.json": b'{"class_name": "Sequential"} ' * 40}, damage))
    assert str(refusal(load_model_spec, path, SpecError)) == f"{path}: config.json inside is damaged " \
        f"({inside}); save the model again with model.save('name.keras')"


def test_regression_keras_damaged_directory_is_not_a_disk_error(tmp_path: Path) -> None:
    """Was "cannot read (Invalid argument)", as if the disk had failed: zipfile seeks before the start
    of the file (an OSError) when the directory's offset is damaged."""
    path = tmp_path / "bad.keras"
    path.write_bytes(zip_with_damage({"config.json": b"{}"}, "directory offset"))
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: config.json inside is damaged ([Errno 22] Invalid argument); save the model again with " \
        "model.save('name.keras')"
