"""Writing a file so that a full disk, a missing permission or a crash never leaves half of it:
a temporary file beside the target, flushed to disk, then renamed over it. Every file DigitScope
writes goes through here (specs, workspaces, scripts, CSVs, pictures, .keras models, downloads).

The file gets the mode a plain open() would give it: an existing file's own (a teacher's 0644
handout stays readable to the class), else what the umask allows. mkstemp's temporary files are
0600, which the rename would otherwise carry over. Temporary files left by a save that was killed
(kill -9, a power cut) are removed by the next save of the same file.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STALE_S = 600  # a temporary file of this file untouched this long belongs to a save that died


def _umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def file_mode(path: Path) -> int:
    """The permission bits path should get: its current ones, or those of a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _remove_stale(path: Path, suffix: str) -> None:
    """Remove the temporary files that killed saves of path left beside it."""
    now = time.time()
    for tmp in path.parent.glob(f".{path.name}.*{suffix}"):
        try:
            if now - tmp.stat().st_mtime > STALE_S:
                tmp.unlink()
        except OSError:
            pass  # someone else's, or gone already


@contextmanager
def atomic_path(path: str | Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary path beside path for the block to write (a library that wants a file name:
    Keras's model.save, a download); renamed over path when the block ends without an exception,
    removed otherwise. suffix: what the temporary name ends with (Keras insists on .keras)."""
    path = Path(path)
    _remove_stale(path, suffix)
    mode = file_mode(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())  # on disk before the rename: a crash leaves old or new, not half
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write data to path atomically; on OSError the previous file (if any) is unchanged and no
    temporary file is left behind."""
    path = Path(path)
    tmp_name = None
    try:
        _remove_stale(path, ".tmp")
        mode = file_mode(path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())  # on disk before the rename: a crash leaves old or new, not half
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
    finally:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 text atomically (see atomic_write_bytes)."""
    atomic_write_bytes(path, text.encode("utf-8"))
