"""Inside ▸ Projector: what a layer learned, as a map. A layer's outputs for a sample of test images
(1,000–5,000) projected to two dimensions with PCA or t-SNE (scikit-learn), or UMAP when umap-learn
is installed; images the layer sees alike land close together, so the classes form clusters as
training goes on.

Repeatable: the sample and every method are seeded. A projection of another epoch is turned and
mirrored onto the last one shown (orthogonal Procrustes) and t-SNE starts from it, so the map keeps
its orientation while the student scrubs the epochs. A new input (the drawing) is placed with the
fitted PCA or UMAP; t-SNE cannot place new points, so the drawing goes to the mean position of the
sample images nearest to it in the layer's output (said in the page's text).

Qt-free; Keras and scikit-learn are imported inside functions. The window runs project() in a
background task (gui.session.tasks): `progress` and `cancelled` are its hooks.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.i18n import translate

SAMPLE_SIZES = (1000, 2000, 5000)
PCA_BEFORE = 50  # t-SNE and UMAP work on the layer's first 50 principal components (the usual practice)
NEIGHBOURS = 5  # t-SNE: a new point goes to the mean of its nearest sample points
BATCH = 256


def methods() -> list[str]:
    """The projections this computer offers: "pca", "tsne", and "umap" when umap-learn is installed."""
    return ["pca", "tsne", *(["umap"] if importlib.util.find_spec("umap") is not None else [])]


METHOD_NAMES = {"pca": "PCA", "tsne": "t-SNE", "umap": "UMAP"}


class Cancelled(Exception):
    """The student asked for another projection (or closed the window) while this one ran."""


@dataclass
class Projection:
    """A layer's map: a 2-D point per sample image, with what the model said about each."""

    method: str
    layer: str
    coords: np.ndarray  # (n, 2) float32
    labels: np.ndarray  # (n,) the true classes
    predicted: np.ndarray  # (n,) the model's classes
    probabilities: np.ndarray  # (n, classes)
    indices: np.ndarray  # (n,) the images' places in the test split
    features: np.ndarray = field(repr=False)  # (n, d) the layer's outputs (reduced), to place new points
    reducer: Any = field(default=None, repr=False)  # the fitted PCA (and UMAP) that places new points
    turn: tuple[np.ndarray, np.ndarray, float] | None = field(default=None, repr=False)  # Procrustes

    @property
    def misclassified(self) -> np.ndarray:
        return self.predicted != self.labels

    def place(self, features: np.ndarray) -> np.ndarray:
        """Where inputs whose layer outputs are features (k, d_layer) land on this map, (k, 2)."""
        f = np.asarray(features, dtype=np.float32).reshape(len(features), -1)
        pca, umap = self.reducer if isinstance(self.reducer, tuple) else (self.reducer, None)
        reduced = pca.transform(f) if pca is not None else f
        if self.method == "pca":
            xy = reduced[:, :2] if reduced.shape[1] >= 2 else np.c_[reduced, np.zeros(len(reduced))]
        elif umap is not None:
            xy = umap.transform(reduced)
        else:  # t-SNE has no transform: the mean of the nearest sample images
            d = ((reduced[:, None, :] - self.features[None, :, :]) ** 2).sum(-1)
            near = np.argsort(d, axis=1)[:, :NEIGHBOURS]
            return self.coords[near].mean(axis=1)
        if self.turn is not None:
            centre, rotation, scale = self.turn
            xy = (xy - centre) @ rotation * scale
        return xy.astype(np.float32)


def sample_indices(n_test: int, size: int, seed: int = 0) -> np.ndarray:
    """Which test images go on the map: size of them (all when fewer), the same for a seed."""
    if size >= n_test:
        return np.arange(n_test)
    return np.sort(np.random.default_rng(seed).choice(n_test, size, replace=False))


def feature_model(model: Any, layer_index: int) -> Any:
    """A Keras model giving (layer_index's output, the model's output) for a batch of inputs, on a
    copy of model's weights as they are now (the window may change the model's while it runs)."""
    import keras

    clone = keras.models.clone_model(model)
    clone.set_weights(model.get_weights())
    return keras.Model(clone.inputs, [clone.layers[layer_index].output, clone.outputs[0]])


