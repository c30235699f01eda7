"""core.model.explain: the worked Param # and shape arithmetic agree with core.model.shapes (and so
with Keras, see test_shapes_vs_keras) for every layer of every template and for hand-made cases."""

from __future__ import annotations

import re

import pytest

from core.model.checks import analyze
from core.model.explain import param_formula, params_working, shape_rule, shape_working
from core.model.layer_catalog import LAYER_TYPES
from core.model.spec import LayerSpec, ModelSpec
from core.model.templates import TEMPLATES, template


def _numbers_after_equals(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(r"= ([\d,]+)", text)]


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_worked_param_counts_equal_the_summary(name: str) -> None:
    spec = template(name)
    info = analyze(spec)
    for i, row in enumerate(info.rows):
        text = params_working(spec, info, i)
        if row.params:
            assert _numbers_after_equals(text)[-1] == row.params, text
        else:
            assert text.startswith("0: "), text


def test_dense_and_conv_workings_read_like_the_notes() -> None:
    spec = ModelSpec((28, 28, 1), [LayerSpec.new("Conv2D", filters=32, kernel_size=(3, 3)),
                                   LayerSpec.new("MaxPooling2D"),
                                   LayerSpec.new("Conv2D", filters=8, kernel_size=(5, 5), strides=(2, 2),
                                                 padding="same", use_bias=False),
                                   LayerSpec.new("BatchNormalization"), LayerSpec.new("Flatten"),
                                   LayerSpec.new("Dense", units=10, activation="softmax")])
    info = analyze(spec)
    assert params_working(spec, info, 0) == "(3 × 3 × 1 input channels + 1 bias) × 32 filters = 320"
    assert shape_working(spec, info, 0) == ("(None, 28, 28, 1) → (None, 26, 26, 32); height ⌊(28 − 3) / 1⌋ "
                                            "+ 1 = 26, width ⌊(28 − 3) / 1⌋ + 1 = 26")
    pooled = "height ⌊(26 − 2) / 2⌋ + 1 = 13, width ⌊(26 − 2) / 2⌋ + 1 = 13"
    assert shape_working(spec, info, 1).endswith(pooled)
    assert params_working(spec, info, 2) == "5 × 5 × 32 input channels × 8 filters = 6,400 (no biases)"
    assert shape_working(spec, info, 2).endswith("height ⌈13 / 2⌉ = 7, width ⌈13 / 2⌉ = 7")
    assert params_working(spec, info, 3) == ("4 × 8 channels = 32 (16 trained: gamma and beta; 16 not "
                                             "trained: moving mean and variance)")
    assert params_working(spec, info, 5) == "392 inputs × 10 units + 10 biases = 3,930"
    assert params_working(spec, info, 4) == "0: Flatten has no weights"


def test_every_layer_type_has_a_rule_and_a_formula() -> None:
    for name in LAYER_TYPES:
        assert shape_rule(name) and param_formula(name), name


def test_a_row_in_error_says_to_fix_it_first() -> None:
    spec = ModelSpec((784,), [LayerSpec.new("Conv2D", filters=4, kernel_size=(3, 3))])
    info = analyze(spec)
    assert info.errors
    assert "Fix this layer" in params_working(spec, info, 0)
    assert "Fix this layer" in shape_working(spec, info, 0)
