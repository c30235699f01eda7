"""The interface language: Korean or English, through Qt's own translation system.

Texts are translated in assets/i18n/digitscope_<lang>.ts (Qt Linguist's format, kept in git);
set-up compiles them to .qm files with Qt's lrelease (bash setup.sh; or, where the set-up did
not run, the first start does it). The language follows the system locale until the student
picks one in the Language menu; the choice is kept in QSettings.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from assets import I18N_DIR
from core.i18n import set_translator

LANGUAGES = {"en": "English", "ko": "한국어"}
SETTINGS_KEY = "language"
# For screenshots, tests and teachers: DIGITSCOPE_LANG=ko python main.py
ENV_KEY = "DIGITSCOPE_LANG"


def qm_file(lang: str) -> Path:
    return I18N_DIR / f"digitscope_{lang}.qm"


def lrelease() -> Path | None:
    """Qt's lrelease as PySide6 ships it (None where it is missing)."""
    import PySide6

    for name in ("lrelease", "lrelease.exe"):
        path = Path(PySide6.__file__).parent / name
        if path.is_file():
            return path
    return None


def compile_translations(force: bool = False) -> list[Path]:
    """Compile every .ts that has no .qm, or a newer one, with lrelease; the .qm files written."""
    tool = lrelease()
    done = []
    for ts in sorted(I18N_DIR.glob("digitscope_*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if tool is None:
            break
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=60)
        done.append(qm)
    return done


def system_language() -> str:
    """'ko' on a Korean system, else 'en'."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def chosen_language() -> str:
    """DIGITSCOPE_LANG, else the student's choice in the Language menu, else the system's."""
    forced = os.environ.get(ENV_KEY, "")
    if forced in LANGUAGES:
        return forced
    saved = QSettings().value(SETTINGS_KEY, "")
    return saved if saved in LANGUAGES else system_language()


def remember_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


class Language:
    """Installs and swaps the application's translators (one instance, on the QApplication)."""

    def __init__(self) -> None:
        self.current = "en"
        self._translators: list[QTranslator] = []

    def install(self, lang: str) -> bool:
        """Use lang from now on (widgets made afterwards show it); False when its file is missing."""
        app = QCoreApplication.instance()
        for t in self._translators:
            app.removeTranslator(t)
        self._translators = []
        self.current = "en"
        set_translator(None)
        if lang == "en":
            return True
        with contextlib.suppress(OSError, subprocess.SubprocessError):  # read-only: use what is there
            compile_translations()
        ours = QTranslator(app)
        if not ours.load(str(qm_file(lang))):
            return False
        # Qt's own texts (Yes, No, Cancel, the file dialog) come from Qt's translations.
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(qt)
        self._translators.append(ours)
        for t in self._translators:
            app.installTranslator(t)
        set_translator(lambda context, text, disambiguation, n:
                       QCoreApplication.translate(context, text, disambiguation, n),
                       (str(qm_file(lang)),))
        self.current = lang
        return True


def language() -> Language:
    """The application's Language (created on first use)."""
    app = QCoreApplication.instance()
    lang = getattr(app, "_digitscope_language", None)
    if lang is None:
        lang = Language()
        app._digitscope_language = lang  # type: ignore[attr-defined]
    return lang
