"""The first-run guided tour (four steps of a lab, on the real window) and the keyboard: every main
action has a shortcut, and Help ▸ Keyboard shortcuts lists them from the menus."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from gui.shell.guide import SEEN_KEY, should_show_at_start


def test_the_tour_walks_the_four_areas_and_lights_up_each_part(qtbot, window):
    window.show_tour()
    tour = window.tour
    assert tour.isVisible() and QSettings().value(SEEN_KEY, False, type=bool)
    areas = []
    for i in range(len(tour.steps)):
        if i:
            qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
        qtbot.wait(30)  # the area it switched to is laid out
        assert tour.index == i and tour.title.text() and tour.text.text()
        areas.append(window.areas.currentIndex())
        hole = tour.hole()
        if tour.target is not None:
            assert hole is not None and tour.rect().contains(hole.center())
            assert not tour.card.geometry().contains(hole.center()) or hole.width() > 600
    assert areas[:6] == [0, 0, 1, 1, 2, 3]  # build, compile, train, curves, draw, inside
    assert tour.next_button.text() == "Done" and not tour.close_button.isVisible()
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert tour.index == len(tour.steps) - 2
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert not tour.isVisible()


def test_help_menu_opens_the_tour_again_and_the_first_start_shows_it_once(qtbot, window, monkeypatch):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    tour_action = next(a for a in help_menu.actions() if a.text() == "Guided &tour")
    QSettings().remove(SEEN_KEY)
    monkeypatch.delenv("DIGITSCOPE_TESTING")
    assert should_show_at_start()
    tour_action.trigger()
    assert window.tour.isVisible()
    assert not should_show_at_start()  # seen: not again by itself
    window.tour.end()


def test_shortcuts_switch_areas_clear_the_canvas_and_are_listed(qtbot, window):
    window.activateWindow()
    for i in range(4):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.areas.currentIndex() == i
    window.drawer.canvas.set_strokes([[(10, 10), (90, 90)]])
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.drawer.canvas.is_empty()
    window.show_shortcuts()
    table = window.shortcuts_dialog.table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    for expected in [("Train", "Ctrl+T, F5"), ("Pause / Resume", "Ctrl+P, F6"), ("Stop", "Ctrl+., Shift+F5"),
                     ("New", "Ctrl+N"), ("Open…", "Ctrl+O"), ("Save", "Ctrl+S"), ("Undo", "Ctrl+Z"),
                     ("Quit", "Ctrl+Q"),
                     ("1 Build", "Ctrl+1"), ("4 Inside the network", "Ctrl+4"),
                     ("Clear the Canvas", "Ctrl+L"), ("Keyboard shortcuts", "F1"),
                     ("Clear the canvas", "Esc")]:
        assert expected in rows, expected
    assert any(what == "Redo" and keys for what, keys in rows)  # Ctrl+Y or Ctrl+Shift+Z, by desktop
    window.shortcuts_dialog.close()


def test_train_pause_and_stop_from_the_keyboard(qtbot, trainer_window):
    w = trainer_window
    w.trainer.settings.epochs.setValue(30)
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: w.trainer.controller.running and w.trainer._batches_done > 2, timeout=60_000)
    qtbot.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert w.trainer.pause_button.isChecked()
    qtbot.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not w.trainer.pause_button.isChecked()
    qtbot.keyClick(w, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not w.trainer.controller.running, timeout=60_000)
    assert "Stopped" in w.trainer.progress_label.text()
