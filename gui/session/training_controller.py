"""Runs training in the training process (core.training.worker) and hands its events to the GUI
thread as signals.

The Keras model lives in the training process between runs, so "Train" again continues from the
weights so far; it is rebuilt only when the architecture (ModelSpec.architecture_key) or the
compile settings change. The window never touches that model: it gets weight copies. A background
task (gui.session.tasks) reads the process's messages during a run, so the GUI thread only handles
signals. When the process dies (killed, out of memory), the run ends as "crashed" with its curves
and the last finished epoch's weights, and the next Train starts a new process. A process that
sends nothing for STUCK_S seconds while it trains (not paused) is reported (stuck), so the window
can offer to end it: end_stuck() kills it and the run ends the same way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from core.i18n import catalogs, translate
from core.model.spec import CompileSpec, ModelSpec
from core.training.config import TrainConfig
from core.training.events import (
    Batches,
    DatasetLoaded,
    EpochEnd,
    ModelReady,
    Paused,
    Resumed,
    Status,
    TrainBegin,
    WeightsCopy,
)
from core.training.fine_tune import FineTune
from core.training.job import JobResult
from core.training.worker import (
    TrainingWorker,
    WorkerCrashed,
    WorkerJob,
    acquire,
    process_rss_mb,
    release,
)
from gui.session.tasks import BackgroundTask, Reporter
from gui.session.worker_setup import install_translations

CLOSE_WAIT_MS = 1000  # the longest a closing window waits for the reader of a run's messages
READ_EVERY_S = 0.1  # the reader looks at its cancel flag this often while the worker is quiet
STUCK_S = 60.0  # a training process silent this long while it trains is reported as stuck
# Keras leaves ~6 MB behind in a process for every model built and trained in it, whatever is
# cleared (clear_session and gc: measured in a plain Python process too). A training process that
# has grown this much above its size after its first run is replaced before the next new model.
RECYCLE_MB = 300.0


@dataclass
class RunEnded:
    """A run that ended without a JobResult: the worker's error message, or the process died."""

    message: str
    crashed: bool  # the process is gone


def read_run(worker: TrainingWorker, job: WorkerJob, reporter: Reporter) -> JobResult | RunEnded | None:
    """The background task's work for one run: send job to worker, hand its messages on until the
    run's result (None: cancelled because the window closes)."""
    if worker.runtime is None:
        reporter.send(Status(translate("TrainingController", "Starting the training process (it loads "
                                       "TensorFlow once)…")))
    try:
        worker.send("train", job)  # when the process is gone, receive() below says so
        while not reporter.cancelled:
            message = worker.receive(READ_EVERY_S)
            if message is None or message[0] == "ready":
                continue
            if message[0] == "event":
                reporter.send(message[1])
            elif message[0] == "done":
                return message[1]
            elif message[0] == "failed":
                return RunEnded(message[1], crashed=False)
    except WorkerCrashed as e:
        return RunEnded(str(e), crashed=True)
    return None


