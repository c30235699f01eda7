"""`python main.py bench [--json FILE] [--quick] [--session]`: measure, print a table, write the figures."""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from gui.benchmark.startup import BenchError
from gui.benchmark.stats import median, p95

PAIRS = 7  # alternating (app, reference) pairs behind every figure of the table; --quick: 2

# key: (what, goal text, goal test or None) — the table's rows, in order. Each figure is the median
# over the pairs (or runs); its spread, [lowest, highest], is in the JSON as KEY_spread.
ROWS: list[tuple[str, str, str, Any]] = [
    ("first_paint_s_median", "process start → first paint (s)", "≤ 0.5", lambda v: v <= 0.5),
    ("tf_ready_s_median", "process start → TensorFlow ready (s)", "report", None),
    ("import_tensorflow_s_median", "reference: python -c 'import tensorflow' (s)", "report", None),
    ("draw_to_bars_ms_p50", "mouse event → bars painted, idle, p50 (ms)", "report", None),
    ("draw_to_bars_ms_p95", "mouse event → bars painted, idle, p95 (ms)", "≤ 12", lambda v: v <= 12),
    ("draw_to_bars_training_ms_p50", "  the same while a model trains, p50 (ms)", "report", None),
    ("draw_to_bars_training_ms_p95", "  the same while a model trains, p95 (ms)", "≤ 12", lambda v: v <= 12),
    ("predict_update_ms_median", "one update: 28×28 render + predict + bars (ms)", "report", None),
    ("keras_predict_ms_median", "reference: model.predict(x) per call (ms)", "report", None),
    ("train_throughput_ratio_mlp", "app ÷ plain fit samples/s, 300-100 MLP", "≥ 0.97", lambda v: v >= 0.97),
    ("train_throughput_ratio_cnn", "app ÷ plain fit samples/s, small convnet", "≥ 0.97", lambda v: v >= 0.97),
    ("gui_max_stall_ms", "longest GUI-thread gap while training (ms)", "≤ 40", lambda v: v <= 40),
    ("gui_max_stall_steady_ms", "  the same once batches run (model built) (ms)", "report", None),
    ("gui_stall_p99_ms", "  p99 of the 10 ms timer's gaps (ms)", "report", None),
    ("inside_switch_ms_p95", "Inside: switch layer, 407,050 params, p95 (ms)", "≤ 50", lambda v: v <= 50),
    ("inside_scrub_ms_p95", "Inside: scrub one epoch, p95 (ms)", "≤ 100", lambda v: v <= 100),
    ("inside_first_ms_max", "Inside: a page's first computation, worst (ms)", "report", None),
    ("window_peak_rss_mb", "peak memory of the window in this run (MB)", "report", None),
    ("worker_peak_rss_mb", "peak memory of the training process here (MB)", "report", None),
    ("peak_rss_mb_fashion_cnn_window", "convnet on Fashion-MNIST: window's peak (MB)", "report", None),
    ("peak_rss_mb_fashion_cnn_worker", "  and the training process's peak (MB)", "report", None),
    ("import_tensorflow_rss_mb", "reference: memory after import tensorflow (MB)", "report", None),
]


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python main.py bench",
        description="Measure DigitScope on this machine (start-up, drawing latency, training "
                    "throughput against plain Keras, GUI stalls, memory) and print a table.")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    parser.add_argument("--quick", action="store_true",
                        help="tiny settings (a smoke test of the harness, under 2 minutes): "
                             "figures are not meant to be quoted")
    parser.add_argument("--session", action="store_true",
                        help="instead: a long session in one window (50 train → stop cycles, 20 "
                             "model switches, then a simulated two-hour lab): threads, open files, "
                             "memory growth and GUI stalls")
    return parser.parse_args(list(argv))


