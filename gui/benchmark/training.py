"""Training throughput: the app's path (QThread, Keras callback, live curves, the window shown)
against plain `model.fit(verbose=0)` on the same model, data and batch size, alternated pair by
pair in one process; and the GUI thread's longest stall while the app trains."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

HEARTBEAT_MS = 10


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


def _plain_fit(spec: Any, dataset: Any, epochs: int, batch_size: int) -> tuple[float, int]:
    """The reference: what the notes do, with nothing of DigitScope's training loop."""
    import keras

    from core.data.preprocess import prepare_data
    from core.model.build import build_model

    keras.utils.set_random_seed(42)
    data = prepare_data(dataset, spec, 0.1)
    model = build_model(spec)
    t = time.perf_counter()
    model.fit(data.x_train, data.y_train, batch_size=batch_size, epochs=epochs,
              validation_data=(data.x_val, data.y_val), shuffle=True, verbose=0)
    return time.perf_counter() - t, len(data.x_train) * epochs


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
               report: Any) -> dict[str, list]:
    """Pairs of (app, plain) runs, the order alternating; samples/s of each and their ratios."""
    from core.data.catalogue import load_dataset
    from core.model.templates import template

    panel = window.trainer
    window.doc.edit(template(template_name), f"Template {template_name}", 0)  # as the Template combo does
    window.areas.setCurrentWidget(window._train_area)
    settings = panel.settings
    settings.own_path = dataset_path
    settings.dataset_combo.setCurrentIndex(settings.dataset_combo.count() - 1)  # "your own data"
    settings.epochs.setValue(epochs)
    settings.batch_size.setValue(32)
    spec = template(template_name)
    dataset = load_dataset(dataset_path)
    watch = _Watch(panel.controller)
    out: dict[str, list] = {"app_sps": [], "plain_sps": [], "ratio": [], "gaps": [], "steady_gaps": [],
                          "gui_cpu_share": []}

    def app_run() -> float:
        panel.controller.forget_model()
        watch.run(panel.train_button.click)
        if watch.end is None or watch.end.reason != "completed":
            raise RuntimeError(f"the app's training run did not complete: {panel.progress_label.text()}")
        out["gaps"].extend(watch.gaps)
        # Once batches arrive, TensorFlow has built and traced the model: the steady state.
        out["steady_gaps"].extend(g for g, at in zip(watch.gaps, watch.gap_at, strict=True)
                                  if at > watch.first_batches)
        watch.gaps, watch.gap_at = [], []
        samples = watch.begin.n_train * epochs
        seconds = watch.end.time - watch.begin.time
        out["gui_cpu_share"].append(watch.gui_cpu / (time.perf_counter() - watch.started))
        return samples / seconds

    def plain_run() -> float:
        seconds, samples = _plain_fit(spec, dataset, epochs, 32)
        return samples / seconds

    plain_run()  # warm-up: Keras's training machinery is traced and imported once, by neither side
    for k in range(pairs):
        if k % 2 == 0:
            app, plain = app_run(), plain_run()
        else:
            plain, app = plain_run(), app_run()
        out["app_sps"].append(app)
        out["plain_sps"].append(plain)
        out["ratio"].append(app / plain)
        report(f"training {template_name} pair {k + 1}/{pairs}: app {app:,.0f} samples/s, plain fit "
               f"{plain:,.0f} samples/s, ratio {app / plain:.3f}")
    return out
