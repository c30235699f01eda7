"""Issue 7, item 3 on the command line: every bad input is one line on stderr that names the file
or option and what to do, a non-zero exit, no traceback, and files on disk left as they were.

The same damaged files as the window's tests (tests/bad_files.py). Most cases call core.cli.main.run
in this process (fast); a few run `python main.py` as typed in a terminal, where TensorFlow's own
start-up output would show too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.cli.main import run
from core.model.templates import template
from tests.bad_files import (
    DATA_CASES,
    MODEL_FILE_CASES,
    bad_dataset,
    damaged_model_file,
    fail_writes,
    random_bytes,
    truncated,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tiny_npz(tmp_path: Path) -> Path:
    from gui.benchmark.session import band_dataset

    return band_dataset(tmp_path / "tiny.npz", 160, 40)


def refused(capsys, argv: list[str]) -> str:
    """Run the CLI; it must fail with exactly one line on stderr and no traceback. The line."""
    code = run([str(a) for a in argv])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip() and not line.startswith("dataset: ")]
    assert code != 0, err
    assert len(lines) == 1, err
    assert "Traceback" not in err and lines[0].startswith("digitscope: ")
    assert "unexpected" not in lines[0], lines[0]  # every case here is an expected one
    return lines[0]


def spec_file(tmp_path: Path, name: str, units: int = 50, lr: float | None = None,
              optimizer: str | None = None) -> Path:
    d = template("mlp_50").to_dict()
    d["layers"][0]["params"]["units"] = units
    if lr is not None:
        d["compile"]["learning_rate"] = lr
    if optimizer is not None:
        d["compile"]["optimizer"] = optimizer
    path = tmp_path / name
    path.write_text(json.dumps(d))
    return path


# --- damaged model files ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", MODEL_FILE_CASES)
def test_summary_refuses_a_damaged_model_file(capsys, tmp_path: Path, kind: str) -> None:
    path, says = damaged_model_file(kind, tmp_path)
    line = refused(capsys, ["summary", "--model", path])
    assert path.name in line and says in line, line


@pytest.mark.parametrize("kind", ["truncated .keras", "random .keras", "damaged config in .keras"])
def test_predict_and_evaluate_refuse_a_damaged_keras(capsys, tmp_path: Path, tiny_npz: Path,
                                                     kind: str) -> None:
    from PIL import Image

    path, _ = damaged_model_file(kind, tmp_path)
    digit = tmp_path / "digit.png"
    Image.fromarray(np.zeros((28, 28), np.uint8)).save(digit)
    assert path.name in refused(capsys, ["predict", "--model", path, digit])
    assert path.name in refused(capsys, ["evaluate", "--model", path, "--dataset", tiny_npz])


@pytest.mark.parametrize("how", ["truncated", "random bytes"])
def test_a_damaged_workspace_is_refused_and_a_good_one_opens(capsys, tmp_path: Path, how: str) -> None:
    from core.model.workspace import Workspace, save_workspace

    good = tmp_path / "lab1.digitscope"
    save_workspace(Workspace(template("small_convnet"), None, 0), good)
    assert run(["summary", "--model", str(good)]) == 0
    assert "Total params: 34,826" in capsys.readouterr().out
    bad = tmp_path / "bad.digitscope"
    truncated(good, bad, 0.6) if how == "truncated" else random_bytes(bad)
    assert "bad.digitscope" in refused(capsys, ["summary", "--model", bad])


@pytest.mark.parametrize("kind", ["random bytes", "truncated PNG", "empty file"])
def test_predict_refuses_a_damaged_image(capsys, tmp_path: Path, kind: str) -> None:
    from PIL import Image

    good = tmp_path / "good.png"
    Image.fromarray(np.zeros((28, 28), np.uint8)).save(good)
    path = tmp_path / "digit.png"
    if kind == "random bytes":
        random_bytes(path)
    elif kind == "truncated PNG":
        truncated(good, path, 0.3)
    else:
        path.write_bytes(b"")
    line = refused(capsys, ["predict", path])
    assert "digit.png" in line and "try PNG or JPG" in line, line


# --- unsuitable data -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", DATA_CASES)
def test_train_refuses_bad_data(capsys, tmp_path: Path, tiny_npz: Path, kind: str) -> None:
    path, says = bad_dataset(kind, tmp_path, tiny_npz)
    out = tmp_path / "model.keras"
    out.write_bytes(b"an earlier model")
    line = refused(capsys, ["train", "--model", "mlp_50", "--dataset", path, "--epochs", "1", "--out", out])
    assert path.name in line and says in line, line
    assert out.read_bytes() == b"an earlier model"


# --- enormous layers -------------------------------------------------------------------------------


def test_a_very_large_model_is_refused_unless_allowed(capsys, tmp_path: Path, tiny_npz: Path) -> None:
    big = spec_file(tmp_path, "big.json", units=40_000)  # 31.8 M parameters
    assert run(["summary", "--model", str(big)]) == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert "warning: dense: a very large model: 31,800,010 parameters (121.31 MB of weights" in out
    line = refused(capsys, ["train", "--model", big, "--dataset", tiny_npz, "--epochs", "1"])
    assert "big.json: a very large model: 31,800,010 parameters" in line
    assert "to train with sgd at batch size 32" in line and "Pass --allow-large" in line
    assert run(["train", "--model", str(big), "--dataset", str(tiny_npz), "--epochs", "1",
                "--batch-size", "80", "--allow-large"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["epochs"] == 1


def test_a_model_too_large_for_this_computer_is_refused_even_when_allowed(capsys, tmp_path: Path,
                                                                         tiny_npz: Path) -> None:
    huge = spec_file(tmp_path, "huge.json", units=10_000_000)  # 7.95 billion parameters
    line = refused(capsys, ["train", "--model", huge, "--dataset", tiny_npz, "--allow-large"])
    assert "huge.json: too large for this computer: 7,950,000,010 parameters (29.62 GB of weights" in line


# --- NaN loss --------------------------------------------------------------------------------------


def test_nan_loss_stops_with_one_line_and_exit_1(capsys, tmp_path: Path, tiny_npz: Path) -> None:
    wild = spec_file(tmp_path, "wild.json", lr=1e9, optimizer="sgd")
    history = tmp_path / "history.csv"
    code = run(["train", "--model", str(wild), "--dataset", str(tiny_npz), "--epochs", "3",
                "--history", str(history)])
    captured = capsys.readouterr()
    assert code == 1
    lines = [x for x in captured.err.splitlines() if not x.startswith("dataset: ")]
    assert len(lines) == 1 and "the loss became nan" in lines[0] and "learning rate" in lines[0]
    assert json.loads(captured.out.splitlines()[-1])["stopped"] == "nan"
    assert history.read_text().startswith("epoch")  # the good epochs before it are kept


# --- the disk is full, or the folder is not writable -------------------------------------------


@pytest.mark.parametrize("how", ["disk full", "permission denied"])
def test_export_when_it_cannot_write_keeps_the_old_script(capsys, monkeypatch, tmp_path: Path,
                                                          how: str) -> None:
    target = tmp_path / "model.py"
    target.write_text("# the teacher's script\n")
    reason = fail_writes(monkeypatch, how)
    line = refused(capsys, ["export", "--model", "mlp_50", "--python", target])
    assert "model.py" in line and reason in line, line
    assert target.read_text() == "# the teacher's script\n"
    assert [p.name for p in tmp_path.iterdir()] == ["model.py"]  # no temporary file left


def test_train_when_the_disk_fills_up_keeps_the_old_files_and_says_so(capsys, monkeypatch, tmp_path: Path,
                                                                     tiny_npz: Path) -> None:
    """A full disk at the end (everywhere: the fallback folders too): one line, old files kept."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    out, history = tmp_path / "model.keras", tmp_path / "history.csv"
    out.write_bytes(b"an earlier model")
    history.write_text("an earlier history")
    reason = fail_writes(monkeypatch, "disk full")
    code = run(["train", "--model", "mlp_50", "--dataset", str(tiny_npz), "--epochs", "1", "--out", str(out),
                "--history", str(history)])
    captured = capsys.readouterr()
    lines = [x for x in captured.err.splitlines() if not x.startswith("dataset: ")]
    assert code == 1 and len(lines) == 1, captured.err
    assert "model.keras: cannot write" in lines[0] and "history.csv: cannot write" in lines[0]
    assert reason in lines[0] and "free some space" in lines[0]
    assert "test_accuracy" in json.loads(captured.out.splitlines()[-1])  # the run itself finished
    assert out.read_bytes() == b"an earlier model" and history.read_text() == "an earlier history"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv", "home", "model.keras", "tiny.npz"]
    # no temporary file left in the fallback either (Keras keeps its .keras/ and .cache/ there)
    assert [p.name for p in (tmp_path / "home").iterdir() if not p.name.startswith(".")] == []
    assert not list((tmp_path / "home").glob(".digitscope*"))


