"""GUI fixtures: a main window driven as a user would, without loading TensorFlow."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox

from core.model.templates import template
from gui.shell.main_window import MainWindow


@pytest.fixture(autouse=True, scope="package")
def garbage_collected_in_the_gui_thread(qapp):
    """As the app does: cyclic GC only from a GUI-thread timer, so the training threads of these
    tests never free Qt objects (left behind by earlier tests) — that deadlocks Qt."""
    from gui.session.tasks import collect_garbage_in_gui_thread

    collect_garbage_in_gui_thread()
    yield
    collector = qapp._digitscope_gc
    collector.timer.stop()
    del qapp._digitscope_gc
    gc.enable()
    gc.collect()


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_teardown(item):
    """Each test's widgets are deleted in its own teardown, then its cycles collected. pytest-qt closes
    them with deleteLater, which processEvents does not carry out: they were deleted in the next test's
    first event loop, mixed with its own objects and with the GC timer's collections — a segfault in CI
    surfaced there, in the next test's fixture, once (stop 25)."""
    result = yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    return result


@pytest.fixture
def sweep_windows_closed():
    """The sweep window is a top-level window: left open, it would sit over later tests' widgets on
    the offscreen screen and take their mouse moves."""
    yield
    from PySide6.QtWidgets import QApplication

    from gui.train.sweep_dialog import SweepDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SweepDialog):
            widget.close()


@pytest.fixture(autouse=True)
def questions_asked(monkeypatch):
    """A modal question would block a headless test forever: record it and answer Discard."""
    asked: list[str] = []

    def answer(_parent, title, text, *a, **k):
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def window(qtbot):
    w = MainWindow(load_tensorflow=False)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()
    w.close()
    w.deleteLater()


@pytest.fixture
def warnings_shown(monkeypatch):
    """Message boxes the app would show, recorded instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def click_row(qtbot, window, row: int) -> None:
    """Click a layer's row in the table, as the user does."""
    table = window.builder.table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.doc.selected_row == row


def cell(window, row: int, column: int) -> str:
    table = window.builder.table
    return table.model().index(row, column).data()


def choose_palette(qtbot, window, type_name: str) -> None:
    palette = window.builder.palette_list
    item = palette.findItems(type_name, Qt.MatchFlag.MatchExactly)[0]
    rect = palette.visualItemRect(item)
    qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert palette.current_type() == type_name


def type_into_spinbox(qtbot, box, text: str) -> None:
    """Select the spin box's text and type a new value, like a user."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box.lineEdit() if hasattr(box, "lineEdit") else box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def pick_template(qtbot, window, name: str) -> None:
    """Choose a template in the Template combo (what Qt delivers when the user picks an item)."""
    combo = window.builder.template_combo
    target = combo.findData(name)
    assert target > 0, name
    combo.setCurrentIndex(target)
    combo.activated.emit(target)
    # Choosing a template loads it and resets the combo to its prompt.
    assert combo.currentIndex() == 0
    assert window.doc.spec == template(name)


@pytest.fixture
def tiny_npz(tmp_path):
    """A small real-looking dataset in the mnist.npz layout (separable bands per class)."""
    from gui.benchmark.session import band_dataset

    return band_dataset(tmp_path / "tiny.npz", 400, 90)


@pytest.fixture
def trainer_window(qtbot, tiny_npz):
    """The real window with TensorFlow loaded and the tiny dataset chosen as 'your own data'."""
    w = MainWindow(load_tensorflow=True)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.loader.loaded, timeout=120_000):
        pass
    w.areas.setCurrentWidget(w._train_area)
    s = w.trainer.settings
    s.own_path = str(tiny_npz)
    s.dataset_combo.setCurrentIndex(s.dataset_combo.count() - 1)
    s.batch_size.setValue(20)
    yield w
    w.doc.undo_stack.setClean()
    w.close()
