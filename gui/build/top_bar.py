"""Build's top bar: start from a template, the dataset the model is for, a Sequential model's input
shape (or the switch to the functional API), and the line that says why an edit was refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from core.i18n import translate
from core.model.spec import DATASETS, dataset_title
from core.model.templates import TEMPLATES
from gui.build.palette import INPUT_PRESETS
from gui.widgets.theme import error_style


class TopBar(QWidget):
    """The widgets only; the builder panel connects them to its edits."""

    def __init__(self) -> None:
        super().__init__()
        self.template_combo = QComboBox()
        self.template_combo.addItem(translate("BuilderPanel", "Start from a template…"), None)
        for t in TEMPLATES.values():
            self.template_combo.addItem(t.translated_title(), t.name)
            self.template_combo.setItemData(self.template_combo.count() - 1, t.translated_description(),
                                            Qt.ItemDataRole.ToolTipRole)
        self.template_combo.setToolTip(translate("BuilderPanel", "Replace the model with one from the "
                                                 "course notes (undo brings yours back)."))
        self.dataset_combo = QComboBox()
        for key in DATASETS:
            self.dataset_combo.addItem(f"{dataset_title(key)} ({key})", key)
        self.dataset_combo.setToolTip(translate("BuilderPanel", "The data the model is for: sets the "
                                                "number of classes and offers its input shape."))
        for combo, letters in ((self.template_combo, 24), (self.dataset_combo, 18)):
            # Long titles would widen the window past a 1280-pixel screen: the list shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.input_combo = QComboBox()
        self.input_combo.setEditable(True)
        for label, _shape in INPUT_PRESETS:
            self.input_combo.addItem(label)
        self.input_combo.setToolTip(translate("BuilderPanel", "The shape of one sample without the batch "
                                              "axis: 28×28×1 for Conv2D on MNIST, 28×28 for Flatten "
                                              "first, 784 for Dense."))
        self.input_error = QLabel()  # also says why an edit of the graph was refused
        self.input_error.setStyleSheet(error_style())
        self.input_error.setWordWrap(True)
        self.input_label = QLabel(translate("BuilderPanel", "Input shape:"))
        self.functional_button = QPushButton(translate("BuilderPanel", "Functional API"))
        self.functional_button.setToolTip(translate(
            "BuilderPanel", "Write this model with the functional API (inputs = Input(...), x = "
            "Layer(...)(x), Model(inputs, outputs)) to branch, merge, and have several inputs or outputs. "
            "Adding an Input, Add or Concatenate does it too."))
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        for w in (QLabel(translate("BuilderPanel", "Template:")), self.template_combo,
                  QLabel(translate("BuilderPanel", "Dataset:")), self.dataset_combo,
                  self.input_label, self.input_combo, self.functional_button):
            top.addWidget(w)
        top.addWidget(self.input_error, 1)

