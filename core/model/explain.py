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
        "Input": translate("explain", "Where the data comes in: its output is the shape you give it, with "
                                      "the batch axis None in front."),
        "Embedding": translate("explain", "Each index becomes a vector of output_dim values: (…, words) "
                                          "becomes (…, words, output_dim)."),
        "SimpleRNN": _recurrent_rule(),
        "LSTM": _recurrent_rule(),
        "GRU": _recurrent_rule(),
        "Concatenate": translate("explain", "The inputs side by side along the axis: its sizes add up, the "
                                            "other sizes must match."),
        "Add": translate("explain", "The inputs added value by value: they must have the same shape, "
                                    "which the output keeps."),
        "TimeDistributed": translate("explain", "The wrapped layer (or model) runs on every step: (None, "
                                                "steps, …) becomes (None, steps, what it gives for one "
                                                "step)."),
    }
    return rules.get(type_name, "")


def _recurrent_rule() -> str:
    return translate("explain", "A sequence (None, timesteps, features) becomes the last step's state "
                                "(None, units), or every step's (None, timesteps, units) with "
                                "return_sequences.")


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
        "Embedding": translate("explain", "Param # = input_dim × output_dim: one vector per word index."),
        "SimpleRNN": translate("explain", "Param # = units × (features + units) + units: input weights, "
                                          "weights from the previous state, biases."),
        "LSTM": translate("explain", "Param # = 4 × (units × (features + units) + units): the same as a "
                                     "SimpleRNN for each of its 4 gates."),
        "GRU": translate("explain", "Param # = 3 × (units × (features + units) + 2 × units): 3 gates, each "
                                    "with two biases (Keras's reset_after)."),
        "TimeDistributed": translate("explain", "Param # = the wrapped layer's (or model's) own: the same "
                                                "weights serve every step."),
    }
    return formulas.get(type_name, translate("explain", "Param # = 0: this layer has no weights to learn."))


def _input_shape(info: ModelInfo, index: int) -> tuple[int, ...] | None:
    row = info.rows[index]
    if row.input_shapes:
        return row.input_shapes[0]
    if info.functional:
        return row.output_shape if row.type == "Input" else None
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
    if layer.type == "Embedding":
        return translate("explain", "{words:,} words × {size:,} values = {total:,}").format(
            words=p["input_dim"], size=p["output_dim"], total=row.params)
    if layer.type in ("SimpleRNN", "LSTM", "GRU"):
        gates = {"SimpleRNN": 1, "LSTM": 4, "GRU": 3}[layer.type]
        biases = (2 if layer.type == "GRU" else 1) * p["units"] if bias else 0
        return translate("explain", "{gates} × ({units:,} units × ({features:,} features + {units:,}) + "
                                    "{biases:,} biases) = {total:,}").format(
            gates=gates, units=p["units"], features=shape[-1], biases=biases, total=row.params)
    if layer.type == "TimeDistributed":
        return translate("explain", "the wrapped layer's {total:,}, shared by every step").format(
            total=row.params)
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
    inputs = " + ".join(format_shape(s) for s in row.input_shapes) if len(row.input_shapes) > 1 \
        else format_shape(shape)
    line = f"{inputs} → {format_shape(row.output_shape)}"
    if layer.type in ("Conv2D", "MaxPooling2D") and len(shape) == 3:
        p = layer.params
        window = p["kernel_size"] if layer.type == "Conv2D" else p["pool_size"]
        strides = p["strides"] or window
        line += translate("explain", "; height {h}, width {w}").format(
            h=_side(shape[0], window[0], strides[0], p["padding"]),
            w=_side(shape[1], window[1], strides[1], p["padding"]))
    return line