def _say(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


def _summary(results: dict[str, Any], key: str, values: list[float]) -> None:
    """results[key]: the median of values; results[key_spread]: [lowest, highest]; the values too."""
    results[key] = median(values)
    results[f"{key}_spread"] = [float(min(values)), float(max(values))] if values else None
    results[f"{key}_values"] = [float(v) for v in values]


def measure(quick: bool) -> dict[str, Any]:
    """Every figure of the table, measured now."""
    from gui.benchmark.drawing import (
        PENDIGITS,
        draw_idle_and_training,
        draw_to_bars,
        keras_predict,
        pen_samples,
    )
    from gui.benchmark.inside import inside_actions
    from gui.benchmark.startup import startup_times, training_memory
    from gui.benchmark.training import PlainFit, bench_dataset, throughput

    pairs = 2 if quick else PAIRS
    results: dict[str, Any] = {"quick": quick, "machine": _machine(), "pairs": pairs}
    _say("start-up: fresh processes, each app start alternated with a bare import tensorflow")
    start = startup_times(pairs, _say)
    results["runs_startup"] = len(start["first_paint_s"])
    for key in ("first_paint_s", "tf_ready_s", "import_tensorflow_s"):
        _summary(results, f"{key}_median", start[key])
        results[f"{key}_p95"] = p95(start[key])
    results["import_tensorflow_rss_mb"] = median(start["import_tensorflow_rss_mb"])
    with tempfile.TemporaryDirectory() as tmp:
        memory, trained_on = training_memory(quick, Path(tmp), _say)
    results["peak_rss_mb_fashion_cnn_window"] = memory["window"]
    results["peak_rss_mb_fashion_cnn_worker"] = memory["worker"]
    results["peak_rss_trained_on"] = trained_on

    from gui.session.tasks import collect_garbage_in_gui_thread
    from gui.shell.app import create_app
    from gui.shell.main_window import MainWindow

    app = create_app([])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.session.controller.warm_up()
    while window.loader.runtime is None:
        if window.tf_status.text().startswith("TensorFlow failed"):
            raise BenchError(f"TensorFlow failed to load: {window.tf_status.toolTip()}")
        app.processEvents()
        time.sleep(0.01)
    collect_garbage_in_gui_thread()
    plain = PlainFit()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path, described = bench_dataset(Path(tmp), 2_000 if quick else 20_000)
            results["train_data"] = described
            _say("drawing: real pen digits as 125 Hz mouse events on the real canvas, default model; "
                 "sessions idle and while the app trains, alternated")
            digits = pen_samples(PENDIGITS, pairs * (2 if quick else 8))
            drawn = draw_idle_and_training(window, digits, pairs, path, _say)
            for kind, prefix in (("idle", "draw_to_bars_ms"), ("training", "draw_to_bars_training_ms")):
                _summary(results, f"{prefix}_p50", drawn[f"{kind}_p50"])
                _summary(results, f"{prefix}_p95", drawn[f"{kind}_p95"])
            one = draw_to_bars(window, digits[:2], _say)
            results.update(predict_update_ms_median=median(one["predict_update_ms"]),
                           keras_predict_ms_median=median(keras_predict(window, 10 if quick else 50)),
                           pen_data=str(PENDIGITS) if PENDIGITS.exists() else "hand-made strokes")
            _say("inside the network: mlp_512, layer switches and epoch scrubs on every page")
            acted = inside_actions(window, 6 if quick else 21, 1 if quick else 4, _say)
            results.update(inside_switch_ms_p95=p95(acted["switch"]),
                           inside_switch_ms_max=max(acted["switch"]),
                           inside_scrub_ms_p95=p95(acted["scrub"]), inside_scrub_ms_max=max(acted["scrub"]),
                           inside_first_ms_max=max(acted["first"]))
            runs: dict[str, list[float]] = {"gap_max": [], "gap_p99": [], "steady_gap_max": [],
                                            "worker_rss_mb": []}
            for key, name, epochs in (("mlp", "mlp_300_100", 1 if quick else 2), ("cnn", "small_convnet", 1)):
                _say(f"training {name} on {described}: the app and plain model.fit alternated")
                run = throughput(window, name, path, epochs, pairs, plain, _say)
                _summary(results, f"train_throughput_ratio_{key}", run["ratio"])
                results[f"train_samples_per_s_app_{key}"] = median(run["app_sps"])
                results[f"train_samples_per_s_plain_{key}"] = median(run["plain_sps"])
                results[f"train_gui_cpu_share_{key}"] = median(run["gui_cpu_share"])
                for k in runs:
                    runs[k].extend(run[k])
        _summary(results, "gui_max_stall_ms", runs["gap_max"])
        _summary(results, "gui_stall_p99_ms", runs["gap_p99"])
        _summary(results, "gui_max_stall_steady_ms", runs["steady_gap_max"])
        results["worker_peak_rss_mb"] = max(runs["worker_rss_mb"]) if runs["worker_rss_mb"] else None
        results["window_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        plain.close()
        window.doc.undo_stack.setClean()
        window.close()
    return results


def measure_session(quick: bool, report: Callable[[str], None]) -> dict[str, Any]:
    """`python main.py bench --session`: the real window, TensorFlow loaded, a small own dataset:
    the long session (gui.benchmark.session), then the simulated lab (gui.benchmark.lab)."""
    from gui.benchmark.lab import ROUNDS_PER_HOUR, lab_session
    from gui.benchmark.session import LAB_HOURS, band_dataset, long_session, wait_until
    from gui.session.tasks import collect_garbage_in_gui_thread
    from gui.shell.app import create_app
    from gui.shell.main_window import MainWindow

    app = create_app([])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    wait_until(lambda: window.loader.runtime is not None or window.tf_status.text().startswith(
        "TensorFlow failed"), 300, "TensorFlow to load")
    if window.loader.runtime is None:
        raise BenchError(f"TensorFlow failed to load: {window.tf_status.toolTip()}")
    collect_garbage_in_gui_thread()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = band_dataset(Path(tmp) / "session.npz")
            cycles, switches = (6, 4) if quick else (50, 20)
            report(f"long session: {cycles} train → stop cycles, then {switches} model switches")
            results = long_session(window, path, cycles, switches, report=report)
            hours, rounds = (1, 2) if quick else (LAB_HOURS, ROUNDS_PER_HOUR)
            report(f"a simulated lab: {hours} hour(s) of {rounds} rounds (train, stop, new weights, "
                   "switch models, draw, Inside, save and open workspaces)")
            results.update(lab_session(window, path, hours, rounds, report=report))
    finally:
        window.doc.undo_stack.setClean()  # the switches are edits: nothing to ask about on close
        window.close()
    app.processEvents()
    return results


def _machine() -> str:
    cpus = os.cpu_count()
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.machine()}, {cpus} CPUs {model}, "
            f"Python {platform.python_version()}")


