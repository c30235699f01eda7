"""Training from the window, as a student does it: Train, watch, pause, stop, read the results."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def wait_done(qtbot, panel, timeout=120_000):
    qtbot.waitUntil(lambda: not panel.controller.running, timeout=timeout)


@pytest.mark.slow
def test_train_fills_curves_log_progress_and_results(qtbot, trainer_window):
    panel = trainer_window.trainer
    panel.settings.epochs.setValue(2)
    assert panel.train_button.isEnabled()
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    assert not panel.settings.isEnabled() and panel.stop_button.isEnabled()
    wait_done(qtbot, panel)
    # 400 samples, 10% validation -> 360 / 20 = 18 batches per epoch.
    assert panel.epoch_table.rowCount() == 2
    assert panel.epoch_table.item(1, 0).text() == "2"
    assert float(panel.epoch_table.item(1, 1).text()) > 0  # loss
    panel.curves.redraw()
    x, y = panel.curves.loss_plot.batch.getData()
    assert len(x) == 36 and np.isfinite(y).all()
    ex, _ey = panel.curves.loss_plot.val.getData()
    assert list(ex) == [1.0, 2.0]
    assert panel.progress.value() == panel.progress.maximum() == 36
    assert "Training finished after 2 epoch(s)" in panel.progress_label.text()
    # The test split is evaluated and its confusion matrix counts add up to the test size.
    assert panel.results.matrix().sum() == 90
    assert "Test accuracy" in panel.progress_label.text()
    assert trainer_window.doc.weights is not None  # File ▸ Save Keras Model saves them
    assert panel.runs_list.count() == 1

    # Train again: the model continues, epochs 3..4, and the curves continue too.
    panel.settings.epochs.setValue(2)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, panel)
    assert [panel.epoch_table.item(r, 0).text() for r in range(4)] == ["1", "2", "3", "4"]
    panel.curves.redraw()
    assert len(panel.curves.loss_plot.batch.getData()[0]) == 72
    # Compare: overlay the first run on the curves.
    panel.runs_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert len(panel.curves.loss_plot.overlays) == 2  # its loss and val_loss


@pytest.mark.slow
def test_pause_resume_and_stop(qtbot, trainer_window):
    panel = trainer_window.trainer
    panel.settings.epochs.setValue(50)
    panel.settings.batch_size.setValue(4)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel._batches_done >= 3, timeout=60_000)
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert panel.pause_button.text() == "Resume"
    qtbot.wait(300)
    held = panel._batches_done
    qtbot.wait(500)
    assert panel._batches_done == held  # nothing moves while paused
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel._batches_done > held + 3, timeout=60_000)
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, panel)
    assert "Stopped; the weights so far are kept" in panel.progress_label.text()
    assert panel._batches_done < 50 * 90
    assert trainer_window.doc.weights is not None
    # The epoch it stopped in is marked partial: in the log, the message, the curves, the Runs list
    last = panel.epoch_table.rowCount() - 1
    epoch = int(panel.runs[-1][0].epochs[-1]["epoch"])
    assert panel.epoch_table.item(last, 0).text().startswith(f"{epoch} (partial, ")
    assert f"Epoch {epoch} was stopped after" in panel.progress_label.text()
    panel.curves.redraw()
    x, _y = panel.curves.loss_plot.train.getData()
    assert epoch - 1 < x[-1] < epoch  # where it stopped, not at a full epoch's end
    assert f"({epoch} partial)" in panel.runs_list.item(panel.runs_list.count() - 1).text()


@pytest.mark.slow
def test_nan_loss_is_explained(qtbot, trainer_window):
    spec = trainer_window.doc.spec.copy()
    spec.compile.learning_rate = 1e9  # absurd, as a spec file can hold: SGD's weights overflow
    trainer_window.doc.edit(spec, "lr")
    panel = trainer_window.trainer
    panel.settings.epochs.setValue(20)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, panel)
    assert "Training stopped: the loss is NaN" in panel.progress_label.text()
    assert "learning rate is probably too high" in panel.message.text()
    assert all(np.isfinite(w).all() for w in trainer_window.doc.weights)  # the last good weights


def test_bad_dataset_says_why(qtbot, tmp_path):
    w = MainWindow(load_tensorflow=False)
    w.show()
    try:
        panel = w.trainer
        panel.set_tf_ready(True)  # nothing below needs TensorFlow: the data fails first
        bad = tmp_path / "broken.npz"
        bad.write_bytes(b"not a zip")
        panel.settings.own_path = str(bad)
        panel.settings.dataset_combo.setCurrentIndex(panel.settings.dataset_combo.count() - 1)
        qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
        wait_done(qtbot, panel, 60_000)
        assert "broken.npz" in panel.message.text()
        assert panel.train_button.isEnabled() and panel.runs_list.count() == 0
    finally:
        w.doc.undo_stack.setClean()
        w.close()


def test_train_is_disabled_for_a_broken_model(qtbot, window):
    panel = window.trainer
    panel.set_tf_ready(True)
    spec = window.doc.spec.copy()
    spec.layers[1].params["units"] = 0
    window.doc.edit(spec, "break")
    assert not panel.train_button.isEnabled()
    assert "units must be at least 1" in panel.train_button.toolTip()


@pytest.mark.slow
def test_closing_the_window_mid_training_exits_cleanly(tmp_path, tiny_npz):
    code = textwrap.dedent(f"""
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtCore import QTimer
        from gui.shell.app import create_app
        app = create_app([])
        from gui.shell.main_window import MainWindow
        w = MainWindow(); w.show()
        def go():
            if w.loader.runtime is None:
                QTimer.singleShot(100, go); return
            s = w.trainer.settings
            s.own_path = {str(tiny_npz)!r}
            s.dataset_combo.setCurrentIndex(s.dataset_combo.count() - 1)
            s.epochs.setValue(500); s.batch_size.setValue(2)
            w.trainer.train_button.click()
            def close_when_running():
                if w.trainer._batches_done < 5:
                    QTimer.singleShot(50, close_when_running); return
                w.doc.undo_stack.setClean()
                t = time.perf_counter(); w.close()
                print("closed in", round(time.perf_counter() - t, 2), flush=True)
                app.quit()
            close_when_running()
        go()
        sys.exit(app.exec())
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "closed in" in result.stdout
    assert "QThread: Destroyed while thread is still running" not in result.stderr
    assert float(result.stdout.split("closed in")[1].split()[0]) < 3


