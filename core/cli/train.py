"""`train` and `evaluate` on the command line: the same core training code as the window."""

from __future__ import annotations

import argparse
import json
import math
import signal
import sys
from pathlib import Path
from typing import Any

from core.model.spec import DATASETS, OPTIMIZERS, SpecError
from core.training.history import write_history_csv


def add_parsers(sub: Any, spec_help: str) -> None:
    """Register the train and evaluate subcommands on an argparse subparsers object."""
    p = sub.add_parser("train", help="train a model on a dataset, printing one line per epoch")
    p.add_argument("--model", required=True, metavar="SPEC", help=spec_help)
    p.add_argument("--dataset", required=True, metavar="NAME_OR_PATH",
                   help=f"{', '.join(DATASETS)} (random: data like the notes', shaped for the model), "
                        "a .npz, an IDX folder or an image folder")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--optimizer", choices=sorted(OPTIMIZERS), help="override the model's optimizer")
    p.add_argument("--learning-rate", type=float, help="override the model's learning rate")
    p.add_argument("--validation-split", default="0.1", metavar="F",
                   help="a fraction like 0.1 (the last 10%%), or a count like 5000 (the first "
                        "5,000 samples, as the notes do); 0 for none")
    p.add_argument("--seed", type=int, default=42, help="the same seed gives the same run")
    p.add_argument("--out", type=Path, metavar="FILE.keras", help="save the trained model")
    p.add_argument("--history", type=Path, metavar="FILE.csv", help="save the epoch log as CSV")
    p.add_argument("--checkpoint", type=Path, metavar="FILE.keras",
                   help="keep the best epoch's model (lowest val_loss, else loss) in FILE.keras as it trains "
                        "(Keras's ModelCheckpoint with save_best_only, as in the notes)")
    p.add_argument("--class-weight", choices=["balanced"],
                   help="weigh each class by n / (classes × its count), so rare classes count as much")
    p.add_argument("--allow-large", action="store_true",
                   help="build a very large model (over 20 million parameters) without refusing")
    p.add_argument("--mix-mnist", type=float, default=0.0, metavar="SHARE",
                   help="fine-tuning on your own digits: make this share of the training set MNIST digits "
                        "(0.5: as many as yours)")
    p.add_argument("--augment", type=int, default=0, metavar="N",
                   help="add N varied copies of each training digit (the default model's augmentations)")
    p.add_argument("--compare", action="store_true",
                   help="measure the model before and after training on MNIST's test digits and on the "
                        "held-out writers, and print the table (also in the JSON line)")
    p = sub.add_parser("evaluate", help="test loss and accuracy of a model on a dataset's test split")
    p.add_argument("--model", required=True, metavar="SPEC", help=spec_help)
    p.add_argument("--dataset", required=True, metavar="NAME_OR_PATH")
    p.add_argument("--batch-size", type=int, default=256)
    p.add_argument("--seed", type=int, default=42, help="the seed of random data (--dataset random)")
    p.add_argument("--allow-large", action="store_true",
                   help="build a very large model (over 20 million parameters) without refusing")


def parse_validation(text: str) -> float | int:
    """'0.1' -> 0.1 (a fraction), '5000' -> 5000 (the first N samples)."""
    try:
        value = float(text)
    except ValueError as e:
        raise SpecError(f"--validation-split {text!r} is not a number") from e
    if value >= 1 and value.is_integer():
        return int(value)
    if not 0 <= value < 1:
        raise SpecError(f"--validation-split {text}: use a fraction from 0 to below 1, or a count")
    return value


def epoch_line(row: dict[str, float], epochs_total: int) -> str:
    """Keras's verbose=2 style: Epoch 3/30 - 4s - loss: 0.4012 - accuracy: 0.8561 - ..."""
    parts = [f"Epoch {int(row['epoch'])}/{epochs_total}", f"{row.get('seconds', 0):.1f}s"]
    parts += [f"{k}: {v:.4f}" for k, v in row.items() if k not in ("epoch", "seconds")]
    return " - ".join(parts)


