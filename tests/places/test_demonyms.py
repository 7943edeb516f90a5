"""Demonyms listed as places of form "demonym", on sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.places import find_places


def demonyms(nlp, text: str) -> list[tuple[str, str, str | None, str]]:
    return [(p.text, p.name, p.country, p.form) for p in find_places(text, nlp(text), (), dateline=None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops shelled the town, and Georgian officials said the Russians had left.",
     [("Russian", "Russia", "RUS", "demonym"), ("Georgian", "Georgia", "GEO", "demonym"),
      ("Russians", "Russia", "RUS", "demonym")]),
    # several words, and a state's people
    ("Sri Lankan forces advanced as thousands of Ohioans lost benefits.",
     [("Sri Lankan", "Sri Lanka", "LKA", "demonym"), ("Ohioans", "Ohio", "USA", "demonym")]),
    # two countries joined by a hyphen
    ("A Russian-American crew blasts off.",
     [("Russian", "Russia", "RUS", "demonym"), ("American", "United States", "USA", "demonym")]),
    # a people noun after "the"; an adjective before a name
    ("The French voted, and the Russian Foreign Ministry objected.",
     [("French", "France", "FRA", "demonym"), ("Russian", "Russia", "RUS", "demonym")]),
])
def test_demonyms_are_listed(nlp, text, expected):
    assert demonyms(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ethnic compounds name no country
    ("The Native American History Council and the African-American Affairs Commission met.", []),
    # a region's adjective names no country, but a demonym of two words does
    ("Latin American and South American leaders met North Korean envoys.",
     [("North Korean", "North Korea", "PRK", "demonym")]),
    # a language, and a newspaper's title
    ("He speaks fluent French and lives in Paris.", [("Paris", "Paris", "FRA", "name")]),
    ("The letter was written in Russian.", []),
    ("The Oklahoman reported the news on Sunday.", []),
])
def test_other_uses_are_not(nlp, text, expected):
    assert demonyms(nlp, text) == expected
