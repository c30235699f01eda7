"""Inspection against real Keras models: every template, a 32×32×3 model and a .keras file,
with known weights set through set_weights."""

from __future__ import annotations

import numpy as np
import pytest

from core.inspection.activations import ActivationProbe
from core.inspection.images import (
    as_image,
    conv_filters,
    conv_filters_rgb,
    feature_maps,
    first_dense_image_shape,
    image_shape_of,
    neuron_images,
)
from core.inspection.layers import layer_arrays, layer_rows, shape_effect, weights_dict
from core.model.build import build_model
from core.model.spec import CompileSpec, LayerSpec, ModelSpec
from core.model.templates import TEMPLATES, template

L = LayerSpec.new


def known_weights(model, seed: int = 0) -> list[np.ndarray]:
    """Distinct values everywhere (no two weights alike), set on the model and returned."""
    rng = np.random.default_rng(seed)
    weights = [rng.normal(0, 0.1, w.shape).astype(np.float32) for w in model.get_weights()]
    model.set_weights(weights)
    return weights


def colour_model():
    return build_model(ModelSpec((32, 32, 3), [
        L("Conv2D", filters=8, kernel_size=(3, 3), activation="relu"),
        L("MaxPooling2D", pool_size=(2, 2)),
        L("Conv2D", filters=4, kernel_size=(3, 3), padding="same", activation="relu"),
        L("Flatten"),
        L("Dropout", rate=0.25),
        L("Dense", units=10, activation="softmax")], CompileSpec("adam", 0.001)), compile=False)


def colour_mlp():
    return build_model(ModelSpec((32, 32, 3), [
        L("Flatten"), L("Dense", units=16, activation="relu"),
        L("Dense", units=10, activation="softmax")], CompileSpec("adam", 0.001)), compile=False)


MODELS = {name: (lambda name=name: build_model(template(name), compile=False)) for name in TEMPLATES}
MODELS["colour_convnet"] = colour_model
MODELS["colour_mlp"] = colour_mlp


@pytest.mark.parametrize("name", list(MODELS))
def test_rows_and_arrays_are_the_models_own(keras, name):
    model = MODELS[name]()
    weights = known_weights(model)
    rows = layer_rows(model)
    assert [r.name for r in rows] == [layer.name for layer in model.layers]
    assert sum(r.params for r in rows) == model.count_params()
    k = 0
    for row, layer in zip(rows, model.layers, strict=True):
        assert row.output_shape == tuple(layer.output.shape[1:])
        if row.type != "InputLayer":  # an input layer's input is itself (its output)
            inputs = layer.input if isinstance(layer.input, list) else [layer.input]
            assert row.input_shapes == tuple(tuple(t.shape[1:]) for t in inputs)
            assert row.input_shape == row.input_shapes[0]
        arrays = weights_dict(model, row.index)
        assert [shape for _, shape in row.weight_shapes] == [a.shape for a in arrays.values()]
        for a in arrays.values():
            np.testing.assert_array_equal(a, weights[k])
            k += 1
        if row.type == "Dense":
            assert [n for n, _ in row.weight_shapes] == ["kernel", "bias"]
        if not row.has_weights:
            text = shape_effect(model, row.index)
            assert row.name in text and "no weights" in text
    assert k == len(weights)
    for row in rows:  # a snapshot list maps to the same arrays
        got = layer_arrays(model, row.index, weights)
        for name, a in weights_dict(model, row.index).items():
            np.testing.assert_array_equal(got[name], a)


@pytest.mark.parametrize("name", list(MODELS))
def test_activations_are_the_layers_outputs(keras, name):
    model = MODELS[name]()
    known_weights(model, seed=1)
    rng = np.random.default_rng(2)
    # one sample per input (word indices below 10 for an int input), by name for several inputs
    samples = {t.name: (rng.integers(0, 10, tuple(t.shape[1:])) if "int" in str(t.dtype)
                        else rng.uniform(0, 1, tuple(t.shape[1:]))).astype(t.dtype) for t in model.inputs}
    x = samples if len(samples) > 1 else next(iter(samples.values()))
    batch = [a[None] for a in samples.values()] if len(samples) > 1 else x[None]
    inputs = model.inputs if len(model.inputs) > 1 else model.inputs[0]
    probe = ActivationProbe(model)
    outs = probe.outputs(x)
    assert len(outs) == len(model.layers)
    for layer, out in zip(model.layers, outs, strict=True):
        expected = keras.Model(inputs, layer.output)(batch, training=False)
        np.testing.assert_allclose(out, np.asarray(expected)[0], rtol=1e-5, atol=1e-6)
    if model.layers[-1].get_config().get("activation") == "softmax":
        np.testing.assert_allclose(outs[-1].sum(), 1.0, rtol=1e-5)
    # The probe shares the model's weights: new weights, new outputs.
    known_weights(model, seed=3)
    again = probe.outputs(x)[-1]
    expected = keras.Model(inputs, model.layers[-1].output)(batch, training=False)
    np.testing.assert_allclose(again, np.asarray(expected)[0], rtol=1e-5, atol=1e-6)
    assert not np.allclose(again, outs[-1])


