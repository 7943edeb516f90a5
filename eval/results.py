"""Where the evaluations read and write: ../shared (the dev data, the seed) and the `## <area>` sections
of a RESULTS.md file (eval/RESULTS.md here; bench/RESULTS.md uses the same writer).

Each script writes only its own section, a `## <area>` heading and what follows it up to the next
`## ` heading (its `###` sub-sections with it), replaced where it stood when re-run. A union merge of
two branches' results can leave a heading twice: the section is then written where the first stood
and the later copies are dropped, so that exactly one remains.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "eval" / "RESULTS.md"
HEADER = "# Evaluation results\n"


# ../shared, holding data/ and seed/: beside the repository (a clone) or further up (a worktree sits
# at wt/<name>, one level deeper); None where there is none (bench/ can run on samples/ alone)
SHARED = next((base / "shared" for base in ROOT.parents if (base / "shared" / "data").is_dir()), None)


def shared_dir() -> Path:
    """Returns ../shared (SHARED); exits with a message where there is none."""
    if SHARED is None:
        raise SystemExit(f"no shared/data found beside {ROOT} or above it")
    return SHARED


def replaced(text: str, section: str) -> str:
    """Returns `text` (a results file) with `section` in place of its section of the same heading:
    where the first one stood, later ones dropped; at the end when there is none. `section` opens
    with its `## ` heading line."""
    heading = section.split("\n", 1)[0].rstrip()
    if not heading.startswith("## "):
        raise ValueError(f"a section opens with a '## ' heading, not {heading!r}")
    new = section.strip("\n").split("\n")
    out: list[str] = []
    skipping = done = False
    for line in text.split("\n"):
        if line.startswith("## "):
            skipping = line.rstrip() == heading
            if skipping and not done:
                out += [*new, ""]
                done = True
        if not skipping:
            out.append(line)
    if not done:
        while out and not out[-1].strip():
            out.pop()
        out += ["", *new]
    return "\n".join(out).rstrip("\n") + "\n"


def write_section(section: str, path: Path = RESULTS, header: str = HEADER) -> None:
    """Writes `section` (opening with its `## <area>` heading) into the results file at `path`,
    replacing that area's section and leaving the others as they are; a missing file starts as `header`."""
    old = path.read_text(encoding="utf-8") if path.exists() else header
    path.write_text(replaced(old, section), encoding="utf-8")
