"""Workspaces (load_workspace), fuzzed: members the existing tests
(tests/core/test_workspace.py) do not reach.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.model.workspace import WorkspaceError, load_workspace
from tests.core.fuzz.samples import any_array, damaged_npy, npz_bytes, workspace_members
from tests.core.fuzz.strategies import damaged_bytes, fresh, fuzz, loads_or_refuses, zip_bytes, zip_members


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
