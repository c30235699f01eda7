"""Train ▸ Find a learning rate…: the learning-rate range test (core.training.lr_range) on the model in
Build and Train's dataset, the loss plotted against the learning rate on a log axis with the
suggested range marked, and "Use it" to put the suggestion in the model's compile settings (one
undoable edit).

It runs in a background task of the window's process (gui.session.tasks), not in the training
process: it takes a few seconds, is not a run (nothing to continue, no curves, no Runs entry), and
leaves the model as it was; the dialog shows its progress and cancels it.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from core.i18n import translate
from gui.session.tasks import BackgroundTask
from gui.widgets.plots import fixed_plot
from gui.widgets.theme import error_style

STEPS = 100


class LrRangeDialog(QDialog):
    """The range test of one model on one dataset; suggested_rate once it has run."""

    def __init__(self, doc: Any, dataset: str, batch_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LrRangeDialog", "Find a learning rate"))
        self.doc, self.dataset, self.batch_size = doc, dataset, batch_size
        self.spec = doc.spec.copy()
        self.result: Any = None
        self.text = QLabel(translate(
            "LrRangeDialog", "A short run whose learning rate grows from 0.000001 to 1, batch by batch: the "
            "loss falls, then blows up. A tenth of the rate where it was lowest is a good start. The model "
            "in Build is not changed."))
        self.text.setWordWrap(True)
        self.view, self.plot = fixed_plot(translate("LrRangeDialog", "Loss against the learning rate"),
                                          translate("LrRangeDialog", "loss (smoothed)"))
        self.plot.setLogMode(x=True, y=False)
        self.plot.setLabel("bottom", translate("LrRangeDialog", "learning rate"))
        for side in ("left", "bottom"):  # plain numbers: "(x0.001)" beside a log axis misleads
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.curve = self.plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2))
        self.region = pg.LinearRegionItem(brush=pg.mkBrush(44, 160, 44, 50), movable=False)
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#2ca02c", width=2, style=Qt.PenStyle.DashLine))
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.status = QLabel(translate("LrRangeDialog", "Loading the data…"))
        self.status.setWordWrap(True)
        self.use_button = QPushButton(translate("LrRangeDialog", "Use it"))
        self.use_button.setEnabled(False)
        self.cancel_button = QPushButton(translate("LrRangeDialog", "Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, 520)
        self.use_button.clicked.connect(self.use_suggestion)
        self.cancel_button.clicked.connect(self.close)
        self.task = BackgroundTask("learning-rate range test", self, interval_s=0.1)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_done)
        self.task.failed.connect(self._on_failed)

    def start(self) -> None:
        """Run the test in the background."""
        from core.data.catalogue import load_for_model
        from core.data.preprocess import prepare_data
        from core.training.lr_range import run_range_test

        spec, weights, dataset, batch = self.spec, self.doc.weights, self.dataset, self.batch_size

        def work(reporter: Any) -> Any:
            data = prepare_data(load_for_model(dataset, spec, 0), spec, 0)
            reporter.send(("loaded", 0))
            return run_range_test(spec, weights, data, batch, steps=STEPS,
                                  progress=lambda step, _total: reporter.latest(("step", step)),
                                  cancelled=lambda: reporter.cancelled)

        self.task.start(work)

    def _on_progress(self, value: tuple[str, int]) -> None:
        kind, step = value
        if kind == "loaded":
            self.status.setText(translate("LrRangeDialog", "Training with a growing learning rate…"))
        self.progress.setValue(step)

    def _on_done(self, result: Any) -> None:
        self.result = result
        self.progress.setValue(STEPS)
        self.cancel_button.setText(translate("LrRangeDialog", "Close"))
        rates, losses = np.asarray(result.learning_rates), np.asarray(result.losses)
        self.curve.setData(rates, losses)
        if result.suggested is None:
            self.status.setText(translate("LrRangeDialog", "The loss did not fall over the whole range: the "
                                          "model may not learn from this data as it is (check the loss and "
                                          "the last layer in Build)."))
            self.status.setStyleSheet(error_style())
            return
        self.region.setRegion((math.log10(result.low), math.log10(result.high)))
        self.line.setValue(math.log10(result.suggested))
        self.plot.addItem(self.region)
        self.plot.addItem(self.line)
        self.status.setText(translate("LrRangeDialog", "Suggested learning rate: {rate:.2g} (a good range: "
                                      "{low:.2g} to {high:.2g}); the model uses {now:g} now.").format(
            rate=result.suggested, low=result.low, high=result.high, now=self.spec.compile.learning_rate))
        self.use_button.setText(translate("LrRangeDialog", "Use {rate:.2g}").format(rate=result.suggested))
        self.use_button.setEnabled(True)

    def _on_failed(self, message: str) -> None:
        self.status.setText(translate("LrRangeDialog", "The range test could not run: {message}").format(
            message=message))
        self.status.setStyleSheet(error_style())
        self.cancel_button.setText(translate("LrRangeDialog", "Close"))

    def use_suggestion(self) -> None:
        """Put the suggested rate in the model's compile settings (undoable in Build)."""
        if self.result is None or self.result.suggested is None:
            return
        spec = self.doc.spec.copy()
        spec.compile.learning_rate = float(f"{self.result.suggested:.2g}")
        self.doc.edit(spec, translate("LrRangeDialog", "learning rate from the range test"))
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.task.shutdown(500)  # a run still going stops after its batch, unseen
        super().closeEvent(event)
