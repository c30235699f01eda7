"""What a failed piece of work tells the student, wherever it ran (a thread or the training process)."""

from __future__ import annotations


def failure_text(error: BaseException) -> str:
    """DigitScope's own errors (ValueErrors: DatasetError, SpecError, …) say what to do in their
    text; anything else is named by its type."""
    return str(error) if isinstance(error, ValueError) else f"{type(error).__name__}: {error}"
