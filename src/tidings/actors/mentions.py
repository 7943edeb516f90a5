"""Mentions of actors in a parsed article, each coded with country and role on the article's date.

Found in this order, each step leaving alone the words an earlier one took:
1. people named by spaCy (PERSON) or by the lexicon (leaders, users' dictionaries), with the titles
   before the name and an apposition after it ("Yuri Ushakov, a Kremlin adviser");
2. title, body and group nouns heading a noun phrase ("the Chinese leader", "Israeli troops",
   "opposition lawmakers", "the Russian Foreign Ministry");
3. organisations named by spaCy (ORG) that the lexicon does not know, coded by the words inside them;
4. what remains of the lexicon's names: organisations, seats of power, capitals that act, countries,
   regions and peoples ("the Chinese", "Americans").
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from tidings.actors.acronyms import Acronym, acronym_uses, defined_acronyms
from tidings.actors.codes import peacekeeping_code, write_code
from tidings.actors.coding import (
    APOSTROPHES,
    COUNTRY_GIVING,
    DASHES,
    NO_CODING,
    TITLE_GLUE,
    Coding,
    abstract_use,
    complement_end,
    compose,
    phrase_start,
    recoded,
)
from tidings.actors.disasters import named_storm, names_a_disaster
from tidings.actors.headlines import cased_reading, headline_entities
from tidings.actors.lexicon import Entry, Lexicon, Match, Status
from tidings.actors.location import (
    LOCAL_ROLES,
    act_place,
    home_place,
    home_town,
    labelled,
    lawmakers_home,
    located_place,
    name_before,
    name_runs,
    name_word,
    named_countries,
    place_unit,
    site_place,
    with_places,
)
from tidings.actors.metonymy import acted_on, acts, metonymy_words
from tidings.actors.subjects import bare_subjects
from tidings.actors.surnames import holder, people_by_surname
from tidings.actors.tables import body_heads, context_words, given_names
from tidings.nlp import noun_lemmas
from tidings.places.cues import is_dateline
from tidings.places.gazetteer import gazetteer
from tidings.places.recognition import DIVISION_NOUNS

HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "madam": "f",
              "dr": None, "dr.": None}
# nouns a place's name is "of" ("the city of Rostov-on-Don"): the name is no person's
PLACE_OF_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "county", "port",
                            "capital", "municipality", "island", "state"})
# the roles of the bodies a state has one of (its government, parliament, army, courts, police)
STATE_BODY_ROLES = frozenset({"GOV", "LEG", "MIL", "JUD", "COP"})
# Entities inside which a lexicon name is part of another name: "New Jersey", "Jordan Peterson",
# "the Grand Kremlin Palace", "Georgia Tech".
ENCLOSING = frozenset({"PERSON", "FAC", "ORG", "GPE", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW", "WORK_OF_ART"})
OF_COMPLEMENT = frozenset({"of"})
COMPLEMENT_POS = frozenset({"ADP", "DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PART"})
HEAD_COMPLEMENTS = frozenset({"of", "for", "to"})
FROM_COMPLEMENT = frozenset({"from"})
NAME_GLUE = frozenset({"of", "for", "and", "on"})  # the prepositions of bodies' names ("Commission on Human Rights")
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT", "dative"})


@dataclass(slots=True)
class Mention:
    start: int                       # tokens [start, end): the whole phrase, titles included
    end: int
    name_start: int                  # tokens [name_start, name_end): the name, or the head words
    name_end: int
    kind: str                        # person, organization, country, group
    coding: Coding
    entry: Entry | None = None       # the lexicon entry of a name
    status: Status = "holds"         # for entries with dated terms: holds, former, before
    named: bool = True               # a name, not a description ("the Chinese leader")
    text_roles: tuple[str, ...] = ()  # the roles the words around a name give
    plural: bool = False
    gender: str | None = None
    link: Mention | None = None      # a mention this one is known to be (an apposition)
    identity: tuple | None = None    # what makes two mentions one actor without coreference
    label: str | None = None         # the actor's name when the words are apart ("Indian [and Chinese] troops")


def find_mentions(doc: Doc, lexicon: Lexicon, day: dt.date | None) -> tuple[list[Mention], list[Match]]:
    """The actor mentions of `doc`, in text order, and the units (lexicon phrases and places) they were
    read from."""
    matches = _without_names_within(doc, lexicon.chosen(doc, lexicon.match(doc)))
    cased = cased_reading(doc)
    ents = headline_entities(doc, cased.ents, matches)
    named = named_countries(matches)
    matches = with_places(doc, matches, ents, named)
    unit_at = {i: m for m in matches for i in range(m.start, m.end)}
    finder = _Finder(doc, matches, unit_at, day, ents, named)
    # the model's own entities cut back show where the verbs are when the copy's parse did not find them
    finder.cut_headline(doc.ents, ents if cased.ents == doc.ents else headline_entities(doc, doc.ents, matches))
    # a headline's verb ends the names before it ("Turkish Police Detain Journalists") and opens those after
    finder.used.update(cased.verbs)
    finder.cut_ends.update(cased.verbs)
    finder.surnames = people_by_surname(lexicon)
    finder.people()
    finder.agent_phrases()
    finder.organizations()
    finder.names()
    finder.acronyms()
    finder.subjects()
    finder.crowds()
    found = [m for m in finder.found
             if not names_a_disaster(doc[m.start:m.end].root) and not named_storm(doc[m.start:m.end])]
    return sorted(found, key=lambda m: (m.start, m.end)), finder.matches


def _prep_objects(token: Token, prep: str) -> list[Token]:
    """The objects of the preposition `prep` on `token`."""
    return [o for c in token.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children if o.dep_ == "pobj"]


def _without_names_within(doc: Doc, matches: list[Match]) -> list[Match]:
    """The units without a party's one-word name that opens a longer name ("the Republican Guard", "the
    Democratic Alliance", "Democratic Unionist Party"): the model's entity runs on over the capitalised
    word after it, which is no person's title ("Republican Sen. Ted Cruz" stays the party's)."""
    at = {m.start: m for m in matches}

    def opens_name(m: Match) -> bool:
        if m.end - m.start != 1 or m.entry.kind != "organization" or m.end >= len(doc):
            return False
        terms = m.entry.terms
        if not terms or terms[0].roles[:1] != ("PTY",):
            return False
        word = doc[m.end]
        if not (word.is_alpha and word.is_title) or word.ent_type_ in ("", "PERSON") \
                or doc[m.start].ent_iob_ == "" or word.ent_iob_ != "I":
            return False                     # the model's entity runs on over the next word
        after = at.get(m.end)
        return not (after is not None and after.entry.kind == "agent" and after.entry.actor_kind == "person")

    return [m for m in matches if not opens_name(m)]


class _Finder:
    def __init__(self, doc: Doc, matches: list[Match], unit_at: dict[int, Match], day: dt.date | None,
                 ents: tuple[Span, ...], named: frozenset[str]):
        self.doc, self.matches, self.unit_at, self.day = doc, matches, unit_at, day
        self.used: set[int] = set()
        self.found: list[Mention] = []
        self.ents = tuple(_without_parenthesis(e) for e in ents)  # read once: each read builds new spans
        self.ent_at: dict[int, Span] = {i: e for e in self.ents for i in range(e.start, e.end)}
        self.named = named
        self.not_places: set[tuple[int, int]] = set()
        self.surnames: dict[str, tuple[Entry, ...]] = {}
        self.full_names: set[str] = set()
        self.cut_ends: set[int] = set()  # where the names cut back from a headline's entities end

    def cut_headline(self, model: tuple[Span, ...], cut_back: tuple[Span, ...]) -> None:
        """Takes the word next to a name cut back from the model's entity in a headline (`cut_back`, "Shells"
        of "Pakistani Army Shells Villages", headlines.py): the headline's verb, which no phrase reaches
        over; the cut name ends its phrase."""
        cut = {(e.start, e.end) for e in cut_back}
        for ent in model:
            if (ent.start, ent.end) in cut or ent.label_ in NOT_NAMES:
                continue
            kept = [e for e in cut_back if e.start < ent.end and ent.start < e.end]
            self.cut_ends.update(e.end for e in kept)
            for e in kept:  # the verb next to the name: the words past it may be actors ("Detain Journalists")
                self.used.update(i for i in (e.start - 1, e.end) if ent.start <= i < ent.end)

    # -- places the tables do not know, looked up when a phrase needs one ------------------------------
    def unit_of(self, token: Token) -> Match | None:
        """The unit `token` belongs to, or the place the name ending at it names ("in Karachi")."""
        unit = self.unit_at.get(token.i)
        if unit is not None:
            return unit
        return self._place(name_before(self.doc, token.i), token.i + 1)

    def coded(self, units: list[Match], begin: int, end: int, head: Match | None = None) -> Coding:
        """The coding of the phrase doc[begin:end] made of `units`; when they give no country, with the
        place its other name words name ("Karachi police", "West Bengal Chief Minister")."""
        coding = compose(self.doc, units, self.day, head) if units else NO_CODING
        if coding.country is not None:
            return coding
        places = [p for s, e in name_runs(self.doc, begin, end, self.unit_at) if (p := self._place(s, e))]
        if not places:
            return coding
        return compose(self.doc, sorted([*units, *places], key=lambda m: m.start), self.day, head)

    def _place(self, start: int, end: int) -> Match | None:
        if (start, end) in self.not_places or not all(name_word(t) for t in self.doc[start:end]):
            return None
        unit = place_unit(self.doc, start, end, self.named, strict=not labelled(self.doc, start, end))
        if unit is None:
            self.not_places.add((start, end))
            return None
        bisect.insort(self.matches, unit, key=lambda m: m.start)
        self.unit_at.update((i, unit) for i in range(unit.start, unit.end))
        return unit

    # -- 1. people ---------------------------------------------------------------------------------
    def people(self) -> None:
        names = self._person_names()
        # the words of the names given in full, which a lone surname may be short for
        self.full_names = {self.doc[i].lower_ for s, e, _, _ in names if e - s > 1 for i in (s, e - 1)}
        for start, end, entry, gender in names:
            if any(i in self.used for i in range(start, end)):
                continue
            if entry is None and is_dateline(self.doc, start, end, gazetteer()):
                continue  # "HUME – A member delegation met": a dateline the model took for a name
            begin = phrase_start(self.doc, start, end, self.unit_at, self.used)
            units = [m for m in self.matches if begin <= m.start and m.end <= start]
            for unit in units:
                if unit.entry.has_class("opposing") and self._opposed(units, unit) is None:
                    begin = unit.end  # "film critic Roger Ebert", "Trump critic Mark Cuban" before 2017
            units = [m for m in units if begin <= m.start]
            text = self.coded(units, begin, start)
            status: Status = "holds"
            coding = text
            by_date = False
            if entry is not None and gender and given_names().get(entry.name.split()[0].lower(), gender) != gender:
                entry = None  # "Mrs. Obama" is not Barack Obama
            if entry is None and end - start == 1:
                entry = self._by_surname(self.doc[start], text)
                by_date = entry is not None
            elif entry is not None and end - start == 1 and not self._in_office(entry) \
                    and (other := self._by_surname(self.doc[start], text)) is not None and other.name != entry.name:
                entry, by_date = other, True  # "Bush" in 1990: the alias is George W.'s, the office his father's
            if entry is None and begin == start and not gender and (self._attacked_place(start, end)
                                                                    or self._place_of(start, end)):
                continue
            if entry is not None:
                coding, status = self._entry_coding(entry, text)
                if by_date:
                    coding = replace(coding, basis=f"{coding.basis}+surname-on-date")
            first = entry.name.split()[0] if entry is not None else self.doc[start].text
            gender = gender or given_names().get(first.lower())
            mention = Mention(begin, end, start, end, "person", coding, entry, status, True, text.roles,
                              gender=gender)
            self._take(mention)
            self._apposition(mention)

    def _attacked_place(self, start: int, end: int) -> bool:
        """Whether the lone name doc[start:end] the model took for a person is a town acted on ("shelled
        Goma", "bombed Mekelle"): a place of one clear country, no given name, no name given in full in
        the article; taken as that place's mention, as a territory of the tables would be."""
        word = self.doc[end - 1]
        if end - start != 1 or word.lower_ in self.full_names or word.lower_ in given_names() \
                or not acted_on(word) or word.dep_ in ("nsubj", "nsubjpass"):
            return False
        unit = place_unit(self.doc, start, end, self.named, strict=True)
        if unit is None:
            return False
        term, _ = unit.entry.coding(self.day)
        country = term.country if term else None
        if country is None:
            return False
        coding = Coding(country, (), None, unit.entry.basis, country)
        self._take(Mention(start, end, start, end, "country", coding, unit.entry,
                           identity=("territory", unit.entry.name)))
        return True

    def _of_place(self, noun: Token) -> bool:
        """Whether a place `noun` is "of" a place the tables or the gazetteer know ("state of Mizoram")."""
        return any(self._place(name_before(self.doc, o.i), o.i + 1) is not None or
                   (o.i in self.unit_at and self.unit_at[o.i].entry.kind in COUNTRY_GIVING)
                   for o in _prep_objects(noun, "of"))

    def _place_of(self, start: int, end: int) -> bool:
        """Whether the name doc[start:end] the model took for a person names the place a place noun is
        "of" ("the city of Rostov-on-Don", "the town of Avdiivka"): no person then; the place of one
        clear country is taken as that place's mention when the town is acted on ("seized the city of
        Avdiivka"), as a territory of the tables would be."""
        word = self.doc[start]
        prep = word.head
        if word.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in PLACE_OF_NOUNS \
                or word.lower_ in self.full_names:
            return False
        last = end
        while last + 1 < len(self.doc) and self.doc[last].text in ("-", "–") and self.doc[last].whitespace_ == "" \
                and self.doc[last + 1].is_alpha:
            last += 2                        # "Rostov-on-Don", which the tokenizer cuts at the hyphens
        unit = place_unit(self.doc, start, last, self.named, strict=True) or \
            place_unit(self.doc, start, end, self.named, strict=True)
        if unit is not None and acted_on(prep.head):
            term, _ = unit.entry.coding(self.day)
            if term is not None and term.country is not None:
                coding = Coding(term.country, (), None, unit.entry.basis, term.country)
                self._take(Mention(unit.start, unit.end, unit.start, unit.end, "country", coding, unit.entry,
                                   identity=("territory", unit.entry.name)))
        return True

    def _person_names(self) -> list[tuple[int, int, Entry | None, str | None]]:
        names: list[tuple[int, int, Entry | None, str | None]] = []
        covered: set[int] = set()
        for ent in self.ents:
            if ent.label_ != "PERSON" and not self._titled_name(ent):
                continue
            if not any(t.text[:1].isupper() or t.pos_ == "PROPN" for t in ent if t.is_alpha):
                continue  # common nouns in lower case are no name: "his first ice cream van" ("obama" is)
            inner = [m for m in self.matches if ent.start <= m.start and m.end <= ent.end]
            people = [m for m in self.matches if m.entry.kind == "person" and m.start < ent.end and ent.start < m.end]
            words = sum(t.lower_ not in ("the", "'s", "’s") for t in ent)
            if inner and not people and all(m.entry.kind != "agent" for m in inner) and \
                    sum(m.end - m.start for m in inner) == words:
                continue  # a place or body the model took for a person ("Kremlin", "Sri Lanka's")
            last = self.doc[ent.end - 1]
            if last.dep_ == "compound" and _is_body(self.unit_at.get(last.head.i)):
                continue  # "the Obama administration": the name modifies a body, which is the actor
            if names_a_disaster(last):
                continue  # "the Sabah earthquake": a place the model took for a person
            if _street(self.doc, ent):
                continue  # "the 500 block of Kelley Lane": a street the model took for a person
            if ent.end < len(self.doc) and self.doc[ent.end].lemma_.lower() in DIVISION_NOUNS \
                    and self.doc[ent.end - 1].head.i == ent.end:
                continue  # "the Essequibo region of Guyana": a region's name the model took for a person
            start, end = ent.start, ent.end
            while start < end - 1 and (self.doc[start].lower_ in HONORIFICS or _is_title(self.unit_at.get(start))
                                       or self.doc[start].lower_ in TITLE_GLUE):
                start += 1
            while start > 0 and end - start < 3 and self._given_before(start, end):
                start -= 1  # "Raheem Kassam" where the model tagged only "Kassam"
            if self.doc[end - 1].lower_ in ("'s", "’s"):
                end -= 1
            if end <= start:
                continue  # the model took a lone possessive for a name ("Mr.'S"): no name is left
            people = [m for m in people if self._same_person(m, start, end)]
            entry = people[0].entry if people else None
            if len(people) == 1:
                start, end = min(start, people[0].start), max(end, people[0].end)
            before = self.doc[start - 1].lower_ if start > 0 else ""
            gender = HONORIFICS.get(before)
            names.append((start, end, entry, gender))
            covered.update(range(min(start, ent.start), max(end, ent.end)))
        for start, end in self._titled_unknown_names(covered):
            names.append((start, end, None, None))
            covered.update(range(start, end))
        for m in self.matches:
            if m.entry.kind != "person" or any(i in covered for i in range(m.start, m.end)):
                continue
            if self._enclosed(m) or not self._person_like(m):
                continue
            names.append((m.start, m.end, m.entry, None))
        names += self._later_surnames(names, covered.union(*(range(s, e) for s, e, _, _ in names)))
        return sorted(names)

    def _titled_unknown_names(self, covered: set[int]) -> list[tuple[int, int]]:
        """The names after a person's title in the singular that the model took for places or bodies, one
        entity a word ("Saudi dissident [Jamal] [Khashoggi]"): two or three capitalised proper nouns the
        title modifies, each in no entity or in one of its own that names no place the gazetteer knows,
        and in no unit."""
        out = []
        for unit in self.matches:
            if unit.entry.kind != "agent" or unit.entry.actor_kind != "person" or not unit.entry.terms \
                    or self.doc[unit.end - 1].tag_ in ("NNS", "NNPS"):
                continue
            end = unit.end
            while end < len(self.doc) and end - unit.end < 3 and self._unknown_name_word(self.doc[end], covered):
                end += 1
            if end - unit.end < 2 or not any(self.doc[i].ent_type_ for i in range(unit.end, end)):
                continue                     # a name the model found, or none: the other readings
            last = self.doc[end - 1]
            if self.doc[unit.end - 1].head.i == last.i and all(t.head.i == last.i for t in self.doc[unit.end:end - 1]):
                out.append((unit.end, end))
        return out

    def _unknown_name_word(self, word: Token, covered: set[int]) -> bool:
        return word.pos_ == "PROPN" and word.is_alpha and word.is_title and word.i not in covered \
            and word.i not in self.unit_at and (not word.ent_type_ or self._lone_unknown_entity(word))

    def _given_before(self, start: int, end: int) -> bool:
        """Whether the word before the name doc[start:end] is a first name the model left out of it: a
        capitalised proper noun compounding the name (or a second subject beside it), in no entity and
        no unit, known as a first name or no dictionary noun."""
        word, last = self.doc[start - 1], self.doc[end - 1]
        joined = (word.dep_ == "compound" and start <= word.head.i < end) or (
            word.dep_ == last.dep_ and word.head.i == last.head.i and end - start == 1)  # split: both subjects
        return (joined and word.pos_ == "PROPN" and word.is_alpha and word.is_title
                and (not word.ent_type_ or self._lone_unknown_entity(word))
                and word.i not in self.unit_at and word.lower_ not in HONORIFICS and word.i not in self.used
                # a first name, not a title or a word ("Manager Sam Herrick", "Miss Universe Alicia Machado")
                and (word.lower_ in given_names()
                     or not {word.lower_, word.lemma_.lower(), word.lower_.rstrip("s")} & noun_lemmas(self.doc.vocab)))

    def _lone_unknown_entity(self, word: Token) -> bool:
        """Whether `word` is an entity of its own that names no place the gazetteer knows: a first name the
        model took for a place or a body ("Oleksandr" in "Oleksandr Prokudin")."""
        ent = self.ent_at.get(word.i)
        return (ent is not None and len(ent) == 1 and ent.label_ in ("GPE", "ORG", "NORP")
                and place_unit(self.doc, word.i, word.i + 1, self.named, strict=True) is None)

    def _titled_name(self, ent: Span) -> bool:
        """Whether an entity the model took for a body is a person's title and name ("Lawyer Amina Bello",
        the title opening a sentence): one or more person titles of the tables in the singular that give a
        role, then two or three capitalised words no table knows, none plural nor heading a body's name
        ("Lawyers Guild", "Editor Publishing House", "Girl Scouts" are bodies)."""
        i = ent.start
        while i < ent.end and (unit := self.unit_at.get(i)) is not None and unit.entry.kind == "agent" \
                and unit.entry.actor_kind == "person" and unit.entry.terms and unit.entry.terms[0].roles \
                and self.doc[unit.end - 1].tag_ not in ("NNS", "NNPS"):
            i = unit.end
        rest = self.doc[i:ent.end]
        return ent.label_ == "ORG" and (i > ent.start or self._apposed_title(ent)) and 2 <= len(rest) <= 3 and all(
            t.is_alpha and t.text[:1].isupper() and t.i not in self.unit_at and t.lower_ not in body_heads()
            and t.tag_ not in ("NNS", "NNPS") for t in rest)

    def _apposed_title(self, ent: Span) -> bool:
        """Whether a person's title in the singular stands in apposition after the entity: "Fethullah Gulen,
        a U.S.-based Muslim cleric" is a person the model took for a body."""
        for child in self.doc[ent.end - 1].children:
            unit = self.unit_at.get(child.i)
            if child.dep_ == "appos" and child.i > ent.end and unit is not None and unit.end - 1 == child.i \
                    and unit.entry.kind == "agent" and unit.entry.actor_kind == "person" and child.tag_ == "NN":
                return True
        return False

    def _later_surnames(self, names: list[tuple[int, int, Entry | None, str | None]],
                        covered: set[int]) -> list[tuple[int, int, Entry | None, str | None]]:
        """The lone surnames the model did not tag a person that repeat the last word of a person named
        in full earlier in the article ("U.S. House Speaker Nancy Pelosi ... Pelosi is due to meet"):
        a capitalised proper noun that no other name or lexicon match holds, not the modifier of a
        noun ("the Pelosi visit" names the visit)."""
        first_at: dict[str, int] = {}
        proper: set[str] = set()  # the surnames of names in proper nouns only (not "Rethinking Egypt")
        for start, end, _, _ in names:
            if end - start > 1 and self.doc[end - 1].is_alpha and self.doc[end - 2].lower_ != "of":
                word = self.doc[end - 1].lower_  # not "King Abdullah of Jordan"
                first_at[word] = min(first_at.get(word, end), end)
                if all(t.tag_ in ("NNP", "NNPS") for t in self.doc[start:end]):
                    proper.add(word)
        if not first_at:
            return []
        found = []
        # the words' hashes found by one array call: a Token object per word of a long article costs more
        lowers = self.doc.to_array(LOWER) if len(self.doc) else np.zeros(0, dtype=np.uint64)
        wanted = np.array([self.doc.vocab.strings[w] for w in first_at], dtype=np.uint64)
        for i in np.flatnonzero(np.isin(lowers, wanted)).tolist():
            token = self.doc[i]
            if token.i in self.unit_at and token.lower_ in proper and first_at[token.lower_] <= token.i \
                    and self._surname_not_place(token):
                self._drop_unit(self.unit_at[token.i])
            if token.i in covered or token.i in self.unit_at or token.lower_ not in first_at \
                    or first_at[token.lower_] > token.i \
                    or (token.pos_ != "PROPN" and not opens_as_subject(token, surname=True)
                        and token.i == token.sent.start) \
                    or not token.text[:1].isupper() or token.ent_type_ in NOT_NAMES \
                    or token.dep_ == "compound":
                continue
            after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
                continue  # part of a longer name ("Pelosi Foundation")
            found.append((token.i, token.i + 1, None, None))
        return found

    def _surname_not_place(self, token: Token) -> bool:
        """Whether a one-word country or place that repeats the last word of a person named in full
        earlier is that person, acting: the subject of a verb ("Rep. Jim Jordan ... Jordan said"), not
        with countries beside it ("Jordan and Israel signed")."""
        unit = self.unit_at[token.i]
        if not (unit.start == token.i and unit.end == token.i + 1 and unit.entry.kind in SURNAME_PLACES
                and token.dep_ in ("nsubj", "nsubjpass") and token.i not in self.used):
            return False
        return not any(c.dep_ == "conj" and (other := self.unit_at.get(c.i)) is not None
                       and other.entry.kind in SURNAME_PLACES for c in token.children)

    def _drop_unit(self, unit: Match) -> None:
        self.matches.remove(unit)
        for i in range(unit.start, unit.end):
            self.unit_at.pop(i, None)

    def _in_office(self, entry: Entry) -> bool:
        """Whether `entry` holds an office of the tables on the article's date (True with no date)."""
        return self.day is None or any(t.dated and t.start is not None and t.start <= self.day
                                       and (t.end is None or self.day <= t.end) for t in entry.terms)

    def _by_surname(self, word: Token, title: Coding) -> Entry | None:
        """The person of the tables a lone surname means on the article's date (surnames.py), unless the
        article names someone with that surname in full."""
        candidates = self.surnames.get(word.lower_)
        if not candidates or word.ent_type_ != "PERSON":
            return None
        if word.lower_ in self.full_names:
            return None
        return holder(candidates, self.day, office=title.office, country=title.country)

    def _same_person(self, m: Match, start: int, end: int) -> bool:
        """Whether a lexicon name inside a longer name is that person: "Vladimir Putin" around "Putin" is,
        "Mike Johnson" around "Johnson" is not (the other words must belong to the entry's own name)."""
        own = {w.lower().strip(".") for w in m.entry.name.split()}
        return all(t.lower_.strip(".") in own or len(t.text.strip(".")) == 1
                   for t in self.doc[start:end] if t.is_alpha and not m.start <= t.i < m.end)

    def _person_like(self, m: Match) -> bool:
        tokens = self.doc[m.start:m.end]
        if not all(t.text[:1].isupper() for t in tokens if t.is_alpha):
            return False
        if len(tokens) == 1 and ((tokens[0].pos_ != "PROPN" and tokens[0].ent_type_ not in ("PERSON", "ORG")
                                  and not opens_as_subject(tokens[0]))
                                 or tokens[0].ent_type_ in NOT_NAMES):
            return False  # a lone surname must read as a name: not "May" in "May 5"; "Trump" tagged a name is
        last = tokens[-1]
        # "the Obama administration": the name modifies a body; the body is the actor.
        return not (last.dep_ == "compound" and _is_body(self.unit_at.get(last.head.i)))

    def _entry_coding(self, entry: Entry, text: Coding) -> tuple[Coding, Status]:
        term, status = entry.coding(self.day)
        if term is None:
            return text, status
        if status == "holds":
            roles = term.roles
        elif status == "before" and text.roles:
            roles = text.roles
        elif status == "former" and text.roles and "ELI" not in text.roles and (
                text.roles[:1] != term.roles[:1] or text.roles[:1] == ("LEG",) or self._office_to_come(entry, text)):
            roles = text.roles               # another office the text gives ("Hamas's political bureau chief"),
                                             # not the one held before ("President Obama" in 2019: ELI); a
                                             # former Senate leader still in the Senate ("Sen. Mitch McConnell")
        else:
            roles = ("ELI",)
        country = term.country or text.country
        basis = term.basis or entry.basis
        code = term.code if status == "holds" and term.code else None
        from tidings.actors.codes import write_code

        return Coding(country, roles, term.organization, basis, code or write_code(country, roles, term.organization),
                      office=term.office if status == "holds" else None), status

    def _office_to_come(self, entry: Entry, text: Coding) -> bool:
        """Whether the office the text gives is one `entry` takes up after the article's day: "President-elect
        Joe Biden" in January 2021, vice president before, is the president to be, not a former one."""
        return text.office is not None and self.day is not None and any(
            t.dated and t.start is not None and t.start > self.day and t.office == text.office for t in entry.terms)

    def _apposition(self, person: Mention) -> None:
        root = self.doc[person.name_end - 1]
        for child in root.children:
            if child.dep_ != "appos" or child.i < person.name_end or child.i in self.used:
                continue
            head = self.unit_at.get(child.i)
            if head is None or head.entry.kind != "agent" or head.end - 1 != child.i:
                continue
            begin = phrase_start(self.doc, head.start, head.end, self.unit_at, self.used)
            end = complement_end(self.doc, child, head.end, self.unit_of, _complements(head))
            units = [m for m in self.matches if begin <= m.start and m.end <= end]
            coding = self.coded(units, begin, end, head)
            self._take(Mention(begin, end, head.start, head.end, "person", coding, None, "holds", False,
                               coding.roles, link=person))
            if person.entry is None and person.coding.country is None and not person.coding.roles:
                person.coding = coding
                person.text_roles = coding.roles
            elif person.entry is not None and person.status == "before" and not person.text_roles and coding.roles:
                person.text_roles = coding.roles
                person.coding = Coding(person.coding.country, coding.roles, person.coding.organization,
                                       person.coding.basis, person.coding.code, person.coding.office)

    # -- 2. titles, bodies and groups ----------------------------------------------------------------
    def agent_phrases(self) -> None:
        for m in self.matches:
            if m.entry.kind != "agent" or m.entry.actor_kind is None or m.start in self.used:
                continue
            head = self.doc[m.end - 1]
            if self._held_place(m, m):
                continue
            if not self._heads_phrase(m, head) or self._names_follow(m.end):
                continue
            if abstract_use(self.doc, m, head, self.unit_at):
                continue
            if head.tag_ == "NN" and head.dep_ == "pobj" and head.lemma_.lower() in PLACE_OF_NOUNS \
                    and self._of_place(head):
                continue                     # "refuge in India's northeastern state of Mizoram": a place, no group
                                             # ("the State of Colorado accepted refugees" acts: its government)
            begin = phrase_start(self.doc, m.start, m.end, self.unit_at, self.used)
            end = complement_end(self.doc, head, m.end, self.unit_of, _complements(m))
            ent = self.ent_at.get(head.i)
            if ent is not None and ent.label_ == "ORG" and not any(i in self.used for i in range(ent.start, ent.end)):
                first = ent.start + (self.doc[ent.start].lower_ == "the")
                begin, end = min(begin, first), max(end, ent.end)
            units = [u for u in self.matches if begin <= u.start and u.end <= end]
            if m.entry.actor_kind in ("person", "group") and head.tag_ == "NN":
                units = [u if not home_town(self.doc, u, head) else home_place(u) for u in units]
                units = [u for u in units if u is not None]
            members = self._members(m, head)
            if members is not None:  # "crowds of Syrian refugees": the refugees' role, not the crowd's
                units = [u for u in units if u is not m]
            if m.entry.has_class("topical"):
                # "the Benghazi committee": about Benghazi, not Libya's; nor of the place its name words name
                units = [u for u in units if u.start > m.start or u.entry.kind not in TOPIC_PLACES]
                coding = compose(self.doc, units, self.day, members or m) if units else NO_CODING
            else:
                coding = self.coded(units, begin, end, members or m)
            # the place the phrase stands in gives its country, not to what faces abroad ("the embassy in Baghdad")
            # and, where a possessive pronoun names whose it is, neither where it comes from ("its troops from
            # Syria") nor where an envoy of the owner serves ("its ambassador in Guyana"): the owner's, which the
            # context gives ("their families in Kenya" still live there)
            owned = _pronoun_owned(head)
            if coding.country is None and not _abroad(units) and not (owned and _abroad(units, people=True)) and (
                    (place := located_place(head, self.unit_of, ("in",) if owned else ("in", "from"))) is not None
                    or (self._local(m, head, coding) and ((place := site_place(head, self.unit_of)) is not None
                                                          or (place := act_place(head, self.unit_of)) is not None))) \
                    and not (m.entry.has_class("topical") and place.start < m.start):
                coding = compose(self.doc, [place, *units], self.day, m)
            if coding.country is None and m.entry.actor_kind == "group" and (side := self._side(head)) is not None:
                coding = recoded(coding, country=side[0], basis=f"{coding.basis}+side:{side[1]}")
            if m.entry.has_class("peacekeeping") and coding.country in (None, "IGO"):
                # an IGO's troops (CAMEO: IGOPKO, IGOUNOPKO); a nationality the text gives stays, as the
                # country says whose troops they are ("Filipino peacekeepers": PHL MIL, as PETRARCH codes them)
                coding = replace(coding, country="IGO", roles=("MIL",), code=peacekeeping_code(coding.organization))
            if m.entry.has_class("arms") and coding.country is not None and not coding.roles:
                coding = replace(coding, roles=("MIL",), code=write_code(coding.country, ("MIL",)),
                                 basis="+".join(b for b in (coding.basis, m.entry.basis) if b))
            stands_with = m.entry.has_class("relation") and any(u.entry.kind == "person" for u in units)
            if stands_with:
                # "Trump supporters", "Trump allies": people who stand with him, of neither his country nor his
                # role; an actor still, named by whom they stand with
                coding = Coding(None, (), None, coding.basis, None, head=coding.head)
            if m.entry.has_class("relation") and coding.country is not None and coding.organization is None \
                    and any(c.dep_ in ("poss", "compound") for c in head.children) \
                    and compose(self.doc, [u for u in units if u is not m] or [m], self.day).country == coding.country:
                # "Ukraine's allies", "US allies": those who stand with it, of no country the words tell
                # ("NATO allies" are NATO's members, "Western allies" of the West)
                coding = recoded(coding, country=None)
            if m.entry.has_class("opposing"):
                # "Kremlin critics", "opponents of the Syrian regime": the opposition of the state whose
                # government, legislature or courts they oppose; critics of a country or a plan are no one's
                opposed = self._opposed(units, m)
                if opposed is None:
                    continue
                coding = recoded(coding, country=opposed.country, roles=("OPP",), organization=None)
            if coding.country is None and m.entry.actor_kind == "person" and not m.entry.has_class("relation") \
                    and (owner := self._owner(begin)) is not None:
                # "Joe Biden's national security adviser": the country of the person whose aide it is, and
                # the role where the title gives none ("Putin's spokesman": RUS GOV)
                coding = recoded(coding, country=owner.coding.country, roles=coding.roles or owner.coding.roles)
            if m.entry.has_class("policing") and all(u is m for u in units) and self._police_before(begin):
                # "Police said eight officers were injured": the police's officers, not the army's
                coding = recoded(coding, roles=("COP",))
            if m.entry.has_class("asset") and not coding.roles:
                continue  # "a vehicle in Rakhine State": a thing, not whose it is
            if coding.country is None and not coding.roles and coding.organization is None and not stands_with \
                    and not (m.entry.has_class("counted") and counted(head)) and not self._acting_body(m, head):
                continue
            if coding.basis is None:
                coding = replace(coding, basis=m.entry.basis)  # a counted noun: "18 people"
            if m.entry.has_class("counted"):
                begin = min([begin, *(c.left_edge.i for c in head.children if c.dep_ == "amod" and c.lower_ == "old")])
            kind = m.entry.actor_kind
            named = ent is not None and ent.label_ == "ORG" and ent.start >= begin and ent.end <= end
            plural = m.entry.plural or head.tag_ in ("NNS", "NNPS")
            if kind == "person" and plural:
                kind = "group"
            # "South Ossetian officials" and "Georgian officials" are two sides of one country
            parts = tuple(u.entry.name for u in units if u.entry.basis.startswith("territory:"))
            identity = None if kind == "person" else ("group", coding.country, coding.roles, coding.organization,
                                                        m.entry.name, *parts)
            if named and ent is not None:
                identity = ("org", ent.text.lower())
            elif stands_with:  # "Trump supporters" and "Clinton supporters" are two groups
                identity = ("relation", self.doc[begin:end].text.lower())
            mention = Mention(begin, end, begin, end, kind, coding, None, "holds", named, coding.roles,
                              plural=plural, identity=identity)
            if kind == "person":
                mention.link = self._apposed_person(head, mention)
            self._take(mention)
            if mention.kind != "person":
                self._coordinated_countries(mention, m, begin, end)

    def _coordinated_countries(self, mention: Mention, m: Match, begin: int, end: int) -> None:
        """The others of coordinated countries before a group's noun ("Indian and Chinese troops", "US
        and British warplanes"): each country's group, of the same role, named by its word and the rest
        of the phrase ("Indian troops")."""
        first = self.doc[begin]
        if first.dep_ != "conj" or first.head.i >= begin or not mention.coding.roles or mention.coding.country is None:
            return
        noun = self.doc[m.end - 1]
        own = self.unit_at.get(begin)
        words = [t.text for t in self.doc[own.end if own is not None else begin + 1:end]]
        if mention.coding.roles[0] in STATE_BODY_ROLES and m.entry.actor_kind == "organization" \
                and not m.entry.has_class("arms") and noun.tag_ == "NNS" and words and words[-1] == noun.text:
            words[-1] = noun.lemma_          # "the British and Irish governments": one each (not "oil companies")
        rest = " ".join(words)
        # "French, German and Italian troops": the parser hangs "French" on the noun
        siblings = [c for c in noun.children if c.dep_ in ("amod", "nmod", "compound")]
        for word in dict.fromkeys([first.head, *first.head.conjuncts, *siblings]):
            unit = self.unit_at.get(word.i)
            if word.i >= begin or unit is None or unit.entry.kind not in ("adjective", "country") \
                    or any(i in self.used for i in range(unit.start, unit.end)):
                continue
            coding = compose(self.doc, [unit, m], self.day, m)
            if coding.country in (None, mention.coding.country) or coding.roles != mention.coding.roles:
                continue
            self._take(Mention(unit.start, unit.end, unit.start, unit.end, mention.kind, coding, None, "holds", False,
                               coding.roles, plural=mention.plural,
                               identity=("group", coding.country, coding.roles, coding.organization, m.entry.name),
                               label=f"{self.doc[unit.start:unit.end].text} {rest}"))

    def _of_after_name(self, mention: Mention) -> Match | None:
        """The country, place or body a person's name is "of" ("Defense Minister Mahamat Doumbia of Chad",
        "Sen. Brian Schatz of Hawaii", "Kenneth Roth of Human Rights Watch"): the unit right after "of"
        (and "the"), the preposition hanging on the name."""
        doc, end = self.doc, mention.name_end
        if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != end - 1:
            return None
        first = end + 1 + (doc[end + 1].lower_ == "the")
        obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        unit = self.unit_of(obj) if obj is not None and obj.text[:1].isupper() else None
        if unit is None or unit.start != first or unit.entry.kind not in (*COUNTRY_GIVING, "organization"):
            return None
        if unit.entry.kind == "organization" and any(t.roles[:1] == ("PTY",) for t in unit.entry.terms):
            return None                      # a party's name, which many countries share ("of the Conservative Party")
        return unit

    def _whose(self, begin: int) -> Match | None:
        """The named body a relative "whose" before token `begin` stands for ("Hamas, whose leader")."""
        if begin < 1 or self.doc[begin - 1].lower_ != "whose":
            return None
        verb = self.doc[begin - 1].head.head
        if verb.dep_ != "relcl":
            return None
        unit = self.unit_at.get(verb.head.i)
        return unit if unit is not None and unit.entry.kind == "organization" else None

    def _police_before(self, index: int) -> bool:
        """Whether a police actor is named before token `index`."""
        return any(m.start < index and m.coding.roles[:1] == ("COP",) for m in self.found)

    def _owner(self, begin: int) -> Mention | None:
        """The person with a country, named already, whose possessive stands before token `begin`."""
        if begin < 2 or self.doc[begin - 1].lower_ not in APOSTROPHES:
            return None
        return next((m for m in self.found if m.kind == "person" and m.end == begin - 1
                     and m.coding.country is not None), None)

    def _opposed(self, units: list[Match], opposing: Match) -> Coding | None:
        """The coding of the state the critics or opponents `opposing` oppose, by the other units of their
        phrase ("Kremlin critics", "opponents of the Syrian regime"); None unless a government,
        legislature or court of a country."""
        others = [u for u in units if u is not opposing]
        opposed = compose(self.doc, others, self.day) if others else None
        if opposed is None or opposed.country is None or not set(opposed.roles) & STATE_ROLES:
            return None
        return opposed

    def _side(self, head: Token) -> tuple[str, str] | None:
        """The country and word of the state a group of no country is loyal or opposed to ("fighters loyal to
        Assad", "rebel forces opposed to Libyan leader Muammar Gaddafi": the state's country, whose armed
        men or rebels they are); None unless the words name a government, legislature or court of a
        country or its leader, past or present ("militants opposed to the government" stay of none, and
        "militias loyal to Iran" need not be Iranian)."""
        for word in head.children:
            if word.dep_ not in ("amod", "acl") or word.lower_ not in SIDING_WORDS:
                continue
            for obj in (o for p in word.children if p.dep_ == "prep" and p.lower_ == "to"
                        for o in p.children if o.dep_ == "pobj"):
                units = [u for u in self.matches if obj.left_edge.i <= u.start and u.end <= obj.i + 1]
                if not units:
                    continue
                coded = compose(self.doc, units, self.day)
                if coded.country is not None and coded.country != "IGO" and set(coded.roles) & (STATE_ROLES | {"ELI"}):
                    return coded.country, word.lower_
        return None

    def _acting_body(self, m: Match, head: Token) -> bool:
        """Whether a body or group noun no word codes is the subject of a verb, or coordinated with one, and
        so someone acting ("Anti-war groups called for a march", "the agency said"), an actor without country
        or role; not a bare noun after a named body ("NATO ... the alliance"), nor people, counted or not,
        nor things ("the tanks rolled in"), nor a collection ("the group of islands")."""
        if m.entry.actor_kind not in ("organization", "group") or any(
                m.entry.has_class(c) for c in ("counted", "asset", "arms", "quantity")):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return False  # "the group of islands": a collection of what it is "of"
        if all(c.dep_ == "det" for c in head.children if c.i < head.i) and self._body_before(m.start):
            return False  # "NATO ... the alliance would respond": the body named before, which it stands for
        return head.dep_ in SUBJECTS or (head.dep_ == "conj" and head.head.dep_ in SUBJECTS)

    def _body_before(self, index: int) -> bool:
        """Whether an organisation is named before token `index` (by a table or the model)."""
        return any(u.start < index and u.entry.kind in ("organization", "metonym") for u in self.matches) \
            or any(e.start < index and e.label_ == "ORG" for e in self.ents)

    def _members(self, m: Match, head: Token) -> Match | None:
        """The agent unit of the people a quantity noun is "of" ("crowds of Syrian refugees", "a mob of
        rioters"), when it gives a role; None for other heads and for people with none ("crowds of people")."""
        if not m.entry.has_class("quantity"):
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    unit = self.unit_at.get(obj.i) if obj.dep_ == "pobj" else None
                    if unit is not None and unit.entry.kind == "agent" and unit.end - 1 == obj.i \
                            and unit.entry.terms and unit.entry.terms[0].roles:
                        return unit
        return None

    @staticmethod
    def _local(m: Match, head: Token, coding: Coding) -> bool:
        """Whether the agent phrase is of people who are where they act or are struck, and so of the place's
        country: civilians, protesters and police (LOCAL_ROLES), believers (class local: "worshippers at a
        mosque in Kano"), counted people with no nationality ("two
        people were killed in Gaza"; not "two tourists"), and things agents own ("a vehicle in Rakhine")."""
        if coding.roles[:1] in LOCAL_ROLES or m.entry.has_class("asset") or m.entry.has_class("local"):
            return True
        return not coding.roles and m.entry.has_class("counted") and not m.entry.has_class("visitor") \
            and counted(head)

    def _held_place(self, m: Match, head: Match | None = None) -> bool:
        """Whether the agent or organisation `m` holds a place ("the rebel-held enclave of Eastern Ghouta",
        "the last opposition-controlled town near Aleppo", "the Houthi-held port of Hodeidah"), taken as a
        mention of the holders: the place stands for them where it is attacked or taken. Its country is the
        place's, when a table or the gazetteer knows it, else the holders'; `head` is the agent unit (None
        for a named body). Returns False when `m` is no holder of a place."""
        doc, words = self.doc, metonymy_words()
        if m.end + 1 >= len(doc) or doc[m.end].text not in DASHES or doc[m.end + 1].lower_ not in words["holding"]:
            return False
        participle = doc[m.end + 1]
        noun = participle.head
        if participle.dep_ != "amod" or noun.i <= participle.i or noun.lemma_.lower() not in words["held_place"]:
            return False
        begin = phrase_start(doc, m.start, m.end, self.unit_at, self.used)
        end = noun.i + 1
        after = doc[end] if end < len(doc) else None
        if (after is not None and after.dep_ == "prep" and after.lower_ in PLACE_COMPLEMENTS
                and (after.head.i == noun.i or any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in after.children))):
            end = after.right_edge.i + 1  # the parser may hang "near Aleppo" on the verb
        if any(i in self.used for i in range(begin, end)):
            return False
        units = [u for u in self.matches if begin <= u.start and u.end <= end]
        coding = self.coded(units, begin, end, head)
        if not coding.roles:
            return False
        self._take(Mention(begin, end, begin, end, "group", coding, None, "holds", False, coding.roles,
                           plural=True))
        return True

    def _apposed_person(self, head: Token, title: Mention) -> Mention | None:
        """The named person a title stands in apposition to ("HRW's director, Jose Miguel Vivanco,"),
        who takes the title's coding when the name gives none."""
        for other in (*head.children, head.head, self._comma_after(head, title)):
            if other is None or (other.dep_ != "appos" and head.dep_ != "appos" and other.i != title.end + 1
                                 and self.doc[other.i - 1].text != ","):
                continue
            # from the name's first word, which the model may have left out of it ("Oleksandr Prokudin")
            person = next((m for m in self.found if m.kind == "person" and m.named
                           and min(m.start, m.name_start) <= other.i < m.name_end), None)
            if person is not None:
                if person.entry is None and person.coding.country is None and not person.coding.roles:
                    person.coding, person.text_roles = title.coding, title.coding.roles
                return person
        return None

    def _comma_after(self, head: Token, title: Mention) -> Token | None:
        """The word after a comma that closes a title and its complements: "the UAE Ambassador to
        Bahrain, Abdulridha Khori," names the ambassador (the parser often hangs the name on Bahrain)."""
        doc, after = self.doc, title.end
        if after < len(doc) and doc[after].pos_ == "ADP":  # "to Bahrain", "for political affairs"
            last = min(after + 7, len(doc))
            while after < last and doc[after].text != "," and doc[after].pos_ in COMPLEMENT_POS:
                after += 1
        if after + 1 >= len(self.doc) or self.doc[after].text != ",":
            return None
        person = next((m for m in self.found if m.kind == "person" and m.named and m.start == after + 1), None)
        if person is None or (person.end < len(self.doc) and self.doc[person.end].text not in (",", ")", ".")):
            return None  # "the ambassador, John Smith and Mary Jones": a list, not a name
        return self.doc[after + 1]

    def _names_follow(self, index: int) -> bool:
        """Whether a name follows that the description belongs to ("the state broadcaster CCTV")."""
        if index >= len(self.doc) or index in self.used:
            return False
        unit = self.unit_at.get(index)
        if unit is not None and unit.entry.kind in ("organization", "metonym", "person"):
            return True
        ent = self.ent_at.get(index)
        return ent is not None and ent.start == index and ent.label_ in ("ORG", "PERSON")

    def _heads_phrase(self, m: Match, head: Token) -> bool:
        # a past tense after it is the clause's verb, which the parser made an adjective: "Myanmar's military
        # seized power" is the military's act
        verb_follows = head.i + 1 < len(self.doc) and self.doc[head.i + 1].tag_ == "VBD"
        if head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and head.i + 1 not in self.cut_ends \
                and not verb_follows:
            return False  # it modifies a noun to its right: "government forces", "police officers"
        if head.i + 1 < len(self.doc) and self.doc[head.i + 1].text in ("-", "–"):
            return False  # part of a hyphened modifier: "military-ruled Myanmar", "rebel-held areas"
        return head.pos_ in ("NOUN", "PROPN") or m.entry.plural or (verb_follows and head.pos_ == "ADJ")

    # -- 3. organisations the lexicon does not know --------------------------------------------------
    def organizations(self) -> None:
        for ent in self.ents:
            if ent.label_ not in ("ORG", "NORP") or any(i in self.used for i in range(ent.start, ent.end)):
                continue
            around = self.unit_at.get(ent.start)
            if around is not None and around.entry.kind in ("organization", "metonym") and \
                    around.start <= ent.start and ent.end <= around.end and around.end - around.start > len(ent):
                continue  # part of a longer known name ("al-Qaeda" in "al-Qaeda in the Islamic Maghreb"): step 4
            inner = [m for m in self.matches if ent.start <= m.start and m.end <= ent.end]
            named = [m for m in inner if m.entry.kind in ("organization", "metonym", "person")]
            if named and not (all(self._enclosed(m) for m in named) and self._body_around(ent, named)):
                continue  # the lexicon names it: step 4
            if ent.label_ == "NORP" or (inner and sum(m.end - m.start for m in inner) == len(ent)):
                continue  # a demonym or a place name alone: step 4
            if ent.end < len(self.doc) and self.doc[ent.end].lemma_.lower() in DIVISION_NOUNS \
                    and self.doc[ent.end - 1].head.i == ent.end:
                continue  # a region's name the model took for a body: "Russia's Krasnodar region"
            if _street(self.doc, ent):
                continue  # "on Villanova Drive": a street the model took for a body
            start, end = ent.start, ent.end
            if self.doc[start].lower_ == "the":
                start += 1
            if start >= end:
                continue
            begin = phrase_start(self.doc, start, end, self.unit_at, self.used)
            units = [m for m in self.matches if begin <= m.start and m.end <= start]
            # an organisation inside gives its coding ("UN" in "the UN Migration Agency"), an agent word its
            # role ("Government" in "the Government Accountability Office"); a seat of power or a person does
            # not ("Foreign Office" in Germany's "Federal Foreign Office", "Clinton Foundation")
            units += [m for m in inner if m.entry.kind in ("adjective", "country", "capital", "region", "place",
                                                            "organization")
                      or (m.entry.kind == "agent" and m.entry.terms and m.entry.terms[0].roles)]
            coding = self.coded(units, begin, start)
            text = self.doc[start:end].text
            if coding.country is None and not coding.roles and not (len(ent) > 1 or (text.isupper() and len(text) > 1)):
                continue  # "Newsletter", "Help": one capitalised word is too weak a sign
            self._take(Mention(begin, end, start, end, "organization", coding, None, "holds", True,
                               identity=("org", text.lower())))

    def _body_around(self, ent: Span, named: list[Match]) -> bool:
        """Whether `ent` is a body of its own around the known names inside it: a word heading a body's
        name ends it or is outside them ("the UN Migration Agency", "Alibaba Group", "the Federal Foreign
        Office"), and no verb or preposition but those of names is, as in a headline in title case
        ("Remain In European Union", "Taliban Closing")."""
        inside = {i for m in named for i in range(m.start, m.end)}
        outside = [t for t in ent if t.i not in inside and t.is_alpha and t.lower_ != "the"]
        if not outside or any(t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ not in NAME_GLUE for t in outside):
            return False
        heads = body_heads()
        last = next((t for t in reversed(ent) if t.is_alpha), None)
        return any(t.lower_ in heads for t in outside) or (last is not None and last.lower_ in heads)

    # -- 4. the lexicon's other names ----------------------------------------------------------------
    def names(self) -> None:
        for m in self.matches:
            if any(i in self.used for i in range(m.start, m.end)):
                continue
            if m.entry.kind in PLACE_KINDS and is_dateline(self.doc, m.start, m.end, gazetteer()):
                continue  # "ISLAMABAD, Pakistan — Pakistan agreed": where the story was filed
            entry = m.entry
            if entry.kind in ("organization", "metonym"):
                if not (entry.kind == "organization" and self._held_place(m)):
                    self._named_body(m)
            elif entry.kind == "capital":
                if self._proper(m) and not self._enclosed(m) and acts(self.doc[m.end - 1]):
                    self._named_body(m)
            elif entry.kind in ("country", "region"):
                if entry.acting_only and not acts(self.doc[m.end - 1]):
                    continue
                if not self._enclosed(m):
                    kind = entry.actor_kind or ("country" if entry.kind == "country" else "group")
                    term, _ = entry.coding(self.day)
                    coding = Coding(term.country if term else None, (), None, entry.basis,
                                    term.country if term else None)
                    self._take(Mention(m.start, m.end, m.start, m.end, kind, coding, entry,
                                       identity=(entry.kind, coding.country)))
            elif entry.kind == "territory":
                if self._proper(m) and not self._enclosed(m) and acted_on(self.doc[m.end - 1]):
                    term, _ = entry.coding(self.day)
                    coding = Coding(term.country if term else None, (), None, entry.basis,
                                    term.country if term else None)
                    self._take(Mention(m.start, m.end, m.start, m.end, "country", coding, entry,
                                       identity=("territory", entry.name)))
            elif entry.kind in ("people", "adjective") and self._people_noun(m):
                term, _ = entry.coding(self.day)
                coding = Coding(term.country if term else None, (), None, entry.basis, term.country if term else None)
                self._take(Mention(m.start, m.end, m.start, m.end, "group", coding, entry, plural=True,
                                   identity=("people", coding.country)))

    # -- 5. acronyms the article defines ("the Government Accountability Office (GAO)", acronyms.py) ----
    def acronyms(self) -> None:
        """Makes the name an acronym is defined for an organisation if no step took it, and the acronym in
        parentheses and alone later in the article mentions of that actor: the article's own definition wins
        over a table's reading of the letters ("the Armed Forces of the Philippines (AFP)" is no news agency)
        where its words code it; where they do not, the name is the body the tables know by the letters."""
        defined = defined_acronyms(self.doc)
        if not defined:
            return
        owners: dict[int, Mention] = {}
        for acronym in defined:
            owner = self._mention_at(acronym.end - 1) or self._acronym_body(acronym)
            if owner is None or owner.kind == "person":
                continue
            owner.named = True  # a name, as its acronym says: "Armed Forces of the Philippines"
            known = self._mention_at(acronym.short)
            if known is not None and known.entry is not None and owner.coding.country is None \
                    and not owner.coding.roles:
                # the tables know the acronym and nothing codes the name: the name is the table's body
                owner.coding, owner.entry, owner.identity = known.coding, known.entry, known.identity
                continue
            if owner.identity is None:
                owner.identity = ("acronym", acronym.text)
            owners[acronym.short] = owner
        shorts = [(a.short, a) for a in defined] + sorted(acronym_uses(self.doc, defined).items())
        for i, acronym in shorts:
            owner = owners.get(acronym.short)
            taken = self._mention_at(i)
            if owner is None or (taken is not None and (taken.start, taken.end) != (i, i + 1)):
                continue  # part of a longer phrase ("GAO auditors")
            if taken is not None:
                self.found.remove(taken)
            self._take(Mention(i, i + 1, i, i + 1, owner.kind, owner.coding, owner.entry, owner.status, True,
                               owner.text_roles, plural=owner.plural, identity=owner.identity))

    def _acronym_body(self, acronym: Acronym) -> Mention | None:
        """The organisation named by the words an acronym is defined for, when no step took any of them,
        coded by the names and agents inside ("Nigerian Air Force")."""
        if any(i in self.used for i in range(acronym.start, acronym.end)):
            return self._described_body(acronym)
        units = [m for m in self.matches if acronym.start <= m.start and m.end <= acronym.end
                 and (m.entry.kind in ("adjective", "country", "capital", "region", "place", "organization")
                      or (m.entry.kind == "agent" and m.entry.terms and m.entry.terms[0].roles))]
        coding = self.coded(units, acronym.start, acronym.start)
        mention = Mention(acronym.start, acronym.end, acronym.start, acronym.end, "organization", coding,
                          identity=("acronym", acronym.text))
        self._take(mention)
        return mention

    def _described_body(self, acronym: Acronym) -> Mention | None:
        """The description before a name that took the name's first words ("the rights group People" of
        "the rights group People for the Ethical Treatment of Animals (PETA)"), stretched over the name
        and named by it; None when another mention holds words of the name."""
        taken = [m for m in self.found if m.start < acronym.end and acronym.start < m.end]
        if len(taken) != 1 or taken[0].end >= acronym.end or taken[0].start > acronym.start:
            return None
        mention = taken[0]
        mention.end, mention.name_start, mention.name_end = acronym.end, acronym.start, acronym.end
        if mention.kind == "group":
            mention.kind, mention.plural = "organization", False  # a body with a name of its own
        self.used.update(range(acronym.start, acronym.end))
        return mention

    # -- 6. names acting with nothing else to tell who they are ("Meyer said", subjects.py) -------------
    def subjects(self) -> None:
        taken = self.used | self.unit_at.keys()
        def is_place(start: int, end: int) -> bool:
            return place_unit(self.doc, start, end, self.named, strict=True) is not None
        for start, end, kind in bare_subjects(self.doc, taken, is_place):
            if is_dateline(self.doc, start, end, gazetteer()):
                continue  # "HUME – A member delegation met"
            text = self.doc[start:end].text
            gender = given_names().get(self.doc[start].lower_) if end - start > 1 else None
            identity = ("org", text.lower()) if kind == "organization" else None
            self._take(Mention(start, end, start, end, kind, replace(NO_CODING, basis="subject"), gender=gender,
                               identity=identity))

    def crowds(self) -> None:
        """Bare numbers of people who protest ("Thousands rallied in Tel Aviv", "Tens of thousands marched"):
        protesters (OPP), of the country of where they protest (`crowd:protest`); not numbers of people
        the words name ("thousands of workers": the workers are the actor), nor of those who do anything else."""
        if not len(self.doc):
            return
        wanted = np.array([self.doc.vocab.strings[w] for w in CROWD_WORDS], dtype=np.uint64)
        at = np.flatnonzero(np.isin(self.doc.to_array(LOWER), wanted))
        for token in (self.doc[i] for i in at.tolist()):  # one array call: most texts have no such word
            if token.i in self.used or token.i in self.unit_at or not (
                    protests(token)
                    or (token.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > token.i
                                                     and c.lemma_.lower() in PROTESTING_VERBS
                                                     for c in token.children))):
                continue                     # (the parser hangs some on their verb: "Thousands <- protested/acl")
            end = token.i + 1
            of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            if of:
                counted = [o for o in of[0].children if o.dep_ == "pobj"]
                if len(counted) != 1 or counted[0].lower_ not in CROWD_WORDS or counted[0].i != of[0].i + 1:
                    continue                 # "hundreds of students": the students; only "tens of thousands"
                end = counted[0].i + 1
            start = token.i
            if start >= 2 and self.doc[start - 1].lower_ == "of" and self.doc[start - 2].lower_ in CROWD_WORDS:
                start -= 2                   # "Tens of thousands", the parser's head the second number
            if any(i in self.used for i in range(start, end)):
                continue
            coding = Coding(None, ("OPP",), None, "crowd:protest", write_code(None, ("OPP",)))
            place = act_place(token, self.unit_of) or next(
                (p for c in token.children if c.dep_ == "acl" and (p := located_place(c, self.unit_of)) is not None),
                None)
            if place is not None:
                country = compose(self.doc, [place], self.day).country
                coding = recoded(coding, country=country, basis=f"{place.entry.basis}+crowd:protest")
            self._take(Mention(start, end, start, end, "group", coding, plural=True))

    def _mention_at(self, index: int) -> Mention | None:
        return next((m for m in self.found if m.start <= index < m.end), None)

    def _named_body(self, m: Match) -> None:
        entry = m.entry
        if entry.acting_only and not (self._proper(m) and acts(self.doc[m.end - 1])):
            return
        if entry.kind in ("organization", "metonym") and self._enclosed(m):
            return
        begin = phrase_start(self.doc, m.start, m.end, self.unit_at, self.used)
        units = [u for u in self.matches if begin <= u.start and u.end <= m.end and u is not m]
        text = self.coded(units, begin, m.start)
        term, status = entry.coding(self.day)
        if term is None:
            return
        country = term.country or text.country
        roles = term.roles or text.roles
        basis = entry.basis if entry.kind != "person" else (term.basis or entry.basis)
        coding = Coding(country, roles, term.organization, basis,
                        term.code or write_code(country, roles, term.organization))
        kind = entry.actor_kind or "organization"
        self._take(Mention(begin, m.end, m.start, m.end, kind, coding, entry, status, True, text.roles,
                           identity=("entry", entry.name, entry.kind)))

    def _people_noun(self, m: Match) -> bool:
        token = self.doc[m.end - 1]
        if token.dep_ in ("amod", "compound", "nmod", "poss") and token.head.i > token.i:
            return False
        if m.entry.kind == "people":
            return True
        return m.entry.plural and token.tag_ in ("NNPS", "NNS", "NNP") and token.dep_ in NOUN_DEPS

    def _proper(self, m: Match) -> bool:
        return all(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP", "LOC")
                   for t in self.doc[m.start:m.end] if t.is_alpha)

    def _enclosed(self, m: Match) -> bool:
        """Whether the match is part of a longer name the model found ("New Jersey", "Kremlin Palace")."""
        ent = self.ent_at.get(m.start)
        if ent is None or ent.label_ not in ENCLOSING:
            return False
        if ent.start >= m.start and ent.end <= m.end:
            return False
        # a conjunction or mark the model ran the entity on to is no part of a name ("Save the Children and")
        outside = [t for t in ent if not (m.start <= t.i < m.end) and t.lower_ not in ("the", "'s", "’s")
                   and not (t.pos_ in ("CCONJ", "PUNCT") and t.i in (ent.start, ent.end - 1))]
        if ent.label_ == "PERSON" and m.entry.kind == "person":
            return False
        return any(t.i not in self.unit_at for t in outside)

    def _take(self, mention: Mention) -> None:
        self._settle(mention)
        self.found.append(mention)
        self.used.update(range(mention.start, mention.end))

    def _settle(self, mention: Mention) -> None:
        """Codes what the words around a mention say of it: a police officer's title ("Officer Michael
        Trotter": the military's officers go by rank), a US lawmaker's party and home ("Rep. Bob Goodlatte
        (R-Va.)"; a title just before that is a mention of its own gives the role: "Senate President Pro
        Tem Glenn McConnell, R-Charleston"), the body a "whose" stands for ("Hayat Tahrir al-Sham, whose
        leader Abu Mohammed al-Golani")."""
        coding = mention.coding
        if mention.kind == "person" and coding.roles[:1] == ("MIL",) and mention.name_start > 0 \
                and self.doc[mention.name_start - 1].text in ("Officer", "Officers") \
                and mention.name_start - 1 == mention.start:
            mention.coding = recoded(coding, roles=("COP",))
            mention.text_roles = ("COP",)
        coding = mention.coding
        former = coding.country == "USA" and coding.roles == ("ELI",)
        if mention.kind == "person" and (coding.country is None or former) and lawmakers_home(self.doc, mention.end):
            # (a former office holder with a party and home is a sitting lawmaker: "Nancy Pelosi, D-Calif." in 2016)
            roles = (coding.roles if coding.roles != ("ELI",) else ()) or (
                () if mention.start - 1 in self.used else ("LEG",))
            mention.coding = recoded(coding, country="USA", roles=roles,
                                     basis="+".join(b for b in (coding.basis, "party-home") if b))
            mention.text_roles = mention.text_roles or roles
        coding = mention.coding
        if mention.kind == "person" and mention.entry is None and coding.country is None \
                and (unit := self._of_after_name(mention)) is not None:
            told = self.coded([unit], unit.start, unit.end, unit)
            if unit.entry.kind == "organization" and (told.country or told.organization):
                mention.coding = replace(told, roles=coding.roles or told.roles, head=coding.head,
                                         office=coding.office)
            elif told.country is not None:
                mention.coding = recoded(coding, country=told.country,
                                         basis="+".join(b for b in (coding.basis, f"of:{unit.entry.name}") if b))
            mention.text_roles = mention.text_roles or mention.coding.roles
        coding = mention.coding
        if coding.country is None and (body := self._whose(mention.start)) is not None:
            told = self.coded([body], body.start, body.end, body)
            if told.country is not None or told.organization is not None:
                mention.coding = replace(told, head=coding.head, office=coding.office)
                mention.text_roles = told.roles


