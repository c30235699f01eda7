"""Import boundaries, checked in fresh interpreters: no TensorFlow until needed, no Qt in core/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("tensorflow", "keras")
QT = ("PySide6", "pyqtgraph", "shiboken6")
CORE_MODULES = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts)
                      for p in (ROOT / "core").rglob("*.py") if p.stem != "__init__")


def loaded_after(code: str, watch: tuple[str, ...]) -> dict[str, bool]:
    """Run code in a fresh interpreter at the project root; which of watch it left in sys.modules."""
    probe = textwrap.dedent(code) + textwrap.dedent(f"""
        import json, sys
        print("LOADED " + json.dumps({{m: m in sys.modules for m in {list(watch)!r}}}))
    """)
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("LOADED ")]
    return json.loads(line.removeprefix("LOADED "))


def test_core_module_list_is_complete() -> None:
    assert {"core.model.spec", "core.model.shapes", "core.model.checks", "core.cli.main", "core.model.build",
            "core.model.keras_file", "core.data.catalogue", "core.training.job"} <= set(CORE_MODULES)


@pytest.mark.parametrize("statement", [
    "import main",
    "import core.cli.main",
    "import core.model.checks, core.model.sources, core.model.export_python",
])
def test_light_imports_leave_tensorflow_out(statement: str) -> None:
    assert loaded_after(statement, HEAVY) == {"tensorflow": False, "keras": False}


def test_every_core_module_imports_without_tensorflow_or_qt() -> None:
    statement = "\n".join(f"import {m}" for m in CORE_MODULES)
    loaded = loaded_after(statement, HEAVY + QT)
    assert loaded == dict.fromkeys(HEAVY + QT, False)


def test_core_does_not_import_qt_even_after_building_a_model() -> None:
    """Keras loaded through core (build, save) still brings no Qt along."""
    code = """
        import tempfile, pathlib
        from core.model.build import build_model
        from core.model.keras_file import save_keras
        from core.model.templates import template
        with tempfile.TemporaryDirectory() as d:
            save_keras(build_model(template("mlp_50")), pathlib.Path(d) / "m.keras")
    """
    loaded = loaded_after(code, HEAVY + QT)
    assert loaded == {"tensorflow": True, "keras": True, "PySide6": False, "pyqtgraph": False,
                      "shiboken6": False}


def test_cli_summary_does_not_import_tensorflow() -> None:
    code = """
        import sys
        sys.argv = ["main.py", "summary", "--model", "mlp_300_100"]
        import main
        assert main.main(sys.argv[1:]) == 0
    """
    assert loaded_after(code, HEAVY) == {"tensorflow": False, "keras": False}


def test_cli_summary_of_keras_file_does_not_import_tensorflow(tmp_path: Path) -> None:
    """A .keras file's architecture is read from its config.json: no TensorFlow needed."""
    import zipfile

    config = {"class_name": "Sequential", "config": {"name": "notes", "layers": [
        {"class_name": "InputLayer", "config": {"batch_shape": [None, 28, 28]}},
        {"class_name": "Flatten", "config": {"name": "flatten"}},
        {"class_name": "Dense", "config": {"name": "hidden1", "units": 300, "activation": "relu"}},
        {"class_name": "Dense", "config": {"name": "output", "units": 10, "activation": "softmax"}},
    ]}}
    path = tmp_path / "notes.keras"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps(config))
    code = f"""
        import main
        assert main.main(["summary", "--model", {str(path)!r}]) == 0
        assert main.main(["export", "--model", {str(path)!r}, "--python", {str(tmp_path / "m.py")!r}]) == 0
    """
    assert loaded_after(code, HEAVY) == {"tensorflow": False, "keras": False}
    assert 'name="hidden1"' in (tmp_path / "m.py").read_text(encoding="utf-8")


def test_window_shows_before_pyqtgraph_and_builds_the_train_area_right_after() -> None:
    """pyqtgraph costs a few hundred ms: the plotting areas are built after the first paint."""
    code = """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from gui.shell.app import create_app
        app = create_app([])
        from gui.shell.main_window import MainWindow
        w = MainWindow(load_tensorflow=False)
        w.show()
        assert "pyqtgraph" not in sys.modules and not w._train_area.built
        QTimer.singleShot(1000, app.quit)
        app.exec()
        assert w._train_area.built and w.areas.widget(1).findChild(type(w.trainer)) is w.trainer
        assert w._draw_area.built
        import gc  # collected only from a GUI-thread timer from now on (see gui/session/tasks.py)
        assert not gc.isenabled() and app._digitscope_gc is not None
        w.doc.undo_stack.setClean()
        w.close()
    """
    loaded = loaded_after(code, (*HEAVY, "pyqtgraph"))
    assert loaded == {"tensorflow": False, "keras": False, "pyqtgraph": True}
