"""Acronyms an article defines in parentheses: the name is an organisation, and the acronym later is the same
actor. Sentences written for these tests."""

import pytest

from tidings.actors import find_actors
from tidings.actors.acronyms import defined_acronyms


@pytest.mark.parametrize(("text", "expected"), [
    ("The Government Accountability Office (GAO) released a report.", [("Government Accountability Office", "GAO")]),
    ("She joined the Committee to Protect Journalists (CPJ) in May.", [("Committee to Protect Journalists", "CPJ")]),
    ("The Department of State Services (DSS) arrested him.", [("Department of State Services", "DSS")]),
    # the initials must spell it
    ("He paid five dollars (USD) to the clerk.", []),
    ("The Ministry of Defence (MoD) said so.", []),
    ("Protests hit the Northern Region (NORTH) on Friday.", []),
])
def test_acronyms_defined_in_parentheses(nlp, text, expected):
    doc = nlp(text)
    assert [(doc[a.start:a.end].text, a.text) for a in defined_acronyms(doc)] == expected


def actors(nlp, text):
    found = find_actors(text, nlp(text), published="2020-01-10")
    return {a.name: ([text[s:e] for s, e in a.mentions], a.country, a.role) for a in found}


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a name the model did not find is an organisation; its acronym later is the same actor
    ("The Coalition for Safer Streets (CSS) asked for help. CSS said cars were too fast.",
     "Coalition for Safer Streets",
     (["Coalition for Safer Streets", "CSS", "CSS"], None, None)),
    # a description before the name that took its first word stretches over it and codes it
    ("Animal rights group People for the Ethical Treatment of Animals (PETA) asked for help. "
     "PETA said dozens of animals were hurt.",
     "People for the Ethical Treatment of Animals",
     (["Animal rights group People for the Ethical Treatment of Animals", "PETA", "PETA"], "USA", "NGO")),
    # the article's definition wins over a table's reading of the letters (AFP, the news agency)
    ("The Armed Forces of the Philippines (AFP) sent troops. AFP said the rescue went well.",
     "Armed Forces of the Philippines",
     (["Armed Forces of the Philippines", "AFP", "AFP"], "PHL", "MIL")),
    ("The Nigerian Air Force (NAF) bombed a camp. NAF said ten fighters died.",
     "Nigerian Air Force", (["Nigerian Air Force", "NAF", "NAF"], "NGA", "MIL")),
])
def test_an_acronym_is_the_actor_it_is_defined_for(nlp, text, name, expected):
    assert actors(nlp, text)[name] == expected


def test_a_name_its_words_do_not_code_is_the_body_the_tables_know_by_its_acronym(nlp):
    text = "Ana Ruiz, the United Nations High Commissioner for Refugees (UNHCR), spoke."
    found = actors(nlp, text)
    assert [(m, c, r) for m, c, r in found.values() if "UNHCR" in m] == \
        [(["United Nations High Commissioner for Refugees", "UNHCR"], "IGO", "REF")]


def test_an_undefined_acronym_keeps_the_tables_reading(nlp):
    text = "AFP reported that the Armed Forces of the Philippines sent troops."
    assert actors(nlp, text)["Agence France-Presse"] == (["AFP"], "FRA", "MED")
