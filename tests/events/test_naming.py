"""Naming someone something ("called Putin a murderer") is no phone call: with a pejorative word of
data/naming.txt it denounces (111), with praise it praises (051), else it is no event (exact
triples; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases
from tidings.events.lexicon import load_lexicon


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # a pejorative noun, or a pejorative word qualifying any noun: a denunciation
    ("Turkey has been calling President Putin a murderer.", [("TUR", "111", "RUS")]),
    ("Biden called Netanyahu a stupid guy.", [("USA", "111", "ISR")]),
    ("Iran called Israel a terrorist state.", [("IRN", "111", "ISR")]),
    ("Putin was called a killer by Biden.", [("USA", "111", "RUS")]),
    ("Egypt described Israel as a dangerous neighbour.", [("EGY", "111", "ISR")]),
    # praise
    ("Modi called Biden a hero.", [("IND", "051", "USA")]),
    ("Macron called Biden a great leader.", [("FRA", "051", "USA")]),
    # neither: naming, no event, and no call
    ("Japan called the talks a success.", []),
    ("Turkey called President Putin a man of his word.", []),
    # a telephone call stays one
    ("Biden called President Putin on Tuesday.", [("USA", "041", "RUS")]),
])
def test_naming(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_word_lists_are_read_from_naming_txt():
    called = {p.id: p for p in load_lexicon().verbs["call"]}
    assert "murderer" in called["call.insult.v"].requires[0].lemmas
    assert "hero" in called["call.praise.v"].requires[0].lemmas
