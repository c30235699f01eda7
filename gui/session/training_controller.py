"""Runs core.training.loop in a QThread and hands its events to the GUI thread as signals.

The Keras model lives here between runs, so "Train" again continues from the
weights so far; it is rebuilt only when the architecture or compile settings
change. The GUI never calls the model while a run is in flight.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.i18n import translate
from core.model.spec import ModelSpec
from core.training.loop import TrainConfig, TrainControl

CLOSE_WAIT_MS = 1000  # the longest a closing window waits for a run to stop (one batch, usually ms)
BATCH_EVENTS_S = 0.05  # batch events reach the window at most 20 times a second, gathered


class _TrainingWorker(QObject):
    """Lives in the training thread; emits only plain Python/numpy values."""

    # Not named "event": a signal that shadows the virtual QObject.event() makes PySide 6.11 keep an
    # extra reference to the object, so every run's worker, its job and the run's Keras model lived
    # on for good (found by the long-session benchmark).
    progress = Signal(dict)
    finished = Signal(dict)
    failed = Signal(str)

    def __init__(self, job: dict[str, Any]):
        super().__init__()
        self.job = job
        self._batches: list[dict] = []
        self._flushed = 0.0

    def _sink(self, event: dict) -> None:
        """Core events → the signal. Batch events are gathered and sent as one "batches" event
        at most every BATCH_EVENTS_S: a fast model finishes hundreds of batches a second, and
        handling each one in the GUI thread took the GIL from training (measured: ~10 % slower)."""
        if event["type"] == "batch":
            self._batches.append(event)
            now = time.perf_counter()
            if now - self._flushed < BATCH_EVENTS_S:
                return
            self._flushed = now
        if self._batches:
            self.progress.emit({"type": "batches", "batches": self._batches})
            self._batches = []
        if event["type"] != "batch":
            self.progress.emit(event)

    @Slot()
    def run(self) -> None:
        try:
            self.finished.emit(self._run())
        except Exception as e:  # every failure reaches the student as a message
            from core.data.catalogue import DatasetError

            if isinstance(e, (DatasetError, ValueError)):
                self.failed.emit(str(e))
            else:
                self.failed.emit(f"{type(e).__name__}: {e}")

    def _run(self) -> dict[str, Any]:
        from core.data.catalogue import load_dataset
        from core.model.build import build_model
        from core.training.loop import evaluate, prepare_data, train

        job = self.job
        spec: ModelSpec = job["spec"]
        config: TrainConfig = job["config"]
        dataset_name = job["dataset"]
        self.progress.emit({"type": "status",
                            "text": translate("TrainingController", "Loading {dataset}…").format(
                                dataset=dataset_name)})
        dataset = job.get("dataset_cache")
        if dataset is None or dataset.name != job["dataset"]:
            dataset = load_dataset(job["dataset"])
        self.progress.emit({"type": "dataset", "dataset": dataset, "summary": dataset.summary()})
        data = prepare_data(dataset, spec, config.validation)
        model = job.get("model")
        if model is None:
            building = translate("TrainingController", "Building the model…")
            self.progress.emit({"type": "status", "text": building})
            if config.seed is not None:
                import keras

                keras.utils.set_random_seed(config.seed)  # the same seed, the same first weights
            model = build_model(spec)
            weights = job.get("weights")
            if weights is not None:
                model.set_weights(weights)
        self.progress.emit({"type": "model", "model": model})
        # Live weights four times a second: the Draw area predicts with them while training runs.
        result = train(model, data, config, self._sink, job["control"], job["initial_epoch"],
                       weights_every=0.25)
        evaluation = None
        if len(data.x_test) and not job["control"].abandoned:
            self.progress.emit({"type": "status",
                                "text": translate("TrainingController", "Evaluating on the test split…")})
            evaluation = evaluate(model, data, control=job["control"])  # None: abandoned (closing)
        if evaluation is not None:
            evaluation["labels"] = data.labels_test
            evaluation["images"] = dataset.x_test
            evaluation["class_names"] = data.class_names
        return {"reason": result.reason, "message": result.message, "epochs": result.epochs,
                "samples_per_second": result.samples_per_second, "evaluation": evaluation,
                "weights": [np.array(w) for w in model.get_weights()]}


class TrainingController(QObject):
    """Starts, pauses, resumes and stops runs; owns the thread (GUI thread object)."""

    progress = Signal(dict)  # core.training.loop events: train_begin, epoch_begin, batch, epoch, ...
    finished = Signal(dict)
    failed = Signal(str)
    runningChanged = Signal(bool)
    liveWeights = Signal(list)  # numpy copies of the weights during a run (batch and epoch ends)
    epochWeights = Signal(int, list)  # the weights after epoch k (k = epochs done; at a run's start too)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _TrainingWorker | None = None
        self.control = TrainControl()
        self.model: Any = None
        self.model_key: str | None = None
        self.epochs_done = 0
        self.dataset: Any = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    @staticmethod
    def key_for(spec: ModelSpec) -> str:
        d = spec.to_dict()
        return repr((d["input_shape"], d["layers"], d["compile"]))

    def start(self, spec: ModelSpec, dataset: str, config: TrainConfig,
              weights: list[np.ndarray] | None = None) -> None:
        """Train spec on dataset; continues the current model if the spec did not change."""
        if self.running:
            return
        from gui.shell.app import collect_garbage_in_gui_thread

        collect_garbage_in_gui_thread()  # never let the training thread free Qt objects
        key = self.key_for(spec)
        if key != self.model_key:
            self.model, self.model_key, self.epochs_done = None, key, 0
        self.control = TrainControl()
        job = {"spec": spec.copy(), "dataset": dataset, "config": config,
               "control": self.control, "model": self.model, "initial_epoch": self.epochs_done,
               "dataset_cache": self.dataset, "weights": weights if self.model is None else None}
        self._thread = QThread()
        self._thread.setObjectName("training")
        self._worker = _TrainingWorker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Receivers are this GUI-thread object's methods, so these are queued to the GUI thread.
        self._worker.progress.connect(self._on_event)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self.runningChanged.emit(True)

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def stop(self) -> None:
        self.control.stop()

    def restore(self, spec: ModelSpec, epochs_done: int) -> None:
        """After opening a workspace: the next run continues spec's weights at epochs_done + 1."""
        if not self.running:
            self.model, self.model_key, self.epochs_done = None, self.key_for(spec), epochs_done

    def forget_model(self) -> None:
        """Start the next run from fresh weights (when not running)."""
        if not self.running:
            self.model, self.model_key, self.epochs_done = None, None, 0

    def shutdown(self, timeout_ms: int = CLOSE_WAIT_MS) -> bool:
        """Abandon a run (it stops after the current batch, also mid-evaluation) and wait for its
        thread, at most timeout_ms; False when it still runs (building or tracing a model cannot
        be interrupted): the caller must then not destroy the thread (gui.shell.app.run_app ends the
        process instead)."""
        from gui.session.tasks import keep_if_running

        if self._thread is None:
            return True
        self.control.abandon()
        self._thread.quit()
        self._thread.wait(timeout_ms)
        return keep_if_running(self._thread, self._worker)

    @Slot(dict)
    def _on_event(self, event: dict) -> None:
        kind = event["type"]
        if kind == "model":
            self.model = event["model"]
            return
        if kind == "weights":
            self.liveWeights.emit(event["weights"])
            if event.get("epoch") is not None:
                self.epochWeights.emit(int(event["epoch"]), event["weights"])
            return
        if kind == "dataset":
            self.dataset = event["dataset"]
        elif kind == "epoch":
            self.epochs_done = int(event["epoch"])
        self.progress.emit(event)

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            # Not worker.deleteLater(): the worker lives in the thread that has just ended, so its
            # deletion would be posted to an event queue nobody reads any more, and every run's
            # worker stayed alive with its job (the run's Keras model, the dataset): found by the
            # long-session benchmark. Dropping the last reference deletes it (the thread is done).
        self._thread, self._worker = None, None
        self.runningChanged.emit(False)

    @Slot(dict)
    def _on_finished(self, result: dict) -> None:
        self._end()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)
