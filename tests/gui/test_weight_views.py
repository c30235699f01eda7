"""The weight views as a student reads them: the heat map's cells, colours and hover text, the bias bars,
and the histogram's counts, mean and spread — all checked against the real arrays."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from gui.inside.weight_views import MAX_BARS, BiasBars, HistogramView, MatrixHeatmap, auto_bin_count
from gui.widgets.tile_colours import NEGATIVE_RGB, POSITIVE_RGB, ZERO_RGB


def settle(qtbot, widget, view_box) -> None:
    """Let pyqtgraph finish laying out (it takes a few turns of the event loop)."""
    last = None
    for _ in range(50):
        qtbot.wait(5)
        widget.grab()
        now = view_box.sceneBoundingRect()
        if now == last:
            return
        last = now


def hover(qtbot, widget, view_box, x: float, y: float) -> None:
    """Move the real mouse over data point (x, y) of a view box."""
    qtbot.wait(15)  # pyqtgraph drops moves that come within 10 ms of the last one (mouseRateLimit)
    pos = widget.mapFromScene(view_box.mapViewToScene(QPointF(x, y)))
    qtbot.mouseMove(widget.viewport(), pos)


def colour_at(widget, view_box, x: float, y: float) -> tuple[int, int, int]:
    """The colour the user sees at data point (x, y)."""
    image = widget.grab().toImage()
    p = widget.mapFromScene(view_box.mapViewToScene(QPointF(x, y)))
    c = image.pixelColor(p.x(), p.y())
    return c.red(), c.green(), c.blue()


def close_to(colour: tuple[int, int, int], expected: tuple[int, int, int], tolerance: int = 3) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def assert_png(path, width: int, height: int) -> None:
    """A PNG that loads, of about the widget's size, with more than a few colours in it."""
    image = QImage(str(path))
    assert not image.isNull()
    assert abs(image.width() - width) <= 40 and abs(image.height() - height) <= 40
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5


# --- MatrixHeatmap ------------------------------------------------------------------------------------
@pytest.fixture
def heatmap(qtbot):
    h = MatrixHeatmap()
    qtbot.addWidget(h)
    h.resize(600, 400)
    h.show()
    qtbot.waitExposed(h)
    return h


def kernel() -> np.ndarray:
    """A non-square kernel with one full-positive and one full-negative cell, mirrored on purpose:
    drawn column-major, (2, 5) and (5, 2) would swap colours."""
    a = np.random.default_rng(1).uniform(-0.1, 0.1, size=(9, 12)).astype(np.float32)
    a[2, 5], a[5, 2], a[7, 10] = 0.5, -0.5, 0.0
    a[3, 4] = -0.0412345
    return a


def test_heatmap_shows_the_array_row_major_with_symmetric_levels(heatmap, qtbot):
    a = kernel()
    heatmap.set_array(a, "kernel (9, 12)")
    assert heatmap.array is not None and np.array_equal(heatmap.array, a)
    data = heatmap.image.image
    assert data.shape == (9, 12) and data[2, 5] == a[2, 5] and np.array_equal(data, a)
    assert tuple(heatmap.image.getLevels()) == pytest.approx((-0.5, 0.5))
    assert heatmap.colour_bar.levels() == pytest.approx((-0.5, 0.5))
    assert heatmap.title_label.text == "kernel (9, 12)"
    assert heatmap.plot.getAxis("left").labelText == "input"
    assert heatmap.plot.getAxis("bottom").labelText == "unit"
    settle(qtbot, heatmap, heatmap.plot.vb)
    # What the student sees: row 2, column 5 is the red end; row 5, column 2 the blue end; 0 is white-ish.
    assert close_to(colour_at(heatmap, heatmap.plot.vb, 5, 2), POSITIVE_RGB)
    assert close_to(colour_at(heatmap, heatmap.plot.vb, 2, 5), NEGATIVE_RGB)
    assert close_to(colour_at(heatmap, heatmap.plot.vb, 10, 7), ZERO_RGB, tolerance=8)


