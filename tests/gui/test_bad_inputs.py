"""Issue 7, item 3: bad input never crashes the window and never loses the current work.

Each case is done the way a student does it (open a file, press Train, type into a field, save),
and asserts the message the student reads (naming the file or field, and what to do) and that
what was there before — the model, its weights, the runs, the files on disk — is unchanged.
The same cases on the command line are in tests/test_cli_bad_inputs.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.model.layer_catalog import LAYER_TYPES, layer_type
from core.model.templates import template
from gui.build.layer_table import COL_CHECK
from tests.bad_files import (
    DATA_CASES,
    DEFAULT_KERAS,
    MODEL_FILE_CASES,
    bad_dataset,
    damaged_model_file,
    fail_writes,
    random_bytes,
    truncated,
)
from tests.gui.conftest import click_row, type_into_spinbox
from tests.gui.test_training_panel import wait_done


def snapshot(window) -> dict:
    """What the student has now, to compare after a refusal."""
    doc = window.doc
    return {"spec": doc.spec.copy(), "path": doc.path, "modified": doc.modified,
            "undo": doc.undo_stack.count(), "weights": None if doc.weights is None else
            [w.copy() for w in doc.weights], "strokes": window.drawer.canvas.strokes()}


def assert_unchanged(window, before: dict) -> None:
    doc = window.doc
    assert doc.spec == before["spec"] and doc.path == before["path"]
    assert doc.modified == before["modified"] and doc.undo_stack.count() == before["undo"]
    if before["weights"] is None:
        assert doc.weights is None
    else:
        assert all(np.array_equal(a, b) for a, b in zip(doc.weights, before["weights"], strict=True))
    assert window.drawer.canvas.strokes() == before["strokes"]


def known_weights(spec) -> list[np.ndarray]:
    """Distinct weights for mlp_50 (784 -> 50 -> 10)."""
    assert spec == template("mlp_50")
    shapes = [(784, 50), (50,), (50, 10), (10,)]
    return [np.full(s, 0.01 * (i + 1), np.float32) for i, s in enumerate(shapes)]


@pytest.fixture
def working(window):
    """A student mid-lab: an edited model with trained weights and a digit on the canvas."""
    spec = template("mlp_50")
    window.doc.reset(spec)
    window.doc.set_weights(known_weights(spec))
    edited = spec.copy()
    edited.compile.learning_rate = 0.02
    window.doc.edit(edited, "lr")  # compile settings keep the weights
    window.drawer.canvas.set_strokes([[(40, 40), (120, 200), (200, 60)]])
    assert window.doc.weights is not None and window.doc.modified
    return window


# --- opening damaged files --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", MODEL_FILE_CASES)
def test_file_open_refuses_a_damaged_model_file_and_keeps_the_work(working, warnings_shown, tmp_path, kind):
    path, says = damaged_model_file(kind, tmp_path)
    before = snapshot(working)
    assert working.open_path(path) is False
    (title, text), = warnings_shown
    assert title == "Cannot open model"
    assert path.name in text and says in text, text
    assert_unchanged(working, before)


@pytest.mark.parametrize("how", ["truncated", "random bytes", "not a workspace zip"])
def test_open_workspace_refuses_a_damaged_file_and_keeps_the_work(working, warnings_shown, tmp_path, how):
    from core.model.workspace import Workspace, save_workspace

    good = tmp_path / "good.digitscope"
    save_workspace(Workspace(template("small_convnet"), None, 0), good)
    path = tmp_path / "bad.digitscope"
    if how == "truncated":
        truncated(good, path, 0.6)
    elif how == "random bytes":
        random_bytes(path)
    else:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("notes.txt", "a zip, but not a workspace")
    before = snapshot(working)
    assert working.open_workspace(path) is False
    (title, text), = warnings_shown
    assert title == "Open workspace" and path.name in text
    assert_unchanged(working, before)


@pytest.mark.parametrize("kind", ["random bytes", "truncated PNG", "empty file"])
def test_draw_refuses_a_damaged_image_and_keeps_the_drawing(qtbot, working, tmp_path, kind):
    drawer = working.drawer
    good = tmp_path / "good.png"
    working.drawer.canvas.grab().save(str(good))
    path = tmp_path / f"digit-{kind.replace(' ', '-')}.png"
    if kind == "random bytes":
        random_bytes(path)
    elif kind == "truncated PNG":
        truncated(good, path, 0.3)
    else:
        path.write_bytes(b"")
    before = snapshot(working)
    if drawer.open_image(path):  # a header that reads: the decoding (in the background) refuses it
        qtbot.waitUntil(lambda: not drawer.opener.busy, timeout=10_000)
    assert path.name in drawer.message.text() and "try PNG or JPG" in drawer.message.text()
    assert not drawer.canvas.has_image()
    assert_unchanged(working, before)


# --- absurd numbers typed into fields -----------------------------------------------------------


def test_units_field_takes_no_negative_and_zero_is_explained(qtbot, working):
    click_row(qtbot, working, 0)
    box = working.builder.properties.field_widget("units")
    type_into_spinbox(qtbot, box, "-5")
    assert working.doc.spec.layers[0].params["units"] == 5  # the minus sign cannot be typed
    type_into_spinbox(qtbot, box, "0")
    assert working.doc.spec.layers[0].params["units"] == 0
    text = working.builder.table.model().index(0, COL_CHECK).data()
    assert "units must be at least 1" in text, text
    assert working.doc.info.errors  # Train, Save .keras and export refuse until it is fixed


def test_enormous_dense_layer_warns_with_parameters_and_memory(qtbot, window):
    from core.model.spec import LayerSpec, ModelSpec

    window.doc.reset(ModelSpec((28, 28, 1), [LayerSpec.new("Flatten"),
                                             LayerSpec.new("Dense", units=64, activation="relu"),
                                             LayerSpec.new("Dense", units=10, activation="softmax")]))
    click_row(qtbot, window, 1)
    type_into_spinbox(qtbot, window.builder.properties.field_widget("units"), "1000000")
    info = window.doc.info
    assert window.doc.spec.layers[1].params["units"] == 1_000_000 and info.total == 795_000_010
    warning = next(p.message for p in info.rows[1].problems if "large" in p.message)
    # "very large" here (25 GB); a laptop with less memory reads "too large for this computer".
    assert "795,000,010 parameters (2.96 GB of weights, about" in warning, warning
    assert "to train with adam at batch size 32; this computer has" in warning
    assert warning in window.builder.table.model().index(1, COL_CHECK).data()


@pytest.mark.parametrize("type_name", [name for name, t in LAYER_TYPES.items()
                                       if any(p.kind in ("int", "float", "pair", "optional_pair")
                                              for p in t.params)])
def test_every_number_field_of_every_layer_takes_absurd_values_safely(qtbot, window, type_name):
    """Type negative, zero and huge numbers into every numeric field: nothing escapes, every
    field stays within its range, and whatever the model cannot be is said on the layer's row."""
    from PySide6.QtWidgets import QAbstractSpinBox

    from core.model.spec import LayerSpec, ModelSpec

    window.doc.reset(ModelSpec((28, 28, 1), [LayerSpec.new(type_name)]))
    click_row(qtbot, window, 0)
    numeric = [p for p in layer_type(type_name).params if p.kind in ("int", "float", "pair", "optional_pair")]
    for p in numeric:
        field = window.builder.properties.field_widget(p.name)
        boxes = [field] if isinstance(field, QAbstractSpinBox) else field.findChildren(QAbstractSpinBox)
        assert boxes, p.name
        for typed in ("-7", "0", "99999999999", "1e9", "abc"):
            for box in boxes:
                if not box.isEnabled():
                    continue
                type_into_spinbox(qtbot, box, typed)
                assert box.minimum() <= box.value() <= box.maximum(), (p.name, typed)
            info = window.doc.info  # analysed after each edit, never raising
            value = window.doc.spec.layers[0].params[p.name]
            if info.errors:  # the row says what is wrong, naming the layer
                check = window.builder.table.model().index(0, COL_CHECK).data()
                assert check.startswith("✖ "), (p.name, value)


