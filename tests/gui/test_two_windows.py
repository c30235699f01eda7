"""Two windows on one data folder, as real processes: each keeps its own autosave, neither is
offered the other's work while it runs, and whichever is killed, its work is offered next time."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from core.model.templates import template
from core.model.workspace import load_workspace
from gui.shell.session_files import DECLINED, LAST_CLOSED, SessionFiles, alive, process_start

ROOT = Path(__file__).resolve().parents[2]

# A window (no TensorFlow) that answers a restore offer with argv[2], switches to the template in
# argv[1], reports its autosave, then waits for "close" on stdin (or to be killed).
WINDOW = textwrap.dedent("""
    import sys, threading, time
    from PySide6.QtWidgets import QMessageBox
    from gui.shell.app import create_app
    from gui.shell.main_window import MainWindow

    app = create_app([])
    answer = QMessageBox.StandardButton.Yes if sys.argv[2] == "yes" else QMessageBox.StandardButton.No

    def ask(_parent, title, text, *a, **k):
        print("ASKED", title, flush=True)
        return answer

    QMessageBox.question = ask
    w = MainWindow(load_tensorflow=False)
    w.show()
    commands = []
    threading.Thread(target=lambda: [commands.append(line.strip()) for line in sys.stdin],
                     daemon=True).start()

    def run(seconds, until=lambda: False):
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.01)

    run(30, lambda: w.autosaver.started)
    run(0.5)  # the offer comes from a zero timer
    print("SPEC", w.doc.spec.name or "", len(w.doc.spec.layers), flush=True)
    if sys.argv[1] != "-":
        w.new_from_template(sys.argv[1])
        saves = w.autosaver.saves
        run(30, lambda: w.autosaver.saves > saves and not w.autosaver.writing)
    print("SAVED", w.autosaver.path, flush=True)
    run(120, lambda: "close" in commands)
    w.doc.undo_stack.setClean()
    w.close()
    print("CLOSED", flush=True)
""")


class Window:
    """One DigitScope window in its own process, on the test's data folder."""

    def __init__(self, data_home: Path, tmpl: str, answer: str = "no"):
        env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(data_home),
                   QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen([sys.executable, "-c", WINDOW, tmpl, answer], cwd=ROOT, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=lambda: [self.lines.put(x.rstrip("\n")) for x in self.proc.stdout],
                         daemon=True).start()

    def wait_for(self, prefix: str, timeout: float = 90) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            self.seen.append(line)
            if line.startswith(prefix):
                return line
        if self.proc.poll() is not None:
            ended = self.proc.stderr.read()[-2000:]
            raise AssertionError(f"no {prefix!r}, the window ended: {self.seen} {ended}")
        raise AssertionError(f"no {prefix!r} in {timeout} s: {self.seen}")

    def asked(self) -> bool:
        return any(line.startswith("ASKED") for line in self.seen)

    def close(self) -> None:
        self.proc.stdin.write("close\n")
        self.proc.stdin.flush()
        self.wait_for("CLOSED")
        assert self.proc.wait(30) == 0

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)


@pytest.mark.slow
def test_two_windows_keep_their_own_work_and_a_killed_one_is_offered_next_time(tmp_path):
    folder = tmp_path / "DigitScope"
    a = Window(tmp_path, "conv_128")
    saved_a = Path(a.wait_for("SAVED").split(maxsplit=1)[1])
    b = Window(tmp_path, "-")  # starts while A runs: A's work is not B's to restore
    b.wait_for("SAVED")
    assert not b.asked()
    b.close()  # saves B's model and removes B's marker only
    assert load_workspace(saved_a).spec == template("conv_128") and (folder / LAST_CLOSED).is_file()
    a.kill()  # kill -9: no close, no last save
    c = Window(tmp_path, "-", answer="yes")
    c.wait_for("SAVED")
    assert c.asked()  # A's work is offered ...
    assert c.seen[[x.startswith("SPEC") for x in c.seen].index(True)].split()[1] == template("conv_128").name
    c.close()  # ... restored, and the next start offers nothing more
    d = Window(tmp_path, "-")
    d.wait_for("SAVED")
    assert not d.asked()
    d.close()


def test_a_crashed_sessions_work_is_claimed_once_and_declined_work_is_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    pid = int(dead.stdout)
    assert not alive(pid, "")
    crashed = SessionFiles(tmp_path, f"{pid}-1")
    crashed.marker.write_text(f'{{"pid": {pid}, "started": "1", "host": ""}}')
    crashed.autosave.write_text("work")
    me = SessionFiles(tmp_path, f"{os.getpid()}-90")
    me.begin()
    other = SessionFiles(tmp_path, f"{os.getpid()}-91")  # a second window starting at once
    other.begin()
    claim = me.claim_crashed()
    assert claim is not None and claim.autosave.read_text() == "work"
    assert other.claim_crashed() is None  # claimed: offered once, not twice
    me.settle(claim, restored=False)
    assert (tmp_path / DECLINED).read_text() == "work" and not claim.claim.exists()
    assert other.claim_crashed() is None
    # A running window's marker is never taken, even when its id is reused by nothing else.
    assert alive(os.getpid(), process_start(os.getpid()))
    assert not alive(os.getpid(), "not-when-it-started") or process_start(os.getpid()) == ""
