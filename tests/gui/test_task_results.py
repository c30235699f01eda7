"""The test results as a student sees them for each task: classes (the confusion matrix as before),
yes/no (the threshold re-draws the 2×2 matrix, accuracy, precision and recall), a number (predicted
against true, the residuals, the MAE in words) and random data (every figure in a table)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.training.evaluate import Evaluation
from gui.train.results_panel import EMPTY_TEXT
from gui.train.task_results import TaskResults
from tests.gui.conftest import type_into_spinbox
from tests.gui.layout_checks import layout_problems
from tests.gui.test_results_panel import KNOWN, NAMES, make_results

SIZE = (850, 330)  # the results area of the window at 1280×720


def binary_evaluation(n: int = 300, seed: int = 1, names: tuple[str, str] = ("not 7", "7")) -> Evaluation:
    """A yes/no model's results: probabilities spread over 0.02–0.97, higher for the true "yes"."""
    rng = np.random.default_rng(seed)
    labels = (rng.random(n) < 0.35).astype(np.int64)
    p = np.clip(0.25 + 0.45 * labels + rng.normal(0, 0.2, n), 0.02, 0.97)
    p = np.round(p, 4).astype(np.float32).reshape(n, 1)  # no probability sits on a threshold of 0.01
    predicted = (p[:, 0] > 0.5).astype(np.int64)
    images = rng.integers(0, 256, (n, 28, 28), dtype=np.uint8)
    accuracy = float(np.mean(predicted == labels))
    return Evaluation(0.4321, accuracy, n, p, predicted, labels, images, list(names), "binary",
                      {"loss": 0.4321, "accuracy": accuracy})


def regression_evaluation(n: int = 89, seed: int = 2) -> Evaluation:
    rng = np.random.default_rng(seed)
    true = rng.uniform(25, 346, n).astype(np.float32)
    predicted = (true + rng.normal(0, 55, n)).astype(np.float32)
    mse = float(np.mean((predicted - true) ** 2))
    return Evaluation(mse, None, n, predicted.reshape(n, 1), predicted, true, None, [], "regression",
                      {"loss": mse, "mae": 44.1})


ANY_METRICS = {"loss": 1.3862, "main_output_loss": 0.6931, "aux_output_loss": 0.693,
               "main_output_accuracy": 0.505, "aux_output_mae": 0.000012345}


def any_evaluation() -> Evaluation:
    return Evaluation(1.3862, 0.505, 200, np.zeros((200, 1), np.float32), np.zeros(0, np.int64),
                      np.zeros(0, np.int64), None, [], "any", dict(ANY_METRICS))


def classes_evaluation() -> Evaluation:
    labels, predicted, probabilities, images = make_results(KNOWN)
    return Evaluation(0.331, 0.8851, len(labels), probabilities, predicted, labels, images, NAMES, "classes",
                      {"loss": 0.331, "accuracy": 0.8851})


EVERY_TASK = [classes_evaluation, binary_evaluation, regression_evaluation, any_evaluation]


@pytest.fixture
def results(qtbot):
    w = TaskResults()
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.clear()


def settle(qtbot, widget: QWidget) -> None:
    """Let Qt and pyqtgraph lay the view out (their plots take a few turns to reach their size)."""
    for _ in range(8):
        qtbot.wait(5)
        widget.grab()


def shown(widget: QWidget, child: QWidget) -> bool:
    return child.isVisibleTo(widget) and widget.isVisible()


def counts_by_hand(labels: np.ndarray, probabilities: np.ndarray, t: float) -> np.ndarray:
    yes = probabilities[:, 0] > t
    return np.array([[np.sum((labels == 0) & ~yes), np.sum((labels == 0) & yes)],
                     [np.sum((labels == 1) & ~yes), np.sum((labels == 1) & yes)]])


