"""Starting the DigitScope window."""

from __future__ import annotations

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
    from gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()
