"""Many small images as one grid: a Dense layer's neurons as 28×28 pictures, a Conv2D's filters, feature maps.

Speed comes from drawing ONE picture: the current page of tiles is coloured with numpy and composed
into a single RGB mosaic (dark gaps between tiles) shown by one ImageItem. One ViewBox per tile costs
seconds for 300 tiles; the mosaic costs a few milliseconds. Hover and click map the mouse back to
(tile, row, column) of the raw array, so the student reads real values, not colours.

The colours are gui/widgets/tile_colours.py's, shared with the weight views.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.i18n import translate
from gui.widgets.image_files import export_png
from gui.widgets.tile_colours import (
    GAP_RGB,
    MODES,
    colour_tiles,
    compose_mosaic,
    diverging_colormap,
    grey_colormap,
    pixel_text,
    tile_levels,
    value_text,
)

MIN_TILE_PIXELS = 24  # smaller tiles (3×3 filters) are enlarged by whole pixels, so a 1-pixel gap stays thin
DEFAULT_PAGE_SIZE = 100


class EnlargedImage(QDialog):
    """One tile shown large with its caption, its raw values (hover) and a colour bar: the grid's dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.resize(460, 440)
        self.index = -1
        self.array = np.zeros((0, 0))
        self.caption = ""
        self.caption_label = QLabel()
        self.caption_label.setStyleSheet("font-weight: bold;")
        self.hover_label = QLabel(" ")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.plot = self.view.addPlot(row=0, col=0)
        self.plot.invertY(True)  # row 0 at the top, as the array prints
        self.plot.setAspectLocked(True)
        self.plot.setLabel("left", translate("EnlargedImage", "row"))
        self.plot.setLabel("bottom", translate("EnlargedImage", "column"))
        self.plot.setMenuEnabled(False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image_item)
        self.colour_bar = pg.ColorBarItem(values=(-1, 1), colorMap=diverging_colormap(), interactive=False,
                                          width=14, colorMapMenu=False)
        self.view.addItem(self.colour_bar, row=0, col=1)
        self.colour_bar.setImageItem(self.image_item)
        self._bar_attached = True
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hover_label)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def show_image(self, index: int, array: np.ndarray, caption: str, mode: str,
                   levels: tuple[float, float]) -> None:
        """Show the raw `array` coloured as in the grid: the same map and the same (low, high) levels."""
        self.index, self.array, self.caption = index, array, caption
        h, w = array.shape[:2]
        self.setWindowTitle(f"{caption} — {h}×{w}")
        self.caption_label.setText(translate("EnlargedImage", "{caption} — {height}×{width}, min {min}, "
                                             "max {max}").format(caption=caption, height=h, width=w,
                                                                 min=value_text(np.min(array)),
                                                                 max=value_text(np.max(array))))
        if mode == "rgb":  # RGB is coloured by its own channels: no colour map, no bar
            if self._bar_attached:
                self.colour_bar.setImageItem([])
                self._bar_attached = False
            self.colour_bar.hide()
            self.image_item.setLookupTable(None)
        else:
            if not self._bar_attached:
                self.colour_bar.setImageItem(self.image_item)
                self._bar_attached = True
            self.colour_bar.show()
            self.colour_bar.setColorMap(diverging_colormap() if mode == "diverging" else grey_colormap())
        self.image_item.setImage(array, autoLevels=False, levels=levels)
        if mode != "rgb":
            self.colour_bar.setLevels(levels)
        self.plot.autoRange(padding=0)
        self.hover_label.setText(" ")

    def text_at(self, row: int, col: int) -> str:
        """The hover text of pixel (row, col): caption, position and the raw value(s)."""
        return pixel_text(self.caption, row, col, self.array[row, col])

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if self.array.size == 0 or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return
        p = self.plot.vb.mapSceneToView(scene_pos)
        row, col = math.floor(p.y()), math.floor(p.x())
        if 0 <= row < self.array.shape[0] and 0 <= col < self.array.shape[1]:
            self.hover_label.setText(self.text_at(row, col))