# The prepositions that say where a held place is: "the rebel-held enclave of Eastern Ghouta",
# "the last rebel-held town near Damascus".
PLACE_COMPLEMENTS = frozenset({"of", "in", "near", "outside", "around", "on"})
# The kinds of names a dateline gives
PLACE_KINDS = frozenset({"country", "capital", "territory", "region", "place"})
# The places a body named for them is about ("the Benghazi committee"); a country before it is its
# seat ("the Kenya electoral commission")
TOPIC_PLACES = frozenset({"capital", "territory", "region", "place"})
# The roles of a state whose opponents are its opposition
STATE_ROLES = frozenset({"GOV", "LEG", "JUD"})
# Numbers that stand alone for a crowd, and the verbs that make it one of protesters (_Finder.crowds).
CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions"})
PROTESTING_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "riot"})
# Words that side a group with or against a state, whose country it is of (_Finder._side).
SIDING_WORDS = frozenset({"loyal", "opposed", "faithful"})
# The one-word names of the tables a surname may share: "Jordan", "Paris", "Georgia", "Victoria".
SURNAME_PLACES = frozenset({"country", "capital", "territory", "place", "adjective"})   # and "French", "English"
# Words that count people: "several suspects", "dozens of people", "hundreds of tourists".
COUNTING = frozenset([
    "several", "many", "some", "few", "dozens", "hundreds", "thousands", "scores", "tens", "millions", "dozen",
    "number", "group", "couple", "both", "other", "more",
])


