"""No value a user can type into the builder makes the analysis (and so the window) fail."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model.checks import analyze
from core.model.layer_catalog import LAYER_TYPES, Param
from core.model.spec import DATASETS, LOSSES, CompileSpec, LayerSpec, ModelSpec
from core.model.summary import summary_text

EXTREME_INTS = st.one_of(st.integers(-3, 40), st.sampled_from([0, 10_000_000, 2**31 - 1]))


def value_for(p: Param) -> st.SearchStrategy:
    if p.kind == "int":
        return EXTREME_INTS
    if p.kind == "float":
        return st.floats(-5, 5, allow_nan=False)
    if p.kind == "bool":
        return st.booleans()
    if p.kind == "choice":
        return st.sampled_from(p.choices)
    pair = st.tuples(EXTREME_INTS, EXTREME_INTS)
    if p.kind == "pair":
        return pair
    if p.kind == "optional_pair":
        return st.one_of(st.none(), pair)
    return st.lists(st.integers(-3, 50), min_size=1, max_size=4).map(tuple)  # shape


@st.composite
def any_layer(draw, wrapped: bool = False) -> LayerSpec:
    kinds = sorted(k for k, t in LAYER_TYPES.items() if t.inputs == "one" and k != "TimeDistributed") \
        if wrapped else sorted(LAYER_TYPES)
    lt = LAYER_TYPES[draw(st.sampled_from(kinds))]
    params = {p.name: draw(value_for(p)) for p in lt.params}
    name = draw(st.sampled_from(["", "", "", "hidden1", "dense", "a/b"]))
    inner = draw(any_layer(wrapped=True)) if lt.name == "TimeDistributed" else None
    return LayerSpec(lt.name, params, name, inner=inner)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    shape=st.lists(st.integers(1, 100_000), min_size=1, max_size=4).map(tuple),
    layers=st.lists(any_layer(), max_size=8),
    dataset=st.sampled_from(sorted(DATASETS)),
    loss=st.sampled_from(LOSSES),
)
def test_analysis_always_answers(shape, layers, dataset, loss):
    spec = ModelSpec(shape, layers, CompileSpec(loss=loss), dataset)
    info = analyze(spec)
    assert len(info.rows) == len(layers)
    for row in info.rows:
        for problem in row.problems:
            assert problem.message and problem.severity in ("error", "warning")
            assert row.name in problem.message  # every message names its layer
        if row.output_shape is not None:
            assert row.params >= 0 and all(d >= 1 for d in row.output_shape)
    summary_text(info, spec.name, line_length=88)  # the table renders whatever the model
    assert ModelSpec.from_json(spec.to_json()) == spec  # and it can always be saved
