"""Output shapes, parameter counts and refusals of a ModelSpec, computed without TensorFlow.

The rules are Keras 3's own (tests compare them with real Keras models, layer by
layer, over hundreds of random stacks). A layer Keras would refuse gets an error
naming the layer and saying how to fix it; layers after it get no shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from core.i18n import translate
from core.model.layer_catalog import layer_type
from core.model.spec import LayerSpec, ModelSpec

Shape = tuple[int, ...]  # without the batch axis


@dataclass
class Problem:
    """Something wrong with a layer or the model, phrased for the student."""

    message: str
    severity: str = "error"  # "error": cannot build or train; "warning": will misbehave later
    # False for the few values Keras itself accepts but DigitScope refuses as meaningless
    # (Dropout rate 1, epsilon <= 0): the tests compare the rest with Keras's refusals.
    keras_refuses: bool = True


@dataclass
class LayerRow:
    """One row of the summary: what Keras's model.summary() prints, plus problems."""

    index: int
    name: str
    type: str
    output_shape: Shape | None  # None: unknown because this or an earlier layer is in error
    params: int = 0
    trainable: int = 0
    non_trainable: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def error(self) -> Problem | None:
        return next((p for p in self.problems if p.severity == "error"), None)


@dataclass
class ModelInfo:
    """The analysed model: rows, totals and whatever is wrong."""

    rows: list[LayerRow]
    input_shape: Shape

    @property
    def trainable(self) -> int:
        return sum(r.trainable for r in self.rows)

    @property
    def non_trainable(self) -> int:
        return sum(r.non_trainable for r in self.rows)

    @property
    def total(self) -> int:
        return self.trainable + self.non_trainable

    @property
    def output_shape(self) -> Shape | None:
        return self.rows[-1].output_shape if self.rows else self.input_shape

    @property
    def errors(self) -> list[tuple[LayerRow, Problem]]:
        return [(r, p) for r in self.rows for p in r.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        """True when Keras can build the model (warnings allowed)."""
        return not self.errors


class LayerError(Exception):
    """Raised inside a shape rule; becomes a Problem on that row."""

    def __init__(self, message: str, keras_refuses: bool = True):
        super().__init__(message)
        self.keras_refuses = keras_refuses


def format_shape(shape: Shape | None) -> str:
    """Keras's way: (None, 26, 26, 32). '?' when unknown."""
    if shape is None:
        return "?"
    return "(" + ", ".join(["None", *(str(d) for d in shape)]) + ")"


def layer_names(spec: ModelSpec) -> list[str]:
    """The names Keras gives the layers: user names kept, others dense, dense_1, ..."""
    counters: dict[str, int] = {}
    names = []
    for layer in spec.layers:
        if layer.name:
            names.append(layer.name)
            continue
        base = layer_type(layer.type).base_name
        k = counters.get(base, 0)
        counters[base] = k + 1
        names.append(base if k == 0 else f"{base}_{k}")
    return names


def analyze_shapes(spec: ModelSpec) -> ModelInfo:
    """Walk the layers, computing each output shape and parameter count."""
    info = ModelInfo([], tuple(spec.input_shape))
    shape: Shape | None = tuple(spec.input_shape)
    names = layer_names(spec)
    seen: set[str] = set()
    prev_type = "Input"
    for i, (layer, name) in enumerate(zip(spec.layers, names, strict=True)):
        row = LayerRow(i, name, layer.type, None)
        info.rows.append(row)
        name_problem = _check_name(name, seen)
        seen.add(name)
        if name_problem:
            row.problems.append(Problem(name_problem))
        if shape is None:
            continue
        try:
            out, trainable, non_trainable = _RULES[layer.type](layer, shape, prev_type)
        except LayerError as e:
            row.problems.append(Problem(f"{name} ({layer.type}): {e}",
                                        keras_refuses=e.keras_refuses))
            shape = None
            continue
        row.output_shape, row.trainable, row.non_trainable = out, trainable, non_trainable
        row.params = trainable + non_trainable
        shape = out if not row.error else None
        prev_type = layer.type
    return info


def _check_name(name: str, seen: set[str]) -> str | None:
    if "/" in name:
        return translate("shapes", "{name}: a layer name cannot contain '/'; rename it").format(name=name)
    if name in seen:
        return translate("shapes", "{name}: two layers are named '{name}'; Keras needs unique names — "
                         "rename one").format(name=name)
    return None


# --- one rule per layer type: (layer, input shape, previous type) -> (shape, trainable, fixed)
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
    raise LayerError(message.format(got=got, height=height, width=width))


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


_RULES = {
    "Dense": _dense, "Flatten": _flatten, "Conv2D": _conv2d, "MaxPooling2D": _max_pooling2d,
    "Dropout": _dropout, "BatchNormalization": _batch_norm, "Activation": _same_shape,
    "ReLU": _same_shape, "Softmax": _same_shape, "Reshape": _reshape,
}


def weight_shapes(spec: ModelSpec) -> list[Shape] | None:
    """The shapes of the model's weights in get_weights() order (kernel, bias; BatchNormalization's
    gamma, beta, moving mean and variance), worked out without Keras; None when it cannot be built."""
    info = analyze_shapes(spec)
    if not info.ok:
        return None
    shapes: list[Shape] = []
    for layer, row in zip(spec.layers, info.rows, strict=True):
        before = info.rows[row.index - 1].output_shape if row.index else info.input_shape
        assert before is not None  # the model builds: every row has a shape
        p = layer.params
        if layer.type == "Dense":
            shapes.append((before[-1], p["units"]))
        elif layer.type == "Conv2D":
            channels = before[-1] if len(before) == 3 else 1  # a 28×28 input gets its channel axis
            shapes.append((*p["kernel_size"], channels, p["filters"]))
        elif layer.type == "BatchNormalization":
            shapes += [(before[-1],)] * 4
        if layer.type in ("Dense", "Conv2D") and p.get("use_bias", True):
            shapes.append((shapes[-1][-1],))
    return shapes


def weights_mismatch(spec: ModelSpec, weights: list) -> str | None:
    """Why weights (arrays) do not belong to spec's model, naming both; None when they fit."""
    expected = weight_shapes(spec)
    got = [tuple(int(d) for d in w.shape) for w in weights]
    if expected is None or got == expected:
        return None

    def listed(shapes: list) -> str:
        text = ", ".join(str(s) for s in shapes[:6])
        return text + (", …" if len(shapes) > 6 else "")

    return translate("shapes", "the weights do not fit the model: it has {n} weight arrays ({expected}), "
                     "the weights are {m} ({got})").format(n=len(expected), expected=listed(expected),
                                                            m=len(got), got=listed(got))
