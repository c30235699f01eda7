"""Issue 20 (part): the learning-rate range test — the rule that suggests a rate, a real short run,
and Train ▸ Find a learning rate… with "Use it" as one undoable edit."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.training.lr_range import learning_rates, suggest


def test_the_suggestion_is_a_tenth_of_the_rate_where_the_loss_was_lowest() -> None:
    rates = list(learning_rates(1e-6, 1.0, 61))  # ten steps a decade
    lowest = 40  # at 1e-2
    losses = [2.3 - 2.0 * np.exp(-((i - lowest) / 12) ** 2) + (0.5 * (i - lowest) if i > lowest else 0)
              for i in range(61)]
    suggested, low, high = suggest(rates, losses)
    assert suggested == pytest.approx(rates[lowest] / 10) and low == pytest.approx(suggested / 10)
    assert high == pytest.approx(rates[lowest] / 3)
    assert suggest(rates, [2.3] * 61) == (None, None, None)  # it never fell
    with pytest.raises(ValueError, match="0 < start < end"):
        learning_rates(1.0, 1e-3, 10)


@pytest.mark.slow
def test_find_a_learning_rate_runs_the_test_and_puts_the_suggestion_in_the_model(qtbot, trainer_window):
    w = trainer_window
    panel = w.trainer
    before = w.doc.spec.compile.learning_rate
    qtbot.mouseClick(panel.settings.lr_button, Qt.MouseButton.LeftButton)
    dialog = panel.lr_dialog
    qtbot.waitUntil(lambda: dialog.result is not None or "could not run" in dialog.status.text(),
                    timeout=120_000)
    result = dialog.result
    assert result is not None and len(result.losses) >= 10, dialog.status.text()
    assert result.learning_rates == sorted(result.learning_rates)  # growing, batch by batch
    assert w.doc.spec.compile.learning_rate == before  # the test changes nothing by itself
    assert result.suggested is not None and dialog.use_button.isEnabled(), dialog.status.text()
    assert "Suggested learning rate" in dialog.status.text()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert w.doc.spec.compile.learning_rate == float(f"{result.suggested:.2g}")
    w.doc.undo_stack.undo()
    assert w.doc.spec.compile.learning_rate == before
