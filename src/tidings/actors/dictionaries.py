"""Users' actor dictionaries: PETRARCH/Phoenix text files and plain CSV, read into lexicon entries.

PETRARCH actor dictionaries (e.g. Phoenix.Countries.actors.txt) hold entries such as

    JOHN_KERRY_          # a phrase: words joined by '_'; a trailing '_' means the last word ends there
    +KERRY_              # an alias of the entry above
    +SECRETARY_KERRY_
        [USAGOV 130201-170120]   # a code, here restricted to dates (YYMMDD or YYYYMMDD; >D after, <D before)
        [USAELI]                 # an undated code holds whenever no dated one does
    AFGHANISTAN_  [AFG]          # codes may follow on the phrase's own line

and agent dictionaries (Phoenix.agents.txt) entries such as `PRESIDENT_ [~GOV]`, `POLICE {} [~COP]`
(`{...}` lists irregular plurals; `{}` none) with substitution sets `!PERSON! = MAN, WOMAN, PERSON`.
A phrase without a trailing '_' is a stem: its last word may go on ("MINISTR" matches "ministry").

A CSV file has rows `name,country,role[,start,end]` (an optional header row naming those columns;
'|' in the name separates aliases; rows of one name with different dates are terms of one entry).

Lines that cannot be read are skipped and reported in the lexicon's `problems`; a file that cannot be
read at all, or yields nothing, is a ConfigError.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tidings.actors.codes import read_code, write_code
from tidings.actors.lexicon import Entry, Lexicon, Term
from tidings.actors.tables import LEADER_COLUMNS, builtin_lexicon, leader_entries, plural, variants
from tidings.errors import ConfigError

_CODE = re.compile(r"\[([^\]]*)\]")
_PLURALS = re.compile(r"\{([^}]*)\}")
_SET = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")


@dataclass
class Reading:
    """What one dictionary file gave: entries and the lines skipped, with why."""

    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_petrarch_day(text: str) -> dt.date:
    """The date of a PETRARCH date: YYMMDD (years before 30 are 20YY) or YYYYMMDD."""
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        return dt.date(2000 + year if year < 30 else 1900 + year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8 and text.isdigit():
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"{text!r} is not a date (YYMMDD or YYYYMMDD)")


def parse_petrarch_code(text: str, basis: str) -> Term | None:
    """The term of a bracketed PETRARCH code ("USAGOV 130201-170120", ">011222", "~GOV"); None for "---"."""
    parts = text.split()
    if not parts or parts[0].strip("-") == "":
        return None
    coding = read_code(parts[0])
    if coding is None:
        raise ValueError(f"{parts[0]!r} is not a CAMEO actor code")
    start = end = None
    if len(parts) > 1:
        span = "".join(parts[1:])
        if span.startswith(">"):
            start = parse_petrarch_day(span[1:])
        elif span.startswith("<"):
            end = parse_petrarch_day(span[1:])
        elif "-" in span:
            first, _, last = span.partition("-")
            start, end = parse_petrarch_day(first), parse_petrarch_day(last)
        else:
            raise ValueError(f"{span!r} is not a date range (A-B, >A or <B)")
    code = parts[0].strip("~").upper()
    return Term(coding.country, coding.roles, coding.organization, start, end,
                code=code if coding.country else write_code(None, coding.roles), basis=basis)


def phrase_of(raw: str) -> tuple[str, bool]:
    """A PETRARCH phrase as words ("JOHN_KERRY_" -> "JOHN KERRY") and whether it is a stem."""
    raw = raw.strip().lstrip("+").strip()
    stem = not raw.endswith("_")
    words = " ".join(w for w in raw.replace("_", " ").split() if w)
    return words, stem


def display_name(words: str) -> str:
    """A readable name for an all-capitals phrase: "JOHN KERRY" -> "John Kerry"; acronyms stay."""
    if words != words.upper():
        return words
    return " ".join(w if len(w) <= 3 and not any(c in "AEIOU" for c in w) else w.capitalize()
                    for w in words.split())


def read_petrarch(path: Path, text: str) -> Reading:
    """Entries of a PETRARCH/Phoenix actor or agent dictionary."""
    reading = Reading()
    sets: dict[str, list[str]] = {}
    current: dict | None = None

    def close() -> None:
        if current is not None:
            reading.entries.extend(_actor_entries(current, reading))

    for number, line in enumerate(text.splitlines(), start=1):
        where = f"dict:{path.name}:{number}"
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if match := _SET.match(body.strip()):
            sets[match.group(1)] = [w.strip().replace(" ", "_") for w in match.group(2).split(",") if w.strip()]
            continue
        stripped = body.strip()
        codes = _CODE.findall(stripped)
        head = _CODE.sub(" ", _PLURALS.sub(" ", stripped)).strip()
        if any("~" in c for c in codes):
            close()
            current = None
            reading.entries.extend(_agent_entries(head, _PLURALS.search(stripped), codes, sets, where, reading))
            continue
        if stripped.startswith("+"):
            if current is None:
                reading.problems.append(f"{where}: an alias with no entry above it")
                continue
            current["aliases"].append(head)
            current["codes"].extend((c, where) for c in codes)
            continue
        if not head:  # a line of codes only: they belong to the entry above
            if current is None:
                reading.problems.append(f"{where}: codes with no entry above them")
                continue
            current["codes"].extend((c, where) for c in codes)
            continue
        close()
        current = {"phrase": head, "aliases": [], "codes": [(c, where) for c in codes], "where": where}
    close()
    return reading


def _actor_entries(current: dict, reading: Reading) -> list[Entry]:
    terms: list[Term] = []
    for code, where in current["codes"]:
        try:
            term = parse_petrarch_code(code, where)
        except ValueError as exc:
            reading.problems.append(f"{where}: {exc}")
            continue
        if term is not None:
            terms.append(term)
    if not terms:
        reading.problems.append(f"{current['where']}: {current['phrase']!r} has no usable code")
        return []
    words, _ = phrase_of(current["phrase"])
    name = display_name(words)
    dated = any(t.dated for t in terms)
    if dated or any("ELI" in t.roles for t in terms):
        kind = "person"
    elif all(not t.roles and not t.organization for t in terms):
        kind = "country"
    else:
        kind = "organization"
    entry_kind = {"person": "person", "country": "country", "organization": "organization"}[kind]
    out = []
    for raw in [current["phrase"], *current["aliases"]]:
        phrase, stem = phrase_of(raw)
        if phrase:
            out.append(Entry(phrase, entry_kind, name, tuple(terms), current["where"], actor_kind=kind,
                             stem=stem, user=True))
    return out


def _agent_entries(head: str, plurals: re.Match | None, codes: list[str], sets: dict[str, list[str]],
                   where: str, reading: Reading) -> list[Entry]:
    terms = []
    for code in codes:
        try:
            term = parse_petrarch_code(code, where)
        except ValueError as exc:
            reading.problems.append(f"{where}: {exc}")
            continue
        if term is not None:
            terms.append(Term(None, term.roles, term.organization, term.start, term.end,
                              code=write_code(None, term.roles), basis=where))
    if not terms or not head:
        reading.problems.append(f"{where}: an agent with no usable code")
        return []
    out = []
    for raw in _expand(head, sets):
        phrase, stem = phrase_of(raw)
        if not phrase:
            continue
        name = phrase.lower()
        known = builtin_lexicon().entries.get(name)
        kind = known.actor_kind if known is not None and known.kind == "agent" else "person"
        common = dict(agent_class=known.agent_class if known else None, office=known.office if known else None,
                      user=True)
        out.append(Entry(phrase, "agent", name, tuple(terms), where, actor_kind=kind, stem=stem, **common))
        forms = [] if plurals is not None and not plurals.group(1).strip() else (
            [phrase_of(p)[0] for p in plurals.group(1).split(",")] if plurals is not None else [plural(name)])
        for form in forms:
            if form:
                out.append(Entry(form, "agent", name, tuple(terms), where, plural=True,
                                 actor_kind="group" if kind == "person" else kind, **common))
    return out


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    for name, words in sets.items():
        if name in phrase:
            return [p for w in words for p in _expand(phrase.replace(name, w), sets)]
    return [phrase]


def read_csv(path: Path, text: str) -> Reading:
    """Entries of a CSV dictionary: name,country,role[,start,end]."""
    reading = Reading()
    rows = list(csv.reader(text.splitlines()))
    by_name: dict[str, list[Term]] = {}
    first_line: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        where = f"dict:{path.name}:{number}"
        cells = [c.strip() for c in row]
        if not cells or not cells[0] or cells[0].startswith("#"):
            continue
        if number == 1 and cells[0].lower() == "name":
            continue
        cells += [""] * (5 - len(cells))
        name, country, role, start, end = cells[:5]
        try:
            coding = read_code((country + role).upper()) if country or role else None
            term = Term(coding.country if coding else None, coding.roles if coding else (),
                        coding.organization if coding else None,
                        dt.date.fromisoformat(start) if start else None,
                        dt.date.fromisoformat(end) if end else None, basis=where)
        except (ValueError, AttributeError) as exc:
            reading.problems.append(f"{where}: {exc}")
            continue
        by_name.setdefault(name, []).append(term)
        first_line.setdefault(name, number)
    for name, terms in by_name.items():
        forms = variants(name)
        kind = "person" if any(t.dated for t in terms) else "organization"
        for form in forms:
            reading.entries.append(Entry(form, "person" if kind == "person" else "organization", forms[0],
                                         tuple(terms), f"dict:{path.name}:{first_line[name]}",
                                         actor_kind=kind, user=True))
    return reading


def read_leaders(path: Path, text: str) -> Reading:
    """Entries of a table of office holders in leaders.tsv's format (tab-separated, with its header)."""
    reading = Reading()
    try:
        reading.entries = list(leader_entries(text, path.name))
    except ConfigError as exc:
        reading.problems.append(str(exc))
    return reading


