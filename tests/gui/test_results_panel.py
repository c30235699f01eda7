"""The results panel as a student sees it after training: headline, confusion matrix, gallery, bars."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter

from gui.train.results_panel import EMPTY_TEXT, GALLERY_LIMIT, MATRIX_COLOURS, ResultsPanel, contrast
from gui.widgets.grid_labels import MIN_PIXELS

FASHION = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
           "Ankle boot"]
CIFAR = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
NAMES = ["zero", "one", "two", "three"]
# counts[true, predicted] of the synthetic test set: 60 images, one empty cell (0, 3).
KNOWN = np.array([[12, 2, 1, 0],
                  [1, 14, 0, 3],
                  [4, 0, 9, 2],
                  [1, 1, 1, 9]])


def make_results(counts: np.ndarray, seed: int = 0, shape: tuple[int, ...] = (28, 28)):
    """labels, predicted, probabilities (argmax = predicted), images for a given confusion matrix."""
    rng = np.random.default_rng(seed)
    k = len(counts)
    pairs = [(t, p) for t in range(k) for p in range(k) for _ in range(counts[t, p])]
    order = rng.permutation(len(pairs))
    labels = np.array([pairs[i][0] for i in order], dtype=np.int64)
    predicted = np.array([pairs[i][1] for i in order], dtype=np.int64)
    logits = rng.normal(0, 1, (len(pairs), k))
    logits[np.arange(len(pairs)), predicted] += 6
    probabilities = (np.exp(logits) / np.exp(logits).sum(1, keepdims=True)).astype(np.float32)
    images = rng.integers(0, 256, (len(pairs), *shape), dtype=np.uint8)
    return labels, predicted, probabilities, images


@pytest.fixture
def panel(qtbot):
    p = ResultsPanel()
    qtbot.addWidget(p)
    p.resize(700, 650)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.clear()


@pytest.fixture
def shown(panel, qtbot):
    """The panel showing the synthetic results of KNOWN."""
    labels, predicted, probabilities, images = make_results(KNOWN)
    panel.show_results(0.331, 0.8851, labels, predicted, probabilities, images, NAMES)
    settle(qtbot, panel)
    return panel, labels, predicted, probabilities, images


def settle(qtbot, panel: ResultsPanel) -> None:
    """Let Qt lay the panel out: its plots take a few turns of the event loop to reach their size."""
    last = None
    for _ in range(100):
        qtbot.wait(10)
        panel.grab()  # a paint: pyqtgraph brings its views' transforms up to date first
        now = [(p.vb.sceneBoundingRect(), p.getAxis("bottom").geometry())
               for p in (panel.matrix_plot, panel.accuracy_plot)]
        if now == last:
            return
        last = now


def cell_centre(panel: ResultsPanel, row: int, col: int) -> QPoint:
    """Where on the matrix plot's viewport the centre of cell (true=row, predicted=col) is drawn."""
    scene = panel.image.mapToScene(QPointF(col + 0.5, row + 0.5))
    return panel.matrix_view.mapFromScene(scene)


def text_pixels(panel: ResultsPanel, picture: QImage, row: int, col: int, rgb: tuple) -> int:
    """How many pixels of cell (row, col), as painted, are within a little of the colour rgb."""
    dpr = picture.devicePixelRatio()
    a, b = (panel.matrix_view.mapFromScene(panel.image.mapToScene(QPointF(col + dx, row + dy)))
            for dx, dy in ((0.1, 0.1), (0.9, 0.9)))
    n = 0
    for y in range(int(min(a.y(), b.y()) * dpr), int(max(a.y(), b.y()) * dpr)):
        for x in range(int(min(a.x(), b.x()) * dpr), int(max(a.x(), b.x()) * dpr)):
            p = picture.pixelColor(x, y)
            n += abs(p.red() - rgb[0]) + abs(p.green() - rgb[1]) + abs(p.blue() - rgb[2]) < 40
    return n


