"""Training in a process of its own, so that the window never stalls and a crash of TensorFlow ends a
run, not the lab.

Why a process (issue 15): a training thread shares the interpreter lock with the window, so every
Keras step taken in Python took time from it (GUI gaps of 125 ms measured), and an abort inside
TensorFlow (out of memory, a bad kernel) ended the whole app. The worker is started with the spawn
context (a fresh interpreter: no Qt state and no threads copied from the window), imports
TensorFlow at once so that the first Train does not wait for it, then runs one job at a time with
core.training.job.run_job, keeping the model and the dataset between jobs so that Train again
continues. The window keeps its own inference model for Draw and Inside, fed by weight copies.

Messages are tuples of picklable values:
    window → worker: ("train", WorkerJob), ("pause",), ("resume",), ("stop",), ("abandon",),
                     ("reset",) (forget the model and the dataset), ("quit",)
    worker → window: ("ready", core.tf_runtime.Runtime), ("event", a core.training.events event),
                     ("done", JobResult), ("failed", message)
Batch ends are gathered in the worker and sent as one Batches at most every BATCH_EVENTS_S, so
the window unpickles a few messages a second, not hundreds. Weight copies come at batch ends at
most four times a second (job.LIVE_WEIGHTS_EVERY_S) and at every epoch end.

Ending: ("quit",) abandons a run (it stops after the current batch) and the process exits within
QUIT_GRACE_S; TrainingWorker.close() waits, then terminates, then kills, so no process is left
behind. When the window's process dies, the worker's command pipe ends and it exits at once.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any

import numpy as np

from core.failures import failure_text
from core.i18n import translate
from core.model.spec import ModelSpec
from core.training.config import TrainConfig
from core.training.control import TrainControl
from core.training.events import BatchEnd, Batches, DatasetLoaded, ModelReady
from core.training.fine_tune import FineTune

BATCH_EVENTS_S = 0.05  # batch ends reach the window at most 20 times a second, gathered
QUIT_GRACE_S = 0.5  # after "quit", the longest the worker lets a run finish its batch (TensorBoard flushes)
CLOSE_TIMEOUT_S = 3.0  # the longest close() takes, the kill included
WORKER_NICENESS = 10  # the training process's priority below the window's (os.nice)

Setup = Callable[[tuple[str, ...]], None]  # installs the translations a job names, in the worker


@dataclass
class WorkerJob:
    """One press of Train, as the worker receives it (core.training.job.TrainJob without the
    objects that cannot cross a process: the model stays in the worker, control is its own)."""

    spec: ModelSpec
    dataset: str
    config: TrainConfig
    weights: list[np.ndarray] | None = None  # what a newly built model starts from
    initial_epoch: int = 0
    continue_model: bool = False  # train the worker's model of the last job on
    reuse_dataset: bool = False  # the window holds the dataset the worker loaded last: do not send it again
    translations: tuple[str, ...] = ()  # core.i18n.catalogs() of the window: messages in its language
    fine_tune: FineTune | None = None  # MNIST mixed in, augmented copies, the before/after comparison


class WorkerCrashed(RuntimeError):
    """The training process ended without a word (killed, out of memory, an abort in TensorFlow)."""


def crash_text(exitcode: int | None) -> str:
    """What the student reads when the training process ended unexpectedly."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        how = translate("TrainingWorker", "it was killed by {signal}: the computer ran out of memory, "
                        "or the process was ended from outside").format(signal=name) \
            if -exitcode == signal.SIGKILL else translate(
                "TrainingWorker", "it was ended by {signal}").format(signal=name)
    else:
        how = translate("TrainingWorker", "it exited with code {code}").format(code=exitcode)
    return translate("TrainingWorker", "The training process ended unexpectedly ({how}). The window, "
                     "the curves so far and the weights of the last finished epoch are kept; Train "
                     "starts a new training process. If it happens again, try a smaller model or "
                     "batch size.").format(how=how)


def _out_of_memory(error: BaseException) -> bool:
    return isinstance(error, MemoryError) or type(error).__name__ == "ResourceExhaustedError"


def out_of_memory_text(error: BaseException) -> str:
    """What the student reads when TensorFlow could not get the memory a run needs."""
    detail = str(error).strip().splitlines()[0][:300] if str(error).strip() else type(error).__name__
    return translate("TrainingWorker", "Out of memory: the model and a batch of its data need more memory "
                     "than this computer has free. Try a smaller batch size or fewer units or filters, "
                     "or close other programs. (TensorFlow said: {detail})").format(detail=detail)


