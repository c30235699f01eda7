"""Loads TensorFlow as a background task so the window paints first."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from core.tf_runtime import Runtime, load_tensorflow
from gui.session.tasks import BackgroundTask


def freeze_loaded_objects() -> None:
    """Exclude everything alive now (TensorFlow's ~450,000 objects, once it has loaded) from cyclic
    garbage collection: a full collection then costs ~0 ms instead of ~280 ms on a 2-core laptop,
    time in which the GIL is held and both the window and the training thread stand still."""
    import gc

    gc.freeze()


class TensorFlowLoader(QObject):
    """Emits loaded(Runtime) or failed(message) in the GUI thread; runtime once it has loaded."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.runtime: Runtime | None = None
        self.task = BackgroundTask("tensorflow-loader", self)
        self.task.finished.connect(self._on_loaded)
        self.task.failed.connect(self.failed)

    def start(self) -> None:
        if not self.task.running and self.runtime is None:
            self.task.start(lambda _reporter: load_tensorflow(trains=False))  # the worker trains

    @Slot(object)
    def _on_loaded(self, runtime: Runtime) -> None:
        self.runtime = runtime
        freeze_loaded_objects()
        self.loaded.emit(runtime)

    @property
    def running(self) -> bool:
        """TensorFlow's import is still going on in the thread."""
        return self.task.running

    def shutdown(self, timeout_ms: int = 100) -> bool:
        """The window is closing. An import cannot be interrupted and takes seconds, so this does
        not wait for it: False while it still runs (see gui.session.tasks)."""
        return self.task.shutdown(timeout_ms)
