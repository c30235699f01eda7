"""The shape rules of each layer type, as Keras 3 computes them: (layer, input shape, the type of the
layer it comes from) -> (output shape, trainable parameters, non-trainable parameters), or
LayerError saying what to change. Merge layers (Add, Concatenate) take a list of input shapes.
core.model.shapes walks a model with them; tests compare them with real Keras layers.
"""

from __future__ import annotations

import math

from core.i18n import translate
from core.model.spec import LayerSpec

Shape = tuple[int, ...]  # without the batch axis


class LayerError(Exception):
    """Raised inside a shape rule; becomes a Problem on that row."""

    def __init__(self, message: str, keras_refuses: bool = True, rank: bool = False):
        super().__init__(message)
        self.keras_refuses = keras_refuses
        self.rank = rank  # the input has the wrong number of axes for the layer


def format_shape(shape: Shape | None) -> str:
    """Keras's way: (None, 26, 26, 32). '?' when unknown."""
    if shape is None:
        return "?"
    return "(" + ", ".join(["None", *(str(d) for d in shape)]) + ")"


def _dense(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    units = layer.params["units"]
    if units < 1:
        raise LayerError(translate("shapes", "units must be at least 1 (got {units}); set how many "
                                   "neurons it has").format(units=units))
    bias = units if layer.params.get("use_bias", True) else 0
    return (*shape[:-1], units), shape[-1] * units + bias, 0


def _flatten(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    return (math.prod(shape),), 0, 0


def _image_input(layer: LayerSpec, shape: Shape, prev: str) -> tuple[int, int, int]:
    if len(shape) == 3:
        return shape  # type: ignore[return-value]
    got = format_shape(shape)
    if prev == "Flatten":
        message = translate("shapes", "needs an image (None, height, width, channels) but gets {got}; "
                            "it comes after Flatten, which turned the image into a vector: move it "
                            "above Flatten")
    elif len(shape) == 1:
        message = translate("shapes", "needs an image (None, height, width, channels) but gets {got}; "
                            "the input is a flat vector: use an image input like 28×28×1")
    elif len(shape) == 2:
        message = translate("shapes", "needs an image (None, height, width, channels) but gets {got}; "
                            "add the channel axis: input {height}×{width}×1, or a "
                            "Reshape(({height}, {width}, 1)) above it")
    else:
        message = translate("shapes", "needs an image (None, height, width, channels) but gets {got}; "
                            "reshape its input to (height, width, channels)")
    height, width = (shape[0], shape[1]) if len(shape) == 2 else (0, 0)
    raise LayerError(message.format(got=got, height=height, width=width), rank=True)


def _window_out(size: int, window: int, stride: int, padding: str) -> int:
    if padding == "same":
        return -(-size // stride)  # ceil
    return (size - window) // stride + 1


def _check_pair(value: tuple[int, int], what: str) -> None:
    if min(value) < 1:
        raise LayerError(translate("shapes", "{param} must be at least 1×1 (got {height}×{width})")
                         .format(param=what, height=value[0], width=value[1]))


def _conv2d(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    p = layer.params
    filters = p["filters"]
    if filters < 1:
        raise LayerError(translate("shapes", "filters must be at least 1 (got {filters})")
                         .format(filters=filters))
    _check_pair(p["kernel_size"], "kernel_size")
    _check_pair(p["strides"], "strides")
    h, w, c = _image_input(layer, shape, prev)
    (kh, kw), (sh, sw) = p["kernel_size"], p["strides"]
    oh, ow = _window_out(h, kh, sh, p["padding"]), _window_out(w, kw, sw, p["padding"])
    if oh < 1 or ow < 1:
        raise LayerError(translate("shapes", "its {kh}×{kw} kernel is larger than its {h}×{w} input; use "
                                   "a smaller kernel_size, padding='same', or fewer pooling layers "
                                   "above it").format(kh=kh, kw=kw, h=h, w=w))
    bias = filters if p.get("use_bias", True) else 0
    return (oh, ow, filters), kh * kw * c * filters + bias, 0


def _max_pooling2d(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    p = layer.params
    pool = p["pool_size"]
    strides = p["strides"] or pool
    _check_pair(pool, "pool_size")
    _check_pair(strides, "strides")
    h, w, c = _image_input(layer, shape, prev)
    oh = _window_out(h, pool[0], strides[0], p["padding"])
    ow = _window_out(w, pool[1], strides[1], p["padding"])
    if oh < 1 or ow < 1:
        raise LayerError(translate("shapes", "its {ph}×{pw} pool is larger than its {h}×{w} input; use "
                                   "a smaller pool_size, padding='same', or remove a pooling layer")
                         .format(ph=pool[0], pw=pool[1], h=h, w=w))
    return (oh, ow, c), 0, 0


def _dropout(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    rate = layer.params["rate"]
    if not 0 <= rate <= 1:
        raise LayerError(translate("shapes", "rate must be from 0 to below 1 (got {rate}); 0.2–0.5 is "
                                   "usual").format(rate=rate))
    if rate == 1:
        raise LayerError(translate("shapes", "rate 1 drops every value, so nothing can be learned; use "
                                   "0.2–0.5"), keras_refuses=False)
    return shape, 0, 0


def _batch_norm(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    p = layer.params
    if p["epsilon"] <= 0:
        raise LayerError(translate("shapes", "epsilon must be above 0 (got {epsilon}); 0.001 is usual")
                         .format(epsilon=p["epsilon"]), keras_refuses=False)
    if not 0 <= p["momentum"] <= 1:
        raise LayerError(translate("shapes", "momentum must be from 0 to 1 (got {momentum}); 0.99 is "
                                   "usual").format(momentum=p["momentum"]), keras_refuses=False)
    c = shape[-1]
    return shape, 2 * c, 2 * c  # gamma, beta learned; moving mean and variance are not


def _same_shape(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    return shape, 0, 0


def _reshape(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    target = tuple(layer.params["target_shape"])
    total = math.prod(shape)
    if target.count(-1) > 1:
        raise LayerError(translate("shapes", "target_shape {target} has more than one -1; at most one "
                                   "size can be inferred").format(target=target))
    if any(d == 0 or d < -1 for d in target):
        raise LayerError(translate("shapes", "target_shape {target} may only hold positive sizes and one "
                                   "-1").format(target=target))
    known = math.prod(d for d in target if d != -1)
    if -1 in target:
        if total % known:
            raise LayerError(translate("shapes", "cannot fit {total} values into {target}: {total} is not "
                                       "a multiple of {known}").format(total=total, target=target,
                                                                       known=known))
        target = tuple(total // known if d == -1 else d for d in target)
    elif known != total:
        raise LayerError(translate("shapes", "target_shape {target} holds {known} values but its input "
                                   "{input} has {total}; the sizes must multiply to {total}").format(
            target=target, known=known, input=format_shape(shape), total=total))
    return target, 0, 0


def input_shape_of(layer: LayerSpec) -> Shape:
    """An Input row's shape, checked."""
    shape = tuple(layer.params["shape"])
    if not shape or any(d < 1 for d in shape):
        raise LayerError(translate("shapes", "shape {shape} must hold only positive sizes, e.g. 784 or 28, "
                                   "28, 1").format(shape=shape))
    return shape


def _embedding(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    p = layer.params
    for name in ("input_dim", "output_dim"):
        if p[name] < 1:
            raise LayerError(translate("shapes", "{param} must be at least 1 (got {value})").format(
                param=name, value=p[name]))
    return (*shape, p["output_dim"]), p["input_dim"] * p["output_dim"], 0


# weight blocks per recurrent layer: one kernel, recurrent kernel and bias per gate
_GATES = {"SimpleRNN": 1, "LSTM": 4, "GRU": 3}


def _recurrent(layer: LayerSpec, shape: Shape, prev: str) -> tuple[Shape, int, int]:
    p = layer.params
    units = p["units"]
    if units < 1:
        raise LayerError(translate("shapes", "units must be at least 1 (got {units})").format(units=units))
    if len(shape) != 2:
        got = format_shape(shape)
        if len(shape) == 1:
            message = translate("shapes", "needs a sequence (None, timesteps, features) but gets {got}; put "
                                "an Embedding before it for word indices, or a Reshape to (timesteps, "
                                "features)")
        else:
            message = translate("shapes", "needs a sequence (None, timesteps, features) but gets {got}; "
                                "Reshape it to (timesteps, features), e.g. an image's rows as timesteps")
        raise LayerError(message.format(got=got))
    timesteps, features = shape
    gates = _GATES[layer.type]
    bias = 0
    if p.get("use_bias", True):
        bias = 2 * gates * units if layer.type == "GRU" else gates * units  # GRU: reset_after's 2 biases
    params = gates * units * (features + units) + bias
    return ((timesteps, units) if p["return_sequences"] else (units,)), params, 0


_RULES = {
    "Dense": _dense, "Flatten": _flatten, "Conv2D": _conv2d, "MaxPooling2D": _max_pooling2d,
    "Dropout": _dropout, "BatchNormalization": _batch_norm, "Activation": _same_shape,
    "ReLU": _same_shape, "Softmax": _same_shape, "Reshape": _reshape, "Embedding": _embedding,
    "SimpleRNN": _recurrent, "LSTM": _recurrent, "GRU": _recurrent,
}


def rule(type_name: str):  # type: ignore[no-untyped-def]
    """The shape rule of a one-input layer type (KeyError for Input, merges, TimeDistributed)."""
    return _RULES[type_name]


def _too_few(layer: LayerSpec, shapes: list[Shape]) -> None:
    if len(shapes) < 2:
        raise LayerError(translate("shapes", "{type} joins two or more layers but is connected to {count}; "
                                   "connect it to the branches it merges").format(
            type=layer.type, count=len(shapes)), keras_refuses=False)


def _concatenate(layer: LayerSpec, shapes: list[Shape]) -> tuple[Shape, int, int]:
    _too_few(layer, shapes)
    rank = len(shapes[0])
    listed = ", ".join(format_shape(s) for s in shapes)
    if any(len(s) != rank for s in shapes):
        raise LayerError(translate("shapes", "its inputs {shapes} have different numbers of axes; "
                                   "Flatten or Reshape them to match").format(shapes=listed))
    axis = layer.params["axis"] % (rank + 1)  # Keras counts the batch axis
    if not -(rank + 1) <= layer.params["axis"] <= rank or axis == 0:
        raise LayerError(translate("shapes", "axis {axis} is not one of its inputs' axes (1 to {rank}, or -1 "
                                   "for the last)").format(axis=layer.params["axis"], rank=rank),
                         keras_refuses=False)
    k = axis - 1
    rest = {s[:k] + s[k + 1:] for s in shapes}
    if len(rest) != 1:
        raise LayerError(translate("shapes", "its inputs {shapes} must have the same sizes except on the "
                                   "axis they are joined along ({axis}); change the layers above so the "
                                   "other sizes match").format(shapes=listed, axis=layer.params["axis"]))
    out = list(shapes[0])
    out[k] = sum(s[k] for s in shapes)
    return tuple(out), 0, 0


def _add(layer: LayerSpec, shapes: list[Shape]) -> tuple[Shape, int, int]:
    _too_few(layer, shapes)
    out = shapes[0]
    for other in shapes[1:]:
        if len(other) != len(out):
            raise LayerError(translate("shapes", "adds {first} and {second}, which have different numbers of "
                                       "axes; Add needs inputs of the same shape").format(
                first=format_shape(out), second=format_shape(other)), keras_refuses=False)
        merged = []
        for a, b in zip(out, other, strict=True):
            if a != b and 1 not in (a, b):
                raise LayerError(translate("shapes", "cannot add {first} and {second}: Add needs inputs of "
                                           "the same shape; change the units or filters of one branch (e.g. "
                                           "a 1×1 Conv2D or a Dense on the shortcut)").format(
                    first=format_shape(out), second=format_shape(other)))
            merged.append(b if a == 1 else a)
        out = tuple(merged)
    return out, 0, 0


MERGE_RULES = {"Concatenate": _concatenate, "Add": _add}


