"""The epoch bar of Inside the network: the weights kept at each epoch end (in bounded memory),
a slider to scrub through them, and "Show the change since the first epoch"."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QWidget

from core.i18n import translate
from core.inspection.snapshots import SnapshotStore


class EpochBar(QWidget):
    """scrubbed(weights) when the student moves the slider to another epoch's weights.

    live: the model follows training (its epochs are kept); training: a run is going on. The
    panel sets both; they decide what the label says."""

    scrubbed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshots = SnapshotStore()
        self.following = True  # the slider sits at the newest weights
        self.live = False
        self.training = False
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(translate("InsidePanel", "Scrub through the weights saved at each epoch "
                                         "end; every view follows."))
        self.label = QLabel()
        self.change_box = QCheckBox(translate("InsidePanel", "Show the change since the first epoch"))
        self.change_box.setToolTip(translate("InsidePanel", "Weights and histograms show (weights now) − "
                                             "(weights at the first saved epoch): where training moved them, "
                                             "which small learning rates hide under the random start."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("InsidePanel", "Epoch")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.change_box)
        self.slider.valueChanged.connect(self._on_slider)

    def restart(self, epoch: int | None = None, weights: list[np.ndarray] | None = None,
                kept: SnapshotStore | None = None) -> None:
        """A new model: kept, the epochs the session keeps for it (the app's model, shared, never
        cleared here); otherwise a store of its own holding weights as epoch's (if given)."""
        self.following = True
        if kept is not None:
            self.snapshots = kept
        else:
            self.snapshots = SnapshotStore()
            if weights is not None and epoch is not None:
                self.snapshots.add(epoch, weights)
        self.update_slider()

    def add(self, epoch: int, weights: list[np.ndarray]) -> None:
        """Keep the weights after epoch (the slider grows; it stays where the student left it)."""
        self.snapshots.add(epoch, weights)
        self.update_slider()

    def update_slider(self) -> None:
        epochs = self.snapshots.epochs()
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(epochs) - 1))
        if self.following:
            self.slider.setValue(max(0, len(epochs) - 1))
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(epochs) > 1)
        self.change_box.setEnabled(len(epochs) > 1)
        self.show_label()

    def show_label(self) -> None:
        epochs = self.snapshots.epochs()
        if not epochs:
            self.label.setText("")
            return
        if len(epochs) == 1 and not self.live:
            self.label.setText(translate("InsidePanel", "weights as loaded (epochs are kept while a model "
                                         "trains here)"))
            return
        k = epochs[min(self.slider.value(), len(epochs) - 1)]
        values = {"epoch": k, "last": epochs[-1], "saved": len(epochs)}
        if self.following and self.training:
            self.label.setText(translate("InsidePanel", "after epoch {epoch} of {last} (newest weights) · "
                                         "{saved} saved").format(**values))
        else:
            self.label.setText(translate("InsidePanel", "after epoch {epoch} of {last} · {saved} "
                                         "saved").format(**values))

    def shown_epoch(self) -> int | None:
        """The epoch whose weights the views show now."""
        epochs = self.snapshots.epochs()
        return epochs[min(self.slider.value(), len(epochs) - 1)] if epochs else None

    def first(self) -> tuple[int, list[np.ndarray]] | None:
        """The first kept epoch and its weights when there are two or more (the change has a base)."""
        epochs = self.snapshots.epochs()
        return (epochs[0], self.snapshots.get(epochs[0])) if len(epochs) > 1 else None

    @Slot(int)
    def _on_slider(self, index: int) -> None:
        epochs = self.snapshots.epochs()
        if not epochs:
            return
        self.following = index >= len(epochs) - 1
        self.show_label()
        self.scrubbed.emit(self.snapshots.get(epochs[min(index, len(epochs) - 1)]))
