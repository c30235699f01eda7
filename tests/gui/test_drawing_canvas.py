"""The drawing canvas as a student uses it: strokes drawn with the mouse (and a pen, and a finger), the
ink on screen, dots, undo, the stroke eraser, clear, a picture that drawing replaces, the brush."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QImage, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from gui.widgets.drawing_canvas import DEFAULT_BRUSH, DrawingCanvas

SIZE = 320
PENDIGITS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "pendigits" / \
    "pendigits-test-strokes.jsonl"


def mouse(widget: QWidget, kind: QEvent.Type, x: float, y: float, button: Qt.MouseButton,
          buttons: Qt.MouseButton) -> None:
    """Deliver one mouse event at (x, y) in widget pixels, fractions kept."""
    pos = QPointF(x, y)
    QApplication.sendEvent(widget, QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons,
                                               Qt.KeyboardModifier.NoModifier))


def draw(qtbot, canvas: QWidget, points: Sequence[tuple[float, float]]) -> None:
    """Draw one stroke through points (widget pixels, y down) with the left mouse button, as a user.

    qtbot.mouseMove cannot hold a button and qtbot's press/release round to whole pixels, so the
    events are QMouseEvents sent directly, as Qt delivers a drag: press (button Left), moves (button
    NoButton, buttons Left), release (button Left, buttons NoButton). One point is a click."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mouse(canvas, QEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        mouse(canvas, QEvent.Type.MouseMove, x, y, none, left)
    mouse(canvas, QEvent.Type.MouseButtonRelease, *points[-1], left, none)
    qtbot.wait(0)  # let the repaints happen, as between a user's strokes


def pixels(canvas: QWidget) -> np.ndarray:
    """What the user sees: the canvas's grey levels (0-255), [y, x]."""
    image = canvas.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = image.width(), image.height()
    return np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())[:, :w].copy()


def inner(a: np.ndarray) -> np.ndarray:
    """Without the 1-2 px frame."""
    return a[2:-2, 2:-2]


def distance_to_polyline(shape: tuple[int, int], points) -> np.ndarray:
    ys, xs = np.mgrid[0:shape[0], 0:shape[1]]
    p = np.stack([xs.ravel(), ys.ravel()], 1).astype(float)
    best = np.full(len(p), np.inf)
    for a, b in itertools.pairwise(points):
        a, b = np.asarray(a, float), np.asarray(b, float)
        d = b - a
        t = np.clip(((p - a) @ d) / max(d @ d, 1e-12), 0, 1)
        best = np.minimum(best, np.hypot(*(p - (a + t[:, None] * d)).T))
    return best.reshape(shape)


def ink_width(column: np.ndarray) -> int:
    return int((column > 127).sum())


class Spy:
    def __init__(self, signal) -> None:
        self.count = 0
        signal.connect(self)

    def __call__(self, *args) -> None:
        self.count += 1


@pytest.fixture
def canvas(qtbot):
    c = DrawingCanvas()
    qtbot.addWidget(c)
    c.setFixedSize(SIZE, SIZE)
    c.show()
    qtbot.waitExposed(c)
    return c


STROKE = [(60, 70), (110, 90), (160, 120), (200, 170), (230, 240)]


def test_a_drag_is_one_stroke_with_its_points_in_order(canvas, qtbot):
    changed, finished = Spy(canvas.strokesChanged), Spy(canvas.strokeFinished)
    assert canvas.is_empty() and not canvas.can_undo()
    draw(qtbot, canvas, STROKE)
    assert canvas.strokes() == [[(float(x), float(y)) for x, y in STROKE]]
    assert changed.count == len(STROKE)  # the press and every move
    assert finished.count == 1
    assert canvas.can_undo() and not canvas.is_empty()


