"""The form that edits the selected layer's parameters (one widget per catalog Param)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.model.layer_catalog import Param, layer_type
from core.model.spec import LayerSpec
from gui.widgets.theme import error_style

FLOAT_DECIMALS = {"rate": 2, "momentum": 3, "epsilon": 6}
INNER = "layer."  # paramEdited's prefix for a parameter of the layer a TimeDistributed wraps


class _Field:
    """One parameter's widget: reads and writes a Python value."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None],
                 blockers: list[QWidget]):
        self.widget, self.get, self._put, self._blockers = widget, get, put, blockers

    def set(self, value: Any) -> None:
        if value == self.get():
            return
        for w in self._blockers:
            w.blockSignals(True)
        try:
            self._put(value)
        finally:
            for w in self._blockers:
                w.blockSignals(False)


def _spin(minimum: int, maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setGroupSeparatorShown(True)
    return box


class PropertyEditor(QWidget):
    """Edits one LayerSpec; emits paramEdited / nameEdited, never touches the spec itself."""

    paramEdited = Signal(str, object)  # parameter name, new value
    nameEdited = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel()
        self._title.setObjectName("propertyTitle")
        self._title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self._about = QLabel()
        self._about.setWordWrap(True)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._shape_error = QLabel()
        self._shape_error.setStyleSheet(error_style())
        self._shape_error.setWordWrap(True)
        self._shape_error.hide()
        # The checks' messages on this layer, whole: the table's Check column may cut them short.
        self.problems = QLabel()
        self.problems.setObjectName("layerProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(error_style())
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        # "What does this do?": the shape rule and Param # formula, worked with this layer's numbers.
        self.explain_box = QGroupBox(translate("PropertyEditor", "What does this do?"))
        self.explain_box.setObjectName("explainBox")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.explain_box).addWidget(self.explanation)
        self.explain_box.hide()
        for w in (self._title, self.problems, self._about, self._form_host, self._shape_error,
                  self.explain_box):
            self._layout.addWidget(w)
        self._layout.addStretch(1)
        self._fields: dict[str, _Field] = {}
        self._name_edit: QLineEdit | None = None
        self._key: tuple[int, str] | None = None
        self.show_layer(None, None, "")

    # --- public ----------------------------------------------------------------------------
    def show_layer(self, row: int | None, layer: LayerSpec | None, auto_name: str) -> None:
        """Show layer (at row) for editing; rebuilds the form only when the layer changes."""
        inner = layer.inner.type if layer is not None and isinstance(layer.inner, LayerSpec) else None
        key = (row, layer.type, inner) if layer is not None and row is not None else None
        if key != self._key:
            self._key = key
            self._rebuild(layer, auto_name)
        if layer is None:
            return
        self._title.setText(f"{auto_name} ({layer.type})")
        assert self._name_edit is not None
        self._name_edit.setPlaceholderText(auto_name if not layer.name else "")
        if self._name_edit.text() != layer.name and not self._name_edit.hasFocus():
            self._name_edit.setText(layer.name)
        for name, field in self._fields.items():
            if name.startswith(INNER):
                assert isinstance(layer.inner, LayerSpec)
                field.set(layer.inner.params[name[len(INNER):]])
            else:
                field.set(layer.params[name])

    def add_section(self, widget: QWidget) -> None:
        """Show widget under the layer's parameters, above "What does this do?"."""
        self._layout.insertWidget(self._layout.indexOf(self.explain_box), widget)

    def show_explanation(self, rule: str, shape: str, formula: str, params: str) -> None:
        """Fill the "What does this do?" box: the general rules and this layer's numbers."""
        parts = [translate("PropertyEditor", "<b>Output shape.</b> {rule}<br>{shape}").format(
                     rule=html.escape(rule), shape=html.escape(shape)),
                 translate("PropertyEditor", "<b>Param #.</b> {formula}<br>{params}").format(
                     formula=html.escape(formula), params=html.escape(params))]
        self.explanation.setText("<br><br>".join(parts))
        self.explain_box.show()

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """The checks' (severity, message) pairs on the layer shown, each in full; none hides them."""
        self.problems.setText("\n".join(("✖ " if severity == "error" else "⚠ ") + message
                                        for severity, message in problems))
        self.problems.setVisible(bool(problems))

    def field_widget(self, param: str) -> QWidget:
        """The widget editing param (for tests and keyboard focus)."""
        return self._fields[param].widget

    # --- building the form ----------------------------------------------------------------------
    def _rebuild(self, layer: LayerSpec | None, auto_name: str) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields.clear()
        self._name_edit = None
        self._shape_error.hide()
        if layer is None:
            self.explain_box.hide()
            self._title.setText(translate("PropertyEditor", "No layer selected"))
            self._about.setText(translate("PropertyEditor", "Pick a layer in the table to edit it, or add "
                                          "one from the palette."))
            return
        lt = layer_type(layer.type)
        self._about.setText(lt.translated_tooltip())
        name_edit = QLineEdit(layer.name)
        name_edit.setToolTip(translate("PropertyEditor", "The layer's name in the summary; leave empty to "
                                       "let Keras name it."))
        name_edit.editingFinished.connect(self._on_name_finished)
        self._name_edit = name_edit
        self._add_row("name", name_edit.toolTip(), name_edit)
        if not lt.params:
            self._about.setText(lt.translated_tooltip() + "\n"
                                + translate("PropertyEditor", "This layer has no parameters to set."))
        for p in lt.params:
            field = self._make_field(p)
            field.set(layer.params[p.name])
            self._fields[p.name] = field
            self._add_row(p.name, p.translated_tooltip(), field.widget)
        if isinstance(layer.inner, LayerSpec):  # TimeDistributed: the wrapped layer's own settings
            inner = layer_type(layer.inner.type)
            self._form.addRow(QLabel("<i>{}</i>".format(translate("PropertyEditor", "wrapped {type}:").format(
                type=inner.name))))
            for p in inner.params:
                key = INNER + p.name
                field = self._make_field(p, key)
                field.set(layer.inner.params[p.name])
                self._fields[key] = field
                self._add_row(p.name, p.translated_tooltip(), field.widget)

    def _add_row(self, label: str, tip: str, widget: QWidget) -> None:
        lab = QLabel(label)
        lab.setToolTip(tip)
        widget.setToolTip(tip)
        widget.setObjectName(f"param_{label}")
        self._form.addRow(lab, widget)

    def _on_name_finished(self) -> None:
        if self._name_edit is not None:
            self.nameEdited.emit(self._name_edit.text().strip())

    def _make_field(self, p: Param, key: str | None = None) -> _Field:
        emit = lambda value, n=key or p.name: self.paramEdited.emit(n, value)  # noqa: E731
        if p.kind == "int":
            box = _spin(min(0, int(p.minimum or 0)), int(p.maximum or 1_000_000))  # Concatenate's axis -1
            box.valueChanged.connect(emit)
            return _Field(box, box.value, box.setValue, [box])
        if p.kind == "float":
            dbox = QDoubleSpinBox()
            decimals = FLOAT_DECIMALS.get(p.name, 4)
            dbox.setDecimals(decimals)
            dbox.setRange(p.minimum or 0.0, p.maximum if p.maximum is not None else 1e6)
            dbox.setSingleStep(0.05 if decimals <= 3 else 10 ** -decimals * 100)
            dbox.valueChanged.connect(emit)
            return _Field(dbox, dbox.value, dbox.setValue, [dbox])
        if p.kind == "bool":
            check = QCheckBox()
            check.toggled.connect(emit)
            return _Field(check, check.isChecked, check.setChecked, [check])
        if p.kind == "choice":
            combo = QComboBox()
            combo.addItems(list(p.choices))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentTextChanged.connect(emit)
            return _Field(combo, combo.currentText, combo.setCurrentText, [combo])
        if p.kind in ("pair", "optional_pair"):
            return self._pair_field(p, emit)
        if p.kind == "shape":
            return self._shape_field(emit)
        raise AssertionError(p.kind)

    def _pair_field(self, p: Param, emit: Callable[[Any], None]) -> _Field:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        a, b = _spin(0, int(p.maximum or 1000)), _spin(0, int(p.maximum or 1000))
        same = QCheckBox(translate("PropertyEditor", "same as pool_size")) if p.kind == "optional_pair" \
            else None
        if same is not None:
            row.addWidget(same)
        row.addWidget(a)
        row.addWidget(QLabel("×"))
        row.addWidget(b)

        def value() -> tuple[int, int] | None:
            return None if same is not None and same.isChecked() else (a.value(), b.value())

        def put(v: tuple[int, int] | None) -> None:
            if same is not None:
                same.setChecked(v is None)
            a.setEnabled(v is not None)
            b.setEnabled(v is not None)
            if v is not None:
                a.setValue(v[0])
                b.setValue(v[1])

        def changed() -> None:
            a.setEnabled(value() is not None)
            b.setEnabled(value() is not None)
            emit(value())

        a.valueChanged.connect(changed)
        b.valueChanged.connect(changed)
        blockers: list[QWidget] = [a, b]
        if same is not None:
            same.toggled.connect(changed)
            blockers.append(same)
        return _Field(host, value, put, blockers)

    def _shape_field(self, emit: Callable[[Any], None]) -> _Field:
        edit = QLineEdit()
        edit.setPlaceholderText(translate("PropertyEditor", "e.g. 28, 28, 1"))

        def parse() -> tuple[int, ...] | None:
            parts = [s for s in edit.text().replace("×", ",").replace("x", ",").split(",") if s.strip()]
            try:
                return tuple(int(s) for s in parts) or None
            except ValueError:
                return None

        def finished() -> None:
            shape = parse()
            if shape is None:
                self._shape_error.setText(translate("PropertyEditor", "Type whole numbers separated by "
                                                    "commas, like 28, 28, 1."))
                self._shape_error.show()
                return
            self._shape_error.hide()
            emit(shape)

        edit.editingFinished.connect(finished)
        return _Field(edit, parse, lambda v: edit.setText(", ".join(str(d) for d in v)), [edit])

