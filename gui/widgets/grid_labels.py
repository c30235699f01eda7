"""GridLabels: a short text centred in every cell of a k×k grid of a pyqtgraph plot (a confusion
matrix's counts), drawn by one item in one paint.

One pg.TextItem per cell (a QGraphicsTextItem each) cost 90–110 ms to build for a 10-class matrix,
the window's longest pause after a run, and ~25 ms at every repaint. Here the font is chosen at
paint time from the cells' size on screen, so the counts fit their cells at any window size and
never run into their neighbours: too small to read at MIN_PIXELS, they are left out (the colours
and the hover text still tell).
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

MIN_PIXELS = 7.0  # a smaller font is not read on a lab laptop's screen
FILL = 0.84  # of a cell's width the widest text may take (room between neighbours)
HEIGHT_SHARE = 0.45  # of a cell's height the font may take


class GridLabels(pg.GraphicsObject):
    """Texts in data coordinates: cell (row, col) spans x in [col, col + 1], y in [row, row + 1]."""

    def __init__(self, max_pixels: float | None = None) -> None:
        super().__init__()
        self._texts: list[list[str]] = []
        self._colours: list[list[QColor]] = []
        self._bold: list[list[bool]] = []
        base = QFont()
        # No larger than the window's text and a half: counts, not headlines.
        self.max_pixels = max_pixels or 1.5 * QFontMetricsF(base).height()
        self.pixels = 0.0  # the font size of the last paint (0: texts left out or nothing painted)

    def set_cells(self, texts: Sequence[Sequence[str]], colours: Sequence[Sequence[tuple]],
                  bold: Sequence[Sequence[bool]]) -> None:
        """A k×k grid of texts, each with its RGB colour and weight (empty lists: nothing)."""
        self.prepareGeometryChange()
        self._texts = [list(map(str, row)) for row in texts]
        self._colours = [[QColor(*rgb[:3]) for rgb in row] for row in colours]
        self._bold = [[bool(b) for b in row] for row in bold]
        self.update()

    def texts(self) -> list[list[str]]:
        """The texts, [row][col]."""
        return [list(row) for row in self._texts]

    def colour(self, row: int, col: int) -> tuple[int, int, int]:
        """The RGB colour cell (row, col)'s text is drawn in."""
        c = self._colours[row][col]
        return c.red(), c.green(), c.blue()

    def is_bold(self, row: int, col: int) -> bool:
        return self._bold[row][col]

    def boundingRect(self) -> QRectF:
        k = len(self._texts)
        return QRectF(0, 0, k, k)

    def font_pixels(self, cell_width: float, cell_height: float) -> float:
        """The font size (pixels) that fits every text in cells of this size on screen; 0 when
        it would be below MIN_PIXELS."""
        widest = max((len(t) for row in self._texts for t in row), default=0)
        if not widest:
            return 0.0
        probe = QFont()
        probe.setBold(True)  # the wider of the two weights
        probe.setPixelSize(100)
        metrics = QFontMetricsF(probe)
        sample = max((t for row in self._texts for t in row), key=metrics.horizontalAdvance)
        by_width = 100 * FILL * cell_width / max(metrics.horizontalAdvance(sample), 1.0)
        size = min(by_width, HEIGHT_SHARE * cell_height, self.max_pixels)
        return size if size >= MIN_PIXELS else 0.0

    def paint(self, painter: QPainter, *_args: object) -> None:
        k = len(self._texts)
        if not k:
            self.pixels = 0.0
            return
        # Texts are drawn in device pixels (an item's data units are cells, and an inverted y axis
        # would mirror them); the transform maps each cell to the screen.
        transform = painter.transform()
        cell = transform.mapRect(QRectF(0, 0, 1, 1))
        self.pixels = self.font_pixels(abs(cell.width()), abs(cell.height()))
        if not self.pixels:
            return
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        fonts = {}
        for weight in (False, True):
            font = QFont()
            font.setBold(weight)
            font.setPixelSize(max(1, round(self.pixels)))
            fonts[weight] = font
        for r in range(k):
            for c in range(k):
                painter.setFont(fonts[self._bold[r][c]])
                painter.setPen(self._colours[r][c])
                painter.drawText(transform.mapRect(QRectF(c, r, 1, 1)), Qt.AlignmentFlag.AlignCenter,
                                 self._texts[r][c])
        painter.restore()
