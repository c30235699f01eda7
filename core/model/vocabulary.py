"""What a model description may name: optimizers, losses, metrics and the datasets a model can be
built for (with their task), as DigitScope and Keras spell them."""

from __future__ import annotations

from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, translate

OPTIMIZERS: dict[str, float] = {  # name -> Keras's default learning rate
    "sgd": 0.01, "rmsprop": 0.001, "adam": 0.001, "adamw": 0.001, "adagrad": 0.001,
    "adadelta": 0.001, "adamax": 0.001, "nadam": 0.001,
}
OPTIMIZER_CLASSES: dict[str, str] = {
    "sgd": "SGD", "rmsprop": "RMSprop", "adam": "Adam", "adamw": "AdamW", "adagrad": "Adagrad",
    "adadelta": "Adadelta", "adamax": "Adamax", "nadam": "Nadam",
}
OPTIMIZERS_WITH_MOMENTUM = ("sgd", "rmsprop")
LOSSES: tuple[str, ...] = (
    "sparse_categorical_crossentropy", "categorical_crossentropy", "binary_crossentropy", "mse", "mae",
)
METRICS: tuple[str, ...] = ("accuracy", "mae")
REGRESSION_LOSSES = ("mse", "mae")
# The datasets a model can be built for. task: "classes" (one of several classes: softmax),
# "binary" (yes or no: one sigmoid unit), "regression" (a number), "any" (random data shaped for
# whatever the model takes and gives, like the notes' np.random examples).
DATASETS: dict[str, dict[str, Any]] = {
    "mnist": {"input_shape": (28, 28, 1), "classes": 10, "task": "classes",
              "title": QT_TRANSLATE_NOOP("spec", "MNIST digits")},
    "fashion_mnist": {"input_shape": (28, 28, 1), "classes": 10, "task": "classes",
                      "title": QT_TRANSLATE_NOOP("spec", "Fashion-MNIST")},
    "cifar10": {"input_shape": (32, 32, 3), "classes": 10, "task": "classes",
                "title": QT_TRANSLATE_NOOP("spec", "CIFAR-10")},
    "mnist_7": {"input_shape": (28, 28, 1), "classes": 2, "task": "binary",
                "title": QT_TRANSLATE_NOOP("spec", "MNIST: 7 or not 7")},
    "fashion_sneaker_boot": {"input_shape": (28, 28, 1), "classes": 2, "task": "binary",
                             "title": QT_TRANSLATE_NOOP("spec", "Fashion-MNIST: sneaker or ankle boot")},
    "diabetes": {"input_shape": (10,), "task": "regression",
                 "title": QT_TRANSLATE_NOOP("spec", "Diabetes progression (regression)")},
    "california_housing": {"input_shape": (8,), "task": "regression",
                           "title": QT_TRANSLATE_NOOP("spec", "California housing prices (regression)")},
    "random": {"task": "any", "title": QT_TRANSLATE_NOOP("spec", "Random data like the notes")},
}
IMAGE_DATASETS = tuple(k for k, d in DATASETS.items() if d["task"] in ("classes", "binary"))


def dataset_task(key: str) -> str:
    """"classes", "binary", "regression" or "any" (random data) for a DATASETS key."""
    return str(DATASETS.get(key, DATASETS["mnist"])["task"])


def dataset_title(key: str) -> str:
    """The title of DATASETS[key] in the chosen language (the "title" itself stays English)."""
    return translate("spec", DATASETS[key]["title"])
