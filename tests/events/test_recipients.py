"""Who receives: the object of "provided X with Y", and a to-phrase the parser hung on a noun
inside the object (exact triples; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # "provided X with Y": X receives
    ("The United States has provided Egypt with billions in military aid.", [("USA", "070", "EGY")]),
    ("Britain provided the Iranian army with aircraft.", [("GBR", "072", "IRN")]),
    # a to-phrase on a noun deep in the object is the recipient
    ("Britain returned a pendant engraved with the image of Peter the Great to Russian authorities.",
     [("GBR", "0842", "RUS")]),
    ("Britain returned old skulls that date back to the ninth century to Iran.", [("GBR", "0842", "IRN")]),
    # ... but not one in a clause with a doer of its own
    ("Britain returned a painting that Germany had lent to Russia.", [("GBR", "0842", None), ("DEU", "071", "RUS")]),
])
def test_recipients(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a gift made to help someone is for them
    ("Germany gave 300 million euros to help Kenya.", [("DEU", "071", "KEN"), ("DEU", "070", "KEN")]),
    # troops sent to a mission in a country go to that country
    ("Japan is sending troops to the peacekeeping force in Sudan.", [("JPN", "074", "SDN")]),
    # a gift's own recipient stands
    ("Germany gave 300 million euros to Egypt to help Kenya.", [("DEU", "071", "EGY"), ("DEU", "070", "KEN")]),
])
def test_aims(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # considering a step is towards whom the step is
    ("South Korea is considering sending aid to help Iran.", [("KOR", "014", "IRN"), ("KOR", "070", "IRN")]),
    ("Britain is considering its options.", [("GBR", "014", None)]),
])
def test_considered_steps(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people with no country of their own are of the country they come from
    ("Russia expelled diplomats from Poland and Germany.", [("RUS", "161", "POL"), ("RUS", "161", "DEU")]),
    ("Iran will not accept refugees from Iraq.", [("IRN", "122", "IRQ")]),
    # never the doer's own
    ("Germany accepted refugees from Germany.", [("DEU", "075", None)]),
])
def test_where_they_come_from(nlp, text, expected):
    # the people are actors with no country, as the actor coder makes them
    names = {**cases.NAMES, "diplomats": (None, "group"), "refugees": (None, "group")}
    assert cases.coded(nlp, text, published=None, names=names) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # support one has, wins or enjoys is given by those it is "of" or "from"
    ("Biden has the backing of Israel.", [("ISR", "051", "USA")]),
    ("Iran won the support of China.", [("CHN", "051", "IRN")]),
    ("Iran enjoys support from Russia.", [("RUS", "051", "IRN")]),
    # ... to someone: a step enjoying support is no one's
    ("Such a step enjoyed support from Russia.", []),
    ("Russia gave its support to Iran.", [("RUS", "051", "IRN")]),
])
def test_support_received(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # strengthening, deepening or tightening an act carries it
    ("Russia and China deepened their military cooperation.", [("RUS", "062", "CHN"), ("CHN", "062", "RUS")]),
    ("The EU strengthened sanctions on Iran.", [("EUR", "163", "IRN")]),
])
def test_acts_strengthened(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # optimism and concern are about whom they are for, about, over or in
    ("China expressed optimism about Iran.", [("CHN", "013", "IRN")]),
    ("Russia expressed pessimism over Ukraine's future.", [("RUS", "012", "UKR")]),
    ("Egypt expressed concern for Israel.", [("EGY", "012", "ISR")]),
])
def test_attitudes_towards(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # condolences and support sent in a message
    ("Putin sent a condolence message to Macron.", [("RUS", "018", "FRA")]),
    ("Putin sent a message of condolence to Macron.", [("RUS", "018", "FRA")]),
    ("Xi sent a message of support to Putin.", [("CHN", "051", "RUS")]),
    ("Putin sent a message to Macron.", []),
])
def test_messages_of_condolence(nlp, text, expected):
    assert coded(nlp, text) == expected
