"""Explanations where students need them: the Param # and Output Shape tooltips work the numbers
out for each row, and the "What does this do?" box shows the rule and this layer's working."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.model.checks import analyze
from core.model.layer_catalog import LAYER_TYPES
from core.model.templates import template
from gui.build.layer_table import COL_PARAMS, COL_SHAPE
from tests.gui.conftest import click_row


def tooltip(window, row: int, col: int) -> str:
    model = window.builder.table.model()
    return model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole)


def test_param_tooltips_show_how_each_count_is_made(window):
    window.doc.reset(template("small_convnet"))
    info = analyze(template("small_convnet"))
    for i, row in enumerate(info.rows):
        text = tooltip(window, i, COL_PARAMS)
        assert f"{row.params:,}" in text.splitlines()[-1] or row.params == 0, text
        assert text.startswith("Param # = "), text
    conv = next(i for i, r in enumerate(info.rows) if r.type == "Conv2D")
    worked = "(3 × 3 × 1 input channels + 1 bias) × 32 filters = 320"
    assert tooltip(window, conv, COL_PARAMS).endswith(worked)
    dense = max(i for i, r in enumerate(info.rows) if r.type == "Dense")
    assert "biases = " in tooltip(window, dense, COL_PARAMS)


def test_shape_tooltip_works_out_the_convolution(window):
    window.doc.reset(template("small_convnet"))
    text = tooltip(window, 0, COL_SHAPE)
    assert "padding='valid' gives ⌊(size − kernel) / stride⌋ + 1" in text
    assert "(None, 28, 28, 1) → (None, 26, 26, 32); height ⌊(28 − 3) / 1⌋ + 1 = 26" in text


def test_what_does_this_do_follows_the_selected_layer(qtbot, window):
    window.doc.reset(template("small_convnet"))
    box = window.builder.properties.explain_box
    click_row(qtbot, window, 0)
    assert box.isVisible() and box.title() == "What does this do?"
    text = window.builder.properties.explanation.text()
    assert "Param # = (kernel height × kernel width × input channels + 1) × filters" in text
    assert "= 320" in text
    last = len(window.doc.spec.layers) - 1
    click_row(qtbot, window, last)
    text = window.builder.properties.explanation.text()
    assert "inputs × units + units" in text and "10 biases" in text


def test_every_layer_type_explains_itself(qtbot, window):
    from core.model.spec import LayerSpec, ModelSpec

    for name in LAYER_TYPES:
        window.doc.reset(ModelSpec((28, 28, 1), [LayerSpec.new(name)]))
        click_row(qtbot, window, 0)
        text = window.builder.properties.explanation.text()
        assert "<b>Output shape.</b>" in text and "<b>Param #.</b>" in text, name
