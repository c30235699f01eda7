"""Autosave: the workspace is written to the data folder after every epoch and after edits
(debounced), atomically; after a crash or kill -9 the next start offers to restore it.

A marker file says a session is running; a normal close removes it. Finding the marker at
start means the last session did not end normally, so its autosave is offered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot

from core.i18n import translate
from gui.shell.error_handler import data_dir

AUTOSAVE_NAME = "autosave.digitscope"
MARKER_NAME = "session-running"
DEBOUNCE_MS = 1500  # edits within this time are saved once


class Autosaver(QObject):
    """Saves the window's workspace after epochs and edits, and tells whether to restore."""

    def __init__(self, window: Any, folder: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder or data_dir()
        self.path = self.folder / AUTOSAVE_NAME
        self.marker = self.folder / MARKER_NAME
        self.saves = 0
        self.started = False
        self.last_error = ""
        self._live: tuple[int, list] | None = None  # the newest epoch's weights while training
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)

    def begin_session(self) -> Path | None:
        """Mark this session as running; the autosave to offer if the last one crashed."""
        crashed = self.marker.exists() and self.path.is_file()
        self.started = True
        try:
            self.marker.write_text("DigitScope is running\n")
        except OSError as e:
            self.last_error = str(e)
        return self.path if crashed else None

    def connect_window(self) -> None:
        """Save after edits, epochs, finished runs and strokes (the areas exist by now)."""
        w = self.window
        w.doc.changed.connect(self.schedule)
        controller = w.session.controller
        controller.epochWeights.connect(self._on_epoch)
        controller.runningChanged.connect(self._on_running)
        w.drawer.canvas.strokeFinished.connect(self.schedule)
        w.drawer.canvas.cleared.connect(self.schedule)

    def end_session(self) -> None:
        """A normal close: save once more and remove the marker (nothing to offer next time).

        A run still in flight is saved as of its last finished epoch: the window is closing and
        the run's own end (its weights for the document) will not be handled any more."""
        self._timer.stop()
        if not self.started:
            return
        self.save_now()
        try:
            self.marker.unlink(missing_ok=True)
        except OSError as e:
            self.last_error = str(e)

    @Slot()
    def schedule(self) -> None:
        """Save soon (edits in a burst are saved once)."""
        self._timer.start()

    @Slot(int, list)
    def _on_epoch(self, epoch: int, weights: list) -> None:
        self._live = (epoch, weights)
        self.save_now()  # at once: an epoch is the work most worth keeping

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        if not running:
            self._live = None  # the run's weights are now the document's
            self.schedule()

    @Slot()
    def save_now(self) -> None:
        """Write the workspace now (a failure is remembered, never shown as a crash)."""
        from core.model.workspace import WorkspaceError, save_workspace
        from gui.shell.workspace_io import capture

        self._timer.stop()
        try:
            # _live is dropped when the run's end reaches the window (the document has its
            # weights then); until then the newest finished epoch is the run's work.
            save_workspace(capture(self.window, self._live), self.path)
        except (WorkspaceError, OSError) as e:
            self.last_error = str(e)
            failed = translate("Autosaver", "Autosave failed: {error}")
            self.window.statusBar().showMessage(failed.format(error=e),
                                                10_000)
            return
        self.saves += 1
        self.last_error = ""
