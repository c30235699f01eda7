"""Geometry of drawn strokes: smooth paths through sparse points, and distances for the eraser."""

from __future__ import annotations

import math
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


def resized(size_from: tuple[float, float], size_to: tuple[float, float]):
    """The map of a drawing from a canvas of size_from to one of size_to (width, height): one
    scale for both axes, the inscribed squares' ratio, about the centre. The digit keeps its
    shape, and there and back again is the identity (the smaller of the width and height ratios
    shrank the drawing on every trip between a wide and a square canvas)."""
    (w0, h0), (w1, h1) = size_from, size_to
    k = min(w1, h1) / min(w0, h0)
    dx, dy = (w1 - k * w0) / 2, (h1 - k * h0) / 2

    def move(stroke: Sequence[Point]) -> list[Point]:
        return [(x * k + dx, y * k + dy) for x, y in stroke]

    return move


def segment_distances(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distances from points p (m, 2) to the segments a→b (n, 2): an (m, n) array."""
    d = b - a
    length2 = np.maximum((d * d).sum(1), 1e-12)
    t = np.clip(((p[:, None, :] - a[None]) * d[None]).sum(2) / length2[None], 0, 1)
    nearest = a[None] + t[..., None] * d[None]
    return np.sqrt(((p[:, None, :] - nearest) ** 2).sum(2))


def strokes_touched(strokes: Sequence[Sequence[Point]], a: Point, b: Point, radius: float,
                    brush: float) -> list[int]:
    """Indices of the strokes whose ink (brush wide) an eraser circle of radius touches on its way
    from a to b (sampled every radius / 2, so a fast swipe skips none)."""
    steps = max(1, math.ceil(math.dist(a, b) / (radius / 2)))
    path = np.linspace(a, b, steps + 1)
    reach = radius + brush / 2
    hit = []
    for i, stroke in enumerate(strokes):
        pts = np.asarray(stroke, dtype=float)
        seg_a, seg_b = (pts, pts) if len(pts) == 1 else (pts[:-1], pts[1:])
        if (segment_distances(path, seg_a, seg_b) <= reach).any():
            hit.append(i)
    return hit
