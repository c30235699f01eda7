"""Training throughput: the app's path (its training process, Keras callback, events over the pipe,
live curves, the window shown) against plain `model.fit(verbose=0)` in a process of its own on the
same model, data and batch size, alternated pair by pair; and the GUI thread's gaps while the app
trains."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

HEARTBEAT_MS = 10
# Each run, the app's and the reference's, starts after this much quiet: without it the app's
# Train was pressed while the reference process was still tearing down its fit (or the window
# still showing the last run's results), and that, not the app, made the press's 55-72 ms gap
# (16-19 ms with the quiet) and lowered whichever run came second.
SETTLE_MS = 1500


class _Watch:
    """Receives the training controller's events in the GUI thread (a QObject slot)."""

    def __init__(self, controller: Any) -> None:
        from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot

        watch = self

        class Receiver(QObject):
            @Slot(object)
            def on_event(self, event: Any) -> None:
                from core.training.events import Batches, TrainBegin, TrainEnd

                if isinstance(event, TrainBegin):
                    watch.begin = event
                elif isinstance(event, Batches) and not watch.first_batches:
                    watch.first_batches = time.perf_counter() - watch.started
                elif isinstance(event, TrainEnd):
                    watch.end = event
                    watch.beating = False

            @Slot(bool)
            def on_running(self, running: bool) -> None:
                if not running:
                    watch.loop.quit()

            @Slot()
            def beat(self) -> None:
                now = time.perf_counter()
                if watch.beating:
                    watch.gaps.append(1000 * (now - watch.last))
                    watch.gap_at.append(now - watch.started)
                watch.last = now

        self.receiver = Receiver()
        self.loop = QEventLoop()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.receiver.beat)
        controller.progress.connect(self.receiver.on_event)
        controller.runningChanged.connect(self.receiver.on_running)
        self.begin: Any = None  # core.training.events.TrainBegin of the last run
        self.end: Any = None  # and its TrainEnd
        self.gaps: list[float] = []
        self.gap_at: list[float] = []  # when each gap ended, seconds after Train was clicked
        self.started = 0.0
        self.first_batches = 0.0  # when the first batches arrived, seconds after the click
        self.beating = False
        self.last = 0.0
        self.gui_cpu = 0.0

    def run(self, start: Any) -> None:
        """Click Train (start()), beat every 10 ms until fit ends, wait until the run is over."""
        self.begin, self.end = None, None
        self.last, self.beating = time.perf_counter(), True
        self.started = self.last
        self.first_batches = 0.0
        cpu = time.thread_time()  # this (GUI) thread's CPU time: painting, slots, the heartbeat
        self.timer.start()
        start()
        self.loop.exec()
        self.timer.stop()
        self.gui_cpu = time.thread_time() - cpu
        self.beating = False


def _plain_fit(spec_json: str, dataset_path: str, epochs: int, batch_size: int) -> float:
    """The reference, in a process of its own like the app's training process: what the notes
    do, with nothing of DigitScope's training loop; samples per second of model.fit alone."""
    from core.tf_runtime import import_keras_quietly

    import_keras_quietly()
    import keras

    from core.data.catalogue import load_dataset
    from core.data.preprocess import prepare_data
    from core.model.build import build_model
    from core.model.spec import ModelSpec

    spec = ModelSpec.from_json(spec_json)
    keras.utils.set_random_seed(42)
    data = prepare_data(load_dataset(dataset_path), spec, 0.1)
    model = build_model(spec)
    t = time.perf_counter()
    model.fit(data.x_train, data.y_train, batch_size=batch_size, epochs=epochs,
              validation_data=(data.x_val, data.y_val), shuffle=True, verbose=0)
    return len(data.x_train) * epochs / (time.perf_counter() - t)


