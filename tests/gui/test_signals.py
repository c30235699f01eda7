"""Ctrl-C in the terminal and SIGTERM (logout, `kill`) close the real app as Quit does: exit code 0,
the autosave written; unsaved work stays offered at the next start (no one was there to answer)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.model.templates import template
from core.model.workspace import load_workspace
from gui.shell.session_files import LAST_CLOSED

ROOT = Path(__file__).resolve().parents[2]

# The real app (run_app), which after its start switches to conv_128 and removes a layer when asked.
APP = textwrap.dedent("""
    import sys
    from gui.shell import app
    from gui.shell.main_window import MainWindow

    start = MainWindow._start_autosave

    def started(self):
        start(self)
        if sys.argv[1] == "edit":
            self.new_from_template("conv_128")
            self.builder.table.selectRow(len(self.doc.spec.layers) - 2)
            self.builder.remove_button.click()  # an edit: the model is no longer as saved
        print("READY", flush=True)

    MainWindow._start_autosave = started
    sys.exit(app.run_app([]))
""")


def run_until_signal(tmp_path: Path, sig: int, edit: bool) -> tuple[int, str, Path]:
    data = tmp_path / "data"
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(data),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", APP, "edit" if edit else "-"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().startswith("READY")
        time.sleep(2.5)  # the edit's autosave is debounced: the signal comes before or after it
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, err, data / "DigitScope"


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_closes_the_app_as_quit_does(tmp_path, sig):
    code, err, folder = run_until_signal(tmp_path, sig, edit=False)
    assert code == 0, err[-3000:]
    assert "Traceback" not in err and "KeyboardInterrupt" not in err and "unexpected" not in err.lower()
    assert (folder / LAST_CLOSED).is_file() and not list(folder.glob("session-*"))


@pytest.mark.slow
def test_unsaved_work_closed_by_a_signal_is_offered_at_the_next_start(tmp_path):
    code, err, folder = run_until_signal(tmp_path, signal.SIGTERM, edit=True)
    assert code == 0, err[-3000:]
    markers = list(folder.glob("session-*.running"))
    assert len(markers) == 1  # left on purpose: the next start offers this work
    autosave = folder / f"autosave-{markers[0].stem.removeprefix('session-')}.digitscope"
    edited = template("conv_128")
    del edited.layers[-2]
    assert load_workspace(autosave).spec == edited  # saved at the close, not lost
