"""Mismatches Keras accepts at build time but the student will hit when training.

analyze() is what the builder and the CLI call: shapes and refusals from
core.model.shapes, plus these warnings on the row that should change.
"""

from __future__ import annotations

from core.i18n import translate
from core.model.shapes import ModelInfo, Problem, analyze_shapes, format_shape
from core.model.size import estimate, largest_layer
from core.model.spec import ModelSpec

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
        warnings.append(translate(
            "checks", "learning_rate {rate} is far above the usual 0.0001–0.1: the weights will jump "
            "too far at each step and the loss will likely become NaN").format(
                rate=f"{spec.compile.learning_rate:g}"))
    if len(out) != 1:
        warnings.append(translate(
            "checks", "{layer}: the output is {shape}, but each image needs one vector of {classes} "
            "class scores; add Flatten before the Dense layers").format(
                layer=last, shape=format_shape(out), classes=classes))
    elif loss == "binary_crossentropy":
        warnings.append(translate(
            "checks", "{layer}: binary_crossentropy is for yes/no labels (one sigmoid unit); {dataset} "
            "has {classes} classes, so use sparse_categorical_crossentropy with Dense(10, "
            "activation='softmax')").format(layer=last, dataset=spec.dataset, classes=classes))
    elif out[-1] != classes:
        warnings.append(translate(
            "checks", "{layer}: gives {outputs} outputs, but {dataset} has {classes} classes; end with "
            "Dense({classes}, activation='softmax')").format(
                layer=last, outputs=out[-1], dataset=spec.dataset, classes=classes))
    act = output_activation(spec)
    if loss in CROSSENTROPY and len(out) == 1 and act != "softmax":
        warnings.append(translate(
            "checks", "{layer}: {loss} expects probabilities, but the output activation is "
            "{activation}; use activation='softmax' on the last layer").format(
                layer=last, loss=loss, activation=act))
    return warnings
