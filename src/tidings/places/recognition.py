"""Toponym recognition: the spans of a text that name places, with the features each may name.

Two sources: the parser's GPE, LOC and FAC entities (cut to the place name they hold: "the West
Bank's" -> "West Bank", "Paris, Texas" -> "Paris" and "Texas"), and the gazetteer, for the names
the model misses or files under another label ("the Madison County Sheriff's Office",
"University of Wisconsin", an all-capitals dateline "COLUMBUS, Ohio"). Person names are not
places; demonyms ("Russian", "Ohioans") are listed as such (demonyms.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from tidings.places.cues import find_cues, locative, opens_institution
from tidings.places.demonyms import find_demonyms
from tidings.places.features import find_features, institutions
from tidings.places.gazetteer import ADMIN1, ADMIN2, CAPITAL, CITY, COUNTRY, Entry, Gazetteer, gazetteer, name_key
from tidings.places.words import Words, read_words

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAX_TOKENS = 6
NAME_LINKS = {"of", "and", "de", "del", "la", "le", "du", "on", "upon", "the", "da", "do", "dos", "das", "am", "sur",
              "en"}
# words that open a name without being part of the place it names ("South Philadelphia" is
# Philadelphia; "South Carolina" stays whole because the gazetteer knows it)
DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "upstate", "downstate", "downtown", "greater", "rural", "suburban", "historic",
}
GENERIC_DIVISION = re.compile(r"\b(?:County|Parish|Borough|Province|Oblast|Prefecture|Governorate)\b")
# a gazetteer-only town the words around mark as a place ("in X", "the X Arts Council") stands on
# its own from this many people; a smaller one still needs the article's other places to agree,
# since small towns bear the names of common words ("Supreme", "Federal", "Shell")
CUED_TOWN = 10_000
# a national capital this big is a place wherever a proper noun names it, untagged ("struck Kyiv")
BIG_CAPITAL = 1_000_000


TITLES = {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "president", "judge", "officer", "sgt", "chief",
          "mayor", "coach", "pastor", "rev", "lt", "capt", "det", "cpl", "pvt", "gen", "col", "maj", "prof"}
# nouns a bare place name modifies ("a Gainesville man", "Mansfield police", "Dublin City Council")
PLACE_NOUNS = {
    "man", "woman", "men", "women", "resident", "native", "teen", "teenager", "boy", "girl", "family",
    "police", "officer", "sheriff", "mayor", "council", "councilman", "commission", "commissioner",
    "city", "town", "village", "township", "county", "area", "neighborhood", "suburb", "downtown",
    "school", "schools", "district", "hospital", "library", "fire", "firefighter", "department",
    "airport", "station", "jail", "post", "office", "official", "voter", "business",
}
# nouns only a region's name qualifies ("the Belgorod region", "Kherson province"): the small
# model often tags such a name as a people (NORP) or a person, and the noun says it is a place
DIVISION_NOUNS = {"region", "province", "oblast", "governorate", "prefecture", "krai"}
SPEECH = {"say", "tell", "add", "explain", "note", "ask", "write", "recall", "testify", "announce"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that names a place, and the features its name may refer to."""

    start: int
    end: int
    text: str
    source: str                  # the entity label it came from, or "gazetteer"
    entries: tuple[Entry, ...]   # empty when the gazetteer does not know the name
    token: int                   # index of its last token in the doc (for the parse)
    weak: bool = False           # a town name only the gazetteer saw: kept if the article's other places agree
    feature: str | None = None   # the GeoNames feature code of a named feature the gazetteer lacks ("ST", "LK")
    demonym: bool = False        # "Russian", "Ohioans": names the place's people or what is theirs


@cache
def not_places() -> frozenset[str]:
    """Words never taken as places from the gazetteer alone (data/not_places.txt)."""
    path = Path(__file__).resolve().parent / "data" / "not_places.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))


