"""The yes-or-no image sets (task "binary"), made from a loaded MNIST or Fashion-MNIST by relabelling:

- ``mnist_7``: every MNIST image, labelled 1 for the digit 7 and 0 for any other digit;
- ``fashion_sneaker_boot``: only Fashion-MNIST's sneakers (class 7) and ankle boots (class 9),
  relabelled 0 = Sneaker, 1 = Ankle boot.

The images themselves come from wherever core.data.catalogue finds the base set (it passes the
loaded Dataset in), so these sets are offline exactly when their base set is.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from core.data.dataset import BUILTIN_CLASS_NAMES, FASHION_CLASS_NAMES, Dataset, DatasetError, finish_dataset
from core.i18n import translate

# The set each binary set is made from (Download fetches that one's files).
BINARY_BASES: dict[str, str] = {"mnist_7": "mnist", "fashion_sneaker_boot": "fashion_mnist"}
SEVEN = 7
SNEAKER, ANKLE_BOOT = FASHION_CLASS_NAMES.index("Sneaker"), FASHION_CLASS_NAMES.index("Ankle boot")  # 7, 9


def make_binary(name: str, base: Dataset) -> Dataset:
    """The binary set called name (a BINARY_BASES key) from its loaded base set."""
    if name == "mnist_7":
        return mnist_7(base)
    if name == "fashion_sneaker_boot":
        return sneaker_or_boot(base)
    raise DatasetError(translate("datasets", "unknown yes-or-no dataset {name!r}: known are {known}").format(
        name=name, known=", ".join(BINARY_BASES)))


def binary_count(name: str, labels: np.ndarray) -> int:
    """How many of the base set's images with these labels the binary set called name keeps."""
    labels = np.asarray(labels)
    if name == "fashion_sneaker_boot":
        return int(np.count_nonzero((labels == SNEAKER) | (labels == ANKLE_BOOT)))
    return len(labels)


def mnist_7(mnist: Dataset) -> Dataset:
    """MNIST as "7 or not 7": all its images, label 1 for a 7 and 0 for any other digit."""
    source = translate("datasets", "{source}; relabelled 1 for the digit 7 and 0 for every other digit"
                       ).format(source=mnist.source)
    y_tr = (np.asarray(mnist.y_train) == SEVEN).astype(np.int64)
    y_te = (np.asarray(mnist.y_test) == SEVEN).astype(np.int64)
    return _binary("mnist_7", source, mnist.x_train, y_tr, mnist.x_test, y_te)


def sneaker_or_boot(fashion: Dataset) -> Dataset:
    """Fashion-MNIST's sneakers and ankle boots only: 0 = Sneaker, 1 = Ankle boot."""
    source = translate("datasets", "{source}; only its Sneaker (7) and Ankle boot (9) images, relabelled "
                       "0 = Sneaker, 1 = Ankle boot").format(source=fashion.source)
    parts = []
    for x, y in ((fashion.x_train, fashion.y_train), (fashion.x_test, fashion.y_test)):
        y = np.asarray(y)
        keep = (y == SNEAKER) | (y == ANKLE_BOOT)
        parts += [np.asarray(x)[keep], (y[keep] == ANKLE_BOOT).astype(np.int64)]
    if len(parts[1]) + len(parts[3]) == 0:
        raise DatasetError(translate("datasets", "{source}: holds no Sneaker or Ankle boot images, so "
                                     "there is nothing to tell apart; use Download for the full "
                                     "Fashion-MNIST").format(source=fashion.source))
    return _binary("fashion_sneaker_boot", source, *parts)


def _binary(name: str, source: str, x_tr: np.ndarray, y_tr: np.ndarray, x_te: np.ndarray,
            y_te: np.ndarray) -> Dataset:
    d = finish_dataset(name, source, np.asarray(x_tr), y_tr, np.asarray(x_te), y_te,
                       BUILTIN_CLASS_NAMES[name])
    return dataclasses.replace(d, task="binary")
