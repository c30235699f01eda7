"""Mismatches Keras accepts at build time but the student will hit when training.

analyze() is what the builder and the CLI call: shapes and refusals from
core.model.shapes, plus these warnings on the row that should change.
"""

from __future__ import annotations

from core.i18n import translate
from core.model.graph import inbound_rows
from core.model.shapes import LayerRow, ModelInfo, Problem, analyze_shapes, format_shape
from core.model.size import estimate, largest_layer
from core.model.spec import REGRESSION_LOSSES, LayerSpec, ModelSpec, dataset_task

CROSSENTROPY = ("sparse_categorical_crossentropy", "categorical_crossentropy")


def analyze(spec: ModelSpec) -> ModelInfo:
    """Shapes, parameter counts, errors and training warnings for the whole model."""
    info = analyze_shapes(spec)
    if info.ok and info.rows:
        for row, message in training_warnings(spec, info):
            info.rows[row].problems.append(Problem(message, severity="warning"))
        size = estimate(info, spec.compile)
        if size.level != "ok":
            row = info.rows[largest_layer(info)]
            row.problems.append(Problem(f"{row.name}: {size.advice()}", severity="warning"))
    return info


def output_activation(spec: ModelSpec, row: int | None = None) -> str:
    """The activation that produces an output (the last row's by default): walks back over
    shape-only layers along each layer's first input."""
    inbound = inbound_rows(spec)
    i = len(spec.layers) - 1 if row is None else row
    while 0 <= i < len(spec.layers):
        layer = spec.layers[i]
        if layer.type == "Softmax":
            return "softmax"
        if layer.type == "ReLU":
            return "relu"
        if layer.type in ("Dense", "Conv2D", "Activation"):
            return layer.params["activation"]
        if layer.type == "TimeDistributed" and isinstance(layer.inner, LayerSpec):
            return layer.inner.params.get("activation", "linear")
        if layer.type not in ("Flatten", "Reshape", "Dropout"):
            return "linear"
        i = inbound[i][0] if inbound[i] else -1
    return "linear"


def training_warnings(spec: ModelSpec, info: ModelInfo) -> list[tuple[int, str]]:
    """What will go wrong in fit() with this dataset and loss: (row, advice) for the output rows."""
    outputs = info.output_rows
    if not outputs or any(r.output_shape is None for r in outputs):
        return []
    warnings: list[tuple[int, str]] = []
    if spec.compile.learning_rate > 1:
        warnings.append((outputs[-1].index, translate(
            "checks", "learning_rate {rate} is far above the usual 0.0001–0.1: the weights will jump "
            "too far at each step and the loss will likely become NaN").format(
                rate=f"{spec.compile.learning_rate:g}")))
    task = dataset_task(spec.dataset)
    for row in outputs:
        loss = spec.compile.for_output(row.name).loss
        activation = output_activation(spec, row.index)
        check = {"classes": _class_warnings, "binary": _binary_warnings,
                 "regression": _regression_warnings}.get(task, _loss_warnings)
        warnings += [(row.index, m) for m in check(spec, row, loss, activation)]
    return warnings


def _class_warnings(spec: ModelSpec, row: LayerRow, loss: str, activation: str) -> list[str]:
    out, last, classes = row.output_shape, row.name, spec.num_classes
    assert out is not None
    warnings = []
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
    elif loss in REGRESSION_LOSSES:
        warnings.append(translate(
            "checks", "{layer}: {loss} measures how far a number is from the target, but {dataset} asks for "
            "one of {classes} classes; use sparse_categorical_crossentropy with Dense({classes}, "
            "activation='softmax')").format(layer=last, loss=loss, dataset=spec.dataset, classes=classes))
    elif out[-1] != classes:
        warnings.append(translate(
            "checks", "{layer}: gives {outputs} outputs, but {dataset} has {classes} classes; end with "
            "Dense({classes}, activation='softmax')").format(
                layer=last, outputs=out[-1], dataset=spec.dataset, classes=classes))
    if loss in CROSSENTROPY and len(out) == 1 and activation != "softmax":
        warnings.append(translate(
            "checks", "{layer}: {loss} expects probabilities, but the output activation is "
            "{activation}; use activation='softmax' on the last layer").format(
                layer=last, loss=loss, activation=activation))
    return warnings


def _binary_warnings(spec: ModelSpec, row: LayerRow, loss: str, activation: str) -> list[str]:
    out, last = row.output_shape, row.name
    warnings = []
    if out != (1,):
        warnings.append(translate(
            "checks", "{layer}: gives {shape}, but {dataset} is a yes/no question: end with Dense(1, "
            "activation='sigmoid')").format(layer=last, shape=format_shape(out), dataset=spec.dataset))
    elif loss != "binary_crossentropy":
        warnings.append(translate(
            "checks", "{layer}: {dataset} is a yes/no question; use loss binary_crossentropy with its one "
            "sigmoid unit").format(layer=last, dataset=spec.dataset))
    elif activation != "sigmoid":
        warnings.append(translate(
            "checks", "{layer}: binary_crossentropy expects a probability, but the output activation is "
            "{activation}; use activation='sigmoid'").format(layer=last, activation=activation))
    return warnings


def _regression_warnings(spec: ModelSpec, row: LayerRow, loss: str, activation: str) -> list[str]:
    out, last = row.output_shape, row.name
    warnings = []
    if out != (1,):
        warnings.append(translate(
            "checks", "{layer}: gives {shape}, but {dataset} has one number to predict per sample: end "
            "with Dense(1) and no activation").format(layer=last, shape=format_shape(out),
                                                      dataset=spec.dataset))
    if loss not in REGRESSION_LOSSES:
        warnings.append(translate(
            "checks", "{layer}: {dataset} predicts a number, not a class; use loss 'mse' (and the metric "
            "'mae', the average error in the target's own units)").format(layer=last, dataset=spec.dataset))
    elif activation in ("softmax", "sigmoid", "relu", "tanh", "hard_sigmoid"):
        warnings.append(translate(
            "checks", "{layer}: activation {activation} limits what a number can be; a regression output "
            "has no activation ('linear')").format(layer=last, activation=activation))
    return warnings


def _loss_warnings(spec: ModelSpec, row: LayerRow, loss: str, activation: str) -> list[str]:
    """Any data: only that the loss and the output's activation belong together."""
    if loss in CROSSENTROPY and activation != "softmax":
        return [translate("checks", "{layer}: {loss} expects probabilities, but the output activation is "
                                    "{activation}; use activation='softmax' on the last layer").format(
            layer=row.name, loss=loss, activation=activation)]
    if loss == "binary_crossentropy" and activation != "sigmoid":
        return [translate("checks", "{layer}: binary_crossentropy expects a probability, but the output "
                                    "activation is {activation}; use activation='sigmoid'").format(
            layer=row.name, activation=activation)]
    return []
