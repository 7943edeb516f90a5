"""Verbs with a sense that is no event: the pattern holds only with the argument that makes it one."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events


def coded(nlp, text: str) -> list[tuple]:
    actors = actors_in(text)
    return triples(find_events(text, nlp(text), actors, [], published="2024-02-09"), actors)


@pytest.mark.parametrize(("text", "expected"), [
    # sheltering someone is granting asylum; sheltering from the weather is nothing
    ("Turkey sheltered Zelensky for a week.", [("TUR", "075", "UKR")]),
    ("Chinese fishermen were sheltering from bad weather near Taiwan.", []),
    # an air strike is an air strike under a labour strike's light verb too
    ("Russia began air strikes on Syria in September.", [("RUS", "195", "SYR")]),
])
def test_a_sense_needs_its_argument(nlp, text, expected):
    assert coded(nlp, text) == expected
