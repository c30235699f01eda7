"""What Inside the network computes activations and saliency for: the drawing on the canvas of
Draw & predict, or a random image of a test split (the only choice for 32×32 colour models)."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from core.data.dataset import DatasetError
from core.i18n import QT_TRANSLATE_NOOP, translate
from gui.inside.layer_pages import shape_text
from gui.session.session import LabSession

INPUTS = (("canvas", QT_TRANSLATE_NOOP("InputChooser", "The drawing in Draw & predict")),
          ("test", QT_TRANSLATE_NOOP("InputChooser", "A test image")))


def takes_images(model: Any) -> bool:
    """One input of an image's size (28×28 grey or 32×32 colour, or flat): a drawing or a test image
    can go in; other models (measurements, words, several inputs) take a test sample of their data."""
    if model is None or len(model.inputs) != 1:
        return False
    size = int(np.prod(tuple(model.inputs[0].shape[1:])))
    return size in (784, 3072) and "int" not in str(model.inputs[0].dtype)


class InputChooser(QWidget):
    """The input combo and 'Another test image'; `changed` when the input is another one."""

    changed = Signal()
    message = Signal(str, bool)  # text for the area's status line, and whether it is an error

    def __init__(self, session: LabSession) -> None:
        super().__init__()
        self.session = session
        self.model: Any = None
        self.dataset_name = "mnist"  # the test split to use when Train has not loaded one that fits
        self._test: tuple[np.ndarray, int] | None = None  # (model input, true class)
        self._rng = np.random.default_rng()
        self.combo = QComboBox()
        for key, text in INPUTS:
            self.combo.addItem(translate("InputChooser", text), key)
        self.combo.setToolTip(translate("InputChooser", "What the activations and 'Why this class?' are "
                                        "computed for."))
        self.another_button = QPushButton(translate("InputChooser", "Another test image"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("InputChooser", "Input")))
        layout.addWidget(self.combo)
        layout.addWidget(self.another_button)
        self.combo.activated.connect(self._on_chosen)
        self.another_button.clicked.connect(self.next_test_image)
        session.drawing.changed.connect(self._on_canvas)
        self._show_choice()

    @property
    def kind(self) -> str:
        """'canvas' or 'test'."""
        return self.combo.currentData()

    def set_model(self, model: Any, dataset_name: str) -> None:
        """The model inputs are for (a test image is picked again for it when asked). A model that
        takes no image gets a test sample: the drawing is no choice for it."""
        self.model, self.dataset_name, self._test = model, dataset_name, None
        images = model is None or takes_images(model)
        canvas = self.combo.model().item(self.combo.findData("canvas"))
        canvas.setEnabled(images)
        if not images and self.kind == "canvas":
            self.combo.setCurrentIndex(self.combo.findData("test"))
            self._show_choice()
            self.changed.emit()
        if model is not None and self.kind == "test":
            self.next_test_image()

    def _show_choice(self) -> None:
        self.another_button.setVisible(self.kind == "test")

    @Slot(int)
    def _on_chosen(self, _index: int) -> None:
        self._show_choice()
        if self.kind == "test" and self._test is None:
            self.next_test_image()
        self.changed.emit()

    @Slot()
    def _on_canvas(self) -> None:
        if self.kind == "canvas":
            self.changed.emit()

    def test_images(self) -> Any:
        """Train's dataset when its images fit the model, else the test split of dataset_name."""
        shape = tuple(int(d) for d in self.model.inputs[0].shape[1:])
        dataset = self.session.controller.dataset
        if dataset is None or not dataset.is_images or np.prod(dataset.image_shape) != np.prod(shape):
            dataset = self.session.sources.test_set(self.dataset_name)
        return dataset

    def _next_sample(self) -> None:
        """A random test sample of Train's dataset, prepared as for training (a model that takes
        measurements, words or several inputs: no drawing fits it)."""
        from core.data.preprocess import prepare_data, rows

        dataset = self.session.controller.dataset
        if dataset is None:
            self._test = None
            self.message.emit(translate("InputChooser", "This model takes no images: train it in Train "
                                        "first, and a sample of its test data is the input here."), True)
            return
        try:
            data = prepare_data(dataset, self.session.doc.spec, 0, for_training=False)
            i = int(self._rng.integers(data.n_test))
            sample = rows(data.x_test, slice(i, i + 1))
            x = {k: v[0] for k, v in sample.items()} if isinstance(sample, dict) else sample[0]
        except (DatasetError, ValueError) as e:
            self._test = None
            self.message.emit(translate("InputChooser", "No test sample for this model: {error}").format(
                error=e), True)
            return
        self._test = (x, -1)
        self.message.emit(translate("InputChooser", "Input: test sample #{number} of {dataset}.").format(
            number=f"{i:,}", dataset=dataset.name), False)
        self.changed.emit()

    @Slot()
    def next_test_image(self) -> None:
        """A random image of the test split as the input, with its true class."""
        if self.model is None:
            return
        if not takes_images(self.model):
            self._next_sample()
            return
        from core.data.preprocess import prepare_images

        try:
            dataset = self.test_images()
            i = int(self._rng.integers(len(dataset.x_test)))
            shape = tuple(int(d) for d in self.model.inputs[0].shape[1:])
            x = prepare_images(dataset.x_test[i:i + 1], shape)[0]
        except (DatasetError, ValueError) as e:
            self._test = None
            self.message.emit(translate("InputChooser", "No test image for this model: {error}").format(
                error=e), True)
            return
        self._test = (x, int(dataset.y_test[i]))
        names = list(dataset.class_names)
        true = names[self._test[1]] if self._test[1] < len(names) else str(self._test[1])
        self.message.emit(translate("InputChooser", "Input: test image #{number} of {dataset}, true class "
                                    "<b>{label}</b>.").format(number=f"{i:,}", dataset=dataset.name,
                                                              label=true), False)
        self.changed.emit()

    def current(self) -> tuple[np.ndarray | None, str]:
        """The input shaped as the model takes it, or None and what the user can do."""
        if self.model is None:
            return None, translate("InputChooser", "No model to compute with.")
        shape = tuple(int(d) for d in self.model.inputs[0].shape[1:])
        if self.kind == "test":
            return ((self._test[0], "") if self._test is not None else
                    (None, translate("InputChooser", "Press 'Another test image' to pick one.")))
        if not takes_images(self.model):
            return None, translate("InputChooser", "This model does not take a drawing: choose 'A test "
                                   "image' as the input (a sample of its test data).")
        x = self.session.drawing.current()
        if x is None:
            return None, translate("InputChooser", "Draw a digit in Draw & predict (or put a test digit "
                                   "there), or choose a test image.")
        if int(np.prod(shape)) != x.size:
            return None, translate("InputChooser", "The drawing is 28×28 grey, but this model takes {shape}: "
                                   "choose 'A test image' as the input.").format(shape=shape_text(shape))
        return x.reshape(shape).astype(np.float32), ""
