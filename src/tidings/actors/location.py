"""Places that give an actor its country: the city or region an agent phrase names or is placed in
("Karachi police", "West Bengal's chief minister", "a court in Lahore", "the mayor of Lagos").

The actor tables know countries, capitals and the territories news make parties to events; every other
place comes from the places gazetteer (`tidings.places.gazetteer`), built on first use: an article that
names no such place never loads it, and each name is looked up once per process. A place found here only
lends its country to the phrase around it: it is never an actor of its own (the places stage lists it).

A name the model tags as a political place (GPE) may be any town of the gazetteer; any other name
(a LOC, a word of an organisation's name, "Karachi police", "Florida Legislature") must be a country, a
first-level division or a city of 100,000 people or more. Its country is the one the gazetteer's best
reading gives (a division weighted by its country's size), unless another country's reading comes within
`MARGIN` of it ("Victoria": Seychelles, Canada or Australia; "Punjab":
India or Pakistan); then the countries the article names elsewhere decide, or nothing does.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from tidings.actors.lexicon import Entry, Match, Term
from tidings.places.cues import PARTIES, us_state
from tidings.places.gazetteer import ADMIN1, CAPITAL, CITY, COUNTRY, gazetteer, name_key
from tidings.places.recognition import not_places
from tidings.places.resolution import prior

# Verbs of going somewhere: the place is where people went, not where they live ("his family arrived in
# Moscow"; but those who "fled their homes in Darfur" are from there)
ARRIVAL_VERBS = frozenset({"arrive", "land", "fly", "travel", "visit", "tour", "relocate", "emigrate",
                           "immigrate"})

PLACE_LABELS = frozenset({"GPE", "LOC"})
# a town inside an organisation's name must be this big: smaller ones are mostly words ("Justice", "Union")
MIN_TOWN_IN_NAME = 100_000
# points of the gazetteer's prior (one point: about a tenfold population) by which the best reading of a
# name must beat another country's best reading to stand alone
MARGIN = 1.0
DIVISION_WEIGHT = 0.6
# the people of a country whose province outranks a foreign town of its name that reads almost as likely
POPULOUS = 30_000_000
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
})
COUNTRY_GIVING_KINDS = frozenset({"country", "adjective", "people", "capital", "territory"})
# people who are where they act: civilians, protesters and police take the country of the place of the act
LOCAL_ROLES = frozenset({("CVL",), ("OPP",), ("COP",)})
# units that place an actor when they follow "in" or "from" (an adjective does not: "in Chinese")
LOCATING_KINDS = frozenset({"country", "capital", "territory", "place"})
# the prepositions of the attack that struck people ("killed in an air strike", "wounded by shelling")
ATTACK_PREPOSITIONS = frozenset({"in", "by", "during"})
# the prepositions of a site where people are struck ("killed worshippers at a mosque in Kano")
SITE_PREPOSITIONS = frozenset({"at", "inside"})
# ... and those of whom an attack is aimed at ("an attack on shoppers at a mall")
TARGET_PREPOSITIONS = frozenset({"on", "against", "at"})
# the prepositions of a verb's other party, who is where the act is: "clashed with police", "fired on protesters"
PARTY_PREPOSITIONS = frozenset({"with", "against", "on", "upon", "at", "by"})
PLACE_NOUNS = frozenset({
    "town", "city", "village", "province", "region", "district", "state", "capital", "county", "area",
    "municipality", "governorate", "prefecture", "enclave", "port", "camp", "street", "streets", "square",
    "neighbourhood", "neighborhood", "outskirts", "suburb", "suburbs",
})


@lru_cache(maxsize=20_000)
def readings(name: str, strict: bool) -> tuple[tuple[str, float, str], ...]:
    """(ISO3, score, feature name, feature code) of each country `name` may be a place of, best first: the best
    reading per country by the gazetteer's prior. `strict`: the model did not tag the words as a place
    (or tagged a LOC), so only countries, first-level divisions and big towns count."""
    key = name_key(name)
    if not key or key in not_places():
        return ()
    entries = [e for e in gazetteer().index.get(key, ()) if e.iso3]
    own = [e for e in entries if not e.alias]
    entries = own or entries  # another place's other name only when none has it as its own
    if strict:
        entries = [e for e in entries if e.feature in (COUNTRY, ADMIN1)
                   or (e.feature in (CITY, CAPITAL) and e.population >= MIN_TOWN_IN_NAME)]
    best: dict[str, tuple[float, str, str]] = {}
    for entry in entries:
        score = prior(entry, name)
        if entry.feature == ADMIN1:
            score += _division_weight(entry.country)
        if entry.iso3 and (entry.iso3 not in best or score > best[entry.iso3][0]):
            best[entry.iso3] = (score, entry.name, entry.feature)
    ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
    return tuple((iso3, score, place, feature) for iso3, (score, place, feature) in ranked)


@lru_cache(maxsize=512)
def _populous(iso3: str) -> bool:
    """Whether the country has POPULOUS people or more: news name its provinces and states far more
    often than towns abroad named after them (Ontario; not Paraguay's San Pedro department)."""
    return any(entry.iso3 == iso3 and entry.population >= POPULOUS for entry in gazetteer().countries.values())


def _division_weight(alpha2: str | None) -> float:
    """Points for a first-level division by its country's size: news name the divisions of populous
    countries far more often (Florida the US state before Florida in Uruguay; the gazetteer gives
    divisions no population of their own). Punjab stays shared between India and Pakistan."""
    country = gazetteer().countries.get(alpha2 or "")
    people = country.population if country is not None else 0
    return DIVISION_WEIGHT * math.log10(max(people, 1_000_000) / 1_000_000)


def place_country(name: str, named: frozenset[str] = frozenset(), *, strict: bool = False) -> tuple[str, str] | None:
    """(ISO3, the place's name) of the place `name` names, when one country is clearly meant: its reading
    leads every other country's by MARGIN, or it is the only one of the close readings among `named`
    (the countries the article names); None otherwise."""
    ranked = readings(name, strict)
    if not ranked:
        return None
    top = ranked[0][1]
    close = [r for r in ranked if top - r[1] < MARGIN]
    if len(close) == 1:
        return close[0][0], close[0][2]
    if ranked[0][3] == ADMIN1 and _populous(ranked[0][0]) and all(r[3] in (CITY, CAPITAL) for r in close[1:]):
        return ranked[0][0], ranked[0][2]  # a big country's province before towns named after it ("Ontario")
    known = [r for r in close if r[0] in named]
    return (known[0][0], known[0][2]) if len(known) == 1 else None


def home_town(doc: Doc, unit: Match, head: Token) -> bool:
    """Whether a country's name before a person names a town or state of that name ("a Georgia man", "a
    Lebanon woman": local news' way to say where someone lives; a foreigner is "a Georgian man"): the
    name in full (not "a US man"), the compound of a person noun after "a", which the gazetteer knows as
    a place elsewhere too."""
    word = doc[unit.end - 1]
    if unit.entry.kind != "country" or word.head.i != head.i or word.dep_ != "compound" or word.is_upper \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return False
    return bool(_elsewhere(unit))


def home_place(unit: Match) -> Match | None:
    """The place a country's name means in `home_town`: where all its other readings lie in one country
    (Georgia, Lebanon, Peru: the United States); None where they lie in several (Jordan)."""
    others = _elsewhere(unit)
    if len(others) != 1:
        return None
    iso3, place = others[0]
    return Match(unit.start, unit.end, _entry(place, iso3, place))


def _elsewhere(unit: Match) -> list[tuple[str, str]]:
    term, _ = unit.entry.coding(None)
    own = term.country if term is not None else None
    return [(iso3, place) for iso3, _, place, _ in readings(unit.entry.name, False) if iso3 != own]


def with_places(doc: Doc, matches: list[Match], ents: tuple[Span, ...], named: frozenset[str]) -> list[Match]:
    """`matches` with units for the places the actor tables do not know, each giving its country: the
    model's GPE and LOC names ("Karachi"), and a place leading an organisation's name ("Karachi Police").
    A country the tables find inside a longer place name of another country gives way to it ("Jersey"
    in "New Jersey", "Ireland" in "Northern Ireland"). In text order."""
    unit_at = {i: m for m in matches for i in range(m.start, m.end)}
    added: list[Match] = []
    dropped: set[int] = set()
    for ent in ents:
        inner = list({id(unit_at[i]): unit_at[i] for i in range(ent.start, ent.end) if i in unit_at}.values())
        if ent.label_ in PLACE_LABELS:
            if inner and not _inside_other_place(ent, inner):
                continue
            unit = place_unit(doc, ent.start, ent.end, named, strict=ent.label_ != "GPE")
            if unit is not None and inner:
                if unit.entry.terms[0].country in {t.country for m in inner for t in m.entry.terms[:1]}:
                    continue
                dropped.update(id(m) for m in inner)
        elif ent.label_ == "ORG" and len(ent) > 1 and all(m.entry.kind == "agent" for m in inner):
            # "Karachi Police", "the California Farm Bureau Federation": a title or body word inside is no place
            unit = _leading_place(doc, ent, named)
        else:
            continue
        if unit is not None:
            added.append(unit)
    kept = [m for m in matches if id(m) not in dropped]
    return sorted(kept + added, key=lambda m: m.start)


def _inside_other_place(ent: Span, inner: list[Match]) -> bool:
    """Whether the units in a place name are countries or capitals that do not make up the whole name
    ("Jersey" in "New Jersey"), which may then be another country's place."""
    words = [t for t in ent if t.lower_ not in ("the", "'s", "’s")]
    covered = sum(m.end - m.start for m in inner)
    return (all(m.entry.kind in COUNTRY_GIVING_KINDS and ent.start <= m.start and m.end <= ent.end for m in inner)
            and covered < len(words))


def named_countries(matches: list[Match]) -> frozenset[str]:
    """The countries the article names (by name, adjective, people or capital): they break ties
    between the countries a place name may belong to."""
    return frozenset(term.country for m in matches if m.entry.kind in COUNTRY_GIVING_KINDS
                     for term in m.entry.terms[:1] if term.country)


def place_unit(doc: Doc, start: int, end: int, named: frozenset[str], *, strict: bool) -> Match | None:
    """The place unit of doc[start:end] (a leading "the" and a trailing possessive aside), or None when
    the words name no place of one clear country."""
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    if start >= end or not doc[start].text[:1].isupper():
        return None
    words = doc[start:end]
    found = place_country(words.text, named, strict=strict)
    if found is None and len(words) > 1 and words[0].lower_ in DIRECTIONS:
        found = place_country(doc[start + 1:end].text, named, strict=strict)  # "eastern Anatolia"
    if found is None:
        return None
    return Match(start, end, _entry(words.text, *found))


def located_place(head: Token, unit_of: Callable[[Token], Match | None],
                  preps: tuple[str, ...] = ("in", "from")) -> Match | None:
    """The country-giving unit of the place a noun is placed in or comes from ("a court in Guyana",
    "police in Karachi", "troops from Russia", "protesters in the eastern Kosovan town of Gjilan"), for a
    phrase that names no country itself; the place stays a place. `unit_of` gives a token's unit; `preps`
    the prepositions that place it."""
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ not in preps or (child.lower_ == "from" and
                                                                         head.pos_ in ("VERB", "AUX")):
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            unit = unit_of(obj)
            if unit is not None and unit.entry.kind in LOCATING_KINDS:
                return unit
            if obj.lower_ in PLACE_NOUNS or obj.lower_ in DIRECTIONS:  # "the Iraqi city of Mosul", "the east of"
                for word in obj.children:
                    if word.dep_ in ("amod", "compound", "poss") or (word.dep_ == "prep" and word.lower_ == "of"):
                        target = word if word.dep_ != "prep" else next(
                            (w for w in word.children if w.dep_ == "pobj"), None)
                        unit = unit_of(target) if target is not None else None
                        if unit is not None and unit.entry.kind in LOCATING_KINDS | {"adjective"}:
                            return unit
    return None


def site_place(head: Token, unit_of: Callable[[Token], Match | None]) -> Match | None:
    """The country-giving unit of where the site people are at lies ("worshippers at a mosque in Kano",
    "shoppers at a mall in Kenya's capital"), the parser hanging the site on the people, on the verb
    they are the object of or on what struck them ("an attack on shoppers at a mall in Nairobi"):
    for people who are where they act or are struck."""
    holders = [head]
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":  # "killed worshippers at a mosque in Kano"
        holders.append(head.head)
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in TARGET_PREPOSITIONS:
        holders.append(head.head.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in SITE_PREPOSITIONS:
                for obj in child.children:
                    if obj.dep_ == "pobj" and (place := located_place(obj, unit_of)) is not None:
                        return place
    return None


def act_place(head: Token, unit_of: Callable[[Token], Match | None]) -> Match | None:
    """The country-giving unit of the place where the subject or object `head` acts or is acted on, the
    verb's "in" ("Crowds celebrated in the streets of Tehran", "troops killed civilians in Gaza"), or the
    "in" of the attack it is struck by ("killed in Israeli shelling in the Gaza Strip", the parser hanging
    the place on the attack noun or on "shelling" read as a verb), or the place of the other party of the
    act, the object of "with", "on", "by" ("police clashed with protesters in Nairobi": both sides are
    there): for people who are where they act (LOCAL_ROLES, counted people), not for governments and
    armies acting abroad. `head` may itself be that other party ("protesters clashed with police")."""
    if head.dep_ == "pobj" and head.head.lower_ == "of":  # "thousands of protesters gathered in Moscow"
        head = head.head.head
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):  # "four children and a man were killed"
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in PARTY_PREPOSITIONS and head.head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.head  # the other side of the act: "clashed with police in Nairobi", "beaten by police"
    elif head.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    else:
        verb = head.head
    if verb.lemma_ in ARRIVAL_VERBS:
        return None  # "Assad and his family arrived in Moscow": where people go is not where they are from
    place = located_place(verb, unit_of)
    if place is not None:
        return place
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.i != head.i:
            place = located_place(child, unit_of)  # "fled their homes in Darfur", "protesters in Nairobi clashed"
        elif child.dep_ in ("advcl", "acl") and child.i > verb.i and child.pos_ == "VERB":
            place = located_place(child, unit_of)  # "killed in Israeli tank shelling in Gaza": shelling, a verb
        elif child.dep_ in ("prep", "agent") and child.lower_ in PARTY_PREPOSITIONS:
            place = next((p for obj in child.children if obj.dep_ == "pobj" and obj.i != head.i
                          and (p := located_place(obj, unit_of)) is not None), None)  # "clashed with police in Nairobi"
        if place is None and child.dep_ == "prep" and child.lower_ in ATTACK_PREPOSITIONS:
            place = next((p for obj in child.children if obj.dep_ == "pobj"
                          and (p := located_place(obj, unit_of)) is not None), None)  # "in an air strike in Aleppo"
        if place is not None:
            return place
    return None


def name_runs(doc: Doc, start: int, end: int, taken: dict[int, Match]) -> list[tuple[int, int]]:
    """The runs of capitalised name words in doc[start:end] that no unit covers: the candidates for a
    place that modifies a phrase ("Karachi police", "West Bengal Chief Minister")."""
    runs: list[tuple[int, int]] = []
    first = None
    for i in range(start, end + 1):
        if i < end and i not in taken and name_word(doc[i]):
            first = i if first is None else first
            continue
        if first is not None:
            runs.append((first, i))
            first = None
    return runs


def name_before(doc: Doc, index: int) -> int:
    """Where the name ending at token `index` begins: its capitalised compound words to the left
    ("South Waziristan" for "Waziristan")."""
    begin = index
    while begin - 1 >= 0 and name_word(doc[begin - 1]) and doc[begin - 1].dep_ == "compound":
        begin -= 1
    return begin


def labelled(doc: Doc, start: int, end: int) -> bool:
    """Whether the model tags every word of doc[start:end] as a political place (GPE): small towns count
    then; a LOC ("the South Pacific", "Sinai") is held to the stricter test of names inside names."""
    return all(t.ent_type_ == "GPE" for t in doc[start:end])


def name_word(token: Token) -> bool:
    """Whether a token may be a word of a place's name: capitalised letters, not a person's name."""
    return (token.is_alpha and token.text[:1].isupper() and token.ent_type_ != "PERSON"
            and token.pos_ in ("PROPN", "ADJ", "NOUN"))


def _leading_place(doc: Doc, ent: Span, named: frozenset[str]) -> Match | None:
    """The place at the start of an organisation's name ("Karachi Police", "Sao Paulo State Government"),
    the longest capitalised run that names one, leaving at least the last word to the organisation."""
    start = ent.start + (doc[ent.start].lower_ == "the")
    for end in range(ent.end - 1, start, -1):
        words = doc[start:end]
        if not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words):
            continue
        unit = place_unit(doc, start, end, named, strict=True)
        if unit is not None:
            return unit
    return None


@lru_cache(maxsize=20_000)
def _entry(text: str, iso3: str, place: str) -> Entry:
    basis = f"place:{place}"
    return Entry(text, "place", place, (Term(iso3, (), basis=basis),), basis)




def lawmakers_home(doc: Doc, end: int) -> bool:
    """Whether a US lawmaker's party and home follow the name ending at token `end`: "Bob Goodlatte
    (R-Va.)", "Nancy Pelosi, D-Calif.", "Harry M. Reid (D-Nev.)", "Jeff Sessions (R-AL)": a party letter,
    a hyphen and a US state (or its postal code) or town, in parentheses or after a comma."""
    if end + 3 >= len(doc) or doc[end].text not in ("(", ",") or doc[end + 1].text not in PARTIES \
            or doc[end + 2].text != "-" or doc[end + 1].whitespace_ or doc[end + 2].whitespace_:
        return False
    if us_state(gazetteer(), doc[end + 3].text) is not None:
        return True
    for last in range(min(end + 5, len(doc) - 1), end + 2, -1):
        span = doc[end + 3:last + 1]
        if span[0].text[:1].isupper() and any(e.country == "US" for e in gazetteer().lookup(span.text)):
            return True
    return False

