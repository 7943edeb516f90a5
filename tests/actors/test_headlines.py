"""Title Case headlines and sentence-opening surnames: the model's entities in a headline are cut back to
the known names inside them, and a surname of the tables the model tagged a common noun at the head of
a sentence is still that person. Sentences written for these tests; the leaders are the built-in tables."""

import pytest

from tidings.actors import find_actors
from tidings.actors.headlines import title_case


def coded(nlp, text, published="2018-03-01"):
    return [(a.name, a.country, a.role) for a in find_actors(text, nlp(text), published=published)]


HEADLINES = [
    # a known name does not run on over the verb and nouns after it
    ("U.S. Eases Visa Rules for Jordan.", [("United States", "USA", None), ("Jordan", "JOR", None)]),
    ("China Expands Trade With Brazil.", [("China", "CHN", None), ("Brazil", "BRA", None)]),
    ("Obama Praises Kenya for Election.", [("Barack Obama", "USA", "ELI"), ("Kenya", "KEN", None)]),
    # the words of names after a known name stay with it
    ("U.S. Army Trains Soldiers in Jordan.",
     [("U.S. Army", "USA", "MIL"), ("Soldiers", "USA", "MIL"), ("Jordan", "JOR", None)]),
    # names the tables know whole stay whole, also where the model split or cut them
    ("Free Syrian Army Shells Town Near Aleppo.", [("Free Syrian Army", "SYR", "REB")]),
    ("United States Agency for International Development Funds Clinics in Haiti.",
     [("US Agency for International Development", "USA", "GOV"), ("Haiti", "HTI", None)]),
    ("Islamic Relief Opens Clinic in Yemen.", [("Islamic Relief Worldwide", "NGO", "NGO"), ("Yemen", "YEM", None)]),
    # a headline led by a demonym: the demonym and the agents after it, up to the verb
    ("Pakistani Army Shells Villages in Kashmir.", [("Pakistani Army", "PAK", "MIL")]),
    ("Russian Foreign Ministry Summons French Envoy",
     [("Russian Foreign Ministry", "RUS", "GOV"), ("French Envoy", "FRA", "GOV")]),
    ("Turkish Police Detain Journalists in Istanbul",
     [("Turkish Police", "TUR", "COP"), ("Journalists", "TUR", "MED")]),
    # a demonym before another agent may begin a body's own name: the model's entity stays whole
    ("Armenian Students Association Holds Vigil for Victims",
     [("Armenian Students Association", "ARM", "EDU"), ("Victims", None, "CVL")]),
    # a verb the tagger read as one opens no name, even where too few words tell the case
    ("Iran Warns Iraq.", [("Iran", "IRN", None), ("Iraq", "IRQ", None)]),
    # names the model ran together over the verb, read from the parse of a sentence-cased copy
    ("Putin Praises Xi After Talks in Moscow.",
     [("Vladimir Putin", "RUS", "GOV"), ("Xi Jinping", "CHN", "GOV")]),
    ("UN Condemns Attack on Peacekeepers in Mali.",
     [("United Nations", "IGO", "IGO"), ("Peacekeepers", "IGO", "MIL"), ("Mali", "MLI", None)]),
    # a verb of the copy's parse ends the name before it
    ("Poland Expels Russian Diplomats Over Spy Case.", [("Poland", "POL", None), ("Russian Diplomats", "RUS", "GOV")]),
    # and so does a verb the copy's parse took for a noun, which the event coder reads in the past tense
    ("Kenyan Police Arrest Suspected Al-Shabaab Militants.",
     [("Kenyan Police", "KEN", "COP"), ("Suspected Al-Shabaab Militants", "SOM", "REB")]),
    # not a headline: the model's entity is left as it is, and the name before a noun modifies it
    ("U.S. Army officers trained Afghan troops.",
     [("U.S. Army officers", "USA", "MIL"), ("Afghan troops", "AFG", "MIL")]),
    ("Officials at Qatar Airways said flights to Iran would resume.",
     [("Officials", None, "GOV"), ("Qatar Airways", "QAT", "BUS"), ("Iran", "IRN", None)]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES, ids=[t for t, _ in HEADLINES])
def test_headline_names_end_where_the_known_name_ends(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. Eases Visa Rules for Jordan.", True),
    ("Merkel Urges Calm in Ukraine.", True),
    ("The United States eased visa rules for Jordan.", False),
    ("Iran Warns UN.", False),  # too few long words to tell, the first not counted
])
def test_title_case(nlp, text, expected):
    assert title_case(next(nlp(text).sents)) is expected


SUBJECTS = [
    # the tables' alias, tagged a noun, opening the sentence as subject
    ("Trump and Zelensky will gather for talks in the Oval Office.", "2019-09-01",
     [("Donald Trump", "USA", "GOV"), ("Volodymyr Zelensky", "UKR", "GOV"), ("Oval Office", "USA", "GOV")]),
    ("Trump and King Felipe will gather for talks in Madrid.", "2019-09-01",
     [("Donald Trump", "USA", "GOV"), ("Felipe VI", "ESP", "GOV")]),
    ("Trump and Prime Minister Abe will gather for dinner.", "2019-09-01",
     [("Donald Trump", "USA", "GOV"), ("Shinzo Abe", "JPN", "GOV")]),
    # on a date he held no office he is a former leader
    ("Trump and King Felipe will gather for talks in Madrid.", "2023-05-01",
     [("Donald Trump", "USA", "ELI"), ("Felipe VI", "ESP", "GOV")]),
    # the last word of a name given in full earlier, tagged a common noun
    ("Harold Steel arrived in Paris. Steel will host the talks next week.", "2019-09-01",
     [("Harold Steel", None, None)]),
    # common nouns: modified, plural, not the subject, not at the start
    ("Trump cards were played.", "2019-09-01", []),
    ("Trump supporters rallied in the capital.", "2019-09-01", [("Trump supporters", None, None)]),  # his supporters
    ("Steel will host the talks next week.", "2019-09-01", []),
    ("Harold Steel arrived in Paris. Steel prices rose.", "2019-09-01", [("Harold Steel", None, None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SUBJECTS, ids=[t for t, _, _ in SUBJECTS])
def test_a_surname_opening_a_sentence_is_the_person(nlp, text, published, expected):
    assert coded(nlp, text, published) == expected


def agents(nlp, text):
    return [(a.name.lower(), a.country, a.role) for a in find_actors(text, nlp(text), published="2024-03-01")]


@pytest.mark.parametrize("text, expected", [
    ("Police arrest 30 protesters in Moscow", [("police", "RUS", "COP"), ("protesters", "RUS", "OPP")]),
    ("Protesters clash with police in Nairobi", [("protesters", "KEN", "OPP"), ("police", "KEN", "COP")]),
    ("Soldiers open fire on protesters in Khartoum", [("soldiers", None, "MIL"), ("protesters", "SDN", "OPP")]),
    ("Troops kill 12 civilians in Mali", [("troops", None, "MIL"), ("civilians", "MLI", "CVL"), ("mali", "MLI", None)]),
    ("Russia expels two British diplomats", [("russia", "RUS", None), ("british diplomats", "GBR", "GOV")]),
])
def test_headlines_in_capitals_have_the_actors_of_their_sentence_cased_form(nlp, text, expected):
    # the headline's parse is that of its sentence-cased copy (headlines.reparsed_headlines), in capitals
    # as in Title Case, so its agents take their places as in prose
    title = " ".join(w if w in ("in", "on") else w[:1].upper() + w[1:] for w in text.split())
    assert agents(nlp, text) == expected
    assert agents(nlp, title) == expected
    assert agents(nlp, text.upper()) == expected
