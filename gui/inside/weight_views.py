"""A layer's real arrays, drawn with pyqtgraph: a kernel as a heat map, a bias (or an output) as bars,
and any array's values as a histogram with its mean and spread.

Every view keeps the array it shows unchanged (`array`, `values`) and answers hover with the exact
value under the mouse (`text_at`, `hover_text`), so what a student reads is the number, not a colour.
The diverging map is the one gui/widgets/image_grid.py uses: blue negative, white-ish zero, red positive.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate
from gui.widgets.image_files import export_png, picture, save_png
from gui.widgets.tile_colours import NEGATIVE_RGB, POSITIVE_RGB, diverging_colormap, value_text

TEXT_COLOUR = "#222222"
HINT = QT_TRANSLATE_NOOP("MatrixHeatmap", "hover to read a value")
# Beyond this, filled step curves instead of bars. Measured (pyqtgraph 0.14, 600×250, 2 cores): bars
# repaint as fast as two filled curves up to 5,000 values (~18 ms vs ~26 ms), so bars stay the default.
MAX_BARS = 10_000
MAX_BINS = 100


def _displayable(a: np.ndarray) -> np.ndarray:
    """The array as ImageItem can draw it: float16 and bool are widened, other dtypes pass unchanged."""
    if a.dtype == np.float16 or a.dtype == np.bool_:
        return a.astype(np.float32)
    return a


def _symmetric_level(a: np.ndarray) -> float:
    """max|a| over the finite values, or 1 when there is none (so the colour scale still has a range)."""
    finite = a[np.isfinite(a)] if a.dtype.kind == "f" else a
    m = float(np.max(np.abs(finite))) if finite.size else 0.0
    return m if m > 0 else 1.0


def auto_bin_count(values: np.ndarray, cap: int = MAX_BINS) -> int:
    """numpy's bins="auto" as a count (the smaller of the Freedman–Diaconis and Sturges widths),
    capped at `cap` and at least 1.

    Computed here rather than by np.histogram(bins="auto") because a spike of equal weights with a
    few outliers makes "auto" ask for millions of bins before any cap could apply.
    """
    n = values.size
    if n == 0:
        return 1
    lo, hi = float(values.min()), float(values.max())
    span = hi - lo
    if span <= 0:
        return 1
    sturges = span / (math.log2(n) + 1.0)
    q75, q25 = np.percentile(values, [75, 25])
    fd = 2.0 * float(q75 - q25) * n ** (-1.0 / 3.0)
    width = min(fd, sturges) if fd > 0 else sturges
    return int(min(cap, max(1, math.ceil(span / width))))


class IntegerAxis(pg.AxisItem):
    """An axis of row or column numbers: ticks only at whole numbers, never "(x0.001)"."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        levels = [(spacing, offset) for spacing, offset in super().tickSpacing(minVal, maxVal, size)
                  if spacing >= 1]
        return levels or [(1.0, 0.0)]


