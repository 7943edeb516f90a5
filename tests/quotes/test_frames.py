"""Frames that name a speaker without a verb of saying: a clause or a name ended by a colon right
before the quote. Short sentences written for these tests, each with the exact quotes expected."""

import pytest

from tidings.quotes import find_quotes


def quotes(nlp, text: str) -> list[tuple]:
    return [(q.kind, q.speaker_text, q.cue, q.content) for q in find_quotes(text, nlp(text), [])]


COLON_CLAUSES = [
    ("And Ms. Okafor gloated: “I told you he would not be ready.”",
     [("direct", "Ms. Okafor", "gloated", "I told you he would not be ready.")]),
    ("Mr. Reyes took a stance common among farmers: “I am against it in my personal life.”",
     [("direct", "Mr. Reyes", "took", "I am against it in my personal life.")]),
    # a newsletter's headline, a dash, then the authors
    ("WHY THE POLLS MISSED - Ann Blum and Jon Cole: “Although the polls failed, they were not wrong.”",
     [("direct", "Ann Blum and Jon Cole", ":", "Although the polls failed, they were not wrong.")]),
    # no person or organisation before the colon: the quote keeps no speaker
    ("The rules are simple: “Nobody leaves the hall before noon.”",
     [("direct", None, None, "Nobody leaves the hall before noon.")]),
    ("The sign on the door: “Nobody leaves the hall before noon.”",
     [("direct", None, None, "Nobody leaves the hall before noon.")]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_CLAUSES)
def test_a_clause_ended_by_a_colon_names_the_speaker(nlp, text, expected):
    assert quotes(nlp, text) == expected
