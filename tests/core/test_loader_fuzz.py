"""Every file loader a user can reach, fuzzed with hypothesis (issue 7, item 4).

The property, for each loader and whatever the file holds: the call returns a valid object, or
raises the loader's documented error type whose message is not empty and names the file. Any
other exception (a TypeError from deep inside, a MemoryError, a Pillow or zipfile error) is a bug:
it would reach the user as a traceback instead of a sentence.

Inputs: random bytes under the right name; valid files cut short or with bytes flipped (biased
towards the headers, where a flip changes structure rather than a checksummed payload); valid
zips (.keras, .npz, workspaces) with a member damaged, missing or replaced; for JSON, random
JSON values and mutations of valid documents. The regression tests at the end pin each bug the
fuzzing found, with the concrete input and the exact message.

Files are written into a fresh folder per example (a module-scoped scratch folder, since
function-scoped fixtures are not reset between hypothesis examples).
"""

from __future__ import annotations

import copy
import functools
import gzip
import io
import json
import math
import os
import pickle
import struct
import tarfile
import tempfile
import tokenize
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.cli.predict import read_image
from core.data.catalogue import CIFAR_BATCHES, Dataset, DatasetError, load_dataset
from core.files.workspace import Workspace, WorkspaceError, load_workspace, to_bytes
from core.inspection.predictor import InferenceError
from core.model.keras_file import spec_dict_from_keras_config
from core.model.sources import SHIPPED_MODELS, load_model_spec
from core.model.spec import ModelSpec, SpecError
from core.model.templates import TEMPLATES, template

SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def fuzz(n: int) -> settings:
    """n examples; FUZZ_SCALE=20 in the environment runs 20 times as many (a longer hunt)."""
    return settings(max_examples=n * int(os.environ.get("FUZZ_SCALE", "1")), deadline=None,
                    suppress_health_check=SLOW_OK)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@contextmanager
def fresh(scratch: Path) -> Iterator[Path]:
    """An empty folder for one hypothesis example, removed afterwards."""
    with tempfile.TemporaryDirectory(dir=scratch) as d:
        yield Path(d)


def loads_or_refuses(load: Callable[[Path], Any], path: Path, error: type[Exception],
                     name: str | None = None) -> Any:
    """load(path)'s result, or None when it raised `error` with a message naming the file.

    Any other exception propagates and fails the test.
    """
    try:
        result = load(path)
    except error as e:
        message = str(e)
        assert message.strip(), f"{type(e).__name__} with an empty message"
        assert (name or path.name) in message, f"the message does not name the file: {message!r}"
        event(f"refused: {_gist(message, name or path.name)}")
        return None
    event("loaded")
    return result


def _gist(message: str, name: str) -> str:
    """The message without paths and numbers, for hypothesis's statistics (--hypothesis-show-statistics)."""
    after = message.split(f"{name}: ", 1)[-1]
    return " ".join(w for w in after.split()[:4] if not any(c.isdigit() or c == "/" for c in w))


# --- shared strategies -----------------------------------------------------------------------

EXTREMES = st.sampled_from([
    0, -1, 1, -(2**31), 2**31, 2**63, 10**30, 10**400, -(10**400), 1e308, -1e308, 1e-320,
    float("nan"), float("inf"), float("-inf"), "", "Dense9", "relu", "sequential", [], {}, None,
    True, False, [0], [2**31] * 3, [-1, -1], "x" * 300, "a/b",
]).map(copy.deepcopy)  # a fresh list each time: a later mutation may change it in place
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8) | EXTREMES)
JSONISH = st.recursive(SCALARS, lambda children: st.lists(children, max_size=4)
                       | st.dictionaries(st.text(max_size=8), children, max_size=4), max_leaves=12)
# Values for files that Keras itself loads: no huge sizes (a Dense layer of 10**9 units is a
# valid model that would take the machine's memory, not a damaged file).
SMALL_SCALARS = (st.none() | st.booleans() | st.integers(-3, 9) | st.floats(-2, 2) | st.sampled_from(
    ["", "relu", "softmax", "same", "valid", "float32", "Dense", "Flatten", "keras.layers",
     "channels_first", "x"]) | st.sampled_from([float("nan"), [], {}, [3, 3], [None, 5, 5, 1]]).map(
    copy.deepcopy))
SMALL_JSONISH = st.recursive(SMALL_SCALARS, lambda c: st.lists(c, max_size=3)
                             | st.dictionaries(st.sampled_from(["config", "class_name", "name", "units",
                                                                "module", "x"]), c, max_size=3),
                             max_leaves=6)


def _slots(doc: Any, path: tuple = ()) -> Iterator[tuple]:
    """Every place in a JSON document: a path of keys/indexes from the root."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield (*path, k)
            yield from _slots(v, (*path, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield (*path, i)
            yield from _slots(v, (*path, i))


def _parent(doc: Any, path: tuple) -> Any:
    for step in path[:-1]:
        doc = doc[step]
    return doc


@st.composite
def mutated_json(draw: st.DrawFn, doc: Any, values: st.SearchStrategy = JSONISH) -> Any:
    """The document with 1-3 places changed: dropped, replaced, retyped or given an extreme value."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        slots = list(_slots(doc))
        if not slots:
            break
        path = draw(st.sampled_from(slots))
        parent, key = _parent(doc, path), path[-1]
        op = draw(st.sampled_from(["drop", "replace", "extreme", "wrap", "text", "unknown_type"]))
        if op == "drop":
            del parent[key]
        elif op == "replace":
            parent[key] = draw(values)
        elif op == "extreme":
            parent[key] = draw(EXTREMES if values is JSONISH else SMALL_SCALARS)
        elif op == "wrap":
            parent[key] = draw(st.sampled_from([[parent[key]], {"value": parent[key]}]))
        elif op == "text":
            parent[key] = json.dumps(parent[key])
        elif isinstance(parent, dict):  # unknown_type: a new key, or a layer type nobody knows
            parent["type" if "type" in parent else "class_name" if "class_name" in parent else "extra"] = \
                draw(st.sampled_from(["LSTM", "Dense2", "", "dense", "InputLayer", "Sequential"]))
    return doc


@st.composite
def damaged_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """The bytes cut short, or with a few bytes changed (mostly near the start and the end)."""
    n = len(data)
    if draw(st.booleans()):
        return data[:draw(st.integers(0, n - 1))]
    where = st.one_of(st.integers(0, min(n - 1, 80)), st.integers(max(0, n - 120), n - 1),
                      st.integers(0, n - 1))
    out = bytearray(data)
    for i, x in draw(st.lists(st.tuples(where, st.integers(1, 255)), min_size=1, max_size=6)):
        out[i] ^= x
    if draw(st.integers(0, 4)) == 0:
        out = out[:draw(st.integers(0, n - 1))]
    return bytes(out)


