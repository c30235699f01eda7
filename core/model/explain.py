"""What each layer does to the shape and where its Param # comes from, in words and in numbers:
the builder's "What does this do?" box and the tooltip of each Param # cell.

The general rules (shape_rule, param_formula) are per layer type; the worked versions
(shape_working, params_working) put the layer's own numbers in, matching core.model.shapes.
"""

from __future__ import annotations

from core.i18n import translate
from core.model.shapes import LayerRow, ModelInfo, format_shape
from core.model.spec import LayerSpec, ModelSpec


def shape_rule(type_name: str) -> str:
    """How the layer turns its input shape into its output shape, in general."""
    rules = {
        "Dense": translate("explain", "Only the last axis changes: (…, inputs) becomes (…, units)."),
        "Flatten": translate("explain", "All values in one row: (height, width, channels) becomes "
                                        "(height × width × channels,)."),
        "Conv2D": translate("explain", "Each side: padding='valid' gives ⌊(size − kernel) / stride⌋ + 1, "
                                       "padding='same' gives ⌈size / stride⌉; the channels become filters."),
        "MaxPooling2D": translate("explain", "Each side: padding='valid' gives ⌊(size − pool) / stride⌋ + 1, "
                                             "padding='same' gives ⌈size / stride⌉ (strides default to "
                                             "pool_size); the channels stay."),
        "Dropout": translate("explain", "The shape stays: during training a random fraction rate of the "
                                        "values is set to 0 (and the rest scaled up); when predicting "
                                        "nothing is dropped."),
        "BatchNormalization": translate("explain", "The shape stays: each channel is normalised to mean 0 "
                                                   "and standard deviation 1, then scaled and shifted."),
        "Activation": translate("explain", "The shape stays: the function is applied to every value."),
        "ReLU": translate("explain", "The shape stays: negative values become 0."),
        "Softmax": translate("explain", "The shape stays: the last axis becomes probabilities that add "
                                        "up to 1."),
        "Reshape": translate("explain", "The same values in a new shape: the sizes must multiply to the "
                                        "same total (one size may be -1: worked out)."),
    }
    return rules.get(type_name, "")


def param_formula(type_name: str) -> str:
    """How Param # is computed for the layer type, in general."""
    formulas = {
        "Dense": translate("explain", "Param # = inputs × units + units (one weight per input and unit, "
                                      "one bias per unit)."),
        "Conv2D": translate("explain", "Param # = (kernel height × kernel width × input channels + 1) × "
                                       "filters (one weight per kernel cell and input channel, one bias "
                                       "per filter)."),
        "BatchNormalization": translate("explain", "Param # = 4 × channels: gamma and beta are learned; the "
                                                   "moving mean and variance are counted but not trained."),
    }
    return formulas.get(type_name, translate("explain", "Param # = 0: this layer has no weights to learn."))


def _input_shape(info: ModelInfo, index: int) -> tuple[int, ...] | None:
    return info.input_shape if index == 0 else info.rows[index - 1].output_shape


def params_working(spec: ModelSpec, info: ModelInfo, index: int) -> str:
    """Param # of row index with its own numbers: '784 inputs × 300 units + 300 biases = 235,500'."""
    layer: LayerSpec = spec.layers[index]
    row: LayerRow = info.rows[index]
    shape = _input_shape(info, index)
    if row.output_shape is None or shape is None:
        return translate("explain", "Fix this layer (or one above it) to see its parameters.")
    p = layer.params
    bias = p.get("use_bias", True)
    if layer.type == "Dense":
        if bias:
            text = translate("explain", "{inputs:,} inputs × {units:,} units + {units:,} biases = {total:,}")
        else:
            text = translate("explain", "{inputs:,} inputs × {units:,} units = {total:,} (no biases)")
        return text.format(inputs=shape[-1], units=p["units"], total=row.params)
    if layer.type == "Conv2D":
        (kh, kw), c = p["kernel_size"], shape[-1]
        text = (translate("explain", "({kh} × {kw} × {c} input channels + 1 bias) × {filters:,} filters = "
                                     "{total:,}") if bias else
                translate("explain", "{kh} × {kw} × {c} input channels × {filters:,} filters = {total:,} "
                                     "(no biases)"))
        return text.format(kh=kh, kw=kw, c=c, filters=p["filters"], total=row.params)
    if layer.type == "BatchNormalization":
        return translate("explain", "4 × {c:,} channels = {total:,} ({half:,} trained: gamma and beta; "
                                    "{half:,} not trained: moving mean and variance)").format(
            c=shape[-1], total=row.params, half=row.params // 2)
    return translate("explain", "0: {type} has no weights").format(type=layer.type)


def _side(size: int, window: int, stride: int, padding: str) -> str:
    if padding == "same":
        return f"⌈{size} / {stride}⌉ = {-(-size // stride)}"
    return f"⌊({size} − {window}) / {stride}⌋ + 1 = {(size - window) // stride + 1}"


def shape_working(spec: ModelSpec, info: ModelInfo, index: int) -> str:
    """The layer's input → output shape, with the arithmetic for convolution and pooling."""
    layer = spec.layers[index]
    row = info.rows[index]
    shape = _input_shape(info, index)
    if row.output_shape is None or shape is None:
        return translate("explain", "Fix this layer (or one above it) to see its output shape.")
    line = f"{format_shape(shape)} → {format_shape(row.output_shape)}"
    if layer.type in ("Conv2D", "MaxPooling2D") and len(shape) == 3:
        p = layer.params
        window = p["kernel_size"] if layer.type == "Conv2D" else p["pool_size"]
        strides = p["strides"] or window
        line += translate("explain", "; height {h}, width {w}").format(
            h=_side(shape[0], window[0], strides[0], p["padding"]),
            w=_side(shape[1], window[1], strides[1], p["padding"]))
    return line
