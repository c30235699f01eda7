"""A hyperparameter sweep on KerasTuner (the notes' 10.3): trials of the base model with the values a
SearchSpace varies, chosen by grid, random, Bayesian or Hyperband search, each trial trained on the
same prepared data and scored on the validation split.

KerasTuner does the searching (its oracles, its trial bookkeeping); this module builds each trial's
model from DigitScope's ModelSpec (so every trial is a model Build can show), reports each trial as
it ends, stops at a time budget, and keeps the results as plain rows. Seeded: the same seed gives the
same trials. Qt-free; Keras and KerasTuner are imported inside functions.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.data.preprocess import PreparedData
from core.i18n import translate
from core.model.spec import ModelSpec
from core.training.search_space import SearchSpace

STRATEGIES = {"random": "RandomSearch", "grid": "GridSearch", "bayesian": "BayesianOptimization",
              "hyperband": "Hyperband"}


@dataclass
class SweepSettings:
    """How the sweep searches: the strategy, how many trials, epochs per trial, the seed, a budget."""

    strategy: str = "random"
    trials: int = 5
    epochs: int = 3  # per trial (Hyperband: the most a trial trains)
    batch_size: int = 32  # unless the space varies it
    seed: int = 0
    budget_s: float | None = None  # no new trial starts after this many seconds

    def check(self) -> None:
        """ValueError saying which setting is out of range."""
        if self.strategy not in STRATEGIES:
            raise ValueError(translate("sweep", "unknown strategy {name}; choose from {known}").format(
                name=self.strategy, known=", ".join(STRATEGIES)))
        if self.trials < 1 or self.epochs < 1 or self.batch_size < 1:
            raise ValueError(translate("sweep", "trials, epochs and the batch size must each be at least 1"))
        if self.budget_s is not None and self.budget_s <= 0:
            raise ValueError(translate("sweep", "the time budget must be more than 0 seconds"))


@dataclass
class TrialRow:
    """One finished trial: its number (1, 2, …), the values tried, its score and what it cost."""

    number: int
    values: dict[str, Any]
    score: float | None  # the best validation value of its epochs (None: it failed)
    epochs: int
    seconds: float
    status: str  # KerasTuner's: "COMPLETED", "FAILED", "INVALID"
    worker: str = ""  # in a lab sweep: the computer that ran it
    curve: list[float] = field(default_factory=list)  # the scored value after each epoch

    def to_dict(self) -> dict[str, Any]:
        out = {"trial": self.number, "hyperparameters": self.values, "score": self.score,
               "epochs": self.epochs, "seconds": round(self.seconds, 2), "status": self.status}
        return out | ({"worker": self.worker} if self.worker else {}) | {"curve": self.curve}


@dataclass
class SweepResult:
    """Every trial, the best one, and what was scored."""

    objective: str  # "val_accuracy" (higher is better) or "val_loss"
    trials: list[TrialRow] = field(default_factory=list)
    stopped: str = "completed"  # or "budget", "cancelled"

    @property
    def best(self) -> TrialRow | None:
        scored = [t for t in self.trials if t.score is not None]
        if not scored:
            return None
        pick = max if self.objective.endswith("accuracy") else min
        return pick(scored, key=lambda t: t.score)


def objective_of(spec: ModelSpec) -> str:
    """What a sweep of spec scores its trials on: validation accuracy for a classifier, else the loss."""
    return "val_accuracy" if "accuracy" in spec.compile.metrics else "val_loss"


def objective_for(spec: ModelSpec, data: PreparedData) -> str:
    """objective_of(spec), for data that has the validation split it is measured on (ValueError)."""
    if data.x_val is None:
        raise ValueError(translate("sweep", "a sweep scores each trial on a validation split: set a "
                                   "validation fraction or count above 0"))
    return objective_of(spec)


def trial_values(hp_values: dict[str, Any]) -> dict[str, Any]:
    """A trial's hyperparameters without KerasTuner's own bookkeeping (Hyperband's tuner/…) or a lab
    sweep's plan."""
    return {k: v for k, v in hp_values.items() if not k.startswith(("tuner/", "digitscope/"))}


def sweep_tuner(base: ModelSpec, space: SearchSpace, settings: SweepSettings, objective: str,
                directory: str, began: Callable[[Any], None] | None = None,
                ended: Callable[[Any], None] | None = None, report_epochs: bool = False) -> Any:
    """The KerasTuner tuner of a sweep: each trial's model built from base with the trial's values
    (seeded weights), its batch size, the settings' strategy; began(trial) and ended(trial) are called
    around each trial it runs (ended after KerasTuner has recorded it). Used alone (run_sweep) and by
    each computer of a lab sweep (core.training.lab_sweep); report_epochs: each epoch's score goes to
    the oracle as it ends (a lab's chief then has every trial's curve, and hears from the worker)."""
    import keras
    import keras_tuner as kt

    from core.model.build import build_model

    grid = settings.strategy == "grid"

    class HyperModel(kt.HyperModel):
        def build(self, hp: Any) -> Any:
            spec = space.apply(base, space.declare(hp, grid))
            keras.utils.set_random_seed(settings.seed)  # every trial starts from seeded weights
            return build_model(spec)

        def fit(self, hp: Any, model: Any, *args: Any, **kwargs: Any) -> Any:
            batch_size = int(hp.values.get("batch_size", settings.batch_size))
            if report_epochs:
                kwargs["callbacks"] = [*kwargs.get("callbacks", []), EpochReport()]
            history = model.fit(*args, batch_size=batch_size, **kwargs)
            # KerasTuner keeps only the best epoch's value; the curve of every epoch is kept here
            tuner.last_curve = [float(v) for v in history.history.get(objective, [])]
            return history

    class EpochReport(keras.callbacks.Callback):
        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            if logs and objective in logs and tuner.current_trial is not None:
                tuner.oracle.update_trial(tuner.current_trial.trial_id, {objective: float(logs[objective])},
                                          step=epoch)

    base_class = getattr(kt, STRATEGIES[settings.strategy])

    class Tuner(base_class):  # type: ignore[misc, valid-type]
        def _configure_tensorboard_dir(self, callbacks: Any, trial: Any, execution: int = 0) -> None:
            # KerasTuner imports the tensorboard package for every trial under TensorFlow, even with no
            # TensorBoard callback; DigitScope does not install it, and passes no such callback.
            if any(c.__class__.__name__ == "TensorBoard" for c in callbacks):
                super()._configure_tensorboard_dir(callbacks, trial, execution)

        def on_trial_begin(self, trial: Any) -> None:
            self.current_trial = trial
            if began is not None:
                began(trial)
            super().on_trial_begin(trial)

        def on_trial_end(self, trial: Any) -> None:
            self.current_trial = None
            super().on_trial_end(trial)
            if ended is not None:
                ended(trial)

    direction = "max" if objective.endswith("accuracy") else "min"
    common = {"objective": kt.Objective(objective, direction), "seed": settings.seed, "overwrite": True,
              "max_consecutive_failed_trials": settings.trials}
    if settings.strategy == "hyperband":
        common |= {"max_epochs": max(2, settings.epochs), "factor": 3}
    else:
        common["max_trials"] = settings.trials
    tuner = Tuner(HyperModel(), directory=directory, project_name="sweep", **common)
    tuner.last_curve = []  # the objective after each epoch of the trial that ended last
    tuner.current_trial = None
    if settings.strategy == "hyperband":
        tuner.oracle.max_trials = settings.trials
    return tuner


def trial_row(number: int, trial: Any, settings: SweepSettings, seconds: float, worker: str = "") -> TrialRow:
    """A KerasTuner trial that has ended, as a row."""
    values = trial.hyperparameters.values
    # a diverged trial (NaN) or one that failed has no score: it is never "the best"
    score = float(trial.score) if trial.score is not None and str(trial.status) == "COMPLETED" else None
    score = score if score is not None and math.isfinite(score) else None
    return TrialRow(number, trial_values(values), score, int(values.get("tuner/epochs", settings.epochs)),
                    seconds, str(trial.status), worker)


def run_sweep(base: ModelSpec, space: SearchSpace, data: PreparedData, settings: SweepSettings,
              on_trial: Callable[[TrialRow], None] | None = None,
              cancelled: Callable[[], bool] | None = None, directory: str | None = None,
              paused: Callable[[], bool] | None = None) -> SweepResult:
    """Search space around base on data; on_trial(row) after each trial; while paused() is true no
    new trial starts. ValueError for a search that cannot run (an empty space, no validation split, a
    budget too small for one trial)."""
    settings.check()
    space.check(base)
    objective = objective_for(base, data)
    result = SweepResult(objective)
    started = time.monotonic()
    began_at = [started]
    tuner: Any = None

    def began(_trial: Any) -> None:
        began_at[0] = time.monotonic()

    def ended(trial: Any) -> None:
        row = trial_row(len(result.trials) + 1, trial, settings, time.monotonic() - began_at[0])
        row.curve = list(tuner.last_curve)
        result.trials.append(row)
        if on_trial is not None:
            on_trial(row)
        while paused is not None and paused() and not (cancelled is not None and cancelled()):
            time.sleep(0.1)  # paused between trials
        over = settings.budget_s is not None and time.monotonic() - started >= settings.budget_s
        if over or (cancelled is not None and cancelled()):
            result.stopped = "budget" if over else "cancelled"
            tuner.oracle.max_trials = len(tuner.oracle.trials)  # the oracle ends the search

    with tempfile.TemporaryDirectory(prefix="digitscope-sweep-") as scratch:
        tuner = sweep_tuner(base, space, settings, objective, directory or scratch, began, ended)
        tuner.search(data.x_train, data.y_train, epochs=settings.epochs,
                     validation_data=(data.x_val, data.y_val), verbose=0)
    if not result.trials:
        raise ValueError(translate("sweep", "no trial ran: the search space has no value left to try"))
    return result


def read_record(record: Any) -> tuple[SearchSpace, SweepSettings, list[TrialRow], ModelSpec | None]:
    """A sweep kept as the CLI's --json and the workspace write it, read back: the space, the settings,
    the rows and the model swept (None in records without it). ValueError saying what is wrong."""
    try:
        space = dict(record["space"])
        for key in ("learning_rate", "dropout"):
            space[key] = None if space.get(key) is None else tuple(float(v) for v in space[key])
        for key in ("batch_sizes", "units", "hidden_layers"):
            space[key] = [int(v) for v in space.get(key, [])]
        space["optimizers"] = [str(v) for v in space.get("optimizers", [])]
        rows = [TrialRow(int(t["trial"]), dict(t["hyperparameters"]),
                         None if t.get("score") is None else float(t["score"]), int(t["epochs"]),
                         float(t["seconds"]), str(t["status"]), str(t.get("worker", "")),
                         [float(v) for v in t.get("curve", [])]) for t in record["trials"]]
        settings = SweepSettings(str(record.get("strategy", "random")), max(1, len(rows)),
                                 seed=int(record.get("seed", 0)))
        model = record.get("model")
        return (SearchSpace(**space), settings, rows, None if model is None else ModelSpec.from_dict(model))
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ValueError(translate("sweep", "the kept sweep is damaged ({error})").format(error=e)) from e
