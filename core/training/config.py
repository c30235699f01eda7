"""What model.fit receives, plus the callbacks a student can switch on."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from core.i18n import translate


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
    # The notes' 10.2.2 and 10.2.7 (issue 18): weigh rare classes up ("balanced"), and keep the best
    # epoch's model in a .keras file (ModelCheckpoint with save_best_only).
    class_weight: str | None = None
    checkpoint: str | None = None

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
        if self.class_weight not in (None, "balanced"):
            raise ValueError(translate("training", "class weight must be 'balanced' or none (got {value!r})")
                             .format(value=self.class_weight))
        if self.checkpoint is not None and not str(self.checkpoint).endswith(".keras"):
            raise ValueError(translate("training", "the checkpoint file must end in .keras (got {path})")
                             .format(path=self.checkpoint))
        if self.patience < 0:
            raise ValueError(translate("training", "patience must be 0 or more (got {patience})").format(
                patience=self.patience))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