class PlainFit:
    """A process kept for the reference runs (TensorFlow imported once, as in the app's)."""

    def __init__(self) -> None:
        import multiprocessing

        self.pool = multiprocessing.get_context("spawn").Pool(1)

    def samples_per_second(self, spec: Any, dataset_path: str, epochs: int, batch_size: int) -> float:
        return float(self.pool.apply(_plain_fit, (spec.to_json(), dataset_path, epochs, batch_size)))

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def bench_dataset(workdir: Path, n_train: int) -> tuple[str, str]:
    """A .npz of n_train training images (Fashion-MNIST, as in the notes, or offline MNIST when
    Debian's files are missing) that both sides train on; its path and a description."""
    from core.data.catalogue import load_dataset
    from core.data.dataset import DatasetError

    try:
        source = load_dataset("fashion_mnist")
    except DatasetError:
        source = load_dataset("mnist")
    n = min(n_train, source.n_train)
    path = workdir / f"bench-{source.name}-{n}.npz"
    np.savez(path, x_train=source.x_train[:n], y_train=source.y_train[:n],
             x_test=source.x_test[:500], y_test=source.y_test[:500])
    return str(path), f"{n:,} {source.name} training images"


def throughput(window: Any, template_name: str, dataset_path: str, epochs: int, pairs: int,
               plain: PlainFit, report: Any) -> dict[str, list]:
    """Pairs of (app, plain) runs, the order alternating; samples/s of each and their ratios, and
    per app run: the GUI thread's longest gap and p99 gap, and the training process's peak memory."""
    from core.model.templates import template
    from gui.benchmark.session import settle

    panel = window.trainer
    window.doc.edit(template(template_name), f"Template {template_name}", 0)  # as the Template combo does
    window.areas.setCurrentWidget(window._train_area)
    settings = panel.settings
    settings.own_path = dataset_path
    settings.dataset_combo.setCurrentIndex(settings.dataset_combo.count() - 1)  # "your own data"
    settings.epochs.setValue(epochs)
    settings.batch_size.setValue(32)
    spec = template(template_name)
    watch = _Watch(panel.controller)
    finished: list[Any] = []
    panel.controller.finished.connect(finished.append)
    out: dict[str, list] = {"app_sps": [], "plain_sps": [], "ratio": [], "gap_max": [], "gap_p99": [],
                            "steady_gap_max": [], "gui_cpu_share": [], "worker_rss_mb": []}

    def app_run() -> float:
        panel.controller.forget_model()
        settle(SETTLE_MS)
        watch.run(panel.train_button.click)
        if watch.end is None or watch.end.reason != "completed":
            raise RuntimeError(f"the app's training run did not complete: {panel.progress_label.text()}")
        out["gap_max"].append(max(watch.gaps))
        out["gap_p99"].append(float(np.percentile(watch.gaps, 99)))
        # Once batches arrive, TensorFlow has built and traced the model: the steady state.
        steady = [g for g, at in zip(watch.gaps, watch.gap_at, strict=True) if at > watch.first_batches]
        out["steady_gap_max"].append(max(steady) if steady else float("nan"))
        watch.gaps, watch.gap_at = [], []
        samples = watch.begin.n_train * epochs
        seconds = watch.end.time - watch.begin.time  # perf_counter is the system's monotonic clock
        out["gui_cpu_share"].append(watch.gui_cpu / (time.perf_counter() - watch.started))
        if finished:
            out["worker_rss_mb"].append(finished[-1].peak_memory_mb)
        return samples / seconds

    def plain_run() -> float:
        settle(SETTLE_MS)
        return plain.samples_per_second(spec, dataset_path, epochs, 32)

    plain_run()  # warm-up: each process traces Keras's training machinery once, unmeasured
    app_run()
    out = {key: [] for key in out}
    for k in range(pairs):
        if k % 2 == 0:
            app, reference = app_run(), plain_run()
        else:
            reference, app = plain_run(), app_run()
        out["app_sps"].append(app)
        out["plain_sps"].append(reference)
        out["ratio"].append(app / reference)
        report(f"training {template_name} pair {k + 1}/{pairs}: app {app:,.0f} samples/s, plain fit "
               f"{reference:,.0f} samples/s, ratio {app / reference:.3f}, longest GUI gap "
               f"{out['gap_max'][-1]:.0f} ms")
    panel.controller.finished.disconnect(finished.append)
    return out
