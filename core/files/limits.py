"""How much one file may make DigitScope unpack or decode, checked from what the file declares
before it is read (zip members' sizes, IDX headers, picture dimensions) and again while reading
(a declared size can lie). Small hostile files otherwise take gigabytes: a 1.5 MB .keras that
unpacks a 600 MB config.json, a 140 KB PNG of 12000×12000 pixels. Lab laptops have 8 GB.

The limits are far above any real file of the course (the full CIFAR-10 is 150 MB, a model's
config a few kB, a phone's photo 12 megapixels) and are listed in the manual.
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

from core.i18n import translate

MAX_CONFIG_BYTES = 32 * 2**20  # a model's config.json, a workspace's workspace.json
MAX_ARRAYS_BYTES = 2 * 2**30  # a workspace's weights and curves, a .keras file's contents
MAX_IDX_BYTES = 2**30  # one IDX file's data, unpacked
MAX_PICTURE_PIXELS = 40_000_000  # a picture to predict or a dataset image (8000×5000)


class TooLarge(ValueError):
    """A file that would unpack or decode to more than a limit; the message says what and how much."""


def size_text(n: int) -> str:
    """1536 -> '1.5 kB', 3 * 2**30 -> '3.0 GB' (binary units, as the limits are)."""
    for unit, size in (("GB", 2**30), ("MB", 2**20), ("kB", 2**10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"


def too_large(what: str, size: int, limit: int) -> TooLarge:
    return TooLarge(translate("limits", "{what} would take {size} unpacked; DigitScope reads at most {limit}"
                              ).format(what=what, size=size_text(size), limit=size_text(limit)))


def check_zip(z: zipfile.ZipFile, limit: int = MAX_ARRAYS_BYTES) -> None:
    """TooLarge when the members of z declare more than limit bytes in all."""
    total = sum(info.file_size for info in z.infolist())
    if total > limit:
        raise too_large(translate("limits", "its contents"), total, limit)


def read_member(z: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Member name of z (KeyError when missing), at most limit bytes whatever its header says."""
    info = z.getinfo(name)
    if info.file_size > limit:
        raise too_large(name, info.file_size, limit)
    with z.open(name) as f:  # by name: zipfile's errors then say 'config.json', not its ZipInfo
        return read_at_most(f, limit, name)


def read_at_most(f: BinaryIO, limit: int, what: str) -> bytes:
    """The rest of stream f; TooLarge, having read no more than limit + 1 bytes, when it is longer."""
    data = f.read(limit + 1)
    if len(data) > limit:
        raise too_large(what, len(data), limit)
    return data


def check_pixels(width: int, height: int, what: str) -> None:
    """TooLarge for a picture of more than MAX_PICTURE_PIXELS pixels (checked from its header)."""
    if width * height > MAX_PICTURE_PIXELS:
        raise TooLarge(translate("limits", "{what} is {width}×{height} pixels ({megapixels:.0f} megapixels); "
                                 "DigitScope opens pictures of up to {limit:.0f} megapixels: make it "
                                 "smaller").format(what=what, width=width, height=height,
                                                   megapixels=width * height / 1e6,
                                                   limit=MAX_PICTURE_PIXELS / 1e6))
