"""The one object the areas share: LabSession.

It owns the model document (spec, undo history, weights), the training controller (the Keras
model between runs), the model sources of Draw and Inside, the drawing input, and TensorFlow's
loader. The shell makes one per window and hands it to every area; the areas never import each
other, they meet here (ARCHITECTURE.md).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from core.model.spec import ModelSpec
from core.model.templates import DEFAULT_TEMPLATE, template
from gui.session.document import ModelDocument
from gui.session.epoch_history import EpochHistory
from gui.session.model_sources import ModelSources
from gui.session.tf_loader import TensorFlowLoader
from gui.session.training_controller import TrainingController


class DrawingInput(QObject):
    """The 28×28 input on the canvas now (a drawing or a picture), as Draw & predict computed it
    for the network; None when nothing is drawn. Inside the network computes with it too."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._x: np.ndarray | None = None

    def current(self) -> np.ndarray | None:
        return self._x

    def set(self, x: np.ndarray | None) -> None:
        self._x = x
        self.changed.emit()


class LabSession(QObject):
    """A window's lab: what Build, Train, Draw and Inside work on together (GUI thread only)."""

    def __init__(self, spec: ModelSpec | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = ModelDocument(spec if spec is not None else template(DEFAULT_TEMPLATE), self)
        self.loader = TensorFlowLoader(self)
        self.controller = TrainingController(self)
        self.sources = ModelSources(self.doc, self.controller, self)
        self.drawing = DrawingInput(self)
        # Made before any area, so it hears each epoch first.
        self.epochs = EpochHistory(self.controller, self.doc, self)

    @property
    def tf_ready(self) -> bool:
        """TensorFlow has loaded: models can be built, trained and opened."""
        return self.loader.runtime is not None
