"""Output shapes, parameter counts and refusals of a ModelSpec, computed without TensorFlow.

The rules are Keras 3's own (core.model.shape_rules; tests compare them with real Keras models,
layer by layer, over hundreds of random stacks). A layer Keras would refuse gets an error
naming the layer and saying how to fix it; layers after it get no shape. A functional model is
walked row by row along its graph (core.model.graph): a layer waits for all of its inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.i18n import translate
from core.model.graph import inbound_rows, keras_order, layer_names, output_rows, rows_used, sequential_like
from core.model.layer_catalog import layer_type
from core.model.shape_rules import MERGE_RULES, LayerError, Shape, format_shape, input_shape_of, rule
from core.model.spec import LayerSpec, ModelSpec

__all__ = ["LayerRow", "ModelInfo", "Problem", "Shape", "analyze_shapes", "format_shape", "layer_names",
           "weight_shapes", "weights_mismatch"]


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
    input_shapes: list[Shape] = field(default_factory=list)  # what it takes, one per input
    inbound: list[str] = field(default_factory=list)  # the layers it takes them from (functional)
    is_output: bool = False
    class_name: str = ""  # the Keras class the summary shows (InputLayer for an Input row)

    @property
    def error(self) -> Problem | None:
        return next((p for p in self.problems if p.severity == "error"), None)


@dataclass
class ModelInfo:
    """The analysed model: rows, totals and whatever is wrong."""

    rows: list[LayerRow]
    input_shape: Shape  # the first input's
    functional: bool = False
    keras_rows: list[int] | None = None  # the rows in Keras's order (functional); None: as they are
    output_indices: list[int] | None = None  # the output rows in the order fit takes their targets
    chain: bool = True  # Keras's "sequential-like": its summary has no "Connected to" column

    def order(self) -> list[int]:
        """The rows in the order Keras lists the model's layers (model.layers, model.summary())."""
        if self.keras_rows is None:
            return list(range(len(self.rows)))
        shown = set(self.keras_rows)  # rows no output uses (an error) are listed last
        return list(self.keras_rows) + [i for i in range(len(self.rows)) if i not in shown]

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
    def output_rows(self) -> list[LayerRow]:
        """The rows that are the model's outputs, in the order fit takes their targets."""
        if self.output_indices is None:
            return self.rows[-1:]
        return [self.rows[i] for i in self.output_indices]

    @property
    def output_shape(self) -> Shape | None:
        """The (first) output's shape."""
        outputs = self.output_rows
        return outputs[0].output_shape if outputs else self.input_shape

    @property
    def errors(self) -> list[tuple[LayerRow, Problem]]:
        return [(r, p) for r in self.rows for p in r.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        """True when Keras can build the model (warnings allowed)."""
        return not self.errors


def analyze_shapes(spec: ModelSpec) -> ModelInfo:
    """Walk the layers, computing each output shape and parameter count."""
    if spec.functional:
        return _analyze_graph(spec)
    info = ModelInfo([], tuple(spec.input_shape))
    shape: Shape | None = tuple(spec.input_shape)
    names = layer_names(spec)
    seen: set[str] = set()
    prev_type = "Input"
    for i, (layer, name) in enumerate(zip(spec.layers, names, strict=True)):
        row = LayerRow(i, name, layer.type, None, class_name=layer_type(layer.type).class_name)
        info.rows.append(row)
        name_problem = _check_name(name, seen)
        seen.add(name)
        if name_problem:
            row.problems.append(Problem(name_problem))
        if shape is None:
            continue
        if layer_type(layer.type).inputs != "one":  # an Input or a merge in a plain stack
            row.problems.append(Problem(translate("shapes", "{name} ({type}): belongs to a functional model "
                                                  "(several inputs or branches); switch the model to the "
                                                  "functional API in Build").format(name=name,
                                                                                    type=layer.type)))
            shape = None
            continue
        row.input_shapes = [shape]
        try:
            out, trainable, non_trainable = _one_input_rule(layer, shape, prev_type)
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


def _one_input_rule(layer: LayerSpec, shape: Shape, prev_type: str) -> tuple[Shape, int, int]:
    if layer.type == "TimeDistributed":
        return _time_distributed(layer, shape)
    return rule(layer.type)(layer, shape, prev_type)


def _time_distributed(layer: LayerSpec, shape: Shape) -> tuple[Shape, int, int]:
    """The wrapped layer (or model) applied to every step: (steps, …) → (steps, …)."""
    if len(shape) < 2:
        raise LayerError(translate("shapes", "needs a sequence (None, steps, …) but gets {got}: it applies "
                                   "its layer to every step").format(got=format_shape(shape)))
    steps, step = shape[0], shape[1:]
    inner = layer.inner
    if isinstance(inner, ModelSpec):
        info = analyze_shapes(inner)
        if not info.ok:
            raise LayerError(translate("shapes", "the wrapped model cannot be built: {error}").format(
                error=info.errors[0][1].message))
        if len(inner.input_shapes()) != 1 or len(info.output_rows) != 1:
            raise LayerError(translate("shapes", "the wrapped model must have one input and one output"))
        if inner.main_input_shape != step:
            raise LayerError(translate("shapes", "the wrapped model takes {want} but each step is {got}; "
                                       "change the model's input or the sequence's shape").format(
                want=format_shape(inner.main_input_shape), got=format_shape(step)))
        out = info.output_shape
        assert out is not None
        return (steps, *out), info.trainable, info.non_trainable
    if inner is None:
        raise LayerError(translate("shapes", "wraps nothing; choose the layer it applies to every step"))
    try:
        out, trainable, non_trainable = _one_input_rule(inner, step, "")
    except LayerError as e:
        # Keras accepts a MaxPooling2D on steps of two axes at build time (with a shape of one more
        # axis) and fails when it runs: refused here all the same.
        keras_refuses = e.keras_refuses and not (e.rank and inner.type == "MaxPooling2D" and len(step) == 2)
        raise LayerError(str(e), keras_refuses=keras_refuses, rank=e.rank) from e
    return (steps, *out), trainable, non_trainable


def _analyze_graph(spec: ModelSpec) -> ModelInfo:
    """A functional model: every row takes the shapes of the rows it names in inputs."""
    names = layer_names(spec)
    inbound = inbound_rows(spec)
    outputs = set(output_rows(spec))
    used = rows_used(spec)
    index = {name: i for i, name in enumerate(names)}
    info = ModelInfo([], (), functional=True, keras_rows=keras_order(spec), chain=sequential_like(spec),
                     output_indices=output_rows(spec))
    seen: set[str] = set()
    for i, (layer, name) in enumerate(zip(spec.layers, names, strict=True)):
        lt = layer_type(layer.type)
        row = LayerRow(i, name, layer.type, None, inbound=list(layer.inputs), is_output=i in outputs,
                       class_name=lt.class_name)
        info.rows.append(row)
        name_problem = _check_name(name, seen)
        seen.add(name)
        if name_problem:
            row.problems.append(Problem(name_problem))
        problem = _connection_problem(spec, i, index, used)
        if problem:
            row.problems.append(Problem(f"{name} ({layer.type}): {problem}", keras_refuses=False))
            continue
        unused = _unused_problem(spec, i, used)  # said after the layer's own problems, shape kept
        try:
            if lt.inputs == "none":
                out, trainable, fixed = input_shape_of(layer), 0, 0
                if not info.input_shape:
                    info.input_shape = out
            else:
                shapes = [info.rows[j].output_shape for j in inbound[i]]
                if any(s is None for s in shapes):
                    continue  # waits for the layers above
                row.input_shapes = [s for s in shapes if s is not None]
                if lt.inputs == "many":
                    out, trainable, fixed = MERGE_RULES[layer.type](layer, row.input_shapes)
                else:
                    prev_type = spec.layers[inbound[i][0]].type
                    out, trainable, fixed = _one_input_rule(layer, row.input_shapes[0], prev_type)
        except LayerError as e:
            row.problems.append(Problem(f"{name} ({layer.type}): {e}", keras_refuses=e.keras_refuses))
            if unused:
                row.problems.append(Problem(f"{name} ({layer.type}): {unused}", keras_refuses=False))
            continue
        row.output_shape, row.trainable, row.non_trainable = out, trainable, fixed
        row.params = trainable + fixed
        if row.error:
            row.output_shape = None
        if unused:
            row.problems.append(Problem(f"{name} ({layer.type}): {unused}", keras_refuses=False))
    if spec.layers and not spec.input_layers():
        info.rows[0].problems.append(Problem(translate("shapes", "a functional model starts with an Input "
                                                       "layer; add one"), keras_refuses=False))
    for n in spec.outputs:
        if n not in index:
            text = translate("shapes", "the output {name} is not a layer of the model").format(name=repr(n))
            info.rows[-1].problems.append(Problem(text, keras_refuses=False))
    return info


def _connection_problem(spec: ModelSpec, i: int, index: dict[str, int], used: set[int]) -> str:
    """What is wrong with row i's place in the graph ("" when nothing)."""
    layer = spec.layers[i]
    lt = layer_type(layer.type)
    if lt.inputs == "none":
        if layer.inputs:
            return translate("shapes", "an Input takes no input from other layers")
        if i not in used:
            return translate("shapes", "nothing is connected to this input; connect a layer to it, or remove "
                             "it")
        return ""
    if not layer.inputs:
        return translate("shapes", "it is not connected: choose the layer it takes its input from")
    for n in layer.inputs:
        if n not in index:
            return translate("shapes", "it takes its input from {name}, but no layer has that name").format(
                name=repr(n))
        if index[n] >= i:
            return translate("shapes", "it takes its input from {name}, which is not above it; move it below "
                             "{name}").format(name=repr(n))
    if lt.inputs == "one" and len(layer.inputs) > 1:
        return translate("shapes", "it takes one input but is connected to {count}; join them first with Add "
                         "or Concatenate").format(count=len(layer.inputs))
    return ""


def _unused_problem(spec: ModelSpec, i: int, used: set[int]) -> str:
    """A dead end: a layer no other layer takes and that is no output (Keras would leave it, and
    the branch that leads to it, out of the model). Said on the end of the branch only."""
    layer = spec.layers[i]
    if i in used or layer_type(layer.type).inputs == "none":
        return ""
    if any(layer.name and layer.name in other.inputs for other in spec.layers):
        return ""  # its output goes on: the dead end is further down
    return translate("shapes", "its output goes nowhere: connect a layer to it, or make it an output")


def _check_name(name: str, seen: set[str]) -> str | None:
    if "/" in name:
        return translate("shapes", "{name}: a layer name cannot contain '/'; rename it").format(name=name)
    if name in seen:
        return translate("shapes", "{name}: two layers are named '{name}'; Keras needs unique names — "
                         "rename one").format(name=name)
    return None


def weight_shapes(spec: ModelSpec) -> list[Shape] | None:
    """The shapes of the model's weights in get_weights() order (kernel, bias; BatchNormalization's
    gamma, beta, moving mean and variance), worked out without Keras; None when it cannot be built."""
    info = analyze_shapes(spec)
    if not info.ok:
        return None
    shapes: list[Shape] = []
    for i in keras_order(spec):
        row = info.rows[i]
        if row.input_shapes:
            shapes += layer_weight_shapes(spec.layers[i], row.input_shapes[0])
    return shapes


def layer_weight_shapes(layer: LayerSpec, before: Shape) -> list[Shape]:
    """One layer's weights in get_weights() order, for its input shape."""
    p = layer.params
    shapes: list[Shape] = []
    if layer.type == "Dense":
        shapes.append((before[-1], p["units"]))
    elif layer.type == "Conv2D":
        shapes.append((*p["kernel_size"], before[-1], p["filters"]))
    elif layer.type == "BatchNormalization":
        shapes += [(before[-1],)] * 4
    elif layer.type == "Embedding":
        shapes.append((p["input_dim"], p["output_dim"]))
    elif layer.type in ("SimpleRNN", "LSTM", "GRU"):
        width = {"SimpleRNN": 1, "LSTM": 4, "GRU": 3}[layer.type] * p["units"]
        shapes += [(before[-1], width), (p["units"], width)]
        if p.get("use_bias", True):
            shapes.append((2, width) if layer.type == "GRU" else (width,))
        return shapes
    elif layer.type == "TimeDistributed":
        inner = layer.inner
        if isinstance(inner, ModelSpec):
            return weight_shapes(inner) or []
        return layer_weight_shapes(inner, before[1:]) if inner is not None else []
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
