"""`python main.py COMMAND`: the headless side of DigitScope, for teachers and scripts.

Every failure a user can cause prints one line saying what is wrong and exits
non-zero; tracebacks are for DIGITSCOPE_DEBUG=1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from core.cli import predict as cli_predict
from core.cli import sweep as cli_sweep
from core.cli import train as cli_train
from core.data.dataset import DatasetError
from core.files.atomic import atomic_write_text
from core.model.checks import analyze
from core.model.export_python import export_python
from core.model.sources import load_model_spec
from core.model.spec import SpecError
from core.model.summary import summary_text
from core.model.templates import TEMPLATES

COMMANDS = ("summary", "templates", "export", "datasets", "train", "evaluate", "sweep", "predict",
            "replay")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="DigitScope without a window. Run with no command to open the app.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    spec_help = ("a template name (see 'templates'), 'default' (the shipped digit model), a spec .json, "
                 "a .keras file or a .digitscope workspace (with its weights)")
    p = sub.add_parser("summary", help="print the model's summary exactly as Keras prints it")
    p.add_argument("--model", required=True, metavar="SPEC", help=spec_help)
    p.add_argument("--line-length", type=int, default=None, help="table width (Keras's default)")
    sub.add_parser("templates", help="list the template models from the notes")
    sub.add_parser("datasets", help="list the built-in datasets: where each would come from now, offline")
    p = sub.add_parser("export", help="write the model as a standalone Keras Python script")
    p.add_argument("--model", required=True, metavar="SPEC", help=spec_help)
    p.add_argument("--python", required=True, metavar="FILE.py", type=Path,
                   help="where to write the script")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=32)
    cli_train.add_parsers(sub, spec_help)
    cli_sweep.add_parser(sub, spec_help)
    cli_predict.add_parser(sub)
    # replay drives the real canvas, so main.py hands it to gui/benchmark/replay.py before this parser runs;
    # it is listed here so that --help shows it.
    sub.add_parser("replay", help="replay recorded pen strokes on the drawing canvas and score them "
                                  "(python main.py replay --help)", add_help=False)
    return parser


def _summary(args: argparse.Namespace) -> int:
    if args.line_length is not None and not 20 <= args.line_length <= 1000:
        raise SpecError(f"--line-length {args.line_length}: use 20 to 1000 characters, or leave it out "
                        "for Keras's own width")
    spec = load_model_spec(args.model)
    info = analyze(spec)
    sys.stdout.write(summary_text(info, spec.name, args.line_length))
    for row in info.rows:
        for problem in row.problems:
            print(f"{problem.severity}: {problem.message}")
    return 1 if info.errors else 0


def _templates(args: argparse.Namespace) -> int:
    width = max(len(n) for n in TEMPLATES)
    for t in TEMPLATES.values():
        total = analyze(t.make()).total
        print(f"{t.name:<{width}}  {total:>9,} params  {t.title}")
        print(f"{'':<{width}}  {t.description}")
    return 0


def _datasets(args: argparse.Namespace) -> int:
    from core.data.catalogue import dataset_sources  # numpy only; kept out of the other commands' start-up

    rows = dataset_sources()
    width = max(len(r["name"]) for r in rows)
    print(f"{'name':<{width}}  {'train':>7}  {'test':>7}  offline  source")
    for r in rows:
        n_train, n_test = (f"{n:,}" if n is not None else "-" for n in (r["n_train"], r["n_test"]))
        offline = "yes" if r["available_offline"] else "no"
        print(f"{r['name']:<{width}}  {n_train:>7}  {n_test:>7}  {offline:<7}  {r['source']}")
        if r["note"]:
            print(f"{'':<{width + 29}}note: {r['note']}")
    return 0


def _export(args: argparse.Namespace) -> int:
    spec = load_model_spec(args.model)
    info = analyze(spec)
    if info.errors:
        raise SpecError(f"cannot export a model Keras would refuse: {info.errors[0][1].message}")
    if args.epochs < 1 or args.batch_size < 1:
        raise SpecError("--epochs and --batch-size must be at least 1")
    try:
        atomic_write_text(args.python, export_python(spec, args.epochs, args.batch_size))
    except OSError as e:
        raise SpecError(f"{args.python}: cannot write ({e.strerror or e})") from e
    print(f"wrote {args.python}")
    return 0


def run(argv: Sequence[str]) -> int:
    """Run one CLI command; return the exit code."""
    args = _parser().parse_args(list(argv))
    # TensorFlow's C++ start-up chatter, errors included: on a laptop without a GPU it logs
    # "failed call to cuInit" as an error, which is noise to a student.
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    handler = {"summary": _summary, "templates": _templates, "export": _export,
               "datasets": _datasets, "train": cli_train.run_train,
               "evaluate": cli_train.run_evaluate, "sweep": cli_sweep.run_sweep_command,
               "predict": cli_predict.run_predict}[args.command]
    try:
        return handler(args)
    except (SpecError, DatasetError) as e:
        print(f"digitscope: {e}", file=sys.stderr)
        details = getattr(e, "details", "")
        if details and os.environ.get("DIGITSCOPE_DEBUG"):
            print(details, file=sys.stderr)  # the library's whole message, asked for
        elif details:
            print("digitscope: (DIGITSCOPE_DEBUG=1 shows Keras's whole message)", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C before training started (or twice): nothing half-written
        print("digitscope: interrupted (Ctrl-C); no file was written", file=sys.stderr)
        return 130
    except Exception as e:  # the promise: one line, never a traceback
        if os.environ.get("DIGITSCOPE_DEBUG"):
            raise
        print(f"digitscope: unexpected {type(e).__name__}: {e} "
              "(run with DIGITSCOPE_DEBUG=1 for details)", file=sys.stderr)
        return 1
