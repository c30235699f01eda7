"""The exported script builds, in plain Keras, the model DigitScope shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.model.build import compile_arguments
from core.model.checks import analyze
from core.model.export_python import export_python
from core.model.spec import OPTIMIZER_CLASSES, CompileSpec, LayerSpec, ModelSpec
from core.model.summary import summary_text
from core.model.templates import TEMPLATES, template

ROOT = Path(__file__).resolve().parents[2]
L = LayerSpec.new


def _named(name: str, layer: LayerSpec) -> LayerSpec:
    layer.name = name
    return layer


SPECS: dict[str, ModelSpec] = {
    **{name: template(name) for name in TEMPLATES},
    "everything": ModelSpec((784,), [
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
        L("Softmax"),
        L("Activation", activation="linear"),
    ], CompileSpec("sgd", 0.05, 0.9, "categorical_crossentropy", ["accuracy"]),
        "fashion_mnist", "all_layers"),
    # User-given names that need escaping in Python source.
    "odd_names": ModelSpec((32, 32, 3), [
        _named('say "hi"', L("Conv2D", filters=4)),
        _named("back\\slash \\N", L("Flatten")),
        _named("출력", L("Dense", units=10, activation="softmax")),
    ], CompileSpec("rmsprop", 0.002, 0.5, "mse", []), "cifar10", 'the "odd" \\ model """'),
}

# Runs every exported file through runpy (which skips the `if __name__ == "__main__":` part)
# in one fresh interpreter, and reports what plain Keras made of it.
PROBE = """
import json, runpy, sys
out = {}
for key, path in json.loads(sys.argv[1]).items():
    model = runpy.run_path(path)["model"]
    captured = []
    model.summary(print_fn=lambda text, **_: captured.append(text))
    opt = model.optimizer
    out[key] = {
        "summary": captured,
        "optimizer": type(opt).__name__,
        "learning_rate": float(opt.learning_rate),
        "momentum": float(getattr(opt, "momentum", 0.0)),
        "loss": model.loss if isinstance(model.loss, str) else dict(model.loss),
        "loss_weights": weights if (weights := model.get_compile_config().get("loss_weights")) is None
        else dict(weights),
        "metrics": model.get_compile_config()["metrics"],
        "name": model.name,
        "layer_names": [layer.name for layer in model.layers],
    }
print("RESULT " + json.dumps(out))
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("export")
    paths = {}
    for key, spec in SPECS.items():
        paths[key] = str(folder / f"{key}.py")
        Path(paths[key]).write_text(export_python(spec), encoding="utf-8")
    env = {**os.environ, "COLUMNS": "92", "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(paths)], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    return json.loads(line.removeprefix("RESULT "))


@pytest.mark.parametrize("key", list(SPECS))
def test_exported_summary_equals_core_summary(exported: dict, key: str, monkeypatch) -> None:
    # rich, under both Keras and core, squeezes a table into the console's width (COLUMNS,
    # else 80 when not a terminal): give this process the same 92 columns as the script's.
    monkeypatch.setenv("COLUMNS", "92")
    spec = SPECS[key]
    (text,) = exported[key]["summary"]
    assert text == summary_text(analyze(spec), spec.name, line_length=88)
    assert max(len(line) for line in text.splitlines()) == 88


@pytest.mark.parametrize("key", list(SPECS))
def test_exported_compile_settings(exported: dict, key: str) -> None:
    spec, got = SPECS[key], exported[key]
    assert got["optimizer"] == OPTIMIZER_CLASSES[spec.compile.optimizer]
    assert np.float32(got["learning_rate"]) == np.float32(spec.compile.learning_rate)
    if spec.compile.optimizer in ("sgd", "rmsprop"):
        assert got["momentum"] == spec.compile.momentum
    want = compile_arguments(spec)
    assert got["loss"] == want["loss"]
    assert got["loss_weights"] == want.get("loss_weights")
    assert got["metrics"] == want["metrics"]
    assert got["name"] == spec.name


def test_odd_names_survive_export(exported: dict) -> None:
    assert exported["odd_names"]["layer_names"] == ['say "hi"', "back\\slash \\N", "출력"]


@pytest.mark.parametrize("key", list(SPECS))
def test_exported_text_compiles(key: str) -> None:
    compile(export_python(SPECS[key]), f"{key}.py", "exec")


def test_exported_text_reads_like_the_notes() -> None:
    source = export_python(template("mlp_300_100"), epochs=30, batch_size=64)
    assert "import keras\n" in source
    assert "    keras.Input(shape=(28, 28)),\n" in source
    assert '    keras.layers.Flatten(name="flatten"),\n' in source
    assert '    keras.layers.Dense(300, activation="relu", name="dense"),\n' in source
    assert '    keras.layers.Dense(10, activation="softmax", name="dense_2"),\n' in source
    assert "optimizer=keras.optimizers.SGD(learning_rate=0.01)," in source
    assert 'loss="sparse_categorical_crossentropy",' in source
    assert "epochs=30, batch_size=64" in source
    assert "keras.datasets.mnist.load_data()" in source
    assert "to_categorical" not in source  # sparse labels need no one-hot encoding


def test_exported_text_one_hot_and_momentum() -> None:
    source = export_python(SPECS["everything"])
    assert "optimizer=keras.optimizers.SGD(learning_rate=0.05, momentum=0.9)," in source
    assert "keras.datasets.fashion_mnist.load_data()" in source
    assert "y_train = keras.utils.to_categorical(y_train, 10)" in source
    assert "x_train.reshape((-1, 784))" in source
    assert "keras.layers.MaxPooling2D(strides=(1, 2), padding=\"same\", name=\"max_pooling2d\")" in source


def test_main_block_is_not_run_on_import(tmp_path: Path) -> None:
    """runpy.run_path must not train: the data download sits under __main__."""
    source = export_python(template("mlp_50"))
    head, main = source.split('if __name__ == "__main__":\n')
    assert "load_data" not in head and "fit(" not in head
    assert "load_data" in main and "model.fit(" in main and "model.evaluate(" in main


@pytest.mark.slow
@pytest.mark.parametrize("key", ["multi_input_output", "diabetes_mlp"])
def test_exported_script_trains_offline(tmp_path: Path, key: str) -> None:
    """The whole script runs as a student would run it (python file.py): the notes' functional model
    on random data like the notes', and a regression MLP on scikit-learn's diabetes data."""
    spec = template(key) if key in TEMPLATES else ModelSpec((10,), [
        L("Dense", units=30, activation="relu"), L("Dense", units=1)],
        CompileSpec("adam", 0.01, loss="mse", metrics=["mae"]), "diabetes", "regression_mlp")
    path = tmp_path / f"{key}.py"
    path.write_text(export_python(spec, epochs=1, batch_size=64), encoding="utf-8")
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([sys.executable, str(path)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("test: ")]
    results = eval(line.removeprefix("test: "), {"np": np})  # a dict of floats, as Keras printed it
    if key == "diabetes_mlp":
        assert set(results) == {"loss", "mae"} and results["mae"] > 0
    else:
        assert {"loss", "main_output_loss", "aux_output_loss"} <= set(results)
