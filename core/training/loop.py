"""The training loop: model.fit with a callback that reports, pauses, stops and guards against NaN.

Qt-free. It reports through a plain callable that receives core.training.events (the window's
controller turns them into signals, the CLI prints them). Stop and pause are threading.Events
(core.training.control) checked after every batch.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.data.dataset import count
from core.data.preprocess import PreparedData
from core.i18n import translate
from core.training.config import TrainConfig
from core.training.control import TrainControl
from core.training.events import (
    BatchEnd,
    EpochBegin,
    EpochEnd,
    EventSink,
    Paused,
    Resumed,
    TrainBegin,
    TrainEnd,
    WeightsCopy,
)


@dataclass
class TrainResult:
    """How a run ended and what it recorded."""

    reason: str  # "completed", "stopped", "early_stopping", "nan"
    epochs: list[dict[str, float]] = field(default_factory=list)  # one log row per epoch
    samples_per_second: float = 0.0
    message: str = ""


def _finite(logs: dict[str, Any] | None) -> bool:
    return all(math.isfinite(float(v)) for k, v in (logs or {}).items() if "loss" in k)


def _plain(logs: dict[str, Any] | None) -> dict[str, float]:
    return {k: float(v) for k, v in (logs or {}).items()}


@contextmanager
def data_iterators_freed_here() -> Iterator[None]:
    """Free the data iterators that fit / evaluate / predict make inside this block, at its end,
    in this thread.

    Each Keras epoch iterator holds a tf.data iterator (with running prefetch and autotuning
    threads: after its last batch it already starts the next epoch's) and sits in a reference cycle
    with its own generator, so only Python's cyclic garbage collector frees it. In the app that
    collector runs in the GUI thread; tearing a tf.data iterator down there while another run
    trains waited 0.4-50 s for tf.data's threads, with the GIL held: the window froze (measured
    in the long-session benchmark; a plain two-thread script shows 0.4-2 s, 3 ms when nothing
    trains). Reset here, the iterator is torn down at once in the thread that used it.

    Iterators made meanwhile by another thread would be reset too: only one thread at a time may
    run fit / evaluate / predict (the app's training thread does). Uses Keras's EpochIterator
    (keras.src); without it, this does nothing.
    """
    import gc
    import weakref

    try:
        from keras.src.trainers.epoch_iterator import EpochIterator
    except ImportError:  # another Keras layout: leave the iterators to the garbage collector
        yield
        return
    before = weakref.WeakSet(o for o in gc.get_objects() if isinstance(o, EpochIterator))
    try:
        yield
    finally:
        for o in gc.get_objects():
            if isinstance(o, EpochIterator) and o not in before:
                o.reset()  # drops the tf.data iterator and the generator: no cycle is left


def make_callback(events: EventSink, control: TrainControl, batch_size: int,
                  n_train: int, weights_every: float | None = None, initial_epoch: int = 0) -> Any:
    """The Keras callback that reports progress and obeys control (imports Keras).

    weights_every: also send WeightsCopy events (numpy copies of the weights) at batch ends at most
    this often (seconds), at the run's start and at every epoch end, for live prediction.
    """
    import keras

    steps = max(1, math.ceil(n_train / batch_size))

    class ProgressCallback(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.reason = "completed"
            self.message = ""
            self.good_weights: list[np.ndarray] | None = None
            self.epoch_rows: list[dict[str, float]] = []
            self.samples = 0
            self.busy_seconds = 0.0  # time inside fit's batches, pauses excluded
            self.weights_sent = 0.0

        def send_weights(self, epoch: int | None = None) -> None:
            # Copied here, in the training thread, between batches: the GUI never touches this model.
            # epoch: set at the start of the run (the epochs done so far) and at each epoch end.
            self.weights_sent = time.perf_counter()
            events(WeightsCopy([np.array(w) for w in self.model.get_weights()], epoch))

        def on_train_begin(self, logs: Any = None) -> None:
            self.good_weights = [np.array(w) for w in self.model.get_weights()]
            if weights_every is not None:
                self.send_weights(epoch=initial_epoch)

        def on_epoch_begin(self, epoch: int, logs: Any = None) -> None:
            self.epoch = epoch
            self.epoch_start = time.perf_counter()
            self.paused_in_epoch = 0.0
            self.batch_start = time.perf_counter()
            self.batches_in_epoch = 0
            self.running: dict[str, float] = {}  # sums of the logged running means
            events(EpochBegin(epoch, steps))

        def on_train_batch_begin(self, batch: int, logs: Any = None) -> None:
            self.batch_start = time.perf_counter()

        def on_train_batch_end(self, batch: int, logs: Any = None) -> None:
            now = time.perf_counter()
            self.batches_in_epoch = batch + 1
            self.busy_seconds += now - self.batch_start
            done = min((batch + 1) * batch_size, n_train)
            self.samples += min(batch_size, n_train - batch * batch_size)
            values = _plain(logs)
            # Keras logs the running mean over the epoch so far; recover this batch's own value
            # so curves show what each batch did (the mean hides the early batches' jump).
            n = min(batch_size, n_train - batch * batch_size)
            for key in list(values):  # loss, accuracy, mae; each output's own in a model with several
                total = values[key] * done
                values[f"batch_{key}"] = (total - self.running.get(key, 0.0)) / max(n, 1)
                self.running[key] = total
            if not _finite(values):
                self.reason = "nan"
                self.message = translate(
                    "training", "the loss became {loss} at epoch {epoch}, batch {batch}: the learning rate "
                    "is probably too high. Training stopped and kept the last good weights (from the end "
                    "of the previous epoch).").format(loss=values.get("loss"), epoch=self.epoch + 1,
                                                      batch=batch + 1)
                self.model.stop_training = True
                return
            events(BatchEnd(self.epoch, batch, steps, done, self.samples_per_second, values))
            if weights_every is not None and now - self.weights_sent >= weights_every:
                self.send_weights()
            if control.paused:
                t0 = time.perf_counter()
                events(Paused())
                control.wait_while_paused()
                self.paused_in_epoch += time.perf_counter() - t0
                if not control.stopped:
                    events(Resumed())
            if control.stopped:
                self.reason = "stopped"
                self.model.stop_training = True

        def on_test_batch_end(self, batch: int, logs: Any = None) -> None:
            # fit() still validates after a stop mid-epoch; when the app is closing, skip that.
            if control.abandoned:
                self.model.stop_evaluating = True

        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            values = _plain(logs)
            if self.reason == "nan" or not _finite(values):
                return
            row = {"epoch": epoch + 1, **values,
                   "seconds": time.perf_counter() - self.epoch_start - self.paused_in_epoch}
            if self.batches_in_epoch < steps:  # stopped inside the epoch: Keras still ends it
                row["partial"] = self.batches_in_epoch / steps  # the share of its batches done
            self.epoch_rows.append(row)
            self.good_weights = [np.array(w) for w in self.model.get_weights()]
            events(EpochEnd(row))
            if weights_every is not None:
                self.send_weights(epoch=epoch + 1)

        @property
        def samples_per_second(self) -> float:
            return self.samples / self.busy_seconds if self.busy_seconds > 0 else 0.0

    return ProgressCallback()


def balanced_class_weights(data: PreparedData) -> dict[int, float]:
    """scikit-learn's "balanced" weights, n / (classes × count of the class), from the training
    labels: a class with few samples counts as much as a common one (the notes' class_weight).
    ValueError for a model with several outputs or a dataset of numbers."""
    y = data.y_train
    if isinstance(y, dict) or data.task not in ("classes", "binary"):
        raise ValueError(translate("training", "class weights are for a model with one output that picks a "
                                   "class; this dataset or model has {what}").format(
            what=translate("training", "several outputs") if isinstance(y, dict) else
            translate("training", "numbers to predict")))
    labels = np.asarray(y)
    one_hot = labels.ndim == 2 and labels.shape[1] > 1
    labels = (labels.argmax(axis=-1) if one_hot else labels.reshape(len(labels))).astype(np.int64)
    present, counts = np.unique(labels, return_counts=True)
    return {int(c): float(len(labels) / (len(present) * k)) for c, k in zip(present, counts, strict=True)}


EXPLODED_LOSS = 1e6  # a classifier's loss starts near ln(classes): this large, it is diverging


def exploding_loss_message(rows: list[dict[str, float]]) -> str:
    """A warning when the loss grew huge without becoming NaN (a learning rate of 1e6 "completes"
    with a loss of 4.5e23); "" otherwise."""
    losses = [row["loss"] for row in rows if "loss" in row]
    if not losses or losses[-1] < EXPLODED_LOSS:
        return ""
    return translate("training", "the loss grew to {loss:.3g} (from {first:.3g} after the first epoch): "
                     "the model is not learning, the learning rate is probably far too high; try one 10 "
                     "or 100 times smaller").format(loss=losses[-1], first=losses[0])


def train(model: Any, data: PreparedData, config: TrainConfig, events: EventSink,
          control: TrainControl | None = None, initial_epoch: int = 0,
          weights_every: float | None = None) -> TrainResult:
    """Run model.fit on data; epochs are numbered from initial_epoch so a second run continues.

    weights_every: send live weight copies this often (seconds), see make_callback.
    """
    import keras

    config.check()
    control = control or TrainControl()
    if config.seed is not None:
        keras.utils.set_random_seed(config.seed)
    progress = make_callback(events, control, config.batch_size, data.n_train, weights_every, initial_epoch)
    callbacks: list[Any] = [progress]
    early = None
    if config.early_stopping:
        monitor = config.monitor if data.x_val is not None else config.monitor.replace("val_", "")
        early = keras.callbacks.EarlyStopping(monitor=monitor, patience=config.patience,
                                              restore_best_weights=config.restore_best_weights)
        callbacks.append(early)
    if config.tensorboard_dir:
        callbacks.append(keras.callbacks.TensorBoard(log_dir=config.tensorboard_dir))
    if config.checkpoint:
        callbacks.append(keras.callbacks.ModelCheckpoint(
            config.checkpoint, monitor="val_loss" if data.x_val is not None else "loss", save_best_only=True))
    weights = balanced_class_weights(data) if config.class_weight == "balanced" else None
    validation = (data.x_val, data.y_val) if data.x_val is not None else None
    events(TrainBegin(config.epochs, initial_epoch, data.n_train,
                      0 if data.x_val is None else count(data.x_val), config.batch_size, time.perf_counter()))
    with data_iterators_freed_here():
        model.fit(data.x_train, data.y_train, batch_size=config.batch_size,
                  epochs=initial_epoch + config.epochs, initial_epoch=initial_epoch,
                  validation_data=validation, shuffle=config.shuffle, callbacks=callbacks, verbose=0,
                  class_weight=weights)
    reason, message = progress.reason, progress.message
    if reason == "nan" and progress.good_weights is not None:
        model.set_weights(progress.good_weights)
    elif reason == "completed" and early is not None and early.stopped_epoch > 0:
        reason = "early_stopping"
        message = (translate("training", "early stopping: {monitor} did not improve for {patience} epochs; "
                                         "the best weights were restored") if config.restore_best_weights else
                   translate("training", "early stopping: {monitor} did not improve for {patience} epochs")
                   ).format(monitor=early.monitor, patience=config.patience)
    if reason != "nan" and not message:
        message = exploding_loss_message(progress.epoch_rows)
    result = TrainResult(reason, progress.epoch_rows, progress.samples_per_second, message)
    # time (perf_counter, this process) lets the benchmark time fit alone, from the training thread.
    events(TrainEnd(reason, message, result.samples_per_second, time.perf_counter()))
    return result


