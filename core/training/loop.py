"""The training loop: model.fit with a callback that reports, pauses, stops and guards against NaN.

Qt-free. The GUI runs train() in a QThread and turns the plain-dict events into
signals; the CLI prints them. Stop and pause are threading.Events checked after
every batch (Keras resets model.stop_training when fit starts, so the flag is set
from inside the callback, never from outside).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from core.data.catalogue import Dataset, DatasetError
from core.data.preprocess import encode_labels, prepare_images, split_validation
from core.i18n import translate
from core.model.spec import ModelSpec

Event = dict[str, Any]
EventSink = Callable[[Event], None]


@dataclass
class TrainConfig:
    """What model.fit receives, plus the callbacks a student can switch on."""

    epochs: int = 5
    batch_size: int = 32
    validation: float | int = 0.1  # an int N: the first N samples (the notes' 5,000); a float: a fraction
    shuffle: bool = True
    seed: int | None = 42
    early_stopping: bool = False
    monitor: str = "val_loss"
    patience: int = 3
    restore_best_weights: bool = True
    tensorboard_dir: str | None = None

    def check(self) -> None:
        """Refuse settings fit() cannot use, with a message saying which and why."""
        if not 1 <= self.epochs <= 100_000:
            raise ValueError(translate("training", "epochs must be from 1 to 100,000 (got {epochs})").format(
                epochs=self.epochs))
        if not 1 <= self.batch_size <= 1_000_000:
            raise ValueError(translate("training", "batch size must be from 1 to 1,000,000 (got {size:,})")
                             .format(size=self.batch_size))
        if self.seed is not None and not 0 <= self.seed < 2**32:
            raise ValueError(translate("training", "seed must be from 0 to {top:,} (got {seed:,}), or empty "
                                                   "for a different run each time").format(top=2**32 - 1,
                                                                                           seed=self.seed))
        if self.patience < 0:
            raise ValueError(translate("training", "patience must be 0 or more (got {patience})").format(
                patience=self.patience))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PreparedData:
    """Arrays shaped and scaled for one model, plus what the views need to explain them."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray | None
    y_val: np.ndarray | None
    x_test: np.ndarray
    y_test: np.ndarray  # encoded for the loss
    labels_test: np.ndarray  # integer labels, for the confusion matrix
    class_names: list[str]
    dataset_summary: str


def prepare_data(dataset: Dataset, spec: ModelSpec, validation: float | int,
                 for_training: bool = True) -> PreparedData:
    """Preprocess as the notes do: /255, reshape to the model's input, labels for the loss.

    A test-only dataset (e.g. a folder with only t10k-* files) is fine for evaluation
    (for_training=False) and refused for training. Every refusal starts with the dataset's name
    (for the student's own data, its path).
    """
    try:
        return _prepare(dataset, spec, validation, for_training)
    except DatasetError as e:
        text = str(e)
        raise DatasetError(text if text.startswith(dataset.name) else f"{dataset.name}: {text}") from e


def _classes_for_loss(dataset: Dataset, spec: ModelSpec) -> int:
    """How many classes the labels are encoded for: the model's class scores where it gives a
    vector of them. Labels beyond them are refused here; TensorFlow would stop mid-fit with a
    graph error (sparse) or a shape error (one-hot rows of another width)."""
    from core.model.checks import CROSSENTROPY, analyze

    out = analyze(spec).output_shape
    if spec.compile.loss not in CROSSENTROPY or out is None or len(out) != 1:
        return dataset.num_classes
    labels = np.concatenate([dataset.y_train, dataset.y_test])
    if labels.size and int(labels.max()) >= out[0]:
        raise DatasetError(translate(
            "training", "label {label} is outside 0–{top}: the model's last layer gives {n} class scores; "
            "give it as many units as the dataset has classes ({classes})").format(
            label=int(labels.max()), top=out[0] - 1, n=out[0], classes=dataset.num_classes))
    return out[0]


