"""A simulated lab (issue 17, item 7): what one student does in a two-hour lab, compressed, in one
real window (TensorFlow loaded), measuring memory per simulated hour, open files and threads.

A lab hour is ROUNDS_PER_HOUR rounds; one round is what a student does in about ten minutes:
choose another model in Build, train it to the end (the test evaluation included), train on and
stop it after a few batches, New weights, train one epoch, draw two digits on Draw's canvas with
mouse events and read the bars, look at two pages of Inside, then File ▸ Save Workspace and File ▸
Open Workspace of that file. Every model of LAB_TEMPLATES is trained once before the baseline is
taken, so the first traces of each (which TensorFlow keeps) are not counted as growth.

Figures (keys of bench --session's JSON, rows of its table): the window's memory at the end of
each simulated hour and its growth in the last one; the training process's memory at each hour's
end and how many processes the lab used (the window replaces one that grew, see
gui.session.training_controller.RECYCLE_MB); open files and threads after the lab against the
baseline; the longest GUI-thread gap and the step it happened in.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from gui.benchmark.session import (
    Recorder,
    counts,
    pick_template,
    rss_mb,
    settle,
    train_once,
    wait_until,
)
from gui.benchmark.startup import BenchError

LAB_TEMPLATES = ("mlp_300_100", "conv_128", "mlp_50", "small_convnet")
ROUNDS_PER_HOUR = 6
DIGITS_PER_ROUND = 2


def open_files() -> int:
    """File descriptors this process holds now (/proc/self/fd)."""
    return len(os.listdir("/proc/self/fd"))


def growth_per_hour(rss_by_round: list[float], rounds_per_hour: int) -> float:
    """MB per simulated hour: the least-squares slope of memory over the rounds, times the rounds
    of an hour (0 with fewer than two rounds)."""
    if len(rss_by_round) < 2:
        return 0.0
    slope = np.polyfit(np.arange(len(rss_by_round), dtype=float), np.asarray(rss_by_round, float), 1)[0]
    return float(slope * rounds_per_hour)


def _worker_rss_mb(controller: Any) -> tuple[int | None, float | None]:
    from core.training.worker import process_rss_mb

    pid = controller.worker.pid if controller.worker is not None else None
    return pid, process_rss_mb(pid)


class _Lab:
    """The steps of one round, on the real window, each timed into rec.phase_max."""

    def __init__(self, window: Any, rec: Recorder, folder: Path, digits: list) -> None:
        self.window, self.rec, self.folder, self.digits = window, rec, folder, digits
        self.panel = window.trainer
        self.round = 0

    def step(self, name: str) -> None:
        self.rec.phase = name

    def build(self, name: str) -> None:
        self.step("build: choose a model")
        self.window.areas.setCurrentWidget(self.window.builder)
        pick_template(self.window, name)
        settle(50)

    def train(self) -> None:
        window, panel, rec = self.window, self.panel, self.rec
        window.areas.setCurrentWidget(window._train_area)
        self.step("train: 2 epochs and the test evaluation")
        train_once(panel, rec, 2, None)
        self.step("train: go on, stop after 3 batches")
        train_once(panel, rec, 1000, 3)
        self.step("train: new weights")
        panel.reset_button.click()
        settle(50)
        self.step("train: 1 epoch")
        train_once(panel, rec, 1, None)

    def draw(self) -> None:
        from PySide6.QtWidgets import QApplication

        from gui.benchmark.replay import fit_to_canvas, send_stroke

        window = self.window
        self.step("draw: the model rebuilt")
        window.areas.setCurrentWidget(window._draw_area)
        drawer = window.drawer
        if drawer.source != "app":
            drawer.use_source("app")
        key = window.doc.spec.architecture_key()
        wait_until(lambda: drawer.predictor is not None and drawer._app_key == key, 120,
                   "Draw & predict to rebuild its model")
        self.step("draw: strokes and bars")
        canvas = drawer.canvas
        for k in range(DIGITS_PER_ROUND):
            strokes = self.digits[(self.round * DIGITS_PER_ROUND + k) % len(self.digits)]
            canvas.clear()
            for stroke in fit_to_canvas(strokes, canvas.width(), canvas.height()):
                send_stroke(canvas, stroke)
                QApplication.processEvents()
            settle(60)  # the throttled prediction frame, as between a person's strokes
            if drawer.bars.top() is None:
                raise BenchError("the bars showed nothing for a drawn digit")
        canvas.clear()

    def inside(self) -> None:
        window = self.window
        self.step("inside: the model rebuilt")
        window.areas.setCurrentWidget(window._inside_area)
        inside = window.inside
        if inside.source != "app":
            inside.use_source("app")
        key = window.doc.spec.architecture_key()
        wait_until(lambda: inside.model is not None and inside._app_key == key, 120,
                   "Inside the network to rebuild its model")
        self.step("inside: weights and activations")
        for tab in (0, 2):
            inside.tabs.setCurrentIndex(tab)
            inside.layer_list.setCurrentRow(min(1, inside.layer_list.count() - 1))
            settle(80)  # its views compute from a timer

    def workspace(self) -> None:
        path = self.folder / f"lab-{self.round % 2}.digitscope"  # two files, each saved over again
        self.step("file: save workspace")
        if not self.window.save_workspace(path):
            raise BenchError(f"could not save the workspace {path}")
        settle(50)
        self.step("file: open workspace")
        if not self.window.open_workspace(path):
            raise BenchError(f"could not open the workspace {path}")
        settle(50)

    def one_round(self, name: str, inside: bool = True, files: bool = True) -> float:
        t = time.perf_counter()
        self.build(name)
        self.train()
        self.draw()
        if inside:
            self.inside()
        if files:
            self.workspace()
        self.round += 1
        self.step("")
        return time.perf_counter() - t


def lab_session(window: Any, dataset_path: str | Path, hours: int = 2,
                rounds_per_hour: int = ROUNDS_PER_HOUR,
                report: Callable[[str], None] = print) -> dict[str, Any]:
    """Simulate hours of a lab on window (TensorFlow loaded) and return the figures (lab_* keys)."""
    from gui.benchmark.drawing import PENDIGITS, pen_samples

    controller = window.trainer.controller
    settings = window.trainer.settings
    settings.own_path = str(dataset_path)
    settings.dataset_combo.setCurrentIndex(settings.dataset_combo.count() - 1)  # "your own data"
    settings.batch_size.setValue(20)
    rec = Recorder(controller)
    raised: list[str] = []

    def refuse(title: str, message: str) -> None:  # a message box would wait for a click forever
        raised.append(f"{title}: {message}")

    window._error = refuse
    pids: set[int] = set()

    def sample() -> dict[str, Any]:
        pid, worker_mb = _worker_rss_mb(controller)
        if pid is not None:
            pids.add(pid)
        now = counts()
        return {**now, "open_files": open_files(), "worker_pid": pid, "worker_rss_mb": worker_mb}

    out: dict[str, Any] = {"lab_hours": hours, "lab_rounds_per_hour": rounds_per_hour}
    with tempfile.TemporaryDirectory(prefix="digitscope-lab-") as tmp:
        lab = _Lab(window, rec, Path(tmp), pen_samples(PENDIGITS, 24))
        report(f"lab: warm-up, each of {', '.join(LAB_TEMPLATES)} once")
        for name in LAB_TEMPLATES:
            lab.one_round(name)
        if raised:
            raise BenchError(raised[0])
        settle(300)
        base = sample()
        report(f"lab baseline: RSS {base['rss_mb']:.1f} MB, training process "
               f"{base['worker_rss_mb'] or 0:.1f} MB, {base['open_files']} open files, "
               f"{base['os_threads']} OS threads, Python threads {base['python_thread_names']}")
        rec.phase_max.clear()
        gaps = rec.start()
        by_hour: list[dict[str, Any]] = []
        round_s: list[float] = []
        rss_by_round: list[float] = []
        for hour in range(1, hours + 1):
            for k in range(rounds_per_hour):
                name = LAB_TEMPLATES[(hour * rounds_per_hour + k) % len(LAB_TEMPLATES)]
                round_s.append(lab.one_round(name))
                rss_by_round.append(rss_mb())
                if raised:
                    raise BenchError(raised[0])
            rec.stop()
            settle(300)
            at = sample()
            by_hour.append(at)
            report(f"lab hour {hour}: RSS {at['rss_mb']:.1f} MB, training process "
                   f"{at['worker_rss_mb'] or 0:.1f} MB (pid {at['worker_pid']}), {at['open_files']} open "
                   f"files, {at['os_threads']} OS threads, longest gap {max(gaps, default=0):.0f} ms")
            rec.beating, rec.last = True, time.perf_counter()
            rec.timer.start()
        rec.stop()
    del window._error
    rss = [base["rss_mb"]] + [h["rss_mb"] for h in by_hour]
    worker = [h["worker_rss_mb"] for h in by_hour if h["worker_rss_mb"] is not None]
    before = by_hour[-2] if len(by_hour) > 1 else base
    # the training process's growth in the last hour: NaN when it was replaced meanwhile
    same_process = before["worker_pid"] is not None and by_hour[-1]["worker_pid"] == before["worker_pid"]
    worker_growth = (by_hour[-1]["worker_rss_mb"] - before["worker_rss_mb"] if same_process
                     else float("nan"))
    last = by_hour[-1]
    worst = max(rec.phase_max.items(), key=lambda kv: kv[1], default=("", float("nan")))
    out.update(
        lab_round_s_median=float(np.median(round_s)),
        lab_rss_mb_baseline=base["rss_mb"], lab_rss_mb_by_hour=rss[1:],
        lab_rss_mb_first_hour=rss[1] - rss[0], lab_rss_mb_last_hour=rss[-1] - rss[-2],
        # the slope over every round, not two end points: the heap moves by a few MB either way
        lab_rss_mb_per_hour=growth_per_hour(rss_by_round, rounds_per_hour), lab_rss_mb_by_round=rss_by_round,
        lab_worker_rss_mb_baseline=base["worker_rss_mb"], lab_worker_rss_mb_by_hour=worker,
        lab_worker_rss_mb_max=max(worker) if worker else None, lab_training_processes=len(pids),
        lab_worker_rss_mb_per_hour=worker_growth,
        lab_open_files_baseline=base["open_files"], lab_open_files_after=last["open_files"],
        lab_open_files_added=last["open_files"] - base["open_files"],
        lab_os_threads_baseline=base["os_threads"], lab_os_threads_after=last["os_threads"],
        lab_os_threads_added=last["os_threads"] - base["os_threads"],
        lab_python_threads_added=last["python_threads"] - base["python_threads"],
        lab_qthreads_added=last["qthreads"] - base["qthreads"],
        lab_gui_max_stall_ms=max(gaps) if gaps else float("nan"),
        lab_gui_stall_p99_ms=float(np.percentile(gaps, 99)) if gaps else float("nan"),
        lab_gui_max_stall_step=worst[0], lab_gui_max_stall_ms_by_step=dict(rec.phase_max),
    )
    report(f"lab: {hours} simulated hours, RSS {rss[0]:.1f} → {rss[-1]:.1f} MB "
           f"({out['lab_rss_mb_per_hour']:+.1f} MB per hour), open files "
           f"{base['open_files']} → {last['open_files']}, OS threads {base['os_threads']} → "
           f"{last['os_threads']}, longest gap {out['lab_gui_max_stall_ms']:.0f} ms ({worst[0]})")
    return out
