"""What keeps training fast with the window open: held axes; the background tasks."""

from __future__ import annotations

from gui.session.tasks import BackgroundTask
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
    assert curves.acc_plot.widget.getPlotItem().getViewBox().viewRange()[0] == [x0, x1]
    shown = curves.loss_plot.batch.getData()[1]
    assert y0 <= shown.min() and shown.max() <= y1
    before = box.viewRange()
    curves.add_batch(2.0, 1.0, 0.8)  # inside the held range: no re-layout
    curves.redraw()
    assert box.viewRange() == before
    curves.hold_axes(None)  # the run ended: the view fits the curves again
    assert all(box.autoRangeEnabled())
    acc_box = curves.acc_plot.widget.getPlotItem().getViewBox()
    assert acc_box.linkedView(acc_box.XAxis) is box  # zooming one plot zooms the other again


def test_each_timer_tick_redraws_one_plot_so_two_plots_never_paint_in_one_pass(qtbot):
    curves = LiveCurves()
    qtbot.addWidget(curves)
    run = RunCurves("run 1")
    curves.begin_run(run)
    curves.redraw()
    for i in range(10):
        curves.add_batch(i / 10, 1.0, 0.5)

    def shown(plot):
        data = plot.batch.getData()[0]
        return 0 if data is None else len(data)

    curves._redraw_next()
    assert (shown(curves.loss_plot), shown(curves.acc_plot)) == (10, 0)
    curves.add_batch(1.0, 1.0, 0.5)  # the accuracy plot keeps its turn
    curves._redraw_next()
    assert (shown(curves.loss_plot), shown(curves.acc_plot)) == (10, 11)
    curves._redraw_next()
    assert (shown(curves.loss_plot), shown(curves.acc_plot)) == (11, 11)


def test_a_task_that_fails_says_why_and_ends(qtbot):
    task = BackgroundTask("fail-test")

    def work(reporter):
        reporter.send("half way")
        raise ValueError("the dataset has no test split")

    received: list = []
    task.progress.connect(received.append)
    with qtbot.waitSignal(task.failed, timeout=10_000) as failed:
        task.start(work)
    assert failed.args == ["the dataset has no test split"] and received == ["half way"]
    qtbot.waitUntil(lambda: not task.running)
    with qtbot.waitSignal(task.failed, timeout=10_000) as failed:
        task.start(lambda reporter: {}["missing"])
    assert failed.args == ["KeyError: 'missing'"]


def test_cancel_reaches_the_work_and_shutdown_waits_a_bounded_time(qtbot):
    import threading
    import time

    task = BackgroundTask("cancel-test")
    started, stopped = threading.Event(), threading.Event()

    def work(reporter):
        started.set()
        while not reporter.cancelled:
            time.sleep(0.005)
        stopped.set()
        return "cancelled"

    task.start(work)
    assert started.wait(5) and task.running
    assert not task.start(work)  # one at a time
    t = time.perf_counter()
    assert task.shutdown(2000)
    assert stopped.is_set() and time.perf_counter() - t < 1.0 and not task.running


def test_pressing_train_changes_one_plots_axes_per_timer_tick(qtbot):
    """At the press both plots take the run's x range; each on its own tick, so the window never
    re-renders both plots' axes in the paint pass that also shows the press itself."""
    curves = LiveCurves()
    qtbot.addWidget(curves)
    curves.resize(900, 300)
    curves.show()
    curves.begin_run(RunCurves("run 1"))
    curves.redraw()

    def x_end(plot):
        return plot.widget.getPlotItem().getViewBox().viewRange()[0][1]

    before = (x_end(curves.loss_plot), x_end(curves.acc_plot))
    curves.hold_axes(8)
    assert (x_end(curves.loss_plot), x_end(curves.acc_plot)) == before  # nothing re-laid out yet
    curves._redraw_next()
    assert 8 <= x_end(curves.loss_plot) <= 8.2 and x_end(curves.acc_plot) == before[1]
    curves._redraw_next()
    assert 8 <= x_end(curves.acc_plot) <= 8.2