def table(results: dict[str, Any], rows: list[tuple[str, str, str, Any]] = ROWS) -> str:
    """The figures as a text table: what, measured (the median), its spread, goal, whether met."""
    lines = [f"DigitScope benchmark — {results['machine']}" + ("  [--quick]" if results["quick"] else "")
             + (f" — medians of {results['pairs']} pairs" if results.get("pairs") else ""),
             f"{'figure':<50} {'measured':>10}  {'spread':<17} {'goal':<7} ",
             "-" * 94]
    for key, what, goal, test in rows:
        value = results.get(key)
        spread = results.get(f"{key}_spread")
        shown = "—" if value is None else _number(value)
        spread_text = f"{_number(spread[0])}–{_number(spread[1])}" if spread else ""
        verdict = "" if test is None or value is None else ("met" if test(value) else "MISSED")
        lines.append(f"{what:<50} {shown:>10}  {spread_text:<17} {goal:<7} {verdict}")
    return "\n".join(lines)


def _number(value: float) -> str:
    return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"


def run(argv: Sequence[str]) -> int:
    """The bench command; exit 1 with one line when a measurement cannot be taken."""
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    started = time.time()
    # The windows measured here autosave like any other: into a scratch folder, never the user's.
    scratch = tempfile.mkdtemp(prefix="digitscope-bench-")
    os.environ["XDG_DATA_HOME"] = os.environ["DIGITSCOPE_BENCH_DATA"] = scratch
    rows = ROWS
    try:
        if args.session:
            from gui.benchmark.session import SESSION_ROWS

            rows = SESSION_ROWS
            results = {"quick": args.quick, "machine": _machine(), **measure_session(args.quick, _say)}
        else:
            results = measure(args.quick)
    except (BenchError, RuntimeError, OSError, ValueError) as e:
        print(f"digitscope bench: {e}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    results["bench_seconds"] = round(time.time() - started, 1)
    print(table(results, rows))
    print(f"({results['bench_seconds']:.0f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0