def test_train_checks_its_outputs_before_it_trains(capsys, monkeypatch, tmp_path: Path,
                                                   tiny_npz: Path) -> None:
    """Issue 17, item 6: a folder given as --out, a name too long, a folder one cannot write to."""
    trained = []
    import core.training.loop as loop

    monkeypatch.setattr(loop, "train", lambda *a, **k: trained.append(1))
    (tmp_path / "results").mkdir()
    base = ["train", "--model", "mlp_50", "--dataset", tiny_npz, "--epochs", "1"]
    line = refused(capsys, [*base, "--out", tmp_path / "results"])
    assert "--out" in line and "is a folder" in line and "results/model.keras" in line
    line = refused(capsys, [*base, "--history", tmp_path / ("h" * 300 + ".csv")])
    assert "--history" in line and "file name is 304 bytes" in line
    line = refused(capsys, [*base, "--out", tmp_path / "missing" / "m.keras"])
    assert "does not exist" in line
    reason = fail_writes(monkeypatch, "permission denied")
    line = refused(capsys, [*base, "--out", tmp_path / "m.keras"])
    assert "--out" in line and reason in line and "choose another folder" in line
    assert trained == []  # nothing was trained for an output that could not have been written


def test_a_late_failure_saves_the_trained_model_in_the_home_folder(capsys, monkeypatch, tmp_path: Path,
                                                                 tiny_npz: Path) -> None:
    home, target = tmp_path / "home", tmp_path / "usb"
    home.mkdir()
    target.mkdir()
    monkeypatch.setenv("HOME", str(home))
    real_replace = os.replace

    def replace(src, dst):  # the USB stick fills up during the training
        if Path(dst).parent == target:
            raise OSError(28, os.strerror(28))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    code = run(["train", "--model", "mlp_50", "--dataset", str(tiny_npz), "--epochs", "1",
                "--out", str(target / "model.keras"), "--history", str(target / "history.csv")])
    err = [x for x in capsys.readouterr().err.splitlines() if not x.startswith("dataset: ")]
    assert code == 1 and len(err) == 1
    # by suffix, not by sorted position: the two names carry the second each was written in
    saved = [p.name for p in home.iterdir() if not p.name.startswith(".")]
    history = [n for n in saved if n.startswith("digitscope-") and n.endswith("-history.csv")]
    model = [n for n in saved if n.startswith("digitscope-") and n.endswith("-model.keras")]
    assert len(saved) == 2 and len(history) == 1 and len(model) == 1
    assert f"saved to {home / model[0]} instead" in err[0]
    assert f"saved to {home / history[0]} instead" in err[0]
    from core.model.keras_file import load_keras_weights

    assert len(load_keras_weights(home / model[0])) == 4  # the trained model, whole
    assert list(target.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_real_read_only_folder(capsys, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "model.py").write_text("old")
    locked.chmod(0o555)
    try:
        line = refused(capsys, ["export", "--model", "mlp_50", "--python", locked / "model.py"])
        assert "Permission denied" in line and (locked / "model.py").read_text() == "old"
    finally:
        locked.chmod(0o755)


# --- absurd numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("flags, says", [
    (["--epochs", "-1"], "epochs must be from 1 to 100,000 (got -1)"),
    (["--epochs", "0"], "epochs must be from 1 to 100,000 (got 0)"),
    (["--epochs", "1000000000"], "epochs must be from 1 to 100,000"),
    (["--batch-size", "0"], "batch size must be from 1 to 1,000,000 (got 0)"),
    (["--batch-size", "-32"], "batch size must be from 1 to 1,000,000 (got -32)"),
    (["--batch-size", "100000000"], "batch size must be from 1 to 1,000,000 (got 100,000,000)"),
    (["--validation-split", "1.5"], "--validation-split 1.5: use a fraction from 0 to below 1"),
    (["--validation-split", "-0.2"], "--validation-split -0.2: use a fraction"),
    (["--validation-split", "lots"], "--validation-split 'lots' is not a number"),
    (["--validation-split", "99999999"], "validation takes 99,999,999 samples but there are only 160"),
    (["--learning-rate", "-1"], "--learning-rate must be a number above 0 (got -1.0)"),
    (["--learning-rate", "0"], "--learning-rate must be a number above 0 (got 0.0)"),
    (["--learning-rate", "nan"], "--learning-rate must be a number above 0 (got nan)"),
    (["--learning-rate", "inf"], "--learning-rate must be a number above 0 (got inf)"),
    (["--seed", "-1"], "seed must be from 0 to 4,294,967,295 (got -1)"),
])
def test_train_refuses_absurd_numbers(capsys, tiny_npz: Path, flags: list[str], says: str) -> None:
    line = refused(capsys, ["train", "--model", "mlp_50", "--dataset", tiny_npz, "--epochs", "1", *flags])
    assert says in line, line


