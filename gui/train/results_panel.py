"""Results after training: the test accuracy, the confusion matrix as a heat map with every count
written in its cell (rows: true class, columns: predicted, as sklearn) and each class's accuracy as
bars. Clicking a cell opens a gallery of its test images, each captioned with the predicted class and
its probability, and the true class's probability."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.training.evaluate import confusion_matrix, per_class_accuracy
from gui.train.gallery import GalleryDialog
from gui.widgets.grid_labels import GridLabels
from gui.widgets.panes import sturdy_splitter
from gui.widgets.plots import fixed_plot
from gui.widgets.qimages import to_qimage
from gui.widgets.text import shorten
from gui.widgets.theme import error_style, muted_style

EMPTY_TEXT = "Train the model to see test results here"  # how the empty view's text begins in English
GALLERY_LIMIT = 100  # images shown in one gallery
# Narrower: the per-class bars go under the matrix. The Train area gives results ~850 px at
# 1280×720: side by side there, so the matrix gets the height its counts need.
SIDE_BY_SIDE_WIDTH = 720
# sklearn's "Blues": white for few images, dark blue for many.
MATRIX_COLOURS = pg.ColorMap([0.0, 0.5, 1.0], [(247, 251, 255), (107, 174, 214), (8, 48, 107)])
DARK_TEXT, LIGHT_TEXT, ZERO_TEXT = (0, 0, 0), (255, 255, 255), (150, 150, 150)
BAR_COLOUR, OVERALL_COLOUR = "#4a8cc9", "#d2691e"


def column_labels(names: list[str]) -> list[str]:
    """Class names under ~50 px columns: short ones as they are; names with a separator on two lines
    ('T-shirt/' over 'top', 'Ankle' over 'boot'); single long words staggered on two rows ('airplane'
    high, 'automobile' low, ...) so that neighbours do not overlap."""
    if all(len(n) <= 6 for n in names):
        return list(names)
    if not any(sep in n.strip() for n in names for sep in "/ -"):
        return [("\n" if i % 2 else "") + shorten(n, 12) for i, n in enumerate(names)]
    out = []
    for name in names:
        for sep, keep in (("/", 1), (" ", 0), ("-", 1)):
            i = name.find(sep)
            if len(name) > 8 and 0 < i < len(name) - 1:
                out.append(shorten(name[: i + keep], 9) + "\n" + shorten(name[i + 1:], 9))
                break
        else:
            out.append(shorten(name, 9))
    return out


def tick_font() -> QFont:
    """The class names' font under the matrix: a little smaller, ten columns hold 'Pullover'."""
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    return font


def fitting_columns(names: list[str], column_px: float, font: QFont) -> list[str] | None:
    """The first of the names, the names on two lines (column_labels) whose every line fits a
    column of column_px pixels in font; None when neither does (the columns then show numbers)."""
    metrics = QFontMetrics(font)

    def fits(labels: list[str]) -> bool:
        return all(metrics.horizontalAdvance(line) + 4 <= column_px for t in labels for line in t.split("\n"))

    for labels in (list(names), column_labels(names)):
        if fits(labels):
            return labels
    return None


def set_ticks(axis: pg.AxisItem, ticks: list[tuple[float, str]], labelled: bool) -> None:
    """Fixed ticks on a bottom axis, tall enough for two-line labels (and the axis label)."""
    font = tick_font()
    axis.setStyle(tickFont=font, hideOverlappingLabels=40)  # 'airplane' may reach 40 px past the axis
    axis.setTicks([ticks])
    line = QFontMetrics(font).lineSpacing()
    lines = max((text.count("\n") + 1 for _x, text in ticks), default=1)
    axis.setHeight(lines * line + 8 + (QFontMetrics(QFont()).lineSpacing() if labelled else 0))


def bar_value_inside(value: float) -> bool:
    """Whether a bar's value (0–100) is written inside its bar, at its end: long bars leave no room
    after them without an axis running past 100 %."""
    return value >= 50


