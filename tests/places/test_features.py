"""Named features (streets, water, terrain, parks) and name boundaries, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.places import find_places


def spans(nlp, text: str) -> list[tuple[str, str | None, bool]]:
    """(text, feature, resolved) of each place."""
    return [(p.text, p.feature, p.lat is not None) for p in find_places(text, nlp(text), (), dateline=None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a generic after the name: a street or a river, with no coordinates
    ("Officers searched a house at 44 Hungerford St., police said.", [("Hungerford St.", "ST", False)]),
    ("The driver lived on Nordland Avenue and worked downtown.", [("Nordland Avenue", "ST", False)]),
    ("Crews closed Hyland-Croy Road for the day.", [("Hyland-Croy Road", "RD", False)]),
    ("Divers searched the Catawba River for hours.", [("Catawba River", "STM", False)]),
    ("The fire spread at 3537 Seventh Street Northwest overnight.", [("Seventh Street Northwest", "ST", False)]),
    # a generic before the name
    ("The road near Lake Vermont is closed.", [("Lake Vermont", "LK", False)]),
    ("Storms in the Gulf of Alaska are weaker than usual.", [("Gulf of Alaska", "GULF", False)]),
    # "the" before a water name: the water, not a province named after it
    ("Rebels attacked a ship in the Red Sea.", [("Red Sea", "SEA", False)]),
    ("Officials in Egypt's Red Sea governorate closed the beaches.",
     [("Egypt", "PCLI", True), ("Red Sea", "ADM1", True)]),
    # a town whose name carries a generic keeps its gazetteer entry
    ("She moved to Lake Charles last year.", [("Lake Charles", "PPL", True)]),
    ("The meeting is at the Mount Pleasant Civic Center.", [("Mount Pleasant", "PPL", True)]),
    # "Co." is a county only where the gazetteer knows one of that name
    ("Platte Co. tops 32,000 people for the first time.", [("Platte Co.", "ADM2", True)]),
    ("Dow Chemical Co. announced a new plant.", []),
    # a street's generic before an institution's word names the institution, not the street
    ("Voters lined up at the Blackmon Road Middle School precinct.", []),
    # "St." before a name is "Saint"
    ("A man from St. Paul, Minn., was arrested.", [("St. Paul", "PPL", True), ("Minn.", "ADM1", True)]),
])
def test_features(nlp, text, expected):
    assert spans(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the dot of an abbreviation belongs to the name, also where the parser splits it off
    ("The crew flew home to the U.S. The next day they rested.", ["U.S."]),
    ("Two men were hurt in a Phila. shooting on Monday.", ["Phila."]),
    ("A slide closed the road near Charleston, W.Va. Crews worked all night.", ["Charleston", "W.Va."]),
])
def test_abbreviations_keep_their_dot(nlp, text, expected):
    assert [p.text for p in find_places(text, nlp(text), (), dateline=None)] == expected
