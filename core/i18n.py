"""Translating what DigitScope shows, without Qt in core/.

How to mark a text (core/ and gui/ alike):

1. `from core.i18n import translate`, then call it literally as `translate("Context", "English
   text")` — both arguments string literals, so Qt's lupdate finds them and lists the text in
   assets/i18n/digitscope_ko.ts. Context: the class that shows the text ("BuilderPanel"), or the
   module's name for module-level code ("layer_catalog"). Not self.tr() (PySide6 takes the
   runtime subclass as the context) and not an alias (lupdate would not find it).
2. Variable parts: named placeholders, formatted after translating, never an f-string inside:
   `translate("TrainingPanel", "Saved {name}.").format(name=path.name)`. Plurals:
   `translate("TrainingPanel", "%n epoch(s)", None, n)`. One whole sentence per call, so a
   translator can reorder it.
3. Texts made at import time (constants, tables of tooltips) exist before the translator: mark
   them where they are defined with QT_TRANSLATE_NOOP("context", "text") and show them with
   translate("context", CONSTANT) — the same context at both places.
4. Keras's own names stay as Keras spells them in every language and are not passed alone
   through translate(): layer classes (Dense, Conv2D, ...), argument names (units, epochs,
   batch_size, learning_rate, ...) and their values ('relu', 'same'), optimizer, loss and metric
   names, code such as model.fit(...). Sentences that mention them are translated whole.
5. Not for translation: log files, programming errors, object names, settings and JSON keys.

The window installs Qt's translator as the hook (gui/shell/i18n.py); without it (the command line, the
tests of core/) the English text comes back as it is.
"""

from __future__ import annotations

from collections.abc import Callable

Hook = Callable[[str, str, "str | None", int], str]
_hook: Hook | None = None
_catalogs: tuple[str, ...] = ()  # the message files the hook reads (the training process loads them too)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """text in the chosen language (context: the class or module that shows it; n: for plurals,
    where text holds %n)."""
    if _hook is not None:
        return _hook(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def set_translator(hook: Hook | None, catalogs: tuple[str, ...] = ()) -> None:
    """Install the function that translates (the GUI's QCoreApplication.translate), or None;
    catalogs: the message files (.qm) it translates with, for another process to load."""
    global _hook, _catalogs
    _hook, _catalogs = hook, tuple(catalogs) if hook is not None else ()


def catalogs() -> tuple[str, ...]:
    """The message files the installed translator reads (empty: English)."""
    return _catalogs


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark text for translation where it is defined (a table of tooltips); translate it with
    translate(context, text) where it is shown."""
    return text
