"""Issue 20: a trial as a row — a diverged or failed trial has no score (so it is never "the best") —
and a kept sweep read back, a damaged one refused with a reason."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from core.model.templates import template
from core.training.search_space import SearchSpace
from core.training.sweep import SweepResult, SweepSettings, TrialRow, read_record, trial_row


def trial(score, status="COMPLETED"):
    return SimpleNamespace(hyperparameters=SimpleNamespace(values={"units": 16, "digitscope/plan": "{}"}),
                           score=score, status=status)


def test_a_diverged_or_failed_trial_has_no_score_and_is_never_the_best() -> None:
    assert trial_row(1, trial(0.8), SweepSettings(), 1.0).score == 0.8
    assert trial_row(1, trial(float("nan")), SweepSettings(), 1.0).score is None
    assert trial_row(1, trial(0.9, "FAILED"), SweepSettings(), 1.0).score is None
    assert trial_row(1, trial(0.8), SweepSettings(), 1.0).values == {"units": 16}  # the plan is not shown
    rows = [trial_row(1, trial(float("nan")), SweepSettings(), 1.0),
            trial_row(2, trial(0.4), SweepSettings(), 1.0)]
    assert SweepResult("val_loss", rows).best.number == 2


def test_a_kept_sweep_reads_back_and_a_damaged_one_is_refused_with_a_reason() -> None:
    space = SearchSpace(learning_rate=(0.001, 0.1), units=[16, 32])
    row = TrialRow(1, {"learning_rate": 0.01, "units": 16}, 0.7, 2, 3.5, "COMPLETED", "pc-1", [0.5, 0.7])
    record = {"strategy": "grid", "seed": 3, "space": space.to_dict(), "model": template("mlp_50").to_dict(),
              "trials": [row.to_dict()]}
    got_space, settings, rows, model = read_record(record)
    assert got_space == space and rows == [row] and model == template("mlp_50")
    assert settings.strategy == "grid" and settings.seed == 3
    for damaged in ({"space": space.to_dict()}, {**record, "trials": [{"trial": 1}]},
                    {**record, "space": {"units": "many"}}, {**record, "model": {"layers": 3}}):
        with pytest.raises(ValueError, match="the kept sweep is damaged"):
            read_record(damaged)