class MatrixHeatmap(pg.GraphicsLayoutWidget):
    """A 2-D array as a heat map: row i drawn as row i (row 0 on top), coloured blue–white–red around 0
    with symmetric levels ±max|a|, a colour bar, labelled axes and the value under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.array = np.zeros((0, 0))
        self.hover_text = ""
        self.row_label = translate("MatrixHeatmap", "input")
        self.col_label = translate("MatrixHeatmap", "unit")
        self.title_label = self.addLabel("", row=0, col=0, colspan=2, color=TEXT_COLOUR, size="11pt",
                                         bold=True)
        self.plot = self.addPlot(row=1, col=0, axisItems={"left": IntegerAxis("left"),
                                                          "bottom": IntegerAxis("bottom")})
        self.plot.invertY(True)  # row 0 at the top, as the array prints
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")  # per item: never change pyqtgraph's global config
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(values=(-1, 1), colorMap=diverging_colormap(), interactive=False,
                                          width=14, label=translate("MatrixHeatmap", "value"),
                                          colorMapMenu=False)
        self.colour_bar.setImageItem(self.image)
        self.addItem(self.colour_bar, row=1, col=1)
        self.hover_label = self.addLabel(translate("MatrixHeatmap", HINT), row=2, col=0, colspan=2,
                                         color="#555555", size="10pt")
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_array(self, a: np.ndarray, title: str, row_label: str | None = None,
                  col_label: str | None = None) -> None:
        """Show `a` (2-D; 1-D is shown as one row, more dimensions are flattened to (-1, last)); the
        axes are named row_label and col_label ("input" and "unit" when None)."""
        row_label = translate("MatrixHeatmap", "input") if row_label is None else row_label
        col_label = translate("MatrixHeatmap", "unit") if col_label is None else col_label
        a = np.asarray(a)
        if a.ndim < 2:
            a = a.reshape(1, -1)
        elif a.ndim > 2:
            a = a.reshape(-1, a.shape[-1])
        self.array = a
        self.row_label, self.col_label = row_label, col_label
        self.plot.setLabel("left", row_label)
        self.plot.setLabel("bottom", col_label)
        self.hover_text = ""
        self.hover_label.setText(translate("MatrixHeatmap", HINT))
        if a.size == 0:
            self.image.clear()
            self.title_label.setText(translate("MatrixHeatmap", "{title} — empty").format(title=title))
            return
        m = _symmetric_level(a)
        self.title_label.setText(title)
        rows, cols = a.shape
        self.image.setImage(_displayable(a), autoLevels=False, levels=(-m, m))
        # Cell (r, c) centred on (c, r): axis ticks then name cells, not the boundaries between them.
        self.image.setRect(-0.5, -0.5, cols, rows)
        self.colour_bar.setLevels((-m, m))
        self.plot.setLimits(xMin=-0.5, xMax=cols - 0.5, yMin=-0.5, yMax=rows - 0.5)  # no panning off it
        self.plot.setRange(xRange=(-0.5, cols - 0.5), yRange=(-0.5, rows - 0.5), padding=0)

    def text_at(self, row: int, col: int) -> str:
        """The hover text of cell (row, col): "input 12, unit 3: -0.0412"."""
        return f"{self.row_label} {row}, {self.col_label} {col}: {value_text(self.array[row, col])}"

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """(row, col) of the cell under a scene position, or None outside the array."""
        if self.array.size == 0 or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.plot.vb.mapSceneToView(scene_pos)
        row, col = math.floor(p.y() + 0.5), math.floor(p.x() + 0.5)  # cells are centred on integers
        if 0 <= row < self.array.shape[0] and 0 <= col < self.array.shape[1]:
            return row, col
        return None

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        self.hover_text = "" if cell is None else self.text_at(*cell)
        self.hover_label.setText(self.hover_text or translate("MatrixHeatmap", HINT))

    def export_png(self, path: str | Path) -> None:
        """Save the heat map with its title and colour bar as a PNG."""
        export_png(self.scene(), path)


class _HoverText(pg.TextItem):
    """A text pinned to the top-left corner of a ViewBox (in pixels, not data), on a light box so it
    stays readable over bars."""

    def __init__(self, view_box: pg.ViewBox) -> None:
        super().__init__("", color=TEXT_COLOUR, anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 215))
        self.setParentItem(view_box)  # child of the ViewBox itself: pixel coordinates, unaffected by zoom
        self.setPos(4, 2)
        self.setZValue(100)


class BiasBars(pg.PlotWidget):
    """A 1-D vector as bars at x = index, positive red and negative blue; hover reads "unit 7: 0.1234".

    Past MAX_BARS values two filled step curves replace the bars (the same picture; pyqtgraph draws
    up to ~10,000 bars faster than the curves' filled paths, so a Flatten output of 3,136 stays bars).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.values = np.zeros(0)
        self.hover_text = ""
        self.index_label = translate("BiasBars", "unit")
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setLabel("left", translate("BiasBars", "value"))
        item.setLabel("bottom", self.index_label)
        item.getAxis("left").enableAutoSIPrefix(False)
        item.showGrid(y=True, alpha=0.2)
        positive, negative = pg.mkBrush(POSITIVE_RGB), pg.mkBrush(NEGATIVE_RGB)
        # A 1-pixel (cosmetic) outline in the bar's own colour: with 3,000 bars in 500 pixels a bar is
        # narrower than a pixel, and without it most of them would not be drawn at all.
        self.positive_bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=positive,
                                             pen=pg.mkPen(POSITIVE_RGB, width=0))
        self.negative_bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=negative,
                                             pen=pg.mkPen(NEGATIVE_RGB, width=0))
        self.positive_curve = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=positive,
                                              pen=pg.mkPen(POSITIVE_RGB))
        self.negative_curve = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=negative,
                                              pen=pg.mkPen(NEGATIVE_RGB))
        for shape in (self.positive_bars, self.negative_bars, self.positive_curve, self.negative_curve):
            item.addItem(shape)
        item.addLine(y=0, pen=pg.mkPen("#888888"))
        self.hover_item = _HoverText(item.vb)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    @property
    def uses_bars(self) -> bool:
        """True while the values are drawn as bars (at most MAX_BARS of them), False for step curves."""
        return self.values.size <= MAX_BARS

    def set_values(self, values: np.ndarray, title: str, index_label: str | None = None) -> None:
        """Show `values` (flattened) as bars, x = index; `index_label` names an index ("unit", "class";
        "unit" when None)."""
        index_label = translate("BiasBars", "unit") if index_label is None else index_label
        v = np.asarray(values).reshape(-1)
        self.values, self.index_label = v, index_label
        n = v.size
        item = self.getPlotItem()
        item.setTitle(title, color=TEXT_COLOUR)
        item.setLabel("bottom", index_label)
        x = np.arange(n)
        bars = self.uses_bars
        positive = v >= 0
        self.positive_bars.setOpts(x=x[positive] if bars else [], height=v[positive] if bars else [])
        self.negative_bars.setOpts(x=x[~positive] if bars else [], height=v[~positive] if bars else [])
        if bars:
            self.positive_curve.setData([], [])
            self.negative_curve.setData([], [])
        else:
            edges = np.arange(n + 1) - 0.5  # step i spans [i - 0.5, i + 0.5], as a bar would
            self.positive_curve.setData(edges, np.maximum(v, 0))
            self.negative_curve.setData(edges, np.minimum(v, 0))
        self.hover_text = ""
        self.hover_item.setText("")
        if n:
            finite = v[np.isfinite(v)] if v.dtype.kind == "f" else v
            lo = min(0.0, float(finite.min())) if finite.size else 0.0
            hi = max(0.0, float(finite.max())) if finite.size else 1.0
            item.setRange(xRange=(-0.5, n - 0.5), yRange=(lo, hi if hi > lo else lo + 1), padding=0.05)

    def text_at(self, i: int) -> str:
        """The hover text of value i: "unit 7: 0.1234"."""
        return f"{self.index_label} {i}: {value_text(self.values[i])}"

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The index whose bar spans the x of a scene position, or None outside the plot or the data."""
        vb = self.getPlotItem().vb
        if self.values.size == 0 or not vb.sceneBoundingRect().contains(scene_pos):
            return None
        i = math.floor(vb.mapSceneToView(scene_pos).x() + 0.5)
        return i if 0 <= i < self.values.size else None

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        i = self.index_at(scene_pos)
        self.hover_text = "" if i is None else self.text_at(i)
        self.hover_item.setText(self.hover_text)

    def picture(self) -> QImage:
        """The plot (title, axes, bars; not the transient hover text) as an image."""
        self.hover_item.hide()
        try:
            return picture(self.getPlotItem())
        finally:
            self.hover_item.show()

    def export_png(self, path: str | Path) -> None:
        """Save picture() as a PNG."""
        save_png(self.picture(), path)


class HistogramView(pg.PlotWidget):
    """A histogram of all values of an array, with lines at the mean and mean ± std, and a title
    that says "mean …, std …, n = …"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.counts = np.zeros(0, dtype=np.int64)
        self.edges = np.zeros(0)
        self.mean = math.nan
        self.std = math.nan
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setLabel("left", translate("HistogramView", "count"))
        item.setLabel("bottom", translate("HistogramView", "value"))
        item.getAxis("bottom").enableAutoSIPrefix(False)  # weights are 0.03, not "30 (×0.001)"
        item.getAxis("left").enableAutoSIPrefix(False)
        self.curve = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=pg.mkBrush(120, 150, 200, 170),
                                     pen=pg.mkPen(60, 90, 150))
        item.addItem(self.curve)
        mean_pen = pg.mkPen("#d2691e", width=2)
        std_pen = pg.mkPen("#d2691e", width=1.5, style=Qt.PenStyle.DashLine)
        self.mean_line = pg.InfiniteLine(angle=90, pen=mean_pen, movable=False)
        self.std_lines = [pg.InfiniteLine(angle=90, pen=std_pen, movable=False) for _ in range(2)]
        for line in (self.mean_line, *self.std_lines):
            item.addItem(line, ignoreBounds=True)  # the range follows the bars, not the lines
        legend = item.addLegend(offset=(-8, 8), labelTextColor=TEXT_COLOUR,
                                brush=pg.mkBrush(255, 255, 255, 200))
        legend.addItem(pg.PlotDataItem(pen=mean_pen), translate("HistogramView", "mean"))
        legend.addItem(pg.PlotDataItem(pen=std_pen), translate("HistogramView", "mean ± std"))
        self.legend = legend

    def set_values(self, values: np.ndarray, title: str) -> None:
        """Show the histogram of all of `values` (flattened; non-finite values are left out and said so)."""
        v = np.asarray(values, dtype=np.float64).reshape(-1)
        finite = v[np.isfinite(v)]
        left_out = v.size - finite.size
        item = self.getPlotItem()
        if finite.size == 0:
            self.counts, self.edges = np.zeros(0, dtype=np.int64), np.zeros(0)
            self.mean = self.std = math.nan
            self.curve.setData([], [])
            for line in (self.mean_line, *self.std_lines):
                line.hide()
            self.legend.hide()
            item.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            text = (translate("HistogramView", "{title} — no values ({left_out} non-finite left out)")
                    if left_out else translate("HistogramView", "{title} — no values"))
            item.setTitle(text.format(title=title, left_out=f"{left_out:,}"), color=TEXT_COLOUR)
            return
        self.counts, self.edges = np.histogram(finite, bins=auto_bin_count(finite))
        self.mean, self.std = float(np.mean(finite)), float(np.std(finite))
        self.curve.setData(self.edges, self.counts)
        self.mean_line.setValue(self.mean)
        self.std_lines[0].setValue(self.mean - self.std)
        self.std_lines[1].setValue(self.mean + self.std)
        for line in (self.mean_line, *self.std_lines):
            line.show()
        self.legend.show()
        text = (translate("HistogramView", "{title} — mean {mean}, std {std}, n = {n} ({left_out} non-finite "
                          "left out)") if left_out else
                translate("HistogramView", "{title} — mean {mean}, std {std}, n = {n}"))
        item.setTitle(text.format(title=title, mean=f"{self.mean:.4g}", std=f"{self.std:.4g}",
                                  n=f"{finite.size:,}", left_out=f"{left_out:,}"), color=TEXT_COLOUR)
        item.setRange(xRange=(self.edges[0], self.edges[-1]), yRange=(0, max(1, int(self.counts.max()))),
                      padding=0.04)

    def picture(self) -> QImage:
        """The histogram with its title and lines as an image."""
        return picture(self.getPlotItem())

    def export_png(self, path: str | Path) -> None:
        """Save picture() as a PNG."""
        save_png(self.picture(), path)
