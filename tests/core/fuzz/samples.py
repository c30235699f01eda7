"""Valid files of each kind (specs, .keras, .npz, IDX, PNG chunks, CIFAR-10 batches, workspaces) and
the checks of what a loader returned, shared by several fuzz test files.
"""

from __future__ import annotations

import functools
import io
import math
import pickle
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import strategies as st

from core.data.catalogue import load_dataset
from core.data.dataset import Dataset, DatasetError
from core.model.sources import SHIPPED_MODELS, load_model_spec
from core.model.spec import ModelSpec, SpecError
from core.model.templates import template
from core.model.workspace import Workspace, to_bytes
from tests.core.fuzz.strategies import damaged_bytes, fresh, loads_or_refuses, zip_bytes, zip_members

# --- model specs (.json) and .keras files -------------------------------------------------------


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


@functools.cache
def shipped_members() -> dict[str, bytes]:
    """The shipped model's members, with its weights replaced by a stub (they are not read here).

    (A cached function, not a fixture: hypothesis prints fixture values in every failure report.)
    """
    members = zip_members(SHIPPED_MODELS["default"].read_bytes())
    members["model.weights.h5"] = b"\x89HDF\r\n\x1a\n stub"
    return members


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


# --- IDX files -------------------------------------------------------------------------------


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


# --- pictures, CIFAR-10 batches, workspaces ---------------------------------------------------


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def cifar_batch(n: int = 2, seed: int = 0) -> bytes:
    rng = np.random.default_rng(seed)
    return pickle.dumps({b"batch_label": b"fuzz", b"data": rng.integers(0, 256, (n, 3072), dtype=np.uint8),
                         b"labels": [i % 10 for i in range(n)]}, protocol=3)


@functools.cache
def workspace_members() -> dict[str, bytes]:
    from core.model.workspace import RunRecord

    rng = np.random.default_rng(0)
    spec = template("mlp_50")
    weights = [rng.normal(size=(784, 50)).astype(np.float32), np.zeros(50, np.float32),
               rng.normal(size=(50, 10)).astype(np.float32), np.zeros(10, np.float32)]
    run = RunRecord("run 1", {"config": {"epochs": 1}}, [{"epoch": 1, "loss": 0.5}],
                    np.arange(3.0), np.ones(3), np.ones(3))
    return zip_members(to_bytes(Workspace(spec, weights, 1, {"epochs": 1}, [run], [[(1.0, 2.0)]], (8, 8))))


# --- for the regression tests ----------------------------------------------------------------


def refusal(load: Callable[[Path], Any], path: Path, error: type[Exception]) -> BaseException:
    """The error load(path) raises (and no other type)."""
    with pytest.raises(error) as caught:
        load(path)
    return caught.value


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
