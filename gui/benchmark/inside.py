"""Inside the network with the 407,050-parameter mlp_512 template: switching layers and
scrubbing epochs, each action timed until the window has painted it."""

from __future__ import annotations

import time
from typing import Any

import numpy as np


def inside_actions(window: Any, snapshots: int, rounds: int, report: Any) -> dict[str, list[float]]:
    """Times (ms) of layer switches and epoch scrubs on every page, and of each page's first
    computation for the model (which compiles its TensorFlow function once)."""
    from PySide6.QtWidgets import QApplication

    from core.model.templates import template
    from gui.benchmark.replay import send_stroke

    app = QApplication.instance()
    window.doc.edit(template("mlp_512"), "Template", 0)  # as the Template combo does
    window.areas.setCurrentWidget(window._inside_area)
    inside = window.inside
    app.processEvents()
    if not inside.use_source("app"):
        raise RuntimeError(f"Inside the network could not open mlp_512: {inside.status.text()}")
    canvas = window.drawer.canvas
    send_stroke(canvas, [(canvas.width() * 0.5, canvas.height() * 0.2),
                         (canvas.width() * 0.5, canvas.height() * 0.8)])
    rng = np.random.default_rng(0)
    base = inside.model.get_weights()
    for epoch in range(1, snapshots):  # what the training callback delivers at epoch ends
        inside._on_epoch_weights(epoch, [w + rng.normal(0, 0.01, w.shape).astype(np.float32) for w in base])

    def timed(action: Any) -> float:
        t = time.perf_counter()
        action()
        inside.repaint()
        app.processEvents()
        return 1000 * (time.perf_counter() - t)

    out: dict[str, list[float]] = {"first": [], "switch": [], "scrub": []}
    epochs = len(inside.snapshots.epochs())
    for page in (inside.weights_page, inside.hist_page, inside.act_page, inside.why_page):
        out["first"].append(timed(lambda page=page: (inside.tabs.setCurrentWidget(page), inside.refresh())))
        for _ in range(rounds):
            for row in range(len(inside.rows)):
                out["switch"].append(timed(lambda row=row: inside.layer_list.setCurrentRow(row)))
        inside.layer_list.setCurrentRow(0)
        for value in [*range(epochs - 1, -1, -1), *range(epochs)]:
            out["scrub"].append(timed(lambda value=value: inside.epoch_slider.setValue(value)))
    report(f"inside: {len(out['switch'])} layer switches, {len(out['scrub'])} epoch scrubs, "
           f"{epochs} snapshots, {inside.model.count_params():,} parameters")
    return out
