"""The graph view of a model (issue 18): one box per layer, top to bottom, with arrows to the layers
that take its output and the tensor's shape on every arrow, as Netron draws a model.

Each box says the layer's name and class, its Param #, the multiply-adds one sample costs and the
memory of its output (core.model.costs); an output layer has a thicker border and says "output", a
layer in error is drawn in the app's error colour with the message in its tooltip. What is shown
and where comes from gui.widgets.graph_layout (grandalf's Sugiyama layout); this file measures and
draws. The view scrolls (or drags), zooms with Ctrl+wheel (Ctrl+plus, Ctrl+minus; Ctrl+0 fits), and
fits the graph when a model is set, never below a scale where its text stays readable.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.model.shapes import ModelInfo
from core.model.spec import ModelSpec
from gui.widgets.graph_layout import GraphEdge, GraphNode, Layout, Rect, graph_content, place
from gui.widgets.image_files import save_png
from gui.widgets.theme import error_style

PAD = 7.0  # inside a box, around its text
STRIPE = 6.0  # the coloured band on a box's left, by the kind of layer
MIN_BOX_WIDTH, MAX_BOX_WIDTH = 150.0, 300.0
ERROR_LINES = 2  # the most lines of its error a box shows (all of it is in its tooltip)
MIN_FIT_SCALE = 0.8  # fitting a tall graph stops here (then it scrolls): text stays readable
MIN_SCALE, MAX_SCALE = 0.15, 4.0
KIND_COLOURS = {"input": "#8a8a8a", "weighted": "#3b78c4", "merge": "#d08a1e", "activation": "#9a5cc6",
                "normalization": "#2a9d8f", "shape": "#5a9e3c", "other": "#8a8a8a"}


def error_colour() -> QColor:
    """The colour the app writes errors in (gui.widgets.theme.error_style: light or dark)."""
    return QColor(error_style().split(":", 1)[1].strip(" ;"))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """a with t of b mixed in."""
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def _wrap(text: str, metrics: QFontMetricsF, room: float, most: int = ERROR_LINES) -> list[str]:
    """text broken into lines of at most room pixels, at most most lines (the last one elided)."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= room:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        lines[-1] = " ".join([lines[-1], *words])
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines]


class _Style:
    """Fonts and colours, taken from the widget when the scene is made."""

    def __init__(self, widget: QWidget) -> None:
        palette = widget.palette()
        self.font = QFont(widget.font())
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics, self.bold_metrics = QFontMetricsF(self.font), QFontMetricsF(self.bold)
        self.background = palette.color(QPalette.ColorRole.Base)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.muted = _mix(self.text, self.background, 0.35)
        self.fill = _mix(self.background, self.text, 0.05)
        self.border = _mix(self.text, self.background, 0.45)
        self.edge = _mix(self.text, self.background, 0.4)
        self.highlight = palette.color(QPalette.ColorRole.Highlight)
        self.error = error_colour()


class LayerBox(QGraphicsItem):
    """One layer's box. node: what it shows (node.key: its spec row, or -1 for a Sequential input)."""

    def __init__(self, node: GraphNode, rect: Rect, style: _Style) -> None:
        super().__init__()
        self.node, self.style = node, style
        self.selected = False
        self.width, self.height = rect.w, rect.h
        self.setPos(rect.x, rect.y)
        self.setZValue(2)
        self.setToolTip(node.tooltip)
        if node.key >= 0:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def row(self) -> int:
        return self.node.key

    @property
    def lines(self) -> list[str]:
        """Every text the box shows, top to bottom."""
        return [self.node.title, *self.node.lines, *self._error_line()]

    def _error_line(self) -> list[str]:
        return _wrap(self.node.error, self.style.metrics, self.width - STRIPE - 2 * PAD)

    def border_pen(self) -> QPen:
        s = self.style
        if self.selected:
            return QPen(s.highlight, 3.0)
        if self.node.error:
            return QPen(s.error, 2.0)
        return QPen(s.text if self.node.is_output else s.border, 3.0 if self.node.is_output else 1.0)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.width + 4, self.height + 4)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        s = self.style
        rect = QRectF(0, 0, self.width, self.height)
        fill = s.fill
        if self.node.error:
            fill = _mix(fill, s.error, 0.08)
        if self.selected:
            fill = _mix(fill, s.highlight, 0.18)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QPainterPath()
        outline.addRoundedRect(rect, 5, 5)
        painter.fillPath(outline, fill)
        painter.save()
        painter.setClipPath(outline)
        painter.fillRect(QRectF(0, 0, STRIPE, self.height),
                         QColor(s.error if self.node.error else KIND_COLOURS.get(self.node.kind, "#888")))
        painter.restore()
        painter.setPen(self.border_pen())
        painter.drawRoundedRect(rect, 5, 5)
        x, y, room = STRIPE + PAD, PAD, self.width - STRIPE - 2 * PAD
        for k, text in enumerate(self.lines):
            metrics = s.bold_metrics if k == 0 else s.metrics
            painter.setFont(s.bold if k == 0 or (self.node.is_output and text == self.node.lines[-1])
                            else s.font)
            colour = s.text if k <= 1 else s.muted
            if self.node.error and (k == 0 or k > len(self.node.lines)):
                colour = s.error
            painter.setPen(colour)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(x, y, room, metrics.height()), Qt.AlignmentFlag.AlignLeft, shown)
            y += metrics.height() + (2 if k == 0 else 0)


