"""The training process (core.training.worker): the same training as in-process, commands obeyed,
crashes reported, never a process left behind. Real spawned processes, a small dataset."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from core.model.templates import template
from core.training.config import TrainConfig
from core.training.events import BatchEnd, Batches, DatasetLoaded, EpochEnd, ModelReady, Paused, TrainBegin
from core.training.worker import TrainingWorker, WorkerCrashed, WorkerJob, _GatheringSink

ROOT = Path(__file__).resolve().parents[2]


def small_dataset(tmp_path: Path, n: int = 600) -> str:
    from core.data.catalogue import load_dataset

    mnist = load_dataset("mnist")
    path = tmp_path / "small.npz"
    np.savez(path, x_train=mnist.x_train[:n], y_train=mnist.y_train[:n],
             x_test=mnist.x_test[:200], y_test=mnist.y_test[:200])
    return str(path)


def run_to_end(worker: TrainingWorker, job: WorkerJob, on_event=None, timeout: float = 120.0):
    """Send job and collect its events until the result: (events, ("done", result) or ("failed", text))."""
    assert worker.send("train", job)
    events = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = worker.receive(0.5)
        if message is None or message[0] == "ready":
            continue
        if message[0] == "event":
            events.append(message[1])
            if on_event is not None:
                on_event(message[1])
            continue
        return events, message
    raise AssertionError("the worker did not finish the job in time")


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie still answers kill(0); it has ended all the same.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


@pytest.fixture(scope="module")
def worker():
    w = TrainingWorker()
    w.start()
    yield w
    w.close()
    assert gone(w.pid)


class _FakeServer:
    def __init__(self) -> None:
        self.sent: list = []
        self.model = self.dataset = None
        self.dataset_sent = False

    def send(self, message) -> None:
        self.sent.append(message[1])


def test_batch_ends_are_gathered_in_order_and_sent_before_other_events():
    """300 batch ends in a few milliseconds cross the pipe as a handful of Batches, in order,
    before the epoch's end; a model is kept in the worker, only its size is sent."""
    server = _FakeServer()
    sink = _GatheringSink(server)
    for b in range(300):
        sink(BatchEnd(0, b, 300, 32 * (b + 1), 1000.0, {"loss": 1.0}))
    sink(EpochEnd({"epoch": 1, "loss": 1.0}))
    sink(ModelReady(model := object(), 1234))
    sent = server.sent
    assert isinstance(sent[-2], EpochEnd) and all(isinstance(e, Batches) for e in sent[:-2])
    assert len(sent) - 2 < 30
    assert [b.batch for e in sent[:-2] for b in e.batches] == list(range(300))
    assert sent[-1] == ModelReady(None, 1234) and server.model is model


def test_a_dataset_crosses_once(worker, tmp_path):
    path = small_dataset(tmp_path)
    config = TrainConfig(epochs=1, batch_size=64, validation=0.1, seed=1)
    events, (kind, result) = run_to_end(worker, WorkerJob(template("mlp_50"), path, config))
    assert kind == "done", result
    loaded = [e for e in events if isinstance(e, DatasetLoaded)]
    assert len(loaded) == 1 and loaded[0].dataset is not None and loaded[0].dataset.n_train == 600
    assert result.evaluation.images is None and result.evaluation.n == 200  # the window has them
    assert result.peak_memory_mb > 100  # TensorFlow is loaded in there
    events, (kind, result) = run_to_end(worker, WorkerJob(template("mlp_50"), path, config,
                                                          reuse_dataset=True))
    loaded = [e for e in events if isinstance(e, DatasetLoaded)]
    assert kind == "done" and len(loaded) == 1 and loaded[0].dataset is None
    assert "600 train" in loaded[0].summary


