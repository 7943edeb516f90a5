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
    ("Iran rejected the demands of Israel and Egypt.", [("IRN", "120", "ISR"), ("IRN", "120", "EGY")]),
    # denying charges or refuting comments answers their author, by-phrase hung on the verb too
    ("Iran refuted Biden's comments on the deal.", [("IRN", "016", "USA")]),
    ("Egypt denied charges by Israel that it had tortured a priest.", [("EGY", "016", "ISR")]),
    ("Iran rejected claims that Hamas was responsible for the attack.", [("IRN", "016", None)]),
    # one's own act answers no one
    ("Israel rejected its own proposal.", [("ISR", "120", None)]),
])
def test_answers_go_to_the_author(nlp, text, expected):
    demonyms = (("Russian", "RUS"),) if "Russian-" in text else ()
    assert coded(nlp, text, demonyms) == expected


def coded_with_modality(nlp, text: str) -> list[tuple]:
    actors = actors_in(text)
    country = {a.id: a.country for a in actors}
    return [(country.get(e.source), e.code, country.get(e.target), e.modality)
            for e in find_events(text, nlp(text), actors, [], published=None)]


@pytest.mark.parametrize(("text", "expected"), [
    # the one who accepts an invitation is the one who will meet, visit or talk
    ("Biden accepted an invitation to meet with Putin.",
     [("USA", "036", "RUS", "asserted"), ("USA", "040", "RUS", "future")]),
    ("Biden accepted Xi's invitation to visit China.",
     [("USA", "036", "CHN", "asserted"), ("USA", "042", "CHN", "future")]),
    # declined, the deed will not happen
    ("Biden turned down Xi's invitation to visit China.",
     [("USA", "120", "CHN", "asserted"), ("USA", "042", "CHN", "negated")]),
    # an invitation extended: the invitee would do it, not yet
    ("Xi extended an invitation to Biden to visit China.",
     [("CHN", "020", "USA", "asserted"), ("USA", "042", "CHN", "hypothetical")]),
    # an appeal to help someone is made for them
    ("The UN launched an appeal to help Sudan.", [("UNO", "023", "SDN", "asserted")]),
])
def test_invitations_and_appeals(nlp, text, expected):
    assert coded_with_modality(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle or relative clause on the object names whom the measure was aimed at
    ("Britain lifted sanctions imposed on Iran.", [("GBR", "085", "IRN")]),
    ("Egypt eased the restrictions placed on Gaza.", [("EGY", "081", "PSE")]),
    ("France will not lift the ban Britain imposed on Hamas.", [("FRA", "1241", "PSE"), ("GBR", "172", "PSE")]),
])
def test_measures_lifted_from_their_target(nlp, text, expected):
    assert coded(nlp, text) == expected
