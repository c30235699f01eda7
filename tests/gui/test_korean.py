"""Issue 8's must-hold: with the Korean translation loaded, a walk over every area, page, dialog and
menu finds no visible text still in English, apart from Keras's own names kept on purpose. Also:
the language follows the setting, View ▸ Language switches it without losing work, and Qt's own
buttons are Korean too."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QWidget,
)

from core.data.dataset import BUILTIN_CLASS_NAMES
from core.model.layer_catalog import LAYER_TYPES
from core.model.spec import LOSSES, METRICS, OPTIMIZERS
from core.model.templates import TEMPLATES, template
from gui.shell.i18n import language
from gui.shell.main_window import MainWindow

HANGUL = re.compile("[\uac00-\ud7a3]")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")


def keras_words() -> set[str]:
    """Words that stay English in every language: Keras's names, file types, units, key names."""
    words = {"tensorflow", "keras", "digitscope", "mnist", "fashion", "cifar", "png", "svg", "csv", "json",
             "idx", "nan", "gb", "mb", "kb", "ms", "none", "param", "ctrl", "shift", "alt", "esc", "del",
             "delete", "left", "right", "up", "down", "pgup", "pgdown", "backspace", "cpu", "gpu",
             "sequential",
             "np", "tf", "ok", "x", "s", "py", "gamma", "beta", "kernel", "bias",
             "moving", "mean", "variance", "epoch", "epochs", "batch", "seed", "validation", "dataset",
             "loss", "accuracy", "val", "input", "inputs", "output", "units", "relu", "softmax",
             # Keras's summary totals line and argument names used as form labels
             "total", "trainable", "non-trainable", "params", "name", "optimizer", "metrics", "monitor",
             "patience", "momentum", "fashion-mnist", "cifar-10", "cifar10", "maxpool", "b",
             "pca", "t-sne", "umap",  # the projections' own names
             "english"}  # the language's own name in View ▸ Language
    for t in LAYER_TYPES.values():
        words |= {t.name.lower(), *t.base_name.split("_")}
        for p in t.params:
            words |= set(p.name.lower().split("_"))
            words |= {str(c).lower() for c in p.choices}
            for c in p.choices:
                words |= set(str(c).lower().split("_"))
    for names in (OPTIMIZERS, LOSSES, METRICS, TEMPLATES):
        for n in names:
            words |= {n.lower(), *n.lower().split("_")}
    for names in BUILTIN_CLASS_NAMES.values():
        for n in names:
            words |= {w.lower() for w in WORD.findall(n)}
    return words


ALLOWED = keras_words()


def english_left(text: str) -> list[str]:
    """The English words of text that a translation should have changed ([] when it is fine)."""
    plain = re.sub(r"<[^>]+>", " ", text or "")  # rich text tags
    plain = re.sub(r"\{[^}]*\}", " ", plain)
    plain = re.sub(r"`[^`]*`|'[^']*'|\b\w+\([^)]*\)", " ", plain)  # code: 'same', model.fit(...)
    plain = re.sub(r"\S*[._/~]\S*", " ", plain)  # names with dots, underscores, paths
    plain = plain.replace("&", "")
    if HANGUL.search(plain):
        return []
    return [w for w in WORD.findall(plain) if w.lower().strip("'’-") not in ALLOWED]


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible widget under root, with its tooltip."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__} {w.objectName()}".strip()
        texts = [w.toolTip(), w.windowTitle() if w.isWindow() else ""]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
        elif isinstance(w, pg.PlotWidget):
            item = w.getPlotItem()
            texts.append(item.titleLabel.text)
            texts += [item.getAxis(a).labelText for a in ("left", "bottom")]
        found += [(where, t) for t in texts if t]
    return found


def menu_texts(window: MainWindow) -> list[tuple[str, str]]:
    found = []

    def walk(menu, where):
        for action in menu.actions():
            found.append((where, action.text()))
            found.append((where, action.statusTip()))
            if action.menu() is not None:
                walk(action.menu(), where + " ▸ " + action.text())

    for top in window.menuBar().actions():
        found.append(("menu bar", top.text()))
        walk(top.menu(), top.text())
    return found


@pytest.fixture
def korean(qapp):
    assert language().install("ko"), "assets/i18n/digitscope_ko.qm could not be made or loaded"
    yield
    language().install("en")


