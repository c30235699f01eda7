"""Issue 19: the projector's maps — the same coordinates for a fixed seed, PCA as the textbook computes
it, a later epoch's map turned onto the one shown, new points placed on the map, and a layer's outputs
read from the model itself."""

from __future__ import annotations

import numpy as np
import pytest

from core.inspection.projection import (
    Cancelled,
    Projection,
    layer_outputs,
    methods,
    project,
    projection,
    sample_indices,
)


def blobs(n: int = 300, d: int = 20, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three well-separated classes in d dimensions."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 3
    centres = rng.normal(0, 6, (3, d))
    return (centres[labels] + rng.normal(0, 1, (n, d))).astype(np.float32), labels


def test_pca_is_the_first_two_principal_components_and_the_same_every_time() -> None:
    x, _ = blobs()
    coords, _reducer, turn, _ = project(x, "pca", seed=0)
    assert coords.shape == (300, 2) and turn is None
    centred = x - x.mean(0)
    _u, _s, vt = np.linalg.svd(centred.astype(np.float64), full_matrices=False)
    expected = centred @ vt[:2].T
    for k in range(2):  # a component's sign is a convention: compare up to it
        sign = np.sign(expected[:, k] @ coords[:, k])
        np.testing.assert_allclose(coords[:, k], sign * expected[:, k], rtol=1e-3, atol=1e-3)
    again, *_ = project(x, "pca", seed=0)
    assert np.array_equal(coords, again)


def test_tsne_with_a_fixed_seed_gives_the_same_map_and_separates_the_classes() -> None:
    x, labels = blobs()
    first, *_ = project(x, "tsne", seed=3)
    second, *_ = project(x, "tsne", seed=3)
    assert np.array_equal(first, second)
    # each point's nearest neighbour on the map is of its own class (the blobs are far apart)
    d = ((first[:, None] - first[None]) ** 2).sum(-1) + np.eye(len(first)) * 1e12
    assert np.mean(labels[d.argmin(1)] == labels) > 0.98


def test_a_later_map_is_turned_onto_the_one_shown() -> None:
    x, _ = blobs()
    shown, *_ = project(x, "pca", seed=0)
    turned = x @ np.linalg.qr(np.random.default_rng(1).normal(size=(20, 20)))[0]  # the same cloud, rotated
    mirrored = -turned  # and flipped: PCA's own signs would flip the map between epochs
    coords, _reducer, turn, _ = project(mirrored, "pca", seed=0, previous=shown)
    assert turn is not None
    np.testing.assert_allclose(coords, shown, atol=1e-2 * np.abs(shown).max())


def test_new_points_land_where_their_like_are() -> None:
    x, labels = blobs()
    for method in ("pca", "tsne"):
        coords, reducer, turn, reduced = project(x, method, seed=0)

        made = Projection(method, "dense", coords, labels, labels, np.eye(3)[labels], np.arange(300),
                          reduced if method != "pca" else x, reducer, turn)
        placed = made.place(x[:6] + 0.01)
        own = coords[:6]
        spread = np.abs(coords).max()
        assert np.abs(placed - own).max() < 0.2 * spread, method


def test_the_sample_is_fixed_by_its_seed_and_capped_by_the_test_split() -> None:
    assert np.array_equal(sample_indices(10_000, 2000, 0), sample_indices(10_000, 2000, 0))
    assert not np.array_equal(sample_indices(10_000, 2000, 0), sample_indices(10_000, 2000, 1))
    assert np.array_equal(sample_indices(500, 2000, 0), np.arange(500))
    assert "pca" in methods() and "tsne" in methods()
    with pytest.raises(ValueError, match="at least 3 images"):
        project(np.zeros((2, 4), np.float32), "pca")
    with pytest.raises(ValueError, match="not available"):
        project(np.zeros((9, 4), np.float32), "nonsense")


def test_a_layers_outputs_are_read_from_the_model_and_the_map_says_what_it_said() -> None:
    import keras

    from core.inspection.projection import feature_model

    inputs = keras.Input((4,))
    hidden = keras.layers.Dense(3, activation="relu", name="hidden")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(2, activation="softmax", name="out")(hidden))
    x = np.random.default_rng(0).normal(size=(40, 4)).astype(np.float32)
    features = feature_model(model, 1)
    layer, out = layer_outputs(features, x)
    np.testing.assert_allclose(layer, np.maximum(x @ model.layers[1].kernel.numpy()
                                                 + model.layers[1].bias.numpy(), 0), rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(out, model.predict(x, verbose=0), rtol=1e-4, atol=1e-5)
    labels = np.zeros(40, int)
    stages: list[str] = []
    made = projection(features, x, labels, np.arange(40), "hidden", "pca",
                      progress=lambda stage, share: stages.append(stage))
    assert made.coords.shape == (40, 2) and stages[0] == "outputs" and stages[-1] == "projecting"
    assert np.array_equal(made.predicted, out.argmax(1))
    assert made.misclassified.sum() == (out.argmax(1) != 0).sum()
    with pytest.raises(Cancelled):
        projection(features, x, labels, np.arange(40), "hidden", "pca", cancelled=lambda: True)
