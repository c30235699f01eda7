"""A tab whose panel is built just after the window's first paint, or at once when asked for.

The Train area (and the ones after it) import pyqtgraph, which costs a few hundred
milliseconds: building them after the first paint keeps "window on screen" under a
second. The tab is there from the start; its panel fills it a moment later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

P = TypeVar("P", bound=QWidget)


class LazyArea(QWidget, Generic[P]):
    """Holds the panel that factory() makes; panel() builds it on first use."""

    def __init__(self, factory: Callable[[], P]) -> None:
        super().__init__()
        self._factory = factory
        self._panel: P | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._panel is not None

    def panel(self) -> P:
        """The panel, built now if it was not yet."""
        if self._panel is None:
            self._panel = self._factory()
            self._layout.addWidget(self._panel)
        return self._panel
