"""What the model thinks of a drawing: one horizontal bar per class (class 0 on top), its percentage
written after it, the top class highlighted and named in a large headline ("7 — 98.3 %").

Updated up to 60 times a second while the student draws, so an update only changes existing items:
one BarGraphItem for the bars and one item that paints every row's percentage (ten pyqtgraph
TextItems cost ~5 ms an update: each is a text document laid out again), nothing is created.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate
from gui.widgets.plots import fixed_plot
from gui.widgets.text import shorten
from gui.widgets.theme import muted_style

EMPTY_TEXT = QT_TRANSLATE_NOOP("ProbabilityBars", "Draw a digit to see what the model thinks")
DIGITS = [str(i) for i in range(10)]
BAR_COLOUR, TOP_COLOUR, TRUE_COLOUR = "#9dbfe0", "#d2691e", "#1a8c3a"
NAME_WIDTH = 14  # characters of a class name on the axis (the tooltip has all of it)
HEADLINE_WIDTH = 28
X_MAX = 103  # the axis ends at 100 %, a bar of 100 % keeps its end in view
INSIDE_FROM = 50  # a bar of this many percent or more has its value written inside, at its end
MIN_CLASSES, MAX_CLASSES = 2, 20


def percent_text(p: float) -> str:
    return f"{100 * p:.1f} %"


class RowTexts(pg.GraphicsObject):
    """The text after each bar, painted in screen pixels at (x, row) of the plot: one cheap item."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.x = np.zeros(0)
        self.bold_row = -1
        self.font = QFont()
        self.bold_font = QFont()
        self.bold_font.setBold(True)
        self._rect = QRectF(0, -0.5, X_MAX, 1)

    def set_rows(self, texts: list[str], x: np.ndarray, bold_row: int) -> None:
        rect = QRectF(0, -0.5, X_MAX, max(1, len(texts)))
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.texts, self.x, self.bold_row = texts, x, bold_row
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def text_origins(self, transform: QTransform) -> list[tuple[QPointF, QFontMetricsF] | None]:
        """Where each row's text starts in view pixels (transform maps data to them): after a short
        bar, inside a long one (ending 5 px before its end); None for a row without text."""
        out: list[tuple[QPointF, QFontMetricsF] | None] = []
        for i, text in enumerate(self.texts):
            if not text:
                out.append(None)
                continue
            metrics = QFontMetricsF(self.bold_font if i == self.bold_row else self.font)
            end = transform.map(QPointF(float(self.x[i]), float(i)))
            x = end.x() - 5 - metrics.horizontalAdvance(text) if self.x[i] >= INSIDE_FROM else end.x() + 5
            out.append((QPointF(x, end.y() + (metrics.ascent() - metrics.descent()) / 2), metrics))
        return out

    def paint(self, painter: QPainter, *args) -> None:
        transform = painter.transform()  # data -> view pixels
        painter.save()
        painter.resetTransform()
        painter.setPen(QColor("black"))
        for i, place in enumerate(self.text_origins(transform)):
            if place is not None:
                painter.setFont(self.bold_font if i == self.bold_row else self.font)
                painter.drawText(place[0], self.texts[i])
        painter.restore()


