"""Aid handed over or sent in a team: exact (source, code, target) country triples on sentences
written for these tests, with hand-built actors (tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan handed over 20 ambulances to Kenya.", [("JPN", "070", "KEN")]),
    ("Kenya handed over the suspects to Somalia.", [("KEN", "063", "SOM")]),   # judicial cooperation
    ("China sent a team of doctors to Iraq.", [("CHN", "073", "IRQ")]),          # what the team is of
    # a share of a thing is that thing
    ("The US supplied half of the weapons to Ukraine.", [("USA", "072", "UKR")]),
    ("Russia supplied 90% of the military equipment to Armenia.", [("RUS", "072", "ARM")]),
    # the support a gift is given for is the gift, no statement of support (051)
    ("Japan handed over 20 ambulances to support hospitals in Kenya.", [("JPN", "070", "KEN")]),
    ("Germany gave 6 million euros to support projects in Iraq.", [("DEU", "071", "IRQ")]),
])
def test_aid_handed_over_or_sent(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the particle read as a preposition (over/prep, its object the thing handed) or as counting the
    # object (over/quantmod of 30)
    ("The UN hands over food to Sudan.", [("UNO", "070", "SDN")]),
    ("Germany and Japan hand over 30 vehicles to Ethiopia.", [("DEU", "070", "ETH"), ("JPN", "070", "ETH")]),
    # a preposition of a verb with no such pattern, or of a passive, stays one
    ("Russian jets flew over Syria.", []),
    ("The men were arrested over the investigation.", []),
])
def test_particles_read_as_prepositions(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # access given to aid workers, or humanitarian access: allowing aid (0863), to the recipients'
    # side, else where; the parser reads the two objects as a clause ("aid workers access",
    # "agencies expanded access")
    ("Egypt allowed UN aid workers access to Gaza.", [("EGY", "0863", "PSE")]),
    ("Egypt allowed American aid workers access to Gaza.", [("EGY", "0863", "USA")]),
    ("Egypt allows humanitarian agencies expanded access to Gaza.", [("EGY", "0863", "PSE")]),
    ("Sudan granted aid agencies unimpeded access to Darfur.", [("SDN", "0863", None)]),
    ("Israel allowed humanitarian access to Gaza.", [("ISR", "0863", "PSE")]),
    # inspectors: an inspection (0862); anyone else: international involvement (086)
    ("Iran allowed inspectors access to the site.", [("IRN", "0862", None)]),
    ("Israel allowed journalists access to Gaza.", [("ISR", "086", "PSE")]),
    # a clause of its own is no pair of objects
    ("Egypt allowed that the agencies had expanded access to Gaza.", []),
])
def test_access_allowed(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a donor as the predicate of its subject gives aid; the recipient may stand in the aid's phrase
    ("Japan is the largest donor to Sudan.", [("JPN", "070", "SDN")]),
    ("Germany remains one of the largest donors of humanitarian aid to Syria.", [("DEU", "070", "SYR")]),
    ("The United States is the largest donor of humanitarian assistance in Iraq.", [("USA", "070", "IRQ")]),
    # donors doing something else, or a donor conference: the donor is no event
    ("Donors pledged $2 billion to Syria.", [(None, "0331", "SYR")]),
    ("Japan hosted a donor conference for Sudan.", [("JPN", "043", "SDN")]),
])
def test_donors(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # goods received from someone were given by them
    ("Kenya received food and medicine from Japan.", [("JPN", "070", "KEN")]),
    ("Ukraine received weapons from Germany.", [("DEU", "072", "UKR")]),
    # from no one named, or a thing that is no aid: no giving
    ("Kenya received food and medicine.", []),
    ("Japan received a letter from Iran.", []),
])
def test_goods_received(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the from-phrase of an aid noun is its giver; where the aid arrived is whom it is for (no visit)
    ("Aid from Japan reached Kenya on Monday.", [("JPN", "070", "KEN")]),     # "Aid" tagged a verb
    ("The aid from Germany reached Ethiopia.", [("DEU", "070", "ETH")]),
    ("Humanitarian aid from France arrived in Sudan on Friday.", [("FRA", "073", "SDN")]),
    ("American aid reached Ukraine.", [("USA", "070", "UKR")]),
    # received from, asked of: the from-phrase is still the giver or the one asked
    ("Kenya received aid from Japan.", [("JPN", "070", "KEN")]),
    ("Syria requested aid from Russia.", [("SYR", "023", "RUS")]),
    # an aid convoy that arrives is aid, no visit
    ("An aid convoy from Turkey arrived in Syria.", [("TUR", "070", "SYR")]),
])
def test_aid_arriving(nlp, text, expected):
    assert coded(nlp, text) == expected
