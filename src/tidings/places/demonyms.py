"""Demonyms: the adjectives and people nouns of countries and states ("Russian", "Palestinians", "Ohioans").

A demonym refers to its place as surely as the place's name does ("Russian troops" are Russia's),
and geoparsing corpora mark them as toponyms (LGL; GeoWebNews's "demonym" type). tidings lists them
among the places with `form` "demonym", resolved to the country or state, so a consumer can keep or
drop them; they are never an event's place. Countries' forms come from the actors' countries.tsv
(one table for both stages), states' and provinces' from data/demonyms.tsv.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from tidings.actors.tables import country_entries
from tidings.places.gazetteer import Entry, Gazetteer
from tidings.places.words import Words

MAX_WORDS = 3  # "Sri Lankan", "New Hampshirites"
# words after which a country's adjective is its language: "speaks Russian", "fluent French"
LANGUAGE_CUES = {"speak", "fluent", "learn", "teach", "translate", "study", "in"}


@dataclass(frozen=True, slots=True)
class Demonym:
    """A demonym's tokens first..last and the country or state it refers to."""

    first: int
    last: int
    entry: Entry


@cache
def forms() -> dict[tuple[str, ...], tuple[str, str]]:
    """Each demonym's words -> ("country", ISO alpha-3) or ("admin1", "CC.CODE")."""
    out: dict[tuple[str, ...], tuple[str, str]] = {}
    for entry in country_entries():
        if entry.kind in {"adjective", "people"} and entry.terms and entry.terms[0].country \
                and any(ch.islower() for ch in entry.phrase):  # "US", "UK" are names, found as such
            out.setdefault(tuple(entry.phrase.split()), ("country", entry.terms[0].country))
    for adjectives, people, admin1 in _division_rows():
        for form in [*adjectives.split("|"), *people.split("|")]:
            if form:
                out.setdefault(tuple(form.split()), ("admin1", admin1))
    return out


@cache
def people_nouns() -> frozenset[tuple[str, ...]]:
    """The forms that name a people ("Russians", "the French"), not only qualify a noun ("Russian")."""
    out = {tuple(e.phrase.split()) for e in country_entries() if e.kind == "people" or e.plural}
    out.update(tuple(form.split()) for _, people, _ in _division_rows() for form in people.split("|") if form)
    return frozenset(out)


def _division_rows() -> list[list[str]]:
    path = Path(__file__).resolve().parent / "data" / "demonyms.tsv"
    with path.open(encoding="utf-8") as fh:
        return [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")][1:]


def find_demonyms(doc: Doc, gaz: Gazetteer, taken: list[bool], words: Words) -> list[Demonym]:
    """Every demonym of `doc` outside the tokens already `taken` by other places, in text order."""
    table = forms()
    first = first_words()
    by_iso3 = gaz.by_iso3
    out: list[Demonym] = []
    n = len(doc)
    starts = [i for i, text in enumerate(words.text) if text in first or (words.caps[i] and text.title() in first)]
    after = 0  # the first token a new demonym may start at
    for i in starts:
        if i < after or taken[i] or words.entity[i] == "LANGUAGE":
            continue
        found = None
        for size in range(min(MAX_WORDS, n - i), 0, -1):
            phrase = tuple(words.text[i:i + size])
            target = table.get(phrase) or (table.get(tuple(w.title() for w in phrase)) if words.caps[i] else None)
            if target is not None and not any(taken[i:i + size]):
                found = size, target
                break
        if found is None or _ethnic(doc, i, table) or _not_qualifying(doc, i, found[0]):
            continue
        size, (kind, code) = found
        entry = by_iso3.get(code) if kind == "country" else gaz.admin1s.get(tuple(code.split(".")))  # type: ignore[arg-type]
        if entry is not None:
            out.append(Demonym(i, i + size - 1, entry))
        after = i + size
    return out


@cache
def first_words() -> frozenset[str]:
    """The first word of every demonym."""
    return frozenset(phrase[0] for phrase in forms())


# words that make a region's adjective of a demonym after them, unless the two are a demonym ("South Korean")
REGION_WORDS = frozenset({"North", "South", "East", "West", "Central", "Latin"})


def _ethnic(doc: Doc, i: int, table: dict[tuple[str, ...], tuple[str, str]]) -> bool:
    """Whether doc[i] ends an ethnic compound or a region's adjective rather than naming a country:
    "Native American", "African-American" (but "Russian-American" names two countries), "South
    American" (but "South Korean" is a demonym of its own)."""
    if i == 0:
        return False
    before = doc[i - 1]
    if before.text == "Native":
        return True
    if before.text in REGION_WORDS and (before.text, doc[i].text) not in table:
        return True  # "South American", "Latin American": a region's ("Latin American leaders"), no country's
    return before.text == "-" and not before.whitespace_ and i >= 2 and (doc[i - 2].text,) not in table


def _not_qualifying(doc: Doc, i: int, size: int) -> bool:
    """Whether an adjective form stands alone where it is no people: a title ("The Oklahoman
    reported") or a language ("speaks fluent French", "written in Russian")."""
    words = tuple(t.text for t in doc[i:i + size])
    after = doc[i + size] if i + size < len(doc) else None
    if after is not None and after.is_alpha and after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
        return False  # it qualifies the next word: "Russian troops", "Russian Foreign Ministry"
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.lemma_.lower() in LANGUAGE_CUES and not words[-1].endswith("s"):
        return True
    return before is not None and before.lower_ == "the" and words not in people_nouns()
