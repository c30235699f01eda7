"""core.model.shapes against real Keras: shapes, parameter counts and refusals over random stacks.

Each random stack is analysed by core, then built layer by layer with Keras itself
(bypassing core.model.build's own refusal). Where core sees no error, every row must
match Keras; where core reports an error on row k, layers 1..k-1 must build in Keras
with the same shapes and counts, and row k must be refused by Keras (or accepted,
for DigitScope's few stricter rules marked keras_refuses=False).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from core.model.build import make_layer
from core.model.layer_catalog import ACTIVATIONS, INITIALIZERS, LAYER_TYPES
from core.model.shapes import analyze_shapes, layer_names
from core.model.spec import LayerSpec, ModelSpec
from tests.core.helpers import count

# A Sequential stack takes every one-input layer (Input and the merges belong to functional models:
# test_graph_shapes_and_refusals_match_keras below draws those).
TYPES = sorted(k for k, t in LAYER_TYPES.items() if t.inputs == "one")
# On an image, the image layers come up more often, so that deep conv stacks get tested too; on a
# sequence, the recurrent layers.
IMAGE_TYPES = [*TYPES, "Conv2D", "Conv2D", "MaxPooling2D", "MaxPooling2D"]
SEQUENCE_TYPES = [*TYPES, "LSTM", "GRU", "SimpleRNN", "TimeDistributed"]
# What a TimeDistributed wraps in these stacks.
WRAPPED_TYPES = ["Dense", "Flatten", "Conv2D", "MaxPooling2D", "Dropout", "Activation"]


def _mostly(good: st.SearchStrategy, bad: st.SearchStrategy, one_in: int = 8) -> st.SearchStrategy:
    """good most of the time, bad about once in one_in draws (and shrinking goes to good)."""
    # Not i == 1: Hypothesis favours the ends of a range, which would make bad common.
    return st.integers(1, one_in).flatmap(lambda i: bad if i == one_in // 2 + 1 else good)


SIZE = _mostly(st.integers(1, 6), st.integers(-1, 0), one_in=12)
PAIR = st.tuples(SIZE, SIZE)
STRIDES = st.tuples(_mostly(st.integers(1, 3), st.just(0), 20), _mostly(st.integers(1, 3), st.just(0), 20))
POOL = st.tuples(_mostly(st.integers(1, 4), st.just(0), 20), _mostly(st.integers(1, 4), st.just(0), 20))
PADDING = st.sampled_from(("valid", "same"))

PARAMS: dict[str, st.SearchStrategy] = {
    "Dense": st.fixed_dictionaries({
        "units": _mostly(st.integers(1, 40), st.integers(-3, 0)),
        "activation": st.sampled_from(ACTIVATIONS),
        "kernel_initializer": st.sampled_from(INITIALIZERS),
        "use_bias": st.booleans(),
    }),
    "Flatten": st.just({}),
    "Conv2D": st.fixed_dictionaries({
        "filters": _mostly(st.integers(1, 12), st.integers(-2, 0)),
        "kernel_size": PAIR,
        "strides": STRIDES,
        "padding": PADDING,
        "activation": st.sampled_from(ACTIVATIONS),
        "kernel_initializer": st.sampled_from(INITIALIZERS),
        "use_bias": st.booleans(),
    }),
    "MaxPooling2D": st.fixed_dictionaries({
        "pool_size": POOL,
        "strides": st.none() | STRIDES,
        "padding": PADDING,
    }),
    "Dropout": st.fixed_dictionaries({
        "rate": _mostly(st.floats(0.0, 1.0, exclude_max=True),
                        st.floats(-0.2, 1.2, exclude_max=True).filter(lambda r: r != 1.0), 4),
    }),
    "BatchNormalization": st.fixed_dictionaries({
        "momentum": st.floats(0.0, 1.0),
        "epsilon": st.floats(1e-5, 0.1),
    }),
    "Activation": st.fixed_dictionaries({"activation": st.sampled_from(ACTIVATIONS)}),
    "ReLU": st.just({}),
    "Softmax": st.just({}),
    "Embedding": st.fixed_dictionaries({
        "input_dim": _mostly(st.integers(1, 50), st.integers(-2, 0)),
        "output_dim": _mostly(st.integers(1, 12), st.integers(-2, 0)),
    }),
    **{kind: st.fixed_dictionaries({
        "units": _mostly(st.integers(1, 12), st.integers(-2, 0)),
        "activation": st.sampled_from(ACTIVATIONS),
        "return_sequences": st.booleans(),
        "use_bias": st.booleans(),
    }) for kind in ("SimpleRNN", "LSTM", "GRU")},
    "TimeDistributed": st.just({}),
}

# Occasionally a user-given name: a plain one, a repeated one, one that clashes with
# Keras's automatic "dense", and one Keras refuses outright.
NAMES = _mostly(st.just(""), st.sampled_from(("hidden1", "hidden1", "dense", "out", "a/b")), 20)

IMAGE = st.tuples(st.integers(1, 32), st.integers(1, 32), st.integers(1, 4))
INPUT_SHAPES = st.one_of(  # images twice as often as the other ranks: Conv2D needs them
    st.sampled_from([(28, 28, 1), (32, 32, 3), (28, 28), (784,)]),
    st.tuples(st.integers(1, 32)),
    st.tuples(st.integers(1, 32), st.integers(1, 32)),
    IMAGE,
    IMAGE,
)


def _factorizations(n: int) -> list[tuple[int, ...]]:
    """Shapes of rank 1-3 whose sizes multiply to n."""
    divisors = [d for d in range(1, n + 1) if n % d == 0]
    out = [(n,)]
    out += [(a, n // a) for a in divisors]
    out += [(a, b, n // (a * b)) for a in divisors for b in divisors if (n // a) % b == 0]
    return out


@st.composite
def target_shapes(draw: st.DrawFn, total: int | None) -> tuple[int, ...]:
    """A Reshape target for an input of total values: right, with -1, or wrong."""
    kind = draw(st.sampled_from(["fits", "fits", "fits_minus_one", "fits_minus_one", "wrong", "odd"]))
    if total is not None and kind.startswith("fits"):
        target = list(draw(st.sampled_from(_factorizations(total))))
        if kind == "fits_minus_one":
            target[draw(st.integers(0, len(target) - 1))] = -1
        return tuple(target)
    if kind == "odd":  # two -1, a zero or a negative size
        return draw(st.sampled_from([(-1, -1), (0, 4), (-1, 0), (-2, 2), (2, -3), (4, 0, -1)]))
    return tuple(draw(st.lists(st.integers(1, 9) | st.just(-1), min_size=1, max_size=3)))


@st.composite
def specs(draw: st.DrawFn) -> ModelSpec:
    """A random Sequential stack of 1-6 layers drawn from all DigitScope's layer types."""
    spec = ModelSpec(draw(INPUT_SHAPES), [])
    for _ in range(draw(st.integers(1, 6))):
        # Core's shape of the stack so far only steers the drawing; Keras judges the result.
        shape = analyze_shapes(spec).output_shape
        kinds = IMAGE_TYPES if shape and len(shape) == 3 else SEQUENCE_TYPES if shape and len(shape) == 2 \
            else TYPES
        spec.layers.append(draw(one_layer(draw(st.sampled_from(kinds)), shape)))
    return spec


