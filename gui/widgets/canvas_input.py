"""How the drawing canvas hears the mouse, a pen (tablet) and a finger (touch), and its keys.

Every device ends in the same three gestures of the canvas (_press, _move, _release), so a stroke
drawn with a pen is the same as one drawn with the mouse; the mouse events a system synthesizes
from a pen or a finger the canvas already follows are ignored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEventPoint, QKeyEvent, QKeySequence, QMouseEvent, QTabletEvent, QTouchEvent

from gui.widgets.stroke_geometry import Point


class CanvasInput:
    """Mixed into DrawingCanvas (a QWidget) before QWidget: its device and key events."""

    _device: str | None
    _touch_id: int | None
    if TYPE_CHECKING:  # what DrawingCanvas provides
        def _press(self, p: Point, device: str) -> None: ...
        def _move(self, p: Point, device: str) -> None: ...
        def _release(self, device: str) -> None: ...
        def _rebuild(self) -> None: ...
        def clear(self) -> None: ...
        def undo(self) -> None: ...

    @staticmethod
    def _xy(pos: QPointF) -> Point:
        return (float(pos.x()), float(pos.y()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._synthesized(event):
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._press(self._xy(event.position()), "mouse")
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and not self._synthesized(event):
            self._move(self._xy(event.position()), "mouse")
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._synthesized(event):
            self._release("mouse")
        event.accept()

    def _synthesized(self, event: QMouseEvent) -> bool:
        """A mouse event the system made from a touch or pen this canvas already handles."""
        return self._device in ("touch", "tablet") and \
            event.source() != Qt.MouseEventSource.MouseEventNotSynthesized

    def tabletEvent(self, event: QTabletEvent) -> None:
        p = self._xy(event.position())
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._press(p, "tablet")
        elif kind == QEvent.Type.TabletMove:
            self._move(p, "tablet")
        elif kind == QEvent.Type.TabletRelease:
            self._release("tablet")
        event.accept()  # no synthesized mouse events then

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            self._touch(event)
            return True
        if kind == getattr(QEvent.Type, "DevicePixelRatioChange", None):  # moved to another screen
            self._rebuild()
        if kind == QEvent.Type.ShortcutOverride and self._own_key(event):
            event.accept()  # Esc, Delete and Ctrl+Z mean the canvas here, not the window's actions
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger draws (the first one down); more fingers are ignored."""
        points = event.points()
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and points:
            self._touch_id = points[0].id()
            self._press(self._xy(points[0].position()), "touch")
        elif kind == QEvent.Type.TouchUpdate:
            for point in points:
                if point.id() == self._touch_id:
                    if point.state() == QEventPoint.State.Released:
                        self._release("touch")
                    else:
                        self._move(self._xy(point.position()), "touch")
        else:  # end or cancel: keep what was drawn
            for point in points:
                if point.id() == self._touch_id:
                    self._move(self._xy(point.position()), "touch")
            self._release("touch")
        event.accept()

    @staticmethod
    def _own_key(event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Delete) or \
            event.matches(QKeySequence.StandardKey.Undo)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
            self.clear()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        else:
            super().keyPressEvent(event)

