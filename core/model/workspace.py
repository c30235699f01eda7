"""Workspace files: everything a lab session holds, in one zip a teacher can hand out and a
student can open offline (Qt-free).

A workspace zip holds
- workspace.json: the model spec (with compile settings and dataset), the training settings,
  each run's settings and epoch rows, the canvas strokes, the epochs trained so far;
- weights.npz: the trained weights, bit for bit, in `model.get_weights()` order;
- curves.npz: each run's per-batch curve points, bit for bit;
- history.csv: every run's epoch rows, for a spreadsheet (written, not read back).

Saving is atomic: the zip is written beside the target and renamed over it, so a full disk or a
crash mid-save leaves the previous file as it was. Loading checks everything it reads and
raises WorkspaceError naming the file and what is wrong; no pickles are ever loaded.
"""

from __future__ import annotations

import csv
import io
import json
import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core.files.atomic import atomic_write_bytes
from core.files.limits import MAX_ARRAYS_BYTES, MAX_CONFIG_BYTES, TooLarge, check_zip, read_member
from core.files.zip_errors import NPZ_READ_ERRORS, ZIP_READ_ERRORS
from core.i18n import translate
from core.model.shapes import weights_mismatch
from core.model.spec import ModelSpec, SpecError

FORMAT = "digitscope-workspace"
VERSION = 1
SUFFIX = ".digitscope"


class WorkspaceError(ValueError):
    """A workspace that cannot be saved or read; the message names the file and what to do."""


@dataclass
class RunRecord:
    """One training run as the Train area shows it."""

    label: str
    info: dict[str, Any] = field(default_factory=dict)  # settings, compile, dataset, results
    epochs: list[dict[str, float]] = field(default_factory=list)  # the epoch log's rows
    batch_x: np.ndarray = field(default_factory=lambda: np.zeros(0))  # fractional epochs
    batch_loss: np.ndarray = field(default_factory=lambda: np.zeros(0))  # smoothed, as plotted
    batch_acc: np.ndarray = field(default_factory=lambda: np.zeros(0))


@dataclass
class Workspace:
    """A lab session's state."""

    spec: ModelSpec
    weights: list[np.ndarray] | None = None
    epochs_done: int = 0
    settings: dict[str, Any] = field(default_factory=dict)  # the Train area's fields
    runs: list[RunRecord] = field(default_factory=list)
    strokes: list[list[tuple[float, float]]] = field(default_factory=list)  # canvas pixels, y down
    canvas_size: tuple[int, int] | None = None  # the canvas the strokes were drawn on
    sweep: dict[str, Any] | None = None  # the last hyperparameter sweep (as `sweep --json` writes it)


def _npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _history_csv(runs: list[RunRecord]) -> str:
    keys: list[str] = []
    for run in runs:
        for row in run.epochs:
            keys += [k for k in row if k not in keys]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["run", *keys])
    for number, run in enumerate(runs, start=1):
        # A run that continued trained weights shows the earlier epochs on its curves too; the
        # history has each epoch once, under the run that trained it.
        first = run.info.get("first_epoch", 0) if isinstance(run.info, dict) else 0
        for row in run.epochs:
            if row.get("epoch", first + 1) > first:
                writer.writerow([number, *(row.get(k, "") for k in keys)])
    return out.getvalue()


def to_bytes(ws: Workspace) -> bytes:
    """The workspace as zip bytes."""
    meta = {
        "format": FORMAT, "version": VERSION, "spec": ws.spec.to_dict(), "settings": ws.settings,
        "epochs_done": ws.epochs_done, "has_weights": ws.weights is not None,
        "runs": [{"label": r.label, "info": r.info, "epochs": r.epochs} for r in ws.runs],
        "strokes": [[[float(x), float(y)] for x, y in s] for s in ws.strokes],
        "canvas_size": list(ws.canvas_size) if ws.canvas_size else None,
        "sweep": ws.sweep,
    }
    curves: dict[str, np.ndarray] = {}
    for i, r in enumerate(ws.runs):
        curves.update({f"run{i}_x": np.asarray(r.batch_x, np.float64),
                       f"run{i}_loss": np.asarray(r.batch_loss, np.float64),
                       f"run{i}_acc": np.asarray(r.batch_acc, np.float64)})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("workspace.json", json.dumps(meta, indent=1, allow_nan=True))
        # Arrays stored, not deflated: float weights hardly compress, and deflating 1.6 MB took
        # ~60 ms of the GUI thread at every autosaved epoch end.
        if ws.weights is not None:
            z.writestr("weights.npz", _npz_bytes({f"w{i:03d}": np.asarray(w) for i, w in
                                                  enumerate(ws.weights)}), zipfile.ZIP_STORED)
        z.writestr("curves.npz", _npz_bytes(curves), zipfile.ZIP_STORED)
        z.writestr("history.csv", _history_csv(ws.runs))
    return buffer.getvalue()


