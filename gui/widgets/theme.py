"""Light and dark palettes, following the system's colour scheme (Qt 6's QStyleHints), with the
few colours DigitScope sets itself (messages, hints) chosen to read on either.

DIGITSCOPE_THEME=dark (or light) overrides the system: for screenshots and for a system whose
desktop does not report its scheme. The plots keep their white background in both: weights and
curves are read like printed figures, and the colour maps were chosen for white.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ENV_KEY = "DIGITSCOPE_THEME"


def wanted_scheme() -> str:
    """'dark' or 'light': DIGITSCOPE_THEME, else the system's scheme (light where it is unknown)."""
    forced = os.environ.get(ENV_KEY, "").lower()
    if forced in ("dark", "light"):
        return forced
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def is_dark() -> bool:
    """True while the dark palette is in use."""
    app = QApplication.instance()
    return bool(app is not None and app.palette().color(QPalette.ColorRole.Window).lightness() < 128)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (what Qt's own examples use)."""
    p = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 48), QColor(230, 230, 230)
    for role, colour in (
            (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
            (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor(40, 40, 43)),
            (QPalette.ColorRole.ToolTipBase, QColor(60, 60, 64)), (QPalette.ColorRole.ToolTipText, text),
            (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
            (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor(255, 90, 90)),
            (QPalette.ColorRole.Link, QColor(110, 170, 255)),
            (QPalette.ColorRole.Highlight, QColor(42, 110, 200)),
            (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
            (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
            (QPalette.ColorRole.Mid, QColor(80, 80, 84)), (QPalette.ColorRole.Light, QColor(70, 70, 74)),
            (QPalette.ColorRole.Dark, QColor(25, 25, 25))):
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def apply_theme(app: QApplication) -> str:
    """Use the Fusion style with the wanted palette; follow the system when it changes. The scheme."""
    app.setStyle("Fusion")

    def apply() -> str:
        scheme = wanted_scheme()
        app.setPalette(dark_palette() if scheme == "dark" else app.style().standardPalette())
        return scheme

    if not getattr(app, "_digitscope_theme_follows", False):
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply())
        app._digitscope_theme_follows = True  # type: ignore[attr-defined]
    return apply()


def error_style() -> str:
    """The style sheet of a message that says something went wrong."""
    return "color: #ff8080;" if is_dark() else "color: #a00000;"


def change_colour(better: bool) -> QColor:
    """The colour of a figure that got better (green) or worse (red), readable on either theme."""
    if is_dark():
        return QColor("#7ddc84" if better else "#ff8080")
    return QColor("#1b7a2a" if better else "#a00000")


def muted_style() -> str:
    """The style sheet of a hint or a secondary line."""
    return "color: palette(placeholder-text);"
