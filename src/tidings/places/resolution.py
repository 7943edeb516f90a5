"""Toponym resolution: which feature each place mention names, decided by the article's context.

Each candidate feature gets a prior (how often a name of its kind means it: a country or a state
before a town of the same name, a big town before a small one) and a context score: the countries
and first-level divisions the article speaks of (its other places, its dateline, its actors'
countries), a qualifier right after the name ("Paris, Texas"), and nearness to the article's other
places. Two passes: the first resolves every mention on its own; the second re-decides each with the
others' answers as context (its own and its namesakes' votes left out).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tidings.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    REGION,
    Entry,
    Gazetteer,
    distance_km,
    name_key,
)
from tidings.places.recognition import GENERIC_DIVISION, Mention

# priors, in points: one point is about a tenfold difference in population for towns
PRIOR = {COUNTRY: 7.0, CONTINENT: 6.0, REGION: 5.0, ADMIN1: 5.0, ADMIN2: 3.0}
NAMED_DIVISION = 3.0       # "Rapides Parish": the text says it is a division
CAPITAL_BONUS = 1.5
RENOWN = 1.0
ALIAS_PENALTY = 1.5        # reached by another name than the feature's own
COUNTRY_CONTEXT = 2.5      # the article names places inside the candidate's country
MENTIONED_COUNTRY = 1.0    # ... or only names the country (a weaker sign: "talks with the U.S. in Geneva")
ADMIN1_CONTEXT = 3.0       # ... of its state or province
QUALIFIER = 6.0            # "Paris, Texas"
NEAR_KM, NEAR_POINTS = 60.0, 2.0
AROUND_KM, AROUND_POINTS = 200.0, 1.0
AROUND_DEGREES = AROUND_KM / 111.0 + 0.1  # of latitude: farther points cannot be around
# a reading of a name that lies near some reading of another name of the article ("Paris" and
# "Henry County": Paris, Tennessee lies in Henry County, Tennessee): places in one story are near
# each other (Leidner's spatial minimality), whatever the first pass chose for the other name
PAIR_POINTS = 2.5
# ... but not for names that are a country's or a state's ("Egypt" and "Washington" both name
# American towns), nor with names that dozens of towns bear (a Springfield is near anything)
PAIR_MAX_READINGS = 25
CELL_DEGREES = 1.0         # the grid that finds near readings without comparing every pair


@dataclass(frozen=True, slots=True)
class Context:
    """What the article speaks of: votes for countries (ISO alpha-2) and for (country, admin1)."""

    countries: Counter[str]                         # countries with places named inside them
    admin1s: Counter[tuple[str, str]]
    mentioned: frozenset[str] = frozenset()         # countries only named (or the actors')
    points: tuple[tuple[float, float, str], ...] = ()  # (lat, lon, name key) of resolved towns and counties
    paired: frozenset[int] = frozenset()            # id() of readings near a reading of another name
    top: str | None = None                          # the country with the most places named in it


def prior(entry: Entry, mention_text: str) -> float:
    """How likely `entry` is what a name means, before any context."""
    if entry.feature in {CITY, CAPITAL}:
        # population, and renown: a town the world names in many languages (Geneva, Switzerland)
        # before its namesakes that only their neighbours name (Geneva, Illinois)
        score = 1.0 + 0.6 * math.log10(max(entry.population, 10)) + RENOWN * math.log10(1 + entry.names)
        if entry.feature == CAPITAL:
            score += CAPITAL_BONUS
    else:
        score = PRIOR.get(entry.feature, 3.0)
        if entry.feature == ADMIN2 and GENERIC_DIVISION.search(mention_text):
            score += NAMED_DIVISION
    if entry.alias:
        score -= ALIAS_PENALTY
    return score


def _context_score(entry: Entry, key: str, context: Context | None) -> float:
    if context is None:
        return 0.0
    score = 0.0
    if entry.country and context.countries[entry.country] > 0:
        score += COUNTRY_CONTEXT
        if context.top == entry.country:
            score += 0.5
    elif entry.country in context.mentioned:
        score += MENTIONED_COUNTRY
    if entry.feature not in {COUNTRY, ADMIN1} and entry.country and entry.admin1 \
            and context.admin1s[(entry.country, entry.admin1)] > 0:
        score += ADMIN1_CONTEXT
    if entry.feature in {CITY, CAPITAL, ADMIN2}:
        near = min((distance_km(entry.lat, entry.lon, lat, lon) for lat, lon, k in context.points
                    if k != key and abs(lat - entry.lat) < AROUND_DEGREES), default=math.inf)
        score += NEAR_POINTS if near <= NEAR_KM else AROUND_POINTS if near <= AROUND_KM else 0.0
        if id(entry) in context.paired:
            score += PAIR_POINTS
    return score


def _qualifier_score(entry: Entry, qualifier: Sequence[Entry]) -> float:
    for q in qualifier:
        if q.feature == COUNTRY and entry.country == q.country and entry.feature != COUNTRY:
            return QUALIFIER
        if q.feature == ADMIN1 and entry.country == q.country and entry.admin1 == q.admin1 and entry.feature != ADMIN1:
            return QUALIFIER
    return 0.0


def best(mention: Mention, context: Context | None, qualifier: Sequence[Entry] = ()) -> Entry | None:
    """The feature `mention` most likely names (None when the gazetteer knows none)."""
    key = name_key(mention.text)
    scored = [(prior(e, mention.text) + _qualifier_score(e, qualifier) + _context_score(e, key, context), i)
              for i, e in enumerate(mention.entries)]
    if not scored:
        return None
    return mention.entries[max(scored)[1]]


def qualifiers(mentions: Sequence[Mention], text: str) -> list[tuple[Entry, ...]]:
    """For each mention, the divisions or countries that qualify it ("Paris, Texas": Texas's)."""
    out: list[tuple[Entry, ...]] = [() for _ in mentions]
    for i in range(len(mentions) - 1):
        here, nxt = mentions[i], mentions[i + 1]
        if text[here.end:nxt.start].strip() == ",":
            out[i] = tuple(e for e in nxt.entries if e.feature in {ADMIN1, COUNTRY})
    return out


def build_context(resolved: Iterable[tuple[Mention, Entry | None]], extra_countries: Iterable[str],
                  gaz: Gazetteer, *, skip: str | None = None, paired: frozenset[int] = frozenset()) -> Context:
    """The article's context from resolved mentions (those named `skip` left out) and other countries."""
    tally = _Tally(resolved)
    return tally.context(extra_countries, skip, paired)


class _Tally:
    """The votes of resolved mentions, in total and by name, so each name's context (the others'
    votes) is the total less its own, not a new pass over every mention."""

    def __init__(self, resolved: Iterable[tuple[Mention, Entry | None]]) -> None:
        self.countries: Counter[str] = Counter()
        self.admin1s: Counter[tuple[str, str]] = Counter()
        self.mentioned: Counter[str] = Counter()
        self.points: list[tuple[float, float, str]] = []
        self.own: dict[str, tuple[Counter[str], Counter[tuple[str, str]], Counter[str]]] = {}
        for mention, entry in resolved:
            if entry is None or not entry.country:
                continue
            key = name_key(mention.text)
            countries, admin1s, mentioned = self.own.setdefault(key, (Counter(), Counter(), Counter()))
            if entry.feature == COUNTRY and mention.source != "dateline":
                self.mentioned[entry.country] += 1
                mentioned[entry.country] += 1
                continue
            self.countries[entry.country] += 1
            countries[entry.country] += 1
            if entry.admin1:
                self.admin1s[(entry.country, entry.admin1)] += 1
                admin1s[(entry.country, entry.admin1)] += 1
            if entry.feature in {CITY, CAPITAL, ADMIN2}:
                self.points.append((entry.lat, entry.lon, key))

    def context(self, extra_countries: Iterable[str], skip: str | None, paired: frozenset[int]) -> Context:
        own = self.own.get(skip) if skip is not None else None
        countries, admin1s, mentioned = (self.countries, self.admin1s, self.mentioned) if own is None else \
            (self.countries - own[0], self.admin1s - own[1], self.mentioned - own[2])
        points = tuple(p for p in self.points if p[2] != skip)
        top = countries.most_common(1)[0][0] if countries else None
        return Context(countries, admin1s, frozenset(mentioned) | frozenset(extra_countries), points, paired, top)


def paired_readings(mentions: Sequence[Mention]) -> frozenset[int]:
    """id() of the town and county readings that lie within NEAR_KM of a reading of another name."""
    local = {CITY, CAPITAL, ADMIN2}
    keys: dict[str, list[Entry]] = {}
    for mention in mentions:
        if not any(e.feature in {COUNTRY, ADMIN1} and not e.alias for e in mention.entries):
            keys.setdefault(name_key(mention.text), [e for e in mention.entries if e.feature in local])
    if len(keys) < 2:
        return frozenset()
    cells: dict[tuple[int, int], list[tuple[str, Entry]]] = {}
    for key, entries in keys.items():
        if len(entries) <= PAIR_MAX_READINGS:  # a common name vouches for none, but may be vouched for
            for entry in entries:
                cells.setdefault(_cell(entry), []).append((key, entry))
    paired: set[int] = set()
    for key, entries in keys.items():
        for entry in entries:
            row, col = _cell(entry)
            if any(k != key and distance_km(entry.lat, entry.lon, e.lat, e.lon) <= NEAR_KM
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) for k, e in cells.get((row + dr, col + dc), ())):
                paired.add(id(entry))
    return frozenset(paired)


