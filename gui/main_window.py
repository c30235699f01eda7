"""The DigitScope window: the student's workflow as areas (Build → Train → Draw → Inside)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from core.export_python import export_python
from core.keras_file import load_keras_weights, save_keras
from core.model_io import load_model_spec
from core.spec import SpecError
from core.templates import DEFAULT_TEMPLATE, TEMPLATES, template
from core.tf_runtime import Runtime
from gui.app import collect_garbage_in_gui_thread, freeze_loaded_objects
from gui.autosave import Autosaver
from gui.builder_panel import BuilderPanel
from gui.lazy_area import LazyArea
from gui.model_document import ModelDocument
from gui.size_guard import confirm_build
from gui.tf_loader import TensorFlowLoader

if TYPE_CHECKING:
    from gui.draw_panel import DrawPanel
    from gui.inside_panel import InsidePanel
    from gui.training_panel import TrainingPanel

MODEL_FILTER = "Models (*.json *.keras);;Model spec (*.json);;Keras model (*.keras)"


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


class MainWindow(QMainWindow):
    """Menus, the areas, and the status bar that reports TensorFlow's state."""

    def __init__(self, load_tensorflow: bool = True) -> None:
        super().__init__()
        self.setObjectName("DigitScopeMainWindow")
        self.doc = ModelDocument(template(DEFAULT_TEMPLATE), self)
        self.loader = TensorFlowLoader(self)
        self.loader.loaded.connect(self._on_tf_loaded)
        self.loader.failed.connect(self._on_tf_failed)
        self._pending_weights: Path | None = None

        self.builder = BuilderPanel(self.doc)
        self.areas = QTabWidget()
        self.areas.setDocumentMode(True)
        self.areas.addTab(self.builder, "1  Build")
        self.areas.setTabToolTip(0, "Build a Sequential model layer by layer and compile it.")
        self._train_area: LazyArea[TrainingPanel] = LazyArea(self._make_trainer)
        self.areas.addTab(self._train_area, "2  Train")
        self.areas.setTabToolTip(1, "Train the model on real data with live curves, then test it.")
        self._draw_area: LazyArea[DrawPanel] = LazyArea(self._make_drawer)
        self.areas.addTab(self._draw_area, "3  Draw && predict")
        self.areas.setTabToolTip(2, "Draw a digit and watch the model's probabilities move as you draw.")
        self._inside_area: LazyArea[InsidePanel] = LazyArea(self._make_inside)
        self.areas.addTab(self._inside_area, "4  Inside the network")
        self.areas.setTabToolTip(3, "A layer's weights, its output for your digit, how they change while "
                                    "training, and why the model chose its class.")
        self.setCentralWidget(self.areas)

        self.tf_status = QLabel("Loading TensorFlow…")
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
        self._start_autosave()

    def _start_autosave(self) -> None:
        crashed = self.autosaver.begin_session()
        self.autosaver.connect_window()
        if crashed is not None:
            QTimer.singleShot(0, lambda: self._offer_restore(crashed))

    def _offer_restore(self, path: Path) -> None:
        """The last session ended without closing (a crash, kill -9, power loss): offer its work."""
        import datetime

        when = datetime.datetime.fromtimestamp(path.stat().st_mtime).strftime("%H:%M on %d %b")
        answer = QMessageBox.question(
            self, "Restore your work?",
            f"DigitScope did not close normally last time. Its work was saved automatically at {when}: "
            "the model, its trained weights, the runs and the drawing. Restore it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.open_workspace(path)

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
        from gui.draw_panel import DrawPanel

        panel = DrawPanel(self.doc, self.trainer.controller)
        panel.set_tf_ready(self.loader.runtime is not None)
        return panel

    @property
    def inside(self) -> InsidePanel:
        """The Inside the network area's panel (built now if the window has not built it yet)."""
        return self._inside_area.panel()

    def _make_inside(self) -> InsidePanel:
        from gui.inside_panel import InsidePanel

        panel = InsidePanel(self.drawer, self.trainer.controller)
        panel.set_tf_ready(self.loader.runtime is not None)
        return panel

    def _make_trainer(self) -> TrainingPanel:
        from gui.training_panel import TrainingPanel

        panel = TrainingPanel(self.doc)
        panel.set_tf_ready(self.loader.runtime is not None)
        return panel

    # --- menus --------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                tip: str = "", needs_tf: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        if needs_tf:
            action.setEnabled(False)
            self._tf_actions.append(action)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        new_menu = file_menu.addMenu("&New from template")
        for t in TEMPLATES.values():
            act = self._action(t.title, lambda _=False, n=t.name: self.new_from_template(n),
                               tip=t.description)
            new_menu.addAction(act)
        file_menu.addAction(self._action("&Open…", self.open_dialog, QKeySequence.StandardKey.Open,
                                         "Open a model spec (.json) or a Keras model (.keras)."))
        file_menu.addAction(self._action("&Save", self.save, QKeySequence.StandardKey.Save,
                                         "Save the model."))
        file_menu.addAction(self._action("Save &As…", self.save_as_dialog,
                                         QKeySequence.StandardKey.SaveAs,
                                         "Save the model as readable JSON (architecture and "
                                         "compile settings)."))
        self.save_keras_action = self._action(
            "Save &Keras Model (.keras)…", self.save_keras_dialog, "Ctrl+Shift+K",
            "Save as a Keras .keras file (with weights once it has them); needs TensorFlow.",
            needs_tf=True)
        file_menu.addAction(self.save_keras_action)
        file_menu.addAction(self._action("Export &Python Script…", self.export_python_dialog,
                                         "Ctrl+E", "Write a standalone Keras script in the notes' "
                                         "style."))
        file_menu.addSeparator()
        file_menu.addAction(self._action("Open Wor&kspace…", self.open_workspace_dialog, "Ctrl+Shift+O",
                                         "Open a workspace file: model, weights, settings, runs "
                                         "and drawing, as saved."))
        file_menu.addAction(self._action("Save &Workspace…", self.save_workspace_dialog, "Ctrl+Alt+S",
                                         "Save everything in one file (model, trained weights, "
                                         "settings, every run's curves, the drawing) to hand out "
                                         "or to go on later."))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.doc.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.doc.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&About DigitScope", self._about))

    # --- TensorFlow ---------------------------------------------------------------------------
    @Slot(object)
    def _on_tf_loaded(self, runtime: Runtime) -> None:
        freeze_loaded_objects()
        self.tf_status.setText(runtime.describe())
        self.tf_status.setToolTip("TensorFlow is loaded; training and .keras saving are available.")
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
        self.tf_status.setText("TensorFlow failed to load")
        self.tf_status.setToolTip(message)
        self.statusBar().showMessage(
            f"TensorFlow could not be loaded ({message}). Building and saving JSON still work; "
            "reinstall with 'bash setup.sh install'.")

    @property
    def tf_ready(self) -> bool:
        return self.loader.runtime is not None

    # --- files ----------------------------------------------------------------------------------
    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def confirm_discard(self) -> bool:
        """Ask before unsaved edits are replaced; True when it is fine to go on."""
        if not self.doc.modified:
            return True
        answer = QMessageBox.question(
            self, "Unsaved changes", "The model has unsaved changes. Save them first?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_from_template(self, name: str) -> None:
        if self.confirm_discard():
            self.doc.reset(template(name))

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, "Open model", "", MODEL_FILTER)
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a .json spec or .keras model; on failure say why and keep the current model."""
        if path.suffix.lower() == ".digitscope":
            return self.open_workspace(path)
        try:
            spec = load_model_spec(path)
        except SpecError as e:
            self._error("Cannot open model", str(e))
            return False
        self.doc.reset(spec, path)
        if path.suffix.lower() == ".keras":
            if self.tf_ready:
                self._load_weights(path)
            else:
                self._pending_weights = path
                self.statusBar().showMessage(
                    "Architecture opened; its weights load once TensorFlow is ready.", 5000)
        self.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    def _load_weights(self, path: Path) -> None:
        if self.doc.path != path:
            return  # the user opened something else meanwhile
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            weights = load_keras_weights(path)
        except SpecError as e:
            self._error("Cannot load weights", f"{e}\nThe architecture is shown without them.")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.doc.set_weights(weights)
        count = sum(int(w.size) for w in weights)
        self.statusBar().showMessage(f"Loaded {count:,} trained weights from {path.name}", 5000)

    def save(self) -> bool:
        path = self.doc.path
        if path is None:
            return self.save_as_dialog()
        if path.suffix.lower() == ".keras":
            return self.save_keras(path)
        return self.save_json(path)

    def save_as_dialog(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, "Save model spec", self._suggest(".json"),
                                              "Model spec (*.json)")
        return self.save_json(Path(path)) if path else False

    def save_json(self, path: Path) -> bool:
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        try:
            self.doc.spec.save(path)
        except OSError as e:
            self._error("Cannot save", f"{path}: {e.strerror or e}\nThe model is still open; "
                        "choose another folder or free some space.")
            return False
        self.doc.mark_saved(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def save_keras_dialog(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, "Save Keras model", self._suggest(".keras"),
                                              "Keras model (*.keras)")
        return self.save_keras(Path(path)) if path else False

    def save_keras(self, path: Path) -> bool:
        """Build the Keras model (with its weights, if any) and save it as .keras."""
        if not self.tf_ready:
            self._error("TensorFlow is still loading",
                        "Saving a .keras file needs TensorFlow; try again when the status bar "
                        "shows its version.")
            return False
        if path.suffix.lower() != ".keras":
            path = path.with_suffix(".keras")
        errors = self.doc.info.errors
        if errors:
            self._error("Fix the model first", f"Keras would refuse this model:\n"
                        f"{errors[0][1].message}")
            return False
        from core.build import build_model

        if not confirm_build(self, self.doc, "save it"):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            model = build_model(self.doc.spec)
            if self.doc.weights is not None:
                model.set_weights(self.doc.weights)
            save_keras(model, path)
        except OSError as e:
            self._error("Cannot save", f"{path}: {e.strerror or e}")
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.doc.mark_saved(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def export_python_dialog(self) -> bool:
        errors = self.doc.info.errors
        if errors:
            self._error("Fix the model first", f"Keras would refuse this model:\n"
                        f"{errors[0][1].message}")
            return False
        path, _ = QFileDialog.getSaveFileName(self, "Export Python script", self._suggest(".py"),
                                              "Python script (*.py)")
        return self.export_python(Path(path)) if path else False

    def export_python(self, path: Path) -> bool:
        from core.spec import atomic_write_text

        try:
            atomic_write_text(path, export_python(self.doc.spec))
        except OSError as e:
            self._error("Cannot export", f"{path}: {e.strerror or e}")
            return False
        self.statusBar().showMessage(f"Wrote {path}", 5000)
        return True

    def save_workspace_dialog(self) -> bool:
        from core.workspace import SUFFIX

        path, _ = QFileDialog.getSaveFileName(self, "Save workspace", self._suggest(SUFFIX),
                                              f"DigitScope workspace (*{SUFFIX})")
        return bool(path) and self.save_workspace(Path(path))

    def save_workspace(self, path: Path) -> bool:
        """Save the whole lab session; a message (and the old file untouched) when it cannot."""
        from core.workspace import SUFFIX, WorkspaceError, save_workspace
        from gui.workspace_io import capture

        if self.trainer.controller.running:
            self._error("Save workspace", "Stop training first: the workspace keeps finished runs.")
            return False
        path = path if path.suffix else path.with_suffix(SUFFIX)
        try:
            save_workspace(capture(self), path)
        except WorkspaceError as e:
            self._error("Save workspace", str(e))
            return False
        self.statusBar().showMessage(f"Saved the workspace to {path}", 5000)
        return True

    def open_workspace_dialog(self) -> bool:
        from core.workspace import SUFFIX

        if not self.confirm_discard():
            return False
        path, _ = QFileDialog.getOpenFileName(self, "Open workspace", "",
                                              f"DigitScope workspace (*{SUFFIX});;All files (*)")
        return bool(path) and self.open_workspace(Path(path))

    def open_workspace(self, path: Path) -> bool:
        """Open a workspace file; a message, and nothing changed, when it cannot be read."""
        from core.workspace import WorkspaceError, load_workspace
        from gui.workspace_io import restore

        if self.trainer.controller.running:
            self._error("Open workspace", "Stop training first.")
            return False
        try:
            workspace = load_workspace(path)
        except WorkspaceError as e:
            self._error("Open workspace", str(e))
            return False
        restore(self, workspace)
        self.statusBar().showMessage(f"Opened the workspace {path.name}", 5000)
        return True

    def _suggest(self, suffix: str) -> str:
        base = self.doc.path.with_suffix(suffix) if self.doc.path else Path(f"model{suffix}")
        return str(base)

    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc.path else "untitled model"
        self.setWindowTitle(f"{name}[*] — DigitScope")
        self.setWindowModified(self.doc.modified)

    def _about(self) -> None:
        runtime = self.loader.runtime.describe() if self.loader.runtime else "TensorFlow not loaded"
        QMessageBox.about(self, "About DigitScope",
                          "<b>DigitScope</b><br>A desktop lab for the Keras Sequential API."
                          f"<br><br>{runtime}")

    # --- closing ----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self._shut_down()
        event.accept()

    def _shut_down(self) -> None:
        """Closing at any moment takes about a second at most (issue 7, item 5): the autosave is
        written and the session marker removed first; then a run is abandoned (it stops after the
        current batch, also while evaluating or validating) and waited for at most
        training_controller.CLOSE_WAIT_MS. TensorFlow's import is not waited for: it cannot be
        interrupted and can take many seconds. A thread that still runs is kept alive (Qt aborts
        when a running QThread is destroyed), and gui.app.run_app ends the process without it."""
        self.autosaver.end_session()
        if self._train_area.built:
            self.trainer.shutdown()
        self.loader.shutdown()

    def threads_still_running(self) -> list[str]:
        """The names of this window's threads that have not ended (after a close: the ones it did
        not wait for)."""
        from gui.threads import kept_running

        names = set(kept_running())
        if self.loader.running:
            names.add("tensorflow-loader")
        if self._train_area.built:
            if self.trainer.controller.running:
                names.add("training")
            download = getattr(self.trainer, "_download_dialog", None)
            if download is not None and download.running:
                names.add("download")
        return sorted(names)
