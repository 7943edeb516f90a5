"""The section writer of eval/RESULTS.md and bench/RESULTS.md, on a real temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.results import write_section

RESULTS = """\
# Evaluation results

## actors

Old actors.

## places

Old places, first copy.

### a sub-section

Its table.

## quotes

Quotes stay.

## places

Old places, second copy (a union merge).
"""


@pytest.mark.parametrize(("section", "expected"), [
    # replaced where it stood, its sub-section with it, the later duplicate dropped
    ("## places\n\nNew places.\n", """\
# Evaluation results

## actors

Old actors.

## places

New places.

## quotes

Quotes stay.
"""),
    # another area: its section alone replaced (the duplicate places are not its to mend)
    ("## actors\n\nNew actors.", RESULTS.replace("Old actors.", "New actors.")),
    # a new area goes at the end
    ("## times\n\nTimes.\n", RESULTS + "\n## times\n\nTimes.\n"),
])
def test_write_section_replaces_only_its_own_section(tmp_path: Path, section: str, expected: str) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(RESULTS, encoding="utf-8")
    write_section(section, path)
    assert path.read_text(encoding="utf-8") == expected


def test_write_section_twice_gives_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(RESULTS, encoding="utf-8")
    write_section("## places\n\nNew places.\n", path)
    once = path.read_text(encoding="utf-8")
    write_section("## places\n\nNew places.\n", path)
    assert path.read_text(encoding="utf-8") == once
    assert once.count("## places\n") == 1


def test_write_section_starts_a_missing_file_with_the_header(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    write_section("## events\n\nEvents.\n", path, header="# Benchmark results\n")
    assert path.read_text(encoding="utf-8") == "# Benchmark results\n\n## events\n\nEvents.\n"


def test_a_section_opens_with_its_heading(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="heading"):
        write_section("No heading.\n", tmp_path / "RESULTS.md")
