"""File dialogs that open where the last one was: every Open, Save and folder dialog of the app goes
through these, and the folder the user last chose is kept in QSettings (across restarts), so a
student's lab folder is one click away instead of the program's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "dialogs/last_folder"


def last_folder() -> Path:
    """The folder of the last file or folder chosen in any dialog (the home folder at first, or
    when that folder is gone)."""
    saved = QSettings().value(LAST_FOLDER_KEY, "")
    folder = Path(str(saved)) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember(path: str | Path) -> None:
    """Keep the folder of a chosen file (or a chosen folder) for the next dialog."""
    p = Path(path)
    QSettings().setValue(LAST_FOLDER_KEY, str(p if p.is_dir() else p.parent))


def _start(suggested: str | Path = "") -> str:
    """Where a dialog starts: a suggested name (or path) placed in the last folder unless it names
    a folder of its own."""
    s = Path(suggested) if suggested else None
    if s is not None and s.is_absolute():
        return str(s)
    return str(last_folder() / s) if s is not None else str(last_folder())


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    """The chosen file's path, or "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _start(), filters)
    if path:
        remember(path)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str | Path, filters: str) -> str:
    """The path to save to, or "" when cancelled; suggested: a file name (in the last folder) or a
    full path."""
    path, _ = QFileDialog.getSaveFileName(parent, title, _start(suggested), filters)
    if path:
        remember(path)
    return path


def open_folder(parent: QWidget | None, title: str, start: str | Path = "") -> str:
    """The chosen folder, or "" when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start) if start else _start())
    if folder:
        remember(folder)
    return folder
