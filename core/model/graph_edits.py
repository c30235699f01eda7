"""The builder's edits of a functional model (issue 18, item 3), as plain functions on a copy of a
ModelSpec: they keep the rules core.model.graph states (fixed names, every layer's inputs above
it) so that Build's undo stack only ever holds models whose references hold together.

- add below a layer: a chain is spliced (the layer that took the selected one's output now takes
  the new one's); otherwise the new layer starts a branch from the selected layer;
- remove: the layers that took its output take its input instead; an output passes to its input;
- connect: a layer takes its inputs from other layers above it (several for Add / Concatenate);
- outputs: any layer can be made an output, or not;
- rename: every reference follows; move: only where the inputs stay above.

A Sequential model becomes functional (ModelSpec.as_functional) the moment it needs to: an Input or
a merge is added, or a layer is connected elsewhere than the row above.
"""

from __future__ import annotations

from core.i18n import translate
from core.model.graph import layer_names, output_names, rename_layer, unique_name
from core.model.layer_catalog import layer_type
from core.model.spec import LayerSpec, ModelSpec


class EditRefused(ValueError):
    """An edit that would break the graph; the message says why and what to do instead."""


def needs_functional(type_name: str) -> bool:
    """Input rows and merges exist only in functional models."""
    return layer_type(type_name).inputs != "one"


def _named(spec: ModelSpec, layer: LayerSpec) -> LayerSpec:
    layer.name = layer.name or unique_name(spec, layer_type(layer.type).base_name)
    return layer


def _users(spec: ModelSpec, name: str) -> list[int]:
    return [i for i, layer in enumerate(spec.layers) if name in layer.inputs]


def add_layer(spec: ModelSpec, type_name: str, below: int | None) -> tuple[ModelSpec, int]:
    """A copy with a new layer of type_name after row below (None: at the end, after the last
    row); (the copy, the new row). The copy is functional."""
    out = spec.as_functional()
    shift = 0 if spec.functional else 1  # as_functional put an Input row on top
    anchor = (len(out.layers) - 1) if below is None else below + shift
    anchor = max(0, min(anchor, len(out.layers) - 1)) if out.layers else -1
    layer = _named(out, LayerSpec.new(type_name))
    if layer.type == "Input":
        out.layers.insert(0, layer)  # inputs on top, where the model starts
        return out, 0
    at = anchor + 1
    if anchor >= 0:
        source = out.layers[anchor].name
        users = _users(out, source)
        chain = len(users) == 1 and users[0] == anchor + 1 and layer_type(type_name).inputs == "one"
        layer.inputs = [source]
        if chain:
            nxt = out.layers[users[0]]
            nxt.inputs = [layer.name if n == source else n for n in nxt.inputs]
        elif source in out.outputs and not users and layer_type(type_name).inputs == "one":
            out.outputs = [layer.name if n == source else n for n in out.outputs]  # extends the end
    out.layers.insert(at, layer)
    return out, at


def remove_layer(spec: ModelSpec, row: int) -> ModelSpec:
    """A copy without the layer at row; its users and its output place pass to its first input."""
    out = spec.copy()
    removed = out.layers.pop(row)
    heir = removed.inputs[0] if removed.inputs else None
    for layer in out.layers:
        if removed.name in layer.inputs:
            layer.inputs = list(dict.fromkeys(heir if n == removed.name else n
                                              for n in layer.inputs if n != removed.name or heir))
    outputs = []
    for n in out.outputs:
        replacement = heir if n == removed.name else n
        if replacement and replacement not in outputs:
            outputs.append(replacement)
    out.outputs = outputs
    out.compile.outputs.pop(removed.name, None)
    return out


def duplicate_layer(spec: ModelSpec, row: int) -> tuple[ModelSpec, int]:
    """A copy with a twin of row below it, taking the same inputs (a parallel branch)."""
    out = spec.copy()
    twin = out.layers[row].copy()
    twin.name = unique_name(out, layer_type(twin.type).base_name)
    out.layers.insert(row + 1, twin)
    return out, row + 1


def connect(spec: ModelSpec, row: int, sources: list[str]) -> ModelSpec:
    """A copy where row takes its inputs from the layers named sources (EditRefused when one is not
    above it, or a one-input layer is given several)."""
    out = spec.copy()
    names = layer_names(out)
    layer = out.layers[row]
    kind = layer_type(layer.type).inputs
    if kind == "none":
        raise EditRefused(translate("graph_edits", "an Input takes no input from other layers"))
    if kind == "one" and len(sources) != 1:
        raise EditRefused(translate("graph_edits", "{name} takes one input; join several with Add or "
                                    "Concatenate first").format(name=layer.name))
    for n in sources:
        if n not in names[:row]:
            raise EditRefused(translate("graph_edits", "{name} can take its input only from a layer above "
                                        "it; {source} is not above it (move {name} down first)").format(
                name=layer.name, source=n))
    layer.inputs = list(sources)
    return out


def set_output(spec: ModelSpec, row: int, is_output: bool) -> ModelSpec:
    """A copy where the layer at row is one of the model's outputs, or no longer one."""
    out = spec.copy()
    name = out.layers[row].name
    current = output_names(out)
    if is_output and name not in current:
        out.outputs = [*current, name]
    elif not is_output and name in current:
        if len(current) == 1:
            raise EditRefused(translate("graph_edits", "a model needs at least one output; make another "
                                        "layer an output first"))
        out.outputs = [n for n in current if n != name]
        out.compile.outputs.pop(name, None)
    return out


def rename(spec: ModelSpec, row: int, new: str) -> ModelSpec:
    """A copy where row is called new, every reference following (EditRefused for a name taken)."""
    out = spec.copy()
    old = layer_names(out)[row]
    new = new or unique_name(out, layer_type(out.layers[row].type).base_name, skip=row)
    if new != old and new in layer_names(out):
        raise EditRefused(translate("graph_edits", "another layer is already called {name}; Keras needs "
                                    "unique names").format(name=new))
    out.layers[row].name = new
    rename_layer(out, old, new)
    return out


def move(spec: ModelSpec, src: int, dst: int) -> ModelSpec:
    """A copy with row src moved to dst (EditRefused when a layer would come above its input)."""
    out = spec.copy()
    layer = out.layers.pop(src)
    out.layers.insert(dst, layer)
    names = layer_names(out)
    for i, row in enumerate(out.layers):
        for n in row.inputs:
            if n in names and names.index(n) >= i:
                raise EditRefused(translate("graph_edits", "{name} would come above {source}, whose output "
                                            "it takes; a layer stays below its inputs").format(
                    name=row.name, source=n))
    return out
