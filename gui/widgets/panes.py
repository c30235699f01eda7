"""The panes the areas are made of: a column that scrolls only up and down, and splitters that
cannot squeeze a pane (a plot, a table) out of sight.

A QScrollArea with its horizontal bar turned off still scrolls sideways when its content is wider
than the viewport: focus moving to a cut-off spin box scrolls it into view, and the pane then shows
"ataset" and "pochs". VerticalPane is instead never narrower than its content's minimum width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QStyle, QWidget


class VerticalPane(QScrollArea):
    """A scroll area for a column of settings: as wide as its content needs, scrolls vertically only."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(content)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Never narrower than the content (see minimumSizeHint): nothing is left to scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _needed_width(self) -> int:
        content = self.widget()
        inner = content.minimumSizeHint().width() if content is not None else 0
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self.contentsMargins()
        return inner + bar + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._needed_width(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(max(self._needed_width(), super().sizeHint().width()), super().sizeHint().height())


def sturdy_splitter(orientation: Qt.Orientation, *panes: QWidget, sizes: list[int] | None = None,
                    stretch: list[int] | None = None) -> QSplitter:
    """A splitter of panes that no drag can collapse: each keeps at least its minimum size (hint)."""
    splitter = QSplitter(orientation)
    for pane in panes:
        splitter.addWidget(pane)
    splitter.setChildrenCollapsible(False)
    for i, factor in enumerate(stretch or []):
        splitter.setStretchFactor(i, factor)
    if sizes:
        splitter.setSizes(sizes)
    return splitter
