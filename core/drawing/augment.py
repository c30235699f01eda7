"""Augmentations that make an MNIST model robust to digits drawn on the canvas.

Qt-free, numpy + scipy, seeded with np.random.Generator. Two families:

- **Pictures** (`augment_images`): a random affine map (rotation, shear, aspect, scale,
  shift) and an elastic distortion applied to a batch of 28×28 images in one
  `scipy.ndimage.map_coordinates` call, and a stroke-thickness change (grey dilation or
  erosion). This is the classic MNIST recipe; it keeps the model good on MNIST itself.
- **Re-drawn digits** (`skeleton_segments` + `redraw`): each MNIST digit is thinned to a
  one-pixel skeleton once, and every epoch the skeleton's segments are warped (the same
  affine + elastic family, applied to the vectors) and rendered by exactly the code the
  canvas uses (`core.drawing.strokes.normalise_segments`), with a random pen width. A drawn digit
  has a uniform, round-capped stroke; MNIST's scanned pen strokes do not. Training on both
  closes that gap without ever seeing a drawn test digit.
- **Pen trajectories** (`redraw(pen=…)`, `core.drawing.pen_paths`): the skeleton is
  traced into ordered strokes (optionally joined straight through junctions, as a pen crosses
  a 4's bar), warped, sampled sparsely along each stroke as a tablet samples a moving pen, and
  smoothed and rendered by the canvas's own `normalise_paths`. Real pen input reaches the model
  through that Chaikin smoothing of sparse samples, which rounds corners (a 7's top, a 4's turn)
  and flattens loops; the segment renderer alone never shows the model that.
"""

from __future__ import annotations

import numpy as np

from core.drawing.pen_paths import segment_paths, sparse_resample, trim_path
from core.drawing.strokes import PEN_RIM, PEN_WIDTH, SIZE, normalise_paths, normalise_segments

# --- skeletons ---------------------------------------------------------------------------------

_UPSAMPLE = 2  # thin at 56×56: a 28×28 skeleton is too jagged to redraw smoothly


def _neighbours(p: np.ndarray) -> list[np.ndarray]:
    """P2..P9 of Zhang–Suen (N, NE, E, SE, S, SW, W, NW) for every pixel of a padded batch."""
    return [p[:, :-2, 1:-1], p[:, :-2, 2:], p[:, 1:-1, 2:], p[:, 2:, 2:],
            p[:, 2:, 1:-1], p[:, 2:, :-2], p[:, 1:-1, :-2], p[:, :-2, :-2]]


def thin(mask: np.ndarray, max_rounds: int = 60) -> np.ndarray:
    """Zhang–Suen thinning of a batch of binary images (N, H, W) → one-pixel-wide skeletons."""
    img = np.pad(np.asarray(mask, dtype=bool), ((0, 0), (1, 1), (1, 1)))
    for _ in range(max_rounds):
        changed = False
        for step in (0, 1):
            p2, p3, p4, p5, p6, p7, p8, p9 = (n.astype(np.uint8) for n in _neighbours(img))
            ring = [p2, p3, p4, p5, p6, p7, p8, p9, p2]
            b = p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9
            a = sum(((ring[i] == 0) & (ring[i + 1] == 1)).astype(np.uint8) for i in range(8))
            if step == 0:
                cond = (p2 * p4 * p6 == 0) & (p4 * p6 * p8 == 0)
            else:
                cond = (p2 * p4 * p8 == 0) & (p2 * p6 * p8 == 0)
            remove = img[:, 1:-1, 1:-1] & (b >= 2) & (b <= 6) & (a == 1) & cond
            if remove.any():
                img[:, 1:-1, 1:-1] &= ~remove
                changed = True
        if not changed:
            break
    return img[:, 1:-1, 1:-1]


