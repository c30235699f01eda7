"""The gallery a click on the confusion matrix opens: the test images of one cell, enlarged, each
captioned with what the model said."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

THUMB = 84  # a gallery image's size in pixels (about): 28×28 enlarged 3×
GALLERY_COLUMNS = 6


class GalleryDialog(QDialog):
    """The test images of one cell of the confusion matrix, enlarged, with their probabilities."""

    def __init__(self, parent: QWidget, title: str, header: str, images: list[QImage],
                 captions: list[str], tooltips: list[str], indices: np.ndarray) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self.indices = indices  # the test images shown, by their index in the test set
        self.captions = captions
        self.header = QLabel(header)
        self.header.setWordWrap(True)
        self.image_labels: list[QLabel] = []
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(6)
        for i, (image, caption, tip) in enumerate(zip(images, captions, tooltips, strict=True)):
            h, w = image.height(), image.width()
            scale = max(1, round(THUMB / max(h, w)))
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image).scaled(
                w * scale, h * scale, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation))  # nearest neighbour: pixels stay visible
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            picture.setToolTip(tip)
            text = QLabel(caption)
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            text.setWordWrap(True)
            text.setFixedWidth(max(THUMB, w * scale) + 16)
            text.setToolTip(tip)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(picture)
            cell.addWidget(text)
            cell.addStretch(1)
            grid.addLayout(cell, i // GALLERY_COLUMNS, i % GALLERY_COLUMNS)
            self.image_labels.append(picture)
        grid.setRowStretch(grid.rowCount(), 1)
        grid.setColumnStretch(GALLERY_COLUMNS, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setVisible(bool(images))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)
        if not images:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(QSize(GALLERY_COLUMNS * (THUMB + 26) + 60, 560 if images else 160))
