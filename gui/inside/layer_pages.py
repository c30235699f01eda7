"""The four views of Inside the network, each for one layer of the inspected model: its weights,
their histograms, its output for the current input, and why the model chose its class.

Each page computes only when asked (the panel asks only the visible one) and shows the model's
real arrays through the widgets of gui.inside.weight_views and gui.widgets.image_grid; each can be saved as a
PNG through pyqtgraph's exporter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.inspection.images import as_image
from core.inspection.layers import LayerRow
from gui.inside.weight_views import BiasBars, HistogramView, MatrixHeatmap
from gui.widgets.image_files import export_png, save_png
from gui.widgets.image_grid import ImageGrid
from gui.widgets.panes import sturdy_splitter


def shape_text(shape: tuple[int, ...]) -> str:
    """A shape as the notes print it: (784, 300), (300,); with no-break spaces, so that a wrapped
    line never splits a shape in the middle ("(28, 28," / "32)")."""
    return "(" + ",\u00a0".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def layer_text(row: LayerRow) -> str:
    """One line on a layer: its shapes, parameter count and weight shapes."""
    weights = ", ".join(f"{n}\u00a0{shape_text(s)}" for n, s in row.weight_shapes)
    values = {"name": row.name, "type": row.type, "input": shape_text(row.input_shape),
              "output": shape_text(row.output_shape), "parameters": f"{row.params:,}", "weights": weights}
    if weights:
        return translate("layer_pages", "<b>{name}</b> ({type}): input {input} → output {output}; "
                         "{parameters} parameters — {weights}").format(**values)
    return translate("layer_pages", "<b>{name}</b> ({type}): input {input} → output {output}; "
                     "{parameters} parameters").format(**values)


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WeightsPage(QWidget):
    """A Dense kernel as a heat map, the first Dense layer's neurons or a Conv2D's filters as
    images, biases as bars; a weightless layer says what it does to the shape."""

    def __init__(self) -> None:
        super().__init__()
        self.heatmap = MatrixHeatmap()
        self.grid = ImageGrid()
        self.bias_bars = BiasBars()
        self.no_weights = QLabel()
        self.no_weights.setWordWrap(True)
        self.no_weights.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_weights.setStyleSheet("font-size: 13pt;")
        self.stack = QStackedWidget()
        for w in (self.heatmap, self.grid, self.no_weights):
            self.stack.addWidget(w)
        self.as_images = QCheckBox(translate("WeightsPage", "Each unit's incoming weights as a picture (what "
                                             "each neuron looks for)"))
        self.as_images.setChecked(True)
        self.as_images.setToolTip(translate("WeightsPage", "Off: the kernel as a heat map, inputs × units, "
                                            "as get_weights() gives it."))
        split = sturdy_splitter(Qt.Orientation.Vertical, self.stack, self.bias_bars, sizes=[440, 150])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.as_images)
        layout.addWidget(split)

    def show_layer(self, model: Any, row: LayerRow, arrays: dict[str, np.ndarray], suffix: str = "") -> None:
        """Show this layer's arrays (its weights now, or their change: see suffix for the titles)."""
        from core.inspection.images import (
            conv_filters,
            conv_filters_rgb,
            first_dense_image_shape,
            neuron_images,
        )
        from core.inspection.layers import shape_effect

        image_shape = first_dense_image_shape(model, row.index)
        self.as_images.setVisible(image_shape is not None)
        if not row.has_weights:
            self.no_weights.setText(shape_effect(model, row.index))
            self.stack.setCurrentWidget(self.no_weights)
            self.bias_bars.hide()
            return
        kernel, bias = arrays.get("kernel"), arrays.get("bias")
        self.bias_bars.setVisible(bias is not None)
        if bias is not None:
            self.bias_bars.set_values(bias, f"{row.name} bias {shape_text(bias.shape)}{suffix}")
        if kernel is None:  # e.g. BatchNormalization: its vectors as the rows of one heat map
            names = list(arrays)
            self.heatmap.set_array(np.stack([arrays[n].reshape(-1) for n in names]),
                                   f"{row.name}: " + ", ".join(names) + suffix,
                                   row_label=translate("WeightsPage", "vector"),
                                   col_label=translate("WeightsPage", "channel"))
            self.stack.setCurrentWidget(self.heatmap)
            return
        if row.type == "Conv2D" and kernel.ndim == 4:
            if kernel.shape[2] == 3 and row.index == 0:  # a first layer on colour images: RGB filters
                images, mode = conv_filters_rgb(kernel), "rgb"
                captions = [translate("WeightsPage", "filter {filter}").format(filter=f)
                            for f in range(len(images))]
            else:
                filters = conv_filters(kernel)  # (out, in, kh, kw)
                out, cin = filters.shape[:2]
                images, mode = filters.reshape(out * cin, *filters.shape[2:]), "diverging"
                captions = [(translate("WeightsPage", "filter {filter}, input channel {channel}") if cin > 1
                             else translate("WeightsPage", "filter {filter}")).format(filter=f, channel=c)
                            for f in range(out) for c in range(cin)]
            self.grid.set_images(images, captions, mode)
            self.stack.setCurrentWidget(self.grid)
            return
        images = (neuron_images(kernel, image_shape)
                  if image_shape is not None and self.as_images.isChecked() else None)
        if images is not None:
            self.grid.set_images(images, [translate("WeightsPage", "unit {unit}").format(unit=u)
                                          for u in range(len(images))],
                                 "rgb" if images.ndim == 4 else "diverging")
            self.stack.setCurrentWidget(self.grid)
            return
        self.heatmap.set_array(kernel.reshape(-1, kernel.shape[-1]),
                               f"{row.name} kernel {shape_text(kernel.shape)}{suffix}")
        self.stack.setCurrentWidget(self.heatmap)

    def export_png(self, path: str | Path) -> None:
        """The view shown now, through pyqtgraph's exporter."""
        view = self.stack.currentWidget()
        if view is self.no_weights:
            save_png(self.grab().toImage(), path)  # a sentence, not a plot
        else:
            view.export_png(path)


