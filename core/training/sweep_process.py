"""A sweep in a process of its own: searching alone, hosting a lab sweep or joining one.

Why a process: a sweep trains model after model for minutes; in the window's process every Keras
step would take time from the GUI thread (the reason training runs in core.training.worker), a crash
inside TensorFlow would end the app, and joining a lab sweep sets KerasTuner's environment variables,
which are process-wide. Started with the spawn context like the training worker; it exits when its
job ends, when the window asks it to, or at once when the window's process dies (its pipe ends).

Messages (tuples of picklable values):
    window → sweep process: ("stop",), ("pause",), ("resume",)
    sweep process → window: ("loaded", None), ("trial", TrialRow), ("event", text),
                            ("plan", (ModelSpec, SearchSpace, SweepSettings)), ("done", SweepResult),
                            ("failed", message)
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from core.failures import failure_text
from core.i18n import translate
from core.model.spec import ModelSpec
from core.training.search_space import SearchSpace
from core.training.sweep import SweepSettings

NICENESS = 10  # below the window, as the training process
CLOSE_TIMEOUT_S = 2.0


@dataclass
class SweepJob:
    """What the sweep process runs. kind: "local" (search here), "host" (serve it to a lab) or "join"
    (run trials for the sweep at address)."""

    kind: str
    base: ModelSpec | None = None
    space: SearchSpace | None = None
    settings: SweepSettings | None = None
    dataset: str = ""
    validation: float | int = 0.1
    objective: str = "val_accuracy"
    address: str = ""  # host: where to listen ("0.0.0.0:8765"); join: the chief's address
    translations: tuple[str, ...] = field(default_factory=tuple)


def run_sweep_process(job: SweepJob, on_message: Callable[[tuple[str, Any]], None],
                      cancelled: Callable[[], bool], paused: Callable[[], bool] = lambda: False,
                      setup: Callable[[tuple[str, ...]], None] | None = None) -> Any:
    """Run job in a spawned process and wait for it (call this from a background thread): its
    messages go to on_message, cancelled() and paused() are passed on to it; returns its SweepResult
    or raises ValueError with its failure. setup(translations) runs first in the process."""
    context = multiprocessing.get_context("spawn")
    here, there = context.Pipe()
    process = context.Process(target=_serve, args=(there, job, setup), name="digitscope-sweep", daemon=True)
    process.start()
    there.close()
    stop_sent, pause_sent = False, False
    try:
        while True:
            if cancelled() and not stop_sent:
                stop_sent = _send(here, ("stop",))
            if not stop_sent and paused() != pause_sent:
                pause_sent = paused()
                _send(here, ("pause",) if pause_sent else ("resume",))
            if here.poll(0.1):
                try:
                    kind, value = here.recv()
                except (EOFError, OSError):
                    process.join(1.0)
                    raise ValueError(_ended_text(process.exitcode)) from None
                if kind == "done":
                    return value
                if kind == "failed":
                    raise ValueError(value)
                on_message((kind, value))
            elif not process.is_alive() and not here.poll(0):
                raise ValueError(_ended_text(process.exitcode))
    finally:
        here.close()
        process.join(CLOSE_TIMEOUT_S / 2)
        if process.is_alive():
            process.terminate()
            process.join(CLOSE_TIMEOUT_S / 2)
        if process.is_alive():
            process.kill()
            process.join()


def _send(connection: Connection, message: tuple) -> bool:
    with contextlib.suppress(OSError, BrokenPipeError):
        connection.send(message)
        return True
    return False


def _ended_text(code: int | None) -> str:
    return translate("sweep", "the sweep's process ended unexpectedly (exit code {code}); the trials "
                     "shown are kept").format(code=code)


# --- in the sweep process ------------------------------------------------------------------------
def _serve(connection: Connection, job: SweepJob, setup: Callable[[tuple[str, ...]], None] | None) -> None:
    """The sweep process's main function."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the window's terminal is the window's
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICENESS)
    stop, pause = threading.Event(), threading.Event()
    lock = threading.Lock()

    def send(message: tuple) -> None:
        with lock:
            try:
                connection.send(message)
            except (OSError, BrokenPipeError):
                os._exit(0)  # the window has gone

    def listen() -> None:
        while True:
            try:
                command = connection.recv()[0]
            except (EOFError, OSError):
                os._exit(0)  # the window's process ended: so does this one, at once
            if command == "stop":
                stop.set()
                pause.clear()
            elif command == "pause":
                pause.set()
            elif command == "resume":
                pause.clear()

    threading.Thread(target=listen, name="digitscope-sweep-commands", daemon=True).start()
    if setup is not None:
        setup(job.translations)
    try:
        result = _run(job, send, stop, pause)
    except Exception as e:  # every failure reaches the window as a message
        send(("failed", failure_text(e)))
    else:
        send(("done", result))


def _run(job: SweepJob, send: Callable[[tuple], None], stop: threading.Event, pause: threading.Event) -> Any:
    from core.data.catalogue import load_for_model
    from core.data.preprocess import prepare_data
    from core.tf_runtime import import_keras_quietly

    import_keras_quietly()

    def load(spec: ModelSpec, dataset: str, validation: float | int, seed: int) -> Any:
        data = prepare_data(load_for_model(dataset, spec, seed), spec, validation)
        send(("loaded", None))
        return data

    def on_trial(row: Any) -> None:
        send(("trial", row))

    def on_event(text: str) -> None:
        send(("event", text))

    if job.kind == "join":
        from core.training.lab_sweep import join_sweep
        from core.training.sweep import SweepResult, objective_of

        objective = [job.objective]

        def on_plan(*plan: Any) -> None:
            objective[0] = objective_of(plan[0])
            send(("plan", plan))

        rows = join_sweep(job.address, on_trial=on_trial, on_event=on_event, load=load, on_plan=on_plan,
                          cancelled=stop.is_set)
        return SweepResult(objective[0], rows, "cancelled" if stop.is_set() else "completed")
    assert job.base is not None and job.space is not None and job.settings is not None
    data = load(job.base, job.dataset, job.validation, job.settings.seed)
    if job.kind == "host":
        from core.training.lab_chief import host_sweep

        return host_sweep(job.base, job.space, job.settings, job.dataset, job.validation, job.objective,
                          job.address, on_trial=on_trial, on_event=on_event, cancelled=stop.is_set)
    from core.training.sweep import run_sweep

    return run_sweep(job.base, job.space, data, job.settings, on_trial=on_trial, cancelled=stop.is_set,
                     paused=pause.is_set)