def layer_outputs(features: Any, x: np.ndarray, progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(the layer's outputs flattened (n, d), the model's outputs (n, classes)) for inputs x."""
    parts: list[tuple[np.ndarray, np.ndarray]] = []
    for start in range(0, len(x), BATCH):
        if cancelled is not None and cancelled():
            raise Cancelled
        layer, out = features.predict_on_batch(x[start:start + BATCH])
        parts.append((np.asarray(layer, np.float32).reshape(len(out), -1), np.asarray(out, np.float32)))
        if progress is not None:
            progress(min(1.0, (start + BATCH) / len(x)))
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def _procrustes(coords: np.ndarray, previous: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """The turn (and mirror) and scale that lay coords best onto previous: (centre, rotation, scale)."""
    from scipy.linalg import orthogonal_procrustes

    centre = coords.mean(0)
    a, b = coords - centre, previous - previous.mean(0)
    rotation, _ = orthogonal_procrustes(a, b)
    scale = float(np.linalg.norm(b) / max(np.linalg.norm(a @ rotation), 1e-12))
    return centre, rotation, scale


def project(features: np.ndarray, method: str, seed: int = 0, previous: np.ndarray | None = None
            ) -> tuple[np.ndarray, Any, tuple[np.ndarray, np.ndarray, float] | None, np.ndarray]:
    """features (n, d) → (coords (n, 2), the fitted reducer, the turn onto previous, the reduced
    features). previous: the coordinates of the same images on the map shown before (another epoch)."""
    from sklearn.decomposition import PCA

    if method not in methods():
        raise ValueError(translate("projection", "{method} is not available here; choose one of {choices}")
                         .format(method=method, choices=", ".join(METHOD_NAMES[m] for m in methods())))
    n, d = features.shape
    if n < 3:
        raise ValueError(translate("projection", "a map needs at least 3 images (got {n})").format(n=n))
    keep = min(PCA_BEFORE if method != "pca" else 2, d, n)
    pca = PCA(n_components=keep, random_state=seed) if keep >= 2 else None
    reduced = pca.fit_transform(features).astype(np.float32) if pca is not None else features
    if method == "pca":
        coords = reduced[:, :2] if reduced.shape[1] >= 2 else np.c_[reduced, np.zeros(n, np.float32)]
        reducer: Any = pca
    elif method == "tsne":
        from sklearn.manifold import TSNE

        init = previous if previous is not None and previous.shape == (n, 2) else "pca"
        if isinstance(init, np.ndarray):  # t-SNE wants a small start: scaled as its own PCA start is
            init = (init - init.mean(0)) / max(float(init[:, 0].std()), 1e-12) * 1e-4
        coords = TSNE(n_components=2, perplexity=min(30.0, (n - 1) / 3), init=init, learning_rate="auto",
                      random_state=seed).fit_transform(reduced)
        reducer = pca
    else:
        import umap  # type: ignore[import-not-found]

        fitted = umap.UMAP(n_components=2, random_state=seed, n_neighbors=min(15, n - 1))
        coords = fitted.fit_transform(reduced)
        reducer = (pca, fitted)
    coords = np.asarray(coords, np.float32)
    turn = None
    if previous is not None and previous.shape == coords.shape:
        turn = _procrustes(coords, previous)
        centre, rotation, scale = turn
        coords = ((coords - centre) @ rotation * scale).astype(np.float32)
    return coords, reducer, turn, reduced


def projection(features_model: Any, x: np.ndarray, labels: np.ndarray, indices: np.ndarray, layer: str,
               method: str, seed: int = 0, previous: np.ndarray | None = None,
               progress: Callable[[str, float], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Projection:
    """The whole work of one map: the layer's outputs for x (the sample images, prepared for the
    model), then their projection. progress(stage, share) where stage is "outputs" or "projecting"."""
    feats, out = layer_outputs(features_model, x, (lambda s: progress("outputs", s)) if progress else None,
                               cancelled)
    if cancelled is not None and cancelled():
        raise Cancelled
    if progress is not None:
        progress("projecting", 0.0)
    coords, reducer, turn, reduced = project(feats, method, seed, previous)
    probabilities = out if out.shape[-1] > 1 else np.c_[1 - out, out]
    return Projection(method, layer, coords, np.asarray(labels), probabilities.argmax(-1), probabilities,
                      np.asarray(indices), reduced if method != "pca" else feats, reducer, turn)
