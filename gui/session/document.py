"""The model being edited: its spec, its undo history, its file and its weights.

Every edit replaces the whole (small) ModelSpec through a QUndoCommand, so undo
and redo are exact and no view ever holds its own copy of the truth.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.model.checks import analyze
from core.model.shapes import ModelInfo
from core.model.spec import ModelSpec


class SpecCommand(QUndoCommand):
    """Replace the spec; consecutive edits of the same field merge into one undo step."""

    ID = 1

    def __init__(self, doc: ModelDocument, new: ModelSpec, text: str,
                 select: int | None, merge_key: str | None = None):
        super().__init__(text)
        self.doc = doc
        self.old, self.new = doc.spec.copy(), new.copy()
        self.old_select = doc.selected_row
        self.new_select = select
        self.merge_key = merge_key

    def id(self) -> int:
        return self.ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SpecCommand) or other.merge_key != self.merge_key:
            return False
        self.new, self.new_select = other.new.copy(), other.new_select
        return True

    def redo(self) -> None:
        self.doc._set_spec(self.new.copy(), self.new_select)

    def undo(self) -> None:
        self.doc._set_spec(self.old.copy(), self.old_select)


class ModelDocument(QObject):
    """Holds the ModelSpec and tells the views when it changed (GUI thread only)."""

    changed = Signal()  # spec (and so info) changed; selected_row may have changed too
    pathChanged = Signal()
    weightsChanged = Signal()  # other weights (or none) belong to the model now

    def __init__(self, spec: ModelSpec, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._spec = spec.copy()
        self._info = analyze(self._spec)
        self.selected_row: int | None = 0 if spec.layers else None
        self.path: Path | None = None
        # Weights that belong to the current architecture (from an opened .keras, later from
        # training); dropped when an edit changes what they would fit.
        self.weights: list[np.ndarray] | None = None
        self._weights_key: str | None = None
        # Very large architectures (ModelSpec.architecture_key) the student agreed to build.
        self.large_confirmed: set[str] = set()
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, _clean: bool) -> None:
        self.pathChanged.emit()

    # --- reading ------------------------------------------------------------------------
    @property
    def spec(self) -> ModelSpec:
        return self._spec

    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    # --- editing --------------------------------------------------------------------------
    def edit(self, new: ModelSpec, text: str, select: int | None = None,
             merge_key: str | None = None) -> None:
        """Apply new as one undoable step called text, then select row `select`."""
        if new == self._spec:
            return
        self.undo_stack.push(SpecCommand(self, new, text, select, merge_key))

    def reset(self, spec: ModelSpec, path: Path | None = None,
              weights: list[np.ndarray] | None = None) -> None:
        """Start over with spec (a template or an opened file): clears the undo history."""
        self.undo_stack.clear()
        self.path = path
        self._set_spec(spec.copy(), 0 if spec.layers else None)
        self.set_weights(weights)
        self.undo_stack.setClean()
        self.pathChanged.emit()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.pathChanged.emit()

    def mark_unsaved(self) -> None:
        """The work shown is not in any file of the student's (e.g. restored after a crash): no
        path, and closing asks to save it."""
        self.path = None
        self.undo_stack.resetClean()
        self.pathChanged.emit()

    def set_weights(self, weights: list[np.ndarray] | None) -> None:
        """Attach weights that fit the current architecture (None to drop them)."""
        self.weights = weights
        self._weights_key = self._spec.architecture_key() if weights is not None else None
        self.weightsChanged.emit()

    def _set_spec(self, spec: ModelSpec, select: int | None) -> None:
        self._spec = spec
        self._info = analyze(spec)
        if select is not None and not (0 <= select < len(spec.layers)):
            select = len(spec.layers) - 1 if spec.layers else None
        self.selected_row = select
        dropped = self.weights is not None and self._spec.architecture_key() != self._weights_key
        if dropped:
            self.weights, self._weights_key = None, None
        self.changed.emit()
        if dropped:
            self.weightsChanged.emit()
