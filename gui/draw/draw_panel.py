"""Draw & predict: a canvas, the 28×28 input the network sees, and the class probabilities.

Every stroke update (throttled to the display rate) renders the strokes into the MNIST-like
28×28 input (core.drawing.strokes) and calls the model directly (core.inspection.predictor, ~1 ms). The
model is the shipped default digit model, the model built and trained in the app (with
live weights while it trains), or a .keras file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from core.data.catalogue import BUILTIN_CLASS_NAMES, MNIST_CLASS_NAMES, DatasetError
from core.drawing.strokes import image_to_input, strokes_to_input
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.inspection.predictor import InferenceError, Predictor
from core.model.sources import SHIPPED_MODELS
from gui.draw.probability_bars import ProbabilityBars
from gui.session.document import ModelDocument
from gui.session.size_guard import quiet_build_refusal
from gui.session.training_controller import TrainingController
from gui.train.results_panel import to_qimage
from gui.widgets.drawing_canvas import DrawingCanvas
from gui.widgets.pixel_view import PixelView
from gui.widgets.theme import error_style, muted_style

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".pgm", ".ppm", ".tif", ".tiff")
SOURCES = (("default", QT_TRANSLATE_NOOP("DrawPanel", "Default digit model (ships with DigitScope)")),
           ("app", QT_TRANSLATE_NOOP("DrawPanel", "The model from Build / Train")),
           ("file", QT_TRANSLATE_NOOP("DrawPanel", "A .keras file…")))
# Predict as soon as the mouse events already queued are handled: after every event on this
# laptop (an update costs ~3 ms), fewer on a slower one. A 16 ms throttle made the bars lag a
# frame behind the pen (benchmark: p95 25 ms from mouse event to bars, 13 ms without it).
FRAME_MS = 0


def qimage_to_array(image: QImage) -> np.ndarray:
    """A QImage as an (h, w, 4) uint8 RGBA array (alpha kept: transparent PNGs are common)."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h = rgba.width(), rgba.height()
    data = np.frombuffer(rgba.constBits(), np.uint8).reshape(h, rgba.bytesPerLine())
    return data[:, : 4 * w].reshape(h, w, 4).copy()


def softmax(scores: np.ndarray) -> np.ndarray:
    e = np.exp(scores - scores.max())
    return e / e.sum()


