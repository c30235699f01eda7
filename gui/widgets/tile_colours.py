"""The colours of weights and activations: the blue–white–red map centred on 0, black-to-white for
activations, each tile scaled to its own range, and tiles composed into one mosaic picture. Shared
by the image grid and the weight views (gui/inside/weight_views.py)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

from core.i18n import translate

MODES = ("diverging", "grey", "rgb")
# ColorBrewer's RdBu, reversed: negative blue, zero near-white, positive red (reads well on a white app).
DIVERGING_STOPS = ((33, 102, 172), (146, 197, 222), (247, 247, 247), (244, 165, 130), (178, 24, 43))
NEGATIVE_RGB, ZERO_RGB, POSITIVE_RGB = DIVERGING_STOPS[0], DIVERGING_STOPS[2], DIVERGING_STOPS[-1]
LUT_SIZE = 257  # odd: 0 falls exactly on the middle entry, ±max exactly on the ends
GAP_RGB = (70, 70, 70)  # between tiles and in the empty slots of a last row


def diverging_colormap() -> pg.ColorMap:
    """The blue–white–red map every weight view uses: its middle (0.5) is value 0."""
    return pg.ColorMap(np.linspace(0.0, 1.0, len(DIVERGING_STOPS)), [list(c) for c in DIVERGING_STOPS])


def grey_colormap() -> pg.ColorMap:
    """Black (lowest) to white (highest), as MNIST digits are drawn."""
    return pg.ColorMap([0.0, 1.0], [[0, 0, 0], [255, 255, 255]])


DIVERGING_LUT: np.ndarray = diverging_colormap().getLookupTable(0.0, 1.0, LUT_SIZE, alpha=False, mode="byte")


def value_text(value: float) -> str:
    """A value as the hover texts show it: four significant digits ("-0.0412", "1.25e-05")."""
    return f"{float(value):.4g}"


def pixel_text(caption: str, row: int, col: int, value: np.ndarray | float) -> str:
    """Hover text of one pixel: "unit 17 · row 5, col 9: 0.0213" (RGB: "R …, G …, B …")."""
    if np.ndim(value) == 0:
        shown = value_text(float(value))
    else:
        shown = ", ".join(f"{ch} {value_text(v)}" for ch, v in zip("RGB", value, strict=False))
    return translate("image_grid", "{caption} · row {row}, col {col}: {value}").format(
        caption=caption, row=row, col=col, value=shown)


def _safe_scale(scale: np.ndarray) -> np.ndarray:
    """Scales that divide: an all-zero (or non-finite) tile gets 1, so it shows as the middle colour."""
    scale = np.asarray(scale, dtype=np.float64)
    return np.where(np.isfinite(scale) & (scale > 0), scale, 1.0)


def diverging_rgb(a: np.ndarray, scale: float | np.ndarray) -> np.ndarray:
    """Colour values with the diverging map: -scale → blue end, 0 → middle, +scale → red end.

    `scale` is a number or an array that broadcasts against `a` (one scale per tile: shape (n, 1, 1)).
    Returns uint8 with a trailing axis of 3 (RGB); values beyond ±scale are clipped to the ends.
    """
    x = np.nan_to_num(np.asarray(a, dtype=np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    t = (x / _safe_scale(scale).astype(np.float32) + 1.0) * (0.5 * (LUT_SIZE - 1))
    index = np.clip(np.rint(t), 0, LUT_SIZE - 1).astype(np.intp)
    return DIVERGING_LUT[index]


def grey_rgb(a: np.ndarray, low: float | np.ndarray, high: float | np.ndarray) -> np.ndarray:
    """Grey levels: `low` → black, `high` → white (clipped), as uint8 RGB with a trailing axis of 3."""
    low = np.asarray(low, dtype=np.float32)
    span = _safe_scale(np.asarray(high, dtype=np.float64) - low).astype(np.float32)
    x = np.nan_to_num(np.asarray(a, dtype=np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    grey = np.clip(np.rint((x - low) / span * 255.0), 0, 255).astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=-1)


def tile_levels(images: np.ndarray, mode: str) -> tuple[np.ndarray, np.ndarray]:
    """Each tile's own colour range (low, high), one pair per image, as float64 arrays of shape (n,).

    diverging: (-max|a|, +max|a|), so 0 is always the middle colour; grey: (0, max) when nothing is
    negative, else (min, max); rgb: (min, max) over all three channels. An all-zero tile gets (−1, 1)
    or (0, 1), so it still has a range.
    """
    n = len(images)
    flat = np.asarray(images).reshape(n, -1).astype(np.float64, copy=False)
    if flat.shape[1] == 0:
        return np.zeros(n), np.ones(n)
    if mode == "diverging":
        scale = _safe_scale(np.abs(flat).max(axis=1))
        return -scale, scale
    low, high = flat.min(axis=1), flat.max(axis=1)
    if mode == "grey":
        low = np.minimum(low, 0.0)  # dark = zero activation, as a ReLU's output reads
    high = np.where(high > low, high, low + 1.0)
    return low, high


def colour_tiles(images: np.ndarray, mode: str) -> np.ndarray:
    """Colour a stack of tiles, each scaled by its own range (see tile_levels): uint8 (n, h, w, 3)."""
    images = np.asarray(images)
    low, high = tile_levels(images, mode)
    per_tile = (-1,) + (1,) * (images.ndim - 1)  # broadcast one value per tile
    if mode == "diverging":
        return diverging_rgb(images, high.reshape(per_tile))
    if mode == "grey":
        return grey_rgb(images, low.reshape(per_tile), high.reshape(per_tile))
    x = np.nan_to_num(images.astype(np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    low32, span = low.reshape(per_tile).astype(np.float32), (high - low).reshape(per_tile).astype(np.float32)
    return np.clip(np.rint((x - low32) / span * 255.0), 0, 255).astype(np.uint8)


def compose_mosaic(tiles: np.ndarray, columns: int, gap: int = 1,
                   fill: Sequence[int] = GAP_RGB) -> np.ndarray:
    """Lay uint8 RGB tiles (n, h, w, 3) out row by row, `columns` wide, `gap` pixels apart: one image.

    Done with one reshape/transpose (no Python loop over tiles). Empty slots are filled with `fill`.
    """
    n, h, w = tiles.shape[:3]
    rows = max(1, math.ceil(n / columns))
    grid = np.empty((rows, h + gap, columns, w + gap, 3), dtype=np.uint8)
    grid[...] = np.asarray(fill, dtype=np.uint8)
    padded = np.empty((rows * columns, h, w, 3), dtype=np.uint8)
    padded[n:] = np.asarray(fill, dtype=np.uint8)
    padded[:n] = tiles
    grid[:, :h, :, :w] = padded.reshape(rows, columns, h, w, 3).transpose(0, 2, 1, 3, 4)
    mosaic = grid.reshape(rows * (h + gap), columns * (w + gap), 3)
    return np.ascontiguousarray(mosaic[: mosaic.shape[0] - gap, : mosaic.shape[1] - gap])