def save_workspace(ws: Workspace, path: str | Path) -> None:
    """Write the workspace atomically; WorkspaceError (the old file untouched) when it cannot."""
    path = Path(path)
    try:
        atomic_write_bytes(path, to_bytes(ws))
    except OSError as e:
        text = translate("workspace", "{path}: could not save ({reason}); the previous file, if any, is "
                                      "unchanged. Free some disk space or choose another folder.")
        raise WorkspaceError(text.format(path=path, reason=e.strerror or e)) from e


def _fail(path: Path, what: str) -> WorkspaceError:
    return WorkspaceError(f"{path.name}: {what}")


def _load_npz(z: zipfile.ZipFile, name: str, path: Path) -> dict[str, np.ndarray]:
    try:
        with np.load(io.BytesIO(read_member(z, name, MAX_ARRAYS_BYTES)), allow_pickle=False) as npz:
            check_zip(npz.zip)  # an .npz is a zip too: its arrays' declared sizes, before unpacking
            arrays = {k: npz[k] for k in npz.files}
    except TooLarge as e:
        raise _fail(path, translate("workspace", "{name} inside: {problem}").format(name=name,
                                                                                 problem=e)) from e
    except NPZ_READ_ERRORS as e:
        raise _fail(path, translate("workspace", "{name} inside is damaged ({error}); the workspace cannot "
                                                 "be opened").format(name=name, error=e)) from e
    except MemoryError as e:  # an array header that claims terabytes
        raise _fail(path, translate("workspace", "{name} inside is damaged (an array in it would need more "
                                                 "memory than there is: {error}); the workspace cannot be "
                                                 "opened").format(name=name, error=e)) from e
    for k, a in arrays.items():
        if not isinstance(a, np.ndarray):  # np.load hands a member that is not an .npy over as bytes
            raise _fail(path, translate("workspace", "{name} inside is damaged ({key} is not an array); the "
                                                     "workspace cannot be opened").format(name=name, key=k))
    return arrays


def _is_finite_number(v: Any) -> bool:
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return False
    try:
        return math.isfinite(v)
    except OverflowError:  # an integer too large for a float
        return False


def _check_strokes(raw: Any, path: Path) -> list[list[tuple[float, float]]]:
    if not isinstance(raw, list):
        raise _fail(path, translate("workspace", "'strokes' must be a list of strokes"))
    strokes = []
    for s in raw:
        if not isinstance(s, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(_is_finite_number(v) for v in p) for p in s):
            raise _fail(path, translate("workspace", "'strokes' must hold strokes of [x, y] number pairs"))
        strokes.append([(float(x), float(y)) for x, y in s])
    return strokes


