"""Issue 20, item 3 from the app: the sweep window hosts a lab sweep that another computer (here a
`sweep --worker` process on 127.0.0.1) runs, and joins a sweep that a `sweep --chief` process hosts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.test_cli_lab_sweep import free_port

ROOT = Path(__file__).resolve().parents[2]


def sweep_process(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "main.py", "sweep", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


pytestmark = pytest.mark.usefixtures("sweep_windows_closed")


@pytest.mark.slow
def test_the_window_hosts_a_sweep_that_another_computer_runs(qtbot, trainer_window) -> None:
    panel = trainer_window.trainer
    qtbot.mouseClick(panel.settings.sweep_button, Qt.MouseButton.LeftButton)
    dialog = panel.sweep_dialog
    dialog.vary_units.setChecked(True)
    dialog.units.setText("8, 32")
    dialog.trials.setValue(3)
    dialog.epochs.setValue(1)
    port = free_port()
    dialog.lab.port.setValue(port)
    qtbot.mouseClick(dialog.lab.host_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "hosting on port" in dialog.status.text(), timeout=60_000)
    address = dialog.status.text().split(" join ")[1].split()[0]  # what the students type
    seen: list[str] = []
    dialog.task.progress.connect(lambda _value: seen.append(dialog.status.text()))
    assert not dialog.lab.join_button.isEnabled() and not dialog.pause_button.isEnabled()
    worker = sweep_process("--worker", f"127.0.0.1:{port}")
    try:
        qtbot.waitUntil(lambda: not dialog.task.running, timeout=300_000)
        out, err = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
    assert worker.returncode == 0, err[-2000:]
    # while it hosted, the address to join stayed on show above the news
    assert any(address in text and "1 of 3 trials done" in text for text in seen), seen
    name = json.loads(out.strip().splitlines()[-1])["worker"]
    assert len(dialog.rows) == 3 and all(row.worker == name for row in dialog.rows), dialog.status.text()
    assert "3 trial(s) done" in dialog.status.text() and dialog.use_button.isEnabled()
    last = dialog.table.columnCount() - 1
    assert dialog.table.horizontalHeaderItem(last).text() == "computer"
    assert {dialog.table.item(r, last).text() for r in range(3)} == {name}
    assert dialog.lab.host_button.isEnabled()


@pytest.mark.slow
def test_the_window_joins_a_sweep_hosted_elsewhere_and_uses_its_best(qtbot, trainer_window) -> None:
    from core.model.templates import template

    w = trainer_window
    port = free_port()
    chief = sweep_process("--model", "mlp_50", "--dataset", "mnist", "--trials", "2", "--epochs", "1",
                          "--learning-rate", "0.001:0.3", "--chief", f"127.0.0.1:{port}")
    try:
        qtbot.mouseClick(w.trainer.settings.sweep_button, Qt.MouseButton.LeftButton)
        dialog = w.trainer.sweep_dialog
        dialog.lab.address.setText("no address")
        qtbot.mouseClick(dialog.lab.join_button, Qt.MouseButton.LeftButton)
        assert "is not an address" in dialog.status.text() and not dialog.task.running
        dialog.lab.address.setText(f"127.0.0.1:{port}")
        qtbot.mouseClick(dialog.lab.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.task.running, timeout=300_000)
        out, err = chief.communicate(timeout=60)
    finally:
        if chief.poll() is None:
            os.killpg(chief.pid, signal.SIGKILL)
    assert chief.returncode == 0, err[-2000:]
    assert len(dialog.rows) == 2, dialog.status.text()
    assert json.loads(out.strip().splitlines()[-1])["trials"] == 2
    assert dialog.shown_base == template("mlp_50") and dialog.space.names() == ["learning_rate"]
    assert dialog.base == w.doc.spec  # a later Start or Host sweeps the window's own model
    assert dialog.table.columnCount() == 6  # trial, learning_rate, val_accuracy, epochs, time, computer
    best = dialog.best()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert w.doc.spec.layers == template("mlp_50").layers  # the chief's model, with the best rate
    assert w.doc.spec.compile.learning_rate == pytest.approx(best.values["learning_rate"])
