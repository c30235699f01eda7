"""Issue 20 (part): what a sweep varies — each trial's model made from the base model, grid values,
and the refusals said plainly."""

from __future__ import annotations

import pytest

from core.model.templates import template
from core.training.search_space import SearchSpace, hidden_dense_rows


def dense_units(spec) -> list[int]:
    return [layer.params["units"] for layer in spec.layers if layer.type == "Dense"]


def test_a_trials_values_make_its_model_from_the_base() -> None:
    base = template("mlp_300_100")  # Flatten, Dense 300, Dense 100, Dense 10
    space = SearchSpace(learning_rate=(1e-4, 1e-1), units=[32, 64], hidden_layers=[1, 2, 3])
    assert hidden_dense_rows(base) == [1, 2]
    one = space.apply(base, {"learning_rate": 0.05, "units": 32, "hidden_layers": 1})
    assert dense_units(one) == [32, 10] and one.compile.learning_rate == 0.05
    three = space.apply(base, {"hidden_layers": 3})
    assert dense_units(three) == [300, 100, 100, 10]  # the last hidden layer repeated
    none = space.apply(base, {"hidden_layers": 0})
    assert dense_units(none) == [10]
    assert dense_units(base) == [300, 100, 10] and base.compile.learning_rate != 0.05  # the base is untouched


def test_grid_search_gets_a_few_values_of_each_range() -> None:
    import keras_tuner as kt

    hp = kt.HyperParameters()
    SearchSpace(learning_rate=(1e-4, 1e-1), dropout=(0.1, 0.5), batch_sizes=[32, 64]).declare(hp, grid=True)
    assert hp.get("learning_rate") in (0.0001, 0.001, 0.01, 0.1)
    assert next(p.values for p in hp.space if p.name == "learning_rate") == [0.0001, 0.001, 0.01, 0.1]
    assert next(p.values for p in hp.space if p.name == "dropout") == [0.1, 0.3, 0.5]


def test_what_cannot_be_searched_is_said_plainly() -> None:
    base = template("mlp_50")
    with pytest.raises(ValueError, match="search space is empty"):
        SearchSpace().check(base)
    with pytest.raises(ValueError, match="0 < low < high"):
        SearchSpace(learning_rate=(0.1, 0.01)).check(base)
    with pytest.raises(ValueError, match="no Dropout layer"):
        SearchSpace(dropout=(0.1, 0.5)).check(base)
    with pytest.raises(ValueError, match="unknown optimizer"):
        SearchSpace(optimizers=["adamw2"]).check(base)
    with pytest.raises(ValueError, match="at least 1"):
        SearchSpace(units=[0, 8]).check(base)
