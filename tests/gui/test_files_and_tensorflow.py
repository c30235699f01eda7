"""Opening and saving models from the window, and TensorFlow loading in the background."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.model.sources import load_model_spec
from core.model.templates import template
from gui.build.layer_table import COL_PARAMS
from gui.shell.main_window import MainWindow
from tests.gui.conftest import cell, click_row, type_into_spinbox

ROOT = Path(__file__).resolve().parents[2]


def test_save_json_and_open_it_again(qtbot, window, tmp_path):
    click_row(qtbot, window, 1)
    type_into_spinbox(qtbot, window.builder.properties.field_widget("units"), "64")
    assert window.isWindowModified()
    path = tmp_path / "mine.json"
    assert window.save_json(path)
    assert not window.isWindowModified()
    assert "mine.json" in window.windowTitle()
    edited = window.doc.spec.copy()
    window.doc.reset(template("mlp_50"))
    assert window.open_path(path)
    assert window.doc.spec == edited
    assert cell(window, 1, COL_PARAMS) == "50,240"  # 784*64 + 64


@pytest.mark.parametrize("content", [b"{not json", b'{"input_shape": [784], "layers": [{"type": "Dens"}]}',
                                     b"\x00\x01\x02 binary"])
def test_bad_file_says_why_and_keeps_the_model(window, warnings_shown, tmp_path, content):
    before = window.doc.spec.copy()
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    assert not window.open_path(path)
    assert len(warnings_shown) == 1
    _title, text = warnings_shown[0]
    assert "broken.json" in text
    assert window.doc.spec == before


def test_save_failure_keeps_the_old_file(window, warnings_shown, tmp_path):
    target = tmp_path / "m.json"
    target.mkdir()  # a folder of that name cannot be replaced by the file (even as root)
    (target / "old").write_text("old")
    assert not window.save_json(target)
    assert (target / "old").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]  # no temporary file left
    assert "m.json" in warnings_shown[0][1]
    assert window.doc.modified or window.doc.path is None  # not marked saved


def test_export_python_from_the_window(window, tmp_path):
    path = tmp_path / "model.py"
    assert window.export_python(path)
    source = path.read_text()
    compile(source, str(path), "exec")
    assert 'keras.layers.Dense(300, activation="relu", name="dense")' in source


@pytest.mark.slow
def test_tensorflow_loads_in_background_then_keras_files_work(qtbot, tmp_path):
    """The real start-up path: status bar, enabled actions, .keras save and open with weights."""
    w = MainWindow(load_tensorflow=True)
    w.show()
    try:
        assert w.tf_status.text() == "Loading TensorFlow…"
        with qtbot.waitSignal(w.loader.loaded, timeout=120_000):
            pass
        assert w.tf_status.text().startswith("TensorFlow 2.")
        assert "Keras 3." in w.tf_status.text() and ("CPU" in w.tf_status.text() or "GPU" in
                                                      w.tf_status.text())
        assert w.save_keras_action.isEnabled()

        import keras

        trained = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(),
                                    keras.layers.Dense(8, activation="relu", name="hidden1"),
                                    keras.layers.Dense(10, activation="softmax")])
        trained.compile("sgd", "sparse_categorical_crossentropy", ["accuracy"])
        path = tmp_path / "notes.keras"
        trained.save(path)
        assert w.open_path(path)
        assert w.doc.weights is not None
        assert all(np.array_equal(a, b) for a, b in zip(w.doc.weights, trained.get_weights(),
                                                        strict=True))
        assert cell(w, 1, 0) == "hidden1 (Dense)"
        # Save it back as .keras: the weights travel along.
        out = tmp_path / "again.keras"
        assert w.save_keras(out)
        again = keras.saving.load_model(out)
        assert all(np.array_equal(a, b) for a, b in zip(again.get_weights(), trained.get_weights(),
                                                        strict=True))
        assert load_model_spec(out).to_dict()["layers"] == load_model_spec(path).to_dict()["layers"]
        # An edit that changes the architecture drops weights that no longer fit.
        click_row(qtbot, w, 1)
        type_into_spinbox(qtbot, w.builder.properties.field_widget("units"), "9")
        assert w.doc.weights is None
        qtbot.keyClick(w.builder.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    finally:
        w.doc.undo_stack.setClean()
        w.close()


def test_gui_import_and_first_show_do_not_import_tensorflow():
    code = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import main, gui.shell.app, gui.shell.main_window, gui.build.builder_panel, gui.build.layer_table
        import gui.build.property_editor, gui.build.compile_panel, gui.session.document, gui.session.tf_loader
        assert "tensorflow" not in sys.modules and "keras" not in sys.modules, "at import"
        app = gui.shell.app.create_app([])
        w = gui.shell.main_window.MainWindow(load_tensorflow=False)
        w.show()
        app.processEvents()
        assert "tensorflow" not in sys.modules and "keras" not in sys.modules, "after show"
        print("clean")
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "clean" in result.stdout
