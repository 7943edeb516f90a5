"""Which pattern of a lemma holds when several do: the most conditions first, then those that
name words. Exact (source, code, target) country triples on sentences written for these tests,
with hand-built actors (tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("The US withdrew from the nuclear deal with Iran.", [("USA", "127", "IRN")]),   # not a retreat (087)
    ("The UN withdrew peacekeepers from Lebanon.", [("UNO", "1661", "LBN")]),
    ("Russia withdrew its troops from Syria.", [("RUS", "0874", "SYR")]),
    ("Turkey withdrew from Syria.", [("TUR", "087", "SYR")]),
    # a subject condition: peacekeepers arriving provide peacekeeping (074), others visit (042)
    ("Chinese peacekeeping troops arrived in Sudan.", [("CHN", "074", "SDN")]),
    ("Modi arrived in Japan.", [("IND", "042", "JPN")]),
    # a hand-written line goes before the converted one with the same conditions
    ("Russia recognized the independence of Kosovo.", [("RUS", "054", "XKX")]),   # not 017
])
def test_a_pattern_naming_words_goes_before_a_bare_one(nlp, text, expected):
    assert coded(nlp, text) == expected
