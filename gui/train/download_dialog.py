"""Downloading a dataset into Keras's cache with a progress dialog that can cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.i18n import translate


class _DownloadWorker(QObject):
    progress = Signal(int, int)  # bytes done, bytes total (0: unknown)
    finished = Signal(str)  # where it went
    failed = Signal(str)

    def __init__(self, name: str, cancel: threading.Event):
        super().__init__()
        self.name, self.cancel = name, cancel

    @Slot()
    def run(self) -> None:
        from core.data.catalogue import DatasetError, download_dataset

        try:
            path = download_dataset(self.name, self.progress.emit, self.cancel)
        except DatasetError as e:
            self.failed.emit(str(e))
        except Exception as e:  # a network stack can fail in many ways; say which
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.finished.emit(str(path))


class DownloadDialog(QProgressDialog):
    """Shows the download of one dataset; Cancel stops it and leaves no partial file."""

    done = Signal(bool, str)  # success, message

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(translate("DownloadDialog", "Downloading {name}…").format(name=name),
                         translate("DownloadDialog", "Cancel"), 0, 0, parent)
        self.setWindowTitle(translate("DownloadDialog", "Download dataset"))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.name = name
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _DownloadWorker(name, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self.canceled.connect(self._cancel.set)

    def start(self) -> None:
        self.show()
        self._thread.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.setMaximum(1000)
            self.setValue(int(1000 * done / total))
            text = translate("DownloadDialog", "Downloading {name}: {done:.1f} of {total:.1f} MB")
            self.setLabelText(text.format(
                name=self.name, done=done / 2**20, total=total / 2**20))
        else:
            self.setLabelText(translate("DownloadDialog", "Downloading {name}: {done:.1f} MB").format(
                name=self.name, done=done / 2**20))

    def _end(self, ok: bool, message: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.done.emit(ok, message)
        self.close()

    @Slot(str)
    def _on_finished(self, path: str) -> None:
        done = translate("DownloadDialog", "{name} downloaded to {path}")
        self._end(True, done.format(name=self.name, path=path))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end(False, message)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Cancel and wait, at most timeout_ms (the window is closing; a stalled network read can
        take up to its 30 s timeout to notice): False when the thread still runs, and then it must
        not be destroyed (gui.shell.app.run_app ends the process without waiting)."""
        from gui.session.tasks import keep_if_running

        self._cancel.set()
        self._thread.quit()
        self._thread.wait(timeout_ms)
        return keep_if_running(self._thread, self._worker)
