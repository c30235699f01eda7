"""Train's tool windows, opened from the buttons under its settings: Find a learning rate… (the
range test) and Sweep… (one sweep window per Train area, kept while the model stays the same; its
last sweep is what a workspace saves)."""

from __future__ import annotations

from typing import Any

from core.i18n import translate
from gui.train.lr_range_dialog import LrRangeDialog
from gui.train.sweep_dialog import SweepDialog


def refused(panel: Any, needs_tensorflow: bool) -> bool:
    """Say why a tool cannot open now (beside Train, where the student looks): TensorFlow still loading
    in the window (the range test runs there; a sweep has a process of its own), or a model Keras
    would refuse."""
    if needs_tensorflow and not panel._tf_ready:
        panel._say(translate("LrRangeDialog", "TensorFlow is still loading; try again in a moment."))
        return True
    if panel.doc.info.errors:
        panel._say(translate("LrRangeDialog", "Fix the model in Build first."), error=True)
        return True
    return False


def open_range_test(panel: Any) -> LrRangeDialog | None:
    """Train ▸ Find a learning rate…: the dialog for the model in Build and Train's dataset and batch size."""
    if refused(panel, needs_tensorflow=True):
        return None
    dialog = LrRangeDialog(panel.doc, panel.settings.dataset(), panel.settings.batch_size.value(), panel)
    dialog.show()
    dialog.start()
    panel.lr_dialog = dialog
    return dialog


def open_sweep(panel: Any) -> SweepDialog | None:
    """Train ▸ Sweep…: the sweep window of the model in Build and Train's dataset (one per panel, kept)."""
    if refused(panel, needs_tensorflow=False):
        return None
    dialog = getattr(panel, "sweep_dialog", None)
    if dialog is None or (not dialog.task.running and dialog.base.to_dict() != panel.doc.spec.to_dict()):
        kept = kept_sweep(panel)
        if dialog is not None:
            dialog.deleteLater()
        dialog = SweepDialog(panel.doc, panel.settings.dataset(), panel.settings, panel)
        if kept is not None:
            dialog.restore(kept)
        panel.sweep_dialog = dialog
    elif not dialog.task.running:
        dialog.dataset = panel.settings.dataset()
    dialog.show()
    dialog.raise_()
    return dialog


def kept_sweep(panel: Any) -> dict[str, Any] | None:
    """The sweep a workspace keeps: the sweep window's, else the one a workspace brought."""
    dialog = getattr(panel, "sweep_dialog", None)
    record = dialog.record() if dialog is not None else None
    return record if record is not None else getattr(panel, "sweep_record", None)


def keep_sweep(panel: Any, record: dict[str, Any] | None) -> None:
    """An opened workspace's sweep: shown the next time Sweep… opens (an open sweep window goes)."""
    from core.training.sweep import read_record

    dialog = getattr(panel, "sweep_dialog", None)
    if dialog is not None and not dialog.task.running:
        dialog.close()
        dialog.deleteLater()
        panel.sweep_dialog = None
    if record is not None:
        try:
            read_record(record)
        except ValueError as e:  # the rest of the workspace opens; the sweep is said to be lost
            panel._say(str(e), error=True)
            record = None
    panel.sweep_record = record


def connect_train_tools(panel: Any) -> None:
    """Train's tool buttons: Find a learning rate… and Sweep…."""
    panel.sweep_dialog, panel.sweep_record = None, None
    panel.settings.lr_button.clicked.connect(lambda: open_range_test(panel))
    panel.settings.sweep_button.clicked.connect(lambda: open_sweep(panel))
