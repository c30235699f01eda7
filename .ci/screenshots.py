"""Take the README's screenshots from the real app (run under Xvfb: see README, "Screenshots").

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python .ci/screenshots.py [--lang ko]
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python .ci/screenshots.py --size 1920x1080 --only-build

Waits for TensorFlow like a user would, sets up each view with real widget
interactions and saves PNGs into assets/screenshots/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QSpinBox  # noqa: E402

from gui.shell.app import create_app, start_language_and_theme  # noqa: E402
from gui.shell.main_window import MainWindow  # noqa: E402

OUT = ROOT / "assets" / "screenshots"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(done, seconds: float = 60.0) -> None:
    """Let the window work until done() is true (at most seconds)."""
    for _ in range(int(seconds * 10)):
        if done():
            return
        wait(100)


def main(argv: list[str]) -> int:
    global OUT
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "en"
    width, height = map(int, (argv[argv.index("--size") + 1] if "--size" in argv else "1280x720").split("x"))
    os.environ["DIGITSCOPE_LANG"] = lang
    # A data folder of its own: an autosave left by a crashed window must not stop the shots with
    # its "Restore it?" question.
    import tempfile

    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="digitscope-shots-")
    if lang != "en":
        OUT = OUT / lang
    app = create_app([])
    start_language_and_theme(app)
    from PySide6.QtCore import QSettings

    from gui.shell.guide import SEEN_KEY

    QSettings().setValue(SEEN_KEY, True)  # the tour is shot on its own (help_shots), not over the builder
    window = MainWindow()
    window.resize(width, height)
    window.show()
    wait_until(lambda: window.loader.runtime is not None)  # TensorFlow: up to a minute on a slow machine
    OUT.mkdir(parents=True, exist_ok=True)
    b = window.builder
    combo = b.template_combo
    index = combo.findData("small_convnet")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    b.table.selectRow(2)
    wait(300)
    suffix = "" if (width, height) == (1280, 720) else f"-{width}x{height}"
    window.grab().save(str(OUT / f"builder{suffix}.png"))
    if "--only-own" in argv:  # issue 19's views only (quicker to retake)
        own_digits_shots(window)
        window.doc.undo_stack.setClean()
        window.close()
        return 0
    if "--only-build" in argv:
        window.doc.undo_stack.setClean()
        window.close()
        return 0
    # A mistake, as students make it: a kernel larger than what is left of the image.
    b.table.selectRow(2)
    for box in b.properties.field_widget("kernel_size").findChildren(QSpinBox):
        box.setValue(14)
    wait(300)  # the refused row stays selected: the box on the right says the whole message
    window.grab().save(str(OUT / "builder-errors.png"))
    help_shots(window)
    train_shots(window)
    draw_shots(window)
    inside_shots(window)
    functional_shots(window)
    own_digits_shots(window)
    print("platform:", app.platformName(), "status:", window.tf_status.text())
    window.doc.undo_stack.setClean()
    window.close()
    return 0


def help_shots(window: MainWindow) -> None:
    """The guided tour's first steps and the shortcuts list."""
    window.show_tour()
    wait(400)
    window.grab().save(str(OUT / "tour-build.png"))
    window.tour.go(4)  # Draw a digit
    wait(400)
    window.grab().save(str(OUT / "tour-draw.png"))
    window.tour.end()
    window.show_shortcuts()
    wait(400)
    window.shortcuts_dialog.grab().save(str(OUT / "shortcuts.png"))
    window.shortcuts_dialog.close()
    window.areas.setCurrentIndex(0)


def train_shots(window: MainWindow) -> None:
    """The Train area: mid-run (curves growing), then the test results and a gallery."""
    b = window.builder
    b.template_combo.setCurrentIndex(b.template_combo.findData("mlp_300_100"))
    b.template_combo.activated.emit(b.template_combo.currentIndex())
    window.inside.use_source("app")  # so Inside the network keeps the epochs of the run below
    panel = window.trainer
    window.areas.setCurrentWidget(window._train_area)
    s = panel.settings
    s.dataset_combo.setCurrentIndex(s.dataset_combo.findData("mnist"))
    s.epochs.setValue(12)
    panel.train_button.click()
    while panel.controller.running and panel.controller.epochs_done < 5:
        wait(100)
    wait(600)
    window.grab().save(str(OUT / "train-running.png"))
    while panel.controller.running:
        wait(200)
    wait(500)
    window.grab().save(str(OUT / "train-results.png"))
    matrix = panel.results.matrix()
    off = matrix.copy()
    for i in range(len(off)):
        off[i, i] = 0
    true_class, predicted = divmod(int(off.argmax()), len(off))
    gallery = panel.results.open_gallery(true_class, predicted)
    wait(500)
    gallery.grab().save(str(OUT / "train-gallery.png"))
    gallery.close()