AGE_UNITS = frozenset({"year", "years", "month", "months"})


# The words that end a street's name, and the words before one ("on Kelley Lane", "block of Main Street")
STREET_WORDS = frozenset({"street", "st.", "avenue", "ave.", "boulevard", "blvd.", "road", "rd.", "lane", "ln.",
                          "drive", "dr."})
STREET_BEFORE = frozenset({"on", "at", "near", "along", "off", "down", "up", "across"})


def _street(doc: Doc, ent: Span) -> bool:
    """Whether the person or organisation entity `ent` is a street: its last word ends a street's name,
    and "on", "at", "near" ..., "block of" or a house number stand before it ("on Kelley Lane", "the
    500 block of Kelley Lane", "180 Clinton St.")."""
    if doc[ent.end - 1].lower_ not in STREET_WORDS or ent.start < 1:
        return False
    before = doc[ent.start - 1]
    return before.lower_ in STREET_BEFORE or (before.is_digit and ent.label_ != "ORG") \
        or (before.lower_ == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ == "block")


def counted(head: Token) -> bool:
    """Whether the person noun `head` is counted ("18 people", "several suspects", "dozens of women"): a
    number or a quantifier before it, or a count it is "of" ("hundreds of tourists"); or aged, as news
    describe the people an event struck ("a 95-year-old man")."""
    if any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in COUNTING) for c in head.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ == "old" and any(g.lower_ in AGE_UNITS for g in c.children)
           for c in head.children):
        return True
    prep = head.head if head.dep_ == "pobj" else None
    return (prep is not None and prep.lower_ == "of" and prep.head.i < head.i
            and (prep.head.lower_ in COUNTING or prep.head.pos_ == "NUM"))


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# a singular noun, or a verb's base form the parser still made the subject ("Trump and Prime Minister Abe
# will meet"); not a plural, which is a common noun ("Trumps were played")
SUBJECT_TAGS = frozenset({"NN", "NNP", "VB", "VBP"})
# the words that make a noun a common one: "Trump cards", "the trump", "a high trump", "Rice prices"
MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod"})


