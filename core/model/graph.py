"""The functional API's graph over a ModelSpec's rows (issue 18): the names Keras gives the layers,
which rows feed which, the order Keras lists the layers in (model.layers, model.summary(),
get_weights()), and turning a Sequential stack into a functional model.

Rules a functional spec keeps (settle_graph makes a loaded one keep them, the builder keeps them
while editing): every layer has a fixed name (so a reference never changes when a row is added
above it); every layer but an Input names the rows it takes in `inputs`; those rows are above it
(so the rows are in an order Keras can build them in, and a cycle cannot be drawn).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from core.i18n import translate
from core.model.errors import SpecError
from core.model.layer_catalog import layer_type

if TYPE_CHECKING:  # core.model.spec reads files through settle_graph: no import back at run time
    from core.model.spec import ModelSpec

SEQUENTIAL_INPUT = -1  # the row a Sequential model's first layer takes its input from


def layer_names(spec: ModelSpec) -> list[str]:
    """The names Keras gives the layers: user names kept, others dense, dense_1, ... (and
    input_layer, input_layer_1, ... for Input rows)."""
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


def inbound_rows(spec: ModelSpec) -> list[list[int]]:
    """For each row, the rows whose outputs it takes, in order (SEQUENTIAL_INPUT: the model's
    input). A name that is no row above is left out (core.model.shapes says so on the row)."""
    if not spec.functional:
        return [[i - 1] if i else [SEQUENTIAL_INPUT] for i in range(len(spec.layers))]
    index = {name: i for i, name in enumerate(layer_names(spec))}
    rows = []
    for i, layer in enumerate(spec.layers):
        rows.append([index[n] for n in layer.inputs if n in index and index[n] < i])
    return rows


def output_rows(spec: ModelSpec) -> list[int]:
    """The rows that are the model's outputs, in order (names that are no row are left out)."""
    if not spec.layers:
        return []
    if not spec.functional or not spec.outputs:
        return [len(spec.layers) - 1]
    index = {name: i for i, name in enumerate(layer_names(spec))}
    return [index[n] for n in spec.outputs if n in index]


def output_names(spec: ModelSpec) -> list[str]:
    """The names of the output layers, in the order model.fit takes their targets."""
    names = layer_names(spec)
    return [names[i] for i in output_rows(spec)]


def rows_used(spec: ModelSpec) -> set[int]:
    """The rows an output depends on (the rows Keras keeps in the model)."""
    inbound = inbound_rows(spec)
    seen: set[int] = set()
    stack = list(output_rows(spec))
    while stack:
        i = stack.pop()
        if i in seen or i == SEQUENTIAL_INPUT:
            continue
        seen.add(i)
        stack.extend(inbound[i])
    return seen


def _depths(spec: ModelSpec) -> tuple[dict[int, int], dict[int, int]]:
    """Keras's depth of each row (the longest path from it to an output) and the index of its
    first visit in a depth-first walk from the outputs (keras.src.ops.function.map_graph)."""
    inbound = inbound_rows(spec)
    visit_index: dict[int, int] = {}
    post_order: list[int] = []
    done: set[int] = set()

    def walk(i: int) -> None:
        if i in done:
            return
        visit_index.setdefault(i, len(visit_index))
        for j in inbound[i]:
            walk(j)
        done.add(i)
        post_order.append(i)

    for out in output_rows(spec):
        walk(out)
    depth: dict[int, int] = {}
    for i in reversed(post_order):
        d = depth.setdefault(i, 0)
        for j in inbound[i]:
            depth[j] = max(d + 1, depth.get(j, 0))
    for i, layer in enumerate(spec.layers):  # inputs no output uses: Keras lists them first
        if layer.type == "Input" and i not in depth:
            depth[i], visit_index[i] = 0, -1
    return depth, visit_index


