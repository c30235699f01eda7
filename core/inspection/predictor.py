"""Predicting with a trained model, one drawing or picture at a time (Qt-free).

The window calls `Predictor.predict` on every stroke update, so it uses
`model.predict_on_batch` (Keras's compiled predict step, a few milliseconds) rather than
`model.predict` (tens of milliseconds of set-up per call) or an eager `model(x)` call
(per-layer Python overhead: ~27 ms for the default convnet on this CPU). A Predictor is
owned by one thread: the window's inference copy never shares a model with the training
thread; live weights arrive as numpy copies through `set_weights`.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from core.data.dataset import MNIST_CLASS_NAMES
from core.i18n import translate

DRAWING_SHAPE = (28, 28)


class InferenceError(ValueError):
    """A model or an input that cannot be used for prediction; the message says why and what to do."""


def drawing_fits(input_shape: tuple[int | None, ...]) -> bool:
    """Whether a 28×28 grey drawing can be fed to a model with this input shape (no batch axis)."""
    shape = tuple(int(d) for d in input_shape)
    return shape in ((28, 28), (28, 28, 1), (784,))


def model_input_shape(model: Any) -> tuple[int, ...]:
    """The model's input shape without the batch axis."""
    shape = model.inputs[0].shape if getattr(model, "inputs", None) else model.input_shape
    return tuple(int(d) for d in tuple(shape)[1:])


def class_names_for(outputs: int) -> list[str]:
    """Names for the classes of a model that came without any: the digits for 10 outputs, else
    the class numbers."""
    return list(MNIST_CLASS_NAMES) if outputs == 10 else [str(i) for i in range(outputs)]


class Predictor:
    """A Keras model used for inference on 28×28 grey inputs, with the names of its classes."""

    def __init__(self, model: Any, class_names: list[str], label: str) -> None:
        self.model = model
        self.label = label
        if len(model.inputs) != 1 or len(model.outputs) != 1:
            raise InferenceError(translate(
                "Predictor", "{label} takes {inputs} input(s) and gives {outputs} output(s); drawing needs a "
                "classifier of 28×28 images with one input and one output, like the default digit model "
                "or the residual convnet template").format(label=label, inputs=len(model.inputs),
                                                          outputs=len(model.outputs)))
        self.input_shape = model_input_shape(model)
        if not drawing_fits(self.input_shape):
            shown = "×".join(str(d) for d in self.input_shape)
            raise InferenceError(translate(
                "Predictor", "{label} takes {shape} inputs, but a drawing is a 28×28 grey image: use the "
                "default digit model, or build a model with a 28×28, 28×28×1 or 784 input").format(
                label=label, shape=shown))
        outputs = int(tuple(model.outputs[0].shape)[-1])
        activation = getattr(model.layers[-1], "activation", None)
        # One sigmoid unit answers yes or no (7 or not 7): shown as two classes, no and yes.
        self.binary = outputs == 1 and getattr(activation, "__name__", "") == "sigmoid"
        if outputs == 1 and not self.binary:
            raise InferenceError(translate(
                "Predictor", "{label} gives one number (a regression), not classes: drawing needs a "
                "classifier of 28×28 images, like the default digit model").format(label=label))
        if self.binary:
            outputs = 2
            class_names = class_names if len(class_names) == 2 else [translate("Predictor", "no"),
                                                                      translate("Predictor", "yes")]
        self.class_names = list(class_names) if len(class_names) == outputs else class_names_for(outputs)

    @classmethod
    def load(cls, path: str | Path, class_names: list[str] | None = None,
             label: str | None = None) -> Predictor:
        """A Predictor for a .keras file (KerasFileError when it cannot be read, InferenceError when
        it cannot take a drawing)."""
        from core.model.keras_file import read_keras_model

        path = Path(path)
        model = read_keras_model(path)
        return cls(model, class_names or list(MNIST_CLASS_NAMES), label or path.name)

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Take a newer set of weights (numpy copies from the training thread)."""
        self.model.set_weights(weights)

    def batch(self, images: np.ndarray) -> np.ndarray:
        """(n, 28, 28) floats in [0, 1] -> the model's input batch."""
        images = np.asarray(images, dtype=np.float32)
        if images.shape[1:] != DRAWING_SHAPE:
            raise InferenceError(f"inputs must be 28×28 images, not {images.shape[1:]}")
        return images.reshape((len(images), *self.input_shape))

    def predict(self, image: np.ndarray) -> np.ndarray:
        """Class probabilities for one 28×28 input in [0, 1] (white ink on black)."""
        # predict_on_batch runs Keras's compiled predict step: ~3 ms for the default convnet here,
        # where an eager model(x) call costs ~27 ms (per-layer Python overhead) and predict() more.
        out = np.asarray(self.model.predict_on_batch(self.batch(image[None])), dtype=np.float64).reshape(-1)
        return np.array([1.0 - out[0], out[0]]) if self.binary else out


def probabilities_text(names: list[str], probabilities: np.ndarray) -> str:
    """One line a person reads: the top class first, then the rest above 1 %."""
    order = np.argsort(probabilities)[::-1]
    parts = [f"{names[i]}: {100 * probabilities[i]:.1f}%" for i in order
             if i == order[0] or probabilities[i] >= 0.01]
    return ", ".join(parts)


def softmax(scores: np.ndarray) -> np.ndarray:
    """Scores (logits) as probabilities that sum to 1."""
    e = np.exp(scores - scores.max())
    return e / e.sum()


def as_probabilities(p: np.ndarray) -> np.ndarray:
    """A model's output for one input as probabilities: as it is when it already is a probability
    vector (a softmax layer's), else through softmax (a model that ends with plain scores)."""
    if np.all(p >= -1e-6) and math.isclose(float(np.sum(p)), 1.0, abs_tol=1e-3):
        return p
    return softmax(p)
