"""Autosave and restore: saved after edits and epochs, offered after a crash (also a real
SIGKILL mid-training), restored exactly."""

from __future__ import annotations

import hashlib
import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from core.model.templates import template
from core.model.workspace import load_workspace
from gui.shell.error_handler import data_dir
from gui.shell.main_window import MainWindow
from gui.shell.session_files import LAST_CLOSED

ROOT = Path(__file__).resolve().parents[2]


def digest(weights) -> str:
    h = hashlib.sha256()
    for w in weights:
        h.update(np.ascontiguousarray(w).tobytes())
    return h.hexdigest()


def test_an_edit_is_autosaved_after_a_pause(qtbot, window):
    saver = window.autosaver
    qtbot.waitUntil(lambda: saver.started, timeout=3000)
    assert saver.marker.exists()  # a session is running
    window.new_from_template("small_convnet")
    qtbot.waitUntil(lambda: saver.path.is_file() and saver.saves >= 1, timeout=5000)
    assert load_workspace(saver.path).spec == template("small_convnet")


def test_a_normal_close_is_not_offered_again(qtbot):
    w = MainWindow(load_tensorflow=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.autosaver.started, timeout=3000)
    w.doc.undo_stack.setClean()
    w.close()
    # The window's last save is kept as the last closed session's work; its marker is gone.
    assert not w.autosaver.marker.exists() and (w.autosaver.folder / LAST_CLOSED).is_file()
    assert w.autosaver.begin_session() is None  # nothing to offer after a normal close


