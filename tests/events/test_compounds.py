"""A noun that only modifies another noun is no event ("attack helicopters", "the withdrawal
agreement"): the head decides; under a head that frames the event ("a bombing campaign", "a coup
attempt") the modifier still is one (exact triples; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # the modifier describes the head: no event of its own
    ("Britain signed the EU withdrawal agreement.", [("GBR", "057", None)]),
    ("Russia sent attack helicopters to Syria.", []),
    ("Iran arrested two aid workers from France.", [("IRN", "173", None)]),
    ("The EU withdrawal agreement was approved by Britain.", [("GBR", "057", "EUR")]),
    # the head is the event, its modifier says what kind
    ("Israel and Hamas held peace talks.", [("ISR", "046", "PSE"), ("PSE", "046", "ISR")]),
    ("Russia carried out a missile attack on Ukraine.", [("RUS", "194", "UKR")]),
    ("Iran condemned the Israeli missile attack.", [("IRN", "111", "ISR"), ("ISR", "194", None)]),
    # a head that frames the modifier's event
    ("Russia stepped up its bombing campaign in Syria.", [("RUS", "195", "SYR")]),
    ("The US announced an aid package for Ukraine.", [("USA", "071", "UKR")]),
    ("Israel launched a rescue operation in Gaza.", [("ISR", "073", "PSE")]),
    # a framing head with no pattern of its own: the modifier is the event, in the head's phrase
    ("Iran launched a drone attack campaign against Israel.", [("IRN", "195", "ISR")]),
])
def test_the_head_noun_decides(nlp, text, expected):
    assert coded(nlp, text) == expected
