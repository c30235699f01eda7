"""The image grid as a student uses it: pages of neuron pictures, colours that mean the tile's values,
hover that reads the raw number, a click that enlarges a tile — checked against the real arrays."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from gui.widgets.image_grid import ImageGrid
from gui.widgets.tile_colours import (
    DIVERGING_STOPS,
    GAP_RGB,
    NEGATIVE_RGB,
    POSITIVE_RGB,
    ZERO_RGB,
    compose_mosaic,
    diverging_rgb,
    grey_rgb,
    tile_levels,
)


@pytest.fixture
def grid(qtbot):
    g = ImageGrid()
    qtbot.addWidget(g)
    g.resize(600, 500)
    g.show()
    qtbot.waitExposed(g)
    return g


def settle(qtbot, grid: ImageGrid) -> None:
    """Let pyqtgraph finish laying out (it takes a few turns of the event loop)."""
    last = None
    for _ in range(50):
        qtbot.wait(5)
        grid.view.grab()
        now = (grid.view_box.sceneBoundingRect(), grid.view_box.viewRect())
        if now == last:
            return
        last = now


def scene_point(grid: ImageGrid, index: int, row: int, col: int) -> QPointF:
    """The scene position of the centre of pixel (row, col) of image `index`."""
    row0, col0, h, _w = grid.tile_rect(index)
    zoom = h // grid.images.shape[1]
    return grid.view_box.mapViewToScene(QPointF(col0 + (col + 0.5) * zoom, row0 + (row + 0.5) * zoom))


def view_pos(grid: ImageGrid, index: int, row: int, col: int):
    return grid.view.mapFromScene(scene_point(grid, index, row, col))


def neurons(n: int = 300, seed: int = 0) -> np.ndarray:
    """n 28×28 'neurons', each with its own scale; pixel (5, 9) is its max, (10, 3) its min (= -max),
    (20, 20) is 0 and (14, 14) is half the max."""
    rng = np.random.default_rng(seed)
    scale = rng.uniform(0.01, 2.0, size=(n, 1, 1))
    images = rng.uniform(-0.4, 0.4, size=(n, 28, 28)) * scale
    images[:, 5, 9], images[:, 10, 3] = scale[:, 0, 0], -scale[:, 0, 0]
    images[:, 20, 20], images[:, 14, 14] = 0.0, 0.5 * scale[:, 0, 0]
    return images.astype(np.float32)


def rgb_at(grid: ImageGrid, index: int, row: int, col: int) -> tuple[int, ...]:
    """The mosaic's colour at pixel (row, col) of image `index`."""
    row0, col0, h, _w = grid.tile_rect(index)
    zoom = h // grid.images.shape[1]
    return tuple(int(v) for v in grid.mosaic[row0 + row * zoom, col0 + col * zoom])


