"""Draw & predict as a student uses it: draw with the mouse, read the bars, open pictures, train live."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from core.model.spec import LayerSpec, ModelSpec
from core.model.templates import template
from gui.benchmark.replay import fit_to_canvas, send_stroke
from gui.draw.draw_panel import DrawPanel
from gui.session.session import LabSession

ROOT = Path(__file__).resolve().parents[2]
PENDIGITS = ROOT.parent / "shared" / "data" / "pendigits" / "pendigits-test-strokes.jsonl"


@pytest.fixture
def panel(qtbot):
    p = DrawPanel(LabSession(template("mlp_300_100")))
    qtbot.addWidget(p)
    p.resize(1100, 560)
    p.show()
    qtbot.waitExposed(p)
    p.set_tf_ready(True)  # imports Keras and opens the shipped default model
    assert p.predictor is not None and p.source == "default"
    return p


def draw(qtbot, panel: DrawPanel, strokes) -> None:
    """Strokes in any coordinates, scaled into the canvas, sent as mouse drags."""
    for stroke in fit_to_canvas(strokes, panel.canvas.width(), panel.canvas.height()):
        send_stroke(panel.canvas, stroke)
    qtbot.wait(1)


def test_an_empty_canvas_predicts_nothing_and_says_so(panel):
    assert panel.bars.top() is None
    assert "Nothing to predict" in panel.bars.headline_text()
    assert panel.preview.array() is None


def test_drawing_a_one_shows_one_on_the_bars(qtbot, panel):
    draw(qtbot, panel, [[(50, 0), (50, 100)]])
    top = panel.bars.top()
    assert top is not None and top[0] == 1 and top[1] > 0.5
    assert panel.bars.headline_text().startswith("1")
    seen = panel.preview.array()  # what the network sees: a thin upright bar, centred
    assert seen.shape == (28, 28) and seen.max() == pytest.approx(1.0, abs=0.05)
    cols = np.flatnonzero(seen.max(axis=0) > 0.1)
    assert cols.max() - cols.min() <= 5 and abs((cols.min() + cols.max()) / 2 - 13.5) <= 1.5


def test_the_bars_move_while_drawing_not_only_at_release(qtbot, panel):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    canvas = panel.canvas
    left = Qt.MouseButton.LeftButton

    def send(kind, x, y, button, buttons):
        pos = QPointF(x, y)
        QApplication.sendEvent(canvas, QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons,
                                                   Qt.KeyboardModifier.NoModifier))

    send(QEvent.Type.MouseButtonPress, 200, 60, left, left)
    for y in range(60, 300, 20):
        send(QEvent.Type.MouseMove, 200, y, Qt.MouseButton.NoButton, left)
    # Still pressed: within a frame or two the throttled update has predicted the stroke so far.
    qtbot.waitUntil(lambda: panel.bars.top() is not None, timeout=1000)
    assert panel.preview.array() is not None
    send(QEvent.Type.MouseButtonRelease, 200, 300, left, Qt.MouseButton.NoButton)


@pytest.mark.skipif(not PENDIGITS.exists(), reason=f"no real pen trajectories at {PENDIGITS}")
def test_real_handwriting_replayed_on_the_canvas_is_mostly_read_right(qtbot, panel):
    with PENDIGITS.open() as f:
        samples = [json.loads(line) for line in f][::35]  # 100 samples across all 14 writers
    right = 0
    for sample in samples:
        panel.canvas.clear()
        draw(qtbot, panel, sample["strokes"])
        right += panel.bars.top()[0] == sample["label"]
    assert right >= 88  # the whole file reaches 95 % (README); 100 samples vary by a few


def test_clear_undo_and_eraser_update_the_prediction(qtbot, panel):
    draw(qtbot, panel, [[(50, 0), (50, 100)]])
    assert panel.bars.top() is not None
    panel.clear_button.click()
    assert panel.bars.top() is None and panel.preview.array() is None
    draw(qtbot, panel, [[(50, 0), (50, 100)]])
    draw(qtbot, panel, [[(0, 0), (100, 0)]])
    two_strokes = panel.preview.array()
    panel.undo_button.click()
    qtbot.wait(40)
    assert not np.allclose(panel.preview.array(), two_strokes)  # back to the single bar
    assert panel.bars.top()[0] == 1


def test_random_test_digit_shows_its_true_label(qtbot, panel):
    panel._rng = np.random.default_rng(3)
    panel.random_button.click()
    assert panel.canvas.has_image()
    assert panel.bars.true_label_index() is not None
    assert "true label" in panel.message.text()
    shown = panel.preview.array()
    assert shown.shape == (28, 28) and shown.max() > 0.5
    # Drawing replaces the picture and forgets its label.
    draw(qtbot, panel, [[(50, 0), (50, 100)]])
    assert not panel.canvas.has_image() and panel.bars.true_label_index() is None


def digit_picture(path: Path, dark_on_light: bool) -> None:
    """A large picture of a real MNIST 3 (from the offline digits), as a scan or photo might be."""
    from PIL import Image

    from core.data.catalogue import load_dataset

    d = load_dataset("mnist")
    three = d.x_test[np.flatnonzero(d.y_test == 3)[0]]
    big = np.asarray(Image.fromarray(three).resize((210, 210), Image.Resampling.BILINEAR))
    canvas = np.zeros((300, 260), dtype=np.uint8)
    canvas[40:250, 30:240] = big
    Image.fromarray(255 - canvas if dark_on_light else canvas).save(path)


@pytest.mark.parametrize("dark_on_light", [True, False])
def test_an_opened_picture_is_preprocessed_like_a_drawing(qtbot, panel, tmp_path, dark_on_light):
    path = tmp_path / "three.png"
    digit_picture(path, dark_on_light)
    assert panel.open_image(path)
    qtbot.waitUntil(lambda: not panel.opener.busy, timeout=10_000)  # decoded off the GUI thread
    assert panel.canvas.has_image()
    assert panel.bars.top()[0] == 3
    seen = panel.preview.array()
    rows = np.flatnonzero(seen.max(axis=1) > 0.1)
    assert rows.max() - rows.min() + 1 <= 21  # fitted into the 20×20 box, white on black
    assert seen[0].max() == 0 and seen[:, 0].max() == 0


def test_a_dropped_picture_is_predicted(qtbot, panel, tmp_path):
    path = tmp_path / "dropped.png"
    digit_picture(path, True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.bars.top() is not None, timeout=10_000)
    assert panel.bars.top()[0] == 3


def test_a_file_that_is_not_an_image_says_so(panel, tmp_path):
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    assert not panel.open_image(bad)
    assert "not an image" in panel.message.text()


def test_a_blank_picture_has_no_digit(qtbot, panel, tmp_path):
    path = tmp_path / "blank.png"
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    image.save(str(path))
    panel.open_image(path)
    qtbot.waitUntil(lambda: not panel.opener.busy, timeout=10_000)
    assert panel.bars.top() is None
    assert "no digit found" in panel.message.text()


def test_the_app_model_untrained_says_so_and_a_colour_model_is_refused(qtbot, panel):
    assert panel.use_source("app")
    assert "not trained yet" in panel.model_label.text()
    draw(qtbot, panel, [[(50, 0), (50, 100)]])
    assert panel.bars.top() is not None  # random weights still give probabilities
    cifar = ModelSpec((32, 32, 3), [LayerSpec.new("Flatten"),
                                    LayerSpec.new("Dense", units=10, activation="softmax")])
    panel.doc.edit(cifar, "colour model")  # the area follows the model in Build at once
    assert panel.predictor is None and "32×32×3" in panel.message.text()
    assert panel.bars.top() is None
    assert not panel.use_source("app")
    assert "32×32×3" in panel.message.text() and "28×28" in panel.message.text()
    panel.doc.undo_stack.setClean()


def test_live_weights_from_training_reach_the_bars(qtbot, panel):
    assert panel.use_source("app")
    draw(qtbot, panel, [[(50, 0), (50, 100)]])
    before = panel.bars.probabilities().copy()
    weights = [np.zeros_like(w) for w in panel.predictor.model.get_weights()]
    weights[-1][:] = np.log(np.arange(1, 11))  # output bias only: softmax gives p ∝ 1..10
    panel.trainer.liveWeights.emit(weights)
    after = panel.bars.probabilities()
    assert not np.allclose(before, after)
    np.testing.assert_allclose(after, np.arange(1, 11) / 55, atol=1e-5)
    assert panel.bars.top()[0] == 9


def test_a_clothing_model_says_a_drawn_digit_is_far_from_what_it_learned(qtbot, panel):
    assert panel.use_source("app")
    assert "not digits" not in panel.model_label.text()  # the digit model: nothing to warn about
    fashion = panel.doc.spec.copy()
    fashion.dataset = "fashion_mnist"
    panel.doc.edit(fashion, "dataset")
    assert panel.use_source("app")
    assert panel.predictor.class_names[0] == "T-shirt/top"
    assert "trained on clothing images (Fashion-MNIST), not digits" in panel.model_label.text()
    draw(qtbot, panel, [[(50, 0), (50, 100)]])  # a 1: the bars still answer, among clothes
    assert panel.bars.top() is not None
    panel.doc.undo_stack.setClean()


def test_a_huge_picture_is_refused_from_its_header_and_a_large_one_is_shrunk_off_the_gui_thread(
        qtbot, panel, tmp_path, monkeypatch):
    """Issue 17, item 3: an 80 KB 8000×8000 PNG froze the window 20 s and took 6.3 GB."""
    import threading

    from PIL import Image

    import core.data.pictures as pictures

    huge = tmp_path / "huge.png"
    Image.new("L", (9000, 9000)).save(huge)  # 81 megapixels, a few hundred kB on disk
    assert not panel.open_image(huge)
    assert "9000×9000" in panel.message.text() and "megapixels" in panel.message.text()
    large = tmp_path / "large.png"
    canvas = np.zeros((3000, 3000), np.uint8)
    canvas[500:2500, 1300:1700] = 255  # a "1"
    Image.fromarray(canvas).save(large)
    threads, real = [], pictures.read_picture

    def spy(*a, **k):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*a, **k)

    monkeypatch.setattr("gui.draw.picture_opener.read_picture", spy)
    assert panel.open_image(large)
    qtbot.waitUntil(lambda: not panel.opener.busy, timeout=20_000)
    assert threads == [False]  # decoded in the background, not in the GUI thread
    assert panel.canvas.has_image() and "3000×3000" in panel.message.text()
    assert max(pictures.read_picture(large).shape[:2]) == pictures.PICTURE_SIDE