def find_mentions(doc: Doc, gaz: Gazetteer, text: str | None = None) -> list[Mention]:
    """Every place mention of `doc` (whose text is `text`, when the caller has it), in text order,
    without overlaps."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    words = read_words(doc, text if text is not None and len(text) == end else None)  # else doc.text
    taken = [False] * len(doc)
    found: list[Mention] = []
    persons = _person_words(words.ents)
    firms = _firm_words(words.ents)

    def take(mention: Mention) -> None:
        found.append(mention)
        for i in range(bisect_left(words.idx, mention.start), mention.token + 1):
            taken[i] = True

    for feature in find_features(doc, gaz, words):
        take(_mention(list(doc[feature.first:feature.last + 1]), "feature", list(feature.entries),
                      feature=feature.feature))
    for cue in find_cues(doc, gaz, words):
        if not any(taken[cue.first:cue.last + 1]):
            take(_mention(list(doc[cue.first:cue.last + 1]), "cue", list(cue.entries), feature=cue.feature))
    for ent in words.ents:
        if ent.label_ in PLACE_LABELS and not any(taken[ent.start:ent.end]):
            for mention in _entity_mentions(ent, gaz, persons, firms):
                take(mention)
    for mention in _gazetteer_mentions(doc, gaz, taken, persons, words):
        take(mention)
    for demonym in find_demonyms(doc, gaz, taken, words):
        found.append(_mention(list(doc[demonym.first:demonym.last + 1]), "demonym", [demonym.entry], demonym=True))
    found.sort(key=lambda m: m.start)
    return found


def _trim(tokens: list[Token]) -> list[Token]:
    """The tokens without a leading article or trailing possessive and punctuation."""
    while tokens and (tokens[0].lower_ in {"the"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in {"'s", "’s", "'", "’"} or (tokens[-1].is_punct and tokens[-1].text != ".")):
        tokens = tokens[:-1]
    return tokens


def _mention(tokens: list[Token], source: str, entries: list[Entry], weak: bool = False,
             feature: str | None = None, demonym: bool = False) -> Mention:
    if _abbreviation_dot(tokens[-1]):
        tokens = [*tokens, tokens[-1].nbor(1)]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Mention(start, end, _text(tokens), source, tuple(entries), tokens[-1].i, weak,
                   None if entries else feature, demonym)


def _entity_mentions(ent: Span, gaz: Gazetteer, persons: Counter[str], firms: frozenset[str]) -> list[Mention]:
    tokens = _trim(list(ent))
    if not tokens:
        return []
    parts: list[list[Token]] = [[]]
    for tok in tokens:  # "Paris, Texas" and "Dallas/Fort Worth" name two places
        if tok.text in {",", "/", ";"}:
            parts.append([])
        else:
            parts[-1].append(tok)
    whole = gaz.lookup(_text(tokens))
    if len(parts) > 1 and not whole:
        return [m for part in parts if (kept := _trim(part))
                for m in _entity_mentions_part(kept, ent.label_, gaz, persons, firms)]
    return _entity_mentions_part(tokens, ent.label_, gaz, persons, firms)


def _entity_mentions_part(tokens: list[Token], label: str, gaz: Gazetteer, persons: Counter[str],
                          firms: frozenset[str]) -> list[Mention]:
    if not _capitalised(tokens[:1]):
        return []  # "meth"
    if any(t.text in persons for t in tokens) and not (len(tokens) > 1 and _country(gaz.lookup(_text(tokens)))):
        return []  # a person's name the model took for a place (a country's two words are none: "Sri Lanka")
    if len(tokens) == 1 and tokens[0].lower_ in DIRECTIONS:
        return []  # "the West" is a bloc of countries, not West, Texas
    entries = gaz.lookup(_text(tokens))
    if entries and _firm(tokens, entries, firms):
        return []  # "Titan Operating ... Titan, which has not drilled before": the firm, not Tītān
    if entries:
        return [_mention(tokens, label, entries)]
    if len(tokens) > 1 and tokens[0].lower_ in DIRECTIONS:
        rest = gaz.lookup(_text(tokens[1:]))
        if rest:
            return [_mention(tokens[1:], label, rest)]
    inner = _longest_match(tokens, gaz)
    if inner is not None and _strong(inner[1], inner[0]):  # "the Henry County Courthouse": the county
        return [_mention(inner[0], label, inner[1])]
    words = institutions()
    doc, after = tokens[-1].doc, tokens[-1].i + 1
    # a building's or a body's name, or the start of one the model cut short ("Springfield City [Schools]")
    named = any(t.text in words for t in tokens) or (after < len(doc) and doc[after].text in words)
    if inner is not None and inner[0][0].i == tokens[0].i and named:
        return [_mention(inner[0], label, inner[1])]  # "the Mount Pleasant Civic Center": the town
    if len(tokens) == 1 or named or label == "FAC" or tokens[-1].lower_ in NAME_LINKS:
        return []  # a word the model mistook, a building or a body, a facility
    return [_mention(tokens, label, [])]


def _abbreviation_dot(token: Token) -> bool:
    """Whether the "." after `token` ends its abbreviation ("W.Va.", "Phila. shooting"): the parser
    splits a sentence's last dot off "U.S.", but the dot still belongs to the name."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != "." or token.whitespace_:
        return False
    if "." in token.text:
        return True
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return after is not None and bool(doc[token.i + 1].whitespace_) and after.text[:1].islower()


def _text(tokens: list[Token]) -> str:
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text  # not doc.text: that joins the whole doc


def _longest_match(tokens: list[Token], gaz: Gazetteer) -> tuple[list[Token], list[Entry]] | None:
    for size in range(min(len(tokens), MAX_TOKENS), 0, -1):
        for i in range(len(tokens) - size + 1):
            window = tokens[i:i + size]
            if not _capitalised(window) or window[0].lower_ == "the" or (size == 1 and window[0].lower_ in DIRECTIONS):
                continue
            entries = gaz.lookup(_text(window))
            if entries:
                return window, entries
    return None


