"""File ▸ Save / Open workspace from the window: everything comes back as it was; a bad file
changes nothing and says why."""

from __future__ import annotations

import numpy as np

from core.model.templates import template
from core.model.workspace import load_workspace
from gui.benchmark.replay import send_stroke
from gui.shell.main_window import MainWindow
from gui.train.curves import RunCurves


def lab_state(window) -> None:
    """A session as a student leaves it: a model with trained weights, runs, settings, a digit."""
    window.new_from_template("mlp_300_100")
    rng = np.random.default_rng(3)
    weights = [rng.normal(size=(784, 300)).astype(np.float32), rng.normal(size=300).astype(np.float32),
               rng.normal(size=(300, 100)).astype(np.float32), rng.normal(size=100).astype(np.float32),
               rng.normal(size=(100, 10)).astype(np.float32), rng.normal(size=10).astype(np.float32)]
    window.doc.set_weights(weights)
    window.trainer.controller.restore(window.doc.spec, 3)
    runs = []
    for k in range(2):
        run = RunCurves(f"run {k + 1}: sgd lr=0.01, 3 epochs")
        for i in range(54):
            run.add_batch(i / 18, 2.0 - i / 40 + rng.normal(0, 0.05), 0.2 + i / 80)
        run.epochs = [{"epoch": e, "loss": 1.0 / e, "accuracy": 0.5 + e / 10, "val_loss": 1.1 / e,
                       "seconds": 0.5} for e in (1, 2, 3)]
        runs.append((run, {"number": k + 1, "test_accuracy": 0.81 + k / 100}))
    window.trainer.restore_runs(runs)
    s = window.trainer.settings
    s.epochs.setValue(30)
    s.batch_size.setValue(64)
    s.validation_mode.setCurrentIndex(s.validation_mode.findData("first"))
    s.validation_count.setValue(5000)
    s.seed.setText("7")
    s.early.setChecked(True)
    s.patience.setValue(5)
    window.areas.setCurrentWidget(window._draw_area)
    canvas = window.drawer.canvas
    send_stroke(canvas, [(canvas.width() * 0.5, canvas.height() * 0.2),
                         (canvas.width() * 0.45, canvas.height() * 0.8)])


def test_a_saved_workspace_opens_exactly_as_it_was(qtbot, window, tmp_path):
    lab_state(window)
    before_weights = [w.copy() for w in window.doc.weights]
    before_runs = [(r.label, list(r.batch_x), list(r.batch_loss), list(r.batch_acc), r.epochs)
                   for r, _ in window.trainer.runs]
    before_settings = window.trainer.settings.values()
    before_strokes = window.drawer.canvas.strokes()
    before_input = window.drawer.current_input()
    path = tmp_path / "lab.digitscope"
    assert window.save_workspace(path)

    other = MainWindow(load_tensorflow=False)
    qtbot.addWidget(other)
    other.resize(1366, 768)
    other.show()
    qtbot.waitExposed(other)
    other.areas.setCurrentWidget(other._draw_area)
    assert other.open_workspace(path)
    assert other.doc.spec == window.doc.spec
    assert other.doc.info.total == 266_610  # the same summary
    for a, b in zip(other.doc.weights, before_weights, strict=True):
        assert a.dtype == b.dtype and np.array_equal(a, b)  # bit for bit
    after_runs = [(r.label, r.batch_x, r.batch_loss, r.batch_acc, r.epochs) for r, _ in other.trainer.runs]
    assert after_runs == before_runs
    assert other.trainer.runs_list.count() == 2 and "81.00%" in other.trainer.runs_list.item(0).text()
    assert other.trainer.epoch_table.rowCount() == 3
    _x, y = other.trainer.curves.loss_plot.batch.getData()
    assert np.array_equal(y, np.asarray(before_runs[-1][2]))  # the same curve on screen
    assert other.trainer.settings.values() == before_settings
    assert other.trainer.controller.epochs_done == 3  # the next run continues at epoch 4
    after_strokes = other.drawer.canvas.strokes()
    assert [len(s) for s in after_strokes] == [len(s) for s in before_strokes]
    assert np.allclose(np.concatenate(after_strokes), np.concatenate(before_strokes))
    assert np.allclose(other.drawer.current_input(), before_input, atol=1e-6)
    assert not other.doc.modified
    other.close()


def test_a_broken_workspace_changes_nothing_and_says_why(window, tmp_path, warnings_shown):
    lab_state(window)
    spec, weights = window.doc.spec, [w.copy() for w in window.doc.weights]
    bad = tmp_path / "broken.digitscope"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert not window.open_workspace(bad)
    assert warnings_shown and "broken.digitscope" in warnings_shown[-1][1]
    assert window.doc.spec == spec
    assert all(np.array_equal(a, b) for a, b in zip(window.doc.weights, weights, strict=True))
    assert len(window.trainer.runs) == 2


def test_saving_where_it_cannot_says_so_and_keeps_the_old_file(window, tmp_path, warnings_shown):
    lab_state(window)
    path = tmp_path / "lab.digitscope"
    assert window.save_workspace(path)
    before = path.read_bytes()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert not window.save_workspace(blocker / "lab.digitscope")
    assert "could not save" in warnings_shown[-1][1]
    assert path.read_bytes() == before


def test_after_save_workspace_nothing_is_unsaved_and_save_writes_the_workspace_again(qtbot, tmp_path,
                                                                                    questions_asked):
    asked = questions_asked
    w = MainWindow(load_tensorflow=False)
    qtbot.addWidget(w)
    w.show()
    w.doc.edit(template("mlp_50"), "edit", 0)
    assert w.doc.modified
    path = tmp_path / "lab.digitscope"
    assert w.save_workspace(path)
    assert not w.doc.modified and w.doc.path == path  # Quit now asks nothing
    assert w.confirm_discard() and asked == []
    w.doc.edit(template("mlp_300_100"), "edit", 0)
    assert w.doc.modified
    assert w.save()  # File ▸ Save: the workspace it came from, not a model spec beside it
    assert not w.doc.modified and load_workspace(path).spec == template("mlp_300_100")
    assert not list(tmp_path.glob("*.json"))
    w.new_from_template("small_convnet")  # replaced without asking: it was saved
    assert asked == [] and w.doc.spec == template("small_convnet")
    w.close()
