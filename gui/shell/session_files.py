"""Each window's own autosave and session marker, and which ones a crashed window left behind.

Two windows on one data folder (two students on one account, a teacher's second window) must not
share an autosave: each writes autosave-<key>.digitscope and marks itself running with
session-<key>.running, which records its process id, the process's start time (so a re-used id is
not taken for the old process) and the computer's name. At start, a marker whose process is gone
is a session that crashed: its autosave is offered. A marker is claimed (renamed, which only one
process can do) before its work is offered, so two windows starting at once never both restore it.
A normal close keeps its last autosave as autosave.digitscope (the last closed session's work) and
removes its marker. No Qt here: the tests drive it from plain processes too.
"""

from __future__ import annotations

import itertools
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

LAST_CLOSED = "autosave.digitscope"  # the work of the session closed last (also the old layout's autosave)
DECLINED = "autosave-declined.digitscope"  # a crashed session's work the student chose not to restore
LEGACY_MARKER = "session-running"  # before per-window markers: one marker for every window
_counter = itertools.count(1)  # windows of one process (a language switch makes a new one)


def process_start(pid: int) -> str:
    """The process's start time as the kernel counts it ("" where /proc does not say): with the
    id, it names one process, not a later one that re-used its id."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[-1].split()[19]  # field 22, counted after the command's name


def alive(pid: int, started: str) -> bool:
    """Whether process pid (started at `started`, if known) still runs."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill would end the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: it exists
    return not started or process_start(pid) in ("", started)


def _owner_alive(marker: Path) -> bool:
    """Whether the window that wrote (or claimed) marker still runs; an unreadable marker is left
    by a process that died while writing it."""
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
        pid, started, host = int(info["pid"]), str(info.get("started", "")), str(info.get("host", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if host and host != socket.gethostname():
        return True  # a window on another computer (a shared home folder): it cannot be checked
    return alive(pid, started)


def _me() -> dict:
    pid = os.getpid()
    return {"pid": pid, "started": process_start(pid), "host": socket.gethostname()}


@dataclass(frozen=True)
class Crashed:
    """A crashed session's work, claimed by this window: offer autosave, then settle it."""

    autosave: Path
    claim: Path  # the marker, renamed: while it exists, no other window offers this work


@dataclass(frozen=True)
class SessionFiles:
    """This window's autosave and marker in folder."""

    folder: Path
    key: str

    @classmethod
    def new(cls, folder: Path) -> SessionFiles:
        return cls(folder, f"{os.getpid()}-{next(_counter)}")

    @property
    def autosave(self) -> Path:
        return self.folder / f"autosave-{self.key}.digitscope"

    @property
    def marker(self) -> Path:
        return self.folder / f"session-{self.key}.running"

    def begin(self) -> None:
        """Mark this window as running (OSError when the folder cannot be written)."""
        self.marker.write_text(json.dumps(_me()), encoding="utf-8")

    def end(self) -> None:
        """A normal close, after the last save: keep that save as the last closed session's work
        and remove the marker."""
        if self.autosave.is_file():
            os.replace(self.autosave, self.folder / LAST_CLOSED)
        self.marker.unlink(missing_ok=True)

    def claim_crashed(self) -> Crashed | None:
        """The newest work left by a session that crashed, claimed for this window; None if none.
        Work of windows that still run is never taken."""
        candidates = []
        # Markers of windows that crashed, and claims of windows that crashed while offering.
        for marker in [*self.folder.glob("session-*.running"), *self.folder.glob("session-*.claimed")]:
            autosave = self._autosave_of(marker)
            if marker == self.marker or _owner_alive(marker):
                continue
            if autosave.is_file():
                candidates.append((autosave, marker))
            else:  # crashed before its first save: nothing to offer, nothing to keep
                marker.unlink(missing_ok=True)
        legacy = self.folder / LEGACY_MARKER
        if legacy.exists() and (self.folder / LAST_CLOSED).is_file():
            candidates.append((self.folder / LAST_CLOSED, legacy))
        for autosave, marker in sorted(candidates, key=lambda c: c[0].stat().st_mtime, reverse=True):
            claim = self.folder / f"session-{self.key}-took-{marker.stem.removeprefix('session-')}.claimed"
            try:
                os.rename(marker, claim)  # atomic: of two windows starting at once, one wins
            except OSError:
                continue
            claimed = self._autosave_of(claim)
            try:
                os.replace(autosave, claimed)
                claim.write_text(json.dumps(_me()), encoding="utf-8")
            except OSError:
                continue
            return Crashed(claimed, claim)
        return None

    def _autosave_of(self, marker: Path) -> Path:
        """session-<key>.running (or .claimed) -> autosave-<key>.digitscope"""
        return self.folder / f"autosave-{marker.stem.removeprefix('session-')}.digitscope"

    def settle(self, crashed: Crashed, restored: bool) -> None:
        """After the offer: restored work lives on in this window (its autosave from now on);
        declined work is kept as autosave-declined.digitscope, for File ▸ Open Workspace."""
        if restored:
            crashed.autosave.unlink(missing_ok=True)
        elif crashed.autosave.is_file():
            os.replace(crashed.autosave, self.folder / DECLINED)
        crashed.claim.unlink(missing_ok=True)
