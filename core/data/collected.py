"""Digits a class drew in DigitScope (issue 19): a dataset folder in an open format, written one
sample at a time while a student draws, read as a Dataset split by writer.

The format (documented in docs/manual.md, "Collect your own digits"), in one folder:

- `dataset.json`: {"format": "digitscope.collected", "version": 1, "class_names": ["0", …, "9"]}
  (the classes in label order; a class may be any symbol, "+" or "−").
- `samples.jsonl`: one JSON object per line, as `python main.py replay` reads them:
  {"label": 7, "writer": "Jiwoo", "strokes": [[[x, y], …], …], "canvas": [w, h], "time": "…"}
  (the strokes as the pen drew them, y down, in canvas pixels).
- `images.npz`: `x` uint8 (n, 28, 28), the strokes rendered by the canvas's own renderer (white on
  black, as MNIST), `y` the labels, `writer` the writer of each, in the order of samples.jsonl.

Several such folders side by side under one folder (each student's, copied into a shared folder
by the teacher) read as one dataset, writers kept. The test split is whole writers: a writer is
never in both (`split_by_writer`).
"""

from __future__ import annotations

import datetime
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core.data.dataset import MAX_CLASSES, Dataset, DatasetError
from core.files.atomic import atomic_write_bytes, atomic_write_text
from core.i18n import translate

FORMAT = "digitscope.collected"
VERSION = 1
MANIFEST, SAMPLES, IMAGES = "dataset.json", "samples.jsonl", "images.npz"
DIGITS = [str(i) for i in range(10)]
MAX_SAMPLES = 200_000  # a class's collection is hundreds; this bounds a damaged or foreign file
TEST_WRITERS_SHARE = 0.2  # of the writers, held out for testing (at least one)


@dataclass
class Sample:
    """One drawn digit: its label, its writer, its strokes and the 28×28 image they render to."""

    label: int
    writer: str
    strokes: list[list[tuple[float, float]]]
    image: np.ndarray  # uint8 (28, 28)
    canvas: tuple[int, int] = (280, 280)
    time: str = field(default_factory=lambda: datetime.datetime.now().isoformat(timespec="seconds"))


def is_collected(folder: Path) -> bool:
    """A collected dataset folder, or a folder of them."""
    return (folder / MANIFEST).is_file() or any((d / MANIFEST).is_file() for d in _subfolders(folder))


def _subfolders(folder: Path) -> list[Path]:
    try:
        return sorted(d for d in folder.iterdir() if d.is_dir() and not d.name.startswith("."))
    except OSError:
        return []


class Collection:
    """A dataset folder being written: samples are added and removed one at a time, each change
    saved at once (atomic writes), so closing the window or a crash loses nothing drawn."""

    def __init__(self, folder: Path, class_names: list[str] | None = None) -> None:
        self.folder = Path(folder)
        if (self.folder / MANIFEST).is_file():
            manifest = _read_manifest(self.folder)
            self.class_names = manifest
            self.samples = _read_samples(self.folder, len(manifest))
        else:
            if self.folder.exists() and any(self.folder.iterdir()):
                raise DatasetError(translate("datasets", "{folder}: this folder holds other files; choose an "
                                             "empty folder (or one DigitScope collected into)").format(
                    folder=self.folder))
            self.class_names = list(class_names or DIGITS)
            self.samples = []
            self.folder.mkdir(parents=True, exist_ok=True)
            self._save()

    def counts(self) -> list[int]:
        """Samples per class, in label order."""
        return [sum(1 for s in self.samples if s.label == k) for k in range(len(self.class_names))]

    def add(self, sample: Sample) -> None:
        if not 0 <= sample.label < len(self.class_names):
            raise DatasetError(translate("datasets", "label {label} is not one of this dataset's {count} "
                                         "classes").format(label=sample.label, count=len(self.class_names)))
        self.samples.append(sample)
        self._save()

    def remove(self, index: int) -> None:
        del self.samples[index]
        self._save()

    def _save(self) -> None:
        manifest = {"format": FORMAT, "version": VERSION, "class_names": self.class_names}
        atomic_write_text(self.folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        lines = [json.dumps({"label": s.label, "writer": s.writer,
                             "strokes": [[[round(float(x), 2), round(float(y), 2)] for x, y in stroke]
                                         for stroke in s.strokes],
                             "canvas": list(s.canvas), "time": s.time}, ensure_ascii=False)
                 for s in self.samples]
        atomic_write_text(self.folder / SAMPLES, "".join(line + "\n" for line in lines))
        buffer = io.BytesIO()
        x = np.stack([s.image for s in self.samples]) if self.samples else np.zeros((0, 28, 28), np.uint8)
        labels = np.array([s.label for s in self.samples], np.int64)
        np.savez_compressed(buffer, x=x.astype(np.uint8), y=labels,
                            writer=np.array([s.writer for s in self.samples], dtype=str))
        atomic_write_bytes(self.folder / IMAGES, buffer.getvalue())


def _read_manifest(folder: Path) -> list[str]:
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as e:
        raise DatasetError(translate("datasets", "{path}: not a readable dataset description ({error})")
                           .format(path=path, error=e)) from e
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DatasetError(translate("datasets", "{path}: not a DigitScope collected dataset (its format is "
                                     "{found}, expected {expected})").format(
            path=path, found=repr(data.get("format") if isinstance(data, dict) else data), expected=FORMAT))
    names = data.get("class_names")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names) \
            or len(names) > MAX_CLASSES or len(set(names)) != len(names):
        raise DatasetError(translate("datasets", "{path}: 'class_names' must be a list of different, "
                                     "non-empty names").format(path=path))
    return names