@pytest.mark.parametrize("argv, says", [
    (["summary", "--model", "mlp_50", "--line-length", "-5"], "--line-length -5: use 20 to 1000"),
    (["summary", "--model", "mlp_50", "--line-length", "100000"], "--line-length 100000: use 20 to 1000"),
    (["export", "--model", "mlp_50", "--python", "x.py", "--epochs", "0"], "--epochs and --batch-size"),
    (["evaluate", "--model", "mlp_50", "--dataset", "mnist", "--batch-size", "0"], "--batch-size must be"),
])
def test_other_commands_refuse_absurd_numbers(capsys, argv: list[str], says: str) -> None:
    assert says in refused(capsys, argv)


def test_evaluate_without_a_test_split_names_the_file(capsys, tmp_path: Path) -> None:
    path = tmp_path / "trainonly.npz"
    np.savez(path, x_train=np.zeros((20, 28, 28), np.uint8), y_train=np.arange(20) % 10)
    line = refused(capsys, ["evaluate", "--model", "mlp_50", "--dataset", path])
    assert "trainonly.npz: has no test split" in line, line


# --- as typed in a terminal ---------------------------------------------------------------------


@pytest.mark.parametrize("case", ["damaged .keras", "NaN loss"])
def test_in_a_terminal_one_line_and_nothing_else(tmp_path: Path, tiny_npz: Path, case: str) -> None:
    """A real process, with TensorFlow's own start-up output: still only our line on stderr."""
    if case == "damaged .keras":
        path, _ = damaged_model_file("truncated .keras", tmp_path)
        argv = ["evaluate", "--model", path, "--dataset", tiny_npz]
    else:
        argv = ["train", "--model", spec_file(tmp_path, "wild.json", lr=1e9, optimizer="sgd"),
                "--dataset", tiny_npz, "--epochs", "2"]
    env = {k: v for k, v in os.environ.items() if k not in ("TF_CPP_MIN_LOG_LEVEL", "DIGITSCOPE_DEBUG")}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, argv)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)
    lines = [x for x in done.stderr.splitlines() if x.strip() and not x.startswith("dataset: ")]
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr


