""".keras files through Keras (load_keras_weights, read_keras_model), fuzzed.
"""

from __future__ import annotations

import functools
import json
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from tests.core.fuzz.strategies import (
    SMALL_JSONISH,
    damaged_bytes,
    fresh,
    fuzz,
    loads_or_refuses,
    mutated_json,
    zip_bytes,
    zip_members,
)


@functools.cache
def tiny_keras() -> bytes:
    """A small Sequential model saved by Keras: a conv layer, a dense layer, compiled."""
    import keras

    model = keras.Sequential([
        keras.Input((28, 28, 1)),  # a drawing fits it, so Predictor's own checks run too
        keras.layers.Conv2D(2, 3, activation="relu", name="conv"),
        keras.layers.Flatten(),
        keras.layers.Dense(3, activation="softmax", name="out"),
    ], name="tiny")
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    with tempfile.TemporaryDirectory() as d:
        model.save(Path(d) / "tiny.keras")
        return (Path(d) / "tiny.keras").read_bytes()


@st.composite
def damaged_keras(draw: st.DrawFn, valid: bytes) -> bytes:
    """A .keras file cut short or flipped, or a valid zip with a member damaged or replaced."""
    how = draw(st.sampled_from(["bytes", "config", "config", "weights", "metadata", "random"]))
    if how == "bytes":
        return draw(damaged_bytes(valid))
    if how == "random":
        return draw(st.binary(max_size=500))
    members = zip_members(valid)
    if how == "config":
        config = json.loads(members["config.json"])
        new = draw(st.one_of(mutated_json(config, SMALL_JSONISH).map(lambda c: json.dumps(c).encode()),
                             SMALL_JSONISH.map(lambda v: json.dumps(v).encode()),
                             damaged_bytes(members["config.json"]), st.none()))
        key = "config.json"
    elif how == "weights":
        new = draw(st.one_of(damaged_bytes(members["model.weights.h5"]), st.binary(max_size=100),
                             st.none()))
        key = "model.weights.h5"
    else:
        new = draw(st.one_of(SMALL_JSONISH.map(lambda v: json.dumps(v).encode()), st.none()))
        key = "metadata.json"
    if new is None:
        del members[key]
    else:
        members[key] = new
    return zip_bytes(members)


@fuzz(25)
@given(data=st.data())
def test_keras_weights_of_damaged_files(scratch: Path, data: st.DataObject) -> None:
    from core.model.keras_file import KerasFileError, load_keras_weights

    with fresh(scratch) as d:
        path = d / "fuzz-weights.keras"
        path.write_bytes(data.draw(damaged_keras(tiny_keras())))
        weights = loads_or_refuses(load_keras_weights, path, KerasFileError)
        if weights is not None:
            assert all(isinstance(w, np.ndarray) for w in weights)


@fuzz(25)
@given(data=st.data())
def test_read_keras_model_of_damaged_files(scratch: Path, data: st.DataObject) -> None:
    """The one reader (File ▸ Open's weights, Draw's and Inside's models), then what Draw
    (Predictor) and Inside (check_inspectable, layer_rows) do with what it read."""
    from core.inspection.layers import check_inspectable, layer_rows
    from core.inspection.predictor import InferenceError, Predictor, class_names_for
    from core.model.keras_file import KerasFileError, read_keras_model

    with fresh(scratch) as d:
        path = d / "fuzz-read.keras"
        path.write_bytes(data.draw(damaged_keras(tiny_keras())))
        model = loads_or_refuses(read_keras_model, path, KerasFileError)
        if model is not None:
            names = class_names_for(int(model.outputs[0].shape[-1]))
            loads_or_refuses(lambda p: Predictor(model, names, p.name), path, InferenceError)
            if loads_or_refuses(lambda p: check_inspectable(model, p.name) or True, path, ValueError):
                layer_rows(model)
