"""Train ▸ Augment: varied copies of a student's own digits, made with the default model's own
augmentations (core.drawing.augment), and the preview grid that shows what each setting does.

The copies are made once per run, before training (the loop takes fixed arrays), with the run's
seed: the same settings and seed give the same copies, and the preview shows exactly those.
Qt-free, numpy + scipy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import numpy as np

from core.drawing import augment
from core.i18n import QT_TRANSLATE_NOOP, translate

MAX_COPIES = 20


@dataclass
class AugmentSettings:
    """How the copies vary. Zero turns a setting off; copies 0 turns augmentation off."""

    copies: int = 0  # varied copies of each training digit, added to the originals
    rotate: float = 12.0  # degrees, either way
    shear: float = 0.25
    aspect: float = 0.15  # log-factor of width against height
    scale: float = 0.1  # log-factor of size
    shift: float = 2.0  # pixels
    elastic: float = 0.06  # a smooth wobble, as a share of the digit's half size
    thickness: float = 0.5  # the share made thicker or thinner
    redraw: float = 0.3  # the share re-drawn from its skeleton with another pen (as the canvas draws)

    def check(self) -> None:
        """ValueError naming a setting out of its range."""
        if not 0 <= self.copies <= MAX_COPIES:
            raise ValueError(translate("augment", "augmented copies must be from 0 to {top} (got {n})")
                             .format(top=MAX_COPIES, n=self.copies))
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "copies" and not (0 <= value <= LIMITS[f.name]):
                raise ValueError(translate("augment", "{setting} must be from 0 to {top:g} (got {value:g})")
                                 .format(setting=setting_text(f.name), top=LIMITS[f.name], value=value))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AugmentSettings:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


# The largest value of each setting a student may choose (the defaults are the default model's).
LIMITS = {"rotate": 45.0, "shear": 1.0, "aspect": 0.7, "scale": 0.7, "shift": 6.0, "elastic": 0.3,
          "thickness": 1.0, "redraw": 1.0}
SETTINGS = tuple(LIMITS)
_TEXTS = {
    "rotate": QT_TRANSLATE_NOOP("augment", "rotation (degrees)"),
    "shear": QT_TRANSLATE_NOOP("augment", "slant (shear)"),
    "aspect": QT_TRANSLATE_NOOP("augment", "narrower or wider"),
    "scale": QT_TRANSLATE_NOOP("augment", "smaller or larger"),
    "shift": QT_TRANSLATE_NOOP("augment", "shift (pixels)"),
    "elastic": QT_TRANSLATE_NOOP("augment", "wobble (elastic)"),
    "thickness": QT_TRANSLATE_NOOP("augment", "thicker or thinner (share)"),
    "redraw": QT_TRANSLATE_NOOP("augment", "re-drawn with another pen (share)"),
}


def setting_text(name: str) -> str:
    """A setting's name as the student reads it, in the interface language."""
    return translate("augment", _TEXTS[name])


def _only(settings: AugmentSettings, keep: str | None) -> AugmentSettings:
    """settings with every variation but keep turned off (keep None: all kept)."""
    if keep is None:
        return settings
    return replace(settings, **{name: getattr(settings, name) if name == keep else 0.0 for name in SETTINGS})


def vary(images: np.ndarray, settings: AugmentSettings, rng: np.random.Generator) -> np.ndarray:
    """One varied copy of each image (N, 28, 28) uint8 → (N, 28, 28) uint8."""
    x = np.asarray(images, dtype=np.float32).reshape(-1, 28, 28) / 255.0
    if len(x) == 0:
        return np.zeros((0, 28, 28), np.uint8)
    redrawn = rng.random(len(x)) < settings.redraw
    if redrawn.any():
        # Thinned to a skeleton and drawn again by the canvas's renderer with a random pen width:
        # the same ink a drawing on the canvas has, whatever pen the student used.
        segments = [augment.skeleton_segments(s) for s in augment.skeletons(x[redrawn])]
        again = augment.redraw(segments, rng, warp=False)
        keep = again.reshape(len(again), -1).max(1) > 0  # a digit too faint to thin stays as it was
        x[np.flatnonzero(redrawn)[keep]] = again[keep]
    out = augment.augment_images(x, rng, rotate=settings.rotate, shear=settings.shear, aspect=settings.aspect,
                                 scale=settings.scale, shift=settings.shift, elastic=settings.elastic,
                                 thickness=settings.thickness)
    return np.round(out * 255).astype(np.uint8)


def augmented_copies(images: np.ndarray, labels: np.ndarray, settings: AugmentSettings, seed: int | None
                     ) -> tuple[np.ndarray, np.ndarray]:
    """settings.copies varied copies of every image, with their labels (empty with copies 0)."""
    settings.check()
    rng = np.random.default_rng(seed)
    xs = [vary(images, settings, rng) for _ in range(settings.copies)]
    if not xs:
        return np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64)
    return np.concatenate(xs), np.tile(np.asarray(labels, np.int64), settings.copies)


def preview_rows(images: np.ndarray, settings: AugmentSettings, seed: int = 0
                 ) -> list[tuple[str | None, np.ndarray]]:
    """The preview grid: (setting or None for "all together", one varied copy of each image) for
    each setting that is on, then all of them together; each row seeded alike, so a row changes
    only when its own setting does."""
    rows: list[tuple[str | None, np.ndarray]] = []
    for name in (*[n for n in SETTINGS if getattr(settings, n) > 0], None):
        rows.append((name, vary(images, _only(settings, name), np.random.default_rng(seed))))
    return rows
