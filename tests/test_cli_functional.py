"""Issue 18 on the command line: summary, train, evaluate and export take functional models;
regression ends with test_loss and test_mae; --checkpoint keeps the best epoch's model; --class-weight
balanced weighs rare classes up; and what cannot work is one line that says why."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from core.cli.main import run
from core.model.templates import template
from tests.test_cli_bad_inputs import refused


def _json_line(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture(autouse=True)
def wide_console(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "140")  # rich fits a table to the console: as wide as Keras's own


def test_summary_of_the_notes_headline_model_has_connected_to(capsys) -> None:
    assert run(["summary", "--model", "multi_input_output"]) == 0
    text = capsys.readouterr().out
    assert "Connected to" in text and "concatenate" in text and "lstm[0][0]," in text
    assert "Total params: 5,200,610" in text


@pytest.mark.slow
def test_train_diabetes_ends_with_test_loss_and_mae(capsys, tmp_path: Path) -> None:
    history = tmp_path / "history.csv"
    code = run(["train", "--model", "regression_mlp", "--dataset", "diabetes", "--epochs", "3",
                "--batch-size", "32", "--history", str(history)])
    out = capsys.readouterr().out
    assert code == 0
    result = _json_line(out)
    assert set(result) >= {"test_loss", "test_mae"} and "test_accuracy" not in result
    assert 0 < result["test_mae"] < 200  # diabetes progression runs 25–346
    assert "mae" in history.read_text().splitlines()[0]


@pytest.mark.slow
def test_train_the_headline_model_on_random_data_reports_each_output(capsys, tmp_path: Path) -> None:
    out_file = tmp_path / "headline.keras"
    code = run(["train", "--model", "multi_input_output", "--dataset", "random", "--epochs", "1",
                "--out", str(out_file)])
    result = _json_line(capsys.readouterr().out)
    assert code == 0
    assert {"test_loss", "test_main_output_loss", "test_aux_output_loss",
            "test_main_output_accuracy"} <= set(result)
    # the saved model is functional and opens again with its two inputs and outputs
    assert run(["summary", "--model", str(out_file)]) == 0
    text = capsys.readouterr().out
    assert "main_input (InputLayer)" in text and "aux_output" in text


@pytest.mark.slow
def test_checkpoint_keeps_the_best_epochs_model(capsys, tmp_path: Path) -> None:
    best = tmp_path / "best.keras"
    code = run(["train", "--model", "dummy_binary", "--dataset", "random", "--epochs", "2",
                "--checkpoint", str(best)])
    assert code == 0
    assert _json_line(capsys.readouterr().out)["checkpoint"] == str(best)
    from core.model.keras_file import load_keras_weights

    assert [w.shape for w in load_keras_weights(best)] == [(100, 32), (32,), (32, 1), (1,)]


def test_checkpoint_must_be_a_keras_file(capsys, tmp_path: Path) -> None:
    line = refused(capsys, ["train", "--model", "dummy_binary", "--dataset", "random", "--epochs", "1",
                            "--checkpoint", tmp_path / "best.h5"])
    assert "must end in .keras" in line


def test_class_weights_balance_the_classes() -> None:
    from core.data.preprocess import PreparedData
    from core.training.loop import balanced_class_weights

    y = np.array([0] * 90 + [1] * 10, dtype=np.float32)  # 7 or not 7: few sevens
    data = PreparedData(np.zeros((100, 4)), y, None, None, np.zeros((0, 4)), y[:0], y[:0].astype(int),
                        ["not 7", "7"], "", "binary")
    weights = balanced_class_weights(data)
    assert weights == pytest.approx({0: 100 / (2 * 90), 1: 100 / (2 * 10)})
    assert weights[0] * 90 == pytest.approx(weights[1] * 10)  # each class weighs the same in all
    one_hot = np.eye(3)[[0, 0, 1, 2]]
    data.y_train, data.task = one_hot, "classes"
    assert balanced_class_weights(data) == pytest.approx({0: 4 / 6, 1: 4 / 3, 2: 4 / 3})


def test_class_weights_refused_for_numbers(capsys) -> None:
    line = refused(capsys, ["train", "--model", "regression_mlp", "--dataset", "diabetes", "--epochs", "1",
                            "--class-weight", "balanced"])
    assert "class weights are for a model with one output" in line


def test_a_classifier_refused_on_a_regression_set(capsys) -> None:
    line = refused(capsys, ["train", "--model", "mlp_50", "--dataset", "diabetes", "--epochs", "1"])
    assert "diabetes" in line and ("784" in line or "measurements" in line)


def test_a_two_input_model_refused_on_an_image_set(capsys) -> None:
    line = refused(capsys, ["evaluate", "--model", "multi_input_output", "--dataset", "mnist_7"])
    assert "2 input(s)" in line and "random data" in line


def test_export_writes_the_functional_api(capsys, tmp_path: Path) -> None:
    out = tmp_path / "headline.py"
    assert run(["export", "--model", "multi_input_output", "--python", str(out)]) == 0
    source = out.read_text()
    assert 'main_input = keras.Input(shape=(100,), dtype="int32", name="main_input")' in source
    assert "concatenate = keras.layers.Concatenate(name=\"concatenate\")([lstm, aux_input])" in source
    assert "model = keras.Model(inputs=[main_input, aux_input], outputs=[main_output, aux_output]" in source
    assert '"aux_output": 0.2' in source
    compile(source, str(out), "exec")
    assert template("multi_input_output").functional
