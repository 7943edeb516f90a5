"""The seed article through the whole pipeline: the visit's place, and no place for the call."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from tidings.records import EventPlace
from tidings.sources.plain import read_plain

BEIJING = EventPlace("Beijing", "CHN", 39.9075, 116.39723)


@pytest.fixture(scope="module")
def seed(pipeline):
    return pipeline.extract(read_plain(SEED.read_bytes(), origin=str(SEED)))


def test_the_visit_took_place_in_beijing(seed):
    country = {a.id: a.country for a in seed.actors}
    visits = [e for e in seed.events if e.root == "04" and country.get(e.source) == "RUS" and e.date == "2023-10"]
    assert visits and {e.place for e in visits} == {BEIJING}


def test_the_call_and_the_accusations_have_no_place(seed):
    # the text does not say where the leaders were during the call; the countries they accuse are no places
    assert {e.place for e in seed.events if e.date == "2024-02-08"} == {None}


def test_acting_capitals_are_not_listed_as_places(seed):
    # "Moscow views Beijing as a crucial economic lifeline": both capitals act (the actors stage codes them)
    sentence = seed.text.index("Moscow views Beijing")
    assert not [p for p in seed.places if sentence <= p.start < sentence + len("Moscow views Beijing")]