def assert_binary_at(results: TaskResults, e: Evaluation, t: float) -> None:
    """What the user reads equals what the threshold t gives, counted here by hand."""
    view = results.binary
    assert view.spin.value() == pytest.approx(t) and view.slider.value() == round(t * 100)
    counts = counts_by_hand(e.labels, e.probabilities, t)
    np.testing.assert_array_equal(view.matrix.matrix(), counts)
    np.testing.assert_array_equal(view.matrix.matrix(), [[np.sum((e.labels == a) & (e.predicted_at(t) == b))
                                                          for b in (0, 1)] for a in (0, 1)])
    (tn, fp), (fn, tp) = counts
    assert f"Test accuracy {100 * (tn + tp) / e.n:.2f}%" in view.matrix.headline.text()
    assert f"above {t:.2f}" in view.meaning.text() and "“7”" in view.meaning.text()
    if tp + fp:
        assert view.precision.text().startswith(f"Precision {100 * tp / (tp + fp):.1f}%")
        assert f"of the {tp + fp} samples" in view.precision.text()
    else:
        assert view.precision.text().startswith("Precision: –")
    assert view.recall.text().startswith(f"Recall {100 * tp / (tp + fn):.1f}%")
    assert f"finds {tp}." in view.recall.text()


def test_binary_threshold_redraws_matrix_accuracy_precision_recall(results, qtbot):
    e = binary_evaluation()
    results.show_evaluation(e)
    view = results.binary
    assert results.current_view() is view and results.task == "binary"
    assert_binary_at(results, e, 0.5)
    axis = view.matrix.matrix_plot.getAxis("left")
    assert [text for _pos, text in axis._tickLevels[0]] == ["not 7", "7"]  # rows named by class

    view.slider.setFocus()
    for _ in range(7):  # the arrow key: one hundredth a press
        qtbot.keyClick(view.slider, Qt.Key.Key_Right)
    assert_binary_at(results, e, 0.57)
    qtbot.keyClick(view.slider, Qt.Key.Key_PageDown)  # a page: five hundredths
    assert_binary_at(results, e, 0.52)
    before = view.matrix.matrix()
    type_into_spinbox(qtbot, view.spin, "0.2")
    assert_binary_at(results, e, 0.2)
    assert view.matrix.matrix()[0, 1] > before[0, 1]  # a lower threshold: more false alarms
    qtbot.keyClick(view.slider, Qt.Key.Key_End)
    assert_binary_at(results, e, 0.99)  # no probability is above 0.97: nothing counts as "7"
    assert view.matrix.matrix()[:, 1].sum() == 0
    qtbot.keyClick(view.slider, Qt.Key.Key_Home)
    assert_binary_at(results, e, 0.01)

    # The galleries follow the threshold: the "7"s found at 0.01 are every true "7".
    dialog = view.matrix.open_gallery(1, 1)
    assert len(dialog.indices) == min(100, int(np.sum(e.labels == 1)))
    dialog.close()

    results.show_evaluation(binary_evaluation(seed=5))  # a new model starts at 0.5
    assert view.spin.value() == pytest.approx(0.5) and view.slider.value() == 50


def test_binary_class_names_of_fashion(results, qtbot):
    e = binary_evaluation(names=("Sneaker", "Ankle boot"))
    results.show_evaluation(e)
    view = results.binary
    assert "as “Ankle boot” when the model's probability of “Ankle boot” is above 0.50" in view.meaning.text()
    assert "otherwise as “Sneaker”" in view.meaning.text()


def test_regression_scatter_histogram_and_mae(results, qtbot):
    e = regression_evaluation()
    results.show_evaluation(e)
    view = results.regression
    assert results.current_view() is view
    x, y = view.scatter.getData()
    np.testing.assert_allclose(x, e.labels, rtol=1e-6)  # true along x
    np.testing.assert_allclose(y, e.predicted, rtol=1e-6)  # predicted up
    assert view.histogram_counts().sum() == e.n
    counts, _edges = np.histogram(e.predicted - e.labels, bins=len(view.histogram_counts()),
                                  range=(view.histogram.opts["x0"][0], view.histogram.opts["x1"][-1]))
    np.testing.assert_array_equal(view.histogram_counts(), counts)
    assert view.zero_line.value() == 0
    settle(qtbot, results)
    (x0, x1), (y0, y1) = view.scatter_plot.vb.viewRange()
    assert (x0, x1) == pytest.approx((y0, y1))  # equal ranges: the diagonal runs at 45°
    dx, dy = view.diagonal.getData()
    np.testing.assert_array_equal(dx, dy)  # y = x
    assert dx[0] <= min(e.labels.min(), e.predicted.min())
    assert dx[-1] >= max(e.labels.max(), e.predicted.max())
    assert view.summary.text().startswith("On average the prediction is 44.1 off, in the target's own units")
    assert f"Test loss {e.test_loss:,.1f}" in view.headline.text()
    assert "mean absolute error (MAE) 44.1" in view.headline.text()
    assert "89 test samples" in view.headline.text()
    assert view.scatter_plot.getAxis("bottom").labelText == "true value"
    assert view.scatter_plot.getAxis("left").labelText == "predicted value"
    assert not view.not_numbers.isVisibleTo(view)