def click(qtbot, panel: ResultsPanel, pos: QPoint) -> None:
    qtbot.mouseClick(panel.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def bottom_labels(plot) -> list[str]:
    return [text for _x, text in plot.getAxis("bottom")._tickLevels[0]]  # the fixed ticks set on it


def unwrap(label: str) -> str:
    """A two-line tick label read as one name: 'T-shirt/\\ntop' -> 'T-shirt/top', 'Ankle\\nboot' -> ..."""
    return label.strip("\n").replace("/\n", "/").replace("-\n", "-").replace("\n", " ")


def test_before_training_the_panel_says_what_will_appear(panel):
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text().startswith(EMPTY_TEXT)
    assert panel.matrix().shape == (0, 0)


def test_headline_reads_accuracy_loss_and_count(panel):
    labels, predicted, probabilities, images = make_results(np.diag([1000] * 10))
    panel.show_results(0.331, 0.8851, labels, predicted, probabilities, images, [str(i) for i in range(10)])
    assert panel.headline.text() == "Test accuracy 88.51% · test loss 0.3310 · 10,000 test images"
    assert panel.stack.currentWidget() is not panel.empty_label


def test_matrix_counts_are_the_known_matrix_and_written_in_every_cell(shown):
    panel, labels, *_ = shown
    m = panel.matrix()
    np.testing.assert_array_equal(m, KNOWN)
    assert m.sum() == len(labels) == 60
    np.testing.assert_array_equal(panel.image.image, KNOWN)  # the colours drawn: rows true, columns predicted
    assert panel.cell_labels.texts() == [[str(v) for v in row] for row in KNOWN]
    assert panel.cell_labels.pixels >= MIN_PIXELS  # painted, in a font one can read
    # each count is painted inside its own cell: the cell's pixels hold its text's colour
    picture = panel.matrix_view.grab().toImage()
    for r in range(4):
        for c in range(4):
            colour = panel.cell_labels.colour(r, c)
            assert text_pixels(panel, picture, r, c, colour) > 3, (r, c, colour)


def test_counts_contrast_with_their_cells(shown):
    panel = shown[0]
    top = KNOWN.max()
    for r in range(4):
        for c in range(4):
            text = panel.cell_labels.colour(r, c)
            cell = MATRIX_COLOURS.map(KNOWN[r, c] / top, mode=pg.ColorMap.BYTE)
            if KNOWN[r, c]:
                assert contrast(text, cell) >= 4.5, (r, c)
            else:  # a zero is grey: there, but quieter than the counts
                assert 2 < contrast(text, cell) < contrast((0, 0, 0), cell)
    assert panel.cell_labels.colour(1, 1) == (255, 255, 255)  # white on the darkest
    assert [panel.cell_labels.is_bold(r, c) for r in range(4) for c in range(4)] == \
        [r == c for r in range(4) for c in range(4)]  # the diagonal, the right answers, in bold


@pytest.mark.parametrize(("true", "pred"), [(1, 3), (2, 0), (0, 0), (3, 2)])
def test_clicking_a_cell_emits_it_and_shows_exactly_its_images(shown, qtbot, true, pred):
    panel, labels, predicted, probabilities, images = shown
    with qtbot.waitSignal(panel.cellChosen, timeout=2000) as signal:
        click(qtbot, panel, cell_centre(panel, true, pred))
    assert signal.args == [true, pred]
    gallery = panel.galleries[-1]
    assert gallery.isVisible() and not gallery.isModal()
    expected = np.flatnonzero((labels == true) & (predicted == pred))
    assert len(expected) == KNOWN[true, pred]
    np.testing.assert_array_equal(gallery.indices, expected)
    n = len(expected)
    assert gallery.windowTitle() == (f"True {NAMES[true]}, predicted {NAMES[pred]} — "
                                     f"{n} image{'' if n == 1 else 's'}")
    captions = []
    for i in expected:
        caption = f"{NAMES[pred]}: {100 * probabilities[i, pred]:.0f}%"
        if true != pred:
            caption += f" ({NAMES[true]}: {100 * probabilities[i, true]:.0f}%)"
        captions.append(caption)
    assert gallery.captions == captions
    # the pictures are those images, enlarged 3× with whole pixels
    assert len(gallery.image_labels) == n
    for i, label in zip(expected, gallery.image_labels, strict=True):
        picture = label.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        assert (picture.width(), picture.height()) == (84, 84)
        for y, x in ((0, 0), (5, 17), (27, 27), (13, 2)):
            assert picture.pixelColor(3 * x + 1, 3 * y + 1).red() == images[i][y, x]


def test_the_captions_are_the_labels_under_the_pictures(shown, qtbot):
    panel = shown[0]
    gallery = panel.open_gallery(1, 3)
    texts = {w.text() for w in gallery.findChildren(type(gallery.header))}
    assert set(gallery.captions) <= texts
    assert gallery.captions[0].startswith("three: ") and "(one: " in gallery.captions[0]


def test_a_click_outside_the_matrix_opens_nothing(shown, qtbot):
    panel = shown[0]
    chosen = []
    panel.cellChosen.connect(lambda t, p: chosen.append((t, p)))
    below = cell_centre(panel, 3, 1) + QPoint(0, 60)  # on the "predicted class" axis
    click(qtbot, panel, below)
    qtbot.wait(20)
    assert chosen == [] and panel.galleries == []


def test_an_empty_cell_says_there_are_no_such_images(shown, qtbot):
    panel = shown[0]
    with qtbot.waitSignal(panel.cellChosen, timeout=2000):
        click(qtbot, panel, cell_centre(panel, 0, 3))
    gallery = panel.galleries[-1]
    assert gallery.windowTitle() == "True zero, predicted three — 0 images"
    assert gallery.header.text() == "No test image of class zero was predicted as three."
    assert gallery.image_labels == [] and len(gallery.indices) == 0


def test_a_big_cell_shows_the_first_hundred_and_says_how_many(panel):
    counts = np.array([[150, 5], [3, 40]])
    labels, predicted, probabilities, images = make_results(counts)
    panel.show_results(0.2, 190 / 198, labels, predicted, probabilities, images, ["a", "b"])
    gallery = panel.open_gallery(0, 0)
    assert len(gallery.image_labels) == GALLERY_LIMIT == 100
    assert gallery.windowTitle() == "True a, predicted a — 150 images"
    assert "Showing the first 100 of 150" in gallery.header.text()
    assert gallery.captions[0] == f"a: {100 * probabilities[gallery.indices[0], 0]:.0f}%"


def test_colour_images_keep_their_colours(panel):
    labels, predicted, probabilities, images = make_results(np.array([[3, 1], [2, 4]]), shape=(32, 32, 3))
    panel.show_results(0.5, 0.7, labels, predicted, probabilities, images, ["cat", "dog"])
    gallery = panel.open_gallery(1, 0)
    i = gallery.indices[0]
    picture = gallery.image_labels[0].pixmap().toImage()
    assert picture.width() == 96  # 32 × 3
    colour = picture.pixelColor(3 * 7 + 1, 3 * 11 + 1)
    assert (colour.red(), colour.green(), colour.blue()) == tuple(images[i][11, 7])


def test_per_class_accuracy_bars_are_the_diagonal_over_row_sums(shown):
    panel = shown[0]
    expected = 100 * np.diag(KNOWN) / KNOWN.sum(axis=1)
    np.testing.assert_allclose(panel.bars.opts["width"], expected)
    np.testing.assert_array_equal(panel.bars.opts["y"], np.arange(4))
    assert [t.toPlainText() for t in panel.bar_texts] == [f"{v:.1f}" for v in expected]
    assert [t.pos().x() for t in panel.bar_texts] == pytest.approx(expected)  # at each bar's end
    assert [text for _y, text in panel.accuracy_plot.getAxis("left")._tickLevels[0]] == NAMES
    assert panel.overall_line.value() == pytest.approx(88.51)
    # The axis ends at 100 %; a long bar has its value inside, at its end, a short one after it.
    assert panel.accuracy_plot.vb.viewRange()[0][1] <= 103
    panel.grab()
    vb = panel.accuracy_plot.vb
    for value, item in zip(expected, panel.bar_texts, strict=True):
        end = vb.mapViewToScene(QPointF(value, 0)).x()
        box = item.sceneBoundingRect()
        assert (box.right() <= end + 1) if value >= 50 else (box.left() >= end - 1), (value, box, end)
        assert box.right() <= vb.sceneBoundingRect().right() + 1  # every value inside the plot


def test_clear_goes_back_to_the_empty_state(shown, qtbot):
    panel = shown[0]
    gallery = panel.open_gallery(1, 3)
    panel.clear()
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.matrix().shape == (0, 0)
    assert panel.headline.text() == ""
    assert not gallery.isVisible() and panel.galleries == []
    assert panel.cell_labels.texts() == []
    # and it can show results again
    labels, predicted, probabilities, images = make_results(np.array([[2, 1], [0, 3]]))
    panel.show_results(0.4, 5 / 6, labels, predicted, probabilities, images, ["a", "b"])
    assert panel.cell_labels.texts() == [["2", "1"], ["0", "3"]]


@pytest.mark.parametrize("width", [600, 700, 1000, 1800])  # from 720: the bars beside the matrix
@pytest.mark.parametrize("names", [FASHION, CIFAR], ids=["fashion", "cifar"])
def test_long_class_names_label_the_axes_without_overlapping(panel, qtbot, names, width):
    panel.resize(width, 650)
    counts = np.diag([890] * 10) + 10  # 10,000 images: four-digit counts make the colour bar wide
    labels, predicted, probabilities, images = make_results(counts)
    panel.show_results(0.5, 0.9, labels, predicted, probabilities, images, names)
    settle(qtbot, panel)
    side_by_side = panel.splitter.orientation() == Qt.Orientation.Horizontal
    assert side_by_side == (width >= 720)
    # the per-class bars are horizontal: their class names are on the left axis, one per row
    assert [text for _y, text in panel.accuracy_plot.getAxis("left")._tickLevels[0]] == names
    plot = panel.matrix_plot
    rows = [text for _x, text in plot.getAxis("left")._tickLevels[0]]
    labels_shown = bottom_labels(plot)
    if width == 1800:
        assert not panel.columns_numbered  # wide columns: named by class
    if panel.columns_numbered:
        # The names do not fit the columns: the columns say the class numbers, the rows name them.
        assert labels_shown == [str(i) for i in range(10)]
        assert rows == [f"{name} ({i})" for i, name in enumerate(names)]
    else:
        assert rows == names
        assert [unwrap(t) for t in labels_shown] == names
    # every line under a column fits in the column: nothing overlaps its neighbour
    axis = plot.getAxis("bottom")
    metrics = QFontMetrics(axis.style["tickFont"])
    column = plot.vb.mapViewToScene(QPointF(1, 0)).x() - plot.vb.mapViewToScene(QPointF(0, 0)).x()
    lines = [t.split("\n") for t in labels_shown]
    for label in lines:
        for line in label:
            assert metrics.horizontalAdvance(line) < column, (line, column)
    assert axis.height() >= max(len(x) for x in lines) * metrics.lineSpacing()
    # and every one of them is drawn (pyqtgraph drops labels that stick out of the axis too far)
    canvas = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(canvas)
    try:
        drawn = [spec[2] for spec in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()
    assert drawn == labels_shown
    assert panel.matrix_plot.getAxis("left").labelText == "true class"
    assert panel.matrix_plot.getAxis("bottom").labelText == "predicted class"


def test_column_labels_follow_the_width_of_the_columns(panel, qtbot):
    """Narrowed, the columns switch to numbers; widened again, back to the names."""
    counts = np.diag([890] * 10) + 10
    labels, predicted, probabilities, images = make_results(counts)
    panel.resize(1800, 650)
    panel.show_results(0.5, 0.9, labels, predicted, probabilities, images, FASHION)
    settle(qtbot, panel)
    assert not panel.columns_numbered
    panel.resize(730, 650)
    settle(qtbot, panel)
    assert panel.columns_numbered and bottom_labels(panel.matrix_plot)[9] == "9"
    panel.resize(1800, 650)
    settle(qtbot, panel)
    assert not panel.columns_numbered and unwrap(bottom_labels(panel.matrix_plot)[9]) == "Ankle boot"


def test_hovering_a_cell_says_what_it_holds(shown, qtbot):
    panel = shown[0]
    qtbot.mouseMove(panel.matrix_view.viewport(), cell_centre(panel, 2, 0))
    qtbot.waitUntil(lambda: panel.matrix_view.toolTip() != "", timeout=2000)
    assert panel.matrix_view.toolTip() == "True two, predicted zero: 4 images (click to see them)"


def test_hovering_a_bar_says_how_many_were_right(shown, qtbot):
    panel = shown[0]
    scene = panel.accuracy_plot.vb.mapViewToScene(QPointF(30, 1))  # on the bar of class "one"
    qtbot.mouseMove(panel.accuracy_view.viewport(), panel.accuracy_view.mapFromScene(scene))
    qtbot.waitUntil(lambda: panel.accuracy_view.toolTip() != "", timeout=2000)
    assert panel.accuracy_view.toolTip() == "one: 14 of 18 right (77.78%)"


def test_mismatched_inputs_are_refused(panel):
    labels, predicted, probabilities, images = make_results(KNOWN)
    with pytest.raises(ValueError):
        panel.show_results(0.3, 0.8, labels, predicted[:-1], probabilities, images, NAMES)
    with pytest.raises(ValueError):
        panel.show_results(0.3, 0.8, labels, predicted, probabilities, images, NAMES[:3])


def test_the_panel_renders(shown, tmp_path):
    panel = shown[0]
    path = tmp_path / "results.png"
    assert panel.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 650 and image.height() >= 600