@pytest.fixture
def messages(monkeypatch):
    """What QMessageBox's static functions would show, recorded (answering No / Discard)."""
    shown: list[tuple[str, str]] = []

    def record(answer):
        def show(_parent, title, text, *a, **k):
            shown.append((title, text))
            return answer
        return show
    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "warning", record(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", record(None))
    return shown


@pytest.mark.slow
def test_every_area_page_dialog_and_menu_is_in_korean(qtbot, korean, messages):
    w = MainWindow(load_tensorflow=True)
    w.resize(1366, 768)
    w.show()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loader.loaded, timeout=120_000):
        pass
    seen: list[tuple[str, str]] = menu_texts(w)

    def look(where: str, root: QWidget | None = None) -> None:
        qtbot.wait(100)
        seen.extend((f"{where}: {a}", t) for a, t in widget_texts(root or w))

    w.doc.reset(template("small_convnet"))
    for row in (0, 1, 5):  # a Conv2D, a pooling and a Dense layer in the property editor
        w.doc.selected_row = row
        w.builder.refresh()
        look(f"Build, row {row}")
    w.areas.setCurrentIndex(1)
    look("Train")
    w.areas.setCurrentIndex(2)
    qtbot.waitUntil(lambda: w.drawer.predictor is not None, timeout=30_000)
    w.drawer.canvas.set_strokes([[(60, 40), (140, 40), (100, 220)]])
    w.drawer.update_prediction()
    look("Draw")
    w.areas.setCurrentIndex(3)
    inside = w.inside
    qtbot.waitUntil(lambda: inside.model is not None, timeout=30_000)
    for page in range(inside.tabs.count()):
        inside.tabs.setCurrentIndex(page)
        look(f"Inside, page {page}")
    w.show_tour()
    for step in range(len(w.tour.steps)):
        w.tour.go(step)
        look(f"Tour step {step + 1}", w.tour)
    w.tour.end()
    w.show_shortcuts()
    look("Shortcuts", w.shortcuts_dialog)
    w.shortcuts_dialog.close()
    from gui.train.download_dialog import DownloadDialog

    dialog = DownloadDialog("cifar10", w)
    dialog.show()
    look("Download", dialog)
    dialog.close()
    w._about()
    w.doc.edit(template("mlp_50"), "edit")
    assert w.confirm_discard() is False  # asks; No
    spec = template("mlp_50")
    spec.layers[0].params["units"] = 40_000
    w.doc.reset(spec)
    w.trainer.start_training()  # "Build a very large model?"
    seen += [(f"message {title}", text) for title, text in messages]
    seen += [(f"message title {title}", title) for title, _ in messages]
    assert len(messages) >= 3
    left = sorted({(where, text, " ".join(english_left(text))) for where, text in seen if english_left(text)})
    report = "\n".join(f"{where} | {text!r} | {words}" for where, text, words in left)
    assert not left, "untranslated:\n" + report
    assert len(seen) > 300  # the walk really looked at the window
    w.doc.undo_stack.setClean()


def test_qt_own_buttons_are_korean(korean):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "t",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    texts = [b.text() for b in box.buttons()]
    assert all(HANGUL.search(t) for t in texts), texts


def test_the_check_finds_english(korean):
    """The walk's rule itself: English words are caught, Keras's names and Korean pass."""
    assert english_left("Save the model") == ["Save", "the", "model"]
    assert english_left("Dense(10, activation='softmax')") == []
    assert english_left("모델을 저장합니다") == []
    assert english_left("epochs") == [] and english_left("adam") == []


@pytest.mark.slow
def test_switching_the_language_keeps_the_work(qtbot, trainer_window, monkeypatch):
    from gui.shell import app as app_module

    w = trainer_window
    w.trainer.settings.epochs.setValue(1)
    w.trainer.train_button.click()
    qtbot.waitUntil(lambda: not w.trainer.controller.running and w.doc.weights is not None, timeout=120_000)
    w.drawer.canvas.set_strokes([[(50, 50), (150, 200)]])
    weights = [a.copy() for a in w.doc.weights]
    spec, runs = w.doc.spec.copy(), len(w.trainer.runs)
    w.language_actions["ko"].trigger()
    new = qtbot.waitUntil(lambda: getattr(w, "replaced", False), timeout=10_000) or \
        app_module.QApplication.instance()._digitscope_window
    try:
        assert new is not w and language().current == "ko"
        assert new.doc.spec == spec and len(new.trainer.runs) == runs
        assert all(np.array_equal(a, b) for a, b in zip(new.doc.weights, weights, strict=True))
        assert new.drawer.canvas.strokes()
        assert HANGUL.search(new.areas.tabText(0)) and HANGUL.search(new.menuBar().actions()[0].text())
        assert new.language_actions["ko"].isChecked()
    finally:
        language().install("en")
        new.doc.undo_stack.setClean()
        new.close()
