"""The DigitScope window: the student's workflow as areas (Build → Train → Draw → Inside)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from core.i18n import translate
from core.tf_runtime import Runtime
from gui.build.builder_panel import BuilderPanel
from gui.session.session import LabSession
from gui.session.tasks import collect_garbage_in_gui_thread
from gui.shell.autosave import Autosaver
from gui.shell.file_actions import FileActions
from gui.shell.lazy_area import LazyArea

if TYPE_CHECKING:
    from gui.draw.draw_panel import DrawPanel
    from gui.inside.inside_panel import InsidePanel
    from gui.train.training_panel import TrainingPanel

class _FirstPaint(QObject):
    """Calls the window's _after_first_paint once it has painted, then removes itself.

    A filter, not an event() override: a Python override would run for every event of the window
    for good, and while Qt paints the widgets under it the GIL stays held (the training thread
    waits); the filter is gone after the first paint.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.window._after_first_paint)
        return False


class MainWindow(FileActions, QMainWindow):
    """Menus, the areas, and the status bar that reports TensorFlow's state."""

    def __init__(self, load_tensorflow: bool = True) -> None:
        super().__init__()
        self.setObjectName("DigitScopeMainWindow")
        self.session = LabSession(parent=self)
        self.doc, self.loader = self.session.doc, self.session.loader
        self.loader.loaded.connect(self._on_tf_loaded)
        self.loader.failed.connect(self._on_tf_failed)
        self._pending_weights: Path | None = None
        self._closing_on_signal = False

        self.builder = BuilderPanel(self.doc)
        self.areas = QTabWidget()
        self.areas.setDocumentMode(True)
        self.areas.addTab(self.builder, translate("MainWindow", "1  Build"))
        self.areas.setTabToolTip(0, translate("MainWindow", "Build a Sequential model layer by layer and "
                                                            "compile it."))
        self._train_area: LazyArea[TrainingPanel] = LazyArea(self._make_trainer)
        self.areas.addTab(self._train_area, translate("MainWindow", "2  Train"))
        self.areas.setTabToolTip(1, translate("MainWindow", "Train the model on real data with live curves, "
                                                            "then test it."))
        self._draw_area: LazyArea[DrawPanel] = LazyArea(self._make_drawer)
        self.areas.addTab(self._draw_area, translate("MainWindow", "3  Draw && predict"))
        self.areas.setTabToolTip(2, translate("MainWindow", "Draw a digit and watch the model's "
                                                            "probabilities move as you draw."))
        self._inside_area: LazyArea[InsidePanel] = LazyArea(self._make_inside)
        self.areas.addTab(self._inside_area, translate("MainWindow", "4  Inside the network"))
        self.areas.setTabToolTip(3, translate("MainWindow", "A layer's weights, its output for your digit, "
                                                            "how they change while training, and why the "
                                                            "model chose its class."))
        self.setCentralWidget(self.areas)

        self.tf_status = QLabel(translate("MainWindow", "Loading TensorFlow…"))
        self.tf_status.setObjectName("tfStatus")
        self.statusBar().addPermanentWidget(self.tf_status)
        self._tf_actions: list[QAction] = []
        self._make_menus()
        self.doc.pathChanged.connect(self._update_title)
        self._update_title()
        self.resize(1280, 760)
        self._load_tensorflow = load_tensorflow
        self.autosaver = Autosaver(self)  # starts once the areas exist (after the first paint)
        self._first_paint = _FirstPaint(self)
        self.installEventFilter(self._first_paint)

    def _after_first_paint(self) -> None:
        # The areas that import pyqtgraph, then TensorFlow (its import holds the GIL for seconds),
        # only once the window is on screen.
        self._train_area.panel()
        self._draw_area.panel()
        self._inside_area.panel()
        collect_garbage_in_gui_thread()  # before the TensorFlow and training threads run
        if self._load_tensorflow:
            self.loader.start()
            self.session.controller.warm_up()  # the training process loads TensorFlow meanwhile
        self._start_autosave()
        from gui.shell.guide import should_show_at_start

        if should_show_at_start():
            QTimer.singleShot(800, self.show_tour)

    def _start_autosave(self) -> None:
        crashed = self.autosaver.begin_session()
        self.autosaver.connect_window()
        if crashed is not None:
            QTimer.singleShot(0, lambda: self._offer_restore(crashed))

    def _offer_restore(self, path: Path) -> None:
        """The last session ended without closing (a crash, kill -9, power loss): offer its work."""
        import datetime

        when = QLocale().toString(datetime.datetime.fromtimestamp(path.stat().st_mtime),
                                  QLocale.FormatType.ShortFormat)
        answer = QMessageBox.question(
            self, translate("MainWindow", "Restore your work?"),
            translate("MainWindow", "DigitScope did not close normally last time. Its work was saved "
                                    "automatically at {when}: the model, its trained weights, the runs and "
                                    "the drawing. Restore it?").format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        restored = answer == QMessageBox.StandardButton.Yes and self.open_workspace(path)
        if restored:
            self.doc.mark_unsaved()  # the work is back, not saved anywhere of the student's yet
        self.autosaver.settle_crashed(restored)

    # --- areas --------------------------------------------------------------------------------
    @property
    def trainer(self) -> TrainingPanel:
        """The Train area's panel (built now if the window has not built it yet)."""
        return self._train_area.panel()

    @property
    def drawer(self) -> DrawPanel:
        """The Draw & predict area's panel (built now if the window has not built it yet)."""
        return self._draw_area.panel()

    def _make_drawer(self) -> DrawPanel:
        from gui.draw.draw_panel import DrawPanel

        panel = DrawPanel(self.session)
        panel.set_tf_ready(self.loader.runtime is not None)
        return panel

    @property
    def inside(self) -> InsidePanel:
        """The Inside the network area's panel (built now if the window has not built it yet)."""
        return self._inside_area.panel()

    def _make_inside(self) -> InsidePanel:
        from gui.inside.inside_panel import InsidePanel

        panel = InsidePanel(self.session, self.drawer.canvas)  # the one canvas, shown in both areas
        panel.set_tf_ready(self.loader.runtime is not None)
        return panel

    def _make_trainer(self) -> TrainingPanel:
        from gui.train.training_panel import TrainingPanel

        panel = TrainingPanel(self.session)
        panel.set_tf_ready(self.loader.runtime is not None)
        panel.fine_box.startFrom.connect(self.start_from_model)
        return panel

    # --- menus, tour, shortcuts, language ----------------------------------------------------------
    def _make_menus(self) -> None:
        from gui.shell.menus import make_menus

        make_menus(self)

    def show_tour(self) -> None:
        """Help ▸ Guided tour: the four steps of a lab, shown on this window."""
        from gui.shell.guide import GuidedTour

        old = getattr(self, "tour", None)
        try:
            if old is not None and old.isVisible():
                old.end()
        except RuntimeError:  # it ended before and Qt has deleted it
            pass
        self.tour = GuidedTour(self)
        self.tour.start()

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts."""
        from gui.shell.shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()

    def set_language(self, lang: str) -> None:
        """View ▸ Language: the window is made again in lang, with the work carried over."""
        from gui.shell.i18n import language

        if lang == language().current:
            return
        if self.session.controller.running:
            self.language_actions[language().current].setChecked(True)
            self._error(translate("MainWindow", "Language"),
                        translate("MainWindow", "Stop training first: the window is made again in the new "
                                                "language, with your work."))
            return
        from gui.shell.language_switch import replace_window_in_language

        replace_window_in_language(self, lang)

    # --- TensorFlow ---------------------------------------------------------------------------
    @Slot(object)
    def _on_tf_loaded(self, runtime: Runtime) -> None:
        self.tf_status.setText(runtime.describe())
        self.tf_status.setToolTip(translate("MainWindow", "TensorFlow is loaded; training and .keras saving "
                                                          "are available."))
        for action in self._tf_actions:
            action.setEnabled(True)
        self.trainer.set_tf_ready(True)
        self.drawer.set_tf_ready(True)
        self.inside.set_tf_ready(True)
        if self._pending_weights is not None:
            path, self._pending_weights = self._pending_weights, None
            self._load_weights(path)

    @Slot(str)
    def _on_tf_failed(self, message: str) -> None:
        self.tf_status.setText(translate("MainWindow", "TensorFlow failed to load"))
        self.tf_status.setToolTip(message)
        self.statusBar().showMessage(
            translate("MainWindow", "TensorFlow could not be loaded ({message}). Building and saving JSON "
                                    "still work; reinstall with 'bash setup.sh install'.").format(
                message=message))

    @property
    def tf_ready(self) -> bool:
        return self.session.tf_ready

    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc.path else translate("MainWindow", "untitled model")
        self.setWindowTitle(f"{name}[*] — DigitScope")
        self.setWindowModified(self.doc.modified)

    def _about(self) -> None:
        runtime = (self.loader.runtime.describe() if self.loader.runtime
                   else translate("MainWindow", "TensorFlow not loaded"))
        QMessageBox.about(self, translate("MainWindow", "About DigitScope"),
                          translate("MainWindow", "<b>DigitScope</b><br>A desktop lab for the Keras "
                                                  "Sequential API.<br><br>{runtime}").format(runtime=runtime))

    # --- closing ----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # replaced: a language switch moved the work to a new window; nothing to ask.
        # A signal (Ctrl-C in the terminal, SIGTERM at logout): no one is there to answer.
        asked = not getattr(self, "replaced", False) and not self._closing_on_signal
        if asked and not self.confirm_discard():
            event.ignore()
            return
        self._shut_down()
        event.accept()

    def close_on_signal(self) -> None:
        """Ctrl-C in the terminal or SIGTERM (logout, `kill`): close as File ▸ Quit does, without
        asking. Unsaved work is autosaved and stays offered at the next start, as after a crash."""
        self._closing_on_signal = True
        self.close()

    def _shut_down(self) -> None:
        """Closing at any moment takes about a second at most (issue 7, item 5): the autosave is
        written and the session marker removed first; then a run is abandoned (it stops after the
        current batch, also while evaluating or validating) and waited for at most
        training_controller.CLOSE_WAIT_MS. TensorFlow's import is not waited for: it cannot be
        interrupted and can take many seconds. A thread that still runs is kept alive (Qt aborts
        when a running QThread is destroyed), and gui.shell.app.run_app ends the process without it."""
        # Closed on a signal with unsaved work: the autosave stays offered, as after a crash.
        self.autosaver.end_session(keep_offered=self._closing_on_signal and self.doc.modified)
        if self._train_area.built:
            self.trainer.shutdown()  # the download dialog, if one runs
        if self._draw_area.built:
            self.drawer.opener.shutdown()  # a picture being decoded
        self.session.controller.shutdown()  # the training process ends too (≤ 3 s, never left behind)
        self.loader.shutdown()
        # Any other work still going (a projector map, the range test, an augmentation preview):
        # Qt aborts the process when a running thread is destroyed with its window.
        from gui.session.tasks import BackgroundTask

        for task in self.findChildren(BackgroundTask):
            if task.running:
                task.shutdown(300)

    def threads_still_running(self) -> list[str]:
        """The names of this window's threads that have not ended (after a close: the ones it did
        not wait for)."""
        from gui.session.tasks import kept_running

        names = set(kept_running())
        if self.loader.running:
            names.add("tensorflow-loader")
        if self.session.controller.running:
            names.add("training")
        if self._train_area.built:
            download = getattr(self.trainer, "_download_dialog", None)
            if download is not None and download.running:
                names.add("download")
        return sorted(names)