def zip_bytes(members: dict[str, bytes], stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


# --- model specs (.json) ---------------------------------------------------------------------


def check_spec(spec: Any) -> None:
    assert isinstance(spec, ModelSpec)
    assert ModelSpec.from_json(spec.to_json()) == spec  # what was opened can be saved and reopened


def write_and_load_spec(scratch: Path, data: bytes, name: str = "fuzz-spec.json") -> None:
    with fresh(scratch) as d:
        path = d / name
        path.write_bytes(data)
        spec = loads_or_refuses(load_model_spec, path, SpecError)
        if spec is not None:
            check_spec(spec)


@fuzz(150)
@given(data=st.binary(max_size=2000) | st.text(max_size=300).map(str.encode))
def test_spec_json_any_bytes(scratch: Path, data: bytes) -> None:
    write_and_load_spec(scratch, data)


@fuzz(150)
@given(value=JSONISH)
def test_spec_json_any_json_value(scratch: Path, value: Any) -> None:
    write_and_load_spec(scratch, json.dumps(value).encode())


@fuzz(200)
@given(doc=st.sampled_from(sorted(TEMPLATES)).flatmap(lambda t: mutated_json(template(t).to_dict())))
def test_spec_json_mutated_template(scratch: Path, doc: Any) -> None:
    write_and_load_spec(scratch, json.dumps(doc).encode())


SNIPPETS = st.sampled_from(["9" * 5000, "-" + "9" * 5000, "[" * 5000, '{"a":' * 3000, "NaN", "Infinity",
                            "1e999", '"\\ud800"', "\x00", "\ufeff", ",", "}", "]", '"', "null", "\\"])


@fuzz(100)
@given(name=st.sampled_from(sorted(TEMPLATES)), data=st.data())
def test_spec_json_damaged_text(scratch: Path, name: str, data: st.DataObject) -> None:
    text = template(name).to_json()
    if data.draw(st.booleans()):
        raw = data.draw(damaged_bytes(text.encode()))
    else:  # a snippet put in at some place: deep nesting, a 5,000-digit number, NaN, ...
        at = data.draw(st.integers(0, len(text)))
        raw = (text[:at] + data.draw(SNIPPETS) + text[at + data.draw(st.integers(0, 3)):]).encode(
            "utf-8", "surrogatepass")
    write_and_load_spec(scratch, raw)


# --- .keras files, read without Keras (load_model_spec) -------------------------------------


@functools.cache
def shipped_members() -> dict[str, bytes]:
    """The shipped model's members, with its weights replaced by a stub (they are not read here).

    (A cached function, not a fixture: hypothesis prints fixture values in every failure report.)
    """
    members = zip_members(SHIPPED_MODELS["default"].read_bytes())
    members["model.weights.h5"] = b"\x89HDF\r\n\x1a\n stub"
    return members


def write_and_load_keras_spec(scratch: Path, data: bytes) -> None:
    write_and_load_spec(scratch, data, "fuzz-model.keras")


@fuzz(100)
@given(data=st.binary(max_size=2000) | st.just(b"PK\x05\x06" + b"\x00" * 18))
def test_keras_spec_any_bytes(scratch: Path, data: bytes) -> None:
    write_and_load_keras_spec(scratch, data)


@fuzz(150)
@given(data=st.data())
def test_keras_spec_damaged_file(scratch: Path, data: st.DataObject) -> None:
    valid = zip_bytes(shipped_members(), stored=data.draw(st.booleans()))
    write_and_load_keras_spec(scratch, data.draw(damaged_bytes(valid)))


@fuzz(200)
@given(data=st.data())
def test_keras_spec_config_replaced(scratch: Path, data: st.DataObject) -> None:
    config = json.loads(shipped_members()["config.json"])
    raw = data.draw(st.one_of(
        mutated_json(config).map(lambda c: json.dumps(c).encode()),
        mutated_json(config).map(lambda c: json.dumps(c).encode()),
        JSONISH.map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=200),
        st.none(),  # no config.json at all
    ))
    members = dict(shipped_members())
    if raw is None:
        del members["config.json"]
    else:
        members["config.json"] = raw
    write_and_load_keras_spec(scratch, zip_bytes(members))


@fuzz(150)
@given(config=JSONISH)
def test_spec_dict_from_any_keras_config(config: Any) -> None:
    """The translation alone: any JSON value gives a spec dict or a SpecError (named by its caller)."""
    try:
        spec_dict_from_keras_config(config)
    except SpecError as e:
        assert str(e).strip()


# --- .keras files through Keras (load_keras_weights, read_keras_model, open_model) -----------


@functools.cache
def tiny_keras() -> bytes:
    """A small Sequential model saved by Keras: a conv layer, a dense layer, compiled."""
    import keras

    model = keras.Sequential([
        keras.Input((28, 28, 1)),  # a drawing fits it, so Predictor's own checks run too
        keras.layers.Conv2D(2, 3, activation="relu", name="conv"),
        keras.layers.Flatten(),
        keras.layers.Dense(3, activation="softmax", name="out"),
    ], name="tiny")
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    with tempfile.TemporaryDirectory() as d:
        model.save(Path(d) / "tiny.keras")
        return (Path(d) / "tiny.keras").read_bytes()


@st.composite
def damaged_keras(draw: st.DrawFn, valid: bytes) -> bytes:
    """A .keras file cut short or flipped, or a valid zip with a member damaged or replaced."""
    how = draw(st.sampled_from(["bytes", "config", "config", "weights", "metadata", "random"]))
    if how == "bytes":
        return draw(damaged_bytes(valid))
    if how == "random":
        return draw(st.binary(max_size=500))
    members = zip_members(valid)
    if how == "config":
        config = json.loads(members["config.json"])
        new = draw(st.one_of(mutated_json(config, SMALL_JSONISH).map(lambda c: json.dumps(c).encode()),
                             SMALL_JSONISH.map(lambda v: json.dumps(v).encode()),
                             damaged_bytes(members["config.json"]), st.none()))
        key = "config.json"
    elif how == "weights":
        new = draw(st.one_of(damaged_bytes(members["model.weights.h5"]), st.binary(max_size=100),
                             st.none()))
        key = "model.weights.h5"
    else:
        new = draw(st.one_of(SMALL_JSONISH.map(lambda v: json.dumps(v).encode()), st.none()))
        key = "metadata.json"
    if new is None:
        del members[key]
    else:
        members[key] = new
    return zip_bytes(members)


@fuzz(25)
@given(data=st.data())
def test_keras_weights_of_damaged_files(scratch: Path, data: st.DataObject) -> None:
    from core.model.keras_file import load_keras_weights

    with fresh(scratch) as d:
        path = d / "fuzz-weights.keras"
        path.write_bytes(data.draw(damaged_keras(tiny_keras())))
        weights = loads_or_refuses(load_keras_weights, path, SpecError)
        if weights is not None:
            assert all(isinstance(w, np.ndarray) for w in weights)


@fuzz(25)
@given(data=st.data())
def test_read_keras_model_of_damaged_files(scratch: Path, data: st.DataObject) -> None:
    from core.inspection.predictor import MNIST_CLASS_NAMES, Predictor, read_keras_model

    with fresh(scratch) as d:
        path = d / "fuzz-read.keras"
        path.write_bytes(data.draw(damaged_keras(tiny_keras())))
        model = loads_or_refuses(read_keras_model, path, InferenceError)
        if model is not None:  # what Predictor.load (the Draw tab) does next
            loads_or_refuses(lambda p: Predictor(model, list(MNIST_CLASS_NAMES), p.name), path,
                             InferenceError)


