"""Stop and pause a run from any thread: threading.Events the progress callback checks after every
batch (Keras resets model.stop_training when fit starts, so the flag is set from inside the
callback, never from outside)."""

from __future__ import annotations

import threading


class TrainControl:
    """Stop and pause, set from any thread, obeyed after the current batch."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self.abandoned = False  # the app is closing: skip the evaluation after the run

    def abandon(self) -> None:
        self.abandoned = True
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()  # a paused run must wake up to stop

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_while_paused(self) -> None:
        while not self._running.wait(0.05):
            pass