def _capitalised(tokens: list[Token]) -> bool:
    """Whether the tokens look like a proper name: capitalised at both ends, links between."""
    if not (tokens[0].text[:1].isupper() and tokens[-1].text[:1].isupper()):
        return False
    return all(t.text[:1].isupper() or t.lower_ in NAME_LINKS or not t.is_alpha for t in tokens)


def _strong(entries: list[Entry] | tuple[Entry, ...], tokens: list[Token]) -> bool:
    """Whether a name is a place wherever it stands: a country, a state, a county named as such."""
    for entry in entries:
        if entry.feature in {COUNTRY, ADMIN1, "CONT", "RGN"} and not entry.alias:
            return True
        if (entry.feature in {COUNTRY, ADMIN1} and "." in tokens[-1].text) or entry.feature == COUNTRY:
            return True
        if entry.feature == ADMIN1 and len(tokens) > 1:
            return True                      # a division's other name in full: "Nagorno-Karabakh"
        if entry.feature == ADMIN2 and GENERIC_DIVISION.search(_text(tokens)):
            return True
    return False


def _firm_words(ents: tuple[Span, ...]) -> frozenset[str]:
    """The first words of the names of firms: organisation names of more than one word, none of which
    makes it a body's or a building's ("Titan Operating", not "Arlington Police Department"). Alone,
    such a word is the firm named before ("Titan said ...")."""
    words = institutions()
    return frozenset(ent[0].text for ent in ents if ent.label_ == "ORG" and len(ent) > 1
                     and ent[0].text[:1].isupper() and not any(t.text in words for t in ent))


def _firm(tokens: list[Token], entries: list[Entry], firms: frozenset[str]) -> bool:
    """Whether the one word `tokens` is a firm's short name (`_firm_words`) rather than the small town
    `entries` name: a country, a state or a town of some size stays a place ("Kenya Airways ... Kenya",
    "Boston Scientific ... Boston")."""
    return len(tokens) == 1 and tokens[0].text in firms and not _strong(entries, tokens) \
        and max(e.population for e in entries) < CUED_TOWN


def _country(entries: list[Entry]) -> bool:
    return any(e.feature == COUNTRY and not e.alias for e in entries)


def _person_words(ents: tuple[Span, ...]) -> Counter[str]:
    """The words of multi-word person names (a "Jackson" alone then means the person), with how
    many such names hold each, less those the document names as countries or states more often
    ("Rethinking Egypt" in a title is no person)."""
    votes: Counter[str] = Counter()
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            votes.update(t.text for t in ent if t.text[:1].isupper())
        elif ent.label_ in PLACE_LABELS and _strong(gazetteer().lookup(ent.text), list(ent)):
            votes.subtract(t.text for t in ent if t.text[:1].isupper())
    return Counter({word: n for word, n in votes.items() if n > 0})


def _gazetteer_mentions(doc: Doc, gaz: Gazetteer, taken: list[bool], persons: Counter[str],
                        words: Words) -> list[Mention]:
    text = words.whole  # every window below is a slice of it
    capital, idx, tokens = words.capital, words.idx, words.text
    link = [lower in NAME_LINKS or t in {"-", "&"} for t, lower in zip(tokens, words.lower, strict=True)]
    lower_words = {t for t in tokens if t.islower()}
    skip = not_places()
    out: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        if taken[i] or not capital[i] or words.lower[i] == "the":
            i += 1
            continue
        last = i  # the run of name-like tokens from i, longest window first
        while last + 1 < n and last + 1 - i < MAX_TOKENS and not taken[last + 1] \
                and (capital[last + 1] or link[last + 1]):
            last += 1
        match = None
        for j in range(last, i - 1, -1):
            if not capital[j] or tokens[j] in {"'s", "’s"}:
                continue
            key = name_key(text[idx[i]:idx[j] + len(tokens[j])])
            entries = gaz.index.get(key)
            if entries and key not in skip and not (i == j and words.lower[i] in DIRECTIONS):
                window = list(doc[i:j + 1])
                verdict = _accept(window, entries, persons, gaz, words)
                if (verdict == "weak" and _in_longer_name(doc, i, j, capital)) \
                        or (verdict in {"weak", "cued"} and key in lower_words):
                    verdict = None  # a piece of another name ("Supreme Court"), or a word ("delta")
                if verdict is not None:
                    match = window, entries, verdict
                    break
        if match is None:
            i += 1
            continue
        out.append(_mention(match[0], "gazetteer", match[1], weak=match[2] in {"weak", "cued"}))
        i = match[0][-1].i + 1
    return out


