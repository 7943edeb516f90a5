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
    # a dictionary noun is a name where the article capitalises it inside a sentence too
    ("Critics attacked Fury on Monday. Fury said he would not resign.", ("Fury", "person", None, ["Fury", "he"])),
])
def test_a_bare_subject_is_an_actor(nlp, text, expected):
    assert expected in actors(nlp, text)


@pytest.mark.parametrize("text", [
    "Christmas falls on a Sunday this year.",    # a date
    "Pittsburgh is considering new rules.",      # a place the gazetteer knows
    "Dravinsky Suspends Aid Talks After Row",    # a headline: every word is capitalised
    "Economists said Brexit would hurt Wales.",  # not a subject
    # a dictionary noun the model tags a proper noun only because it opens the sentence
    "Tragedy struck the village when a bus crashed.",
    '"Hope faded for the miners," the mayor said.',
    "Chaos erupted in the capital on Sunday.",
])
def test_no_bare_subject(nlp, text):
    assert not any(a.basis == "subject" for a in find_actors(text, nlp(text), published="2020-03-01"))


@pytest.mark.parametrize(("text", "expected"), [
    # a body or group noun no word codes is an actor where it acts
    ("Anti-war groups called on workers to march.", ("Anti-war groups", None, None)),
    ("The agency said it doubted the figures.", ("agency", None, None)),
    ("The CleanAir movement urged the city to act.", ("CleanAir movement", None, None)),
    # a word before it still codes it
    ("A Kenyan rights organization said police killed ten people.", ("Kenyan rights organization", "KEN", "NGO")),
    ("The opposition alliance rejected the vote.", ("opposition alliance", None, "OPP")),
])
def test_an_acting_body_is_an_actor(nlp, text, expected):
    found = [(a.name, a.country, a.role) for a in find_actors(text, nlp(text), published="2020-03-01")]
    assert expected in found


@pytest.mark.parametrize("text", [
    "The group of islands lies off the coast.",  # a collection of things
    "The tanks rolled into the town.",           # things
    "He joined the movement in 1990.",           # not a subject
])
def test_no_acting_body(nlp, text):
    assert [a.name for a in find_actors(text, nlp(text), published="2020-03-01")
            if a.basis and a.basis.startswith("agent:") and a.role is None and a.country is None] == []
