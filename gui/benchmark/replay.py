"""`python main.py replay`: real pen trajectories drawn as mouse events on the real canvas.

Each sample's strokes are scaled to fit the canvas with a margin and sent to the Draw &
predict area's canvas as the mouse events Qt delivers for a drag; the prediction is read
from the probability bars, as a person reads it. Runs offscreen (no display needed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

MARGIN = 0.1  # of the canvas side, on every edge


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="main.py replay",
        description="Replay recorded pen strokes on the drawing canvas and score the predictions.")
    p.add_argument("--strokes", required=True, type=Path, metavar="FILE.jsonl",
                   help='one JSON object per line: {"label": 0-9, "strokes": [[[x, y], ...], ...]} (y down)')
    p.add_argument("--model", default="default", metavar="SPEC",
                   help="'default' (the shipped digit model) or a trained .keras file")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N samples")
    return p.parse_args(list(argv))


def read_samples(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """The samples of a strokes file; ValueError names the line that is wrong."""
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    samples = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            if limit is not None and len(samples) >= limit:
                break
            try:
                sample = json.loads(line)
                label = int(sample["label"])
                strokes = [[(float(x), float(y)) for x, y in stroke] for stroke in sample["strokes"]]
            except (ValueError, KeyError, TypeError) as e:
                raise ValueError(f"{path}, line {number}: not a strokes sample ({e})") from e
            if not any(strokes):
                raise ValueError(f"{path}, line {number}: the sample has no points")
            samples.append({"label": label, "strokes": strokes})
    if not samples:
        raise ValueError(f"{path}: no samples")
    return samples


def fit_to_canvas(strokes: list[list[tuple[float, float]]], width: float, height: float,
                  margin: float = MARGIN) -> list[list[tuple[float, float]]]:
    """Scale (keeping the aspect ratio) and centre strokes in a width×height canvas with a margin."""
    points = np.concatenate([np.asarray(s, dtype=float) for s in strokes if s])
    lo, hi = points.min(axis=0), points.max(axis=0)
    side = min(width, height)
    scale = side * (1 - 2 * margin) / max(float((hi - lo).max()), 1e-9)
    offset = (np.array([width, height]) - (hi - lo) * scale) / 2
    return [[tuple(((np.asarray(p) - lo) * scale + offset).tolist()) for p in s] for s in strokes if s]


def send_stroke(canvas: Any, points: Sequence[tuple[float, float]]) -> None:
    """One stroke as Qt delivers a left-button drag: press, moves (buttons held), release."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton

    def send(kind: QEvent.Type, x: float, y: float, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        pos = QPointF(x, y)
        QApplication.sendEvent(canvas, QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons,
                                                   Qt.KeyboardModifier.NoModifier))

    send(QEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        send(QEvent.Type.MouseMove, x, y, none, left)
    send(QEvent.Type.MouseButtonRelease, *points[-1], left, none)


def replay(panel: Any, samples: list[dict[str, Any]], progress: Any = None) -> dict[str, Any]:
    """Draw every sample on panel.canvas; return labels, what the bars showed, and the scores."""
    from PySide6.QtWidgets import QApplication

    from core.training.evaluate import confusion_matrix, per_class_accuracy

    canvas = panel.canvas
    k = len(panel.bars.class_names())
    labels, shown = [], []
    for i, sample in enumerate(samples):
        canvas.clear()
        for stroke in fit_to_canvas(sample["strokes"], canvas.width(), canvas.height()):
            send_stroke(canvas, stroke)
        QApplication.processEvents()  # paints and the throttled frame, as between a person's strokes
        top = panel.bars.top()  # what the person reads: the highlighted class
        labels.append(sample["label"])
        shown.append(-1 if top is None else top[0])
        if progress is not None:
            progress(i + 1, len(samples))
    labels_a, shown_a = np.array(labels), np.array(shown)
    valid = shown_a >= 0
    matrix = confusion_matrix(labels_a[valid], shown_a[valid], max(k, int(labels_a.max()) + 1))
    return {"labels": labels_a, "predicted": shown_a, "confusion": matrix,
            "per_class": per_class_accuracy(matrix), "accuracy": float(np.mean(labels_a == shown_a)),
            "n": len(samples)}


def run_replay(argv: Sequence[str]) -> int:
    """The replay command; one clear line and exit status 1 on a bad file or model."""
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    try:
        if args.limit is not None and args.limit < 1:
            raise ValueError("--limit must be at least 1")
        samples = read_samples(args.strokes, args.limit)
        return _run(args, samples)
    except ValueError as e:  # DatasetError, InferenceError and file errors are ValueErrors
        print(f"digitscope: {e}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, samples: list[dict[str, Any]]) -> int:
    from core.model.sources import resolve_model_source
    from core.model.templates import TEMPLATES
    from core.model.templates import template as make_template
    from gui.draw.draw_panel import DrawPanel
    from gui.session.session import LabSession
    from gui.session.tasks import collect_garbage_in_gui_thread
    from gui.shell.app import create_app

    source = resolve_model_source(args.model)
    if source in TEMPLATES or not source.lower().endswith(".keras"):
        raise ValueError(f"{args.model}: replay needs a trained model: 'default' or a .keras file")
    app = create_app([])
    collect_garbage_in_gui_thread()
    panel = DrawPanel(LabSession(make_template("mlp_300_100")))
    panel.resize(1000, 600)
    panel.show()
    app.processEvents()
    panel.set_tf_ready(True)
    kind = "default" if args.model == "default" else "file"
    if not panel.use_source(kind, None if kind == "default" else source):
        raise ValueError(panel.message.text() or f"{args.model}: cannot be opened")
    print(f"replaying {len(samples):,} samples from {args.strokes} on a {panel.canvas.width()}×"
          f"{panel.canvas.height()} canvas with {panel.predictor.label}", file=sys.stderr)
    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % 500 == 0 or done == total:
            print(f"  {done:,}/{total:,}", file=sys.stderr, flush=True)

    result = replay(panel, samples, progress)
    seconds = time.perf_counter() - start
    names = panel.bars.class_names()
    print(f"accuracy: {result['accuracy']:.4f} ({int(np.sum(result['labels'] == result['predicted'])):,} "
          f"of {result['n']:,}) in {seconds:.1f} s")
    print("per class: " + ", ".join(
        f"{names[c] if c < len(names) else c}: {'-' if np.isnan(a) else f'{a:.3f}'}"
        for c, a in enumerate(result["per_class"])))
    print("confusion matrix (rows: true, columns: shown):")
    for c, row in enumerate(result["confusion"]):
        print(f"  {names[c] if c < len(names) else c:>3} " + " ".join(f"{v:4d}" for v in row))
    print(json.dumps({"accuracy": round(result["accuracy"], 4), "n": result["n"]}))
    panel.close()
    return 0
