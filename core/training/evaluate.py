"""The test split after training: every number model.evaluate gives, and what the results views
need for the task: for classes, the predicted classes and their probabilities (the confusion matrix
and the gallery of mistakes); for yes/no, the probability of yes (the threshold); for a number, the
predictions against the true values (the scatter and the residuals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.data.dataset import DatasetError
from core.data.preprocess import PreparedData
from core.i18n import translate
from core.training.control import TrainControl
from core.training.loop import data_iterators_freed_here

BINARY_THRESHOLD = 0.5  # a sigmoid unit above it says "yes" (class 1)


@dataclass
class Evaluation:
    """How the model did on a test split: what the Test results view and the CLI show."""

    test_loss: float
    test_accuracy: float | None  # None where the task has no accuracy (a number to predict)
    n: int
    probabilities: np.ndarray  # the model's outputs, one row per test sample (its first output's)
    predicted: np.ndarray  # class indices (classes, yes/no); the predicted numbers (regression)
    labels: np.ndarray  # the true class indices; the true numbers (regression)
    images: np.ndarray | None = None  # the test images as the dataset holds them (for the gallery)
    class_names: list[str] = field(default_factory=list)
    task: str = "classes"  # "classes", "binary", "regression", "any"
    metrics: dict[str, float] = field(default_factory=dict)  # all model.evaluate gave: loss, mae, …

    @property
    def test_mae(self) -> float | None:
        """The mean absolute error (regression), in the target's own units."""
        return self.metrics.get("mae", self.metrics.get("mean_absolute_error"))

    def predicted_at(self, threshold: float) -> np.ndarray:
        """Yes/no with another threshold: class 1 where the probability is above it."""
        return (self.probabilities.reshape(len(self.probabilities), -1)[:, 0] > threshold).astype(np.int64)


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
             control: TrainControl | None = None) -> Evaluation | None:
    """Test loss and the task's figures, and the predictions the results views show.

    control: when it is abandoned (the app is closing), the evaluation stops after the current
    batch and returns None.
    """
    if data.n_test == 0:
        raise DatasetError(translate("training", "the dataset has no test split to evaluate on"))
    callbacks = [] if control is None else [_abandon_callback(control)]
    with data_iterators_freed_here():
        values = model.evaluate(data.x_test, data.y_test, batch_size=batch_size, verbose=0,
                                return_dict=True, callbacks=callbacks)
        if control is not None and control.abandoned:
            return None
        outputs = model.predict(data.x_test, batch_size=batch_size, verbose=0, callbacks=callbacks)
    if control is not None and control.abandoned:
        return None
    metrics = {k: float(v) for k, v in values.items()}
    first = outputs[0] if isinstance(outputs, (list, tuple)) else next(iter(outputs.values())) \
        if isinstance(outputs, dict) else outputs
    probabilities = np.asarray(first)
    n = data.n_test
    if data.task == "regression":
        predicted = probabilities.reshape(n, -1)[:, 0].astype(np.float32)
        return Evaluation(metrics["loss"], None, n, probabilities, predicted, np.asarray(data.labels_test),
                          None, [], "regression", metrics)
    if data.task == "any":
        return Evaluation(metrics["loss"], metrics.get("accuracy"), n, probabilities, np.zeros(0, np.int64),
                          np.zeros(0, np.int64), None, list(data.class_names), "any", metrics)
    flat = probabilities.reshape(len(probabilities), -1)
    # One sigmoid unit (binary_crossentropy) means class 1 above the threshold; otherwise the largest.
    yes = (flat[:, 0] > BINARY_THRESHOLD).astype(np.int64)
    predicted = flat.argmax(axis=-1) if flat.shape[1] > 1 else yes
    accuracy = float(np.mean(predicted == data.labels_test))
    return Evaluation(metrics["loss"], accuracy, n, probabilities, predicted.astype(np.int64),
                      np.asarray(data.labels_test), None, list(data.class_names), data.task, metrics)


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
