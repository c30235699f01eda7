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
    close_on_signals(app)

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


def close_on_signals(app: QApplication) -> None:
    """Ctrl-C in the terminal and SIGTERM (logout, `kill`) close the window as Quit does (its
    autosave written, the training process ended), instead of a KeyboardInterrupt in whatever slot
    runs (the "Unexpected error" dialog) or an exit with nothing saved.

    Python runs its signal handlers only between bytecodes, and the event loop runs in C++: the
    signal's number is written to a socket (signal.set_wakeup_fd) that Qt watches, which brings the
    handler in at once."""
    import contextlib
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier, QTimer

    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:  # running Python here lets the handler below run
        with contextlib.suppress(OSError):
            reader.recv(64)

    def close(_signum: int, _frame: object) -> None:
        window = getattr(app, "_digitscope_window", None)
        if window is not None:
            QTimer.singleShot(0, window.close_on_signal)
        else:
            QTimer.singleShot(0, app.quit)

    notifier.activated.connect(drain)
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    app._digitscope_signals = (reader, writer, notifier)  # type: ignore[attr-defined]  # kept alive

