"""Force against military objects: an attack though no one is named on the other side. Exact
(source, code, target) country triples on sentences written for these tests, with hand-built
actors (tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events


def coded(nlp, text: str) -> list[tuple]:
    actors = actors_in(text)
    return triples(find_events(text, nlp(text), actors, [], published="2024-02-09"), actors)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces pounded positions near Kyiv.", [("RUS", "194", None)]),
    ("Israeli jets struck targets in Gaza overnight.", [("ISR", "195", "PSE")]),   # the place: the target; jets: aerial
    ("Ukraine struck a military base in Russia.", [("UKR", "190", "RUS")]),
    # no actor strikes: no event; a deal struck is no attack
    ("The crisis hit the town hard.", []),
    ("The US struck a deal with Iran.", [("USA", "057", "IRN")]),
])
def test_strikes_on_military_objects(nlp, text, expected):
    assert coded(nlp, text) == expected
