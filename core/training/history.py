"""A run's epoch log as CSV, the way Keras's CSVLogger writes it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from core.files.atomic import atomic_write_text


def history_csv(rows: list[dict[str, float]]) -> str:
    """One line per epoch; columns as Keras's CSVLogger orders them: epoch, then sorted names."""
    names = sorted({k for row in rows for k in row} - {"epoch"})
    columns = ["epoch", *names]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (int(v) if k == "epoch" else repr(float(v))) for k, v in row.items()})
    return out.getvalue()


def write_history_csv(rows: list[dict[str, float]], path: str | Path) -> None:
    """Write history_csv(rows) atomically to path."""
    atomic_write_text(Path(path), history_csv(rows))
