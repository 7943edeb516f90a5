"""Whom an answer is to: rejecting, backing or vetoing a demand, proposal or resolution answers
its author (exact triples; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events
from tidings.events.participants import with_place_countries
from tidings.records import Place


def coded(nlp, text: str, demonyms: tuple[tuple[str, str], ...] = ()) -> list[tuple]:
    actors = actors_in(text)
    places = [Place(text.index(word), text.index(word) + len(word), word, word, country, None, None, None,
                    form="demonym") for word, country in demonyms]
    actors = list(with_place_countries(actors, places))
    return triples(find_events(text, nlp(text), actors, [], published=None, places=places), actors)


@pytest.mark.parametrize(("text", "expected"), [
    # the possessor made it
    ("Israel rejected Iran's proposal.", [("ISR", "120", "IRN")]),
    ("Iran accepted Iraq's invitation.", [("IRN", "036", "IRQ")]),
    # a country adjective each: one event per author
    ("Turkey rejected the Israeli and Iranian demands.", [("TUR", "120", "ISR"), ("TUR", "120", "IRN")]),
    ("Iran rejected an Israeli offer of a ceasefire.", [("IRN", "120", "ISR")]),
    # an of-phrase
    ("Egypt turned down the request of the European Union.", [("EGY", "120", "EUR")]),
    # the by-agent of a participle on the noun, before the forum a compound names
    ("Russia vetoed a UN draft resolution presented by Britain.", [("RUS", "129", "GBR")]),
    ("Egypt criticised the proposals laid out by NATO.", [("EGY", "111", "NAT")]),
    ("Israel welcomed the plan submitted by Egypt.", [("ISR", "051", "EGY")]),
    # the one before a hyphenated participle
    ("China opposed a Russian-drafted resolution.", [("CHN", "120", "RUS")]),
    # one's own act answers no one
    ("Israel rejected its own proposal.", [("ISR", "120", None)]),
])
def test_answers_go_to_the_author(nlp, text, expected):
    demonyms = (("Russian", "RUS"),) if "Russian-" in text else ()
    assert coded(nlp, text, demonyms) == expected
