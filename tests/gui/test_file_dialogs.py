"""File dialogs open where the last one was (kept in QSettings), not in the program's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from gui.widgets.file_dialogs import LAST_FOLDER_KEY, last_folder


def test_each_dialog_starts_in_the_folder_of_the_last_file_chosen(window, tmp_path, monkeypatch):
    QSettings().remove(LAST_FOLDER_KEY)
    lab = tmp_path / "lab 3"
    lab.mkdir()
    starts: list[tuple[str, str]] = []

    def fake_save(_parent, title, start, _filters, *a, **k):
        starts.append((title, start))
        return str(lab / "mine.digitscope"), ""

    def fake_open(_parent, title, start, _filters, *a, **k):
        starts.append((title, start))
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    assert last_folder() == Path.home()  # the first dialog: the home folder, not the program's
    window.doc.undo_stack.setClean()
    assert window.save_workspace_dialog()
    window.open_workspace_dialog()  # File ▸ Open workspace
    window.drawer._open_dialog()  # Draw ▸ Open image
    assert Path(starts[1][1]) == lab and Path(starts[2][1]) == lab
    # and across a restart of the app: the setting, not only this window
    assert QSettings().value(LAST_FOLDER_KEY) == str(lab)


def test_a_folder_that_is_gone_falls_back_to_home(tmp_path):
    QSettings().setValue(LAST_FOLDER_KEY, str(tmp_path / "deleted"))
    assert last_folder() == Path.home()
