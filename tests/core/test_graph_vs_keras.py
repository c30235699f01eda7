"""core.model.shapes on functional graphs against real Keras (issue 18): random graphs of one or
two inputs, branches and merges (Add, Concatenate), built layer by layer with the functional API.

Core walks the rows in order; Keras calls each layer on the tensors of the rows it names. Rows
core accepts must match Keras's output shape and parameter count; at the first row core refuses
(for a rule Keras shares), calling that layer in Keras must fail too.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from core.model.build import build_model, make_layer
from core.model.graph import keras_order, layer_names
from core.model.shapes import analyze_shapes, weight_shapes
from core.model.spec import LayerSpec, ModelSpec
from core.model.templates import Inp, N
from tests.core.test_shapes_vs_keras import PARAMS

ONE_INPUT = ["Dense", "Dense", "Flatten", "Dropout", "Activation", "Conv2D", "MaxPooling2D", "LSTM", "GRU",
             "SimpleRNN", "Embedding", "BatchNormalization"]
INPUT_SHAPES = st.sampled_from([(6,), (4,), (5, 3), (5, 4), (8, 8, 2), (8, 8, 3), (6, 6, 2)])


@st.composite
def graphs(draw: st.DrawFn) -> ModelSpec:
    """One or two inputs, then 1-6 layers, each taking earlier rows; every sink is an output."""
    rows: list[LayerSpec] = []
    for k in range(draw(st.integers(1, 2))):
        rows.append(Inp(f"in_{k}", draw(INPUT_SHAPES)))
    for k in range(draw(st.integers(1, 6))):
        names = [r.name for r in rows]
        merge = draw(st.sampled_from(["Add", "Concatenate", None, None, None])) if len(names) > 1 else None
        if merge:
            sources = draw(st.lists(st.sampled_from(names), min_size=2, max_size=3, unique=True))
            params = {"axis": draw(st.sampled_from([-1, -1, 1, 2]))} if merge == "Concatenate" else {}
            rows.append(N(merge, f"{merge.lower()}_{k}", sources, **params))
        else:
            kind = draw(st.sampled_from(ONE_INPUT))
            rows.append(N(kind, f"{kind.lower()}_{k}", draw(st.sampled_from(names)), **draw(PARAMS[kind])))
    used = {n for r in rows for n in r.inputs}
    spec = ModelSpec((1,), rows, functional=True, name="graph")
    spec.outputs = [r.name for r in rows if r.type != "Input" and r.name not in used]
    if any(r.type == "Input" and r.name not in used for r in rows):  # an input nothing takes
        spec.layers[:] = [r for r in rows if r.type != "Input" or r.name in used]
    return spec


def _shape(tensor) -> tuple:
    return tuple(tensor.shape)[1:]


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(ModelSpec((1,), [Inp("a", (4,)), Inp("b", (5,)), N("Add", "add", ["a", "b"])], functional=True,
                   outputs=["add"]))
@example(ModelSpec((1,), [Inp("a", (4, 3)), Inp("b", (5, 3)), N("Concatenate", "c", ["a", "b"])],
                   functional=True, outputs=["c"]))
@given(spec=graphs())
def test_graph_shapes_and_refusals_match_keras(keras, spec: ModelSpec) -> None:
    keras.backend.clear_session()
    info = analyze_shapes(spec)
    errors = info.errors
    event("builds" if not errors else f"refused at row {errors[0][0].index + 1}")
    tensors = {}
    for row, layer in zip(info.rows, spec.layers, strict=True):
        if layer.type == "Input":
            tensors[row.name] = keras.Input(tuple(layer.params["shape"]), name=row.name)
            assert row.output_shape == _shape(tensors[row.name])
            continue
        if any(n not in tensors for n in layer.inputs):
            continue  # a row after a refused one: core gives it no shape
        args = [tensors[n] for n in layer.inputs]
        try:
            k_layer = make_layer(layer, row.name)
            out = k_layer(args if layer.type in ("Add", "Concatenate") else args[0])
        except Exception as e:  # any Keras refusal
            assert row.error is not None, f"core accepts {row.name} of {spec} but Keras refuses: {e}"
            continue
        if row.error is not None:
            assert not row.error.keras_refuses, f"core refuses {row.name} ({row.error.message}); Keras: ok"
            continue
        assert row.output_shape == _shape(out), f"{row.name} of {spec}"
        assert row.params == k_layer.count_params(), f"{row.name} of {spec}"
        tensors[row.name] = out
    if not errors:
        model = build_model(spec, compile=False)
        names = layer_names(spec)
        assert [names[i] for i in keras_order(spec)] == [layer.name for layer in model.layers]
        assert weight_shapes(spec) == [tuple(w.shape) for w in model.get_weights()]


@pytest.mark.parametrize(("rows", "words"), [
    ([Inp("a", (4,)), N("Dense", "d", "nowhere", units=2)], "no layer has that name"),
    ([Inp("a", (4,)), Inp("b", (4,)), N("Dense", "d", ["a", "b"], units=2)], "join them first with Add"),
    ([Inp("a", (4,)), N("Add", "s", ["a"])], "connect it to the branches it merges"),
    ([Inp("a", (4,)), Inp("unused", (3,)), N("Dense", "d", "a", units=2)],
     "nothing is connected to this input"),
    ([Inp("a", (4,)), N("Dense", "d", "a", units=2), N("Dense", "e", "a", units=2)],
     "its output goes nowhere"),
    ([Inp("a", (4,)), N("Dense", "d", [], units=2)], "it is not connected"),
])
def test_graph_refusals_name_the_layer(rows: list[LayerSpec], words: str) -> None:
    spec = ModelSpec((1,), rows, functional=True, outputs=[rows[-1].name])
    messages = [p.message for r in analyze_shapes(spec).rows for p in r.problems]
    assert any(words in m for m in messages), messages
