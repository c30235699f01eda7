"""Train ▸ Before / after: one table of a fine-tuning run's accuracy before and after training, on
MNIST's test digits and on the students' held-out writers (core.training.fine_tune.comparison_rows),
so the class sees what their data did and what it cost."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core.i18n import translate
from gui.widgets.theme import change_colour, muted_style


def percent(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1%}"


def change_text(before: float, after: float) -> str:
    """The change in percentage points, signed ("+3.7 pts")."""
    if math.isnan(before) or math.isnan(after):
        return "–"
    return translate("ComparisonTable", "{change:+.1f} pts").format(change=100 * (after - before))


class ComparisonTable(QWidget):
    """The before/after table of the last fine-tuning run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setObjectName("comparisonHeader")
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._set_headers()
        self.notes = QLabel()  # where each set comes from, and what to keep in mind reading it
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(muted_style())
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        self.rows: list[dict[str, Any]] = []
        self.clear()

    def _set_headers(self) -> None:
        self.table.setHorizontalHeaderLabels([
            translate("ComparisonTable", "test set"), translate("ComparisonTable", "digits"),
            translate("ComparisonTable", "before"), translate("ComparisonTable", "after"),
            translate("ComparisonTable", "change")])

    def clear(self) -> None:
        """Nothing compared yet (a new run starts)."""
        self.rows = []
        self.table.setRowCount(0)
        self.notes.clear()
        self.header.setText(translate("ComparisonTable", "Train on your own data with “Compare before and "
                                                         "after” on to see what it changed."))

    def show_rows(self, rows: list[dict[str, Any]], training_set: str = "") -> None:
        """Show a run's comparison rows; training_set: what was added to the student's digits."""
        self.rows = list(rows)
        before_model = rows[0]["before_model"] if rows else ""
        said = translate("ComparisonTable", "Accuracy before training ({model}) and after.").format(
            model=before_model)
        self.header.setText(f"{said} {training_set[:1].upper()}{training_set[1:]}." if training_set else said)
        self.notes.setText("\n".join(f"{row['set'].strip()}: {row['note'].rstrip('.')}."
                                     for row in rows if row.get("note")))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            before, after = float(row["before"]), float(row["after"])
            cells = [row["set"], f"{int(row['n']):,}", percent(before), percent(after),
                     change_text(before, after)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.get("note"):
                    item.setToolTip(row["note"])
                self.table.setItem(r, c, item)
            if not (math.isnan(before) or math.isnan(after)) and abs(after - before) >= 0.001:
                self.table.item(r, 4).setForeground(QBrush(change_colour(after > before)))
