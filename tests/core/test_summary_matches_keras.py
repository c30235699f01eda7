"""core.model.summary prints, without TensorFlow, exactly what Keras's model.summary() prints."""

from __future__ import annotations

import pytest

from core.model.build import BuildError, build_model
from core.model.checks import analyze
from core.model.layer_catalog import LAYER_TYPES
from core.model.spec import LayerSpec, ModelSpec
from core.model.summary import format_count, readable_memory_size, summary_text
from core.model.templates import TEMPLATES, Inp, N, template
from tests.core.helpers import keras_summary

L = LayerSpec.new


def _named(name: str, type_name: str, **params) -> LayerSpec:
    layer = L(type_name, **params)
    layer.name = name
    return layer


EXTRA_SPECS: dict[str, ModelSpec] = {
    # BatchNormalization: 2×c trainable (gamma, beta) and 2×c non-trainable (moving mean, variance).
    "batchnorm": ModelSpec((28, 28, 1), [
        L("Conv2D", filters=8, kernel_size=(3, 3), padding="same", use_bias=False),
        L("BatchNormalization"),
        L("ReLU"),
        L("MaxPooling2D", pool_size=(2, 2), strides=(1, 1), padding="same"),
        L("Flatten"),
        L("BatchNormalization", momentum=0.9, epsilon=0.01),
        L("Dense", units=10, activation="softmax"),
    ], name="bn_model"),
    # The notes' user-named layers, mixed with automatic names.
    "named": ModelSpec((28, 28), [
        L("Flatten"),
        _named("hidden1", "Dense", units=300, activation="relu"),
        _named("hidden2", "Dense", units=100, activation="relu"),
        L("Dense", units=10),
        L("Softmax"),
    ], name="my_mlp"),
    # Reshape from a flat vector back to an image, then convolution.
    "reshape": ModelSpec((784,), [
        L("Reshape", target_shape=(28, 28, 1)),
        L("Conv2D", filters=4, kernel_size=(5, 5), strides=(2, 2), activation="relu"),
        L("Reshape", target_shape=(-1, 4)),
        L("Dropout", rate=0.2),
        L("Activation", activation="tanh"),
        L("Flatten"),
        L("Dense", units=10, activation="softmax", use_bias=False),
    ]),
    # Names that rich would read as markup or that need escaping, and a long one that wraps.
    "odd_names": ModelSpec((32, 32, 3), [
        _named("[bold]conv[red]", "Conv2D", filters=16, kernel_size=(3, 3)),
        _named("say \"hi\" \\ back", "MaxPooling2D"),
        _named("a_very_long_layer_name_that_does_not_fit_in_its_column_at_all", "Flatten"),
        _named("출력", "Dense", units=10, activation="softmax"),
    ], dataset="cifar10", name="odd [names]"),
    # Big counts: the memory column switches to MB.
    "wide": ModelSpec((32, 32, 3), [L("Flatten"), L("Dense", units=4096), L("Dense", units=10)],
                      dataset="cifar10"),
    # Issue 18: word indices through an Embedding and stacked recurrent layers.
    "recurrent": ModelSpec((12,), [
        L("Embedding", input_dim=500, output_dim=16),
        L("SimpleRNN", units=8, return_sequences=True),
        L("GRU", units=6, return_sequences=True),
        L("LSTM", units=4, use_bias=False),
        L("Dense", units=1, activation="sigmoid"),
    ], dataset="random", name="words"),
    # TimeDistributed of a layer, in a stack.
    "time_distributed": ModelSpec((10, 8), [
        LayerSpec("TimeDistributed", {}, inner=L("Dense", units=5, activation="relu")),
        L("Flatten"),
        L("Dense", units=3, activation="softmax"),
    ], dataset="random"),
    # The notes: TimeDistributed(model) applies the functional MLP to each of 20 vectors.
    "time_distributed_model": ModelSpec((1,), [
        Inp("input_layer", (20, 784)),
        N("TimeDistributed", "time_distributed", "input_layer"),
    ], dataset="random", name="sequences", functional=True, outputs=["time_distributed"]),
}
EXTRA_SPECS["time_distributed_model"].layers[1].inner = template("functional_mlp")

