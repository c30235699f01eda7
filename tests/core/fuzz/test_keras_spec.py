""".keras files read without Keras (load_model_spec, spec_dict_from_keras_config), fuzzed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from core.model.keras_file import spec_dict_from_keras_config
from core.model.spec import SpecError
from tests.core.fuzz.samples import shipped_members, write_and_load_spec
from tests.core.fuzz.strategies import JSONISH, damaged_bytes, fuzz, mutated_json, zip_bytes


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
