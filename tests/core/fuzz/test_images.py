"""Image folders (load_dataset) and pictures (read_image), fuzzed.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.cli.predict import read_image
from core.model.spec import SpecError
from tests.core.fuzz.samples import load_data, png_chunk
from tests.core.fuzz.strategies import damaged_bytes, fresh, fuzz, loads_or_refuses

SIDES = st.one_of(st.integers(0, 12), st.sampled_from([65535, 100_000, 2**31 - 1, 2**32 - 1]))


@st.composite
def crafted_png(draw: st.DrawFn) -> bytes:
    """A PNG with checksummed chunks whose header says any size, depth and colour type."""
    w, h = draw(SIDES), draw(SIDES)
    if w * h > 12 * 100_000 and w * h < 2**29:  # big but under Pillow's bomb limit: keep it cheap
        h = 1
    ihdr = struct.pack(">IIBBBBB", w, h, draw(st.sampled_from([1, 2, 4, 8, 16, 3, 0])),
                       draw(st.sampled_from([0, 2, 3, 4, 6, 1, 7])), 0, 0, draw(st.sampled_from([0, 1])))
    idat = zlib.compress(draw(st.binary(max_size=300)))
    extra = draw(st.sampled_from([b"", png_chunk(b"PLTE", b"\x00" * 6), png_chunk(b"tRNS", b"\x00")]))
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + extra + png_chunk(b"IDAT", idat) + \
        png_chunk(b"IEND", b"")


IMAGE_MODES = ("L", "RGB", "RGBA", "LA", "P", "1", "I", "I;16", "F", "CMYK")
IMAGE_FORMATS = (".png", ".gif", ".bmp", ".tif", ".jpg", ".webp", ".ppm")


def image_bytes(mode: str, size: tuple[int, int], suffix: str, seed: int) -> bytes:
    from PIL import Image

    rng = np.random.default_rng(seed)
    img = Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)).convert(mode)
    fmt = {".png": "PNG", ".gif": "GIF", ".bmp": "BMP", ".tif": "TIFF", ".jpg": "JPEG", ".webp": "WEBP",
           ".ppm": "PPM"}[suffix]
    buffer = io.BytesIO()
    try:
        img.save(buffer, fmt)
    except (OSError, ValueError, KeyError):  # a mode this format cannot hold: save it as RGB
        buffer = io.BytesIO()
        img.convert("RGB").save(buffer, fmt)
    return buffer.getvalue()


@st.composite
def image_file(draw: st.DrawFn, suffix: str | None = None) -> tuple[str, bytes]:
    """(suffix, bytes): a tiny valid picture, one damaged, a crafted PNG header, or random bytes."""
    suffix = suffix or draw(st.sampled_from(IMAGE_FORMATS))
    how = draw(st.sampled_from(["valid", "valid", "valid", "damaged", "crafted", "random"]))
    if how == "random":
        return suffix, draw(st.binary(max_size=300))
    if how == "crafted":
        return ".png", draw(crafted_png())
    size = draw(st.sampled_from([(4, 4), (4, 4), (4, 4), (3, 5), (1, 1)]))
    data = image_bytes(draw(st.sampled_from(IMAGE_MODES)), size, suffix, draw(st.integers(0, 99)))
    return suffix, draw(damaged_bytes(data)) if how == "damaged" else data


@fuzz(150)
@given(classes=st.lists(st.lists(image_file(), max_size=3), min_size=1, max_size=3),
       stray=st.booleans())
def test_image_folder(scratch: Path, classes: list[list[tuple[str, bytes]]], stray: bool) -> None:
    with fresh(scratch) as d:
        root = d / "fuzz-images"
        for c, files in enumerate(classes):
            folder = root / f"class{c}"
            folder.mkdir(parents=True)
            for i, (suffix, data) in enumerate(files):
                (folder / f"img{i}{suffix}").write_bytes(data)
        if stray:  # a file beside the class folders, and a folder inside one
            (root / "notes.txt").write_bytes(b"hello")
            (root / "class0" / "sub").mkdir()
        load_data(root)


@fuzz(200)
@given(file=image_file() | st.sampled_from([".png", ".jpg", ".gif", ".tif", ".svg", ""]).flatmap(
    lambda s: st.tuples(st.just(s), st.binary(max_size=300))))
def test_read_image(scratch: Path, file: tuple[str, bytes]) -> None:
    from core.drawing.strokes import image_to_input

    suffix, data = file
    with fresh(scratch) as d:
        path = d / f"fuzz-picture{suffix}"
        path.write_bytes(data)
        rgba = loads_or_refuses(read_image, path, SpecError)
        if rgba is not None:
            assert rgba.dtype == np.uint8 and rgba.ndim == 3 and rgba.shape[2] == 4
            x = image_to_input(rgba)  # what `predict` does next
            assert x is None or x.shape == (28, 28)
