"""The 28×28 input the model sees, enlarged pixel by pixel (nearest neighbour, no smoothing)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.i18n import translate


class PixelView(QWidget):
    """Shows a 2-D array in [0, 1] as grey squares; hovering a square tells its row, column and value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._array: np.ndarray | None = None
        self._image: QImage | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("PixelView", "What the network sees"))
        self.setAccessibleDescription(translate("PixelView", "The 28×28 input given to the model, enlarged"))

    def sizeHint(self) -> QSize:
        return QSize(196, 196)

    def minimumSizeHint(self) -> QSize:
        return QSize(84, 84)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def array(self) -> np.ndarray | None:
        """What is shown (a copy), or None."""
        return None if self._array is None else self._array.copy()

    def set_array(self, array: np.ndarray | None) -> None:
        """Show a (h, w) grey or (h, w, 3) RGB array of values in [0, 1]; None: an empty (black) square."""
        if array is None:
            self._array = self._image = None
        else:
            a = np.clip(np.asarray(array, dtype=np.float32), 0.0, 1.0)
            self._array = a
            pixels = np.ascontiguousarray(np.round(a * 255).astype(np.uint8))
            h, w = pixels.shape[:2]
            if pixels.ndim == 3:  # RGB, e.g. a saliency overlay
                self._image = QImage(pixels.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
            else:
                self._image = QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        self.update()

    def _square(self) -> QRect:
        side = min(self.width(), self.height())
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        square = self._square()
        painter.fillRect(square, Qt.GlobalColor.black)
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp pixels
            painter.drawImage(square, self._image)
        painter.setPen(QPen(QColor(128, 128, 128), 1))
        painter.drawRect(square.adjusted(0, 0, -1, -1))
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._array is None:
            self.setToolTip("")
            return
        square = self._square()
        h, w = self._array.shape[:2]
        pos = event.position()
        col = int((pos.x() - square.x()) * w / max(square.width(), 1))
        row = int((pos.y() - square.y()) * h / max(square.height(), 1))
        if 0 <= row < h and 0 <= col < w:
            value = self._array[row, col]
            text = f"{value:.2f}" if np.ndim(value) == 0 else ", ".join(f"{v:.2f}" for v in value)
            self.setToolTip(translate("PixelView", "row {row}, column {column}: {value}").format(
                row=row, column=col, value=text))
        else:
            self.setToolTip("")