def test_neuron_images_are_each_units_incoming_weights(keras):
    model = build_model(template("mlp_300_100"), compile=False)
    weights = known_weights(model)
    kernel = weights_dict(model, 1)["kernel"]
    assert first_dense_image_shape(model, 1) == (28, 28)
    assert first_dense_image_shape(model, 2) is None  # sees the 300 units, not pixels
    images = neuron_images(kernel, (28, 28))
    assert images.shape == (300, 28, 28)
    assert images[17, 5, 9] == weights[0][5 * 28 + 9, 17]
    # The notes' flat 784 input is a 28×28 digit too.
    flat = build_model(template("mlp_512"), compile=False)
    assert first_dense_image_shape(flat, 0) == (28, 28)


def test_colour_neuron_images_keep_pixel_and_channel_order(keras):
    model = colour_mlp()
    weights = known_weights(model)
    assert first_dense_image_shape(model, 1) == (32, 32, 3)
    images = neuron_images(weights[0], (32, 32, 3))
    assert images.shape == (16, 32, 32, 3)
    r, c, ch, u = 7, 30, 2, 11
    assert images[u, r, c, ch] == weights[0][(r * 32 + c) * 3 + ch, u]
    assert neuron_images(weights[0], (28, 28)) is None


def test_conv_filters_per_channel_and_as_colour(keras):
    model = colour_model()
    weights = known_weights(model)
    kernel = weights[0]  # (3, 3, 3, 8)
    filters = conv_filters(kernel)
    assert filters.shape == (8, 3, 3, 3)
    assert filters[5, 2, 0, 1] == kernel[0, 1, 2, 5]
    rgb = conv_filters_rgb(kernel)
    assert rgb.shape == (8, 3, 3, 3)
    assert rgb[5, 0, 1, 2] == kernel[0, 1, 2, 5]
    second = conv_filters(weights[2])  # (3, 3, 8, 4): 4 filters × 8 input channels
    assert second.shape == (4, 8, 3, 3)


def test_feature_maps_are_channels_first():
    out = np.arange(2 * 3 * 4).reshape(2, 3, 4)
    maps = feature_maps(out)
    assert maps.shape == (4, 2, 3)
    assert maps[3, 1, 2] == out[1, 2, 3]


def test_weightless_layers_say_what_they_do_to_the_shape(keras):
    model = build_model(template("small_convnet"), compile=False)
    texts = [shape_effect(model, i) for i in (1, 3, 4, 5)]
    assert "(26, 26, 32) → (13, 13, 32)" in texts[0]
    assert "largest value of each 2×2 window" in texts[0]
    assert "(11, 11, 64) → (5, 5, 64)" in texts[1]
    assert "(5, 5, 64)" in texts[2] and "1,600 values" in texts[2]
    assert "50 %" in texts[3] and "(1600,)" in texts[3]


def test_models_opened_from_disk(keras, tmp_path):
    model = colour_model()
    weights = known_weights(model)
    path = tmp_path / "m.keras"
    model.save(path)
    loaded = keras.saving.load_model(path, compile=False)
    rows = layer_rows(loaded)
    assert [r.type for r in rows] == ["Conv2D", "MaxPooling2D", "Conv2D", "Flatten", "Dropout", "Dense"]
    np.testing.assert_array_equal(weights_dict(loaded, 5)["kernel"], weights[-2])
    x = np.random.default_rng(0).uniform(0, 1, (32, 32, 3)).astype(np.float32)
    np.testing.assert_allclose(ActivationProbe(loaded).outputs(x)[-1], np.asarray(model(x[None]))[0],
                               rtol=1e-5, atol=1e-6)


def test_inputs_as_pictures():
    assert image_shape_of((784,)) == (28, 28)
    assert image_shape_of((3072,)) == (32, 32, 3)
    assert image_shape_of((28, 28, 1)) == (28, 28)
    assert image_shape_of((32, 32, 3)) == (32, 32, 3)
    assert image_shape_of((10,)) is None
    assert as_image(np.arange(784)).shape == (28, 28)
    assert as_image(np.arange(10)).shape == (1, 10)