def draw_shots(window: MainWindow) -> None:
    """Draw & predict: a digit drawn with real mouse events (a pen trajectory when available)."""
    import json

    from gui.benchmark.replay import fit_to_canvas, send_stroke

    panel = window.drawer
    window.areas.setCurrentWidget(window._draw_area)
    panel.use_source("default")
    wait(300)
    pendigits = ROOT.parent / "shared" / "data" / "pendigits" / "pendigits-test-strokes.jsonl"
    strokes = [[(10, 10), (90, 10), (45, 120)]]
    if pendigits.exists():
        with pendigits.open() as f:
            strokes = next(s for s in map(json.loads, f) if s["label"] == 4)["strokes"]
    for stroke in fit_to_canvas(strokes, panel.canvas.width(), panel.canvas.height()):
        send_stroke(panel.canvas, stroke)
    wait(300)
    window.grab().save(str(OUT / "draw.png"))


def inside_shots(window: MainWindow) -> None:
    """Inside the network: the MLP trained above (its neurons, and their change), then the
    default convnet on the drawn 4 (filters, histograms, feature maps, why, a weightless layer)."""
    inside = window.inside
    window.areas.setCurrentWidget(window._inside_area)
    wait(300)
    inside.tabs.setCurrentWidget(inside.weights_page)
    inside.layer_list.setCurrentRow(1)  # hidden Dense(300): what each neuron looks for
    wait(400)
    window.grab().save(str(OUT / "inside-neurons.png"))
    inside.change_box.setChecked(True)  # what 12 epochs of SGD changed in each neuron
    wait(400)
    window.grab().save(str(OUT / "inside-neurons-change.png"))
    inside.change_box.setChecked(False)
    inside.weights_page.grid.enlarge(0)
    wait(400)
    inside.weights_page.grid.enlarged.grab().save(str(OUT / "inside-neuron-enlarged.png"))
    inside.weights_page.grid.enlarged.close()
    inside.weights_page.as_images.setChecked(False)
    wait(400)
    window.grab().save(str(OUT / "inside-kernel.png"))
    inside.weights_page.as_images.setChecked(True)
    inside.use_source("draw")  # the default convnet, as in Draw & predict
    wait(300)
    inside.layer_list.setCurrentRow(0)  # conv1: 32 filters
    wait(400)
    window.grab().save(str(OUT / "inside-filters.png"))
    inside.layer_list.setCurrentRow(3)  # pool1: no weights
    wait(400)
    window.grab().save(str(OUT / "inside-no-weights.png"))
    inside.layer_list.setCurrentRow(4)
    inside.tabs.setCurrentWidget(inside.hist_page)
    wait(400)
    window.grab().save(str(OUT / "inside-histograms.png"))
    inside.tabs.setCurrentWidget(inside.act_page)
    inside.layer_list.setCurrentRow(2)  # conv1_relu: feature maps of the drawn 4
    wait(400)
    window.grab().save(str(OUT / "inside-activations.png"))
    inside.layer_list.setCurrentRow(14)  # dense: 128 values
    wait(400)
    window.grab().save(str(OUT / "inside-activations-dense.png"))
    inside.tabs.setCurrentWidget(inside.why_page)
    wait(600)
    window.grab().save(str(OUT / "inside-why.png"))


def functional_shots(window: MainWindow) -> None:
    """Issue 18: the notes' two-input, two-output model in Build, as a graph; a regression MLP's
    results on the diabetes data."""
    b = window.builder
    window.areas.setCurrentIndex(0)
    b.template_combo.setCurrentIndex(b.template_combo.findData("multi_input_output"))
    b.template_combo.activated.emit(b.template_combo.currentIndex())
    b.table.selectRow(4)  # concatenate: its two inputs ticked in the Connections box
    wait(300)
    window.grab().save(str(OUT / "builder-functional.png"))
    b.views.setCurrentWidget(b.graph_view)
    wait(500)
    window.grab().save(str(OUT / "builder-graph.png"))
    b.views.setCurrentWidget(b.table)
    b.template_combo.setCurrentIndex(b.template_combo.findData("regression_mlp"))
    b.template_combo.activated.emit(b.template_combo.currentIndex())
    panel = window.trainer
    window.areas.setCurrentWidget(window._train_area)
    s = panel.settings
    s.dataset_combo.setCurrentIndex(s.dataset_combo.findData("diabetes"))
    s.dataset_combo.activated.emit(s.dataset_combo.currentIndex())
    s.epochs.setValue(40)
    panel.train_button.click()
    wait(500)
    while panel.controller.running:
        wait(200)
    wait(600)
    window.grab().save(str(OUT / "train-regression.png"))


