"""Both READMEs: every picture and file they link exists, and they open with the same two set-up
commands that .ci/run uses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["README.md", "README.ko.md"])
def test_every_linked_file_exists(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    links = [link for link in re.findall(r"\]\(([^)#\s]+)\)", text) if "://" not in link]
    assert len(links) > 10
    missing = [link for link in links if not (ROOT / link).exists()]
    assert not missing, missing


@pytest.mark.parametrize("name", ["README.md", "README.ko.md"])
def test_the_first_lines_give_the_two_commands(name: str) -> None:
    first_block = (ROOT / name).read_text(encoding="utf-8").split("```")[1]
    assert "bash setup.sh start" in first_block and "bash setup.sh test" in first_block
    assert "bash setup.sh test" in (ROOT / ".ci" / "run").read_text()