def test_pages_of_300_neurons_and_the_next_button(grid, qtbot):
    images = neurons()
    grid.page_size = 100
    grid.set_images(images, [f"unit {u}" for u in range(300)], "diverging")
    assert grid.page_count == 3 and grid.page == 0
    assert grid.page_label.text() == "page 1 of 3 · images 1–100 of 300"
    assert not grid.prev_button.isEnabled() and grid.next_button.isEnabled()
    # Tiles flow to the view's shape (wider view: more columns), 1-pixel gaps between them.
    view = grid.view.size()
    columns = round((100 * view.width() / view.height()) ** 0.5)
    rows = -(-100 // columns)
    assert grid.mosaic.shape == (rows * 29 - 1, columns * 29 - 1, 3)
    qtbot.mouseClick(grid.next_button, Qt.MouseButton.LeftButton)
    assert grid.page == 1
    assert grid.page_label.text() == "page 2 of 3 · images 101–200 of 300"
    assert grid.tile_rect(100) == (0, 0, 28, 28)
    assert grid.tile_rect(100 + columns + 1) == (29, 29, 28, 28)  # second row, second column
    grid.resize(grid.width() * 2, grid.height())  # widened: re-flowed into more columns
    qtbot.waitUntil(lambda: grid.mosaic.shape[1] > (columns + 2) * 29, timeout=1000)
    with pytest.raises(IndexError):
        grid.tile_rect(5)  # on page 1, not shown now
    # The page shows images 101–200: tile 150's own max is the full red.
    assert rgb_at(grid, 150, 5, 9) == POSITIVE_RGB
    qtbot.mouseClick(grid.next_button, Qt.MouseButton.LeftButton)
    assert grid.page == 2 and not grid.next_button.isEnabled()
    qtbot.mouseClick(grid.prev_button, Qt.MouseButton.LeftButton)
    assert grid.page == 1


def test_the_page_is_kept_while_the_count_stays(grid):
    images = neurons()
    grid.set_images(images, [], "diverging")
    grid.set_page(2)
    grid.set_images(images * 1.01, [], "diverging")  # the next epoch's weights
    assert grid.page == 2
    grid.set_images(images[:150], [], "diverging")  # another layer
    assert grid.page == 0 and grid.page_count == 2
    grid.set_page(99)
    assert grid.page == 1
    grid.page_size = 50  # keeps image 101 on screen
    assert grid.page == 2 and grid.page_label.text() == "page 3 of 3 · images 101–150 of 150"


def test_each_tile_is_coloured_by_its_own_range(grid):
    images = neurons(n=30)
    grid.set_images(images, [f"unit {u}" for u in range(30)], "diverging")
    assert grid.mosaic.dtype == np.uint8 and np.array_equal(grid.images, images)
    half_up, half_down = DIVERGING_STOPS[3], DIVERGING_STOPS[1]  # the map at 0.75 and 0.25
    for k in (0, 7, 29):  # scales differ by up to 200×: each still reaches both ends
        assert rgb_at(grid, k, 5, 9) == POSITIVE_RGB
        assert rgb_at(grid, k, 10, 3) == NEGATIVE_RGB
        assert rgb_at(grid, k, 20, 20) == ZERO_RGB
        assert rgb_at(grid, k, 14, 14) == half_up
        row0, col0, h, w = grid.tile_rect(k)
        tile = grid.mosaic[row0:row0 + h, col0:col0 + w]
        assert np.array_equal(tile, diverging_rgb(images[k], np.abs(images[k]).max()))
    # Gaps between tiles are the gap colour; 30 tiles → 6 columns.
    assert tuple(grid.mosaic[28, 0]) == GAP_RGB and tuple(grid.mosaic[0, 28]) == GAP_RGB
    assert grid.tile_rect(6) == (29, 0, 28, 28)
    assert tuple(diverging_rgb(np.array([-0.5]), 1.0)[0]) == half_down


def test_grey_tiles_go_from_black_to_white(grid):
    images = np.zeros((4, 6, 6), dtype=np.float32)
    images[0, 1, 2] = 3.0   # all ≥ 0: 0 is black, 3 is white
    images[0, 2, 2] = 1.5
    images[1] -= 1.0        # has negatives: min..max
    images[1, 3, 3] = 1.0
    images[3] = 1.0         # all ≥ 0.5: still scaled from 0, so 1 is mid-grey, not black
    images[3, 0, 1] = 2.0
    grid.set_images(images, ["a", "b", "c", "d"], "grey")
    assert rgb_at(grid, 3, 0, 0) == (128, 128, 128) and rgb_at(grid, 3, 0, 1) == (255, 255, 255)
    assert rgb_at(grid, 0, 1, 2) == (255, 255, 255)
    assert rgb_at(grid, 0, 0, 0) == (0, 0, 0)
    assert rgb_at(grid, 0, 2, 2) == (128, 128, 128)
    assert rgb_at(grid, 1, 0, 0) == (0, 0, 0) and rgb_at(grid, 1, 3, 3) == (255, 255, 255)
    assert rgb_at(grid, 2, 0, 0) == (0, 0, 0)  # all zero: black, no division by zero
    assert grid.tile_rect(1)[2] == 24  # 6×6 tiles are enlarged 4× so the gaps stay thin


def test_rgb_tiles_are_min_max_normalised_over_their_channels(grid):
    rng = np.random.default_rng(3)
    images = rng.normal(size=(5, 3, 3, 3)).astype(np.float32)
    images[2, 0, 0] = [5.0, -5.0, 0.0]
    grid.set_images(images, [f"filter {f}" for f in range(5)], "rgb")
    assert rgb_at(grid, 2, 0, 0) == (255, 0, 128)
    lo, hi = images[4].min(), images[4].max()
    expected = np.rint((images[4, 1, 2] - lo) / (hi - lo) * 255).astype(int)
    assert rgb_at(grid, 4, 1, 2) == tuple(expected)
    assert grid.text_at(2, 0, 0) == "filter 2 · row 0, col 0: R 5, G -5, B 0"
    with pytest.raises(ValueError):
        grid.set_images(images[..., 0], [], "rgb")


def test_hover_reads_the_raw_value(grid, qtbot):
    images = neurons(n=20)
    grid.set_images(images, [f"unit {u}" for u in range(20)], "diverging")
    assert grid.text_at(17, 5, 9) == f"unit 17 · row 5, col 9: {float(images[17, 5, 9]):.4g}"
    settle(qtbot, grid)
    assert grid.tile_at(scene_point(grid, 17, 5, 9)) == (17, 5, 9)
    qtbot.wait(15)  # pyqtgraph drops moves within 10 ms of the last one
    qtbot.mouseMove(grid.view.viewport(), view_pos(grid, 17, 5, 9))
    assert grid.hover_text == grid.text_at(17, 5, 9)
    assert grid.hover_label.text() == grid.hover_text
    # What the student sees under the mouse is that pixel's colour: tile 17's max, its min, its 0.
    seen = grid.view.grab().toImage()
    for (row, col), colour in (((5, 9), POSITIVE_RGB), ((10, 3), NEGATIVE_RGB), ((20, 20), ZERO_RGB)):
        p = view_pos(grid, 17, row, col)
        c = seen.pixelColor(p.x(), p.y())
        assert (c.red(), c.green(), c.blue()) == colour
    row0, col0, _h, w = grid.tile_rect(3)
    gap = grid.view_box.mapViewToScene(QPointF(col0 + w + 0.5, row0 + 3))
    assert grid.tile_at(gap) is None
    qtbot.wait(15)
    qtbot.mouseMove(grid.view.viewport(), grid.view.mapFromScene(gap))
    assert grid.hover_text == ""


def test_small_filters_are_enlarged_and_hover_maps_back(grid, qtbot):
    filters = np.arange(8 * 3 * 3, dtype=np.float32).reshape(8, 3, 3) - 30
    grid.set_images(filters, [f"filter {f}" for f in range(8)], "diverging")
    assert grid.tile_rect(0)[2:] == (24, 24)
    settle(qtbot, grid)
    assert grid.tile_at(scene_point(grid, 6, 2, 1)) == (6, 2, 1)
    assert grid.text_at(6, 2, 1) == f"filter 6 · row 2, col 1: {filters[6, 2, 1]:g}"


def test_click_enlarges_the_tile_in_one_dialog(grid, qtbot):
    images = neurons(n=12)
    grid.set_images(images, [f"unit {u}" for u in range(12)], "diverging")
    settle(qtbot, grid)
    qtbot.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(grid, 7, 14, 14))
    dialog = grid.enlarged
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.index == 7 and "unit 7" in dialog.caption_label.text()
    assert np.array_equal(dialog.image_item.image, images[7])
    m = float(np.abs(images[7]).max())
    assert tuple(dialog.image_item.getLevels()) == pytest.approx((-m, m))
    assert dialog.colour_bar.levels() == pytest.approx((-m, m)) and dialog.colour_bar.isVisible()
    assert grid.enlarge(2) is dialog  # the same dialog, reused
    assert np.array_equal(dialog.image_item.image, images[2])
    grid.set_images(images * 2, [], "diverging")  # scrubbing epochs updates the open dialog
    assert np.array_equal(dialog.image_item.image, images[2] * 2)


