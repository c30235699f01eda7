"""The READMEs and docs/: every picture, file and section they link exists, both READMEs open
with the same two set-up commands that .ci/run uses and stay short, and every document has its
Korean twin (README.md and README.ko.md, docs/X.md and docs/X.ko.md) with the same sections."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
READMES = ["README.md", "README.ko.md"]
DOCUMENTS = READMES + sorted(str(p.relative_to(ROOT)) for p in DOCS.glob("*.md"))
ENGLISH_DOCS = sorted(f"docs/{p.name}" for p in DOCS.glob("*.md") if not p.name.endswith(".ko.md"))
README_MAX_LINES = 250


def outside_code(text: str) -> list[str]:
    """The lines of a Markdown text that are not inside a ``` fenced block."""
    lines, fenced = [], False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            lines.append(line)
    return lines


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    found = set()
    for line in outside_code(path.read_text(encoding="utf-8")):
        match = re.match(r"#{1,6} (.+)", line)
        if match:
            base = slug(match.group(1))
            count = seen.get(base, 0)
            seen[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
    return found


def section_count(path: Path) -> int:
    return sum(line.startswith("## ") for line in outside_code(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_linked_file_exists(name: str) -> None:
    path = ROOT / name
    links = [link for link in re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8"))
             if "://" not in link and not link.startswith("mailto:")]
    if name in READMES:
        assert len(links) > 10
    missing, unknown_sections = [], []
    for link in links:
        file_part, _, anchor = link.partition("#")
        target = (path.parent / file_part) if file_part else path
        if not target.exists():
            missing.append(link)
        elif anchor and target.suffix == ".md" and anchor not in anchors(target):
            unknown_sections.append(link)
    assert not missing, missing
    assert not unknown_sections, unknown_sections


@pytest.mark.parametrize("name", READMES)
def test_the_first_lines_give_the_two_commands(name: str) -> None:
    first_block = (ROOT / name).read_text(encoding="utf-8").split("```")[1]
    assert "bash setup.sh start" in first_block and "bash setup.sh test" in first_block
    assert "bash setup.sh test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("name", READMES)
def test_the_readme_is_short(name: str) -> None:
    lines = (ROOT / name).read_text(encoding="utf-8").count("\n")
    assert lines <= README_MAX_LINES, f"{name} has {lines} lines; move the details to docs/"


def test_every_doc_has_its_korean_twin() -> None:
    english = {p.name for p in DOCS.glob("*.md") if not p.name.endswith(".ko.md")}
    korean = {p.name for p in DOCS.glob("*.ko.md")}
    assert english, "docs/ has no documents"
    assert not {n for n in english if n.removesuffix(".md") + ".ko.md" not in korean}, "no Korean twin"
    assert not {n for n in korean if n.removesuffix(".ko.md") + ".md" not in english}, "no English twin"


@pytest.mark.parametrize("name", ["README.md", *ENGLISH_DOCS])
def test_the_korean_twin_has_the_same_sections(name: str) -> None:
    english = ROOT / name
    korean = english.with_name(english.name.removesuffix(".md") + ".ko.md")
    assert korean.exists(), korean
    assert section_count(english) == section_count(korean), (
        f"{english.name} has {section_count(english)} '## ' sections, "
        f"{korean.name} has {section_count(korean)}: keep them in step")
