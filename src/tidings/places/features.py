"""Named geographic features the gazetteer lacks: streets, roads, water, terrain, parks.

A capitalised name with a generic word after it ("Nordland Avenue", "Delaware Bay", "Otter Creek
Wilderness") or before it ("Lake Vermont", "Mount Washington", "Gulf of Alaska") names a feature
(data/features.tsv lists the generics with their GeoNames feature codes). GeoNames' towns and
divisions that happen to carry such a word ("Lake Charles", "Mount Pleasant", "Green Bay") are
looked up first and keep their gazetteer entries; the rest are places with no coordinates.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from tidings.places.gazetteer import ADMIN1, ADMIN2, Entry, Gazetteer
from tidings.places.words import Words

MAX_NAME = 4  # words of the name beside the generic ("Martin Luther King Jr. Boulevard")
# capitalised words that open a sentence or a title without being a name's first word
NOT_NAME = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my",
            "your", "on", "in", "at", "to", "from", "near", "of", "and", "or", "but", "for", "by", "with"}
TITLES = {"president", "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "judge", "mayor", "officer", "chief",
          "coach", "pastor", "rev", "gen", "col", "capt", "lt", "sgt", "prof", "minister", "king", "queen"}
INITIALS = {"N", "S", "E", "W", "N.", "S.", "E.", "W.", "NE", "NW", "SE", "SW", "N.E.", "N.W.", "S.E.", "S.W."}
# a direction after a street's generic belongs to its name ("Seventh Street Northwest", "40th Avenue South")
AFTER_DIRECTIONS = {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
                    "N.", "S.", "E.", "W.", "NE", "NW", "SE", "SW", "N.E.", "N.W.", "S.E.", "S.W."}
# a generic before one of these is part of a division's name ("Sand Creek Township")
DIVISIONS = {"County", "Parish", "Township", "Twp.", "Borough", "City", "Village", "Town"}
# the features of water a province may be named after ("Red Sea")
WATER = {"SEA", "OCN", "GULF", "BAY", "STRT"}


@dataclass(frozen=True, slots=True)
class Generic:
    """A generic word of a feature's name, where it stands and the kind of feature it makes."""

    words: tuple[str, ...]   # ("Gulf", "of")
    before: bool             # the generic comes before the name
    feature: str             # GeoNames feature code


@dataclass(frozen=True, slots=True)
class Feature:
    """A feature's span in the doc (tokens first..last) and what the gazetteer knows of its name."""

    first: int
    last: int
    feature: str
    entries: tuple[Entry, ...]


@cache
def institutions() -> frozenset[str]:
    """Words that make a name an organisation's or a building's (data/institutions.txt)."""
    path = Path(__file__).resolve().parent / "data" / "institutions.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def generics() -> dict[str, list[Generic]]:
    """The generics of data/features.tsv, keyed by their first word."""
    path = Path(__file__).resolve().parent / "data" / "features.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")][1:]
    out: dict[str, list[Generic]] = {}
    for word, position, feature in rows:
        words = tuple(word.split())
        out.setdefault(words[0], []).append(Generic(words, position == "before", feature))
    for found in out.values():
        found.sort(key=lambda g: -len(g.words))  # "Lake of the" before "Lake"
    return out


def find_features(doc: Doc, gaz: Gazetteer, words: Words) -> list[Feature]:
    """Every named feature of `doc`, in text order, the longest where two overlap."""
    table = generics()
    found: list[Feature] = []
    for i in [i for i, text in enumerate(words.text) if text in table]:
        token = doc[i]
        for generic in table[token.text]:
            feature = _before(token, generic, gaz) if generic.before else _after(token, generic, gaz)
            if feature is not None:
                found.append(feature)
                break
    found.sort(key=lambda f: (f.first, -(f.last - f.first)))
    kept: list[Feature] = []
    for feature in found:
        if kept and feature.first <= kept[-1].last:
            if feature.last - feature.first > kept[-1].last - kept[-1].first:
                kept[-1] = feature
            continue
        kept.append(feature)
    return kept


def _name_word(token: Token) -> bool:
    text = token.text
    if text in INITIALS or (text[:1].isdigit() and text[-2:] in {"st", "nd", "rd", "th"}):
        return True  # "N. High St.", "East 51st Street"
    if text == "-":  # "Hyland-Croy Road"
        return 0 < token.i < len(token.doc) - 1 and token.nbor(-1).text[:1].isupper() \
            and token.nbor(1).text[:1].isupper()
    if token.is_sent_start and token.pos_ != "PROPN":
        return False  # "Both Sun Valley and ...": a sentence's first word is a name's only if a proper noun
    return text[:1].isupper() and (token.is_alpha or "-" in text or text.endswith((".", "’", "'"))) \
        and token.lower_ not in NOT_NAME and token.lower_.rstrip(".") not in TITLES


def _after(token: Token, generic: Generic, gaz: Gazetteer) -> Feature | None:
    """'<Name> <Generic>': the name runs left from the generic."""
    doc, i = token.doc, token.i
    if token.text.endswith(".") and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return None  # "St. Paul", "Dr. Smith": an abbreviation before a name is a title
    if token.ent_type_ == "PERSON" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        return None  # "Park Geun-hye"
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if nxt in institutions() or nxt in DIVISIONS:
        return None  # "Blackmon Road Middle School", "Florida Highway Patrol", "Sand Creek Township"
    first = i
    while first - 1 >= 0 and i - (first - 1) <= MAX_NAME and _name_word(doc[first - 1]) \
            and not doc[first].is_sent_start:
        first -= 1
    while first < i and doc[first].text == "-":
        first += 1
    if first == i or all(doc[k].text in INITIALS for k in range(first, i)):
        return None
    if token.text == "Co.":  # "Platte Co." is Platte County; "Dow Chemical Co." a company
        county = gaz.lookup(doc[first:i].text + " County")
        return Feature(first, i, generic.feature, tuple(county)) if county else None
    last = i + 1 if nxt in AFTER_DIRECTIONS or nxt.isdigit() else i  # "County Road 42", "Seventh Street NW"
    entries = gaz.lookup(doc[first:last + 1].text)
    if generic.feature in WATER and first > 0 and doc[first - 1].lower_ == "the" \
            and all(e.feature in (ADMIN1, ADMIN2) for e in entries):
        entries = []  # "in the Red Sea": the sea, not the Sudanese or Egyptian province named after it
    return Feature(first, last, generic.feature, tuple(entries))


def _before(token: Token, generic: Generic, gaz: Gazetteer) -> Feature | None:
    """'<Generic> <Name>' ("Lake Vermont", "Gulf of Alaska"): the name runs right from the generic."""
    doc, i = token.doc, token.i
    size = len(generic.words)
    if tuple(t.text for t in doc[i:i + size]) != generic.words:
        return None
    last = i + size - 1
    while last + 1 < len(doc) and last + 1 - (i + size) < MAX_NAME and doc[last + 1].is_alpha \
            and doc[last + 1].text[:1].isupper() and doc[last + 1].lower_ not in NOT_NAME \
            and not doc[last + 1].is_sent_start:
        last += 1
    if last == i + size - 1:
        return None
    for end in range(last, i + size - 1, -1):  # "Mount Pleasant Civic Center": the town's name
        entries = gaz.lookup(doc[i:end + 1].text)
        if entries:
            return Feature(i, end, generic.feature, tuple(entries))
    words = institutions()
    end = next((k - 1 for k in range(i + size, last + 1) if doc[k].text in words), last)
    if end < i + size:
        return None
    return Feature(i, end, generic.feature, ())
