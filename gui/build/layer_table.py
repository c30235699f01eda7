"""The live summary table: one row per layer, as Keras's model.summary() shows it.

Rows can be dragged to reorder, and layer types dropped from the palette; both are
turned into undoable edits by the builder panel through the signals here.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.explain import param_formula, params_working, shape_rule, shape_working
from core.model.shapes import ModelInfo, format_shape
from core.model.spec import ModelSpec
from core.model.summary import format_count

ROW_MIME = "application/x-digitscope-row"
TYPE_MIME = "application/x-digitscope-layer-type"

COL_LAYER, COL_SHAPE, COL_PARAMS, COL_CONNECTED, COL_CHECK = range(5)
# Keras's model.summary() headings stay as Keras prints them ("Connected to": a functional model's,
# hidden for a Sequential one); "Check" is DigitScope's own column.
HEADERS = ("Layer (type)", "Output Shape", "Param #", "Connected to",
           QT_TRANSLATE_NOOP("LayerTableModel", "Check"))
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("LayerTableModel", "The layer's name and Keras class"),
    QT_TRANSLATE_NOOP("LayerTableModel", "The shape of its output; None is the batch"),
    QT_TRANSLATE_NOOP("LayerTableModel", "How many numbers it learns or keeps"),
    QT_TRANSLATE_NOOP("LayerTableModel", "The layers whose outputs it takes (functional API); "
                      "choose them in the layer's settings"),
    QT_TRANSLATE_NOOP("LayerTableModel", "What Keras would say about it"),
)
ERROR_BG = QColor(255, 226, 226)
WARNING_BG = QColor(255, 243, 205)

Index = QModelIndex | QPersistentModelIndex


class LayerTableModel(QAbstractTableModel):
    """Shows a ModelInfo; asks (via signals) for moves and inserts dropped on it."""

    moveRequested = Signal(int, int)  # from row, to row (position before removal)
    insertRequested = Signal(str, int)  # layer type, row

    def __init__(self) -> None:
        super().__init__()
        self._info: ModelInfo | None = None
        self._spec: ModelSpec | None = None

    def set_info(self, info: ModelInfo, spec: ModelSpec | None = None) -> None:
        """Show info (spec: the model it was analysed from, for the Param # and shape tooltips)."""
        self.beginResetModel()
        self._info, self._spec = info, spec
        self.endResetModel()

    # --- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._info is None else len(self._info.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return HEADERS[section] if section != COL_CHECK else translate("LayerTableModel",
                                                                                HEADERS[section])
            return str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return translate("LayerTableModel", HEADER_TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._info is None:
            return None
        row = self._info.rows[index.row()]
        col = index.column()
        problem = row.problems[0] if row.problems else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LAYER:
                return f"{row.name} ({row.class_name or row.type})" + (" ▸ " + translate(
                    "LayerTableModel", "output") if row.is_output and self._info.functional else "")
            if col == COL_CONNECTED:
                return ", ".join(row.inbound) or "-"
            if col == COL_SHAPE:
                return format_shape(row.output_shape)
            if col == COL_PARAMS:
                return format_count(row.params) if row.output_shape is not None else "?"
            if col == COL_CHECK:
                if problem is None:
                    if row.output_shape is not None:
                        return "✓"
                    return translate("LayerTableModel", "waits for the layer above")
                return ("✖ " if problem.severity == "error" else "⚠ ") + problem.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), col)
        if role == Qt.ItemDataRole.BackgroundRole and problem is not None:
            return QBrush(ERROR_BG if problem.severity == "error" else WARNING_BG)
        if role == Qt.ItemDataRole.ForegroundRole and problem is not None:
            # Dark text on the light red/yellow row, in the dark palette too.
            if col != COL_CHECK:
                return QBrush(QColor(20, 20, 20))
            return QBrush(QColor(160, 0, 0) if problem.severity == "error" else QColor(130, 80, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_PARAMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, index: int, col: int) -> str | None:
        """How the Param # or output shape of that row comes about; the problems on the others."""
        assert self._info is not None
        row = self._info.rows[index]
        problems = "\n".join(p.message for p in row.problems)
        if self._spec is None or col not in (COL_PARAMS, COL_SHAPE):
            return problems or None
        if col == COL_PARAMS:
            text = f"{param_formula(row.type)}\n{params_working(self._spec, self._info, index)}"
        else:
            text = f"{shape_rule(row.type)}\n{shape_working(self._spec, self._info, index)}"
        return f"{text}\n\n{problems}" if problems else text

    # --- drag and drop ------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME, TYPE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(ROW_MIME, QByteArray(str(indexes[0].row()).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        if data.hasFormat(ROW_MIME):
            self.moveRequested.emit(int(bytes(data.data(ROW_MIME).data()).decode()), row)
        elif data.hasFormat(TYPE_MIME):
            self.insertRequested.emit(bytes(data.data(TYPE_MIME).data()).decode(), row)
        else:
            return False
        # The edit goes through the undo stack, which resets this model: report "not moved"
        # so Qt does not also remove the source row itself.
        return False


class LayerTableView(QTableView):
    """The table widget, set up for selecting rows and dragging them."""

    def __init__(self, model: LayerTableModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        # One line per layer, every row as high as the others (as Keras's summary prints them): a long
        # Check message ends in "…", and the row's tooltip and the property box show all of it.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_LAYER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SHAPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PARAMS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CONNECTED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHECK, QHeaderView.ResizeMode.Stretch)
        self.setColumnHidden(COL_CONNECTED, True)  # shown for functional models (show_connections)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setAccessibleName(translate("LayerTableView", "Model layers and summary"))

    def show_connections(self, functional: bool) -> None:
        """Show the "Connected to" column for a functional model, hide it for a Sequential one."""
        self.setColumnHidden(COL_CONNECTED, not functional)