def own_digits_shots(window: MainWindow) -> None:
    """Issue 19: collecting in Draw, fine-tuning the default model on a class's digits (pen
    trajectories from ../shared/data, when there, as three writers; never saved in the repository),
    the augmentation preview, and Inside's projector."""
    import json
    import tempfile

    import numpy as np

    from core.data.collected import Collection, Sample
    from core.drawing.strokes import strokes_to_input
    from core.training.default_model import canvas_strokes
    from gui.benchmark.replay import fit_to_canvas, send_stroke

    pendigits = ROOT.parent / "shared" / "data" / "pendigits" / "pendigits-test-strokes.jsonl"
    if not pendigits.exists():
        print("no pen trajectories: the issue 19 screenshots are skipped")
        return
    with pendigits.open() as f:
        samples = [json.loads(line) for line in f]
    folder = Path(tempfile.mkdtemp()) / "class-3B"
    c = Collection(folder)
    writers = sorted({s["writer"] for s in samples})[:3]
    for s in samples:
        if s["writer"] in writers:
            strokes = canvas_strokes(s["strokes"])
            image = np.round(255 * strokes_to_input(strokes)).astype(np.uint8)
            name = ("Ana", "Ben", "Cy")[writers.index(s["writer"])]
            c.samples.append(Sample(int(s["label"]), name, strokes, image))
    c._save()

    drawer = window.drawer
    window.areas.setCurrentWidget(window._draw_area)
    drawer.collect.start(str(Path(tempfile.mkdtemp()) / "jiwoo"), "Jiwoo", [str(d) for d in range(10)])
    zero = next(s for s in samples if s["label"] == 0)["strokes"]
    for stroke in fit_to_canvas(zero, drawer.canvas.width(), drawer.canvas.height()):
        send_stroke(drawer.canvas, stroke)
    wait(400)
    window.grab().save(str(OUT / "draw-collect.png"))
    drawer.collect.stop()

    panel = window.trainer
    window.areas.setCurrentWidget(window._train_area)
    s = panel.settings
    s.own_path = str(folder)
    s.dataset_combo.setCurrentIndex(s.dataset_combo.count() - 1)
    s.datasetChanged.emit(s.dataset())
    window.doc.undo_stack.setClean()  # the earlier shots' edits: nothing to save
    window.start_from_model("default")
    s.epochs.setValue(3)
    panel.fine_box.copies.setValue(1)
    panel.train_button.click()
    wait(500)
    while panel.controller.running:
        wait(200)
    wait(600)
    window.grab().save(str(OUT / "train-fine-tune.png"))
    panel.fine_box._preview()
    from gui.train.augment_preview import AugmentPreview

    preview = panel.fine_box.findChild(AugmentPreview)
    preview.resize(900, 620)
    wait_until(lambda: preview.images is not None, 10)
    wait(400)
    preview.grab().save(str(OUT / "train-augment-preview.png"))
    preview.close()
    panel.settings.lr_button.click()  # issue 20: the learning-rate range test
    wait_until(lambda: panel.lr_dialog.result is not None)
    wait(400)
    panel.lr_dialog.grab().save(str(OUT / "train-lr-range.png"))
    panel.lr_dialog.close()
    panel.settings.sweep_button.click()  # issue 20: a sweep, learning rate and batch size varied
    sweep = panel.sweep_dialog
    sweep.vary_batch.setChecked(True)
    sweep.batches.setText("32, 128")
    sweep.trials.setValue(6)
    sweep.epochs.setValue(3)
    sweep.resize(1240, 660)
    sweep.start()
    wait_until(lambda: not sweep.task.running, 900)
    wait(400)
    sweep.grab().save(str(OUT / "train-sweep.png"))
    sweep.close()

    inside = window.inside
    window.areas.setCurrentWidget(window._inside_area)
    inside.use_source("default")
    wait(300)
    inside.tabs.setCurrentWidget(inside.projector_page)
    inside.layer_list.setCurrentRow(inside.layer_list.count() - 3)  # the last hidden Dense layer
    page = inside.projector_page
    page.method.setCurrentIndex(page.method.findData("tsne"))
    page.project()
    wait_until(lambda: page.shown is not None)
    wait(400)
    window.grab().save(str(OUT / "inside-projector.png"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
