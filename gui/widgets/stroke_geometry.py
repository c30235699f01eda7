"""Geometry of drawn strokes: smooth paths through sparse points, and distances for the eraser."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

Point = tuple[float, float]


def mid(a: Point, b: Point) -> Point:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def stroke_path(points: Sequence[Point], tail: bool = True) -> QPainterPath:
    """The smooth path through a stroke's points (two or more): a line to the first midpoint,
    quadratic curves through the midpoints with the points as control points, a line to the end
    (the tail; without it the path stops at the last midpoint, as a stroke in progress is cached)."""
    path = QPainterPath(QPointF(*points[0]))
    path.lineTo(QPointF(*mid(points[0], points[1])))
    for i in range(1, len(points) - 1):
        path.quadTo(QPointF(*points[i]), QPointF(*mid(points[i], points[i + 1])))
    if tail:
        path.lineTo(QPointF(*points[-1]))
    return path


def segment_distances(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distances from points p (m, 2) to the segments a→b (n, 2): an (m, n) array."""
    d = b - a
    length2 = np.maximum((d * d).sum(1), 1e-12)
    t = np.clip(((p[:, None, :] - a[None]) * d[None]).sum(2) / length2[None], 0, 1)
    nearest = a[None] + t[..., None] * d[None]
    return np.sqrt(((p[:, None, :] - nearest) ** 2).sum(2))
