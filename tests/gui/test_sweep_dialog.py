"""Issue 20, item 1: Train ▸ Sweep… as a student uses it — choose what varies, Start, watch a row per
trial with its curve and its line in the parallel-coordinates plot, Stop, Use the best (undoable),
and find the sweep again after saving and reopening the workspace."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.training.sweep import TrialRow
from gui.train.sweep_plots import axis_position, draw_parallel

pytestmark = pytest.mark.usefixtures("sweep_windows_closed")


def test_parallel_coordinates_place_each_value_on_its_axis(qtbot) -> None:
    assert axis_position([0.001, 0.01, 0.1], 0.01, log=True) == pytest.approx(0.5)
    assert axis_position([16, 32, 64], 32, log=False) == pytest.approx(1 / 3)
    assert axis_position(["adam", "sgd", "rmsprop"], "sgd", log=False) == 0.5
    from gui.widgets.plots import fixed_plot

    view, plot = fixed_plot("p")
    qtbot.addWidget(view)
    rows = [TrialRow(1, {"learning_rate": 0.001, "units": 16}, 0.5, 1, 1.0, "COMPLETED"),
            TrialRow(2, {"learning_rate": 0.1, "units": 64}, 0.9, 1, 1.0, "COMPLETED"),
            TrialRow(3, {"learning_rate": 0.01, "units": 32}, None, 1, 1.0, "FAILED")]
    draw_parallel(plot, rows, ["learning_rate", "units"], "val_accuracy")
    lines = plot.listDataItems()
    assert len(lines) == 2  # the failed trial has no score to draw
    assert list(lines[1].yData) == [1.0, 1.0, 1.0]  # highest rate, most units, best score: all at the top
    assert lines[1].opts["pen"].width() > lines[0].opts["pen"].width()  # the best drawn thickest
    ticks = [t for _x, t in plot.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["learning_rate", "units", "val_accuracy"]


@pytest.mark.slow
def test_a_sweep_in_train_runs_stops_uses_the_best_and_is_kept_in_the_workspace(qtbot, trainer_window,
                                                                                 tmp_path) -> None:
    w = trainer_window
    panel = w.trainer
    before = w.doc.spec.copy()
    qtbot.mouseClick(panel.settings.sweep_button, Qt.MouseButton.LeftButton)
    dialog = panel.sweep_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.vary_lr.setChecked(False)  # nothing varies: said, nothing starts
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "search space is empty" in dialog.status.text() and not dialog.task.running
    dialog.vary_lr.setChecked(True)
    dialog.vary_units.setChecked(True)
    dialog.units.setText("8, 1x")  # a typo is said, nothing starts
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "whole numbers" in dialog.status.text() and not dialog.task.running
    dialog.units.setText("8, 32")
    dialog.trials.setValue(3)
    dialog.epochs.setValue(2)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=240_000)
    assert len(dialog.rows) == 3, dialog.status.text()
    # trial, learning_rate, units, the score, epochs, time
    assert dialog.table.rowCount() == 3 and dialog.table.columnCount() == 6
    assert "3 trial(s) done" in dialog.status.text() and "Best: trial" in dialog.status.text()
    assert len(dialog.curves_plot.listDataItems()) == 3
    assert all(len(item.yData) == 2 for item in dialog.curves_plot.listDataItems())  # two epochs each
    assert len(dialog.parallel_plot.listDataItems()) == 3
    assert w.doc.spec == before  # the sweep changes nothing by itself

    best = dialog.best()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert w.doc.spec.compile.learning_rate == pytest.approx(best.values["learning_rate"])
    assert w.doc.spec.layers[1].params["units"] == best.values["units"]
    w.doc.undo_stack.undo()
    assert w.doc.spec == before

    # Stop: ends after the running trial; what ran is kept
    dialog.trials.setValue(50)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.rows) >= 1, timeout=120_000)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=120_000)
    assert 1 <= len(dialog.rows) < 50 and dialog.stopped == "cancelled"
    assert "(stopped)" in dialog.status.text()
    kept = len(dialog.rows)

    path = tmp_path / "lab.digitscope"
    assert w.save_workspace(path)
    dialog.close()
    assert w.open_workspace(path)
    qtbot.mouseClick(panel.settings.sweep_button, Qt.MouseButton.LeftButton)
    again = panel.sweep_dialog
    assert again is not dialog and len(again.rows) == kept and again.table.rowCount() == kept
    assert again.use_button.isEnabled() and "kept sweep" in again.status.text()


def spawned_children() -> set[int]:
    """The processes this test process has spawned with multiprocessing (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if parent == os.getpid() and b"spawn_main" in command:
            found.add(int(entry.name))
    return found


@pytest.mark.slow
def test_a_sweep_process_that_dies_ends_the_sweep_with_a_message_and_keeps_its_trials(qtbot, trainer_window):
    panel = trainer_window.trainer
    before = spawned_children()
    qtbot.mouseClick(panel.settings.sweep_button, Qt.MouseButton.LeftButton)
    dialog = panel.sweep_dialog
    dialog.trials.setValue(40)
    dialog.epochs.setValue(1)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.rows) >= 1, timeout=120_000)
    new = spawned_children() - before
    assert len(new) == 1, new  # the sweep's own process, not the window's
    os.kill(new.pop(), signal.SIGKILL)  # out of memory, a crash inside TensorFlow
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30_000)
    assert "ended unexpectedly" in dialog.status.text() and "kept" in dialog.status.text()
    assert len(dialog.rows) >= 1 and dialog.use_button.isEnabled() and dialog.start_button.isEnabled()
    assert trainer_window.isVisible()  # the window goes on


def test_a_workspace_with_a_damaged_sweep_opens_and_says_the_sweep_is_lost(qtbot, window, tmp_path) -> None:
    from core.model.templates import template
    from core.model.workspace import Workspace, save_workspace

    path = tmp_path / "damaged.digitscope"
    damaged = {"space": {"units": "many"}, "trials": [{"trial": 1}]}
    save_workspace(Workspace(template("mlp_50"), sweep=damaged), path)
    assert window.open_workspace(path)
    assert window.doc.spec == template("mlp_50")  # the rest of the work is there
    assert "the kept sweep is damaged" in window.trainer.message.text()
    assert window.trainer.sweep_record is None
