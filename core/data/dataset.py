"""The Dataset every loader returns, its error type, and the checks every loader ends with
(shapes, sizes, labels, pixel ranges), so that a damaged file is refused with its name."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.i18n import translate
from core.model.spec import DATASETS, dataset_title

MNIST_CLASS_NAMES = [str(i) for i in range(10)]
FASHION_CLASS_NAMES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                       "Sneaker", "Bag", "Ankle boot"]
CIFAR10_CLASS_NAMES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
                       "truck"]
# The built-in image sets' classes (the regression sets and random data have none).
BUILTIN_CLASS_NAMES = {"mnist": MNIST_CLASS_NAMES, "fashion_mnist": FASHION_CLASS_NAMES,
                       "cifar10": CIFAR10_CLASS_NAMES, "mnist_7": ["not 7", "7"],
                       "fashion_sneaker_boot": ["Sneaker", "Ankle boot"]}
BUILTIN_NAMES = tuple(DATASETS)  # every built-in name; "random" is made for a model (core.data.random_data)


MAX_CLASSES = 1000
SPLIT_SEED = 0


class DatasetError(ValueError):
    """Data that cannot be loaded or used; the message says what is wrong and what to do."""


Arrays = np.ndarray | dict[str, np.ndarray]  # one array, or one per model input / output by name


def count(x: Arrays) -> int:
    """How many samples x holds (a dict: its first array's)."""
    if isinstance(x, dict):
        return len(next(iter(x.values()))) if x else 0
    return len(x)


@dataclass
class Dataset:
    """Samples and targets, split into train and test.

    task "classes" or "binary" (the image sets): x uint8 images, (n, h, w) or (n, h, w, 3), and y
    integer labels, named by class_names. task "regression": x float32 features (n, f) named by
    feature_names, y float32 targets (n,). task "any" (random data like the notes', made for one
    model): x and y are dicts by the model's input and output names.
    """

    name: str  # "mnist", "fashion_mnist", "cifar10", "diabetes", …, or the path the user gave
    source: str  # one sentence: where the arrays came from
    x_train: Arrays
    y_train: Arrays
    x_test: Arrays
    y_test: Arrays
    class_names: list[str]
    task: str = "classes"
    feature_names: list[str] = field(default_factory=list)
    # Collected digits (core.data.collected): every writer, and each test sample's writer.
    writers: list[str] = field(default_factory=list)
    test_writers: list[str] = field(default_factory=list)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def is_images(self) -> bool:
        return self.task in ("classes", "binary")

    @property
    def image_shape(self) -> tuple[int, ...]:
        """One sample's shape (an image's for the image sets; the first input's otherwise)."""
        x = self.x_train if count(self.x_train) or not count(self.x_test) else self.x_test
        if isinstance(x, dict):
            x = next(iter(x.values()))
        return tuple(int(d) for d in x.shape[1:])

    @property
    def n_train(self) -> int:
        return count(self.x_train)

    @property
    def n_test(self) -> int:
        return count(self.x_test)

    def summary(self) -> str:
        """E.g. 'MNIST digits: 4,000 training and 1,000 test images of 28×28, 10 classes (offline: ...)',
        a built-in dataset by its title (a sentence starts with it), any other by its name."""
        name = dataset_title(self.name) if self.name in DATASETS else self.name
        if self.task == "regression":
            return translate("Dataset", "{name}: {n_train:,} training and {n_test:,} test samples of "
                             "{features} measurements, one number to predict ({source})").format(
                name=name, n_train=self.n_train, n_test=self.n_test, features=self.image_shape[0],
                source=self.source)
        if self.task == "any":
            return translate("Dataset", "{name}: {n_train:,} training and {n_test:,} test samples shaped "
                             "for this model ({source})").format(
                name=name, n_train=self.n_train, n_test=self.n_test, source=self.source)
        shape = "×".join(str(d) for d in self.image_shape)
        text = translate("Dataset", "{name}: {n_train:,} training and {n_test:,} test images of {shape}, "
                         "{classes} classes ({source})").format(
            name=name, n_train=self.n_train, n_test=self.n_test, shape=shape, classes=self.num_classes,
            source=self.source)
        warning = self.label_warning()
        return f"{text}. {warning}" if warning else text

    def label_warning(self) -> str:
        """A warning when the training images hold a single class: a model then learns to give
        that answer to everything, and its accuracy of 1.0 means nothing."""
        if not self.is_images:
            return ""
        present = np.unique(self.y_train)
        if len(present) != 1:
            return ""
        name = self.class_names[int(present[0])]
        return translate("Dataset", "Warning: every training image is of class {name}, so a model can only "
                         "learn to answer {name} (an accuracy of 1.0 means nothing); give images of at "
                         "least two classes").format(name=name)


def as_images(x: np.ndarray, where: str) -> tuple[np.ndarray, list[str]]:
    """A user's array as uint8 (n, h, w) or (n, h, w, 3); notes on anything converted."""
    notes = []
    if x.dtype.kind not in "uif" or x.dtype == np.bool_:
        raise DatasetError(translate("datasets", "{where}: pixels must be numbers, found dtype {dtype}"
                                     ).format(where=where, dtype=x.dtype))
    if x.ndim == 4 and x.shape[-1] == 1:
        x = x[..., 0]
    if x.ndim == 2 and len(x):
        side = math.isqrt(x.shape[1])
        if side * side != x.shape[1]:
            raise DatasetError(translate("datasets", "{where}: flat images of {values} values are not "
                                         "square; save them as (n, height, width) or (n, height, width, 3)"
                                         ).format(where=where, values=x.shape[1]))
        x = x.reshape(len(x), side, side)
        notes.append(translate("datasets", "flat rows reshaped to {side}×{side}").format(side=side))
    if not (x.ndim == 3 or (x.ndim == 4 and x.shape[-1] == 3)):
        raise DatasetError(translate("datasets", "{where}: shape {shape} is not images; expected (n, height, "
                                     "width) for grayscale or (n, height, width, 3) for colour").format(
            where=where, shape=x.shape))
    if x.size and x.dtype.kind == "f":
        if not np.isfinite(x).all():
            raise DatasetError(translate("datasets", "{where}: contains NaN or infinite pixel values").format(
                where=where))
        lo, hi = float(x.min()), float(x.max())
        if lo < 0 or hi > 255:
            raise DatasetError(translate("datasets", "{where}: pixel values run from {low:g} to {high:g}; "
                                         "expected 0–255 (or 0–1)").format(where=where, low=lo, high=hi))
        if hi <= 1.0:
            x = x * 255.0
            notes.append(translate("datasets", "pixels in [0, 1] scaled to 0–255"))
        x = np.rint(x)
    elif x.size:
        lo, hi = int(x.min()), int(x.max())
        if lo < 0 or hi > 255:
            raise DatasetError(translate("datasets", "{where}: pixel values run from {low} to {high}; "
                                         "expected 0–255").format(where=where, low=lo, high=hi))
    return np.ascontiguousarray(x, dtype=np.uint8), notes


def as_labels(y: np.ndarray, where: str) -> np.ndarray:
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim != 1:
        text = (translate("datasets", "{where}: labels must be one class index per image, shape (n,); found "
                          "{shape} (one-hot? save y.argmax(axis=1))") if y.ndim == 2 else
                translate("datasets", "{where}: labels must be one class index per image, shape (n,); found "
                          "{shape}"))
        raise DatasetError(text.format(where=where, shape=y.shape))
    if y.dtype.kind == "f":
        if y.size and not (np.isfinite(y).all() and (y == np.rint(y)).all()):
            raise DatasetError(translate("datasets", "{where}: labels must be whole numbers (class indices "
                                         "0, 1, 2, …)").format(where=where))
    elif y.dtype.kind not in "iub":
        raise DatasetError(translate("datasets", "{where}: labels must be class indices, found dtype {dtype}"
                                     ).format(where=where, dtype=y.dtype))
    return y.astype(np.int64)


def empty_like(x: np.ndarray) -> np.ndarray:
    return np.zeros((0, *x.shape[1:]), dtype=np.uint8)


def finish_dataset(name: str, source: str, x_tr: np.ndarray | None, y_tr: np.ndarray | None,
                   x_te: np.ndarray | None, y_te: np.ndarray | None, class_names: list[str] | None,
                   where: Path | None = None) -> Dataset:
    """Check shapes, sizes and labels; fill a missing split with an empty one; name the classes."""
    place = str(where) if where is not None else name
    if x_tr is None and x_te is None:
        raise DatasetError(translate("datasets", "{place}: holds no images").format(place=place))
    ref = x_tr if x_tr is not None else x_te
    assert ref is not None
    if x_tr is None:
        x_tr, y_tr = empty_like(ref), np.zeros(0, dtype=np.int64)
    if x_te is None:
        x_te, y_te = empty_like(ref), np.zeros(0, dtype=np.int64)
    assert y_tr is not None and y_te is not None
    for split, x, y in (("train", x_tr, y_tr), ("test", x_te, y_te)):
        if len(x) != len(y):
            text = (translate("datasets", "{place}: {images:,} train images but {labels:,} train labels; "
                              "they must match one to one") if split == "train" else
                    translate("datasets", "{place}: {images:,} test images but {labels:,} test labels; "
                              "they must match one to one"))
            raise DatasetError(text.format(place=place, images=len(x), labels=len(y)))
    if x_tr.shape[1:] != x_te.shape[1:] and len(x_tr) and len(x_te):
        raise DatasetError(translate("datasets", "{place}: train images are {train_size} but test images are "
                                     "{test_size}; they must be the same size").format(
            place=place, train_size="×".join(map(str, x_tr.shape[1:])),
            test_size="×".join(map(str, x_te.shape[1:]))))
    if len(x_tr) + len(x_te) == 0:
        raise DatasetError(translate("datasets", "{place}: the dataset is empty (0 images)").format(
            place=place))
    # An empty split may say any image size (an IDX header of 0×0×5): it takes the other split's.
    if not len(x_tr):
        x_tr = empty_like(x_te)
    elif not len(x_te):
        x_te = empty_like(x_tr)
    if 0 in x_tr.shape[1:]:
        raise DatasetError(translate("datasets", "{place}: images of size {size} are empty").format(
            place=place, size="×".join(map(str, x_tr.shape[1:]))))
    y_all = np.concatenate([y_tr, y_te])
    lo, hi = int(y_all.min()), int(y_all.max())
    if class_names is None:
        if lo < 0 or hi >= MAX_CLASSES:
            raise DatasetError(translate("datasets", "{place}: labels run from {low} to {high}; class "
                                         "indices must be 0 … {last}").format(place=place, low=lo, high=hi,
                                                                              last=MAX_CLASSES - 1))
        class_names = [str(i) for i in range(max(hi + 1, 10))]  # 0-9 at least, as for digits
    if lo < 0 or hi >= len(class_names):
        bad = lo if lo < 0 else hi
        raise DatasetError(translate("datasets", "{place}: label {label} is outside 0–{last} ({classes} "
                                     "classes); the file is damaged or not this dataset").format(
            place=place, label=bad, last=len(class_names) - 1, classes=len(class_names)))
    return Dataset(name, source, np.ascontiguousarray(x_tr, dtype=np.uint8), y_tr.astype(np.int64),
                   np.ascontiguousarray(x_te, dtype=np.uint8), y_te.astype(np.int64), list(class_names))