class DrawPanel(QWidget):
    """The Draw & predict area."""

    predictorChanged = Signal()  # another model predicts now (Inside the network follows it)
    weightsChanged = Signal()  # the same model got newer weights (live, while training)
    inputChanged = Signal()  # the 28×28 input changed (drawn, cleared, a picture)

    def __init__(self, doc: ModelDocument, trainer: TrainingController) -> None:
        super().__init__()
        self.doc = doc
        self.trainer = trainer
        self.predictor: Predictor | None = None
        self.source = "default"
        self._tf_ready = False
        self._app_key: str | None = None  # the spec the app predictor was built from
        self._file_path: Path | None = None
        self._image_input: np.ndarray | None = None  # set when a picture, not strokes, is the input
        self._test_sets: dict[str, Any] = {}
        self._rng = np.random.default_rng()
        self.last_probabilities: np.ndarray | None = None

        self.canvas = DrawingCanvas()
        self.canvas.setMinimumSize(280, 280)
        self.preview = PixelView()
        self.bars = ProbabilityBars()
        self.model_combo = QComboBox()
        for key, text in SOURCES:
            self.model_combo.addItem(translate("DrawPanel", text), key)
        self.model_combo.setToolTip(translate("DrawPanel", "Which model predicts: the shipped digit model, "
                                              "the one you built and trained here (live while it trains), "
                                              "or a .keras file."))
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("drawMessage")

        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(6, 40)
        self.brush.setValue(int(self.canvas.brush_size()))
        self.brush.setToolTip(translate("DrawPanel", "Brush size: how thick the ink is (it also thickens the "
                                        "28×28 input a little)."))
        self.pen_button = QPushButton(translate("DrawPanel", "Pen"))
        self.eraser_button = QPushButton(translate("DrawPanel", "Eraser"))
        tools = QButtonGroup(self)
        for b in (self.pen_button, self.eraser_button):
            b.setCheckable(True)
            tools.addButton(b)
        self.pen_button.setChecked(True)
        self.eraser_button.setToolTip(translate("DrawPanel", "Drag over strokes to remove them (undo brings "
                                                "them back)."))
        self.undo_button = QPushButton(translate("DrawPanel", "Undo stroke"))
        self.undo_button.setToolTip(translate("DrawPanel",
                                              "Take back the last stroke (Ctrl+Z on the canvas)."))
        self.clear_button = QPushButton(translate("DrawPanel", "Clear"))
        self.clear_button.setToolTip(translate("DrawPanel",
                                               "Empty the canvas (Esc or Delete on the canvas)."))
        self.open_button = QPushButton(translate("DrawPanel", "Open image…"))
        self.open_button.setToolTip(translate("DrawPanel", "Predict a PNG/JPG picture of a digit (or drop "
                                              "one on this area)."))
        self.random_button = QPushButton(translate("DrawPanel", "Random test digit"))
        self.random_button.setToolTip(translate("DrawPanel", "Put an image from the test split on the "
                                                "canvas, with its true label."))

        tool_row = QHBoxLayout()
        tool_row.addWidget(QLabel(translate("DrawPanel", "Brush")))
        tool_row.addWidget(self.brush, 1)
        for b in (self.pen_button, self.eraser_button):
            tool_row.addWidget(b)
        action_row = QHBoxLayout()
        for b in (self.undo_button, self.clear_button, self.open_button, self.random_button):
            action_row.addWidget(b)
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("DrawPanel",
                                        "<b>Draw a digit</b> with the mouse, a pen or a finger")))
        left.addWidget(self.canvas, 1)
        self._canvas_home = left  # Inside the network borrows the canvas while it is shown
        left.addLayout(tool_row)
        left.addLayout(action_row)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(translate("DrawPanel", "<b>What the network sees</b>")))
        middle.addWidget(self.preview)
        note = QLabel(translate("DrawPanel", "The ink fitted into 20×20, centred by its centre of mass in "
                                "28×28, white on black in [0, 1] — the way MNIST was made."))
        note.setWordWrap(True)
        note.setStyleSheet(muted_style())
        middle.addWidget(note)
        middle.addStretch(1)
        model_row = QHBoxLayout()
        model_row.addWidget(QLabel(translate("DrawPanel", "Model")))
        model_row.addWidget(self.model_combo, 1)
        right = QVBoxLayout()
        right.addLayout(model_row)
        right.addWidget(self.model_label)
        right.addWidget(self.bars, 1)
        right.addWidget(self.message)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(middle, 0, 1)
        grid.addLayout(right, 0, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 4)
        self.setAcceptDrops(True)

        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.update_prediction)
        self.canvas.strokesChanged.connect(self._on_strokes_changed)
        self.canvas.strokeFinished.connect(self._on_stroke_finished)
        self.canvas.cleared.connect(self._on_stroke_finished)
        self.brush.valueChanged.connect(self._on_brush)
        self.eraser_button.toggled.connect(self.canvas.set_eraser)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.open_button.clicked.connect(self._open_dialog)
        self.random_button.clicked.connect(self.show_random_test_digit)
        self.model_combo.activated.connect(self._on_source_chosen)
        self.trainer.liveWeights.connect(self._on_live_weights)
        self.trainer.finished.connect(self._on_training_finished)
        self.doc.changed.connect(self._on_doc_changed)
        self._show_model_state(translate("DrawPanel", "Loading TensorFlow…"))
        self.update_prediction()

    # --- models ------------------------------------------------------------------------------
    def set_tf_ready(self, ready: bool) -> None:
        """TensorFlow is loaded: the default model can be opened."""
        self._tf_ready = ready
        if ready and self.predictor is None:
            self.use_source(self.source)

    def use_source(self, source: str, path: str | Path | None = None) -> bool:
        """Predict with 'default', 'app' or 'file' (path); False (and a message) when it cannot."""
        if not self._tf_ready:
            self.source = source
            return False
        try:
            if source == "default":
                predictor = Predictor.load(SHIPPED_MODELS["default"], list(MNIST_CLASS_NAMES),
                                           translate("DrawPanel", "The default digit model"))
            elif source == "app":
                predictor = self._app_predictor()
            else:
                path = Path(path) if path is not None else self._file_path
                if path is None:
                    return False
                predictor = Predictor.load(path)
                self._file_path = path
        except (InferenceError, DatasetError, ValueError) as e:
            self._say(str(e), error=True)
            self.model_combo.setCurrentIndex(self.model_combo.findData(self.source))
            return False
        self.source, self.predictor = source, predictor
        self.model_combo.setCurrentIndex(self.model_combo.findData(source))
        self.bars.set_class_names(predictor.class_names)
        self._show_model_state()
        self._say("")
        self.update_prediction()
        self.predictorChanged.emit()
        return True

    def _app_predictor(self) -> Predictor:
        info = self.doc.info
        if info.errors:
            raise InferenceError(translate("DrawPanel", "the model in Build has an error: {message}").format(
                message=info.errors[0][1].message))
        refusal = quiet_build_refusal(self.doc)
        if refusal:
            raise InferenceError(refusal)
        dataset = self.trainer.dataset
        names = (list(dataset.class_names) if dataset is not None
                 else BUILTIN_CLASS_NAMES.get(self.doc.spec.dataset, list(MNIST_CLASS_NAMES)))
        weights = self.doc.weights
        predictor = Predictor.from_spec(self.doc.spec, weights, names,
                                        translate("DrawPanel", "The model from Build / Train"))
        self._app_key = TrainingController.key_for(self.doc.spec)
        return predictor

    def _show_model_state(self, text: str | None = None) -> None:
        if text is None:
            p = self.predictor
            text = "" if p is None else p.label
            if self.source == "app" and self.doc.weights is None and not self.trainer.running:
                text = translate("DrawPanel", "{model} — not trained yet: its guesses are random until you "
                                 "train it in Train").format(model=text)
            elif self.source == "app" and self.trainer.running:
                text = translate("DrawPanel", "{model} — training now: the bars follow the newest "
                                 "weights").format(model=text)
        self.model_label.setText(text)

    @Slot(int)
    def _on_source_chosen(self, index: int) -> None:
        source = self.model_combo.itemData(index)
        if source == "file":
            path, _ = QFileDialog.getOpenFileName(self, translate("DrawPanel", "Open a Keras model"), "",
                                                  translate("DrawPanel", "Keras model (*.keras)"))
            if not path:
                self.model_combo.setCurrentIndex(self.model_combo.findData(self.source))
                return
            self.use_source("file", path)
        else:
            self.use_source(source)

    @Slot(list)
    def _on_live_weights(self, weights: list) -> None:
        if self.source != "app" or not self._tf_ready:
            return
        if self.predictor is None or self._app_key != TrainingController.key_for(self.doc.spec):
            self.use_source("app")
        if self.predictor is not None:
            try:
                self.predictor.set_weights(weights)
            except ValueError:
                return  # the architecture changed under the run: the next run brings new weights
            self._show_model_state()
            self.update_prediction()
            self.weightsChanged.emit()

    @Slot(dict)
    def _on_training_finished(self, result: dict) -> None:
        if self.source != "app":
            return
        weights = result.get("weights")
        if (self.predictor is not None and weights is not None and self._tf_ready
                and self._app_key == TrainingController.key_for(self.doc.spec)):
            # The same architecture: take the final weights rather than building a new model
            # (that took ~40 ms of the window's time after every run).
            self._on_live_weights(weights)
            self._show_model_state()
            return
        self.use_source("app")

    def _on_doc_changed(self) -> None:
        if self.source == "app" and self._app_key != TrainingController.key_for(self.doc.spec):
            self.predictor = None
            if not (self.isVisible() and self.use_source("app")):
                self.update_prediction()  # the bars must not keep the old model's answer
                self.predictorChanged.emit()

    def lend_canvas(self) -> DrawingCanvas:
        """Hand the canvas (and its strokes) to another area; it comes back when this one shows."""
        self._canvas_home.removeWidget(self.canvas)
        self.canvas.setMinimumSize(160, 160)
        self.canvas.setMaximumSize(280, 280)  # there it shares the column with the layer list
        return self.canvas

    def take_back_canvas(self) -> None:
        """Put the canvas back in this area (after another area borrowed it)."""
        if self._canvas_home.indexOf(self.canvas) < 0:
            self.canvas.setMinimumSize(280, 280)
            self.canvas.setMaximumSize(16_777_215, 16_777_215)  # QWIDGETSIZE_MAX: no limit
            self._canvas_home.insertWidget(1, self.canvas, 1)
            self.canvas.show()

    def showEvent(self, event: Any) -> None:
        self.take_back_canvas()
        if self.source == "app" and self.predictor is None and self._tf_ready:
            self.use_source("app")
        super().showEvent(event)

    # --- inputs --------------------------------------------------------------------------------
    def _on_brush(self, value: int) -> None:
        self.canvas.set_brush_size(value)
        self.update_prediction()

    @Slot()
    def _on_strokes_changed(self) -> None:
        if not self.canvas.has_image():  # drawing replaced the picture (undo may bring it back)
            self.bars.set_true_label(None)
        if not self._frame.isActive():
            self._frame.start()

    @Slot()
    def _on_stroke_finished(self) -> None:
        self._frame.stop()
        self.update_prediction()  # at once: the last point of a stroke always counts

    def current_input(self) -> np.ndarray | None:
        """The 28×28 input for what is on the canvas now (None: nothing drawn)."""
        if self._image_input is not None and self.canvas.has_image():
            return self._image_input
        strokes = self.canvas.strokes()
        return strokes_to_input(strokes, self.canvas.thickness()) if strokes else None

    @Slot()
    def update_prediction(self) -> None:
        """Render the input, show it and the model's probabilities (called per frame while drawing)."""
        x = self.current_input()
        self.preview.set_array(x)
        self.last_probabilities = None
        self.inputChanged.emit()
        if x is None:
            self.bars.clear(translate("DrawPanel",
                                      "Nothing to predict yet: draw a digit on the black canvas."))
            return
        if self.predictor is None:
            self.bars.clear(translate("DrawPanel", "Loading TensorFlow…") if not self._tf_ready
                            else translate("DrawPanel", "Choose a model above."))
            return
        p = self.predictor.predict(x)
        if not np.isfinite(p).all():
            self.bars.clear(translate("DrawPanel", "{model} answers NaN: its weights are broken (a training "
                                      "run that diverged?). Train it again with a smaller learning rate, or "
                                      "choose another model.").format(model=self.predictor.label))
            return
        if not (np.all(p >= -1e-6) and abs(float(p.sum()) - 1.0) < 1e-3):
            p = softmax(p)  # a model without softmax: its scores, made probabilities for the bars
        self.last_probabilities = p
        self.bars.set_probabilities(p)

    def set_picture(self, image: QImage, model_input: np.ndarray | None = None,
                    true_label: int | None = None) -> None:
        """Show a picture on the canvas and predict it (model_input: already normalised, as a test
        image is; otherwise the picture goes through the same preprocessing as a drawing)."""
        x = model_input if model_input is not None else image_to_input(qimage_to_array(image))
        self.canvas.set_image(image)
        self._image_input = None if x is None else np.asarray(x, dtype=np.float32)
        self.update_prediction()
        if true_label is not None and self.last_probabilities is not None:
            self.bars.set_true_label(true_label)

    def open_image(self, path: str | Path) -> bool:
        """Predict an image file (PNG/JPG, any size, dark-on-light or light-on-dark)."""
        path = Path(path)
        image = QImage(str(path))
        if image.isNull():
            self._say(translate("DrawPanel", "{name}: not an image Qt can read (try PNG or JPG).").format(
                name=path.name), error=True)
            return False
        self.set_picture(image)
        if self._image_input is None:
            self._say(translate("DrawPanel", "{name}: no digit found (the picture is blank).").format(
                name=path.name), error=True)
        else:
            self._say(translate("DrawPanel", "{name} ({width}×{height}): fitted, centred and predicted like "
                                "a drawing. Draw on the canvas to replace it.").format(
                name=path.name, width=image.width(), height=image.height()))
        return True

    def _open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("DrawPanel", "Open an image"), "",
            translate("DrawPanel", "Images ({patterns})").format(
                patterns=" ".join(f"*{s}" for s in IMAGE_SUFFIXES)))
        if path:
            self.open_image(path)

    def _test_set(self) -> tuple[np.ndarray, np.ndarray, list[str]]:
        from core.data.catalogue import load_dataset

        name = "mnist"
        if self.source == "app":
            name = self.trainer.dataset.name if self.trainer.dataset is not None else self.doc.spec.dataset
        if name not in self._test_sets:
            dataset = (self.trainer.dataset if self.trainer.dataset is not None
                       and self.trainer.dataset.name == name else load_dataset(name))
            self._test_sets[name] = (dataset.x_test, dataset.y_test, list(dataset.class_names))
        return self._test_sets[name]

    def show_random_test_digit(self) -> None:
        """Put a random image of the test split on the canvas, with its true label."""
        try:
            x_test, y_test, names = self._test_set()
        except (DatasetError, ValueError) as e:
            self._say(translate("DrawPanel", "No test images: {error}").format(error=e), error=True)
            return
        if len(x_test) == 0 or x_test.shape[1:3] != (28, 28) or (x_test.ndim == 4 and x_test.shape[3] != 1):
            self._say(translate("DrawPanel", "The test images are not 28×28 grey images, so they cannot go "
                                "on the canvas."), error=True)
            return
        i = int(self._rng.integers(len(x_test)))
        image = x_test[i].reshape(28, 28)
        label = int(y_test[i])
        self.set_picture(to_qimage(image), image.astype(np.float32) / 255.0, label)
        self._say(translate("DrawPanel", "Test image #{number}: true label {label}. Draw on the canvas to "
                            "replace it.").format(number=f"{i:,}", label=names[label]))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].toLocalFile().lower().endswith(IMAGE_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.open_image(event.mimeData().urls()[0].toLocalFile())
        event.acceptProposedAction()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(error_style() if error else "")
