"""Start-up in fresh processes: first paint, TensorFlow ready, and the bare `import tensorflow`
reference, alternated run by run; memory of the window and its training process, and of the bare
import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


class BenchError(RuntimeError):
    """A measurement that could not be taken; the message says which and why."""


def run_child(*args: str, timeout: float = 300) -> tuple[float, dict[str, Any]]:
    """Start `python -m gui.benchmark.child ARGS`; its start time (time.time()) and its JSON line."""
    # Each process its own data folder: one killed mid-run must not offer its autosave to the next.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TF_CPP_MIN_LOG_LEVEL="2",
               XDG_DATA_HOME=tempfile.mkdtemp(dir=os.environ.get("DIGITSCOPE_BENCH_DATA")))
    started = time.time()
    proc = subprocess.run([sys.executable, "-m", "gui.benchmark.child", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise BenchError(f"child {' '.join(args)} failed (exit {proc.returncode}): {' | '.join(tail)}")
    return started, json.loads(lines[-1])


def startup_times(runs: int, report: Any) -> dict[str, list[float]]:
    """First paint and TensorFlow-ready times of `runs` fresh app processes, alternated with as
    many bare `import tensorflow` processes (the reference), in seconds from process start."""
    out: dict[str, list[float]] = {"first_paint_s": [], "tf_ready_s": [], "import_tensorflow_s": [],
                                   "import_tensorflow_rss_mb": []}
    for i in range(runs):
        started, app = run_child("startup")
        if "error" in app or "tf_ready" not in app:
            raise BenchError(f"TensorFlow did not load in the app: {app.get('error', 'timeout')}")
        if not app.get("train_enabled"):
            raise BenchError("TensorFlow loaded but Train stayed disabled")
        out["first_paint_s"].append(app["first_paint"] - started)
        out["tf_ready_s"].append(app["tf_ready"] - started)
        started, bare = run_child("import_tensorflow")
        out["import_tensorflow_s"].append(bare["imported"] - started)
        out["import_tensorflow_rss_mb"].append(bare["rss_mb"])
        report(f"start-up {i + 1}/{runs}: first paint {out['first_paint_s'][-1]:.2f} s, TensorFlow ready "
               f"{out['tf_ready_s'][-1]:.2f} s, bare import {out['import_tensorflow_s'][-1]:.2f} s")
    return out


def training_memory(quick: bool, workdir: Path, report: Any) -> tuple[dict[str, float], str]:
    """Peak resident memory (MB) of the window and of its training process while the app trains
    the small convnet on full Fashion-MNIST (Debian's files; without them, a stand-in of the same
    size), and what it trained on."""
    import numpy as np

    from core.data.catalogue import load_dataset
    from core.data.dataset import DatasetError

    try:
        load_dataset("fashion_mnist")
        dataset, name = "fashion_mnist", "Fashion-MNIST (60,000 + 10,000)"
    except DatasetError:
        rng = np.random.default_rng(0)
        path = workdir / "fashion-size.npz"
        x = rng.integers(0, 256, (70_000, 28, 28), dtype=np.uint8)
        y = rng.integers(0, 10, 70_000)
        np.savez(path, x_train=x[:60_000], y_train=y[:60_000], x_test=x[60_000:], y_test=y[60_000:])
        dataset, name = str(path), "random 60,000 + 10,000 28×28 images (Fashion-MNIST not installed)"
    stop = 30 if quick else 0
    _, result = run_child("train", dataset, str(stop), timeout=900)
    if not result.get("batches") or "worker_rss_mb" not in result:
        raise BenchError(f"training for the memory figure did not run: {result.get('error')}")
    report(f"memory training small_convnet on {name}, {result['batches']} batches: window "
           f"{result['rss_mb']:.0f} MB, training process {result['worker_rss_mb']:.0f} MB (peaks)")
    return ({"window": float(result["rss_mb"]), "worker": float(result["worker_rss_mb"])},
            name + (f", stopped after {stop} batches" if stop else ", 1 epoch"))
