"""Names acting as a clause's subject with nothing else to tell who they are. Sentences written for these tests."""

import pytest

from tidings.actors import find_actors


def actors(nlp, text):
    return [(a.name, a.kind, a.country, [text[s:e] for s, e in a.mentions])
            for a in find_actors(text, nlp(text), published="2020-03-01")]


@pytest.mark.parametrize(("text", "expected"), [
    # a surname or an unfamiliar name as subject is a person, the same one when repeated
    ("Meyer met the press. Meyer said he would go.", ("Meyer", "person", None, ["Meyer", "Meyer", "he"])),
    ("Dravinsky suspended the aid talks on Monday.", ("Dravinsky", "person", None, ["Dravinsky"])),
    # an unknown name in capitals is a body
    ("KLRB said it would appeal the ruling.", ("KLRB", "organization", None, ["KLRB"])),
])
def test_a_bare_subject_is_an_actor(nlp, text, expected):
    assert expected in actors(nlp, text)


@pytest.mark.parametrize("text", [
    "Christmas falls on a Sunday this year.",    # a date
    "Pittsburgh is considering new rules.",      # a place the gazetteer knows
    "Dravinsky Suspends Aid Talks After Row",    # a headline: every word is capitalised
    "Economists said Brexit would hurt Wales.",  # not a subject
])
def test_no_bare_subject(nlp, text):
    assert not any(a.basis == "subject" for a in find_actors(text, nlp(text), published="2020-03-01"))
