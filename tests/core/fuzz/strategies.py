"""Every file loader a user can reach, fuzzed with hypothesis (issue 7, item 4).

The property, for each loader and whatever the file holds: the call returns a valid object, or
raises the loader's documented error type whose message is not empty and names the file. Any
other exception (a TypeError from deep inside, a MemoryError, a Pillow or zipfile error) is a bug:
it would reach the user as a traceback instead of a sentence.

Inputs: random bytes under the right name; valid files cut short or with bytes flipped (biased
towards the headers, where a flip changes structure rather than a checksummed payload); valid
zips (.keras, .npz, workspaces) with a member damaged, missing or replaced; for JSON, random
JSON values and mutations of valid documents. The regression tests (test_regressions_*.py) pin
each bug the fuzzing found, with the concrete input and the exact message.

Files are written into a fresh folder per example (a module-scoped scratch folder, since
function-scoped fixtures are not reset between hypothesis examples).

This module holds what every test file of this folder uses: fuzz(n) (n examples per test;
FUZZ_SCALE=20 in the environment runs 20 times as many, a longer hunt), fresh(), loads_or_refuses()
and the strategies for JSON, damaged bytes and zips. samples.py holds the valid files of
each kind; conftest.py the scratch and keras_home fixtures.
"""

from __future__ import annotations

import copy
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st

SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def fuzz(n: int) -> settings:
    """n examples; FUZZ_SCALE=20 in the environment runs 20 times as many (a longer hunt)."""
    return settings(max_examples=n * int(os.environ.get("FUZZ_SCALE", "1")), deadline=None,
                    suppress_health_check=SLOW_OK)


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
