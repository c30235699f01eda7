"""Multiply-adds and activation memory per sample (core.model.costs), checked against numbers
worked out by hand from the layers' definitions."""

from __future__ import annotations

import pytest

from core.model.costs import LayerCost, ModelCost, layer_costs, model_costs
from core.model.shapes import analyze_shapes
from core.model.spec import LayerSpec, ModelSpec
from core.model.templates import template

L = LayerSpec.new


def costs_of(spec: ModelSpec) -> list[LayerCost]:
    return layer_costs(spec, analyze_shapes(spec))


def test_dense_on_a_vector_and_on_a_sequence():
    spec = ModelSpec((784,), [L("Dense", units=300), L("Dense", units=10)])
    assert costs_of(spec) == [LayerCost(784 * 300, 4 * 300), LayerCost(300 * 10, 4 * 10)]
    # A Dense on (10 steps, 8 features) works on every step: 8 × 16 × 10.
    spec = ModelSpec((10, 8), [L("Dense", units=16)])
    assert costs_of(spec) == [LayerCost(1_280, 4 * 10 * 16)]


def test_conv2d_valid_and_strided_same():
    # 3×3 kernel × 1 channel × 32 filters × 26 × 26 outputs
    spec = ModelSpec((28, 28, 1), [L("Conv2D", filters=32, kernel_size=(3, 3))])
    assert costs_of(spec) == [LayerCost(194_688, 4 * 26 * 26 * 32)]
    # 5×5 × 3 channels × 16 filters × 16 × 16 outputs (32 / stride 2, padding same)
    spec = ModelSpec((32, 32, 3), [L("Conv2D", filters=16, kernel_size=(5, 5), strides=(2, 2),
                                     padding="same")])
    assert costs_of(spec) == [LayerCost(307_200, 16_384)]


def test_embedding_lstm_and_the_headline_model():
    spec = template("multi_input_output")
    costs = {row.name: cost for row, cost in zip(analyze_shapes(spec).rows, costs_of(spec), strict=True)}
    assert costs["embedding"] == LayerCost(0, 4 * 100 * 512)  # a lookup
    # 4 gates × (512 features × 32 units + 32 × 32) × 100 timesteps
    assert costs["lstm"] == LayerCost(6_963_200, 4 * 32)
    assert costs["concatenate"] == LayerCost(0, 4 * 37)
    assert costs["dense"].macs == 37 * 64
    assert costs["aux_output"].macs == 32
    assert costs["main_input"] == LayerCost(0, 400)
    assert model_costs(spec) == ModelCost(6_963_200 + 37 * 64 + 2 * 64 * 64 + 64 + 32,
                                          sum(c.activation_bytes for c in costs.values()))


def test_gru_and_simple_rnn():
    spec = ModelSpec((20, 8), [L("GRU", units=16, return_sequences=True), L("SimpleRNN", units=4)])
    # GRU: 3 × (8 × 16 + 16 × 16) × 20; SimpleRNN: 1 × (16 × 4 + 4 × 4) × 20
    assert costs_of(spec) == [LayerCost(23_040, 4 * 20 * 16), LayerCost(1_600, 16)]


def test_time_distributed_layer():
    td = L("TimeDistributed")
    td.inner = L("Dense", units=5)
    spec = ModelSpec((7, 12), [td])
    assert costs_of(spec) == [LayerCost(7 * 12 * 5, 4 * 7 * 5)]  # 420: the Dense on each of 7 steps


def test_time_distributed_model():
    inner = ModelSpec((28, 28, 1), [L("Conv2D", filters=8, kernel_size=(3, 3)), L("Flatten"),
                                    L("Dense", units=10)])
    # conv: 3×3×1×8×26×26 = 48,672; dense: (26×26×8 = 5,408) × 10 = 54,080
    assert model_costs(inner).macs == 102_752
    td = L("TimeDistributed")
    td.inner = inner
    spec = ModelSpec((5, 28, 28, 1), [td])
    assert costs_of(spec) == [LayerCost(5 * 102_752, 4 * 5 * 10)]


@pytest.mark.parametrize(("layer", "values"), [
    (L("MaxPooling2D", pool_size=(2, 2)), 4 * 4 * 4), (L("BatchNormalization"), 8 * 8 * 4),
    (L("Activation"), 8 * 8 * 4), (L("Dropout", rate=0.5), 8 * 8 * 4), (L("Flatten"), 8 * 8 * 4)])
def test_weightless_layers_cost_no_multiply_adds(layer, values):
    assert costs_of(ModelSpec((8, 8, 4), [layer])) == [LayerCost(0, 4 * values)]


def test_add_merges_cost_nothing():
    costs = costs_of(template("residual_convnet"))
    assert costs[4] == LayerCost(0, 4 * 28 * 28 * 16)  # add
    assert costs[1].macs == 3 * 3 * 1 * 16 * 28 * 28  # conv2d, padding same
    assert costs[2].macs == 3 * 3 * 16 * 16 * 28 * 28


def test_unknown_shapes_give_none():
    spec = template("small_convnet")
    spec.layers[2].params["kernel_size"] = (20, 20)  # larger than its 13×13 input: an error
    costs = costs_of(spec)
    assert costs[0] == LayerCost(194_688, 86_528) and costs[1].macs == 0
    assert all(c == LayerCost(None, None) for c in costs[2:])
    assert model_costs(spec) == ModelCost(None, None)


def test_sequential_totals_count_the_input():
    spec = template("mlp_300_100")  # Flatten 28×28 → Dense 300 → 100 → 10
    assert model_costs(spec) == ModelCost(784 * 300 + 300 * 100 + 100 * 10,
                                          4 * (784 + 784 + 300 + 100 + 10))
