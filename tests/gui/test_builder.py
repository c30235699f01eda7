"""The builder driven as a student drives it: templates, palette, table, editors, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.model.checks import analyze
from core.model.layer_catalog import LAYER_TYPES
from core.model.spec import LayerSpec
from core.model.summary import summary_text
from core.model.templates import template
from gui.build.layer_table import COL_CHECK, COL_LAYER, COL_PARAMS, COL_SHAPE
from tests.gui.conftest import cell, choose_palette, click_row, pick_template, type_into_spinbox


def totals(window) -> str:
    return window.builder.totals.text()


def test_first_view_is_the_notes_classifier(window):
    assert "Total params: 266,610 (1.02 MB)" in totals(window)
    assert cell(window, 1, COL_LAYER) == "dense (Dense)"
    assert cell(window, 1, COL_SHAPE) == "(None, 300)"
    assert cell(window, 1, COL_PARAMS) == "235,500"
    assert window.tf_status.text() == "Loading TensorFlow…"
    assert not window.save_keras_action.isEnabled()  # needs TensorFlow


def test_template_add_layer_change_units_read_total(qtbot, window):
    pick_template(qtbot, window, "mlp_50")
    assert "Total params: 39,760 (155.31 KB)" in totals(window)
    assert window.builder.input_combo.currentText() == "784"

    click_row(qtbot, window, 0)
    choose_palette(qtbot, window, "Dense")
    qtbot.mouseClick(window.builder.add_button, Qt.MouseButton.LeftButton)
    # Dense(10) lands below the selected row and is selected.
    assert window.doc.selected_row == 1
    assert cell(window, 1, COL_LAYER) == "dense_1 (Dense)"
    assert cell(window, 2, COL_LAYER) == "dense_2 (Dense)"
    assert "Total params: 39,870" in totals(window)  # 39,250 + 510 + 110

    type_into_spinbox(qtbot, window.builder.properties.field_widget("units"), "20")
    assert cell(window, 1, COL_SHAPE) == "(None, 20)"
    assert cell(window, 1, COL_PARAMS) == "1,020"
    assert cell(window, 2, COL_PARAMS) == "210"
    assert "Total params: 40,480" in totals(window)
    # Typing "20" was one edit, so one undo goes back to units=10.
    window.undo_action.trigger()
    assert "Total params: 39,870" in totals(window)


def test_bad_edit_is_marked_on_its_row_and_undo_clears_it(qtbot, window):
    click_row(qtbot, window, 2)  # dense_1 (Dense 100)
    type_into_spinbox(qtbot, window.builder.properties.field_widget("units"), "0")
    check = cell(window, 2, COL_CHECK)
    assert check.startswith("✖")
    assert "dense_1 (Dense)" in check and "units must be at least 1" in check
    assert cell(window, 3, COL_SHAPE) == "?"  # nothing below an error has a shape
    # The whole message, wherever the column cuts it: in the row's tooltip and the property box.
    tip = window.builder.table.model().index(2, COL_CHECK).data(Qt.ItemDataRole.ToolTipRole)
    shown = window.builder.properties.problems
    assert check[2:] in tip and shown.isVisible() and shown.text() == check
    qtbot.keyClick(window.builder.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(window, 2, COL_CHECK) == "✓"
    assert not shown.isVisible()
    assert "Total params: 266,610" in totals(window)
    window.redo_action.trigger()
    assert "units must be at least 1" in cell(window, 2, COL_CHECK)
    assert "units must be at least 1" in shown.text()


def test_conv_after_flatten_says_to_move_it(qtbot, window):
    click_row(qtbot, window, 0)  # flatten
    choose_palette(qtbot, window, "Conv2D")
    qtbot.mouseClick(window.builder.add_button, Qt.MouseButton.LeftButton)
    check = cell(window, 1, COL_CHECK)
    assert "conv2d (Conv2D)" in check and "Flatten" in check
    assert "move it above" in check


def test_mismatch_warnings_on_last_row(qtbot, window):
    click_row(qtbot, window, 3)
    type_into_spinbox(qtbot, window.builder.properties.field_widget("units"), "5")
    check = cell(window, 3, COL_CHECK)
    assert check.startswith("⚠") and "10 classes" in check and "dense_2" in check
    window.undo_action.trigger()
    window.builder.compile_panel.loss.setCurrentText("binary_crossentropy")
    assert "binary_crossentropy" in cell(window, 3, COL_CHECK)


def test_remove_duplicate_insert_move_and_undo_everything(qtbot, window):
    original = window.doc.spec.copy()
    b = window.builder
    click_row(qtbot, window, 1)
    qtbot.mouseClick(b.duplicate_button, Qt.MouseButton.LeftButton)
    assert [r.type for r in window.doc.info.rows] == ["Flatten", "Dense", "Dense", "Dense", "Dense"]
    qtbot.mouseClick(b.remove_button, Qt.MouseButton.LeftButton)
    choose_palette(qtbot, window, "Dropout")
    click_row(qtbot, window, 3)
    qtbot.mouseClick(b.insert_button, Qt.MouseButton.LeftButton)
    assert window.doc.spec.layers[3].type == "Dropout"
    qtbot.mouseClick(b.up_button, Qt.MouseButton.LeftButton)
    assert window.doc.spec.layers[2].type == "Dropout" and window.doc.selected_row == 2
    qtbot.mouseClick(b.down_button, Qt.MouseButton.LeftButton)
    assert window.doc.spec.layers[3].type == "Dropout"
    assert window.doc.modified
    while window.doc.undo_stack.canUndo():
        window.undo_action.trigger()
    assert window.doc.spec == original
    assert not window.doc.modified


def test_drag_a_row_and_drop_a_palette_type(qtbot, window):
    model = window.builder.table_model
    # Drag row 3 (the output layer) to the top: what a drop on the gap above row 0 does.
    mime = model.mimeData([model.index(3, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert [layer.params.get("units") for layer in window.doc.spec.layers] == [10, None, 300, 100]
    window.undo_action.trigger()
    palette = window.builder.palette_list
    item = palette.findItems("BatchNormalization", Qt.MatchFlag.MatchExactly)[0]
    model.dropMimeData(palette.mimeData([item]), Qt.DropAction.CopyAction, 2, 0,
                       model.index(-1, -1))
    assert cell(window, 2, COL_LAYER) == "batch_normalization (BatchNormalization)"
    assert cell(window, 2, COL_PARAMS) == "1,200"
    assert "Non-trainable params: 600" in totals(window)


def test_every_parameter_has_a_tooltip(qtbot, window):
    for type_name, lt in LAYER_TYPES.items():
        spec = window.doc.spec.copy()
        spec.layers.append(LayerSpec.new(type_name))
        window.doc.edit(spec, "add", len(spec.layers) - 1)
        for p in lt.params:
            assert window.builder.properties.field_widget(p.name).toolTip().strip(), (
                type_name, p.name)
    for w in (window.builder.compile_panel.optimizer, window.builder.compile_panel.loss,
              window.builder.compile_panel.learning_rate):
        assert w.toolTip()


def test_compile_settings(qtbot, window):
    panel = window.builder.compile_panel
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("adam"))
    # Switching optimizer moves Keras's default learning rate along.
    assert window.doc.spec.compile.optimizer == "adam"
    assert window.doc.spec.compile.learning_rate == 0.001
    assert not panel.momentum.isEnabled()
    panel.accuracy.setChecked(False)
    assert window.doc.spec.compile.metrics == []


def test_dataset_and_typed_input_shape(qtbot, window):
    pick_template(qtbot, window, "small_convnet")
    b = window.builder
    b.dataset_combo.setFocus()
    qtbot.keyClick(b.dataset_combo, Qt.Key.Key_Home)  # MNIST, then two down: CIFAR-10
    qtbot.keyClick(b.dataset_combo, Qt.Key.Key_Down)
    qtbot.keyClick(b.dataset_combo, Qt.Key.Key_Down)
    assert window.doc.spec.dataset == "cifar10"
    assert window.doc.spec.input_shape == (32, 32, 3)
    assert cell(window, 0, COL_PARAMS) == "896"  # 3*3*3*32 + 32
    edit = b.input_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "28, 28")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.doc.spec.input_shape == (28, 28)
    assert "Reshape((28, 28, 1))" in cell(window, 0, COL_CHECK)
    edit.selectAll()
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.doc.spec.input_shape == (28, 28)  # a bad value never replaces the model's
    assert "positive sizes" in b.input_error.text()


def test_keras_text_view_is_keras_summary(qtbot, window):
    qtbot.mouseClick(window.builder.keras_text_button, Qt.MouseButton.LeftButton)
    text = window.builder.keras_text.toPlainText()
    assert text == summary_text(analyze(template("mlp_300_100")), "sequential")
    assert "Total params: 266,610 (1.02 MB)" in text


def test_rename_layer(qtbot, window):
    click_row(qtbot, window, 1)
    name = window.builder.properties.findChild(type(window.builder.input_combo.lineEdit()),
                                               "param_name")
    name.setFocus()
    qtbot.keyClicks(name, "hidden1")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert cell(window, 1, COL_LAYER) == "hidden1 (Dense)"
    # The next Dense is still named by Keras's rule.
    assert cell(window, 2, COL_LAYER) == "dense (Dense)"
