"""Test results of a model that predicts a number: the test loss (MSE) and the mean absolute error
in words, the predictions against the true values (a point on the diagonal is exact), and how far
off they are (a histogram of predicted − true, around the line at 0)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.i18n import translate
from core.training.evaluate import Evaluation
from gui.widgets.plots import fixed_plot
from gui.widgets.theme import error_style, muted_style

POINT_COLOUR = (74, 140, 201, 150)  # the results' blue, a little transparent: dense clouds show
LINE_COLOUR = "#d2691e"  # the diagonal and the zero line, as the dashed "all classes" line
MAX_BINS = 40


def headline_label() -> QLabel:
    """The bold first line of a results view (as the classes' headline)."""
    label = QLabel()
    label.setObjectName("headline")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def outdated_label() -> QLabel:
    """The warning that the results shown are of a model that has changed since (hidden at first)."""
    label = QLabel(translate("TaskResults", "These are the results of the model as it was trained; it "
                             "has changed since. Train it to see its own."),
                   wordWrap=True, styleSheet=error_style())
    label.setObjectName("resultsOutdated")
    label.hide()
    return label


def value_range(values: np.ndarray) -> tuple[float, float]:
    """lo, hi of the finite values with 5 % room on each side (never empty)."""
    finite = values[np.isfinite(values)]
    if not len(finite):
        return 0.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    room = 0.05 * (hi - lo) if hi > lo else max(1.0, abs(lo)) * 0.05
    return lo - room, hi + room


def amount(value: float | None) -> str:
    """A loss or an error as the headline writes it: "3,102.4", "44.1", "0.0123"."""
    if value is None or not np.isfinite(value):
        return "–" if value is None else str(value)
    return f"{value:,.1f}" if abs(value) >= 100 else f"{value:.3g}"


def bin_count(n: int) -> int:
    """About √n bins, between 5 and MAX_BINS."""
    return int(np.clip(round(np.sqrt(max(n, 1))), 5, MAX_BINS))


class RegressionResults(QWidget):
    """Loss and MAE in words; predicted against true; the residuals' histogram."""

    def __init__(self) -> None:
        super().__init__()
        self.headline = headline_label()
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("maeText")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outdated = outdated_label()
        self.not_numbers = QLabel(wordWrap=True, styleSheet=error_style())
        self.not_numbers.hide()

        self.scatter_view, self.scatter_plot = fixed_plot(
            translate("TaskResults", "Predicted against true (on the line: exact)"),
            translate("TaskResults", "predicted value"))
        self.scatter_plot.setLabel("bottom", translate("TaskResults", "true value"))
        self.scatter_plot.showGrid(x=True, y=True, alpha=0.2)
        dashed = pg.mkPen(LINE_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)
        self.diagonal = pg.PlotDataItem([], [], pen=dashed)
        self.scatter = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(POINT_COLOUR))
        self.scatter_plot.addItem(self.diagonal)
        self.scatter_plot.addItem(self.scatter)

        self.residual_view, self.residual_plot = fixed_plot(
            translate("TaskResults", "How far off: predicted − true"),
            translate("TaskResults", "test samples"))
        self.residual_plot.setLabel("bottom", translate("TaskResults", "predicted − true (0: exact)"))
        self.histogram = pg.BarGraphItem(x0=[], x1=[], height=[], brush=POINT_COLOUR[:3], pen=pg.mkPen("w"))
        self.zero_line = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(LINE_COLOUR, width=1.5))
        self.residual_plot.addItem(self.histogram)
        self.residual_plot.addItem(self.zero_line)
        for view in (self.scatter_view, self.residual_view):
            view.setMinimumSize(240, 170)

        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.scatter_view, 1)
        plots.addWidget(self.residual_view, 1)
        layout = QVBoxLayout(self)  # the default margins, as the classes' panel
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.outdated)
        layout.addWidget(self.not_numbers)
        layout.addLayout(plots, 1)
        self.summary.setStyleSheet(muted_style())

    def show_evaluation(self, evaluation: Evaluation) -> None:
        true = np.asarray(evaluation.labels, dtype=np.float64).ravel()
        predicted = np.asarray(evaluation.predicted, dtype=np.float64).ravel()
        n = len(true)
        mae = evaluation.test_mae
        if mae is None and n:  # a model compiled without the mae metric: the same figure from the data
            mae = float(np.nanmean(np.abs(predicted - true)))
        self.outdated.hide()
        self.headline.setText(translate("TaskResults", "Test loss {loss} · mean absolute error (MAE) "
                                        "{mae} · {n:,} test samples").format(
            loss=amount(evaluation.test_loss), mae=amount(mae), n=n))
        self.summary.setText(translate("TaskResults", "On average the prediction is {mae} off, in the "
                                       "target's own units.").format(mae=amount(mae)))
        ok = np.isfinite(true) & np.isfinite(predicted)
        bad = int(n - ok.sum())
        self.not_numbers.setVisible(bad > 0)
        self.not_numbers.setText(translate("TaskResults", "{bad:,} of the {n:,} predictions are not numbers "
                                           "(NaN or infinite): the plots leave them out.").format(
            bad=bad, n=n))
        self._draw(true[ok], predicted[ok])

    def _draw(self, true: np.ndarray, predicted: np.ndarray) -> None:
        lo, hi = value_range(np.concatenate([true, predicted]))
        self.scatter.setData(x=true, y=predicted)
        self.diagonal.setData([lo, hi], [lo, hi])
        # The same ranges on both axes: the diagonal y = x is where a prediction is exact.
        self.scatter_plot.setRange(xRange=(lo, hi), yRange=(lo, hi), padding=0)
        residuals = predicted - true
        if len(residuals):
            reach = float(np.max(np.abs(residuals))) or 1.0
            counts, edges = np.histogram(residuals, bins=bin_count(len(residuals)), range=(-reach, reach))
        else:
            reach, counts, edges = 1.0, np.zeros(0), np.zeros(1)
        self.histogram.setOpts(x0=edges[:-1], x1=edges[1:], height=counts)
        self.residual_plot.setRange(xRange=(-1.05 * reach, 1.05 * reach),
                                    yRange=(0, 1.08 * max(1, int(counts.max(initial=0)))), padding=0)

    def histogram_counts(self) -> np.ndarray:
        """The residual histogram's bar heights, as drawn."""
        return np.asarray(self.histogram.opts["height"])

    def clear(self) -> None:
        self.headline.clear()
        self.summary.clear()
        self.outdated.hide()
        self.not_numbers.hide()
        self.scatter.setData(x=[], y=[])
        self.diagonal.setData([], [])
        self.histogram.setOpts(x0=[], x1=[], height=[])

    def set_outdated(self, outdated: bool) -> None:
        self.outdated.setVisible(outdated and bool(self.headline.text()))
