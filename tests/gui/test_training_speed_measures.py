"""What keeps training fast with the window open: held axes, gathered batch events."""

from __future__ import annotations

import numpy as np

from gui.session.training_controller import _TrainingWorker
from gui.train.curves import LiveCurves, RunCurves


def test_axes_hold_still_while_a_run_trains_and_fit_the_data_after(qtbot):
    curves = LiveCurves()
    qtbot.addWidget(curves)
    curves.resize(900, 300)
    curves.show()
    run = RunCurves("run 1")
    curves.begin_run(run)
    curves.hold_axes(5)
    box = curves.loss_plot.widget.getPlotItem().getViewBox()
    for i in range(200):
        curves.add_batch(i / 100, 2.0 - i / 150, 0.1 + i / 300)
    curves.redraw()
    (x0, x1), (y0, y1) = box.viewRange()
    assert x0 <= 0 and 5 <= x1 <= 5.2  # the planned epochs, not the data so far (0–2)
    shown = curves.loss_plot.batch.getData()[1]
    assert y0 <= shown.min() and shown.max() <= y1
    before = box.viewRange()
    curves.add_batch(2.0, 1.0, 0.8)  # inside the held range: no re-layout
    curves.redraw()
    assert box.viewRange() == before
    curves.hold_axes(None)  # the run ended: the view fits the curves again
    assert all(box.autoRangeEnabled())


def test_batch_events_are_gathered_in_order_and_flushed_before_other_events(qtbot):
    worker = _TrainingWorker({})
    received: list[dict] = []
    worker.progress.connect(received.append)
    batch = {"type": "batch", "epoch": 0, "steps": 300}
    for b in range(300):
        worker._sink({**batch, "batch": b})
    worker._sink({"type": "epoch", "epoch": 1})
    kinds = [e["type"] for e in received]
    assert kinds[-1] == "epoch" and set(kinds[:-1]) == {"batches"}
    assert len(kinds) - 1 < 30  # 300 batches in a few milliseconds: a handful of events
    order = [b["batch"] for e in received[:-1] for b in e["batches"]]
    assert order == list(range(300))
    assert np.all(np.diff(order) == 1)
