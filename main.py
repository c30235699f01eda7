"""DigitScope: a desktop lab for the Keras Sequential API.

`python main.py` opens the app; `python main.py COMMAND ...` runs a headless command
(`python main.py --help` lists them). Nothing here imports TensorFlow: the window
paints first and TensorFlow loads in the background.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point: the GUI without arguments, the CLI with a command."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "replay":  # drives the real canvas: the one command that needs Qt
        from gui.benchmark.replay import run_replay

        return run_replay(argv[1:])
    if argv and argv[0] == "bench":  # measures the real window: needs Qt too
        from gui.benchmark.cli import run as run_bench

        return run_bench(argv[1:])
    if argv and (argv[0] in ("-h", "--help") or not argv[0].startswith("-")):
        from core.cli.main import run

        return run(argv)
    from gui.shell.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
