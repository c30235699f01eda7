"""Core test fixtures: Keras imported once, lazily (collecting tests/core needs no TensorFlow)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def keras():
    """The keras module, imported on first use and shared by every test."""
    import keras

    return keras
