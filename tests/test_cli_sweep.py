"""Issue 20 (part): `python main.py sweep` — one line per trial, the best as JSON, every trial in
--json, the same trials for the same seed, and bad searches refused in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def sweep(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "sweep", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.slow
def test_a_random_sweep_prints_each_trial_and_the_best_and_repeats_with_its_seed(tmp_path: Path) -> None:
    args = ["--model", "mlp_50", "--dataset", "mnist", "--trials", "3", "--epochs", "1",
            "--learning-rate", "0.001:0.3", "--units", "16,32", "--seed", "7"]
    first = sweep(*args, "--json", str(tmp_path / "a.json"))
    assert first.returncode == 0, first.stderr[-2000:]
    lines = first.stdout.strip().splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == ["trial 1/3", "trial 2/3", "trial 3/3"]
    assert all("val_accuracy" in line and "units=" in line for line in lines[:3])
    summary = json.loads(lines[-1])
    assert summary["trials"] == 3 and {"learning_rate", "units", "val_accuracy"} <= set(summary["best"])
    record = json.loads((tmp_path / "a.json").read_text())
    assert len(record["trials"]) == 3 and record["objective"] == "val_accuracy"
    scores = [t["score"] for t in record["trials"]]
    assert summary["best"]["val_accuracy"] == max(scores)
    assert all(0.001 <= t["hyperparameters"]["learning_rate"] <= 0.3 for t in record["trials"])
    second = sweep(*args, "--json", str(tmp_path / "b.json"))
    again = json.loads((tmp_path / "b.json").read_text())
    assert [t["hyperparameters"] for t in again["trials"]] == [t["hyperparameters"] for t in record["trials"]]
    assert second.returncode == 0


@pytest.mark.parametrize(("args", "said"), [
    ([], "search space is empty"),
    (["--learning-rate", "fast"], "give a range as LOW:HIGH"),
    (["--dropout", "0.1:0.5"], "no Dropout layer"),
    (["--units", "16", "--trials", "0"], "at least 1"),
])
def test_a_search_that_cannot_run_is_refused_in_one_line(args: list[str], said: str) -> None:
    done = sweep("--model", "mlp_50", "--dataset", "mnist", *args, timeout=120)
    assert done.returncode == 1 and said in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