def test_learning_rate_typed_far_too_high_is_clamped_and_warned(qtbot, window):
    box = window.builder.compile_panel.learning_rate
    type_into_spinbox(qtbot, box, "1000")
    lr = window.doc.spec.compile.learning_rate
    assert lr == box.maximum() == 100.0
    messages = [p.message for r in window.doc.info.rows for p in r.problems]
    assert any("learning_rate 100 is far above" in m and "NaN" in m for m in messages), messages


def test_training_fields_refuse_absurd_numbers(qtbot, window):
    s = window.trainer.settings
    for box, typed, kept in ((s.epochs, "0", 5), (s.epochs, "-3", 3), (s.batch_size, "9999999", 9999),
                             (s.validation_fraction, "5", 0.1)):
        before = box.value()
        type_into_spinbox(qtbot, box, typed)
        assert box.minimum() <= box.value() <= box.maximum()
        assert box.value() in (before, kept), (typed, box.value())
    s.seed.setText("forty-two")
    with pytest.raises(ValueError, match="seed"):
        s.config()


def test_a_seed_that_is_not_a_number_stops_train_with_a_message(qtbot, window):
    panel = window.trainer
    panel._tf_ready = True  # only the settings are checked before anything is built
    panel.settings.seed.setText("forty-two")
    panel.start_training()
    assert "Cannot train" in panel.message.text() and "seed" in panel.message.text()
    assert not panel.runs and not panel.controller.running


