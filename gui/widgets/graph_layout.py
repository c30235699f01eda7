"""What the graph view of a model shows, and where: one box per layer with its texts, one edge per
connection labelled with the tensor it carries, placed top to bottom by grandalf's Sugiyama layout
(the layered layout of Graphviz's dot). No Qt here: the view measures the texts and draws.

Every edge gets a small vertex of its own for its label, so the layout keeps labels off the boxes
and off each other, the way dot places edge labels; long edges pass through grandalf's dummy
vertices, whose positions are the bends of the drawn path.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable
from dataclasses import dataclass, field

from core.i18n import translate
from core.model.costs import LayerCost, activation_bytes, layer_costs
from core.model.graph import SEQUENTIAL_INPUT, inbound_rows
from core.model.shape_rules import format_shape
from core.model.shapes import ModelInfo
from core.model.spec import ModelSpec
from core.model.summary import format_count, readable_memory_size

X_SPACE = 28.0  # between boxes side by side
Y_SPACE = 12.0  # between a box and the labels below and above it
COMPONENT_GAP = 48.0  # between parts of a model that are not connected
DUMMY_WIDTH = 14.0  # the room a long edge takes where it passes a layer


@dataclass
class GraphNode:
    """One box: a spec row, or (key SEQUENTIAL_INPUT) a Sequential model's input."""

    key: int
    title: str  # "conv2d (Conv2D)"
    lines: list[str]  # "Param # 320", "194.7 k MACs · 84.50 KB"
    tooltip: str
    error: str = ""  # the row's first error ("" when none)
    is_output: bool = False
    kind: str = "other"  # input, weighted, merge, shape, activation: picks the colour of its stripe


@dataclass
class GraphEdge:
    """One connection: the output of source goes into target, labelled with its shape."""

    source: int
    target: int
    label: str


@dataclass(frozen=True)
class Rect:
    """x, y: the top left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass
class Route:
    """Where an edge goes: points from the source box's bottom to the target box's top, and the
    rectangle of its label (which the path passes through)."""

    source: int
    target: int
    points: list[tuple[float, float]]
    label: Rect


@dataclass
class Layout:
    boxes: dict[int, Rect] = field(default_factory=dict)
    routes: list[Route] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0


def format_macs(macs: int | None) -> str:
    """194688 -> '194.7 k MACs', 6963200 -> '7.0 M MACs' ('? MACs' when unknown)."""
    if macs is None:
        count = "?"
    elif macs < 1000:
        count = str(macs)
    else:
        value, units = macs / 1000, ["k", "M", "G", "T"]
        while value >= 1000 and len(units) > 1:
            value, units = value / 1000, units[1:]
        count = f"{value:,.1f} {units[0]}"
    return translate("GraphView", "{count} MACs").format(count=count)


def format_memory(n_bytes: int | None) -> str:
    return "?" if n_bytes is None else readable_memory_size(n_bytes)


def params_text(params: int) -> str:
    return translate("GraphView", "Param # {count}").format(count=format_count(params))


def _kind(type_name: str) -> str:
    if type_name == "Input":
        return "input"
    if type_name in ("Dense", "Conv2D", "Embedding", "SimpleRNN", "LSTM", "GRU", "TimeDistributed"):
        return "weighted"
    if type_name in ("Add", "Concatenate"):
        return "merge"
    if type_name in ("Activation", "ReLU", "Softmax"):
        return "activation"
    if type_name == "BatchNormalization":
        return "normalization"
    return "shape"  # Flatten, Reshape, pooling, Dropout


def _tooltip(title: str, shape: str, params: int, cost: LayerCost, problems: list[str]) -> str:
    lines = [title, translate("GraphView", "Output shape: {shape}").format(shape=shape),
             translate("GraphView", "Param #: {count}").format(count=format_count(params))]
    if cost.macs is not None:
        lines.append(translate("GraphView", "Multiply-adds per sample: {count}").format(
            count=format_count(cost.macs)))
    if cost.activation_bytes is not None:
        lines.append(translate("GraphView", "Output memory per sample: {size} ({count} bytes)").format(
            size=format_memory(cost.activation_bytes), count=format_count(cost.activation_bytes)))
    return "\n".join(lines + problems)


def graph_content(spec: ModelSpec, info: ModelInfo) -> tuple[list[GraphNode], list[GraphEdge]]:
    """The boxes and edges of spec's graph, from its analysis (info.rows match spec.layers)."""
    costs = layer_costs(spec, info)
    nodes: list[GraphNode] = []
    edges: list[GraphEdge] = []
    if not spec.functional:
        shape = tuple(spec.input_shape)
        cost = LayerCost(0, activation_bytes(shape))
        title = translate("GraphView", "input")
        nodes.append(GraphNode(SEQUENTIAL_INPUT, title, [
            params_text(0), f"{format_macs(0)} · {format_memory(cost.activation_bytes)}"],
            _tooltip(title, format_shape(shape), 0, cost, []), kind="input"))
    outputs = set(info.output_indices if info.output_indices is not None else [len(info.rows) - 1])
    for i, (row, cost, sources) in enumerate(zip(info.rows, costs, inbound_rows(spec), strict=True)):
        title = f"{row.name} ({row.class_name or row.type})"
        error = row.error.message if row.error else ""
        error = error.removeprefix(f"{row.name} ({row.type}): ")  # the box says whose it is
        lines = [params_text(row.params),
                 f"{format_macs(cost.macs)} · {format_memory(cost.activation_bytes)}"]
        is_output = i in outputs
        if is_output:
            lines.append(translate("GraphView", "output"))
        problems = [("\n" if k == 0 else "") + p.message for k, p in enumerate(row.problems)]
        nodes.append(GraphNode(i, title, lines, _tooltip(title, format_shape(row.output_shape), row.params,
                                                         cost, problems),
                               error, is_output, _kind(row.type)))
        for j in sources:
            shape = tuple(spec.input_shape) if j == SEQUENTIAL_INPUT else info.rows[j].output_shape
            edges.append(GraphEdge(j, i, format_shape(shape)))
    return nodes, edges


