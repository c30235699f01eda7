"""Every area on a 1280×720 lab laptop (and 1366×768, 1920×1080), in English and in Korean: nothing
cut, nothing squeezed.

The window is walked as a teacher walks it in class: Build with a refused layer, Train with the notes'
validation ("first N samples") after a run, the Test results of a 10-class set with long names and
4-digit counts, Draw with a digit on the canvas, and each page of Inside the network. In every state,
layout_problems lists what is cut (see layout_checks)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize

from gui.benchmark.replay import send_stroke
from gui.shell.i18n import language
from gui.shell.main_window import MainWindow

from .layout_checks import layout_problems
from .test_results_panel import FASHION, make_results

SCREENS = [QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)]  # lab laptops; a classroom's projector


@pytest.fixture(params=[("en", 0), ("ko", 0), ("en", 1), ("ko", 2)], ids=["en-1280", "ko-1280", "en-1366",
                                                                         "ko-1920"])
def lab_window(request, qtbot, tiny_npz):
    lang, screen = request.param
    assert language().install(lang)
    w = MainWindow(load_tensorflow=True)
    try:
        w.screen_size = SCREENS[screen]
        w.resize(w.screen_size)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.loader.runtime is not None, timeout=120_000)
        yield w
    finally:
        language().install("en")
        w.doc.undo_stack.setClean()
        w.close()
        w.deleteLater()


def settle(qtbot, w) -> None:
    """Let every layout and plot reach its size (pyqtgraph's take a few turns of the event loop)."""
    for _ in range(6):
        qtbot.wait(30)
        w.grab()


def check(qtbot, w, where: str, *whole) -> list[str]:
    """What is cut in w now; the widgets in whole must also be on screen entirely (not scrolled
    out of a pane's view)."""
    settle(qtbot, w)
    assert w.size() == w.screen_size, f"{where}: the window needs {w.size()}, more than {w.screen_size}"
    problems = [f"{where}: {p}" for p in layout_problems(w)]
    for widget in whole:
        seen = widget.visibleRegion().boundingRect()
        if seen.size() != widget.size():
            problems.append(f"{where}: {type(widget).__name__} shows {seen.width()}×{seen.height()} "
                            f"of its {widget.width()}×{widget.height()}")
    return problems


@pytest.mark.slow
def test_every_area_fits_the_screen(qtbot, lab_window, tiny_npz):
    w = lab_window
    problems = []

    # Build: the default model, then a layer the checks refuse (its message is long).
    build = w.builder
    problems += check(qtbot, w, "Build", build.compile_panel)
    build.table.selectRow(2)
    build.properties.field_widget("units").setValue(0)
    problems += check(qtbot, w, "Build, a refused layer", build.compile_panel, build.properties.problems)
    w.doc.undo_stack.undo()
    combo = build.template_combo  # the longest settings: Conv2D's, with its explanation
    combo.setCurrentIndex(combo.findData("small_convnet"))
    combo.activated.emit(combo.currentIndex())
    build.table.selectRow(0)
    problems += check(qtbot, w, "Build, a Conv2D layer", build.compile_panel)

    # Train: the notes' validation, a short run on the tiny set, every tab of the lower pane.
    w.areas.setCurrentWidget(w._train_area)
    panel = w.trainer
    s = panel.settings
    s.own_path = str(tiny_npz)
    s.dataset_combo.setCurrentIndex(s.dataset_combo.count() - 1)
    s.validation_mode.setCurrentIndex(s.validation_mode.findData("first"))
    s.validation_count.setValue(40)
    s.epochs.setValue(2)
    problems += check(qtbot, w, "Train, before a run", panel.train_button, panel.progress)
    panel.train_button.click()
    qtbot.waitUntil(lambda: not panel.controller.running, timeout=120_000)
    for k in range(panel.lower.count()):
        panel.lower.setCurrentIndex(k)
        problems += check(qtbot, w, f"Train, tab {panel.lower.tabText(k)!r}")
    # Fashion-MNIST's long names with 10,000 test images (4-digit counts).
    counts = np.diag([890] * 10) + 12
    labels, predicted, probabilities, images = make_results(counts)
    panel.results.show_results(0.5, 0.89, labels, predicted, probabilities, images, FASHION)
    panel.lower.setCurrentWidget(panel.results)
    problems += check(qtbot, w, "Train, Fashion-MNIST's test results")
    assert panel.results.matrix_view.height() >= 180 and panel.curves.height() >= 150

    # Draw: the default model reads a digit.
    w.areas.setCurrentWidget(w._draw_area)
    drawer = w.drawer
    drawer.use_source("default")
    qtbot.waitUntil(lambda: drawer.predictor is not None, timeout=60_000)
    send_stroke(drawer.canvas, [(150, 60), (160, 200), (170, 330)])
    qtbot.waitUntil(lambda: drawer.bars.top() is not None, timeout=20_000)
    problems += check(qtbot, w, "Draw")

    # Inside: every page, on the default (convolutional) model.
    w.areas.setCurrentWidget(w._inside_area)
    inside = w.inside
    inside.use_source("default")
    qtbot.waitUntil(lambda: inside.model is not None, timeout=60_000)
    for k in range(inside.tabs.count()):
        inside.tabs.setCurrentIndex(k)
        inside.refresh()
        problems += check(qtbot, w, f"Inside, page {inside.tabs.tabText(k)!r}")

    assert not problems, "\n".join(problems)
