"""The regression sets (task "regression": measurements in, one number out), raw, not standardised
(the preprocessing step standardises them with the training split's statistics):

- ``diabetes``: scikit-learn's bundled copy (442 patients, 10 measurements, the disease's progression
  a year later), split here with a seeded shuffle, 80 % train / 20 % test.
- ``california_housing``: Keras's cache file ``california_housing.npz`` (20,640 districts, 8
  measurements, the median house value), split exactly as ``keras.datasets.california_housing
  .load_data()`` splits it. Read with numpy: TensorFlow is never imported here.

scikit-learn is imported only inside the functions that need it (it takes a while to import).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from core.data.dataset import SPLIT_SEED, Dataset, DatasetError
from core.data.npz import as_npz
from core.files.zip_errors import NPZ_READ_ERRORS
from core.i18n import QT_TRANSLATE_NOOP, translate

TEST_SPLIT = 0.2  # both sets: the last 20 % of the shuffled samples are the test set
DIABETES_SAMPLES = 442
DIABETES_ADVICE = QT_TRANSLATE_NOOP("datasets", "the diabetes set comes with scikit-learn: `pip install "
                                    "scikit-learn` (no internet needed afterwards)")

# keras/src/datasets/california_housing.py (Keras 3): the cache file, its arrays, load_data's defaults.
CALIFORNIA_FILE = "california_housing.npz"
CALIFORNIA_SEED = 113
CALIFORNIA_FEATURES = ["MedInc", "HouseAge", "AveRooms", "AveBedrms", "Population", "AveOccup", "Latitude",
                       "Longitude"]
CALIFORNIA_ADVICE = QT_TRANSLATE_NOOP("datasets", "California housing is not available offline: connect to "
                                      "the internet and use Download, or copy california_housing.npz into "
                                      "~/.keras/datasets/")


def split_sizes(n: int, test_split: float = TEST_SPLIT) -> tuple[int, int]:
    """(train, test) sizes as Keras's load_data computes them: int(n * (1 - test_split)) train."""
    n_train = int(n * (1 - test_split))
    return n_train, n - n_train


