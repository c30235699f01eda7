"""Live learning curves: loss and accuracy per batch (smoothed) and per epoch, with earlier runs.

Batches arrive far faster than a screen refreshes, so slots only append to arrays
and a 25 Hz timer pushes them into pyqtgraph (one setData per curve per frame).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

SMOOTHING = 0.9  # exponential moving average of per-batch values, as TensorBoard smooths
RUN_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"]


@dataclass
class RunCurves:
    """Everything one run plotted, kept so it can be overlaid later."""

    label: str
    batch_x: list[float] = field(default_factory=list)  # fractional epochs: 2.5 = half of epoch 3
    batch_loss: list[float] = field(default_factory=list)  # smoothed as they arrive
    batch_acc: list[float] = field(default_factory=list)
    epochs: list[dict[str, float]] = field(default_factory=list)
    _ema: dict[str, float] = field(default_factory=dict)

    def add_batch(self, x: float, loss: float, accuracy: float) -> None:
        """Append one batch, smoothing incrementally (a redraw must not redo the whole run)."""
        self.batch_x.append(x)
        n = len(self.batch_x)
        for key, value, out in (("loss", loss, self.batch_loss), ("acc", accuracy, self.batch_acc)):
            avg = SMOOTHING * self._ema.get(key, 0.0) + (1 - SMOOTHING) * value
            self._ema[key] = avg
            out.append(avg / (1 - SMOOTHING ** n))  # bias correction: the start is not pulled to 0

    def column(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        rows = [r for r in self.epochs if key in r]
        return (np.array([r["epoch"] for r in rows], dtype=float),
                np.array([r[key] for r in rows], dtype=float))


class _Plot:
    """One metric's plot: batch curve, epoch curves for train and validation, overlays."""

    def __init__(self, title: str, y_label: str, key: str, legend_offset: tuple[int, int]):
        self.key = key
        self.widget = pg.PlotWidget(title=title)
        self.widget.setBackground("w")
        item = self.widget.getPlotItem()
        item.setLabel("bottom", "epoch")
        item.setLabel("left", y_label)
        item.getAxis("left").enableAutoSIPrefix(False)  # accuracy is 0.8, not "800 (x0.001)"
        item.showGrid(x=True, y=True, alpha=0.2)
        item.addLegend(offset=legend_offset)
        self.batch = item.plot([], [], name=f"{key} (batch, smoothed)",
                               pen=pg.mkPen("#9ecae1", width=1.5))
        self.batch.setDownsampling(auto=True, method="peak")
        self.batch.setClipToView(True)
        self.train = item.plot([], [], name=f"{key} (epoch)", pen=pg.mkPen("#1f77b4", width=2),
                               symbol="o", symbolSize=7, symbolBrush="#1f77b4")
        self.val = item.plot([], [], name=f"val_{key} (epoch)", pen=pg.mkPen("#ff7f0e", width=2),
                             symbol="s", symbolSize=7, symbolBrush="#ff7f0e")
        for curve in (self.train, self.val):
            curve.scatter.opts["hoverable"] = True
            curve.scatter.setToolTip("")
            curve.sigPointsHovered.connect(self._hover)
        self.overlays: list[pg.PlotDataItem] = []

    def _hover(self, curve: pg.PlotDataItem, points: list, _event: object) -> None:
        if len(points):
            p = points[0].pos()
            name = curve.name() or self.key
            self.widget.setToolTip(f"epoch {p.x():g}: {name.split(' ')[0]} = {p.y():.4f}")
        else:
            self.widget.setToolTip("")

    def show_run(self, run: RunCurves) -> None:
        values = run.batch_loss if self.key == "loss" else run.batch_acc
        n = min(len(run.batch_x), len(values))
        self.batch.setData(np.asarray(run.batch_x[:n]), np.asarray(values[:n]))
        self.train.setData(*run.column(self.key))
        self.val.setData(*run.column(f"val_{self.key}"))

    def show_overlays(self, runs: list[tuple[int, RunCurves]]) -> None:
        item = self.widget.getPlotItem()
        for curve in self.overlays:
            item.removeItem(curve)
        self.overlays = []
        for number, run in runs:
            colour = RUN_COLOURS[number % len(RUN_COLOURS)]
            for key, style in ((self.key, Qt.PenStyle.DashLine), (f"val_{self.key}", Qt.PenStyle.DotLine)):
                x, y = run.column(key)
                if len(x):
                    curve = item.plot(x, y, name=f"{run.label}: {key}",
                                      pen=pg.mkPen(colour, width=1.5, style=style))
                    self.overlays.append(curve)


class LiveCurves(QWidget):
    """Loss and accuracy side by side; the current run live, chosen earlier runs overlaid."""

    def __init__(self) -> None:
        super().__init__()
        # Legends where the curves are not: loss falls (top right is free), accuracy rises.
        self.loss_plot = _Plot("Loss", "loss", "loss", (-10, 10))
        self.acc_plot = _Plot("Accuracy", "accuracy", "accuracy", (-10, -10))
        self.acc_plot.widget.setXLink(self.loss_plot.widget)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loss_plot.widget)
        layout.addWidget(self.acc_plot.widget)
        self.current: RunCurves | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setInterval(40)  # 25 Hz redraws, however fast the batches come
        self._timer.timeout.connect(self.redraw)
        self._timer.start()

    def plots(self) -> list[pg.PlotWidget]:
        return [self.loss_plot.widget, self.acc_plot.widget]

    def begin_run(self, run: RunCurves) -> None:
        self.current = run
        self._dirty = True

    def add_batch(self, x: float, loss: float, accuracy: float) -> None:
        if self.current is not None:
            self.current.add_batch(x, loss, accuracy)
            self._dirty = True

    def add_epoch(self, row: dict[str, float]) -> None:
        if self.current is not None:
            self.current.epochs.append(row)
            self._dirty = True

    def set_overlays(self, runs: list[tuple[int, RunCurves]]) -> None:
        self.loss_plot.show_overlays(runs)
        self.acc_plot.show_overlays(runs)

    def redraw(self) -> None:
        if not self._dirty or self.current is None:
            return
        self._dirty = False
        self.loss_plot.show_run(self.current)
        self.acc_plot.show_run(self.current)
