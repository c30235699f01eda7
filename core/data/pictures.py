"""Reading a picture to predict (Draw ▸ Open image, `predict`): any size up to a limit, shrunk
while it is decoded, so a small file of huge dimensions never takes gigabytes.

The size is read from the file's header first and refused above core.files.limits'
MAX_PICTURE_PIXELS; JPEGs are then decoded at a reduced scale (Pillow's draft) and every picture is
shrunk to PICTURE_SIDE pixels at most on its longer side (a digit needs 28).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from core.data.image_folder import image_read_errors
from core.files.limits import TooLarge, check_pixels
from core.i18n import translate

PICTURE_SIDE = 1024


class PictureError(ValueError):
    """A picture that cannot be read, or is too large; the message names the file."""


def picture_size(path: Path, label: str = "") -> tuple[int, int]:
    """(width, height) from the file's header, checked against the limit; PictureError if it is
    not a readable picture or too large. label: what messages call the file (its name)."""
    from PIL import Image

    label = label or path.name
    try:
        with Image.open(path) as image:
            size = image.size
    except FileNotFoundError as e:
        raise PictureError(translate("pictures", "{name}: no such file").format(name=label)) from e
    except Image.DecompressionBombError as e:  # dimensions past even Pillow's own limit
        raise PictureError(translate("pictures", "{name}: the picture is too large to open safely ({error}); "
                                     "use a smaller picture").format(name=label, error=e)) from e
    except image_read_errors() as e:
        raise PictureError(translate("pictures", "{name}: not an image that can be read (try PNG or JPG)"
                                     ).format(name=label)) from e
    try:
        check_pixels(*size, label)
    except TooLarge as e:
        raise PictureError(str(e)) from e
    return size


def read_picture(path: Path, max_side: int = PICTURE_SIDE, label: str = "") -> np.ndarray:
    """The picture as an RGBA uint8 array, at most max_side pixels on its longer side."""
    from PIL import Image

    label = label or path.name
    picture_size(path, label)
    try:
        with Image.open(path) as image:
            image.draft("RGB", (max_side, max_side))  # JPEG: decode at 1/2 … 1/8 scale directly
            image.thumbnail((max_side, max_side))
            return np.asarray(image.convert("RGBA"))
    except image_read_errors() as e:
        raise PictureError(translate("pictures", "{name}: not an image that can be read (try PNG or JPG)"
                                     ).format(name=label)) from e