def test_a_workspace_whose_weights_are_of_another_model_is_refused_by_name(capsys, tmp_path, tiny_npz):
    """Issue 17, item 2: `train --model wrongshape.digitscope` ended in Keras's raw set_weights error."""
    from core.model.workspace import Workspace, save_workspace

    path = tmp_path / "wrongshape.digitscope"
    save_workspace(Workspace(template("mlp_50"), [np.zeros((3, 3), np.float32)], 2), path)
    before = path.read_bytes()
    for command in (["train", "--model", path, "--dataset", tiny_npz, "--epochs", "1"],
                    ["summary", "--model", path], ["evaluate", "--model", path, "--dataset", tiny_npz]):
        line = refused(capsys, command)
        assert "wrongshape.digitscope" in line and "do not fit the model" in line
        assert "(784, 50)" in line and "(3, 3)" in line  # both: what the model has, what the file holds
    assert path.read_bytes() == before


@pytest.mark.slow
def test_ctrl_c_during_train_ends_in_one_line_and_keeps_the_epochs_done(tmp_path: Path, tiny_npz: Path):
    """Issue 17, item 5: SIGINT printed a 50-line traceback and lost the finished epochs."""
    import signal

    out, history = tmp_path / "model.keras", tmp_path / "history.csv"
    command = [sys.executable, "main.py", "train", "--model", "mlp_50", "--dataset", str(tiny_npz),
               "--epochs", "1000", "--batch-size", "8", "--out", str(out), "--history", str(history)]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    epochs = 0
    for line in proc.stdout:
        epochs += line.startswith("Epoch ")
        if epochs == 2:
            proc.send_signal(signal.SIGINT)  # as Ctrl-C in the terminal
            break
    _rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    said = [line for line in err.splitlines() if line.startswith("digitscope:")]
    assert len(said) == 1 and said[0].startswith("digitscope: interrupted (Ctrl-C) after ")
    done = int(said[0].split("after ")[1].split()[0])
    assert done >= 2 and str(out) in said[0] and str(history) in said[0]
    from core.model.keras_file import load_keras_weights

    assert len(load_keras_weights(out)) == 4
    assert len(history.read_text().splitlines()) == done + 1  # a header and a row per epoch done


