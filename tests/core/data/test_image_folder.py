"""core.data.image_folder: folders of pictures, one subfolder per class, and every refusal."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.data.catalogue import load_dataset
from core.data.dataset import DatasetError
from tests.core.data.writers import esc, make_image_folder, save_png

# --- image folders ---------------------------------------------------------------------------


def test_image_folder_grayscale_split_80_20_per_class(tmp_path: Path) -> None:
    root = make_image_folder(tmp_path / "shapes", {"square": 10, "circle": 5, "triangle": 5})
    (root / "circle" / "notes.txt").write_text("not an image")
    d = load_dataset(str(root))
    assert d.class_names == ["circle", "square", "triangle"]
    assert (d.n_train, d.n_test, d.image_shape) == (16, 4, (10, 12))
    assert np.bincount(d.y_test).tolist() == [1, 2, 1] and np.bincount(d.y_train).tolist() == [4, 8, 4]
    assert "20 grayscale images in 3 class folders, split 80/20" in d.source
    again = load_dataset(str(root))
    assert np.array_equal(again.x_train, d.x_train) and np.array_equal(again.y_test, d.y_test)


def test_image_folder_colour_when_any_image_is_colour(tmp_path: Path) -> None:
    root = make_image_folder(tmp_path / "pics", {"a": 3, "b": 2})
    save_png(root / "b" / "colour.png", np.dstack([np.full((10, 12), v, np.uint8) for v in (255, 0, 0)]))
    save_png(root / "a" / "grey_rgb.png", np.full((10, 12, 3), 77, np.uint8))
    d = load_dataset(str(root))
    assert d.image_shape == (10, 12, 3) and "RGB" in d.source
    x = np.concatenate([d.x_train, d.x_test])
    assert any((img[..., 0] == 255).all() and (img[..., 1] == 0).all() for img in x)


def test_image_folder_rgb_with_equal_channels_is_grayscale(tmp_path: Path) -> None:
    root = tmp_path / "grey"
    for i in range(3):
        save_png(root / "x" / f"{i}.png", np.full((6, 6, 3), 40 * i, np.uint8))
    assert load_dataset(str(root)).image_shape == (6, 6)


def test_image_folder_sizes_differ_names_both_files(tmp_path: Path) -> None:
    root = make_image_folder(tmp_path / "pics", {"a": 2})
    odd = save_png(root / "b" / "big.png", np.zeros((20, 20), np.uint8))
    with pytest.raises(DatasetError, match=rf"images differ in size: {esc(root / 'a' / '000.png')} is 12×10 "
                                           rf"but {esc(odd)} is 20×20"):
        load_dataset(str(root))


def test_image_folder_refusals(tmp_path: Path) -> None:
    root = make_image_folder(tmp_path / "pics", {"a": 2})
    (root / "b").mkdir()
    with pytest.raises(DatasetError, match=rf"{esc(root / 'b')}: this class folder has no images"):
        load_dataset(str(root))
    (root / "b" / "broken.png").write_bytes(b"\x89PNG not really")
    splits = make_image_folder(tmp_path / "kaggle", {"train/cat": 2, "test/cat": 1})
    with pytest.raises(DatasetError, match=rf"{esc(splits / 'test')}: this class folder holds folders, not "
                                           r"images"):
        load_dataset(str(splits))
    with pytest.raises(DatasetError, match=rf"{esc(root / 'b' / 'broken.png')}: not a readable image"):
        load_dataset(str(root))
