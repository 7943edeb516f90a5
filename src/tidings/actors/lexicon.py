"""The actor lexicon: every name, adjective, title and alias tidings knows, matched in one pass.

Entries come from the built-in tables (`tables.py`, files under data/) and from users' dictionaries
(`dictionaries.py`); a later layer replaces an earlier one's entry for the same words, so user entries
take precedence. Matching runs one Aho-Corasick automaton over the article's tokens (lower-cased and
joined by single spaces), so phrases match on token boundaries only and the cost does not grow with the
size of the lexicon.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import ahocorasick
from spacy.tokens import Doc, Token

EntryKind = Literal[
    "country",       # a country's name: "Russia", "the United States"
    "region",        # a CAMEO region or bloc: "the West", "Africa"
    "adjective",     # a demonym or adjective: "Chinese", "Western"
    "people",        # a plural demonym noun: "Americans", "Israelis"
    "capital",       # a capital: the government only when it acts
    "territory",     # a region or city of a country: a party to events only when it acts or is acted on
    "metonym",       # a seat of power: "Kremlin", "White House"
    "organization",  # a named organisation: "NATO", "CCTV", "Hamas"
    "person",        # a named person: "Xi Jinping", "Putin"
    "agent",         # a title, body or group noun: "president", "troops", "ministry"
    "place",         # a city or region from the places gazetteer: gives its country, never an actor
]
Status = Literal["holds", "former", "before"]


@dataclass(frozen=True, slots=True)
class Term:
    """One coding of an entry, for a span of time (open ends are None; no dates at all: always)."""

    country: str | None
    roles: tuple[str, ...]
    organization: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    office: str | None = None        # head_of_state, head_of_government, foreign_minister, ...
    code: str | None = None          # the CAMEO actor code when it is not country + roles
    basis: str | None = None         # the table line: "leaders.tsv:12", "dict:my.txt:40"

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds(self, day: dt.date) -> bool:
        """Whether the term holds on `day` (both ends inclusive: the end is the last day in office)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase means: its kind, canonical name and codings."""

    phrase: str                      # as written in its table
    kind: EntryKind
    name: str                        # canonical name: "Russia", "Xi Jinping", "president"
    terms: tuple[Term, ...]
    basis: str                       # where it comes from: "countries.tsv:12", "dict:file.txt:40"
    actor_kind: str | None = None    # person / organization / country / group, for the actor it names
    agent_class: str | None = None   # agents: "head", "modifier", "title", "qualified" (agents.tsv; may list several)
    office: str | None = None        # agents: the office a title names
    acting_only: bool = False        # metonyms and capitals that are actors only when they act
    plural: bool = False             # a plural form ("presidents", "troops", "Chinese" as a people noun)
    stem: bool = False               # PETRARCH stems: the last word may continue ("MINISTR" -> ministry)
    user: bool = False               # from a user's dictionary

    def has_class(self, name: str) -> bool:
        """Whether the agent is of class `name` (agents.tsv's class column: "head", "modifier", ...)."""
        return self.agent_class is not None and name in self.agent_class.split()

    def coding(self, day: dt.date | None) -> tuple[Term | None, Status]:
        """The term that codes this entry on `day`, and whether it holds, has ended or has not begun.

        Undated terms hold whenever no dated term does (PETRARCH's default code). With no day, the
        latest term stands in (the entry as it is now).
        """
        if not self.terms:
            return None, "holds"
        dated = [t for t in self.terms if t.dated]
        undated = [t for t in self.terms if not t.dated]
        if day is None:
            if dated:
                latest = max(dated, key=lambda t: (t.start or dt.date.min))
                return latest, "holds" if latest.end is None else "former"
            return undated[0], "holds"
        for term in dated:
            if term.holds(day):
                return term, "holds"
        if undated:
            return undated[0], "holds"
        ended = [t for t in dated if t.end is not None and t.end < day]
        if ended:
            return max(ended, key=lambda t: t.end or dt.date.min), "former"
        return min(dated, key=lambda t: t.start or dt.date.max), "before"


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon phrase found in a Doc: tokens [start, end)."""

    start: int
    end: int
    entry: Entry


# Country names that are also English words ("turkey", "fine china", "chad"): only capitalised.
COUNTRY_WORDS = frozenset({"turkey", "chad", "china", "jordan", "georgia", "guinea", "japan", "niger", "togo",
                           "cuba", "wales", "jersey", "panama", "brazil", "morocco", "canada", "india", "chile"})
# Case rules per phrase token: 0 any case, 1 capitalised, 2 exactly as written (acronyms: "US", "WHO").
_ANY, _CAPITAL, _EXACT = 0, 1, 2
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-"})


def normal(word: str) -> str:
    """The form a token is matched in: lower case, straight apostrophes, no inner spaces."""
    text = word.translate(_QUOTES).lower()
    return "¶" if not text.strip() else text.replace(" ", "¶")


def _case_rule(token: str) -> int:
    letters = [c for c in token if c.isalpha()]
    if not letters or not any(c.isupper() for c in letters):
        return _ANY
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return _EXACT
    return _CAPITAL if token[0].isupper() else _ANY


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


_PLAIN = re.compile(r"[^\W\d_]{2,}(?: [^\W\d_]{2,})*")
# Words spaCy's English tokenizer cuts although they are letters only.
_SPLIT_WORDS = frozenset({"cannot", "gonna", "gotta", "wanna", "lemme", "gimme"})


def phrase_tokens(phrase: str) -> list[str]:
    """The phrase's tokens as spaCy's English tokenizer cuts them (plain words are split on spaces,
    which gives the same tokens without running the tokenizer over thousands of table phrases)."""
    if _PLAIN.fullmatch(phrase) and not any(w.lower() in _SPLIT_WORDS for w in phrase.split()):
        return phrase.split()
    return [t.text for t in _tokenizer()(phrase) if t.text.strip()]


@dataclass
class Lexicon:
    """Entries by their normalised phrase, and the automaton that finds them in a Doc."""

    entries: dict[str, Entry] = field(default_factory=dict)
    cases: dict[str, tuple[int, ...]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    _automaton: ahocorasick.Automaton | None = None
    surnames: dict[str, tuple[Entry, ...]] | None = None  # built by surnames.people_by_surname
    # the bodies of one layer that share a phrase with the one it means by default ("RSF": Reporters
    # Without Borders, and Sudan's Rapid Support Forces), which the article's countries choose between
    shared: dict[str, tuple[Entry, ...]] = field(default_factory=dict)

    def add(self, entries: Iterable[Entry], *, replace: bool = True, fold_case: bool = False) -> None:
        """Add a layer of entries: one for words already known replaces it when `replace` (a later layer
        wins); within the layer the first entry for the same words wins. `fold_case` is for tables
        written in capitals (PETRARCH's): their phrases match in any case, but a lone word of up to
        four letters ("US", "UN") only capitalised."""
        added: set[str] = set()
        for entry in entries:
            tokens = phrase_tokens(entry.phrase)
            if not tokens:
                continue
            key = " ".join(normal(t) for t in tokens)
            if key in added and entry.kind == "organization" == self.entries[key].kind \
                    and entry.name != self.entries[key].name:
                self.shared[key] = (*self.shared.get(key, ()), entry)
            if key in added or (key in self.entries and not replace):
                continue
            if key in self.entries:
                self.shared.pop(key, None)   # a later layer's body is the one meant
            added.add(key)
            self.entries[key] = entry
            if fold_case:
                short = len(tokens) == 1 and len(tokens[0]) <= 4
                self.cases[key] = (_CAPITAL,) if short else (_ANY,) * len(tokens)
            else:
                self.cases[key] = tuple(_case_rule(t) for t in tokens)
        self._automaton = None

    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            auto = ahocorasick.Automaton()
            for key, entry in self.entries.items():
                pattern = f" {key}" if entry.stem else f" {key} "
                auto.add_word(pattern, (key, len(key.split(" "))))
            if len(auto):
                auto.make_automaton()
            self._automaton = auto
        return self._automaton

    def match(self, doc: Doc) -> list[Match]:
        """Lexicon phrases in `doc`, longest first where they overlap, in text order."""
        auto = self.automaton()
        if not len(auto) or not len(doc):
            return []
        words = [normal(t.text) for t in doc]
        starts: list[int] = []
        pos = 1
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        line = " " + " ".join(words) + " "
        token_at = {s: i for i, s in enumerate(starts)}
        found: list[Match] = []
        for last, (key, n_tokens) in auto.iter(line):
            entry = self.entries[key]
            pattern_length = len(key) + (1 if entry.stem else 2)
            first = token_at.get(last - pattern_length + 2)  # the pattern's first character is a space
            if first is None or first + n_tokens > len(doc):
                continue
            if not self._case_fits(key, doc, first):
                continue
            found.append(Match(first, first + n_tokens, entry))
        return _longest(found)

    def chosen(self, doc: Doc, matches: list[Match]) -> list[Match]:
        """`matches` with each shared phrase meaning the body the article names in full, or else the body
        of the article's countries: "RSF" is the Rapid Support Forces in an article that names Sudan
        (and not Reporters Without Borders), else Reporters Without Borders."""
        if not self.shared:
            return matches
        countries = {t.country for m in matches if m.entry.kind in ("country", "adjective", "people", "capital")
                     for t in m.entry.terms}
        text = None
        out = []
        for m in matches:
            others = self.shared.get(" ".join(normal(t.text) for t in doc[m.start:m.end])) \
                if m.entry.kind == "organization" else None
            if others:
                text = text if text is not None else doc.text.lower()
                bodies = (m.entry, *others)
                named = [e for e in bodies if e.name.lower() in text]
                local = [e for e in bodies if any(t.country in countries for t in e.terms)]
                m = Match(m.start, m.end, (named or local or [m.entry])[0])
            out.append(m)
        return out

    def _case_fits(self, key: str, doc: Doc, first: int) -> bool:
        rules = self.cases[key]
        if _EXACT not in rules and self.entries[key].kind == "country" and key not in COUNTRY_WORDS:
            return True                      # "help israel", "iSrael": a country's name is no other word
        if rules == (_CAPITAL,) and self.entries[key].kind == "adjective" and _nationality_of_plural(doc[first]):
            return True
        for rule, token in zip(rules, doc[first:first + len(rules)], strict=False):
            text = token.text
            if rule == _CAPITAL and not text[:1].isupper():
                return False
            if rule == _EXACT and text.translate(_QUOTES) != text.translate(_QUOTES).upper() \
                    and not _titled_acronym(token):
                return False
        return True


def _titled_acronym(token: Token) -> bool:
    """Whether a token is an acronym written in title case, as British copy writes the longer ones ("Nato",
    "Farc", "Opec"): four letters or more, the rest lower case, and the model tags it as a name (not "Care"
    or "Hope" as words); two- and three-letter ones stay exact ("Who", "Us")."""
    text = token.text
    return (len(text) >= 4 and text.isalpha() and text[0].isupper() and text[1:].islower()
            and token.ent_type_ in ("ORG", "NORP", "GPE"))


def _nationality_of_plural(token: Token) -> bool:
    """Whether a lower-case demonym is a nationality all the same: it modifies the common noun right
    after it ("tunisian rioters", "the egyptian army" in careless or all-lower-case copy; the noun must
    still be an agent for an actor to come of it); a lone "french" or "polish" elsewhere is a word."""
    return (token.dep_ == "amod" and token.head.i == token.i + 1 and token.head.tag_ in ("NN", "NNS")
            and token.text.islower())


def _longest(matches: Sequence[Match]) -> list[Match]:
    taken: set[int] = set()
    chosen: list[Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start, m.entry.user is False)):
        span = range(m.start, m.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)
