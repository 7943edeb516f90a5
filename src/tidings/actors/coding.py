"""Coding a phrase: the country, role and organisation its words give ("Kremlin adviser" -> RUS GOV).

A phrase is read as units (lexicon matches) around a head: the title or group noun it is about, or a
name. The country is the first country-giving unit (a demonym, a country, a capital, a seat of power,
a named organisation); the role is the head's, except that a generic head ("adviser", "spokesman",
"official") takes the role of its modifiers ("Kremlin", "rebel", "Hamas") and a dominant modifier
("former", "opposition", "rebel") wins over any head. Words around a phrase that belong to it are
found by `phrase_start` (to the left) and `complement_end` ("of Russia" to the right).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from tidings.actors.codes import write_code
from tidings.actors.disasters import disaster_nouns
from tidings.actors.lexicon import Match

COUNTRY_GIVING = ("adjective", "country", "capital", "region", "people", "territory", "place")
NAMED = ("metonym", "organization", "person")
# Words that may stand inside a title before a name without changing who it is.
TITLE_GLUE = frozenset([
    "former", "ex", "then", "deputy", "acting", "interim", "top", "senior", "chief", "new", "outgoing",
    "incoming", "late", "veteran", "longtime", "long-time", "self-proclaimed", "de", "facto", "current",
    "sitting", "first", "second"
])
# Quantifiers are not part of who the actor is: "most Western countries" are Western countries.
QUANTIFIERS = frozenset([
    "most", "many", "some", "several", "other", "others", "all", "both", "few", "each", "every", "any", "no",
    "more"
])
APOSTROPHES = frozenset({"'s", "’s", "'", "’", "s"})
DASHES = frozenset({"-", "–", "—"})
# "US-backed rebels" and "pro-Russian separatists" are not American or Russian.
NOT_OWN = frozenset([
    "backed", "funded", "supported", "sponsored", "trained", "armed", "allied", "aligned", "leaning", "friendly",
    "linked", "inspired", "affiliated",
])
NOT_OWN_BEFORE = frozenset({"pro", "anti"})
# "Hamas-run ministry", "Kremlin-backed separatists": the participle ties the name to the phrase.
HYPHENED = NOT_OWN | frozenset(
    ["run", "led", "controlled", "based", "owned", "appointed", "installed", "ruled", "held"])


@dataclass(frozen=True, slots=True)
class Coding:
    country: str | None
    roles: tuple[str, ...]
    organization: str | None
    basis: str | None
    code: str | None
    office: str | None = None
    head: str | None = None          # the head agent's phrase: "president", "troops"


NO_CODING = Coding(None, (), None, None, None)


def recoded(coding: Coding, **changes) -> Coding:
    """`coding` with `changes` (country, roles, organization, basis ...) and the CAMEO code they make."""
    changed = replace(coding, **changes)
    return replace(changed, code=write_code(changed.country, changed.roles, changed.organization))


def is_own(doc: Doc, unit: Match) -> bool:
    """Whether a country-giving unit gives the phrase's own country (not "US-backed", "pro-Russian")."""
    after = doc[unit.end:unit.end + 2]
    if len(after) == 2 and after[0].text in DASHES and after[1].lower_ in NOT_OWN:
        return False
    before = doc[max(unit.start - 2, 0):unit.start]
    return not (len(before) == 2 and before[1].text in DASHES and before[0].lower_ in NOT_OWN_BEFORE)


def _for_or_against(doc: Doc, unit: Match) -> bool:
    """Whether "pro-" or "anti-" stands before the unit ("anti-Trump", "pro-Kremlin")."""
    before = doc[max(unit.start - 2, 0):unit.start]
    return len(before) == 2 and before[1].text in DASHES and before[0].lower_ in NOT_OWN_BEFORE


