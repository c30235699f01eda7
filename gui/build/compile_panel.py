"""compile(optimizer, loss, metrics): the settings the model is trained with; for a model with several
outputs, each output's loss and loss weight too (compile(loss={...}, loss_weights={...}))."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.spec import (
    LOSSES,
    OPTIMIZER_CLASSES,
    OPTIMIZERS,
    OPTIMIZERS_WITH_MOMENTUM,
    CompileSpec,
    OutputCompile,
)

# In English here; translate("CompilePanel", LOSS_TIPS[loss]) where shown.
LOSS_TIPS = {
    "sparse_categorical_crossentropy": QT_TRANSLATE_NOOP(
        "CompilePanel", "For integer labels (0–9), as the datasets store them; needs a softmax output "
        "with one unit per class."),
    "categorical_crossentropy": QT_TRANSLATE_NOOP(
        "CompilePanel", "For one-hot labels; DigitScope converts the labels with to_categorical for "
        "you. Needs a softmax output."),
    "binary_crossentropy": QT_TRANSLATE_NOOP(
        "CompilePanel", "For yes/no labels with one sigmoid output; not for 10 classes."),
    "mse": QT_TRANSLATE_NOOP(
        "CompilePanel", "Mean squared error between the outputs and the targets: the usual loss for "
        "predicting a number (regression)."),
    "mae": QT_TRANSLATE_NOOP(
        "CompilePanel", "Mean absolute error: the average distance from the target, in its own units; "
        "less swayed by a few large errors than mse."),
}


class CompilePanel(QGroupBox):
    """Edits a CompileSpec; emits edited(field, value)."""

    edited = Signal(str, object)

    def __init__(self) -> None:
        super().__init__(translate("CompilePanel", "Compile"))
        form = QFormLayout(self)
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:
            self.optimizer.addItem(OPTIMIZER_CLASSES[name], name)
        self.optimizer.setToolTip(translate("CompilePanel", "The rule that updates the weights from the "
                                            "gradients (SGD is the plain one; Adam adapts the step per "
                                            "weight)."))
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(0.00001, 100.0)
        self.learning_rate.setSingleStep(0.001)
        self.learning_rate.setToolTip(translate("CompilePanel", "How big a step each update takes; too "
                                                "large diverges, too small learns slowly."))
        self.momentum = QDoubleSpinBox()
        self.momentum.setDecimals(3)
        self.momentum.setRange(0.0, 0.999)
        self.momentum.setSingleStep(0.05)
        self.momentum.setToolTip(translate("CompilePanel", "How much of the previous step carries into "
                                           "the next (SGD and RMSprop only; 0.9 is usual)."))
        self.loss = QComboBox()
        self.loss.addItems(list(LOSSES))
        self.loss.setToolTip(translate("CompilePanel", "What training minimises: how far the outputs are "
                                       "from the labels."))
        self.accuracy = QCheckBox("accuracy")  # Keras's metric names
        self.accuracy.setToolTip(translate("CompilePanel", "Also report the fraction of correctly "
                                           "classified samples."))
        self.mae = QCheckBox("mae")
        self.mae.setToolTip(translate("CompilePanel", "Also report the mean absolute error (for a number "
                                      "to predict), in the target's own units."))
        metrics = QWidget()
        row = QHBoxLayout(metrics)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.accuracy)
        row.addWidget(self.mae)
        row.addStretch(1)
        # A model with several outputs: each output's loss and weight (compile(loss={...},
        # loss_weights={...})).
        self.per_output = QWidget()
        self.per_output.setObjectName("compile_outputs")
        self._outputs_grid = QGridLayout(self.per_output)
        self._outputs_grid.setContentsMargins(0, 0, 0, 0)
        self._output_rows: dict[str, tuple[QComboBox, QDoubleSpinBox]] = {}
        for combo in (self.optimizer, self.loss):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.loss_note = QLabel()
        self.loss_note.setWordWrap(True)
        self.loss_note.setStyleSheet("color: palette(mid);")
        for label, widget in (("optimizer", self.optimizer), ("learning_rate", self.learning_rate),
                              ("momentum", self.momentum), ("loss", self.loss),
                              ("metrics", metrics)):
            lab = QLabel(label)
            lab.setToolTip(widget.toolTip())
            widget.setObjectName(f"compile_{label}")
            form.addRow(lab, widget)
        form.addRow(self.per_output)
        form.addRow(self.loss_note)
        self._widgets: list[QWidget] = [self.optimizer, self.learning_rate, self.momentum,
                                        self.loss, self.accuracy, self.mae]
        self._compile = CompileSpec()
        self.optimizer.currentIndexChanged.connect(
            lambda _i: self.edited.emit("optimizer", self.optimizer.currentData()))
        self.learning_rate.valueChanged.connect(lambda v: self.edited.emit("learning_rate", v))
        self.momentum.valueChanged.connect(lambda v: self.edited.emit("momentum", v))
        self.loss.currentTextChanged.connect(lambda v: self.edited.emit("loss", v))
        self.accuracy.toggled.connect(lambda _on: self.edited.emit("metrics", self._metrics()))
        self.mae.toggled.connect(lambda _on: self.edited.emit("metrics", self._metrics()))

    def _metrics(self) -> list[str]:
        return [name for name, box in (("accuracy", self.accuracy), ("mae", self.mae)) if box.isChecked()]

    def _show_outputs(self, c: CompileSpec, outputs: list[str]) -> None:
        """One row per output (loss, loss weight) when the model has several; none otherwise."""
        while self._outputs_grid.count():
            item = self._outputs_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._output_rows.clear()
        self.per_output.setVisible(len(outputs) > 1)
        if len(outputs) <= 1:
            return
        for column, text in enumerate((translate("CompilePanel", "output"), "loss", "loss_weight")):
            self._outputs_grid.addWidget(QLabel(f"<i>{text}</i>"), 0, column)
        for i, name in enumerate(outputs, 1):
            own = c.for_output(name)
            loss = QComboBox()
            loss.addItems(list(LOSSES))
            loss.setCurrentText(own.loss)
            loss.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            loss.setMinimumContentsLength(8)
            loss.setToolTip(translate("CompilePanel", LOSS_TIPS[own.loss]))
            weight = QDoubleSpinBox()
            weight.setDecimals(2)
            weight.setRange(0.0, 100.0)
            weight.setSingleStep(0.1)
            weight.setValue(own.loss_weight)
            weight.setToolTip(translate("CompilePanel", "How much this output's loss counts in the total "
                                        "loss (the notes give the auxiliary output 0.2)."))
            self._outputs_grid.addWidget(QLabel(name), i, 0)
            self._outputs_grid.addWidget(loss, i, 1)
            self._outputs_grid.addWidget(weight, i, 2)
            self._output_rows[name] = (loss, weight)
            loss.currentTextChanged.connect(self._emit_outputs)
            weight.valueChanged.connect(self._emit_outputs)

    def _emit_outputs(self) -> None:
        self.edited.emit("outputs", {
            name: OutputCompile(loss.currentText(), weight.value(), self._compile.for_output(name).metrics)
            for name, (loss, weight) in self._output_rows.items()})

    def output_row(self, name: str) -> tuple[QComboBox, QDoubleSpinBox]:
        """The loss and weight widgets of output name (for tests and keyboard focus)."""
        return self._output_rows[name]

    def show_compile(self, c: CompileSpec, outputs: list[str] | None = None) -> None:
        """Show c (for a model with these outputs) without emitting edits."""
        self._compile = c
        names = list(outputs or [])
        if names != list(self._output_rows) or any(
                (row[0].currentText(), row[1].value()) != (c.for_output(n).loss, c.for_output(n).loss_weight)
                for n, row in self._output_rows.items()):
            self._show_outputs(c, names)
        for w in self._widgets:
            w.blockSignals(True)
        try:
            self.optimizer.setCurrentIndex(self.optimizer.findData(c.optimizer))
            if not math.isclose(self.learning_rate.value(), c.learning_rate, rel_tol=1e-9):
                self.learning_rate.setValue(c.learning_rate)
            if not math.isclose(self.momentum.value(), c.momentum, rel_tol=1e-9):
                self.momentum.setValue(c.momentum)
            self.momentum.setEnabled(c.optimizer in OPTIMIZERS_WITH_MOMENTUM)
            self.loss.setCurrentText(c.loss)
            self.accuracy.setChecked("accuracy" in c.metrics)
            self.mae.setChecked("mae" in c.metrics)
            self.loss_note.setText(translate("CompilePanel", LOSS_TIPS[c.loss]))
        finally:
            for w in self._widgets:
                w.blockSignals(False)
