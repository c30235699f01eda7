"""The probability bars as a student reads them while drawing: bar lengths, the highlighted top class,
the headline, class names on the axis, the true label's mark, the empty state and the tooltips."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from gui.draw.probability_bars import BAR_COLOUR, EMPTY_TEXT, TOP_COLOUR, ProbabilityBars

FASHION = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
           "Ankle boot"]
SEVEN = np.array([0.001, 0.002, 0.004, 0.003, 0.001, 0.002, 0.0, 0.983, 0.001, 0.003])


@pytest.fixture
def bars(qtbot):
    b = ProbabilityBars()
    qtbot.addWidget(b)
    b.resize(380, 420)
    b.show()
    qtbot.waitExposed(b)
    return b


def settle(qtbot, bars: ProbabilityBars) -> None:
    """Let the plot reach its size (pyqtgraph lays out over a few turns of the event loop)."""
    last = None
    for _ in range(50):
        qtbot.wait(5)
        bars.grab()
        now = (bars.plot.vb.sceneBoundingRect(), bars.plot.getAxis("left").geometry())
        if now == last:
            return
        last = now


def colour_at(bars: ProbabilityBars, x: float, row: float) -> QColor:
    """The colour the user sees at data point (x %, row) of the plot."""
    image = bars.view.grab().toImage()
    p = bars.view.mapFromScene(bars.plot.vb.mapViewToScene(QPointF(x, row)))
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(p.x() * ratio), round(p.y() * ratio))


def test_bars_are_the_percentages_and_the_headline_names_the_top_class(bars, qtbot):
    bars.set_probabilities(SEVEN)
    assert bars.bar_widths() == pytest.approx(100 * SEVEN)
    assert bars.top() == (7, pytest.approx(0.983))
    assert bars.headline_text() == "7 — 98.3 %"
    assert bars.row_texts()[7] == "98.3 %" and bars.row_texts()[6] == "0.0 %"
    settle(qtbot, bars)
    assert colour_at(bars, 60, 7).name() == TOP_COLOUR.lower()  # the long bar, in the highlight colour
    assert colour_at(bars, 60, 3).name() == "#ffffff"  # a 0.3 % bar does not reach 60 %


def test_the_highlight_moves_to_the_new_top_class(bars, qtbot):
    bars.set_probabilities(SEVEN)
    p = np.full(10, 0.02)
    p[2] = 0.55
    p[7] = 0.27
    bars.set_probabilities(p)
    assert bars.top() == (2, pytest.approx(0.55)) and bars.headline_text() == "2 — 55.0 %"
    colours = bars.bar_colours()
    assert colours[2] == TOP_COLOUR.lower()
    assert all(c == BAR_COLOUR.lower() for i, c in enumerate(colours) if i != 2)
    settle(qtbot, bars)
    assert colour_at(bars, 10, 2).name() == TOP_COLOUR.lower()
    assert colour_at(bars, 10, 7).name() == BAR_COLOUR.lower()


def test_the_percentage_is_written_after_a_short_bar_inside_a_long_one(bars, qtbot):
    p = np.zeros(10)
    p[0], p[1], p[2] = 0.70, 0.25, 0.05
    bars.set_probabilities(p)
    settle(qtbot, bars)
    image = bars.view.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    vb = bars.plot.vb

    def dark_pixels(x0: float, x1: float, row: int) -> int:
        a = bars.view.mapFromScene(vb.mapViewToScene(QPointF(x0, row - 0.3)))
        b = bars.view.mapFromScene(vb.mapViewToScene(QPointF(x1, row + 0.3)))
        return sum(image.pixelColor(x, y).value() < 100 for x in range(a.x(), b.x())
                   for y in range(a.y(), b.y()))

    assert dark_pixels(45, 69, 0) > 20 and dark_pixels(71, 100, 0) == 0  # "70.0 %" inside its bar
    assert dark_pixels(26, 45, 1) > 20 and dark_pixels(60, 95, 1) == 0  # "25.0 %" after the 25 % bar
    # The axis ends at 100 %: it never offers 125 % of probability.
    assert vb.viewRange()[0][1] <= 103
    assert max(v for v, _t in bars.plot.getAxis("bottom")._tickLevels[0]) == 100


def test_a_certain_answer_keeps_its_percentage_in_view(bars, qtbot):
    p = np.zeros(10)
    p[3] = 1.0
    bars.set_probabilities(p)
    settle(qtbot, bars)
    vb = bars.plot.vb
    view = vb.sceneBoundingRect()
    transform = bars.row_items.deviceTransform(vb.scene().views()[0].viewportTransform())
    origin, metrics = bars.row_items.text_origins(transform)[3]
    right = origin.x() + metrics.horizontalAdvance("100.0 %")
    plot_right = bars.view.mapFromScene(view.topRight()).x()
    assert right <= plot_right  # "100.0 %" inside the bar, not cut at the plot's edge


def test_class_names_are_on_the_left_axis_in_order_long_ones_shortened(bars, qtbot):
    assert bars.axis_names() == [str(i) for i in range(10)]
    names = [*FASHION[:9], "A very long class name indeed"]
    bars.set_class_names(names)
    shown = bars.axis_names()
    assert shown[:9] == FASHION[:9]
    assert shown[9].endswith("…") and len(shown[9]) < 20 and names[9].startswith(shown[9][:-1])
    p = np.full(10, 0.01)
    p[9] = 0.91
    bars.set_probabilities(p)
    assert bars.headline_text() == "A very long class name inde… — 91.0 %"
    assert "A very long class name indeed" in bars.headline.toolTip()
    assert bars.tooltip_for_row(9) == "A very long class name indeed: 91.00 %"
    settle(qtbot, bars)
    axis = bars.plot.getAxis("left")
    assert axis.width() > 60  # wide enough for "T-shirt/top"
    bars.set_class_names([str(i) for i in range(10)])
    settle(qtbot, bars)
    assert axis.width() < 40  # and narrow again for digits: the bars get the room


@pytest.mark.parametrize("k", [2, 20])
def test_any_number_of_classes_from_2_to_20(bars, k):
    bars.set_class_names([f"class {i}" for i in range(k)])
    p = np.arange(1, k + 1, dtype=float)
    bars.set_probabilities(p / p.sum())
    assert bars.top()[0] == k - 1 and len(bars.bar_widths()) == k and len(bars.axis_names()) == k


def test_too_few_or_too_many_classes_are_refused(bars):
    with pytest.raises(ValueError, match="1 classes"):
        bars.set_class_names(["only"])
    with pytest.raises(ValueError, match="21 classes"):
        bars.set_class_names([str(i) for i in range(21)])


def test_clear_shows_the_message_and_no_top_class(bars):
    assert bars.top() is None and bars.headline_text() == EMPTY_TEXT
    bars.set_probabilities(SEVEN)
    bars.clear("Train or load a model first")
    assert bars.top() is None and bars.headline_text() == "Train or load a model first"
    assert (bars.bar_widths() == 0).all() and all(t == "" for t in bars.row_texts())
    bars.clear()
    assert bars.headline_text() == EMPTY_TEXT


def test_wrong_length_probabilities_say_what_is_wrong(bars):
    with pytest.raises(ValueError, match="9 probabilities for 10 classes"):
        bars.set_probabilities(np.full(9, 1 / 9))
    bars.set_class_names(FASHION[:3])
    with pytest.raises(ValueError, match="10 probabilities for 3 classes"):
        bars.set_probabilities(SEVEN)
    with pytest.raises(ValueError, match="NaN"):
        bars.set_probabilities([0.5, np.nan, 0.5])
    assert bars.top() is None  # nothing half-shown


def test_hovering_a_bar_tells_its_exact_probability(bars, qtbot):
    bars.set_class_names(FASHION)
    p = np.full(10, 0.01)
    p[3], p[5] = 0.1234, 0.7866
    bars.set_probabilities(p)
    settle(qtbot, bars)
    scene = bars.plot.vb.mapViewToScene(QPointF(5, 3))
    qtbot.mouseMove(bars.view.viewport(), bars.view.mapFromScene(scene))
    qtbot.waitUntil(lambda: bars.view.toolTip() != "", timeout=2000)
    assert bars.view.toolTip() == "Dress: 12.34 %"


def test_the_true_label_marks_its_row(bars, qtbot):
    bars.set_probabilities(SEVEN)
    bars.set_true_label(3)
    assert bars.true_label.isVisible() and bars.true_label.text() == "True label: 3 — the model is wrong"
    assert bars.axis_names()[3] == "✓ 3" and bars.axis_names()[7] == "7"
    settle(qtbot, bars)
    assert colour_at(bars, 101.5, 3).name() != "#ffffff"  # the row is tinted to its end
    assert colour_at(bars, 101.5, 4).name() == "#ffffff"
    bars.set_true_label(7)
    assert bars.true_label.text() == "True label: 7 — the model is right"
    settle(qtbot, bars)
    assert colour_at(bars, 101.5, 3).name() == "#ffffff"  # the mark moved
    assert colour_at(bars, 60, 7.42).name() != "#ffffff"  # above the bar's edge, inside the row's tint
    bars.set_true_label(None)
    assert not bars.true_label.isVisible() and bars.axis_names()[7] == "7"
    settle(qtbot, bars)
    assert colour_at(bars, 60, 7.42).name() == "#ffffff"
    with pytest.raises(ValueError):
        bars.set_true_label(10)


def test_updates_reuse_the_plot_items(bars):
    bars.set_probabilities(SEVEN)
    before = list(bars.plot.items)
    rng = np.random.default_rng(0)
    for _ in range(50):
        bars.set_probabilities(rng.dirichlet(np.ones(10)))
    assert bars.plot.items == before
