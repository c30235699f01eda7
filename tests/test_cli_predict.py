"""`predict`, `replay` and `evaluate --model default` as typed in a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from core.drawing.strokes import strokes_to_input

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
PENDIGITS = SHARED / "pendigits" / "pendigits-test-strokes.jsonl"
MNIST_TEST = SHARED / "mnist-test"


def main(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def picture(path: Path, strokes: list, size: int, dark_on_light: bool) -> None:
    """A generated picture of a digit: strokes rendered large, like a photo of a drawing."""
    small = strokes_to_input(strokes)
    big = np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize((size, size)))
    Image.fromarray(255 - big if dark_on_light else big).convert("RGB").save(path)


SEVEN = [[(0, 0), (60, 0), (25, 100)]]
ZERO = [[(30, 0), (0, 30), (0, 70), (30, 100), (60, 70), (60, 30), (30, 0)]]


def test_predict_prints_the_probabilities_of_each_image(tmp_path: Path) -> None:
    seven, zero = tmp_path / "seven.png", tmp_path / "zero.jpg"
    picture(seven, SEVEN, 300, dark_on_light=True)
    picture(zero, ZERO, 90, dark_on_light=False)
    done = main("predict", "--model", "default", str(seven), str(zero))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{seven}: 7 (") and lines[1].startswith(f"{zero}: 0 (")
    done = main("predict", str(seven), "--json")  # --model default is the default
    row = json.loads(done.stdout.splitlines()[0])
    assert row["predicted"] == "7" and list(row["probabilities"]) == [str(i) for i in range(10)]
    assert sum(row["probabilities"].values()) == pytest.approx(1, abs=1e-3)
    assert max(row["probabilities"], key=row["probabilities"].get) == "7"


def test_predict_refuses_a_bad_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    done = main("predict", str(bad))
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last == f"digitscope: {bad}: not an image that can be read (try PNG or JPG)"
    assert "Traceback" not in done.stderr
    done = main("predict", "--model", "mlp_300_100", str(bad))
    assert done.returncode == 1 and "needs a trained model" in done.stderr


@pytest.mark.skipif(not PENDIGITS.exists(), reason=f"no real pen trajectories at {PENDIGITS}")
def test_replay_draws_real_strokes_on_the_canvas_and_scores_them() -> None:
    done = main("replay", "--strokes", str(PENDIGITS), "--limit", "30")
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["n"] == 30 and result["accuracy"] >= 0.8
    assert done.stdout.startswith("accuracy: ") and "confusion matrix" in done.stdout
    matrix = [line.split()[1:] for line in done.stdout.splitlines() if line.startswith("    ")]
    assert sum(int(v) for row in matrix for v in row) == 30


def test_replay_refuses_bad_input_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "strokes.jsonl"
    bad.write_text('{"label": 3, "strokes": [[[0, 0], [1, 1]]]}\n{"label": 4}\n')
    done = main("replay", "--strokes", str(bad))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith(f"digitscope: {bad}, line 2: not a strokes sample")
    done = main("replay", "--strokes", str(tmp_path / "missing.jsonl"))
    assert done.returncode == 1 and "no such file" in done.stderr


@pytest.mark.slow
@pytest.mark.skipif(not MNIST_TEST.exists(), reason=f"no MNIST test set at {MNIST_TEST}")
def test_the_default_model_on_the_real_mnist_test_set() -> None:
    done = main("evaluate", "--model", "default", "--dataset", str(MNIST_TEST))
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["n"] == 10_000 and result["test_accuracy"] >= 0.985
