"""The test split after training: loss, accuracy, the predicted classes and their probabilities
(for the confusion matrix and the gallery of mistakes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.data.dataset import DatasetError
from core.data.preprocess import PreparedData
from core.i18n import translate
from core.training.control import TrainControl
from core.training.loop import data_iterators_freed_here


@dataclass
class Evaluation:
    """How the model did on a test split: what the Test results view and the CLI show."""

    test_loss: float
    test_accuracy: float
    n: int
    probabilities: np.ndarray  # the model's outputs, one row per test image
    predicted: np.ndarray  # class indices
    labels: np.ndarray  # the true class indices
    images: np.ndarray | None = None  # the test images as the dataset holds them (for the gallery)
    class_names: list[str] = field(default_factory=list)


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
    return Evaluation(float(values["loss"]), accuracy, len(data.x_test), probabilities,
                      predicted.astype(np.int64), np.asarray(data.labels_test), None, list(data.class_names))


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