class EdgeLabel(QGraphicsItem):
    """The shape an edge carries, on a background so the line behind it does not cross the text."""

    def __init__(self, text: str, rect: Rect, style: _Style) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.rect = QRectF(0, 0, rect.w, rect.h)
        self.setPos(rect.x, rect.y)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.style.background)
        painter.drawRoundedRect(self.rect, 4, 4)
        painter.setFont(self.style.font)
        painter.setPen(self.style.text)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class EdgeItem(QGraphicsPathItem):
    """An arrow from the source box to the target box through the points the layout gave."""

    def __init__(self, edge: GraphEdge, points: list[tuple[float, float]], label: EdgeLabel,
                 style: _Style) -> None:
        super().__init__()
        self.source, self.target, self.label = edge.source, edge.target, label
        path = QPainterPath(QPointF(*points[0]))
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            middle = (y0 + y1) / 2  # leave and enter every point going down: smooth S-bends
            path.cubicTo(QPointF(x0, middle), QPointF(x1, middle), QPointF(x1, y1))
        tip_x, tip_y = points[-1]
        head = QPolygonF([QPointF(tip_x, tip_y), QPointF(tip_x - 4.5, tip_y - 8),
                          QPointF(tip_x + 4.5, tip_y - 8)])
        self.setPath(path)
        self.setPen(QPen(style.edge, 1.4))
        self.setZValue(0)
        self._head = head
        self._colour = style.edge

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self._head.boundingRect().adjusted(-1, -1, 1, 1))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        super().paint(painter, option, widget)
        painter.setBrush(QBrush(self._colour))
        painter.drawPolygon(self._head)


class _Canvas(QGraphicsView):
    """The scrolling, zooming view; tells its GraphView about clicks on boxes and resizes."""

    def __init__(self, owner: GraphView) -> None:
        super().__init__(owner)
        self.owner = owner
        self._press: tuple[QPointF, LayerBox] | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def box_at(self, pos: QPointF) -> LayerBox | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, LayerBox):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        box = self.box_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        self._press = (event.position(), box) if box is not None and box.row >= 0 else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position() - press[0]).manhattanLength()
        if moved < QApplication.startDragDistance() and self.box_at(event.position()) is press[1]:
            self.owner.box_clicked(press[1].row)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.owner.zoom(1.0015 ** event.angleDelta().y())
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = {Qt.Key.Key_Plus: 1.25, Qt.Key.Key_Equal: 1.25, Qt.Key.Key_Minus: 0.8}.get(event.key())
            if factor:
                self.owner.zoom(factor)
                return
            if event.key() == Qt.Key.Key_0:
                self.owner.fit()
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.owner.fits:
            self.owner.fit()


