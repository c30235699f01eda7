"""The window's menus: File, Edit, Train, View (areas, language), Help — every main action with its
shortcut, so Help ▸ Keyboard shortcuts (read from these menus) lists them all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from core.i18n import translate
from core.model.templates import DEFAULT_TEMPLATE, TEMPLATES
from gui.shell.i18n import LANGUAGES

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def make_action(window: Any, text: str, slot: Callable[..., Any], shortcuts: list[Shortcut] | None = None,
                tip: str = "", needs_tf: bool = False) -> QAction:
    """A QAction of window: its text, shortcuts, status tip; disabled until TensorFlow loads if
    needs_tf."""
    action = QAction(text, window)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    if needs_tf:
        action.setEnabled(False)
        window._tf_actions.append(action)
    return action


def _click(button_of: Callable[[], Any]) -> Callable[[], None]:
    """A slot that presses a panel's button as the student would (nothing while it is disabled)."""
    def press() -> None:
        button = button_of()
        if button.isEnabled():
            button.click()
    return press


def make_menus(window: Any) -> None:
    """Build the menu bar of window (a MainWindow)."""
    bar = window.menuBar()
    act = lambda *a, **k: make_action(window, *a, **k)  # noqa: E731

    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(act(translate("MainWindow", "&New"),
                            lambda: window.new_from_template(DEFAULT_TEMPLATE),
                            [QKeySequence.StandardKey.New],
                            translate("MainWindow", "Start again from the notes' default model.")))
    new_menu = file_menu.addMenu(translate("MainWindow", "&New from template"))
    for t in TEMPLATES.values():
        new_menu.addAction(act(t.translated_title(), lambda _=False, n=t.name: window.new_from_template(n),
                               tip=t.translated_description()))
    file_menu.addAction(act(translate("MainWindow", "&Open…"), window.open_dialog,
                            [QKeySequence.StandardKey.Open],
                            translate("MainWindow", "Open a model spec (.json) or a Keras model (.keras).")))
    file_menu.addAction(act(translate("MainWindow", "&Save"), window.save, [QKeySequence.StandardKey.Save],
                            translate("MainWindow", "Save the model.")))
    file_menu.addAction(act(translate("MainWindow", "Save &As…"), window.save_as_dialog,
                            [QKeySequence.StandardKey.SaveAs],
                            translate("MainWindow", "Save the model as readable JSON (architecture and "
                                                    "compile settings).")))
    window.save_keras_action = act(
        translate("MainWindow", "Save &Keras Model (.keras)…"), window.save_keras_dialog, ["Ctrl+Shift+K"],
        translate("MainWindow", "Save as a Keras .keras file (with weights once it has them); needs "
                                "TensorFlow."), needs_tf=True)
    file_menu.addAction(window.save_keras_action)
    file_menu.addAction(act(translate("MainWindow", "Export &Python Script…"), window.export_python_dialog,
                            ["Ctrl+E"], translate("MainWindow", "Write a standalone Keras script in the "
                                                                "notes' style.")))
    file_menu.addSeparator()
    file_menu.addAction(act(translate("MainWindow", "Open Wor&kspace…"), window.open_workspace_dialog,
                            ["Ctrl+Shift+O"],
                            translate("MainWindow", "Open a workspace file: model, weights, settings, runs "
                                                    "and drawing, as saved.")))
    file_menu.addAction(act(translate("MainWindow", "Save &Workspace…"), window.save_workspace_dialog,
                            ["Ctrl+Alt+S"],
                            translate("MainWindow", "Save everything in one file (model, trained weights, "
                                                    "settings, every run's curves, the drawing) to hand out "
                                                    "or to go on later.")))
    file_menu.addAction(act(translate("MainWindow", "&Merge Collected Digits…"), window.merge_datasets_dialog,
                            None,
                            translate("MainWindow", "Put the digits a class collected (each student's "
                                                    "folder, or a folder of them) into one dataset folder, "
                                                    "writers kept.")))
    file_menu.addSeparator()
    file_menu.addAction(act(translate("MainWindow", "&Quit"), window.close, ["Ctrl+Q"]))

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    window.undo_action = window.doc.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    # Its text follows the last edit ("Undo Set units"): the shortcuts list names it by this.
    window.undo_action.setProperty("shortcut_name", translate("MainWindow", "&Undo"))
    window.redo_action = window.doc.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    window.redo_action.setProperty("shortcut_name", translate("MainWindow", "&Redo"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(act(translate("MainWindow", "&Clear the Canvas"),
                            lambda: window.drawer.canvas.clear(), ["Ctrl+L"],
                            translate("MainWindow", "Clear the drawing on the Draw & predict canvas.")))

    train_menu = bar.addMenu(translate("MainWindow", "&Train"))
    window.train_action = act(translate("MainWindow", "&Train"), _click(lambda: window.trainer.train_button),
                              ["Ctrl+T", "F5"],
                              translate("MainWindow", "model.fit(...) with the Train area's settings."),
                              needs_tf=True)
    window.pause_action = act(translate("MainWindow", "&Pause / Resume"),
                              _click(lambda: window.trainer.pause_button), ["Ctrl+P", "F6"],
                              translate("MainWindow", "Hold training after the current batch, or go on."))
    window.stop_action = act(translate("MainWindow", "&Stop"), _click(lambda: window.trainer.stop_button),
                             ["Ctrl+.", "Shift+F5"],
                             translate("MainWindow", "Stop after the current batch; the weights so far are "
                                                     "kept."))
    for a in (window.train_action, window.pause_action, window.stop_action):
        train_menu.addAction(a)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for i in range(window.areas.count()):
        view_menu.addAction(act(window.areas.tabText(i).replace("  ", " "),
                                lambda _=False, i=i: window.areas.setCurrentIndex(i), [f"Ctrl+{i + 1}"],
                                window.areas.tabToolTip(i)))
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    window.language_actions = {}
    from gui.shell.i18n import language

    for code, name in LANGUAGES.items():
        a = QAction(name, window)
        a.setCheckable(True)
        a.setChecked(code == language().current)
        a.triggered.connect(lambda _=False, c=code: window.set_language(c))
        group.addAction(a)
        language_menu.addAction(a)
        window.language_actions[code] = a

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(act(translate("MainWindow", "Guided &tour"), window.show_tour, None,
                            translate("MainWindow", "The four steps of a lab, shown on this window (about "
                                                    "two minutes).")))
    help_menu.addAction(act(translate("MainWindow", "&Keyboard shortcuts"), window.show_shortcuts, ["F1"]))
    help_menu.addSeparator()
    help_menu.addAction(act(translate("MainWindow", "&About DigitScope"), window._about))
