"""The files a command writes: checked before the work starts (a folder given as a file, a name
too long, a folder that does not exist or cannot be written), and saved to a fallback place when
one still fails at the end (the disk filled up meanwhile), so a finished training is never lost."""

from __future__ import annotations

import datetime
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.model.spec import SpecError

NAME_MAX = 255  # bytes in one file name on the usual file systems, where the system does not say


def check_output(path: Path, option: str) -> None:
    """SpecError naming option and path when path cannot be written; nothing is created."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise SpecError(f"{option} {path}: the folder {parent} does not exist; create it or choose another")
    try:
        name_max = os.pathconf(parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # AttributeError: no pathconf (Windows)
        name_max = NAME_MAX
    if len(path.name.encode()) > name_max:
        raise SpecError(f"{option}: the file name is {len(path.name.encode())} bytes long; the folder "
                        f"takes names of up to {name_max}: choose a shorter one")
    if path.is_dir():
        raise SpecError(f"{option} {path}: is a folder; give a file name in it, e.g. {path / 'model.keras'}")
    try:
        fd, probe = tempfile.mkstemp(prefix=".digitscope-check-", dir=parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise SpecError(f"{option} {path}: cannot write in {parent} ({e.strerror or e}); choose another "
                        "folder") from e


def write_or_fallback(path: Path, write: Callable[[Path], None]) -> tuple[Path | None, str]:
    """write(path); when that fails, write the same into the home folder, else the temporary
    folder. (where it was written or None, what to tell the user; "" when path was written)."""
    try:
        write(path)
        return path, ""
    except OSError as e:
        reason = e.strerror or str(e)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    for folder in (Path.home(), Path(tempfile.gettempdir())):
        fallback = folder / f"digitscope-{stamp}-{path.name[:100]}"
        try:
            write(fallback)
        except OSError:
            continue
        return fallback, f"{path}: cannot write ({reason}); saved to {fallback} instead"
    return None, (f"{path}: cannot write ({reason}), nor in {Path.home()} or {tempfile.gettempdir()}; "
                  "free some space and train again")