def _read_samples(folder: Path, classes: int) -> list[Sample]:
    """The samples of one folder, strokes and images; DatasetError names the file and the line."""
    path, images = folder / SAMPLES, folder / IMAGES
    try:
        size = path.stat().st_size
        lines = path.read_text(encoding="utf-8").splitlines() if size else []
    except FileNotFoundError:
        lines = []
    except (OSError, UnicodeDecodeError) as e:
        raise DatasetError(translate("datasets", "{path}: cannot read ({error})").format(
            path=path, error=e)) from e
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            label, writer = int(r["label"]), str(r["writer"])
            strokes = [[(float(x), float(y)) for x, y in stroke] for stroke in r["strokes"]]
            canvas = tuple(int(v) for v in r.get("canvas", (280, 280)))[:2]
        except (ValueError, KeyError, TypeError) as e:
            raise DatasetError(translate("datasets", "{path}, line {line}: not a drawn sample ({error})")
                               .format(path=path, line=number, error=e)) from e
        if not 0 <= label < classes:
            raise DatasetError(translate("datasets", "{path}, line {line}: label {label} is outside the "
                                         "{count} classes of {manifest}").format(
                path=path, line=number, label=label, count=classes, manifest=MANIFEST))
        records.append((label, writer, strokes, canvas, str(r.get("time", ""))))
        if len(records) > MAX_SAMPLES:
            raise DatasetError(translate("datasets", "{path}: more than {most:,} samples; it is not a "
                                         "class's collection").format(path=path, most=MAX_SAMPLES))
    x = _read_images(images, len(records)) if records else np.zeros((0, 28, 28), np.uint8)
    return [Sample(label, writer, strokes, x[i], canvas, when)  # type: ignore[arg-type]
            for i, (label, writer, strokes, canvas, when) in enumerate(records)]


def _read_images(path: Path, n: int) -> np.ndarray:
    import zipfile

    from core.data.npz import as_npz
    from core.files.limits import TooLarge, check_zip
    from core.files.zip_errors import NPZ_READ_ERRORS

    try:
        with zipfile.ZipFile(path) as z:
            check_zip(z)  # from the sizes it declares: a small damaged file cannot unpack to gigabytes
        with open(path, "rb") as fh, as_npz(np.load(fh, allow_pickle=False), path) as f:
            x = f["x"]
    except (KeyError, TooLarge, *NPZ_READ_ERRORS) as e:
        raise DatasetError(translate("datasets", "{path}: the rendered images are missing or damaged "
                                     "({error}); collect again, or remove this folder").format(
            path=path, error=e)) from e
    if x.dtype != np.uint8 or x.shape != (n, 28, 28):
        raise DatasetError(translate("datasets", "{path}: holds images of shape {shape} ({dtype}); {samples} "
                                     "needs {n} images of 28×28 (uint8); collect again or remove the "
                                     "damaged folder").format(path=path, shape=x.shape, dtype=x.dtype,
                                                              samples=SAMPLES, n=n))
    return x


def _collections(folder: Path) -> list[Path]:
    """folder itself when it is a collection, else the collections inside it; DatasetError if none."""
    parts = [folder] if (folder / MANIFEST).is_file() else [d for d in _subfolders(folder)
                                                            if (d / MANIFEST).is_file()]
    if not parts:
        raise DatasetError(translate("datasets", "{folder}: no collected digits here (no {manifest})").format(
            folder=folder, manifest=MANIFEST))
    return parts


def read_class_names(folder: Path) -> list[str]:
    """A collected folder's class names (of its first collection, for a folder of them), read from
    dataset.json alone: no sample is loaded."""
    parts = _collections(Path(folder))
    return _read_manifest(parts[0])


def read_collected(folder: Path) -> tuple[list[str], list[Sample]]:
    """The class names and every sample of a collected folder, or of the collected folders inside it
    (they must have the same classes)."""
    parts = _collections(Path(folder))
    names: list[str] | None = None
    samples: list[Sample] = []
    for part in parts:
        these = _read_manifest(part)
        if names is not None and these != names:
            raise DatasetError(translate("datasets", "{folder}: its classes {these} differ from {first}'s "
                                         "{names}; merge only collections of the same classes").format(
                folder=part, these=", ".join(these), first=parts[0].name, names=", ".join(names)))
        names = these
        samples += _read_samples(part, len(these))
    assert names is not None
    return names, samples