def opens_as_subject(token: Token, *, surname: bool = False) -> bool:
    """Whether the capitalised `token` opens its sentence (after a quote, if any) as the bare subject of
    its clause, or a word coordinated with it, where the model may tag a surname a common noun or a verb
    ("Trump and King Abdullah will meet"): not plural, not modified as a common noun is ("Trump cards
    were played" has the cards for subject). A `surname` the article gave in full may look plural to
    the tagger ("Sanders has accused")."""
    tags = SUBJECT_TAGS | {"NNS"} if surname else SUBJECT_TAGS
    if not token.text[:1].isupper() or not token.is_alpha or token.tag_ not in tags:
        return False
    first = token.is_sent_start or (token.i > 0 and token.nbor(-1).is_sent_start and token.nbor(-1).is_punct)
    if not first:
        return False
    subject = token.dep_ in SUBJECTS or (token.dep_ == "conj" and token.head.dep_ in SUBJECTS)
    return subject and not any(c.dep_ in MODIFIERS for c in token.children)


def _without_parenthesis(ent: Span) -> Span:
    """The entity without the parenthesis the model may take into it: "The Foreign Office (FO" is "The
    Foreign Office", whose short name follows it; nor the amount: "fined Apple 1.8 billion euros" is
    tagged "Apple 1.8 billion"."""
    for token in ent[1:]:
        if token.text == "(":
            return Span(ent.doc, ent.start, token.i, label=ent.label)
    amount = next((t.i for t in ent[1:] if t.tag_ == "CD"), None)
    if amount is None or ent.doc[amount - 1].tag_ not in ("NNP", "NNPS"):
        return ent
    tail = ent.doc[amount:ent.end]
    currency = [t.i for t in tail if t.lemma_.lower() in CURRENCY_WORDS]
    numbers = tail if not currency else ent.doc[amount:currency[0]]
    if all(t.tag_ == "CD" for t in numbers) and (not currency or currency == list(range(currency[0], ent.end))) \
            and (currency or any(t.lower_ in SCALE_WORDS for t in numbers)
                 or (ent.end < len(ent.doc) and ent.doc[ent.end].lemma_.lower() in CURRENCY_WORDS)):
        return Span(ent.doc, ent.start, amount, label=ent.label)
    return ent


