"""The "Model" combo of Draw & predict and Inside the network: which model to use; choosing
"A .keras file…" asks for the file first (and keeps the previous choice when none is picked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from core.i18n import translate
from gui.widgets.file_dialogs import open_file

FILE = "file"  # the item that asks for a .keras file


class ModelChooser(QComboBox):
    """items: (source, text) pairs. chosen(source, path) when the student picks one (path: the
    .keras file for FILE, else None); the owner tries it and calls show_source with what it uses."""

    chosen = Signal(str, object)

    def __init__(self, items: list[tuple[str, str]], tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for source, text in items:
            self.addItem(text, source)
        self.setToolTip(tooltip)
        self._shown = items[0][0]
        self.activated.connect(self._on_activated)

    def show_source(self, source: str) -> None:
        """Show source as the model in use."""
        self._shown = source
        self.setCurrentIndex(self.findData(source))

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        source = self.itemData(index)
        path: Path | None = None
        if source == FILE:
            name = open_file(self, translate("ModelChooser", "Open a Keras model"),
                             translate("ModelChooser", "Keras model (*.keras)"))
            if not name:
                self.show_source(self._shown)
                return
            path = Path(name)
        self.chosen.emit(source, path)
