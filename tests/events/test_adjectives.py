"""Predicate adjectives: a comment or feeling stated with "is", "remains", "was" ("Japan is concerned
about North Korea", "China remains skeptical of the plan") is coded as the verb or noun of the same
comment is ("voiced concern", "expressed optimism"); an adjective that describes, or a feeling about
no one, is no event (exact triples with modality; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import coded


@pytest.mark.parametrize(("text", "expected"), [
    # comments: pessimistic 012, optimistic 013, with whom their phrase names
    ("Japan is concerned about North Korea.", [("JPN", "012", "PRK", "asserted")]),
    ("China remains skeptical of the US plan.", [("CHN", "012", "USA", "asserted")]),
    ("Macron is optimistic about talks with Iran.", [("FRA", "013", "IRN", "asserted")]),
    # a comment alone is an event, as "expressed optimism" is
    ("Putin said he was pessimistic.", [("RUS", "012", None, "asserted")]),
    # the subject of the content clause when no phrase names anyone
    ("Macron was optimistic that Iran would return to the talks.", [("FRA", "013", "IRN", "asserted")]),
    # gratitude and support (051), criticism (111), disapproval (110)
    ("Erdogan said Turkey was grateful to Russia for its help.", [("TUR", "051", "RUS", "asserted")]),
    ("Germany is critical of China's policy.", [("DEU", "111", "CHN", "asserted")]),
    ("Iran is angry with the United States.", [("IRN", "110", "USA", "asserted")]),
    # negation, the future, through the copula
    ("Macron was not optimistic about talks with Iran.", [("FRA", "013", "IRN", "negated")]),
    ("Iran will be angry with the United States.", [("IRN", "110", "USA", "future")]),
])
def test_predicate_adjectives_are_comments(nlp, text, expected):
    assert coded(nlp, text, modality=True) == expected


@pytest.mark.parametrize("text", [
    "Israel is worried.",                                  # a feeling about no one
    "As far as Israel is concerned, the talks are over.",  # a manner of speaking
    "A skeptical Germany watched the talks.",              # describes, says nothing
    "Biden is confident of himself.",                      # a feeling about oneself
    "The summit is critical to Iran.",                     # critical to: important, no criticism
])
def test_descriptions_and_feelings_about_no_one_are_no_events(nlp, text):
    assert coded(nlp, text, modality=True) == []


def test_saying_stands_when_what_was_said_is_no_event(nlp):
    # the feeling names no one, so it is no event; telling it is
    assert coded(nlp, '"We are worried," Putin told Xi.', modality=True) == [("RUS", "010", "CHN", "asserted")]
    # what was said is an event: it is coded, and the saying is not
    assert coded(nlp, '"We are worried about Ukraine," Putin told Xi.', modality=True) == \
        [("RUS", "012", "UKR", "asserted")]