@pytest.mark.slow
def test_the_canvas_predicts_with_the_newest_weights_while_training(qtbot, trainer_window):
    from gui.benchmark.replay import send_stroke

    w = trainer_window
    drawer = w.drawer
    assert drawer.use_source("app")
    send_stroke(drawer.canvas, [(100, 40), (100, 240)])
    untrained = drawer.bars.probabilities().copy()
    received: list[int] = []
    seen_while_running: list[np.ndarray] = []  # what the bars showed right after each copy arrived

    def after_drawer(weights):  # connected after the Draw area's own slot, so it runs after it
        received.append(len(weights))
        if w.trainer.controller.running:
            seen_while_running.append(drawer.bars.probabilities().copy())

    w.trainer.controller.liveWeights.connect(after_drawer)
    w.trainer.settings.epochs.setValue(3)
    qtbot.mouseClick(w.trainer.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(received) >= 2, timeout=60_000)
    assert "training now" in drawer.model_label.text()
    wait_done(qtbot, w.trainer)
    assert len(received) >= 3  # at least one copy per epoch end
    assert any(not np.allclose(p, untrained) for p in seen_while_running)  # the bars moved mid-run
    # The inference copy ends with exactly the trained weights, and the bars moved with them.
    for a, b in zip(drawer.predictor.model.get_weights(), w.doc.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    assert not np.allclose(drawer.bars.probabilities(), untrained)


@pytest.mark.slow
def test_a_refused_model_says_why_beside_train_and_old_results_say_they_are_old(qtbot, trainer_window):
    from core.model.spec import LayerSpec

    w = trainer_window
    panel = w.trainer
    panel.settings.epochs.setValue(1)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, panel)
    assert panel.results.matrix().sum() == 90 and not panel.results.outdated.isVisibleTo(panel.results)
    good = w.doc.spec
    # A Conv2D after the last Dense (a flat input): Keras would refuse it.
    bad = good.copy()
    bad.layers.append(LayerSpec.new("Conv2D", filters=8, kernel_size=(3, 3)))
    w.doc.edit(bad, "add Conv2D", 0)
    assert w.doc.info.errors and not panel.train_button.isEnabled()
    assert panel.message.text().startswith("Train is off: Keras would refuse this model.")
    assert w.doc.info.errors[0][1].message in panel.message.text()  # the checks' own words
    assert panel.results.outdated.isVisibleTo(panel.results)  # the results on screen are the old model's
    w.doc.undo_stack.undo()  # fixed: the message goes, the results are this model's again
    assert panel.train_button.isEnabled() and panel.message.text() == ""
    assert not panel.results.outdated.isVisibleTo(panel.results)


