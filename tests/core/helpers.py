"""Small helpers shared by the core tests."""

from __future__ import annotations

import math
from typing import Any


def count(weights: Any) -> int:
    """How many numbers a list of Keras variables holds."""
    return sum(math.prod(w.shape) for w in weights)


def keras_summary(model: Any, line_length: int | None = None) -> str:
    """What model.summary(print_fn=...) hands its print_fn (one string: the whole table)."""
    captured: list[str] = []
    model.summary(line_length=line_length, print_fn=lambda text, **_: captured.append(text))
    assert len(captured) == 1, captured
    return captured[0]
