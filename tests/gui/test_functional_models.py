"""Issue 18 in the window, as a student uses it: the notes' functional models built and changed in
Build (the connections box, the graph), trained in Train (each output's curves and figures, a
number to predict with its scatter), looked into in Inside (graph order, a test sample as the input),
and Draw saying it needs an image classifier."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.model.graph import layer_names, output_names
from core.model.templates import template
from gui.build.layer_table import COL_CHECK, COL_CONNECTED
from tests.gui.conftest import cell, choose_palette, click_row, pick_template


def wait_done(qtbot, panel, timeout=180_000):
    qtbot.waitUntil(lambda: not panel.controller.running, timeout=timeout)


def _choose_dataset(window, key: str) -> None:
    s = window.trainer.settings
    s.dataset_combo.setCurrentIndex(s.dataset_combo.findData(key))
    s.dataset_combo.activated.emit(s.dataset_combo.currentIndex())


def test_a_residual_connection_built_with_the_connections_box(qtbot, window):
    """Sequential → functional by adding Add; the second branch and the merge chosen in the box."""
    pick_template(qtbot, window, "mlp_300_100")  # flatten, dense, dense_1, dense_2
    b = window.builder
    click_row(qtbot, window, 1)  # dense
    choose_palette(qtbot, window, "Add")
    qtbot.mouseClick(b.add_button, Qt.MouseButton.LeftButton)
    spec = window.doc.spec
    assert spec.functional and spec.layers[0].type == "Input"
    assert not b.input_combo.isVisible() and not b.table.isColumnHidden(COL_CONNECTED)
    add = layer_names(spec).index("add")
    assert "connect it to the branches it merges" in cell(window, add, COL_CHECK)
    # a second branch: duplicate dense (a Dense 300 beside it), then tick it in the Add's box
    click_row(qtbot, window, 2)
    qtbot.mouseClick(b.duplicate_button, Qt.MouseButton.LeftButton)
    twin = window.doc.spec.layers[3].name
    add = layer_names(window.doc.spec).index("add")
    click_row(qtbot, window, add)
    box = b.connections.sources
    assert box.isVisible()
    item = box.findItems(twin, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)  # what a click on its check box does
    assert window.doc.spec.layers[add].inputs == ["dense", twin]
    assert cell(window, add, 1) == "(None, 300)" and cell(window, add, COL_CONNECTED) == f"dense, {twin}"
    # dense_1 takes the sum instead of dense: chosen in its own box
    click_row(qtbot, window, add + 1)
    combo = b.connections.source
    combo.setCurrentIndex(combo.findText("add"))
    combo.activated.emit(combo.currentIndex())
    assert window.doc.info.ok, window.doc.info.errors
    assert output_names(window.doc.spec) == ["dense_2"]
    # the graph: every box below its inputs; a click on a box selects its row
    b.views.setCurrentWidget(b.graph_view)
    boxes = b.graph_view.boxes()
    assert boxes[add].sceneBoundingRect().top() > boxes[2].sceneBoundingRect().bottom()
    b.graph_view.layerClicked.emit(add + 1)
    assert window.doc.selected_row == add + 1
    # undo walks back through every step, to the Sequential model
    for _ in range(5):
        window.doc.undo_stack.undo()
    assert not window.doc.spec.functional and window.doc.spec.layers[1].name == ""


def test_a_refused_connection_is_said(qtbot, window):
    pick_template(qtbot, window, "functional_mlp")
    click_row(qtbot, window, 1)  # dense: may not take dense_2, which is below it
    assert window.builder.graph.connect(1, ["dense_2"]) is False
    assert "not above it" in window.builder.input_error.text()
    assert window.doc.spec.layers[1].inputs == ["input_layer"]


def test_per_output_loss_weights_in_compile(qtbot, window):
    pick_template(qtbot, window, "multi_input_output")
    loss, weight = window.builder.compile_panel.output_row("aux_output")
    assert weight.value() == pytest.approx(0.2) and loss.currentText() == "binary_crossentropy"
    weight.setValue(0.5)
    assert window.doc.spec.compile.for_output("aux_output").loss_weight == pytest.approx(0.5)
    window.doc.undo_stack.undo()
    assert window.doc.spec.compile.for_output("aux_output").loss_weight == pytest.approx(0.2)


@pytest.mark.slow
def test_the_headline_model_trains_on_random_data_and_opens_inside(qtbot, trainer_window, tmp_path):
    w = trainer_window
    pick_template(qtbot, w, "multi_input_output")
    panel = w.trainer
    w.areas.setCurrentWidget(w._train_area)
    _choose_dataset(w, "random")
    panel.settings.epochs.setValue(1)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, panel)
    table = panel.epoch_table
    columns = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert {"main_output_loss", "aux_output_loss", "main_output_accuracy"} <= set(columns)
    panel.curves.redraw()
    assert set(panel.curves.loss_plot.extras) == {"aux_output_loss", "main_output_loss"}
    results = panel.test_results
    assert results.task == "any"
    names = [name for name, _value in results.any.rows()]
    assert "main_output_loss" in names and "aux_output_accuracy" in names
    # Inside: the layers in Keras's order, a test sample (two arrays) as the input
    w.areas.setCurrentWidget(w._inside_area)
    inside = w.inside
    inside.use_source("app")
    qtbot.waitUntil(lambda: inside.model is not None, timeout=60_000)
    assert [r.name for r in inside.rows][:4] == ["main_input", "embedding", "lstm", "aux_input"]
    inside.input.combo.setCurrentIndex(inside.input.combo.findData("test"))
    inside.input.combo.activated.emit(inside.input.combo.currentIndex())
    inside.tabs.setCurrentWidget(inside.act_page)
    inside.layer_list.setCurrentRow([r.name for r in inside.rows].index("concatenate"))
    inside.refresh()
    x, why = inside.input.current()
    assert isinstance(x, dict) and set(x) == {"main_input", "aux_input"}, why
    out = inside.probe.outputs(x)[[r.name for r in inside.rows].index("concatenate")]
    assert out.shape == (37,) and np.allclose(out[32:], x["aux_input"])  # the 5 extra values, joined on
    # a workspace keeps the functional model, its trained weights and its runs
    path = tmp_path / "headline.digitscope"
    assert w.save_workspace(path)
    trained = [np.array(a) for a in w.doc.weights]
    pick_template(qtbot, w, "mlp_50")
    assert w.open_workspace(path)
    assert w.doc.spec == template("multi_input_output")
    assert all(np.array_equal(a, b) for a, b in zip(w.doc.weights, trained, strict=True))
    # Draw: not an image classifier, said instead of predicting
    w.areas.setCurrentWidget(w._draw_area)
    assert not w.drawer.use_source("app")
    assert "2 input(s)" in w.drawer.message.text() and "classifier of 28×28 images" in w.drawer.message.text()


@pytest.mark.slow
def test_regression_on_diabetes_shows_mae_and_the_scatter(qtbot, trainer_window, tmp_path):
    w = trainer_window
    pick_template(qtbot, w, "regression_mlp")
    panel = w.trainer
    _choose_dataset(w, "diabetes")
    panel.settings.epochs.setValue(3)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, panel)
    assert panel.curves.acc_plot.key == "mae"
    assert "Test MAE" in panel.progress_label.text()
    view = panel.test_results.regression
    assert panel.test_results.task == "regression"
    x, y = view.scatter.getData()
    assert len(x) == 89 and np.isfinite(y).all()  # diabetes: 89 test samples
    assert view.histogram_counts().sum() == 89
    # a workspace keeps the run's figure: reopened, the second plot is MAE again
    path = tmp_path / "regression.digitscope"
    assert w.save_workspace(path)
    pick_template(qtbot, w, "mlp_50")
    assert w.open_workspace(path)
    assert panel.curves.acc_plot.key == "mae" and w.doc.spec.dataset == "diabetes"