@pytest.mark.slow
def test_the_runs_list_names_each_runs_epochs_model_and_optimizer(qtbot, trainer_window):
    from core.model.spec import short_name

    w = trainer_window
    panel = w.trainer
    model = short_name(w.doc.spec)
    optimizer = f"{w.doc.spec.compile.optimizer} {w.doc.spec.compile.learning_rate:g}"
    for epochs in (1, 2):
        panel.settings.epochs.setValue(epochs)
        qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
        wait_done(qtbot, panel)
    texts = [panel.runs_list.item(i).text() for i in range(2)]
    assert texts[0].startswith(f"run 1: epoch 1, {model}, {optimizer} — test accuracy ")
    assert texts[1].startswith(f"run 2: epochs 2–3, {model}, {optimizer} — test accuracy ")
    assert [r["epoch"] for r in panel.runs[1][0].epochs] == [1, 2, 3]  # its curves go on from run 1's
    assert panel.runs[1][1]["first_epoch"] == 1


@pytest.mark.slow
def test_epochs_trained_before_inside_is_opened_are_all_there_to_scrub(qtbot, trainer_window):
    """Train in Train, then open Inside (the app's own order): every epoch is kept, and picking
    the same model again in Draw's list keeps them."""
    w = trainer_window
    panel = w.trainer
    panel.settings.epochs.setValue(3)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, panel)
    assert not w._inside_area.built or w.areas.currentWidget() is not w._inside_area
    assert w.session.epochs.store.epochs() == [0, 1, 2, 3]
    w.areas.setCurrentWidget(w._inside_area)
    inside = w.inside
    assert inside.use_source("app")
    qtbot.waitUntil(lambda: inside.snapshots.epochs() == [0, 1, 2, 3], timeout=20_000)
    assert inside.epoch_slider.isEnabled() and inside.change_box.isEnabled()
    assert "after epoch 3 of 3 · 4 saved" in inside.epochs.label.text()
    assert w.drawer.use_source("app") and w.drawer.use_source("app")  # picked again in Draw's list
    assert inside.use_source("app")
    assert inside.snapshots.epochs() == [0, 1, 2, 3]
    # New weights: a new start, the old epochs go
    panel.reset_button.click()
    assert w.session.epochs.store.epochs() == []


def test_the_dataset_blurb_is_written_in_sentences(window) -> None:
    import re

    settings = window.trainer.settings
    for name in ("mnist", "mnist_7", "diabetes", "random"):
        settings.show_source(name)
        text = settings.dataset_info.text()
        assert not text[:1].islower() and text.endswith("."), (name, text)
        # not "…test). a 5,000-digit subset"
        assert not re.search(r"\. [a-z]", text.replace("np.random", "")), (name, text)