@fuzz(25)
@given(data=st.data())
def test_open_model_of_damaged_files(scratch: Path, data: st.DataObject) -> None:
    from core.inspection.layers import layer_rows, open_model

    with fresh(scratch) as d:
        path = d / "fuzz-open.keras"
        path.write_bytes(data.draw(damaged_keras(tiny_keras())))
        opened = loads_or_refuses(open_model, path, ValueError)
        if opened is not None:
            model, names = opened
            assert len(names) == int(model.outputs[0].shape[-1])
            layer_rows(model)


# --- datasets: the common check --------------------------------------------------------------


def check_dataset(ds: Any) -> None:
    assert isinstance(ds, Dataset)
    for x, y in ((ds.x_train, ds.y_train), (ds.x_test, ds.y_test)):
        assert x.dtype == np.uint8 and (x.ndim == 3 or (x.ndim == 4 and x.shape[-1] == 3))
        assert y.dtype == np.int64 and y.shape == (len(x),)
        assert len(y) == 0 or (y.min() >= 0 and y.max() < ds.num_classes)
    assert ds.x_train.shape[1:] == ds.x_test.shape[1:]
    assert ds.n_train + ds.n_test > 0 and all(d > 0 for d in ds.image_shape)
    assert ds.summary()


def load_data(path: Path, name: str | None = None) -> None:
    ds = loads_or_refuses(lambda p: load_dataset(str(p)), path, DatasetError, name)
    if ds is not None:
        check_dataset(ds)


# --- .npz datasets ---------------------------------------------------------------------------

NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")
INT_DTYPES = ("u1", "i1", "u2", "i2", "i4", "u4", "i8", "u8")
FLOAT_DTYPES = ("f2", "f4", "f8")
SHAPES = st.one_of(
    st.just(()),
    st.lists(st.integers(0, 5), min_size=1, max_size=5).map(tuple),
    st.sampled_from([(2, 784), (2, 16), (3, 5), (2, 4, 4), (2, 4, 4, 1), (2, 4, 4, 3), (2, 4, 4, 2),
                     (0, 4, 4), (2,), (3,), (2, 1), (2, 10), (0,), (2, 0, 4)]),
)


@st.composite
def any_array(draw: st.DrawFn) -> np.ndarray:
    """An array of any dtype and shape, with values from tame to NaN, infinite, negative and huge."""
    kind = draw(st.sampled_from(["int", "int", "float", "float", "bool", "complex", "str", "bytes",
                                 "datetime", "object", "structured"]))
    shape = draw(SHAPES)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if kind == "int":
        dtype = np.dtype(draw(st.sampled_from(INT_DTYPES)))
        info = np.iinfo(dtype)
        lo, hi = draw(st.sampled_from([(0, 9), (0, 255), (int(info.min), int(info.max)), (-3, 3)]))
        return rng.integers(max(lo, info.min), min(hi, info.max), size=shape, endpoint=True, dtype=dtype)
    if kind == "float":
        dtype = np.dtype(draw(st.sampled_from(FLOAT_DTYPES)))
        scale = draw(st.sampled_from([1.0, 255.0, 1e30, -1.0]))
        with np.errstate(over="ignore"):  # 1e30 as float16 is inf: fine, one more extreme value
            x = (np.abs(rng.random(shape)) * scale).astype(dtype)
        if x.size and draw(st.booleans()):
            x.flat[draw(st.integers(0, x.size - 1))] = draw(st.sampled_from(
                [np.nan, np.inf, -np.inf, -0.0, -1.0, 1e300, 256.0]))
        return x
    if kind == "bool":
        return rng.random(shape) > 0.5
    if kind == "complex":
        return (rng.random(shape) + 1j).astype(np.complex64)
    if kind == "str":
        return np.full(shape, "ab")
    if kind == "bytes":
        return np.full(shape, b"ab")
    if kind == "datetime":
        return np.zeros(shape, dtype="datetime64[s]")
    if kind == "object":
        return np.array([{"evil": 1}], dtype=object)
    return np.zeros(shape, dtype=[("a", "u1"), ("b", "f4")])


def valid_npz_arrays(n_train: int = 6, n_test: int = 3) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    return {"x_train": rng.integers(0, 256, (n_train, 4, 4), dtype=np.uint8),
            "y_train": (np.arange(n_train) % 3).astype(np.uint8),
            "x_test": rng.integers(0, 256, (n_test, 4, 4), dtype=np.uint8),
            "y_test": (np.arange(n_test) % 3).astype(np.uint8)}


def npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


@fuzz(100)
@given(data=st.binary(max_size=2000) | st.just(b"PK\x05\x06" + b"\x00" * 18))
def test_npz_any_bytes(scratch: Path, data: bytes) -> None:
    with fresh(scratch) as d:
        (d / "fuzz.npz").write_bytes(data)
        load_data(d / "fuzz.npz")


@fuzz(200)
@given(replaced=st.dictionaries(st.sampled_from([*NPZ_KEYS, "extra"]), any_array(), max_size=4),
       dropped=st.sets(st.sampled_from(NPZ_KEYS), max_size=2))
def test_npz_any_arrays(scratch: Path, replaced: dict[str, np.ndarray], dropped: set[str]) -> None:
    arrays = {k: v for k, v in valid_npz_arrays().items() if k not in dropped} | replaced
    with fresh(scratch) as d:
        (d / "fuzz.npz").write_bytes(npz_bytes(arrays))
        load_data(d / "fuzz.npz")


@st.composite
def damaged_npy(draw: st.DrawFn, array: np.ndarray) -> bytes:
    """An .npy member whose header lies: another shape, dtype or order; or the data cut short."""
    buffer = io.BytesIO()
    np.save(buffer, array)
    raw = buffer.getvalue()
    header_len = struct.unpack("<H", raw[8:10])[0]
    header = raw[10:10 + header_len].decode("latin1")
    what = draw(st.sampled_from(["shape", "descr", "order", "cut"]))
    if what == "cut":
        return raw[:draw(st.integers(0, len(raw) - 1))]
    if what == "shape":
        dims = draw(st.lists(st.one_of(st.integers(-2, 8), st.sampled_from([2**31, 2**40, 2**62, 2**63 - 1])),
                             max_size=4))
        new = f"'shape': ({', '.join(map(str, dims))}{',' if len(dims) == 1 else ''}), "
        start = header.index("'shape':")
        header = header[:start] + new + header[header.index(")", start) + 3:]
    elif what == "descr":
        descr = draw(st.sampled_from(["'<f8'", "'|O'", "'<U0'", "'>i4'", "'|V0'", "'bogus'", "[]", "3"]))
        start = header.index("'descr':")
        header = header[:start] + f"'descr': {descr}, " + header[header.index(",", start) + 2:]
    else:
        header = header.replace("'fortran_order': False", draw(st.sampled_from(
            ["'fortran_order': True", "'fortran_order': 1", "'fortran_order': 'no'", ""])))
    header = header.rstrip() + " " * 4 + "\n"
    return raw[:8] + struct.pack("<H", len(header)) + header.encode("latin1") + raw[10 + header_len:]


