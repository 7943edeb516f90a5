"""Deeds laid to someone by "responsible for" and "guilty of", and those only alleged: exact (source, code, target)
country triples on sentences written for these tests, with hand-built actors
(tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events


def code(nlp, text: str):
    actors = actors_in(text)
    return find_events(text, nlp(text), actors, [], published="2024-02-09"), actors


@pytest.mark.parametrize(("text", "expected", "modality"), [
    ("Hamas is responsible for the killings of Israeli civilians.", [("PSE", "190", "ISR")], ["asserted"]),
    ("The Israeli army was guilty of attacking Lebanon.", [("ISR", "190", "LBN")], ["asserted"]),
    ("Russian commanders responsible for the shelling of Kyiv were promoted.", [("RUS", "194", "UKR")],
     ["asserted"]),
    ("Hamas is not responsible for the attack on Israel.", [("PSE", "190", "ISR")], ["negated"]),
    # an accusation, not a finding: the accuser's act only
    ("The US held Iran responsible for the attack on Israel.", [("USA", "112", "IRN")], ["asserted"]),
    ("Iran rejected claims that Hamas was responsible for the attack on Israel.", [("IRN", "016", None)],
     ["asserted"]),
    # the content of an accusation, a claim, a charge: only alleged
    ("Iran rejected accusations that it had supplied drones to Russia.", [("IRN", "016", None)], ["asserted"]),
    ("Israel denied the allegation that Hamas had attacked Egypt.", [("ISR", "016", None)], ["asserted"]),
    # responsible for something that is no deed
    ("Kenya is responsible for the security of Somalia.", [], []),
])
def test_responsible_for_and_guilty_of_name_the_doer(nlp, text, expected, modality):
    events, actors = code(nlp, text)
    assert triples(events, actors) == expected
    assert [e.modality for e in events] == modality


@pytest.mark.parametrize(("text", "expected"), [
    # what someone is charged with or convicted of is the charge, not a deed of the court's
    ("Iranian prosecutors charged a man with killing an Israeli diplomat.", [("IRN", "173", None)]),
    ("Iran charged two men with spying for Israel.", [("IRN", "173", None)]),
    # what someone is held on suspicion of is alleged
    ("Iran detained two men on suspicion of spying for Israel.", [("IRN", "173", None)]),
])
def test_charged_with(nlp, text, expected):
    assert triples(*code(nlp, text)) == expected
