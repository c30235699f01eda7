"""Fixtures of the fuzz tests.

Files are written into a fresh folder per example (a module-scoped scratch folder, since
function-scoped fixtures are not reset between hypothesis examples).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def keras_home(scratch: Path) -> Iterator[Path]:
    """$KERAS_HOME pointing at a scratch folder, for this module's tests only."""
    home = scratch / "keras-home"
    (home / "datasets").mkdir(parents=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KERAS_HOME", str(home))
        yield home
