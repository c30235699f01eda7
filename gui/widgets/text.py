"""Text cut to fit the room a label has (the whole text goes in its tooltip)."""

from __future__ import annotations


def shorten(text: str, width: int) -> str:
    """text, or its first width - 1 characters and an ellipsis when it is longer than width."""
    return text if len(text) <= width else text[: width - 1] + "…"
