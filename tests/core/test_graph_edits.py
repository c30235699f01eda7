"""The builder's edits of functional models (core.model.graph_edits): what a student does to grow a
branch, merge it back and make outputs, each leaving a model Keras builds (or one whose problem is
said on the right row)."""

from __future__ import annotations

import pytest

from core.model import graph_edits as edits
from core.model.checks import analyze
from core.model.graph import layer_names, output_names
from core.model.templates import template


def _wiring(spec) -> list[tuple[str, list[str]]]:
    return [(layer.name, list(layer.inputs)) for layer in spec.layers]


def test_adding_to_a_chain_splices_the_new_layer_in() -> None:
    spec = template("functional_mlp")  # input_layer → dense → dense_1 → dense_2
    out, row = edits.add_layer(spec, "Dropout", 1)  # below dense
    assert row == 2
    assert _wiring(out)[1:4] == [("dense", ["input_layer"]), ("dropout", ["dense"]), ("dense_1", ["dropout"])]
    assert analyze(out).ok and output_names(out) == ["dense_2"]


def test_adding_below_the_output_extends_the_model() -> None:
    out, row = edits.add_layer(template("functional_mlp"), "Softmax", 3)
    assert out.layers[row].inputs == ["dense_2"] and output_names(out) == ["softmax"]
    assert analyze(out).ok


def test_a_sequential_model_becomes_functional_when_it_gets_a_merge() -> None:
    spec = template("mlp_300_100")  # flatten, dense, dense_1, dense_2
    out, add = edits.add_layer(spec, "Add", 1)  # below dense (row 1 of the stack)
    assert out.functional and out.layers[0].type == "Input"
    assert (out.layers[add].type, out.layers[add].inputs) == ("Add", ["dense"])
    problems = [p.message for p in analyze(out).rows[add].problems]
    assert any("connect it to the branches it merges" in m for m in problems)
    # the student adds a second branch beside dense and merges both: a sum of two (300,) vectors
    twin_spec, twin = edits.duplicate_layer(out, 2)
    add += 1
    assert twin_spec.layers[twin].inputs == ["flatten"]
    merged = edits.connect(twin_spec, add, ["dense", twin_spec.layers[twin].name])
    info = analyze(merged)
    assert info.rows[add].output_shape == (300,)
    assert [r.name for r, _ in info.errors] == ["add"]  # its sum goes nowhere yet
    done = edits.connect(merged, add + 1, ["add"])  # dense_1 takes the sum
    assert analyze(done).ok and output_names(done) == ["dense_2"]


def test_remove_passes_users_and_outputs_to_the_input() -> None:
    spec = template("residual_convnet")
    names = layer_names(spec)
    out = edits.remove_layer(spec, names.index("activation"))
    assert out.layers[names.index("max_pooling2d") - 1].inputs == ["add"]
    out = edits.remove_layer(template("functional_mlp"), 3)
    assert output_names(out) == ["dense_1"] and analyze(out).ok


def test_outputs_can_be_added_and_removed_but_not_the_last() -> None:
    spec = template("functional_mlp")
    out = edits.set_output(spec, 2, True)
    assert output_names(out) == ["dense_2", "dense_1"]
    out = edits.set_output(out, 3, False)
    assert output_names(out) == ["dense_1"]
    with pytest.raises(edits.EditRefused, match="at least one output"):
        edits.set_output(out, 2, False)


def test_rename_follows_every_reference() -> None:
    spec = template("multi_input_output")
    row = layer_names(spec).index("lstm")
    out = edits.rename(spec, row, "memory")
    assert all("lstm" not in layer.inputs for layer in out.layers)
    assert [layer.name for layer in out.layers if "memory" in layer.inputs] == ["concatenate", "aux_output"]
    assert analyze(out).ok
    with pytest.raises(edits.EditRefused, match="already called"):
        edits.rename(out, row, "dense")


def test_connect_and_move_keep_inputs_above() -> None:
    spec = template("functional_mlp")
    with pytest.raises(edits.EditRefused, match="not above it"):
        edits.connect(spec, 1, ["dense_2"])
    with pytest.raises(edits.EditRefused, match="takes one input"):
        edits.connect(spec, 2, ["input_layer", "dense"])
    with pytest.raises(edits.EditRefused, match="stays below its inputs"):
        edits.move(spec, 2, 1)
    skip = edits.connect(spec, 2, ["input_layer"])  # dense_1 straight from the input: dense is a side branch
    problems = [p.message for p in analyze(skip).rows[1].problems]
    assert any("goes nowhere" in m for m in problems)


def test_an_added_input_goes_on_top_and_says_it_is_unused() -> None:
    out, row = edits.add_layer(template("functional_mlp"), "Input", 2)
    assert row == 0 and out.layers[0].type == "Input" and out.layers[0].name == "input_layer_1"
    assert any("nothing is connected" in p.message for p in analyze(out).rows[0].problems)