@st.composite
def one_layer(draw: st.DrawFn, type_name: str, shape: tuple[int, ...] | None) -> LayerSpec:
    """A layer of that type with drawn parameters (a TimeDistributed wraps a drawn layer)."""
    if type_name == "Reshape":
        # Aim at the element count the stack has so far, so that most Reshapes fit.
        params = {"target_shape": draw(target_shapes(math.prod(shape) if shape else None))}
    else:
        params = draw(PARAMS[type_name])
    inner = None
    if type_name == "TimeDistributed":
        inner = draw(one_layer(draw(st.sampled_from(WRAPPED_TYPES)), shape[1:] if shape else None))
    return LayerSpec(type_name, params, draw(NAMES), inner=inner)


def _keras_stack(keras, spec: ModelSpec, names: list[str], upto: int):
    """keras.Sequential([Input, layers 1..upto]) built from the spec; or the exception Keras raised."""
    try:
        layers = [make_layer(layer, name)
                  for layer, name in zip(spec.layers[:upto], names[:upto], strict=True)]
        return keras.Sequential([keras.Input(shape=tuple(spec.input_shape)), *layers])
    except Exception as e:  # Keras refuses with ValueError mostly, but any refusal counts
        return e


def _assert_rows_match(model, info, upto: int, spec: ModelSpec) -> None:
    assert len(model.layers) == upto
    for row, layer in zip(info.rows[:upto], model.layers, strict=True):
        where = f"row {row.index + 1} {row.name} ({row.type}) of {spec}"
        assert row.name == layer.name, where
        assert type(layer).__name__ == row.type, where
        assert (None, *row.output_shape) == tuple(layer.output.shape), where
        assert row.params == layer.count_params(), where
        assert row.trainable == count(layer.trainable_weights), where
        assert row.non_trainable == count(layer.non_trainable_weights), where


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(ModelSpec((28, 28, 1), [LayerSpec.new("Conv2D", filters=4, kernel_size=(29, 3))]))
@example(ModelSpec((2, 2, 1), [LayerSpec.new("MaxPooling2D", pool_size=(3, 3))]))
@example(ModelSpec((784,), [LayerSpec.new("Reshape", target_shape=(28, 27, 1))]))
@example(ModelSpec((4,), [LayerSpec.new("Reshape", target_shape=(-1, 0))]))
@example(ModelSpec((4,), [LayerSpec.new("Reshape", target_shape=(0, 4))]))
@example(ModelSpec((28, 28), [LayerSpec.new("Flatten"), LayerSpec.new("Conv2D")]))
@example(ModelSpec((28, 28, 1), [LayerSpec.new("BatchNormalization"), LayerSpec.new("Flatten"),
                                 LayerSpec.new("Dense", units=0)]))
