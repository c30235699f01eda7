"""What a student sees cut off: widgets smaller than they need, wrapped text cut at the bottom,
panes scrolled sideways, splitter panes squeezed to nothing. Used by the walk through every area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollBar,
    QSizePolicy,
    QSplitter,
    QWidget,
)


def describe(w: QWidget) -> str:
    """A widget as a failure names it: type, name or text, size and where it sits."""
    text = ""
    if isinstance(w, QLabel | QAbstractButton):
        text = w.text()
    elif isinstance(w, QGroupBox):
        text = w.title()
    elif isinstance(w, QComboBox):
        text = w.currentText()
    chain, p = [], w.parentWidget()
    while p is not None and len(chain) < 4:
        chain.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    label = w.objectName() or (repr(text[:50]) if text else "")
    return f"{type(w).__name__} {label} {w.width()}×{w.height()} in {' < '.join(chain)}"


def _laid_out(w: QWidget) -> bool:
    """Whether a layout sizes w: not one of Qt's own parts of a widget (a spin box's line edit, a
    view's header or scroll bar: their owner sizes them), not an empty label."""
    if w.objectName().startswith("qt_") or isinstance(w, QHeaderView | QScrollBar):
        return False
    if isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
        return False
    return not (isinstance(w, QLabel) and not w.text().strip() and w.pixmap().isNull())


def _smaller_than_needed(w: QWidget) -> str | None:
    if not _laid_out(w):
        return None
    hint = w.minimumSizeHint()
    if not hint.isValid():
        return None
    policy = w.sizePolicy()
    # A minimum set on the widget replaces its hint (as Qt's layouts do it).
    need_w = w.minimumWidth() or hint.width()
    need_h = w.minimumHeight() or hint.height()
    short = []
    if policy.horizontalPolicy() != QSizePolicy.Policy.Ignored and w.width() + 1 < need_w:
        short.append(f"width {w.width()} < {need_w}")
    if policy.verticalPolicy() != QSizePolicy.Policy.Ignored and w.height() + 1 < need_h:
        short.append(f"height {w.height()} < {need_h}")
    return ", ".join(short) or None


def layout_problems(root: QWidget) -> list[str]:
    """Everything visible in root (its own window) that is cut: one line each."""
    problems = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or (w.isWindow() and w is not root):
            continue
        short = _smaller_than_needed(w)
        if short:
            problems.append(f"{describe(w)}: {short}")
        if isinstance(w, QLabel) and w.wordWrap() and w.text().strip():
            needed = w.heightForWidth(w.width())
            if needed > w.height() + 1:
                problems.append(f"{describe(w)}: wrapped text needs {needed} px of height")
        if isinstance(w, QAbstractScrollArea) and \
                w.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            bar = w.horizontalScrollBar()
            if bar.maximum() > 0 or bar.value() > 0:
                problems.append(f"{describe(w)}: its content is {bar.maximum()} px wider than it "
                                f"(scrolled {bar.value()} px sideways)")
        if isinstance(w, QSplitter):
            if w.childrenCollapsible():
                problems.append(f"{describe(w)}: a drag can collapse its panes")
            for i, size in enumerate(w.sizes()):
                if w.widget(i).isVisibleTo(w) and size == 0:
                    problems.append(f"{describe(w)}: pane {i} squeezed to nothing")
    return problems
