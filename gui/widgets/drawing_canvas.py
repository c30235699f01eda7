"""The "Draw & predict" canvas: a student draws a digit with the mouse, a pen or a finger.

White ink on black, as MNIST. The strokes are kept as vector paths in widget pixel coordinates
(y down): the model's 28×28 input is rendered from them elsewhere, so the brush size here is only
how the ink looks on screen (``thickness()`` passes it on, relative to the default).

Design:
- Smoothness: each stroke is drawn as lines/quadratic curves through the midpoints of consecutive
  input points (the points themselves are the control points), anti-aliased, round caps and joins.
  Consecutive events are always connected, so a fast jump still paints a continuous line.
- Speed: finished ink lives in a cache image (background, picture, strokes). While drawing, each new
  curve segment is painted into the cache once and only its dirty rectangle is repainted; the short
  live tail (last midpoint → pointer) is drawn on top. A move event costs the same on an empty canvas
  as on a crowded one. Undo, erase, resize and brush changes rebuild the cache from the paths.
- Resize: strokes scale with the canvas's inscribed square, about the centre (one scale for both
  axes), so a layout that resizes the canvas keeps the drawing where it was and a round trip (Draw →
  Inside → Draw, a language switch) gives it back at its size; ``strokes()`` are always in the
  current widget's coordinates. The canvas prefers to be square (heightForWidth) and hints 320×320.
- One brush size for the whole drawing (like the model's renderer): changing it redraws every stroke.
- Eraser: a stroke eraser. A drag removes every whole stroke whose ink the eraser circle touches
  (its movement between events is sampled, so a fast swipe does not skip strokes); one drag is one
  undo step. ``strokeFinished`` is emitted after a drag that erased something, so the app predicts.
- Undo: drawing a stroke, an eraser drag and ``clear()`` can each be undone (undoing the stroke that
  replaced a picture brings the picture back). ``set_strokes``/``set_image`` load content and start a
  fresh history.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate
from gui.widgets.canvas_input import CanvasInput
from gui.widgets.stroke_geometry import Point, mid, resized, stroke_path, strokes_touched

DEFAULT_BRUSH = 18.0  # px on a ~280-400 px canvas
ERASER_SCALE = 1.5  # the eraser's diameter relative to the brush
BACKGROUND, INK = QColor(0, 0, 0), QColor(255, 255, 255)
FRAME, HINT, ERASER_OUTLINE = QColor(128, 128, 128), QColor(110, 110, 110), QColor(255, 140, 0)
HINT_TEXT = QT_TRANSLATE_NOOP("DrawingCanvas", "Draw a digit here")

class DrawingCanvas(CanvasInput, QWidget):
    """A square black canvas a digit is drawn on in white; see the module's docstring."""

    strokesChanged = Signal()  # a point was added, or undo / clear / erase / set_strokes changed the strokes
    strokeFinished = Signal()  # the mouse, pen or finger was lifted (or an eraser drag erased something)
    cleared = Signal()  # clear() ran (the button, Esc or Delete)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._active = False  # a stroke (or an eraser drag) is in progress
        self._device: str | None = None  # "mouse", "tablet" or "touch": the one drawing now
        self._brush = DEFAULT_BRUSH
        self._eraser = False
        self._eraser_pos: Point | None = None  # during an eraser drag: where the circle is
        self._erased: list[tuple[int, list[Point]]] = []  # (index, stroke) removed by this drag
        self._origin: list[int] = []  # during an eraser drag: each stroke's index before the drag
        self._touch_id: int | None = None  # the finger that draws
        self._image: QImage | None = None
        self._undo: list[tuple] = []
        self._basis = QSize()  # the size the strokes' coordinates refer to
        self._cache = QImage()

        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the cache covers every pixel
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("DrawingCanvas", "Drawing canvas"))
        self.setAccessibleDescription(translate(
            "DrawingCanvas",
            "Draw a digit with the mouse, a pen or a finger; the model's prediction updates as you "
            "draw. Escape or Delete clears the canvas, Ctrl+Z undoes the last stroke."))
        self._update_cursor()

    # --- public API -------------------------------------------------------------------------------
    def strokes(self) -> list[list[Point]]:
        """Every stroke's points in widget pixels (y down), the stroke in progress included."""
        return [list(s) for s in self._strokes]

    def set_strokes(self, strokes: Iterable[Iterable[Sequence[float]]]) -> None:
        """Load strokes (in this widget's pixel coordinates); removes the picture, starts a fresh undo
        history and emits strokesChanged."""
        self._cancel_gesture()
        self._strokes = [[(float(p[0]), float(p[1])) for p in s] for s in strokes]
        self._strokes = [s for s in self._strokes if s]
        self._image = None
        self._undo.clear()
        self._basis = QSize(self.size())
        self._rebuild()
        self.strokesChanged.emit()

    def clear(self) -> None:
        """Remove every stroke and the picture (undoable); emits strokesChanged and cleared."""
        self._cancel_gesture()
        if self._strokes or self._image is not None:
            self._undo.append(("clear", self._strokes, self._image))
        self._strokes, self._image = [], None
        self._rebuild()
        self.strokesChanged.emit()
        self.cleared.emit()

    def undo(self) -> None:
        """Undo the last stroke, eraser drag or clear; does nothing when there is nothing to undo."""
        if self._active or not self._undo:
            return
        action = self._undo.pop()
        if action[0] == "stroke":
            self._strokes.pop()
            if action[1] is not None:
                self._image = action[1]  # the picture this stroke replaced
        elif action[0] == "erase":
            for index, stroke in sorted(action[1]):
                self._strokes.insert(index, stroke)
        else:  # clear
            self._strokes, self._image = list(action[1]), action[2]
        self._basis = QSize(self.size())
        self._rebuild()
        self.strokesChanged.emit()

    def can_undo(self) -> bool:
        return bool(self._undo) and not self._active

    def brush_size(self) -> float:
        return self._brush

    def set_brush_size(self, px: float) -> None:
        """The ink's width on screen in pixels (1 to 100); redraws the whole drawing with it."""
        px = float(min(max(px, 1.0), 100.0))
        if px != self._brush:
            self._brush = px
            self._update_cursor()
            self._rebuild()

    def thickness(self) -> float:
        """The brush size relative to the default (1.0 at 18 px), for the model's renderer."""
        return self._brush / DEFAULT_BRUSH

    def eraser(self) -> bool:
        return self._eraser

    def set_eraser(self, on: bool) -> None:
        """Eraser mode: a drag removes every whole stroke it touches."""
        self._cancel_gesture()
        self._eraser = bool(on)
        self._update_cursor()

    def eraser_diameter(self) -> float:
        return ERASER_SCALE * self._brush

    def set_image(self, image: QImage | None) -> None:
        """Show a picture (scaled to fit; small ones with crisp pixels) instead of a drawing, or None to
        remove it. Removes the strokes and starts a fresh undo history, without emitting strokesChanged:
        the caller predicts on the picture itself. Starting to draw replaces the picture."""
        self._cancel_gesture()
        if image is not None and not image.isNull():
            self._image = image.copy()
            self._strokes = []
            self._undo.clear()
        else:
            self._image = None
        self._rebuild()

    def has_image(self) -> bool:
        return self._image is not None

    def is_empty(self) -> bool:
        return not self._strokes and self._image is None

    # --- size ---------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def resizeEvent(self, event: QResizeEvent) -> None:
        old, new = self._basis, event.size()
        if (self._strokes or self._undo) and old.isValid() and not old.isEmpty() and old != new:
            # Resizing (or lending the canvas to Inside the network) never squashes the digit.
            move = resized((old.width(), old.height()), (new.width(), new.height()))
            self._strokes = [move(s) for s in self._strokes]
            self._undo = [self._moved_action(a, move) for a in self._undo]
        self._basis = QSize(new)
        self._rebuild()
        super().resizeEvent(event)

    @staticmethod
    def _moved_action(action: tuple, move: Any) -> tuple:
        if action[0] == "erase":
            return ("erase", [(i, move(s)) for i, s in action[1]])
        if action[0] == "clear":
            return ("clear", [move(s) for s in action[1]], action[2])
        return action

    # --- painting -----------------------------------------------------------------------------------
    def _pen(self) -> QPen:
        return QPen(INK, self._brush, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)

    def _ink_painter(self, device: QImage | QWidget) -> QPainter:
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return painter

    def _dot(self, painter: QPainter, p: Point) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        r = self._brush / 2
        painter.drawEllipse(QPointF(*p), r, r)
        painter.restore()

    def _rebuild(self) -> None:
        """Redraw the cache (background, picture, finished strokes) and repaint everything."""
        ratio = self.devicePixelRatioF()
        size = self.size()
        self._cache = QImage(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)),
                             QImage.Format.Format_RGB32)
        self._cache.setDevicePixelRatio(ratio)
        self._cache.fill(BACKGROUND)
        painter = self._ink_painter(self._cache)
        if self._image is not None:
            self._draw_image(painter)
        finished = self._strokes[:-1] if self._active and not self._eraser else self._strokes
        for stroke in finished:
            self._draw_stroke(painter, stroke)
        if self._active and not self._eraser and len(self._strokes[-1]) > 1:
            # the stroke in progress up to its last midpoint; the live tail is drawn in paintEvent
            painter.drawPath(stroke_path(self._strokes[-1], tail=False))
        painter.end()
        self.update()

    def _draw_stroke(self, painter: QPainter, stroke: Sequence[Point]) -> None:
        if len(stroke) == 1:
            self._dot(painter, stroke[0])
        else:
            painter.drawPath(stroke_path(stroke))

    def _draw_image(self, painter: QPainter) -> None:
        image, w, h = self._image, self.width(), self.height()
        scale = min(w / image.width(), h / image.height())
        target = QRectF((w - image.width() * scale) / 2, (h - image.height() * scale) / 2,
                        image.width() * scale, image.height() * scale)
        # Nearest neighbour when enlarging twice or more (28×28 digits keep crisp pixels), smooth otherwise.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 2)
        painter.drawImage(target, image)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = event.rect()
        painter.drawImage(rect, self._cache, self._cache_rect(rect))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._active and not self._eraser and self._strokes:
            s = self._strokes[-1]
            painter.setPen(self._pen())
            if len(s) == 1:
                self._dot(painter, s[0])
            else:
                painter.drawLine(QPointF(*mid(s[-2], s[-1])), QPointF(*s[-1]))
        if self._eraser_pos is not None:
            r = self.eraser_diameter() / 2
            painter.setPen(QPen(ERASER_OUTLINE, 1.5))
            painter.setBrush(QColor(255, 140, 0, 40))
            painter.drawEllipse(QPointF(*self._eraser_pos), r, r)
        if self.is_empty():
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            painter.setFont(font)
            painter.setPen(HINT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("DrawingCanvas", HINT_TEXT))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _cache_rect(self, rect: QRect) -> QRect:
        ratio = self._cache.devicePixelRatio()
        if ratio == 1:
            return rect
        return QRectF(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio,
                      rect.height() * ratio).toAlignedRect()

    def _dirty(self, *points: Point, radius: float | None = None) -> QRect:
        """The widget rectangle around points that ink (or the eraser circle) of radius can touch."""
        r = (self._brush / 2 if radius is None else radius) + 3
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return QRectF(min(xs) - r, min(ys) - r, max(xs) - min(xs) + 2 * r,
                      max(ys) - min(ys) + 2 * r).toAlignedRect()

    def focusInEvent(self, event) -> None:  # the focus frame
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- gestures (mouse, pen, touch all come here) ------------------------------------------------
    def _press(self, p: Point, device: str) -> None:
        if self._active:
            return
        self._active, self._device = True, device
        if self._eraser:
            self._erased, self._origin = [], list(range(len(self._strokes)))
            self._eraser_pos = p
            self._erase_along(p, p)
            self.update(self._dirty(p, radius=self.eraser_diameter() / 2))
            return
        replaced = self._image
        self._strokes.append([p])
        self._undo.append(("stroke", replaced))
        if replaced is not None:
            self._image = None  # the drawing replaces the picture
            self._rebuild()
        else:
            self.update(self._dirty(p))
        self.strokesChanged.emit()

    def _move(self, p: Point, device: str) -> None:
        if not self._active or device != self._device:
            return
        if self._eraser:
            last = self._eraser_pos
            self._eraser_pos = p
            self._erase_along(last, p)
            self.update(self._dirty(last, p, radius=self.eraser_diameter() / 2))
            return
        s = self._strokes[-1]
        if p == s[-1]:
            return
        s.append(p)
        # The segment that is now fixed: into the cache once. Then repaint only around it and the tails.
        painter = self._ink_painter(self._cache)
        if len(s) == 2:
            painter.drawLine(QPointF(*s[0]), QPointF(*mid(s[0], s[1])))
            dirty = self._dirty(s[0], s[1])
        else:
            a, c, b = mid(s[-3], s[-2]), s[-2], mid(s[-2], s[-1])
            segment = QPainterPath(QPointF(*a))
            segment.quadTo(QPointF(*c), QPointF(*b))
            painter.drawPath(segment)
            dirty = self._dirty(a, c, s[-1])  # the curve lies within its control points' hull
        painter.end()
        self.update(dirty)
        self.strokesChanged.emit()

    def _release(self, device: str) -> None:
        if not self._active or device != self._device:
            return
        if self._eraser:
            erased = bool(self._erased)
            if erased:
                self._undo.append(("erase", self._erased))
            self._finish_gesture()
            if erased:
                self.strokeFinished.emit()
            return
        s = self._strokes[-1]
        painter = self._ink_painter(self._cache)
        if len(s) == 1:
            self._dot(painter, s[0])
            dirty = self._dirty(s[0])
        else:
            painter.drawLine(QPointF(*mid(s[-2], s[-1])), QPointF(*s[-1]))
            dirty = self._dirty(s[-2], s[-1])
        painter.end()
        self._finish_gesture()
        self.update(dirty)
        self.strokeFinished.emit()

    def _finish_gesture(self) -> None:
        if self._eraser_pos is not None:
            self.update(self._dirty(self._eraser_pos, radius=self.eraser_diameter() / 2))
        self._active, self._device, self._eraser_pos, self._erased = False, None, None, []

    def _cancel_gesture(self) -> None:
        """End a gesture in progress before a programmatic change (the stroke so far is kept)."""
        if self._active:
            self._release(self._device)

    def _erase_along(self, a: Point, b: Point) -> None:
        """Remove every stroke whose ink the eraser circle touches on its way from a to b."""
        hit = strokes_touched(self._strokes, a, b, self.eraser_diameter() / 2, self._brush)
        if not hit:
            return
        for i in reversed(hit):  # remembered by their index before the drag: undo puts them back there
            self._erased.append((self._origin.pop(i), self._strokes.pop(i)))
        self._rebuild()
        self.strokesChanged.emit()

    # --- cursor ----------------------------------------------------------------------------------------
    def _update_cursor(self) -> None:
        if not self._eraser:
            self.setCursor(Qt.CursorShape.CrossCursor)
            self.setToolTip(translate("DrawingCanvas",
                                      "Draw a digit (mouse, pen or finger). Esc clears, Ctrl+Z undoes."))
            return
        d = max(8, math.ceil(self.eraser_diameter())) + 2
        pixmap = QPixmap(d, d)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(QColor(255, 140, 0, 60)))
        painter.setPen(QPen(ERASER_OUTLINE, 1.5))
        painter.drawEllipse(QRectF(1, 1, d - 2, d - 2))
        painter.end()
        self.setCursor(QCursor(pixmap, d // 2, d // 2))
        self.setToolTip(translate("DrawingCanvas",
                                  "Eraser: drag over a stroke to remove it (Ctrl+Z brings it back)."))
