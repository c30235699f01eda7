"""Train ▸ Sweep…: a KerasTuner hyperparameter search (core.training.sweep) of the model in Build on
Train's dataset — which settings vary, the strategy, trials, epochs per trial, a time budget — with a
live table (one row per trial), every trial's validation curve overlaid, a parallel-coordinates plot
of the hyperparameters against the score, and "Use the best" to put the best trial's model in Build
(one undoable edit; its batch size into Train).

The trials run in a process of their own (core.training.sweep_process), watched by a background task
of the window (gui.session.tasks): the window stays responsive and a crash of TensorFlow ends the
sweep, not the lab. Stop ends it after the running trial, Pause holds it between trials. The finished
or stopped sweep is kept (record()) and saved in the workspace.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.training.search_space import SearchSpace
from core.training.sweep import SweepResult, SweepSettings, TrialRow, objective_of, read_record
from core.training.sweep_process import SweepJob
from gui.session.tasks import BackgroundTask
from gui.train.lab_sweep_box import LabSweepBox
from gui.train.sweep_plots import draw_curves, draw_parallel
from gui.widgets.plots import fixed_plot
from gui.widgets.theme import error_style


def _numbers(text: str, kind: type = int) -> list[Any]:
    return [kind(part) for part in text.replace(" ", "").split(",") if part]


class SweepDialog(QDialog):
    """A sweep of one model on one dataset; rows as trials end, record() once it has run."""

    def __init__(self, doc: Any, dataset: str, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SweepDialog", "Hyperparameter sweep"))
        self.doc, self.dataset, self.train_settings = doc, dataset, settings
        self.base = doc.spec.copy()
        self.rows: list[TrialRow] = []
        self.objective = objective_of(self.base)
        self.space: SearchSpace | None = None
        self.settings: SweepSettings | None = None
        self.shown_base: Any = None  # the model of the sweep shown (a joined sweep: the chief's)
        self.shown_dataset: str | None = None
        self.mode, self.host_line = "local", ""  # a lab sweep: "host" or "join"; the address to join
        self.stopped = ""
        self._pause = threading.Event()

        # what varies
        self.vary_lr = QCheckBox(translate("SweepDialog", "learning rate from"))
        self.lr_low, self.lr_high = QDoubleSpinBox(), QDoubleSpinBox()
        for box, value in ((self.lr_low, 1e-4), (self.lr_high, 1e-1)):
            box.setDecimals(5)
            box.setRange(1e-5, 10)
            box.setValue(value)
        self.vary_lr.setChecked(True)
        self.vary_batch = QCheckBox(translate("SweepDialog", "batch size among"))
        self.batches = QLineEdit("32, 64, 128")
        self.vary_units = QCheckBox(translate("SweepDialog", "units of the hidden Dense layers among"))
        self.units = QLineEdit("32, 64, 128")
        self.vary_layers = QCheckBox(translate("SweepDialog", "number of hidden Dense layers among"))
        self.layers = QLineEdit("1, 2, 3")
        self.vary_dropout = QCheckBox(translate("SweepDialog", "dropout rate from"))
        self.drop_low, self.drop_high = QDoubleSpinBox(), QDoubleSpinBox()
        for box, value in ((self.drop_low, 0.0), (self.drop_high, 0.5)):
            box.setRange(0, 0.95)
            box.setSingleStep(0.05)
            box.setValue(value)
        self.vary_optimizer = QCheckBox(translate("SweepDialog", "optimizer among"))
        self.optimizers = QLineEdit("adam, sgd, rmsprop")
        grid = QGridLayout()
        grid.addWidget(self.vary_lr, 0, 0)
        grid.addLayout(_range_row(self.lr_low, self.lr_high), 0, 1)
        for row, (box, edit) in enumerate(((self.vary_batch, self.batches), (self.vary_units, self.units),
                                           (self.vary_layers, self.layers)), start=1):
            grid.addWidget(box, row, 0)
            grid.addWidget(edit, row, 1)
        grid.addWidget(self.vary_dropout, 4, 0)
        grid.addLayout(_range_row(self.drop_low, self.drop_high), 4, 1)
        grid.addWidget(self.vary_optimizer, 5, 0)
        grid.addWidget(self.optimizers, 5, 1)

        # how it searches
        self.strategy = QComboBox()
        for key, text in (("random", translate("SweepDialog", "random")),
                          ("grid", translate("SweepDialog", "grid")),
                          ("bayesian", translate("SweepDialog", "Bayesian")),
                          ("hyperband", translate("SweepDialog", "Hyperband"))):
            self.strategy.addItem(text, key)
        self.trials, self.epochs, self.budget = QSpinBox(), QSpinBox(), QSpinBox()
        self.trials.setRange(1, 500)
        self.trials.setValue(6)
        self.epochs.setRange(1, 100)
        self.epochs.setValue(2)
        self.budget.setRange(0, 600)
        self.budget.setSpecialValueText(translate("SweepDialog", "none"))
        self.budget.setSuffix(translate("SweepDialog", " min"))
        form = QFormLayout()
        form.addRow(translate("SweepDialog", "strategy"), self.strategy)
        form.addRow(translate("SweepDialog", "trials"), self.trials)
        form.addRow(translate("SweepDialog", "epochs per trial"), self.epochs)
        form.addRow(translate("SweepDialog", "time budget"), self.budget)

        self.start_button = QPushButton(translate("SweepDialog", "Start"))
        self.pause_button = QPushButton(translate("SweepDialog", "Pause"))
        self.pause_button.setCheckable(True)
        self.stop_button = QPushButton(translate("SweepDialog", "Stop"))
        self.use_button = QPushButton(translate("SweepDialog", "Use the best"))
        self.use_button.setToolTip(translate("SweepDialog", "Put the best trial's model in Build (one "
                                             "undoable edit) and its batch size in Train."))
        for b in (self.pause_button, self.stop_button, self.use_button):
            b.setEnabled(False)
        self.status = QLabel(translate("SweepDialog", "Choose what varies, then Start. Each trial trains a "
                                       "fresh model and is scored on the validation split."))
        self.status.setWordWrap(True)

        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.curves_view, self.curves_plot = fixed_plot(
            translate("SweepDialog", "Each trial, epoch by epoch"), self.objective)
        self.curves_plot.setLabel("bottom", translate("SweepDialog", "epoch"))
        self.curves_plot.getAxis("left").enableAutoSIPrefix(False)  # 0.85, not "800 (x0.001)"
        self.curves_plot.getAxis("bottom").setTickSpacing(1, 1)  # whole epochs
        self.parallel_view, self.parallel_plot = fixed_plot(
            translate("SweepDialog", "Hyperparameters against the score (the best line thickest)"))
        self.parallel_plot.getAxis("left").setTicks([[]])

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(translate("SweepDialog", "<b>What varies</b>")))
        left_layout.addLayout(grid)
        left_layout.addWidget(QLabel(translate("SweepDialog", "<b>How it searches</b> (KerasTuner)")))
        left_layout.addLayout(form)
        buttons = QGridLayout()
        for i, b in enumerate((self.start_button, self.pause_button, self.stop_button,
                               self.use_button)):
            buttons.addWidget(b, i // 2, i % 2)
        left_layout.addLayout(buttons)
        self.lab = LabSweepBox(self)
        left_layout.addWidget(self.lab)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.table, 1)  # the rows under the settings, the two plots beside them
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.curves_view)
        right.addWidget(self.parallel_view)
        right.setChildrenCollapsible(False)
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left)
        outer.addWidget(right)
        outer.setStretchFactor(1, 1)
        outer.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        self.resize(1180, 640)

        self.start_button.clicked.connect(self.start)
        self.pause_button.toggled.connect(self._on_pause)
        self.stop_button.clicked.connect(self.stop)
        self.use_button.clicked.connect(self.use_best)
        self.task = BackgroundTask("hyperparameter sweep", self, interval_s=0.1)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_done)
        self.task.failed.connect(self._on_failed)

    # --- reading the choices ------------------------------------------------------------------------
    def chosen_space(self) -> SearchSpace:
        """The search space the boxes describe; ValueError names a field that is not a list of numbers."""
        try:
            return SearchSpace(
                learning_rate=((self.lr_low.value(), self.lr_high.value()) if self.vary_lr.isChecked()
                               else None),
                batch_sizes=_numbers(self.batches.text()) if self.vary_batch.isChecked() else [],
                units=_numbers(self.units.text()) if self.vary_units.isChecked() else [],
                hidden_layers=_numbers(self.layers.text()) if self.vary_layers.isChecked() else [],
                dropout=((self.drop_low.value(), self.drop_high.value()) if self.vary_dropout.isChecked()
                         else None),
                optimizers=[o.strip().lower() for o in self.optimizers.text().split(",") if o.strip()]
                if self.vary_optimizer.isChecked() else [])
        except ValueError as e:
            raise ValueError(translate("SweepDialog", "give whole numbers separated by commas, e.g. 32, 64, "
                                       "128 ({error})").format(error=e)) from e

    def chosen_settings(self) -> SweepSettings:
        config = self.train_settings.config()
        budget = self.budget.value()
        return SweepSettings(self.strategy.currentData(), self.trials.value(), self.epochs.value(),
                             config.batch_size, config.seed or 0, 60.0 * budget if budget else None)

    # --- running -----------------------------------------------------------------------------------
    def checked_choices(self) -> tuple[SearchSpace, SweepSettings, float | int] | None:
        """The space, settings and validation the boxes and Train describe; None (said why) if refused."""
        try:
            space, settings = self.chosen_space(), self.chosen_settings()
            settings.check()
            space.check(self.base)
            validation = self.train_settings.config().validation
            if not validation:
                raise ValueError(translate("SweepDialog", "a sweep scores each trial on a validation split: "
                                           "choose a validation fraction or count in Train"))
        except ValueError as e:
            self._say(str(e), error=True)
            return None
        return space, settings, validation

    def start(self) -> None:
        """Check the choices, then run the sweep in its own process."""
        choices = self.checked_choices()
        if choices is None:
            return
        space, settings, validation = choices
        job = SweepJob("local", self.base, space, settings, self.dataset, validation, self.objective)
        self.run(job, translate("SweepDialog", "Loading the data…"))

    def run(self, job: SweepJob, text: str, pausable: bool = True) -> None:
        """Run job in a sweep process (core.training.sweep_process) with an empty table; text says what
        happens first."""
        from core.i18n import catalogs
        from core.training.sweep_process import run_sweep_process
        from gui.session.worker_setup import install_translations

        self.space, self.settings, self.rows, self.stopped = job.space, job.settings, [], ""
        self.mode, self.host_line = job.kind, ""
        self.shown_base, self.shown_dataset = job.base, job.dataset or None  # a join: from its plan
        self.objective = objective_of(self.base)
        self._pause.clear()
        self._show_rows()
        job.translations = catalogs()
        pause = self._pause

        def work(reporter: Any) -> Any:
            return run_sweep_process(job, reporter.send, cancelled=lambda: reporter.cancelled,
                                     paused=pause.is_set, setup=install_translations)

        self.task.start(work)
        self._running(True)
        self.pause_button.setEnabled(pausable)
        self._say(text)

    def stop(self) -> None:
        """End the sweep after the running trial."""
        self.task.cancel()
        self.pause_button.setChecked(False)
        self._say(translate("SweepDialog", "Stopping after the running trial…"))

    def _on_pause(self, on: bool) -> None:
        if on:
            self._pause.set()
            self._say(translate("SweepDialog", "Paused: no new trial starts until you press Pause again (the "
                                "running trial finishes)."))
        else:
            self._pause.clear()

    def _on_progress(self, value: tuple[str, Any]) -> None:
        kind, row = value
        if kind == "event":  # a lab sweep: the address to join (kept on show while hosting), who joined
            if self.mode == "host" and not self.host_line:
                self.host_line = row
            self._say_lab(row)
            return
        if kind == "plan":  # a joined lab sweep: the chief's model, space, settings and dataset
            self.shown_base, self.space, self.settings, self.shown_dataset = row
            self.objective = objective_of(self.shown_base)
            return
        if kind == "trial":
            self.rows.append(row)
            self._show_rows()
        done = len(self.rows)
        if self.mode == "host" and self.settings is not None:
            self._say_lab(translate("SweepDialog", "{done} of {total} trials done.").format(
                done=done, total=self.settings.trials))
        elif self.mode == "join":
            self._say(translate("SweepDialog", "This computer has run {done} trial(s) of the lab's "
                                "sweep.").format(done=done))
        elif not self._pause.is_set() and self.settings is not None:
            self._say(translate("SweepDialog", "Trial {number} of {total} running…").format(
                number=done + 1, total=self.settings.trials))

    def _say_lab(self, text: str) -> None:
        """While hosting, the address to join stays on show above the latest news."""
        self._say(text if not self.host_line or text == self.host_line else f"{self.host_line}\n{text}")

    def _on_done(self, result: Any) -> None:
        self.stopped = result.stopped
        self.pause_button.setChecked(False)
        self._running(False)
        best = result.best
        reason = {"budget": translate("SweepDialog", "the time budget ended it"),
                  "cancelled": translate("SweepDialog", "stopped")}.get(result.stopped, "")
        text = translate("SweepDialog", "{count} trial(s) done{reason}.").format(
            count=len(result.trials), reason=f" ({reason})" if reason else "")
        if best is not None:
            text += " " + translate("SweepDialog", "Best: trial {number}, {objective} {score:.4f}.").format(
                number=best.number, objective=self.objective, score=best.score)
        self._say(text)
        self.use_button.setEnabled(best is not None)

    def _on_failed(self, message: str) -> None:
        self.stopped = "failed"
        self.pause_button.setChecked(False)
        self._running(False)
        self.use_button.setEnabled(self.best() is not None)
        self._say(translate("SweepDialog", "The sweep could not run: {message}").format(message=message),
                  error=True)

    def _running(self, on: bool) -> None:
        self.start_button.setEnabled(not on)
        self.lab.set_running(on)
        self.pause_button.setEnabled(on)
        self.stop_button.setEnabled(on)
        if on:
            self.use_button.setEnabled(False)

    # --- showing ------------------------------------------------------------------------------------
    def _show_rows(self) -> None:
        names = self.space.names() if self.space is not None else []
        lab = any(row.worker for row in self.rows)  # a lab sweep: which computer ran each trial
        headers = [translate("SweepDialog", "trial"), *names, self.objective, "epochs",
                   translate("SweepDialog", "time")] + ([translate("SweepDialog", "computer")] if lab else [])
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        best = self.best()
        for r, row in enumerate(self.rows):
            cells = [str(row.number), *(_cell(row.values.get(n)) for n in names),
                     "—" if row.score is None else f"{row.score:.4f}", str(row.epochs),
                     f"{row.seconds:.1f} s"] + ([row.worker] if lab else [])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row is best:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        draw_curves(self.curves_plot, self.rows, self.objective)
        draw_parallel(self.parallel_plot, self.rows, names, self.objective)

    def best(self) -> TrialRow | None:
        return SweepResult(self.objective, self.rows).best

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_style() if error else "")

    def use_best(self) -> None:
        """Put the best trial's model in Build (undoable) and its batch size in Train."""
        best = self.best()
        if best is None or self.space is None:
            return
        # the model swept (a joined sweep: the chief's), with the best trial's values
        spec = self.space.apply(self.shown_base or self.base, best.values)
        self.doc.edit(spec, translate("SweepDialog", "the best trial of the sweep"))
        if "batch_size" in best.values:
            self.train_settings.batch_size.setValue(int(best.values["batch_size"]))
        self._say(translate("SweepDialog", "Trial {number}'s model is in Build now (Edit ▸ Undo takes it "
                            "back).").format(number=best.number))

    # --- kept --------------------------------------------------------------------------------------
    def record(self) -> dict[str, Any] | None:
        """The sweep as the workspace keeps it (the CLI's --json layout, with the model swept), or None
        before any trial."""
        if not self.rows or self.space is None or self.settings is None:
            return None
        return {"dataset": self.shown_dataset or self.dataset, "strategy": self.settings.strategy,
                "objective": self.objective, "seed": self.settings.seed, "space": self.space.to_dict(),
                "model": (self.shown_base or self.base).to_dict(), "stopped": self.stopped or "running",
                "trials": [row.to_dict() for row in self.rows]}

    def restore(self, record: dict[str, Any]) -> None:
        """Show a kept sweep (from a workspace): its table and plots, and Use the best. A damaged one is
        said, and nothing else changes."""
        try:
            space, settings, rows, model = read_record(record)
        except ValueError as e:
            self._say(str(e), error=True)
            return
        self.space, self.settings, self.rows, self.shown_base = space, settings, rows, model
        self.shown_dataset = str(record.get("dataset", "")) or None
        self.objective, self.stopped = record.get("objective", self.objective), record.get("stopped", "")
        self._show_rows()
        self.use_button.setEnabled(self.best() is not None)
        self._say(translate("SweepDialog", "A kept sweep: {count} trial(s).").format(count=len(self.rows)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task.running:
            self.stop()  # it stops after its trial; the rows so far are kept
        super().closeEvent(event)


def _range_row(low: QWidget, high: QWidget) -> QHBoxLayout:
    """low "to" high, in one row."""
    row = QHBoxLayout()
    row.addWidget(low)
    row.addWidget(QLabel(translate("SweepDialog", "to")))
    row.addWidget(high)
    return row


def _cell(value: Any) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)
