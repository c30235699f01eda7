"""IDX folders (load_dataset), fuzzed.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.core.fuzz.samples import idx_file, load_data
from tests.core.fuzz.strategies import damaged_bytes, fresh, fuzz


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