def test_the_stroke_in_progress_is_in_strokes_and_on_screen(canvas, qtbot):
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    mouse(canvas, QEvent.Type.MouseMove, 200, 100, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
    assert canvas.strokes() == [[(100.0, 100.0), (200.0, 100.0)]]
    assert (pixels(canvas)[100, 100:201] > 200).all()  # the live tail reaches the pointer
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    assert (pixels(canvas)[100, 100:201] > 200).all()


def test_the_ink_is_white_along_the_path_and_black_elsewhere(canvas, qtbot):
    draw(qtbot, canvas, STROKE)
    a = pixels(canvas)
    for p, q in itertools.pairwise(STROKE):  # the smooth curve passes the midpoints
        mx, my = round((p[0] + q[0]) / 2), round((p[1] + q[1]) / 2)
        assert a[my, mx] > 230, (mx, my)
    assert a[STROKE[0][1], STROKE[0][0]] > 230 and a[STROKE[-1][1], STROKE[-1][0]] > 230
    far = distance_to_polyline(a.shape, STROKE) > DEFAULT_BRUSH / 2 + 8
    assert inner(a)[inner(far)].max() == 0  # black away from the ink, no hint text once drawn
    near = distance_to_polyline(a.shape, STROKE) < DEFAULT_BRUSH / 2 - 4
    assert a[near].mean() > 200


def test_a_fast_jump_still_paints_the_pixels_between(canvas, qtbot):
    draw(qtbot, canvas, [(30, 160), (290, 160)])  # one move event across the whole canvas
    row = pixels(canvas)[160]
    assert (row[30:291] > 230).all()
    assert row[10] == 0 and row[310] == 0


def test_a_click_without_moving_is_a_dot(canvas, qtbot):
    finished = Spy(canvas.strokeFinished)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(150, 150))
    assert canvas.strokes() == [[(150.0, 150.0)]]
    assert finished.count == 1
    a = pixels(canvas)
    r = DEFAULT_BRUSH / 2
    assert a[150, 150] > 230 and a[150, round(150 + r - 3)] > 200
    assert a[150, round(150 + r + 3)] == 0 and a[round(150 - r - 3), 150] == 0
    assert 0.7 * np.pi * r * r < (inner(a) > 127).sum() < 1.3 * np.pi * r * r  # a round dot, not a speck


def test_undo_removes_the_last_stroke(canvas, qtbot):
    draw(qtbot, canvas, [(40, 80), (280, 80)])
    draw(qtbot, canvas, [(40, 240), (280, 240)])
    changed = Spy(canvas.strokesChanged)
    canvas.undo()
    assert canvas.strokes() == [[(40.0, 80.0), (280.0, 80.0)]]
    assert changed.count == 1
    a = pixels(canvas)
    assert a[80, 160] > 230 and a[240, 160] == 0
    canvas.undo()
    assert canvas.strokes() == [] and not canvas.can_undo()
    canvas.undo()  # nothing left: nothing happens
    assert canvas.strokes() == []


def test_the_eraser_removes_the_strokes_it_touches_and_undo_brings_them_back(canvas, qtbot):
    draw(qtbot, canvas, [(40, 80), (280, 80)])
    draw(qtbot, canvas, [(40, 160), (280, 160)])
    draw(qtbot, canvas, [(40, 240), (280, 240)])
    before = canvas.strokes()
    canvas.set_eraser(True)
    changed, finished = Spy(canvas.strokesChanged), Spy(canvas.strokeFinished)
    # One fast vertical swipe across the first two lines (two events 100 px apart): both go.
    draw(qtbot, canvas, [(150, 50), (150, 150), (150, 175)])
    assert canvas.strokes() == [before[2]]
    assert changed.count >= 1 and finished.count == 1
    a = pixels(canvas)
    assert a[80, 60] == 0 and a[160, 260] == 0 and a[240, 160] > 230  # whole strokes, not pieces
    canvas.undo()  # one drag, one undo step
    assert canvas.strokes() == before
    assert pixels(canvas)[80, 60] > 230
    # A drag that touches nothing changes nothing and leaves no undo step.
    changed.count = 0
    draw(qtbot, canvas, [(150, 300), (200, 300)])
    assert canvas.strokes() == before and changed.count == 0
    canvas.set_eraser(False)
    canvas.undo()
    assert canvas.strokes() == before[:2]


def test_the_eraser_shows_its_circle(canvas, qtbot):
    canvas.set_eraser(True)
    cursor = canvas.cursor().pixmap()
    assert abs(cursor.width() - canvas.eraser_diameter()) <= 4
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(160, 60))  # above the hint text
    a = pixels(canvas)
    r = canvas.eraser_diameter() / 2
    outline = slice(round(160 + r) - 3, round(160 + r) + 3)
    assert a[60, outline].max() > 100  # the outline, while dragging (a finger has no cursor)
    assert a[60, round(160 + r) + 6] == 0
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(160, 60))
    assert pixels(canvas)[60, outline].max() == 0


