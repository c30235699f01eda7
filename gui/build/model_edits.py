"""Build's model-wide edits (the dataset, the compile settings), each one undoable step."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from core.i18n import translate
from core.model.spec import DATASETS, OPTIMIZERS
from gui.session.document import ModelDocument


def with_dataset(doc: ModelDocument, key: str) -> None:
    """The model is for dataset key; its input follows where it has the dataset's rank."""
    spec = doc.spec.copy()
    if key == spec.dataset:
        return
    spec.dataset = key
    wanted = tuple(DATASETS[key].get("input_shape", ()))  # random data takes any shape
    # Offer the dataset's shape only where the model's input has its rank but another size
    # (an image of another size, another number of measurements).
    if wanted and not spec.functional and len(spec.input_shape) == len(wanted) \
            and len(wanted) != 2 and tuple(spec.input_shape) != wanted:
        spec.input_shape = wanted
    doc.edit(spec, translate("BuilderPanel", "Dataset {name}").format(name=key), doc.selected_row)


def with_compile(doc: ModelDocument, field: str, value: Any) -> None:
    """One compile setting changed (optimizer, learning_rate, momentum, loss, metrics, outputs)."""
    spec = doc.spec.copy()
    c = spec.compile
    # Keep "the default learning rate" meaning the new optimizer's default.
    if field == "optimizer" and math.isclose(c.learning_rate, OPTIMIZERS[c.optimizer]):
        c.learning_rate = OPTIMIZERS[value]
    spec.compile = dataclasses.replace(c, **{field: value})
    doc.edit(spec, translate("BuilderPanel", "Set {param}").format(param=field), doc.selected_row,
             merge_key=f"compile:{field}")
