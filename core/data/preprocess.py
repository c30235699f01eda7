"""From a Dataset's arrays to what model.fit() takes, the way the notes do it (numpy only).

- images: float32 in [0, 1] (÷ 255), reshaped to the model's input shape;
- labels: integers for sparse_categorical_crossentropy, one-hot (like keras.utils.to_categorical)
  for categorical_crossentropy and mse;
- validation: the notes' "first N samples", or Keras's validation_split (the last fraction);
- prepare_data: all of it for one model, refusing labels the model's outputs cannot hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Integral, Real
from typing import Any

import numpy as np

from core.data.dataset import Arrays, Dataset, DatasetError, count
from core.i18n import translate
from core.model.spec import LOSSES, ModelSpec


def _shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(d) for d in shape)


def prepare_images(x: np.ndarray, input_shape: tuple[int, ...]) -> np.ndarray:
    """Pixels 0–255 as float32 in [0, 1], shaped (n, *input_shape).

    Fits an image of h×w (or h×w×c) to the input (h·w·c,) by flattening, to (h, w, 1) by adding the
    channel, to (h, w) by dropping a channel of 1. Any other mismatch is a DatasetError that names
    both shapes and what to change.
    """
    x = np.asarray(x)
    target = tuple(int(d) for d in input_shape)
    image = tuple(int(d) for d in x.shape[1:])
    if not _fits(image, target):
        fitting = (translate("preprocess", "{first} or {second}").format(
            first=_shape_text((*image, 1)), second=_shape_text(image)) if len(image) == 2
            else _shape_text(image))
        raise DatasetError(translate(
            "preprocess", "the images are {image} but the model's input shape is {target} ({image_values:,} "
            "values per image against {target_values:,}): set the model's input shape to {fitting} (or a "
            "flat {flat}), or choose a dataset of {target} images").format(
            image=_shape_text(image), target=_shape_text(target), image_values=math.prod(image),
            target_values=math.prod(target), fitting=fitting, flat=math.prod(image)))
    out = x.astype(np.float32).reshape((len(x), *target))
    out /= np.float32(255.0)
    return out


def _fits(image: tuple[int, ...], target: tuple[int, ...]) -> bool:
    if image == target:
        return True
    if len(target) == 1:
        return math.prod(image) == target[0]
    squeeze = tuple(d for i, d in enumerate(image) if not (i == len(image) - 1 and d == 1))
    want = tuple(d for i, d in enumerate(target) if not (i == len(target) - 1 and d == 1))
    return squeeze == want and len(squeeze) == 2


def encode_labels(y: np.ndarray, loss: str, num_classes: int) -> np.ndarray:
    """Labels as the loss wants them: class indices (sparse), or one-hot float32 rows."""
    if loss not in LOSSES:
        raise DatasetError(translate("preprocess", "unknown loss {loss!r}: known are {known}").format(
            loss=loss, known=", ".join(LOSSES)))
    if num_classes < 1:
        raise DatasetError(translate("preprocess", "the number of classes must be at least 1, not {classes}"
                                     ).format(classes=num_classes))
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim != 1:
        raise DatasetError(translate("preprocess", "labels must be one class index per sample, shape (n,); "
                                     "found {shape}").format(shape=y.shape))
    if y.size:
        lo, hi = int(y.min()), int(y.max())
        if lo < 0 or hi >= num_classes:
            bad = lo if lo < 0 else hi
            raise DatasetError(translate("preprocess", "label {label} is outside 0–{last}: the model has "
                                         "{classes} classes; give its last layer as many units as the "
                                         "dataset has classes").format(label=bad, last=num_classes - 1,
                                                                       classes=num_classes))
    if loss == "sparse_categorical_crossentropy":
        return y.astype(np.int64, copy=False) if y.dtype.kind in "iu" else y.astype(np.int64)
    if loss == "binary_crossentropy" and num_classes == 2:
        return y.astype(np.float32)
    return np.eye(num_classes, dtype=np.float32)[y.astype(np.int64)]


def rows(x: Arrays, part: slice) -> Arrays:
    """The samples part of x (an array, or each array of a dict by input/output name)."""
    if isinstance(x, dict):
        return {k: v[part] for k, v in x.items()}
    return x[part]


def split_validation(x: Arrays, y: Arrays, validation: float | int
                     ) -> tuple[Arrays, Arrays, Arrays | None, Arrays | None]:
    """(x_train, y_train, x_val, y_val); x and y may be dicts of arrays (one per model input/output).

    An int N ≥ 1 takes the FIRST N samples as validation (the notes: x_val = x_train[:N]); a
    float in (0, 1) the LAST fraction, as Keras's validation_split; 0 none (x_val, y_val are None).
    """
    n = count(x)
    if count(y) != n:
        raise DatasetError(translate("preprocess", "{images:,} images but {labels:,} labels").format(
            images=n, labels=count(y)))
    if isinstance(validation, bool) or not isinstance(validation, Real):
        raise DatasetError(translate("preprocess", "validation must be a number of samples or a fraction, "
                                     "not {validation!r}").format(validation=validation))
    if validation == 0:
        return x, y, None, None
    if isinstance(validation, Integral):
        first = int(validation)
        if first < 0:
            raise DatasetError(translate("preprocess", "validation must be a positive number of samples, not "
                                         "{count}").format(count=first))
        if first >= n:
            raise DatasetError(translate("preprocess", "validation takes {count:,} samples but there are "
                                         "only {n:,}: none would be left for training; use fewer than {n:,}"
                                         ).format(count=first, n=n))
        return rows(x, slice(first, None)), rows(y, slice(first, None)), rows(x, slice(first)), \
            rows(y, slice(first))
    fraction = float(validation)
    if not (0.0 < fraction < 1.0) or math.isnan(fraction):
        raise DatasetError(translate("preprocess", "a validation fraction must be in [0, 1), not {fraction:g}"
                                     ).format(fraction=fraction))
    split_at = math.floor(n * (1.0 - fraction))  # exactly Keras's train_validation_split
    if split_at == 0 or split_at == n:
        raise DatasetError(translate("preprocess", "{n:,} samples cannot be split with a validation fraction "
                                     "of {fraction:g}: one side would be empty; use more data or another "
                                     "fraction").format(n=n, fraction=fraction))
    head, tail = slice(split_at), slice(split_at, None)
    return rows(x, head), rows(y, head), rows(x, tail), rows(y, tail)


@dataclass
class PreparedData:
    """Arrays shaped and scaled for one model, plus what the views need to explain them. x and y
    are arrays, or dicts of arrays by input and output name (random data for a functional model)."""

    x_train: Arrays
    y_train: Arrays
    x_val: Arrays | None
    y_val: Arrays | None
    x_test: Arrays
    y_test: Arrays  # encoded for the loss
    labels_test: np.ndarray  # integer labels, for the confusion matrix (regression: the true values)
    class_names: list[str]
    dataset_summary: str
    task: str = "classes"  # the dataset's: "classes", "binary", "regression", "any"

    @property
    def n_train(self) -> int:
        return count(self.x_train)

    @property
    def n_test(self) -> int:
        return count(self.x_test)


def prepare_data(dataset: Dataset, spec: ModelSpec, validation: float | int,
                 for_training: bool = True) -> PreparedData:
    """Preprocess as the notes do: /255, reshape to the model's input, labels for the loss.

    A test-only dataset (e.g. a folder with only t10k-* files) is fine for evaluation
    (for_training=False) and refused for training. Every refusal starts with the dataset's name
    (for the student's own data, its path).
    """
    try:
        return _prepare(dataset, spec, validation, for_training)
    except DatasetError as e:
        text = str(e)
        raise DatasetError(text if text.startswith(dataset.name) else f"{dataset.name}: {text}") from e


def _classes_for_loss(dataset: Dataset, spec: ModelSpec) -> int:
    """How many classes the labels are encoded for: the model's class scores where it gives a
    vector of them. Labels beyond them are refused here; TensorFlow would stop mid-fit with a
    graph error (sparse) or a shape error (one-hot rows of another width)."""
    from core.model.checks import CROSSENTROPY, analyze

    out = analyze(spec).output_shape
    if spec.compile.loss not in CROSSENTROPY or out is None or len(out) != 1:
        return dataset.num_classes
    labels = np.concatenate([dataset.y_train, dataset.y_test])
    if labels.size and int(labels.max()) >= out[0]:
        raise DatasetError(translate(
            "training", "label {label} is outside 0–{top}: the model's last layer gives {n} class scores; "
            "give it as many units as the dataset has classes ({classes})").format(
            label=int(labels.max()), top=out[0] - 1, n=out[0], classes=dataset.num_classes))
    return out[0]


def _one_input_one_output(dataset: Dataset, spec: ModelSpec, what: str) -> None:
    """Image and regression sets give one array per sample and one target: a model with more
    inputs or outputs cannot take them."""
    from core.model.graph import output_names

    inputs, outputs = len(spec.input_shapes()), len(output_names(spec))
    if inputs != 1 or outputs != 1:
        raise DatasetError(translate(
            "preprocess", "{what} per sample and one target, but the model takes {inputs} input(s) and gives "
            "{outputs} output(s); choose random data (like the notes') for this model, or a model with one "
            "input and one output").format(what=what, inputs=inputs, outputs=outputs))


def _prepare(dataset: Dataset, spec: ModelSpec, validation: float | int, for_training: bool) -> PreparedData:
    if dataset.n_train == 0 and for_training:
        raise DatasetError(translate("training", "{name} has no training samples (it is a test-only set); "
                                                 "pick a dataset with a training split").format(
            name=dataset.name))
    if dataset.task == "regression":
        return _prepare_regression(dataset, spec, validation)
    if dataset.task == "any":
        x_tr, y_tr, x_val, y_val = split_validation(dataset.x_train, dataset.y_train, validation)
        labels = dataset.y_test if isinstance(dataset.y_test, np.ndarray) else np.zeros(0)
        return PreparedData(x_tr, y_tr, x_val, y_val, dataset.x_test, dataset.y_test, np.asarray(labels),
                            list(dataset.class_names), dataset.summary(), "any")
    _one_input_one_output(dataset, spec, translate("preprocess", "the dataset gives one image"))
    return _prepare_images(dataset, spec, validation)


def _prepare_regression(dataset: Dataset, spec: ModelSpec, validation: float | int) -> PreparedData:
    """Measurements standardised with the training split's mean and standard deviation (the
    validation and test splits with the same numbers, as a scaler fitted on the training set)."""
    from core.model.spec import REGRESSION_LOSSES

    _one_input_one_output(dataset, spec, translate("preprocess", "the dataset gives one row of measurements"))
    features = dataset.image_shape
    if tuple(spec.main_input_shape) != features:
        raise DatasetError(translate(
            "preprocess", "the dataset has {n} measurements per sample but the model's input shape is "
            "{shape}; set the input to {n}").format(n=features[0],
                                                     shape=_shape_text(tuple(spec.main_input_shape))))
    if spec.compile.loss not in REGRESSION_LOSSES:
        raise DatasetError(translate(
            "preprocess", "the dataset has a number to predict, not a class; compile with loss 'mse' (or "
            "'mae') and a last Dense(1) without activation"))
    x_tr, y_tr, x_val, y_val = split_validation(np.asarray(dataset.x_train, np.float32),
                                                np.asarray(dataset.y_train, np.float32), validation)
    assert isinstance(x_tr, np.ndarray)
    mean = x_tr.mean(axis=0) if len(x_tr) else np.zeros(features, np.float32)
    std = x_tr.std(axis=0) if len(x_tr) else np.ones(features, np.float32)
    std = np.where(std > 0, std, 1.0).astype(np.float32)  # a constant column stays 0, not NaN

    def scaled(x: Arrays | None) -> Any:
        return None if x is None else ((np.asarray(x, np.float32) - mean) / std).astype(np.float32)

    targets = np.asarray(dataset.y_test, np.float32)
    return PreparedData(scaled(x_tr), y_tr, scaled(x_val), y_val, scaled(dataset.x_test), targets, targets,
                        [], dataset.summary(), "regression")


def _prepare_images(dataset: Dataset, spec: ModelSpec, validation: float | int) -> PreparedData:
    loss, k = spec.compile.loss, _classes_for_loss(dataset, spec)
    shape = tuple(spec.main_input_shape)
    if dataset.n_train == 0:
        x_test = prepare_images(dataset.x_test, shape)
        labels = np.asarray(dataset.y_test, dtype=np.int64)
        return PreparedData(x_test[:0], encode_labels(labels[:0], loss, k), None, None, x_test,
                            encode_labels(labels, loss, k), labels, list(dataset.class_names),
                            dataset.summary(), dataset.task)
    x_train = prepare_images(dataset.x_train, shape)
    y_train = dataset.y_train
    x_tr, y_tr, x_val, y_val = split_validation(x_train, y_train, validation)
    x_test = prepare_images(dataset.x_test, shape) if dataset.n_test else x_train[:0]
    labels_test = dataset.y_test if dataset.n_test else y_train[:0]
    return PreparedData(
        x_tr, encode_labels(y_tr, loss, k),
        x_val, None if y_val is None else encode_labels(y_val, loss, k),
        x_test, encode_labels(labels_test, loss, k), np.asarray(labels_test, dtype=np.int64),
        list(dataset.class_names), dataset.summary(), dataset.task)
