"""Loads TensorFlow in a background QThread so the window paints first."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.tf_runtime import Runtime, load_tensorflow


class _LoaderWorker(QObject):
    loaded = Signal(object)  # core.tf_runtime.Runtime
    failed = Signal(str)

    @Slot()
    def run(self) -> None:
        try:
            runtime = load_tensorflow()
        except Exception as e:  # a broken install must not take the window down
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.loaded.emit(runtime)


class TensorFlowLoader(QObject):
    """Owns the thread; emits loaded(Runtime) or failed(message) in the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.runtime: Runtime | None = None
        self._thread = QThread()
        self._thread.setObjectName("tensorflow-loader")
        self._worker = _LoaderWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Receivers are methods of this GUI-thread object: queued into the GUI thread.
        self._worker.loaded.connect(self._on_loaded)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        if not self._thread.isRunning() and self.runtime is None:
            self._thread.start()

    @Slot(object)
    def _on_loaded(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._thread.quit()
        self.loaded.emit(runtime)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._thread.quit()
        self.failed.emit(message)

    @property
    def running(self) -> bool:
        """TensorFlow's import is still going on in the thread."""
        return self._thread.isRunning()

    def shutdown(self, timeout_ms: int = 100) -> bool:
        """The window is closing: the thread ends as soon as the import does (quit() before its
        event loop starts makes it return at once). An import cannot be interrupted and takes
        seconds, so this does not wait for it: False while it still runs, and then the thread
        must not be destroyed (gui.shell.app.run_app ends the process without waiting)."""
        from gui.session.tasks import keep_if_running

        self.blockSignals(True)  # a closed window does not set up models for TensorFlow any more
        self._thread.quit()
        self._thread.wait(timeout_ms)
        return keep_if_running(self._thread, self._worker)