class TrainingWorker:
    """The window's handle on one training process: start, send commands (from any thread),
    receive its messages (one reader thread), close."""

    def __init__(self, setup: Setup | None = None) -> None:
        context = multiprocessing.get_context("spawn")
        commands_in, self._commands = context.Pipe(duplex=False)
        self._events, events_out = context.Pipe(duplex=False)
        self.setup = setup
        self.process = context.Process(target=serve, args=(commands_in, events_out, setup),
                                       name="digitscope-training", daemon=True)
        self._child_ends: tuple[Connection, ...] = (commands_in, events_out)
        self._lock = threading.Lock()
        self.runtime: Any = None  # core.tf_runtime.Runtime once the worker said it is ready
        self.pid: int | None = None
        self.exitcode: int | None = None  # once it has ended
        self.closed = False

    def start(self) -> None:
        """Start the process (it imports TensorFlow at once, in the background)."""
        self.process.start()
        self.pid = self.process.pid
        for end in self._child_ends:  # ours closed: the pipes end when the worker does
            end.close()
        self._child_ends = ()

    @property
    def alive(self) -> bool:
        return not self.closed and self.pid is not None and self.process.is_alive()

    def send(self, *command: Any) -> bool:
        """Send a command; False when the worker is gone (the reader reports the crash)."""
        with self._lock:
            try:
                self._commands.send(command)
                return True
            except (OSError, ValueError):  # BrokenPipeError, or already closed
                return False

    def receive(self, timeout: float | None = None) -> tuple[Any, ...] | None:
        """The worker's next message, None after timeout seconds; WorkerCrashed when the process
        has ended (its last messages are read first)."""
        if self.closed:
            raise WorkerCrashed(crash_text(self.exitcode))
        ready = wait([self._events, self.process.sentinel], timeout)
        if not ready:
            return None
        if self._events in ready:
            try:
                message = self._events.recv()
            except (EOFError, OSError):
                pass
            else:
                if message[0] == "ready":
                    self.runtime = message[1]
                return message
        self.process.join(1.0)
        self.exitcode = self.process.exitcode
        raise WorkerCrashed(crash_text(self.exitcode))

    def close(self, timeout: float = CLOSE_TIMEOUT_S) -> None:
        """End the process within timeout seconds: asked to quit, then terminated, then killed."""
        if self.closed:
            return
        self.closed = True
        if self.pid is not None:
            deadline = time.monotonic() + timeout
            if self.process.is_alive():
                self.send("quit")
                self.process.join(max(0.0, timeout - 0.6))
            for end in (self.process.terminate, self.process.kill):
                if self.process.is_alive():
                    end()
                    self.process.join(max(0.05, min(0.3, deadline - time.monotonic())))
        for conn in (self._commands, self._events, *self._child_ends):
            conn.close()
        if self.pid is not None and not self.process.is_alive():
            self.exitcode = self.process.exitcode
            self.process.close()


# --- a spare worker, kept between windows of one process (a language switch, the tests) ------
_spare: list[TrainingWorker] = []


def acquire(setup: Setup | None = None) -> TrainingWorker:
    """A started worker: the spare one if it is alive, else a new one."""
    while _spare:
        worker = _spare.pop()
        if worker.alive and worker.setup is setup:
            return worker
        worker.close()
    worker = TrainingWorker(setup)
    worker.start()
    return worker


def release(worker: TrainingWorker, idle: bool) -> None:
    """A window is done with worker: keep it as the spare when it is idle and alive (forgetting its
    model and dataset), else close it."""
    if idle and worker.alive and not _spare and worker.send("reset"):
        _spare.append(worker)
    else:
        worker.close()


def close_spare() -> None:
    """End the spare worker (the app is quitting)."""
    while _spare:
        _spare.pop().close()


# --- the worker process ------------------------------------------------------------------------
def serve(commands: Connection, events: Connection, setup: Setup | None = None) -> None:
    """The training process's main function (runs in the spawned process)."""
    with contextlib.suppress(OSError, AttributeError):  # AttributeError: no os.nice (Windows)
        # Below the window: when both want a core, the window gets it at once (a GUI thread that
        # waited for the scheduler froze for 60-90 ms at a time); alone, training runs at full speed.
        os.nice(WORKER_NICENESS)
    _Server(commands, events, setup).run()


