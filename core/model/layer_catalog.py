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

    name: str  # the Keras class name, e.g. "MaxPooling2D"
    base_name: str  # what Keras names its instances: "max_pooling2d", "max_pooling2d_1", ...
    tooltip: str
    params: tuple[Param, ...] = field(default_factory=tuple)

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
            (_activation("relu", QT_TRANSLATE_NOOP("layer_catalog",
                                                   "The function applied to every input value.")),),
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
    )
}


def layer_type(name: str) -> LayerType:
    """Look up a layer type by its Keras class name (KeyError if unknown)."""
    return LAYER_TYPES[name]
