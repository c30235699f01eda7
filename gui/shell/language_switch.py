"""View ▸ Language: the window made again in the chosen language, with the student's work."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication


def replace_window_in_language(old: Any, lang: str) -> Any:
    """View ▸ Language: make the window again in lang and carry the work over (model, weights,
    runs, settings, drawing, the file it came from), then close the old one. The new window."""
    from gui.shell.i18n import language, remember_language
    from gui.shell.workspace_io import capture, restore

    app = QApplication.instance()
    workspace = capture(old)
    path, modified, area = old.doc.path, old.doc.modified, old.areas.currentIndex()
    geometry = old.saveGeometry()
    remember_language(lang)
    language().install(lang)
    old.replaced = True  # closes without asking: its work moves to the new window
    old.close()
    new = type(old)(load_tensorflow=old.tf_ready or old.loader.running)  # another MainWindow
    new.restoreGeometry(geometry)
    restore(new, workspace)
    new.doc.path = path
    if not modified:
        new.doc.undo_stack.setClean()
    new._update_title()
    new.areas.setCurrentIndex(area)
    new.show()
    app._digitscope_window = new  # type: ignore[attr-defined]
    return new
