"""The wheel runs on its own: built with `python -m build --wheel`, it holds every package of the
source tree and the assets (the default model, the translations); installed into a fresh virtual
environment, outside the source tree, `digitscope summary --model default` works and the window
finds its translations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def source_packages() -> set[str]:
    """Every package folder of the source tree's core/ and gui/ (those with an __init__.py)."""
    return {str(p.parent.relative_to(ROOT)) for top in ("core", "gui")
            for p in (ROOT / top).rglob("__init__.py")}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gui.shell.i18n import compile_translations

    compile_translations()  # the .qm files travel in the wheel (bash setup.sh makes them too)
    shutil.rmtree(ROOT / "build", ignore_errors=True)  # setuptools would pack a moved module's old copy
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: the build uses this environment's setuptools (the test extras), no download.
    done = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    (built,) = out.glob("digitscope-*.whl")
    return built


def test_the_wheel_holds_every_package_and_the_assets(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = {str(Path(n).parent) for n in names if n.endswith("/__init__.py")}
    assert source_packages() <= packages, sorted(source_packages() - packages)
    assert "gui/benchmark/__init__.py" in names and "gui/benchmark/replay.py" in names
    assert {"main.py", "assets/__init__.py", "assets/default_model.keras", "assets/default_model.json",
            "assets/i18n/digitscope_ko.ts", "assets/i18n/digitscope_ko.qm"} <= names
    assert not [n for n in names if n.startswith(("tests/", "assets/screenshots/"))]
    sources = {str(p.relative_to(ROOT)) for top in ("core", "gui") for p in (ROOT / top).rglob("*.py")}
    assert sources <= names, sorted(sources - names)
    packed = {n for n in names if n.endswith(".py") and n.startswith(("core/", "gui/"))}
    assert packed <= sources, sorted(packed - sources)  # nothing stale from an earlier build


def test_installed_outside_the_source_tree_it_runs(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, timeout=300, capture_output=True)
    # The dependencies (numpy, rich, PySide6, Keras…) come from this environment's site-packages as a
    # plain path: its .pth files (the editable install of the source tree among them) are not read.
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    new_site = Path(subprocess.run([str(python), "-c", where], check=True, capture_output=True,
                                   text=True).stdout.strip())
    (new_site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", TF_CPP_MIN_LOG_LEVEL="3")
    away = tmp_path / "elsewhere"
    away.mkdir()

    summary = subprocess.run([str(venv / "bin" / "digitscope"), "summary", "--model", "default"], cwd=away,
                             env=env, capture_output=True, text=True, timeout=120)
    assert summary.returncode == 0, summary.stderr[-3000:]
    assert "Total params: 242,602" in summary.stdout

    probe = textwrap.dedent(f"""
        import sys
        import assets, core, gui
        site = {str(new_site)!r}
        assert all(m.__file__.startswith(site) for m in (assets, core, gui)), (assets.__file__, core.__file__)
        from assets import DEFAULT_MODEL
        assert DEFAULT_MODEL.is_file()
        from gui.shell.app import create_app
        from gui.shell.i18n import language
        app = create_app([])
        assert language().install("ko"), "the Korean translation was not found in the installed assets"
        from core.i18n import translate
        assert translate("MainWindow", "&File") != "&File"
        from gui.shell.main_window import MainWindow
        w = MainWindow(load_tensorflow=False)
        w.show()
        app.processEvents()
        print("TITLE", w.windowTitle())
        w.doc.undo_stack.setClean()
        w.close()
    """)
    window = subprocess.run([str(python), "-c", probe], cwd=away, env=env, capture_output=True, text=True,
                            timeout=120)
    assert window.returncode == 0, window.stderr[-3000:]
    assert "TITLE" in window.stdout and "DigitScope" in window.stdout
