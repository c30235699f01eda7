"""Issue 19: collecting one's own digits in Draw & predict with real mouse events — asked for in turn,
Enter keeps each one in the dataset folder at once, counted, reviewed and deleted in the gallery —
and the folder read back as Train's own data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.data.catalogue import load_dataset
from core.data.collected import SAMPLES, Collection
from gui.benchmark.replay import fit_to_canvas, send_stroke

STROKES = {0: [[(50, 10), (20, 50), (50, 90), (80, 50), (50, 10)]], 1: [[(50, 0), (50, 100)]],
           2: [[(20, 30), (50, 10), (80, 30), (20, 90), (80, 90)]]}


def draw(canvas, strokes) -> None:
    for stroke in fit_to_canvas(strokes, canvas.width(), canvas.height()):
        send_stroke(canvas, stroke)


@pytest.fixture
def drawer(qtbot, window):
    window.areas.setCurrentWidget(window._draw_area)
    return window.drawer


def test_digits_asked_in_turn_kept_with_enter_counted_and_reviewed(qtbot, drawer, tmp_path: Path) -> None:
    bar = drawer.collect
    folder = tmp_path / "jiwoo"
    assert bar.start(str(folder), "Jiwoo", ["0", "1", "2"])
    assert bar.prompt.text() == "Draw a 0" and bar.collecting.isVisible()
    for expected in (0, 1, 2, 0):
        assert bar.prompt.text() == f"Draw a {expected}"
        draw(drawer.canvas, STROKES[expected])
        drawer.canvas.setFocus()
        qtbot.keyClick(drawer.canvas, Qt.Key.Key_Return)  # Enter keeps it
        assert drawer.canvas.strokes() == []  # cleared for the next one
    assert "0: 2" in bar.counts.text() and "4 in all" in bar.counts.text()
    lines = [json.loads(x) for x in (folder / SAMPLES).read_text().splitlines()]
    assert [(x["label"], x["writer"]) for x in lines] == [(k, "Jiwoo") for k in (0, 1, 2, 0)]
    # strokes kept as vectors, in canvas pixels; the image as the canvas renders it
    assert len(lines[1]["strokes"]) == 1 and len(lines[1]["strokes"][0]) == 2
    assert Collection(folder).samples[1].image.max() > 200
    # an empty canvas is not kept
    qtbot.keyClick(drawer.canvas, Qt.Key.Key_Return)
    assert "Draw the digit first" in drawer.message.text() and len(Collection(folder).samples) == 4
    # the gallery: delete the last 0
    gallery = bar.review()
    assert gallery.list.count() == 4
    gallery.list.item(3).setSelected(True)
    qtbot.mouseClick(gallery.delete_button, Qt.MouseButton.LeftButton)
    assert gallery.list.count() == 3 and len(Collection(folder).samples) == 3
    assert bar.prompt.text() == "Draw a 0"  # asked again: Jiwoo has one of each
    gallery.close()


def test_a_second_writer_and_trains_own_data(qtbot, drawer, tmp_path: Path) -> None:
    bar = drawer.collect
    folder = tmp_path / "class"
    for writer in ("Ana", "Ben"):
        assert bar.start(str(folder), writer, ["0", "1", "2"])
        for label in (0, 1, 2):
            draw(drawer.canvas, STROKES[label])
            qtbot.mouseClick(bar.accept_button, Qt.MouseButton.LeftButton)
        bar.stop()
    data = load_dataset(folder)
    assert (data.n_train, data.n_test) == (3, 3) and data.writers == ["Ana", "Ben"]  # Ben held out


def test_what_stops_collecting_is_said(qtbot, drawer, tmp_path: Path) -> None:
    bar = drawer.collect
    assert not bar.start(str(tmp_path / "x"), "", None)
    assert "Type your name" in drawer.message.text()
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "essay.txt").write_text("mine")
    assert not bar.start(str(taken), "Ana", None)
    assert "holds other files" in drawer.message.text() and (taken / "essay.txt").read_text() == "mine"


def test_file_menu_merges_the_students_folders_writers_kept(qtbot, window, drawer, tmp_path: Path) -> None:
    bar = drawer.collect
    for writer in ("Ana", "Ben"):  # each student on their own laptop: their own folder
        assert bar.start(str(tmp_path / "handed-in" / writer), writer, ["0", "1", "2"])
        for label in (0, 1, 2):
            draw(drawer.canvas, STROKES[label])
            qtbot.mouseClick(bar.accept_button, Qt.MouseButton.LeftButton)
        bar.stop()
    target = tmp_path / "class"
    assert window.merge_datasets([tmp_path / "handed-in"], target)
    assert "6 digits by 2 writers" in window.statusBar().currentMessage()
    assert load_dataset(target).writers == ["Ana", "Ben"]
    # a folder of other classes is refused, the merged folder left as it was
    assert bar.start(str(tmp_path / "letters"), "Cy", ["a", "b"])
    draw(drawer.canvas, STROKES[1])
    qtbot.mouseClick(bar.accept_button, Qt.MouseButton.LeftButton)
    bar.stop()
    messages: list[str] = []
    window._error = lambda title, text: messages.append(text)
    assert not window.merge_datasets([tmp_path / "letters"], target)
    assert "differ" in messages[0] and len(Collection(target).samples) == 6