def contrast(a: tuple, b: tuple) -> float:
    """WCAG contrast ratio of two sRGB colours (1 to 21; 4.5 reads well)."""
    def luminance(rgb: tuple) -> float:
        c = np.asarray(rgb[:3], dtype=float) / 255
        c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
        return float(c @ [0.2126, 0.7152, 0.0722])
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def percent(p: float) -> str:
    return f"{100 * p:.0f}%"


class ResultsPanel(QWidget):
    """The Train area's "after training" view: test accuracy, confusion matrix, per-class accuracy."""

    cellChosen = Signal(int, int)  # true class, predicted class (a matrix cell was clicked)

    def __init__(self) -> None:
        super().__init__()
        self.galleries: list[GalleryDialog] = []  # the galleries open now
        self.bar_texts: list[pg.TextItem] = []
        self._bar_pool: list[pg.TextItem] = []

        self.empty_label = QLabel(translate("ResultsPanel", "Train the model to see test results here:\nthe "
                                            "test accuracy, which classes the model mixes up, and the test "
                                            "images behind every mistake."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(muted_style() + " font-size: 14pt;")
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.hint = QLabel(translate("ResultsPanel", "Click a cell of the matrix to see its test images. "
                                     "Rows are the true classes, columns what the model predicted; the "
                                     "diagonal is right."),
                           wordWrap=True, styleSheet=muted_style())
        self.outdated = QLabel(translate("ResultsPanel", "These are the results of the model as it was "
                                         "trained; it has changed since. Train it to see its own."),
                               wordWrap=True, styleSheet=error_style())
        self.outdated.setObjectName("resultsOutdated")
        self.outdated.hide()

        # --- confusion matrix -------------------------------------------------------------------
        self.matrix_view, self.matrix_plot = fixed_plot(
            translate("ResultsPanel", "Confusion matrix (number of test images)"),
            translate("ResultsPanel", "true class"))
        self.matrix_plot.setLabel("bottom", translate("ResultsPanel", "predicted class"))
        self.matrix_plot.invertY(True)  # true class 0 on top, as the matrix is written
        self.image = pg.ImageItem(axisOrder="row-major")  # image[row, col]: row = true, col = predicted
        self.matrix_plot.addItem(self.image)
        self.cell_labels = GridLabels()  # the counts written in the cells, [true][predicted]
        self.cell_labels.setZValue(1)
        self.matrix_plot.addItem(self.cell_labels)
        self.color_bar = pg.ColorBarItem(values=(0, 1), colorMap=MATRIX_COLOURS, interactive=False,
                                         width=14, pen="k")
        self.color_bar.setImageItem(self.image, insert_in=self.matrix_plot)
        self.color_bar.axis.setPen("k")
        self.color_bar.axis.setTextPen("k")
        self.color_bar.axis.setLabel(translate("ResultsPanel", "images"), color="k")

        # --- accuracy per class -------------------------------------------------------------------
        # Horizontal bars: the class names sit on the left axis as in the matrix, so long names
        # (Fashion-MNIST's, CIFAR-10's) need no column width when the panel is narrow.
        self.accuracy_view, self.accuracy_plot = fixed_plot(
            translate("ResultsPanel", "Accuracy per true class"),
            translate("ResultsPanel", "true class"))
        self.accuracy_plot.setLabel("bottom", translate("ResultsPanel", "accuracy (%) · dashed: all classes"))
        bottom = self.accuracy_plot.getAxis("bottom")
        bottom.setTicks([[(v, str(v)) for v in range(0, 101, 25)]])
        bottom.setStyle(hideOverlappingLabels=20)  # "100" near the axis's end is drawn, not dropped
        self.accuracy_plot.invertY(True)  # class 0 on top, like the matrix's rows
        self.accuracy_plot.showGrid(x=True, alpha=0.2)
        self.bars = pg.BarGraphItem(x0=0, y=[], width=[], height=0.7, brush=BAR_COLOUR, pen=None)
        self.accuracy_plot.addItem(self.bars)
        self.overall_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(OVERALL_COLOUR, width=1.5,
                                                                   style=Qt.PenStyle.DashLine))
        self.overall_line.setZValue(-1)  # behind the bars: seen between them, never through a value
        self.accuracy_plot.addItem(self.overall_line)

        # Side by side when wide (the Train area gives results a wide, low strip under the curves);
        # stacked when narrow (see resizeEvent).
        # Neither plot can be dragged out of sight; the wide handle keeps the colour bar's label
        # ("images") clear of the bars' axis label ("true class").
        self.matrix_view.setMinimumSize(240, 180)
        self.accuracy_view.setMinimumSize(200, 120)
        splitter = self.splitter = sturdy_splitter(Qt.Orientation.Horizontal, self.matrix_view,
                                                   self.accuracy_view, sizes=[560, 380], stretch=[3, 2])
        splitter.setHandleWidth(14)
        results = QWidget()
        box = QVBoxLayout(results)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.headline)
        box.addWidget(self.outdated)
        box.addWidget(self.hint)
        box.addWidget(splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(results)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        # Receivers are this panel's methods (GUI thread); the scene reports positions in scene coords.
        self._columns_px = -1.0  # the column width the matrix's column labels were fitted to
        self.columns_numbered = False  # the columns named by class number (the names did not fit)
        self.matrix_plot.vb.sigResized.connect(lambda _vb: self._fit_columns())
        self.matrix_view.scene().sigMouseClicked.connect(self._on_matrix_click)
        self.matrix_view.scene().sigMouseMoved.connect(self._on_matrix_hover)
        self.accuracy_view.scene().sigMouseMoved.connect(self._on_accuracy_hover)
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(700, 650)

    # --- public API ---------------------------------------------------------------------------
    def clear(self) -> None:
        """Back to the empty state: nothing trained, nothing to show."""
        self._close_galleries()
        self._names: list[str] = []
        self._counts = np.zeros((0, 0), dtype=np.int64)
        self._labels = self._predicted = self._probabilities = self._images = None
        self.headline.clear()
        self.outdated.hide()
        self.cell_labels.set_cells([], [], [])
        self.bar_texts = self._texts(self._bar_pool, self.accuracy_plot, 0, (0.0, 0.5))
        self.image.clear()
        self.bars.setOpts(y=[], width=[])
        self.stack.setCurrentWidget(self.empty_label)

    def show_results(self, test_loss: float, test_accuracy: float, labels: np.ndarray,
                     predicted: np.ndarray, probabilities: np.ndarray, images: np.ndarray,
                     class_names: list[str]) -> None:
        """Show a model's test results; test_accuracy is a fraction (0.8851 -> 88.51%)."""
        labels = np.asarray(labels, dtype=np.int64).ravel()
        predicted = np.asarray(predicted, dtype=np.int64).ravel()
        probabilities = np.asarray(probabilities, dtype=np.float32)
        k, n = len(class_names), len(labels)
        if not (len(predicted) == len(probabilities) == len(images) == n) or \
                probabilities.shape[1:] != (k,):
            raise ValueError(f"show_results: {n} labels, {len(predicted)} predictions, probabilities "
                             f"{probabilities.shape}, {len(images)} images for {k} classes")
        self._close_galleries()
        self._names = [str(c) for c in class_names]
        self._labels, self._predicted = labels, predicted
        self._probabilities, self._images = probabilities, images
        self._counts = confusion_matrix(labels, predicted, k)
        self.outdated.hide()  # of the model as it is now
        self.headline.setText(translate("ResultsPanel", "Test accuracy {accuracy:.2f}% · test loss "
                                        "{loss:.4f} · {n:,} test images").format(
            accuracy=100 * test_accuracy, loss=test_loss, n=n))
        self._draw_matrix()
        self._draw_accuracy(test_accuracy)
        self.stack.setCurrentIndex(1)

    def set_outdated(self, outdated: bool) -> None:
        """Say that the results shown are of a model that has changed since (or take it back)."""
        self.outdated.setVisible(outdated and self.stack.currentIndex() == 1)

    def matrix(self) -> np.ndarray:
        """The counts shown: [true class, predicted class]."""
        return self._counts.copy()

    def open_gallery(self, true_class: int, predicted_class: int) -> QDialog:
        """Open (non-modally) the test images of true_class predicted as predicted_class."""
        k = len(self._names)
        t_name = self._names[true_class] if 0 <= true_class < k else str(true_class)
        p_name = self._names[predicted_class] if 0 <= predicted_class < k else str(predicted_class)
        idx = np.zeros(0, dtype=np.int64) if self._labels is None else \
            np.flatnonzero((self._labels == true_class) & (self._predicted == predicted_class))
        n = len(idx)
        shown = idx[:GALLERY_LIMIT]
        # English has a singular and a plural; one text each, so the English stays as it was.
        title = (translate("ResultsPanel", "True {true}, predicted {predicted} — {n:,} image") if n == 1 else
                 translate("ResultsPanel", "True {true}, predicted {predicted} — {n:,} images")
                 ).format(true=t_name, predicted=p_name, n=n)
        right = true_class == predicted_class
        if n == 0:
            header = translate("ResultsPanel", "No test image of class {true} was predicted as {predicted}."
                               ).format(true=t_name, predicted=p_name)
        else:
            if n == 1:
                found = (translate("ResultsPanel", "{n:,} test image was of class {true} and predicted as "
                                   "{predicted} (right).") if right else
                         translate("ResultsPanel", "{n:,} test image was of class {true} and predicted as "
                                   "{predicted} (wrong)."))
            else:
                found = (translate("ResultsPanel", "{n:,} test images were of class {true} and predicted as "
                                   "{predicted} (right).") if right else
                         translate("ResultsPanel", "{n:,} test images were of class {true} and predicted as "
                                   "{predicted} (wrong)."))
            header = found.format(n=n, true=t_name, predicted=p_name)
            if n > GALLERY_LIMIT:
                header += " " + translate("ResultsPanel", "Showing the first {limit} of {n:,}.").format(
                    limit=GALLERY_LIMIT, n=n)
            header += " " + (translate("ResultsPanel", "Under each: the predicted class and its probability.")
                             if right else
                             translate("ResultsPanel", "Under each: the predicted class and its probability, "
                                       "then the true class's."))
        images, captions, tips = [], [], []
        for i in shown:
            p_pred = float(self._probabilities[i, predicted_class])
            p_true = float(self._probabilities[i, true_class])
            caption = f"{p_name}: {percent(p_pred)}"
            if true_class != predicted_class:
                caption += f" ({t_name}: {percent(p_true)})"
            images.append(to_qimage(self._images[i]))
            captions.append(caption)
            tips.append(translate("ResultsPanel", "Test image #{index}\npredicted {predicted}: "
                                  "{predicted_percent:.1f}%\ntrue class {true}: {true_percent:.1f}%").format(
                index=i, predicted=p_name, predicted_percent=100 * p_pred, true=t_name,
                true_percent=100 * p_true))
        dialog = GalleryDialog(self, title, header, images, captions, tips, shown)
        dialog.finished.connect(self._forget_gallery)
        self.galleries.append(dialog)
        dialog.show()
        return dialog

    # --- drawing ---------------------------------------------------------------------------------
    @staticmethod
    def _texts(pool: list[pg.TextItem], plot: pg.PlotItem, count: int, anchor: tuple) -> list[pg.TextItem]:
        """count text items from pool (growing it), the rest hidden: reused for each new result."""
        while len(pool) < count:
            pool.append(pg.TextItem("", anchor=anchor))
            plot.addItem(pool[-1])
        for i, item in enumerate(pool):
            item.setVisible(i < count)
        return pool[:count]

    def _draw_matrix(self) -> None:
        counts, k = self._counts, len(self._names)
        top = max(1, int(counts.max(initial=0)))
        self.image.setImage(counts.astype(np.float32), levels=(0, top))
        self.color_bar.setLevels((0, top))
        cells = MATRIX_COLOURS.map(counts.ravel() / top, mode=pg.ColorMap.BYTE)
        # zeros in grey so the errors stand out; counts in whichever of dark or white reads best
        colours = [ZERO_TEXT if v == 0 else
                   max((DARK_TEXT, LIGHT_TEXT), key=lambda t, rgb=rgb: contrast(t, rgb[:3]))
                   for v, rgb in zip(counts.ravel(), cells, strict=True)]
        self.cell_labels.set_cells([[str(int(v)) for v in row] for row in counts],
                                   [colours[r * k:(r + 1) * k] for r in range(k)],
                                   [[r == c for c in range(k)] for r in range(k)])
        self._columns_px = -1.0
        self._fit_columns()
        self.matrix_plot.setRange(xRange=(0, k), yRange=(0, k), padding=0)

    def _fit_columns(self) -> None:
        """Name the columns by class where the names fit the columns as they are now wide, else by
        number, the rows then saying each class's number ("Ankle boot (9)")."""
        k = len(self._names)
        if not k:
            return
        column_px = self.matrix_plot.vb.width() / k
        if abs(column_px - self._columns_px) < 1:
            return
        self._columns_px = column_px
        labels = fitting_columns(self._names, column_px, tick_font())
        numbered = labels is None
        self.columns_numbered = numbered
        set_ticks(self.matrix_plot.getAxis("bottom"),
                  [(i + 0.5, str(i) if numbered else t) for i, t in enumerate(labels or self._names)], True)
        self.matrix_plot.getAxis("left").setTicks(
            [[(i + 0.5, f"{shorten(name, 14)} ({i})" if numbered else shorten(name, 14))
              for i, name in enumerate(self._names)]])

    def _draw_accuracy(self, overall: float) -> None:
        k = len(self._names)
        accuracy = 100 * per_class_accuracy(self._counts)
        self.bars.setOpts(x0=0, y=np.arange(k), width=np.nan_to_num(accuracy, nan=0.0), height=0.7)
        self.bar_texts = self._texts(self._bar_pool, self.accuracy_plot, k, (0.0, 0.5))
        for i, (a, item) in enumerate(zip(accuracy, self.bar_texts, strict=True)):
            item.setText("–" if np.isnan(a) else f"{a:.1f}", color=DARK_TEXT)
            inside = not np.isnan(a) and bar_value_inside(a)
            item.setAnchor((1.0, 0.5) if inside else (0.0, 0.5))
            item.setPos(0 if np.isnan(a) else a, i)
        self.overall_line.setPos(100 * overall)
        self.accuracy_plot.getAxis("left").setTicks(
            [[(i, shorten(name, 14)) for i, name in enumerate(self._names)]])
        # A little room right of 100 % for the bar's end; the axis itself ends at 100.
        self.accuracy_plot.setRange(xRange=(0, 103), yRange=(-0.5, k - 0.5), padding=0)

    # --- mouse ------------------------------------------------------------------------------------
    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The (true, predicted) cell under a scene position, or None outside the matrix."""
        k = len(self._names)
        p = self.image.mapFromScene(scene_pos)
        row, col = int(np.floor(p.y())), int(np.floor(p.x()))
        return (row, col) if 0 <= row < k and 0 <= col < k else None

    def _on_matrix_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.cellChosen.emit(*cell)
            self.open_gallery(*cell)

    def _on_matrix_hover(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None:
            self.matrix_view.setToolTip("")
            return
        t, p = cell
        n = int(self._counts[t, p])
        self.matrix_view.setToolTip(
            (translate("ResultsPanel", "True {true}, predicted {predicted}: {n:,} image (click to see them)")
             if n == 1 else
             translate("ResultsPanel", "True {true}, predicted {predicted}: {n:,} images (click to see them)")
             ).format(true=self._names[t], predicted=self._names[p], n=n))

    def _on_accuracy_hover(self, scene_pos: QPointF) -> None:
        i = round(self.accuracy_plot.vb.mapSceneToView(scene_pos).y())
        if not self._names or not 0 <= i < len(self._names):
            self.accuracy_view.setToolTip("")
            return
        total, right = int(self._counts[i].sum()), int(self._counts[i, i])
        text = f"{100 * right / total:.2f}%" if total else translate("ResultsPanel", "no test images")
        self.accuracy_view.setToolTip(
            translate("ResultsPanel", "{name}: {right:,} of {total:,} right ({share})").format(
                name=self._names[i], right=right, total=total, share=text))

    def _forget_gallery(self) -> None:
        dialog = self.sender()
        if dialog in self.galleries:
            self.galleries.remove(dialog)
            dialog.deleteLater()

    def _close_galleries(self) -> None:
        for dialog in list(self.galleries):
            dialog.close()
        self.galleries.clear()
