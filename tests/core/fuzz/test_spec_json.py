"""Model specs (.json) through load_model_spec, fuzzed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from core.model.templates import TEMPLATES, template
from tests.core.fuzz.samples import write_and_load_spec
from tests.core.fuzz.strategies import JSONISH, damaged_bytes, fuzz, mutated_json


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