def _model_and_data(args: argparse.Namespace, validation: float | int, fine: Any = None
                    ) -> tuple[Any, Any, Any, Any]:
    from core.data.catalogue import load_for_model
    from core.data.preprocess import prepare_data
    from core.model.checks import analyze
    from core.model.size import estimate
    from core.model.sources import load_model_spec, resolve_model_source

    args.model = resolve_model_source(args.model)
    spec = load_model_spec(args.model)
    if getattr(args, "optimizer", None):
        spec.compile.optimizer = args.optimizer
        spec.compile.learning_rate = OPTIMIZERS[args.optimizer]
    if getattr(args, "learning_rate", None) is not None:
        if not (args.learning_rate > 0 and math.isfinite(args.learning_rate)):
            raise SpecError(f"--learning-rate must be a number above 0 (got {args.learning_rate})")
        spec.compile.learning_rate = args.learning_rate
    info = analyze(spec)
    if info.errors:
        raise SpecError(f"Keras would refuse this model: {info.errors[0][1].message}")
    size = estimate(info, spec.compile, args.batch_size if args.command == "train" else 32)
    if size.level == "too_large" or (size.level == "large" and not args.allow_large):
        hint = "" if size.level == "too_large" else " Pass --allow-large to build it anyway."
        raise SpecError(f"{args.model}: {size.advice()}{hint}")
    dataset = load_for_model(args.dataset, spec, args.seed)
    if dataset.name in DATASETS:  # the checks and the preparation follow the dataset's task
        spec.dataset = dataset.name
    print(f"dataset: {dataset.summary()}", file=sys.stderr)
    weights = _trained_weights(args.model)
    if fine is not None and fine.changes_data and dataset.name in DATASETS:
        raise SpecError(f"--mix-mnist and --augment are for your own digits (a collected-digits folder), not "
                        f"the built-in {dataset.name}")
    if fine is not None:
        from core.model.sources import SHIPPED_MODELS
        from core.training.fine_tune import (
            StartingPoint,
            class_names_of_model,
            default_starting_point,
            training_set,
        )

        if str(args.model) == str(SHIPPED_MODELS["default"]):
            fine.before = default_starting_point()
        elif weights is not None:  # compared with the trained model as it was, with its own classes
            fine.before = StartingPoint(spec.copy(), weights, class_names_of_model(spec),
                                        Path(args.model).name)
        spec, weights = _fit_output_to(spec, weights, dataset)
        grown, added = training_set(dataset, fine, args.seed)
        if added:
            print(f"fine-tuning: {added}", file=sys.stderr)
    data = prepare_data(grown if fine is not None else dataset, spec, validation,
                        for_training=args.command == "train")
    from core.model.build import build_model
    from core.tf_runtime import import_keras_quietly

    import_keras_quietly()

    model = build_model(spec)
    if weights is not None:
        model.set_weights(weights)
    return spec, model, data, dataset


def _trained_weights(source: str) -> list[Any] | None:
    """The weights a .keras file or a workspace holds; None for a template or a spec."""
    if str(source).lower().endswith(".keras"):
        from core.model.keras_file import load_keras_weights

        return load_keras_weights(source)
    if str(source).lower().endswith(".digitscope"):
        from core.model.workspace import load_workspace

        return load_workspace(source).weights  # checked against the spec when read
    return None


def _fit_output_to(spec: Any, weights: Any, dataset: Any) -> tuple[Any, Any]:
    """A new output layer when the dataset has other classes than the model's last layer gives."""
    from core.training.fine_tune import new_output_layer, output_change

    change = output_change(spec, dataset.class_names) if dataset.is_images else None
    if change is None:
        return spec, weights
    old, kept, new = change
    try:
        spec, weights = new_output_layer(spec, weights, old, dataset.class_names)
    except ValueError as e:
        raise SpecError(str(e)) from e
    print(f"new output layer: {dataset.num_classes} classes; kept from the model: "
          f"{', '.join(kept) or 'none'}; new: {', '.join(new) or 'none'}", file=sys.stderr)
    return spec, weights


