"""What a training run reports while it runs: small typed events, plain data only.

core.training.loop sends the fit events (TrainBegin … TrainEnd) to a plain callable; a whole run as
the window starts it (core.training.job) adds Status, DatasetLoaded and ModelReady. The window's
training controller turns them into Qt signals, the CLI prints EpochEnd rows, the benchmark times
TrainBegin and TrainEnd. Everything here is numbers, strings and numpy copies, so an event can
cross a thread or a process boundary (core.training.worker) as it is.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True)
class TrainBegin:
    """model.fit is about to start: how much it will do."""

    epochs: int  # in this run
    initial_epoch: int  # epochs done before it (a continued run starts after them)
    n_train: int
    n_val: int
    batch_size: int
    time: float  # time.perf_counter() in the training thread: the benchmark times fit alone

    @property
    def steps(self) -> int:
        """Batches per epoch."""
        return max(1, -(-self.n_train // self.batch_size))


@dataclass(frozen=True)
class EpochBegin:
    epoch: int  # 0-based, as Keras counts in its callbacks
    steps: int


@dataclass(frozen=True)
class BatchEnd:
    """One batch done. logs: Keras's running means (loss, accuracy, …) plus batch_loss and
    batch_accuracy, this batch's own values (the running mean hides the early batches' jump)."""

    epoch: int  # 0-based
    batch: int  # 0-based within the epoch
    steps: int
    samples_done: int  # in this epoch
    samples_per_second: float
    logs: dict[str, float] = field(default_factory=dict)

    @property
    def batch_loss(self) -> float:
        return self.logs.get("batch_loss", math.nan)

    @property
    def batch_accuracy(self) -> float:
        return self.logs.get("batch_accuracy", math.nan)

    def batch_value(self, key: str) -> float:
        """This batch's own value of a logged figure (mae, main_output_loss, …); NaN if not logged."""
        return self.logs.get(f"batch_{key}", math.nan)


@dataclass(frozen=True)
class Batches:
    """Several BatchEnd events delivered at once (the window takes them 20 times a second)."""

    batches: list[BatchEnd]


@dataclass(frozen=True)
class EpochEnd:
    """One epoch done: its row of the epoch log, {"epoch": 1-based, Keras's logs…, "seconds"}."""

    row: dict[str, float]

    @property
    def epoch(self) -> int:
        """Epochs done, counting earlier runs of the same model (1-based)."""
        return int(self.row["epoch"])


@dataclass(frozen=True)
class WeightsCopy:
    """numpy copies of the weights, taken in the training thread between batches. epoch: the
    epochs done when they were taken at a run's start or an epoch's end; None at a batch end."""

    weights: list[np.ndarray]
    epoch: int | None = None


@dataclass(frozen=True)
class Paused:
    pass


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class TrainEnd:
    reason: str  # "completed", "stopped", "early_stopping", "nan"
    message: str
    samples_per_second: float
    time: float


@dataclass(frozen=True)
class Status:
    """What the run is doing before and after fit (loading data, building, evaluating)."""

    text: str


@dataclass(frozen=True)
class DatasetLoaded:
    dataset: Any  # core.data.dataset.Dataset
    summary: str


@dataclass(frozen=True)
class ModelReady:
    """The Keras model the run trains (kept so that Train again continues it); params: its size.
    From the training process, model is None: the model stays there."""

    model: Any
    params: int = 0


TrainEvent = (TrainBegin | EpochBegin | BatchEnd | Batches | EpochEnd | WeightsCopy | Paused | Resumed
              | TrainEnd | Status | DatasetLoaded | ModelReady)
EventSink = Callable[[Any], None]  # receives TrainEvent instances
