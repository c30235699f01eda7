"""The default model in assets/: it opens in the builder and reads real digits
(core.training.default_model)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.training.default_model import (
    DEFAULT_MODEL_PATH,
    canvas_strokes,
    evaluate_mnist_test,
    evaluate_pendigits,
)

SHARED = Path(__file__).parents[2].parent / "shared" / "data"
MNIST_TEST = SHARED / "mnist-test"
PENDIGITS = SHARED / "pendigits" / "pendigits-test-strokes.jsonl"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"no shared evaluation data at {SHARED}")


@pytest.fixture(scope="module")
def model(keras):
    assert DEFAULT_MODEL_PATH.is_file(), (f"{DEFAULT_MODEL_PATH} is missing: "
                                          "python -m core.training.default_model")
    return keras.saving.load_model(str(DEFAULT_MODEL_PATH))


def test_default_model_opens_in_the_builder():
    from core.model.keras_file import read_keras_config, spec_dict_from_keras_config
    from core.model.spec import ModelSpec

    spec = spec_dict_from_keras_config(read_keras_config(DEFAULT_MODEL_PATH))
    assert spec["input_shape"] == [28, 28, 1]
    assert spec["dataset"] == "mnist"
    assert spec["layers"][-1]["type"] == "Dense"
    assert spec["layers"][-1]["params"]["units"] == 10
    assert spec["layers"][-1]["params"]["activation"] == "softmax"
    assert spec["compile"]["loss"] == "sparse_categorical_crossentropy"
    ModelSpec.from_dict(spec)  # the builder's own parser accepts it
    assert DEFAULT_MODEL_PATH.stat().st_size < 5_000_000


def test_metrics_file_records_provenance():
    import json

    info = json.loads(DEFAULT_MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    for key in ("trained_on", "samples", "epochs", "seed", "mnist_test_accuracy", "pendigits_accuracy",
                "train_seconds", "keras_version"):
        assert key in info, key
    assert info["samples"] == 5000


def test_metrics_file_records_the_recipe_of_the_training_defaults():
    import json

    from core.training.default_model import RECIPE, describe_recipe

    info = json.loads(DEFAULT_MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    # The shipped model is what `python -m core.training.default_model` (no options) trains.
    assert info["recipe"] == {k: list(v) if isinstance(v, tuple) else v for k, v in RECIPE.items()}
    assert info["trained_on"] == describe_recipe(info["recipe"])
    assert "pen trajectories" in info["trained_on"] and "nothing else" in info["trained_on"]


def test_default_model_predicts_one_input(model):
    from core.drawing.strokes import strokes_to_input

    x = strokes_to_input([[(100, 20), (99, 120), (98, 220)]])
    p = np.asarray(model(x[None, :, :, None], training=False))[0]
    assert p.shape == (10,)
    assert abs(p.sum() - 1) < 1e-4
    assert p.argmax() == 1


@needs_shared
def test_default_model_reads_the_mnist_test_set(model):
    result = evaluate_mnist_test(model, MNIST_TEST, limit=500)
    assert result["n"] == 500
    assert result["accuracy"] >= 0.97, result["accuracy"]


@needs_shared
def test_default_model_reads_pen_trajectories_through_the_canvas_pipeline(model):
    # Every 10th of the first 1,500 samples: 150 digits from several writers, every class.
    result = evaluate_pendigits(model, PENDIGITS, limit=1500, step=10)
    assert result["n"] == 150
    assert result["accuracy"] >= 0.90, result["accuracy"]


def test_canvas_strokes_fit_the_canvas_with_a_margin():
    strokes = canvas_strokes([[[0, 0], [500, 500]], [[250, 250]]])
    assert strokes[0][0] == pytest.approx((28.0, 28.0))
    assert strokes[0][1] == pytest.approx((252.0, 252.0))
    assert strokes[1][0] == pytest.approx((140.0, 140.0))
