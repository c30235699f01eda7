"""The Runs tab of the Train area: every run of this session (tick one to overlay its epoch curves
on the current one), and the history and curves saved as CSV, PNG or SVG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.training.history import write_history_csv
from gui.train.curves import LiveCurves, RunCurves
from gui.widgets.file_dialogs import save_file
from gui.widgets.image_files import export_png, export_svg

Run = tuple[RunCurves, dict[str, Any]]  # the curves of a run, and what it was (settings, results)


class RunsPage(QWidget):
    """runs: every run, oldest first; message(text, is_error) for the area's message line."""

    message = Signal(str, bool)

    def __init__(self, curves: LiveCurves, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curves = curves
        self.runs: list[Run] = []
        self.runs_list = QListWidget()
        self.runs_list.setToolTip(translate("TrainingPanel", "Tick earlier runs to overlay their epoch "
                                            "curves (dashed: training, dotted: validation)."))
        self.export_csv_button = QPushButton(translate("TrainingPanel", "Save history as CSV…"))
        self.export_png_button = QPushButton(translate("TrainingPanel", "Save curves as PNG…"))
        self.export_svg_button = QPushButton(translate("TrainingPanel", "Save curves as SVG…"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("TrainingPanel", "Runs (tick to compare on the curves):")))
        layout.addWidget(self.runs_list, 1)
        export_row = QHBoxLayout()
        for b in (self.export_csv_button, self.export_png_button, self.export_svg_button):
            export_row.addWidget(b)
        layout.addLayout(export_row)
        self.runs_list.itemChanged.connect(self._on_run_ticked)
        self.export_csv_button.clicked.connect(self._export_csv)
        self.export_png_button.clicked.connect(lambda: self._export_plot("png"))
        self.export_svg_button.clicked.connect(lambda: self._export_plot("svg"))

    def list_run(self, index: int) -> None:
        """Add runs[index] to the list (once it has ended), with its test accuracy if it has one."""
        run, info = self.runs[index]
        accuracy = info.get("test_accuracy")
        item = QListWidgetItem(translate("TrainingPanel", "{run} — test accuracy {accuracy:.2%}").format(
            run=run.label, accuracy=accuracy) if isinstance(accuracy, float) else run.label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, index)
        self.runs_list.addItem(item)

    def set_runs(self, runs: list[Run]) -> None:
        """Show these runs (an opened workspace's), none ticked."""
        self.runs = list(runs)
        self.runs_list.clear()
        for index in range(len(self.runs)):
            self.list_run(index)

    def _on_run_ticked(self, _item: QListWidgetItem) -> None:
        chosen = []
        for i in range(self.runs_list.count()):
            item = self.runs_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                index = item.data(Qt.ItemDataRole.UserRole)
                chosen.append((index, self.runs[index][0]))
        self.curves.set_overlays(chosen)

    @Slot()
    def _export_csv(self) -> None:
        if not self.runs:
            self.message.emit(translate("TrainingPanel", "Train first: there is no history to save yet."),
                              False)
            return
        path = save_file(self, translate("TrainingPanel", "Save history"), "history.csv",
                         translate("TrainingPanel", "CSV (*.csv)"))
        if path:
            try:
                write_history_csv(self.runs[-1][0].epochs, path)
            except OSError as e:
                QMessageBox.warning(self, translate("TrainingPanel", "Cannot save"),
                                    f"{path}: {e.strerror or e}")

    def _export_plot(self, kind: str) -> None:
        path = save_file(
            self, translate("TrainingPanel", "Save curves"), f"curves.{kind}",
            translate("TrainingPanel", "PNG (*.png)") if kind == "png"
            else translate("TrainingPanel", "SVG (*.svg)"))
        if not path:
            return
        for plot, name in zip(self.curves.plots(), ("loss", "accuracy"), strict=True):
            target = Path(path).with_name(f"{Path(path).stem}-{name}.{kind}")
            try:
                (export_png if kind == "png" else export_svg)(plot.getPlotItem(), target)
            except OSError as e:
                QMessageBox.warning(self, translate("TrainingPanel", "Cannot save"),
                                    f"{target}: {e.strerror or e}")
                return
        self.message.emit(translate("TrainingPanel", "Saved {loss_file} and {accuracy_file}.").format(
            loss_file=f"{Path(path).stem}-loss.{kind}", accuracy_file=f"{Path(path).stem}-accuracy.{kind}"),
            False)
