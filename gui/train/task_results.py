"""The Train area's test results, in the shape the model's task needs: for classes, the confusion
matrix (ResultsPanel); for a yes/no question, the 2×2 matrix and the threshold (results_binary);
for a number, the predictions against the truth (results_regression); for random data, every figure
model.evaluate gave, as a table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.training.evaluate import Evaluation
from gui.train.results_binary import BinaryResults
from gui.train.results_panel import ResultsPanel
from gui.train.results_regression import RegressionResults, headline_label, outdated_label
from gui.widgets.theme import muted_style


def figure(value: float) -> str:
    """A metric as the table shows it: four decimals ("0.6931", "12.5000"), or four significant
    digits where that would hide it ("1.234e+05", "3.2e-06")."""
    v = float(value)
    return f"{v:.4f}" if v == 0 or 1e-3 <= abs(v) < 1e5 else f"{v:.4g}"


class AnyResults(QWidget):
    """Random data (one or several outputs): each of model.evaluate's figures in a row."""

    def __init__(self) -> None:
        super().__init__()
        self.headline = headline_label()
        self.note = QLabel(translate("TaskResults", "Random data has no pattern to learn: the point is that "
                                     "the model builds and trains (its loss goes down on the training "
                                     "data), not its test score."),
                           wordWrap=True, styleSheet=muted_style())
        self.note.setObjectName("randomDataNote")
        self.outdated = outdated_label()
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("metricsTable")
        self.table.setHorizontalHeaderLabels([translate("TaskResults", "figure"),
                                              translate("TaskResults", "value on the test split")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)  # the default margins, as the classes' panel
        layout.addWidget(self.headline)
        layout.addWidget(self.note)
        layout.addWidget(self.outdated)
        layout.addWidget(self.table, 1)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self.outdated.hide()
        self.headline.setText(translate("TaskResults", "Test loss {loss:.4f} · {n:,} test samples").format(
            loss=evaluation.test_loss, n=evaluation.n))
        # Keras's own names (loss, main_output_accuracy, …) stay as Keras spells them.
        rows = list(evaluation.metrics.items()) or [("loss", evaluation.test_loss)]
        self.table.setRowCount(len(rows))
        for r, (name, value) in enumerate(rows):
            for c, text in enumerate((name, figure(value))):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setToolTip(repr(float(value)))
                self.table.setItem(r, c, item)

    def rows(self) -> list[tuple[str, str]]:
        """The table as the user reads it: (name, value) per row."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]

    def clear(self) -> None:
        self.headline.clear()
        self.outdated.hide()
        self.table.setRowCount(0)

    def set_outdated(self, outdated: bool) -> None:
        self.outdated.setVisible(outdated and bool(self.headline.text()))


class TaskResults(QWidget):
    """The Train area's "after training" view, whatever the task; empty until show_evaluation."""

    def __init__(self) -> None:
        super().__init__()
        self.classes = ResultsPanel()  # classes (and the empty view): the panel as it always was
        self.binary = BinaryResults()
        self.regression = RegressionResults()
        self.any = AnyResults()
        self.stack = QStackedWidget()
        for view in (self.classes, self.binary, self.regression, self.any):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._views = {"classes": self.classes, "binary": self.binary, "regression": self.regression,
                       "any": self.any}
        self.task: str | None = None  # the task of the results shown; None while empty

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show a model's test results in the view of its task."""
        task = evaluation.task if evaluation.task in self._views else "classes"
        self.clear()
        if task == "classes":
            self.classes.show_results(
                evaluation.test_loss, evaluation.test_accuracy, evaluation.labels, evaluation.predicted,
                evaluation.probabilities, evaluation.images, evaluation.class_names)
        else:
            self._views[task].show_evaluation(evaluation)
        self.task = task
        self.stack.setCurrentWidget(self._views[task])

    def clear(self) -> None:
        """Back to the empty view: nothing trained, nothing to show."""
        for view in self._views.values():
            view.clear()
        self.task = None
        self.stack.setCurrentWidget(self.classes)  # its empty state says what will come

    def set_outdated(self, outdated: bool) -> None:
        """Say that the results shown are of a model that has changed since (or take it back)."""
        for view in self._views.values():
            view.set_outdated(outdated)

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()