def _prepare(dataset: Dataset, spec: ModelSpec, validation: float | int, for_training: bool) -> PreparedData:
    loss, k = spec.compile.loss, _classes_for_loss(dataset, spec)
    shape = tuple(spec.input_shape)
    if dataset.n_train == 0 and not for_training:
        x_test = prepare_images(dataset.x_test, shape)
        labels = np.asarray(dataset.y_test, dtype=np.int64)
        return PreparedData(x_test[:0], encode_labels(labels[:0], loss, k), None, None, x_test,
                            encode_labels(labels, loss, k), labels, list(dataset.class_names),
                            dataset.summary())
    if dataset.n_train == 0:
        raise DatasetError(translate("training", "{name} has no training samples (it is a test-only set); "
                                                 "pick a dataset with a training split").format(
            name=dataset.name))
    x_train = prepare_images(dataset.x_train, shape)
    y_train = dataset.y_train
    x_tr, y_tr, x_val, y_val = split_validation(x_train, y_train, validation)
    x_test = prepare_images(dataset.x_test, shape) if dataset.n_test else x_train[:0]
    labels_test = dataset.y_test if dataset.n_test else y_train[:0]
    return PreparedData(
        x_tr, encode_labels(y_tr, loss, k),
        x_val, None if y_val is None else encode_labels(y_val, loss, k),
        x_test, encode_labels(labels_test, loss, k), np.asarray(labels_test, dtype=np.int64),
        list(dataset.class_names), dataset.summary())


