"""Headlines in Title Case: coded again from a sentence-cased parse when the original parse
yields nothing (events/headline.py). Sentences written for these tests, hand-built actors."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events, headline
from tidings.events.coder import code_events
from tidings.events.lexicon import load_lexicon


@pytest.mark.parametrize(("text", "expected"), [
    ("China Condemns Japan Over Island Visit", [("CHN", "111", "JPN")]),   # the visit it is over is not China's
    ("Iran Releases Two American Prisoners", [("IRN", "0841", "USA")]),
    ("Poland Expels Russian Diplomats", [("POL", "161", "RUS")]),
])
def test_headline_reread(nlp, text, expected):
    actors = actors_in(text)
    # the Title Case parse alone finds nothing; the sentence-cased one does
    assert code_events(load_lexicon(), text, nlp(text), actors, []) == ()
    assert triples(find_events(text, nlp(text), actors, [], published=None), actors) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland Expels Russian Diplomats", True),
    ("U.S. Lifts Travel Ban to Lebanon.", True),
    ("Poland expelled two Russian diplomats on Monday.", False),
    ("Xi Met Putin", False),                          # too short to tell
])
def test_is_headline(nlp, text, expected):
    assert headline.is_headline(next(nlp(text).sents)) is expected


def test_sentence_cased_keeps_offsets_and_names(nlp):
    text = "Officials said so. Poland Expels Russian Diplomats Over Spy Case"
    doc = nlp(text)
    sent = list(doc.sents)[1]
    cased = headline.sentence_cased(text, sent, load_lexicon())
    assert len(cased) == len(text)
    # words with event patterns and function words lose their capitals; others keep them
    assert cased == " " * 19 + "Poland expels Russian Diplomats over spy Case"
