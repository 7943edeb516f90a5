"""Force against military objects: an attack though no one is named on the other side. Exact
(source, code, target) country triples on sentences written for these tests, with hand-built
actors (tests/events/cases.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.events.cases import NAMES, actors_in, coded, triples
from tidings.events import find_events
from tidings.records import Actor


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces pounded positions near Kyiv.", [("RUS", "194", "UKR")]),   # where: near Kyiv
    ("Russian forces pounded positions overnight.", [("RUS", "194", None)]),
    ("Israeli jets struck targets in Gaza overnight.", [("ISR", "195", "PSE")]),   # the place: the target; jets: aerial
    ("Ukraine struck a military base in Russia.", [("UKR", "190", "RUS")]),
    # no actor strikes: no event; a deal struck is no attack
    ("The crisis hit the town hard.", []),
    # the weapon that hits someone says how, over the plain attack
    ("Russian missiles hit Ukrainian cities overnight.", [("RUS", "194", "UKR")]),
    ("Israeli jets hit Hamas in Gaza.", [("ISR", "195", "PSE")]),
    ("The US struck a deal with Iran.", [("USA", "057", "IRN")]),
    # language struck from a text is removed, not hit
    ("Russia struck the Ukraine provision from the resolution.", []),
])
def test_strikes_on_military_objects(nlp, text, expected):
    assert coded(nlp, text) == expected


# Actors with CAMEO roles, for the conditions on the actor a slot names (`dobj.actor=`).
ARMED = {**NAMES, "Hamas": ("PSE", "organization", "REB"), "Wagner": ("RUS", "organization", "MIL")}


def with_roles(text: str) -> list[Actor]:
    """The actors of `text` by the test table, each with the role ARMED gives it."""
    table = {name: value[:2] for name, value in ARMED.items()}
    roles = {name: (value[2] if len(value) > 2 else None) for name, value in ARMED.items()}
    return [replace(a, role=roles[a.name]) for a in actors_in(text, table)]


@pytest.mark.parametrize(("text", "expected"), [
    # a country or an armed organisation hit by an actor: an attack
    ("Israel is hitting Hamas in Gaza.", [("ISR", "190", "PSE")]),
    ("Russia hit Ukraine with missiles overnight.", [("RUS", "190", "UKR")]),
    ("Ukraine hit Wagner near the town.", [("UKR", "190", "RUS")]),
    ("Iran was hit by Israel overnight.", [("ISR", "190", "IRN")]),
    # hit over something: criticism; hit with sanctions: a sanction
    ("Biden hit China over its trade practices.", [("USA", "111", "CHN")]),
    ("The US hit Russia with new sanctions.", [("USA", "163", "RUS")]),
    # no actor hitting, a person hit, an organisation of no armed role, a record: no attack
    ("The crisis hit Lebanon hard.", []),
    ("Biden hit Putin hard in the debate.", []),
    ("Russia hit the EU hard.", []),
    ("Exports hit a record in March.", []),
])
def test_hit_an_actor(nlp, text, expected):
    actors = with_roles(text)
    assert triples(find_events(text, nlp(text), actors, [], published="2024-02-09"), actors) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the forces a posture names are the source's own, never its target
    ("The US strengthened its forces in the Gulf.", [("USA", "154", None)]),
    ("Israel mobilized troops on Monday.", [("ISR", "154", None)]),
    # the side they are sent against is
    ("Russia deployed troops against Ukraine.", [("RUS", "154", "UKR")]),
])
def test_force_posture_forces_are_no_target(nlp, text, expected):
    names = {**NAMES, "forces": ("USA", "organization"), "troops": ("ISR", "organization")}
    assert coded(nlp, text, names=names) == expected
