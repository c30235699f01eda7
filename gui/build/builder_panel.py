"""Build: the palette, the layer table with its live summary, the layer and compile editors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.model.explain import param_formula, params_working, shape_rule, shape_working
from core.model.graph import layer_names, output_names
from core.model.graph_edits import needs_functional
from core.model.spec import LayerSpec
from core.model.summary import summary_text, totals_lines
from core.model.templates import TEMPLATES
from gui.build.compile_panel import CompilePanel
from gui.build.connections_box import ConnectionsBox
from gui.build.graph_actions import GraphActions
from gui.build.layer_table import LayerTableModel, LayerTableView
from gui.build.model_edits import with_compile, with_dataset
from gui.build.palette import Palette, format_dims, parse_dims
from gui.build.property_editor import INNER, PropertyEditor
from gui.build.top_bar import TopBar
from gui.session.document import ModelDocument
from gui.widgets.graph_view import GraphView
from gui.widgets.panes import VerticalPane, sturdy_splitter


class BuilderPanel(QWidget):
    """The Build area of the window; edits the document only through undoable steps."""

    def __init__(self, doc: ModelDocument) -> None:
        super().__init__()
        self.doc = doc
        self._updating = False

        # --- top bar: template, dataset, input shape -------------------------------------------
        self.top_bar = TopBar()
        for name in ("template_combo", "dataset_combo", "input_combo", "input_error", "input_label",
                     "functional_button"):
            setattr(self, name, getattr(self.top_bar, name))

        # --- palette --------------------------------------------------------------------------
        self.palette_list = Palette()
        self.add_button = QPushButton(translate("BuilderPanel", "Add ▸"))
        self.add_button.setToolTip(translate("BuilderPanel", "Add the chosen layer type below the "
                                             "selected layer."))
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>{}</b>".format(translate("BuilderPanel", "Layers"))))
        left.addWidget(self.palette_list, 1)
        hint = QLabel(translate("BuilderPanel", "Double-click, or drag onto the table."))
        hint.setWordWrap(True)
        left.addWidget(hint)
        left.addWidget(self.add_button)
        left_host = QWidget()
        left_host.setLayout(left)

        # --- the table and its buttons ----------------------------------------------------------
        self.table_model = LayerTableModel()
        self.table = LayerTableView(self.table_model)
        self.insert_button = self._tool(
            translate("BuilderPanel", "Insert above"),
            translate("BuilderPanel", "Insert the chosen layer type above the selected layer."),
            self.insert_layer)
        self.remove_button = self._tool(
            translate("BuilderPanel", "Remove"),
            translate("BuilderPanel", "Remove the selected layer (Delete)."), self.remove_layer)
        self.duplicate_button = self._tool(
            translate("BuilderPanel", "Duplicate"),
            translate("BuilderPanel", "Add a copy of the selected layer below it (Ctrl+D)."),
            self.duplicate_layer)
        self.up_button = self._tool(
            translate("BuilderPanel", "Move up"),
            translate("BuilderPanel", "Move the selected layer up (Ctrl+Up)."), lambda: self.move_layer(-1))
        self.down_button = self._tool(
            translate("BuilderPanel", "Move down"),
            translate("BuilderPanel", "Move the selected layer down (Ctrl+Down)."),
            lambda: self.move_layer(+1))
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.duplicate_button.setShortcut(QKeySequence("Ctrl+D"))
        self.up_button.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_button.setShortcut(QKeySequence("Ctrl+Down"))
        buttons = QHBoxLayout()
        for b in (self.insert_button, self.remove_button, self.duplicate_button, self.up_button,
                  self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.keras_text_button = self._tool(
            translate("BuilderPanel", "Keras text"),
            translate("BuilderPanel", "Show the summary exactly as Keras's model.summary() prints it."),
            self._toggle_keras_text)
        self.keras_text_button.setCheckable(True)
        buttons.addWidget(self.keras_text_button)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.keras_text = QPlainTextEdit()
        self.keras_text.setReadOnly(True)
        self.keras_text.setFont(mono)
        self.keras_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.keras_text.hide()
        # The same model as a table (Keras's summary) or as a graph (boxes and shapes, like Netron).
        self.graph_view = GraphView()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.table, translate("BuilderPanel", "Summary"))
        self.views.addTab(self.graph_view, translate("BuilderPanel", "Graph"))
        self.views.setTabToolTip(1, translate("BuilderPanel", "The model as boxes top to bottom: the shape "
                                              "on every arrow; parameters, multiply-adds and activation "
                                              "memory per sample in every box. Click a box to edit it."))
        middle = QVBoxLayout()
        middle.addWidget(self.views, 3)
        middle.addLayout(buttons)
        middle.addWidget(self.totals)
        middle.addWidget(self.keras_text, 2)
        middle_host = QWidget()
        middle_host.setLayout(middle)

        # --- right: layer properties and compile settings ------------------------------------------
        self.properties = PropertyEditor()
        self.connections = ConnectionsBox()
        self.properties.add_section(self.connections)
        self.graph = GraphActions(doc, self._say)
        self.compile_panel = CompilePanel()
        # The layer's settings scroll when they are long (Conv2D's, with its explanation); Compile
        # stays whole under them, never cut at the bottom of a 720-pixel screen.
        right_host = QWidget()
        right = QVBoxLayout(right_host)
        right.setContentsMargins(0, 0, 0, 0)
        properties_pane = VerticalPane(self.properties)
        properties_pane.setMinimumWidth(340)
        right.addWidget(properties_pane, 1)
        right.addWidget(self.compile_panel)

        splitter = sturdy_splitter(Qt.Orientation.Horizontal, left_host, middle_host, right_host,
                                   sizes=[150, 820, 390], stretch=[0, 1, 0])
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_bar)
        layout.addWidget(splitter, 1)

        # --- wiring (all receivers live in the GUI thread) -----------------------------------------
        self.template_combo.activated.connect(self._on_template)
        self.dataset_combo.activated.connect(self._on_dataset)
        self.input_combo.lineEdit().editingFinished.connect(self._on_input_text)
        self.input_combo.activated.connect(lambda _i: self._on_input_text())
        self.add_button.clicked.connect(self.add_layer)
        self.palette_list.itemDoubleClicked.connect(lambda _item: self.add_layer())
        self.table.selectionModel().currentRowChanged.connect(self._on_row_selected)
        self.table_model.moveRequested.connect(self._on_drop_move)
        self.table_model.insertRequested.connect(self._on_drop_insert)
        self.properties.paramEdited.connect(self._on_param)
        self.properties.nameEdited.connect(self._on_name)
        self.compile_panel.edited.connect(self._on_compile)
        self.functional_button.clicked.connect(self.graph.make_functional)
        self.connections.inputsEdited.connect(self._on_inputs)
        self.connections.outputToggled.connect(self._on_output)
        self.connections.wrapChosen.connect(self._on_wrap)
        self.views.currentChanged.connect(lambda _i: self._show_graph())
        self.graph_view.layerClicked.connect(self._on_box_clicked)
        doc.changed.connect(self.refresh)
        self.refresh()

    def _tool(self, text: str, tip: str, slot: Any) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.clicked.connect(slot)
        return b

    def sizeHint(self) -> QSize:
        return QSize(1200, 680)

    # --- showing the document --------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw everything from the document (after any edit, undo or redo)."""
        self._updating = True
        try:
            spec, info = self.doc.spec, self.doc.info
            self.table_model.set_info(info, spec)
            row = self.doc.selected_row
            if row is not None:
                self.table.selectRow(row)
            if info.errors:
                row_info = info.errors[0][0]
                self.totals.setText(translate(
                    "BuilderPanel", "Total params: ? — Keras would refuse row {row} ({name}); its Check "
                    "cell says how to fix it.").format(row=row_info.index + 1, name=row_info.name))
            else:
                self.totals.setText("   ".join(line.strip() for line in totals_lines(info)))
            if self.keras_text.isVisible():
                self.keras_text.setPlainText(summary_text(info, spec.name))
            self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(spec.dataset))
            if parse_dims(self.input_combo.currentText()) != tuple(spec.input_shape):
                self.input_combo.setEditText(format_dims(spec.input_shape))
            # A functional model's inputs are its Input rows: no model-wide input shape then.
            for w in (self.input_label, self.input_combo, self.functional_button):
                w.setVisible(not spec.functional)
            self.table.show_connections(spec.functional)
            self._show_graph()
            self.compile_panel.show_compile(spec.compile, output_names(spec))
            self._show_selection()
        finally:
            self._updating = False

    def _show_selection(self) -> None:
        """Point the property editor and the row buttons at the selected layer."""
        spec, row = self.doc.spec, self.doc.selected_row
        layer = spec.layers[row] if row is not None else None
        names = layer_names(spec)
        self.properties.show_layer(row, layer, names[row] if row is not None else "")
        self.connections.show_layer(spec, row, names, output_names(spec))
        info = self.doc.info
        shown = row is not None and row < len(info.rows)
        self.properties.show_problems([(p.severity, p.message) for p in info.rows[row].problems]
                                      if shown else [])
        if shown:
            self.properties.show_explanation(
                shape_rule(layer.type), shape_working(spec, info, row),
                param_formula(layer.type), params_working(spec, info, row))
        has_row = row is not None
        for b in (self.remove_button, self.duplicate_button):
            b.setEnabled(has_row)
        self.up_button.setEnabled(has_row and row > 0)
        self.down_button.setEnabled(has_row and row < len(spec.layers) - 1)

    def _show_graph(self) -> None:
        """Draw the graph when its tab is shown (laying it out on every edit would slow typing)."""
        if self.views.currentWidget() is self.graph_view:
            self.graph_view.set_model(self.doc.spec, self.doc.info)
            self.graph_view.select(self.doc.selected_row)

    def _on_box_clicked(self, row: int) -> None:
        self.doc.selected_row = row
        self.table.selectRow(row)
        self.graph_view.select(row)
        self._show_selection()

    def _toggle_keras_text(self) -> None:
        self.keras_text.setVisible(self.keras_text_button.isChecked())
        if self.keras_text.isVisible():
            self.keras_text.setPlainText(summary_text(self.doc.info, self.doc.spec.name))

    # --- layer edits ------------------------------------------------------------------------------
    def _edit_layers(self, layers: list[LayerSpec], text: str, select: int | None) -> None:
        spec = self.doc.spec.copy()
        spec.layers = layers
        self.doc.edit(spec, text, select)

    def _say(self, text: str) -> None:
        self.input_error.setText(text)

    def _insert(self, type_name: str, at: int) -> None:
        if self.doc.spec.functional or needs_functional(type_name):
            self.graph.add(type_name, at - 1 if at > 0 else None)
            return
        layers = [layer.copy() for layer in self.doc.spec.layers]
        at = max(0, min(at, len(layers)))
        layers.insert(at, LayerSpec.new(type_name))
        self._edit_layers(layers, translate("BuilderPanel", "Add {type}").format(type=type_name), at)

    def add_layer(self) -> None:
        """Add the palette's chosen type below the selected layer (or at the end)."""
        row = self.doc.selected_row
        self._insert(self.palette_list.current_type(),
                     len(self.doc.spec.layers) if row is None else row + 1)

    def insert_layer(self) -> None:
        """Insert the palette's chosen type above the selected layer."""
        self._insert(self.palette_list.current_type(), self.doc.selected_row or 0)

    def remove_layer(self) -> None:
        row = self.doc.selected_row
        if row is None:
            return
        if self.doc.spec.functional:
            self.graph.remove(row)
            return
        layers = [layer.copy() for layer in self.doc.spec.layers]
        removed = layers.pop(row)
        self._edit_layers(layers, translate("BuilderPanel", "Remove {type}").format(type=removed.type),
                          min(row, len(layers) - 1))

    def duplicate_layer(self) -> None:
        row = self.doc.selected_row
        if row is None:
            return
        if self.doc.spec.functional:
            self.graph.duplicate(row)
            return
        layers = [layer.copy() for layer in self.doc.spec.layers]
        twin = layers[row].copy()
        twin.name = ""  # a copied name would clash; Keras names the copy
        layers.insert(row + 1, twin)
        self._edit_layers(layers, translate("BuilderPanel", "Duplicate {type}").format(type=twin.type),
                          row + 1)

    def move_layer(self, delta: int) -> None:
        row = self.doc.selected_row
        if row is None:
            return
        self._move(row, row + delta)

    def _move(self, src: int, dst: int) -> None:
        layers = [layer.copy() for layer in self.doc.spec.layers]
        if not (0 <= src < len(layers)) or not (0 <= dst < len(layers)) or src == dst:
            return
        if self.doc.spec.functional:
            self.graph.move(src, dst)
            return
        layer = layers.pop(src)
        layers.insert(dst, layer)
        self._edit_layers(layers, translate("BuilderPanel", "Move {type}").format(type=layer.type), dst)

    def _on_drop_move(self, src: int, row: int) -> None:
        # row is the gap the row was dropped into, counted before the source is removed.
        self._move(src, row - 1 if row > src else row)

    def _on_drop_insert(self, type_name: str, row: int) -> None:
        self._insert(type_name, row)

    def _on_row_selected(self, current: Any, _previous: Any) -> None:
        if self._updating:
            return
        self.doc.selected_row = current.row() if current.isValid() else None
        self._show_selection()

    def _on_param(self, name: str, value: Any) -> None:
        row = self.doc.selected_row
        if self._updating or row is None:
            return
        layers = [layer.copy() for layer in self.doc.spec.layers]
        if name.startswith(INNER):  # the wrapped layer of a TimeDistributed
            inner = layers[row].inner
            assert isinstance(inner, LayerSpec)
            inner.params[name[len(INNER):]] = value
        else:
            layers[row].params[name] = value
        self._edit_layers_merged(layers, translate("BuilderPanel", "Set {param} = {value}").format(
            param=name, value=value), row, f"{row}:{name}")

    def _edit_layers_merged(self, layers: list[LayerSpec], text: str, row: int, key: str) -> None:
        spec = self.doc.spec.copy()
        spec.layers = layers
        self.doc.edit(spec, text, row, merge_key=key)

    def _on_name(self, name: str) -> None:
        row = self.doc.selected_row
        if self._updating or row is None or self.doc.spec.layers[row].name == name:
            return
        if self.doc.spec.functional:
            self.graph.rename(row, name)
            return
        layers = [layer.copy() for layer in self.doc.spec.layers]
        layers[row].name = name
        if name:
            text = translate("BuilderPanel", "Rename to {name}").format(name=name)
        else:
            text = translate("BuilderPanel", "Rename to automatic")
        self._edit_layers(layers, text, row)

    def _on_inputs(self, sources: list[str]) -> None:
        if not self._updating and self.doc.selected_row is not None:
            self.graph.connect(self.doc.selected_row, sources)

    def _on_output(self, is_output: bool) -> None:
        row = self.doc.selected_row
        if not self._updating and row is not None and not self.graph.set_output(row, is_output):
            self._show_selection()  # refused: the box shows the model as it is

    def _on_wrap(self, choice: str) -> None:
        if not self._updating and self.doc.selected_row is not None:
            self.graph.wrap(self.doc.selected_row, choice)

    # --- model-wide edits ----------------------------------------------------------------------------
    def _on_template(self, index: int) -> None:
        name = self.template_combo.itemData(index)
        self.template_combo.setCurrentIndex(0)
        if name:
            self.doc.edit(TEMPLATES[name].make(),
                          translate("BuilderPanel", "Template {name}").format(name=name), 0)

    def _on_dataset(self, _index: int) -> None:
        with_dataset(self.doc, self.dataset_combo.currentData())

    def _on_input_text(self) -> None:
        if self._updating:
            return
        dims = parse_dims(self.input_combo.currentText())
        if dims is None:
            self.input_error.setText(translate("BuilderPanel", "Type positive sizes like 28×28×1, 28, 28 "
                                               "or 784."))
            return
        self.input_error.clear()
        if dims != tuple(self.doc.spec.input_shape):
            spec = self.doc.spec.copy()
            spec.input_shape = dims
            self.doc.edit(spec, translate("BuilderPanel", "Input shape {shape}").format(
                shape=format_dims(dims)), self.doc.selected_row)

    def _on_compile(self, field: str, value: Any) -> None:
        if not self._updating:
            with_compile(self.doc, field, value)
