"""The layer palette and the input-shape presets of Build's top bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from core.i18n import translate
from core.model.layer_catalog import LAYER_TYPES
from gui.build.layer_table import TYPE_MIME

INPUT_PRESETS = [("28×28×1", (28, 28, 1)), ("28×28", (28, 28)), ("784", (784,)),
                 ("32×32×3", (32, 32, 3))]


def format_dims(shape: tuple[int, ...]) -> str:
    return "×".join(str(d) for d in shape)


def parse_dims(text: str) -> tuple[int, ...] | None:
    """'28×28×1', '28, 28, 1' or '28x28' -> (28, 28, 1); None if it is not positive sizes."""
    parts = [p for p in text.replace("×", ",").replace("x", ",").replace("X", ",").split(",")
             if p.strip()]
    try:
        dims = tuple(int(p) for p in parts)
    except ValueError:
        return None
    return dims if dims and all(0 < d <= 100_000 for d in dims) and len(dims) <= 8 else None


class Palette(QListWidget):
    """The layer types; double-click adds one, or drag it onto the table."""

    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        for name, lt in LAYER_TYPES.items():
            item = QListWidgetItem(name)
            item.setToolTip(lt.translated_tooltip())
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.addItem(item)
        self.setCurrentRow(0)
        self.setAccessibleName(translate("Palette", "Layer palette"))

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setData(TYPE_MIME, QByteArray(items[0].data(Qt.ItemDataRole.UserRole).encode()))
        return mime

    def current_type(self) -> str:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "Dense"
