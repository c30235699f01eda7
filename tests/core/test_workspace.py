"""Workspace files: exact round trips, atomic saves, and every damaged file refused with a message."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model.templates import template
from core.model.workspace import (
    RunRecord,
    Workspace,
    WorkspaceError,
    load_workspace,
    save_workspace,
    to_bytes,
)


def sample() -> Workspace:
    rng = np.random.default_rng(0)
    weights = [rng.normal(size=shape).astype(np.float32)
               for shape in ((784, 300), (300,), (300, 100), (100,), (100, 10), (10,))]
    run = RunRecord("run 1: sgd lr=0.01, 2 epochs", {"config": {"epochs": 2, "batch_size": 32}},
                    [{"epoch": 1, "loss": 0.61, "accuracy": 0.8},
                     {"epoch": 2, "loss": 0.5, "val_loss": 0.55}],
                    rng.random(36), rng.random(36), rng.random(36))
    return Workspace(template("mlp_300_100"), weights, 2, {"dataset": "fashion_mnist", "epochs": 2},
                     [run], [[(10.5, 20.25), (11.0, 40.0)], [(5.0, 5.0)]], (400, 500))


def test_round_trip_is_exact(tmp_path):
    ws = sample()
    path = tmp_path / "lab.digitscope"
    save_workspace(ws, path)
    back = load_workspace(path)
    assert back.spec == ws.spec and back.settings == ws.settings and back.epochs_done == 2
    for a, b in zip(back.weights, ws.weights, strict=True):
        assert a.dtype == b.dtype and np.array_equal(a, b)  # bit for bit
    r, s = back.runs[0], ws.runs[0]
    assert r.label == s.label and r.info == s.info and r.epochs == s.epochs
    for a, b in ((r.batch_x, s.batch_x), (r.batch_loss, s.batch_loss), (r.batch_acc, s.batch_acc)):
        assert np.array_equal(a, b)
    assert back.strokes == ws.strokes and back.canvas_size == (400, 500)
    history = zipfile.ZipFile(path).read("history.csv").decode()
    assert history.splitlines()[0] == "run,epoch,loss,accuracy,val_loss"
    assert history.splitlines()[2] == "1,2,0.5,,0.55"


def test_the_history_has_each_epoch_once_under_the_run_that_trained_it(tmp_path):
    """Run 2 continued run 1's weights: its curves show epochs 1-4, it trained 3-4."""
    rows = [{"epoch": e, "loss": 1.0 / e} for e in range(1, 5)]
    x = np.arange(4.0)
    runs = [RunRecord("run 1", {"first_epoch": 0}, rows[:2], x[:2], x[:2], x[:2]),
            RunRecord("run 2", {"first_epoch": 2}, rows, x, x, x),
            RunRecord("run 3 (an older workspace: no first_epoch)", {}, rows[:1], x[:1], x[:1], x[:1])]
    path = tmp_path / "lab.digitscope"
    save_workspace(Workspace(template("mlp_50"), None, 0, {}, runs), path)
    lines = zipfile.ZipFile(path).read("history.csv").decode().splitlines()
    assert [line.split(",")[:2] for line in lines[1:]] == [["1", "1"], ["1", "2"], ["2", "3"], ["2", "4"],
                                                           ["3", "1"]]
    assert load_workspace(path).runs[1].epochs == rows  # the curves keep all they showed


def test_a_workspace_without_weights_or_runs(tmp_path):
    path = tmp_path / "empty.digitscope"
    save_workspace(Workspace(template("mlp_50")), path)
    back = load_workspace(path)
    assert back.weights is None and back.runs == [] and back.strokes == []


def test_a_failed_save_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "lab.digitscope"
    save_workspace(sample(), path)
    before = path.read_bytes()

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("core.files.atomic.os.fsync", disk_full)
    with pytest.raises(WorkspaceError, match=r"No space left on device.*previous file.*unchanged"):
        save_workspace(Workspace(template("mlp_50")), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["lab.digitscope"]


def test_saving_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(WorkspaceError, match="could not save"):
        save_workspace(sample(), tmp_path / "no" / "such" / "lab.digitscope")


def zip_with(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buffer.getvalue()


def good_meta() -> dict:
    return json.loads(zipfile.ZipFile(io.BytesIO(to_bytes(sample()))).read("workspace.json"))


@pytest.mark.parametrize("content, message", [
    (b"", "not a zip file"),
    (b"PK\x03\x04 truncated", "not a zip file"),
    (to_bytes(sample())[:500], "not a zip file|damaged"),
    (zip_with({"other.txt": b"x"}), "no workspace.json"),
    (zip_with({"workspace.json": b"{not json"}), "workspace.json inside is damaged"),
    (zip_with({"workspace.json": json.dumps({"format": "other"}).encode()}), "another format"),
    (zip_with({"workspace.json": json.dumps(good_meta() | {"version": 99}).encode()}), "newer DigitScope"),
    (zip_with({"workspace.json": json.dumps(good_meta() | {"spec": {"input_shape": [28, 28], "layers": [
        {"type": "Dense9"}]}}).encode()}), "its model: .*Dense9"),
    (zip_with({"workspace.json": json.dumps(good_meta()).encode()}), "weights.npz\\) are missing"),
    (zip_with({"workspace.json": json.dumps(good_meta()).encode(), "weights.npz": b"garbage"}),
     "weights.npz inside is damaged"),
    (zip_with({"workspace.json": json.dumps(good_meta() | {"has_weights": False, "strokes": [[[1, "a"]]]})
               .encode()}), "strokes"),
    (zip_with({"workspace.json": json.dumps(good_meta() | {"has_weights": False, "epochs_done": -3})
               .encode()}), "epochs_done"),
    (zip_with({"workspace.json": json.dumps(good_meta() | {"has_weights": False, "runs": [{"x": 1}]})
               .encode()}), "run 1 must have"),
])
def test_damaged_files_are_refused_with_the_file_name(tmp_path, content, message):
    path = tmp_path / "bad.digitscope"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=message) as e:
        load_workspace(path)
    assert str(e.value).startswith("bad.digitscope: ")


def test_pickled_weights_are_never_loaded(tmp_path):
    buffer = io.BytesIO()
    np.savez(buffer, w000=np.array([{"evil": 1}], dtype=object))
    path = tmp_path / "pickle.digitscope"
    path.write_bytes(zip_with({"workspace.json": json.dumps(good_meta()).encode(),
                               "weights.npz": buffer.getvalue()}))
    with pytest.raises(WorkspaceError, match="damaged"):
        load_workspace(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000))
def test_any_bytes_either_load_or_are_refused_with_a_message(tmp_path, data):
    path = tmp_path / "fuzz.digitscope"
    path.write_bytes(data)
    with pytest.raises(WorkspaceError) as e:
        load_workspace(path)
    assert "fuzz.digitscope" in str(e.value)


SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5)
JSONISH = st.recursive(SCALARS, lambda children: st.lists(children, max_size=3)
                       | st.dictionaries(st.text(max_size=8), children, max_size=3), max_leaves=10)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(["spec", "settings", "epochs_done", "runs", "strokes", "canvas_size",
                            "has_weights", "version"]), value=JSONISH)
def test_any_field_value_loads_or_is_refused_with_a_message(tmp_path, key, value):
    meta = good_meta() | {key: value}
    path = tmp_path / "field.digitscope"
    path.write_bytes(zip_with({"workspace.json": json.dumps(meta).encode()}))
    try:
        load_workspace(path)
    except WorkspaceError as e:
        assert str(e).startswith("field.digitscope: ")