def compose(doc: Doc, units: Sequence[Match], day: dt.date | None, head: Match | None = None) -> Coding:
    """The coding of a phrase made of `units` (left to right); `head` is its head agent, if any.

    With no head given, the last agent unit is the head (the title nearest a name).
    """
    if head is None:
        agents = [u for u in units if u.entry.kind == "agent" and u.entry.actor_kind is not None]
        head = agents[-1] if agents else None
    country = organization = country_basis = None
    named_code = None
    modifiers: list[tuple[tuple[str, ...], str, bool]] = []  # (roles, basis, dominant)
    for unit in units:
        entry = unit.entry
        term, status = entry.coding(day)
        if term is None:
            continue
        if entry.kind in COUNTRY_GIVING:
            if country is None and term.country and is_own(doc, unit):
                # a capital inside a phrase gives its country; it does not act ("Tehran University")
                country = term.country
                country_basis = f"capital:{entry.name}" if entry.kind == "capital" else entry.basis
        elif entry.kind in NAMED:
            if _for_or_against(doc, unit):
                continue  # "Anti-Trump groups", "pro-Assad militias": for or against him, not his
            if country is None and term.country and is_own(doc, unit):
                country, country_basis = term.country, term.basis if entry.kind == "person" else entry.basis
            organization = organization or term.organization
            roles = term.roles if status == "holds" else ("ELI",)
            basis = term.basis if entry.kind == "person" else entry.basis
            modifiers.append((roles, basis, False))
            named_code = term.code
        elif entry.kind == "agent" and unit is not head and term.roles:
            modifiers.append((term.roles, entry.basis, entry.has_class("modifier")))
    head_roles = head.entry.terms[0].roles if head is not None else ()
    dominant = [m for m in modifiers if m[2]]
    with_roles = [m for m in modifiers if m[0]]
    if dominant:
        roles = _merge(dominant[-1][0], head_roles)
        role_basis = dominant[-1][1]
    elif with_roles and (head is None or head.entry.has_class("head") or not head_roles):
        roles, role_basis = with_roles[-1][0], with_roles[-1][1]
    else:
        roles = head_roles
        role_basis = head.entry.basis if head is not None and head_roles else None
    basis = "+".join(dict.fromkeys(b for b in (country_basis, role_basis) if b)) or None
    code = named_code if named_code and len(units) == 1 else write_code(country, roles, organization)
    return Coding(country, roles, organization, basis, code,
                  office=head.entry.office if head is not None else None,
                  head=head.entry.name if head is not None else None)


def _merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def phrase_start(doc: Doc, start: int, end: int, unit_at: dict[int, Match], used: set[int]) -> int:
    """Where the phrase ending at token `end` begins, going left from `start` over titles and modifiers.

    "Chinese President Xi Jinping", "Kremlin adviser Yuri Ushakov", "Russia's foreign minister",
    "President of the People's Republic of China Xi Jinping": lexicon units, possessive 's, title words
    ("former", "deputy"), "of (the)" after a title, and other words that modify a word of the phrase.
    Determiners, pronouns, punctuation and other words stop it.
    """
    floor = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    begin = start
    i = start - 1
    while i >= floor and i not in used:
        token = doc[i]
        unit = unit_at.get(i)
        if unit is not None:
            if not _may_modify(doc, unit, unit_at):
                break
            begin = i = unit.start
            i -= 1
            continue
        low = token.lower_
        if low in APOSTROPHES and i - 1 >= floor and (i - 1) in unit_at and (i - 1) not in used:
            begin, i = i, i - 1
            continue
        if low == "the" and i - 2 >= floor and doc[i - 1].lower_ == "of" and _owns(unit_at.get(i - 2)):
            begin, i = i - 1, i - 2
            continue
        if low == "of" and i - 1 >= floor and _owns(unit_at.get(i - 1)):
            begin, i = i, i - 1
            continue
        if low in TITLE_GLUE or (token.text in DASHES and i - 1 >= floor and (i - 1 in unit_at)):
            begin, i = i, i - 1
            continue
        if low in HYPHENED and i - 2 >= floor and doc[i - 1].text in DASHES and (i - 2) in unit_at:
            begin, i = i - 1, i - 2  # "Hamas-run", "US-backed": the name before the dash modifies too
            continue
        if token.dep_ == "advmod" and token.tag_ == "RB" and begin <= token.head.i < end \
                and token.head.dep_ in ("amod", "compound"):
            begin, i = i, i - 1  # "London's newly elected mayor"
            continue
        if token.text in DASHES and i - 1 >= floor and doc[i - 1].lower_ in NOT_OWN_BEFORE:
            begin, i = i - 1, i - 2  # "pro-Russian separatists"
            continue
        if (token.is_alpha and low not in QUANTIFIERS and token.dep_ in ("compound", "amod", "nmod")
                and begin <= token.head.i < end
                and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB")  # VERB: "warring parties"
                and token.tag_ != "VBD"):  # a past tense is the clause's verb the parser hung on a noun
            # ("Myanmar's military seized power": no actor named "military seized power")
            begin, i = i, i - 1
            continue
        break
    return begin


