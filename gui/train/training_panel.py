"""Train: settings, Train / Pause / Stop, live curves, the epoch log, test results and runs."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.model.spec import short_name
from core.training.events import BatchEnd, Batches, DatasetLoaded, EpochEnd, Paused, Status, TrainBegin
from core.training.job import JobResult
from gui.session.session import LabSession
from gui.session.size_guard import confirm_build, size_of
from gui.train.comparison_table import ComparisonTable
from gui.train.curves import LiveCurves, RunCurves, curve_metric
from gui.train.download_dialog import DownloadDialog
from gui.train.fine_tune_box import FineTuneBox
from gui.train.run_text import format_duration, log_cell, log_columns, run_label, test_sentence
from gui.train.runs_page import Run, RunsPage
from gui.train.task_results import TaskResults
from gui.train.train_tools import connect_train_tools
from gui.train.training_settings import TrainingSettings
from gui.widgets.panes import VerticalPane, sturdy_splitter
from gui.widgets.theme import error_style

LOG_COLUMNS = ("epoch", "loss", "accuracy", "val_loss", "val_accuracy", "seconds")


PROGRESS_EVERY_S = 0.2  # the progress bar and label: five updates a second are plenty to read

class TrainingPanel(QWidget):
    """The Train area. Training runs in the session's controller (a background task); this only
    draws."""

    def __init__(self, session: LabSession) -> None:
        super().__init__()
        self.session, self.doc, self.controller = session, session.doc, session.controller
        self._tf_ready, self._run_start, self._progress_shown = False, 0.0, 0.0
        self._total_batches, self._batches_done, self._steps = 1, 0, 1
        self._epochs_in_run, self._first_epoch = 1, 0
        self._refusal = ""  # the message shown while the checks refuse the model
        self._results_key: str | None = None  # the architecture the results on screen were measured on

        self.settings = TrainingSettings()
        self.fine_box = FineTuneBox(self.doc)  # shown for the student's own data
        self.train_button = QPushButton(translate("TrainingPanel", "Train"))
        self.train_button.setToolTip(translate("TrainingPanel", "model.fit(...) with these settings; again "
                                               "continues from the weights so far (Ctrl+T)."))
        self.pause_button = QPushButton(translate("TrainingPanel", "Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(translate("TrainingPanel", "Hold training after the current batch; "
                                               "press again to resume."))
        self.stop_button = QPushButton(translate("TrainingPanel", "Stop"))
        self.stop_button.setToolTip(translate("TrainingPanel", "Stop after the current batch and keep the "
                                              "weights so far."))
        self.reset_button = QPushButton(translate("TrainingPanel", "New weights"))
        self.reset_button.setToolTip(translate("TrainingPanel", "Forget the trained weights: the next Train "
                                               "starts from freshly initialised ones."))
        buttons = QHBoxLayout()
        for b in (self.train_button, self.pause_button, self.stop_button, self.reset_button):
            buttons.addWidget(b)
        self.progress = QProgressBar()
        self.progress.setFormat("%p%")
        self.progress_label = QLabel(translate("TrainingPanel", "Waiting for TensorFlow…"))
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("trainMessage")
        left = QVBoxLayout()
        left.addWidget(self.settings)
        left.addWidget(self.fine_box)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.progress_label)
        left.addWidget(self.message)
        left.addStretch(1)
        left_inner = QWidget()
        left_inner.setLayout(left)
        left_host = self._left = VerticalPane(left_inner)

        self.curves = LiveCurves()
        self.epoch_table = QTableWidget(0, len(LOG_COLUMNS))
        self._log_columns: list[str] = []
        self._set_log_columns(list(LOG_COLUMNS))
        self.epoch_table.horizontalHeader().setStretchLastSection(True)
        self.epoch_table.verticalHeader().hide()
        self.test_results = TaskResults()  # the task's view: classes, yes/no, a number, random data
        self.results = self.test_results.classes
        self.runs_page = RunsPage(self.curves)
        self.runs_list = self.runs_page.runs_list
        self.lower = QTabWidget()
        self.lower.addTab(self.epoch_table, translate("TrainingPanel", "Epoch log"))
        self.lower.addTab(self.test_results, translate("TrainingPanel", "Test results"))
        self.lower.addTab(self.runs_page, translate("TrainingPanel", "Runs"))
        self.comparison = ComparisonTable()
        self.lower.addTab(self.comparison, translate("TrainingPanel", "Before / after"))
        right = self.right_splitter = sturdy_splitter(Qt.Orientation.Vertical, self.curves, self.lower,
                                                      sizes=[330, 370])
        splitter = sturdy_splitter(Qt.Orientation.Horizontal, left_host, right, sizes=[400, 966],
                                   stretch=[0, 1])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.train_button.clicked.connect(self.start_training)
        self.pause_button.toggled.connect(self._on_pause)
        self.stop_button.clicked.connect(self.controller.stop)
        self.reset_button.clicked.connect(self._on_reset)
        self.controller.progress.connect(self._on_event)
        self.controller.finished.connect(self._on_finished)
        self.controller.failed.connect(self._on_failed)
        self.controller.stuck.connect(self._on_stuck)
        self.controller.runningChanged.connect(self._update_buttons)
        self.controller.runningChanged.connect(self._release_axes)
        self.runs_page.message.connect(self._say)
        self.settings.datasetChanged.connect(self._show_dataset_info)
        self.settings.download_button.clicked.connect(self._download)
        connect_train_tools(self)
        self._download_dialog: DownloadDialog | None = None
        self.doc.changed.connect(self._on_doc_changed)
        self._on_doc_changed()
        self._update_buttons(False)

    @property
    def runs(self) -> list[Run]:
        """Every run of this session, oldest first (kept by the Runs tab)."""
        return self.runs_page.runs

    # --- state ---------------------------------------------------------------------------------
    def set_tf_ready(self, ready: bool) -> None:
        self._tf_ready = ready
        if ready and not self.controller.running:
            self.progress_label.setText(translate("TrainingPanel", "Ready to train."))
        self._update_buttons(self.controller.running)

    def _on_doc_changed(self) -> None:
        shown = self.settings.dataset()
        self.settings.show_dataset(self.doc.spec.dataset)
        if self.settings.dataset() != shown or not self.settings.dataset_info.text():
            self._show_dataset_info(self.settings.dataset())
        self._update_buttons(self.controller.running)
        self._say_refusal()
        shown_for = self._results_key
        key = self.doc.spec.architecture_key()
        self.test_results.set_outdated(shown_for is not None and shown_for != key)

    def _say_refusal(self) -> None:
        """A model the checks refuse: say so beside the Train button, where the student looks (the
        disabled button's tooltip alone went unseen), and take it back once the model is fixed."""
        errors = self.doc.info.errors
        if errors:
            _row, problem = errors[0]
            self._refusal = translate("TrainingPanel", "Train is off: Keras would refuse this model. "
                                      "{problem} Fix it in Build (the row marked red).").format(
                problem=problem.message)
            self._say(self._refusal, error=True)
        elif self._refusal:
            if self.message.text() == self._refusal:
                self._say("")
            self._refusal = ""

    def _show_dataset_info(self, name: str) -> None:
        self.settings.show_source(name)
        self.fine_box.set_dataset(name, self.settings.is_own())

    def _download(self) -> None:
        name = self.settings.dataset()
        self._download_dialog = DownloadDialog(name, self)
        self._download_dialog.done.connect(self._on_downloaded)
        self._download_dialog.start()

    @Slot(bool, str)
    def _on_downloaded(self, ok: bool, message: str) -> None:
        self._download_dialog = None
        self.controller.forget_dataset()  # read the new files next time
        self.session.sources.forget_test_sets()
        self._show_dataset_info(self.settings.dataset())
        self._say(message if ok else translate("TrainingPanel", "Download failed: {message}").format(
            message=message), error=not ok)

    @Slot(bool)
    def _update_buttons(self, running: bool) -> None:
        errors = self.doc.info.errors
        self.train_button.setEnabled(self._tf_ready and not running and not errors)
        self.train_button.setToolTip(
            translate("TrainingPanel", "Fix the model in Build first: {problem}").format(
                problem=errors[0][1].message) if errors else
            translate("TrainingPanel", "model.fit(...) with these settings; again continues from the "
                      "weights so far (Ctrl+T)."))
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.reset_button.setEnabled(not running and self.controller.has_model)
        self.settings.setEnabled(not running)
        if not running:
            self.pause_button.setChecked(False)

    # --- actions -------------------------------------------------------------------------------
    def start_training(self) -> None:
        """Press Train: start (or continue) a run with the current settings."""
        if self.controller.running or not self._tf_ready:
            return
        try:
            config = self.settings.config()
        except ValueError as e:
            self._say(translate("TrainingPanel", "Cannot train: {reason}").format(reason=e), error=True)
            return
        refusal = self.fine_box.fit_output(self, self.settings.dataset())  # other classes: a new layer?
        if refusal is not None:
            return self._say(refusal, error=True)
        if not confirm_build(self, self.doc, "train it", config.batch_size):
            self._say(translate("TrainingPanel", "Not trained: {advice}").format(
                advice=size_of(self.doc, config.batch_size).advice()), error=True)
            return
        spec = self.doc.spec
        number = len(self.runs) + 1
        first = self.controller.epochs_done  # a run on trained weights continues their epochs
        info = {"number": number, "dataset": self.settings.dataset(), "config": config.to_dict(),
                "compile": spec.to_dict()["compile"], "params": self.doc.info.total,
                "first_epoch": first, "model": self.doc.path.stem if self.doc.path else short_name(spec)}
        run = RunCurves(run_label(info, first + config.epochs))
        self.runs.append((run, info))
        self.curves.begin_run(run)
        self.epoch_table.setRowCount(0)
        self.test_results.clear()
        self.comparison.clear()
        self.message.clear()
        self._epochs_in_run = config.epochs
        self.controller.start(spec, self.settings.dataset(), config, self.doc.weights,
                              self.fine_box.fine_tune())
        self.curves.hold_axes(self.controller.epochs_done + config.epochs)
        if self.controller.epochs_done:
            # Continue the curves where the last run left them.
            previous = self.runs[-2][0] if len(self.runs) > 1 else None
            if previous is not None:
                run.batch_x, run.batch_loss, run.batch_acc = (list(previous.batch_x),
                                                              list(previous.batch_loss),
                                                              list(previous.batch_acc))
                run.epochs = list(previous.epochs)
                run._ema = dict(previous._ema)
                for row in run.epochs:
                    self._append_log_row(row)
        self._run_start = time.perf_counter()
        self._set_progress(0)
        self.progress_label.setText(translate("TrainingPanel", "Starting…"))

    @Slot(int)
    def _on_stuck(self, seconds: int) -> None:
        """The training process has sent nothing for a long time (hung, or a very busy computer)."""
        answer = QMessageBox.question(
            self, translate("TrainingPanel", "Training is not answering"),
            translate("TrainingPanel", "The training process has sent nothing for {seconds} seconds: it may "
                      "be stuck, or the computer very busy. End it? The curves and the weights of the last "
                      "finished epoch are kept.").format(seconds=seconds),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.end_stuck()

    def _on_pause(self, paused: bool) -> None:
        if paused:
            self.controller.pause()
            self.pause_button.setText(translate("TrainingPanel", "Resume"))
        else:
            self.controller.resume()
            self.pause_button.setText(translate("TrainingPanel", "Pause"))

    def _on_reset(self) -> None:
        self.fine_box.set_start(None)  # "before" is the new random weights now, not the model started from
        self.controller.forget_model()
        self.doc.set_weights(None)
        self._update_buttons(False)
        self._say(translate("TrainingPanel", "The next run starts from new random weights."))

    # --- events from the training thread (queued into the GUI thread) ---------------------------
    @Slot(object)
    def _on_event(self, event: Any) -> None:
        if isinstance(event, Status):
            self.progress_label.setText(event.text)
        elif isinstance(event, DatasetLoaded):
            self.settings.dataset_info.setText(event.summary)
        elif isinstance(event, TrainBegin):
            self._first_epoch = event.initial_epoch
            self._steps = event.steps
            self._total_batches = self._steps * event.epochs
            self._batches_done = 0
            self.progress.setMaximum(self._total_batches)
            self._run_start = time.perf_counter()
        elif isinstance(event, Batches):  # the batches since the last event (see the controller)
            metric = curve_metric(event.batches[0].logs)
            if self.curves.current is not None and self.curves.current.metric != metric:
                self.curves.set_metric(metric)  # mae for a number, an output's own for several
            for batch in event.batches:
                self._batches_done += 1
                self.curves.add_batch(batch.epoch + (batch.batch + 1) / batch.steps, batch.batch_loss,
                                      batch.batch_value(metric))
            self._show_progress(event.batches[-1])
        elif isinstance(event, EpochEnd):
            self.curves.add_epoch(event.row)
            self._append_log_row(event.row)
        elif isinstance(event, Paused):
            self.progress_label.setText(translate("TrainingPanel", "{progress} — paused").format(
                progress=self.progress_label.text()))

    def _set_progress(self, value: int) -> None:
        # QProgressBar.setValue repaints synchronously, and that flushes every pending paint of
        # the window (the curves: ~60 ms, GIL held); with updates off it is painted with the rest.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(value)
        self.progress.setUpdatesEnabled(True)

    def _show_progress(self, event: BatchEnd) -> None:
        now = time.perf_counter()
        if now - self._progress_shown < PROGRESS_EVERY_S and self._batches_done != self._total_batches:
            return  # five updates a second are plenty to read
        self._progress_shown = now
        self._set_progress(self._batches_done)
        elapsed = time.perf_counter() - self._run_start
        rate = event.samples_per_second
        eta = elapsed / self._batches_done * (self._total_batches - self._batches_done)
        epoch_number = event.epoch + 1 - self._first_epoch
        self.progress_label.setText(translate(
            "TrainingPanel", "Epoch {epoch}/{epochs} · batch {batch}/{steps} · {rate:,.0f} samples/s · "
            "ETA {eta}").format(epoch=epoch_number, epochs=self._epochs_in_run, batch=event.batch + 1,
                                steps=event.steps, rate=rate, eta=format_duration(eta)))

    def _set_log_columns(self, columns: list[str]) -> None:
        # Keras's history keys stay as Keras names them; only our own column is translated.
        self._log_columns = columns
        self.epoch_table.setColumnCount(len(columns))
        # Each output's figures make long names (main_output_accuracy): columns as wide as them.
        wide = len(columns) > len(LOG_COLUMNS)
        self.epoch_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if wide else QHeaderView.ResizeMode.Interactive)
        self.epoch_table.setHorizontalHeaderLabels(
            [translate("TrainingPanel", "seconds") if key == "seconds" else key for key in columns])

    def _append_log_row(self, row: dict[str, float]) -> None:
        columns = log_columns(row)
        if columns != self._log_columns:  # mae for a number, each output's figures for several
            self._set_log_columns(columns)
        r = self.epoch_table.rowCount()
        self.epoch_table.insertRow(r)
        for c, key in enumerate(self._log_columns):
            item = QTableWidgetItem(log_cell(row, key))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.epoch_table.setItem(r, c, item)
        self.epoch_table.scrollToBottom()

    @Slot(bool)
    def _release_axes(self, running: bool) -> None:
        if not running:
            self.curves.hold_axes(None)

    @Slot(object)
    def _on_finished(self, result: JobResult) -> None:
        run, info = self.runs[-1]
        info["reason"] = result.reason
        partial = next((row for row in result.epochs if "partial" in row), None)
        # the epochs it did, not those planned
        run.label = run_label(info, self.controller.epochs_done, partial is not None)
        if self.controller.model_key == self.doc.spec.architecture_key():
            self.doc.set_weights(result.weights)  # File ▸ Save Keras Model saves them
        self._set_progress(self._batches_done)
        n = sum(1 for row in result.epochs if "partial" not in row)  # full epochs only
        words = {"completed": translate("TrainingPanel", "Training finished after %n epoch(s), "
                                        "{rate:,.0f} samples/s.", None, n),
                 "stopped": translate("TrainingPanel", "Stopped; the weights so far are kept after %n "
                                      "epoch(s), {rate:,.0f} samples/s.", None, n),
                 "early_stopping": translate("TrainingPanel", "Stopped early after %n epoch(s), "
                                             "{rate:,.0f} samples/s.", None, n),
                 "nan": translate("TrainingPanel", "Training stopped: the loss is NaN after %n epoch(s), "
                                  "{rate:,.0f} samples/s.", None, n),
                 "failed": translate("TrainingPanel", "Training ended by an error; the weights after %n "
                                     "finished epoch(s) are kept.", None, n),
                 "crashed": translate("TrainingPanel", "The training process ended unexpectedly; the "
                                      "weights after %n finished epoch(s) are kept.", None, n)}
        text = words[result.reason].format(rate=result.samples_per_second)
        if partial is not None:
            text += " " + translate("TrainingPanel", "Epoch {epoch} was stopped after {share:.0%} of its "
                                    "batches; its row is marked partial.").format(
                epoch=int(partial["epoch"]), share=partial["partial"])
        evaluation = result.evaluation
        if evaluation is not None:
            info["test_accuracy"] = evaluation.test_accuracy
            info["test_loss"] = evaluation.test_loss
            if evaluation.test_mae is not None:
                info["test_mae"] = evaluation.test_mae
            text += " " + test_sentence(evaluation)
            self.test_results.show_evaluation(evaluation)
            self._results_key = self.doc.spec.architecture_key()
            self.lower.setCurrentWidget(self.test_results)
            top, bottom = self.right_splitter.sizes()
            if bottom < 360 <= top + bottom - 200:  # room for the matrix, but keep the curves
                self.right_splitter.setSizes([top + bottom - 360, 360])
        if result.comparison:
            self.comparison.show_rows(result.comparison, result.training_set)
            self.lower.setCurrentWidget(self.comparison)
        self.progress_label.setText(text)
        if result.message:
            self._say(result.message, error=result.reason in ("nan", "failed", "crashed"))
        self.runs_page.list_run(len(self.runs) - 1)

    def restore_runs(self, runs: list[Run]) -> None:
        """Show the runs of an opened workspace: the last one's curves and epoch log, every one
        in the runs list (tick to overlay)."""
        self.runs_page.set_runs(runs)
        self.epoch_table.setRowCount(0)
        self.test_results.clear()
        if self.runs:
            last = self.runs[-1][0]
            self.curves.begin_run(last)
            for row in last.epochs:
                self._append_log_row(row)
        self.curves.set_overlays([])
        self.curves.redraw()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.runs.pop()
        self.progress_label.setText(translate("TrainingPanel", "Training did not start."))
        self._say(message, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(error_style() if error else "")
        if error:  # below the settings on a small screen: scrolled into view
            self._left.ensureWidgetVisible(self.message)

    def shutdown(self) -> None:
        """Stop a download and wait (bounded) for its thread before the window closes (the run
        itself is the session's: the shell stops it)."""
        if self._download_dialog is not None:
            self._download_dialog.shutdown()
