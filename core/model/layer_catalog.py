"""The layers DigitScope offers, their parameters, defaults and one-sentence help.

This is the single source the builder palette, the property editor, the spec
parser, the Keras builder and the Python exporter all read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, translate

ACTIVATIONS: tuple[str, ...] = (
    "linear", "relu", "sigmoid", "tanh", "softmax", "elu", "selu", "softplus",
    "softsign", "swish", "gelu", "leaky_relu", "relu6", "hard_sigmoid", "exponential",
)
INITIALIZERS: tuple[str, ...] = (
    "glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_uniform",
    "lecun_normal", "random_normal", "random_uniform", "truncated_normal", "orthogonal",
    "zeros", "ones",
)
PADDINGS: tuple[str, ...] = ("valid", "same")
INPUT_DTYPES: tuple[str, ...] = ("float32", "int32")  # int32: word indices for an Embedding


@dataclass(frozen=True)
class Param:
    """One constructor argument of a layer, as the builder edits it.

    kind is one of: "int", "float", "bool", "choice", "pair" (two positive ints,
    like kernel_size), "optional_pair" (a pair or None), "shape" (a tuple of ints).
    """

    name: str
    kind: str
    default: Any
    tooltip: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    required: bool = False  # Keras has no default for it (e.g. Dense units)

    def translated_tooltip(self) -> str:
        """tooltip in the chosen language (tooltip itself stays English: the CLI prints it)."""
        return translate("layer_catalog", self.tooltip)


@dataclass(frozen=True)
class LayerType:
    """A Keras layer class the builder offers."""

    name: str  # the Keras class name, e.g. "MaxPooling2D" (the function for Input)
    base_name: str  # what Keras names its instances: "max_pooling2d", "max_pooling2d_1", ...
    tooltip: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    inputs: str = "one"  # "none" (Input), "one", or "many" (a merge: Add, Concatenate)
    keras_class: str = ""  # the class the summary shows when it is not name (Input -> InputLayer)

    @property
    def class_name(self) -> str:
        """The Keras class of its instances, as model.summary() shows it."""
        return self.keras_class or self.name

    def translated_tooltip(self) -> str:
        """tooltip in the chosen language (tooltip itself stays English: the CLI prints it)."""
        return translate("layer_catalog", self.tooltip)

    def param(self, name: str) -> Param:
        """Return the parameter called name (KeyError if it has none)."""
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        """The parameter values a freshly added layer starts with."""
        return {p.name: p.default for p in self.params}


def _activation(default: str, tip: str) -> Param:
    return Param("activation", "choice", default, tip, choices=ACTIVATIONS)


# Every tooltip is marked for translation here, in the context "layer_catalog" (lupdate needs the
# literal), and translated where it is shown: Param.translated_tooltip, LayerType.translated_tooltip.
_INIT = Param(
    "kernel_initializer", "choice", "glorot_uniform",
    QT_TRANSLATE_NOOP("layer_catalog", "How the weights are set before training starts (he_* suits "
                      "relu, glorot_* suits tanh/sigmoid)."),
    choices=INITIALIZERS,
)
_USE_BIAS = Param("use_bias", "bool", True,
                  QT_TRANSLATE_NOOP("layer_catalog", "Whether each unit adds a learned bias to its output."))
_PADDING = Param(
    "padding", "choice", "valid",
    QT_TRANSLATE_NOOP("layer_catalog", "valid: no border, the output shrinks; same: zero border, the "
                      "output keeps its size (stride 1)."),
    choices=PADDINGS,
)

LAYER_TYPES: dict[str, LayerType] = {
    t.name: t
    for t in (
        LayerType(
            "Dense", "dense",
            QT_TRANSLATE_NOOP("layer_catalog", "A fully connected layer: every unit sees every input value."),
            (
                Param("units", "int", 10,
                      QT_TRANSLATE_NOOP("layer_catalog", "How many neurons (outputs) the layer has."),
                      minimum=1, maximum=10_000_000, required=True),
                _activation("linear", QT_TRANSLATE_NOOP(
                    "layer_catalog", "The function applied to each unit's output (softmax for "
                    "class probabilities, relu for hidden layers).")),
                _INIT,
                _USE_BIAS,
            ),
        ),
        LayerType("Flatten", "flatten",
                  QT_TRANSLATE_NOOP("layer_catalog", "Unrolls an image (e.g. 28×28) into one long vector "
                                    "(784) for Dense layers.")),
        LayerType(
            "Conv2D", "conv2d",
            QT_TRANSLATE_NOOP("layer_catalog", "Slides small learned filters over the image to detect local "
                              "patterns."),
            (
                Param("filters", "int", 32,
                      QT_TRANSLATE_NOOP("layer_catalog", "How many filters, i.e. output channels, to learn."),
                      minimum=1, maximum=100_000, required=True),
                Param("kernel_size", "pair", (3, 3),
                      QT_TRANSLATE_NOOP("layer_catalog", "The height and width of each filter window."),
                      minimum=1, maximum=1000, required=True),
                Param("strides", "pair", (1, 1),
                      QT_TRANSLATE_NOOP("layer_catalog", "How many pixels the filter moves at each step "
                                        "(2 halves the size)."),
                      minimum=1, maximum=1000),
                _PADDING,
                _activation("linear", QT_TRANSLATE_NOOP(
                    "layer_catalog", "The function applied to each feature map value "
                    "(relu is the usual choice).")),
                _INIT,
                _USE_BIAS,
            ),
        ),
        LayerType(
            "MaxPooling2D", "max_pooling2d",
            QT_TRANSLATE_NOOP("layer_catalog", "Keeps the largest value in each window, shrinking the "
                              "feature maps."),
            (
                Param("pool_size", "pair", (2, 2),
                      QT_TRANSLATE_NOOP("layer_catalog", "The height and width of each pooling window."),
                      minimum=1, maximum=1000),
                Param("strides", "optional_pair", None,
                      QT_TRANSLATE_NOOP("layer_catalog", "How far the window moves each step; empty means "
                                        "the same as pool_size."),
                      minimum=1, maximum=1000),
                _PADDING,
            ),
        ),
        LayerType(
            "Dropout", "dropout",
            QT_TRANSLATE_NOOP("layer_catalog", "During training, randomly zeroes a fraction of its inputs to "
                              "fight overfitting."),
            (
                Param("rate", "float", 0.5,
                      QT_TRANSLATE_NOOP("layer_catalog", "The fraction of inputs dropped at each training "
                                        "step, from 0 to below 1."),
                      minimum=0.0, maximum=1.0, required=True),
            ),
        ),
        LayerType(
            "BatchNormalization", "batch_normalization",
            QT_TRANSLATE_NOOP("layer_catalog", "Rescales each channel to mean 0 and variance 1 over the "
                              "batch, which steadies training."),
            (
                Param("momentum", "float", 0.99,
                      QT_TRANSLATE_NOOP("layer_catalog", "How slowly the running mean and variance follow "
                                        "each new batch."),
                      minimum=0.0, maximum=1.0),
                Param("epsilon", "float", 0.001,
                      QT_TRANSLATE_NOOP("layer_catalog", "A small number added to the variance to avoid "
                                        "dividing by zero."),
                      minimum=0.0, maximum=1.0),
            ),
        ),
        LayerType(
            "Activation", "activation",
            QT_TRANSLATE_NOOP("layer_catalog", "Applies an activation function to every value, with no "
                              "weights."),
            # required: Keras's Activation has no default (an exported script must pass it)
            (Param("activation", "choice", "relu", QT_TRANSLATE_NOOP(
                "layer_catalog", "The function applied to every input value."), choices=ACTIVATIONS,
                required=True),),
        ),
        LayerType("ReLU", "re_lu",
                  QT_TRANSLATE_NOOP("layer_catalog", "Replaces negative values by 0 (max(x, 0)); no "
                                    "weights.")),
        LayerType("Softmax", "softmax",
                  QT_TRANSLATE_NOOP("layer_catalog", "Turns the last axis into probabilities that add up to "
                                    "1; no weights.")),
        LayerType(
            "Reshape", "reshape",
            QT_TRANSLATE_NOOP("layer_catalog", "Rearranges the values into a new shape with the same number "
                              "of elements."),
            (
                Param("target_shape", "shape", (28, 28, 1),
                      QT_TRANSLATE_NOOP("layer_catalog", "The new shape without the batch axis; one entry "
                                        "may be -1 (inferred)."),
                      required=True),
            ),
        ),
        # --- the functional API's layers (issue 18): inputs, words, sequences, merges ------------
        LayerType(
            "Input", "input_layer",
            QT_TRANSLATE_NOOP("layer_catalog", "Where data enters a functional model: its shape (without "
                              "the batch axis), its type and its name."),
            (
                Param("shape", "shape", (784,),
                      QT_TRANSLATE_NOOP("layer_catalog", "The shape of one sample, without the batch axis, "
                                        "e.g. 784 or 28, 28, 1."),
                      required=True),
                Param("dtype", "choice", "float32",
                      QT_TRANSLATE_NOOP("layer_catalog", "float32 for measurements and pixels, int32 for "
                                        "word indices going into an Embedding."),
                      choices=INPUT_DTYPES),
            ),
            inputs="none", keras_class="InputLayer",
        ),
        LayerType(
            "Embedding", "embedding",
            QT_TRANSLATE_NOOP("layer_catalog", "Turns each word index into a learned vector: (…, words) "
                              "becomes (…, words, output_dim)."),
            (
                Param("input_dim", "int", 10000,
                      QT_TRANSLATE_NOOP("layer_catalog", "The size of the vocabulary: indices run from 0 to "
                                        "input_dim − 1."),
                      minimum=1, maximum=10_000_000, required=True),
                Param("output_dim", "int", 64,
                      QT_TRANSLATE_NOOP("layer_catalog", "The length of each word's vector."),
                      minimum=1, maximum=100_000, required=True),
            ),
        ),
        *(
            LayerType(
                kind, base,
                tip,
                (
                    Param("units", "int", 32,
                          QT_TRANSLATE_NOOP("layer_catalog", "The size of the state the layer carries from "
                                            "one step of the sequence to the next (its output size)."),
                          minimum=1, maximum=100_000, required=True),
                    _activation("tanh", QT_TRANSLATE_NOOP(
                        "layer_catalog", "The function applied to the new state at each step (tanh is "
                        "usual).")),
                    Param("return_sequences", "bool", False,
                          QT_TRANSLATE_NOOP("layer_catalog", "Off: only the last step's output (None, "
                                            "units); on: every step's (None, timesteps, units), to stack "
                                            "another recurrent layer.")),
                    _USE_BIAS,
                ),
            )
            for kind, base, tip in (
                ("SimpleRNN", "simple_rnn", QT_TRANSLATE_NOOP(
                    "layer_catalog", "Reads a sequence step by step, mixing each step into a state it "
                    "carries along.")),
                ("LSTM", "lstm", QT_TRANSLATE_NOOP(
                    "layer_catalog", "A recurrent layer with gates that decide what to keep and forget, so "
                    "it remembers over long sequences.")),
                ("GRU", "gru", QT_TRANSLATE_NOOP(
                    "layer_catalog", "A recurrent layer like LSTM with fewer gates (and weights).")),
            )
        ),
        LayerType(
            "Concatenate", "concatenate",
            QT_TRANSLATE_NOOP("layer_catalog", "Joins two or more inputs side by side along one axis (the "
                              "last by default): (…, 32) and (…, 5) give (…, 37)."),
            (
                Param("axis", "int", -1,
                      QT_TRANSLATE_NOOP("layer_catalog", "The axis along which the inputs are joined; -1 is "
                                        "the last. The other sizes must match."),
                      minimum=-8, maximum=8),
            ),
            inputs="many",
        ),
        LayerType(
            "Add", "add",
            QT_TRANSLATE_NOOP("layer_catalog", "Adds two or more inputs of the same shape value by value, "
                              "e.g. a residual (skip) connection."),
            inputs="many",
        ),
        LayerType(
            "TimeDistributed", "time_distributed",
            QT_TRANSLATE_NOOP("layer_catalog", "Applies one layer (or a whole model) to every step of a "
                              "sequence with the same weights: (None, steps, …) in, (None, steps, …) out."),
        ),
    )
}

# The layer a new TimeDistributed wraps, until the student chooses another.
TIME_DISTRIBUTED_DEFAULT = "Dense"


def layer_type(name: str) -> LayerType:
    """Look up a layer type by its Keras class name (KeyError if unknown)."""
    return LAYER_TYPES[name]
