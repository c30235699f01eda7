"""Issue 20, item 3: a lab's computers in one sweep — a chief (`sweep --chief`) and two workers
(`sweep --worker`) on 127.0.0.1 finish a fixed number of trials between them, and a worker killed in
the middle of a trial does not stop the sweep: its trial runs again on the other computer. Plus the
plain refusals: an unreachable chief, a port in use, a worker given a model."""

from __future__ import annotations

import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "main.py", "sweep", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def sweep(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "sweep", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.slow
def test_a_chief_and_two_workers_finish_the_trials_though_one_worker_is_killed_mid_trial(tmp_path) -> None:
    port = free_port()
    record = tmp_path / "lab.json"
    chief = start("--model", "mlp_50", "--dataset", "mnist", "--trials", "5", "--epochs", "2",
                  "--learning-rate", "0.001:0.3", "--units", "16,32", "--seed", "3",
                  "--chief", f"127.0.0.1:{port}", "--worker-timeout", "8", "--json", str(record))
    workers = [start("--worker", f"127.0.0.1:{port}") for _ in range(2)]
    victim, survivor = workers
    killed_trial = None
    try:
        # the first worker is killed (kill -9: a laptop shut) as soon as it starts a trial
        watch = selectors.DefaultSelector()
        watch.register(victim.stderr, selectors.EVENT_READ)
        deadline = time.monotonic() + 240
        while killed_trial is None and time.monotonic() < deadline:
            line = victim.stderr.readline() if watch.select(timeout=1) else ""
            if " started: " in line:
                killed_trial = int(line.split()[1])
                os.killpg(victim.pid, signal.SIGKILL)
            assert chief.poll() is None and victim.poll() in (None, -9), "a process ended early"
        assert killed_trial is not None, "the first worker never started a trial"
        out, err = chief.communicate(timeout=400)
        worker_out, worker_err = survivor.communicate(timeout=60)
    finally:
        for p in (chief, *workers):
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
    assert chief.returncode == 0, err[-3000:]
    assert survivor.returncode == 0, worker_err[-3000:]
    lines = out.strip().splitlines()
    trial_lines = [line for line in lines if line.startswith("trial ")]
    assert len(trial_lines) == 5 and all("val_accuracy" in line for line in trial_lines), out
    assert "stopped answering" in err and "joined" in err
    summary = json.loads(lines[-1])
    assert summary["trials"] == 5
    trials = json.loads(record.read_text())["trials"]
    assert sorted(t["trial"] for t in trials) == [1, 2, 3, 4, 5]
    assert all(t["status"] == "COMPLETED" and t["score"] is not None for t in trials)
    # every epoch's score reached the chief as it ended: its curves, the best of which is the score
    assert all(len(t["curve"]) == 2 and max(t["curve"]) == pytest.approx(t["score"]) for t in trials)
    redone = next(t for t in trials if t["trial"] == killed_trial)
    survivor_name = json.loads(worker_out.strip().splitlines()[-1])["worker"]
    assert redone["worker"] == survivor_name  # the killed worker's trial, run again on the other
    assert {t["worker"] for t in trials} == {survivor_name}  # the victim finished none


@pytest.mark.slow
def test_workers_waiting_at_the_end_hear_that_the_sweep_is_over() -> None:
    port = free_port()
    chief = start("--model", "mlp_50", "--dataset", "mnist", "--trials", "3", "--epochs", "1",
                  "--units", "16,32,64", "--strategy", "grid", "--chief", f"127.0.0.1:{port}")
    workers = [start("--worker", f"127.0.0.1:{port}") for _ in range(3)]  # more workers than trials left
    try:
        out, err = chief.communicate(timeout=400)
        ends = [w.communicate(timeout=120) for w in workers]
    finally:
        for p in (chief, *workers):
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
    assert chief.returncode == 0, err[-3000:]
    assert [w.returncode for w in workers] == [0, 0, 0], [e[1][-1500:] for e in ends]
    assert sum(json.loads(o.strip().splitlines()[-1])["trials"] for o, _e in ends) == 3
    assert json.loads(out.strip().splitlines()[-1])["trials"] == 3


def test_a_worker_says_plainly_when_no_chief_answers() -> None:
    done = sweep("--worker", f"127.0.0.1:{free_port()}", timeout=60)
    assert done.returncode == 1 and "cannot reach a sweep at 127.0.0.1" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_chief_says_plainly_when_its_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = sweep("--model", "mlp_50", "--dataset", "mnist", "--units", "16,32", "--trials", "2",
                     "--chief", f"127.0.0.1:{port}")
    assert done.returncode == 1 and f"cannot listen on port {port}" in done.stderr, done.stderr[-2000:]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("args", "said"), [
    (["--worker", "127.0.0.1:1", "--model", "mlp_50"], "takes the model and the dataset from the chief"),
    (["--model", "mlp_50", "--dataset", "mnist", "--units", "16,32", "--strategy", "hyperband", "--chief"],
     "cannot be shared by a lab"),
    (["--worker", "nowhere:port"], "is not an address"),
    (["--units", "16"], "needs --model and --dataset"),
])
def test_lab_sweep_arguments_that_cannot_work_are_refused_in_one_line(args, said) -> None:
    done = sweep(*args, timeout=60)
    assert done.returncode == 1 and said in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
