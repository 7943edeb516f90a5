"""Who speaks through a message and to whom: "issued a statement urging ...", "sent a letter to X
threatening ..." (exact triples; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # the one who issued the message speaks
    ("Britain issued a statement urging Iran to act.", [("GBR", "020", "IRN")]),
    ("Britain put out a report accusing the Iranian army of failing.", [("GBR", "112", "IRN")]),
    ("France issued a statement calling on Egypt to free the prisoners.", [("FRA", "0253", "EGY")]),
    # ... and the body that approved or passed it
    ("The European Union approved a resolution criticizing Russia.", [("EUR", "111", "RUS")]),
    # the message names its author itself
    ("Britain's statement urged Iran to act.", [("GBR", "020", "IRN")]),
    # a message one answers is not one's own
    ("Iran rejected a statement calling on it to act.", [("IRN", "120", None)]),
    # the one it was sent to is whom a threat or appeal without another target is made to
    ("Britain sent a letter to Iran threatening to cut aid.", [("GBR", "1311", "IRN")]),
    ("Britain sent Iran a letter threatening to cut aid.", [("GBR", "1311", "IRN")]),
])
def test_messages(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the one called on, appealed to or relied on does the infinitive, however the parser hangs it
    ("France called on Egypt to free the prisoners.", [("FRA", "0253", "EGY")]),
    ("France appealed to Egypt to free the prisoners.", [("FRA", "0253", "EGY")]),
    ("France relied on Egypt to free the prisoners.", [("EGY", "0841", None)]),
    # not the object of any preposition: a crackdown on protesters is no request to them
    ("Russia cracked down on protesters to restore order.", [("RUS", "175", None)]),
])
def test_asked_through_a_preposition(nlp, text, expected):
    assert coded(nlp, text) == expected