def test_clear_and_escape_empty_the_canvas(canvas, qtbot):
    cleared, changed = Spy(canvas.cleared), Spy(canvas.strokesChanged)
    draw(qtbot, canvas, STROKE)
    canvas.clear()
    assert canvas.strokes() == [] and cleared.count == 1
    a = pixels(canvas)
    assert a[STROKE[2][1], STROKE[2][0]] < 100  # the ink is gone (the faint hint may be there)
    assert inner(a).max() < 140  # only the faint hint is left
    canvas.undo()  # a clear by mistake can be undone
    assert len(canvas.strokes()) == 1
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.strokes() == [] and cleared.count == 2
    draw(qtbot, canvas, STROKE)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.strokes() == [] and cleared.count == 3
    assert changed.count >= 3 + 2 * len(STROKE)


def test_the_canvas_keeps_delete_and_undo_from_the_windows_shortcuts(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    triggered = []
    for key in ("Delete", "Ctrl+Z"):
        action = QAction(key, window)
        action.setShortcut(key)
        action.triggered.connect(lambda *_a, key=key: triggered.append(key))
        window.addAction(action)
    canvas = DrawingCanvas()
    QVBoxLayout(window).addWidget(canvas)
    with qtbot.waitActive(window):  # window shortcuts only fire in the active window
        window.show()
        window.activateWindow()
    draw(qtbot, canvas, [(30, 30), (90, 90)])
    draw(qtbot, canvas, [(30, 90), (90, 30)])
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(canvas.strokes()) == 1
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.strokes() == [] and triggered == []
    window.setFocus()  # elsewhere in the window the actions have their keys
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert triggered == ["Delete"]


def test_the_empty_canvas_says_what_to_do(canvas):
    a = inner(pixels(canvas))
    assert 40 < a.max() < 160  # faint text, not ink
    assert canvas.accessibleName() and canvas.toolTip()


def test_a_picture_is_shown_crisp_and_drawing_replaces_it(canvas, qtbot):
    digit = QImage(28, 28, QImage.Format.Format_Grayscale8)
    digit.fill(0)
    for y in range(10, 18):
        for x in range(10, 18):
            digit.setPixelColor(x, y, QColor(255, 255, 255))
    changed = Spy(canvas.strokesChanged)
    canvas.set_image(digit)
    assert canvas.has_image() and changed.count == 0
    a = pixels(canvas)
    scale = SIZE / 28  # fills the square canvas
    assert a[round(14 * scale), round(14 * scale)] == 255
    # Nearest neighbour: the square's edge is sharp, full white one pixel in, black one pixel out.
    edge = 10 * scale
    assert a[160, int(np.ceil(edge)) + 1] == 255 and a[160, int(np.floor(edge)) - 1] == 0
    draw(qtbot, canvas, [(20, 300), (60, 300)])
    assert not canvas.has_image()
    a = pixels(canvas)
    assert a[160, 160] == 0 and a[300, 40] > 230
    canvas.undo()  # the picture comes back with the stroke undone
    assert canvas.has_image() and canvas.strokes() == [] and pixels(canvas)[160, 160] == 255
    canvas.set_image(None)
    assert not canvas.has_image() and pixels(canvas)[125, 125] == 0


@pytest.mark.parametrize("brush", [6.0, 18.0, 30.0])
def test_the_brush_size_is_the_ink_width(canvas, qtbot, brush):
    draw(qtbot, canvas, [(40, 160), (280, 160)])
    canvas.set_brush_size(brush)
    assert canvas.brush_size() == brush and canvas.thickness() == pytest.approx(brush / DEFAULT_BRUSH)
    width = ink_width(inner(pixels(canvas))[:, 158])
    assert abs(width - brush) <= 2, width


def test_set_strokes_loads_a_drawing(canvas):
    changed = Spy(canvas.strokesChanged)
    canvas.set_strokes([[(40, 160), (280, 160)], [(100, 100)]])
    assert canvas.strokes() == [[(40.0, 160.0), (280.0, 160.0)], [(100.0, 100.0)]]
    assert changed.count == 1 and not canvas.can_undo()
    a = pixels(canvas)
    assert a[160, 160] > 230 and a[100, 100] > 230


def test_resizing_scales_the_drawing_with_the_canvas(canvas, qtbot):
    draw(qtbot, canvas, [(40, 160), (280, 160)])
    canvas.setFixedSize(400, 400)
    qtbot.waitUntil(lambda: canvas.width() == 400)
    assert canvas.strokes() == [[(50.0, 200.0), (350.0, 200.0)]]
    assert pixels(canvas)[200, 200] > 230
    assert canvas.heightForWidth(300) == 300 and canvas.sizeHint().width() == 320


def test_trips_between_a_wide_and_a_square_canvas_keep_the_drawing_at_its_size(canvas, qtbot):
    """Draw's canvas is wide, Inside's square (≤ 280): the drawing went 150 → 110 → 94 px of ink
    on each trip; now it comes back as it was, and is as large as fits on the way."""
    canvas.setFixedSize(500, 340)
    qtbot.waitUntil(lambda: canvas.width() == 500)
    canvas.set_strokes([list(STROKE)])
    drawn = canvas.strokes()
    for _ in range(3):
        canvas.setFixedSize(280, 280)
        qtbot.waitUntil(lambda: canvas.width() == 280)
        width_before = drawn[0][-1][0] - drawn[0][0][0]
        width_now = canvas.strokes()[0][-1][0] - canvas.strokes()[0][0][0]
        assert width_now / width_before == pytest.approx(280 / 340)  # the inscribed square's scale
        canvas.setFixedSize(500, 340)
        qtbot.waitUntil(lambda: canvas.width() == 500)
        back = canvas.strokes()
        assert back == [[pytest.approx(p) for p in stroke] for stroke in drawn]


def test_a_pen_draws(canvas):
    device = QPointingDevice.primaryPointingDevice()
    finished = Spy(canvas.strokeFinished)

    def send(kind, x, y, buttons):
        pos = QPointF(x, y)
        event = QTabletEvent(kind, device, pos, canvas.mapToGlobal(pos), 0.5, 0.0, 0.0, 0.0, 0.0, 0.0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
        QApplication.sendEvent(canvas, event)

    send(QEvent.Type.TabletPress, 50, 200, Qt.MouseButton.LeftButton)
    send(QEvent.Type.TabletMove, 150, 200, Qt.MouseButton.LeftButton)
    send(QEvent.Type.TabletMove, 250, 200, Qt.MouseButton.LeftButton)
    send(QEvent.Type.TabletRelease, 250, 200, Qt.MouseButton.NoButton)
    assert canvas.strokes() == [[(50.0, 200.0), (150.0, 200.0), (250.0, 200.0)]]
    assert finished.count == 1
    assert (pixels(canvas)[200, 50:251] > 230).all()


def test_one_finger_draws(canvas):
    finished = Spy(canvas.strokeFinished)
    touch = QTest.createTouchDevice()
    QTest.touchEvent(canvas, touch).press(0, QPoint(50, 100), canvas).commit()
    QTest.touchEvent(canvas, touch).move(0, QPoint(150, 110), canvas).commit()
    QTest.touchEvent(canvas, touch).move(0, QPoint(250, 120), canvas).commit()
    QTest.touchEvent(canvas, touch).release(0, QPoint(250, 120), canvas).commit()
    assert canvas.strokes() == [[(50.0, 100.0), (150.0, 110.0), (250.0, 120.0)]]
    assert finished.count == 1
    assert pixels(canvas)[110, 150] > 230


def fit(strokes: list, size: float, margin: float = 40) -> list[list[tuple[float, float]]]:
    """Scale and centre strokes (any coordinates, y down) to fit a size×size canvas with a margin."""
    pts = np.concatenate([np.asarray(st, dtype=float) for st in strokes])
    lo, hi = pts.min(0), pts.max(0)
    scale = (size - 2 * margin) / max((hi - lo).max(), 1e-9)
    offset = (size - (hi - lo) * scale) / 2
    return [[tuple(((np.asarray(p, dtype=float) - lo) * scale + offset).tolist()) for p in st]
            for st in strokes]


@pytest.mark.skipif(not PENDIGITS.exists(), reason=f"no real pen trajectories at {PENDIGITS}")
def test_a_real_handwritten_digit_replays_as_its_strokes(canvas, qtbot):
    with PENDIGITS.open() as f:
        sample = next(s for s in map(json.loads, f) if len(s["strokes"]) == 2)
    strokes = fit(sample["strokes"], SIZE)
    finished = Spy(canvas.strokeFinished)
    for stroke in strokes:
        draw(qtbot, canvas, stroke)
    # A pen resting in place repeats its point: the canvas keeps one.
    assert canvas.strokes() == [[p for i, p in enumerate(st) if i == 0 or p != st[i - 1]] for st in strokes]
    assert finished.count == 2
    a = pixels(canvas)
    for stroke in strokes:  # the sparse points (100 ms apart) are joined: ink at every midpoint
        for p, q in itertools.pairwise([stroke[0], *stroke, stroke[-1]]):
            assert a[round((p[1] + q[1]) / 2), round((p[0] + q[0]) / 2)] > 200
