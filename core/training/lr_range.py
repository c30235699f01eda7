"""The learning-rate range test (Leslie Smith's, as fast.ai's lr_find runs it): a short run whose
learning rate grows exponentially batch by batch, from far too small to far too large, recording the
loss; a tenth of the rate where the loss was lowest is a good place to train.

Run on a model of its own built from the spec (with the given weights, or freshly initialised), so
the student's model and its optimizer are left as they were, with Keras's own fit and a callback
that sets the optimizer's learning rate before each batch and stops once the loss has blown up.
Qt-free; Keras is imported inside functions.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.data.preprocess import PreparedData
from core.i18n import translate
from core.model.spec import ModelSpec

SMOOTHING = 0.9  # the loss curve is an exponential moving average (bias-corrected), as lr_find plots it
DIVERGED = 4.0  # stop when the smoothed loss is this many times its lowest
SKIP = 5  # the first smoothed points lean on too few batches to judge


@dataclass
class LrRange:
    """What the test measured and what it suggests."""

    learning_rates: list[float] = field(default_factory=list)
    losses: list[float] = field(default_factory=list)  # smoothed
    suggested: float | None = None  # where the smoothed loss falls fastest
    low: float | None = None  # the suggested range: from here …
    high: float | None = None  # … to here (a tenth of the rate of the lowest loss)
    stopped: str = "completed"  # or "diverged"

    def to_dict(self) -> dict[str, Any]:
        return {"learning_rates": self.learning_rates, "losses": self.losses, "suggested": self.suggested,
                "low": self.low, "high": self.high, "stopped": self.stopped}


def learning_rates(start: float, end: float, steps: int) -> np.ndarray:
    """steps learning rates growing exponentially from start to end."""
    if not 0 < start < end or steps < 2:
        raise ValueError(translate("lr_range", "the range test needs 0 < start < end and at least 2 steps "
                                   "(got {start:g} to {end:g}, {steps} steps)").format(
            start=start, end=end, steps=steps))
    return np.geomspace(start, end, steps)


def suggest(rates: list[float], losses: list[float]) -> tuple[float | None, float | None, float | None]:
    """(the suggested rate, the range's low, high) from the smoothed curve: a tenth of the rate where
    the loss was lowest (the classic rule of thumb: just before it turns up), the range a decade below it
    to a third of that lowest point. Nones when the loss never fell after its first steps."""
    if len(losses) < SKIP + 3:
        return None, None, None
    loss = np.asarray(losses)
    lowest = SKIP + int(np.argmin(loss[SKIP:]))
    if loss[lowest] >= loss[SKIP] * 0.99:  # it never fell: no range to suggest
        return None, None, None
    at_lowest = float(rates[lowest])
    suggested = at_lowest / 10
    return suggested, suggested / 10, at_lowest / 3


def run_range_test(spec: ModelSpec, weights: list[np.ndarray] | None, data: PreparedData,
                   batch_size: int = 32, start: float = 1e-6, end: float = 1.0, steps: int = 100,
                   seed: int | None = 0, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> LrRange:
    """The range test of spec's model (from weights, or seeded new ones) with spec's optimizer and
    loss. ValueError for a range that cannot run."""
    import keras

    from core.model.build import build_model

    rates = learning_rates(start, end, steps)
    result = LrRange()
    if seed is not None:
        keras.utils.set_random_seed(seed)
    model = build_model(spec)
    if weights is not None:
        model.set_weights(weights)

    class Ramp(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.step, self.average, self.best = 0, 0.0, math.inf

        def on_train_batch_begin(self, batch: int, logs: dict | None = None) -> None:
            self.model.optimizer.learning_rate = float(rates[min(self.step, steps - 1)])

        def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
            loss = float((logs or {}).get("loss", math.nan))
            self.step += 1
            if not math.isfinite(loss):
                result.stopped = "diverged"
                self.model.stop_training = True
                return
            self.average = SMOOTHING * self.average + (1 - SMOOTHING) * loss
            smoothed = self.average / (1 - SMOOTHING ** self.step)
            result.learning_rates.append(float(rates[self.step - 1]))
            result.losses.append(smoothed)
            self.best = min(self.best, smoothed)
            if progress is not None:
                progress(self.step, steps)
            if smoothed > DIVERGED * self.best and self.step > 5:
                result.stopped = "diverged"
                self.model.stop_training = True
            elif self.step >= steps or (cancelled is not None and cancelled()):
                self.model.stop_training = True

    per_epoch = max(1, math.ceil(len(data.x_train if not isinstance(data.x_train, dict)
                                     else next(iter(data.x_train.values()))) / batch_size))
    epochs = math.ceil(steps / per_epoch)
    from core.training.loop import data_iterators_freed_here

    with data_iterators_freed_here():
        model.fit(data.x_train, data.y_train, batch_size=batch_size, epochs=epochs, shuffle=True,
                  callbacks=[Ramp()], verbose=0)
    result.suggested, result.low, result.high = suggest(result.learning_rates, result.losses)
    return result
