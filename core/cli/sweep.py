"""`sweep` on the command line: a KerasTuner hyperparameter search of a model (core.training.sweep),
one line per trial, a JSON line with the best at the end."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from core.model.spec import DATASETS, SpecError
from core.training.sweep import STRATEGIES, TrialRow


def add_parser(sub: Any, spec_help: str) -> None:
    """Register the sweep subcommand on an argparse subparsers object."""
    p = sub.add_parser("sweep", help="search hyperparameters with KerasTuner: one line per trial, the best "
                                     "at the end")
    p.add_argument("--model", required=True, metavar="SPEC", help=spec_help)
    p.add_argument("--dataset", required=True, metavar="NAME_OR_PATH", help=", ".join(DATASETS))
    p.add_argument("--trials", type=int, default=5, help="how many trials (Hyperband: at most)")
    p.add_argument("--epochs", type=int, default=3, help="epochs per trial (Hyperband: the most)")
    p.add_argument("--strategy", choices=list(STRATEGIES), default="random")
    p.add_argument("--learning-rate", metavar="LOW:HIGH", help="vary the learning rate on a log scale")
    p.add_argument("--batch-sizes", metavar="N,N,…", help="vary the batch size among these")
    p.add_argument("--units", metavar="N,N,…", help="vary the units of every hidden Dense layer")
    p.add_argument("--hidden-layers", metavar="N,N,…", help="vary how many hidden Dense layers")
    p.add_argument("--dropout", metavar="LOW:HIGH", help="vary the rate of every Dropout layer")
    p.add_argument("--optimizers", metavar="NAME,…", help="vary the optimizer among these")
    p.add_argument("--batch-size", type=int, default=32, help="the batch size when it does not vary")
    p.add_argument("--validation-split", default="0.1", metavar="F",
                   help="a fraction (the last part) or a count (the first N) scored by every trial")
    p.add_argument("--budget-minutes", type=float, metavar="M", help="start no trial after M minutes")
    p.add_argument("--seed", type=int, default=0, help="the same seed gives the same trials")
    p.add_argument("--json", type=Path, metavar="FILE",
                   help="write every trial (values, score, time) as JSON")


def _range(text: str | None, name: str) -> tuple[float, float] | None:
    if text is None:
        return None
    try:
        low, high = (float(part) for part in text.split(":"))
    except ValueError as e:
        raise SpecError(f"--{name} {text!r}: give a range as LOW:HIGH, e.g. 0.0001:0.1") from e
    return low, high


def _list(text: str | None, name: str, kind: type = int) -> list[Any]:
    if text is None:
        return []
    try:
        values = [kind(part.strip()) for part in text.split(",") if part.strip()]
    except ValueError as e:
        raise SpecError(f"--{name} {text!r}: give values separated by commas, e.g. 32,64,128") from e
    if not values:
        raise SpecError(f"--{name} {text!r}: give at least one value")
    return values


def trial_line(row: TrialRow, total: int, objective: str) -> str:
    """One trial as the CLI prints it."""
    values = " ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in row.values.items())
    score = f"{objective} {row.score:.4f}" if row.score is not None else f"{row.status.lower()}"
    return f"trial {row.number}/{total}: {values} -> {score} ({row.epochs} epochs, {row.seconds:.1f} s)"


def run_sweep_command(args: argparse.Namespace) -> int:
    """The sweep command: load, search, print a line per trial and the best as JSON."""
    from core.cli.train import parse_validation
    from core.data.catalogue import load_for_model
    from core.data.preprocess import prepare_data
    from core.files.atomic import atomic_write_text
    from core.model.checks import analyze
    from core.model.sources import load_model_spec
    from core.tf_runtime import import_keras_quietly
    from core.training.search_space import SearchSpace
    from core.training.sweep import SweepSettings, objective_for, run_sweep

    space = SearchSpace(
        learning_rate=_range(args.learning_rate, "learning-rate"),
        batch_sizes=_list(args.batch_sizes, "batch-sizes"),
        units=_list(args.units, "units"), hidden_layers=_list(args.hidden_layers, "hidden-layers"),
        dropout=_range(args.dropout, "dropout"), optimizers=_list(args.optimizers, "optimizers", str))
    settings = SweepSettings(args.strategy, args.trials, args.epochs, args.batch_size, args.seed,
                             None if args.budget_minutes is None else 60 * args.budget_minutes)
    spec = load_model_spec(args.model)
    if analyze(spec).errors:
        raise SpecError(f"Keras would refuse this model: {analyze(spec).errors[0][1].message}")
    try:
        settings.check()
        space.check(spec)
    except ValueError as e:
        raise SpecError(str(e)) from e
    if args.json is not None and args.json.is_dir():
        raise SpecError(f"--json {args.json}: that is a folder; give a file name")
    dataset = load_for_model(args.dataset, spec, args.seed)
    if dataset.name in DATASETS:
        spec.dataset = dataset.name
    print(f"dataset: {dataset.summary()}", file=sys.stderr)
    data = prepare_data(dataset, spec, parse_validation(args.validation_split))
    import_keras_quietly()
    started = time.monotonic()
    try:
        objective = objective_for(spec, data)
    except ValueError as e:
        raise SpecError(str(e)) from e
    try:
        result = run_sweep(spec, space, data, settings, on_trial=lambda row: print(
            trial_line(row, settings.trials, objective), flush=True))
    except ValueError as e:
        raise SpecError(str(e)) from e
    best = result.best
    if result.stopped == "budget":
        print(f"the time budget ({args.budget_minutes:g} min) ended the search after {len(result.trials)} "
              f"trial(s){'; it allowed only one: give more minutes' if len(result.trials) == 1 else ''}",
              file=sys.stderr)
    if args.json is not None:
        record = {"model": str(args.model), "dataset": dataset.name, "strategy": args.strategy,
                  "objective": result.objective, "seed": args.seed, "space": space.to_dict(),
                  "seconds": round(time.monotonic() - started, 1), "stopped": result.stopped,
                  "trials": [t.to_dict() for t in result.trials]}
        try:
            atomic_write_text(args.json, json.dumps(record, indent=1, default=float) + "\n")
        except OSError as e:
            raise SpecError(f"--json {args.json}: cannot write ({e.strerror or e})") from e
    summary = {"best": None if best is None else {**best.values, result.objective: best.score,
                                                  "trial": best.number},
               "trials": len(result.trials)}
    print(json.dumps(summary, default=float))
    return 0
