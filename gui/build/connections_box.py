"""Where the selected layer of a functional model takes its input from, whether it is an output, and
what a TimeDistributed wraps: the part of the layer's settings that draws the graph (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
)

from core.i18n import translate
from core.model.layer_catalog import LAYER_TYPES, layer_type
from core.model.spec import LayerSpec, ModelSpec
from core.model.templates import TEMPLATES

WRAP_TEMPLATE = "template:"  # a choice of the Wraps box that names a template model


def wrappable_types() -> list[str]:
    """The layer types a TimeDistributed can wrap: every one-input layer but itself."""
    return [k for k, t in LAYER_TYPES.items() if t.inputs == "one" and k != "TimeDistributed"]


class ConnectionsBox(QGroupBox):
    """Edits one layer's place in the graph; emits, never touches the spec."""

    inputsEdited = Signal(list)  # the names of the layers it takes, in order
    outputToggled = Signal(bool)
    wrapChosen = Signal(str)  # a layer type, or WRAP_TEMPLATE + a template's name

    def __init__(self) -> None:
        super().__init__(translate("ConnectionsBox", "Connections (functional API)"))
        self.setObjectName("connectionsBox")
        form = QFormLayout(self)
        self.source = QComboBox()
        self.source.setToolTip(translate("ConnectionsBox", "The layer whose output this one takes: x = "
                                         "Layer(...)(source). Only layers above it can be chosen."))
        self.sources = QListWidget()
        self.sources.setToolTip(translate("ConnectionsBox", "Tick the layers to merge, in order: Add or "
                                          "Concatenate([a, b, ...]). Only layers above it can be chosen."))
        self.sources.setMaximumHeight(110)
        self.output = QCheckBox(translate("ConnectionsBox", "an output of the model"))
        self.output.setToolTip(translate("ConnectionsBox", "Model(inputs, outputs=[...]): what the model "
                                         "gives; each output gets its own loss in Compile."))
        self.wrap = QComboBox()
        self.wrap.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.wrap.setMinimumContentsLength(12)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(12)
        self.wrap.setToolTip(translate("ConnectionsBox", "What TimeDistributed applies to every step: a "
                                       "layer, or a whole model (the notes' TimeDistributed(model))."))
        for kind in wrappable_types():
            self.wrap.addItem(kind, kind)
        for t in TEMPLATES.values():
            spec = t.make()
            if len(spec.input_shapes()) == 1:
                title = translate("ConnectionsBox", "model: {title}").format(title=t.translated_title())
                self.wrap.addItem(title, WRAP_TEMPLATE + t.name)
        self.source_label = QLabel(translate("ConnectionsBox", "takes input from"))
        self.wrap_label = QLabel(translate("ConnectionsBox", "wraps"))
        form.addRow(self.source_label, self.source)
        form.addRow(self.sources)
        form.addRow(self.output)
        form.addRow(self.wrap_label, self.wrap)
        self._blockers = [self.source, self.sources, self.output, self.wrap]
        self.source.activated.connect(lambda _i: self.inputsEdited.emit([self.source.currentText()]))
        self.sources.itemChanged.connect(self._on_ticked)
        self.output.toggled.connect(self.outputToggled.emit)
        self.wrap.activated.connect(lambda _i: self.wrapChosen.emit(self.wrap.currentData()))
        self.hide()

    def show_layer(self, spec: ModelSpec, row: int | None, names: list[str], outputs: list[str]) -> None:
        """Show row's connections (hidden for a Sequential model or no selection)."""
        if not spec.functional or row is None or row >= len(spec.layers):
            self.hide()
            return
        layer = spec.layers[row]
        kind = layer_type(layer.type).inputs
        for w in self._blockers:
            w.blockSignals(True)
        try:
            above = names[:row]
            self.source.clear()
            self.source.addItems(above)
            if layer.inputs and layer.inputs[0] in above:
                self.source.setCurrentText(layer.inputs[0])
            else:
                self.source.setCurrentIndex(-1)
            self.sources.clear()
            for name in [n for n in layer.inputs if n in above] + [n for n in above if n not in layer.inputs]:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if name in layer.inputs else Qt.CheckState.Unchecked)
                self.sources.addItem(item)
            self.output.setChecked(names[row] in outputs)
            self._show_wrap(layer)
        finally:
            for w in self._blockers:
                w.blockSignals(False)
        self.source_label.setVisible(kind != "none")
        self.source.setVisible(kind == "one")
        self.sources.setVisible(kind == "many")
        self.output.setVisible(kind != "none")
        self.show()

    def _show_wrap(self, layer: LayerSpec) -> None:
        wraps = layer.type == "TimeDistributed"
        self.wrap.setVisible(wraps)
        self.wrap_label.setVisible(wraps)
        if not wraps:
            return
        inner = layer.inner
        key = inner.type if isinstance(inner, LayerSpec) else next(
            (WRAP_TEMPLATE + n for n, t in TEMPLATES.items() if isinstance(inner, ModelSpec)
             and t.make().architecture_key() == inner.architecture_key()), None)
        index = self.wrap.findData(key) if key else -1
        if index < 0 and isinstance(inner, ModelSpec):  # a model from a file: shown by its name
            self.wrap.addItem(translate("ConnectionsBox", "model: {name}").format(name=inner.name), "")
            index = self.wrap.count() - 1
        self.wrap.setCurrentIndex(index)

    def _on_ticked(self, _item: QListWidgetItem) -> None:
        chosen = [self.sources.item(i).text() for i in range(self.sources.count())
                  if self.sources.item(i).checkState() == Qt.CheckState.Checked]
        self.inputsEdited.emit(chosen)
