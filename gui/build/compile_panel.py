"""compile(optimizer, loss, metrics): the settings the model is trained with."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.spec import LOSSES, OPTIMIZER_CLASSES, OPTIMIZERS, OPTIMIZERS_WITH_MOMENTUM, CompileSpec

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
        "CompilePanel", "Mean squared error between the outputs and one-hot labels; usual for "
        "regression."),
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
        self.accuracy = QCheckBox("accuracy")  # Keras's metric name
        self.accuracy.setToolTip(translate("CompilePanel", "Also report the fraction of correctly "
                                           "classified samples."))
        for combo in (self.optimizer, self.loss):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.loss_note = QLabel()
        self.loss_note.setWordWrap(True)
        self.loss_note.setStyleSheet("color: palette(mid);")
        for label, widget in (("optimizer", self.optimizer), ("learning_rate", self.learning_rate),
                              ("momentum", self.momentum), ("loss", self.loss),
                              ("metrics", self.accuracy)):
            lab = QLabel(label)
            lab.setToolTip(widget.toolTip())
            widget.setObjectName(f"compile_{label}")
            form.addRow(lab, widget)
        form.addRow(self.loss_note)
        self._widgets: list[QWidget] = [self.optimizer, self.learning_rate, self.momentum,
                                        self.loss, self.accuracy]
        self.optimizer.currentIndexChanged.connect(
            lambda _i: self.edited.emit("optimizer", self.optimizer.currentData()))
        self.learning_rate.valueChanged.connect(lambda v: self.edited.emit("learning_rate", v))
        self.momentum.valueChanged.connect(lambda v: self.edited.emit("momentum", v))
        self.loss.currentTextChanged.connect(lambda v: self.edited.emit("loss", v))
        self.accuracy.toggled.connect(
            lambda on: self.edited.emit("metrics", ["accuracy"] if on else []))

    def show_compile(self, c: CompileSpec) -> None:
        """Show c without emitting edits."""
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
            self.loss_note.setText(translate("CompilePanel", LOSS_TIPS[c.loss]))
        finally:
            for w in self._widgets:
                w.blockSignals(False)
