"""numpy arrays to QImages and back, for pictures the areas show or receive."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def to_qimage(image: np.ndarray) -> QImage:
    """uint8 (h, w), (h, w, 1), (h, w, 3) or (h, w, 4: RGBA) -> a QImage that owns a copy of the
    pixels."""
    a = np.ascontiguousarray(image[:, :, 0] if image.ndim == 3 and image.shape[2] == 1 else image,
                             dtype=np.uint8)
    h, w = a.shape[:2]
    if a.ndim == 2:
        return QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    if a.shape[2] == 4:
        return QImage(a.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def qimage_to_array(image: QImage) -> np.ndarray:
    """A QImage as an (h, w, 4) uint8 RGBA array (alpha kept: transparent PNGs are common)."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h = rgba.width(), rgba.height()
    data = np.frombuffer(rgba.constBits(), np.uint8).reshape(h, rgba.bytesPerLine())
    return data[:, : 4 * w].reshape(h, w, 4).copy()
