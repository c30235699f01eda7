"""Issue 19: digits drawn in DigitScope as a dataset folder — written one sample at a time, read back
by load_dataset (the CLI's and Train's "Your own data"), split by writer, merged, refused when bad."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from core.data.catalogue import load_dataset
from core.data.collected import (
    IMAGES,
    MANIFEST,
    SAMPLES,
    Collection,
    Sample,
    merge_collections,
    split_by_writer,
)
from core.data.dataset import DatasetError
from core.drawing.strokes import strokes_to_input

PENDIGITS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "pendigits" / \
    "pendigits-test-strokes.jsonl"
STROKES = {0: [[(50, 10), (20, 50), (50, 90), (80, 50), (50, 10)]], 1: [[(50, 0), (50, 100)]],
           7: [[(10, 10), (90, 10), (45, 120)]]}


def sample(label: int, writer: str, strokes=None) -> Sample:
    strokes = strokes or STROKES.get(label, STROKES[1])
    image = (255 * strokes_to_input(strokes)).round().astype(np.uint8)
    return Sample(label, writer, strokes, image)


def collection(folder: Path, writers: dict[str, list[int]], names=None) -> Collection:
    c = Collection(folder, names)
    for writer, labels in writers.items():
        for label in labels:
            c.add(sample(label, writer))
    return c


def test_a_collection_is_written_at_once_and_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "class_7b"
    c = collection(folder, {"Jiwoo": [0, 1, 7], "Minseo": [0, 1, 7, 7]})
    assert c.counts()[:2] == [2, 2] and c.counts()[7] == 3
    # the open format: a manifest, strokes as JSON lines (the replay format), images as .npz
    assert json.loads((folder / MANIFEST).read_text())["format"] == "digitscope.collected"
    lines = [json.loads(x) for x in (folder / SAMPLES).read_text().splitlines()]
    assert [(x["label"], x["writer"]) for x in lines][:3] == [(0, "Jiwoo"), (1, "Jiwoo"), (7, "Jiwoo")]
    assert lines[2]["strokes"] == [[[10.0, 10.0], [90.0, 10.0], [45.0, 120.0]]]
    with np.load(folder / IMAGES) as f:
        assert f["x"].shape == (7, 28, 28) and f["x"].dtype == np.uint8 and list(f["writer"][:1]) == ["Jiwoo"]
    again = Collection(folder)  # reopened: the samples are there, images equal
    assert len(again.samples) == 7 and np.array_equal(again.samples[2].image, c.samples[2].image)
    again.remove(0)
    assert Collection(folder).counts()[0] == 1


def test_load_dataset_tests_on_writers_it_never_trains_on(tmp_path: Path) -> None:
    folder = tmp_path / "lab"
    collection(folder, {w: list(range(10)) for w in ("Ana", "Ben", "Chloe", "Dae", "Eun")},
               [str(i) for i in range(10)])
    data = load_dataset(folder)
    assert data.n_train == 40 and data.n_test == 10  # one writer of five: Eun
    assert "Eun" in data.source and data.class_names == [str(i) for i in range(10)]
    assert data.writers == ["Ana", "Ben", "Chloe", "Dae", "Eun"]
    train, test, held = split_by_writer(Collection(folder).samples, ["Ben", "Dae"])
    assert held == ["Ben", "Dae"] and {s.writer for s in train} & set(held) == set()
    assert {s.writer for s in test} == {"Ben", "Dae"}


def test_folders_copied_into_one_folder_read_as_one_and_merge(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    collection(shared / "student1", {"Ana": list(range(10))})
    collection(shared / "student2", {"Ben": list(range(10))})
    data = load_dataset(shared)
    assert data.n_train + data.n_test == 20 and data.writers == ["Ana", "Ben"]
    assert merge_collections([shared / "student1", shared / "student2"], tmp_path / "merged") == 20
    merged = Collection(tmp_path / "merged")
    assert sorted({s.writer for s in merged.samples}) == ["Ana", "Ben"]
    # the same folder merged again, or the target into itself: each digit is kept once
    assert merge_collections([shared / "student1"], tmp_path / "merged") == 20
    assert merge_collections([tmp_path / "merged"], tmp_path / "merged") == 20


@pytest.mark.parametrize(("make", "words"), [
    (lambda f: collection(f, {"Ana": list(range(10))}), "only one writer (Ana)"),
    (lambda f: collection(f, {"Ana": [0, 1, 2], "Ben": [0, 1, 2]}), "no samples of 3, 4, 5"),
    (lambda f: Collection(f), "no digits collected yet"),
    (lambda f: collection(f, {"Ana": [0, 1], "Cy": [0, 1, 2]}, ["0", "1", "2"]),
     "no training samples of 2: only the writers held out for testing (Cy) drew them"),
])
def test_what_cannot_be_a_dataset_is_said(tmp_path: Path, make, words: str) -> None:
    make(tmp_path / "c")
    with pytest.raises(DatasetError, match=words.replace("(", r"\(").replace(")", r"\)")):
        load_dataset(tmp_path / "c")


def test_a_class_added_last_is_spread_over_the_training_part(tmp_path: Path) -> None:
    # "+" collected after every digit: in drawing order it would all fall in the validation split.
    c = collection(tmp_path / "c", {"Ana": [0, 1] * 20, "Ben": [0, 1] * 20, "Cy": [0, 1]}, ["0", "1", "+"])
    for writer in ("Ana", "Ben", "Cy"):
        for _ in range(5):
            c.add(sample(2, writer))
    data = load_dataset(tmp_path / "c")
    last_tenth = data.y_train[-len(data.y_train) // 10:]
    assert set(last_tenth) != {2} and (data.y_train == 2).sum() == 10
    assert np.array_equal(load_dataset(tmp_path / "c").y_train, data.y_train)  # the same order every time


def test_damaged_or_foreign_folders_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    collection(folder, {"Ana": [0, 1], "Ben": [0, 1]}, ["0", "1"])
    (folder / IMAGES).write_bytes(b"not a zip")
    with pytest.raises(DatasetError, match=r"images\.npz: the rendered images are missing or damaged"):
        load_dataset(folder)
    lines = (folder / SAMPLES).read_text().splitlines()
    (folder / SAMPLES).write_text(lines[0] + "\n{not json\n")
    with pytest.raises(DatasetError, match=r"samples\.jsonl, line 2: not a drawn sample"):
        load_dataset(folder)
    (folder / MANIFEST).write_text('{"format": "something.else"}')
    with pytest.raises(DatasetError, match="not a DigitScope collected dataset"):
        load_dataset(folder)
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(DatasetError, match="holds other files"):
        Collection(other)
    assert (other / "notes.txt").read_text() == "mine"  # nothing lost


def test_merging_collections_of_other_classes_is_refused(tmp_path: Path) -> None:
    collection(tmp_path / "digits", {"Ana": [0, 1]}, ["0", "1"])
    collection(tmp_path / "ops", {"Ben": [0, 1]}, ["+", "−"])
    with pytest.raises(DatasetError, match="differ"):
        merge_collections([tmp_path / "digits", tmp_path / "ops"], tmp_path / "all")
    with pytest.raises(DatasetError, match=r"its classes \+, − differ from those of the collections merged "
                       r"into it \(0, 1\)"):
        merge_collections([tmp_path / "digits"], tmp_path / "ops")


@pytest.mark.skipif(not PENDIGITS.exists(), reason=f"no real pen trajectories at {PENDIGITS}")
def test_real_pen_digits_of_fourteen_writers(tmp_path: Path) -> None:
    """The pendigits writers as a class's collection: the writer split holds whole writers out."""
    c = Collection(tmp_path / "pen")
    with PENDIGITS.open() as f:
        for line in list(f)[:300]:
            r = json.loads(line)
            c.add(sample(r["label"], f"writer {r['writer']:02d}", r["strokes"]))
    data = load_dataset(tmp_path / "pen")
    writers = data.writers
    assert len(writers) >= 2 and data.n_train + data.n_test == 300
    assert data.x_train.shape[1:] == (28, 28) and data.x_train.max() > 200