def test_the_same_seed_gives_the_same_weights_as_training_in_process(worker, tmp_path):
    from core.training.job import TrainJob, run_job

    path = small_dataset(tmp_path)
    config = TrainConfig(epochs=2, batch_size=32, validation=0.1, seed=7)
    spec = template("small_convnet")
    here = run_job(TrainJob(spec.copy(), path, config), lambda event: None)
    _, (kind, there) = run_to_end(worker, WorkerJob(spec.copy(), path, config))
    assert kind == "done", there
    assert len(there.weights) == len(here.weights)
    for a, b in zip(here.weights, there.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    assert [r["loss"] for r in there.epochs] == [r["loss"] for r in here.epochs]
    assert there.evaluation.test_accuracy == here.evaluation.test_accuracy


def test_train_again_continues_the_model_in_the_worker(worker, tmp_path):
    path = small_dataset(tmp_path)
    config = TrainConfig(epochs=1, batch_size=64, seed=3)
    _, (_, first) = run_to_end(worker, WorkerJob(template("mlp_50"), path, config))
    events, (kind, second) = run_to_end(worker, WorkerJob(template("mlp_50"), path, config, initial_epoch=1,
                                                          continue_model=True))
    begin = next(e for e in events if isinstance(e, TrainBegin))
    assert kind == "done" and begin.initial_epoch == 1 and second.epochs[0]["epoch"] == 2
    assert second.epochs[0]["loss"] < first.epochs[0]["loss"]  # it went on from the trained weights


def test_pause_resume_and_stop_reach_the_run(worker, tmp_path):
    path = small_dataset(tmp_path, 3000)
    paused_at: list[float] = []

    def on_event(event):
        if isinstance(event, Batches) and not paused_at:
            paused_at.append(time.monotonic())
            worker.send("pause")
        elif isinstance(event, Paused):
            time.sleep(0.3)
            worker.send("resume")
            worker.send("stop")

    events, (kind, result) = run_to_end(worker, WorkerJob(template("mlp_50"), path,
                                                          TrainConfig(epochs=20, batch_size=16)), on_event)
    assert kind == "done" and result.reason == "stopped" and len(result.epochs) < 20
    assert any(isinstance(e, Paused) for e in events)


def test_an_error_in_the_worker_is_a_message_and_the_worker_goes_on(worker, tmp_path):
    _, (kind, text) = run_to_end(worker, WorkerJob(template("mlp_50"), str(tmp_path / "nothing.npz"),
                                                   TrainConfig(epochs=1)))
    assert kind == "failed" and "nothing.npz" in text
    _, (kind, _result) = run_to_end(worker, WorkerJob(template("mlp_50"), small_dataset(tmp_path),
                                                      TrainConfig(epochs=1)))
    assert kind == "done"


def test_a_killed_worker_is_reported_and_leaves_nothing_behind(tmp_path):
    w = TrainingWorker()
    w.start()
    path = small_dataset(tmp_path, 3000)

    def kill_at_first_epoch(event):
        if isinstance(event, EpochEnd):
            os.kill(w.pid, signal.SIGKILL)

    with pytest.raises(WorkerCrashed, match="SIGKILL") as crashed:
        run_to_end(w, WorkerJob(template("mlp_50"), path, TrainConfig(epochs=50, batch_size=16)),
                   kill_at_first_epoch)
    text = str(crashed.value)
    assert "out of memory" in text and "Train starts a new training process" in text
    assert not w.alive and w.send("stop") is False
    t = time.monotonic()
    w.close()
    assert time.monotonic() - t < 1 and gone(w.pid)


def test_closing_during_the_workers_start_is_quick():
    w = TrainingWorker()
    w.start()
    time.sleep(0.5)  # importing TensorFlow now
    t = time.monotonic()
    w.close()
    assert time.monotonic() - t <= 3.0 and gone(w.pid)


def test_closing_during_a_run_ends_the_worker_within_three_seconds(tmp_path):
    w = TrainingWorker()
    w.start()
    path = small_dataset(tmp_path, 3000)
    assert w.send("train", WorkerJob(template("mlp_50"), path, TrainConfig(epochs=50, batch_size=16)))
    while True:
        message = w.receive(60)
        assert message is not None
        if message[0] == "event" and isinstance(message[1], EpochEnd):
            break
    t = time.monotonic()
    w.close()
    assert time.monotonic() - t <= 3.0 and gone(w.pid)


def test_the_worker_ends_when_the_window_process_dies():
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from core.training.worker import TrainingWorker
        if __name__ == "__main__":
            w = TrainingWorker()
            w.start()
            print(w.pid, flush=True)
            time.sleep(60)
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    pid = int(parent.stdout.readline())
    parent.send_signal(signal.SIGKILL)  # no atexit, no close(): only the pipe's end tells the worker
    parent.wait(10)
    deadline = time.monotonic() + 15
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert gone(pid)


def limit_memory(_translations) -> None:
    """A worker's setup for the test below: at most 600 MB more than it holds now."""
    import resource

    with open("/proc/self/statm") as f:
        size = int(f.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (size + 600 * 2**20, resource.RLIM_INFINITY))


def test_a_model_too_large_for_the_memory_left_is_a_message(tmp_path):
    w = TrainingWorker(limit_memory)
    w.start()
    spec = template("mlp_50")
    spec.layers[1].params["units"] = 400_000  # 314 M parameters: 1.2 GB of weights
    try:
        _, (kind, text) = run_to_end(w, WorkerJob(spec, small_dataset(tmp_path), TrainConfig(epochs=1),
                                                  translations=("any",)))
    except WorkerCrashed as e:  # an abort inside TensorFlow: the same message as a kill
        kind, text = "crashed", str(e)
    finally:
        w.close()
    print(kind, text)
    assert kind in ("failed", "crashed") and "memory" in text
