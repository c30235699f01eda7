"""Train ▸ "Fine-tune on your own digits": what a run on the class's own data starts from, the MNIST
share mixed in, the augmented copies (with their preview), the before/after comparison, and the new
output layer a dataset with other classes needs. Shown while Train's dataset is the student's own.

The model to start from is opened by the window (File ▸ Open's path, asking about unsaved work
first); this box keeps it as it was (core.training.fine_tune.StartingPoint), so that the table
after training compares with it, whatever the run changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.drawing.augment_copies import MAX_COPIES, AugmentSettings
from core.i18n import translate
from core.training.fine_tune import (
    MAX_MNIST_SHARE,
    FineTune,
    StartingPoint,
    class_names_of,
    new_output_layer,
    output_change,
)
from gui.session.document import ModelDocument


class FineTuneBox(QGroupBox):
    """The fine-tuning settings; startFrom("default" or "file") asks the window to open a model."""

    startFrom = Signal(str)

    def __init__(self, doc: ModelDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("FineTuneBox", "Fine-tune on your own digits"), parent)
        self.doc = doc
        self.dataset = ""  # Train's dataset: the student's own file or folder
        self.start: StartingPoint | None = None
        self._start_keys: set[str] = set()  # the architectures that are the start (and its new output layer)
        self.augment = AugmentSettings()
        self.start_label = QLabel()
        self.start_label.setWordWrap(True)
        self.start_label.setObjectName("fineTuneStart")
        self.default_button = QPushButton(translate("FineTuneBox", "Start from the default model"))
        self.default_button.setToolTip(translate("FineTuneBox", "Put the digit model that ships with "
                                                 "DigitScope, trained weights and all, in Build: Train "
                                                 "then teaches it your handwriting."))
        self.file_button = QPushButton(translate("FineTuneBox", "Start from a trained model…"))
        self.file_button.setToolTip(translate("FineTuneBox", "Open a trained .keras model (or a "
                                              "workspace) to teach it your data."))
        self.mix = QSpinBox()
        self.mix.setRange(0, round(MAX_MNIST_SHARE * 100))
        self.mix.setSuffix(" %")
        self.mix.setValue(30)
        self.mix.setToolTip(translate("FineTuneBox", "The share of the training set made of MNIST's "
                                      "training digits: some keep the model reading the digits it learned "
                                      "from, too many drown your own."))
        self.copies = QSpinBox()
        self.copies.setRange(0, MAX_COPIES)
        self.copies.setValue(2)
        self.copies.setToolTip(translate("FineTuneBox", "Varied copies of each of your digits (turned, "
                                         "slanted, re-drawn…), added to the originals: more to learn from "
                                         "when a class drew few."))
        self.preview_button = QPushButton(translate("FineTuneBox", "Preview…"))
        self.preview_button.setToolTip(translate("FineTuneBox", "See what each augmentation setting does "
                                                 "to a few of your digits, and change the settings."))
        self.compare = QCheckBox(translate("FineTuneBox", "Compare before and after"))
        self.compare.setChecked(True)
        self.compare.setToolTip(translate("FineTuneBox", "Measure the model on MNIST's test digits and on "
                                          "your held-out writers before and after training: one table in "
                                          "Before / after."))
        starts = QHBoxLayout()
        starts.addWidget(self.default_button)
        starts.addWidget(self.file_button)
        copies_row = QHBoxLayout()
        copies_row.addWidget(self.copies, 1)
        copies_row.addWidget(self.preview_button)
        form = QFormLayout()
        form.addRow(translate("FineTuneBox", "Mix in MNIST"), self.mix)
        form.addRow(translate("FineTuneBox", "Augmented copies"), copies_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start_label)
        layout.addLayout(starts)
        layout.addLayout(form)
        layout.addWidget(self.compare)
        self.default_button.clicked.connect(lambda: self.startFrom.emit("default"))
        self.file_button.clicked.connect(lambda: self.startFrom.emit("file"))
        self.preview_button.clicked.connect(self._preview)
        doc.changed.connect(self.show_start)
        doc.weightsChanged.connect(self.show_start)
        self.show_start()

    # --- the model to start from ---------------------------------------------------------------------
    def set_start(self, start: StartingPoint | None) -> None:
        """The model the window just opened in Build, kept as it is now for the comparison."""
        self.start = start
        self._start_keys = {start.spec.architecture_key()} if start is not None else set()
        self.show_start()

    def starting_point(self) -> StartingPoint | None:
        """The start kept, while Build still holds it (or it with a new output layer)."""
        if self.start is not None and self.doc.spec.architecture_key() in self._start_keys:
            return self.start
        return None

    def show_start(self) -> None:
        start = self.starting_point()
        if start is not None:
            text = translate("FineTuneBox", "Train starts from {model}.").format(model=start.label)
        elif self.doc.weights is not None:
            text = translate("FineTuneBox", "Train goes on from the trained weights of the model in Build.")
        else:
            text = translate("FineTuneBox", "The model in Build is untrained: start from the default model "
                                            "(or another trained one) to teach it your digits.")
        self.start_label.setText(text)

    def set_dataset(self, name: str, own: bool) -> None:
        """Train's dataset changed: the box shows for a folder of collected digits only (MNIST and
        the augmentations are for 28×28 digits, which only a collected folder promises unread)."""
        from core.data.collected import is_collected

        path = Path(name).expanduser()
        collected = own and path.is_dir() and is_collected(path)
        self.dataset = name if collected else ""
        self.setVisible(collected)

    # --- at Train ------------------------------------------------------------------------------------
    def fine_tune(self) -> FineTune | None:
        """The settings for this run (None when Train's dataset is not the student's own)."""
        if not self.dataset:
            return None
        settings = AugmentSettings.from_dict({**self.augment.to_dict(), "copies": self.copies.value()})
        return FineTune(mix_mnist=self.mix.value() / 100, augment=settings, before=self.starting_point(),
                        compare=self.compare.isChecked())

    def fit_output(self, parent: QWidget, dataset: str) -> str | None:
        """Before a run on data with other classes than the model's outputs: for collected digits,
        offer a new output layer (known classes keep their weights); for a built-in set of classes,
        refuse (MNIST after a model learned "+"). None: go on; else why Train does nothing."""
        from core.model.spec import DATASETS

        own = bool(self.dataset) and dataset == self.dataset
        names = class_names_of(dataset) if own or DATASETS.get(dataset, {}).get("task") == "classes" else None
        start = self.starting_point() if own else None
        change = output_change(self.doc.spec, names, start.class_names if start else None) if names else None
        if change is None:
            return None
        old, kept, new = change
        if not own:
            return translate("FineTuneBox", "Not trained: the model's last layer gives {units} classes, "
                             "but {dataset} has {n}. Give the last Dense layer {n} units in Build, or choose "
                             "data of {units} classes.").format(units=len(old), dataset=dataset, n=len(names))
        title = translate("FineTuneBox", "A new output layer")
        question = translate(
            "FineTuneBox", "Your data has {n} classes ({names}); the model's last layer gives {units}. "
            "Replace it with a layer of {n} units? The classes the model knows keep their trained "
            "weights ({kept}); the new ones start from random weights ({new}).").format(
            n=len(names), names=" ".join(names), units=len(old), kept=" ".join(kept) or "—",
            new=" ".join(new) or "—")
        declined = translate("FineTuneBox", "Not trained: your data has {n} classes and the model's last "
                             "layer gives {units}; Train needs a last layer of {n} units.").format(
            n=len(names), units=len(old))
        if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
            return declined
        try:
            spec, weights = new_output_layer(self.doc.spec, self.doc.weights, old, names)
        except ValueError as e:
            return str(e)
        if start is not None:
            self._start_keys.add(spec.architecture_key())
        self.doc.edit(spec, translate("FineTuneBox", "new output layer for {n} classes").format(n=len(names)))
        self.doc.set_weights(weights)
        return None

    def _preview(self) -> None:
        from gui.train.augment_preview import AugmentPreview

        dialog = AugmentPreview(self.dataset, self.augment, self)
        dialog.changed.connect(self._take_settings)
        dialog.show()

    def _take_settings(self, settings: AugmentSettings) -> None:
        self.augment = settings
