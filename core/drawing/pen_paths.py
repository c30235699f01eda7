"""A digit's skeleton as a pen would have drawn it (the pen trajectories of the default model's
augmentation, core.drawing.augment.redraw(pen=…)): the skeleton's segments traced into ordered
strokes, optionally joined straight through junctions, their ends trimmed, and sampled sparsely
along each stroke as a tablet samples a moving pen. Qt-free, numpy only.
"""

from __future__ import annotations

import numpy as np

# --- pen trajectories --------------------------------------------------------------------------


def segment_paths(starts: np.ndarray, ends: np.ndarray, merge: bool = False) -> list[np.ndarray]:
    """Segments (two (n, 2) arrays) → ordered polylines, as strokes a pen could have drawn.

    The segments form a graph on their endpoints; each chain between ends and junctions (a
    node with other than two links) becomes one polyline, and what is left (closed loops, as
    in a 0) is walked round from any node. A zero-length segment is a one-point path (a dot).
    With `merge`, chains that go straight on through a junction (the bar of a 4 through its
    stem, a crossed 7) are joined into one stroke, as a pen would have drawn them.
    """
    starts = np.asarray(starts, dtype=np.float64).reshape(-1, 2)
    ends = np.asarray(ends, dtype=np.float64).reshape(-1, 2)
    n = len(starts)
    if n == 0:
        return []
    pts = np.concatenate([starts, ends])
    _, first, inv = np.unique(np.round(pts * 1e4).astype(np.int64), axis=0, return_index=True,
                              return_inverse=True)
    inv = np.asarray(inv).ravel()
    nodes = pts[first]
    a, b = inv[:n], inv[n:]
    paths: list[np.ndarray] = []
    adjacency: list[list[tuple[int, int]]] = [[] for _ in range(len(nodes))]
    for e, (i, j) in enumerate(zip(a.tolist(), b.tolist(), strict=True)):
        if i == j:
            paths.append(nodes[i][None])
            continue
        adjacency[i].append((j, e))
        adjacency[j].append((i, e))
    used = np.zeros(n, dtype=bool)
    used[a == b] = True

    def walk(node: int, edge: int, other: int) -> np.ndarray:
        chain = [node]
        while True:
            used[edge] = True
            chain.append(other)
            if len(adjacency[other]) != 2:
                break
            nxt = [(k, f) for k, f in adjacency[other] if not used[f]]
            if not nxt:
                break
            node, (other, edge) = other, nxt[0]
        return chain

    degree = np.array([len(x) for x in adjacency])
    order = list(np.flatnonzero(degree == 1)) + list(np.flatnonzero(degree > 2)) + list(range(len(nodes)))
    chains: list[list[int]] = []
    for node in order:
        for other, edge in adjacency[node]:
            if not used[edge]:
                chains.append(walk(int(node), edge, other))
    if merge:
        chains = _merge_chains(chains, nodes, degree)
    return paths + [nodes[c] for c in chains]


def _merge_chains(chains: list[list[int]], nodes: np.ndarray, degree: np.ndarray,
                  reach: float = 4.0, straight: float = -0.7) -> list[list[int]]:
    """Join chains that meet at a junction and go on about straight (best pairs first)."""
    def inward(chain: list[int], at_end: bool) -> np.ndarray:
        seq = chain[::-1] if not at_end else chain
        tip = nodes[seq[-1]]
        back = tip
        for k in reversed(seq[:-1]):
            back = nodes[k]
            if np.hypot(*(tip - back)) >= reach:
                break
        d = tip - back
        return d / max(float(np.hypot(*d)), 1e-9)

    ends: dict[int, list[tuple[int, bool, np.ndarray]]] = {}
    for c, chain in enumerate(chains):
        if chain[0] == chain[-1]:
            continue  # a closed loop stays a stroke of its own
        for at_end in (False, True):
            node = chain[-1] if at_end else chain[0]
            if degree[node] > 2:
                ends.setdefault(node, []).append((c, at_end, inward(chain, at_end)))
    pairs = []
    for node, items in ends.items():
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                cos = float(items[i][2] @ items[j][2])
                if cos < straight and items[i][0] != items[j][0]:
                    pairs.append((cos, node, items[i][:2], items[j][:2]))
    pairs.sort(key=lambda p: p[0])
    parent = list(range(len(chains)))

    def root(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    taken: set[tuple[int, bool]] = set()
    links: dict[tuple[int, bool], tuple[int, bool]] = {}
    for _, _, p, q in pairs:
        if p in taken or q in taken or root(p[0]) == root(q[0]):
            continue
        taken.update((p, q))
        links[p], links[q] = q, p
        parent[root(p[0])] = root(q[0])
    out, done = [], set()
    for c in range(len(chains)):
        if c in done:
            continue
        # Walk to one free end of this group, then along it.
        start, at_end = c, False
        while (start, at_end) in links:
            start, at_end = links[(start, at_end)]
            at_end = not at_end
            if start == c:
                break
        seq: list[int] = []
        cur, entered_at_end = start, at_end
        while True:
            done.add(cur)
            part = chains[cur][::-1] if entered_at_end else chains[cur]
            seq.extend(part if not seq else part[1:])
            exit_end = (cur, not entered_at_end)
            if exit_end not in links:
                break
            cur, entered_at_end = links[exit_end]
        out.append(seq)
    return out


def trim_path(path: np.ndarray, head: float, tail: float) -> np.ndarray:
    """A polyline without its first `head` and last `tail` of arc (a pen landing late, lifting early).

    At least half of the path stays: a short stroke loses at most a quarter at each end.
    """
    if len(path) < 2:
        return path
    arc = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(path, axis=0).T))])
    total = arc[-1]
    lo, hi = min(head, 0.25 * total), total - min(tail, 0.25 * total)
    if hi - lo <= 0:
        return path
    inner = (arc > lo) & (arc < hi)
    where = np.concatenate([[lo], arc[inner], [hi]])
    return np.stack([np.interp(where, arc, path[:, 0]), np.interp(where, arc, path[:, 1])], 1)


def sparse_resample(path: np.ndarray, spacing: float, rng: np.random.Generator,
                    jitter: float = 0.4) -> np.ndarray:
    """A polyline sampled about every `spacing` along its arc (ends kept), as a tablet samples a pen.

    A pen is sampled at fixed times, not fixed places, so the gaps vary: each is `spacing`
    times a factor in 1 ± `jitter`, and the first sample falls at a random phase. The canvas's
    Chaikin smoothing then cuts the corners between the samples, as it does for a real pen.
    """
    if len(path) < 3 or spacing <= 0:
        return path
    arc = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(path, axis=0).T))])
    total = arc[-1]
    if total <= spacing:
        return path[[0, -1]]
    steps = spacing * rng.uniform(1 - jitter, 1 + jitter, size=int(total / spacing / (1 - jitter)) + 2)
    where = np.cumsum(steps) - rng.uniform(0, 1) * steps[0]
    where = where[(where > 0) & (where < total)]
    where = np.concatenate([[0.0], where, [total]])
    return np.stack([np.interp(where, arc, path[:, 0]), np.interp(where, arc, path[:, 1])], 1)
