"""The panes areas are made of: a settings column never scrolls sideways, a splitter never hides a pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from gui.widgets.panes import VerticalPane, sturdy_splitter


def wide_content() -> tuple[QWidget, QSpinBox]:
    content = QWidget()
    row = QHBoxLayout(content)
    row.addWidget(QLabel("dataset " * 8))
    box = QSpinBox()
    row.addWidget(box)
    return content, box


def test_a_vertical_pane_is_as_wide_as_its_content_and_never_scrolls_sideways(qtbot):
    content, box = wide_content()
    pane = VerticalPane(content)
    qtbot.addWidget(pane)
    needed = content.minimumSizeHint().width()
    assert pane.minimumSizeHint().width() >= needed
    host = QWidget()
    qtbot.addWidget(host)
    layout = QHBoxLayout(host)
    layout.addWidget(pane)
    host.resize(100, 200)  # narrower than the content: the layout keeps the pane's minimum
    host.show()
    qtbot.waitExposed(host)
    assert pane.width() >= needed and pane.horizontalScrollBar().maximum() == 0
    # What scrolled the Train settings to "ataset", "pochs": focus asking to see a cut-off box.
    pane.horizontalScrollBar().setValue(40)
    box.setFocus()
    pane.ensureWidgetVisible(box)
    assert pane.horizontalScrollBar().value() == 0


def test_a_sturdy_splitter_keeps_every_pane_in_sight(qtbot):
    top, bottom = QLabel("curves"), QLabel("results")
    top.setMinimumHeight(150)
    splitter = sturdy_splitter(Qt.Orientation.Vertical, top, bottom, sizes=[300, 300], stretch=[1, 1])
    qtbot.addWidget(splitter)
    splitter.resize(300, 600)
    splitter.show()
    qtbot.waitExposed(splitter)
    splitter.moveSplitter(0, 1)  # the handle dragged to the very top
    assert not splitter.childrenCollapsible()
    assert splitter.sizes()[0] >= 150 and top.isVisible()
    splitter.moveSplitter(600, 1)  # and to the very bottom
    assert splitter.sizes()[1] > 0