def abstract_use(doc: Doc, m: Match, head: Token, unit_at: dict[int, Match]) -> bool:
    """Whether the agent noun `m` (head word `head`) is used in its abstract sense: a title word alone
    ("justice has been done"), a bare singular noun as a predicate ("running for president", "was elected
    governor", "held hostage"), or a word that is an agent only with a determiner or a country ("the
    opposition", "US intelligence"; not "stern opposition", "artificial intelligence")."""
    entry = m.entry
    if entry.plural or head.tag_ in ("NNS", "NNPS"):
        return False
    if entry.has_class("title"):
        return True
    determined = any(c.dep_ in ("det", "poss") for c in head.children) or \
        (m.start > 0 and doc[m.start - 1].lower_ in ("'s", "’s"))
    predicative = head.dep_ in ("oprd", "attr", "acomp") or (head.dep_ == "pobj" and head.head.lower_ in ("as", "for"))
    if predicative and not determined and head.text.islower() \
            and not any(i in unit_at for i in (m.start - 1, m.end)) \
            and not (m.end < len(doc) and doc[m.end].lower_ == "of"):
        return True  # but "resigned as president of Indonesia" names the office holder
    if entry.has_class("qualified") and not determined:
        return not any(unit_at.get(i) is not None and unit_at[i].entry.kind != "agent"
                       for i in range(max(m.start - 3, 0), m.start))
    return False


def _is_agent(unit: Match | None) -> bool:
    return unit is not None and unit.entry.kind == "agent"


def _owns(unit: Match | None) -> bool:
    # an agent the words after "of" belong to ("President of the Republic"); not people who stand with
    # or against whom "of" names ("critics of President Sisi", "allies of the king")
    return _is_agent(unit) and not (unit.entry.has_class("opposing") or unit.entry.has_class("relation"))


def _may_modify(doc: Doc, unit: Match, unit_at: dict[int, Match]) -> bool:
    # A person's name modifies only through a title or a possessive ("Trump adviser", "Putin's spokesman");
    # next to another name it is a different person ("Xi Jinping Vladimir Putin" in a list).
    if unit.entry.kind != "person":
        return True
    nxt = unit.end
    return nxt < len(doc) and (doc[nxt].lower_ in APOSTROPHES or _is_agent(unit_at.get(nxt)))


def complement_end(doc: Doc, head: Token, end: int, unit_of: Callable[[Token], Match | None],
                   preps: frozenset[str] = frozenset({"of"})) -> int:
    """Where a phrase ends once its complement naming a country, a place or a body is added ("the
    government of Iraq", "the mayor of Lagos", "the head of the IAEA"; with `preps` {"of", "for", "to"},
    "a spokesman for the Taliban", "an adviser to the White House Office"); `end` when it has none.
    `unit_of` gives the unit a token belongs to."""
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ not in preps or child.i != end:
            continue
        for obj in child.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() in disaster_nouns():
                continue  # "victims of the Sabah earthquake" are not Sabah's
            # after "for" and "to" only a body or a person: "an envoy to Iran" is not Iran's
            kinds = (*COUNTRY_GIVING, *NAMED) if child.lower_ == "of" else NAMED
            for word in (obj, *(w for w in obj.lefts if w.dep_ in ("compound", "amod", "poss"))):
                unit = unit_of(word)
                if unit is not None and unit.entry.kind in kinds:
                    return max(end, unit.end, obj.i + 1)
    return end