class _View:
    """What grandalf reads and writes for a vertex: its size, and the centre it places it at."""

    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h
        self.xy: tuple[float, float] = (0.0, 0.0)


def place(sizes: dict[int, tuple[float, float]], edges: list[tuple[int, int, tuple[float, float]]],
          margin: float = 12.0) -> Layout:
    """Boxes of the given (width, height) by key and edges (source, target, label size) laid out top
    to bottom: every box below the boxes its edges come from. Unconnected parts side by side."""
    from grandalf.graphs import Edge, Graph, Vertex
    from grandalf.layouts import SugiyamaLayout

    vertices: dict[Hashable, Vertex] = {}
    for key, (w, h) in sizes.items():
        vertices[key] = Vertex(key)
        vertices[key].view = _View(w, h)
    links = []
    for k, (source, target, (w, h)) in enumerate(edges):
        label = vertices[("label", k)] = Vertex(("label", k))
        label.view = _View(w, h)
        links += [Edge(vertices[source], label), Edge(label, vertices[target])]
    graph = Graph(list(vertices.values()), links)
    layout = Layout()
    paths: dict[tuple[Hashable, Hashable], list[tuple[float, float]]] = {}
    x0 = margin
    for component in sorted(graph.C, key=lambda c: min(_order(v.data) for v in c.sV)):
        sugiyama = SugiyamaLayout(component)
        sugiyama.dw, sugiyama.dh = DUMMY_WIDTH, 1.0
        sugiyama.xspace, sugiyama.yspace = X_SPACE, Y_SPACE
        sugiyama.init_all(optimize=True)
        sugiyama.draw()
        _keep_apart(sugiyama.layers)
        left = min(v.view.xy[0] - v.view.w / 2 for v in component.sV)
        right = max(v.view.xy[0] + v.view.w / 2 for v in component.sV)
        dx = x0 - left
        for v in component.sV:
            x, y = v.view.xy
            if not isinstance(v.data, tuple):
                w, h = v.view.w, v.view.h
                layout.boxes[v.data] = Rect(x + dx - w / 2, y + margin - h / 2, w, h)
        for e in component.sE:
            ctrl = sugiyama.ctrls.get(e, {})
            bends = [ctrl[r].view.xy for r in sorted(ctrl)][1:-1]
            paths[(e.v[0].data, e.v[1].data)] = [(x + dx, y + margin) for x, y in bends]
        for v in component.sV:
            if isinstance(v.data, tuple):
                x, y = v.view.xy
                v.view.xy = (x + dx, y + margin)
        x0 += right - left + COMPONENT_GAP
    for k, (source, target, _size) in enumerate(edges):
        label = vertices[("label", k)].view
        lx, ly = label.xy
        rect = Rect(lx - label.w / 2, ly - label.h / 2, label.w, label.h)
        src, dst = layout.boxes[source], layout.boxes[target]
        points = [(src.center[0], src.bottom), *paths[(source, ("label", k))], (lx, ly),
                  *paths[(("label", k), target)], (dst.center[0], dst.y)]
        layout.routes.append(Route(source, target, points, rect))
    _spread_entries(layout)
    layout.width = max((r.x + r.w for r in layout.boxes.values()), default=0.0) + margin
    layout.width = max([layout.width, *(r.label.x + r.label.w + margin for r in layout.routes)])
    layout.height = max((r.bottom for r in layout.boxes.values()), default=0.0) + margin
    return layout


def _keep_apart(layers: list) -> None:
    """Push the vertices of each layer apart to X_SPACE between them: grandalf averages four
    placements per vertex (Brandes and Köpf), which can bring two neighbours closer than that."""
    for layer in layers:
        placed = sorted(layer, key=lambda v: v.view.xy[0])
        for left, right in itertools.pairwise(placed):
            least = left.view.xy[0] + (left.view.w + right.view.w) / 2 + X_SPACE
            if right.view.xy[0] < least:
                right.view.xy = (least, right.view.xy[1])


def _order(key: Hashable) -> float:
    """Components are placed left to right in the order of their first row."""
    return float(key) if isinstance(key, int) else float("inf")


def _spread_entries(layout: Layout) -> None:
    """Edges into one box enter its top side apart, in the order they come from left to right."""
    into: dict[int, list[Route]] = {}
    for route in layout.routes:
        into.setdefault(route.target, []).append(route)
    for target, routes in into.items():
        if len(routes) < 2:
            continue
        box = layout.boxes[target]
        step = min(box.w / (len(routes) + 1), 36.0)
        routes.sort(key=lambda r: r.points[-2][0])
        for j, route in enumerate(routes):
            x = box.center[0] + (j - (len(routes) - 1) / 2) * step
            route.points[-1] = (x, box.y)