def test_regression_without_mae_and_with_a_nan(results):
    e = regression_evaluation(n=20)
    e.metrics = {"loss": e.test_loss}  # compiled without the mae metric
    e.predicted[3] = np.nan
    results.show_evaluation(e)
    view = results.regression
    ok = np.isfinite(e.predicted)
    mae = float(np.mean(np.abs(e.predicted[ok] - e.labels[ok])))
    assert f"is {mae:.3g} off" in view.summary.text()
    assert view.histogram_counts().sum() == 19 and len(view.scatter.getData()[0]) == 19
    assert view.not_numbers.isVisibleTo(view) and "1 of the 20 predictions" in view.not_numbers.text()


def test_any_lists_every_metric(results):
    results.show_evaluation(any_evaluation())
    view = results.any
    assert results.current_view() is view
    assert view.rows() == [("loss", "1.3862"), ("main_output_loss", "0.6931"), ("aux_output_loss", "0.6930"),
                           ("main_output_accuracy", "0.5050"), ("aux_output_mae", "1.234e-05")]
    assert "no pattern" in view.note.text() and view.note.isVisibleTo(view)
    assert "Test loss 1.3862" in view.headline.text()


def test_classes_show_the_confusion_matrix_as_before(results):
    results.show_evaluation(classes_evaluation())
    assert results.current_view() is results.classes and results.task == "classes"
    np.testing.assert_array_equal(results.classes.matrix(), KNOWN)
    assert results.classes.headline.text().startswith("Test accuracy 88.51%")
    assert results.classes.accuracy_view.isVisibleTo(results.classes)  # the bars, as before


@pytest.mark.parametrize("make", EVERY_TASK)
def test_outdated_and_clear_as_the_user_sees_them(results, qtbot, make):
    e = make()
    results.show_evaluation(e)
    view = results.current_view()
    warning = view.matrix.outdated if view is results.binary else view.outdated
    assert not shown(results, warning)
    results.set_outdated(True)
    assert shown(results, warning) and "it has changed since" in warning.text()
    if view is results.binary:  # moving the threshold still shows the old model's results
        results.binary.spin.setValue(0.7)
        assert shown(results, warning)
    results.set_outdated(False)
    assert not shown(results, warning)
    results.set_outdated(True)
    results.show_evaluation(e)  # the new results are of the model as it is
    assert not shown(results, warning)

    results.clear()
    assert results.task is None and results.current_view() is results.classes
    empty = results.classes.empty_label
    assert shown(results, empty) and empty.text().startswith(EMPTY_TEXT)
    results.set_outdated(True)  # nothing shown: nothing to call out of date
    assert not any(shown(results, w) for w in (results.classes.outdated, results.binary.matrix.outdated,
                                                results.regression.outdated, results.any.outdated))
    assert not results.regression.headline.text() and results.any.table.rowCount() == 0


@pytest.mark.parametrize("make", EVERY_TASK)
def test_fits_the_results_area_at_1280x720(results, qtbot, make):
    """At 850×330 nothing is cut: no widget below its minimum, no wrapped text short of lines, no
    plot drawn wider or taller than its view. The picture is saved to look at."""
    e = make()
    results.show_evaluation(e)
    results.set_outdated(True)  # the tallest state: the warning line shows too
    settle(qtbot, results)
    assert results.size().toTuple() == SIZE
    assert layout_problems(results) == []
    for view in results.findChildren(pg.PlotWidget):
        if view.isVisible():
            item = view.getPlotItem().geometry()
            assert item.width() <= view.width() + 1 and item.height() <= view.height() + 1, \
                (view.accessibleName(), item, view.size())
    if e.task == "binary":  # the threshold column beside the matrix, not over it
        controls = results.binary.slider.parentWidget().geometry()
        assert not controls.intersects(results.binary.matrix.geometry())
    results.grab().save(f"/tmp/test_results_{e.task}.png")