def split_by_writer(samples: list[Sample], test_writers: list[str] | None = None,
                    share: float = TEST_WRITERS_SHARE) -> tuple[list[Sample], list[Sample], list[str]]:
    """(train, test, the test writers): whole writers go to the test split, never both. By default
    the last share of the writers in name order (at least one); DatasetError with one writer."""
    writers = sorted({s.writer for s in samples})
    if test_writers is None:
        if len(writers) < 2:
            raise DatasetError(translate("datasets", "only one writer ({writer}): a test split of writers "
                                         "the model has not seen needs at least two; collect from another "
                                         "student too").format(writer=writers[0] if writers else "-"))
        count = max(1, round(share * len(writers)))
        test_writers = writers[-count:]
    unknown = sorted(set(test_writers) - set(writers))
    if unknown:
        raise DatasetError(translate("datasets", "no samples of {writers}; the writers are {known}").format(
            writers=", ".join(unknown), known=", ".join(writers)))
    held = set(test_writers)
    return ([s for s in samples if s.writer not in held], [s for s in samples if s.writer in held],
            sorted(held))


def load_collected(folder: Path, name: str, test_writers: list[str] | None = None) -> Dataset:
    """A collected folder (or a folder of them) as a Dataset: trained on some writers, tested on
    the others. DatasetError for an empty class, one writer only, a damaged or foreign folder."""
    names, samples = read_collected(folder)
    if not samples:
        raise DatasetError(translate("datasets", "{folder}: no digits collected yet; draw some in Draw & "
                                     "predict ▸ Collect").format(folder=folder))
    counts = [sum(1 for s in samples if s.label == k) for k in range(len(names))]
    empty = [names[k] for k, c in enumerate(counts) if c == 0]
    if empty:
        raise DatasetError(translate("datasets", "{folder}: no samples of {classes}; a model cannot learn a "
                                     "class it never saw: draw some, or remove the class").format(
            folder=folder, classes=", ".join(empty)))
    train, test, held = split_by_writer(samples, test_writers)
    trained = {s.label for s in train}
    only_held = [names[k] for k in range(len(names)) if k not in trained]
    if only_held:
        raise DatasetError(translate("datasets", "{folder}: no training samples of {classes}: only the "
                                     "writers held out for testing ({held}) drew them; collect them from "
                                     "another writer too").format(folder=folder, classes=", ".join(only_held),
                                                           held=", ".join(held)))
    # In the order drawn, a class added later sits at the end, where a validation split ("the last
    # part") would take all of it: shuffled once, with a fixed seed, so every part holds every class.
    train = [train[i] for i in np.random.default_rng(0).permutation(len(train))]

    def arrays(part: list[Sample]) -> tuple[np.ndarray, np.ndarray]:
        if not part:
            return np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64)
        return np.stack([s.image for s in part]).astype(np.uint8), np.array([s.label for s in part], np.int64)

    (x_tr, y_tr), (x_te, y_te) = arrays(train), arrays(test)
    writers = sorted({s.writer for s in samples})
    source = translate("datasets", "digits drawn in DigitScope by {n} writers; tested on {held}, never "
                       "trained on").format(n=len(writers), held=", ".join(held))
    return Dataset(name, source, x_tr, y_tr, x_te, y_te, list(names), "classes", writers=writers,
                   test_writers=[s.writer for s in test])


def merge_collections(folders: list[Path], out: Path) -> int:
    """Copy every sample of folders (each a collection, or a folder of them) into the collection
    out, writers kept; the number of samples it then holds. The folders must share their classes."""
    names: list[str] | None = None
    everything: list[Sample] = []
    for folder in folders:
        these, samples = read_collected(folder)
        if names is not None and these != names:
            raise DatasetError(translate("datasets", "{folder}: its classes {these} differ from {names}; "
                                         "merge only collections of the same classes").format(
                folder=folder, these=", ".join(these), names=", ".join(names)))
        names = these
        everything += samples
    if names is None:
        raise DatasetError(translate("datasets", "nothing to merge"))
    target = Collection(out, names)
    if target.class_names != names:
        raise DatasetError(translate("datasets", "{folder}: its classes {these} differ from those of the "
                                     "collections merged into it ({names})").format(
            folder=out, these=", ".join(target.class_names), names=", ".join(names)))
    # A digit merged twice (the same folder chosen again, or the target itself) is kept once.
    seen = {_identity(s) for s in target.samples}
    for s in everything:
        if _identity(s) not in seen:
            seen.add(_identity(s))
            target.samples.append(s)
    target._save()
    return len(target.samples)


def _identity(sample: Sample) -> tuple:
    """What makes a drawn digit the same digit: its writer, time, label and strokes."""
    return (sample.writer, sample.time, sample.label, json.dumps(sample.strokes))


def describe(path: os.PathLike[str] | str) -> dict[str, Any]:
    """Counts per class and writer of a collected folder (for the window's collect mode)."""
    names, samples = read_collected(Path(path))
    return {"class_names": names, "samples": len(samples),
            "per_class": [sum(1 for s in samples if s.label == k) for k in range(len(names))],
            "writers": sorted({s.writer for s in samples})}
