"""The seed article through the whole pipeline: its events by country, and none from its caption."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from tidings.sources.plain import read_plain

CAPTION = "Xi Jinping meets with Russian President Vladimir Putin during the official welcoming ceremony"


@pytest.fixture(scope="module")
def seed(pipeline):
    return pipeline.extract(read_plain(SEED.read_bytes(), origin=str(SEED)))


def test_the_caption_is_removed_and_yields_no_event(seed):
    assert any(CAPTION in r.text for r in seed.removed)
    assert CAPTION not in seed.text
    assert not any("welcoming ceremony" in seed.text[slice(*e.sentence)] for e in seed.events)


def test_seed_events_by_country(seed):
    country = {a.id: a.country for a in seed.actors}
    found = {(country.get(e.source), country.get(e.target), e.root) for e in seed.events}
    required = {("CHN", "RUS", "04"), ("CHN", "USA", "11"), ("RUS", "USA", "11"), ("WST", "RUS", "16"),
                ("RUS", "UKR", "19"), ("USA", "CHN", "11"), ("RUS", "CHN", "04")}
    assert required <= found
    conflict = {f"{r:02d}" for r in range(10, 21)}
    assert not [f for f in found if {f[0], f[1]} == {"CHN", "RUS"} and f[2] in conflict]
