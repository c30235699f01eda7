"""Draw & predict's Collect mode (issue 19): the app asks for digits in turn ("draw a 7"), the student
draws on the canvas and presses Enter (or Accept); each one is saved at once to a dataset folder
(core.data.collected: the strokes as vectors and the 28×28 image the canvas renders), with a count
per class and a gallery to review and delete. Train's "Your own data" and `train --dataset FOLDER`
read the folder, tested on writers it was not trained on."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.data.collected import DIGITS, Collection, Sample
from core.data.dataset import DatasetError
from core.drawing.strokes import strokes_to_input
from core.i18n import translate
from gui.draw.collect_gallery import CollectGallery
from gui.widgets.drawing_canvas import DrawingCanvas
from gui.widgets.file_dialogs import open_folder
from gui.widgets.theme import muted_style


class StartDialog(QDialog):
    """Who draws, and into which folder (a new one, or a collection to add to)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CollectBar", "Collect digits"))
        self.writer = QLineEdit()
        self.writer.setPlaceholderText(translate("CollectBar", "e.g. Jiwoo (kept with every digit)"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(translate("CollectBar", "a new, empty folder, or one collected into"))
        browse = QPushButton(translate("CollectBar", "Choose…"))
        browse.clicked.connect(self._browse)
        self.classes = QLineEdit(" ".join(DIGITS))
        self.classes.setToolTip(translate("CollectBar", "The classes asked for, separated by spaces; add "
                                          "symbols such as + − to teach a model new ones."))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(translate("CollectBar", "Your name"), self.writer)
        form.addRow(translate("CollectBar", "Folder"), row)
        form.addRow(translate("CollectBar", "Classes"), self.classes)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = open_folder(self, translate("CollectBar", "Folder for the collected digits"))
        if folder:
            self.folder.setText(folder)


class CollectBar(QWidget):
    """The Collect mode's controls under the canvas; `message(text, error)` for the area's status."""

    message = Signal(str, bool)
    collectingChanged = Signal(bool)

    def __init__(self, canvas: DrawingCanvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.collection: Collection | None = None
        self.writer = ""
        self.asked = 0  # the class asked for now
        self.start_button = QPushButton(translate("CollectBar", "Collect digits…"))
        self.start_button.setToolTip(translate(
            "CollectBar", "Collect your own handwriting as a dataset: the app asks for each digit in turn, "
            "you draw it and press Enter; Train can then learn from it."))
        self.prompt = QLabel()
        self.prompt.setObjectName("collectPrompt")
        self.prompt.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet(muted_style())
        self.accept_button = QPushButton(translate("CollectBar", "Accept (Enter)"))
        self.skip_button = QPushButton(translate("CollectBar", "Skip"))
        self.review_button = QPushButton(translate("CollectBar", "Review…"))
        self.stop_button = QPushButton(translate("CollectBar", "Stop collecting"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.accept_button, self.skip_button, self.review_button, self.stop_button):
            buttons.addWidget(b)
        self.collecting = QWidget()
        inner = QVBoxLayout(self.collecting)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.prompt)
        inner.addLayout(buttons)
        inner.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start_button)
        layout.addWidget(self.collecting)
        self.collecting.hide()
        # Enter on the canvas (which takes the focus as one draws) accepts the drawing while collecting.
        canvas.installEventFilter(self)
        self.start_button.clicked.connect(self.start_dialog)
        self.accept_button.clicked.connect(self.accept_drawing)
        self.skip_button.clicked.connect(self.skip)
        self.review_button.clicked.connect(self.review)
        self.stop_button.clicked.connect(self.stop)

    # --- starting and stopping -------------------------------------------------------------------
    def start_dialog(self) -> bool:
        dialog = StartDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.start(dialog.folder.text().strip(), dialog.writer.text().strip(),
                          dialog.classes.text().split())

    def start(self, folder: str, writer: str, class_names: list[str] | None = None) -> bool:
        """Collect as writer into folder (created, or added to); False and a message when it cannot."""
        if not writer:
            self.message.emit(translate("CollectBar", "Type your name first: each digit is kept with its "
                                        "writer, so a test can use writers the model never saw."), True)
            return False
        if not folder:
            self.message.emit(translate("CollectBar", "Choose a folder for the digits."), True)
            return False
        names = list(dict.fromkeys(class_names or DIGITS))
        try:
            self.collection = Collection(Path(folder).expanduser(), names)
        except (DatasetError, OSError) as e:
            self.message.emit(str(e), True)
            return False
        self.writer = writer
        self.start_button.hide()
        self.collecting.show()
        self.canvas.clear()
        self._ask_next()
        self.collectingChanged.emit(True)
        text = translate("CollectBar", "Collecting into {folder} as {writer}; each digit is saved as you "
                         "accept it.").format(folder=folder, writer=writer)
        if class_names and self.collection.class_names != names:  # the folder keeps the classes it has
            text += " " + translate("CollectBar", "This folder collects {classes}; the classes you typed "
                                    "were not used (choose a new folder for other classes).").format(
                classes=" ".join(self.collection.class_names))
        self.message.emit(text, False)
        return True

    def stop(self) -> None:
        self.collection = None
        self.collecting.hide()
        self.start_button.show()
        self.collectingChanged.emit(False)

    @property
    def active(self) -> bool:
        return self.collection is not None

    # --- collecting -----------------------------------------------------------------------------
    def _ask_next(self) -> None:
        """Ask for the class with the fewest of this writer's digits (the first of them on a tie)."""
        assert self.collection is not None
        mine = [sum(1 for s in self.collection.samples if s.label == k and s.writer == self.writer)
                for k in range(len(self.collection.class_names))]
        self.asked = int(np.argmin(mine))
        name = self.collection.class_names[self.asked]
        self.prompt.setText(translate("CollectBar", "Draw a {name}").format(name=name))
        counts = self.collection.counts()
        self.counts.setText("  ".join(f"{n}: {c}" for n, c in zip(self.collection.class_names, counts,
                                                                   strict=True))
                            + "  · " + translate("CollectBar", "{total} in all").format(total=sum(counts)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.active and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # type: ignore[attr-defined]
            self.accept_drawing()
            return True
        return super().eventFilter(watched, event)

    def accept_drawing(self) -> bool:
        """Keep the drawing as a sample of the class asked for; the next one is asked."""
        if self.collection is None:
            return False
        strokes = self.canvas.strokes()
        image = strokes_to_input(strokes) if strokes else None
        if image is None:
            self.message.emit(translate("CollectBar", "Draw the digit first, then press Enter."), True)
            return False
        sample = Sample(self.asked, self.writer, [list(map(tuple, s)) for s in strokes],
                        (255 * image).round().astype(np.uint8), (self.canvas.width(), self.canvas.height()))
        try:
            self.collection.add(sample)
        except (DatasetError, OSError) as e:  # a full disk, a folder taken away: the drawing stays
            self.message.emit(translate("CollectBar", "Could not save it: {error}; the drawing is still on "
                                        "the canvas").format(error=e), True)
            return False
        self.canvas.clear()
        self._ask_next()
        self.message.emit(translate("CollectBar", "Kept as a {name}.").format(
            name=self.collection.class_names[sample.label]), False)
        return True

    def skip(self) -> None:
        """Ask for the next class instead (this one stays asked for later)."""
        if self.collection is None:
            return
        names = self.collection.class_names
        self.asked = (self.asked + 1) % len(names)
        self.prompt.setText(translate("CollectBar", "Draw a {name}").format(name=names[self.asked]))
        self.canvas.clear()

    def review(self) -> CollectGallery | None:
        """The collected digits in a gallery, to look over and delete."""
        if self.collection is None:
            return None
        gallery = CollectGallery(self.collection, self)
        gallery.changed.connect(self._ask_next)
        gallery.show()
        return gallery
