"""Titles that give a named person a country from elsewhere in the sentence: an apposition after a title
and its complement, a body after "for" or "to", and abstract uses of title words that name no one.
Sentences and people written for these tests."""

import pytest

from tidings.actors import find_actors


def coded(nlp, text):
    return [(a.name, a.country, a.role) for a in find_actors(text, nlp(text), published="2024-03-01")
            if a.kind != "country"]


@pytest.mark.parametrize("text, expected", [
    # a title, its complement, a comma and the name
    ("The Kenyan ambassador to Uganda, Peter Otieno, presented his credentials.",
     [("Peter Otieno", "KEN", "GOV")]),
    # a generic head's body after "for" or "to"
    ("A spokeswoman for the White House, Jane Porter, declined to comment.", [("Jane Porter", "USA", "GOV")]),
    ("An adviser to the Kremlin said the talks were useful.", [("adviser to the Kremlin", "RUS", "GOV")]),
    # the name first, then the title
    ("Maria Lund, a Danish undersecretary for trade, signed the deal.", [("Maria Lund", "DNK", "GOV")]),
    # a country after "to" is where an envoy goes, not whose envoy it is
    ("An envoy to Iran said the talks were useful.", [("envoy", None, "GOV")]),
])
def test_a_title_elsewhere_in_the_sentence_codes_the_person(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She is running for president again.", []),
    ("He was elected governor in 2010.", []),
    ("The plan faced stern opposition from residents.", [("residents", None, "CVL")]),
    ("The software uses artificial intelligence.", []),
    ("Justice has been done, the minister said.", [("minister", None, "GOV")]),
    # but a conjunct shares its determiner, and a complement makes a title a person
    ("A Cuban doctor and nurse were released.", [("Cuban doctor", "CUB", "HLH"), ("nurse", None, "HLH")]),
    ("The opposition boycotted the vote.", [("opposition", None, "OPP")]),
    ("Israeli intelligence said the attack was planned.", [("Israeli intelligence", "ISR", "SPY")]),
    ("Justice Ruth Bader Ginsburg dissented.", [("Ruth Bader Ginsburg", None, "JUD")]),
])
def test_abstract_uses_of_title_words_name_no_one(nlp, text, expected):
    assert coded(nlp, text) == expected


def people(nlp, text):
    return [(a.name, a.kind, a.country, a.role) for a in find_actors(text, nlp(text), published="2024-03-01")
            if a.kind != "country"]


@pytest.mark.parametrize("text, expected", [
    # a common noun before a name is the person's role, after "the", as an object or opening the sentence
    ("The journalist Tomas Verde was arrested in Niger.", [("Tomas Verde", "person", None, "MED")]),
    ("Police detained activist Lina Haddad.",
     [("Police", "group", None, "COP"), ("Lina Haddad", "person", None, "OPP")]),
    ("Student Kofi Mensah was shot.", [("Kofi Mensah", "person", None, "EDU")]),
    ("Blogger Omar Said was freed.", [("Omar Said", "person", None, "MED")]),
    ("The columnist Sara Levi wrote that the vote was rigged.", [("Sara Levi", "person", None, "MED")]),
    # ... also where the model took the title and the name for a body's name
    ("Lawyer Amina Bello said the trial was unfair.", [("Amina Bello", "person", None, "JUD")]),
    ("Editor Tom Okello was arrested.", [("Tom Okello", "person", None, "MED")]),
    # a body named after people of a trade stays a body
    ("The Lawyers Guild condemned the arrest.", [("Lawyers Guild", "organization", None, "JUD")]),
])
def test_a_common_noun_title_gives_the_named_person_a_role(nlp, text, expected):
    assert people(nlp, text) == expected