class _GatheringSink:
    """run_job's events, sent to the window: batch ends gathered, datasets sent once."""

    def __init__(self, server: _Server) -> None:
        self.server = server
        self.batches: list[BatchEnd] = []
        self.sent = 0.0

    def __call__(self, event: Any) -> None:
        if isinstance(event, BatchEnd):
            self.batches.append(event)
            now = time.perf_counter()
            if now - self.sent >= BATCH_EVENTS_S:
                self.sent = now
                self.flush()
            return
        self.flush()
        if isinstance(event, ModelReady):
            self.server.model = event.model
            event = ModelReady(None, event.params)
        elif isinstance(event, DatasetLoaded):
            if event.dataset is self.server.dataset and self.server.dataset_sent:
                event = DatasetLoaded(None, event.summary)  # the window has it already
            else:
                self.server.dataset, self.server.dataset_sent = event.dataset, True
        self.server.send(("event", event))

    def flush(self) -> None:
        if self.batches:
            batches, self.batches = self.batches, []
            self.server.send(("event", Batches(batches)))


class _Server:
    """The worker's state: one job at a time in the main thread; commands read in another."""

    def __init__(self, commands: Connection, events: Connection, setup: Setup | None) -> None:
        self.commands, self.events, self.setup = commands, events, setup
        self.jobs: queue.Queue[Any] = queue.Queue()
        self.control = TrainControl()
        self.busy = threading.Event()
        self.quitting = False
        self.model: Any = None
        self.dataset: Any = None
        self.dataset_sent = False
        self.translations: tuple[str, ...] = ()

    def send(self, message: tuple[Any, ...]) -> None:
        if not self.quitting:  # nobody reads any more: a full pipe must not hold the exit up
            self.events.send(message)

    def read_commands(self) -> None:
        while True:
            try:
                command = self.commands.recv()
            except (EOFError, OSError):  # the window's process is gone: so is this one
                os._exit(0)
            kind = command[0]
            if kind == "train":
                self.control = TrainControl()  # made here, so that pause and stop reach this job
                self.jobs.put((command[1], self.control))
            elif kind in ("pause", "resume", "stop", "abandon"):
                getattr(self.control, kind)()
            elif kind == "reset":
                self.jobs.put(("reset", None))
            elif kind == "quit":
                self.quitting = True
                self.control.abandon()
                self.jobs.put(None)
                deadline = time.monotonic() + QUIT_GRACE_S
                while self.busy.is_set() and time.monotonic() < deadline:
                    time.sleep(0.02)
                os._exit(0)

    def run(self) -> None:
        threading.Thread(target=self.read_commands, name="commands", daemon=True).start()
        from core.tf_runtime import import_keras_quietly, load_tensorflow

        import_keras_quietly()  # TensorFlow's start-up lines stay out of the student's terminal
        self.send(("ready", load_tensorflow(trains=True)))
        while True:
            item = self.jobs.get()
            if item is None:
                break
            job, control = item
            if job == "reset":
                self.forget()
            else:
                self.busy.set()
                try:
                    self.run_job(job, control)
                finally:
                    self.busy.clear()
            if self.quitting:
                break
        os._exit(0)  # TensorFlow's own exit handlers can take seconds; nothing is left to write

    def forget(self) -> None:
        self.dataset, self.dataset_sent = None, False
        self.forget_model()

    def forget_model(self) -> None:
        """Drop the model so far: its traced functions go too (clear_session), its memory is
        collected before the next model is built. (Keras still leaves ~6 MB per model behind: see
        gui.session.training_controller.RECYCLE_MB.)"""
        import gc

        import keras

        self.model = None
        gc.collect()  # the model's reference cycles first: clear_session cannot free what is held
        keras.backend.clear_session()
        gc.collect()

    def run_job(self, job: WorkerJob, control: TrainControl) -> None:
        import resource

        from core.training.job import TrainJob, run_job

        if self.setup is not None and job.translations != self.translations:
            self.setup(job.translations)
            self.translations = job.translations
        model = self.model if job.continue_model else None
        if model is None and self.model is not None:
            self.forget_model()
        if not job.reuse_dataset:  # the window has not got it (or wants the files read again)
            self.dataset, self.dataset_sent = None, False
        try:
            result = run_job(TrainJob(job.spec, job.dataset, job.config, control, model, job.weights,
                                      job.initial_epoch, self.dataset, job.fine_tune), _GatheringSink(self))
        except Exception as e:  # every failure reaches the window as a message
            self.model = None  # half trained or not built: the window starts again from its weights
            self.send(("failed", out_of_memory_text(e) if _out_of_memory(e) else failure_text(e)))
            return
        if result.evaluation is not None:
            result.evaluation.images = None  # the window has the dataset's images
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        self.send(("done", replace(result, peak_memory_mb=peak)))


def process_rss_mb(pid: int | None) -> float | None:
    """A process's resident memory in MB, where the system says it (/proc); else None."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


atexit.register(close_spare)  # the spare never outlives the process that started it
