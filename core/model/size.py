"""How much memory a model will take before Keras builds it: enormous layers are warned about
(and, past what the computer holds, refused) instead of freezing a student's laptop.

The estimate is the float32 weights, plus, for training, one gradient per weight, the
optimizer's slot variables (Adam keeps two per weight) and one batch's activations kept for
the backward pass. It is a lower bound of what TensorFlow will use, good to a factor of ~1.5.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

from core.i18n import translate
from core.model.shapes import ModelInfo
from core.model.spec import OPTIMIZERS_WITH_MOMENTUM, CompileSpec
from core.model.summary import readable_memory_size

BYTES_PER_VALUE = 4  # float32
# Above this, building and training take long enough on a laptop to ask first. The largest
# template (vgg_small) has ~1.2 M parameters; Dense(1,000,000) after Flatten has 785 M.
LARGE_PARAMS = 20_000_000
# Fractions of the computer's memory: above LARGE_SHARE ask first, above REFUSE_SHARE refuse.
LARGE_SHARE = 0.25
REFUSE_SHARE = 0.8
# Optimizer slot variables per weight (Keras 3's optimizers), momentum adds one where it exists.
SLOTS = {"sgd": 0, "rmsprop": 1, "adam": 2, "adamw": 2, "adagrad": 1, "adadelta": 2, "adamax": 2,
         "nadam": 2}


def physical_memory() -> int | None:
    """This computer's memory in bytes (None where the system does not say)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


@dataclass(frozen=True)
class SizeEstimate:
    """Parameters and memory of one model; level says whether to build it quietly."""

    params: int
    weight_bytes: int
    training_bytes: int
    optimizer: str
    batch_size: int
    memory: int | None  # the computer's memory in bytes

    @property
    def level(self) -> str:
        """"ok", "large" (ask before building) or "too_large" (cannot train here)."""
        if self.memory and self.training_bytes > REFUSE_SHARE * self.memory:
            return "too_large"
        if self.params > LARGE_PARAMS or (self.memory and self.training_bytes > LARGE_SHARE * self.memory):
            return "large"
        return "ok"

    def text(self) -> str:
        """'795,000,010 parameters (2.96 GB of weights, about 12.11 GB to train with adam at batch
        size 32; this computer has 23.54 GB)', in the units of Keras's summary."""
        values = {"params": f"{self.params:,}", "weights": readable_memory_size(self.weight_bytes),
                  "training": readable_memory_size(self.training_bytes), "optimizer": self.optimizer,
                  "batch_size": self.batch_size}
        if self.memory:
            return translate("model_size", "{params} parameters ({weights} of weights, about {training} "
                             "to train with {optimizer} at batch size {batch_size}; this computer has "
                             "{memory})").format(memory=readable_memory_size(self.memory), **values)
        return translate("model_size", "{params} parameters ({weights} of weights, about {training} to "
                         "train with {optimizer} at batch size {batch_size})").format(**values)

    def advice(self) -> str:
        """What a student reads before building: how big, and what to do."""
        if self.level == "too_large":
            return translate("model_size", "too large for this computer: {size}. Use fewer units, or add "
                             "MaxPooling2D (or Conv2D with strides 2) before Flatten.").format(
                                 size=self.text())
        return translate("model_size", "a very large model: {size}. Building and training it will be "
                         "slow and may use up the memory; fewer units, or MaxPooling2D before Flatten, "
                         "keep it small.").format(size=self.text())


def estimate(info: ModelInfo, compile: CompileSpec, batch_size: int = 32,
             memory: int | None = -1) -> SizeEstimate:
    """The memory of info's model; memory=-1 asks the system (None: unknown)."""
    params = info.total
    weights = params * BYTES_PER_VALUE
    slots = SLOTS.get(compile.optimizer, 2)
    if compile.optimizer in OPTIMIZERS_WITH_MOMENTUM and compile.momentum:
        slots += 1
    # Each layer's output for one batch is kept for the backward pass, and gets a gradient.
    shapes = [info.input_shape, *(r.output_shape for r in info.rows)]
    activations = sum(math.prod(d for d in s if isinstance(d, int)) for s in shapes if s)
    training = weights * (2 + slots) + 2 * batch_size * activations * BYTES_PER_VALUE
    return SizeEstimate(params, weights, training, compile.optimizer, batch_size,
                        physical_memory() if memory == -1 else memory)


def largest_layer(info: ModelInfo) -> int:
    """The index of the row with the most parameters (where a warning belongs)."""
    return max(range(len(info.rows)), key=lambda i: info.rows[i].params) if info.rows else 0
