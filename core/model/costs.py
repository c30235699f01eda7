"""What one sample costs each layer: multiply-adds (MACs) and the memory of its output, worked out
from the analysed shapes (core.model.shapes) without TensorFlow.

Only weighted layers' multiply-adds are counted, as most counters (keras-flops, ptflops, Netron)
do: a Dense or Conv2D multiplies every input by a weight and adds it up; a bias, an activation,
BatchNormalization, pooling, Dropout, Add and Concatenate cost a few additions or comparisons per
value, which are left out (0 here). An Embedding looks its rows up: 0 as well.

The formulas, per sample (the batch axis left out):

- Dense: inputs' last axis × units × the product of the output's other axes (a Dense applied to
  a sequence works on every step);
- Conv2D: kernel height × kernel width × input channels × filters × output height × output width;
- SimpleRNN, LSTM, GRU: gates × (features × units + units × units) × timesteps, with 1, 4 and 3
  gates (a kernel and a recurrent kernel per gate, applied at every step);
- TimeDistributed: its wrapped layer's cost for one step × steps (a wrapped model: that model's
  total for one step).

Activation memory is the float32 output of the layer for one sample: 4 bytes × the product of
its output shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.model.shapes import ModelInfo, Shape, analyze_shapes
from core.model.spec import LayerSpec, ModelSpec

BYTES_PER_VALUE = 4  # float32 activations, Keras's default dtype
RECURRENT_GATES = {"SimpleRNN": 1, "LSTM": 4, "GRU": 3}


@dataclass(frozen=True)
class LayerCost:
    """One row's cost for one sample; None where its output shape is unknown (an error on the
    row or above it)."""

    macs: int | None
    activation_bytes: int | None


@dataclass(frozen=True)
class ModelCost:
    """The whole model's cost for one sample; None when any row's is unknown."""

    macs: int | None
    activation_bytes: int | None


def activation_bytes(shape: Shape | None) -> int | None:
    """The float32 bytes of one sample's tensor of that shape (None: unknown)."""
    return None if shape is None else BYTES_PER_VALUE * math.prod(shape)


def layer_macs(layer: LayerSpec, input_shape: Shape, output_shape: Shape) -> int:
    """The multiply-adds of one layer for one sample, given the shape it takes and gives."""
    p = layer.params
    if layer.type == "Dense":
        return input_shape[-1] * p["units"] * math.prod(output_shape[:-1])
    if layer.type == "Conv2D":
        kh, kw = p["kernel_size"]
        out_h, out_w, filters = output_shape
        return kh * kw * input_shape[-1] * filters * out_h * out_w
    if layer.type in RECURRENT_GATES:
        timesteps, features = input_shape
        units = p["units"]
        return RECURRENT_GATES[layer.type] * (features * units + units * units) * timesteps
    if layer.type == "TimeDistributed":
        steps = input_shape[0]
        inner = layer.inner
        if isinstance(inner, ModelSpec):
            total = model_costs(inner).macs
            return steps * (total or 0)
        if inner is None:
            return 0
        return steps * layer_macs(inner, input_shape[1:], output_shape[1:])
    return 0  # Embedding, Input, merges, pooling, reshaping, normalisation, activations


def layer_costs(spec: ModelSpec, info: ModelInfo | None = None) -> list[LayerCost]:
    """One LayerCost per row of spec (info: its analysis, computed when not given)."""
    info = info if info is not None else analyze_shapes(spec)
    costs = []
    for layer, row in zip(spec.layers, info.rows, strict=True):
        out = row.output_shape
        if out is None:
            costs.append(LayerCost(None, None))
            continue
        if layer.type == "Input" or not row.input_shapes:
            macs = 0
        else:
            macs = layer_macs(layer, row.input_shapes[0], out)
        costs.append(LayerCost(macs, activation_bytes(out)))
    return costs


def model_costs(spec: ModelSpec, info: ModelInfo | None = None) -> ModelCost:
    """The totals over the rows: every layer's multiply-adds, and the memory of every tensor of one
    sample (each row's output, and a Sequential model's input, which is no row)."""
    info = info if info is not None else analyze_shapes(spec)
    costs = layer_costs(spec, info)
    macs = [c.macs for c in costs]
    memory = [c.activation_bytes for c in costs]
    if not spec.functional:
        memory.append(activation_bytes(tuple(spec.input_shape)))
    return ModelCost(None if None in macs else sum(m for m in macs if m is not None),
                     None if None in memory else sum(m for m in memory if m is not None))
