"""`python main.py COMMAND`: what a teacher sees in a terminal, and the exit codes scripts see."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from core.cli.main import run
from core.model.templates import TEMPLATES

ROOT = Path(__file__).resolve().parents[1]
TOTALS = {"mlp_50": "39,760", "mlp_512": "407,050", "mlp_300_100": "266,610",
          "conv_128": "216,970", "small_convnet": "34,826",
          "dummy_binary": "3,265", "dummy_categorical": "3,562", "regression_mlp": "361",
          # the functional API's (issue 18): as Keras's own summary of the notes' models counts them
          "functional_mlp": "55,050", "multi_input_output": "5,200,610", "residual_convnet": "36,170"}


def main_py(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    env.pop("DIGITSCOPE_DEBUG", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def _dense_json(tmp_path: Path, name: str, units) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"input_shape": [28, 28], "layers": [
        {"type": "Flatten"}, {"type": "Dense", "params": {"units": units, "activation": "softmax"}}]}))
    return path


# --- in subprocesses, as typed in a terminal -----------------------------------------------------


def test_templates_lists_every_template() -> None:
    done = main_py("templates")
    assert done.returncode == 0, done.stderr
    for name, total in TOTALS.items():
        assert any(line.startswith(name) and f"{total} params" in line for line in done.stdout.splitlines())
    assert set(TOTALS) == set(TEMPLATES)


def test_summary_of_template() -> None:
    done = main_py("summary", "--model", "mlp_50")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith('Model: "sequential"\n')
    assert "Total params: 39,760 (155.31 KB)" in done.stdout
    assert "│ dense (Dense)" in done.stdout and "│ dense_1 (Dense)" in done.stdout
    assert "error:" not in done.stdout and "warning:" not in done.stdout
    assert "Traceback" not in done.stderr


def test_summary_with_error_row_exits_1(tmp_path: Path) -> None:
    done = main_py("summary", "--model", _dense_json(tmp_path, "zero.json", 0))
    assert done.returncode == 1
    assert "│ dense (Dense)" in done.stdout and "│ ?" in done.stdout  # the table is still shown
    assert "error: dense (Dense): units must be at least 1 (got 0)" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_summary_with_warning_exits_0(tmp_path: Path) -> None:
    done = main_py("summary", "--model", _dense_json(tmp_path, "five.json", 5))
    assert done.returncode == 0
    assert "warning: dense: gives 5 outputs, but mnist has 10 classes" in done.stdout


def _truncated_keras(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps({"class_name": "Sequential", "config": {"layers": []}}) * 50)
    path.write_bytes(path.read_bytes()[:100])


BAD_SPECS = {
    "missing file": ("missing.json", None, "missing.json: cannot read"),
    "unknown template": ("mlp_5", None, "'mlp_5' is neither a template"),
    "truncated json": ("t.json", '{"input_shape": [28, 28], "layers": [{"type": "Fl',
                       "t.json: not valid JSON"),
    "unknown layer type": ("u.json", '{"input_shape": [4], "layers": [{"type": "Conv1D"}]}',
                           "u.json: layer 1: unknown layer type 'Conv1D'"),
    "wrong value type": ("w.json", '{"input_shape": [4], "layers": [{"type": "Dense", '
                                   '"params": {"units": "ten"}}]}',
                         "w.json: layer 1 (Dense): 'units' must be a whole number, got 'ten'"),
    "truncated keras": ("t.keras", _truncated_keras, "t.keras: not a .keras file"),
    "random binary keras": ("x.keras", random.Random(0).randbytes(2048), "x.keras: not a .keras file"),
    "random binary json": ("b.json", b"\xff\xfe\x00" + random.Random(1).randbytes(2048),
                           "b.json: not a text file"),
    "folder": (".", None, "unknown file type"),
}


@pytest.mark.parametrize("case", list(BAD_SPECS))
@pytest.mark.parametrize("command", ["summary", "export"])
def test_bad_spec_one_line_no_traceback(tmp_path: Path, case: str, command: str) -> None:
    name, content, words = BAD_SPECS[case]
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        content(path)
    extra = ["--python", str(tmp_path / "out.py")] if command == "export" else []
    done = main_py(command, "--model", name, *extra, cwd=tmp_path)
    assert done.returncode != 0
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("digitscope: ") and words in lines[0], lines[0]
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout == ""
    assert not (tmp_path / "out.py").exists()


def test_export_writes_a_script_that_compiles(tmp_path: Path) -> None:
    done = main_py("export", "--model", "small_convnet", "--python", "out.py", "--epochs", "3",
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "wrote out.py\n"
    source = (tmp_path / "out.py").read_text(encoding="utf-8")
    compile(source, "out.py", "exec")
    assert 'keras.layers.Conv2D(32, (3, 3), activation="relu", name="conv2d"),' in source
    assert "epochs=3, batch_size=32" in source


def test_summary_of_keras_file(tmp_path: Path) -> None:
    import keras

    model = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(300, activation="relu", name="hidden1"),
                              keras.layers.Dense(10, activation="softmax", name="output")], name="notes")
    model.save(tmp_path / "notes.keras")
    done = main_py("summary", "--model", "notes.keras", "--line-length", "70", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith('Model: "notes"\n')
    assert "│ hidden1 (Dense)" in done.stdout
    assert "Total params: 238,510 (931.68 KB)" in done.stdout
    assert max(len(line) for line in done.stdout.splitlines()) == 70


def test_help_lists_commands() -> None:
    done = main_py("--help")
    assert done.returncode == 0
    for command in ("summary", "templates", "export"):
        assert command in done.stdout


# --- in process: the same code path, faster ---------------------------------------------------


def test_run_summary_in_process(capsys) -> None:
    assert run(["summary", "--model", "small_convnet", "--line-length", "88"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Total params: 34,826 (136.04 KB)" in out
    assert "│ dropout (Dropout)" in out


@pytest.mark.parametrize(("name", "total"), list(TOTALS.items()))
def test_run_summary_totals(capsys, name: str, total: str) -> None:
    assert run(["summary", "--model", name]) == 0
    assert f"Total params: {total} " in capsys.readouterr().out


def test_run_export_refuses_model_with_error(tmp_path: Path, capsys) -> None:
    spec = _dense_json(tmp_path, "zero.json", 0)
    out_py = tmp_path / "out.py"
    assert run(["export", "--model", str(spec), "--python", str(out_py)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("digitscope: cannot export a model Keras would refuse: dense (Dense): units must be "
                   "at least 1 (got 0); set how many neurons it has\n")
    assert not out_py.exists()


@pytest.mark.parametrize("flags", [["--epochs", "0"], ["--batch-size", "-4"]])
def test_run_export_refuses_bad_training_numbers(tmp_path: Path, capsys, flags: list[str]) -> None:
    out_py = tmp_path / "out.py"
    assert run(["export", "--model", "mlp_50", "--python", str(out_py), *flags]) == 1
    assert capsys.readouterr().err == "digitscope: --epochs and --batch-size must be at least 1\n"
    assert not out_py.exists()


def test_run_export_to_missing_folder(tmp_path: Path, capsys) -> None:
    target = tmp_path / "no" / "such" / "dir" / "out.py"
    assert run(["export", "--model", "mlp_50", "--python", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"digitscope: {target}: cannot write") and err.count("\n") == 1


def test_run_export_keeps_old_file_on_failure(tmp_path: Path, capsys) -> None:
    target = tmp_path / "out.py"
    target.write_text("# my old script\n")
    spec = _dense_json(tmp_path, "zero.json", -1)
    assert run(["export", "--model", str(spec), "--python", str(target)]) == 1
    assert target.read_text() == "# my old script\n"
    capsys.readouterr()


def test_run_unexpected_error_is_one_line(monkeypatch, capsys) -> None:
    import core.cli.main

    def boom(_spec):
        raise RuntimeError("something odd")

    monkeypatch.delenv("DIGITSCOPE_DEBUG", raising=False)
    monkeypatch.setattr(core.cli.main, "analyze", boom)
    assert run(["summary", "--model", "mlp_50"]) == 1
    err = capsys.readouterr().err
    assert err == ("digitscope: unexpected RuntimeError: something odd "
                   "(run with DIGITSCOPE_DEBUG=1 for details)\n")
    monkeypatch.setenv("DIGITSCOPE_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run(["summary", "--model", "mlp_50"])


def test_run_without_model_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        run(["summary"])
    assert caught.value.code == 2
    assert "--model" in capsys.readouterr().err