def run_train(args: argparse.Namespace) -> int:
    from core.cli.outputs import check_output, write_or_fallback
    from core.model.keras_file import save_keras
    from core.training.config import TrainConfig
    from core.training.control import TrainControl
    from core.training.evaluate import evaluate
    from core.training.events import EpochEnd
    from core.training.loop import train

    validation = parse_validation(args.validation_split)
    config = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, validation=validation,
                         seed=args.seed, class_weight=args.class_weight,
                         checkpoint=str(args.checkpoint) if args.checkpoint else None)
    try:
        config.check()
    except ValueError as e:
        raise SpecError(str(e)) from e
    # Before any work: an output that cannot be written is said now, not after the training.
    for path, option in ((args.out, "--out"), (args.history, "--history"), (args.checkpoint, "--checkpoint")):
        if path:
            check_output(path, option)
    fine = None
    if args.mix_mnist or args.augment or args.compare:
        from core.drawing.augment_copies import AugmentSettings
        from core.training.fine_tune import FineTune

        fine = FineTune(args.mix_mnist, AugmentSettings(copies=args.augment), compare=args.compare)
        try:
            fine.check()
        except ValueError as e:
            raise SpecError(str(e)) from e
    spec, model, data, dataset = _model_and_data(args, validation, fine)
    before = None
    if fine is not None and fine.compare:
        from core.training.fine_tune import measure_before

        before = measure_before(fine, model, spec, dataset)

    def on_event(event: Any) -> None:
        if isinstance(event, EpochEnd):
            print(epoch_line(event.row, args.epochs), flush=True)

    control, interrupted = TrainControl(), []

    def on_ctrl_c(_signum: int, _frame: Any) -> None:
        if interrupted:
            raise KeyboardInterrupt  # a second Ctrl-C: at once
        interrupted.append(True)
        control.stop()  # after the current batch; the epochs done are kept and written

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        result = train(model, data, config, on_event, control)
    except ValueError as e:  # settings this model or data cannot take (class weights of numbers)
        raise SpecError(str(e)) from e
    finally:
        signal.signal(signal.SIGINT, previous)
    if result.message:
        print(result.message, file=sys.stderr)
    # Both files are tried: a full disk for one must not lose the other; each falls back to the
    # home (or temporary) folder rather than losing a finished training.
    notes, written = [], []
    for path, write in ((args.out, lambda p: save_keras(model, p)),
                        (args.history, lambda p: write_history_csv(result.epochs, p))):
        if path:
            where, note = write_or_fallback(path, write)
            if note:
                notes.append(note)
            if where is not None:
                written.append(str(where))
    if interrupted:
        saved = f"wrote {' and '.join(written)}" if written else "nothing was written (no --out or --history)"
        print(f"digitscope: interrupted (Ctrl-C) after {len(result.epochs)} epoch(s); {saved}"
              + (f"; {'; '.join(notes)}" if notes else ""), file=sys.stderr)
        return 130
    summary: dict[str, Any] = {"epochs": len(result.epochs),
                               "samples_per_second": round(result.samples_per_second, 1)}
    if data.n_test:
        summary = {**test_figures(evaluate(model, data)), **summary}
    if before is not None:
        from core.training.fine_tune import accuracies, comparison_rows

        sets, scores, label = before
        after = accuracies(model, spec, dataset.class_names, dataset.class_names, sets)
        rows = comparison_rows(sets, scores, after, label)
        print(comparison_text(rows), file=sys.stderr)
        summary["comparison"] = rows
    if args.checkpoint:
        summary["checkpoint"] = str(args.checkpoint)
    summary["stopped"] = result.reason
    print(json.dumps(summary))
    if notes:
        print(f"digitscope: {'; '.join(notes)}", file=sys.stderr)
        return 1
    return 1 if result.reason == "nan" else 0


def comparison_text(rows: list[dict[str, Any]]) -> str:
    """The before/after table as text: a row per test set, accuracy before, after and the change."""
    if not rows:
        return ""
    width = max(len(r["set"]) for r in rows)
    lines = [f"{'':{width}}  {'n':>6}  {'before':>7}  {'after':>7}  {'change':>7}"]
    for r in rows:
        change = (r["after"] - r["before"]) * 100
        lines.append(f"{r['set']:{width}}  {r['n']:>6,}  {r['before']:>7.1%}  {r['after']:>7.1%}  "
                     f"{change:>+6.1f} pt")
    notes = [f"{r['set'].strip()}: {r['note']}" for r in rows if r.get("note")]
    return "\n".join([*lines, f"before: {rows[0]['before_model']}", *notes])


def run_evaluate(args: argparse.Namespace) -> int:
    from core.training.evaluate import evaluate

    if args.batch_size < 1:
        raise SpecError("--batch-size must be at least 1")
    _spec, model, data, _dataset = _model_and_data(args, 0)
    if data.n_test == 0:
        raise SpecError(f"{args.dataset}: has no test split to evaluate on; give a dataset with x_test "
                        "and y_test (or t10k-* IDX files)")
    scores = evaluate(model, data, args.batch_size)
    print(json.dumps({**test_figures(scores), "n": scores.n}))
    return 0


def test_figures(scores: Any) -> dict[str, float]:
    """The JSON figures of an Evaluation: test_accuracy and test_loss for classes; test_loss and
    test_mae for a number to predict; every figure Keras gave (test_<name>) for random data."""
    if scores.task == "regression":
        figures = {"test_loss": scores.test_loss}
        if scores.test_mae is not None:
            figures["test_mae"] = scores.test_mae
    elif scores.task == "any":
        figures = {f"test_{k}": v for k, v in scores.metrics.items()}
    else:
        figures = {"test_accuracy": scores.test_accuracy, "test_loss": scores.test_loss}
    return {k: round(float(v), 4) for k, v in figures.items()}
