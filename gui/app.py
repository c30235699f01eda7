"""Starting the DigitScope window."""

from __future__ import annotations

import os
import sys

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
    from gui.error_handler import install_error_handler
    from gui.main_window import MainWindow

    install_error_handler(app)

    window = MainWindow()
    window.show()
    code = app.exec()
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