@fuzz(150)
@given(data=st.data())
def test_npz_damaged(scratch: Path, data: st.DataObject) -> None:
    arrays = valid_npz_arrays()
    how = data.draw(st.sampled_from(["bytes", "member", "npy"]))
    if how == "bytes":
        raw = data.draw(damaged_bytes(npz_bytes(arrays)))
    else:
        members = zip_members(npz_bytes(arrays))
        key = data.draw(st.sampled_from(sorted(members)))
        members[key] = (data.draw(damaged_npy(arrays[key.removesuffix(".npy")])) if how == "npy"
                        else data.draw(st.binary(max_size=200)))
        raw = zip_bytes(members, stored=data.draw(st.booleans()))
    with fresh(scratch) as d:
        (d / "fuzz.npz").write_bytes(raw)
        load_data(d / "fuzz.npz")


# --- IDX folders -----------------------------------------------------------------------------


def idx_bytes(magic: int, dims: list[int], payload: bytes) -> bytes:
    return struct.pack(">I", magic) + struct.pack(f">{len(dims)}I", *dims) + payload


@st.composite
def idx_file(draw: st.DrawFn, images: bool) -> bytes:
    """An IDX file: valid, or with a wrong magic, dims that do not match the data, random data."""
    n = draw(st.integers(0, 6))
    dims = [n, draw(st.integers(0, 5)), draw(st.integers(1, 5))] if images else [n]
    magic = 0x803 if images else 0x801
    payload = np.random.default_rng(draw(st.integers(0, 2**16))).integers(
        0, 256 if images else 12, math.prod(dims), dtype=np.uint8).tobytes()
    how = draw(st.sampled_from(["valid", "valid", "dims", "magic", "payload", "random", "bytes"]))
    if how == "dims":
        dims = draw(st.lists(st.integers(0, 2**32 - 1) | st.integers(0, 8), min_size=len(dims),
                             max_size=len(dims)))
    elif how == "magic":
        magic = draw(st.sampled_from([0x801, 0x803, 0x802, 0x808, 0x0D03, 0, 0xFFFFFFFF]))
    elif how == "payload":
        payload = draw(st.binary(max_size=200))
    elif how == "random":
        return draw(st.binary(max_size=60))
    data = idx_bytes(magic, dims, payload)
    return draw(damaged_bytes(data)) if how == "bytes" and data else data


@st.composite
def idx_folder(draw: st.DrawFn) -> dict[str, bytes]:
    """Some of the four IDX files, each gzipped (maybe cut short) or not, under either spelling."""
    files = {}
    for prefix in ("train", "t10k"):
        for kind, dims in (("images", 3), ("labels", 1)):
            if draw(st.integers(0, 4)) == 0:
                continue
            data = draw(idx_file(kind == "images"))
            gz = draw(st.sampled_from(["", ".gz", ".gz", "cut.gz"]))
            if gz:
                data = gzip.compress(data)
                if gz == "cut.gz":
                    data = draw(damaged_bytes(data))
            sep = draw(st.sampled_from(["-", "."]))
            files[f"{prefix}-{kind}{sep}idx{dims}-ubyte{'.gz' if gz else ''}"] = data
    return files


@fuzz(150)
@given(files=idx_folder(), folder_name=st.sampled_from(["fuzz-idx", "fashion-fuzz"]))
def test_idx_folder(scratch: Path, files: dict[str, bytes], folder_name: str) -> None:
    with fresh(scratch) as d:
        folder = d / folder_name
        folder.mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        load_data(folder)


# --- image folders and pictures --------------------------------------------------------------


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


SIDES = st.one_of(st.integers(0, 12), st.sampled_from([65535, 100_000, 2**31 - 1, 2**32 - 1]))


@st.composite
def crafted_png(draw: st.DrawFn) -> bytes:
    """A PNG with checksummed chunks whose header says any size, depth and colour type."""
    w, h = draw(SIDES), draw(SIDES)
    if w * h > 12 * 100_000 and w * h < 2**29:  # big but under Pillow's bomb limit: keep it cheap
        h = 1
    ihdr = struct.pack(">IIBBBBB", w, h, draw(st.sampled_from([1, 2, 4, 8, 16, 3, 0])),
                       draw(st.sampled_from([0, 2, 3, 4, 6, 1, 7])), 0, 0, draw(st.sampled_from([0, 1])))
    idat = zlib.compress(draw(st.binary(max_size=300)))
    extra = draw(st.sampled_from([b"", png_chunk(b"PLTE", b"\x00" * 6), png_chunk(b"tRNS", b"\x00")]))
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + extra + png_chunk(b"IDAT", idat) + \
        png_chunk(b"IEND", b"")


IMAGE_MODES = ("L", "RGB", "RGBA", "LA", "P", "1", "I", "I;16", "F", "CMYK")
IMAGE_FORMATS = (".png", ".gif", ".bmp", ".tif", ".jpg", ".webp", ".ppm")


def image_bytes(mode: str, size: tuple[int, int], suffix: str, seed: int) -> bytes:
    from PIL import Image

    rng = np.random.default_rng(seed)
    img = Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)).convert(mode)
    fmt = {".png": "PNG", ".gif": "GIF", ".bmp": "BMP", ".tif": "TIFF", ".jpg": "JPEG", ".webp": "WEBP",
           ".ppm": "PPM"}[suffix]
    buffer = io.BytesIO()
    try:
        img.save(buffer, fmt)
    except (OSError, ValueError, KeyError):  # a mode this format cannot hold: save it as RGB
        buffer = io.BytesIO()
        img.convert("RGB").save(buffer, fmt)
    return buffer.getvalue()


@st.composite
def image_file(draw: st.DrawFn, suffix: str | None = None) -> tuple[str, bytes]:
    """(suffix, bytes): a tiny valid picture, one damaged, a crafted PNG header, or random bytes."""
    suffix = suffix or draw(st.sampled_from(IMAGE_FORMATS))
    how = draw(st.sampled_from(["valid", "valid", "valid", "damaged", "crafted", "random"]))
    if how == "random":
        return suffix, draw(st.binary(max_size=300))
    if how == "crafted":
        return ".png", draw(crafted_png())
    size = draw(st.sampled_from([(4, 4), (4, 4), (4, 4), (3, 5), (1, 1)]))
    data = image_bytes(draw(st.sampled_from(IMAGE_MODES)), size, suffix, draw(st.integers(0, 99)))
    return suffix, draw(damaged_bytes(data)) if how == "damaged" else data


@fuzz(150)
@given(classes=st.lists(st.lists(image_file(), max_size=3), min_size=1, max_size=3),
       stray=st.booleans())