# The words of an amount that the model may take into the name before it ("Apple 1.8 billion euros"),
# where a number alone may be the name's own ("Channel 4", "Group of 20").
SCALE_WORDS = frozenset({"million", "billion", "trillion", "bn", "mn", "m", "thousand"})
CURRENCY_WORDS = frozenset({"euro", "dollar", "pound", "yuan", "yen", "rupee", "ruble", "rouble", "franc", "won",
                            "peso", "real", "lira", "rand", "naira", "shekel", "dirham", "riyal", "krone", "krona"})


def _complements(unit: Match) -> frozenset[str]:
    """The prepositions whose object belongs to an agent's phrase: "of" for all ("the mayor of Lagos"),
    "for" and "to" too for the generic heads ("a spokesman for the Taliban", "an adviser to Putin"),
    "from" for people and groups ("rebels from the M23 group", "fighters from Hamas"; a body or a
    person after it, as after "for" and "to": coding.complement_end)."""
    if unit.entry.has_class("head"):
        return HEAD_COMPLEMENTS | FROM_COMPLEMENT if unit.entry.actor_kind in ("person", "group") else HEAD_COMPLEMENTS
    return OF_COMPLEMENT | FROM_COMPLEMENT if unit.entry.actor_kind in ("person", "group") else OF_COMPLEMENT


def _abroad(units: list[Match], *, people: bool = False) -> bool:
    """Whether a body of the phrase faces abroad (data/context.tsv, not_home): "the embassy compound in
    Damascus" is the embassy's country's, which the place does not tell (people who face abroad, "leaders",
    "envoys", are left to the place: "local leaders in Kano"; with `people`, they count too)."""
    words = context_words()["not_home"]
    return any(u.entry.kind == "agent" and (people or u.entry.actor_kind == "organization")
               and u.entry.phrase.lower() in words for u in units)


def protests(token: Token) -> bool:
    """Whether `token` is the subject of a protest verb ("Thousands rallied", "people marched")."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in PROTESTING_VERBS


def _pronoun_owned(head: Token) -> bool:
    """Whether a possessive pronoun ("its", "their") owns the phrase headed by `head`."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)


def _is_title(unit: Match | None) -> bool:
    return unit is not None and unit.entry.kind == "agent"


def _is_body(unit: Match | None) -> bool:
    return unit is not None and unit.entry.kind == "agent" and unit.entry.actor_kind in ("organization", "group")