def keras_order(spec: ModelSpec) -> list[int]:
    """The rows in the order Keras lists the built model's layers: by depth, deepest first, ties by
    the first visit of a depth-first walk from the outputs. A Sequential model keeps its order;
    rows no output uses are left out (Keras leaves them out of the model)."""
    if not spec.functional:
        return list(range(len(spec.layers)))
    depth, visit_index = _depths(spec)
    by_depth: dict[int, list[int]] = defaultdict(list)
    for i, d in depth.items():
        by_depth[d].append(i)
    return [i for d in sorted(by_depth, reverse=True) for i in sorted(by_depth[d], key=visit_index.get)]


def sequential_like(spec: ModelSpec) -> bool:
    """Whether Keras prints the summary without a "Connected to" column: no depth of the graph
    holds two layers and no layer takes two inputs (keras.src.utils.summary_utils)."""
    if not spec.functional:
        return True
    inbound = inbound_rows(spec)
    depth, _ = _depths(spec)
    if any(len(inbound[i]) > 1 for i in depth):
        return False
    counts: dict[int, int] = defaultdict(int)
    for d in depth.values():
        counts[d] += 1
    return all(n == 1 for n in counts.values())


def unique_name(spec: ModelSpec, base: str, skip: int | None = None) -> str:
    """base, base_1, base_2, ...: the first one no row has (row skip not counted)."""
    taken = {n for i, n in enumerate(layer_names(spec)) if i != skip}
    if base not in taken:
        return base
    k = 1
    while f"{base}_{k}" in taken:
        k += 1
    return f"{base}_{k}"


def rename_layer(spec: ModelSpec, old: str, new: str) -> None:
    """Rename every reference to the layer called old (inputs, outputs, per-output compile)."""
    for layer in spec.layers:
        layer.inputs = [new if n == old else n for n in layer.inputs]
    spec.outputs = [new if n == old else n for n in spec.outputs]
    if old in spec.compile.outputs:
        spec.compile.outputs[new] = spec.compile.outputs.pop(old)


def settle_graph(spec: ModelSpec) -> None:
    """Make a functional spec read from a file keep the rules above, in place: names fixed,
    a layer without inputs connected to the row above, rows reordered so that inputs come first.
    SpecError for two layers of one name, a name that is no layer, or a cycle."""
    names = layer_names(spec)
    for layer, name in zip(spec.layers, names, strict=True):
        layer.name = name
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise SpecError(translate("graph", "two layers are named {name}; Keras needs unique names — "
                                      "rename one").format(name=repr(name)))
        seen.add(name)
    for i, layer in enumerate(spec.layers):
        if layer.type != "Input" and not layer.inputs and i > 0:
            layer.inputs = [names[i - 1]]  # written like a Sequential stack: the row above
        for n in layer.inputs:
            if n not in seen:
                raise SpecError(translate("graph", "layer {name} takes its input from {missing}, but no "
                                          "layer has that name").format(name=repr(layer.name),
                                                                         missing=repr(n)))
    for n in spec.outputs:
        if n not in seen:
            raise SpecError(translate("graph", "the output {name} is not a layer of the model").format(
                name=repr(n)))
    spec.layers[:] = [spec.layers[i] for i in _topological(spec, names)]


def _topological(spec: ModelSpec, names: list[str]) -> list[int]:
    """The rows in an order where each comes after its inputs, as close to the file's order as
    possible (Kahn's algorithm taking the earliest ready row); SpecError naming a cycle."""
    index = {n: i for i, n in enumerate(names)}
    waiting = [len(set(layer.inputs)) for layer in spec.layers]
    users: dict[int, list[int]] = defaultdict(list)
    for i, layer in enumerate(spec.layers):
        for n in set(layer.inputs):
            users[index[n]].append(i)
    ready = sorted(i for i, w in enumerate(waiting) if w == 0)
    order: list[int] = []
    while ready:
        i = ready.pop(0)
        order.append(i)
        for j in users[i]:
            waiting[j] -= 1
            if waiting[j] == 0:
                ready.append(j)
                ready.sort()
    if len(order) < len(names):
        stuck = [names[i] for i in range(len(names)) if i not in set(order)]
        raise SpecError(translate("graph", "the layers {names} feed each other in a cycle; a model must "
                                  "run from its inputs to its outputs: disconnect one of them").format(
            names=", ".join(stuck)))
    return order
