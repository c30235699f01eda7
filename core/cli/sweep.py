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
from core.training.lab_sweep import DEFAULT_PORT
from core.training.sweep import STRATEGIES, TrialRow


def add_parser(sub: Any, spec_help: str) -> None:
    """Register the sweep subcommand on an argparse subparsers object."""
    p = sub.add_parser("sweep", help="search hyperparameters with KerasTuner: one line per trial, the best "
                                     "at the end")
    p.add_argument("--model", metavar="SPEC", help=spec_help + " (not with --worker)")
    p.add_argument("--dataset", metavar="NAME_OR_PATH", help=", ".join(DATASETS) + " (not with --worker)")
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
    lab = p.add_mutually_exclusive_group()
    lab.add_argument("--chief", nargs="?", const=f":{DEFAULT_PORT}", metavar="[HOST]:PORT",
                     help=f"host the sweep for other computers (KerasTuner's chief; port {DEFAULT_PORT} "
                          "unless given); they run the trials")
    lab.add_argument("--worker", metavar="HOST:PORT",
                     help="run trials for the sweep hosted at HOST:PORT (the model and data come from it)")
    p.add_argument("--worker-timeout", type=float, default=60.0, metavar="S",
                   help="the chief gives a silent worker's trial to another computer after S seconds")


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
    """One trial as the CLI prints it (total 0: a worker, which does not know how many there are)."""
    values = " ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in row.values.items())
    score = f"{objective} {row.score:.4f}" if row.score is not None else f"{row.status.lower()}"
    where = f" on {row.worker}" if row.worker else ""
    number = f"{row.number}/{total}" if total else f"{row.number}"
    return f"trial {number}: {values} -> {score} ({row.epochs} epochs, {row.seconds:.1f} s{where})"


def _print_event(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _load_prepared(spec: Any, name: str, validation: float | int, seed: int) -> Any:
    """A dataset loaded for spec and prepared for training, its summary said on stderr."""
    from core.data.catalogue import load_for_model
    from core.data.preprocess import prepare_data

    dataset = load_for_model(name, spec, seed)
    if dataset.name in DATASETS:
        spec.dataset = dataset.name
    print(f"dataset: {dataset.summary()}", file=sys.stderr)
    return dataset, prepare_data(dataset, spec, validation)


def run_worker(args: argparse.Namespace) -> int:
    """--worker: trials for a chief until it has none left."""
    from core.tf_runtime import import_keras_quietly
    from core.training.lab_sweep import LabSweepError, join_sweep, worker_name

    if args.model or args.dataset:
        raise SpecError("--worker takes the model and the dataset from the chief: leave out --model and "
                        "--dataset")
    import_keras_quietly()
    name = worker_name()
    try:
        rows = join_sweep(args.worker, on_trial=lambda row: print(trial_line(row, 0, "score"), flush=True),
                          on_event=_print_event, load=lambda *a: _load_prepared(*a)[1], name=name)
    except LabSweepError as e:
        raise SpecError(str(e)) from e
    print(json.dumps({"worker": name, "trials": len(rows)}))
    return 0


def run_sweep_command(args: argparse.Namespace) -> int:
    """The sweep command: load, search, print a line per trial and the best as JSON."""
    if args.worker is not None:
        return run_worker(args)
    if not args.model or not args.dataset:
        raise SpecError("sweep needs --model and --dataset (a worker, --worker HOST:PORT, takes them from "
                        "the chief)")
    from core.cli.train import parse_validation
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
    validation = parse_validation(args.validation_split)
    dataset, data = _load_prepared(spec, args.dataset, validation, args.seed)
    import_keras_quietly()
    started = time.monotonic()
    try:
        objective = objective_for(spec, data)
    except ValueError as e:
        raise SpecError(str(e)) from e
    def on_trial(row: TrialRow) -> None:
        print(trial_line(row, settings.trials, objective), flush=True)

    try:
        if args.chief is not None:
            from core.training.lab_chief import host_sweep

            result = host_sweep(spec, space, settings, dataset.name if dataset.name in DATASETS else
                                str(args.dataset), validation, objective, args.chief, on_trial, _print_event,
                                worker_timeout_s=args.worker_timeout)
        else:
            result = run_sweep(spec, space, data, settings, on_trial=on_trial)
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