class ProbabilityBars(QWidget):
    """Class probabilities as horizontal bars with a headline; see the module's docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._p: np.ndarray | None = None
        self._top: tuple[int, float] | None = None
        self._true: int | None = None
        self._mode = ""  # what the headline shows: "result" or "message"

        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setAccessibleName(translate("ProbabilityBars", "Prediction"))
        self._result_font = QFont(self.headline.font())
        self._result_font.setPointSizeF(self._result_font.pointSizeF() * 1.8)
        self._result_font.setBold(True)
        self._message_font = QFont(self.headline.font())
        self._message_font.setPointSizeF(self._message_font.pointSizeF() * 1.1)
        # As tall as a result, so that the plot does not jump between the message and the first result.
        self.headline.setMinimumHeight(QFontMetrics(self._result_font).height() + 4)
        self.true_label = QLabel()
        self.true_label.setObjectName("true_label")
        self.true_label.setVisible(False)

        self.view, plot = fixed_plot()
        self.plot = plot
        self.view.setAccessibleName(translate("ProbabilityBars", "Class probabilities"))
        self.view.setAccessibleDescription(
            translate("ProbabilityBars", "One bar per class: how probable the model finds it, in percent."))
        self.view.setMinimumSize(220, 160)
        for side in ("left", "bottom"):
            # The axes never move: paint them from a cached pixmap, not their text every update.
            plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.setLabel("bottom", translate("ProbabilityBars", "probability (%)"))
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 101, 25)]])
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=20)  # "100" by the axis's end is drawn
        plot.getAxis("left").setStyle(tickLength=0)
        plot.invertY(True)  # class 0 on top
        plot.showGrid(x=True, alpha=0.2)
        self._brush = QBrush(QColor(BAR_COLOUR))
        self._top_brush = QBrush(QColor(TOP_COLOUR))
        self.bars = pg.BarGraphItem(x0=0, y=[], width=[], height=0.7, brushes=[], pen=None)
        plot.addItem(self.bars)
        # The true label's row: an outline around the whole row (0 to 100 %).
        self.true_box = pg.BarGraphItem(x0=[-1], y=[0], width=[X_MAX + 2], height=0.96,
                                        brush=QColor(26, 140, 58, 38), pen=pg.mkPen(TRUE_COLOUR, width=1.5))
        self.true_box.setZValue(-1)  # behind the bars
        self.true_box.setVisible(False)
        plot.addItem(self.true_box)
        self.row_items = RowTexts()
        plot.addItem(self.row_items)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.true_label)
        layout.addWidget(self.view, 1)
        self.view.scene().sigMouseMoved.connect(self._on_hover)
        self.set_class_names(DIGITS)

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    # --- public API -------------------------------------------------------------------------------
    def class_names(self) -> list[str]:
        return list(self._names)

    def set_class_names(self, names: Sequence[str]) -> None:
        """The classes, in the model's order (2 to 20); clears the bars and the true label."""
        names = [str(n) for n in names]
        if not MIN_CLASSES <= len(names) <= MAX_CLASSES:
            raise ValueError(f"set_class_names: {len(names)} classes; {MIN_CLASSES} to {MAX_CLASSES} "
                             "can be shown")
        self._names = names
        k = len(names)
        self._true = None  # another dataset: the mark belonged to the old one
        self.true_box.setVisible(False)
        self._label_axis()
        self.plot.setRange(xRange=(0, X_MAX), yRange=(-0.5, k - 0.5), padding=0)
        self.clear()

    def set_probabilities(self, p: np.ndarray | Sequence[float]) -> None:
        """Show one probability per class (they sum to about 1); cheap enough for 60 calls a second."""
        p = np.asarray(p, dtype=np.float64).ravel()
        k = len(self._names)
        if p.shape != (k,):
            raise ValueError(f"set_probabilities: {p.size} probabilities for {k} classes "
                             f"({', '.join(self._names[:3])}{', …' if k > 3 else ''}); "
                             "call set_class_names first if the classes changed")
        if not np.isfinite(p).all():
            raise ValueError("set_probabilities: the probabilities contain NaN or infinity")
        p = np.clip(p, 0.0, 1.0)
        top = int(np.argmax(p))
        self._p, self._top = p, (top, float(p[top]))
        brushes = [self._brush] * k
        brushes[top] = self._top_brush
        widths = 100 * p
        self.bars.setOpts(x0=0, y=np.arange(k), width=widths, height=0.7, brushes=brushes)
        self.row_items.set_rows([percent_text(v) for v in p], widths, top)
        self._headline_mode("result")
        self.headline.setText(f"{shorten(self._names[top], HEADLINE_WIDTH)} — {percent_text(p[top])}")
        self.headline.setToolTip(translate("ProbabilityBars", "The model's answer: {name}, with {percent} % "
                                           "probability").format(name=self._names[top],
                                                                 percent=f"{100 * p[top]:.2f}"))
        self._update_true_label()

    def clear(self, message: str = "") -> None:
        """No probabilities: empty bars and a message (a default one when message is empty)."""
        self._p, self._top = None, None
        k = len(self._names)
        self.bars.setOpts(x0=0, y=np.arange(k), width=np.zeros(k), height=0.7, brushes=[self._brush] * k)
        self.row_items.set_rows([""] * k, np.zeros(k), -1)
        self._headline_mode("message")
        self.headline.setText(message or translate("ProbabilityBars", EMPTY_TEXT))
        self.headline.setToolTip("")
        self._update_true_label()

    def top(self) -> tuple[int, float] | None:
        """The class the headline names and its probability, or None when no probabilities are shown."""
        return self._top

    def probabilities(self) -> np.ndarray | None:
        return None if self._p is None else self._p.copy()

    def headline_text(self) -> str:
        return self.headline.text()

    def true_label_index(self) -> int | None:
        return self._true

    def set_true_label(self, index: int | None) -> None:
        """Mark the known class of the image shown (a test digit), or None to remove the mark."""
        if index is not None and not 0 <= index < len(self._names):
            raise ValueError(f"set_true_label: class {index} of {len(self._names)}")
        if index == self._true:
            return  # drawing calls this on every mouse move: relabelling the axis repainted it each time
        self._true = index
        if index is not None:
            self.true_box.setOpts(x0=[-1], y=[index], width=[X_MAX + 2], height=0.96)
        self.true_box.setVisible(index is not None)
        self._label_axis()
        self._update_true_label()

    def bar_widths(self) -> np.ndarray:
        """The bars' lengths in percent, class 0 first (what the plot draws)."""
        return np.asarray(self.bars.opts["width"], dtype=float).copy()

    def bar_colours(self) -> list[str]:
        """Each bar's fill colour as '#rrggbb', class 0 first."""
        return [QBrush(b).color().name() for b in self.bars.opts["brushes"]]

    def row_texts(self) -> list[str]:
        """The percentage written after each bar ('' when empty)."""
        return list(self.row_items.texts)

    def axis_names(self) -> list[str]:
        """The class names on the left axis, top row first."""
        return [text for _y, text in sorted(self.plot.getAxis("left")._tickLevels[0])]

    def tooltip_for_row(self, row: int) -> str:
        name = self._names[row]
        if self._p is None:
            return name
        return f"{name}: {100 * self._p[row]:.2f} %"

    # --- internals -----------------------------------------------------------------------------------
    def _headline_mode(self, mode: str) -> None:
        """The headline's look: a large bold result, or a quieter message (set only when it changes)."""
        if mode != self._mode:
            self._mode = mode
            self.headline.setFont(self._result_font if mode == "result" else self._message_font)
            self.headline.setStyleSheet("" if mode == "result" else muted_style())

    def _label_axis(self) -> None:
        axis = self.plot.getAxis("left")
        ticks = [(i, ("✓ " if i == self._true else "") + shorten(name, NAME_WIDTH))
                 for i, name in enumerate(self._names)]
        axis.setTicks([ticks])  # the axis fits its width to the names at its next paint

    def _update_true_label(self) -> None:
        if self._true is None:
            self.true_label.setVisible(False)
            return
        name = self._names[self._true]
        text = translate("ProbabilityBars", "True label: {name}").format(name=name)
        colour = TRUE_COLOUR
        if self._top is not None:
            right = self._top[0] == self._true
            text = (translate("ProbabilityBars", "True label: {name} — the model is right") if right else
                    translate("ProbabilityBars", "True label: {name} — the model is wrong")).format(name=name)
            colour = TRUE_COLOUR if right else "#b22222"
        self.true_label.setText(text)
        self.true_label.setStyleSheet(f"color: {colour};")
        self.true_label.setVisible(True)

    def _on_hover(self, scene_pos: QPointF) -> None:
        row = round(self.plot.vb.mapSceneToView(scene_pos).y())
        self.view.setToolTip(self.tooltip_for_row(row) if 0 <= row < len(self._names) else "")
