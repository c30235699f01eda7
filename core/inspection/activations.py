"""Each layer's output for one input, read from the model itself."""

from __future__ import annotations

from typing import Any

import numpy as np

from core.inspection.predictor import model_input_shape


class ActivationProbe:
    """Each layer's output for one input, read from the model itself.

    One Keras model with every layer's output as an output, run through `predict_on_batch`
    (compiled once per probe, then a few milliseconds per call), so each layer's output is
    exactly what the next layer receives. Weights are shared with the inspected model: after
    `set_weights` on it, the probe computes with the new weights.
    """

    def __init__(self, model: Any) -> None:
        import keras

        self.model = model
        inputs = model.inputs if len(model.inputs) > 1 else model.inputs[0]
        self._all = keras.Model(inputs=inputs, outputs=[layer.output for layer in model.layers])

    def outputs(self, x: np.ndarray | dict[str, np.ndarray]) -> list[np.ndarray]:
        """Every layer's output for one sample x: shaped like the model's input (no batch axis), or
        for a model with several inputs a dict of one array per input name."""
        if isinstance(x, dict):
            batch: Any = [np.asarray(x[t.name.split(":")[0]], dtype=t.dtype)[None] for t in self.model.inputs]
        else:
            shape = model_input_shape(self.model)
            batch = np.asarray(x, dtype=self.model.inputs[0].dtype).reshape((1, *shape))
        result = self._all.predict_on_batch(batch)
        if not isinstance(result, (list, tuple)):
            result = [result]
        return [np.asarray(r)[0] for r in result]
