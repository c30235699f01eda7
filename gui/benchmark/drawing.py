"""A mouse event on the canvas → the bar chart painted with the new probabilities, over real pen
strokes, with the default model; and the reference: `model.predict(x)` on the same model."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from gui.benchmark.startup import ROOT

# Real pen digits (for the benchmark only, never shipped): ../shared/data beside the checkout.
PENDIGITS = ROOT.parent / "shared" / "data" / "pendigits" / "pendigits-test-strokes.jsonl"
MOUSE_INTERVAL_S = 0.008  # a 125 Hz mouse: one event every 8 ms


def pen_samples(path: Path | None, count: int) -> list[list[list[tuple[float, float]]]]:
    """Real pen digits (pendigits JSON lines) spread over the file, or, without the file, a
    few hand-made digits (so the harness still runs)."""
    if path is not None and path.exists():
        with path.open() as f:
            lines = f.readlines()
        step = max(1, len(lines) // count)
        return [json.loads(line)["strokes"] for line in lines[::step][:count]]
    made = [[[(50, 0), (50, 100)]], [[(10, 10), (90, 10), (45, 120)]],
            [[(80, 10), (20, 10), (20, 55), (80, 55), (80, 110), (20, 110)]]]
    return (made * count)[:count]


def draw_to_bars(window: Any, samples: list, report: Any) -> dict[str, list[float]]:
    """Latency (ms) of every mouse event sent to the real canvas until the bars' plot has painted
    probabilities computed from strokes that include that event; plus the prediction's own time."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from gui.benchmark.replay import fit_to_canvas

    app = QApplication.instance()
    drawer = window.drawer
    window.areas.setCurrentWidget(window._draw_area)
    if not drawer.use_source("default"):
        raise RuntimeError("the default model could not be opened")
    canvas, view = drawer.canvas, drawer.bars.view
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)
    sent: list[float] = []  # perf_counter just before each mouse event was delivered
    state = {"cover": None, "painted": 0}
    latencies: list[float] = []
    compute: list[float] = []
    update, paint = drawer.update_prediction, view.paintEvent

    def timed_update() -> None:
        covered = len(sent)
        t = time.perf_counter()
        update()
        compute.append(1000 * (time.perf_counter() - t))
        state["cover"] = covered

    def timed_paint(event: Any) -> None:
        paint(event)
        covered = state["cover"]
        if covered is not None and covered > state["painted"]:
            now = time.perf_counter()
            latencies.extend(1000 * (now - t) for t in sent[state["painted"]:covered])
            state["painted"], state["cover"] = covered, None

    drawer.update_prediction = timed_update  # the stroke-finished path calls it by name
    drawer._frame.timeout.disconnect()
    drawer._frame.timeout.connect(timed_update)
    view.paintEvent = timed_paint
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    try:
        for k, strokes in enumerate(samples):
            canvas.clear()
            app.processEvents()
            state["painted"] = len(sent)  # the clear is not measured
            for stroke in fit_to_canvas(strokes, canvas.width(), canvas.height()):
                kinds = ([QEvent.Type.MouseButtonPress] + [QEvent.Type.MouseMove] * (len(stroke) - 1)
                         + [QEvent.Type.MouseButtonRelease])
                points = [*stroke, stroke[-1]]
                for kind, (x, y) in zip(kinds, points, strict=True):
                    due = time.perf_counter() + MOUSE_INTERVAL_S
                    pos = QPointF(x, y)
                    buttons = none if kind == QEvent.Type.MouseButtonRelease else left
                    button = none if kind == QEvent.Type.MouseMove else left
                    sent.append(time.perf_counter())
                    QApplication.sendEvent(canvas, QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button,
                                                               buttons, Qt.KeyboardModifier.NoModifier))
                    while time.perf_counter() < due:  # the event loop runs between mouse events
                        app.processEvents()
            end = time.perf_counter() + 0.05
            while time.perf_counter() < end:
                app.processEvents()
            if (k + 1) % 10 == 0 or k + 1 == len(samples):
                report(f"drawing: {k + 1}/{len(samples)} digits, {len(latencies)} events measured")
    finally:
        drawer._frame.timeout.disconnect()
        del drawer.update_prediction
        drawer._frame.timeout.connect(drawer.update_prediction)
        del view.paintEvent
    return {"draw_to_bars_ms": latencies, "predict_update_ms": compute}


def keras_predict(window: Any, calls: int) -> list[float]:
    """The reference: `model.predict(x, verbose=0)` per call (ms) on the model the bars use."""
    model = window.drawer.predictor.model
    x = np.zeros((1, 28, 28, 1), np.float32)
    x[0, 5:23, 13:15] = 1.0
    model.predict(x, verbose=0)  # the first call builds the predict function
    out = []
    for _ in range(calls):
        t = time.perf_counter()
        model.predict(x, verbose=0)
        out.append(1000 * (time.perf_counter() - t))
    return out


def draw_idle_and_training(window: Any, samples: list, pairs: int, dataset_path: str,
                           report: Any) -> dict[str, list[float]]:
    """Pairs of drawing sessions, the same digits in both, the order alternating: one while no
    model trains, one while the app trains the 300-100 MLP in its training process. p50 and p95
    of each session (ms)."""
    from PySide6.QtWidgets import QApplication

    from core.model.templates import template

    app = QApplication.instance()
    panel = window.trainer
    window.doc.edit(template("mlp_300_100"), "Template mlp_300_100", 0)
    settings = panel.settings
    settings.own_path = dataset_path
    settings.dataset_combo.setCurrentIndex(settings.dataset_combo.count() - 1)
    settings.epochs.setValue(1000)  # stopped when the session is drawn
    chunk = max(1, len(samples) // pairs)
    out: dict[str, list[float]] = {"idle_p50": [], "idle_p95": [], "training_p50": [], "training_p95": []}

    def session(digits: list, training: bool) -> None:
        if training:
            panel.controller.forget_model()
            window.areas.setCurrentWidget(window._train_area)
            panel.train_button.click()
            deadline = time.perf_counter() + 120
            while not panel._batches_done and time.perf_counter() < deadline:  # built, traced, training
                app.processEvents()
                time.sleep(0.005)
            if not panel.controller.running:
                raise RuntimeError(f"the app's training run did not start: {panel.progress_label.text()}")
        latencies = draw_to_bars(window, digits, lambda _text: None)["draw_to_bars_ms"]
        if training:
            if not panel.controller.running:
                raise RuntimeError("the training run ended before the drawing did")
            panel.controller.stop()
            while panel.controller.running:
                app.processEvents()
                time.sleep(0.005)
        kind = "training" if training else "idle"
        out[f"{kind}_p50"].append(float(np.percentile(latencies, 50)))
        out[f"{kind}_p95"].append(float(np.percentile(latencies, 95)))

    for k in range(pairs):
        digits = samples[k * chunk:(k + 1) * chunk]
        for training in ((False, True) if k % 2 == 0 else (True, False)):
            session(digits, training)
        report(f"drawing pair {k + 1}/{pairs}: idle p95 {out['idle_p95'][-1]:.1f} ms, while training "
               f"p95 {out['training_p95'][-1]:.1f} ms")
    return out
