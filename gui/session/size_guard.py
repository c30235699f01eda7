"""Before the app builds the Builder's model in Keras: small models are built quietly, very large
ones only after the student said yes, models too large for this computer never."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.size import SizeEstimate, estimate
from gui.session.document import ModelDocument

# The question for each purpose the callers pass, whole sentences so that they translate well.
_QUESTIONS = {
    "train it": QT_TRANSLATE_NOOP("size_guard", "This is {advice}\n\nBuild it and train it anyway?"),
    "save it": QT_TRANSLATE_NOOP("size_guard", "This is {advice}\n\nBuild it and save it anyway?"),
}


def size_of(doc: ModelDocument, batch_size: int = 32) -> SizeEstimate:
    """The memory estimate of the Builder's model."""
    return estimate(doc.info, doc.spec.compile, batch_size)


def confirm_build(parent: QWidget, doc: ModelDocument, purpose: str, batch_size: int = 32) -> bool:
    """True when the model may be built for purpose ("train it", "save it"): small, or the student
    agreed for this architecture; asks once for a very large model, refuses one too large."""
    size = size_of(doc, batch_size)
    key = doc.spec.architecture_key()
    if size.level == "ok" or (size.level == "large" and key in doc.large_confirmed):
        return True
    if size.level == "too_large":
        QMessageBox.warning(parent, translate("size_guard", "Model too large"),
                            translate("size_guard", "Keras cannot build this model here: it is {advice}")
                            .format(advice=size.advice()))
        return False
    if purpose in _QUESTIONS:
        question = translate("size_guard", _QUESTIONS[purpose]).format(advice=size.advice())
    else:
        question = translate("size_guard", "This is {advice}\n\nBuild it and {purpose} anyway?").format(
            advice=size.advice(), purpose=purpose)
    answer = QMessageBox.question(
        parent, translate("size_guard", "Build a very large model?"), question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    doc.large_confirmed.add(key)
    return True


def quiet_build_refusal(doc: ModelDocument) -> str | None:
    """Why an area that builds the model by itself (Draw, Inside) must not; None when it may."""
    size = size_of(doc)
    if size.level == "ok" or (size.level == "large"
                              and doc.spec.architecture_key() in doc.large_confirmed):
        return None
    if size.level == "too_large":
        return translate("size_guard", "The model in Build is {advice}").format(advice=size.advice())
    return translate("size_guard", "The model in Build is {advice} It is built only when you press Train "
                     "and say yes.").format(advice=size.advice())
