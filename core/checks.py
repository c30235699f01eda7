"""Mismatches Keras accepts at build time but the student will hit when training.

analyze() is what the builder and the CLI call: shapes and refusals from
core.shapes, plus these warnings on the row that should change.
"""

from __future__ import annotations

from core.model_size import estimate, largest_layer
from core.shapes import ModelInfo, Problem, analyze_shapes, format_shape
from core.spec import ModelSpec

CROSSENTROPY = ("sparse_categorical_crossentropy", "categorical_crossentropy")


def analyze(spec: ModelSpec) -> ModelInfo:
    """Shapes, parameter counts, errors and training warnings for the whole model."""
    info = analyze_shapes(spec)
    if info.ok and info.rows:
        for message in training_warnings(spec, info):
            info.rows[-1].problems.append(Problem(message, severity="warning"))
        size = estimate(info, spec.compile)
        if size.level != "ok":
            row = info.rows[largest_layer(info)]
            row.problems.append(Problem(f"{row.name}: {size.advice()}", severity="warning"))
    return info


def output_activation(spec: ModelSpec) -> str:
    """The activation that produces the model's output (walks back over shape-only layers)."""
    for layer in reversed(spec.layers):
        if layer.type == "Softmax":
            return "softmax"
        if layer.type == "ReLU":
            return "relu"
        if layer.type in ("Dense", "Conv2D", "Activation"):
            return layer.params["activation"]
        if layer.type in ("Flatten", "Reshape", "Dropout"):
            continue
        return "linear"
    return "linear"


def training_warnings(spec: ModelSpec, info: ModelInfo) -> list[str]:
    """What will go wrong in fit() with this dataset and loss, as advice on the last layer."""
    out = info.output_shape
    if out is None:
        return []
    last = info.rows[-1].name
    classes = spec.num_classes
    loss = spec.compile.loss
    warnings = []
    if spec.compile.learning_rate > 1:
        warnings.append(
            f"learning_rate {spec.compile.learning_rate:g} is far above the usual 0.0001–0.1: the "
            "weights will jump too far at each step and the loss will likely become NaN")
    if len(out) != 1:
        warnings.append(
            f"{last}: the output is {format_shape(out)}, but each image needs one vector of "
            f"{classes} class scores; add Flatten before the Dense layers")
    elif loss == "binary_crossentropy":
        warnings.append(
            f"{last}: binary_crossentropy is for yes/no labels (one sigmoid unit); "
            f"{spec.dataset} has {classes} classes, so use sparse_categorical_crossentropy "
            "with Dense(10, activation='softmax')")
    elif out[-1] != classes:
        warnings.append(
            f"{last}: gives {out[-1]} outputs, but {spec.dataset} has {classes} classes; "
            f"end with Dense({classes}, activation='softmax')")
    act = output_activation(spec)
    if loss in CROSSENTROPY and len(out) == 1 and act != "softmax":
        warnings.append(
            f"{last}: {loss} expects probabilities, but the output activation is {act}; "
            "use activation='softmax' on the last layer")
    return warnings
