"""ModelSpec JSON: round trips, refusals a student can read, and the warnings of core.model.checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.model.checks import analyze
from core.model.sources import load_model_spec
from core.model.spec import CompileSpec, LayerSpec, ModelSpec, SpecError
from core.model.templates import TEMPLATES, template

L = LayerSpec.new


def _spec_json(*layers: dict, input_shape=(28, 28, 1), **extra) -> str:
    return json.dumps({"input_shape": list(input_shape), "layers": list(layers), **extra})


def _refusal(text: str) -> str:
    with pytest.raises(SpecError) as caught:
        ModelSpec.from_json(text)
    return str(caught.value)


# --- round trips -------------------------------------------------------------------------------


def _rich_spec() -> ModelSpec:
    named = L("Dense", units=64, activation="relu", kernel_initializer="he_normal", use_bias=False)
    named.name = "hidden1"
    return ModelSpec(
        (784,),
        [L("Reshape", target_shape=(28, 28, 1)),
         L("Conv2D", filters=8, kernel_size=(5, 3), strides=(2, 1), padding="same"),
         L("MaxPooling2D", pool_size=(2, 2), strides=(1, 2)),
         L("BatchNormalization", momentum=0.9, epsilon=1e-5),
         L("Flatten"), named, L("Dropout", rate=0.25), L("Activation", activation="gelu"),
         L("ReLU"), L("Dense", units=10), L("Softmax")],
        CompileSpec("sgd", 0.05, 0.9, "categorical_crossentropy", ["accuracy"]),
        dataset="fashion_mnist", name="everything",
    )


@pytest.mark.parametrize("name", [*TEMPLATES, "everything"])
def test_json_round_trip(name: str) -> None:
    spec = _rich_spec() if name == "everything" else template(name)
    again = ModelSpec.from_json(spec.to_json())
    assert again == spec
    assert again.to_json() == spec.to_json()


def test_save_and_load_file(tmp_path: Path) -> None:
    spec = _rich_spec()
    path = tmp_path / "model.json"
    spec.save(path)
    assert ModelSpec.load(path) == spec
    assert load_model_spec(path) == spec
    assert load_model_spec(str(path)) == spec
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]  # no temporary file left


def test_tuples_are_written_as_lists() -> None:
    data = json.loads(_rich_spec().to_json())
    assert data["format"] == "digitscope.model" and data["version"] == 1
    assert data["layers"][0]["params"]["target_shape"] == [28, 28, 1]
    assert data["layers"][1]["params"]["kernel_size"] == [5, 3]
    assert data["layers"][5]["name"] == "hidden1"
    assert "name" not in data["layers"][0]  # automatic names are not written


def test_minimal_json_gets_defaults() -> None:
    spec = ModelSpec.from_json(_spec_json({"type": "Flatten"}, {"type": "Dense", "params": {"units": 10}},
                                          compile={"optimizer": "SGD"}))
    assert spec.layers[1].params == {"units": 10, "activation": "linear",
                                     "kernel_initializer": "glorot_uniform", "use_bias": True}
    assert spec.compile == CompileSpec("sgd", 0.01, 0.0, "sparse_categorical_crossentropy", ["accuracy"])
    assert (spec.dataset, spec.name) == ("mnist", "sequential")


def test_keras_style_shortcuts_are_accepted() -> None:
    spec = ModelSpec.from_json(_spec_json(
        {"type": "Conv2D", "params": {"filters": 4, "kernel_size": 3, "activation": None}},
        compile={"loss": "mean_squared_error"}))
    assert spec.layers[0].params["kernel_size"] == (3, 3)
    assert spec.layers[0].params["activation"] == "linear"
    assert spec.compile.loss == "mse"


# --- refusals --------------------------------------------------------------------------------


def test_not_json() -> None:
    message = _refusal("this is not json")
    assert message.startswith("not valid JSON") and "line 1, column 1" in message


def test_truncated_json() -> None:
    text = _spec_json({"type": "Flatten"}, {"type": "Dense", "params": {"units": 10}})
    message = _refusal(text[: len(text) // 2])
    assert message.startswith("not valid JSON") and "line 1" in message


@pytest.mark.parametrize("text", ["[]", "3", "null", '"model"'])
def test_not_an_object(text: str) -> None:
    assert "must be a JSON object" in _refusal(text)


def test_unknown_layer_type_names_layer_and_type() -> None:
    message = _refusal(_spec_json({"type": "Flatten"}, {"type": "Conv1D", "params": {"units": 4}}))
    assert message.startswith("layer 2: unknown layer type 'Conv1D'")
    assert "Dense" in message and "Conv2D" in message  # says what it does know


def test_missing_type() -> None:
    assert _refusal(_spec_json({"params": {}})).startswith("layer 1: missing 'type'")


@pytest.mark.parametrize("field", ["layers", "input_shape"])
def test_missing_field(field: str) -> None:
    data = json.loads(_spec_json({"type": "Flatten"}))
    del data[field]
    assert _refusal(json.dumps(data)) == f"missing field '{field}'"


def test_missing_required_param_names_layer_and_param() -> None:
    message = _refusal(_spec_json({"type": "Flatten"}, {"type": "Dense", "name": "out",
                                                        "params": {"activation": "softmax"}}))
    assert message.startswith("layer 2 (out): missing parameter 'units'")


@pytest.mark.parametrize(("layer", "expected"), [
    ({"type": "Dense", "params": {"units": "ten"}},
     "layer 2 (Dense): 'units' must be a whole number, got 'ten'"),
    ({"type": "Dense", "params": {"units": 10.5}},
     "layer 2 (Dense): 'units' must be a whole number, got 10.5"),
    ({"type": "Dense", "params": {"units": True}},
     "layer 2 (Dense): 'units' must be a whole number, got True"),
    ({"type": "Conv2D", "params": {"filters": 8, "kernel_size": [3]}},
     "layer 2 (Conv2D): 'kernel_size' must be two whole numbers like [3, 3], got [3]"),
    ({"type": "Dense", "params": {"units": 10, "use_bias": "yes"}},
     "layer 2 (Dense): 'use_bias' must be true or false, got 'yes'"),
    ({"type": "Dense", "params": {"units": 10, "activation": "relu6x"}},
     "layer 2 (Dense): 'activation' must be one of linear, relu"),
    ({"type": "Dropout", "params": {"rate": "half"}},
     "layer 2 (Dropout): 'rate' must be a number, got 'half'"),
    ({"type": "Reshape", "params": {"target_shape": [7, "x"]}},
     "layer 2 (Reshape): 'target_shape' must be a list of whole numbers like [28, 28, 1], got [7, 'x']"),
    ({"type": "Dense", "name": 5, "params": {"units": 10}},
     "layer 2: 'name' must be text, got 5"),
    ({"type": "Dense", "params": [10]},
     "layer 2 (Dense): 'params' must be an object"),
])
def test_wrong_value_types(layer: dict, expected: str) -> None:
    assert _refusal(_spec_json({"type": "Flatten"}, layer)).startswith(expected)


def test_nan_rate_refused() -> None:
    assert "'rate' must be a number, got nan" in _refusal(
        '{"input_shape": [4], "layers": [{"type": "Dropout", "params": {"rate": NaN}}]}')


def test_unknown_param_names() -> None:
    message = _refusal(_spec_json({"type": "Dense", "params": {"units": 10, "unit": 3, "act": "relu"}}))
    assert message == ("layer 1 (Dense): unknown parameter(s) act, unit for Dense "
                       "(it takes: units, activation, kernel_initializer, use_bias)")
    message = _refusal(_spec_json({"type": "Flatten", "params": {"data_format": "channels_last"}}))
    assert message == "layer 1 (Flatten): unknown parameter(s) data_format for Flatten (it takes: none)"


@pytest.mark.parametrize(("shape", "words"), [
    ([], "input_shape must be a list of whole numbers"),
    ([28, 0], "must contain only positive sizes"),
    ([28, -1], "must contain only positive sizes"),
    ("28x28", "input_shape must be a list of whole numbers"),
    ([1] * 9, "at most 8 are supported"),
])
def test_bad_input_shape(shape, words: str) -> None:
    assert words in _refusal(json.dumps({"input_shape": shape, "layers": []}))


@pytest.mark.parametrize(("compile_", "words"), [
    ({"optimizer": "adamx"}, "unknown optimizer 'adamx'"),
    ({"learning_rate": "fast"}, "'learning_rate' must be a number, got 'fast'"),
    ({"momentum": None}, "'momentum' must be a number, got None"),
    ({"loss": "hinge"}, "unknown loss 'hinge'"),
    ({"metrics": "accuracy"}, "'metrics' must be a list"),
    ({"metrics": ["auc"]}, "'metrics' must be a list"),
])
def test_bad_compile(compile_: dict, words: str) -> None:
    assert words in _refusal(_spec_json({"type": "Flatten"}, compile=compile_))


@pytest.mark.parametrize(("name", "words"), [
    ("", "'name' must be a non-empty string"),
    (7, "'name' must be a non-empty string"),
    ("my/model", "'name' 'my/model' cannot contain '/'"),  # Keras refuses such a model
])
def test_bad_model_name(name, words: str) -> None:
    assert words in _refusal(_spec_json({"type": "Flatten"}, name=name))


def test_unknown_dataset_and_format() -> None:
    assert "unknown dataset 'svhn'" in _refusal(_spec_json({"type": "Flatten"}, dataset="svhn"))
    assert "'format' is 'other'" in _refusal(_spec_json({"type": "Flatten"}, format="other"))


def test_file_that_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    for load in (ModelSpec.load, load_model_spec):
        with pytest.raises(SpecError) as caught:
            load(path)
        assert str(path) in str(caught.value)
        assert "No such file" in str(caught.value) or "cannot read" in str(caught.value)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SpecError) as caught:
        load_model_spec(path)
    assert str(caught.value) == f"{path}: not a text file"


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text(_spec_json({"type": "Dense", "params": {"units": "ten"}}), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_model_spec(path)
    assert str(caught.value) == f"{path}: layer 1 (Dense): 'units' must be a whole number, got 'ten'"


def test_unknown_source_and_suffix(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="neither a template"):
        load_model_spec("mlp_5")
    other = tmp_path / "model.txt"
    other.write_text("{}")
    with pytest.raises(SpecError, match=r"unknown file type \.txt"):
        load_model_spec(other)


def test_failed_save_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "model.json"
    template("mlp_50").save(path)
    before = path.read_text()

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("core.files.atomic.os.replace", disk_full)
    with pytest.raises(OSError):
        template("small_convnet").save(path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]  # the temporary file is gone


# --- core.model.checks: errors and warnings on the row to change ---------------------------------------


def _problems(spec: ModelSpec) -> list[tuple[str, str, str]]:
    """(row name, severity, message) for every problem, in row order."""
    return [(row.name, p.severity, p.message) for row in analyze(spec).rows for p in row.problems]


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_templates_have_no_problems(name: str) -> None:
    assert _problems(template(name)) == []


def test_last_dense_units_not_ten_warns_on_last_row() -> None:
    spec = ModelSpec((28, 28), [L("Flatten"), L("Dense", units=50, activation="relu"),
                                L("Dense", units=5, activation="softmax")])
    (row, severity, message), = _problems(spec)
    assert (row, severity) == ("dense_1", "warning")
    assert message == ("dense_1: gives 5 outputs, but mnist has 10 classes; "
                       "end with Dense(10, activation='softmax')")
    assert analyze(spec).ok  # a warning does not stop the build


def test_softmax_with_binary_crossentropy_warns() -> None:
    spec = template("mlp_50")
    spec.compile.loss = "binary_crossentropy"
    (row, severity, message), = _problems(spec)
    assert (row, severity) == ("dense_1", "warning")
    assert "binary_crossentropy is for yes/no labels" in message
    assert "use sparse_categorical_crossentropy" in message


def test_dense_on_image_without_flatten_warns_add_flatten() -> None:
    spec = ModelSpec((28, 28), [L("Dense", units=300, activation="relu"),
                                L("Dense", units=10, activation="softmax")])
    info = analyze(spec)
    assert info.ok and info.output_shape == (28, 10)
    (row, severity, message), = _problems(spec)
    assert (row, severity) == ("dense_1", "warning")
    assert message.startswith("dense_1: the output is (None, 28, 10)")
    assert "add Flatten before the Dense layers" in message


def test_missing_softmax_warns() -> None:
    spec = ModelSpec((784,), [L("Dense", units=10)])
    (row, severity, message), = _problems(spec)
    assert (row, severity) == ("dense", "warning")
    assert "the output activation is linear" in message and "activation='softmax'" in message


def test_conv_after_flatten_is_an_error_on_its_row() -> None:
    spec = ModelSpec((28, 28, 1), [L("Flatten"), L("Conv2D", filters=8, kernel_size=(3, 3)),
                                   L("Dense", units=10, activation="softmax")])
    info = analyze(spec)
    assert not info.ok
    assert [r.error is not None for r in info.rows] == [False, True, False]
    message = info.rows[1].error.message
    assert message.startswith("conv2d (Conv2D): needs an image (None, height, width, channels) "
                              "but gets (None, 784)")
    assert "Flatten" in message and "move it above Flatten" in message
    assert [r.output_shape for r in info.rows] == [(784,), None, None]


def test_units_zero_is_an_error() -> None:
    spec = ModelSpec((784,), [L("Dense", units=0), L("Dense", units=10, activation="softmax")])
    info = analyze(spec)
    (row, problem), = info.errors
    assert row.index == 0
    assert problem.message == ("dense (Dense): units must be at least 1 (got 0); "
                               "set how many neurons it has")
    assert _problems(spec) == [("dense", "error", problem.message)]  # no training warnings on top


def test_kernel_larger_than_input_is_an_error() -> None:
    spec = ModelSpec((28, 28, 1), [L("Conv2D", filters=8, kernel_size=(5, 5)),
                                   L("MaxPooling2D", pool_size=(4, 4)),
                                   L("Conv2D", filters=8, kernel_size=(7, 7)),
                                   L("Flatten"), L("Dense", units=10, activation="softmax")])
    info = analyze(spec)
    (row, problem), = info.errors
    assert row.name == "conv2d_1"
    assert problem.message.startswith("conv2d_1 (Conv2D): its 7×7 kernel is larger than its 6×6 input")
    assert info.rows[1].output_shape == (6, 6, 8)


def test_image_layer_on_2d_input_suggests_channel_axis() -> None:
    info = analyze(ModelSpec((28, 28), [L("Conv2D")]))
    assert "add the channel axis: input 28×28×1" in info.errors[0][1].message


def test_duplicate_names_are_an_error() -> None:
    a, b = L("Dense", units=10), L("Dense", units=10)
    a.name = b.name = "hidden1"
    info = analyze(ModelSpec((784,), [a, b]))
    (row, problem), = info.errors
    assert row.index == 1 and "two layers are named 'hidden1'" in problem.message
