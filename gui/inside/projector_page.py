"""Inside ▸ Projector: the selected layer's outputs for 1,000–5,000 test images as a 2-D map (PCA,
t-SNE, UMAP when installed; core.inspection.projection), points coloured by their class, the
misclassified marked ×, the drawing a live star; click a point to see its image and what the model
said. Computed in the background with progress and cancel (gui.session.tasks); each map is kept
per layer, method, sample size and epoch, so scrubbing the epochs back shows the clusters forming
without computing again, and a new epoch's map is turned onto the one shown."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.inspection.projection import METHOD_NAMES, SAMPLE_SIZES, Cancelled, Projection, methods
from gui.session.tasks import BackgroundTask
from gui.widgets.image_files import export_png
from gui.widgets.plots import fixed_plot
from gui.widgets.qimages import to_qimage
from gui.widgets.theme import error_style

KEPT_MAPS = 40  # maps kept (each a few hundred kB at 2,000 images)
SEED = 0


def class_brushes(n: int) -> list[Any]:
    """One distinct colour per class."""
    return [pg.mkBrush(pg.intColor(k, hues=max(n, 9), values=1, maxValue=220)) for k in range(n)]


class ProjectorPage(QWidget):
    """The projector of the layer Inside has selected (the panel calls show_for on refresh)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = QComboBox()
        for m in methods():
            self.method.addItem(METHOD_NAMES[m], m)
        self.method.setToolTip(translate("ProjectorPage", "PCA: the two directions the layer's outputs "
                                         "vary most (quick; a linear view). t-SNE: keeps neighbours together "
                                         "(clusters show clearly; distances between clusters mean little). "
                                         "UMAP appears when umap-learn is installed."))
        self.size = QComboBox()
        for n in SAMPLE_SIZES:
            self.size.addItem(translate("ProjectorPage", "{n:,} test images").format(n=n), n)
        self.size.setCurrentIndex(1)
        self.project_button = QPushButton(translate("ProjectorPage", "Project"))
        self.project_button.setToolTip(translate("ProjectorPage", "Map the selected layer's outputs for "
                                                 "these test images; scrub the epochs afterwards to watch "
                                                 "the classes form."))
        self.cancel_button = QPushButton(translate("ProjectorPage", "Cancel"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel(translate("ProjectorPage", "Choose a layer and press Project."))
        self.status.setWordWrap(True)
        controls = QHBoxLayout()
        for w in (self.method, self.size, self.project_button, self.cancel_button, self.progress):
            controls.addWidget(w)
        self.view, self.plot = fixed_plot(translate("ProjectorPage", "The layer's outputs, projected"))
        self.plot.setMouseEnabled(x=True, y=True)  # a map: zoom into a cluster
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor="k")
        self.points = pg.ScatterPlotItem(size=7, pen=None, hoverable=True)
        self.points.sigClicked.connect(self._on_click)
        self.plot.addItem(self.points)
        self.live = pg.ScatterPlotItem(size=22, symbol="star", brush=pg.mkBrush("y"),
                                       pen=pg.mkPen("k", width=2))
        self.live.setZValue(10)
        self.plot.addItem(self.live)
        self.picked_image = QLabel()
        self.picked_image.setFixedSize(112, 112)
        self.picked_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picked_text = QLabel(translate("ProjectorPage", "Click a point to see its image and what the "
                                            "model said."))
        self.picked_text.setWordWrap(True)
        self.picked_text.setTextFormat(Qt.TextFormat.RichText)
        side = QVBoxLayout()
        side.addWidget(self.picked_image)
        side.addWidget(self.picked_text)
        side.addStretch(1)
        side_host = QWidget()
        side_host.setLayout(side)
        side_host.setFixedWidth(190)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(side_host)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)

        self.task = BackgroundTask("projector", self, interval_s=0.1)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self.task.runningChanged.connect(self._show_running)
        self.project_button.clicked.connect(self.project)
        self.cancel_button.clicked.connect(self.cancel)
        self.maps: OrderedDict[tuple, tuple[Projection, Any]] = OrderedDict()  # key → (map, feature model)
        self.shown: tuple | None = None  # the key of the map on screen
        self.wanted: tuple | None = None  # (layer, method, size): the student asked; epochs follow
        self._pending: tuple | None = None  # a request made while another map was computing
        self._context: dict[str, Any] = {}
        self._show_running(False)

    # --- what the panel hands over ------------------------------------------------------------------
    def show_for(self, model: Any, row: Any, epoch: int | None, inputs: Any, class_names: list[str]) -> None:
        """Show the map of row's layer at epoch (computing it when the student has asked for this
        layer's map before), with Inside's input (the drawing, or the test image chosen) as a star.
        inputs: Inside's InputChooser (the input now, and the test images that fit the model)."""
        from core.data.dataset import DatasetError
        from gui.inside.input_chooser import takes_images

        why_not, dataset = "", None
        if not takes_images(model) or len(model.outputs) != 1:
            why_not = translate("ProjectorPage", "The projector maps the layers of a model that takes one "
                                "image and gives classes; this model does not.")
        else:
            try:
                dataset = inputs.test_images()
            except (DatasetError, ValueError) as e:
                why_not = str(e)
        if why_not:
            self._context = {}
            self._clear(why_not, error=True)
            return
        self._context = {"model": model, "row": row, "epoch": epoch, "dataset": dataset,
                         "class_names": class_names, "x_live": inputs.current()[0]}
        key = self._key()
        if key in self.maps:
            if self.shown != key:
                self._draw(key)
            self._place_live()
        elif self.wanted == key[:3]:
            self.project()  # the epoch moved (scrubbed, or a new epoch trained): this epoch's map
        elif not self.task.running:
            self._ask_to_project()

    def _ask_to_project(self) -> None:
        if self.shown is None or self.shown not in self.maps or self.shown != self._key():
            self._clear(translate("ProjectorPage", "Press Project to map the layer {layer}.").format(
                layer=self._context["row"].name))

    def _key(self) -> tuple:
        c = self._context
        return (c["row"].name, self.method.currentData(), self.size.currentData(), c["epoch"], id(c["model"]),
                c["dataset"].name)

    # --- computing ----------------------------------------------------------------------------------
    def project(self) -> None:
        """Map the selected layer for the shown epoch, in the background (a running map finishes first)."""
        from core.data.preprocess import prepare_images
        from core.inspection.projection import feature_model, projection, sample_indices

        c = self._context
        if not c or c.get("model") is None:
            return
        key = self._key()
        self.wanted = key[:3]
        if self.task.running:
            self._pending = key
            return
        if key in self.maps:
            self._draw(key)
            return
        dataset, model, row = c["dataset"], c["model"], c["row"]
        indices = sample_indices(len(dataset.x_test), key[2], SEED)
        try:
            x = prepare_images(dataset.x_test[indices], tuple(int(d) for d in model.inputs[0].shape[1:]))
        except ValueError as e:
            self._clear(str(e), error=True)
            return
        features = feature_model(model, row.index)
        labels = np.asarray(dataset.y_test[indices])
        previous = self.maps[self.shown][0].coords if self.shown is not None and self.shown[:3] == key[:3] \
            and self.shown in self.maps and len(self.maps[self.shown][0].coords) == len(indices) else None
        self.status.setText(translate("ProjectorPage", "Computing the layer's outputs for {n:,} test "
                                      "images…").format(n=len(indices)))
        self.status.setStyleSheet("")

        def work(reporter: Any) -> Any:
            try:
                made = projection(features, x, labels, indices, row.name, key[1], SEED, previous,
                                  progress=lambda stage, share: reporter.latest((stage, share)),
                                  cancelled=lambda: reporter.cancelled)
            except Cancelled:
                return None
            return key, made, features

        self.task.start(work)

    def cancel(self) -> None:
        """Stop the map being computed (t-SNE itself runs to its end, unseen)."""
        self._pending = None
        self.wanted = None
        self.task.cancel()
        self.status.setText(translate("ProjectorPage", "Cancelled."))

    def _on_progress(self, value: tuple[str, float]) -> None:
        stage, share = value
        if stage == "outputs":
            self.progress.setValue(round(80 * share))
        else:
            self.progress.setValue(85)
            self.status.setText(translate("ProjectorPage", "Projecting with {method}…").format(
                method=METHOD_NAMES.get(self.method.currentData(), "")))

    def _on_done(self, result: Any) -> None:
        if result is not None:
            key, made, features = result
            self.maps[key] = (made, features)
            while len(self.maps) > KEPT_MAPS:
                self.maps.popitem(last=False)
            if self._context and self._key() == key:
                self._draw(key)
        pending, self._pending = self._pending, None
        if pending is not None and pending not in self.maps and self._context and self._key() == pending:
            self.project()
        elif result is not None and self._context and self._key() not in self.maps:
            self._ask_to_project()  # the student moved to another layer meanwhile

    def _on_failed(self, message: str) -> None:
        self._clear(translate("ProjectorPage", "Could not map the layer: {message}").format(message=message),
                    error=True)

    def _show_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)

    # --- showing ------------------------------------------------------------------------------------
    def _clear(self, text: str, error: bool = False) -> None:
        self.picked_image.clear()
        self.picked_text.setText(translate("ProjectorPage", "Click a point to see its image and what the "
                                           "model said."))
        self.points.clear()
        self.live.clear()
        self.legend.clear()
        self.shown = None
        self.status.setText(text)
        self.status.setStyleSheet(error_style() if error else "")

    def _draw(self, key: tuple) -> None:
        made = self.maps[key][0]
        names = self._context["class_names"]
        n = max(len(names), int(made.labels.max()) + 1 if len(made.labels) else 1)
        brushes = class_brushes(n)
        wrong = made.misclassified
        self.points.setData(pos=made.coords, data=np.arange(len(made.coords)),
                            brush=[brushes[int(k)] for k in made.labels],
                            symbol=["x" if w else "o" for w in wrong], size=[11 if w else 7 for w in wrong])
        self.legend.clear()
        for k in range(min(n, 20)):
            sample = pg.ScatterPlotItem(brush=brushes[k], pen=None, size=9)
            self.legend.addItem(sample, names[k] if k < len(names) else str(k))
        self.shown = key
        epoch = key[3]
        at = "" if epoch is None else translate("ProjectorPage", " after epoch {epoch}").format(epoch=epoch)
        place = translate("ProjectorPage", " t-SNE cannot place new points: the star sits among the images "
                          "nearest to your drawing in this layer.") if made.method == "tsne" else ""
        self.status.setText(translate(
            "ProjectorPage", "{layer}{at}: {n:,} test images by {method}; {wrong:,} misclassified (×)."
        ).format(
            layer=made.layer, at=at, n=len(made.coords), method=METHOD_NAMES[made.method],
            wrong=int(wrong.sum())) + place)
        self.status.setStyleSheet("")
        self.plot.autoRange()
        self._place_live()

    def _place_live(self) -> None:
        x = self._context.get("x_live")
        if self.shown is None or x is None or self.shown not in self.maps:
            self.live.clear()
            return
        made, features = self.maps[self.shown]
        layer, _out = features.predict_on_batch(np.asarray(x, np.float32)[None])
        self.live.setData(pos=made.place(np.asarray(layer)))

    def _on_click(self, _item: Any, points: Any, *_args: Any) -> None:
        if not len(points) or self.shown is None:
            return
        self.pick(int(points[0].data()))

    def pick(self, i: int) -> None:
        """Show the i-th point's image, its true class and the model's top probabilities."""
        made = self.maps[self.shown][0]
        names = self._context["class_names"]
        dataset = self._context["dataset"]

        def name(k: int) -> str:
            return names[k] if k < len(names) else str(k)

        index = int(made.indices[i])
        image = np.asarray(dataset.x_test[index])
        if image.ndim == 2 or (image.ndim == 3 and image.shape[-1] in (1, 3)):
            self.picked_image.setPixmap(QPixmap.fromImage(to_qimage(image.astype(np.uint8))).scaled(
                112, 112, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        p = made.probabilities[i]
        top = np.argsort(p)[::-1][:3]
        lines = "<br>".join(f"{name(int(k))}: {p[k]:.1%}" for k in top)
        self.picked_text.setText(translate("ProjectorPage", "Test image #{index:,}<br>true class "
                                           "<b>{true}</b>, the model said <b>{said}</b><br>{top}").format(
            index=index, true=name(int(made.labels[i])), said=name(int(made.predicted[i])), top=lines))

    def export_png(self, path: str | Path) -> None:
        """The map as a PNG, through pyqtgraph's exporter."""
        export_png(self.plot, path)
