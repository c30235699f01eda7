"""Inside the network: a layer's real weights, its output for an input, how both change over the
epochs, and which pixels pushed the prediction.

The area inspects its own copy of a model (the one Draw & predict uses, the model from Build /
Train — any input shape, following training live — or a .keras file), so scrubbing back through
epochs never changes what the Draw area predicts. Only the visible page is computed, at most
every REFRESH_MS while the student draws or the model trains.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.data.dataset import MNIST_CLASS_NAMES
from core.i18n import translate
from core.inspection.layers import check_inspectable
from core.inspection.snapshots import SnapshotStore
from gui.inside.epochs import EpochBar
from gui.inside.graph_page import GraphPage
from gui.inside.input_chooser import InputChooser, takes_images
from gui.inside.layer_pages import (
    ActivationsPage,
    HistogramsPage,
    WeightsPage,
    WhyPage,
    layer_text,
    shape_text,
)
from gui.inside.projector_page import ProjectorPage
from gui.session.model_sources import OpenedModel, source_text
from gui.session.session import LabSession
from gui.widgets.drawing_canvas import DrawingCanvas
from gui.widgets.file_dialogs import save_file
from gui.widgets.model_chooser import ModelChooser
from gui.widgets.panes import sturdy_splitter
from gui.widgets.theme import error_style

REFRESH_MS = 30  # recompute the visible page at most this often while drawing or training
SOURCES = ("draw", "default", "app", "file")  # the default model without going through Draw


class InsidePanel(QWidget):
    """The Inside the network area."""

    def __init__(self, session: LabSession, canvas: DrawingCanvas) -> None:
        """canvas: Draw & predict's, shown here too while this area is (the shell hands it over)."""
        super().__init__()
        self.session, self.canvas = session, canvas
        self.trainer, self.doc, self.sources = session.controller, session.doc, session.sources
        self.model: Any = None  # the inspection copy
        self.rows: list[Any] = []
        self._graph_for: Any = None  # the model the Graph tab drew
        self.probe: Any = None
        self._saliency: Any = None
        self.class_names: list[str] = list(MNIST_CLASS_NAMES)
        self.source, self.follows_training = "draw", False
        self._file: Path | None = None
        self._label = ""
        self._app_key: str | None = None
        self._tf_ready = False
        self._stale = True  # the chosen model is (re)loaded when the area is next shown

        self.model_combo = ModelChooser(
            [(s, source_text(s)) for s in SOURCES],
            translate("InsidePanel", "Which model to look inside. The model from Build / Train may take any "
                      "input (also 32×32 colour images) and follows training live."))
        self.input = InputChooser(session)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.layer_list = QListWidget()
        # Long rows (BatchNormalization's four arrays) wrap instead of hiding behind a scroll bar.
        self.layer_list.setWordWrap(True)
        self.layer_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.layer_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.layer_list.setToolTip(translate("InsidePanel", "The model's layers: name (type), output shape "
                                             "and weight shapes."))
        self.layer_info = QLabel()
        self.layer_info.setWordWrap(True)
        self.layer_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.weights_page, self.hist_page = WeightsPage(), HistogramsPage()
        self.act_page, self.why_page = ActivationsPage(), WhyPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.weights_page, translate("InsidePanel", "Weights"))
        self.tabs.addTab(self.hist_page, translate("InsidePanel", "Histograms"))
        self.tabs.addTab(self.act_page, translate("InsidePanel", "Activations for the input"))
        self.tabs.addTab(self.why_page, translate("InsidePanel", "Why this class?"))
        self.graph_page = GraphPage()
        self.tabs.addTab(self.graph_page, translate("InsidePanel", "Graph"))
        self.graph_page.layerClicked.connect(self._on_box)
        self.projector_page = ProjectorPage()
        self.tabs.addTab(self.projector_page, translate("InsidePanel", "Projector"))

        self.epochs = EpochBar()
        # The parts tests and the screenshots reach for, by their names in the area.
        self.epoch_slider, self.epoch_label = self.epochs.slider, self.epochs.label
        self.change_box = self.epochs.change_box
        self.export_button = QPushButton(translate("InsidePanel", "Save view as PNG…"))

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("InsidePanel", "Model")))
        top.addWidget(self.model_combo)
        top.addSpacing(16)
        top.addWidget(self.input)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.epochs, 1)
        bottom.addWidget(self.export_button)
        left_host = QWidget()
        left = QVBoxLayout(left_host)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(QLabel(translate("InsidePanel", "<b>Layers</b>")))
        left.addWidget(self.layer_list, 2)
        left.addWidget(self.layer_info)
        self.canvas_host = QWidget()
        self.canvas_box = QVBoxLayout(self.canvas_host)
        self.canvas_box.setContentsMargins(0, 4, 0, 0)
        hint = QLabel(translate("InsidePanel", "<b>Your digit</b> — draw here (the Draw & predict canvas; "
                                "Esc clears, Ctrl+Z undoes)"))
        hint.setWordWrap(True)
        self.canvas_box.addWidget(hint)
        left.addWidget(self.canvas_host, 1)
        split = sturdy_splitter(Qt.Orientation.Horizontal, left_host, self.tabs, sizes=[300, 1000],
                                stretch=[0, 1])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.model_combo.chosen.connect(self.use_source)
        self.input.changed.connect(self._on_input)
        self.input.message.connect(self._say)
        self.layer_list.currentRowChanged.connect(self._on_layer)
        self.tabs.currentChanged.connect(self._schedule)
        self.weights_page.as_images.toggled.connect(self._schedule)
        self.why_page.method.currentIndexChanged.connect(self._schedule)
        self.epochs.scrubbed.connect(self._on_scrubbed)
        self.export_button.clicked.connect(self._export_dialog)
        self.change_box.toggled.connect(self._schedule)
        self.sources.drawModelChanged.connect(self._on_draw_model)
        self.trainer.liveWeights.connect(self._on_live_weights)
        self.trainer.epochWeights.connect(self._on_epoch_weights)
        self.trainer.runningChanged.connect(self._on_running)
        self.doc.changed.connect(self._on_doc_changed)
        self.doc.weightsChanged.connect(self._on_doc_weights)
        self._say(translate("InsidePanel", "The model loads when TensorFlow is ready."))

    @property
    def snapshots(self) -> SnapshotStore:
        """The epochs the slider scrubs (the session's for the app's model)."""
        return self.epochs.snapshots

    # --- choosing the model ---------------------------------------------------------------------
    def set_tf_ready(self, ready: bool) -> None:
        """TensorFlow is loaded: the chosen model can be opened."""
        self._tf_ready = ready
        if ready and self.model is None:
            self._reload_when_shown()

    def _reload_when_shown(self) -> None:
        # Cloning a model and compiling its probes takes a moment: not while the area is hidden.
        self._stale = True
        if self.isVisible():
            self.use_source(self.source)

    @Slot(str, object)
    def use_source(self, source: str, path: str | Path | None = None) -> bool:
        """Inspect 'draw', 'default', 'app' or 'file' (path); False, with a message saying why, when it
        cannot."""
        previous, self.source = self.source, source
        self.model_combo.show_source(source)
        if not self._tf_ready:
            return False
        self._stale = False
        if source == "file":
            path = Path(path) if path is not None else self._file
        opened: OpenedModel | None
        try:
            opened = self.sources.open(source, path)
            check_inspectable(opened.model, opened.label)
        except (ValueError, OSError) as e:  # KerasFileError, DatasetError, …: each says why
            self._say(str(e), error=True)
            if self.model is not None and (source != previous or path is not None):
                # Another choice that failed: keep showing (and naming) the model shown so far.
                self.source = previous
                self.model_combo.show_source(previous)
                return False
            opened = None
        if source == "file" and opened is not None:
            self._file = Path(path)  # type: ignore[arg-type]
        self._set_model(opened)
        return opened is not None

    def _set_model(self, opened: OpenedModel | None) -> None:
        from core.inspection.activations import ActivationProbe
        from core.inspection.layers import layer_rows

        previous = self.layer_list.currentRow()
        self._graph_for = None  # drawn again for this model when its tab is shown
        self.layer_list.clear()
        model = None if opened is None else opened.model
        self.model, self.follows_training = model, opened is not None and opened.follows_training
        self.class_names = self.class_names if opened is None else opened.class_names
        self._app_key = None if opened is None else opened.key
        label = "" if opened is None else opened.label
        self.epochs.live = live = self.follows_training
        self.probe = self._saliency = None
        if model is None:
            self.rows = []
            self.input.set_model(None, "mnist")
            self.epochs.restart()
            return
        self.input.set_model(model, self.doc.spec.dataset if self.source == "app" else
                             "mnist" if int(np.prod(model.inputs[0].shape[1:])) == 784 else "cifar10")
        self.probe = ActivationProbe(model)
        self.rows = layer_rows(model)
        # The app's model: the epochs the session kept for it, trained while another area showed.
        kept = self.session.epochs.kept_for(self._app_key) if live else None
        self.epochs.restart(self.trainer.epochs_done if live else 0, model.get_weights(), kept)
        self._label = label
        self._say(self._describe())
        for r in self.rows:
            weights = (", ".join(f"{n}\u00a0{shape_text(s)}" for n, s in r.weight_shapes)
                       or translate("InsidePanel", "no weights"))
            self.layer_list.addItem(f"{r.index}  {r.name} ({r.type}) → {shape_text(r.output_shape)}\n"
                                    f"     {weights}")
        first = next((r.index for r in self.rows if r.has_weights), 0)
        self.layer_list.setCurrentRow(previous if 0 <= previous < len(self.rows) else first)
        self._schedule()

    def _describe(self) -> str:
        total = sum(r.params for r in self.rows)
        values = {"model": self._label, "layers": len(self.rows), "parameters": f"{total:,}"}
        if not self.follows_training:
            return translate("InsidePanel", "<b>{model}</b>: {layers} layers, {parameters} "
                             "parameters.").format(**values)
        latest = self.epochs.snapshots.latest()
        if self.trainer.running:
            return translate("InsidePanel", "<b>{model}</b>: {layers} layers, {parameters} parameters — "
                             "training now: the views follow the newest weights.").format(**values)
        if self.doc.weights is None and (latest is None or latest[0] == 0):
            return translate("InsidePanel", "<b>{model}</b>: {layers} layers, {parameters} parameters — not "
                             "trained yet (random weights); train it in Train and watch "
                             "here.").format(**values)
        epochs = latest[0] if latest else 0  # a plain name: lupdate skips calls with a subscript inside
        return translate("InsidePanel", "<b>{model}</b>: {layers} layers, {parameters} parameters — trained "
                         "for %n epoch(s); scrub the epochs below.", None, epochs).format(**values)

    @Slot()
    def _on_draw_model(self) -> None:
        if self.source == "draw" and self._tf_ready:
            self._reload_when_shown()

    @Slot()
    def _on_doc_changed(self) -> None:
        if self.source == "app" and self._app_key != self.doc.spec.architecture_key():
            self._app_key = None
            self._reload_when_shown()

    @Slot()
    def _on_doc_weights(self) -> None:
        """Other weights belong to the model in Build (a run's end, an opened file or workspace,
        New weights): the app's model shows them. A run's end keeps the epochs saved during the
        run (the views show its final weights unless the student scrubbed back); anything else
        starts the epochs afresh."""
        if not (self.source == "app" and self._tf_ready) or self.trainer.running:
            return
        weights = self.doc.weights
        if weights is not None and weights is self.trainer.final_weights and self._fits(weights):
            if self.epochs.following:
                self.model.set_weights(weights)
                self._schedule()
            return
        self._reload_when_shown()

    def showEvent(self, event: Any) -> None:
        # The one canvas comes here, so the student draws and watches the layers at once.
        if self.canvas_box.indexOf(self.canvas) < 0:
            self.canvas.setMinimumSize(160, 160)
            self.canvas.setMaximumSize(280, 280)  # here it shares the column with the layer list
            self.canvas_box.addWidget(self.canvas, 1, Qt.AlignmentFlag.AlignHCenter)
            self.canvas.show()
        self.canvas_host.setVisible(self.input.kind == "canvas")
        super().showEvent(event)
        if self._stale and self._tf_ready:
            self.use_source(self.source)
        self._schedule()

    # --- epochs ----------------------------------------------------------------------------------
    def _fits(self, weights: list) -> bool:
        return self.model is not None and [tuple(w.shape) for w in weights] == [
            tuple(v.shape) for v in self.model.weights]

    @Slot(int, list)
    def _on_epoch_weights(self, epoch: int, weights: list) -> None:
        if self.follows_training and self._fits(weights):
            kept = self.session.epochs.kept_for(self._app_key)
            if kept is not None:  # the session has kept it already (it hears each epoch first)
                if self.epochs.snapshots is kept:
                    self.epochs.update_slider()
                else:
                    self.epochs.restart(kept=kept)
            else:
                self.epochs.add(epoch, weights)
            self._say(self._describe())

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        self.epochs.training = running
        if self.model is not None:
            self._say(self._describe())
            self.epochs.show_label()

    @Slot(list)
    def _on_live_weights(self, weights: list) -> None:
        if self.follows_training and self.epochs.following and self._fits(weights):
            self.model.set_weights(weights)
            self._schedule()

    def shown_epoch(self) -> int | None:
        """The epoch whose weights the views show now."""
        return self.epochs.shown_epoch()

    @Slot(list)
    def _on_scrubbed(self, weights: list) -> None:
        if self.model is not None:
            self.model.set_weights(weights)
            self.refresh()  # at once: scrubbing is the student's own action

    # --- views -----------------------------------------------------------------------------------
    @Slot()
    def _on_input(self) -> None:
        self.canvas_host.setVisible(self.input.kind == "canvas")
        if self.tabs.currentWidget() in (self.act_page, self.why_page):
            self._schedule()

    @Slot()
    def _on_layer(self, _row: int) -> None:
        self.refresh()  # at once: the student's own click

    @Slot()
    def _schedule(self, *_args: Any) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def selected(self) -> Any:
        i = self.layer_list.currentRow()
        return self.rows[i] if self.model is not None and 0 <= i < len(self.rows) else None

    @Slot()
    def refresh(self) -> None:
        """Compute and show only the current page for the selected layer (nothing while hidden)."""
        row = self.selected()
        if row is None or not self.isVisible():
            return
        self.layer_info.setText(layer_text(row))
        page = self.tabs.currentWidget()
        if page is self.graph_page:
            if self.graph_page.spec is None or self._graph_for is not self.model:
                self._graph_for = self.model
                self.graph_page.show_model(self.model, self.doc.spec if self.source == "app" else None)
            self.graph_page.select(row.name)
        elif page is self.projector_page:
            epoch = self.shown_epoch() if self.follows_training else None  # a loaded model has no epochs
            self.projector_page.show_for(self.model, row, epoch, self.input, self.class_names)
        elif page in (self.weights_page, self.hist_page):
            arrays, suffix = self.layer_arrays(row)
            if page is self.weights_page:
                self.weights_page.show_layer(self.model, row, arrays, suffix)
            else:
                self.hist_page.show_layer(row, arrays, suffix)
        else:
            x, why = self.input.current()
            if page is self.act_page:
                if x is None:
                    self.act_page.show_nothing(why)
                else:
                    out = self.probe.outputs(x)[row.index]
                    self.act_page.show_output(row, out, row.index == len(self.rows) - 1, self.class_names)
            elif x is None:
                self.why_page.show_nothing(why)
            elif not takes_images(self.model) or len(self.model.outputs) != 1:
                self.why_page.show_nothing(translate(
                    "InsidePanel", "'Why this class?' shows which pixels made an image classifier choose "
                    "its class; this model does not take one image and give classes."))
            else:
                if self._saliency is None:
                    from core.inspection.saliency import SaliencyProbe

                    self._saliency = SaliencyProbe(self.model)
                self.why_page.show_saliency(self._saliency, x, self.class_names)

    def _on_box(self, name: str) -> None:
        index = next((r.index for r in self.rows if r.name == name), None)
        if index is not None:
            self.layer_list.setCurrentRow(index)

    def layer_arrays(self, row: Any) -> tuple[dict[str, np.ndarray], str]:
        """The layer's arrays as shown: the weights now, or their change since the first epoch."""
        from core.inspection.layers import layer_arrays, weights_dict

        arrays = weights_dict(self.model, row.index) if row.has_weights else {}
        base = self.epochs.first()
        if not (arrays and self.change_box.isChecked() and base is not None):
            return arrays, ""
        first = layer_arrays(self.model, row.index, base[1])
        return {k: a - first[k] for k, a in arrays.items()}, " " + translate(
            "InsidePanel", "− epoch {epoch} (change)").format(epoch=base[0])

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(error_style() if error else "")
        self.status.setText(text)

    # --- export ----------------------------------------------------------------------------------
    def _export_dialog(self) -> None:
        path = save_file(self, translate("InsidePanel", "Save view as PNG"), "view.png",
                         translate("InsidePanel", "PNG (*.png)"))
        if path:
            self.export_png(path)

    def export_png(self, path: str | Path) -> None:
        """The current page as a PNG, through pyqtgraph's exporter."""
        try:
            self.tabs.currentWidget().export_png(path)
        except OSError as e:
            self._say(translate("InsidePanel", "Could not save {path}: {error}").format(path=path, error=e),
                      error=True)
        else:
            self._say(translate("InsidePanel", "Saved {name}.").format(name=Path(path).name))
