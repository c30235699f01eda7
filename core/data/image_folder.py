"""A folder with one subfolder of images per class, read with Pillow."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from core.data.dataset import MAX_CLASSES, SPLIT_SEED, Dataset, DatasetError, finish_dataset
from core.files.limits import TooLarge, check_pixels
from core.i18n import translate

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".pgm", ".ppm")


def load_image_folder(folder: Path, name: str) -> Dataset:
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
                    check_pixels(*img.size, str(path))  # from the header, before decoding it
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
            except TooLarge as e:
                raise DatasetError(str(e)) from e
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
    return finish_dataset(name, source, x[tr], y[tr], x[te], y[te], [d.name for d in class_dirs],
                          where=folder)


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
