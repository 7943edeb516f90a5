"""Places marked by the text's form (datelines, lawmakers' homes, lists of counties, locative
words, institutions' names) and readings decided jointly, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.places import find_places


def places(nlp, text: str) -> list[tuple[str, str, str | None, int | None]]:
    return [(p.text, p.name, p.country, p.geonameid) for p in find_places(text, nlp(text), (), dateline=None)]


@pytest.mark.parametrize(("text", "expected"), [
    # datelines in capitals, before a dash or a colon, or a state and a dash
    ("COLUMBUS -- City officials met Monday to discuss the budget.",
     [("COLUMBUS", "Columbus", "USA", 4509177)]),
    ("BEIRUT: A major drug dealer was arrested near the airport.", [("BEIRUT", "Beirut", "LBN", 276781)]),
    ("SOUTH CHARLESTON, W.Va. -- A restaurateur is giving it another go.",
     [("SOUTH CHARLESTON", "South Charleston", "USA", 4822764), ("W.Va.", "West Virginia", "USA", 4826850)]),
    ("ST. PARIS — While hundreds of mourners gathered, police stood by.",
     [("ST. PARIS", "Saint Paris", "USA", 5170013)]),
    # a lawmaker's party and home
    ("The bill passed, said Ricky Moye, D-Raleigh, and Nancy Pelosi, D-Calif., voted no.",
     [("Raleigh", "Raleigh", "USA", 4487042), ("Calif.", "California", "USA", 5332921)]),
    # names sharing one plural generic are counties, whatever the model tagged them
    ("Hail was reported in Harvey, Harper and Kingman counties, but no one was hurt.",
     [("Harvey", "Harvey County", "USA", None), ("Harper", "Harper County", "USA", None),
      ("Kingman", "Kingman County", "USA", None)]),
    # a locative word before a name the model took for a person's
    ("A man was arrested in Glen Carbon on Tuesday.", [("Glen Carbon", "Glen Carbon", "USA", 4239465)]),
    # "out of X", "north of X" mark a place; "a friend of X" does not
    ("The village lies 20 km north of Kherson.", [("Kherson", "Kherson", "UKR", 706448)]),
    ("Russian forces pulled out of Kherson on Friday.",
     [("Russian", "Russia", "RUS", 2017370), ("Kherson", "Kherson", "UKR", 706448)]),
    ("He is a friend of Kherson.", []),
    # the object of a verb of war is a place
    ("Russian forces shelled Mariupol.", [("Russian", "Russia", "RUS", 2017370),
                                         ("Mariupol", "Mariupol", "UKR", 701822)]),
    # a town's name opening an institution's name is a place; a common word inside one is not
    ("Nina Webb, a Dublin Arts Council board member, spoke.", [("Dublin", "Dublin", "IRL", 2964574)]),
    ("The Ohio Supreme Court ruled on Friday.", [("Ohio", "Ohio", "USA", 5165418)]),
    # the model's place entity cut short before the institution's word
    ("Springfield City Schools cannot regain the levy.", [("Springfield", "Springfield", "USA", 4250542)]),
])
def test_cues(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Paris, Tennessee lies in Henry County, Tennessee: the two names decide each other
    ("The rescue squad in Paris answers calls across Henry County.",
     [("Paris", "Paris", "USA", 4647963), ("Henry County", "Henry County", "USA", None)]),
    # a country's name stays the country in an American story that gives no local sign
    ("Rethinking Egypt. Egypt cooperated closely with Washington.",
     [("Egypt", "Egypt", "EGY", 357994), ("Egypt", "Egypt", "EGY", 357994),
      ("Washington", "Washington", "USA", 4140963)]),
])
def test_joint_readings(nlp, text, expected):
    assert places(nlp, text) == expected
