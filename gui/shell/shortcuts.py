"""Help ▸ Keyboard shortcuts: every shortcut of the window, read from its menus (so the list is
never out of date) plus the keys the builder's buttons, the canvas and the tour take."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate


def _plain(text: str) -> str:
    """A menu text without its accelerator: "&Open…" -> "Open…", "열기(&O)…" -> "열기…"."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_shortcuts(menu_bar: Any) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{where} ▸ {_plain(action.text())}")
            elif isinstance(action, QAction) and action.shortcuts():
                native = QKeySequence.SequenceFormat.NativeText
                keys = ", ".join(s.toString(native) for s in action.shortcuts())
                rows.append((where, _plain(action.property("shortcut_name") or action.text()), keys))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    return rows


def other_shortcuts() -> list[tuple[str, str, str]]:
    """The keys of widgets that have no menu entry (where, what, keys)."""
    build = translate("Shortcuts", "Build: layer table")
    canvas = translate("Shortcuts", "Draw: canvas")
    tour = translate("Shortcuts", "Guided tour")
    native = QKeySequence.SequenceFormat.NativeText
    return [
        (build, translate("Shortcuts", "Remove the selected layer"),
         QKeySequence(QKeySequence.StandardKey.Delete).toString(native)),
        (build, translate("Shortcuts", "Duplicate the selected layer"),
         QKeySequence("Ctrl+D").toString(native)),
        (build, translate("Shortcuts", "Move the layer up / down"),
         f"{QKeySequence('Ctrl+Up').toString(native)}, {QKeySequence('Ctrl+Down').toString(native)}"),
        (canvas, translate("Shortcuts", "Clear the canvas"), QKeySequence("Esc").toString(native)),
        (canvas, translate("Shortcuts", "Undo the last stroke"),
         QKeySequence(QKeySequence.StandardKey.Undo).toString(native)),
        (tour, translate("Shortcuts", "Next / previous step"),
         f"{QKeySequence('Right').toString(native)}, {QKeySequence('Left').toString(native)}"),
        (tour, translate("Shortcuts", "Close the tour"), QKeySequence("Esc").toString(native)),
    ]


class ShortcutsDialog(QDialog):
    """A table of all shortcuts."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        rows = menu_shortcuts(window.menuBar()) + other_shortcuts()
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([translate("Shortcuts", "Where"), translate("Shortcuts", "What"),
                                              translate("Shortcuts", "Keys")])
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 560)