def test_heatmap_hover_names_the_cell_and_its_exact_value(heatmap, qtbot):
    a = kernel()
    heatmap.set_array(a, "kernel", row_label="input", col_label="unit")
    assert heatmap.text_at(3, 4) == "input 3, unit 4: -0.04123"
    assert heatmap.text_at(2, 5) == f"input 2, unit 5: {float(a[2, 5]):.4g}"
    settle(qtbot, heatmap, heatmap.plot.vb)
    hover(qtbot, heatmap, heatmap.plot.vb, 4, 3)  # x = column 4, y = row 3
    assert heatmap.hover_text == "input 3, unit 4: -0.04123"
    assert heatmap.hover_label.text == heatmap.hover_text
    hover(qtbot, heatmap, heatmap.plot.vb, 11.2, 8.3)  # the last cell, off its centre
    assert heatmap.hover_text == heatmap.text_at(8, 11)


def test_heatmap_labels_follow_the_caller(heatmap):
    heatmap.set_array(np.ones((4, 3)), "BatchNormalization", row_label="vector", col_label="channel")
    assert heatmap.text_at(1, 2) == "vector 1, channel 2: 1"
    assert heatmap.plot.getAxis("left").labelText == "vector"


def test_heatmap_takes_one_dimension_as_a_row_and_empty_arrays(heatmap, qtbot):
    heatmap.set_array(np.array([0.0, -1.0, 2.0, 3.5]), "a vector")
    assert heatmap.array.shape == (1, 4)
    assert heatmap.text_at(0, 3) == "input 0, unit 3: 3.5"
    assert tuple(heatmap.image.getLevels()) == pytest.approx((-3.5, 3.5))
    heatmap.set_array(np.zeros((0, 5)), "nothing")
    assert heatmap.array.size == 0 and "empty" in heatmap.title_label.text
    heatmap.set_array(np.zeros(0), "nothing at all")
    settle(qtbot, heatmap, heatmap.plot.vb)
    hover(qtbot, heatmap, heatmap.plot.vb, 0, 0)
    assert heatmap.hover_text == ""
    heatmap.set_array(np.zeros((3, 3)), "all zero")  # no division by zero: levels still have a range
    assert tuple(heatmap.image.getLevels()) == pytest.approx((-1, 1))


def test_heatmap_exports_a_png(heatmap, qtbot, tmp_path):
    heatmap.set_array(kernel(), "kernel")
    settle(qtbot, heatmap, heatmap.plot.vb)
    heatmap.export_png(tmp_path / "heatmap.png")
    assert_png(tmp_path / "heatmap.png", heatmap.viewport().width(), heatmap.viewport().height())


# --- BiasBars ------------------------------------------------------------------------------------------
@pytest.fixture
def bars(qtbot):
    b = BiasBars()
    qtbot.addWidget(b)
    b.resize(600, 250)
    b.show()
    qtbot.waitExposed(b)
    return b


BIAS = np.array([0.5, -0.25, 0.1234, 0.0, -0.75, 0.3], dtype=np.float32)


def test_bias_bars_are_the_values_coloured_by_sign(bars):
    bars.set_values(BIAS, "bias (6,)")
    assert np.array_equal(bars.values, BIAS) and bars.uses_bars
    pos, neg = bars.positive_bars.opts, bars.negative_bars.opts
    assert list(pos["x"]) == [0, 2, 3, 5] and np.array_equal(pos["height"], BIAS[[0, 2, 3, 5]])
    assert list(neg["x"]) == [1, 4] and np.array_equal(neg["height"], BIAS[[1, 4]])
    assert pos["brush"].color() == QColor(*POSITIVE_RGB) and neg["brush"].color() == QColor(*NEGATIVE_RGB)
    assert bars.getPlotItem().titleLabel.text == "bias (6,)"


def test_bias_bars_hover_reads_the_value(bars, qtbot):
    bars.set_values(BIAS, "bias")
    assert bars.text_at(2) == "unit 2: 0.1234"
    vb = bars.getPlotItem().vb
    settle(qtbot, bars, vb)
    hover(qtbot, bars, vb, 2.3, 0.05)
    assert bars.hover_text == "unit 2: 0.1234" and bars.hover_item.toPlainText() == "unit 2: 0.1234"
    hover(qtbot, bars, vb, 4, -0.5)
    assert bars.hover_text == "unit 4: -0.75"
    bars.set_values(BIAS, "output", index_label="class")
    assert bars.text_at(4) == "class 4: -0.75"


