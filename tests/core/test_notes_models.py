"""Issue 18: the notes' functional models, written as the notes write them in plain Keras, against
DigitScope's own (templates and specs): the same summary, the same weights in the same order, and
one epoch of training that gives the same losses from the same weights on the same data."""

from __future__ import annotations

import numpy as np
import pytest

from core.data.preprocess import PreparedData
from core.data.random_data import random_dataset
from core.model.build import build_model
from core.model.checks import analyze
from core.model.spec import ModelSpec
from core.model.summary import summary_text
from core.model.templates import Inp, N, template
from core.training.config import TrainConfig
from core.training.loop import train
from tests.core.helpers import keras_summary


def notes_functional_mlp(keras, compile: bool = True):
    """케라스 함수형 API 첫걸음: the first example, as written there."""
    from keras import layers

    inputs = keras.Input(shape=(784,))
    x = layers.Dense(64, activation="relu")(inputs)
    x = layers.Dense(64, activation="relu")(x)
    predictions = layers.Dense(10, activation="softmax")(x)
    model = keras.Model(inputs=inputs, outputs=predictions)
    if compile:
        model.compile(optimizer="rmsprop", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


def notes_headline(keras):
    """The notes' multi-input, multi-output model, as written there (Keras 3: no input_length)."""
    from keras import layers

    main_input = keras.Input(shape=(100,), dtype="int32", name="main_input")
    x = layers.Embedding(output_dim=512, input_dim=10000)(main_input)
    lstm_out = layers.LSTM(32)(x)
    auxiliary_output = layers.Dense(1, activation="sigmoid", name="aux_output")(lstm_out)
    auxiliary_input = keras.Input(shape=(5,), name="aux_input")
    x = layers.concatenate([lstm_out, auxiliary_input])
    x = layers.Dense(64, activation="relu")(x)
    x = layers.Dense(64, activation="relu")(x)
    x = layers.Dense(64, activation="relu")(x)
    main_output = layers.Dense(1, activation="sigmoid", name="main_output")(x)
    model = keras.Model(inputs=[main_input, auxiliary_input], outputs=[main_output, auxiliary_output])
    # Keras 3 wants one loss per output beside loss_weights (Keras 2 took a single one for both)
    model.compile(optimizer="rmsprop", loss=["binary_crossentropy", "binary_crossentropy"],
                  loss_weights=[1.0, 0.2])
    return model


def notes_time_distributed(keras):
    """TimeDistributed(model): the functional MLP applied to each of 20 vectors."""
    model = notes_functional_mlp(keras, compile=False)  # compiled, its unbuilt metrics break the outer fit
    input_sequences = keras.Input(shape=(20, 784))
    processed_sequences = keras.layers.TimeDistributed(model)(input_sequences)
    sequences = keras.Model(input_sequences, processed_sequences)
    sequences.compile(optimizer="rmsprop", loss="categorical_crossentropy")
    return sequences


def time_distributed_spec() -> ModelSpec:
    # Keras numbers automatic names per session: the wrapped model's input came first.
    spec = ModelSpec((20, 784), [Inp("input_layer_1", (20, 784)),
                                 N("TimeDistributed", "time_distributed", "input_layer_1")],
                     dataset="random", name="sequences", functional=True, outputs=["time_distributed"])
    spec.layers[1].inner = template("functional_mlp")
    spec.compile.loss, spec.compile.optimizer = "categorical_crossentropy", "rmsprop"
    spec.compile.metrics = []
    return spec


CASES = {"functional_mlp": (notes_functional_mlp, lambda: template("functional_mlp")),
         "headline": (notes_headline, lambda: template("multi_input_output")),
         "time_distributed": (notes_time_distributed, time_distributed_spec)}


@pytest.mark.parametrize("name", list(CASES))
def test_summary_and_weights_equal_the_notes(keras, name: str) -> None:
    notes, make_spec = CASES[name]
    keras.backend.clear_session()
    theirs = notes(keras)
    spec = make_spec()
    ours = summary_text(analyze(spec), theirs.name)  # the names Keras gave (functional, functional_1)
    assert ours == keras_summary(theirs)
    keras.backend.clear_session()
    built = build_model(spec)
    assert [w.shape for w in built.get_weights()] == [w.shape for w in theirs.get_weights()]
    assert built.count_params() == theirs.count_params()


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_one_epoch_trains_like_the_notes(keras, name: str) -> None:
    """From the same weights, on the same random data, in the same order: the same losses."""
    notes, make_spec = CASES[name]
    spec = make_spec()
    dataset = random_dataset(spec, n_train=64, n_test=16, seed=3)
    keras.backend.clear_session()
    theirs = notes(keras)
    ours = build_model(spec)
    ours.set_weights(theirs.get_weights())
    # the notes' model takes its inputs and targets in order; ours by name (the same arrays)
    x, y = dataset.x_train, dataset.y_train
    x_list = [x[layer.name] for layer in spec.input_layers()] if isinstance(x, dict) else x
    y_list = [y[n] for n in theirs.output_names] if isinstance(y, dict) else y
    history = theirs.fit(x_list, y_list, batch_size=16, epochs=1, shuffle=False, verbose=0)
    data = PreparedData(x, y, None, None, dataset.x_test, dataset.y_test, np.zeros(0), [], "", "any")
    result = train(ours, data, TrainConfig(epochs=1, batch_size=16, validation=0, shuffle=False, seed=None),
                   lambda _event: None)
    row = result.epochs[0]
    for key, values in history.history.items():
        assert row[key] == pytest.approx(values[-1], rel=1e-4), key
    for a, b in zip(ours.get_weights(), theirs.get_weights(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)