class HistogramsPage(QWidget):
    """Histograms of each of the layer's arrays, with mean and standard deviation."""

    def __init__(self) -> None:
        super().__init__()
        self.views = [HistogramView(), HistogramView()]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for v in self.views:
            layout.addWidget(v)

    def show_layer(self, row: LayerRow, arrays: dict[str, np.ndarray], suffix: str = "") -> None:
        """Histograms of the layer's kernel and bias (or its first two arrays)."""
        names = list(arrays)[:2]
        for i, view in enumerate(self.views):
            if i < len(names):
                view.show()
                a = arrays[names[i]]
                view.set_values(a, f"{row.name} {names[i]} {shape_text(a.shape)}{suffix}")
            else:
                view.setVisible(i == 0)  # the first stays, to say there is nothing to count
                view.set_values(np.zeros(0), translate("HistogramsPage", "{name} ({type}) has no weights")
                                .format(name=row.name, type=row.type))

    def export_png(self, path: str | Path) -> None:
        """Both histograms as one PNG (each through pyqtgraph's exporter, side by side)."""
        visible = [v for v in self.views if v.isVisible()] or self.views[:1]
        if len(visible) == 1:
            visible[0].export_png(path)
            return
        from PySide6.QtGui import QImage, QPainter

        parts = [v.picture() for v in visible]
        image = QImage(sum(p.width() for p in parts), max(p.height() for p in parts),
                       QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        x = 0
        for p in parts:
            painter.drawImage(x, 0, p)
            x += p.width()
        painter.end()
        save_png(image, path)


class ActivationsPage(QWidget):
    """The layer's output for the current input: feature maps as images, vectors as bars."""

    def __init__(self) -> None:
        super().__init__()
        self.note = _note()
        self.grid = ImageGrid()
        self.bars = BiasBars()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.bars)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    def show_nothing(self, why: str) -> None:
        """No input to show activations for: say how to get one."""
        self.note.setText(why)
        self.grid.set_images(np.zeros((0, 1, 1), np.float32), [], "grey")
        self.stack.setCurrentWidget(self.grid)

    def show_output(self, row: LayerRow, out: np.ndarray, last: bool, class_names: list[str]) -> None:
        """Show one layer's output (no batch axis) for the current input."""
        from core.inspection.images import feature_maps

        if out.ndim == 3:
            maps = feature_maps(out)
            self.grid.set_images(maps, [translate("ActivationsPage", "map {map}").format(map=c)
                                        for c in range(len(maps))],
                                 "diverging" if float(maps.min()) < 0 else "grey")
            self.stack.setCurrentWidget(self.grid)
            active = int((maps.reshape(len(maps), -1).max(axis=1) > 0).sum())
            self.note.setText(translate("ActivationsPage", "<b>{name}</b> ({type}) gives {maps} feature maps "
                                        "of {height}×{width} for this input; {active} of them respond "
                                        "somewhere (bright: a large output).").format(
                name=row.name, type=row.type, maps=len(maps), height=maps.shape[1], width=maps.shape[2],
                active=active))
            return
        if out.ndim == 2:  # e.g. a Dense on (h, w) inputs: one heat strip per row
            self.grid.set_images(out[None], [translate("ActivationsPage", "{name} output").format(
                name=row.name)], "diverging")
            self.stack.setCurrentWidget(self.grid)
            self.note.setText(translate("ActivationsPage", "<b>{name}</b> ({type}) outputs {shape} for this "
                                        "input.").format(name=row.name, type=row.type,
                                                         shape=shape_text(out.shape)))
            return
        flat = out.reshape(-1)
        self.bars.set_values(flat, translate("ActivationsPage", "probabilities") if last else
                             translate("ActivationsPage", "{name} output {shape}").format(
                                 name=row.name, shape=shape_text(out.shape)))
        self.stack.setCurrentWidget(self.bars)
        top = int(np.argmax(flat))
        values = {"name": row.name, "type": row.type}
        if last:
            name = class_names[top] if top < len(class_names) else str(top)
            text = translate("ActivationsPage", "<b>{name}</b> ({type}) outputs the final probabilities; the "
                             "top class is {top} ({percent} %).").format(
                top=name, percent=f"{100 * flat[top]:.1f}", **values)
        else:
            zeros = int((flat == 0).sum())
            values.update(count=f"{flat.size:,}", unit=top, value=f"{flat[top]:.3f}", zeros=f"{zeros:,}")
            text = (translate("ActivationsPage", "<b>{name}</b> ({type}) outputs {count} values; the largest "
                              "is unit {unit} ({value}); {zeros} are exactly 0 (relu switched them off).")
                    if zeros else
                    translate("ActivationsPage", "<b>{name}</b> ({type}) outputs {count} values; the largest "
                              "is unit {unit} ({value}).")).format(**values)
        self.note.setText(text)

    def export_png(self, path: str | Path) -> None:
        """The view shown now, through pyqtgraph's exporter."""
        self.stack.currentWidget().export_png(path)