def test_many_values_are_drawn_and_flattened(bars):
    values = np.random.default_rng(2).normal(size=(7, 7, 64))  # a Flatten output: 3,136 values
    bars.set_values(values, "flatten")
    assert bars.values.shape == (3136,) and bars.uses_bars
    assert len(bars.positive_bars.opts["x"]) + len(bars.negative_bars.opts["x"]) == 3136
    huge = np.random.default_rng(3).normal(size=MAX_BARS + 1)
    bars.set_values(huge, "huge")
    assert not bars.uses_bars
    x, y = bars.positive_curve.getData()
    assert len(x) == MAX_BARS + 2 and np.array_equal(y, np.maximum(huge, 0))
    assert len(bars.positive_bars.opts["x"]) == 0
    bars.set_values(np.zeros(0), "nothing")
    assert bars.values.size == 0 and bars.hover_text == ""


def test_bias_bars_export_a_png(bars, qtbot, tmp_path):
    bars.set_values(BIAS, "bias")
    settle(qtbot, bars, bars.getPlotItem().vb)
    bars.export_png(tmp_path / "bars.png")
    assert_png(tmp_path / "bars.png", bars.viewport().width(), bars.viewport().height())


# --- HistogramView -------------------------------------------------------------------------------------
@pytest.fixture
def histogram(qtbot):
    h = HistogramView()
    qtbot.addWidget(h)
    h.resize(600, 400)
    h.show()
    qtbot.waitExposed(h)
    return h


def test_histogram_counts_mean_and_std_are_numpys(histogram):
    values = np.random.default_rng(4).normal(0.01, 0.05, size=(50, 40)).astype(np.float32)
    histogram.set_values(values, "kernel (50, 40)")
    flat = values.astype(np.float64).ravel()
    counts, edges = np.histogram(flat, bins=histogram.edges)
    assert np.array_equal(histogram.counts, counts) and histogram.counts.sum() == 2000
    # 2,000 values: numpy's "auto" asks for fewer than 100 bins, so the count is exactly numpy's.
    assert len(histogram.edges) == len(np.histogram_bin_edges(flat, bins="auto"))
    assert histogram.mean == pytest.approx(np.mean(flat), rel=1e-12)
    assert histogram.std == pytest.approx(np.std(flat), rel=1e-12)
    title = histogram.getPlotItem().titleLabel.text
    assert f"mean {np.mean(flat):.4g}, std {np.std(flat):.4g}, n = 2,000" in title
    assert title.startswith("kernel (50, 40)")
    assert histogram.mean_line.value() == pytest.approx(histogram.mean)
    assert sorted(line.value() for line in histogram.std_lines) == pytest.approx(
        [histogram.mean - histogram.std, histogram.mean + histogram.std])
    x, y = histogram.curve.getData()
    assert np.array_equal(x, edges) and np.array_equal(y, counts)


def test_histogram_bins_are_capped_and_never_explode():
    rng = np.random.default_rng(5)
    big = rng.standard_cauchy(200_000)  # heavy tails: "auto" would ask for thousands of bins
    assert auto_bin_count(big) == 100
    spike = np.concatenate([np.zeros(100_000), [1e6, -1e6]])  # IQR 0: falls back to Sturges
    assert 1 <= auto_bin_count(spike) <= 100
    assert auto_bin_count(np.full(10, 3.0)) == 1
    small = rng.normal(size=300)
    assert auto_bin_count(small) == len(np.histogram_bin_edges(small, bins="auto")) - 1


def test_histogram_of_nothing_and_of_a_constant(histogram):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "mean of empty slice"
        histogram.set_values(np.zeros(0), "conv has no weights")
    assert histogram.counts.size == 0 and math.isnan(histogram.mean) and math.isnan(histogram.std)
    assert histogram.getPlotItem().titleLabel.text == "conv has no weights — no values"
    assert not histogram.mean_line.isVisible()
    histogram.set_values(np.full((3, 4), 0.25), "constant")
    assert list(histogram.counts) == [12] and histogram.mean == 0.25 and histogram.std == 0.0
    assert histogram.mean_line.isVisible()


def test_histogram_exports_a_png(histogram, qtbot, tmp_path):
    histogram.set_values(np.random.default_rng(6).normal(size=1000), "values")
    settle(qtbot, histogram, histogram.getPlotItem().vb)
    histogram.export_png(tmp_path / "hist.png")
    assert_png(tmp_path / "hist.png", histogram.viewport().width(), histogram.viewport().height())
