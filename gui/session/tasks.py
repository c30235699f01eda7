"""The one way DigitScope runs work off the GUI thread: BackgroundTask.

Loading TensorFlow, downloading a dataset, and reading a training run's messages from the training
process (core.training.worker) each run as a BackgroundTask: a QThread started for the work,
progress sent back throttled, a cancel the work checks, and a stop that waits a bounded time (like
Orange3's ConcurrentMixin, with Qt threads).

What the work may do and what it gets:
- work(reporter) runs in the task's thread and returns its result (finished(result) in the GUI
  thread), or raises (failed(message): a ValueError's own words, which DigitScope's errors are
  written to be read; otherwise the exception's type and text).
- reporter.send(value): progress(value) in the GUI thread, in order.
- reporter.latest(value): only the newest is sent, at most every interval_s (a byte count).
- reporter.cancelled / reporter.cancel_event: set by cancel() and shutdown().

Rules learned the hard way, kept here once:
- The runner object lives in the task's thread; its signals are connected to methods of the task,
  a GUI-thread object, so they are queued into the GUI thread (a lambda would run in the worker).
- Signals are not called "event": one that shadows QObject.event() made PySide keep every worker.
- Python's cyclic GC runs only in the GUI thread (collect_garbage_in_gui_thread, before a thread
  starts): freed in a worker thread, Qt objects deadlock against the GUI thread.
- Closing must take at most about a second, but some work cannot be interrupted (TensorFlow's
  import, building or tracing a model, a stalled network read); Qt aborts the process when a
  running QThread is destroyed, so such a thread and its runner are kept referenced here for good
  and gui.shell.app.run_app ends the process without waiting for it. In a process that goes on
  (the tests), the thread ends on its own a moment later and stays here, finished.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication

from core.failures import failure_text

Work = Callable[["Reporter"], Any]
_kept: list[tuple[QThread, tuple[Any, ...]]] = []


def collect_garbage_in_gui_thread() -> None:
    """Run Python's cyclic garbage collector only in the GUI thread, from a timer.

    Automatic collection runs in whichever thread happens to allocate: in the training or
    TensorFlow-loading thread it can free Qt objects there, which deadlocks against the GUI
    thread (seen: a test suite hanging in QObject::~QObject inside the training thread).
    pyqtgraph's GarbageCollector disables automatic collection and collects on a GUI timer.
    Called once pyqtgraph is imported anyway (after the first paint), and before any task starts.
    """
    app = QApplication.instance()
    if app is not None and getattr(app, "_digitscope_gc", None) is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        app._digitscope_gc = GarbageCollector(interval=1.0)  # type: ignore[attr-defined]


def keep_if_running(thread: QThread, *objects: Any) -> bool:
    """After a bounded wait: True when thread has ended; otherwise keep it (and objects) alive."""
    if not thread.isRunning():
        return True
    _kept.append((thread, objects))
    return False


def kept_running() -> list[str]:
    """The names of the kept threads that still run."""
    names = []
    for thread, _ in _kept:
        try:
            if thread.isRunning():
                names.append(thread.objectName() or "thread")
        except RuntimeError:  # its C++ object was deleted after it finished
            continue
    return names


class Reporter:
    """Handed to the work (in the task's thread): sends progress back, tells whether to stop."""

    def __init__(self, runner: _Runner, interval_s: float, cancel_event: threading.Event) -> None:
        self._runner, self._interval = runner, interval_s
        self.cancel_event = cancel_event
        self._latest: list[Any] = []
        self._sent = 0.0

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def send(self, value: Any) -> None:
        """Send value now (a latest value waiting goes first)."""
        self.flush()
        self._runner.progress.emit(value)

    def latest(self, value: Any) -> None:
        """Only the newest value is sent, at most every interval_s."""
        self._latest[:] = [value]
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        now = time.perf_counter()
        if now - self._sent >= self._interval:
            self._sent = now
            self.flush()

    def flush(self) -> None:
        """Send the latest value waiting (called before the result, too)."""
        if self._latest:
            value = self._latest.pop()
            self._runner.progress.emit(value)


class _Runner(QObject):
    """Lives in the task's thread and runs the work there; emits only what the work produced."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, interval_s: float, cancel_event: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.reporter = Reporter(self, interval_s, cancel_event)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.reporter)
        except Exception as e:  # every failure reaches the student as a message
            self.reporter.flush()
            self.failed.emit(failure_text(e))
        else:
            self.reporter.flush()
            self.finished.emit(result)
        finally:
            self.work = None  # type: ignore[assignment]  # its closure (a model, a dataset) goes now


class BackgroundTask(QObject):
    """Runs one piece of work at a time in its own QThread (a GUI-thread object).

    name: the thread's name (shown when a close could not wait for it). interval_s: how often
    the latest progress is sent.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    runningChanged = Signal(bool)

    def __init__(self, name: str, parent: QObject | None = None, interval_s: float = 0.05) -> None:
        super().__init__(parent)
        self.name, self.interval_s = name, interval_s
        self._thread: QThread | None = None
        self._runner: _Runner | None = None
        self._cancel = threading.Event()
        self._on_cancel: Callable[[], None] | None = None

    @property
    def running(self) -> bool:
        """The work is still going on in the thread."""
        return self._thread is not None and self._thread.isRunning()

    def start(self, work: Work, on_cancel: Callable[[], None] | None = None) -> bool:
        """Run work in a new thread; False (nothing started) while the last work still runs.
        on_cancel: called by cancel() and shutdown() besides setting reporter.cancelled (a
        training run's own stop)."""
        if self.running:
            return False
        collect_garbage_in_gui_thread()  # never let the task's thread free Qt objects
        self._cancel = threading.Event()
        self._on_cancel = on_cancel
        self._thread = QThread()
        self._thread.setObjectName(self.name)
        self._runner = _Runner(work, self.interval_s, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        # Receivers are this GUI-thread object's methods, so these are queued to the GUI thread.
        self._runner.progress.connect(self._on_progress)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._thread.start()
        self.runningChanged.emit(True)
        return True

    def cancel(self) -> None:
        """Ask the work to stop (it checks reporter.cancelled, or on_cancel stops it)."""
        self._cancel.set()
        if self._on_cancel is not None:
            self._on_cancel()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """The window is closing: cancel, stop delivering, and wait at most timeout_ms. False when
        the thread still runs: it is then kept alive (see the module's note)."""
        if self._thread is None:
            return True
        self.blockSignals(True)  # a closed window does not handle the work's results any more
        self.cancel()
        self._thread.quit()
        self._thread.wait(timeout_ms)
        return keep_if_running(self._thread, self._runner)

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            # Not runner.deleteLater(): the runner lives in the thread that has just ended, so its
            # deletion would be posted to an event queue nobody reads any more, and every run's
            # runner stayed alive with its work (a Keras model, a dataset): found by the
            # long-session benchmark. Dropping the last reference deletes it (the thread is done).
        self._thread, self._runner, self._on_cancel = None, None, None
        self.runningChanged.emit(False)

    @Slot(object)
    def _on_progress(self, value: Any) -> None:
        self.progress.emit(value)

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self._end()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)
