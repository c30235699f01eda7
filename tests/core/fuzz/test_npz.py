""".npz datasets (load_dataset), fuzzed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from tests.core.fuzz.samples import NPZ_KEYS, any_array, damaged_npy, load_data, npz_bytes, valid_npz_arrays
from tests.core.fuzz.strategies import damaged_bytes, fresh, fuzz, zip_bytes, zip_members


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