class ImageGrid(QWidget):
    """A page of small images as one mosaic, with paging, hover values and click-to-enlarge.

    `set_images(images, captions, mode)` shows (n, h, w) arrays ("diverging", "grey") or (n, h, w, 3)
    arrays ("rgb"), each tile coloured by its own range (see `tile_levels`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = np.zeros((0, 1, 1))
        self.captions: list[str] = []
        self.mode = "grey"
        self.page = 0
        self.mosaic = np.zeros((0, 0, 3), dtype=np.uint8)
        self.hover_text = ""
        self.enlarged: EnlargedImage | None = None
        self._page_size = DEFAULT_PAGE_SIZE
        self._columns = 1
        self._zoom = 1  # mosaic pixels per tile pixel
        self._gap = 1
        self._levels = (np.zeros(0), np.zeros(0))

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(pg.mkColor(GAP_RGB))
        self.view.setToolTip(translate("ImageGrid", "Hover a tile to read a value; click it to enlarge. "
                                       "Wheel zooms, drag pans."))
        self.view_box = self.view.addViewBox(lockAspect=True, invertY=True, enableMenu=False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.view_box.addItem(self.image_item)
        # What the colours mean. Each tile is scaled to its own range (a filter's weights are small,
        # another layer's large), so the bar names the ends of that range; hover reads the value.
        self.colour_bar = pg.ColorBarItem(values=(-1, 1), colorMap=diverging_colormap(), interactive=False,
                                          width=12, pen=None)
        self.view.addItem(self.colour_bar, row=0, col=1)
        self.colour_bar.axis.setLabel(translate("ImageGrid", "each tile's own range"), color="w")
        self.colour_bar.axis.setTextPen("w")
        self._hover_pos: QPointF | None = None  # where the mouse last was over the tiles
        self._show_colour_bar()
        self.hover_label = QLabel(" ")
        self.hover_label.setContentsMargins(6, 0, 6, 0)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prev_button = QPushButton(translate("ImageGrid", "◀ Previous"))
        self.next_button = QPushButton(translate("ImageGrid", "Next ▶"))
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        pager = QHBoxLayout()
        pager.addWidget(self.prev_button)
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hover_label)
        layout.addLayout(pager)

        self.prev_button.clicked.connect(self._previous)
        self.next_button.clicked.connect(self._next)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self._render()

    # --- data and pages -------------------------------------------------------------------------
    @property
    def page_size(self) -> int:
        """Most tiles on one page (default 100); setting it keeps the first shown image on screen."""
        return self._page_size

    @page_size.setter
    def page_size(self, size: int) -> None:
        first = self.page * self._page_size
        self._page_size = max(1, int(size))
        self.page = first // self._page_size
        self._render()

    @property
    def page_count(self) -> int:
        """Pages needed for all images (0 when there are none)."""
        return math.ceil(len(self.images) / self._page_size)

    def set_images(self, images: np.ndarray, captions: Sequence[str], mode: str) -> None:
        """Show `images`: (n, h, w) for "diverging" or "grey", (n, h, w, 3) for "rgb"; n may be 0.

        The page is kept while n stays the same (scrubbing epochs), else it goes back to the first.
        Missing captions read "image i".
        """
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        images = np.array(images, copy=True)  # our own copy: hover must read what is drawn
        wanted = 4 if mode == "rgb" else 3
        if images.ndim != wanted or (mode == "rgb" and images.shape[-1] != 3):
            needed = "(n, h, w, 3)" if wanted == 4 else "(n, h, w)"
            raise ValueError(f"mode {mode!r} needs images of shape {needed}, not {images.shape}")
        if len(images) != len(self.images):
            self.page = 0
        self.images, self.mode = images, mode
        self._show_colour_bar()
        self.captions = [captions[i] if i < len(captions)
                         else translate("ImageGrid", "image {number}").format(number=i)
                         for i in range(len(images))]
        self.page = min(self.page, max(0, self.page_count - 1))
        self._render()
        # The hover text reads the new images (another model's tiles, another epoch), not the old.
        self._on_mouse_moved(self._hover_pos if self.view.underMouse() else None)
        if self.enlarged is not None and self.enlarged.isVisible():
            if self.enlarged.index < len(self.images):  # follow the new values (an epoch scrubbed)
                self.enlarge(self.enlarged.index)
            else:
                self.enlarged.hide()

    def _show_colour_bar(self) -> None:
        """The colour bar of the mode: blue −max to red +max, or black (lowest) to white (max);
        RGB images have no colour scale."""
        self.colour_bar.setVisible(self.mode != "rgb")
        if self.mode == "diverging":
            self.colour_bar.setColorMap(diverging_colormap())
            self.colour_bar.setLevels((-1, 1))
            ticks = [(-1, "−max"), (0, "0"), (1, "+max")]
        else:
            self.colour_bar.setColorMap(grey_colormap())
            self.colour_bar.setLevels((0, 1))
            ticks = [(0, translate("ImageGrid", "lowest")), (1, "max")]
        self.colour_bar.axis.setTicks([ticks])

    def set_page(self, k: int) -> None:
        """Show page k (0-based), clamped to the pages there are."""
        self.page = min(max(0, int(k)), max(0, self.page_count - 1))
        self._render()

    @Slot()
    def _previous(self) -> None:
        self.set_page(self.page - 1)

    @Slot()
    def _next(self) -> None:
        self.set_page(self.page + 1)

    def page_range(self) -> range:
        """The global indices of the images on the current page."""
        start = self.page * self._page_size
        return range(start, min(len(self.images), start + self._page_size))

    def _render(self) -> None:
        shown = self.page_range()
        n = len(self.images)
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.page_count - 1)
        if len(shown) == 0:
            self.page_label.setText(translate("ImageGrid", "no images"))
            self.mosaic = np.zeros((0, 0, 3), dtype=np.uint8)
            self.image_item.clear()
            self.hover_text = ""
            self.hover_label.setText(" ")
            return
        self.page_label.setText(translate("ImageGrid", "page {page} of {pages} · images {first}–{last} of "
                                          "{count}").format(page=self.page + 1, pages=self.page_count,
                                                            first=shown.start + 1, last=shown.stop, count=n))
        tiles = self.images[shown.start:shown.stop]
        self._levels = tile_levels(tiles, self.mode)
        coloured = colour_tiles(tiles, self.mode)
        h, w = coloured.shape[1:3]
        self._zoom = max(1, MIN_TILE_PIXELS // max(h, w, 1))
        if self._zoom > 1:  # whole-pixel enlargement keeps values crisp
            coloured = coloured.repeat(self._zoom, axis=1).repeat(self._zoom, axis=2)
        self._columns = self._best_columns(len(shown), h, w)
        previous_shape = self.mosaic.shape
        self.mosaic = compose_mosaic(coloured, self._columns, self._gap)
        self.image_item.setImage(self.mosaic, autoLevels=False, levels=(0, 255))
        if self.mosaic.shape != previous_shape:  # same layout (epoch scrubbed): keep the user's zoom
            self.view_box.autoRange(padding=0.02)

    def _best_columns(self, n: int, h: int, w: int) -> int:
        """As many columns as make the mosaic's shape closest to the view's (a wide view: a wide
        mosaic, so tiles are drawn as large as the space allows)."""
        size = self.view.size()
        aspect = size.width() / size.height() if size.height() > 50 and size.width() > 50 else 1.0
        return max(1, min(n, round(math.sqrt(n * aspect * h / max(w, 1)))))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        shown = self.page_range()
        if len(shown) and self._best_columns(len(shown), *self.images.shape[1:3]) != self._columns:
            self._render()  # e.g. the window was widened: re-flow the tiles

    # --- geometry ---------------------------------------------------------------------------------
    def tile_rect(self, index: int) -> tuple[int, int, int, int]:
        """(row0, col0, h, w) of image `index` (global) in the mosaic, in mosaic pixels.

        h and w include the enlargement of small tiles (a 3×3 filter is drawn 24×24).
        """
        shown = self.page_range()
        if index not in shown:
            raise IndexError(f"image {index} is not on the current page ({shown.start}–{shown.stop - 1})")
        r, c = divmod(index - shown.start, self._columns)
        h, w = (d * self._zoom for d in self.images.shape[1:3])
        return r * (h + self._gap), c * (w + self._gap), h, w

    def tile_at_pixel(self, x: float, y: float) -> tuple[int, int, int] | None:
        """(image index, row, col) of the raw array at mosaic point (x = column, y = row), or None
        over a gap, an empty slot or outside."""
        if self.mosaic.size == 0 or x < 0 or y < 0:
            return None
        h, w = (d * self._zoom for d in self.images.shape[1:3])
        r, y_in = divmod(math.floor(y), h + self._gap)
        c, x_in = divmod(math.floor(x), w + self._gap)
        if y_in >= h or x_in >= w or c >= self._columns:
            return None
        index = self.page_range().start + r * self._columns + c
        if index not in self.page_range():
            return None
        return index, y_in // self._zoom, x_in // self._zoom

    def tile_at(self, scene_pos: QPointF) -> tuple[int, int, int] | None:
        """(image index, row, col) under a position of the graphics scene (what hover and click use)."""
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.view_box.mapSceneToView(scene_pos)
        return self.tile_at_pixel(p.x(), p.y())

    def text_at(self, tile_index: int, row: int, col: int) -> str:
        """The hover text: "unit 17 · row 5, col 9: 0.0213" (RGB: "R …, G …, B …"), from the raw array."""
        return pixel_text(self.captions[tile_index], row, col, self.images[tile_index, row, col])

    # --- mouse ------------------------------------------------------------------------------------
    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF | None) -> None:
        self._hover_pos = scene_pos
        hit = None if scene_pos is None else self.tile_at(scene_pos)
        self.hover_text = "" if hit is None else self.text_at(*hit)
        self.hover_label.setText(self.hover_text or " ")

    @Slot(object)
    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        hit = self.tile_at(event.scenePos())
        if hit is not None:
            self.enlarge(hit[0])

    def enlarge(self, index: int) -> EnlargedImage:
        """Show image `index` large in the (one, non-modal) dialog, with its caption and colour bar."""
        if not 0 <= index < len(self.images):
            raise IndexError(f"no image {index} (there are {len(self.images)})")
        low, high = tile_levels(self.images[index:index + 1], self.mode)
        if self.enlarged is None:
            self.enlarged = EnlargedImage(self)
        self.enlarged.show_image(index, self.images[index], self.captions[index], self.mode,
                                 (float(low[0]), float(high[0])))
        self.enlarged.show()
        self.enlarged.raise_()
        return self.enlarged

    # --- export -----------------------------------------------------------------------------------
    def export_png(self, path: str | Path) -> None:
        """Save the grid as shown (current page) as a PNG."""
        export_png(self.view.scene(), path)
