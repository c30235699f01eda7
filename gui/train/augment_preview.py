"""Train ▸ Fine-tune ▸ Preview…: what each augmentation setting does to a few of the student's own
digits, before training (core.drawing.augment_copies.preview_rows: the default model's own
augmentations). A row per setting that is on, then all of them together; changing a setting
redraws the grid, and Train uses the settings shown."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.drawing.augment_copies import LIMITS, SETTINGS, AugmentSettings, preview_rows, setting_text
from core.i18n import translate
from core.training.fine_tune import sample_digits
from gui.session.tasks import BackgroundTask
from gui.widgets.qimages import to_qimage
from gui.widgets.theme import error_style

THUMB = 48  # pixels per digit: 28×28 enlarged, eight to a row on a 1280×720 screen
DIGITS_SHOWN = 8
REDRAW_AFTER_MS = 150  # typing 12 into a box redraws once, not for "1" then "12"


class AugmentPreview(QDialog):
    """The preview grid and the settings; changed(AugmentSettings) whenever a setting changes."""

    changed = Signal(object)

    def __init__(self, dataset: str, settings: AugmentSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AugmentPreview", "What augmentation does to your digits"))
        self.settings = settings
        self.images: np.ndarray | None = None
        self.rows: list[tuple[str | None, np.ndarray]] = []
        self.boxes: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for name in SETTINGS:
            box = QDoubleSpinBox()
            top = LIMITS[name]
            box.setDecimals(0 if top >= 10 else 2)
            box.setRange(0.0, top)
            box.setSingleStep(1.0 if top >= 10 else 0.05)
            box.setValue(getattr(settings, name))
            box.setToolTip(translate("AugmentPreview", "0 turns it off; at most {top:g}.").format(top=top))
            box.valueChanged.connect(self._on_edit)
            self.boxes[name] = box
            form.addRow(setting_text(name), box)
        self.reset_button = QPushButton(translate("AugmentPreview", "The default model's settings"))
        self.reset_button.setToolTip(translate("AugmentPreview", "The amounts the default digit model was "
                                               "trained with."))
        self.reset_button.clicked.connect(self._reset)
        close = QPushButton(translate("AugmentPreview", "Close"))
        close.clicked.connect(self.close)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.reset_button)
        side.addStretch(1)
        side.addWidget(close)

        self.message = QLabel(translate("AugmentPreview", "Reading your digits…"))
        self.message.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        right = QVBoxLayout()
        right.addWidget(self.message)
        right.addWidget(scroll, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(right, 1)
        self.resize(1000, 640)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_AFTER_MS)
        self._timer.timeout.connect(self.redraw)
        self.task = BackgroundTask("augmentation preview", self)
        self.task.finished.connect(self._on_loaded)
        self.task.failed.connect(self._on_failed)
        self.task.start(lambda _reporter: sample_digits(dataset, DIGITS_SHOWN))

    def _on_loaded(self, images: np.ndarray) -> None:
        self.images = images
        self.message.setText(translate("AugmentPreview", "Each row varies your digits by one setting, the "
                                       "last by all of them together, as Train makes the copies. Train uses "
                                       "the settings on the left."))
        self.redraw()

    def _on_failed(self, message: str) -> None:
        self.message.setText(translate("AugmentPreview", "Cannot show your digits: {message}").format(
            message=message))
        self.message.setStyleSheet(error_style())

    def _on_edit(self) -> None:
        self.settings = replace(self.settings, **{n: box.value() for n, box in self.boxes.items()})
        self.changed.emit(self.settings)
        self._timer.start()

    def _reset(self) -> None:
        defaults = AugmentSettings()
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(getattr(defaults, name))
            box.blockSignals(False)
        self._on_edit()

    def redraw(self) -> None:
        """Fill the grid again from the digits and the current settings."""
        if self.images is None:
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = [("original", self.images), *preview_rows(self.images, self.settings)]
        for r, (name, images) in enumerate(self.rows):
            text = (translate("AugmentPreview", "your digits") if name == "original" else
                    translate("AugmentPreview", "all together") if name is None else setting_text(name))
            label = QLabel(text)
            label.setWordWrap(True)
            label.setMinimumWidth(120)
            self.grid.addWidget(label, r, 0)
            for c, image in enumerate(images):
                picture = QLabel()
                picture.setPixmap(QPixmap.fromImage(to_qimage(image)).scaled(
                    THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation))  # as the model sees it: white on black
                self.grid.addWidget(picture, r, c + 1)
        self.grid.setRowStretch(len(self.rows), 1)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.task.shutdown(500)
        super().closeEvent(event)
