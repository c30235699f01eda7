"""The collected digits, to review: each 28×28 image with its class and writer; the selected ones
can be deleted (saved at once)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.data.collected import Collection
from core.i18n import translate
from gui.widgets.qimages import to_qimage

THUMB = 56  # pixels per image: 28×28 doubled


class CollectGallery(QDialog):
    """Review a collection; `changed` after a deletion."""

    changed = Signal()

    def __init__(self, collection: Collection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collection = collection
        self.setWindowTitle(translate("CollectGallery", "Collected digits — {folder}").format(
            folder=collection.folder.name))
        self.resize(640, 460)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMovement(QListView.Movement.Static)
        self.summary = QLabel()
        self.delete_button = QPushButton(translate("CollectGallery", "Delete selected"))
        self.delete_button.setToolTip(translate("CollectGallery", "Remove the selected digits from the "
                                                "dataset (Delete)."))
        self.delete_button.setShortcut(Qt.Key.Key_Delete)
        close = QPushButton(translate("CollectGallery", "Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.delete_button.clicked.connect(self.delete_selected)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        names = self.collection.class_names
        for i, sample in enumerate(self.collection.samples):
            icon = QIcon(QPixmap.fromImage(to_qimage(sample.image)).scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
            item = QListWidgetItem(icon, f"{names[sample.label]} · {sample.writer}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setToolTip(translate("CollectGallery", "{name}, drawn by {writer} ({time})").format(
                name=names[sample.label], writer=sample.writer, time=sample.time))
            self.list.addItem(item)
        counts = self.collection.counts()
        self.summary.setText(translate("CollectGallery", "{total} digits: {counts}").format(
            total=sum(counts), counts=", ".join(f"{n} × {c}" for n, c in zip(names, counts, strict=True))))

    def delete_selected(self) -> int:
        """Remove the selected samples (saved at once); how many."""
        selected = self.list.selectedItems()
        rows = sorted((item.data(Qt.ItemDataRole.UserRole) for item in selected), reverse=True)
        for i in rows:
            self.collection.remove(i)
        if rows:
            self.fill()
            self.changed.emit()
        return len(rows)