def test_enlarged_grey_and_rgb_use_the_tiles_levels(grid):
    maps = np.abs(neurons(n=3))
    grid.set_images(maps, ["map 0", "map 1", "map 2"], "grey")
    dialog = grid.enlarge(1)
    assert tuple(dialog.image_item.getLevels()) == pytest.approx((0, maps[1].max()))
    rgb = np.random.default_rng(1).normal(size=(2, 5, 5, 3))
    grid.set_images(rgb, ["f0", "f1"], "rgb")
    dialog = grid.enlarge(1)
    assert np.array_equal(dialog.image_item.image, rgb[1]) and not dialog.colour_bar.isVisible()
    assert tuple(dialog.image_item.getLevels()) == pytest.approx((rgb[1].min(), rgb[1].max()))


def test_no_images(grid, qtbot):
    grid.set_images(np.zeros((0, 1, 1)), [], "grey")
    assert grid.page_count == 0 and grid.page_label.text() == "no images"
    assert grid.mosaic.size == 0
    assert not grid.prev_button.isEnabled() and not grid.next_button.isEnabled()
    settle(qtbot, grid)
    qtbot.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=grid.view.rect().center())
    assert grid.enlarged is None and grid.hover_text == ""


def test_export_png(grid, qtbot, tmp_path):
    grid.set_images(neurons(n=16), [], "diverging")
    settle(qtbot, grid)
    grid.export_png(tmp_path / "grid.png")
    image = QImage(str(tmp_path / "grid.png"))
    assert not image.isNull()
    assert abs(image.width() - grid.view.viewport().width()) <= 4
    assert abs(image.height() - grid.view.viewport().height()) <= 4
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 20


