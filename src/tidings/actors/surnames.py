"""Short names resolved by the date: "Clinton" in 2010 is Hillary Clinton, the secretary of state.

The tables list each person's own aliases ("Bush" for George W. Bush), never a surname two people share.
A one-word name the tables do not list is read as a surname: among the people of the tables with that
surname, the one holding an office on the article's date is meant, when exactly one does, and the title
before the name, if any, agrees ("King Abdullah" in 2018: the office of head of state, held by one
Abdullah only, Jordan's). Whoever the article names in full with that surname comes first (coreference
links the short name to the full one), so a surname is read by the date only when no one is. A one-word
alias of someone out of office on the date gives way to the one of that surname who holds an office then
("Bush", George W.'s alias, in 1990 is his father, the president).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tidings.actors.lexicon import Entry, Lexicon

# countries whose people are written family name first, and called by it ("Xi", "Kim", "Moon", "Lee")
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "SGP"})
# Arabic patronyms: "Mohammed bin Salman", "Abdullah bin Zayed" are called by the first name too
PATRONYMS = frozenset({"bin", "ibn", "bint", "ben"})
REGNAL = frozenset({"i", "ii", "iii", "iv", "v", "vi", "jr", "jr.", "sr", "sr."})
# titles news put before a surname, and the offices they name in the tables
LEADER_OFFICES = frozenset({"head_of_state", "head_of_government"})


def surname_keys(name: str, countries: set[str]) -> set[str]:
    """The words a person of the tables may be called by alone: the family name (the last word, the
    first for names written family name first), and the given name of a patronymic name."""
    words = [w for w in name.lower().replace(",", " ").split() if w not in REGNAL]
    if not words:
        return set()
    keys = {words[-1]}
    if countries & FAMILY_NAME_FIRST or PATRONYMS.intersection(words) or len(words) == 1:
        keys.add(words[0])
    return {k for k in keys if len(k) > 1 and k not in PATRONYMS}


def people_by_surname(lexicon: Lexicon) -> dict[str, tuple[Entry, ...]]:
    """Every person with dated terms in `lexicon`, by the words they may be called by alone (built
    once per lexicon)."""
    if lexicon.surnames is not None:
        return lexicon.surnames
    people: dict[str, Entry] = {}
    for entry in lexicon.entries.values():
        if entry.kind == "person" and any(t.dated for t in entry.terms):
            people.setdefault(entry.name, entry)
    index: dict[str, list[Entry]] = {}
    for entry in people.values():
        countries = {t.country for t in entry.terms if t.country}
        for key in surname_keys(entry.name, countries):
            index.setdefault(key, []).append(entry)
    lexicon.surnames = {key: tuple(entries) for key, entries in index.items()}
    return lexicon.surnames


def holder(candidates: tuple[Entry, ...], day: dt.date | None, *, office: str | None = None,
           country: str | None = None) -> Entry | None:
    """The only one of `candidates` holding an office on `day` (the office a title names and the country
    it gives, when they are known), or of several of one government the only one leading it ("Castro"
    in 2000 is Fidel, the president, not Raúl, his defence minister); None when none or several do
    (of several countries, no one: either may be meant), or there is no date."""
    if day is None:
        return None
    found = []
    leading = []
    countries: set[str | None] = set()
    for entry in candidates:
        terms = [t for t in entry.terms if t.dated and t.holds(day)]
        if office is not None:
            wanted = LEADER_OFFICES if office == "leader" else {office}
            terms = [t for t in terms if t.office in wanted]
        if country is not None:
            terms = [t for t in terms if t.country == country]
        if terms:
            found.append(entry)
            countries.update(t.country for t in terms)
        if any(t.office in LEADER_OFFICES for t in terms):
            leading.append(entry)
    if len(found) == 1:
        return found[0]
    return leading[0] if len(leading) == 1 and len(countries) == 1 else None
