"""Why this class? Which input pixels pushed a class's score up or down (Qt-free).

The score is the log of the class's probability (not the probability itself, whose gradient
vanishes once the model is sure); a model that ends without softmax gives scores (logits), made
probabilities with a softmax first. Two methods:

- gradient × input: one gradient, fast, a first-order picture;
- integrated gradients (Sundararajan et al., 2017): gradients averaged along the straight path
  from a black image to the input, times the input. Its pixels add up to the score's change
  from the black image to the input, so the map accounts for the whole decision.

Pixels are summed over colour channels, so the map is (h, w) for a picture input.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP
from core.inspection.images import image_shape_of
from core.inspection.predictor import model_input_shape

# Method titles, shown translated (context "saliency") in the Why this class? page.
METHODS = {"integrated_gradients": QT_TRANSLATE_NOOP("saliency", "Integrated gradients"),
           "gradient_x_input": QT_TRANSLATE_NOOP("saliency", "Gradient × input")}


def ends_with_softmax(model: Any) -> bool:
    """Whether the model's output is already probabilities (a softmax last layer or activation)."""
    last = model.layers[-1]
    activation = getattr(last, "activation", None)
    name = getattr(activation, "__name__", str(activation))
    return type(last).__name__ == "Softmax" or name == "softmax"


class SaliencyProbe:
    """Saliency maps for one model; the gradient function is traced once and reused, so a map
    costs about one batched forward and backward pass."""

    def __init__(self, model: Any, steps: int = 32) -> None:
        import tensorflow as tf

        self.model = model
        self.steps = steps
        self.input_shape = model_input_shape(model)
        spec = tf.TensorSpec((None, *self.input_shape), tf.float32)
        probabilities = ends_with_softmax(model)

        @tf.function(input_signature=[spec, tf.TensorSpec((), tf.int32)])
        def gradients(batch: Any, class_index: Any) -> tuple[Any, Any]:
            with tf.GradientTape() as tape:
                tape.watch(batch)
                out = model(batch, training=False)
                log_p = tf.math.log(out + 1e-12) if probabilities else tf.nn.log_softmax(out)
                score = log_p[:, class_index]
            return tape.gradient(score, batch), score

        self._gradients = gradients

    def scores(self, batch: np.ndarray, class_index: int) -> np.ndarray:
        """log p(class) for each input of a batch."""
        import tensorflow as tf

        _, score = self._gradients(tf.constant(batch, tf.float32), tf.constant(class_index, tf.int32))
        return score.numpy()

    def explain(self, x: np.ndarray, class_index: int | None = None,
                method: str = "integrated_gradients") -> tuple[np.ndarray, int]:
        """The saliency map of input x (no batch axis) for a class (default: the top class) and
        the class explained. Positive: the pixel pushed the class up; negative: down."""
        import tensorflow as tf

        if method not in METHODS:
            raise ValueError(f"unknown saliency method {method!r}; choose one of {', '.join(METHODS)}")
        x = np.asarray(x, dtype=np.float32).reshape(self.input_shape)
        if class_index is None:
            p = np.asarray(self.model.predict_on_batch(x[None]))[0]
            class_index = int(np.argmax(p))
        if method == "gradient_x_input":
            batch = x[None]
        else:  # the path from black (all zeros) to x; midpoints of `steps` equal segments
            alphas = (np.arange(self.steps, dtype=np.float32) + 0.5) / self.steps
            batch = alphas.reshape((-1,) + (1,) * x.ndim) * x[None]
        grads, _ = self._gradients(tf.constant(batch), tf.constant(class_index, tf.int32))
        attribution = np.asarray(grads).mean(axis=0) * x
        shape = image_shape_of(self.input_shape)
        picture = attribution.reshape(shape) if shape is not None else attribution.reshape(1, -1)
        if picture.ndim == 3:
            picture = picture.sum(axis=2)
        return picture, class_index
