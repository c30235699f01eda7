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


def run_app(argv: list[str] | None = None) -> int:
    """Show the main window at once; TensorFlow loads in the background."""
    app = create_app(argv)
    from core.training.worker import close_spare
    from gui.shell.error_handler import install_error_handler
    from gui.shell.main_window import MainWindow

    install_error_handler(app)
    start_language_and_theme(app)

    window = MainWindow()
    app._digitscope_window = window  # type: ignore[attr-defined]
    window.show()
    code = app.exec()
    window = app._digitscope_window  # type: ignore[attr-defined]  # replaced by a language switch
    close_spare()  # a training process kept for another window: none will come now
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