CASES = {**{name: template(name) for name in TEMPLATES}, **EXTRA_SPECS}


@pytest.mark.parametrize("name", list(CASES))
def test_summary_text_equals_keras_summary(keras, name: str) -> None:
    spec = CASES[name]
    expected = keras_summary(build_model(spec))
    assert summary_text(analyze(spec), spec.name) == expected


@pytest.mark.parametrize("line_length", [60, 88, 120])
@pytest.mark.parametrize("name", ["small_convnet", "named", "odd_names"])
def test_summary_text_equals_keras_at_other_widths(keras, name: str, line_length: int) -> None:
    spec = CASES[name]
    expected = keras_summary(build_model(spec, compile=False), line_length=line_length)
    assert summary_text(analyze(spec), spec.name, line_length=line_length) == expected


@pytest.mark.parametrize(("name", "total"), [
    ("mlp_50", "39,760"),
    ("mlp_512", "407,050"),
    ("mlp_300_100", "266,610"),
    ("conv_128", "216,970"),
    ("small_convnet", "34,826"),
])
def test_template_totals(name: str, total: str) -> None:
    """The totals from the notes, as the student reads them under the table (no Keras needed)."""
    text = summary_text(analyze(template(name)), name, line_length=88)
    assert f"Total params: {total} " in text
    assert f"Trainable params: {total} " in text
    assert "Non-trainable params: 0 (0.00 B)" in text


def test_every_layer_type_is_in_some_compared_summary() -> None:
    used = {layer.type for spec in CASES.values() for layer in spec.layers}
    assert used == set(LAYER_TYPES)


def test_non_trainable_params_of_batchnorm_shown() -> None:
    spec = EXTRA_SPECS["batchnorm"]
    info = analyze(spec)
    # Moving mean and variance: 8 channels after the conv, then 28·28·8 = 6272 flat features.
    assert info.non_trainable == 2 * 8 + 2 * 6272
    text = summary_text(info, spec.name, line_length=88)
    assert f"Non-trainable params: {format_count(info.non_trainable)} " in text


def test_summary_of_model_with_error_shows_question_marks_and_keras_refuses() -> None:
    spec = ModelSpec((28, 28), [L("Flatten"), L("Conv2D"), L("Dense", units=10)])
    info = analyze(spec)
    text = summary_text(info, line_length=88)
    assert "│ flatten (Flatten)" in text and "(None, 784)" in text
    assert text.count("│ ?") == 2  # conv2d and dense: shape unknown after the error
    with pytest.raises(BuildError, match="conv2d"):
        build_model(spec)


@pytest.mark.parametrize(("n", "text"), [
    (0, "0.00 B"), (1023, "1023.00 B"), (1024, "1.00 KB"), (159_040, "155.31 KB"),
    (1_628_200, "1.55 MB"), (3 * 1024**5, "3.00 PB"),
])
def test_readable_memory_size(n: int, text: str) -> None:
    assert readable_memory_size(n) == text


def test_readable_memory_size_is_keras_own(keras) -> None:
    from keras.src.utils.summary_utils import readable_memory_size as keras_size

    for n in (0, 5, 1023, 1024, 40_000, 159_040, 10**9, 3 * 1024**5, 1024**6, 5 * 1024**7):
        assert readable_memory_size(n) == keras_size(n)


@pytest.mark.parametrize("name", list(CASES))
def test_weight_shapes_are_keras_own(keras, name: str) -> None:
    """The shapes checked on every load (weights_mismatch) are the ones Keras gives the model."""
    from core.model.shapes import weight_shapes, weights_mismatch

    spec = CASES[name]
    weights = build_model(spec, compile=False).get_weights()
    assert weight_shapes(spec) == [tuple(w.shape) for w in weights]
    assert weights_mismatch(spec, weights) is None
    wrong = weights[:-1] if len(weights) > 1 else [w[..., :0] for w in weights] + weights
    message = weights_mismatch(spec, wrong)
    assert message is not None and f"it has {len(weights)} weight arrays" in message
