"""The one session the areas share: one architecture key, the document's weightsChanged, one
.keras reader, and Draw and Inside following the weights of the model in Build whatever brought
them (a run's end, an opened file or workspace)."""

from __future__ import annotations

import numpy as np
import pytest

from core.model.build import build_model
from core.model.spec import LayerSpec
from core.model.templates import template
from gui.session.document import ModelDocument
from gui.widgets.qimages import to_qimage


def known_weights(spec, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.normal(0, 0.2, w.shape).astype(np.float32) for w in build_model(spec, compile=False).weights]


def a_digit() -> np.ndarray:
    image = np.zeros((28, 28), np.uint8)
    image[6:22, 13:16] = 255  # a "1"
    return image


def expected(spec, weights, image: np.ndarray) -> np.ndarray:
    """What an independent Keras model with these weights says about the 28×28 image."""
    model = build_model(spec, compile=False)
    model.set_weights(weights)
    x = (image.astype(np.float32) / 255.0).reshape((1, *spec.input_shape))
    return np.asarray(model.predict_on_batch(x), dtype=np.float64).reshape(-1)


def test_one_architecture_key_ignores_compile_dataset_and_name():
    spec = template("mlp_300_100")
    other = spec.copy()
    other.compile.learning_rate, other.compile.optimizer = 0.5, "adam"
    other.dataset, other.name = "fashion_mnist", "x"
    assert other.architecture_key() == spec.architecture_key()
    wider = spec.copy()
    wider.layers[1].params["units"] = 301
    assert wider.architecture_key() != spec.architecture_key()
    renamed = spec.copy()
    renamed.layers[1].name = "hidden"
    assert renamed.architecture_key() != spec.architecture_key()  # Keras keys weights by layer name


def test_the_document_says_when_its_weights_change(qtbot):
    spec = template("mlp_50")
    doc = ModelDocument(spec)
    seen: list[bool] = []
    doc.weightsChanged.connect(lambda: seen.append(doc.weights is not None))
    doc.set_weights(known_weights(spec, 1))
    assert seen == [True]
    learning = spec.copy()
    learning.compile.learning_rate = 0.5
    doc.edit(learning, "Set learning rate")  # the weights still fit: nothing to say
    assert seen == [True] and doc.weights is not None
    wider = doc.spec.copy()
    wider.layers.insert(1, LayerSpec.new("Dense", units=7))
    doc.edit(wider, "Add Dense")  # they do not fit any more: dropped, and said so
    assert seen == [True, False] and doc.weights is None
    doc.undo_stack.undo()
    assert doc.weights is None and seen == [True, False]


@pytest.fixture
def tf_window(qtbot):
    from gui.shell.main_window import MainWindow

    w = MainWindow(load_tensorflow=True)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.loader.loaded, timeout=120_000):
        pass
    yield w
    w.doc.undo_stack.setClean()
    w.close()


def test_draw_and_inside_follow_the_weights_of_an_opened_workspace_with_the_same_architecture(
        qtbot, tf_window, tmp_path):
    """The bug of issue 14: after File ▸ Open Workspace of a model with the same architecture, Draw's
    "model from Build / Train" still predicted with the old weights."""
    w = tf_window
    w.new_from_template("mlp_50")
    spec = w.doc.spec
    old, new = known_weights(spec, 1), known_weights(spec, 2)
    w.doc.set_weights(new)
    path = tmp_path / "handout.digitscope"
    assert w.save_workspace(path)
    w.doc.set_weights(old)
    w.areas.setCurrentWidget(w._draw_area)
    assert w.drawer.use_source("app")
    w.drawer.set_picture(to_qimage(a_digit()), a_digit().astype(np.float32) / 255.0)
    assert np.allclose(w.drawer.last_probabilities, expected(spec, old, a_digit()), atol=1e-5)
    w.areas.setCurrentWidget(w._inside_area)
    assert w.inside.use_source("app")

    assert w.open_workspace(path)
    assert w.doc.spec.architecture_key() == spec.architecture_key()
    got = w.drawer.predictor.model.get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(got, new, strict=True))
    w.drawer.set_picture(to_qimage(a_digit()), a_digit().astype(np.float32) / 255.0)
    assert np.allclose(w.drawer.last_probabilities, expected(spec, new, a_digit()), atol=1e-5)
    assert not np.allclose(w.drawer.last_probabilities, expected(spec, old, a_digit()), atol=1e-3)
    qtbot.waitUntil(lambda: w.inside.model is not None and all(
        np.array_equal(a, b) for a, b in zip(w.inside.model.get_weights(), new, strict=True)), timeout=10_000)


