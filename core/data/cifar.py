"""CIFAR-10's python batches, in a folder or inside the archive, read with an unpickler that
refuses anything but numpy arrays."""

from __future__ import annotations

import io
import pickle
import tarfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from core.data.dataset import DatasetError
from core.i18n import translate

CIFAR_BATCHES = (*(f"data_batch_{i}" for i in range(1, 6)), "test_batch")
# Keras 3.15 downloads CIFAR-10 to "cifar-10-batches-py-target_archive" and extracts it into
# "cifar-10-batches-py-target/"; older Keras used "cifar-10-batches-py.tar.gz" and
# "cifar-10-batches-py/"; a copied file keeps its own name, cifar-10-python.tar.gz.
CIFAR_DIRS = ("cifar-10-batches-py-target/cifar-10-batches-py", "cifar-10-batches-py")
CIFAR_ARCHIVES = ("cifar-10-batches-py-target_archive", "cifar-10-batches-py.tar.gz",
                  "cifar-10-python.tar.gz")


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


def read_cifar_dir(folder: Path) -> tuple[np.ndarray, ...]:
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


def read_cifar_archive(archive: Path) -> tuple[np.ndarray, ...]:
    batches = {n: _read_cifar_batch(data, f"{archive}:{n}") for n, data in cifar_archive_files(archive)
               if n in CIFAR_BATCHES}
    missing = [b for b in CIFAR_BATCHES if b not in batches]
    if missing:
        raise DatasetError(translate("datasets", "{archive}: the archive has no {file}; delete it and "
                                     "download again").format(archive=archive,
                                                              file=f"cifar-10-batches-py/{missing[0]}"))
    return _join_batches(batches)


def cifar_archive_files(archive: Path) -> Iterator[tuple[str, bytes]]:
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
