"""A country written in its noun form before an investigation or a sanction is what it is about
("the Russia investigation", "Iran sanctions"); an adjective, a possessive or an abbreviation
still names the doer ("a Russian probe", "Russia's investigation", "US sanctions") (exact
triples; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases
from tidings.events import find_events


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # the country is the topic: not the investigator, nor the one who sanctions
    ("The Russia investigation angered Putin.", []),
    ("Iran sanctions hurt Iran.", []),
    ("The US imposed new Iran sanctions.", [("USA", "163", "IRN")]),
    ("The US lifted the Iran sanctions.", [("USA", "085", "IRN")]),
    ("The UN launched a Syria inquiry.", [("UNO", "090", "SYR")]),
    # an adjective, a possessive, an abbreviation: the doer
    ("Russia's investigation angered Biden.", [("RUS", "090", None)]),
    ("A Russian probe angered Biden.", [("RUS", "090", None)]),
    ("US sanctions hurt Iran.", [("USA", "163", None)]),
    ("US sanctions on Iran hurt Iran.", [("USA", "163", "IRN")]),
])
def test_country_topics(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known political figure before an investigation is what it is about
    ("The US launched a Netanyahu inquiry.", [("USA", "090", "ISR")]),
    ("The Biden probe angered Putin.", []),
    # a person of no known country leads it
    ("The Mueller investigation angered Putin.", [("Mueller", "090", None)]),
])
def test_person_topics(nlp, text, expected):
    names = {**cases.NAMES, "Mueller": (None, "person")}
    actors = cases.actors_in(text, names)
    events = find_events(text, nlp(text), actors, [], published=None)
    name = {a.id: a.name if a.country is None else a.country for a in actors}
    assert [(name.get(e.source), e.code, name.get(e.target)) for e in events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lifting with no agent is the sanctions' or ban's author's, not the one they are about's
    ("US sanctions against Iran were lifted.", [("USA", "085", "IRN")]),
    ("Iran sanctions were lifted.", [(None, "085", "IRN")]),
    ("Russia's ban on Ukraine was eased.", [("RUS", "081", "UKR")]),
])
def test_sanctions_lifted_by_their_author(nlp, text, expected):
    assert coded(nlp, text) == expected
