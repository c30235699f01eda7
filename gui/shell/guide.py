"""The first-run guided tour: the four steps of a lab (build → train → draw → look inside), each
shown on the real window with the part it talks about lit up. About two minutes; Esc or Close
ends it; Help ▸ Guided tour opens it again. Shown once, at the first start (QSettings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.i18n import translate

SEEN_KEY = "guide/seen"
DIM = QColor(0, 0, 0, 150)
MARGIN = 6  # around the lit-up widget


@dataclass
class Step:
    """One stop of the tour: which area to show, what to light up in it, what to say."""

    title: str
    text: str
    area: int | None = None  # the tab to show (Build 0 … Inside 3); None: leave the window as it is
    target: Callable[[Any], QWidget] | None = None  # (window) -> the part to light up

    def show(self, window: Any) -> QWidget | None:
        """Show the step's area; the widget to light up."""
        if self.area is not None:
            window.areas.setCurrentIndex(self.area)
        return None if self.target is None else self.target(window)


def steps() -> list[Step]:
    """The tour, in the student's order of work (texts in the chosen language)."""
    return [
        Step(translate("Guide", "1 · Build the model"),
             translate("Guide", "This table is your keras.Sequential model, one layer per row, with the "
                                "output shape and Param # that model.summary() prints. Pick a template from "
                                "the notes, add layers from the list on the left, and change a layer's "
                                "settings on the right. Hover over any Param # to see how it is counted."),
             0, lambda w: w.builder.table),
        Step(translate("Guide", "2 · Compile it"),
             translate("Guide", "model.compile(optimizer, loss, metrics): choose how the weights learn. "
                                "For digit labels 0–9, keep sparse_categorical_crossentropy with a softmax "
                                "output; Adam with learning_rate 0.001 is a good start."),
             0, lambda w: w.builder.compile_panel),
        Step(translate("Guide", "3 · Train"),
             translate("Guide", "Press Train: this runs model.fit(epochs, batch_size, validation_data) on "
                                "the dataset you chose. Pause and Stop keep the weights learned so far."),
             1, lambda w: w.trainer.train_button),
        Step(translate("Guide", "4 · Watch it learn"),
             translate("Guide", "The loss and accuracy curves grow while it trains, for the training and "
                                "the validation data. When the validation loss rises while the training "
                                "loss falls, the model is overfitting."),
             1, lambda w: w.trainer.curves),
        Step(translate("Guide", "5 · Draw a digit"),
             translate("Guide", "Draw with the mouse: the bars show model.predict's probability for each "
                                "class while you draw. The default digit model is ready before you train "
                                "anything; choose your own model above the canvas."),
             2, lambda w: w.drawer.canvas),
        Step(translate("Guide", "6 · Look inside"),
             translate("Guide", "See each layer's weights (get_weights()), the Conv2D filters, what every "
                                "layer makes of your digit, and which pixels made the model choose its "
                                "class. The epoch slider shows how the weights changed while training."),
             3, lambda w: w.inside.tabs),
        Step(translate("Guide", "That's the lab"),
             translate("Guide", "Your work is saved automatically. Open this tour again from Help ▸ Guided "
                                "tour; Help ▸ Keyboard shortcuts lists every shortcut.")),
    ]


class GuidedTour(QWidget):
    """A dimming layer over the window with a hole around the current step's widget and a card."""

    finished = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.steps = steps()
        self.index = 0
        self.target: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card = QFrame(self)
        self.card.setObjectName("guideCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setAutoFillBackground(True)
        self.card.setMaximumWidth(460)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.counter = QLabel()
        self.back_button = QPushButton(translate("Guide", "Back"))
        self.next_button = QPushButton(translate("Guide", "Next"))
        self.close_button = QPushButton(translate("Guide", "Close the tour"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        for b in (self.close_button, self.back_button, self.next_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self.card)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.end)
        window.installEventFilter(self)

    # --- moving through the steps -----------------------------------------------------------------
    def start(self) -> None:
        """Show the tour from its first step (marks it as seen: it is not shown again by itself)."""
        QSettings().setValue(SEEN_KEY, True)
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.go(0)
        self.next_button.setFocus()

    def go(self, index: int) -> None:
        """Show step index (clamped to the tour)."""
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        self.target = step.show(self.window_)
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.counter.setText(translate("Guide", "{i} of {n}").format(i=self.index + 1, n=len(self.steps)))
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(translate("Guide", "Done") if last else translate("Guide", "Next"))
        self.close_button.setVisible(not last)
        self._place()
        QTimer.singleShot(0, self._place)  # again once the area just chosen has been laid out

    def _next(self) -> None:
        if self.index == len(self.steps) - 1:
            self.end()
        else:
            self.go(self.index + 1)

    def end(self) -> None:
        """Close the tour; the window is as the student left it on the last step."""
        self.window_.removeEventFilter(self)
        self.hide()
        self.finished.emit()
        self.deleteLater()

    # --- drawing ------------------------------------------------------------------------------------
    def hole(self) -> QRect | None:
        """The lit-up rectangle, in this overlay's coordinates."""
        t = self.target
        if t is None or not t.isVisible():
            return None
        top_left = t.mapTo(self.window_, QPoint(0, 0))
        # Kept inside the overlay: a hole reaching past its edge made the dimming path empty.
        return QRect(top_left, t.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(
            self.rect().adjusted(1, 1, -1, -1))

    def _place(self) -> None:
        self.setGeometry(self.window_.rect())
        self.card.adjustSize()
        hole = self.hole()
        size = self.card.sizeHint()
        w, h = min(size.width(), 460), size.height()
        area = self.rect()
        if hole is None:
            x, y = (area.width() - w) // 2, (area.height() - h) // 2
        else:
            # Beside the lit-up part where there is room, else below or above it.
            if hole.right() + 16 + w <= area.width():
                x, y = hole.right() + 16, hole.top()
            elif hole.left() - 16 - w >= 0:
                x, y = hole.left() - 16 - w, hole.top()
            elif hole.bottom() + 16 + h <= area.height():
                x, y = hole.left(), hole.bottom() + 16
            elif hole.top() - 16 - h >= 0:
                x, y = hole.left(), hole.top() - 16 - h
            else:  # the part fills the window: the card goes in its lower right corner
                x, y = hole.right() - 16 - w, hole.bottom() - 16 - h
            x = max(8, min(x, area.width() - w - 8))
            y = max(8, min(y, area.height() - h - 8))
        self.card.setGeometry(x, y, w, h)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        path = QPainterPath()
        path.addRect(self.rect().toRectF())
        hole = self.hole()
        if hole is not None:
            cut = QPainterPath()
            cut.addRoundedRect(hole.toRectF(), 6, 6)
            path = path.subtracted(cut)
        painter.fillPath(path, DIM)
        if hole is not None:
            painter.setPen(QColor(255, 200, 0))
            painter.drawRoundedRect(hole, 6, 6)
        painter.end()

    # --- following the window -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.end()
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self._next()
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.go(self.index - 1)
        else:
            super().keyPressEvent(event)


def should_show_at_start() -> bool:
    """True on the first start (never when tests run headless)."""
    import os

    return not QSettings().value(SEEN_KEY, False, type=bool) and not os.environ.get("DIGITSCOPE_TESTING")