def is_leaders_table(path: Path, text: str) -> bool:
    """Whether a .tsv file is a table of office holders: its header names leaders.tsv's columns."""
    header = next((line for line in text.splitlines() if line.strip() and not line.startswith("#")), "")
    return path.suffix.lower() == ".tsv" and set(LEADER_COLUMNS) <= set(header.strip().split("\t"))


def read_dictionary(path: str | Path) -> Reading:
    """The entries of one user dictionary file: CSV (.csv), a table in leaders.tsv's format (.tsv), or
    PETRARCH/Phoenix text (anything else)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ConfigError(f"actor dictionary {path}: cannot be read ({exc.strerror or exc})") from exc
    if path.suffix.lower() == ".csv":
        reading = read_csv(path, text)
    elif is_leaders_table(path, text):
        reading = read_leaders(path, text)
    else:
        reading = read_petrarch(path, text)
    if not reading.entries:
        detail = f" (first problem: {reading.problems[0]})" if reading.problems else ""
        raise ConfigError(f"actor dictionary {path}: no entries could be read{detail}")
    return reading


def load_lexicon(paths: Sequence[str | Path] = ()) -> Lexicon:
    """The built-in lexicon with the users' dictionaries on top, in the order given (later files win)."""
    return _load(tuple(str(p) for p in paths), tuple(_stamp(p) for p in paths))


def _stamp(path: str | Path) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return -1.0


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...], stamps: tuple[float, ...]) -> Lexicon:  # stamps: reload a changed file
    base = builtin_lexicon()
    if not paths:
        return base
    lexicon = Lexicon(dict(base.entries), dict(base.cases), list(base.problems), shared=dict(base.shared))
    for path in paths:
        reading = read_dictionary(path)
        lexicon.add(reading.entries, fold_case=Path(path).suffix.lower() != ".tsv")
        lexicon.problems.extend(reading.problems)
    return lexicon

