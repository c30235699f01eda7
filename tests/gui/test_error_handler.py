"""Unexpected errors in slots and threads: logged in the data folder, shown, and the app goes on."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from gui.shell.error_handler import write_log

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys, threading
    from PySide6.QtCore import QObject, QTimer, Slot
    from PySide6.QtWidgets import QApplication
    from gui.shell.app import create_app
    from gui.shell.error_handler import data_dir, install_error_handler
    from gui.shell.main_window import MainWindow

    app = create_app([])
    reporter = install_error_handler(app)
    window = MainWindow(load_tensorflow=False)
    window.show()
    seen = []

    class Steps(QObject):
        @Slot()
        def broken_slot(self):
            raise ZeroDivisionError("a bug in a slot")

        @Slot()
        def broken_thread(self):
            t = threading.Thread(target=lambda: [][1], name="worker-7")
            t.start()
            t.join()

        @Slot()
        def still_alive(self):
            box = reporter.dialog
            seen.append((box is not None and box.isVisible(), box.detailedText() if box else "",
                         box.informativeText() if box else ""))
            box.buttons()[-1].click() if box else None  # "Copy details"
            seen.append(QApplication.clipboard().text())
            print("RESULT", reporter.count, repr(seen[0][0]), "ZeroDivisionError" in seen[0][1],
                  str(data_dir()) in seen[0][2], "a bug in a slot" in seen[1], flush=True)
            window.close()
            app.quit()

    steps = Steps()
    QTimer.singleShot(50, steps.broken_slot)
    QTimer.singleShot(300, steps.broken_thread)
    QTimer.singleShot(800, steps.still_alive)
    sys.exit(app.exec())
""")


def test_a_bug_in_a_slot_or_thread_is_logged_shown_and_survived(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path), HOME=str(tmp_path),
               PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = next(line for line in proc.stdout.splitlines() if line.startswith("RESULT"))
    # Two errors reported; the dialog was up with the traceback and the log's path; the app ran on
    # (the later timer fired) and "Copy details" put the traceback on the clipboard.
    assert result == "RESULT 2 True True True True"
    log = next(tmp_path.rglob("errors.log")).read_text()
    assert "ZeroDivisionError: a bug in a slot" in log
    assert "in thread worker-7" in log and "IndexError" in log
    assert "unexpected error" in proc.stderr


def test_the_log_rolls_over_and_a_bad_folder_is_survived(tmp_path):
    big = "x" * 1_100_000
    assert write_log(big, tmp_path) == tmp_path / "errors.log"
    write_log("second", tmp_path)
    assert (tmp_path / "errors.log.1").stat().st_size > 1_000_000
    assert "second" in (tmp_path / "errors.log").read_text()
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert write_log("third", blocked) is None  # cannot write: no second error