def test_input_shape_field_refuses_negative_and_zero_sizes(qtbot, window):
    before = window.doc.spec.copy()
    combo = window.builder.input_combo
    for typed in ("-3, 28", "0x28", "28, abc"):
        combo.setEditText(typed)
        combo.lineEdit().editingFinished.emit()
        assert "positive sizes" in window.builder.input_error.text(), typed
        assert window.doc.spec == before


# --- with TensorFlow: training, saving .keras, Draw and Inside ----------------------------------


def own_data(window, path: Path | str) -> None:
    s = window.trainer.settings
    s.own_path = str(path)
    s.dataset_combo.setCurrentIndex(s.dataset_combo.count() - 1)


def press_train_and_wait(qtbot, window) -> str:
    panel = window.trainer
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, panel)
    return panel.message.text()


@pytest.mark.parametrize("kind", DATA_CASES)
def test_train_refuses_bad_data_and_keeps_model_weights_and_runs(qtbot, trainer_window, tiny_npz, tmp_path,
                                                                 kind):
    w = trainer_window
    spec = template("mlp_50")
    w.doc.reset(spec)
    w.doc.set_weights(known_weights(spec))
    path, says = bad_dataset(kind, tmp_path, tiny_npz)
    own_data(w, path)
    before = snapshot(w)
    text = press_train_and_wait(qtbot, w)
    assert says in text, text
    assert path.name in text or str(path) in text, text
    assert w.trainer.progress_label.text() == "Training did not start."
    assert not w.trainer.runs and w.trainer.controller.epochs_done == 0
    assert_unchanged(w, before)


