"""Issue 17, item 9: a training process that stops answering (hung: here SIGSTOP) is reported, the
window offers to end it, and ending it keeps everything but the unfinished epoch."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtWidgets import QMessageBox

import gui.session.training_controller as training_controller


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="SIGSTOP")
def test_a_hung_training_process_is_offered_to_end_and_ending_it_keeps_the_work(qtbot, trainer_window,
                                                                                monkeypatch):
    monkeypatch.setattr(training_controller, "STUCK_S", 3.0)
    asked = []

    def yes(_parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    panel = trainer_window.trainer
    controller = panel.controller
    panel.settings.epochs.setValue(500)
    panel.train_button.click()
    qtbot.waitUntil(lambda: controller.epochs_done >= 2, timeout=120_000)
    pid = controller.worker.pid
    os.kill(pid, signal.SIGSTOP)  # hung: alive, silent
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    assert asked and "sent nothing for" in asked[0]
    done = controller.epochs_done
    assert done >= 2 and trainer_window.doc.weights is not None  # the finished epochs' weights
    assert "had not answered" in panel.message.text() or "had not answered" in panel.progress_label.text()
    assert panel.runs[-1][0].epochs[-1]["epoch"] >= 2  # the curves and the log are kept
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the stuck process is gone
    # Train again: a new training process (its start is silent for seconds: the usual limit again)
    # continues from those weights.
    monkeypatch.setattr(training_controller, "STUCK_S", 60.0)
    panel.settings.epochs.setValue(1)
    qtbot.waitUntil(panel.train_button.isEnabled, timeout=10_000)
    panel.train_button.click()
    assert controller.running, panel.message.text()
    qtbot.waitUntil(lambda: not controller.running, timeout=120_000)
    assert controller.epochs_done == done + 1 and controller.worker.pid != pid, panel.message.text()


def test_a_paused_run_is_never_reported_as_stuck(qtbot, monkeypatch):
    from core.training.events import Paused

    controller = training_controller.TrainingController()
    monkeypatch.setattr(training_controller, "STUCK_S", 0.0)
    monkeypatch.setattr(type(controller), "running", property(lambda self: True))
    told = []
    controller.stuck.connect(told.append)
    controller._on_event(Paused())
    controller._check_stuck()
    assert told == []  # paused by the student: silence is expected
    controller._paused = False
    controller._check_stuck()
    controller._check_stuck()
    assert len(told) == 1  # once per silence


@pytest.mark.slow
def test_a_grown_training_process_is_replaced_before_a_new_model_never_during_one(qtbot, trainer_window,
                                                                                  monkeypatch):
    """Issue 17, item 7: Keras leaves ~6 MB per model in a process; past RECYCLE_MB the window
    starts a fresh training process for the next new model (measured: back to its first size)."""
    panel = trainer_window.trainer
    controller = panel.controller
    panel.settings.epochs.setValue(1)

    def train() -> None:
        qtbot.waitUntil(panel.train_button.isEnabled, timeout=10_000)
        panel.train_button.click()
        qtbot.waitUntil(lambda: not controller.running, timeout=120_000)

    train()
    first = controller.worker.pid
    monkeypatch.setattr(training_controller, "RECYCLE_MB", -1.0)  # "grown": any size is too much
    train()  # continuing the same model: its process is kept (the model lives there)
    assert controller.worker.pid == first and controller.epochs_done == 2
    panel.reset_button.click()  # New weights: the next run builds a new model ...
    train()  # ... in a new process
    assert controller.worker.pid != first and controller.epochs_done == 1
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)
