"""Places the news writes in set forms, whatever the parser's entity labels say.

- a dateline opening a story or a paragraph: "COLUMBUS -- ", "BEIRUT: ", "SOUTH CHARLESTON, W.Va. --";
- a party and home of a US lawmaker: "Nancy Pelosi, D-Calif.", "Ricky Moye, D-Raleigh";
- a list of divisions sharing one plural generic: "Jackson and Barrow counties", "Becker, Clay,
  Otter Tail and Wilkin counties" (each name is a county);
- a locative word before a town's name ("in Glen Carbon", "near Ridge Farm", "Gainesville-based");
- a town's name opening an institution's name ("the Dublin Arts Council", "Alexandria police").

Each finder returns token ranges with the gazetteer entries their names may refer to.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.places.features import institutions
from tidings.places.gazetteer import ADMIN1, ADMIN2, COUNTRY, Entry, Gazetteer
from tidings.places.words import Words

DATELINE_MARKS = {"—", "--", "–", "-", ":", "―"}
ABBREVIATED = {"ST.", "STE.", "FT.", "MT.", "PT."}  # "ST. PARIS --"
PARTIES = {"D", "R", "I"}
# plural generics that share one list of names, and the singular each name takes
DIVISION_LISTS = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}
LIST_LINKS = {",", "and", "or", "&"}
# words before a town's name that make it a place: "in Glen Carbon", "near Ridge Farm", "from Hounslow"
LOCATIVE = {"in", "near", "outside", "from", "to", "into", "across", "throughout", "around", "toward",
            "towards", "via", "between", "downtown", "suburban"}
# words that make "of X" a place: "out of Kherson", "north of Kyiv" ("the mayor of X" is no cue)
BEFORE_OF = {"out", "outside", "inside", "north", "south", "east", "west", "northeast", "northwest", "southeast",
             "southwest", "outskirts"}
# verbs of war whose object is a place, not a person ("shelled Zaporizhzhia"; "attacked" takes people too)
TAKEN_VERBS = {"shell", "bomb", "bombard", "besiege", "capture", "recapture", "retake", "liberate", "occupy",
               "encircle", "storm", "invade", "overrun", "blockade", "annex"}
# words after a town's name (with a hyphen) that make it a place: "Gainesville-based", "Atlanta-area"
HYPHENED = {"based", "area", "born", "bred", "raised", "headquartered"}
MAX_NAME = 3


@dataclass(frozen=True, slots=True)
class Cue:
    """A name the text's form marks as a place: tokens first..last, and what it may refer to."""

    first: int
    last: int
    entries: tuple[Entry, ...]
    feature: str | None = None   # for a name the gazetteer lacks: what the form says it is (ADM2)


def find_cues(doc: Doc, gaz: Gazetteer, words: Words) -> list[Cue]:
    """Datelines, lawmakers' homes and lists of divisions in `doc`, in text order."""
    found = _datelines(doc, gaz, words) + _party_homes(doc, gaz, words) + _division_lists(doc, gaz, words)
    found.sort(key=lambda c: c.first)
    kept: list[Cue] = []
    for cue in found:
        if not kept or cue.first > kept[-1].last:
            kept.append(cue)
    return kept


def _starts_line(token: Token) -> bool:
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.nbor(-1)
    return before.text in {".", "!", "?", "”", '"'} or "\n" in before.text or "\n" in before.whitespace_


def _datelines(doc: Doc, gaz: Gazetteer, words: Words) -> list[Cue]:
    out = []
    for i in [i for i, caps in enumerate(words.caps)
              if caps and len(words.text[i]) > 1 and (words.alpha[i] or words.text[i] in ABBREVIATED)]:
        token = doc[i]
        if not _starts_line(token):
            continue
        last = token.i
        while last + 1 < len(doc) and last + 1 - token.i < MAX_NAME + 1 and (
                (doc[last + 1].is_upper and (doc[last + 1].is_alpha or doc[last + 1].text.endswith(".")))
                or (doc[last + 1].text == "." and not doc[last].whitespace_ and doc[last].text + "." in ABBREVIATED)):
            last += 1  # "SOUTH CHARLESTON", "ST. PARIS" (the parser may split "ST" from its dot)
        if not _dateline_follows(doc, last + 1, gaz):
            continue
        entries = gaz.lookup(doc[token.i:last + 1].text)
        if entries:
            out.append(Cue(token.i, last, tuple(entries)))
    return out


