"""Autosave: the workspace is written to the data folder after every epoch and after edits
(debounced), atomically; after a crash or kill -9 the next start offers to restore it.

Each window has its own autosave and a marker saying it runs (gui.shell.session_files): a normal
close removes the marker; a marker whose process is gone means that window crashed, so its
autosave is offered at the next start — whatever other windows do meanwhile.

The workspace is captured in the GUI thread (a copy: the window may change right after) and
written in a BackgroundTask: serialising and fsync-ing a few MB at every epoch end was the
window's longest pause while a model trained. A save asked for while one is written waits and
is written next (only the newest); a close waits for the write in flight, then saves in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot

from core.i18n import translate
from gui.session.tasks import BackgroundTask
from gui.shell.error_handler import data_dir
from gui.shell.session_files import Crashed, SessionFiles

CLOSE_WAIT_MS = 1000  # a close waits this long for a write in flight (a stalled disk: not longer)
DEBOUNCE_MS = 1500  # edits within this time are saved once


class Autosaver(QObject):
    """Saves the window's workspace after epochs and edits, and tells whether to restore."""

    def __init__(self, window: Any, folder: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder or data_dir()
        self.files = SessionFiles.new(self.folder)
        self.path = self.files.autosave  # this window's own
        self.marker = self.files.marker
        self.crashed: Crashed | None = None  # a crashed window's work, claimed to be offered
        self.saves = 0
        self.started = False
        self.ended = False
        self.last_error = ""
        self._live: tuple[int, list] | None = None  # the newest epoch's weights while training
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_soon)
        self._writer = BackgroundTask("autosave", self)
        self._writer.finished.connect(self._on_written)
        self._writer.failed.connect(self._on_write_failed)
        self._waiting: Any = None  # the newest workspace captured while another was written

    def begin_session(self) -> Path | None:
        """Mark this window as running; the autosave to offer if a window crashed (the newest;
        claimed, so no other window offers it too), else None. Then call settle_crashed."""
        self.started = True
        try:
            self.files.begin()
            self.crashed = self.files.claim_crashed()
        except OSError as e:
            self.last_error = str(e)
        return self.crashed.autosave if self.crashed else None

    def settle_crashed(self, restored: bool) -> None:
        """After the offer: restored work is this window's now; declined work is kept aside as
        autosave-declined.digitscope in the data folder."""
        if self.crashed is None:
            return
        try:
            self.files.settle(self.crashed, restored)
        except OSError as e:
            self.last_error = str(e)
        self.crashed = None

    def connect_window(self) -> None:
        """Save after edits, epochs, finished runs and strokes (the areas exist by now)."""
        w = self.window
        w.doc.changed.connect(self.schedule)
        controller = w.session.controller
        controller.epochWeights.connect(self._on_epoch)
        controller.runningChanged.connect(self._on_running)
        w.drawer.canvas.strokeFinished.connect(self.schedule)
        w.drawer.canvas.cleared.connect(self.schedule)

    def end_session(self, keep_offered: bool = False) -> None:
        """A normal close: save once more and remove the marker (nothing to offer next time);
        keep_offered: save, but leave the marker, so the next start offers this work.

        A run still in flight is saved as of its last finished epoch: the window is closing and
        the run's own end (its weights for the document) will not be handled any more."""
        self._timer.stop()
        if not self.started or self.ended:
            return
        self.ended = True  # what still arrives while the window closes is not saved over this
        self._waiting = None
        self._writer.shutdown(CLOSE_WAIT_MS)  # the write in flight first: it must not land after
        self.save_now()
        if keep_offered:
            return
        try:
            self.files.end()
        except OSError as e:
            self.last_error = str(e)

    @Slot()
    def schedule(self) -> None:
        """Save soon (edits in a burst are saved once)."""
        self._timer.start()

    @Slot(int, list)
    def _on_epoch(self, epoch: int, weights: list) -> None:
        self._live = (epoch, weights)
        self.save_soon()  # at once: an epoch is the work most worth keeping

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        if not running:
            self._live = None  # the run's weights are now the document's
            self.schedule()

    @property
    def writing(self) -> bool:
        """A save is being written in the background (or waits to be)."""
        return self._writer.running or self._waiting is not None

    def _capture(self) -> Any:
        from gui.shell.workspace_io import capture

        # _live is dropped when the run's end reaches the window (the document has its weights
        # then); until then the newest finished epoch is the run's work.
        return capture(self.window, self._live)

    @Slot()
    def save_soon(self) -> None:
        """Capture the workspace now and write it in the background."""
        self._timer.stop()
        if self.ended:
            return
        ws = self._capture()
        if self._writer.running:
            self._waiting = ws  # written when the one in flight is done; older waiting ones are moot
            return
        self._write(ws)

    def _write(self, ws: Any) -> None:
        from core.model.workspace import save_workspace

        path = self.path
        self._writer.start(lambda _reporter: save_workspace(ws, path))

    @Slot(object)
    def _on_written(self, _result: Any) -> None:
        self.saves += 1
        self.last_error = ""
        self._next()

    @Slot(str)
    def _on_write_failed(self, message: str) -> None:
        self._failed(message)
        self._next()

    def _next(self) -> None:
        if self._waiting is not None:
            ws, self._waiting = self._waiting, None
            self._write(ws)

    def _failed(self, error: object) -> None:
        """A failure is remembered and shown in the status bar, never as a crash."""
        self.last_error = str(error)
        failed = translate("Autosaver", "Autosave failed: {error}")
        self.window.statusBar().showMessage(failed.format(error=error), 10_000)

    @Slot()
    def save_now(self) -> None:
        """Write the workspace now, in this thread (the close; a failure as in _failed)."""
        from core.model.workspace import WorkspaceError, save_workspace

        self._timer.stop()
        try:
            save_workspace(self._capture(), self.path)
        except (WorkspaceError, OSError) as e:
            self._failed(e)
            return
        self.saves += 1
        self.last_error = ""
