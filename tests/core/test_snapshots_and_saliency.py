"""Epoch snapshots in bounded memory, and saliency maps checked against what they must satisfy."""

from __future__ import annotations

import numpy as np
import pytest

from core.inspection.saliency import SaliencyProbe
from core.inspection.snapshots import SnapshotStore
from core.model.build import build_model
from core.model.spec import CompileSpec, LayerSpec, ModelSpec
from core.model.templates import template

L = LayerSpec.new


def test_snapshots_are_copies_by_epoch():
    store = SnapshotStore()
    w = [np.zeros((3, 2), np.float32), np.ones(2, np.float32)]
    store.add(0, w)
    w[0][0, 0] = 5  # training goes on changing its arrays
    store.add(1, w)
    assert store.epochs() == [0, 1]
    assert store.get(0)[0][0, 0] == 0 and store.get(1)[0][0, 0] == 5
    assert store.latest()[0] == 1


def test_long_runs_are_thinned_evenly_keeping_first_and_newest():
    store = SnapshotStore(max_snapshots=10)
    for epoch in range(201):
        store.add(epoch, [np.full(4, epoch, np.float32)])
        assert len(store) <= 10
    epochs = store.epochs()
    assert epochs[0] == 0 and epochs[-1] == 200 and len(epochs) == 10
    gaps = np.diff(epochs)
    assert gaps.max() <= 3 * 200 / 9, epochs  # spread over the run, not bunched at one end
    assert all(store.get(e)[0][0] == e for e in epochs)


def test_memory_bound_by_bytes():
    one = [np.zeros(250_000, np.float32)]  # 1 MB a snapshot
    store = SnapshotStore(max_snapshots=100, max_bytes=5 * 2**20)
    for epoch in range(30):
        store.add(epoch, one)
    assert len(store) == 5 and store.nbytes() <= 5 * 2**20


def test_training_again_from_scratch_starts_over():
    store = SnapshotStore()
    for epoch in range(4):
        store.add(epoch, [np.zeros(1)])
    store.add(0, [np.ones(1)])
    assert store.epochs() == [0]


def linear_model(keras):
    model = build_model(ModelSpec((28, 28), [L("Flatten"), L("Dense", units=10, activation="softmax")],
                                  CompileSpec("sgd", 0.01)), compile=False)
    rng = np.random.default_rng(0)
    model.set_weights([rng.normal(0, 0.05, (784, 10)).astype(np.float32),
                       rng.normal(0, 0.1, 10).astype(np.float32)])
    return model


def test_gradient_times_input_of_a_linear_model_is_exact(keras):
    model = linear_model(keras)
    w, b = model.get_weights()
    x = np.random.default_rng(1).uniform(0, 1, (28, 28)).astype(np.float32)
    saliency, top = SaliencyProbe(model).explain(x, method="gradient_x_input")
    logits = x.reshape(-1) @ w + b
    p = np.exp(logits - logits.max())
    p /= p.sum()
    assert top == int(np.argmax(p))
    # d log p_c / dx = W[:, c] - sum_j p_j W[:, j]
    expected = (w[:, top] - w @ p) * x.reshape(-1)
    np.testing.assert_allclose(saliency.reshape(-1), expected, rtol=1e-3, atol=1e-6)
    other, c = SaliencyProbe(model).explain(x, class_index=3, method="gradient_x_input")
    assert c == 3
    np.testing.assert_allclose(other.reshape(-1), (w[:, 3] - w @ p) * x.reshape(-1), rtol=1e-3, atol=1e-6)


@pytest.mark.parametrize("name", ["mlp_300_100", "small_convnet"])
def test_integrated_gradients_add_up_to_the_score_change(keras, name):
    model = build_model(template(name), compile=False)
    x = np.random.default_rng(2).uniform(0, 1, tuple(model.inputs[0].shape[1:])).astype(np.float32)
    probe = SaliencyProbe(model, steps=128)
    saliency, top = probe.explain(x)
    assert saliency.shape == (28, 28)
    change = probe.scores(np.stack([x, np.zeros_like(x)]), top)
    assert saliency.sum() == pytest.approx(change[0] - change[1], rel=0.05, abs=1e-3)


def test_colour_inputs_give_one_map_summed_over_channels(keras):
    model = build_model(ModelSpec((32, 32, 3), [
        L("Conv2D", filters=4, kernel_size=(3, 3), activation="relu"), L("Flatten"),
        L("Dense", units=10, activation="softmax")], CompileSpec("adam", 0.001)), compile=False)
    x = np.random.default_rng(3).uniform(0, 1, (32, 32, 3)).astype(np.float32)
    grad_x, _top = SaliencyProbe(model).explain(x, method="gradient_x_input")
    assert grad_x.shape == (32, 32)
    with pytest.raises(ValueError, match="unknown saliency method"):
        SaliencyProbe(model).explain(x, method="magic")


def test_models_that_end_in_scores_are_explained_through_softmax(keras):
    model = linear_model(keras)
    w, b = model.get_weights()
    logits_model = build_model(ModelSpec((28, 28), [L("Flatten"), L("Dense", units=10)],
                                         CompileSpec("sgd", 0.01)), compile=False)
    logits_model.set_weights([w, b])
    x = np.random.default_rng(4).uniform(0, 1, (28, 28)).astype(np.float32)
    a, top_a = SaliencyProbe(model).explain(x, method="gradient_x_input")
    c, top_c = SaliencyProbe(logits_model).explain(x, method="gradient_x_input")
    assert top_a == top_c
    np.testing.assert_allclose(a, c, rtol=1e-3, atol=1e-6)