class TrainingController(QObject):
    """Starts, pauses, resumes and stops runs (GUI thread object)."""

    progress = Signal(object)  # core.training.events: TrainBegin, Batches, EpochEnd, Status, ...
    finished = Signal(object)  # core.training.job.JobResult (reason "crashed"/"failed": see _ended)
    failed = Signal(str)  # the run did not start (no epoch trained): why
    runningChanged = Signal(bool)
    liveWeights = Signal(list)  # numpy copies of the weights during a run (batch and epoch ends)
    epochWeights = Signal(int, list)  # the weights after epoch k (k = epochs done; at a run's start too)
    stuck = Signal(int)  # the training process has sent nothing for this many seconds (once per silence)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.task = BackgroundTask("training", self)
        self.task.progress.connect(self._on_event)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.runningChanged.connect(self.runningChanged)
        self.worker: TrainingWorker | None = None
        self.model_key: str | None = None  # the architecture the model so far was built for
        self._compiled: CompileSpec | None = None  # and its compile settings
        self.has_model = False  # a run built or continued a model (the Reset button)
        self.model_params = 0  # its size, as Keras counts it
        self._worker_model = False  # the training process holds that model (Train continues it)
        self.epochs_done = 0
        self.dataset: Any = None  # the dataset the last run trained on (Draw, Inside, test images)
        self.final_weights: list[np.ndarray] | None = None  # the last run's weights at its end
        self._rows: list[dict[str, float]] = []  # this run's epoch log, kept for a crash
        self._epoch_weights: list[np.ndarray] | None = None  # after its last finished epoch
        self._rate = 0.0
        self._worker_base: tuple[int, float] | None = None  # (pid, MB) after its first run
        self._heard = time.monotonic()  # when the training process last sent something
        self._paused = False  # paused by the student: silence is expected
        self._told_stuck = False
        self._ended_stuck = 0  # > 0: end_stuck() ended the process after this many silent seconds
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(1000)
        self._watchdog.timeout.connect(self._check_stuck)
        self.task.runningChanged.connect(self._watch)

    @property
    def running(self) -> bool:
        return self.task.running

    def warm_up(self) -> None:
        """Start the training process now, in the background (the first Train need not wait)."""
        if self.worker is None or not self.worker.alive:
            if self.worker is not None:
                self.worker.close()
            self.worker = acquire(install_translations)

    def holds_model_for(self, spec: ModelSpec) -> bool:
        """Whether the model trained so far is spec's (the same architecture and compile settings)."""
        return self.model_key == spec.architecture_key() and self._compiled == spec.compile

    def start(self, spec: ModelSpec, dataset: str, config: TrainConfig,
              weights: list[np.ndarray] | None = None, fine_tune: FineTune | None = None) -> None:
        """Train spec on dataset; continues the current model if the spec did not change
        (weights: what a model built anew starts from; fine_tune: MNIST mixed in, augmented
        copies and the before/after comparison)."""
        if self.running:
            return
        if not self.holds_model_for(spec):
            self._worker_model, self.epochs_done = False, 0
            self.model_key, self._compiled = spec.architecture_key(), spec.copy().compile
        if not self._worker_model and self.worker_grew():
            self.worker.close()  # its model is not needed: a fresh process, back to its first size
            self.worker, self._worker_base = None, None
        self.warm_up()
        worker = self.worker
        assert worker is not None
        job = WorkerJob(spec.copy(), dataset, config, weights, self.epochs_done,
                        continue_model=self._worker_model,
                        reuse_dataset=self.dataset is not None and self.dataset.name == dataset,
                        translations=catalogs(), fine_tune=fine_tune)
        self._rows, self._epoch_weights, self._rate = [], None, 0.0
        self.task.start(lambda reporter: read_run(worker, job, reporter),
                        on_cancel=lambda: worker.send("abandon"))

    @Slot(bool)
    def _watch(self, running: bool) -> None:
        self._heard, self._paused, self._told_stuck = time.monotonic(), False, False
        if running:
            self._ended_stuck = 0
            self._watchdog.start()
        else:
            self._watchdog.stop()

    @Slot()
    def _check_stuck(self) -> None:
        silent = time.monotonic() - self._heard
        if self.running and not self._paused and not self._told_stuck and silent >= STUCK_S:
            self._told_stuck = True
            self.stuck.emit(int(silent))

    def _measure_worker(self) -> None:
        pid = self.worker.pid if self.worker is not None else None
        size = process_rss_mb(pid)
        if size is not None and pid is not None and (self._worker_base is None
                                                     or self._worker_base[0] != pid):
            self._worker_base = (pid, size)

    def worker_grew(self) -> bool:
        """The training process is RECYCLE_MB above its size after its first run."""
        if self.worker is None or self._worker_base is None or self._worker_base[0] != self.worker.pid:
            return False
        size = process_rss_mb(self.worker.pid)
        return size is not None and size - self._worker_base[1] > RECYCLE_MB

    def end_stuck(self) -> None:
        """End a training process that has stopped answering: the run ends as "crashed" with the
        last finished epoch's weights, and the next Train starts a new process."""
        worker = self.worker
        if self.running and worker is not None and worker.alive:
            self._ended_stuck = int(time.monotonic() - self._heard)
            worker.process.kill()  # also a stopped (SIGSTOP) or deadlocked process

    def pause(self) -> None:
        self._tell("pause")

    def resume(self) -> None:
        self._tell("resume")

    def stop(self) -> None:
        self._tell("stop")

    def _tell(self, command: str) -> None:
        if self.running and self.worker is not None:
            self.worker.send(command)

    def restore(self, spec: ModelSpec, epochs_done: int) -> None:
        """After opening a workspace: the next run continues spec's weights at epochs_done + 1."""
        if not self.running:
            self._worker_model, self.has_model, self.epochs_done = False, False, epochs_done
            self.model_key, self._compiled = spec.architecture_key(), spec.copy().compile

    def forget_model(self) -> None:
        """Start the next run from fresh weights (when not running)."""
        if not self.running:
            self._worker_model, self.has_model = False, False
            self.model_key, self._compiled, self.epochs_done = None, None, 0

    def forget_dataset(self) -> None:
        """Read the dataset's files again at the next run (a download brought new ones)."""
        self.dataset = None

    def shutdown(self, timeout_ms: int = CLOSE_WAIT_MS) -> bool:
        """The window closes: abandon a run, stop reading, and end the training process (a few
        seconds at most: asked, terminated, killed); an idle one is kept for another window of
        this process (core.training.worker.release). False when the reader still runs."""
        in_flight = self.running
        ended = self.task.shutdown(timeout_ms)
        if self.worker is not None:
            release(self.worker, idle=not in_flight)
            self.worker = None
        return ended

    @Slot(object)
    def _on_event(self, event: Any) -> None:
        self._heard, self._told_stuck = time.monotonic(), False
        if isinstance(event, Paused | Resumed):
            self._paused = isinstance(event, Paused)
        if isinstance(event, ModelReady):
            self.has_model, self._worker_model, self.model_params = True, True, event.params
            return
        if isinstance(event, WeightsCopy):
            self.liveWeights.emit(event.weights)
            if event.epoch is not None:
                self._epoch_weights = event.weights
                self.epochWeights.emit(int(event.epoch), event.weights)
            return
        if isinstance(event, DatasetLoaded):
            if event.dataset is not None:  # None: the same dataset as the last run's
                self.dataset = event.dataset
        elif isinstance(event, EpochEnd):
            self.epochs_done = event.epoch
            self._rows.append(event.row)
        elif isinstance(event, Batches):
            self._rate = event.batches[-1].samples_per_second
        elif isinstance(event, TrainBegin):
            self._rows = []
        self.progress.emit(event)

    @Slot(object)
    def _on_finished(self, outcome: JobResult | RunEnded | None) -> None:
        if isinstance(outcome, RunEnded):
            self._ended(outcome)
            return
        if outcome is None:  # cancelled: the window is closing
            return
        evaluation = outcome.evaluation
        if evaluation is not None and self.dataset is not None and self.dataset.is_images \
                and self.dataset.n_test == evaluation.n:
            evaluation.images = self.dataset.x_test  # the worker does not send them back
        self.final_weights = outcome.weights  # the document takes this very list (Inside tells by it)
        self._measure_worker()
        self.finished.emit(outcome)

    def _ended(self, ended: RunEnded) -> None:
        """An error in the worker, or its death: a run that trained ends with what it had (reason
        "failed" or "crashed"); one that had not started says why."""
        self._worker_model = False  # its model is gone or half-way: the next run builds from the weights
        if ended.crashed and self._ended_stuck:
            ended = RunEnded(translate("TrainingController", "The training process had not answered for "
                                       "{seconds} s and was ended. The curves so far and the weights of the "
                                       "last finished epoch are kept; Train starts a new training process."
                                       ).format(seconds=self._ended_stuck), crashed=True)
        if ended.crashed and self.worker is not None:
            self.worker.close()
            self.worker = None  # the next Train starts a new process
        if self._epoch_weights is None:
            self.failed.emit(ended.message)
            return
        self.final_weights = self._epoch_weights
        self.finished.emit(JobResult("crashed" if ended.crashed else "failed", ended.message,
                                     list(self._rows), self._rate, None, self._epoch_weights))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)
