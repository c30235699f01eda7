"""CIFAR-10: a batches folder, and an archive in Keras's cache; and the built-in
datasets' caches (mnist.npz, Fashion-MNIST), fuzzed.
"""

from __future__ import annotations

import gzip
import io
import pickle
import tarfile
from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.data.catalogue import load_dataset
from core.data.cifar import CIFAR_BATCHES
from core.data.dataset import DatasetError
from tests.core.fuzz.samples import (
    NPZ_KEYS,
    any_array,
    check_dataset,
    cifar_batch,
    idx_file,
    load_data,
    npz_bytes,
    valid_npz_arrays,
)
from tests.core.fuzz.strategies import JSONISH, damaged_bytes, fresh, fuzz, loads_or_refuses

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
