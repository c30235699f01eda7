"""Draw ▸ Open image, off the GUI thread: the picture's header is checked at once (a file that is
not a picture, or too large, is refused before anything is decoded), then it is decoded and shrunk
in a BackgroundTask (core.data.pictures), so a large photo never freezes the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from core.data.pictures import PictureError, picture_size, read_picture
from gui.session.tasks import BackgroundTask


class PictureOpener(QObject):
    """open(path) -> bool; then opened(path, rgba array, (width, height)) or failed(message)."""

    opened = Signal(object, object, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task = BackgroundTask("open-picture", self)
        self.task.finished.connect(self._on_decoded)
        self.task.failed.connect(self.failed)
        self._next: Path | None = None  # asked for while another one decodes: opened after it

    @property
    def busy(self) -> bool:
        return self.task.running or self._next is not None

    def open(self, path: str | Path) -> bool:
        """Start opening path; False (failed is emitted) when its header already says no."""
        path = Path(path)
        try:
            size = picture_size(path)
        except PictureError as e:
            self.failed.emit(str(e))
            return False
        if self.task.running:
            self._next = path  # the newest choice wins; the one decoding now is dropped
            return True
        self.task.start(lambda _reporter: (path, read_picture(path), size))
        return True

    @Slot(object)
    def _on_decoded(self, result: Any) -> None:
        if self._next is not None:
            path, self._next = self._next, None
            self.open(path)
            return
        self.opened.emit(*result)

    def shutdown(self) -> None:
        self._next = None
        self.task.shutdown()