class GraphView(QWidget):
    """A model drawn as a graph. set_model(spec, info) shows it (info: core's analysis of spec);
    select(row) highlights a layer; a click on a layer's box emits layerClicked(row)."""

    layerClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.view = _Canvas(self)
        self.view.setScene(self.scene)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.layout_: Layout | None = None
        self._model: tuple[ModelSpec, ModelInfo] | None = None
        self._boxes: dict[int, LayerBox] = {}
        self._edges: list[EdgeItem] = []
        self._selected: int | None = None
        self.fits = True  # fitted to the view until the user zooms
        self.setMinimumSize(200, 150)

    # --- what the tests and the window read --------------------------------------------------
    def boxes(self) -> dict[int, LayerBox]:
        """The boxes by spec row (-1: a Sequential model's input)."""
        return dict(self._boxes)

    def edges(self) -> list[EdgeItem]:
        return list(self._edges)

    @property
    def selected_row(self) -> int | None:
        return self._selected

    # --- showing a model ---------------------------------------------------------------------
    def set_model(self, spec: ModelSpec, info: ModelInfo) -> None:
        """Draw spec (info: its analysis, one row per layer) and fit it to the view."""
        self._model = (spec, info)
        self._build()
        self.fits = True
        self.fit()

    def _build(self) -> None:
        self.scene.clear()
        self._boxes, self._edges = {}, []
        style = _Style(self)
        self.scene.setBackgroundBrush(style.background)
        if self._model is None:
            return
        nodes, edges = graph_content(*self._model)
        if not nodes:
            text = self.scene.addSimpleText(translate("GraphView", "No layers yet: add one in Build."),
                                            style.font)
            text.setBrush(style.muted)
            self.scene.setSceneRect(text.boundingRect().adjusted(-20, -20, 20, 20))
            self.layout_ = Layout()
            return
        sizes = {node.key: self._box_size(node, style) for node in nodes}
        label_h = style.metrics.height() + 2
        advance = style.metrics.horizontalAdvance
        links = [(e.source, e.target, (advance(e.label) + 10, label_h)) for e in edges]
        self.layout_ = place(sizes, links)
        for node in nodes:
            box = LayerBox(node, self.layout_.boxes[node.key], style)
            box.selected = node.key == self._selected
            self.scene.addItem(box)
            self._boxes[node.key] = box
        for edge, route in zip(edges, self.layout_.routes, strict=True):
            label = EdgeLabel(edge.label, route.label, style)
            item = EdgeItem(edge, route.points, label, style)
            self.scene.addItem(item)
            self.scene.addItem(label)
            self._edges.append(item)
        self.scene.setSceneRect(QRectF(0, 0, self.layout_.width, self.layout_.height))

    @staticmethod
    def _box_size(node: GraphNode, style: _Style) -> tuple[float, float]:
        widths = [style.bold_metrics.horizontalAdvance(node.title)]
        widths += [style.metrics.horizontalAdvance(line) for line in node.lines]
        width = min(max(MIN_BOX_WIDTH, max(widths) + STRIPE + 2 * PAD + 2), MAX_BOX_WIDTH)
        lines = len(node.lines) + len(_wrap(node.error, style.metrics, width - STRIPE - 2 * PAD))
        return width, 2 * PAD + style.bold_metrics.height() + 2 + lines * style.metrics.height()

    def select(self, row: int | None) -> None:
        """Highlight the box of spec row row (None: no box), and scroll it into view."""
        self._selected = row
        for key, box in self._boxes.items():
            box.selected = key == row
            box.update()
        box = self._boxes.get(row) if row is not None else None
        if box is not None:
            self.view.ensureVisible(box, 16, 16)

    def box_clicked(self, row: int) -> None:
        self.select(row)
        self.layerClicked.emit(row)

    # --- zoom ------------------------------------------------------------------------------------
    def scale(self) -> float:
        return self.view.transform().m11()

    def zoom(self, factor: float) -> None:
        """Zoom by factor (about the mouse), within MIN_SCALE..MAX_SCALE; the view stops fitting."""
        factor = min(max(self.scale() * factor, MIN_SCALE), MAX_SCALE) / self.scale()
        self.view.scale(factor, factor)
        self.fits = False

    def fit(self) -> None:
        """The whole graph in view, at most life size; a graph too large to fit readably is shown at
        MIN_FIT_SCALE from its top, centred (the rest scrolls; Ctrl+wheel zooms out)."""
        rect = self.scene.sceneRect()
        if rect.isEmpty():
            return
        port = self.view.viewport().rect()
        scale = max(min(port.width() / rect.width(), port.height() / rect.height(), 1.0), MIN_FIT_SCALE)
        self.view.resetTransform()
        self.view.scale(scale, scale)
        self.fits = True
        top = rect.top() + min(rect.height(), port.height() / scale) / 2
        self.view.centerOn(rect.center().x(), top)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and self._model is not None:
            self._build()

    # --- saving ----------------------------------------------------------------------------------
    def render_image(self, scale: float = 1.0) -> QImage:
        """The whole graph (not only what is in view) as a picture."""
        rect = self.scene.sceneRect()
        image = QImage(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)),
                       QImage.Format.Format_ARGB32)
        image.fill(self.scene.backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        try:
            self.scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
        finally:
            painter.end()
        return image

    def save_png(self, path: str | Path, scale: float = 1.0) -> None:
        """Write the whole graph as a PNG file (OSError when it cannot)."""
        save_png(self.render_image(scale), path)
