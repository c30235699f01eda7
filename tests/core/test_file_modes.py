"""Saved files keep the mode a teacher gave them (a 0644 handout stays readable to the class), new
ones get the umask's, and a killed save's temporary file is cleaned up by the next save."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from core.files.atomic import STALE_S, atomic_path, atomic_write_bytes
from core.model.templates import template
from core.model.workspace import Workspace, save_workspace
from core.training.history import write_history_csv

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


SAVERS = {
    "spec": lambda p: template("mlp_50").save(p),
    "workspace": lambda p: save_workspace(Workspace(template("mlp_50"), None, 0), p),
    "history csv": lambda p: write_history_csv([{"epoch": 1, "loss": 0.5}], p),
    "bytes": lambda p: atomic_write_bytes(p, b"x"),
}


@pytest.mark.parametrize("kind", list(SAVERS))
def test_a_new_file_gets_the_umasks_mode_and_an_existing_one_keeps_its_own(tmp_path, umask_022, kind):
    save = SAVERS[kind]
    new = tmp_path / f"new-{kind}.out"
    save(new)
    assert mode(new) == 0o644  # as open() makes it under umask 022; mkstemp's 0600 was kept before
    handout = tmp_path / f"handout-{kind}.out"
    handout.write_bytes(b"old")
    handout.chmod(0o664)
    save(handout)
    assert mode(handout) == 0o664
    private = tmp_path / f"private-{kind}.out"
    private.write_bytes(b"old")
    private.chmod(0o600)
    save(private)
    assert mode(private) == 0o600  # never widened either


def test_a_strict_umask_is_followed(tmp_path):
    old = os.umask(0o077)
    try:
        atomic_write_bytes(tmp_path / "f", b"x")
        with atomic_path(tmp_path / "g.keras", suffix=".keras") as tmp:
            tmp.write_bytes(b"y")
    finally:
        os.umask(old)
    assert mode(tmp_path / "f") == 0o600 and mode(tmp_path / "g.keras") == 0o600


def test_a_killed_saves_temporary_file_is_removed_by_the_next_save(tmp_path):
    target = tmp_path / "model.keras"
    stale = tmp_path / ".model.keras.abc123.keras"  # what kill -9 during a Keras save leaves
    fresh = tmp_path / ".model.keras.def456.keras"  # another save in progress right now
    for f in (stale, fresh):
        f.write_bytes(b"half")
    old = time.time() - STALE_S - 60
    os.utime(stale, (old, old))
    with atomic_path(target, suffix=".keras") as tmp:
        tmp.write_bytes(b"whole")
    assert target.read_bytes() == b"whole"
    assert not stale.exists() and fresh.exists()
    other = tmp_path / ".other.keras.abc.keras"  # another file's temporary: not ours to remove
    other.write_bytes(b"x")
    os.utime(other, (old, old))
    atomic_write_bytes(tmp_path / "notes.txt", b"n")
    assert other.exists()