class TrainControl:
    """Stop and pause, set from any thread, obeyed after the current batch."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self.abandoned = False  # the app is closing: skip the evaluation after the run

    def abandon(self) -> None:
        self.abandoned = True
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()  # a paused run must wake up to stop

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_while_paused(self) -> None:
        while not self._running.wait(0.05):
            pass


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

    weights_every: also send {"type": "weights"} events with numpy copies of the weights, at
    batch ends at most this often (seconds) and at every epoch end, for live prediction.
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
            events({"type": "weights", "epoch": epoch,
                    "weights": [np.array(w) for w in self.model.get_weights()]})

        def on_train_begin(self, logs: Any = None) -> None:
            self.good_weights = [np.array(w) for w in self.model.get_weights()]
            if weights_every is not None:
                self.send_weights(epoch=initial_epoch)

        def on_epoch_begin(self, epoch: int, logs: Any = None) -> None:
            self.epoch = epoch
            self.epoch_start = time.perf_counter()
            self.paused_in_epoch = 0.0
            self.batch_start = time.perf_counter()
            self.running: dict[str, float] = {}  # sums of the logged running means
            events({"type": "epoch_begin", "epoch": epoch, "steps": steps})

        def on_train_batch_begin(self, batch: int, logs: Any = None) -> None:
            self.batch_start = time.perf_counter()

        def on_train_batch_end(self, batch: int, logs: Any = None) -> None:
            now = time.perf_counter()
            self.busy_seconds += now - self.batch_start
            done = min((batch + 1) * batch_size, n_train)
            self.samples += min(batch_size, n_train - batch * batch_size)
            values = _plain(logs)
            # Keras logs the running mean over the epoch so far; recover this batch's own value
            # so curves show what each batch did (the mean hides the early batches' jump).
            n = min(batch_size, n_train - batch * batch_size)
            for key in ("loss", "accuracy"):
                if key in values:
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
            events({"type": "batch", "epoch": self.epoch, "batch": batch, "steps": steps,
                    "samples_done": done, "samples_per_second": self.samples_per_second,
                    **values})
            if weights_every is not None and now - self.weights_sent >= weights_every:
                self.send_weights()
            if control.paused:
                t0 = time.perf_counter()
                events({"type": "paused"})
                control.wait_while_paused()
                self.paused_in_epoch += time.perf_counter() - t0
                if not control.stopped:
                    events({"type": "resumed"})
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
            self.epoch_rows.append(row)
            self.good_weights = [np.array(w) for w in self.model.get_weights()]
            events({"type": "epoch", **row})
            if weights_every is not None:
                self.send_weights(epoch=epoch + 1)

        @property
        def samples_per_second(self) -> float:
            return self.samples / self.busy_seconds if self.busy_seconds > 0 else 0.0

    return ProgressCallback()


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
    progress = make_callback(events, control, config.batch_size, len(data.x_train), weights_every,
                             initial_epoch)
    callbacks: list[Any] = [progress]
    early = None
    if config.early_stopping:
        monitor = config.monitor if data.x_val is not None else config.monitor.replace("val_", "")
        early = keras.callbacks.EarlyStopping(monitor=monitor, patience=config.patience,
                                              restore_best_weights=config.restore_best_weights)
        callbacks.append(early)
    if config.tensorboard_dir:
        callbacks.append(keras.callbacks.TensorBoard(log_dir=config.tensorboard_dir))
    validation = (data.x_val, data.y_val) if data.x_val is not None else None
    events({"type": "train_begin", "epochs": config.epochs, "initial_epoch": initial_epoch,
            "n_train": len(data.x_train), "n_val": 0 if data.x_val is None else len(data.x_val),
            "batch_size": config.batch_size, "time": time.perf_counter()})
    with data_iterators_freed_here():
        model.fit(data.x_train, data.y_train, batch_size=config.batch_size,
                  epochs=initial_epoch + config.epochs, initial_epoch=initial_epoch,
                  validation_data=validation, shuffle=config.shuffle, callbacks=callbacks, verbose=0)
    reason, message = progress.reason, progress.message
    if reason == "nan" and progress.good_weights is not None:
        model.set_weights(progress.good_weights)
    elif reason == "completed" and early is not None and early.stopped_epoch > 0:
        reason = "early_stopping"
        message = (translate("training", "early stopping: {monitor} did not improve for {patience} epochs; "
                                         "the best weights were restored") if config.restore_best_weights else
                   translate("training", "early stopping: {monitor} did not improve for {patience} epochs")
                   ).format(monitor=early.monitor, patience=config.patience)
    result = TrainResult(reason, progress.epoch_rows, progress.samples_per_second, message)
    # "time" (perf_counter, this process) lets the benchmark time fit alone, from the training thread.
    events({"type": "train_end", "reason": reason, "message": message,
            "samples_per_second": result.samples_per_second, "time": time.perf_counter()})
    return result


def _abandon_callback(control: TrainControl) -> Any:
    """Stops model.evaluate / model.predict after the current batch once control is abandoned."""
    import keras

    class Abandon(keras.callbacks.Callback):
        def on_test_batch_end(self, batch: int, logs: Any = None) -> None:
            if control.abandoned:
                self.model.stop_evaluating = True

        def on_predict_batch_end(self, batch: int, logs: Any = None) -> None:
            if control.abandoned:
                self.model.stop_predicting = True

    return Abandon()


def evaluate(model: Any, data: PreparedData, batch_size: int = 256,
             control: TrainControl | None = None) -> dict[str, Any] | None:
    """Test loss and accuracy, and the predicted probabilities for the confusion matrix.

    control: when it is abandoned (the app is closing), the evaluation stops after the current
    batch and returns None.
    """
    if len(data.x_test) == 0:
        raise DatasetError(translate("training", "the dataset has no test split to evaluate on"))
    callbacks = [] if control is None else [_abandon_callback(control)]
    with data_iterators_freed_here():
        values = model.evaluate(data.x_test, data.y_test, batch_size=batch_size, verbose=0,
                                return_dict=True, callbacks=callbacks)
        if control is not None and control.abandoned:
            return None
        probabilities = np.asarray(model.predict(data.x_test, batch_size=batch_size, verbose=0,
                                                 callbacks=callbacks))
    if control is not None and control.abandoned:
        return None
    flat = probabilities.reshape(len(probabilities), -1)
    # One sigmoid unit (binary_crossentropy) means class 1 above 0.5; otherwise the largest.
    predicted = flat.argmax(axis=-1) if flat.shape[1] > 1 else (flat[:, 0] > 0.5).astype(np.int64)
    accuracy = float(np.mean(predicted == data.labels_test))
    return {"test_loss": float(values["loss"]), "test_accuracy": accuracy,
            "n": len(data.x_test), "probabilities": probabilities,
            "predicted": predicted.astype(np.int64)}


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, num_classes: int) -> np.ndarray:
    """counts[i, j]: how many samples of true class i were predicted as class j."""
    labels = np.asarray(labels, dtype=np.int64)
    predicted = np.asarray(predicted, dtype=np.int64)
    flat = np.bincount(labels * num_classes + predicted, minlength=num_classes * num_classes)
    return flat[: num_classes * num_classes].reshape(num_classes, num_classes)


def per_class_accuracy(matrix: np.ndarray) -> np.ndarray:
    """The diagonal over each row's total (NaN for a class with no test samples)."""
    totals = matrix.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(matrix) / np.maximum(totals, 1), np.nan)
