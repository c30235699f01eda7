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

from core.checks import analyze
from core.export_python import export_python
from core.model_io import load_model_spec
from core.spec import SpecError, atomic_write_text
from core.summary_format import summary_text
from core.templates import TEMPLATES

COMMANDS = ("summary", "templates", "export")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="DigitScope without a window. Run with no command to open the app.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    spec_help = "a template name (see 'templates'), a spec .json or a .keras file"
    p = sub.add_parser("summary", help="print the model's summary exactly as Keras prints it")
    p.add_argument("--model", required=True, metavar="SPEC", help=spec_help)
    p.add_argument("--line-length", type=int, default=None, help="table width (Keras's default)")
    sub.add_parser("templates", help="list the template models from the notes")
    p = sub.add_parser("export", help="write the model as a standalone Keras Python script")
    p.add_argument("--model", required=True, metavar="SPEC", help=spec_help)
    p.add_argument("--python", required=True, metavar="FILE.py", type=Path,
                   help="where to write the script")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=32)
    return parser


def _summary(args: argparse.Namespace) -> int:
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
    handler = {"summary": _summary, "templates": _templates, "export": _export}[args.command]
    try:
        return handler(args)
    except SpecError as e:
        print(f"digitscope: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # the promise: one line, never a traceback
        if os.environ.get("DIGITSCOPE_DEBUG"):
            raise
        print(f"digitscope: unexpected {type(e).__name__}: {e} "
              "(run with DIGITSCOPE_DEBUG=1 for details)", file=sys.stderr)
        return 1
