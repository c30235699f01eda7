"""Live learning curves: loss and accuracy per batch (smoothed) and per epoch, with earlier runs.

Batches arrive far faster than a screen refreshes, so slots only append to arrays
and a timer pushes them into pyqtgraph, one plot per tick (each plot at most 25 times a second):
a plot whose axes change re-renders their text (5-15 ms), and the two plots painted in one pass
were the window's longest pauses while training (35-60 ms, issue 15). While a run
trains, the axes hold still: x spans the planned epochs and y changes only when the curves
leave it. Auto-ranging every frame re-laid out and re-painted both axes 25 times a second,
and that painting (holding the GIL) slowed training itself by half on a 2-core laptop.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QWidget

from core.i18n import translate

REDRAW_MIN_MS = 20  # one plot per tick: each plot at most 25 redraws a second, however fast batches come
REDRAW_MAX_MS = 250  # each plot at least 2 a second: the curves stay live on a slow laptop
REDRAW_SHARE = 0.03  # redraws may take at most 3 % of the GUI thread's time while training
SMOOTHING = 0.9  # exponential moving average of per-batch values, as TensorBoard smooths
RUN_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"]


def curve_metric(keys: object) -> str:
    """The figure the second plot shows for logs with these keys: accuracy for a classifier, mae
    for a number to predict, else the first output's accuracy or mae (a model with several
    outputs); "accuracy" when there is none."""
    names = [k for k in keys if isinstance(k, str) and not k.startswith(("val_", "batch_"))]  # type: ignore[attr-defined]
    for wanted in ("accuracy", "mae"):
        if wanted in names:
            return wanted
    for suffix in ("_accuracy", "_mae"):
        found = next((k for k in names if k.endswith(suffix)), None)
        if found:
            return found
    return "accuracy"


def epoch_extras(row_keys: object, key: str) -> list[str]:
    """Each output's own figures of the kind a plot shows (main_output_loss, aux_output_loss on the
    loss plot; main_output_accuracy, … on the metric plot), drawn as extra epoch curves."""
    kind = "loss" if key == "loss" else key.rsplit("_", 1)[-1]
    return [k for k in row_keys if isinstance(k, str) and not k.startswith("val_")  # type: ignore[attr-defined]
            and k != key and k.endswith("_" + kind)]


@dataclass
class RunCurves:
    """Everything one run plotted, kept so it can be overlaid later."""

    label: str
    batch_x: list[float] = field(default_factory=list)  # fractional epochs: 2.5 = half of epoch 3
    batch_loss: list[float] = field(default_factory=list)  # smoothed as they arrive
    batch_acc: list[float] = field(default_factory=list)  # the second plot's figure (metric), smoothed
    epochs: list[dict[str, float]] = field(default_factory=list)
    _ema: dict[str, float] = field(default_factory=dict)
    metric: str = "accuracy"  # what batch_acc holds: accuracy, mae, main_output_accuracy, …

    def add_batch(self, x: float, loss: float, accuracy: float) -> None:
        """Append one batch, smoothing incrementally (a redraw must not redo the whole run)."""
        self.batch_x.append(x)
        n = len(self.batch_x)
        for key, value, out in (("loss", loss, self.batch_loss), ("acc", accuracy, self.batch_acc)):
            avg = SMOOTHING * self._ema.get(key, 0.0) + (1 - SMOOTHING) * value
            self._ema[key] = avg
            out.append(avg / (1 - SMOOTHING ** n))  # bias correction: the start is not pulled to 0

    def column(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """An epoch-end value per epoch, at x = the epochs done (a partial epoch where it stopped)."""
        rows = [r for r in self.epochs if key in r]
        return (np.array([r["epoch"] - 1 + r.get("partial", 1.0) for r in rows], dtype=float),
                np.array([r[key] for r in rows], dtype=float))


class _TimedPlotWidget(pg.PlotWidget):
    """A PlotWidget that adds the time its paints take to `painting_ms` (the redraw budget)."""

    painting_ms = 0.0

    def paintEvent(self, event: object) -> None:
        t = time.perf_counter()
        super().paintEvent(event)
        self.painting_ms += 1000 * (time.perf_counter() - t)


class _Plot:
    """One metric's plot: batch curve, epoch curves for train and validation, overlays."""

    def __init__(self, title: str, y_label: str, key: str, legend_offset: tuple[int, int]):
        self.key = key
        self.widget = _TimedPlotWidget(title=title)
        self.widget.setBackground("w")
        item = self.widget.getPlotItem()
        item.setLabel("bottom", translate("_Plot", "epoch"))
        item.setLabel("left", y_label)  # the metric's key (loss, accuracy), as Keras names it
        item.getAxis("left").enableAutoSIPrefix(False)  # accuracy is 0.8, not "800 (x0.001)"
        item.showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            # Axes (tick text and grid) change only with the range: paint them from a cached pixmap
            # instead of re-rendering their text every frame (see the module's note).
            item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.addLegend(offset=legend_offset)
        # A 1-pixel pen: wider pens make Qt's raster engine stroke thousands of points slowly.
        self.batch = item.plot([], [], name=translate("_Plot", "{key} (batch, smoothed)").format(key=key),
                               pen=pg.mkPen("#6baed6", width=1))
        self.batch.setDownsampling(auto=True, method="peak")
        self.batch.setClipToView(True)
        self.train = item.plot([], [], name=translate("_Plot", "{key} (epoch)").format(key=key),
                               pen=pg.mkPen("#1f77b4", width=2), symbol="o", symbolSize=7,
                               symbolBrush="#1f77b4")
        self.val = item.plot([], [], name=translate("_Plot", "{key} (epoch)").format(key=f"val_{key}"),
                             pen=pg.mkPen("#ff7f0e", width=2), symbol="s", symbolSize=7,
                             symbolBrush="#ff7f0e")
        for curve in (self.train, self.val):
            curve.scatter.opts["hoverable"] = True
            curve.scatter.setToolTip("")
            curve.sigPointsHovered.connect(self._hover)
        self.overlays: list[pg.PlotDataItem] = []
        self.extras: dict[str, pg.PlotDataItem] = {}  # each output's own epoch curve, by key
        self._item = item
        self._shown: RunCurves | None = None

    def set_key(self, key: str, title: str) -> None:
        """Show another figure (mae instead of accuracy, an output's own): the title, the y label and
        the batch and epoch curves' names follow."""
        if key == self.key:
            return
        self.key = key
        item = self._item
        item.setTitle(title)
        item.setLabel("left", key)
        legend = item.legend
        for curve, name in ((self.batch, translate("_Plot", "{key} (batch, smoothed)").format(key=key)),
                            (self.train, translate("_Plot", "{key} (epoch)").format(key=key)),
                            (self.val, translate("_Plot", "{key} (epoch)").format(key=f"val_{key}"))):
            curve.opts["name"] = name
            if legend is not None:
                legend.removeItem(curve)
                legend.addItem(curve, name)
        self._clear_extras()

    def _clear_extras(self) -> None:
        for curve in self.extras.values():
            self._item.removeItem(curve)
        self.extras = {}

    def _show_extras(self, run: RunCurves) -> None:
        keys = epoch_extras(run.epochs[-1].keys(), self.key) if run.epochs else []
        if list(self.extras) != keys:
            self._clear_extras()
            for k, key in enumerate(keys):
                colour = RUN_COLOURS[(k + 2) % len(RUN_COLOURS)]
                name = translate("_Plot", "{key} (epoch)").format(key=key)
                self.extras[key] = self._item.plot([], [], name=name, pen=pg.mkPen(colour, width=1.5),
                                                   symbol="t", symbolSize=6, symbolBrush=colour)
        for key, curve in self.extras.items():
            curve.setData(*run.column(key))

    def _hover(self, curve: pg.PlotDataItem, points: list, _event: object) -> None:
        if len(points):
            p = points[0].pos()
            # the scatter of self.train or self.val; its key, not its (translated) legend name
            name = f"val_{self.key}" if curve is self.val.scatter or curve is self.val else self.key
            self.widget.setToolTip(translate("_Plot", "epoch {epoch:g}: {name} = {value:.4f}").format(
                epoch=p.x(), name=name, value=p.y()))
        else:
            self.widget.setToolTip("")

    def hold_axes(self, x_end: float | None) -> None:
        """x from 0 to x_end, y only as the data needs (None: automatic ranges again)."""
        item = self.widget.getPlotItem()
        if x_end is None:
            item.enableAutoRange()
            return
        item.disableAutoRange()
        item.setXRange(0, x_end, padding=0.02)
        self._y_range: tuple[float, float] | None = None

    def show_run(self, run: RunCurves) -> None:
        values = run.batch_loss if self.key == "loss" else run.batch_acc
        n = min(len(run.batch_x), len(values))
        batch_y = np.asarray(values[:n])
        self.batch.setData(np.asarray(run.batch_x[:n]), batch_y)
        train, val = run.column(self.key), run.column(f"val_{self.key}")
        if len(train[0]) != len(self.train.xData if self.train.xData is not None else ()) or \
                len(val[0]) != len(self.val.xData if self.val.xData is not None else ()) or \
                self._shown is not run:  # epoch points change once an epoch: rebuild them only then
            self.train.setData(*train)
            self.val.setData(*val)
            self._show_extras(run)
            self._shown = run
        item = self.widget.getPlotItem()
        if item.getViewBox().autoRangeEnabled()[1]:
            return
        ys = np.concatenate([batch_y, train[1], val[1]])
        ys = ys[np.isfinite(ys)]
        if not len(ys):
            return
        lo, hi = float(ys.min()), float(ys.max())
        held = getattr(self, "_y_range", None)
        if held is None or lo < held[0] or hi > held[1]:  # grow with margin: a few re-layouts a run
            pad = 0.1 * max(hi - lo, 1e-3)
            self._y_range = (lo - pad, hi + pad)
            item.setYRange(*self._y_range, padding=0)

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
        self.loss_plot = _Plot(translate("LiveCurves", "Loss"), "loss", "loss", (-10, 10))
        self.acc_plot = _Plot(translate("LiveCurves", "Accuracy"), "accuracy", "accuracy", (-10, -10))
        self.acc_plot.widget.setXLink(self.loss_plot.widget)
        self.setMinimumHeight(150)  # no splitter squeezes the curves out of sight
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loss_plot.widget)
        layout.addWidget(self.acc_plot.widget)
        self.current: RunCurves | None = None
        self._dirty: list[_Plot] = []  # the plots that have not shown the latest data, in turn order
        self._holds: dict[_Plot, float] = {}  # plot -> the x range it takes on its next turn
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MIN_MS)
        self._timer.timeout.connect(self._redraw_next)
        self._timer.start()
        self._cost_ms = 0.0  # what one plot's redraw costs the GUI thread (smoothed), painting included

    def plots(self) -> list[pg.PlotWidget]:
        return [self.loss_plot.widget, self.acc_plot.widget]

    def begin_run(self, run: RunCurves) -> None:
        self.current = run
        self.set_metric(run.metric)
        self._mark_dirty()

    def set_metric(self, key: str) -> None:
        """What the second plot shows: accuracy, mae, or an output's own (its title says which)."""
        title = translate("LiveCurves", "Accuracy") if key == "accuracy" else \
            translate("LiveCurves", "Mean absolute error") if key == "mae" else key
        self.acc_plot.set_key(key, title)
        if self.current is not None:
            self.current.metric = key

    def _mark_dirty(self) -> None:
        for plot in (self.loss_plot, self.acc_plot):
            if plot not in self._dirty:
                self._dirty.append(plot)

    def hold_axes(self, x_end: float | None) -> None:
        """While a run trains: x fixed to 0..x_end (the planned last epoch); None when it ends.

        Each plot takes the held range on its own turn of the redraw timer, the accuracy plot's x
        unlinked from the loss plot's meanwhile: both re-rendering their axes in one paint pass
        (with the rest of the window's change at the press) paused the window for 35-70 ms as
        Train was pressed."""
        if x_end is None:
            self.redraw()
            self._holds = {}
            self.acc_plot.widget.setXLink(self.loss_plot.widget)
            for plot in (self.loss_plot, self.acc_plot):
                plot.hold_axes(None)
            return
        # Frozen first: unlinked, an auto-ranging view would recompute its range at the next paint.
        self.acc_plot.widget.getPlotItem().disableAutoRange()
        self.acc_plot.widget.setXLink(None)
        self.loss_plot.widget.getPlotItem().disableAutoRange()
        self._holds = {plot: x_end for plot in (self.loss_plot, self.acc_plot)}
        self._mark_dirty()

    def add_batch(self, x: float, loss: float, accuracy: float) -> None:
        if self.current is not None:
            self.current.add_batch(x, loss, accuracy)
            self._mark_dirty()

    def add_epoch(self, row: dict[str, float]) -> None:
        if self.current is not None:
            self.current.epochs.append(row)
            self._mark_dirty()

    def set_overlays(self, runs: list[tuple[int, RunCurves]]) -> None:
        self.loss_plot.show_overlays(runs)
        self.acc_plot.show_overlays(runs)

    def redraw(self) -> None:
        """Show the current run's data in both plots now."""
        while self._dirty and self.current is not None:
            self._redraw_next()

    def _redraw_next(self) -> None:
        """The timer's tick: the plot whose turn it is shows the latest data."""
        plots = (self.loss_plot.widget, self.acc_plot.widget)
        painted = sum(p.painting_ms for p in plots)  # the paints that followed the last tick
        for p in plots:
            p.painting_ms = 0.0
        if not self._dirty or self.current is None:
            return
        plot = self._dirty.pop(0)
        t = time.perf_counter()
        if plot in self._holds:
            plot.hold_axes(self._holds.pop(plot))
        plot.show_run(self.current)
        cost = 1000 * (time.perf_counter() - t) + painted
        self._cost_ms = cost if not self._cost_ms else 0.8 * self._cost_ms + 0.2 * cost
        # Every millisecond here is taken from training on a 2-core laptop: keep redraws a small share.
        interval = min(REDRAW_MAX_MS, max(REDRAW_MIN_MS, self._cost_ms / REDRAW_SHARE))
        self._timer.setInterval(int(interval))