def test_image_folder(scratch: Path, classes: list[list[tuple[str, bytes]]], stray: bool) -> None:
    with fresh(scratch) as d:
        root = d / "fuzz-images"
        for c, files in enumerate(classes):
            folder = root / f"class{c}"
            folder.mkdir(parents=True)
            for i, (suffix, data) in enumerate(files):
                (folder / f"img{i}{suffix}").write_bytes(data)
        if stray:  # a file beside the class folders, and a folder inside one
            (root / "notes.txt").write_bytes(b"hello")
            (root / "class0" / "sub").mkdir()
        load_data(root)


@fuzz(200)
@given(file=image_file() | st.sampled_from([".png", ".jpg", ".gif", ".tif", ".svg", ""]).flatmap(
    lambda s: st.tuples(st.just(s), st.binary(max_size=300))))
def test_read_image(scratch: Path, file: tuple[str, bytes]) -> None:
    from core.drawing.strokes import image_to_input

    suffix, data = file
    with fresh(scratch) as d:
        path = d / f"fuzz-picture{suffix}"
        path.write_bytes(data)
        rgba = loads_or_refuses(read_image, path, SpecError)
        if rgba is not None:
            assert rgba.dtype == np.uint8 and rgba.ndim == 3 and rgba.shape[2] == 4
            x = image_to_input(rgba)  # what `predict` does next
            assert x is None or x.shape == (28, 28)


# --- CIFAR-10: a batches folder, and an archive in Keras's cache -----------------------------


def cifar_batch(n: int = 2, seed: int = 0) -> bytes:
    rng = np.random.default_rng(seed)
    return pickle.dumps({b"batch_label": b"fuzz", b"data": rng.integers(0, 256, (n, 3072), dtype=np.uint8),
                         b"labels": [i % 10 for i in range(n)]}, protocol=3)


CIFAR_VALUES = st.one_of(
    any_array(), JSONISH, st.just([300] * 3072), st.just([2**70]), st.just(np.zeros((1, 3072), np.float64)),
    st.just(list(range(-1, 9))), st.just(["a", "b"]),
)


@st.composite
def cifar_batch_file(draw: st.DrawFn) -> bytes:
    """A batch: valid, damaged bytes, random bytes, or a dict with any data and labels."""
    how = draw(st.sampled_from(["valid", "bytes", "random", "dict", "dict", "other"]))
    if how == "valid":
        return cifar_batch(draw(st.integers(0, 3)))
    if how == "bytes":
        return draw(damaged_bytes(cifar_batch()))
    if how == "random":
        return draw(st.binary(max_size=300))
    if how == "other":  # a pickle of something else: a list, a string, a refused class
        return pickle.dumps(draw(st.sampled_from([[1, 2], "data", None, {b"data": 1j}, Path("x")])),
                            protocol=draw(st.integers(2, 5)))
    d: dict[Any, Any] = {b"data": np.zeros((2, 3072), np.uint8), b"labels": [0, 1]}
    for key in draw(st.sets(st.sampled_from([b"data", b"labels", "data"]), min_size=1)):
        d[key] = draw(CIFAR_VALUES)
    if draw(st.booleans()):
        d.pop(draw(st.sampled_from([b"data", b"labels"])), None)
    return pickle.dumps(d, protocol=draw(st.integers(2, 5)))


@fuzz(100)
@given(batch=st.sampled_from(CIFAR_BATCHES), data=cifar_batch_file(), missing=st.integers(0, 30))
def test_cifar_batches_folder(scratch: Path, batch: str, data: bytes, missing: int) -> None:
    with fresh(scratch) as d:
        folder = d / "fuzz-cifar"
        folder.mkdir()
        for i, b in enumerate(CIFAR_BATCHES):
            if i != missing:
                (folder / b).write_bytes(data if b == batch else cifar_batch(2, i))
        load_data(folder)


