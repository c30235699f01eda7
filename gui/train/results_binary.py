"""Test results of a yes/no model (one sigmoid unit): the 2×2 confusion matrix with the class names
(the classes' ResultsPanel, galleries included) beside the threshold that turns the model's
probability of "yes" into an answer, and what the threshold does to precision and recall."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.training.evaluate import BINARY_THRESHOLD, Evaluation
from gui.train.results_panel import ResultsPanel
from gui.widgets.theme import muted_style

STEPS = 100  # the slider counts hundredths: 1 … 99 is 0.01 … 0.99
CONTROLS_WIDTH = 290  # the threshold column; the matrix gets the rest


def precision_recall(labels: np.ndarray, predicted: np.ndarray) -> tuple[float | None, float | None]:
    """Of class 1 ("yes"): precision = right yes / predicted yes, recall = right yes / true yes; None
    where there is nothing to divide by."""
    labels = np.asarray(labels).ravel()
    predicted = np.asarray(predicted).ravel()
    right = int(np.sum((labels == 1) & (predicted == 1)))
    said, true = int(np.sum(predicted == 1)), int(np.sum(labels == 1))
    return (right / said if said else None), (right / true if true else None)


class BinaryResults(QWidget):
    """The threshold (slider and spin box, 0.01–0.99) and what it gives, beside the 2×2 matrix."""

    def __init__(self) -> None:
        super().__init__()
        self.evaluation: Evaluation | None = None
        self._outdated = False

        self.matrix = ResultsPanel()  # the 2×2 matrix, its galleries and the accuracy headline
        # Its per-class bars would repeat the recall ("7" right) beside the matrix, in room the
        # threshold needs: only the matrix shows.
        self.matrix.accuracy_view.hide()

        title = QLabel(translate("TaskResults", "Threshold"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(1, STEPS - 1)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(5)
        self.slider.setAccessibleName(translate("TaskResults", "Threshold"))
        self.spin = QDoubleSpinBox()
        self.spin.setRange(1 / STEPS, 1 - 1 / STEPS)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(1 / STEPS)
        self.spin.setAccessibleName(translate("TaskResults", "Threshold"))
        self.slider.setValue(round(BINARY_THRESHOLD * STEPS))
        self.spin.setValue(BINARY_THRESHOLD)
        tip = translate("TaskResults", "The model gives each test sample a probability of the second "
                        "class; above the threshold the sample counts as that class.")
        self.slider.setToolTip(tip)
        self.spin.setToolTip(tip)
        self.meaning = QLabel(wordWrap=True)
        self.meaning.setObjectName("thresholdMeaning")
        self.precision = QLabel(wordWrap=True)
        self.precision.setObjectName("precision")
        self.recall = QLabel(wordWrap=True)
        self.recall.setObjectName("recall")
        for label in (self.meaning, self.precision, self.recall):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trade = QLabel(translate("TaskResults", "A higher threshold: fewer false alarms (precision "
                                      "up), more missed cases (recall down)."),
                            wordWrap=True, styleSheet=muted_style())

        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        controls = QWidget()
        controls.setFixedWidth(CONTROLS_WIDTH)
        column = QVBoxLayout(controls)
        m = self.matrix.layout().contentsMargins()  # level with the matrix's headline
        column.setContentsMargins(m.left(), m.top(), 0, m.bottom())
        column.addWidget(title)
        column.addLayout(row)
        column.addWidget(self.meaning)
        column.addWidget(self.precision)
        column.addWidget(self.recall)
        column.addWidget(self.trade)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(controls)
        layout.addWidget(self.matrix, 1)

        # Receivers are this widget's methods (GUI thread). The slider moves the spin box, whose value
        # is the threshold; typing in the spin box moves the slider back.
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)

    # --- public API -----------------------------------------------------------------------------
    def threshold(self) -> float:
        return round(self.spin.value(), 2)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show a yes/no model's test results at the threshold 0.5 (where the model was evaluated)."""
        self.evaluation = evaluation
        self._outdated = False
        if self.threshold() != BINARY_THRESHOLD:
            self.spin.setValue(BINARY_THRESHOLD)  # redraws
        else:
            self.redraw()

    def clear(self) -> None:
        self.evaluation = None
        self._outdated = False
        self.matrix.clear()
        for label in (self.meaning, self.precision, self.recall):
            label.clear()

    def set_outdated(self, outdated: bool) -> None:
        self._outdated = outdated
        self.matrix.set_outdated(outdated)

    # --- drawing ----------------------------------------------------------------------------------
    def redraw(self) -> None:
        """The matrix, the accuracy, precision and recall at the threshold shown."""
        e = self.evaluation
        if e is None:
            return
        t = self.threshold()
        predicted = e.predicted_at(t)
        labels = np.asarray(e.labels, dtype=np.int64).ravel()
        yes_probability = e.probabilities.reshape(e.n, -1)[:, 0].astype(np.float32)
        both = np.stack([1 - yes_probability, yes_probability], axis=1)  # the matrix's galleries show both
        images = e.images if e.images is not None else np.zeros((e.n, 1, 1), dtype=np.uint8)
        names = list(e.class_names) if len(e.class_names) == 2 else ["0", "1"]
        accuracy = float(np.mean(predicted == labels)) if e.n else 0.0
        self.matrix.show_results(e.test_loss, accuracy, labels, predicted, both, images, names)
        self.matrix.set_outdated(self._outdated)  # show_results takes it back: the model is still the old one
        no, yes = names
        self.meaning.setText(translate("TaskResults", "A sample counts as “{yes}” when the model's "
                                       "probability of “{yes}” is above {threshold:.2f}; otherwise as "
                                       "“{no}”.").format(yes=yes, no=no, threshold=t))
        precision, recall = precision_recall(labels, predicted)
        right = int(np.sum((labels == 1) & (predicted == 1)))
        if precision is None:
            self.precision.setText(translate("TaskResults", "Precision: – (no test sample counts as "
                                             "“{yes}” at this threshold)").format(yes=yes))
        else:
            self.precision.setText(translate("TaskResults", "Precision {precision:.1f}%: of the {said:,} "
                                             "samples counted as “{yes}”, {right:,} are.").format(
                precision=100 * precision, said=int(np.sum(predicted == 1)), yes=yes, right=right))
        if recall is None:
            self.recall.setText(translate("TaskResults", "Recall: – (no test sample is “{yes}”)").format(
                yes=yes))
        else:
            self.recall.setText(translate("TaskResults", "Recall {recall:.1f}%: of the {true:,} samples "
                                          "that are “{yes}”, the model finds {right:,}.").format(
                recall=100 * recall, true=int(np.sum(labels == 1)), yes=yes, right=right))

    def _on_slider(self, value: int) -> None:
        self.spin.setValue(value / STEPS)  # its valueChanged redraws

    def _on_spin(self, value: float) -> None:
        steps = round(value * STEPS)
        if self.slider.value() != steps:
            self.slider.blockSignals(True)
            self.slider.setValue(steps)
            self.slider.blockSignals(False)
        self.redraw()
