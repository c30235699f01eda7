"""EpochHistory: the weights after every epoch of the app's model, kept whatever area is on screen.

Inside the network's epoch slider and "Show the change since the first epoch" read them. They used
to be kept by Inside itself, only while it showed the app's model: training in Train and then
opening Inside (the app's own order) left one epoch. The memory bound is SnapshotStore's.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Slot

from core.inspection.snapshots import SnapshotStore


class EpochHistory(QObject):
    """store: the epochs kept; key: the architecture they belong to (the training controller's
    model_key when they were trained), None when nothing is kept. Inside reads it when it loads
    the app's model and at each epoch end (this object, made first, has heard the epoch by then)."""

    def __init__(self, controller: QObject, doc: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller, self.doc = controller, doc
        self.store = SnapshotStore()
        self.key: str | None = None
        controller.epochWeights.connect(self._on_epoch_weights)
        doc.weightsChanged.connect(self._on_doc_weights)

    @Slot()
    def _on_doc_weights(self) -> None:
        """A run's end gives the document its final weights: the epochs stay. Any other weights (an
        opened file or workspace, New weights, a template) are a new start."""
        weights = self.doc.weights
        if self.controller.running or (weights is not None and weights is self.controller.final_weights):
            return
        if self.key is not None or len(self.store):  # nothing to forget: nothing to do
            self.store.clear()
            self.key = None

    @Slot(int, list)
    def _on_epoch_weights(self, epoch: int, weights: list) -> None:
        key = self.controller.model_key
        latest = self.store.latest()
        # Another architecture, or fresh weights (a run from epoch 0 after New weights): a new history.
        if key != self.key or (latest is not None and epoch < latest[0]):
            self.store.clear()
            self.key = key
        self.store.add(epoch, [np.asarray(w) for w in weights])

    def kept_for(self, key: str | None) -> SnapshotStore | None:
        """The kept epochs when they belong to the architecture key, else None."""
        return self.store if key is not None and key == self.key and len(self.store) else None
