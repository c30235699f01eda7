"""Draw & predict: a canvas, the 28×28 input the network sees, and the class probabilities.

Every stroke update (at once, or MIN_UPDATE_MS after the last) renders the strokes into the MNIST-like
28×28 input (core.drawing.strokes) and calls the model directly (core.inspection.predictor,
~3 ms). The model is the shipped default digit model, the model built and trained in the app
(with live weights while it trains), or a .keras file: opened by the session's model sources.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from core.data.dataset import DatasetError
from core.data.image_folder import IMAGE_SUFFIXES
from core.drawing.strokes import image_to_input, strokes_to_input
from core.i18n import translate
from core.inspection.predictor import Predictor, as_probabilities
from gui.draw.collect_bar import CollectBar
from gui.draw.picture_opener import PictureOpener
from gui.draw.probability_bars import ProbabilityBars
from gui.session.model_sources import source_text
from gui.session.session import LabSession
from gui.widgets.drawing_canvas import DrawingCanvas
from gui.widgets.file_dialogs import open_file
from gui.widgets.model_chooser import ModelChooser
from gui.widgets.pixel_view import PixelView
from gui.widgets.qimages import qimage_to_array, to_qimage
from gui.widgets.theme import error_style, muted_style

SOURCES = ("default", "app", "file")
# Predict in the mouse event itself, so that the ink, the 28×28 view and the bars paint in one
# pass right after it (docs/performance.md, "Drawing latency"); only when the last
# update is less than MIN_UPDATE_MS old does the next one wait for a timer, so that a mouse faster
# than the updates cannot queue them. A 16 ms throttle made the bars lag a frame behind the pen.
MIN_UPDATE_MS = 4


class DrawPanel(QWidget):
    """The Draw & predict area."""

    def __init__(self, session: LabSession) -> None:
        super().__init__()
        self.session = session
        self.doc, self.trainer, self.sources = session.doc, session.controller, session.sources
        self.predictor: Predictor | None = None
        self.opener = PictureOpener(self)  # Open image…: decoded off the GUI thread
        self.opener.opened.connect(self._on_picture)
        self.opener.failed.connect(lambda message: self._say(message, error=True))
        self.source = "default"
        self._tf_ready = False
        self._app_key: str | None = None  # the architecture the app predictor was built for
        self._file_path: Path | None = None
        self._image_input: np.ndarray | None = None  # set when a picture, not strokes, is the input
        self._rng = np.random.default_rng()
        self.last_probabilities: np.ndarray | None = None

        self.canvas = DrawingCanvas()
        self.canvas.setMinimumSize(280, 280)
        self.preview = PixelView()
        self.bars = ProbabilityBars()
        self.model_combo = ModelChooser(
            [(s, source_text(s)) for s in SOURCES],
            translate("DrawPanel", "Which model predicts: the shipped digit model, the one you built and "
                      "trained here (live while it trains), or a .keras file."))
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
        self.collect = CollectBar(self.canvas)  # Collect mode: your own digits as a dataset (issue 19)
        self.collect.message.connect(self._say)
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("DrawPanel",
                                        "<b>Draw a digit</b> with the mouse, a pen or a finger")))
        left.addWidget(self.canvas, 1)
        self._canvas_home = left  # Inside the network shows the canvas while it is shown
        left.addLayout(tool_row)
        left.addLayout(action_row)
        left.addWidget(self.collect)
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
        self._updated = 0.0  # perf_counter() when the last update began
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
        self.model_combo.chosen.connect(self.use_source)
        self.trainer.liveWeights.connect(self._on_live_weights)
        self.trainer.runningChanged.connect(self._on_running)
        self.doc.changed.connect(self._on_doc_changed)
        self.doc.weightsChanged.connect(self._on_doc_weights)
        self._show_model_state(translate("DrawPanel", "Loading TensorFlow…"))
        self.update_prediction()

    # --- models ------------------------------------------------------------------------------
    def set_tf_ready(self, ready: bool) -> None:
        """TensorFlow is loaded: the default model can be opened."""
        self._tf_ready = ready
        if ready and self.predictor is None:
            self.use_source(self.source)

    @Slot(str, object)
    def use_source(self, source: str, path: str | Path | None = None) -> bool:
        """Predict with 'default', 'app' or 'file' (path); False (and a message) when it cannot."""
        if not self._tf_ready:
            self.source = source
            return False
        if source == "file":
            path = Path(path) if path is not None else self._file_path
            if path is None:
                return False
        try:
            opened = self.sources.open(source, path)
            predictor = Predictor(opened.model, opened.class_names, opened.label)
        except ValueError as e:  # KerasFileError, DatasetError, InferenceError: each says why
            self._say(str(e), error=True)
            self.model_combo.show_source(self.source)
            return False
        if source == "file":
            self._file_path = Path(path)  # type: ignore[arg-type]
        self.source, self.predictor, self._app_key = source, predictor, opened.key
        self.model_combo.show_source(source)
        self.bars.set_class_names(predictor.class_names)
        self._show_model_state()
        self._say("")
        self.update_prediction()
        self.sources.set_draw_model(opened)
        return True

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
        note = self._not_digits_note()
        self.model_label.setText(text + ("\n" + note if note and text else note))

    def _not_digits_note(self) -> str:
        """A model whose classes are not the ten digits (Fashion-MNIST's clothes, CIFAR-10's photos, a
        file's own): a drawn digit is far from anything it learned, and the bars should say so."""
        p = self.predictor
        if p is None or [str(c) for c in p.class_names] == [str(i) for i in range(10)]:
            return ""
        dataset = self.doc.spec.dataset if self.source == "app" else ""
        trained_on = {"fashion_mnist": translate("DrawPanel", "clothing images (Fashion-MNIST)"),
                      "cifar10": translate("DrawPanel", "small colour photos (CIFAR-10)")}.get(dataset)
        if trained_on is None:
            trained_on = translate("DrawPanel", "images of {classes}").format(
                classes=", ".join(map(str, p.class_names[:4])) + (", …" if len(p.class_names) > 4 else ""))
        return translate("DrawPanel", "This model was trained on {what}, not digits: a drawn digit is far "
                         "from anything it has seen, so its bars only say which of its classes is "
                         "nearest.").format(what=trained_on)

    def _follows_app(self) -> bool:
        """The app's model predicts, built for the architecture in Build now."""
        return (self.source == "app" and self.predictor is not None and self._tf_ready
                and self._app_key == self.doc.spec.architecture_key())

    @Slot(list)
    def _on_live_weights(self, weights: list) -> None:
        if self.source != "app" or not self._tf_ready:
            return
        if not self._follows_app():
            self.use_source("app")
        self._take_weights(weights)

    def _take_weights(self, weights: list) -> None:
        if self.predictor is not None:
            try:
                self.predictor.set_weights(weights)
            except ValueError:
                return  # the architecture changed under the run: the next run brings new weights
            self._show_model_state()
            self.update_prediction()

    @Slot()
    def _on_doc_weights(self) -> None:
        """The document's weights changed (a finished run, an opened file or workspace, New weights):
        the app's model predicts with them, without being built again when it is the same one."""
        if self.source != "app" or not self._tf_ready:
            return
        if self._follows_app() and self.doc.weights is not None:
            self._take_weights(self.doc.weights)  # ~1 ms, where building again took ~40 ms
        else:
            self.predictor = None
            if not (self.isVisible() and self.use_source("app")):
                self._forget_prediction()

    @Slot(bool)
    def _on_running(self, _running: bool) -> None:
        self._show_model_state()

    def _on_doc_changed(self) -> None:
        if self.source == "app" and self._app_key != self.doc.spec.architecture_key():
            self.predictor = None
            if not (self.isVisible() and self.use_source("app")):
                self._forget_prediction()

    def _forget_prediction(self) -> None:
        self.update_prediction()  # the bars must not keep the old model's answer
        self.sources.set_draw_model(None)

    def showEvent(self, event: Any) -> None:
        # The canvas comes back from Inside the network (it shows the same one while it is shown).
        if self._canvas_home.indexOf(self.canvas) < 0:
            self.canvas.setMinimumSize(280, 280)
            self.canvas.setMaximumSize(16_777_215, 16_777_215)  # QWIDGETSIZE_MAX: no limit
            self._canvas_home.insertWidget(1, self.canvas, 1)
            self.canvas.show()
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
        if self._frame.isActive():
            return
        wait_ms = MIN_UPDATE_MS - 1000 * (time.perf_counter() - self._updated)
        if wait_ms <= 0:
            self.update_prediction()
        else:
            self._frame.start(int(wait_ms) + 1)

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
        self._updated = time.perf_counter()
        x = self.current_input()
        self.preview.set_array(x)
        self.last_probabilities = None
        self.session.drawing.set(x)  # Inside the network computes with it too
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
        p = as_probabilities(p)  # a model without softmax gives scores: made probabilities for the bars
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
        """Predict an image file (PNG/JPG, any size up to core.files.limits' limit, dark-on-light
        or light-on-dark). It is decoded in the background: False when its header already refuses
        it, else True and the picture shows when decoded (`opener.busy` until then)."""
        path = Path(path)
        if self.opener.open(path):
            self._say(translate("DrawPanel", "Opening {name}…").format(name=path.name))
            return True
        return False

    @Slot(object, object, object)
    def _on_picture(self, path: Path, rgba: np.ndarray, size: tuple[int, int]) -> None:
        self.set_picture(to_qimage(rgba))
        width, height = size
        if self._image_input is None:
            self._say(translate("DrawPanel", "{name}: no digit found (the picture is blank).").format(
                name=path.name), error=True)
        else:
            self._say(translate("DrawPanel", "{name} ({width}×{height}): fitted, centred and predicted like "
                                "a drawing. Draw on the canvas to replace it.").format(
                name=path.name, width=width, height=height))

    def _open_dialog(self) -> None:
        path = open_file(
            self, translate("DrawPanel", "Open an image"),
            translate("DrawPanel", "Images ({patterns})").format(
                patterns=" ".join(f"*{s}" for s in IMAGE_SUFFIXES)))
        if path:
            self.open_image(path)

    def _test_set(self) -> tuple[np.ndarray, np.ndarray, list[str]]:
        name = "mnist"
        if self.source == "app":
            name = self.trainer.dataset.name if self.trainer.dataset is not None else self.doc.spec.dataset
        dataset = self.sources.test_set(name)
        return dataset.x_test, dataset.y_test, list(dataset.class_names)

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
