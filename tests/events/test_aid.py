"""Aid handed over or sent in a team: exact (source, code, target) country triples on sentences
written for these tests, with hand-built actors (tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events


def coded(nlp, text: str) -> list[tuple]:
    actors = actors_in(text)
    return triples(find_events(text, nlp(text), actors, [], published="2024-02-09"), actors)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan handed over 20 ambulances to Kenya.", [("JPN", "070", "KEN")]),
    ("Kenya handed over the suspects to Somalia.", [("KEN", "063", "SOM")]),   # judicial cooperation
    ("China sent a team of doctors to Iraq.", [("CHN", "073", "IRQ")]),          # what the team is of
])
def test_aid_handed_over_or_sent(nlp, text, expected):
    assert coded(nlp, text) == expected
