"""The sweep's two plots: every trial's validation curve overlaid, and a parallel-coordinates plot of
the hyperparameters against the score (one line per trial, coloured by its score, the best thickest).

Both are plain pyqtgraph plots; parallel coordinates has no pyqtgraph item, so each axis is a
vertical line at x = 0, 1, 2, … and each trial's values are scaled to 0…1 on it (a log range on a
log scale, choices evenly spaced) with the axis's own values written at its ends.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg

from core.i18n import translate
from core.training.sweep import TrialRow

SCORE_COLOURS = pg.colormap.get("viridis")


def axis_position(values: list[Any], value: Any, log: bool) -> float:
    """Where value sits on an axis holding values, 0…1: numbers by value (log: on a log scale), words by
    their order of appearance."""
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) == len(values) and numbers:
        low, high = min(numbers), max(numbers)
        if high == low:
            return 0.5
        if log and low > 0:
            return (math.log10(value) - math.log10(low)) / (math.log10(high) - math.log10(low))
        return (value - low) / (high - low)
    order = list(dict.fromkeys(str(v) for v in values))
    return 0.5 if len(order) == 1 else order.index(str(value)) / (len(order) - 1)


def end_text(values: list[Any], lowest: bool) -> str:
    """The value written at an axis's bottom (lowest) or top."""
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) == len(values) and numbers:
        v = min(numbers) if lowest else max(numbers)
        return f"{v:.3g}"
    order = list(dict.fromkeys(str(v) for v in values))
    return order[0] if lowest else order[-1]


def draw_parallel(plot: pg.PlotItem, rows: list[TrialRow], names: list[str], objective: str) -> None:
    """Redraw plot: an axis per hyperparameter then the score; a line per scored trial."""
    plot.clear()
    scored = [r for r in rows if r.score is not None]
    axes = [*names, objective]
    plot.getAxis("bottom").setTicks([[(i, name) for i, name in enumerate(axes)]])
    plot.setXRange(-0.3, len(axes) - 0.7, padding=0)
    plot.setYRange(-0.12, 1.12, padding=0)
    for i in range(len(axes)):
        plot.addItem(pg.InfiniteLine(i, angle=90, pen=pg.mkPen("#888888")))
    if not scored:
        return
    columns = [[r.values.get(name) for r in scored] for name in names] + [[r.score for r in scored]]
    scores = np.array([r.score for r in scored], dtype=float)
    low, high = float(scores.min()), float(scores.max())
    higher_better = objective.endswith("accuracy")
    best = int(np.argmax(scores) if higher_better else np.argmin(scores))
    for i, column in enumerate(columns):
        log = axes[i] == "learning_rate"
        for y, lowest in ((-0.08, True), (1.08, False)):
            label = pg.TextItem(end_text(column, lowest), anchor=(0.5, 0.5), color="#444444")
            label.setPos(i, y)
            plot.addItem(label)
        columns[i] = [axis_position(column, v, log) for v in column]
    for k, row in enumerate(scored):
        share = 0.5 if high == low else (row.score - low) / (high - low)
        if not higher_better:
            share = 1 - share
        colour = SCORE_COLOURS.map(share, mode=pg.ColorMap.QCOLOR)
        ys = [columns[i][k] for i in range(len(axes))]
        plot.plot(list(range(len(axes))), ys, pen=pg.mkPen(colour, width=4 if k == best else 1.5),
                  symbol="o", symbolSize=5, symbolBrush=colour, symbolPen=None)


def draw_curves(plot: pg.PlotItem, rows: list[TrialRow], objective: str) -> None:
    """Redraw plot: each trial's score after each epoch, the best trial's thick."""
    plot.clear()
    plot.setLabel("left", objective)
    scored = [r for r in rows if r.curve]
    if not scored:
        return
    higher_better = objective.endswith("accuracy")
    best = max(scored, key=lambda r: r.score or 0) if higher_better else min(
        scored, key=lambda r: r.score if r.score is not None else math.inf)
    for k, row in enumerate(scored):
        pen = pg.mkPen(pg.intColor(k, hues=max(9, len(scored))), width=4 if row is best else 1.5)
        plot.plot(list(range(1, len(row.curve) + 1)), row.curve, pen=pen, symbol="o", symbolSize=5,
                  name=translate("SweepDialog", "trial {number}").format(number=row.number))
