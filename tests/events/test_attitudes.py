"""Whom a hope, a concern or a disapproval is about when its pattern names no one: the subject
of what is hoped or feared, those it was voiced to, or the one its for/over-phrase names (exact
triples; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases
from tests.events.cases import actors_in, triples
from tidings.events import find_events
from tidings.records import Actor


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of the content clause, "that" or not, active or passive
    ("Iranian experts have expressed hopes the Israeli government will change its policy.",
     [("IRN", "013", "ISR")]),
    ("Macron expressed optimism that Germany's timeline could be accelerated.", [("FRA", "013", "DEU")]),
    # those it was voiced to
    ("Biden expressed concern to the UN that the violence had grown.", [("USA", "012", "UNO")]),
    # the one its for-phrase names
    ("Biden expressed concern for Erdogan's health.", [("USA", "012", "TUR")]),
    # no one named: no target
    ("Iran expressed hope for peace.", [("IRN", "013", None)]),
    # one's own side is not whom it is about
    ("Biden expressed hope that the United States would recover.", [("USA", "013", None)]),
])
def test_attitudes_are_about_someone(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_bodies_of_one_organisation_are_not_one_side(nlp):
    text = "The UN envoy expressed concern to the Security Council that violence had grown."
    names = {"The UN envoy": ("IGO", "person"), "the Security Council": ("IGO", "organization")}
    actors = actors_in(text, names)
    assert triples(find_events(text, nlp(text), actors, [], published=None), actors) == [("IGO", "012", "IGO")]


@pytest.mark.parametrize(("text", "expected"), [
    # refuge or asylum sought in a country is sought of it
    ("Thousands of Iranian refugees have sought refuge in Turkey since the war.", [("IRN", "020", "TUR")]),
    ("Ukrainian refugees sought asylum in Poland.", [("UKR", "023", "POL")]),
])
def test_refuge_is_sought_of_the_host(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # another part of one's country is someone else: experts hope the government will change
    ("Croatian experts expressed hopes the Croatian government will change its policy.", [("HRV", "013", "HRV")]),
    # a part of one's country in one's own role is one's own side
    ("Croatian officials expressed hopes the Croatian government will change its policy.", [("HRV", "013", None)]),
])
def test_attitude_about_another_part_of_ones_country(nlp, text, expected):
    subject = text.split(" expressed")[0]
    start = text.index("the Croatian government")
    actors = [Actor("a1", subject, "group", "HRV", "GOV" if "officials" in subject else None,
                    mentions=((0, len(subject)),)),
              Actor("a2", "the Croatian government", "organization", "HRV", "GOV",
                    mentions=((start, start + len("the Croatian government")),))]
    assert triples(find_events(text, nlp(text), actors, [], published=None), actors) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # concerns raised with or conveyed to someone are voiced to them
    ("The United States raised concerns with China about the drills.", [("USA", "012", "CHN")]),
    ("France conveyed its concerns about the furlough to Germany.", [("FRA", "012", "DEU")]),
    # what they are about comes first
    ("Japan raised concerns with the United States about China's military buildup.",
     [("JPN", "012", "CHN"), ("CHN", "154", None)]),
])
def test_concerns_raised_with_someone(nlp, text, expected):
    assert coded(nlp, text) == expected
