"""Runs a training job (core.training.job) as a background task and hands its events to the GUI
thread as signals.

The Keras model lives here between runs, so "Train" again continues from the weights so far; it
is rebuilt only when the architecture (ModelSpec.architecture_key) or the compile settings change.
The GUI never calls the model while a run is in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from core.model.spec import CompileSpec, ModelSpec
from core.training.config import TrainConfig
from core.training.control import TrainControl
from core.training.events import (
    BatchEnd,
    Batches,
    DatasetLoaded,
    EpochEnd,
    EventSink,
    ModelReady,
    WeightsCopy,
)
from core.training.job import JobResult, TrainJob, run_job
from gui.session.tasks import BackgroundTask, Reporter

CLOSE_WAIT_MS = 1000  # the longest a closing window waits for a run to stop (one batch, usually ms)
BATCH_EVENTS_S = 0.05  # batch events reach the window at most 20 times a second, gathered


def training_sink(reporter: Reporter) -> EventSink:
    """Where a run's events go in the task: batch ends are gathered (sent as one Batches at most
    every BATCH_EVENTS_S: a fast model finishes hundreds of batches a second, and handling each in
    the GUI thread took the GIL from training, ~10 % slower); everything else goes at once."""
    def sink(event: Any) -> None:
        if isinstance(event, BatchEnd):
            reporter.gather(event)
        else:
            reporter.send(event)

    return sink


def train_in_task(job: TrainJob) -> Callable[[Reporter], JobResult]:
    """The background task's work for job."""
    return lambda reporter: run_job(job, training_sink(reporter))


class TrainingController(QObject):
    """Starts, pauses, resumes and stops runs (GUI thread object)."""

    progress = Signal(object)  # core.training.events: TrainBegin, Batches, EpochEnd, Status, ...
    finished = Signal(object)  # core.training.job.JobResult
    failed = Signal(str)
    runningChanged = Signal(bool)
    liveWeights = Signal(list)  # numpy copies of the weights during a run (batch and epoch ends)
    epochWeights = Signal(int, list)  # the weights after epoch k (k = epochs done; at a run's start too)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.task = BackgroundTask("training", self, BATCH_EVENTS_S, gathered=Batches)
        self.task.progress.connect(self._on_event)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.runningChanged.connect(self.runningChanged)
        self.control = TrainControl()
        self.model: Any = None
        self.model_key: str | None = None  # the architecture self.model was built for
        self._compiled: CompileSpec | None = None  # and its compile settings
        self.epochs_done = 0
        self.dataset: Any = None
        self.final_weights: list[np.ndarray] | None = None  # the last run's weights at its end

    @property
    def running(self) -> bool:
        return self.task.running

    def holds_model_for(self, spec: ModelSpec) -> bool:
        """Whether the model trained so far is spec's (the same architecture and compile settings)."""
        return self.model_key == spec.architecture_key() and self._compiled == spec.compile

    def start(self, spec: ModelSpec, dataset: str, config: TrainConfig,
              weights: list[np.ndarray] | None = None) -> None:
        """Train spec on dataset; continues the current model if the spec did not change."""
        if self.running:
            return
        if not self.holds_model_for(spec):
            self.model, self.epochs_done = None, 0
            self.model_key, self._compiled = spec.architecture_key(), spec.copy().compile
        self.control = TrainControl()
        job = TrainJob(spec.copy(), dataset, config, self.control, self.model,
                       weights if self.model is None else None, self.epochs_done, self.dataset)
        self.task.start(train_in_task(job), on_cancel=self.control.abandon)

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def stop(self) -> None:
        self.control.stop()

    def restore(self, spec: ModelSpec, epochs_done: int) -> None:
        """After opening a workspace: the next run continues spec's weights at epochs_done + 1."""
        if not self.running:
            self.model, self.epochs_done = None, epochs_done
            self.model_key, self._compiled = spec.architecture_key(), spec.copy().compile

    def forget_model(self) -> None:
        """Start the next run from fresh weights (when not running)."""
        if not self.running:
            self.model, self.model_key, self._compiled, self.epochs_done = None, None, None, 0

    def shutdown(self, timeout_ms: int = CLOSE_WAIT_MS) -> bool:
        """Abandon a run (it stops after the current batch, also mid-evaluation) and wait for its
        thread, at most timeout_ms; False when it still runs (building or tracing a model cannot
        be interrupted): see gui.session.tasks."""
        return self.task.shutdown(timeout_ms)

    @Slot(object)
    def _on_event(self, event: Any) -> None:
        if isinstance(event, ModelReady):
            self.model = event.model
            return
        if isinstance(event, WeightsCopy):
            self.liveWeights.emit(event.weights)
            if event.epoch is not None:
                self.epochWeights.emit(int(event.epoch), event.weights)
            return
        if isinstance(event, DatasetLoaded):
            self.dataset = event.dataset
        elif isinstance(event, EpochEnd):
            self.epochs_done = event.epoch
        self.progress.emit(event)

    @Slot(object)
    def _on_finished(self, result: JobResult) -> None:
        self.final_weights = result.weights  # the document takes this very list (Inside tells by it)
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)
