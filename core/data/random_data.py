"""Random data shaped for one model, like the notes' ``np.random.random((1000, 100))`` examples
(task "any"): a model can be trained end to end on it, though there is no pattern to learn.

Inputs: float32 values in [0, 1) of the input's shape; integers in [0, input_dim) for an input that
goes straight into an Embedding; integers in [0, 10) for any other int32 Input. Targets, by each
output's loss: class indices (sparse_categorical_crossentropy), one-hot rows
(categorical_crossentropy), 0/1 (binary_crossentropy), float32 values in [0, 1) (mse, mae).
"""

from __future__ import annotations

import numpy as np

from core.data.dataset import Dataset, DatasetError
from core.i18n import translate
from core.model.graph import layer_names, output_names
from core.model.shapes import analyze_shapes
from core.model.spec import LOSSES, ModelSpec

INT_INPUT_RANGE = 10  # an int32 Input that feeds no Embedding gets integers in [0, 10)
CLASS_LOSSES = ("sparse_categorical_crossentropy", "categorical_crossentropy")


def random_dataset(spec: ModelSpec, n_train: int = 1000, n_test: int = 200, seed: int = 0) -> Dataset:
    """Random samples for spec's inputs and random targets for its outputs; the same seed gives the
    same arrays. x and y are dicts by input and output name where the model has several, else plain
    arrays. DatasetError when the model cannot be built (its first error) or its
    shapes cannot hold data."""
    if n_train < 0 or n_test < 0:
        raise DatasetError(translate("datasets", "random data: {n_train} training and {n_test} test samples "
                                     "asked for; give counts of 0 or more").format(n_train=n_train,
                                                                                   n_test=n_test))
    info = analyze_shapes(spec)
    if not info.ok:
        _row, problem = info.errors[0]
        raise DatasetError(translate("datasets", "no random data for this model: Keras would refuse it. "
                                     "{problem} Fix it in Build (the row marked red).").format(
            problem=problem.message))
    inputs = _inputs(spec)  # (name, shape, high): high None for floats, else integers in [0, high)
    shapes = {row.name: row.output_shape for row in info.rows}
    outputs = []  # (name, shape, loss)
    for name in output_names(spec):
        shape = shapes.get(name)
        outputs.append((name, shape, spec.compile.for_output(name).loss))
    if not outputs:
        raise DatasetError(translate("datasets", "no random data for this model: it has no layers; add "
                                     "layers in Build"))
    for name, shape in [(n, s) for n, s, _ in inputs] + [(n, s) for n, s, _ in outputs]:
        if not shape or any(d is None or d < 1 for d in shape):
            raise DatasetError(translate("datasets", "no random data for {name}: its shape {shape} has no "
                                         "fixed size; give every axis a size in Build").format(
                name=name, shape=shape))
    for name, _, loss in outputs:
        if loss not in LOSSES:
            raise DatasetError(translate("datasets", "no random targets for {name}: unknown loss {loss!r} "
                                         "(known are {known}); choose one in Build").format(
                name=name, loss=loss, known=", ".join(LOSSES)))
    rng = np.random.default_rng(seed)
    splits = []
    for n in (n_train, n_test):
        x = {name: _random_input(rng, n, shape, high) for name, shape, high in inputs}
        y = {name: _random_target(rng, n, shape, loss) for name, shape, loss in outputs}
        # by name where the model has several (Keras 3 takes a single input or output as an array)
        splits += [x if len(x) > 1 else next(iter(x.values())), y if len(y) > 1 else next(iter(y.values()))]
    source = translate("datasets", "np.random data with no pattern to learn, made for this model with "
                       "seed {seed}").format(seed=seed)
    return Dataset("random", source, *splits, class_names=_class_names(outputs), task="any")


def _inputs(spec: ModelSpec) -> list[tuple[str, tuple[int, ...], int | None]]:
    """(name, shape, high) of each model input: high is the range of integers it takes, None for floats."""
    names = layer_names(spec)
    if not spec.functional:
        first = spec.layers[0] if spec.layers else None
        high = int(first.params["input_dim"]) if first is not None and first.type == "Embedding" else None
        return [("input", tuple(spec.input_shape), high)]
    result = []
    for layer, name in zip(spec.layers, names, strict=True):
        if layer.type != "Input":
            continue
        dims = [int(other.params["input_dim"]) for other in spec.layers
                if other.type == "Embedding" and name in other.inputs]
        high = min(dims) if dims else INT_INPUT_RANGE if layer.params.get("dtype") == "int32" else None
        result.append((name, tuple(layer.params["shape"]), high))
    return result


def _random_input(rng: np.random.Generator, n: int, shape: tuple[int, ...], high: int | None) -> np.ndarray:
    if high is None:
        return rng.random((n, *shape), dtype=np.float32)
    return rng.integers(0, high, (n, *shape), dtype=np.int32)


def _random_target(rng: np.random.Generator, n: int, shape: tuple[int, ...], loss: str) -> np.ndarray:
    if loss == "sparse_categorical_crossentropy":
        return rng.integers(0, shape[-1], (n, *shape[:-1]), dtype=np.int64)
    if loss == "categorical_crossentropy":
        classes = rng.integers(0, shape[-1], (n, *shape[:-1]))
        return np.eye(shape[-1], dtype=np.float32)[classes]
    if loss == "binary_crossentropy":
        return rng.integers(0, 2, (n, *shape)).astype(np.float32)
    return rng.random((n, *shape), dtype=np.float32)  # mse, mae


def _class_names(outputs: list[tuple[str, tuple[int, ...], str]]) -> list[str]:
    """str(i) for the classes of a single classification output (0 and 1 for one sigmoid unit)."""
    if len(outputs) != 1:
        return []
    _, shape, loss = outputs[0]
    if loss in CLASS_LOSSES:
        return [str(i) for i in range(shape[-1])]
    if loss == "binary_crossentropy" and shape[-1] == 1:
        return ["0", "1"]
    return []
