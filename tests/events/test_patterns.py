"""Verb patterns of data/verbs.txt for calling names, ordering out and closing missions (exact
triples on short sentences written for these tests; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events
from tidings.records import Actor


@pytest.mark.parametrize(("text", "expected"), [
    # calling something an attack or illegal condemns it and whoever did it
    # (and is no call for a labour strike)
    ("Russia called Ukraine's strike an unjustified attack.", [("RUS", "111", "UKR")]),
    ("Ukraine called the Russian strike a war crime.", [("UKR", "111", "RUS")]),
    ("Israel called Iran a threat.", [("ISR", "111", "IRN")]),
    ("Iran called the US sanctions illegal.", [("IRN", "111", "USA"), ("USA", "163", None)]),
    ("China described the Japan visit as a provocation.", [("CHN", "111", "JPN"), ("JPN", "042", None)]),
    ("Japan called the talks a success.", []),
    # ordering people out expels them; diplomats, a break in relations
    ("Poland ordered the Russian envoy out.", [("POL", "161", "RUS")]),
    ("Poland ordered Russian diplomats out of the country.", [("POL", "161", "RUS")]),
    # a closed mission is its owner's, or the host's when it names where
    ("Poland closed the Russian consulate.", [("POL", "161", "RUS")]),
    ("Poland closed its embassy in Ukraine.", [("POL", "161", "UKR")]),
])
def test_triples(nlp, text, expected):
    actors = actors_in(text)
    assert triples(find_events(text, nlp(text), actors, [], published=None), actors) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fire that came from a country, with no one named firing it, is that country's
    ("A mortar bomb was fired at Israel from Gaza on Tuesday.", [("PSE", "194", "ISR")]),
    ("Israel was attacked from Syria.", [("SYR", "190", "ISR")]),
    ("Turkey was struck by Syria from Iraq.", [("SYR", "190", "TUR")]),
    ("Japan was attacked.", [(None, "190", "JPN")]),
])
def test_fired_from(nlp, text, expected):
    actors = actors_in(text)
    assert triples(find_events(text, nlp(text), actors, [], published=None), actors) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a responsibility claim is against the target of the deed claimed
    ("Hamas claimed responsibility for the rocket attack on Israel.", [("PSE", "015", "ISR")]),
    ("Hezbollah claimed responsibility for an attack on Israeli troops.", [("LBN", "015", "ISR")]),
    ("Hamas claimed responsibility.", [("PSE", "015", None)]),
])
def test_claimed_responsibility(nlp, text, expected):
    actors = actors_in(text)
    assert triples(find_events(text, nlp(text), actors, [], published=None), actors) == expected


@pytest.mark.parametrize(("text", "role", "expected"), [
    # force used by protesters or rioters is violent protest (145); by troops it stays what it is
    ("Ukrainian protesters demolished the Russian consulate.", "OPP", [("UKR", "145", "RUS")]),
    ("Ukrainian protesters attacked the Russian consulate.", "OPP", [("UKR", "145", "RUS")]),
    ("Ukrainian soldiers attacked the Russian consulate.", "MIL", [("UKR", "190", "RUS")]),
    ("Ukrainian protesters fired missiles at the Russian consulate.", "OPP", [("UKR", "194", "RUS")]),
])
def test_violence_by_protesters(nlp, text, role, expected):
    doers = text[:text.index(" ", text.index(" ") + 1)]
    russian = text.index("Russian")
    actors = [Actor("a1", doers, "group", "UKR", role, mentions=((0, len(doers)),)),
              Actor("a2", "Russia", "country", "RUS", None, mentions=((russian, russian + 7),))]
    assert triples(find_events(text, nlp(text), actors, [], published=None), actors) == expected