def skeletons(images: np.ndarray, threshold: float = 0.35) -> np.ndarray:
    """Skeletons (N, 56, 56) bool of a batch of 28×28 digits in [0, 1] (thinned at twice the size)."""
    from scipy import ndimage

    big = ndimage.zoom(np.asarray(images, dtype=np.float32), (1, _UPSAMPLE, _UPSAMPLE), order=1)
    return thin(big > threshold)


def skeleton_segments(skeleton: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A skeleton image → segments between 8-neighbouring pixels: (starts, ends) as (x, y).

    Diagonal links that a right-angle pair of straight links already covers are left out;
    lone pixels become dots (zero-length segments) only when there is nothing else.
    """
    from scipy import ndimage

    s = np.asarray(skeleton, dtype=bool).copy()
    # Specks apart from the digit (scanning noise, a faint pixel over the threshold) would be
    # redrawn as pen dots and pull the centre of mass: keep pieces of a tenth of the largest.
    parts, count = ndimage.label(s, structure=np.ones((3, 3)))
    if count > 1:
        sizes = np.bincount(parts.ravel())[1:]
        small = np.flatnonzero(sizes < max(3, 0.1 * sizes.max())) + 1
        s[np.isin(parts, small)] = False
    starts, ends = [], []
    right = s[:, :-1] & s[:, 1:]
    down = s[:-1, :] & s[1:, :]
    for (dy, dx), links in (((0, 1), right), ((1, 0), down)):
        ys, xs = np.nonzero(links)
        starts.append(np.stack([xs, ys], 1))
        ends.append(np.stack([xs + dx, ys + dy], 1))
    diag = s[:-1, :-1] & s[1:, 1:] & ~s[:-1, 1:] & ~s[1:, :-1]
    anti = s[:-1, 1:] & s[1:, :-1] & ~s[:-1, :-1] & ~s[1:, 1:]
    ys, xs = np.nonzero(diag)
    starts.append(np.stack([xs, ys], 1))
    ends.append(np.stack([xs + 1, ys + 1], 1))
    ys, xs = np.nonzero(anti)
    starts.append(np.stack([xs + 1, ys], 1))
    ends.append(np.stack([xs, ys + 1], 1))
    a = np.concatenate(starts).astype(np.float64)
    b = np.concatenate(ends).astype(np.float64)
    linked = np.zeros_like(s)
    for p in (a, b):
        linked[p[:, 1].astype(int), p[:, 0].astype(int)] = True
    ys, xs = np.nonzero(s & ~linked)
    lone = np.stack([xs, ys], 1).astype(np.float64)
    if len(a):
        lone = lone[:0]  # specks beside a real skeleton are scanning noise, not dots of the digit
    return np.concatenate([a, lone]), np.concatenate([b, lone])


# --- random warps ------------------------------------------------------------------------------


def _random_affine(rng: np.random.Generator, rotate: float, shear: float, aspect: float,
                   scale: float) -> np.ndarray:
    """A 2×2 matrix acting on (x, y): rotation (degrees), shear, aspect and scale jitter."""
    theta = np.deg2rad(rng.uniform(-rotate, rotate))
    c, s = np.cos(theta), np.sin(theta)
    rot = np.array([[c, -s], [s, c]])
    sh = np.array([[1.0, rng.uniform(-shear, shear)], [0.0, 1.0]])
    a = np.exp(rng.uniform(-aspect, aspect))
    k = np.exp(rng.uniform(-scale, scale))
    return k * rot @ sh @ np.diag([a, 1.0 / a])


def _smooth_field(rng: np.random.Generator, x: np.ndarray, y: np.ndarray, amplitude: float,
                  components: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """A smooth random displacement at points (x, y) in units of the digit's size (−1..1).

    A sum of a few low-frequency plane waves: the same elastic family for pictures and
    vectors, with no grid to interpolate.
    """
    dx = np.zeros_like(x)
    dy = np.zeros_like(y)
    for _ in range(components):
        for d in (dx, dy):
            f = rng.normal(0.0, 1.2, size=2)
            phase = rng.uniform(0, 2 * np.pi)
            d += rng.normal(0.0, amplitude / np.sqrt(components)) * np.sin(np.pi * (f[0] * x + f[1] * y)
                                                                           + phase)
    return dx, dy


def warp_points(points: np.ndarray, rng: np.random.Generator, rotate: float = 12.0,
                shear: float = 0.3, aspect: float = 0.2, elastic: float = 0.06) -> np.ndarray:
    """Points (n, 2) of one digit, warped by a random affine map and a smooth elastic field."""
    lo, hi = points.min(0), points.max(0)
    mid = (lo + hi) / 2
    half = max(float((hi - lo).max()) / 2, 1e-6)
    u = (points - mid) / half  # the digit in −1..1
    dx, dy = _smooth_field(rng, u[:, 0], u[:, 1], elastic)
    u = u + np.stack([dx, dy], 1)
    return u @ _random_affine(rng, rotate, shear, aspect, 0.0).T * half + mid


def add_style(starts: np.ndarray, ends: np.ndarray, label: int, rng: np.random.Generator,
              chance: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """Sometimes give a 1, 4, 7 or 9 skeleton a common handwriting variant MNIST rarely shows.

    MNIST's writers were American, and wrote on paper; many people write a 1 with a flag and a
    foot, a 4 in one stroke whose stem starts at the bar (an open top), a 7 with a bar across its
    stem, a 9 whose stem ends in a hook to the left. With probability `chance` one such variant
    is made (segments in the skeleton's own coordinates, y down); other digits and the other
    draws come back unchanged.
    """
    if label not in STYLED or len(starts) == 0 or rng.random() >= chance:
        return starts, ends
    return _STYLES[label](starts, ends, rng)


def _box(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, float, float, float]:
    """All endpoints, and the top, bottom and height (at least 1) of a skeleton."""
    pts = np.concatenate([starts, ends])
    top, bottom = float(pts[:, 1].min()), float(pts[:, 1].max())
    return pts, top, bottom, max(bottom - top, 1.0)


def _style_one(starts: np.ndarray, ends: np.ndarray, rng: np.random.Generator
               ) -> tuple[np.ndarray, np.ndarray]:
    """A flag at the head, a foot, or both."""
    pts, top, bottom, h = _box(starts, ends)
    add_a, add_b = [], []
    head = pts[pts[:, 1] <= top + 0.02 * h].mean(axis=0)
    foot = pts[pts[:, 1] >= bottom - 0.02 * h].mean(axis=0)
    kind = rng.integers(3)  # flag, foot, or both
    if kind in (0, 2):
        tip = head + np.array([-rng.uniform(0.2, 0.4), rng.uniform(0.1, 0.3)]) * h
        add_a.append(head)
        add_b.append(tip)
    if kind in (1, 2):
        half = rng.uniform(0.2, 0.35) * h
        add_a.append(foot - np.array([half, 0.0]))
        add_b.append(foot + np.array([half, 0.0]))
    return np.concatenate([starts, add_a]), np.concatenate([ends, add_b])


def _style_four(starts: np.ndarray, ends: np.ndarray, rng: np.random.Generator
                ) -> tuple[np.ndarray, np.ndarray]:
    """Drop the part of the stem above the bar: the one-stroke 4 (down, across, down) of a pen.

    The bar is the most crowded row band in the middle of the digit (a horizontal run of
    links); the stem is the line through the links below the bar, extended upwards with its
    slant. Links above the bar near that line go.
    """
    _, top, _, h = _box(starts, ends)
    mid = (starts + ends) / 2
    band = (mid[:, 1] > top + 0.3 * h) & (mid[:, 1] < top + 0.8 * h)
    if band.sum() < 3:
        return starts, ends
    rows = np.round(mid[band, 1] / max(0.04 * h, 1.0))
    values, counts = np.unique(rows, return_counts=True)
    bar_y = float(mid[band, 1][rows == values[counts.argmax()]].mean())
    below = mid[mid[:, 1] > bar_y + 0.1 * h]
    if len(below) < 3 or np.ptp(below[:, 1]) < 0.1 * h:
        return starts, ends
    slope, offset = np.polyfit(below[:, 1], below[:, 0], 1)  # x of the stem as a function of y
    stem_x = slope * mid[:, 1] + offset
    drop = (mid[:, 1] < bar_y - rng.uniform(0.0, 0.08) * h) & (mid[:, 0] > stem_x - 0.12 * h)
    if drop.all() or not drop.any():
        return starts, ends
    return starts[~drop], ends[~drop]


def _style_seven(starts: np.ndarray, ends: np.ndarray, rng: np.random.Generator
                 ) -> tuple[np.ndarray, np.ndarray]:
    """A bar across the stem, at various heights, lengths and tilts."""
    pts, top, _, h = _box(starts, ends)
    y = top + rng.uniform(0.4, 0.7) * h
    near = pts[np.abs(pts[:, 1] - y) < 0.08 * h]
    x = (near[:, 0].mean() if len(near) else pts[:, 0].mean()) + rng.uniform(-0.05, 0.15) * h
    half = rng.uniform(0.15, 0.4) * h
    dy = rng.uniform(-0.06, 0.06) * h
    return (np.concatenate([starts, [[x - half, y + dy]]]),
            np.concatenate([ends, [[x + half, y - dy]]]))


def _style_nine(starts: np.ndarray, ends: np.ndarray, rng: np.random.Generator
                ) -> tuple[np.ndarray, np.ndarray]:
    """Bend the lower stem to the left, from a gentle curve to a hook at the foot.

    The bend grows as a power of the depth below its start: a low power curves the whole
    lower stem, a high one keeps the stem straight and hooks only its end, sometimes turning
    the tip back up.
    """
    _, top, bottom, h = _box(starts, ends)
    y0 = top + rng.uniform(0.4, 0.65) * h
    k = rng.uniform(0.15, 0.7) * h
    power = rng.uniform(1.5, 3.5)
    lift = rng.uniform(0.0, 0.15) * h if rng.random() < 0.5 else 0.0

    def curl(p: np.ndarray) -> np.ndarray:
        t = np.clip((p[:, 1] - y0) / (bottom - y0 + 1e-9), 0.0, 1.0)
        return p - np.stack([k * t ** power, lift * t ** (2 * power)], 1)

    return curl(starts), curl(ends)


STYLED = (1, 4, 7, 9)
_STYLES = {1: _style_one, 4: _style_four, 7: _style_seven, 9: _style_nine}


def redraw(segments: list[tuple[np.ndarray, np.ndarray]], rng: np.random.Generator,
           width: tuple[float, float] = (0.8, 1.4), warp: bool = True,
           labels: np.ndarray | None = None, style: float = 0.0, pen: float = 0.0,
           spacing: tuple[float, float] = (0.03, 0.2), merge: bool = False,
           trim: float = 0.0) -> np.ndarray:
    """Render each digit's skeleton segments as the canvas would: (N, 28, 28) float32.

    Each digit gets its own warp (see `warp_points`) and a pen width drawn uniformly from
    `width` × PEN_WIDTH; normalisation (20×20 box, centre of mass) is the canvas's own.
    With `labels`, a `style` share of the 1s, 4s, 7s and 9s get a handwriting variant (`add_style`).
    A `pen` share is replayed as a sampled pen trajectory: the skeleton is traced into strokes
    (`segment_paths`), each sampled every `spacing` (a log-uniform fraction of the digit's size,
    `sparse_resample`) and smoothed and rendered by the canvas's own `normalise_paths`.
    """
    out = np.zeros((len(segments), SIZE, SIZE), dtype=np.float32)
    for i, (a, b) in enumerate(segments):
        if len(a) == 0:
            continue
        if labels is not None and style > 0:
            a, b = add_style(a, b, int(labels[i]), rng, style)
        w = PEN_WIDTH * rng.uniform(*width)
        if pen > 0 and rng.random() < pen:
            paths = segment_paths(a, b, merge=merge)
            lengths = np.cumsum([len(p) for p in paths])[:-1]
            both = np.concatenate(paths)
            if warp:
                both = warp_points(both, rng)
            size = float(np.ptp(both, axis=0).max())
            step = size * np.exp(rng.uniform(np.log(spacing[0]), np.log(spacing[1])))
            paths = np.split(both, lengths)
            if trim > 0:
                paths = [trim_path(p, *(rng.uniform(0, 0.08, 2) * size * (rng.random(2) < trim)))
                         for p in paths]
            image = normalise_paths([sparse_resample(p, step, rng) for p in paths], w, PEN_RIM)
        else:
            if warp:
                both = warp_points(np.concatenate([a, b]), rng)
                a, b = both[:len(a)], both[len(a):]
            image = normalise_segments(a, b, w, PEN_RIM)
        if image is not None:
            out[i] = image
    return out


def augment_images(images: np.ndarray, rng: np.random.Generator, rotate: float = 12.0,
                   shear: float = 0.25, aspect: float = 0.15, scale: float = 0.1, shift: float = 2.0,
                   elastic: float = 0.06, thickness: float = 0.5) -> np.ndarray:
    """A batch (N, 28, 28) in [0, 1] → a randomly warped copy (same shape, float32, [0, 1]).

    Affine (rotation in degrees, shear, aspect and scale as log-factors, shift in pixels)
    plus an elastic field (amplitude as a fraction of the half-size), resampled bilinearly in
    one call; then, with probability `thickness`, the strokes are made thicker (grey
    dilation) or thinner (grey erosion) by a 2×2 step.
    """
    from scipy import ndimage

    x = np.asarray(images, dtype=np.float32).reshape(-1, SIZE, SIZE)
    n = len(x)
    if n == 0:
        return x.copy()
    half = SIZE / 2
    grid_y, grid_x = np.mgrid[0:SIZE, 0:SIZE].astype(np.float64)
    u = (grid_x - (half - 0.5)) / half
    v = (grid_y - (half - 0.5)) / half
    coords = np.empty((3, n, SIZE, SIZE), dtype=np.float64)
    for i in range(n):
        m = np.linalg.inv(_random_affine(rng, rotate, shear, aspect, scale))
        dx, dy = _smooth_field(rng, u, v, elastic)
        uu, vv = u + dx, v + dy
        tx, ty = rng.uniform(-shift, shift, size=2) / half
        src_u = m[0, 0] * uu + m[0, 1] * vv - tx
        src_v = m[1, 0] * uu + m[1, 1] * vv - ty
        coords[0, i] = i
        coords[1, i] = src_v * half + (half - 0.5)
        coords[2, i] = src_u * half + (half - 0.5)
    out = ndimage.map_coordinates(x, coords, order=1, mode="constant", cval=0.0).astype(np.float32)
    if thickness > 0:
        pick = rng.random(n)
        thick = pick < thickness / 2
        thin_ = (pick >= thickness / 2) & (pick < thickness)
        if thick.any():
            out[thick] = ndimage.grey_dilation(out[thick], size=(1, 2, 2))
        if thin_.any():
            # Erode only where it leaves some ink: a thin digit must not vanish.
            eroded = ndimage.grey_erosion(out[thin_], size=(1, 2, 2))
            ok = eroded.reshape(len(eroded), -1).sum(1) > 0.4 * out[thin_].reshape(len(eroded), -1).sum(1)
            out[np.flatnonzero(thin_)[ok]] = eroded[ok]
    return np.clip(out, 0.0, 1.0)