def test_after_a_crash_the_next_start_offers_the_work_and_restores_it(qtbot, monkeypatch, tmp_path):
    from core.model.workspace import Workspace, save_workspace

    folder = data_dir()
    weights = [np.full((784, 50), 0.25, np.float32), np.arange(50, dtype=np.float32),
               np.ones((50, 10), np.float32), np.zeros(10, np.float32)]
    save_workspace(Workspace(template("mlp_50"), weights, 4), folder / "autosave.digitscope")
    (folder / "session-running").write_text("left by a crashed session\n")
    asked: list[str] = []

    def yes(_parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    w = MainWindow(load_tensorflow=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: bool(asked) and w.doc.spec == template("mlp_50"), timeout=5000)
    assert "did not close normally" in asked[0]
    assert all(np.array_equal(a, b) for a, b in zip(w.doc.weights, weights, strict=True))
    assert w.trainer.controller.epochs_done == 4
    w.doc.undo_stack.setClean()
    w.close()


CHILD = textwrap.dedent("""
    import hashlib, sys, time
    import numpy as np
    from PySide6.QtCore import QObject, Slot
    from gui.shell.app import create_app
    from gui.shell.main_window import MainWindow

    app = create_app([])
    w = MainWindow()
    w.resize(1366, 768)
    w.show()
    while w.loader.runtime is None:
        app.processEvents(); time.sleep(0.01)
    w.new_from_template("mlp_50")

    class Report(QObject):
        @Slot(int, list)
        def epoch(self, epoch, weights):
            h = hashlib.sha256()
            for a in weights:
                h.update(np.ascontiguousarray(a).tobytes())
            print("EPOCH", epoch, h.hexdigest(), flush=True)

    report = Report()
    w.trainer.controller.epochWeights.connect(report.epoch)
    w.areas.setCurrentWidget(w._train_area)
    s = w.trainer.settings
    s.own_path = sys.argv[1]
    s.dataset_combo.setCurrentIndex(s.dataset_combo.count() - 1)
    s.epochs.setValue(500)
    s.batch_size.setValue(20)
    w.trainer.train_button.click()
    print("TRAINING", flush=True)
    app.exec()
""")


@pytest.mark.slow
def test_sigkill_mid_training_then_restore_gives_the_same_weights_and_history(qtbot, tiny_npz, monkeypatch,
                                                                               tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    log = tmp_path / "child.log"
    with log.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tiny_npz)], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=err, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    digests: dict[int, str] = {}
    path = data_dir() / f"autosave-{proc.pid}-1.digitscope"  # the child's window's own autosave
    deadline = time.monotonic() + 120
    try:
        while not (len(digests) >= 4 and path.is_file() and load_workspace(path).epochs_done >= 2):
            assert time.monotonic() < deadline, f"the child did not train: {log.read_text()[-1500:]}"
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                continue
            if line.startswith("EPOCH"):
                _, epoch, h = line.split()
                digests[int(epoch)] = h
        proc.send_signal(signal.SIGKILL)  # mid-training, no chance to clean up
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    saved = load_workspace(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = MainWindow(load_tensorflow=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.doc.spec == template("mlp_50") and w.doc.weights is not None, timeout=5000)
    epochs = w.trainer.controller.epochs_done
    assert epochs == saved.epochs_done >= 2
    assert digest(w.doc.weights) == digests[epochs]  # bit for bit the weights after that epoch
    run = w.trainer.runs[-1][0]
    assert [row["epoch"] for row in run.epochs] == list(range(1, epochs + 1))  # row for row
    assert run.epochs == saved.runs[-1].epochs
    w.doc.undo_stack.setClean()
    w.close()


def test_saves_are_written_off_the_gui_thread_and_the_newest_one_lands_last(qtbot, window, monkeypatch):
    """The epoch-end save used to fsync in the GUI thread (the longest pause while training): it is
    written in a thread of its own; saves asked for meanwhile collapse into one, the newest."""
    import core.model.workspace as workspace

    saver = window.autosaver
    qtbot.waitUntil(lambda: saver.started, timeout=3000)
    real_save, release = workspace.save_workspace, threading.Event()
    written: list[tuple[str, str]] = []  # (thread name, template) per write

    def slow_save(ws, path):
        release.wait(5)  # a slow disk: the first write is still in flight when more come
        written.append((threading.current_thread().name, ws.spec.to_json()))
        real_save(ws, path)

    monkeypatch.setattr(workspace, "save_workspace", slow_save)
    before = saver.saves
    for name in ("mlp_50", "small_convnet", "mlp_300_100"):
        window.new_from_template(name)
        saver.save_soon()  # returns at once, the window goes on
    assert saver.writing and saver.saves == before
    release.set()
    qtbot.waitUntil(lambda: not saver.writing, timeout=5000)
    assert [spec for _, spec in written] == [template("mlp_50").to_json(), template("mlp_300_100").to_json()]
    assert all(thread != threading.main_thread().name for thread, _ in written)
    assert saver.saves == before + 2 and saver.last_error == ""
    assert load_workspace(saver.path).spec == template("mlp_300_100")


def test_a_failed_background_save_is_said_in_the_status_bar(qtbot, window, monkeypatch):
    import core.model.workspace as workspace

    saver = window.autosaver
    qtbot.waitUntil(lambda: saver.started, timeout=3000)

    def full_disk(ws, path):
        raise workspace.WorkspaceError(f"{path}: could not save (No space left on device)")

    monkeypatch.setattr(workspace, "save_workspace", full_disk)
    saver.save_soon()
    qtbot.waitUntil(lambda: not saver.writing, timeout=5000)
    assert "No space left on device" in saver.last_error
    assert "Autosave failed" in window.statusBar().currentMessage()


def test_an_autosave_never_pairs_a_model_with_another_models_weights(qtbot, window):
    """Issue 17, item 2: a template chosen while a run trains was saved with the run's weights."""
    from core.model.build import build_model
    from gui.shell.workspace_io import capture

    running = build_model(template("small_convnet"), compile=False).get_weights()
    window.new_from_template("small_convnet")
    assert capture(window, (3, running)).weights is not None  # the run's epoch, of this model
    window.new_from_template("mlp_50")  # switched while small_convnet trains
    saved = capture(window, (3, running))
    assert saved.spec == template("mlp_50") and saved.weights is None and saved.epochs_done == 0


def test_a_restore_refuses_weights_that_do_not_fit_and_keeps_the_work(qtbot, window, tmp_path,
                                                                        warnings_shown):
    from core.model.workspace import Workspace, save_workspace

    path = tmp_path / "paired-wrongly.digitscope"
    save_workspace(Workspace(template("mlp_50"), [np.zeros((3, 3, 1, 32), np.float32)], 2), path)
    window.new_from_template("small_convnet")
    assert not window.open_workspace(path)
    assert window.doc.spec == template("small_convnet")  # nothing changed
    assert "do not fit the model" in warnings_shown[-1][1] and "paired-wrongly" in warnings_shown[-1][1]
