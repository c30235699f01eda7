"""Inside's Graph tab: the model being inspected drawn as a graph (gui.widgets.graph_view), its
boxes in the same order as the layer list; a click picks the layer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.i18n import translate
from core.model.spec import ModelSpec, SpecError
from gui.widgets.graph_view import GraphView


def spec_of(model: Any) -> ModelSpec | None:
    """The spec of a built Keras model, read from its own config (None where DigitScope cannot show
    it as one: a layer it does not know)."""
    import keras

    from core.model.keras_config import spec_dict_from_keras_config

    try:
        return ModelSpec.from_dict(spec_dict_from_keras_config(keras.saving.serialize_keras_object(model)))
    except (SpecError, ValueError, TypeError):
        return None


class GraphPage(QWidget):
    """The graph of the inspected model; layerClicked(name) when a box is clicked."""

    layerClicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.view = GraphView()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.spec: ModelSpec | None = None
        self.view.layerClicked.connect(self._on_clicked)

    def show_model(self, model: Any, spec: ModelSpec | None) -> None:
        """Draw model (spec: the app's own, else read from the model)."""
        from core.model.checks import analyze

        self.spec = spec if spec is not None else (spec_of(model) if model is not None else None)
        if self.spec is None:
            self.view.set_model(ModelSpec((1,), []), analyze(ModelSpec((1,), [])))
            self.note.setText(translate("GraphPage", "This model cannot be drawn as a graph here."))
            return
        self.view.set_model(self.spec, analyze(self.spec))
        self.note.setText(translate("GraphPage", "Each box: parameters, multiply-adds and activation memory "
                                    "for one sample; each arrow: the shape passed on. Click a box to show "
                                    "that layer."))

    def select(self, name: str) -> None:
        """Highlight the box of the layer called name."""
        if self.spec is None:
            return
        from core.model.graph import layer_names

        names = layer_names(self.spec)
        self.view.select(names.index(name) if name in names else None)

    def _on_clicked(self, row: int) -> None:
        if self.spec is not None:
            from core.model.graph import layer_names

            self.layerClicked.emit(layer_names(self.spec)[row])

    def export_png(self, path: Any) -> None:
        """The whole graph as a PNG (Inside's 'Save view as PNG…')."""
        self.view.save_png(path)