def test_smaller_refusals_say_the_cause_in_one_line(capsys, tmp_path: Path) -> None:
    """Issue 17, item 8: a folder named like a workspace; a one-class .npz; Keras's long refusals."""
    folder = tmp_path / "lab.digitscope"
    folder.mkdir()
    line = refused(capsys, ["summary", "--model", folder])
    assert "is a folder, not a workspace file" in line
    from core.model.keras_file import one_line

    dump = ValueError("Could not deserialize the layer 'lambda'.\n" + "config={" + "x" * 2600 + "}")
    assert one_line(dump) == "Could not deserialize the layer 'lambda'."
    assert len(one_line(ValueError("y" * 1000))) == 200


def test_a_dataset_of_one_class_is_warned_about(capsys, tmp_path: Path) -> None:
    from core.data.catalogue import load_dataset

    path = tmp_path / "sevens.npz"
    x = np.random.default_rng(0).integers(0, 255, (50, 28, 28)).astype(np.uint8)
    np.savez(path, x_train=x, y_train=np.full(50, 7), x_test=x[:10], y_test=np.full(10, 7))
    summary = load_dataset(path).summary()
    assert "every training image is of class 7" in summary and "at least two classes" in summary
    path2 = tmp_path / "two.npz"
    np.savez(path2, x_train=x, y_train=np.arange(50) % 2, x_test=x[:10], y_test=np.arange(10) % 2)
    assert "Warning" not in load_dataset(path2).summary()


def test_an_exploding_loss_is_said_even_when_it_never_becomes_nan() -> None:
    from core.training.loop import exploding_loss_message

    assert exploding_loss_message([{"epoch": 1, "loss": 2.3}, {"epoch": 2, "loss": 0.4}]) == ""
    text = exploding_loss_message([{"epoch": 1, "loss": 3.1e21}, {"epoch": 2, "loss": 4.5e23}])
    assert "4.5e+23" in text and "learning rate" in text
