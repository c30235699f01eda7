"""IDX files (MNIST's format: a big-endian header, then uint8 data), gzipped or not, and folders
of them (train-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte, ...)."""

from __future__ import annotations

import gzip
import math
import struct
import zlib
from pathlib import Path

import numpy as np

from core.data.dataset import FASHION_CLASS_NAMES, Dataset, DatasetError, finish_dataset
from core.files.limits import MAX_IDX_BYTES, too_large
from core.i18n import translate

IDX_IMAGES_MAGIC = 0x00000803
IDX_LABELS_MAGIC = 0x00000801


def _idx_candidates(folder: Path, prefix: str, kind: str) -> list[Path]:
    dims = 3 if kind == "images" else 1
    names = [f"{prefix}-{kind}{sep}idx{dims}-ubyte{gz}" for sep in ("-", ".") for gz in (".gz", "")]
    return [folder / n for n in names if (folder / n).is_file()]


def idx_pair(folder: Path, prefix: str) -> tuple[Path, Path] | None:
    images, labels = _idx_candidates(folder, prefix, "images"), _idx_candidates(folder, prefix, "labels")
    return (images[0], labels[0]) if images and labels else None


def has_idx_files(folder: Path) -> bool:
    return any(_idx_candidates(folder, p, k) for p in ("train", "t10k") for k in ("images", "labels"))


def _read_bytes(path: Path) -> bytes:
    """The file's bytes (unzipped), read no further than its header's dimensions say (plus one
    byte, to tell a file longer than them): a 3 MB gzip claiming gigabytes is refused unread."""
    try:
        with open(path, "rb") as f:
            gz = f.read(2) == b"\x1f\x8b"  # gzip, whatever the name says
        with (gzip.open if gz else open)(path, "rb") as f:
            head = f.read(4)
            ndim = head[3] if len(head) == 4 else 0
            dims_raw = f.read(4 * ndim) if 0 < ndim <= 8 else b""
            declared = math.prod(struct.unpack(f">{ndim}I", dims_raw)) if ndim and \
                len(dims_raw) == 4 * ndim else None
            if declared is not None and declared > MAX_IDX_BYTES:
                raise DatasetError(translate("datasets", "{path}: {problem}; it is not a dataset DigitScope "
                                             "can open").format(path=path, problem=too_large(
                                                 translate("datasets", "its data"), declared, MAX_IDX_BYTES)))
            rest = b"" if declared is None else f.read(declared + 1)  # no header: not IDX, read no more
        return head + dims_raw + rest
    except EOFError as e:
        raise DatasetError(translate("datasets", "{path}: the gzip file is truncated ({error}); download or "
                                     "copy it again").format(path=path, error=e)) from e
    except (gzip.BadGzipFile, zlib.error) as e:
        raise DatasetError(translate("datasets", "{path}: the gzip file is corrupted ({error}); download or "
                                     "copy it again").format(path=path, error=e)) from e
    except OSError as e:
        raise DatasetError(translate("datasets", "{path}: cannot read ({error})").format(
            path=path, error=e.strerror or e)) from e


def idx_count(path: Path) -> int:
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


def read_idx_folder(folder: Path) -> tuple[np.ndarray, ...]:
    parts: list[np.ndarray | None] = []
    for prefix in ("train", "t10k"):
        pair = idx_pair(folder, prefix)
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


def load_idx_folder(folder: Path, name: str, class_names: list[str] | None) -> Dataset:
    x_tr, y_tr, x_te, y_te = read_idx_folder(folder)
    source = (translate("datasets", "test-only IDX folder: {folder}") if x_tr is None else
              translate("datasets", "IDX folder: {folder}")).format(folder=folder)
    return finish_dataset(name, source, x_tr, y_tr, x_te, y_te, class_names, where=folder)


def default_class_names(folder: Path) -> list[str] | None:
    """Fashion names for a folder called like Fashion-MNIST; None: inferred from the labels."""
    return FASHION_CLASS_NAMES if "fashion" in folder.resolve().name.lower() else None
