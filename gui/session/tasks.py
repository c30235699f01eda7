"""Threads that a closing window could not wait for.

Closing must take at most a second or so (issue 7), but some work in a thread cannot be
interrupted: TensorFlow's import (seconds), building or tracing a model, a stalled network read.
Qt aborts the whole process when a running QThread is destroyed, so such a thread, and the worker
that runs in it, is kept referenced here for good; gui.shell.app.run_app then ends the process without
waiting for it (see there). In a process that goes on (the tests), the thread ends on its own a
moment later and stays here, finished: a few objects, only after a close that timed out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThread

_kept: list[tuple[QThread, tuple[Any, ...]]] = []


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
