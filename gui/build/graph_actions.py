"""Build's edits of a functional model (issue 18): each one undoable step on the document, through
core.model.graph_edits; an edit that would break the graph is refused with a sentence instead."""

from __future__ import annotations

from collections.abc import Callable

from core.i18n import translate
from core.model import graph_edits as edits
from core.model.graph_edits import EditRefused
from core.model.spec import LayerSpec, ModelSpec
from core.model.templates import template
from gui.build.connections_box import WRAP_TEMPLATE
from gui.session.document import ModelDocument


class GraphActions:
    """The functional API's edits for the builder panel."""

    def __init__(self, doc: ModelDocument, say: Callable[[str], None]) -> None:
        self.doc = doc
        self.say = say  # shows a refusal where the student looks (the builder's message line)

    def _apply(self, make: Callable[[ModelSpec], tuple[ModelSpec, int | None]], text: str,
               merge_key: str | None = None) -> bool:
        try:
            spec, select = make(self.doc.spec)
        except EditRefused as e:
            self.say(str(e))
            return False
        self.say("")
        self.doc.edit(spec, text, select, merge_key=merge_key)
        return True

    def make_functional(self) -> bool:
        """Write the model with the functional API (an Input row on top, every layer connected)."""
        if self.doc.spec.functional:
            return False
        row = self.doc.selected_row
        return self._apply(lambda s: (s.as_functional(), None if row is None else row + 1),
                           translate("GraphActions", "Use the functional API"))

    def add(self, type_name: str, below: int | None) -> bool:
        """Add a layer below row below (a chain is spliced, otherwise a branch starts there)."""
        return self._apply(lambda s: edits.add_layer(s, type_name, below),
                           translate("BuilderPanel", "Add {type}").format(type=type_name))

    def remove(self, row: int) -> bool:
        kind = self.doc.spec.layers[row].type
        return self._apply(lambda s: (edits.remove_layer(s, row), min(row, len(s.layers) - 2)),
                           translate("BuilderPanel", "Remove {type}").format(type=kind))

    def duplicate(self, row: int) -> bool:
        kind = self.doc.spec.layers[row].type
        return self._apply(lambda s: edits.duplicate_layer(s, row),
                           translate("BuilderPanel", "Duplicate {type}").format(type=kind))

    def move(self, src: int, dst: int) -> bool:
        kind = self.doc.spec.layers[src].type
        return self._apply(lambda s: (edits.move(s, src, dst), dst),
                           translate("BuilderPanel", "Move {type}").format(type=kind))

    def rename(self, row: int, name: str) -> bool:
        text = (translate("BuilderPanel", "Rename to {name}").format(name=name) if name else
                translate("BuilderPanel", "Rename to automatic"))
        return self._apply(lambda s: (edits.rename(s, row, name), row), text)

    def connect(self, row: int, sources: list[str]) -> bool:
        return self._apply(lambda s: (edits.connect(s, row, sources), row),
                           translate("GraphActions", "Connect {name} to {sources}").format(
                               name=self.doc.spec.layers[row].name, sources=", ".join(sources) or "-"))

    def set_output(self, row: int, is_output: bool) -> bool:
        name = self.doc.spec.layers[row].name
        text = (translate("GraphActions", "Make {name} an output") if is_output else
                translate("GraphActions", "{name} no longer an output")).format(name=name)
        return self._apply(lambda s: (edits.set_output(s, row, is_output), row), text)

    def wrap(self, row: int, choice: str) -> bool:
        """What the TimeDistributed at row applies to every step: a layer type, or a template model."""
        if not choice:
            return False

        def change(s: ModelSpec) -> tuple[ModelSpec, int]:
            out = s.copy()
            inner = template(choice[len(WRAP_TEMPLATE):]) if choice.startswith(WRAP_TEMPLATE) \
                else LayerSpec.new(choice)
            out.layers[row].inner = inner
            return out, row

        return self._apply(change, translate("GraphActions", "Wrap {what}").format(
            what=choice.removeprefix(WRAP_TEMPLATE)))
