"""Weight snapshots at epoch ends, in bounded memory (Qt-free).

A long run would otherwise keep every epoch's copy of every weight. When the store is full it
drops the snapshot whose neighbours are closest together, so the kept epochs stay spread over
the whole run (the first and the newest are always kept): 0, 1, 2, ..., 49 thins to roughly
every other epoch, then every fourth, and so on.
"""

from __future__ import annotations

import numpy as np

DEFAULT_MAX_SNAPSHOTS = 40
DEFAULT_MAX_BYTES = 256 * 2**20


class SnapshotStore:
    """Copies of a model's weights by epoch number."""

    def __init__(self, max_snapshots: int = DEFAULT_MAX_SNAPSHOTS,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if max_snapshots < 2:
            raise ValueError("max_snapshots must be at least 2 (the first and the newest)")
        self.max_snapshots = max_snapshots
        self.max_bytes = max_bytes
        self._by_epoch: dict[int, list[np.ndarray]] = {}

    def __len__(self) -> int:
        return len(self._by_epoch)

    def clear(self) -> None:
        """Forget every snapshot."""
        self._by_epoch.clear()

    def epochs(self) -> list[int]:
        """The epochs kept, oldest first."""
        return sorted(self._by_epoch)

    def get(self, epoch: int) -> list[np.ndarray]:
        """The weights saved after this epoch (KeyError if it was not kept)."""
        return self._by_epoch[epoch]

    def latest(self) -> tuple[int, list[np.ndarray]] | None:
        """The newest epoch and its weights, or None when empty."""
        if not self._by_epoch:
            return None
        epoch = max(self._by_epoch)
        return epoch, self._by_epoch[epoch]

    def nbytes(self) -> int:
        """Memory held by the kept weights."""
        return sum(w.nbytes for ws in self._by_epoch.values() for w in ws)

    def add(self, epoch: int, weights: list[np.ndarray]) -> None:
        """Keep a copy of the weights after `epoch`; an epoch before the newest starts a new run
        (training from scratch again), so the old run's snapshots are dropped."""
        latest = self.latest()
        if latest is not None and epoch < latest[0]:
            self.clear()
        self._by_epoch[int(epoch)] = [np.array(w, copy=True) for w in weights]
        self._thin()

    def capacity(self) -> int:
        """How many snapshots fit, by count and by bytes (at least the first and the newest)."""
        latest = self.latest()
        size = sum(w.nbytes for w in latest[1]) if latest else 0
        by_bytes = self.max_bytes // size if size else self.max_snapshots
        return max(2, min(self.max_snapshots, by_bytes))

    def _thin(self) -> None:
        while len(self._by_epoch) > self.capacity():
            epochs = self.epochs()
            # Drop the inner epoch whose removal leaves the smallest gap: keeps the spacing even.
            gaps = [epochs[i + 1] - epochs[i - 1] for i in range(1, len(epochs) - 1)]
            drop = epochs[1 + int(np.argmin(gaps))]
            del self._by_epoch[drop]