def load_workspace(path: str | Path) -> Workspace:
    """Read a workspace file; WorkspaceError naming the file and the problem."""
    path = Path(path)
    if path.is_dir():
        raise WorkspaceError(translate("workspace", "{path}: is a folder, not a workspace file; choose the "
                                                    ".digitscope file inside it").format(path=path))
    if not path.is_file():
        raise WorkspaceError(translate("workspace", "{path}: no such file").format(path=path))
    try:
        z = zipfile.ZipFile(path)
    except ZIP_READ_ERRORS as e:  # NotImplementedError too: a damaged "version needed" field
        raise _fail(path, translate("workspace", "not a DigitScope workspace (it is not a zip file, or it "
                                                 "is cut short)")) from e
    with z:
        try:
            check_zip(z)  # from the sizes it declares: a small zip bomb is refused unread
            meta = json.loads(read_member(z, "workspace.json", MAX_CONFIG_BYTES).decode("utf-8"))
        except TooLarge as e:
            raise _fail(path, translate("workspace", "{problem}; it is not a workspace DigitScope can "
                                                     "open").format(problem=e)) from e
        except KeyError as e:
            raise _fail(path, translate("workspace", "not a DigitScope workspace (no workspace.json "
                                                     "inside)")) from e
        except (ValueError, RecursionError, *ZIP_READ_ERRORS) as e:  # RecursionError: nested too deeply
            raise _fail(path, translate("workspace", "workspace.json inside is damaged ({error})").format(
                error=e)) from e
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise _fail(path, translate("workspace", "not a DigitScope workspace (workspace.json has another "
                                                     "format)"))
        version = meta.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
            raise _fail(path, translate("workspace", "made by a newer DigitScope (version {version}); update "
                                                     "DigitScope").format(version=version))
        try:
            spec = ModelSpec.from_dict(meta.get("spec"))
        except SpecError as e:
            raise _fail(path, translate("workspace", "its model: {error}").format(error=e)) from e
        settings = meta.get("settings", {})
        epochs_done = meta.get("epochs_done", 0)
        if not isinstance(settings, dict):
            raise _fail(path, translate("workspace", "'settings' must be an object"))
        if not isinstance(epochs_done, int) or isinstance(epochs_done, bool) or epochs_done < 0:
            raise _fail(path, translate("workspace", "'epochs_done' must be a whole number ≥ 0"))
        weights = None
        if meta.get("has_weights"):
            if "weights.npz" not in z.namelist():
                raise _fail(path, translate("workspace", "the weights (weights.npz) are missing inside"))
            arrays = _load_npz(z, "weights.npz", path)
            weights = [arrays[k] for k in sorted(arrays)]
            if any(not np.issubdtype(w.dtype, np.number) for w in weights):
                raise _fail(path, translate("workspace", "weights.npz inside holds something other than "
                                                         "numbers"))
            mismatch = weights_mismatch(spec, weights)
            if mismatch:  # e.g. saved while another model trained: they would fail in Keras later
                raise _fail(path, translate("workspace", "it is damaged: {problem}").format(problem=mismatch))
        curves = _load_npz(z, "curves.npz", path) if "curves.npz" in z.namelist() else {}
        raw_runs = meta.get("runs", [])
        if not isinstance(raw_runs, list):
            raise _fail(path, translate("workspace", "'runs' must be a list"))
        runs = []
        for i, r in enumerate(raw_runs):
            if not (isinstance(r, dict) and isinstance(r.get("label"), str) and
                    isinstance(r.get("info", {}), dict) and isinstance(r.get("epochs", []), list) and
                    all(isinstance(row, dict) for row in r.get("epochs", []))):
                raise _fail(path, translate("workspace", "run {n} must have a 'label', 'info' and a list of "
                                                         "epoch rows").format(n=i + 1))
            x, loss, acc = (curves.get(f"run{i}_{k}", np.zeros(0)) for k in ("x", "loss", "acc"))
            if any(a.ndim != 1 or a.dtype.kind not in "iuf" for a in (x, loss, acc)):
                raise _fail(path, translate("workspace", "run {n}'s curves inside curves.npz are damaged "
                                                         "(they must be lists of numbers)").format(n=i + 1))
            if not (len(x) == len(loss) == len(acc)):
                raise _fail(path, translate("workspace", "run {n}'s curves have different lengths").format(
                    n=i + 1))
            runs.append(RunRecord(r["label"], r.get("info", {}), r.get("epochs", []), x, loss, acc))
        size = meta.get("canvas_size")
        if size is not None and not (isinstance(size, list) and len(size) == 2 and
                                     all(isinstance(v, int) and v > 0 for v in size)):
            raise _fail(path, translate("workspace", "'canvas_size' must be [width, height] in pixels"))
        sweep = meta.get("sweep")
        if sweep is not None and not (isinstance(sweep, dict) and isinstance(sweep.get("space"), dict) and
                                      isinstance(sweep.get("trials"), list) and
                                      all(isinstance(t, dict) for t in sweep["trials"])):
            raise _fail(path, translate("workspace", "'sweep' must hold a search space and a list of trials"))
        return Workspace(spec, weights, epochs_done, settings, runs,
                         _check_strokes(meta.get("strokes", []), path),
                         tuple(size) if size else None, sweep)
