"""Opening .keras files saved by plain Keras (the notes' style) and by DigitScope."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from core.model.build import build_model
from core.model.checks import analyze
from core.model.keras_file import KerasFileError, load_keras_weights, read_keras_config, save_keras
from core.model.shapes import layer_names
from core.model.sources import load_model_spec
from core.model.spec import CompileSpec, LayerSpec, ModelSpec, SpecError
from core.model.summary import summary_text
from core.model.templates import TEMPLATES, template
from tests.core.helpers import keras_summary

L = LayerSpec.new


def _notes_mlp(keras):
    model = keras.Sequential([
        keras.Input((28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(300, activation="relu", name="hidden1"),
        keras.layers.Dense(100, activation="relu", name="hidden2"),
        keras.layers.Dense(10, activation="softmax", name="output"),
    ])
    model.compile(loss="sparse_categorical_crossentropy",
                  optimizer=keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),
                  metrics=["accuracy"])
    return model


@pytest.fixture(scope="module")
def notes_mlp_file(keras, tmp_path_factory):
    model = _notes_mlp(keras)
    path = tmp_path_factory.mktemp("notes") / "m.keras"
    model.save(path)
    return model, path


def _assert_matches_model(spec: ModelSpec, model) -> None:
    """What the builder shows for the file is what Keras shows for the model."""
    info = analyze(spec)
    assert info.ok
    assert layer_names(spec) == [layer.name for layer in model.layers]
    assert [layer.type for layer in spec.layers] == [type(layer).__name__ for layer in model.layers]
    assert [row.params for row in info.rows] == [layer.count_params() for layer in model.layers]
    assert [(None, *row.output_shape) for row in info.rows] == [
        tuple(layer.output.shape) for layer in model.layers]
    assert summary_text(info, spec.name) == keras_summary(model)


def test_notes_mlp(notes_mlp_file) -> None:
    model, path = notes_mlp_file
    spec = load_model_spec(path)
    assert spec.input_shape == (28, 28)
    assert [layer.type for layer in spec.layers] == ["Flatten", "Dense", "Dense", "Dense"]
    assert layer_names(spec)[1:] == ["hidden1", "hidden2", "output"]
    assert [layer.params.get("units") for layer in spec.layers] == [None, 300, 100, 10]
    assert [layer.params.get("activation") for layer in spec.layers] == [None, "relu", "relu", "softmax"]
    assert spec.layers[1].params == {"units": 300, "activation": "relu",
                                     "kernel_initializer": "glorot_uniform", "use_bias": True}
    assert spec.compile == CompileSpec("sgd", 0.05, 0.9, "sparse_categorical_crossentropy", ["accuracy"])
    assert spec.name == model.name
    assert spec.dataset == "mnist"
    assert analyze(spec).total == 266_610
    _assert_matches_model(spec, model)


def test_notes_mlp_weights(notes_mlp_file) -> None:
    model, path = notes_mlp_file
    weights = load_keras_weights(path)
    expected = model.get_weights()
    assert len(weights) == len(expected) == 6
    for got, want in zip(weights, expected, strict=True):
        assert isinstance(got, np.ndarray)
        assert got.shape == want.shape
        np.testing.assert_array_equal(got, want)


def test_legacy_input_shape_argument(keras, tmp_path: Path) -> None:
    model = keras.Sequential()
    with pytest.warns(UserWarning):  # Keras 3 asks for keras.Input instead, but still accepts it
        model.add(keras.layers.Flatten(input_shape=[28, 28]))
    model.add(keras.layers.Dense(300, activation="relu"))
    model.add(keras.layers.Dense(100, activation="relu"))
    model.add(keras.layers.Dense(10, activation="softmax"))
    model.compile(loss="sparse_categorical_crossentropy", optimizer="sgd", metrics=["accuracy"])
    path = tmp_path / "legacy.keras"
    model.save(path)
    spec = load_model_spec(path)
    assert spec.input_shape == (28, 28)
    assert spec.compile == CompileSpec("sgd", 0.01, 0.0, "sparse_categorical_crossentropy", ["accuracy"])
    _assert_matches_model(spec, model)


def test_convnet_with_same_padding_and_he_normal(keras, tmp_path: Path) -> None:
    model = keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu", kernel_initializer="he_normal"),
        keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(64, (3, 3), strides=2, padding="same", activation="relu", use_bias=False),
        keras.layers.BatchNormalization(momentum=0.9),
        keras.layers.MaxPooling2D(pool_size=(2, 2), strides=(1, 1)),
        keras.layers.Flatten(),
        keras.layers.Dropout(0.5),
        keras.layers.Dense(10, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=3e-4),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    path = tmp_path / "conv.keras"
    model.save(path)
    spec = load_model_spec(path)
    conv = spec.layers[0].params
    assert conv["filters"] == 32
    assert conv["kernel_size"] == (3, 3)
    assert conv["strides"] == (1, 1)
    assert conv["padding"] == "same"
    assert conv["kernel_initializer"] == "he_normal"
    assert conv["activation"] == "relu"
    assert spec.layers[2].params["strides"] == (2, 2) and spec.layers[2].params["use_bias"] is False
    assert spec.layers[3].params["momentum"] == 0.9
    assert spec.layers[4].params["strides"] == (1, 1)
    assert spec.layers[6].params["rate"] == 0.5
    assert spec.compile == CompileSpec("adam", 3e-4, 0.0, "sparse_categorical_crossentropy", ["accuracy"])
    _assert_matches_model(spec, model)
    assert analyze(spec).non_trainable == 2 * 64
    for got, want in zip(load_keras_weights(path), model.get_weights(), strict=True):
        np.testing.assert_array_equal(got, want)


def test_uncompiled_model_gets_default_compile_settings(keras, tmp_path: Path) -> None:
    model = keras.Sequential([keras.Input((784,)), keras.layers.Dense(10, activation="softmax")])
    path = tmp_path / "plain.keras"
    model.save(path)
    spec = load_model_spec(path)
    assert spec.compile == CompileSpec()
    _assert_matches_model(spec, model)


def test_cifar_input_picks_cifar_dataset(keras, tmp_path: Path) -> None:
    model = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="softmax")])
    path = tmp_path / "cifar.keras"
    model.save(path)
    assert load_model_spec(path).dataset == "cifar10"


# --- damaged and unsupported files: one SpecError that names the file --------------------------


def _assert_refused(path: Path, *words: str) -> str:
    with pytest.raises(SpecError) as caught:
        load_model_spec(path)
    message = str(caught.value)
    assert str(path) in message, message
    for word in words:
        assert word in message, message
    return message


def test_truncated_file(notes_mlp_file, tmp_path: Path) -> None:
    path = tmp_path / "truncated.keras"
    path.write_bytes(notes_mlp_file[1].read_bytes()[:100])
    _assert_refused(path, "not a .keras file")


def test_half_a_file(notes_mlp_file, tmp_path: Path) -> None:
    data = notes_mlp_file[1].read_bytes()
    path = tmp_path / "half.keras"
    path.write_bytes(data[: len(data) // 2])
    _assert_refused(path)


def test_empty_and_random_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.keras"
    empty.write_bytes(b"")
    _assert_refused(empty, "not a .keras file")
    noise = tmp_path / "x.keras"
    noise.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    _assert_refused(noise, "not a .keras file")


def test_missing_file(tmp_path: Path) -> None:
    _assert_refused(tmp_path / "nowhere.keras", "no such file")


def test_zip_without_config(tmp_path: Path) -> None:
    path = tmp_path / "noconfig.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("metadata.json", "{}")
        z.writestr("model.weights.h5", b"\x89HDF")
    _assert_refused(path, "no config.json")


def test_zip_with_damaged_config(tmp_path: Path) -> None:
    path = tmp_path / "badconfig.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", '{"class_name": "Sequential", "config": {"layers": [')
    _assert_refused(path, "config.json inside is damaged")


def test_functional_model(keras, tmp_path: Path) -> None:
    """Issue 18: a functional .keras file opens as a functional model (it was refused before)."""
    inputs = keras.Input((28, 28), name="pixels")
    x = keras.layers.Flatten(name="flat")(inputs)
    outputs = keras.layers.Dense(10, activation="softmax", name="scores")(x)
    path = tmp_path / "functional.keras"
    keras.Model(inputs, outputs, name="notes").save(path)
    spec = load_model_spec(path)
    assert spec.functional and spec.name == "notes" and spec.outputs == ["scores"]
    assert [(layer.type, layer.name, layer.inputs) for layer in spec.layers] == [
        ("Input", "pixels", []), ("Flatten", "flat", ["pixels"]), ("Dense", "scores", ["flat"])]
    assert spec.layers[0].params == {"shape": (28, 28), "dtype": "float32"}


def test_subclassed_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sub.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", '{"class_name": "MyModel", "config": {}}')
    _assert_refused(path, "MyModel", "Sequential and functional models")


@pytest.mark.parametrize("kind", ["Conv1D", "GlobalAveragePooling2D"])
def test_unsupported_layer(keras, tmp_path: Path, kind: str) -> None:
    if kind == "Conv1D":
        layers = [keras.Input((28, 28)), keras.layers.Conv1D(16, 3, name="memory"), keras.layers.Flatten()]
    else:
        layers = [keras.Input((28, 28, 1)), keras.layers.GlobalAveragePooling2D(name="memory")]
    path = tmp_path / f"{kind}.keras"
    keras.Sequential([*layers, keras.layers.Dense(10)]).save(path)
    _assert_refused(path, f"layer 1 (memory): DigitScope cannot show {kind} layers")


@pytest.mark.parametrize(("kind", "words"), [
    ("dilated", "layer 2 (dilated): DigitScope cannot show a Conv2D with dilation_rate=[2, 2]"),
    ("no_center", "layer 2 (no_center): DigitScope cannot show a BatchNormalization with center=False"),
    ("frozen", "layer 2 (frozen): DigitScope cannot show a Dense with trainable=False"),
    ("relu6", "layer 2 (relu6): DigitScope cannot show a ReLU with max_value=6.0"),
])
def test_arguments_digitscope_cannot_show(keras, tmp_path: Path, kind: str, words: str) -> None:
    """Arguments that change shapes, counts or results are refused, not silently dropped."""
    layer = {
        "dilated": lambda: keras.layers.Conv2D(4, 3, dilation_rate=2, name="dilated"),
        "no_center": lambda: keras.layers.BatchNormalization(center=False, name="no_center"),
        "frozen": lambda: keras.layers.Dense(8, name="frozen", trainable=False),
        "relu6": lambda: keras.layers.ReLU(max_value=6.0, name="relu6"),
    }[kind]()
    path = tmp_path / f"{kind}.keras"
    keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(2, 3), layer]).save(path)
    _assert_refused(path, words)


def test_weights_of_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.keras"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(KerasFileError) as caught:  # a SpecError, as every .keras reading error
        load_keras_weights(path)
    assert str(caught.value).startswith(f"{path}: not a .keras file")  # said before Keras unpacks it
    assert isinstance(caught.value, SpecError)


def test_read_keras_config(notes_mlp_file) -> None:
    config = read_keras_config(notes_mlp_file[1])
    assert config["class_name"] == "Sequential"


# --- DigitScope's own saves ------------------------------------------------------------------


def _named(name: str, layer: LayerSpec) -> LayerSpec:
    layer.name = name
    return layer


ROUND_TRIP = {
    **{name: template(name) for name in TEMPLATES},
    "mixed": ModelSpec((784,), [
        L("Reshape", target_shape=(28, 28, 1)),
        L("Conv2D", filters=8, kernel_size=(5, 3), strides=(2, 1), padding="same",
          kernel_initializer="he_normal", use_bias=False),
        L("BatchNormalization", momentum=0.9, epsilon=0.01),
        L("ReLU"),
        L("MaxPooling2D", pool_size=(2, 2), strides=(1, 2), padding="same"),
        L("Flatten"),
        _named("hidden1", L("Dense", units=64, activation="elu")),
        L("Dropout", rate=0.25),
        L("Dense", units=10),
        _named("probabilities", L("Softmax")),
        L("Activation", activation="linear"),
    ], CompileSpec("rmsprop", 0.002, 0.5, "categorical_crossentropy", []), "mnist", "mixed_model"),
    "cifar": ModelSpec((32, 32, 3), [L("Flatten"), L("Dense", units=10, activation="softmax")],
                       CompileSpec("sgd", 0.1, 0.9, "mse", ["accuracy"]), "cifar10", "cifar_mlp"),
}


@pytest.mark.parametrize("name", list(ROUND_TRIP))
def test_save_keras_round_trip(keras, tmp_path: Path, name: str) -> None:
    spec = ROUND_TRIP[name]
    model = build_model(spec)
    path = tmp_path / f"{name}.keras"
    save_keras(model, path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    loaded = load_model_spec(path)
    assert loaded.to_dict() == spec.to_dict()
    for got, want in zip(load_keras_weights(path), model.get_weights(), strict=True):
        np.testing.assert_array_equal(got, want)


def test_failed_save_keeps_old_file(tmp_path: Path) -> None:
    path = tmp_path / "model.keras"
    path.write_bytes(b"the old model")

    class FailingModel:
        def save(self, target: str) -> None:
            Path(target).write_bytes(b"half a mod")
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        save_keras(FailingModel(), path)
    assert path.read_bytes() == b"the old model"
    assert [p.name for p in tmp_path.iterdir()] == ["model.keras"]


def test_layers_added_after_opening_get_fresh_names(tmp_path: Path) -> None:
    """Keras's automatic names stay automatic: a Dense added to an opened file does not clash."""
    path = tmp_path / "convnet.keras"
    save_keras(build_model(template("small_convnet")), path)
    spec = load_model_spec(path)
    assert all(layer.name == "" for layer in spec.layers)
    spec.layers.insert(5, LayerSpec.new("Dense", units=64, activation="relu"))
    spec.layers.insert(0, LayerSpec.new("Conv2D", filters=8, padding="same"))
    info = analyze(spec)
    assert info.ok, info.errors
    assert layer_names(spec) == ["conv2d", "conv2d_1", "max_pooling2d", "conv2d_2", "max_pooling2d_1",
                                 "flatten", "dense", "dropout", "dense_1"]


@pytest.mark.filterwarnings("ignore:Skipping variable loading for optimizer:UserWarning")
def test_config_written_by_digitscope_is_keras_own(keras, tmp_path: Path) -> None:
    """A DigitScope save opens in plain Keras, compiled as the spec says."""
    spec = ROUND_TRIP["mixed"]
    path = tmp_path / "m.keras"
    save_keras(build_model(spec), path)
    model = keras.saving.load_model(path)
    assert model.name == "mixed_model"
    assert type(model.optimizer).__name__ == "RMSprop"
    assert float(model.optimizer.learning_rate) == pytest.approx(0.002)
    assert json.loads(zipfile.ZipFile(path).read("config.json"))["class_name"] == "Sequential"
