"""`predict` on the command line: image files through the drawing preprocessing and a trained model."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from core.model.spec import SpecError


def add_parser(sub: Any) -> None:
    """Register the predict subcommand on an argparse subparsers object."""
    p = sub.add_parser("predict", help="class probabilities for image files (PNG, JPG, ...)")
    p.add_argument("--model", default="default", metavar="SPEC",
                   help="'default' (the shipped digit model) or a trained .keras file")
    p.add_argument("images", nargs="+", type=Path, metavar="IMAGE",
                   help="pictures of one digit each, any size, dark-on-light or light-on-dark")
    p.add_argument("--json", action="store_true", help="one JSON object per image instead of text")


def read_image(path: Path) -> np.ndarray:
    """An image file as an RGBA uint8 array (shrunk, see core.data.pictures); SpecError when it
    cannot be read or is too large."""
    from core.data.pictures import PictureError, read_picture

    try:
        return read_picture(path, label=str(path))
    except PictureError as e:
        raise SpecError(str(e)) from e


def run_predict(args: argparse.Namespace) -> int:
    from core.drawing.strokes import image_to_input
    from core.inspection.predictor import InferenceError, Predictor, probabilities_text
    from core.model.sources import resolve_model_source

    source = resolve_model_source(args.model)
    if not source.lower().endswith(".keras"):
        raise SpecError(f"{args.model}: predict needs a trained model: 'default' or a .keras file")
    inputs = []
    for path in args.images:  # read them all first: a bad file fails before TensorFlow loads
        inputs.append(image_to_input(read_image(path)))
    from core.tf_runtime import import_keras_quietly

    import_keras_quietly()
    try:
        predictor = Predictor.load(source, label=args.model)
    except InferenceError as e:
        raise SpecError(str(e)) from e
    names = predictor.class_names
    for path, x in zip(args.images, inputs, strict=True):
        if x is None:
            line = {"image": str(path), "predicted": None, "probabilities": None}
            print(json.dumps(line) if args.json else f"{path}: no digit found (the picture is blank)")
            continue
        p = predictor.predict(x)
        top = int(np.argmax(p))
        if args.json:
            probabilities = {n: round(float(v), 4) for n, v in zip(names, p, strict=True)}
            print(json.dumps({"image": str(path), "predicted": names[top], "probabilities": probabilities}))
        else:
            print(f"{path}: {names[top]} ({100 * p[top]:.1f}%) — {probabilities_text(names, p)}")
    return 0
