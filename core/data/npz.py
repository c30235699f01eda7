"""A student's .npz file in the layout of Keras's mnist.npz (x_train, y_train, x_test, y_test)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from core.data.dataset import Dataset, DatasetError, as_images, as_labels, finish_dataset
from core.files.zip_errors import NPZ_READ_ERRORS
from core.i18n import translate


def read_npz_arrays(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    try:
        # Opened here, not by np.load: np.load(path) leaves its file open when the zip is damaged.
        with open(path, "rb") as fh, as_npz(np.load(fh, allow_pickle=False), path) as f:
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


def as_npz(loaded: Any, path: Path) -> Any:
    """What np.load returned, if it is an .npz archive."""
    if not isinstance(loaded, np.lib.npyio.NpzFile):  # a lone .npy array
        raise DatasetError(translate("datasets", "{path}: holds a single array (an .npy file), not an .npz "
                                     "archive; save it with np.savez(path, x_train=..., y_train=..., "
                                     "x_test=..., y_test=...)").format(path=path))
    return loaded


def load_npz(path: Path, name: str) -> Dataset:
    x_tr, y_tr, x_te, y_te = read_npz_arrays(path)
    notes = []
    x_tr, n1 = as_images(x_tr, f"{path}: x_train")
    notes += n1
    if x_te is not None:
        x_te, n2 = as_images(x_te, f"{path}: x_test")
        notes += [n for n in n2 if n not in notes]
    converted = f" ({'; '.join(notes)})" if notes else ""
    source = (translate("datasets", "file: {path}{notes}") if x_te is not None else
              translate("datasets", "file: {path}{notes}, no test split")).format(path=path, notes=converted)
    return finish_dataset(name, source, x_tr, as_labels(y_tr, f"{path}: y_train"), x_te,
                          None if y_te is None else as_labels(y_te, f"{path}: y_test"), None, where=path)