def saliency_overlay(image: np.ndarray, saliency: np.ndarray) -> np.ndarray:
    """The input in grey with red where pixels pushed the class up and blue where they pushed it
    down, as an (h, w, 3) RGB array in [0, 1]; full colour at the map's largest magnitude."""
    picture = image if image.ndim == 2 else image.mean(axis=2)
    grey = np.clip(picture, 0, 1) * 0.5
    scale = float(np.abs(saliency).max()) or 1.0
    s = np.clip(saliency / scale, -1, 1)
    # Blend each pixel from grey towards pure red (pushed up) or pure blue (pushed down).
    weight = np.abs(s)[..., None]
    target = np.zeros((*s.shape, 3), np.float32)
    target[..., 0] = s > 0
    target[..., 2] = s < 0
    rgb = grey[..., None] * (1 - weight) + target * weight
    return np.clip(rgb, 0, 1)


class WhyPage(QWidget):
    """The input and its saliency map overlaid on it, side by side, with the method to use."""

    def __init__(self) -> None:
        super().__init__()
        self.method = QComboBox()
        from core.inspection.saliency import METHODS

        for key, title in METHODS.items():
            self.method.addItem(translate("saliency", title), key)
        self.method.setToolTip(translate("WhyPage", "Integrated gradients: gradients averaged from a black "
                                         "image to yours, times the input; the map adds up to the class's "
                                         "log-probability change. Gradient × input: one gradient, quicker "
                                         "and noisier."))
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setBackground("w")
        self.input_item = pg.ImageItem(axisOrder="row-major")
        self.overlay_item = pg.ImageItem(axisOrder="row-major")
        self.boxes = []
        for col, (title, item) in enumerate(((translate("WhyPage", "The input"), self.input_item),
                                             (translate("WhyPage", "Red: pushed the class up · blue: down"),
                                              self.overlay_item))):
            self.plots.addLabel(title, row=0, col=col, color="k")
            box = self.plots.addViewBox(row=1, col=col, lockAspect=True, invertY=True, enableMouse=False)
            box.addItem(item)
            self.boxes.append(box)
        self.note = _note()
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("WhyPage", "Method")))
        top.addWidget(self.method)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.plots, 1)
        layout.addWidget(self.note)
        self.saliency: np.ndarray | None = None
        self.overlay: np.ndarray | None = None

    def show_nothing(self, why: str) -> None:
        """No input: clear both pictures and say how to get one."""
        self.saliency = self.overlay = None
        self.input_item.clear()
        self.overlay_item.clear()
        self.note.setText(why)

    def show_saliency(self, probe: Any, x: np.ndarray, class_names: list[str]) -> None:
        """Explain the model's top class for input x (shaped as the model's input)."""
        saliency, top = probe.explain(x, method=self.method.currentData())
        image = as_image(x)
        p = np.asarray(probe.model.predict_on_batch(x[None])).reshape(-1)
        self.saliency = saliency
        self.overlay = saliency_overlay(image, saliency)
        self.input_item.setImage(np.clip(image, 0, 1), levels=(0, 1) if image.ndim == 2 else None)
        if image.ndim == 3:
            self.input_item.setLevels([[0, 1]] * 3)
        self.overlay_item.setImage(self.overlay, levels=[[0, 1]] * 3)
        for box in self.boxes:
            box.autoRange(padding=0.02)
        name = class_names[top] if top < len(class_names) else str(top)
        up = float(saliency[saliency > 0].sum())
        down = float(saliency[saliency < 0].sum())
        self.note.setText(translate(
            "WhyPage", "{method} for the top class <b>{name}</b> ({percent} %): red pixels pushed it up "
            "(together {up}), blue pixels pushed it down ({down}), in log-probability.").format(
            method=self.method.currentText(), name=name, percent=f"{100 * p[top]:.1f}", up=f"{up:+.2f}",
            down=f"{down:+.2f}"))

    def export_png(self, path: str | Path) -> None:
        """Both pictures, through pyqtgraph's exporter."""
        export_png(self.plots.scene(), path)
