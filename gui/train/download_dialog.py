"""Downloading a dataset into Keras's cache with a progress dialog that can cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.i18n import translate
from gui.session.tasks import BackgroundTask


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
        self.task = BackgroundTask("download", self, interval_s=0.1)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.canceled.connect(self.task.cancel)

    def start(self) -> None:
        from core.data.download import download_dataset

        self.show()
        name = self.name
        # The byte counts come after every 64 kB: only the newest is shown, ten times a second.
        self.task.start(lambda r: str(download_dataset(name, lambda done, total: r.latest((done, total)),
                                                       r.cancel_event)))

    @Slot(object)
    def _on_progress(self, counts: tuple[int, int]) -> None:
        done, total = counts
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
        self.done.emit(ok, message)
        self.close()

    @Slot(object)
    def _on_finished(self, path: str) -> None:
        done = translate("DownloadDialog", "{name} downloaded to {path}")
        self._end(True, done.format(name=self.name, path=path))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end(False, message)

    @property
    def running(self) -> bool:
        return self.task.running

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Cancel and wait, at most timeout_ms (the window is closing; a stalled network read can
        take up to its 30 s timeout to notice): False when the thread still runs (see
        gui.session.tasks)."""
        return self.task.shutdown(timeout_ms)