def test_a_very_large_model_is_built_only_after_yes(qtbot, trainer_window, monkeypatch):
    w = trainer_window
    spec = template("mlp_50")
    spec.layers[0].params["units"] = 40_000  # 31.8 M parameters: "very large", fits in memory
    w.doc.reset(spec)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a, **k: asked.append(f"{title}: {text}") or answer[0])
    qtbot.mouseClick(w.trainer.train_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Build a very large model?" in asked[0]
    assert "31,800,010 parameters" in asked[0] and "to train with" in asked[0]
    assert not w.trainer.controller.running and not w.trainer.runs and not w.trainer.controller.has_model
    assert "Not trained" in w.trainer.message.text()
    # Draw and Inside never build it behind the student's back either.
    w.areas.setCurrentWidget(w._draw_area)
    w.drawer.use_source("app")
    assert "31,800,010 parameters" in w.drawer.message.text() and w.drawer.source != "app"
    answer[0] = QMessageBox.StandardButton.Yes
    w.trainer.settings.epochs.setValue(1)
    qtbot.mouseClick(w.trainer.train_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    wait_done(qtbot, w.trainer)
    assert w.trainer.controller.has_model and w.trainer.controller.model_params == 31_800_010
    qtbot.mouseClick(w.trainer.train_button, Qt.MouseButton.LeftButton)  # asked once per architecture
    wait_done(qtbot, w.trainer)
    assert len(asked) == 2


def test_a_model_too_large_for_this_computer_is_never_built(qtbot, trainer_window, warnings_shown, tmp_path):
    w = trainer_window
    spec = template("mlp_50")
    spec.layers[0].params["units"] = 10_000_000  # 7.95 billion parameters: 29.62 GB of weights
    w.doc.reset(spec)
    qtbot.mouseClick(w.trainer.train_button, Qt.MouseButton.LeftButton)
    (title, text), = warnings_shown
    assert title == "Model too large" and "7,950,000,010 parameters" in text and "GB of weights" in text
    assert not w.trainer.controller.running and not w.trainer.controller.has_model
    target = tmp_path / "big.keras"
    assert w.save_keras(target) is False and not target.exists()
    assert len(warnings_shown) == 2 and warnings_shown[1][0] == "Model too large"


@pytest.fixture
def nan_keras(tmp_path):
    import keras

    model = keras.models.load_model(DEFAULT_KERAS, compile=False)
    model.set_weights([np.full(w.shape, np.nan, np.float32) for w in model.get_weights()])
    path = tmp_path / "diverged.keras"
    model.save(path)
    return path


def test_draw_with_a_model_whose_weights_are_nan_says_so(qtbot, trainer_window, nan_keras):
    w = trainer_window
    w.areas.setCurrentWidget(w._draw_area)
    assert w.drawer.use_source("file", nan_keras)
    w.drawer.canvas.set_strokes([[(40, 40), (120, 200), (200, 60)]])
    w.drawer.update_prediction()
    assert "answers NaN" in w.drawer.bars.headline_text() and w.drawer.last_probabilities is None


@pytest.mark.parametrize("kind", ["truncated .keras", "random .keras", "damaged config in .keras"])
def test_draw_and_inside_refuse_a_damaged_keras_and_keep_their_model(qtbot, trainer_window, tmp_path, kind):
    w = trainer_window
    path, _ = damaged_model_file(kind, tmp_path)
    w.areas.setCurrentWidget(w._draw_area)
    qtbot.waitUntil(lambda: w.drawer.predictor is not None, timeout=30_000)
    predictor = w.drawer.predictor
    assert w.drawer.use_source("file", path) is False
    assert path.name in w.drawer.message.text()
    assert w.drawer.predictor is predictor and w.drawer.model_combo.currentData() == "default"
    w.areas.setCurrentWidget(w._inside_area)
    inside = w.inside
    qtbot.waitUntil(lambda: inside.model is not None, timeout=30_000)
    model = inside.model
    assert inside.use_source("file", path) is False
    assert path.name in inside.status.text()
    assert inside.model is model and inside.source == "draw"
    assert inside.model_combo.currentData() == "draw"


# --- saving when the disk is full or the folder is not writable ----------------------------------


SAVE_CASES = ["spec .json", "Keras .keras", "workspace", "Python script", "history CSV", "curves PNG",
              "curves SVG", "Inside view PNG"]


def readable(path: Path) -> bool:
    """The saved file opens in what reads that kind of file."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    from core.model.sources import load_model_spec
    from core.model.workspace import load_workspace

    suffix = path.suffix
    if suffix in (".json", ".keras"):
        return load_model_spec(path) is not None
    if suffix == ".digitscope":
        return load_workspace(path) is not None
    if suffix == ".py":
        compile(path.read_text(), str(path), "exec")
        return True
    if suffix == ".csv":
        return path.read_text().startswith("epoch,")
    if suffix == ".svg":
        return QSvgRenderer(str(path)).isValid()
    return not QImage(str(path)).isNull()


@pytest.mark.parametrize("how", ["works", "disk full", "permission denied"])
@pytest.mark.parametrize("what", SAVE_CASES)
def test_a_failed_save_says_why_and_leaves_the_old_file(qtbot, trainer_window, warnings_shown, monkeypatch,
                                                        tmp_path, what, how):
    w = trainer_window
    if what in ("history CSV", "curves PNG", "curves SVG"):
        w.trainer.settings.epochs.setValue(1)
        press_train_and_wait(qtbot, w)
        assert w.trainer.runs
    suffix = {"spec .json": ".json", "Keras .keras": ".keras", "workspace": ".digitscope",
              "Python script": ".py", "history CSV": ".csv", "curves PNG": ".png", "curves SVG": ".svg",
              "Inside view PNG": ".png"}[what]
    target = tmp_path / f"saved{suffix}"
    checked = [target] if not what.startswith("curves") else [
        tmp_path / f"saved-loss{suffix}", tmp_path / f"saved-accuracy{suffix}"]
    for f in checked:
        f.write_bytes(b"the student's earlier file")
    if what == "Inside view PNG":
        w.areas.setCurrentWidget(w._inside_area)
        qtbot.waitUntil(lambda: w.inside.model is not None, timeout=30_000)
    before = snapshot(w)
    if how != "works":
        fail_writes(monkeypatch, how)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    reason = "No space left on device" if how == "disk full" else "Permission denied"
    ok = how == "works"
    if what == "spec .json":
        assert w.save_json(target) is ok
    elif what == "Keras .keras":
        assert w.save_keras(target) is ok
    elif what == "workspace":
        assert w.save_workspace(target) is ok
    elif what == "Python script":
        assert w.export_python(target) is ok
    elif what == "history CSV":
        w.trainer.runs_page._export_csv()
    elif what.startswith("curves"):
        w.trainer.runs_page._export_plot(suffix[1:])
    else:
        w.inside.export_png(target)
    if ok:
        assert not warnings_shown
        assert all(f.read_bytes() != b"the student's earlier file" and readable(f) for f in checked)
        return
    if what == "Inside view PNG":
        shown = w.inside.status.text()
    else:
        (_title, shown), = warnings_shown
    assert reason in shown and any(f.name in shown for f in checked), shown
    for f in checked:
        assert f.read_bytes() == b"the student's earlier file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp left
    assert_unchanged(w, before)
