"""Unexpected errors: written to a log file in the data folder, shown in a dialog with the
details to copy, and the app keeps running.

An exception that escapes a slot (PySide6 hands it to sys.excepthook and carries on) or a
Python thread (threading.excepthook) ends up here. The dialog is shown in the GUI thread only:
a report from another thread travels there through a queued signal.
"""

from __future__ import annotations

import datetime
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from core.i18n import translate

LOG_NAME = "errors.log"
LOG_MAX_BYTES = 1_000_000  # then the log moves to errors.log.1 and a new one starts


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/DigitScope), created if missing. Named here,
    not from the QApplication's names, so every process (tests, the benchmark) finds the same one."""
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    folder = Path(generic) / "DigitScope"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_log(text: str, folder: Path | None = None) -> Path | None:
    """Append one report to the error log; the log's path, or None if it cannot be written."""
    try:
        path = (folder or data_dir()) / LOG_NAME
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            path.replace(path.with_name(LOG_NAME + ".1"))
        stamp = datetime.datetime.now().isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as f:
            f.write(f"--- {stamp}\n{text.rstrip()}\n")
        return path
    except OSError:
        return None  # a full or read-only disk must not turn one error into two


class ErrorReporter(QObject):
    """Lives in the GUI thread; logs every unexpected exception and shows it to the student."""

    reported = Signal(str, str)  # summary, details (from any thread, queued to the GUI thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self.count = 0
        self.last_log: Path | None = None
        self.reported.connect(self._show)

    def report(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """Log an exception and have it shown (callable from any thread)."""
        details = "".join(traceback.format_exception(kind, value, tb))
        where = threading.current_thread().name
        self.last_log = write_log(f"in thread {where}\n{details}")
        self.count += 1
        summary = f"{kind.__name__}: {value}"
        print(f"digitscope: unexpected error ({summary}); details in {self.last_log}", file=sys.stderr)
        self.reported.emit(summary, details)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time: the log has every report
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ErrorReporter", "Unexpected error"),
                          translate("ErrorReporter", "DigitScope hit an error it did not expect. Your work "
                                    "is still open and the app keeps running; saving your model now is a "
                                    "good idea."),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        where = ("\n\n" + translate("ErrorReporter", "Details were written to {path}.").format(
            path=self.last_log) if self.last_log else "")
        box.setInformativeText(f"{summary}{where}")
        box.setDetailedText(details)
        copy = box.addButton(translate("ErrorReporter", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.setModal(False)
        self.dialog = box
        box.show()


def install_error_handler(app: QApplication) -> ErrorReporter:
    """Route unexpected exceptions of slots and threads to an ErrorReporter owned by the app."""
    reporter = ErrorReporter(app)
    sys.excepthook = reporter.report
    threading.excepthook = lambda args: reporter.report(args.exc_type, args.exc_value, args.exc_traceback)
    app._digitscope_errors = reporter  # type: ignore[attr-defined]
    return reporter
