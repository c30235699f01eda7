"""How runs and epochs are written for the student: a run's name in the Runs list and on the
curves' legend, and the cells of the epoch log (a partial epoch marked as such)."""

from __future__ import annotations

from typing import Any

from core.i18n import translate


def run_label(info: dict, last_epoch: int, partial: bool = False) -> str:
    """How a run is named in the Runs list and on the curves' legend: its number, the epochs it
    trained (numbered on from the weights it started from; partial: the last was stopped inside),
    the model and the optimizer."""
    first = info["first_epoch"] + 1
    compile_ = info["compile"]
    epochs = (translate("TrainingPanel", "epochs {first}–{last}").format(first=first, last=last_epoch)
              if last_epoch > first else
              translate("TrainingPanel", "epoch {first}").format(first=first) if last_epoch == first else
              translate("TrainingPanel", "epoch {first} unfinished").format(first=first))
    if partial and last_epoch >= first:
        epochs += " " + translate("TrainingPanel", "({last} partial)").format(last=last_epoch)
    name = translate("TrainingPanel", "run {number}: {epochs}, {model}, {optimizer} {learning_rate:g}")
    return name.format(
        number=info["number"], epochs=epochs, model=info["model"], optimizer=compile_["optimizer"],
        learning_rate=compile_["learning_rate"])


def log_cell(row: dict[str, float], key: str) -> str:
    """The epoch log's text for one value of an epoch's row ("" when the row lacks it)."""
    value = row.get(key)
    if value is None:
        return ""
    if key == "epoch":
        if "partial" in row:  # stopped inside it: not a full epoch
            return translate("TrainingPanel", "{epoch} (partial, {share:.0%})").format(
                epoch=int(value), share=row["partial"])
        return str(int(value))
    return f"{value:.1f}" if key == "seconds" else f"{value:.4f}"


def log_columns(row: dict[str, float]) -> list[str]:
    """The epoch log's columns for rows like this one, as Keras names the figures: epoch, the loss,
    the metrics, each output's figures, the validation ones, then the seconds."""
    keys = [k for k in row if k not in ("epoch", "seconds", "partial")]

    def order(key: str) -> tuple[int, int, str]:
        val = key.startswith("val_")
        base = key.removeprefix("val_")
        rank = 0 if base == "loss" else 1 if "_" not in base or base in ("mae",) else 2
        return (int(val), rank, base)

    return ["epoch", *sorted(keys, key=order), "seconds"]


def test_sentence(evaluation: Any) -> str:
    """The end of the run's message: its test figure, as the task has one."""
    if evaluation.test_accuracy is not None:
        return translate("TrainingPanel", "Test accuracy {accuracy:.2%}.").format(
            accuracy=evaluation.test_accuracy)
    if evaluation.test_mae is not None:
        return translate("TrainingPanel", "Test MAE {mae:,.4g} (the average error, in the target's units), "
                         "test loss {loss:,.4g}.").format(mae=evaluation.test_mae, loss=evaluation.test_loss)
    return translate("TrainingPanel", "Test loss {loss:,.4g}.").format(loss=evaluation.test_loss)


def format_duration(seconds: float) -> str:
    """m:ss, for the time left in a run."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
