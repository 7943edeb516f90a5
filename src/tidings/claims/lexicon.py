"""The claim tables of data/ (currencies, scales, units, counted people, qualifiers, changes,
number words), read once. data/README.md says where they come from."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def _rows(name: str) -> list[list[str]]:
    text = files("tidings.claims").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class Tables:
    prefixes: dict[str, str]          # "$" -> "USD"
    suffixes: dict[str, str]          # "yuan" -> "CNY"
    scales: dict[str, float]          # "billion" -> 1e9, "bn" -> 1e9
    glued_scales: dict[str, float]    # "bn" -> 1e9 (may touch the number: "5bn")
    units: dict[str, str]             # "bpd" -> "barrels per day"
    people: frozenset[str]            # nouns that count people: "civilian", "protester"
    noun_events: dict[str, str]       # "death" -> "killed"
    events: dict[str, str]            # "wounded" -> "injured"
    qualifiers: tuple[str, ...]       # "more than", ..., longest first
    changes: dict[str, str]           # "rise" -> "increase"
    numbers: dict[str, float]         # "twelve" -> 12


@cache
def tables() -> Tables:
    """The claim tables."""
    prefixes: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    for form, code, where in _rows("currencies.tsv"):
        if where in ("prefix", "both"):
            prefixes[form] = code
        if where in ("suffix", "both"):
            suffixes[form] = code
    scales = {form: float(factor) for form, factor, _ in _rows("scales.tsv")}
    glued = {form: float(factor) for form, factor, touch in _rows("scales.tsv") if touch == "yes"}
    people: set[str] = set()
    noun_events: dict[str, str] = {}
    events: dict[str, str] = {}
    for row in _rows("counted.tsv"):
        kind, word = row[0], row[1]
        reported = row[2] if len(row) > 2 and row[2] else None
        if kind == "noun":
            people.add(word)
            if reported:
                noun_events[word] = reported
        else:
            events[word] = reported or word
    qualifiers = tuple(sorted((row[0] for row in _rows("qualifiers.tsv")), key=len, reverse=True))
    return Tables(
        prefixes=prefixes, suffixes=suffixes,
        scales=scales,
        glued_scales=glued, units={form: unit for form, unit in _rows("units.tsv")},
        people=frozenset(people), noun_events=noun_events, events=events, qualifiers=qualifiers,
        changes={lemma: change for lemma, change in _rows("changes.tsv")},
        numbers={word: float(value) for word, value in _rows("numbers.tsv")},
    )
