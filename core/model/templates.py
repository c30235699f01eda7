"""The models from the course notes, one click each in the builder and by name in the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.spec import CompileSpec, LayerSpec, ModelSpec

L = LayerSpec.new


def N(type_name: str, name: str, inputs: list[str] | str, **params: object) -> LayerSpec:
    """A named layer of a functional model, taking the layers named in inputs."""
    layer = LayerSpec.new(type_name, **params)
    layer.name = name
    layer.inputs = [inputs] if isinstance(inputs, str) else list(inputs)
    return layer


def Inp(name: str, shape: tuple[int, ...], dtype: str = "float32") -> LayerSpec:
    """A named Input row."""
    layer = LayerSpec.new("Input", shape=shape, dtype=dtype)
    layer.name = name
    return layer


def _functional_mlp() -> ModelSpec:
    """The notes' first functional model: Input(784) → Dense 64 → Dense 64 → Dense 10 softmax."""
    return ModelSpec((784,), [
        Inp("input_layer", (784,)),
        N("Dense", "dense", "input_layer", units=64, activation="relu"),
        N("Dense", "dense_1", "dense", units=64, activation="relu"),
        N("Dense", "dense_2", "dense_1", units=10, activation="softmax"),
    ], CompileSpec("rmsprop", 0.001, loss="categorical_crossentropy"), "mnist", "functional", True,
        ["dense_2"])


def _headline() -> ModelSpec:
    """The notes' two-input, two-output model: a headline's words and 5 extra numbers in, the
    main prediction and an auxiliary one (from the LSTM alone) out. Rows in the order Keras lists
    the layers (its summary's)."""
    from core.model.spec import OutputCompile

    binary = "binary_crossentropy"
    return ModelSpec((100,), [
        Inp("main_input", (100,), "int32"),
        N("Embedding", "embedding", "main_input", input_dim=10000, output_dim=512),
        N("LSTM", "lstm", "embedding", units=32),
        Inp("aux_input", (5,)),
        N("Concatenate", "concatenate", ["lstm", "aux_input"]),
        N("Dense", "dense", "concatenate", units=64, activation="relu"),
        N("Dense", "dense_1", "dense", units=64, activation="relu"),
        N("Dense", "dense_2", "dense_1", units=64, activation="relu"),
        N("Dense", "main_output", "dense_2", units=1, activation="sigmoid"),
        N("Dense", "aux_output", "lstm", units=1, activation="sigmoid"),
    ], CompileSpec("rmsprop", 0.001, loss=binary, outputs={
        "main_output": OutputCompile(binary, 1.0, ["accuracy"]),
        "aux_output": OutputCompile(binary, 0.2, ["accuracy"])}),
        "random", "functional", True, ["main_output", "aux_output"])


def _residual_convnet() -> ModelSpec:
    """A small residual network for MNIST: three convolutions, the third one's output added to the
    first one's (the skip connection), then pooling and a softmax."""
    conv = {"filters": 16, "kernel_size": (3, 3), "padding": "same"}
    return ModelSpec((28, 28, 1), [
        Inp("input_layer", (28, 28, 1)),
        N("Conv2D", "conv2d", "input_layer", activation="relu", **conv),
        N("Conv2D", "conv2d_1", "conv2d", activation="relu", **conv),
        N("Conv2D", "conv2d_2", "conv2d_1", **conv),
        N("Add", "add", ["conv2d", "conv2d_2"]),
        N("Activation", "activation", "add", activation="relu"),
        N("MaxPooling2D", "max_pooling2d", "activation", pool_size=(2, 2)),
        N("Flatten", "flatten", "max_pooling2d"),
        N("Dense", "dense", "flatten", units=10, activation="softmax"),
    ], CompileSpec("adam", 0.001), "mnist", "residual_convnet", True, ["dense"])


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
        Template(
            "dummy_binary", QT_TRANSLATE_NOOP("templates", "Yes/no on the notes' dummy data: Dense 32 → 1 "
                                             "sigmoid (100 input)"),
            QT_TRANSLATE_NOOP("templates", "The notes' binary classifier: Dense(32, relu, input_dim=100), "
                              "Dense(1, sigmoid), binary_crossentropy, on random data; RMSprop."),
            lambda: ModelSpec((100,), [L("Dense", units=32, activation="relu"),
                                       L("Dense", units=1, activation="sigmoid")],
                              CompileSpec("rmsprop", 0.001, loss="binary_crossentropy"), "random"),
        ),
        Template(
            "dummy_categorical", QT_TRANSLATE_NOOP("templates", "10 classes on the notes' dummy data: Dense "
                                                  "32 → 10 softmax (100 input)"),
            QT_TRANSLATE_NOOP("templates", "The notes' categorical classifier: Dense(32, relu, "
                              "input_dim=100), Dense(10, softmax), categorical_crossentropy with "
                              "to_categorical labels, on random data; RMSprop."),
            lambda: ModelSpec((100,), [L("Dense", units=32, activation="relu"),
                                       L("Dense", units=10, activation="softmax")],
                              CompileSpec("rmsprop", 0.001, loss="categorical_crossentropy"), "random"),
        ),
        Template(
            "regression_mlp",
            QT_TRANSLATE_NOOP("templates", "Regression MLP: Dense 30 → 1 (10 measurements)"),
            QT_TRANSLATE_NOOP("templates", "The notes' regression MLP (10.2.3): Dense(30, relu), Dense(1) "
                              "with no activation, loss mse, metric mae; standardised inputs; diabetes data "
                              "(offline), or California housing with 8 inputs; SGD."),
            lambda: ModelSpec((10,), [L("Dense", units=30, activation="relu"), L("Dense", units=1)],
                              CompileSpec("sgd", 0.001, loss="mse", metrics=["mae"]), "diabetes"),
        ),
        Template(
            "functional_mlp",
            QT_TRANSLATE_NOOP("templates", "Functional API: Input 784 → Dense 64 → 64 → 10"),
            QT_TRANSLATE_NOOP("templates", "The notes' first functional model: inputs = Input(shape=(784,)), "
                              "each layer called on the one before, Model(inputs, predictions); RMSprop."),
            _functional_mlp,
        ),
        Template(
            "multi_input_output", QT_TRANSLATE_NOOP("templates", "Functional API: two inputs, two outputs "
                                                   "(Embedding, LSTM)"),
            QT_TRANSLATE_NOOP("templates", "The notes' headline model: word indices through an Embedding and "
                              "an LSTM, joined with 5 extra values; a main and an auxiliary sigmoid output, "
                              "loss weights 1.0 and 0.2; random data like the notes'."),
            _headline,
        ),
        Template(
            "residual_convnet", QT_TRANSLATE_NOOP("templates", "Functional API: small residual convnet "
                                                 "(Add skip connection)"),
            QT_TRANSLATE_NOOP("templates", "Three 3×3 convolutions, the third one's output added to the "
                              "first one's (a residual connection), pooling, softmax; Adam on MNIST."),
            _residual_convnet,
        ),
    )
}

DEFAULT_TEMPLATE = "mlp_300_100"


def template(name: str) -> ModelSpec:
    """A fresh spec for the template called name (KeyError if there is none)."""
    return TEMPLATES[name].make()