def is_dateline(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether doc[start:end] is the place of a dateline ("ISLAMABAD, Pakistan —", "HUME –"): in capitals,
    opening a line or sentence, before a dash or a colon, or a comma, a state or country and one."""
    words = doc[start:end]
    return (len(words) > 0 and all(t.is_upper for t in words if t.is_alpha) and any(t.is_alpha for t in words)
            and _starts_line(doc[start]) and _dateline_follows(doc, end, gaz))


def _dateline_follows(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """Whether a dateline's mark comes at doc[i]: a dash or colon, or ", <state or country>" then one."""
    if i >= len(doc):
        return False
    if doc[i].text in DATELINE_MARKS:
        return True
    if doc[i].text != ",":
        return False
    for size in (3, 2, 1):
        window = doc[i + 1:i + 1 + size]
        if len(window) == size and any(e.feature in {ADMIN1, COUNTRY} for e in gaz.lookup(window.text)):
            k = i + 1 + size
            k += k < len(doc) and doc[k].text == "."  # the parser's split of "W.Va." at a mark
            if k < len(doc) and doc[k].text in DATELINE_MARKS | {"("}:
                return True  # else a shorter name may end at the mark ("Pakistan —" is looked up too)
    return False


def us_state(gaz: Gazetteer, code: str) -> Entry | None:
    """The US state whose postal code `code` is ("AL", "NY"): GeoNames' first-level codes."""
    return gaz.admin1s.get(("US", code)) if len(code) == 2 and code.isupper() else None


def _party_homes(doc: Doc, gaz: Gazetteer, words: Words) -> list[Cue]:
    """ "D-Calif.", "R-Berkeley", "R-AL": the home a party letter and a hyphen join, after a name and comma."""
    out = []
    for i in [i for i, text in enumerate(words.text) if text == "-" and not words.space[i]]:
        if i < 2 or i + 1 >= len(doc):
            continue
        party = doc[i - 1]
        if party.text not in PARTIES or party.whitespace_ or doc[i - 2].text not in {",", "("}:
            continue
        if (state := us_state(gaz, doc[i + 1].text)) is not None:
            out.append(Cue(i + 1, i + 1, (state,)))  # a state's postal code: "(R-AL)"
            continue
        for last in range(min(i + MAX_NAME, len(doc) - 1), i, -1):
            span = doc[i + 1:last + 1]
            if span[0].text[:1].isupper() and span[-1].text[:1].isupper() and (entries := gaz.lookup(span.text)):
                out.append(Cue(i + 1, last, tuple(entries)))
                break
    return out


def _division_lists(doc: Doc, gaz: Gazetteer, words: Words) -> list[Cue]:
    out = []
    for i in [i for i, lower in enumerate(words.lower) if lower in DIVISION_LISTS]:
        token = doc[i]
        generic = DIVISION_LISTS[token.lower_]
        names: list[Cue] = []
        end = token.i - 1
        while end >= 0 and doc[end].text[:1].isupper():
            first = end
            while first - 1 >= 0 and end - first + 1 < MAX_NAME and doc[first - 1].is_alpha \
                    and doc[first - 1].text[:1].isupper():
                first -= 1
            name = doc[first:end + 1].text
            entries = [e for e in gaz.lookup(f"{name} {generic}") if e.feature == ADMIN2]
            names.append(Cue(first, end, tuple(entries), None if entries else ADMIN2))
            link = first - 1
            if link < 1 or doc[link].lower_ not in LIST_LINKS:
                break
            end = link - 1
            if doc[end].text == "," or doc[end].lower_ in {"and", "or"}:  # the Oxford comma: ", and"
                end -= 1
        if any(c.entries for c in names):  # one county the gazetteer knows vouches for the list
            out.extend(names)
    return out


def locative(tokens: list[Token]) -> bool:
    """Whether the words around a name mark it as a place: "in X", "near X", "X-based"."""
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    if first.i > 0 and doc[first.i - 1].lower_ in LOCATIVE:
        return True
    if first.i > 1 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].lower_ in BEFORE_OF:
        return True                          # "pulled out of Kherson", "20 km north of Kyiv"
    if last.dep_ == "dobj" and last.head.lemma_.lower() in TAKEN_VERBS:
        return True                          # "shelled Zaporizhzhia", "recaptured Kherson"
    return last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and doc[last.i + 2].lower_ in HYPHENED


def opens_institution(tokens: list[Token]) -> bool:
    """Whether the name opens an institution's name: "Dublin Arts Council", "Huntsville Fire Department"."""
    doc = tokens[-1].doc
    first = tokens[0]
    if first.i > 0 and not _starts_line(first) and first.nbor(-1).text[:1].isupper() and first.nbor(-1).is_alpha:
        return False  # inside a longer name: "the Texas Forest Service"
    words = institutions()
    for k in range(tokens[-1].i + 1, min(tokens[-1].i + 5, len(doc))):
        if doc[k].text in words:
            return True
        if not (doc[k].text[:1].isupper() or doc[k].text in {"&", "of"}):
            return False
    return False
