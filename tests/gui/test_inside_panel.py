"""Inside the network as a student uses it: pick a layer, read the real weights, draw and watch the
activations, scrub the epochs, ask why, save the view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from core.data.dataset import Dataset
from core.model.build import build_model
from core.model.spec import CompileSpec, LayerSpec, ModelSpec
from core.model.templates import template
from gui.benchmark.replay import send_stroke
from gui.draw.draw_panel import DrawPanel
from gui.inside.inside_panel import InsidePanel
from gui.session.session import LabSession

L = LayerSpec.new


def colour_spec() -> ModelSpec:
    return ModelSpec((32, 32, 3), [
        L("Conv2D", filters=6, kernel_size=(3, 3), activation="relu"),
        L("MaxPooling2D", pool_size=(2, 2)),
        L("Flatten"),
        L("Dense", units=10, activation="softmax")], CompileSpec("adam", 0.001))


def known(spec: ModelSpec, seed: int = 0) -> list[np.ndarray]:
    model = build_model(spec, compile=False)
    rng = np.random.default_rng(seed)
    return [rng.normal(0, 0.1, w.shape).astype(np.float32) for w in model.get_weights()]


class Lab:
    """The Draw area and Inside the network side by side, TensorFlow ready."""

    def __init__(self, qtbot, spec: ModelSpec, weights: list[np.ndarray] | None):
        self.session = LabSession(spec)
        self.doc, self.trainer = self.session.doc, self.session.controller
        if weights is not None:
            self.doc.set_weights(weights)
        self.drawer = DrawPanel(self.session)
        self.inside = InsidePanel(self.session, self.drawer.canvas)
        self.host = QWidget()
        self.drawer.setParent(self.host)
        self.inside.setParent(self.host)
        self.drawer.setGeometry(0, 0, 700, 500)
        self.inside.setGeometry(0, 500, 1200, 700)
        qtbot.addWidget(self.host)
        self.host.resize(1200, 1200)
        self.host.show()
        qtbot.waitExposed(self.host)
        self.drawer.set_tf_ready(True)
        self.inside.set_tf_ready(True)

    def pick(self, qtbot, row: int) -> None:
        """Click a layer in the list, as the student does."""
        lst = self.inside.layer_list
        rect = lst.visualItemRect(lst.item(row))
        qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert lst.currentRow() == row

    def tab(self, page) -> None:
        self.inside.tabs.setCurrentWidget(page)
        self.inside.refresh()


@pytest.fixture
def mlp(qtbot):
    spec = template("mlp_300_100")
    weights = known(spec)
    lab = Lab(qtbot, spec, weights)
    assert lab.inside.use_source("app")
    return lab, weights


def test_the_layer_list_reads_as_the_notes_print_it(mlp):
    lab, _ = mlp
    shown = [lab.inside.layer_list.item(i).text() for i in range(lab.inside.layer_list.count())]
    # A wrapped line never breaks a shape (or a weight's name from its shape): no-break spaces.
    assert "kernel\u00a0(784,\u00a0300)" in shown[1]
    items = [text.replace("\u00a0", " ") for text in shown]
    assert len(items) == 4
    assert "Flatten" in items[0] and "(784,)" in items[0] and "no weights" in items[0]
    assert "Dense" in items[1] and "kernel (784, 300), bias (300,)" in items[1]
    assert "kernel (100, 10), bias (10,)" in items[3]
    assert "266,610 parameters" in lab.inside.status.text()


def test_dense_weights_are_the_real_arrays(qtbot, mlp):
    lab, weights = mlp
    page = lab.inside.weights_page
    lab.tab(page)
    lab.pick(qtbot, 1)
    assert "kernel (784, 300)" in lab.inside.layer_info.text().replace("\u00a0", " ")
    # The first Dense layer after a 28×28 input: each unit's weights as a 28×28 picture.
    assert page.as_images.isVisible() and page.stack.currentWidget() is page.grid
    images = page.grid.images
    assert images.shape == (300, 28, 28)
    assert images[17, 5, 9] == weights[0][5 * 28 + 9, 17]
    np.testing.assert_array_equal(page.bias_bars.values, weights[1])
    # As the kernel itself: inputs × units, hover shows input, unit and value.
    qtbot.mouseClick(page.as_images, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.heatmap, timeout=1000)
    np.testing.assert_array_equal(page.heatmap.array, weights[0])
    text = page.heatmap.text_at(5, 3)
    assert "input 5" in text and "unit 3" in text and f"{weights[0][5, 3]:.4g}" in text
    # The second Dense layer sees units, not pixels: a heat map (100 columns), no picture option.
    lab.pick(qtbot, 2)
    assert not page.as_images.isVisible() and page.stack.currentWidget() is page.heatmap
    np.testing.assert_array_equal(page.heatmap.array, weights[2])


def test_a_layer_without_weights_says_what_it_does(qtbot, mlp):
    lab, _ = mlp
    page = lab.inside.weights_page
    lab.tab(page)
    lab.pick(qtbot, 0)
    assert page.stack.currentWidget() is page.no_weights
    text = page.no_weights.text()
    assert "no weights" in text and "(28, 28)" in text and "784 values" in text
    assert page.bias_bars.isHidden()
    lab.tab(lab.inside.hist_page)
    assert "has no weights" in lab.inside.hist_page.views[0].plotItem.titleLabel.text


def test_histograms_count_the_real_values(qtbot, mlp):
    lab, weights = mlp
    lab.tab(lab.inside.hist_page)
    lab.pick(qtbot, 2)
    kernel_view, bias_view = lab.inside.hist_page.views
    counts, _ = np.histogram(weights[2], bins=kernel_view.edges)
    np.testing.assert_array_equal(kernel_view.counts, counts)
    assert kernel_view.counts.sum() == 300 * 100
    assert kernel_view.mean == pytest.approx(float(np.mean(weights[2].astype(np.float64))), rel=1e-6)
    assert kernel_view.std == pytest.approx(float(np.std(weights[2].astype(np.float64))), rel=1e-6)
    assert bias_view.counts.sum() == 100


def test_activations_follow_the_drawing(qtbot, mlp):
    import keras

    lab, weights = mlp
    page = lab.inside.act_page
    lab.tab(page)
    lab.pick(qtbot, 1)
    assert "Draw a digit" in page.note.text()
    send_stroke(lab.drawer.canvas, [(120, 60), (130, 300)])
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.bars, timeout=2000)
    x = lab.drawer.current_input().reshape(1, 28, 28)
    reference = build_model(template("mlp_300_100"), compile=False)
    reference.set_weights(weights)
    expected = np.asarray(keras.Model(reference.inputs[0], reference.layers[1].output)(x))[0]
    np.testing.assert_allclose(page.bars.values, expected, rtol=1e-5, atol=1e-6)
    # Drawing more moves the activations (throttled to the display rate).
    before = page.bars.values.copy()
    send_stroke(lab.drawer.canvas, [(60, 180), (240, 180)])
    qtbot.waitUntil(lambda: not np.allclose(page.bars.values, before), timeout=2000)
    lab.pick(qtbot, 3)  # the output layer: the final probabilities
    probs = np.asarray(reference(lab.drawer.current_input().reshape(1, 28, 28)))[0]
    np.testing.assert_allclose(page.bars.values, probs, rtol=1e-5, atol=1e-6)
    assert "final probabilities" in page.note.text()


def test_why_this_class_overlays_the_saliency_on_the_drawing(qtbot, mlp):
    lab, _ = mlp
    page = lab.inside.why_page
    lab.tab(page)
    assert page.saliency is None and "Draw a digit" in page.note.text()
    send_stroke(lab.drawer.canvas, [(120, 60), (130, 300)])
    qtbot.waitUntil(lambda: page.saliency is not None, timeout=3000)
    assert page.saliency.shape == (28, 28) and page.overlay.shape == (28, 28, 3)
    ink = lab.drawer.current_input() > 0
    assert np.abs(page.saliency[~ink]).max() == 0  # × input: blank pixels cannot push anything
    strongest = np.unravel_index(np.argmax(page.saliency), page.saliency.shape)
    assert page.overlay[strongest][0] == pytest.approx(1.0) and page.overlay[strongest][2] < 0.5
    assert "top class" in page.note.text()
    page.method.setCurrentIndex(page.method.findData("gradient_x_input"))
    qtbot.waitUntil(lambda: "Gradient × input" in page.note.text(), timeout=3000)


def test_scrubbing_epochs_moves_every_view(qtbot, mlp):
    lab, weights = mlp
    inside, trainer = lab.inside, lab.trainer
    assert inside.snapshots.epochs() == [0] and not inside.epoch_slider.isEnabled()
    later = [known(template("mlp_300_100"), seed=s) for s in (1, 2)]
    # What the training callback delivers at epoch ends (here without a real run: see the slow test).
    trainer.epochWeights.emit(1, later[0])
    trainer.epochWeights.emit(2, later[1])
    assert inside.snapshots.epochs() == [0, 1, 2] and inside.epoch_slider.isEnabled()
    lab.tab(inside.weights_page)
    lab.pick(qtbot, 1)
    inside.epoch_slider.setValue(1)
    assert inside.shown_epoch() == 1 and "after epoch 1 of 2" in inside.epoch_label.text()
    assert inside.weights_page.grid.images[17, 5, 9] == later[0][0][5 * 28 + 9, 17]
    inside.epoch_slider.setValue(0)
    assert inside.weights_page.grid.images[17, 5, 9] == weights[0][5 * 28 + 9, 17]
    # Where training moved the weights: now − first epoch, in the pictures and the histograms.
    inside.epoch_slider.setValue(2)
    assert not np.allclose(inside.weights_page.grid.images[17], 0)
    qtbot.mouseClick(inside.change_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inside.weights_page.grid.images[17, 5, 9] == pytest.approx(
        later[1][0][5 * 28 + 9, 17] - weights[0][5 * 28 + 9, 17]), timeout=1000)
    lab.tab(inside.hist_page)
    assert inside.hist_page.views[1].counts.sum() == 300
    assert inside.hist_page.views[1].mean == pytest.approx(float(np.mean(
        later[1][1].astype(np.float64) - weights[1])), rel=1e-5)
    assert "change" in inside.hist_page.views[0].plotItem.titleLabel.text
    # The Draw area keeps predicting with its own model: scrubbing never changes it.
    assert lab.drawer.predictor.model is not inside.model


def test_colour_models_show_rgb_filters_and_use_test_images(qtbot):
    spec = colour_spec()
    weights = known(spec)
    lab = Lab(qtbot, spec, weights)
    inside = lab.inside
    assert inside.use_source("app")
    lab.tab(inside.weights_page)
    lab.pick(qtbot, 0)
    grid = inside.weights_page.grid
    assert grid.images.shape == (6, 3, 3, 3)  # one RGB picture per filter
    assert grid.images[4, 0, 1, 2] == weights[0][0, 1, 2, 4]
    # The drawing does not fit a 32×32×3 model: it says what to do.
    lab.tab(inside.act_page)
    send_stroke(lab.drawer.canvas, [(120, 60), (130, 300)])
    inside.refresh()
    assert "choose 'A test image'" in inside.act_page.note.text()
    rng = np.random.default_rng(0)
    x = rng.integers(0, 255, (5, 32, 32, 3)).astype(np.uint8)
    lab.trainer.dataset = Dataset("tiny colour", "made here", x, np.arange(5) % 10, x, np.arange(5) % 10,
                                  [f"c{i}" for i in range(10)])
    combo = inside.input.combo
    combo.setCurrentIndex(combo.findData("test"))
    combo.activated.emit(combo.currentIndex())
    assert "test image" in inside.status.text() and inside.input.another_button.isVisible()
    inside.refresh()
    page = inside.act_page
    assert page.stack.currentWidget() is page.grid and page.grid.images.shape == (6, 30, 30)
    lab.pick(qtbot, 3)
    assert page.stack.currentWidget() is page.bars and page.bars.values.sum() == pytest.approx(1, rel=1e-5)
    lab.tab(inside.why_page)
    assert inside.why_page.saliency.shape == (32, 32)


def test_a_keras_file_opens_and_a_broken_one_is_refused(qtbot, tmp_path):
    spec = colour_spec()
    weights = known(spec, seed=5)
    model = build_model(spec, compile=False)
    model.set_weights(weights)
    good = tmp_path / "colour.keras"
    model.save(good)
    broken = tmp_path / "broken.keras"
    broken.write_bytes(good.read_bytes()[:200])
    lab = Lab(qtbot, template("mlp_50"), None)
    inside = lab.inside
    assert inside.use_source("file", good)
    assert inside.layer_list.count() == 4 and "colour.keras" in inside.status.text()
    lab.tab(inside.weights_page)
    lab.pick(qtbot, 3)
    np.testing.assert_array_equal(inside.weights_page.heatmap.array, weights[2])
    assert not inside.use_source("file", broken)
    assert "broken.keras: not a .keras file" in inside.status.text()
    assert inside.layer_list.count() == 4  # the model shown before stays


def test_every_view_saves_as_png(qtbot, mlp, tmp_path):
    lab, _ = mlp
    send_stroke(lab.drawer.canvas, [(120, 60), (130, 300)])
    lab.pick(qtbot, 1)
    for i, page in enumerate((lab.inside.weights_page, lab.inside.hist_page, lab.inside.act_page,
                              lab.inside.why_page)):
        lab.tab(page)
        path = tmp_path / f"view{i}.png"
        lab.inside.export_png(path)
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 100 and image.height() > 100, page
        assert "Saved" in lab.inside.status.text()


@pytest.mark.slow
def test_snapshots_come_from_a_real_training_run(qtbot, trainer_window):
    w = trainer_window
    w.areas.setCurrentWidget(w._inside_area)
    inside = w.inside
    assert inside.use_source("app")
    delivered: dict[int, list] = {}
    w.trainer.controller.epochWeights.connect(lambda epoch, weights: delivered.setdefault(epoch, weights))
    w.areas.setCurrentWidget(w._train_area)
    w.trainer.settings.epochs.setValue(2)
    qtbot.mouseClick(w.trainer.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.trainer.controller.running, timeout=120_000)
    w.areas.setCurrentWidget(w._inside_area)
    assert inside.snapshots.epochs() == [0, 1, 2]
    for a, b in zip(inside.model.get_weights(), w.doc.weights, strict=True):
        np.testing.assert_array_equal(a, b)  # the newest weights are the trained ones
    inside.epoch_slider.setValue(0)
    for a, b in zip(inside.model.get_weights(), delivered[0], strict=True):
        np.testing.assert_array_equal(a, b)  # epoch 0: the weights the run started from
    assert not np.array_equal(delivered[0][0], w.doc.weights[0])
    inside.epoch_slider.setValue(2)
    assert inside.shown_epoch() == 2


def test_a_colour_model_without_colour_test_images_says_where_to_get_them(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))  # no CIFAR-10 cached here
    spec = colour_spec()
    model = build_model(spec, compile=False)
    path = tmp_path / "colour.keras"
    model.save(path)
    lab = Lab(qtbot, template("mlp_50"), None)
    inside = lab.inside
    assert inside.use_source("file", path)
    combo = inside.input.combo
    combo.setCurrentIndex(combo.findData("test"))
    combo.activated.emit(combo.currentIndex())
    text = inside.status.text()
    assert "No test image for this model" in text and "cifar-10-python.tar.gz" in text
    lab.tab(inside.act_page)
    assert "Another test image" in inside.act_page.note.text()
    assert inside.layer_list.count() == 4  # the model stays inspectable: weights need no input


@pytest.mark.parametrize("name", ["mlp_50", "mlp_512", "mlp_300_100", "conv_128", "small_convnet"])
def test_every_template_every_layer_every_view(qtbot, name):
    spec = template(name)
    lab = Lab(qtbot, spec, known(spec))
    inside = lab.inside
    assert inside.use_source("app")
    send_stroke(lab.drawer.canvas, [(120, 60), (130, 300)])
    pages = (inside.weights_page, inside.hist_page, inside.act_page, inside.why_page)
    for page in pages:
        lab.tab(page)
        for row in range(inside.layer_list.count()):
            inside.layer_list.setCurrentRow(row)
            inside.refresh()
            r = inside.rows[row]
            if page is inside.weights_page:
                shown = page.stack.currentWidget()
                assert (shown is page.no_weights) == (not r.has_weights), (name, row)
            elif page is inside.act_page:
                shown = page.grid.images if page.stack.currentWidget() is page.grid else page.bars.values
                assert shown.size == np.prod(r.output_shape), (name, row)
        if page is inside.why_page:
            assert page.saliency.shape == (28, 28)


def test_the_student_draws_inside_the_network_on_the_same_canvas(qtbot, window):
    from PySide6.QtWidgets import QApplication

    drawer = window.drawer
    window.areas.setCurrentWidget(window._inside_area)
    inside = window.inside
    canvas = drawer.canvas
    qtbot.waitUntil(lambda: inside.isAncestorOf(canvas) and canvas.isVisible(), timeout=1000)
    QApplication.processEvents()
    w, h = canvas.width(), canvas.height()
    send_stroke(canvas, [(w * 0.5, h * 0.15), (w * 0.5, h * 0.85)])  # a "1", drawn in Inside
    send_stroke(canvas, [(w * 0.3, h * 0.3), (w * 0.5, h * 0.15)])
    seen_inside = drawer.current_input()
    assert seen_inside is not None

    def aspect():
        points = np.concatenate([np.asarray(s) for s in canvas.strokes()])
        extent = points.max(axis=0) - points.min(axis=0)
        return extent[0] / extent[1]

    drawn = aspect()
    window.areas.setCurrentWidget(window._draw_area)
    qtbot.waitUntil(lambda: drawer.isAncestorOf(canvas) and canvas.isVisible(), timeout=1000)
    QApplication.processEvents()
    assert canvas.width() != w or canvas.height() != h  # another size here...
    seen_back = drawer.current_input()
    # ...yet the same digit: a resize scales both axes alike, so the 28×28 input keeps its shape.
    assert aspect() == pytest.approx(drawn, rel=1e-6)
    assert np.corrcoef(seen_inside.ravel(), seen_back.ravel())[0, 1] > 0.9
    assert len(canvas.strokes()) == 2


def test_inside_can_choose_the_default_model_itself(qtbot):
    """Not only through Draw: the Model combo lists the default digit model."""
    lab = Lab(qtbot, template("mlp_50"), None)
    inside = lab.inside
    combo = inside.model_combo
    index = combo.findData("default")
    assert index >= 0 and combo.itemText(index).startswith("Default digit model")
    combo.activated.emit(index)  # what picking it in the list does
    qtbot.waitUntil(lambda: inside.source == "default" and inside.model is not None, timeout=20_000)
    assert "default digit" in inside.status.text().lower()
    assert inside.layer_list.count() > 0 and not inside.follows_training
