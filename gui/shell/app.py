"""Starting the DigitScope window."""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtWidgets import QApplication


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with DigitScope's names (used by settings later)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName("DigitScope")
    app.setOrganizationName("DigitScope")
    app.setApplicationDisplayName("DigitScope")
    return app  # type: ignore[return-value]


def collect_garbage_in_gui_thread() -> None:
    """Run Python's cyclic garbage collector only in the GUI thread, from a timer.

    Automatic collection runs in whichever thread happens to allocate: in the training or
    TensorFlow-loading thread it can free Qt objects there, which deadlocks against the GUI
    thread (seen: a test suite hanging in QObject::~QObject inside the training thread).
    pyqtgraph's GarbageCollector disables automatic collection and collects on a GUI timer.
    Call it once pyqtgraph is imported anyway (after the first paint), before any thread starts.
    """
    app = QApplication.instance()
    if app is not None and getattr(app, "_digitscope_gc", None) is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        app._digitscope_gc = GarbageCollector(interval=1.0)  # type: ignore[attr-defined]


def freeze_loaded_objects() -> None:
    """Exclude everything alive now (TensorFlow's ~450,000 objects, once it has loaded) from cyclic
    garbage collection: a full collection then costs ~0 ms instead of ~280 ms on a 2-core laptop,
    time in which the GIL is held and both the window and the training thread stand still."""
    import gc

    gc.freeze()


def run_app(argv: list[str] | None = None) -> int:
    """Show the main window at once; TensorFlow loads in the background."""
    app = create_app(argv)
    from gui.shell.error_handler import install_error_handler
    from gui.shell.main_window import MainWindow

    install_error_handler(app)
    start_language_and_theme(app)

    window = MainWindow()
    app._digitscope_window = window  # type: ignore[attr-defined]
    window.show()
    code = app.exec()
    window = app._digitscope_window  # type: ignore[attr-defined]  # replaced by a language switch
    unfinished = window.threads_still_running()
    if unfinished:
        # The window has closed (autosave written, marker removed, runs abandoned and waited for
        # a bounded time), but a thread that cannot be interrupted still runs: TensorFlow's import,
        # a model being built or traced, a stalled download. Returning would let Python destroy its
        # QThread while it runs (Qt aborts: exit code 134) or wait for it for seconds; nothing of
        # the student's is left to write, so end the process now, output flushed first.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def start_language_and_theme(app: QApplication) -> None:
    """The interface language (system locale or the student's choice) and the light or dark
    palette (the system's), before any window is made."""
    from gui.shell.i18n import chosen_language, language
    from gui.widgets.theme import apply_theme

    apply_theme(app)
    if not language().install(chosen_language()):
        language().install("en")  # a missing translation file: English rather than half of each


def replace_window_in_language(old: Any, lang: str) -> Any:
    """View ▸ Language: make the window again in lang and carry the work over (model, weights,
    runs, settings, drawing, the file it came from), then close the old one. The new window."""
    from gui.shell.i18n import language, remember_language
    from gui.shell.main_window import MainWindow
    from gui.shell.workspace_io import capture, restore

    app = QApplication.instance()
    workspace = capture(old)
    path, modified, area = old.doc.path, old.doc.modified, old.areas.currentIndex()
    geometry = old.saveGeometry()
    remember_language(lang)
    language().install(lang)
    old.replaced = True  # closes without asking: its work moves to the new window
    old.close()
    new = MainWindow(load_tensorflow=old.tf_ready or old.loader.running)
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