def test_new_weights_reach_draw_at_once(qtbot, tf_window):
    """New weights (Train ▸ New weights) used to leave Draw predicting with the trained ones."""
    w = tf_window
    w.new_from_template("mlp_50")
    spec = w.doc.spec
    trained = known_weights(spec, 3)
    w.doc.set_weights(trained)
    w.areas.setCurrentWidget(w._draw_area)
    assert w.drawer.use_source("app")
    w.doc.set_weights(None)
    assert w.drawer.predictor is not None
    assert not all(np.array_equal(a, b) for a, b in zip(w.drawer.predictor.model.get_weights(), trained,
                                                          strict=True))


def test_a_keras_file_is_read_once_for_file_open_draw_and_inside(qtbot, tf_window, tmp_path, monkeypatch):
    import core.model.keras_file as keras_file

    w = tf_window
    model = build_model(template("mlp_50"))
    model.set_weights(known_weights(template("mlp_50"), 4))
    path = tmp_path / "lab.keras"
    keras_file.save_keras(model, path)
    reads: list[str] = []
    real = keras_file.read_keras_model
    monkeypatch.setattr(keras_file, "read_keras_model", lambda p: reads.append(str(p)) or real(p))

    assert w.open_path(path)
    assert all(np.array_equal(a, b) for a, b in zip(w.doc.weights, model.get_weights(), strict=True))
    w.areas.setCurrentWidget(w._draw_area)
    assert w.drawer.use_source("file", path)
    w.areas.setCurrentWidget(w._inside_area)
    assert w.inside.use_source("file", path)
    assert reads == [str(path)]  # File ▸ Open read it; Draw and Inside took copies of that model
    # ... and each area has a model of its own: scrubbing Inside never changes what Draw predicts.
    assert w.inside.model is not w.drawer.predictor.model
    inside_weights = w.inside.model.get_weights()
    w.inside.model.set_weights([np.zeros_like(a) for a in inside_weights])
    drawn = w.drawer.predictor.model.get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(drawn, model.get_weights(), strict=True))
    path.write_bytes(b"not a zip any more")  # a changed file is read again (and refused by the reader)
    assert not w.drawer.use_source("file", path)
    assert f"{path}: not a .keras file" in w.drawer.message.text()  # checked before Keras unpacks it
    assert len(reads) == 2


def test_inside_keeps_a_runs_epochs_when_the_run_ends_and_drops_them_for_other_weights(qtbot, tf_window):
    w = tf_window
    w.new_from_template("mlp_50")
    spec = w.doc.spec
    w.areas.setCurrentWidget(w._inside_area)
    assert w.inside.use_source("app")
    controller = w.session.controller
    epochs = [known_weights(spec, 10 + k) for k in range(3)]
    for k, weights in enumerate(epochs):  # what a run's epoch ends send
        controller.epochWeights.emit(k, weights)
    assert w.inside.snapshots.epochs() == [0, 1, 2]
    final = [a + 1 for a in epochs[-1]]  # stopped mid-epoch: not an epoch's snapshot
    controller.final_weights = final
    w.doc.set_weights(final)  # what the Train area does with the run's result
    assert w.inside.snapshots.epochs() == [0, 1, 2]
    assert all(np.array_equal(a, b) for a, b in zip(w.inside.model.get_weights(), final, strict=True))
    w.doc.set_weights(known_weights(spec, 99))  # an opened file's weights: a new start
    qtbot.waitUntil(lambda: w.inside.snapshots.epochs() == [controller.epochs_done], timeout=10_000)
