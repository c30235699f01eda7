"""The models from the course notes, one click each in the builder and by name in the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.spec import CompileSpec, LayerSpec, ModelSpec

L = LayerSpec.new


@dataclass(frozen=True)
class Template:
    """A named starting model."""

    name: str
    title: str
    description: str
    make: Callable[[], ModelSpec]

    # title and description stay English (the CLI lists them); the window shows these.
    def translated_title(self) -> str:
        return translate("templates", self.title)

    def translated_description(self) -> str:
        return translate("templates", self.description)


def _sgd() -> CompileSpec:
    return CompileSpec("sgd", 0.01)


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template(
            "mlp_50", QT_TRANSLATE_NOOP("templates", "Dense 50 → 10 (784 input)"),
            QT_TRANSLATE_NOOP("templates", "The smallest MLP: a flattened 784-pixel input, 50 relu units, "
                              "10 softmax outputs; SGD."),
            lambda: ModelSpec((784,), [L("Dense", units=50, activation="relu"),
                                       L("Dense", units=10, activation="softmax")], _sgd()),
        ),
        Template(
            "mlp_512", QT_TRANSLATE_NOOP("templates", "Dense 512 → 10 (784 input)"),
            QT_TRANSLATE_NOOP("templates", "The classic Keras MNIST MLP: 784 inputs, 512 relu units, 10 "
                              "softmax outputs; RMSprop."),
            lambda: ModelSpec((784,), [L("Dense", units=512, activation="relu"),
                                       L("Dense", units=10, activation="softmax")],
                              CompileSpec("rmsprop", 0.001)),
        ),
        Template(
            "mlp_300_100", QT_TRANSLATE_NOOP("templates", "Flatten → Dense 300 → 100 → 10 (28×28)"),
            QT_TRANSLATE_NOOP("templates", "The notes' image classifier: Flatten a 28×28 image, two relu "
                              "layers, softmax; SGD."),
            lambda: ModelSpec((28, 28), [L("Flatten"),
                                         L("Dense", units=300, activation="relu"),
                                         L("Dense", units=100, activation="relu"),
                                         L("Dense", units=10, activation="softmax")], _sgd()),
        ),
        Template(
            "conv_128", QT_TRANSLATE_NOOP("templates", "Conv2D 128 (2×2) → MaxPool → Dense 10 (28×28×1)"),
            QT_TRANSLATE_NOOP("templates", "One wide convolution, 2×2 pooling, Flatten, softmax; Adam."),
            lambda: ModelSpec((28, 28, 1), [
                L("Conv2D", filters=128, kernel_size=(2, 2), activation="relu"),
                L("MaxPooling2D", pool_size=(2, 2)),
                L("Flatten"),
                L("Dense", units=10, activation="softmax")], CompileSpec("adam", 0.001)),
        ),
        Template(
            "small_convnet",
            QT_TRANSLATE_NOOP("templates", "Small convnet: Conv 32 → Conv 64 → Dropout → Dense 10"),
            QT_TRANSLATE_NOOP("templates", "Two 3×3 relu convolutions with max pooling, Dropout 0.5, "
                              "softmax; Adam."),
            lambda: ModelSpec((28, 28, 1), [
                L("Conv2D", filters=32, kernel_size=(3, 3), activation="relu"),
                L("MaxPooling2D", pool_size=(2, 2)),
                L("Conv2D", filters=64, kernel_size=(3, 3), activation="relu"),
                L("MaxPooling2D", pool_size=(2, 2)),
                L("Flatten"),
                L("Dropout", rate=0.5),
                L("Dense", units=10, activation="softmax")], CompileSpec("adam", 0.001)),
        ),
    )
}

DEFAULT_TEMPLATE = "mlp_300_100"


def template(name: str) -> ModelSpec:
    """A fresh spec for the template called name (KeyError if there is none)."""
    return TEMPLATES[name].make()