def _accept(tokens: list[Token], entries: list[Entry], persons: Counter[str], gaz: Gazetteer,
            words: Words) -> str | None:
    """Whether a gazetteer match outside the model's place entities is a place: "strong" (a
    country, a state, a county named as such, a town the text qualifies or marks as a place),
    "weak" (a town: kept when the article's other places agree), "cued" (a weak town the words
    around mark as a place, kept inside a longer name), or None."""
    ent = tokens[0].ent_type_
    if ent in {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LANGUAGE"}:
        return None
    if _names_division(tokens, entries):
        return "strong"                      # "the Belgorod region", "the Kherson region": whatever the tag
    if ent == "NORP":
        return None
    entity = _entity_of(tokens[0], words)
    # the model's PERSON tag on exactly this name counts once among the person names: "in Glen Carbon"
    own = ent == "PERSON" and entity.start == tokens[0].i and len(entity) == len(tokens) > 1
    person = any(persons[t.text] > own for t in tokens)
    named = ent == "PERSON" or person
    if _strong(entries, tokens) and not (named and not GENERIC_DIVISION.search(_text(tokens))):
        return "strong"
    towns = [e for e in entries if e.feature in {CITY, CAPITAL, ADMIN2} and not e.alias]
    if not towns or person or (ent == "PERSON" and len(entity) > len(tokens)):
        return None
    if any(t.pos_ != "PROPN" for t in tokens if t.is_alpha and t.lower_ not in NAME_LINKS):
        return None
    if _qualified(tokens, gaz) or _modifies_place_noun(tokens):
        return "strong"
    if any(e.feature == CAPITAL and e.population >= BIG_CAPITAL for e in towns) and not tokens[0].is_sent_start \
            and tokens[-1].dep_ != "compound":
        return "strong"                      # "Missiles struck Kyiv": a big national capital needs no cue
    cued = locative(tokens) or opens_institution(tokens)
    if cued and (len(tokens) > 1 or max(e.population for e in towns) >= CUED_TOWN):
        return "strong"
    if ent == "PERSON" and not cued and not _placelike_person(tokens):
        return None
    return "cued" if cued else "weak"


def _in_longer_name(doc: Doc, i: int, j: int, capital: list[bool]) -> bool:
    """Whether doc[i:j+1] is a piece of a longer capitalised name."""
    before = i > 0 and capital[i - 1] and not doc[i].is_sent_start and doc[i - 1].is_alpha
    after = j + 1 < len(doc) and capital[j + 1] and doc[j + 1].is_alpha and doc[j + 1].ent_iob_ != "B"
    return before or after


def _entity_of(token: Token, words: Words) -> Span:
    i = token.i
    if words.entity_start[i] >= 0:
        return token.doc[words.entity_start[i]:words.entity_end[i]]
    return token.doc[i:i + 1]


def _modifies_place_noun(tokens: list[Token]) -> bool:
    """Whether the name qualifies a noun that only a place qualifies ("Gainesville man", "the
    Mansfield Police Department")."""
    last = tokens[-1]
    return last.dep_ == "compound" and last.head.lemma_.lower() in PLACE_NOUNS and last.head.i > last.i


def _names_division(tokens: list[Token], entries: list[Entry]) -> bool:
    """Whether the name qualifies a region noun right after it ("the Belgorod region", "Kherson
    province") and the gazetteer has it as a division or a town of some size."""
    last = tokens[-1]
    if last.dep_ != "compound" or last.head.i != last.i + 1 or last.head.lemma_.lower() not in DIVISION_NOUNS:
        return False
    if len(tokens) == 1 and last.lower_ in DIRECTIONS:
        return False                         # "the Central region"
    return any(not e.alias and (e.feature in {ADMIN1, ADMIN2} or (e.feature in {CITY, CAPITAL}
                                                                   and e.population >= CUED_TOWN))
               for e in entries)


def _placelike_person(tokens: list[Token]) -> bool:
    """Whether a name the model calls a person reads as a place: not after a title, not saying."""
    first, root = tokens[0], tokens[-1]
    if first.i > 0 and first.nbor(-1).lower_.rstrip(".") in TITLES:
        return False
    return not (root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in SPEECH)


def _qualified(tokens: list[Token], gaz: Gazetteer) -> bool:
    """Whether the name is followed by ", <state or country>" ("Ocilla, Ga.", "CARTHAGE, N.C.")."""
    doc = tokens[0].doc
    nxt = tokens[-1].i + 1
    if nxt + 1 >= len(doc) or doc[nxt].text != ",":
        return False
    for size in (3, 2, 1):
        window = list(doc[nxt + 1:nxt + 1 + size])
        if len(window) == size and window[0].text[:1].isupper() \
                and any(e.feature in {ADMIN1, COUNTRY} for e in gaz.lookup(_text(window))):
            return True
    return False