def keras_split(x: np.ndarray, y: np.ndarray, seed: int, test_split: float = TEST_SPLIT
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """x_train, y_train, x_test, y_test as Keras's regression loaders make them: shuffle with
    np.random.RandomState(seed), then the first int(n * (1 - test_split)) samples train."""
    indices = np.arange(len(x))
    np.random.RandomState(seed).shuffle(indices)
    x, y = x[indices], y[indices]
    n_train, _ = split_sizes(len(x), test_split)
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


def has_sklearn() -> bool:
    """Whether scikit-learn is installed (found without importing it)."""
    try:
        return importlib.util.find_spec("sklearn") is not None
    except (ImportError, ValueError):
        return False


def diabetes_source() -> str:
    n_train, n_test = split_sizes(DIABETES_SAMPLES)
    return translate("datasets", "offline: scikit-learn's bundled diabetes data, {train} train / {test} "
                     "test after a shuffle with seed {seed}").format(train=n_train, test=n_test,
                                                                     seed=SPLIT_SEED)


def load_diabetes() -> Dataset:
    """sklearn.datasets.load_diabetes(scaled=False): raw float32 (442, 10) features, float32 targets."""
    try:
        from sklearn.datasets import load_diabetes as sklearn_diabetes
    except ImportError as e:
        raise DatasetError(translate("datasets", "the diabetes dataset needs scikit-learn, which is not "
                                     "installed ({error}); {advice}").format(
            error=e, advice=translate("datasets", DIABETES_ADVICE))) from e
    try:
        bunch = sklearn_diabetes(scaled=False)
        x = np.asarray(bunch.data, dtype=np.float32)
        y = np.asarray(bunch.target, dtype=np.float32)
        names = [str(n) for n in bunch.feature_names]
    except (OSError, ValueError) as e:  # a damaged installation: its data files unreadable
        raise DatasetError(translate("datasets", "cannot read scikit-learn's diabetes data ({error}); "
                                     "{advice}").format(error=e, advice=_reinstall_sklearn())) from e
    _check_features(x, y, len(names), "sklearn.datasets.load_diabetes", _reinstall_sklearn())
    x_tr, y_tr, x_te, y_te = keras_split(x, y, SPLIT_SEED)
    return Dataset("diabetes", diabetes_source(), x_tr, y_tr, x_te, y_te, [], task="regression",
                   feature_names=names)


def _reinstall_sklearn() -> str:
    return translate("datasets", "reinstall scikit-learn with `pip install --force-reinstall scikit-learn`")


def california_source(path: Path) -> str:
    return translate("datasets", "keras.datasets cache: {path}, split as keras.datasets.california_housing"
                     ".load_data() splits it: seed {seed}, the last {percent} % test").format(
        path=path, seed=CALIFORNIA_SEED, percent=round(TEST_SPLIT * 100))


def california_missing(folder: Path) -> DatasetError:
    """The error for a cache without california_housing.npz: not available offline, what to do."""
    return DatasetError(translate("datasets", "{advice} (there is no {file})").format(
        advice=translate("datasets", CALIFORNIA_ADVICE), file=folder / CALIFORNIA_FILE))


def read_california(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """x (n, 8) and y (n,) of Keras's california_housing.npz, as Keras reads them (f["x"], f["y"])."""
    try:
        with open(path, "rb") as fh, as_npz(np.load(fh, allow_pickle=False), path) as f:
            missing = [k for k in ("x", "y") if k not in f.files]
            if missing:
                raise DatasetError(translate("datasets", "{path}: has no array {key} (it holds {held}); it "
                                             "is not Keras's California housing file: delete it and use "
                                             "Download").format(path=path, key=missing[0],
                                                                held=", ".join(sorted(f.files)) or "-"))
            x, y = f["x"], f["y"]
    except DatasetError:
        raise
    except (MemoryError, *NPZ_READ_ERRORS) as e:
        raise DatasetError(translate("datasets", "{path}: not a readable .npz ({error}); delete it and "
                                     "download again").format(path=path, error=e)) from e
    return x, y


def load_california_housing(folder: Path) -> Dataset:
    """California housing from Keras's cache folder (keras_datasets_dir()): the same train and test
    sets as keras.datasets.california_housing.load_data(), as float32."""
    path = folder / CALIFORNIA_FILE
    if not path.is_file():
        raise california_missing(folder)
    x, y = read_california(path)
    if x.dtype.kind not in "uif" or y.dtype.kind not in "uif":
        raise DatasetError(translate("datasets", "{path}: x and y must hold numbers, found {x_dtype} and "
                                     "{y_dtype}; delete it and use Download").format(
            path=path, x_dtype=x.dtype, y_dtype=y.dtype))
    x, y = x.astype(np.float32), y.astype(np.float32)
    _check_features(x, y, len(CALIFORNIA_FEATURES), str(path),
                    translate("datasets", "delete the file and use Download"))
    x_tr, y_tr, x_te, y_te = keras_split(x, y, CALIFORNIA_SEED)
    return Dataset("california_housing", california_source(path), x_tr, y_tr, x_te, y_te, [],
                   task="regression", feature_names=list(CALIFORNIA_FEATURES))


def california_counts(path: Path) -> tuple[int, int]:
    """(train, test) sizes of the cached file, reading only its targets."""
    _, y = read_california(path)
    return split_sizes(len(y))


def _check_features(x: np.ndarray, y: np.ndarray, features: int, where: str, advice: str) -> None:
    """Refuse arrays that are not (n, features) measurements with n finite targets; advice says what
    to do (already translated)."""
    if x.ndim != 2 or x.shape[1] != features or y.ndim != 1 or len(x) != len(y) or not len(x):
        raise DatasetError(translate("datasets", "{where}: expected {features} measurements per sample and "
                                     "one target each, found x of shape {x_shape} and y of shape {y_shape}; "
                                     "{advice}").format(where=where, features=features, x_shape=x.shape,
                                                        y_shape=y.shape, advice=advice))
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise DatasetError(translate("datasets", "{where}: contains NaN or infinite values; {advice}").format(
            where=where, advice=advice))