def test_colour_helpers():
    assert np.array_equal(compose_mosaic(np.zeros((3, 2, 2, 3), np.uint8), columns=2, gap=1)[:, 2],
                          np.full((5, 3), GAP_RGB, np.uint8))
    low, high = tile_levels(np.array([[[-2.0, 1.0]], [[0.0, 0.0]]]), "diverging")
    assert list(low) == [-2.0, -1.0] and list(high) == [2.0, 1.0]
    assert tuple(grey_rgb(np.array([0.0, 2.0, 4.0]), 0.0, 4.0)[1]) == (128, 128, 128)


def test_a_colour_bar_says_what_the_colours_mean(grid, qtbot):
    grid.set_images(neurons(n=8), [], "diverging")
    settle(qtbot, grid)
    bar = grid.colour_bar
    assert bar.isVisible()
    assert [text for _v, text in bar.axis._tickLevels[0]] == ["−max", "0", "+max"]
    seen = grid.view.grab().toImage()
    box = grid.view.mapFromScene(bar.bar.sceneBoundingRect()).boundingRect()
    top, bottom = seen.pixelColor(box.center().x(), box.top() + 2), seen.pixelColor(box.center().x(),
                                                                                    box.bottom() - 2)
    def near(c, rgb) -> bool:  # the bar's gradient is sampled a pixel or two inside its ends
        return max(abs(a - b) for a, b in zip((c.red(), c.green(), c.blue()), rgb, strict=True)) <= 4

    assert near(top, POSITIVE_RGB) and near(bottom, NEGATIVE_RGB)  # +max at the top, the tiles' red
    grid.set_images(np.abs(neurons(n=8)), [], "grey")
    assert [text for _v, text in bar.axis._tickLevels[0]] == ["lowest", "max"]
    grid.set_images(np.zeros((3, 4, 4, 3)), [], "rgb")
    assert not bar.isVisible()  # pictures in colour have no scale to name


def test_the_hover_text_never_describes_the_images_shown_before(grid, qtbot):
    grid.set_images(neurons(n=20), [f"unit {u}" for u in range(20)], "diverging")
    settle(qtbot, grid)
    qtbot.wait(15)
    qtbot.mouseMove(grid.view.viewport(), view_pos(grid, 17, 5, 9))
    assert grid.hover_text.startswith("unit 17")
    # The next model's filters: 8 of 3×3. The old "unit 17 …" must not stay under them.
    grid.set_images(np.ones((8, 3, 3)), [f"filter {f}" for f in range(8)], "diverging")
    assert not grid.hover_text.startswith("unit")
    assert grid.hover_label.text() in (" ", grid.hover_text)
