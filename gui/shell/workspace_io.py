"""File ▸ Save workspace / Open workspace: the window's state to and from a workspace file
(core.model.workspace), so a teacher can hand out a lab and a student can pick up where they were."""

from __future__ import annotations

from typing import Any

import numpy as np

from core.model.shapes import weights_mismatch
from core.model.workspace import RunRecord, Workspace
from gui.train.curves import SMOOTHING, RunCurves, curve_metric
from gui.train.train_tools import keep_sweep, kept_sweep
from gui.widgets.stroke_geometry import resized


def capture(window: Any, live: tuple[int, list] | None = None) -> Workspace:
    """Everything the student has now: model, weights, settings, runs, the drawing. While a run
    trains, live = (epochs done, their weights) from the last epoch end."""
    trainer = window.trainer
    runs = [RunRecord(run.label, {**info, "metric": run.metric}, [dict(r) for r in run.epochs],
                      np.asarray(run.batch_x, float),
                      np.asarray(run.batch_loss, float), np.asarray(run.batch_acc, float))
            for run, info in trainer.runs]
    canvas = window.drawer.canvas
    spec = window.doc.spec
    weights, epochs_done = window.doc.weights, window.session.controller.epochs_done
    if live is not None and weights_mismatch(spec, live[1]) is None:
        # The run's newest epoch, if it is of this model: after a switch to another template (or
        # an opened file) while it trains, its weights belong to the model that is training.
        epochs_done, weights = live
    return Workspace(spec.copy(), None if weights is None else [np.array(w) for w in weights],
                     epochs_done if weights is not None else 0,
                     trainer.settings.values(), runs, canvas.strokes(), (canvas.width(), canvas.height()),
                     kept_sweep(trainer))


def restore(window: Any, ws: Workspace) -> None:
    """Put an opened workspace into the window (the caller asked about unsaved work first)."""
    window.doc.reset(ws.spec, weights=ws.weights)
    trainer = window.trainer
    window.session.controller.restore(ws.spec, ws.epochs_done if ws.weights is not None else 0)
    trainer.settings.set_values(ws.settings)
    runs = []
    for record in ws.runs:
        run = RunCurves(record.label, list(map(float, record.batch_x)), list(map(float, record.batch_loss)),
                        list(map(float, record.batch_acc)), [dict(r) for r in record.epochs])
        # the figure its second curve shows (accuracy, mae, an output's own): older files said none
        metric = record.info.get("metric")
        last = record.epochs[-1] if record.epochs else {}
        run.metric = metric if isinstance(metric, str) else curve_metric(last)
        n = len(run.batch_x)
        if n and len(run.batch_loss) == len(run.batch_acc) == n:  # the smoothing goes on where it was
            run._ema = {"loss": run.batch_loss[-1] * (1 - SMOOTHING ** n),
                        "acc": run.batch_acc[-1] * (1 - SMOOTHING ** n)}
        runs.append((run, dict(record.info)))
    trainer.restore_runs(runs)
    keep_sweep(trainer, ws.sweep)
    canvas = window.drawer.canvas
    strokes = ws.strokes
    if strokes and ws.canvas_size:  # drawn on a canvas of another size: scaled as a resize does
        move = resized(tuple(ws.canvas_size), (canvas.width(), canvas.height()))
        strokes = [move(s) for s in strokes]
    canvas.set_strokes(strokes)
