"""Condemning, denouncing or criticising allegations, claims, remarks or comments answers their
author, also when the object is put after the judgement ("condemned as unacceptable allegations
by Egypt"); exact triples, hand-built actors of tests/events/cases.py."""

from __future__ import annotations

import pytest

from tests.events import cases


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # the object after the judgement, its author by a by-phrase, a participle's agent, an of-phrase
    ("France condemned as unacceptable allegations by Egypt that it had aided the rebels.", [("FRA", "111", "EGY")]),
    ("France condemned as baseless the accusations made by Egypt.", [("FRA", "111", "EGY")]),
    ("Israel denounced as lies the remarks of Turkey.", [("ISR", "111", "TUR")]),
    # in place: by-phrase, from-phrase, possessive, adjective
    ("France condemned allegations by Egypt that it had aided the rebels.", [("FRA", "111", "EGY")]),
    ("Israel criticized comments from Turkey about the war.", [("ISR", "111", "TUR")]),
    ("France denounced Egypt's accusations.", [("FRA", "111", "EGY")]),
    ("Israel condemned Iranian claims that it had attacked Syria.", [("ISR", "111", "IRN")]),
    # the judgement after the object: the act has no author named
    ("Israel condemned the attack as unacceptable.", [("ISR", "111", None)]),
])
def test_condemned_acts_answer_their_author(nlp, text, expected):
    assert coded(nlp, text) == expected