def _cell(entry: Entry) -> tuple[int, int]:
    return math.floor(entry.lat / CELL_DEGREES), math.floor(entry.lon / CELL_DEGREES)


def corroborated(entry: Entry | None, context: Context) -> bool:
    """Whether the article's other places agree with a weak mention: same state, or near one."""
    if entry is None:
        return False
    if entry.country and entry.admin1 and context.admin1s[(entry.country, entry.admin1)] > 0:
        return True
    return any(distance_km(entry.lat, entry.lon, lat, lon) <= AROUND_KM for lat, lon, _ in context.points)


def resolve(mentions: Sequence[Mention], text: str, gaz: Gazetteer, *, countries: Iterable[str] = (),
            dateline: Sequence[tuple[Mention, Entry | None]] = ()) -> list[Entry | None]:
    """The feature each mention names, in order (None where the gazetteer knows the name not, and
    for a weak mention the article's other places do not corroborate)."""
    quals = qualifiers(mentions, text)
    base = list(countries)
    first = [best(m, None, q) for m, q in zip(mentions, quals, strict=True)]
    pairs = list(zip(mentions, first, strict=True)) + list(dateline) + list(dateline)  # the dateline counts twice
    out: list[Entry | None] = []
    contexts: dict[str, Context] = {}
    paired = paired_readings(mentions)
    tally = _Tally(pairs)
    for mention, qual in zip(mentions, quals, strict=True):
        key = name_key(mention.text)
        if key not in contexts:
            contexts[key] = tally.context(base, key, paired)
        out.append(best(mention, contexts[key], qual))
    strong = build_context([(m, e) for m, e in zip(mentions, out, strict=True) if not m.weak] + list(dateline),
                           (), gaz)
    return [None if m.weak and not corroborated(e, strong) else e for m, e in zip(mentions, out, strict=True)]