def cifar_tar(files: dict[str, bytes], mode: str = "w:gz") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"cifar-10-batches-py/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def keras_home(scratch: Path) -> Iterator[Path]:
    """$KERAS_HOME pointing at a scratch folder, for this module's tests only."""
    home = scratch / "keras-home"
    (home / "datasets").mkdir(parents=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KERAS_HOME", str(home))
        yield home


@fuzz(80)
@given(data=st.data())
def test_cifar_archive_in_the_keras_cache(keras_home: Path, data: st.DataObject) -> None:
    files = {b: cifar_batch(2, i) for i, b in enumerate(CIFAR_BATCHES)}
    how = data.draw(st.sampled_from(["bytes", "member", "random", "plain tar"]))
    if how == "member":
        files[data.draw(st.sampled_from(CIFAR_BATCHES))] = data.draw(cifar_batch_file())
        if data.draw(st.booleans()):
            del files[data.draw(st.sampled_from(CIFAR_BATCHES))]
        raw = cifar_tar(files)
    elif how == "random":
        raw = data.draw(st.binary(max_size=400))
    else:
        raw = data.draw(damaged_bytes(cifar_tar(files, "w" if how == "plain tar" else "w:gz")))
    archive = keras_home / "datasets" / "cifar-10-python.tar.gz"
    archive.write_bytes(raw)
    try:
        ds = loads_or_refuses(lambda _: load_dataset("cifar10"), archive, DatasetError)
        if ds is not None:
            check_dataset(ds)
    finally:
        archive.unlink()


@fuzz(80)
@given(name=st.sampled_from(["mnist", "fashion_mnist"]), data=st.data())
def test_builtin_dataset_caches(keras_home: Path, name: str, data: st.DataObject) -> None:
    """A damaged mnist.npz or Fashion-MNIST .gz file in Keras's cache: the menu (dataset_sources,
    which reads only headers) and load_dataset both answer, naming the file."""
    import shutil

    from core.data.catalogue import dataset_sources

    cache = keras_home / "datasets"
    if name == "mnist":
        files = {cache / "mnist.npz": data.draw(st.one_of(
            damaged_bytes(npz_bytes(valid_npz_arrays())), st.binary(max_size=300),
            st.dictionaries(st.sampled_from(NPZ_KEYS), any_array(), max_size=4).map(npz_bytes)))}
    else:
        files = {}
        for f, images in (("train-labels-idx1-ubyte.gz", False), ("train-images-idx3-ubyte.gz", True),
                          ("t10k-labels-idx1-ubyte.gz", False), ("t10k-images-idx3-ubyte.gz", True)):
            raw = gzip.compress(data.draw(idx_file(images)))
            files[cache / "fashion-mnist" / f] = data.draw(st.one_of(st.just(raw), damaged_bytes(raw)))
    for path, raw in files.items():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
    names = [p.name for p in files] + ["fashion-mnist"] * (name == "fashion_mnist")  # a file, or the folder
    try:
        row = next(r for r in dataset_sources() if r["name"] == name)
        if not row["available_offline"]:
            assert any(n in row["note"] for n in names), row["note"]
        try:
            check_dataset(load_dataset(name))
        except DatasetError as e:
            assert any(n in str(e) for n in names), str(e)
    finally:
        for path in files:
            path.unlink()
        shutil.rmtree(cache / "fashion-mnist", ignore_errors=True)


# --- workspaces: members the existing tests (test_workspace.py) do not reach -----------------


@functools.cache
def workspace_members() -> dict[str, bytes]:
    from core.files.workspace import RunRecord

    rng = np.random.default_rng(0)
    spec = template("mlp_50")
    weights = [rng.normal(size=(784, 50)).astype(np.float32), np.zeros(50, np.float32),
               rng.normal(size=(50, 10)).astype(np.float32), np.zeros(10, np.float32)]
    run = RunRecord("run 1", {"config": {"epochs": 1}}, [{"epoch": 1, "loss": 0.5}],
                    np.arange(3.0), np.ones(3), np.ones(3))
    return zip_members(to_bytes(Workspace(spec, weights, 1, {"epochs": 1}, [run], [[(1.0, 2.0)]], (8, 8))))


@fuzz(120)
@given(data=st.data())
def test_workspace_damaged(scratch: Path, data: st.DataObject) -> None:
    members = dict(workspace_members())
    how = data.draw(st.sampled_from(["bytes", "weights", "curves", "npy"]))
    if how == "bytes":
        raw = data.draw(damaged_bytes(zip_bytes(members, stored=data.draw(st.booleans()))))
    else:
        if how == "npy":
            inner = zip_members(members["curves.npz"])
            inner["run0_x.npy"] = data.draw(damaged_npy(np.arange(3.0)))
            members["curves.npz"] = zip_bytes(inner)
        else:
            name = f"{how}.npz"
            arrays = data.draw(st.dictionaries(
                st.sampled_from(["w000", "w001", "run0_x", "run0_loss", "run0_acc", "x"]), any_array(),
                max_size=3))
            members[name] = data.draw(st.one_of(st.just(npz_bytes(arrays)),
                                                damaged_bytes(members[name])))
        raw = zip_bytes(members)
    with fresh(scratch) as d:
        path = d / "fuzz.digitscope"
        path.write_bytes(raw)
        loads_or_refuses(load_workspace, path, WorkspaceError)


# --- regressions: each bug the fuzzing found, with its input and the exact message ----------


def refusal(load: Callable[[Path], Any], path: Path, error: type[Exception]) -> BaseException:
    """The error load(path) raises (and no other type)."""
    with pytest.raises(error) as caught:
        load(path)
    return caught.value


def dataset_at(path: Path) -> Dataset:
    return load_dataset(str(path))


def spec_file(tmp_path: Path, doc: Any, name: str = "bad.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return path


# Model specs (core/model/spec.py).

def test_regression_spec_dataset_that_is_not_text(tmp_path: Path) -> None:
    """Was TypeError: unhashable type: 'list' (ModelSpec.from_dict)."""
    path = spec_file(tmp_path, template("mlp_50").to_dict() | {"dataset": [0]})
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: unknown dataset [0] (known: mnist, fashion_mnist, cifar10)"


@pytest.mark.parametrize(("where", "message"), [
    ("layer", "layer 1 (Dropout): 'rate' must be a number, got {big}"),
    ("learning_rate", "compile: 'learning_rate' must be a number, got {big}"),
    ("momentum", "compile: 'momentum' must be a number, got {big}"),
])
def test_regression_spec_number_too_large_for_a_float(tmp_path: Path, where: str, message: str) -> None:
    """Was OverflowError: int too large to convert to float (spec._parse_value, _parse_compile)."""
    big = 10**400
    doc = template("mlp_50").to_dict()
    if where == "layer":
        doc["layers"] = [{"type": "Dropout", "params": {"rate": big}}]
    else:
        doc["compile"][where] = big
    path = spec_file(tmp_path, doc)
    assert str(refusal(load_model_spec, path, SpecError)) == f"{path}: " + message.format(big=big)


def test_regression_spec_json_with_a_5000_digit_number(tmp_path: Path) -> None:
    """Was ValueError (Python's 4,300-digit limit), not a JSONDecodeError (ModelSpec.from_json)."""
    path = spec_file(tmp_path, '{"input_shape": [' + "9" * 5000 + '], "layers": []}')
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: not valid JSON (a number in it is too long to read); open the .json file the builder saved"


def test_regression_spec_json_nested_too_deeply(tmp_path: Path) -> None:
    """Was RecursionError (ModelSpec.from_json)."""
    path = spec_file(tmp_path, "[" * 5000)
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: not a model description: its JSON is nested too deeply (over ~1,000 levels of [ or {{); " \
        "open the .json file the builder saved"


# .keras files read without Keras (core/model/keras_file.py).

def keras_file(tmp_path: Path, change: Callable[[dict], None], name: str = "bad.keras") -> Path:
    members = dict(shipped_members())
    config = json.loads(members["config.json"])
    change(config)
    members["config.json"] = json.dumps(config).encode()
    path = tmp_path / name
    path.write_bytes(zip_bytes(members))
    return path


def _set(path: tuple, value: Any) -> Callable[[dict], None]:
    def change(config: dict) -> None:
        _parent(config, path)[path[-1]] = value
    return change


CONV1 = ("config", "layers", 1)  # the shipped model's first Conv2D ("conv1")


@pytest.mark.parametrize(("path", "value", "message"), [
    ((*CONV1, "config"), 5, "layer 1 (Conv2D): missing parameter 'filters' ({tip})"),
    ((*CONV1, "class_name"), ["Conv2D"], "layer 1 (conv1): DigitScope cannot show ['Conv2D'] layers "
                                         "(it knows {known})"),
    (("config",), [1], "the model config has no layer list"),
    (("compile_config", "optimizer", "config"), [1], None),  # ignored: the defaults, like a bare name
    (("config", "layers", 0, "config"), [1], None),  # the InputLayer's: the shape from conv1's build_config
])
def test_regression_keras_config_parts_of_the_wrong_type(tmp_path: Path, path: tuple, value: Any,
                                                         message: str | None) -> None:
    """Were AttributeError ('int' object has no attribute 'get') and TypeError (unhashable type:
    'list') in keras_file.spec_dict_from_keras_config."""
    from core.model.layer_catalog import LAYER_TYPES, layer_type

    file = keras_file(tmp_path, _set(path, value))
    if message is None:
        spec = load_model_spec(file)
        assert spec.layers[0].type == "Conv2D" and spec.input_shape == (28, 28, 1)
        return
    tip = next(p.tooltip for p in layer_type("Conv2D").params if p.name == "filters")
    message = message.format(tip=tip, known=", ".join(LAYER_TYPES))
    assert str(refusal(load_model_spec, file, SpecError)) == f"{file}: {message}"


@pytest.mark.parametrize("field", ["learning_rate", "momentum"])
def test_regression_keras_optimizer_number_beyond_a_float(tmp_path: Path, field: str) -> None:
    """Was OverflowError (keras_file._compile_from_keras: np.float32(lr), float(momentum))."""
    big = 10**400
    path = keras_file(tmp_path, _set(("compile_config", "optimizer", "config", field), big))
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: compile: '{field}' must be a number, got {big}"


def zip_with_damage(members: dict[str, bytes], damage: str) -> bytes:
    """A deflated zip whose first member's data or central-directory entry is damaged."""
    raw = bytearray(zip_bytes(members))
    name = next(iter(members)).encode()
    central = raw.find(b"PK\x01\x02")  # the first member's entry
    if damage == "data":  # the first deflate block header says block type 3, which does not exist
        raw[30 + len(name)] |= 0b110
    elif damage == "encrypted":
        raw[central + 8] |= 1
    elif damage == "method":
        raw[central + 10] = 99
    elif damage == "version":
        raw[central + 6] = 84
    elif damage == "directory offset":
        struct.pack_into("<I", raw, raw.rfind(b"PK\x05\x06") + 16, 0x7FFFFFF0)
    return bytes(raw)


@pytest.mark.parametrize(("damage", "inside"), [
    ("data", "Error -3 while decompressing data: invalid block type"),  # was zlib.error
    ("encrypted", "File 'config.json' is encrypted, password required for extraction"),  # RuntimeError
    ("method", "That compression method is not supported"),  # was NotImplementedError
])
def test_regression_keras_config_member_damaged(tmp_path: Path, damage: str, inside: str) -> None:
    path = tmp_path / "bad.keras"
    path.write_bytes(zip_with_damage({"config.json": b'{"class_name": "Sequential"} ' * 40}, damage))
    assert str(refusal(load_model_spec, path, SpecError)) == f"{path}: config.json inside is damaged " \
        f"({inside}); save the model again with model.save('name.keras')"


def test_regression_keras_damaged_directory_is_not_a_disk_error(tmp_path: Path) -> None:
    """Was "cannot read (Invalid argument)", as if the disk had failed: zipfile seeks before the start
    of the file (an OSError) when the directory's offset is damaged."""
    path = tmp_path / "bad.keras"
    path.write_bytes(zip_with_damage({"config.json": b"{}"}, "directory offset"))
    assert str(refusal(load_model_spec, path, SpecError)) == \
        f"{path}: config.json inside is damaged ([Errno 22] Invalid argument); save the model again with " \
        "model.save('name.keras')"


# .npz datasets (core/data/catalogue.py).

def npy_with_header(header: str, payload: bytes = b"") -> bytes:
    header = header + " " * 4 + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin1") + payload


def npz_with(tmp_path: Path, **replaced: bytes) -> Path:
    members = zip_members(npz_bytes(valid_npz_arrays()))
    members.update({f"{k}.npy": v for k, v in replaced.items()})
    path = tmp_path / "bad.npz"
    path.write_bytes(zip_bytes(members))
    return path


def test_regression_npz_member_that_is_not_an_npy(tmp_path: Path) -> None:
    """Was AttributeError: 'bytes' object has no attribute 'ndim' (np.load hands such members over as
    bytes; datasets._read_npz_arrays)."""
    path = npz_with(tmp_path, y_test=b"")
    assert str(refusal(dataset_at, path, DatasetError)) == \
        f"{path}: y_test inside is not a numpy array (its y_test.npy is damaged); save the file again with " \
        "numpy.savez"


def test_regression_npz_header_claiming_a_petabyte(tmp_path: Path) -> None:
    """Was numpy's MemoryError ("Unable to allocate 1.00 PiB"), from the header's shape."""
    path = npz_with(tmp_path, x_test=npy_with_header(
        "{'descr': '|u1', 'fortran_order': False, 'shape': (1125899906842624,), }", b"\0" * 64))
    e = refusal(dataset_at, path, DatasetError)
    assert isinstance(e.__cause__, MemoryError)
    assert str(e) == f"{path}: not enough memory to load it ({e.__cause__}); use a smaller dataset, or " \
                     "save the file again with numpy.savez if it is damaged"


@pytest.mark.parametrize(("header", "cause"), [
    ("{[1]: 2}", TypeError),  # ast.literal_eval: unhashable type: 'list'
    ("{'descr': '<f8', 'fortran_order': False, 'shape': (2,)", tokenize.TokenError),  # never closed
])
def test_regression_npz_header_parser_errors(tmp_path: Path, header: str, cause: type) -> None:
    path = npz_with(tmp_path, x_train=npy_with_header(header))
    e = refusal(dataset_at, path, DatasetError)
    assert type(e.__cause__) is cause
    assert str(e) == f"{path}: not a readable .npz file ({e.__cause__}); save it with numpy.savez"


@pytest.mark.parametrize("damage", ["encrypted", "version"])
def test_regression_npz_zip_damage(tmp_path: Path, damage: str) -> None:
    """Were RuntimeError (an encrypted member) and NotImplementedError ("zip file version 8.4")."""
    path = tmp_path / "bad.npz"
    path.write_bytes(zip_with_damage(zip_members(npz_bytes(valid_npz_arrays())), damage))
    inside = {"encrypted": "File 'x_train.npy' is encrypted, password required for extraction",
              "version": "zip file version 8.4"}[damage]
    assert str(refusal(dataset_at, path, DatasetError)) == \
        f"{path}: not a readable .npz file ({inside}); save it with numpy.savez"


def test_regression_damaged_npz_is_closed(tmp_path: Path) -> None:
    """np.load(path) left the file open when the zip was damaged (a ResourceWarning; on Windows the
    file stays locked until the process ends)."""
    import gc
    import warnings

    path = npz_with(tmp_path)
    path.write_bytes(path.read_bytes()[:300])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(DatasetError, match=r"not a readable \.npz file"):
            load_dataset(str(path))
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


# CIFAR-10 batches (core/data/catalogue.py).

@pytest.mark.parametrize(("batch", "what"), [
    ({b"data": [[300] * 3072], b"labels": [0]}, "data are not pixel values 0–255"),  # was OverflowError
    ({b"data": np.full((1, 3072), 300), b"labels": [0]}, "data are not pixel values 0–255"),  # was read
    ({b"data": np.zeros((1, 3072), np.uint8), b"labels": [2**70]}, "labels are not class numbers"),
])
def test_regression_cifar_batch_values_out_of_range(tmp_path: Path, batch: dict, what: str) -> None:
    """A list holding 300 raised OverflowError; an array holding 300 was silently wrapped to 44;
    a label of 2**70 raised OverflowError (datasets._read_cifar_batch)."""
    folder = tmp_path / "cifar"
    folder.mkdir()
    for i, b in enumerate(CIFAR_BATCHES):
        (folder / b).write_bytes(pickle.dumps(batch, protocol=3) if i == 0 else cifar_batch(1, i))
    assert str(refusal(dataset_at, folder, DatasetError)) == \
        f"{folder / 'data_batch_1'}: not a CIFAR-10 batch (its {what}); delete it and download again"


# Built-in datasets from Keras's cache, and IDX folders (core/data/catalogue.py).

def test_regression_menu_reads_a_damaged_gzip_header(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Was zlib.error from dataset_sources (datasets._idx_count reads the first 8 bytes of each .gz):
    the Dataset menu itself failed to open."""
    from core.data.catalogue import FASHION_FILES, dataset_sources

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    folder = tmp_path / "datasets" / "fashion-mnist"
    folder.mkdir(parents=True)
    for f in FASHION_FILES:
        (folder / f).write_bytes(gzip.compress(idx_bytes(0x801, [1], b"\0")))
    raw = bytearray((folder / "t10k-labels-idx1-ubyte.gz").read_bytes())
    raw[10] |= 0b110  # the first deflate block says block type 3, which does not exist
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(bytes(raw))
    row = next(r for r in dataset_sources() if r["name"] == "fashion_mnist")
    assert not row["available_offline"] and row["note"] == \
        f"{folder / 't10k-labels-idx1-ubyte.gz'}: cannot read (Error -3 while decompressing data: invalid " \
        "block type)"


def test_regression_mnist_cache_gets_the_npz_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keras's mnist.npz went to _finish unchecked: a 0-d y_train raised TypeError: len() of unsized
    object (datasets._load_builtin), float pixels were cast to uint8 unseen."""
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    path = tmp_path / "datasets" / "mnist.npz"
    path.parent.mkdir()
    path.write_bytes(npz_bytes(valid_npz_arrays() | {"y_train": np.array(3)}))
    assert str(refusal(lambda _: load_dataset("mnist"), path, DatasetError)) == \
        f"{path}: y_train: labels must be one class index per image, shape (n,); found ()"


def test_regression_empty_train_split_with_another_image_size(tmp_path: Path) -> None:
    """An empty train split of 1×1 images let test images of 0×1 through (datasets._finish checked
    only the train split's size): a Dataset whose image_shape held a 0."""
    folder = tmp_path / "idx"
    folder.mkdir()
    (folder / "train-images-idx3-ubyte").write_bytes(idx_bytes(0x803, [0, 1, 1], b""))
    (folder / "train-labels-idx1-ubyte").write_bytes(idx_bytes(0x801, [0], b""))
    (folder / "t10k-images-idx3-ubyte").write_bytes(idx_bytes(0x803, [1, 0, 1], b""))
    (folder / "t10k-labels-idx1-ubyte").write_bytes(idx_bytes(0x801, [1], b"\0"))
    assert str(refusal(dataset_at, folder, DatasetError)) == f"{folder}: images of size 0×1 are empty"


# Pictures (core/data/catalogue.py image folders, core/cli/predict.py).

BOMB = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 65535, 65535, 8, 0, 0, 0, 0)) + \
    png_chunk(b"IDAT", zlib.compress(b"")) + png_chunk(b"IEND", b"")
BOMB_TEXT = ("Image size (4294836225 pixels) exceeds limit of 178956970 pixels, could be decompression bomb "
             "DOS attack.")


def test_regression_image_folder_decompression_bomb(tmp_path: Path) -> None:
    """Was PIL.Image.DecompressionBombError (a plain Exception; datasets._load_image_folder)."""
    path = tmp_path / "pics" / "a" / "huge.png"
    path.parent.mkdir(parents=True)
    path.write_bytes(BOMB)
    assert str(refusal(dataset_at, tmp_path / "pics", DatasetError)) == \
        f"{path}: not a readable image ({BOMB_TEXT}); remove or replace it"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("huge.png", BOMB, f"the picture is too large to open safely ({BOMB_TEXT}); use a smaller picture"),
    ("cut.pgm", b"P5 4 4", "not an image that can be read (try PNG or JPG)"),  # ValueError: Reached EOF
    ("bad.ppm", b"P6 4 < 255", "not an image that can be read (try PNG or JPG)"),  # ValueError: int('<')
])
def test_regression_read_image_pillow_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    """Were DecompressionBombError and ValueError (cli_predict.read_image caught only OSError)."""
    path = tmp_path / name
    path.write_bytes(data)
    assert str(refusal(read_image, path, SpecError)) == f"{path}: {message}"


# Workspaces (core/files/workspace.py).

def workspace_with(tmp_path: Path, meta: dict | None = None, **members: bytes) -> Path:
    contents = dict(workspace_members())
    if meta is not None:
        contents["workspace.json"] = json.dumps(json.loads(contents["workspace.json"]) | meta).encode()
    contents.update(members)
    path = tmp_path / "bad.digitscope"
    path.write_bytes(zip_bytes(contents))
    return path


def test_regression_workspace_curve_that_is_a_single_number(tmp_path: Path) -> None:
    """Was TypeError: len() of unsized object (workspace.load_workspace)."""
    path = workspace_with(tmp_path, **{"curves.npz": npz_bytes(
        {"run0_x": np.array(1.0), "run0_loss": np.ones(3), "run0_acc": np.ones(3)})})
    assert str(refusal(load_workspace, path, WorkspaceError)) == \
        "bad.digitscope: run 1's curves inside curves.npz are damaged (they must be lists of numbers)"


def test_regression_workspace_weights_member_that_is_not_an_npy(tmp_path: Path) -> None:
    """Was AttributeError: 'bytes' object has no attribute 'dtype' (workspace._load_npz)."""
    weights = zip_members(workspace_members()["weights.npz"]) | {"w000.npy": b"junk"}
    path = workspace_with(tmp_path, **{"weights.npz": zip_bytes(weights)})
    assert str(refusal(load_workspace, path, WorkspaceError)) == \
        "bad.digitscope: weights.npz inside is damaged (w000 is not an array); the workspace cannot be opened"


def test_regression_workspace_npy_header_never_closed(tmp_path: Path) -> None:
    """Was tokenize.TokenError (numpy's header parser; workspace._load_npz)."""
    header = npy_with_header("{'descr': '<f8', 'fortran_order': False, 'shape': (3,)")
    curves = zip_members(workspace_members()["curves.npz"]) | {"run0_x.npy": header}
    path = workspace_with(tmp_path, **{"curves.npz": zip_bytes(curves)})
    e = refusal(load_workspace, path, WorkspaceError)
    assert str(e) == f"bad.digitscope: curves.npz inside is damaged ({e.__cause__}); the workspace cannot " \
                     "be opened"


def test_regression_workspace_zip_version(tmp_path: Path) -> None:
    """Was NotImplementedError: zip file version 8.4 (zipfile.ZipFile in workspace.load_workspace)."""
    path = tmp_path / "bad.digitscope"
    path.write_bytes(zip_with_damage(workspace_members(), "version"))
    assert str(refusal(load_workspace, path, WorkspaceError)) == \
        "bad.digitscope: not a DigitScope workspace (it is not a zip file, or it is cut short)"


def test_regression_workspace_stroke_beyond_a_float(tmp_path: Path) -> None:
    """Was OverflowError: int too large to convert to float (workspace._check_strokes)."""
    path = workspace_with(tmp_path, {"strokes": [[[10**400, 1]]]})
    assert str(refusal(load_workspace, path, WorkspaceError)) == \
        "bad.digitscope: 'strokes' must hold strokes of [x, y] number pairs"


def test_regression_workspace_json_nested_too_deeply(tmp_path: Path) -> None:
    """Was RecursionError (json.loads in workspace.load_workspace)."""
    path = workspace_with(tmp_path, **{"workspace.json": b"[" * 5000})
    e = refusal(load_workspace, path, WorkspaceError)
    assert str(e) == f"bad.digitscope: workspace.json inside is damaged ({e.__cause__})"
