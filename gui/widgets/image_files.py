"""Saving pictures of views (PNG, SVG) through pyqtgraph's exporters, atomically, with errors
that say why: QImage.save only answers False, and a failed write must not leave half a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage

from core.files.atomic import atomic_write_bytes
from core.i18n import translate


def png_bytes(image: QImage) -> bytes:
    """image encoded as PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise OSError(translate("image_files",
                                "the picture could not be encoded as PNG (is the view empty?)"))
    return bytes(buffer.data())


def save_png(image: QImage, path: str | Path) -> None:
    """Write image as a PNG file; OSError (old file unchanged) when it cannot."""
    atomic_write_bytes(path, png_bytes(image))


def picture(item: Any) -> QImage:
    """A pyqtgraph item or scene rendered by pyqtgraph's ImageExporter."""
    from pyqtgraph.exporters import ImageExporter

    return ImageExporter(item).export(toBytes=True)


def export_png(item: Any, path: str | Path) -> None:
    """A pyqtgraph item or scene as a PNG file."""
    save_png(picture(item), path)


def export_svg(item: Any, path: str | Path) -> None:
    """A pyqtgraph plot item as an SVG file, painted by Qt's QSvgGenerator.

    pyqtgraph's SVGExporter cannot read the paths Qt 6.11 writes (pyqtgraph issue #3485: "x,y =
    c.split(',')" fails), so the scene is rendered straight into Qt's SVG generator instead.
    """
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QPainter
    from PySide6.QtSvg import QSvgGenerator

    source = item.sceneBoundingRect()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle("DigitScope")
    # pyqtgraph's axes replay QPictures recorded at the screen's DPI: the same DPI here, or the
    # tick labels are drawn squeezed.
    screen = QGuiApplication.primaryScreen()
    generator.setResolution(round(screen.logicalDotsPerInch()) if screen else 96)
    painter = QPainter(generator)
    try:
        item.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    atomic_write_bytes(path, bytes(buffer.data()))