@given(spec=specs())
def test_core_shapes_and_refusals_match_keras(keras, spec: ModelSpec) -> None:
    info = analyze_shapes(spec)
    names = layer_names(spec)
    assert [r.name for r in info.rows] == names
    errors = info.errors
    event("builds" if not errors else f"refused at row {errors[0][0].index + 1} of {len(spec.layers)}")
    if not errors:
        model = _keras_stack(keras, spec, names, len(spec.layers))
        assert not isinstance(model, Exception), f"core accepts {spec} but Keras refuses: {model}"
        _assert_rows_match(model, info, len(spec.layers), spec)
        assert info.trainable == count(model.trainable_weights)
        assert info.non_trainable == count(model.non_trainable_weights)
        assert info.total == model.count_params()
        assert (None, *info.output_shape) == tuple(model.layers[-1].output.shape)
        return

    row, problem = errors[0]
    k = row.index
    assert row.name in problem.message, problem.message
    assert row.output_shape is None or problem.message.startswith(f"{row.name}:")  # name rules
    # Every row after the first error has no shape: core cannot know it.
    assert all(r.output_shape is None for r in info.rows[k + 1:])
    if k:
        prefix = _keras_stack(keras, spec, names, k)
        assert not isinstance(prefix, Exception), f"Keras refuses the rows before {row.name}: {prefix}"
        _assert_rows_match(prefix, info, k, spec)
    upto = _keras_stack(keras, spec, names, k + 1)
    if problem.keras_refuses:
        assert isinstance(upto, Exception), f"core refuses {row.name} ({problem.message}) but Keras builds it"
    else:
        assert not isinstance(upto, Exception), f"{problem.message} is marked as Keras accepting, but: {upto}"


@pytest.mark.parametrize(("layer", "words"), [
    (LayerSpec.new("Dropout", rate=1.0), "rate 1"),
    (LayerSpec.new("BatchNormalization", epsilon=0.0), "epsilon"),
    (LayerSpec.new("BatchNormalization", epsilon=-0.001), "epsilon"),
    (LayerSpec.new("BatchNormalization", momentum=1.5), "momentum"),
    (LayerSpec.new("BatchNormalization", momentum=-0.1), "momentum"),
])
def test_stricter_rules_are_values_keras_accepts(keras, layer: LayerSpec, words: str) -> None:
    """DigitScope's own refusals (keras_refuses=False) are exactly values Keras would build."""
    spec = ModelSpec((28, 28, 1), [LayerSpec.new("Flatten"), layer, LayerSpec.new("Dense", units=10)])
    info = analyze_shapes(spec)
    (row, problem), = info.errors
    assert row.index == 1 and problem.keras_refuses is False
    assert row.name in problem.message and words in problem.message
    model = _keras_stack(keras, spec, layer_names(spec), 3)
    assert not isinstance(model, Exception), model

