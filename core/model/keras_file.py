"""Reading and writing Keras `.keras` files.

A `.keras` file is a zip holding `config.json` (architecture and compile
settings) and the weights. The architecture is read straight from the JSON, so
`summary --model x.keras` and the builder work before TensorFlow is loaded;
weights are read and written through Keras itself.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from core.files.atomic import atomic_path
from core.files.limits import MAX_CONFIG_BYTES, TooLarge, check_zip, read_member
from core.files.zip_errors import ZIP_READ_ERRORS
from core.i18n import translate
from core.model.keras_config import spec_dict_from_keras_config
from core.model.spec import SpecError

__all__ = ["KerasFileError", "load_keras_weights", "one_line", "read_keras_config", "read_keras_model",
           "save_keras", "spec_dict_from_keras_config"]

class KerasFileError(SpecError):
    """A .keras file that cannot be read: the message names the file and says what to do. Every
    reader here raises it (and only it) for a missing, damaged or foreign file. details: the
    library's whole message, where the message gives only its first line."""

    details = ""


def one_line(error: BaseException, limit: int = 200) -> str:
    """An error's cause in one line: Keras's refusals run to kilobytes (the whole config
    printed after the first sentence)."""
    text = next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def read_keras_config(path: str | Path) -> dict[str, Any]:
    """The config.json inside a .keras file; KerasFileError names the file when it is not one."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = _read_config_member(fh, path)
    except FileNotFoundError as e:
        raise KerasFileError(translate("keras_file", "{path}: no such file").format(path=path)) from e
    except OSError as e:  # opening it: what the zip holds is refused as a KerasFileError inside
        raise KerasFileError(translate("keras_file", "{path}: cannot read ({reason})").format(
            path=path, reason=e.strerror or e)) from e
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as e:  # not JSON, not UTF-8, nested too deeply, a huge integer
        raise KerasFileError(_damaged_config(path, e)) from e


def _damaged_config(path: Path, e: Exception) -> str:
    return translate("keras_file", "{path}: config.json inside is damaged ({error}); save the model "
                     "again with model.save('name.keras')").format(path=path, error=e)


def _read_config_member(fh: Any, path: Path) -> bytes:
    try:
        z = zipfile.ZipFile(fh)
    except ZIP_READ_ERRORS as e:  # also a damaged directory that seeks before the start (OSError)
        raise KerasFileError(translate("keras_file", "{path}: not a .keras file (it is not a zip archive, "
                                       "or it is truncated); save the model again with "
                                       "model.save('name.keras')").format(path=path)) from e
    with z:
        try:
            check_zip(z)  # from the sizes it declares: a small zip bomb is refused unread
            return read_member(z, "config.json", MAX_CONFIG_BYTES)
        except TooLarge as e:
            raise KerasFileError(translate("keras_file", "{path}: {problem}; it is not a model DigitScope "
                                           "can open").format(path=path, problem=e)) from e
        except KeyError as e:
            raise KerasFileError(translate("keras_file", "{path}: the archive has no config.json, so it is "
                                           "not a Keras 3 .keras file").format(path=path)) from e
        except ZIP_READ_ERRORS as e:  # a bad CRC, damaged compressed data, an encrypted member
            raise KerasFileError(_damaged_config(path, e)) from e


def read_keras_model(path: str | Path) -> Any:
    """A .keras file as an (uncompiled) Keras model, read once by Keras (imports Keras)."""
    import keras

    path = Path(path)
    if not path.is_file():
        raise KerasFileError(translate("keras_file", "{path}: no such file").format(path=path))
    read_keras_config(path)  # its sizes checked (and its config) before Keras unpacks it
    try:
        return keras.saving.load_model(path, compile=False)
    except Exception as e:  # Keras raises many kinds for a damaged file
        error = KerasFileError(translate("keras_file", "{path}: Keras could not load it ({error}); save the "
                                         "model again with model.save('name.keras')").format(
            path=path, error=one_line(e)))
        error.details = str(e)  # Keras's whole text (often kilobytes of the config): on request
        raise error from e


def load_keras_weights(path: str | Path) -> list[np.ndarray]:
    """The weights of a .keras file, in model.get_weights() order (imports Keras)."""
    return [np.array(w) for w in read_keras_model(path).get_weights()]


def save_keras(model: Any, path: str | Path) -> None:
    """model.save() into a temporary file renamed over path, so a failed save keeps the old file."""
    with atomic_path(Path(path), suffix=".keras") as tmp:  # Keras wants the .keras suffix
        model.save(str(tmp))
