"""The models Draw & predict and Inside the network can show, opened in one place.

A source is "default" (the shipped digit model), "app" (the model of Build / Train, built from
the document with its weights, following training live), "file" (a .keras file) or, for Inside,
"draw" (a copy of the model Draw predicts with). Each area gets a model of its own, so scrubbing
epochs in Inside never changes what Draw predicts.

Also kept here, once for both areas: the .keras files read so far (one read per file through
core.model.keras_file, including File ▸ Open's read of the weights), and the test splits loaded
for "Random test digit" and Inside's test images.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from assets import DEFAULT_MODEL
from core.data.dataset import BUILTIN_CLASS_NAMES, MNIST_CLASS_NAMES, Dataset
from core.i18n import QT_TRANSLATE_NOOP, translate
from gui.session.document import ModelDocument
from gui.session.size_guard import quiet_build_refusal
from gui.session.training_controller import TrainingController

SOURCE_TEXTS = {
    "default": QT_TRANSLATE_NOOP("ModelSources", "Default digit model (ships with DigitScope)"),
    "app": QT_TRANSLATE_NOOP("ModelSources", "The model from Build / Train"),
    "file": QT_TRANSLATE_NOOP("ModelSources", "A .keras file…"),
    "draw": QT_TRANSLATE_NOOP("ModelSources", "Same model as Draw & predict"),
}
KEPT_FILES = 2  # .keras models kept after reading (a student switches between two, at most)


def source_text(source: str) -> str:
    """What a model chooser shows for source, in the interface language."""
    return translate("ModelSources", SOURCE_TEXTS[source])


@dataclass
class OpenedModel:
    """A model an area may use as it likes (its own copy), and how to present it."""

    model: Any  # a Keras model
    label: str
    class_names: list[str]
    follows_training: bool  # the app's model: live weights and epoch snapshots apply to it
    key: str | None = None  # the architecture it was built for (the app's model)


class ModelSources(QObject):
    """Opens the models of every source; knows which one Draw predicts with (GUI thread only)."""

    drawModelChanged = Signal()  # Draw & predict predicts with another model now

    def __init__(self, doc: ModelDocument, controller: TrainingController, parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.controller = doc, controller
        self.draw_model: OpenedModel | None = None  # what Draw & predict predicts with
        self._files: OrderedDict[tuple[str, int, int], _KerasFile] = OrderedDict()
        self._test_sets: dict[str, Dataset] = {}

    # --- opening ---------------------------------------------------------------------------------
    def open(self, source: str, path: str | Path | None = None) -> OpenedModel:
        """A fresh model of source (path: the .keras file for "file"); a ValueError (KerasFileError,
        DatasetError, …) whose text says why it cannot be opened and what to do."""
        if source == "default":
            return OpenedModel(self.read_keras(DEFAULT_MODEL), translate("ModelSources", "The default digit "
                                                                                         "model"),
                               list(MNIST_CLASS_NAMES), False)
        if source == "app":
            return self._open_app()
        if source == "draw":
            return self._open_draw()
        if path is None:
            raise ValueError(translate("ModelSources", "No .keras file chosen."))
        from core.inspection.predictor import class_names_for

        path = Path(path)
        model = self.read_keras(path)
        return OpenedModel(model, path.name, class_names_for(int(model.outputs[0].shape[-1])), False)

    def _open_app(self) -> OpenedModel:
        from core.model.build import build_model

        errors = self.doc.info.errors
        if errors:
            raise ValueError(translate("ModelSources", "The model in Build has an error: {message}").format(
                message=errors[0][1].message))
        refusal = quiet_build_refusal(self.doc)
        if refusal:
            raise ValueError(refusal)
        model = build_model(self.doc.spec, compile=False)
        if self.doc.weights is not None:
            model.set_weights(self.doc.weights)
        return OpenedModel(model, translate("ModelSources", "The model from Build / Train"),
                           self.app_class_names(), True, self.doc.spec.architecture_key())

    def _open_draw(self) -> OpenedModel:
        drawn = self.draw_model
        if drawn is None:
            raise ValueError(translate("ModelSources", "Draw & predict has no model yet: choose one there, "
                                       "or choose another model here."))
        return OpenedModel(copy_model(drawn.model), drawn.label, list(drawn.class_names),
                           drawn.follows_training, drawn.key)

    def app_class_names(self) -> list[str]:
        """The class names of the app's model: the dataset's it was trained on, else its spec's."""
        dataset = self.controller.dataset
        if dataset is not None:
            return list(dataset.class_names)
        return list(BUILTIN_CLASS_NAMES.get(self.doc.spec.dataset, MNIST_CLASS_NAMES))

    def set_draw_model(self, opened: OpenedModel | None) -> None:
        """Draw & predict predicts with opened now (Inside's "Same model as Draw" follows)."""
        self.draw_model = opened
        self.drawModelChanged.emit()

    # --- .keras files ----------------------------------------------------------------------------
    def read_keras(self, path: str | Path) -> Any:
        """A model of its own from a .keras file, for an area to use as it likes; the file itself
        is read by Keras once (until it changes on disk), whoever asks first: File ▸ Open, Draw
        or Inside. KerasFileError when it cannot be read."""
        kept = self._read_once(Path(path))
        if not kept.given:  # the model Keras read goes to the first area that asks (no copy: start-up)
            kept.given = True
            return kept.model
        copy = _clone(kept.model)
        copy.set_weights(kept.weights)  # the file's weights, whatever the first area did with its model
        return copy

    def keras_weights(self, path: str | Path) -> list[np.ndarray]:
        """The weights of a .keras file (read once, see read_keras)."""
        return [np.array(w) for w in self._read_once(Path(path)).weights]

    def _read_once(self, path: Path) -> _KerasFile:
        from core.model.keras_file import read_keras_model

        try:
            stat = path.stat()
        except OSError:  # not there (the reader says so its way), or not to be kept: read it uncached
            model = read_keras_model(path)
            return _KerasFile(model, [np.array(w) for w in model.get_weights()])
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        kept = self._files.get(key)
        if kept is None:
            model = read_keras_model(path)
            kept = self._files[key] = _KerasFile(model, [np.array(w) for w in model.get_weights()])
            while len(self._files) > KEPT_FILES:
                self._files.popitem(last=False)
        self._files.move_to_end(key)
        return kept

    # --- test splits -----------------------------------------------------------------------------
    def test_set(self, name: str) -> Dataset:
        """The dataset called name, for its test images: the one Train loaded if it is that one,
        else loaded once (DatasetError when it cannot be)."""
        from core.data.catalogue import load_dataset

        trained = self.controller.dataset
        if trained is not None and trained.name == name:
            return trained
        if name not in self._test_sets:
            self._test_sets[name] = load_dataset(name)
        return self._test_sets[name]

    def forget_test_sets(self) -> None:
        """Read the datasets again next time (a download brought new files)."""
        self._test_sets.clear()


@dataclass
class _KerasFile:
    """A .keras file as Keras read it, with a copy of its weights as they were in the file."""

    model: Any
    weights: list[np.ndarray]
    given: bool = False  # the model itself went to an area (later ones get copies)


def _clone(model: Any) -> Any:
    import keras

    return keras.models.clone_model(model)


def copy_model(model: Any) -> Any:
    """An independent copy of a Keras model with the same weights (no file read)."""
    copy = _clone(model)
    copy.set_weights(model.get_weights())
    return copy
