"""What the training process (core.training.worker) sets up in itself for the window: the window's
language, with Qt's own translator (QtCore only: no widgets, no application object)."""

from __future__ import annotations

from core.i18n import set_translator


def install_translations(files: tuple[str, ...]) -> None:
    """Translate the training process's messages with the window's message files (.qm); none:
    English. Runs in the training process, before each job whose language changed."""
    if not files:
        set_translator(None)
        return
    from PySide6.QtCore import QTranslator

    translators = []
    for path in files:
        translator = QTranslator()
        if translator.load(path):
            translators.append(translator)

    def hook(context: str, text: str, disambiguation: str | None, n: int) -> str:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                text = found
                break
        return text.replace("%n", str(n)) if n >= 0 else text  # QCoreApplication.translate does this

    set_translator(hook, files)
