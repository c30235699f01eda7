"""Plots that stay put: white, black axes, no mouse pan or zoom (they still click and hover), for
results and bars that a student reads rather than explores."""

from __future__ import annotations

import pyqtgraph as pg


def fixed_plot(title: str = "", left_label: str = "") -> tuple[pg.PlotWidget, pg.PlotItem]:
    """A white plot with black axes that the mouse does not pan or zoom; title names it for
    screen readers too."""
    view = pg.PlotWidget(background="w")
    plot = view.getPlotItem()
    if title:
        view.setAccessibleName(title)
        plot.setTitle(title, color="k", size="10pt")
    if left_label:
        plot.setLabel("left", left_label)
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for side in ("left", "bottom"):
        plot.getAxis(side).setPen("k")
        plot.getAxis(side).setTextPen("k")
    return view, plot
