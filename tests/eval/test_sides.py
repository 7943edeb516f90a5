"""How eval/events.py writes an event side as the petr2_gsr gold does: a country, a bloc above
countries (IGO, IMG, NGO) or "---"."""

from __future__ import annotations

import pytest

from eval.events import _side
from tidings.records import Actor


@pytest.mark.parametrize(("actor", "expected"), [
    (Actor("a1", "China", "country", "CHN", None, code="CHN"), "CHN"),
    (Actor("a1", "UN troops", "group", "IGO", "MIL", organization="UNO", code="IGOUNOMIL"), "IGO"),
    (Actor("a1", "al-Qaeda", "organization", None, "REB", organization="ALQ", code="IMGMUSALQ"), "IMG"),
    # linked to a group is not the group: no side above countries
    (Actor("a1", "Al-Qaeda-linked rebels", "group", None, "REB", organization="ALQ", code="REB"), "---"),
    (Actor("a1", "gunmen", "group", None, "REB"), "---"),
])
def test_side(actor, expected):
    assert _side({"a1": actor}, "a1", False) == expected


def test_no_actor():
    assert _side({}, None, False) == "---"
    assert _side({}, None, False, missing="None") == "None"
