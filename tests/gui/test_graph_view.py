"""The graph view of a model as a student reads it: boxes below the layers they take input from,
each arrow labelled with the shape core computed, each box with core's Param #, MACs and memory, a
click on a box naming its row, errors in the error colour, and the whole graph saved as a PNG."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from core.model.checks import analyze
from core.model.costs import layer_costs
from core.model.graph import SEQUENTIAL_INPUT, inbound_rows
from core.model.shape_rules import format_shape
from core.model.spec import LayerSpec, ModelSpec
from core.model.summary import readable_memory_size
from core.model.templates import template
from gui.widgets.graph_layout import format_macs, place
from gui.widgets.graph_view import GraphView, error_colour

L = LayerSpec.new


@pytest.fixture
def view(qtbot):
    v = GraphView()
    qtbot.addWidget(v)
    v.resize(800, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def shown(view: GraphView, spec: ModelSpec) -> GraphView:
    view.set_model(spec, analyze(spec))
    return view


def ten_layers() -> ModelSpec:
    return ModelSpec((28, 28), [L("Flatten"), L("Dense", units=256), L("Dropout", rate=0.2),
                                L("Dense", units=128), L("BatchNormalization"), L("Dense", units=64),
                                L("Activation"), L("Dense", units=32), L("Dropout", rate=0.2),
                                L("Dense", units=10, activation="softmax")])


@pytest.mark.parametrize("name", ["residual_convnet", "multi_input_output", "small_convnet"])
def test_every_layer_is_below_the_layers_it_takes_input_from(view, name):
    spec = template(name)
    boxes = shown(view, spec).boxes()
    assert set(boxes) == set(range(len(spec.layers))) | ({SEQUENTIAL_INPUT} if not spec.functional else set())
    for row, sources in enumerate(inbound_rows(spec)):
        for source in sources:
            above, below = boxes[source].sceneBoundingRect(), boxes[row].sceneBoundingRect()
            assert above.bottom() < below.top(), (source, row)
    # Nothing overlaps: no two boxes, no label on a box or on another label.
    rects = [b.sceneBoundingRect().adjusted(2, 2, -2, -2) for b in boxes.values()]
    rects += [e.label.sceneBoundingRect() for e in view.edges()]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)


def test_the_skip_connection_and_the_two_inputs_are_drawn(view):
    spec = template("residual_convnet")
    boxes = shown(view, spec).boxes()
    add, conv2d, conv2d_2 = (boxes[i].sceneBoundingRect() for i in (4, 1, 3))
    assert conv2d.bottom() < conv2d_2.bottom() < add.top()
    spec = template("multi_input_output")
    boxes = shown(view, spec).boxes()
    # both inputs above the Concatenate that joins them, both outputs below the LSTM
    assert boxes[0].sceneBoundingRect().bottom() < boxes[4].sceneBoundingRect().top()
    assert boxes[3].sceneBoundingRect().bottom() < boxes[4].sceneBoundingRect().top()
    assert boxes[2].sceneBoundingRect().bottom() < boxes[9].sceneBoundingRect().top()


@pytest.mark.parametrize("name", ["multi_input_output", "residual_convnet", "mlp_300_100"])
def test_every_edge_is_labelled_with_the_source_rows_shape(view, name):
    spec = template(name)
    info = analyze(spec)
    edges = shown(view, spec).edges()
    wanted = sorted((s, t) for t, sources in enumerate(inbound_rows(spec)) for s in sources)
    assert sorted((e.source, e.target) for e in edges) == wanted
    for edge in edges:
        source = edge.source
        shape = tuple(spec.input_shape) if source == SEQUENTIAL_INPUT else info.rows[source].output_shape
        assert edge.label.text == format_shape(shape)
    labels = {(e.source, e.target): e.label.text for e in edges}
    if name == "multi_input_output":  # Keras's own summary says these
        assert labels[(1, 2)] == "(None, 100, 512)"
        assert labels[(2, 4)] == labels[(2, 9)] == "(None, 32)"
        assert labels[(4, 5)] == "(None, 37)"


def test_an_edge_starts_at_its_source_and_ends_at_its_target(view):
    spec = template("residual_convnet")
    boxes = shown(view, spec).boxes()
    for edge in view.edges():
        path = edge.path()
        start, end = path.pointAtPercent(0), path.pointAtPercent(1)
        source, target = boxes[edge.source].sceneBoundingRect(), boxes[edge.target].sceneBoundingRect()
        assert abs(start.y() - (source.bottom() - 2)) < 1 and source.left() < start.x() < source.right()
        assert abs(end.y() - (target.top() + 2)) < 1 and target.left() < end.x() < target.right()


def test_boxes_show_core_params_macs_and_memory(view):
    spec = template("small_convnet")
    info = analyze(spec)
    boxes = shown(view, spec).boxes()
    assert boxes[2].lines == ["conv2d_1 (Conv2D)", "Param # 18,496", "2.2 M MACs · 30.25 KB"]
    assert boxes[0].lines[1:] == ["Param # 320", "194.7 k MACs · 84.50 KB"]
    assert boxes[6].lines == ["dense (Dense)", "Param # 16,010", "16.0 k MACs · 40.00 B", "output"]
    for row, cost in zip(info.rows, layer_costs(spec, info), strict=True):
        lines = boxes[row.index].lines
        assert lines[0] == f"{row.name} ({row.class_name})"
        assert lines[1] == f"Param # {row.params:,}"
        assert lines[2] == f"{format_macs(cost.macs)} · {readable_memory_size(cost.activation_bytes)}"
    spec = template("multi_input_output")
    boxes = shown(view, spec).boxes()
    assert boxes[1].lines[1] == "Param # 5,120,000"
    assert boxes[2].lines[2] == "7.0 M MACs · 128.00 B"
    assert "Multiply-adds per sample: 6,963,200" in boxes[2].toolTip()


def test_output_layers_are_marked(view):
    spec = template("multi_input_output")
    boxes = shown(view, spec).boxes()
    outputs = {i for i, box in boxes.items() if box.lines[-1] == "output"}
    assert outputs == {8, 9}
    assert all(boxes[i].border_pen().widthF() > boxes[5].border_pen().widthF() for i in outputs)


def click(qtbot, view: GraphView, row: int) -> None:
    box = view.boxes()[row]
    view.view.centerOn(box)
    pos = view.view.mapFromScene(box.sceneBoundingRect().center())
    assert view.view.viewport().rect().contains(pos)
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.mark.parametrize("row", [4, 9, 0])
def test_a_click_on_a_box_emits_its_row(qtbot, view, row):
    shown(view, template("multi_input_output"))
    with qtbot.waitSignal(view.layerClicked, timeout=1000) as blocker:
        click(qtbot, view, row)
    assert blocker.args == [row]
    assert view.selected_row == row
    assert view.boxes()[row].border_pen().color() == view.palette().highlight().color()


def test_a_click_beside_the_boxes_or_on_a_sequential_input_emits_nothing(qtbot, view):
    shown(view, template("small_convnet"))
    with qtbot.assertNotEmitted(view.layerClicked):
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
        click(qtbot, view, SEQUENTIAL_INPUT)


def test_select_highlights_one_box(view):
    shown(view, template("residual_convnet"))
    highlight = view.palette().highlight().color()
    view.select(3)
    assert [i for i, b in view.boxes().items() if b.border_pen().color() == highlight] == [3]
    view.select(None)
    assert not any(b.border_pen().color() == highlight for b in view.boxes().values())
    view.select(6)
    shown(view, template("residual_convnet"))  # a new model keeps the selection
    assert view.boxes()[6].selected


def error_pixels(image: QImage, rect, colour: QColor) -> int:
    count = 0
    for y in range(int(rect.top()), int(rect.bottom())):
        for x in range(int(rect.left()), int(rect.right())):
            c = image.pixelColor(x, y)
            distance = abs(c.red() - colour.red()) + abs(c.green() - colour.green())
            if distance + abs(c.blue() - colour.blue()) < 30:
                count += 1
    return count


def test_an_erroring_row_is_drawn_in_the_error_colour(view):
    spec = template("small_convnet")
    spec.layers[2].params["kernel_size"] = (20, 20)  # larger than its 13×13 input
    info = analyze(spec)
    assert info.rows[2].error is not None
    boxes = shown(view, spec).boxes()
    image = view.render_image()
    red = error_colour()
    assert error_pixels(image, boxes[2].sceneBoundingRect(), red) > 200
    assert error_pixels(image, boxes[0].sceneBoundingRect(), red) == 0
    assert info.rows[2].error.message in boxes[2].toolTip()
    assert boxes[2].lines[2] == "? MACs · ?"
    labels = {(e.source, e.target): e.label.text for e in view.edges()}
    assert labels[(1, 2)] == "(None, 13, 13, 32)" and labels[(2, 3)] == "?"


def test_save_png_writes_the_whole_graph(view, tmp_path):
    spec = ten_layers()
    shown(view, spec)
    path = tmp_path / "graph.png"
    view.save_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.height() > image.width()
    assert image.height() > view.view.viewport().height()  # more than the part in view
    assert image.height() >= view.scene.sceneRect().height() - 1
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 20
    last = view.boxes()[9].sceneBoundingRect()
    assert image.pixelColor(int(last.center().x()), int(last.bottom() - 1)) != image.pixelColor(2, 2)


def test_fits_a_small_model_and_zooms_with_ctrl_wheel(view):
    shown(view, template("mlp_300_100"))
    port = view.view.viewport().rect()
    scene = view.view.mapFromScene(view.scene.sceneRect()).boundingRect()
    assert port.adjusted(-1, -1, 1, 1).contains(scene)
    before = view.scale()
    event = QWheelEvent(QPointF(100, 100), QPointF(view.view.viewport().mapToGlobal(QPoint(100, 100))),
                        QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.view.viewport(), event)
    assert view.scale() > before * 1.3
    assert not view.fits


def test_a_tall_model_stays_readable_and_scrolls(view):
    shown(view, ten_layers())
    assert view.scale() >= 0.8
    assert view.view.verticalScrollBar().maximum() > 0
    top = view.view.mapFromScene(view.boxes()[SEQUENTIAL_INPUT].sceneBoundingRect().topLeft())
    assert 0 <= top.y() < 40  # the graph's top in view


def test_unconnected_parts_are_laid_side_by_side():
    layout = place({0: (100, 40), 1: (100, 40), 2: (120, 40)}, [(0, 1, (60, 14))])
    a, b, c = layout.boxes[0], layout.boxes[1], layout.boxes[2]
    assert a.bottom < b.y and c.x >= max(a.x + a.w, b.x + b.w)
    assert layout.width >= c.x + c.w and layout.height >= b.bottom


def test_an_empty_functional_model_says_so(view):
    spec = ModelSpec(layers=[], functional=True)
    shown(view, spec)
    assert view.boxes() == {} and view.edges() == []
    assert any("No layers" in getattr(item, "text", lambda: "")() for item in view.scene.items())
