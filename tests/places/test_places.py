"""find_places on short sentences written for these tests: spans, resolved names, countries, ids."""

from __future__ import annotations

import pytest

from tidings.actors import find_actors
from tidings.places import find_places
from tidings.records import Actor


def places(nlp, text: str, actors=(), dateline=None) -> list[tuple[str, str, str | None, int | None]]:
    doc = nlp(text)
    return [(p.text, p.name, p.country, p.geonameid) for p in find_places(text, doc, actors, dateline=dateline)]


@pytest.mark.parametrize(("text", "expected"), [
    # the article's state decides the town
    ("PARIS, Texas (AP) — The Lamar County sheriff said Paris police arrested a man.",
     [("PARIS", "Paris", "USA", 4717560), ("Texas", "Texas", "USA", 4736286),
      ("Lamar County", "Lamar County", "USA", None), ("Paris", "Paris", "USA", 4717560)]),
    ("Fashion week opened in Paris on Monday, and buyers flew in from London.",
     [("Paris", "Paris", "FRA", 2988507), ("London", "London", "GBR", 2643743)]),
    ("An Alexandria woman was charged after a fire near Pineville. Rapides Parish deputies investigated.",
     [("Alexandria", "Alexandria", "USA", 4314550), ("Pineville", "Pineville", "USA", 4337291),
      ("Rapides Parish", "Rapides Parish", "USA", None)]),
    # Georgia the country or the state, by the other places
    ("Russian troops moved deeper into Georgia, and fighting was reported near Gori.",
     [("Russian", "Russia", "RUS", 2017370), ("Georgia", "Georgia", "GEO", 614540), ("Gori", "Gori", "GEO", 614455)]),
    ("Gov. Sonny Perdue of Georgia said Atlanta schools will reopen.",
     [("Georgia", "Georgia", "USA", 4197000), ("Atlanta", "Atlanta", "USA", 4180439)]),
    # AP state abbreviations qualify the town before them
    ("The plant in Springfield, Ill., will close, the company said.",
     [("Springfield", "Springfield", "USA", 4250542), ("Ill.", "Illinois", "USA", 4896861)]),
    # a county named inside an organisation's name
    ("Deputies of the Madison County Sheriff's Office searched the house in Huntsville, Ala.",
     [("Madison County", "Madison County", "USA", None), ("Huntsville", "Huntsville", "USA", 4068590),
      ("Ala.", "Alabama", "USA", 4829764)]),
    ("The People's Republic of China and the U.S. met in Geneva.",
     [("People's Republic of China", "China", "CHN", 1814991), ("U.S.", "United States", "USA", 6252001),
      ("Geneva", "Geneva", "CHE", 2660646)]),
])
def test_resolves_in_context(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a big national capital is a place with no cue around it, though the model tags nothing
    ("Missiles struck Kyiv overnight.", [("Kyiv", "Kyiv", "UKR", 703448)]),
    ("Drones hit Moscow on Sunday.", [("Moscow", "Moscow", "RUS", 524901)]),
])
def test_a_big_capital_needs_no_cue(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the press's spelling of a town GeoNames names in a transliteration ("Janīn", "Ţūlkarm")
    ("Clashes erupted in Jenin on Monday.", [("Jenin", "Janīn", "PSE", 283506)]),
    ("Clashes erupted in Tulkarem on Monday.", [("Tulkarem", "Ţūlkarm", "PSE", 281577)]),
    ("An airstrike hit a house in Beit Lahia.", [("Beit Lahia", "Bayt Lāhyā", "PSE", 281145)]),
])
def test_the_press_spelling_of_a_transliterated_town(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region the press names that GeoNames files under its chief town's division, whatever the model
    # tags it (here a body)
    ("Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday.",
     [("Azerbaijan", "Azerbaijan", "AZE", 587116), ("Nagorno-Karabakh", "Xankandi Sahari", "AZE", None)]),
])
def test_a_region_by_its_press_name(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name before "region" or "province" is a place whatever the model tags it (here a people and
    # a person); a direction is no region's name
    ("Drones hit a fuel depot in the Belgorod region on Sunday.", [("Belgorod", "Belgorod", "RUS", 578072)]),
    ("Russian shelling killed two people in the Kherson region.",
     [("Russian", "Russia", "RUS", 2017370), ("Kherson", "Kherson", "UKR", 706448)]),
    ("Fighting raged in the Central region, officials said.", []),
])
def test_a_name_a_region_noun_follows_is_a_place(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the West" is not West, Texas
    ("The West imposed sanctions on Russia.", [("Russia", "Russia", "RUS", 2017370)]),
    # "Gulf airlines" are the Persian Gulf's, not Gulf Province's in Papua New Guinea
    ("Gulf airlines suspended flights to Doha.", [("Doha", "Doha", "QAT", 290030)]),
    ("The Gulf states cut ties with Qatar.", [("Gulf", "Gulf", None, None), ("Qatar", "Qatar", "QAT", 289688)]),
    # person names are not places, even when towns bear them
    ("Mary Wheeler and Paul Henderson spoke to reporters in Dallas.",
     [("Dallas", "Dallas", "USA", 4684888)]),
    # a firm's first word alone is the firm named before, not the small town of that name ...
    ("Titan Operating was granted a permit. Titan, which has not drilled in Arlington before, said it would comply.",
     [("Arlington", "Arlington", "USA", 4671240)]),
    # ... while a country stays one
    ("Kenya Airways cancelled flights. Kenya said the strike was illegal.", [("Kenya", "Kenya", "KEN", 192950)]),
])
def test_non_places_are_left_out(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capital that acts is an actor; one where something happens is a place
    ("Beijing said the talks were useful.", []),
    ("Beijing and Moscow declared a partnership.", []),
    ("Putin met Xi in Beijing last October.", [("Beijing", "Beijing", "CHN", 1816670)]),
])
def test_acting_capitals_are_actors(nlp, text, expected):
    assert places(nlp, text) == expected


def test_metonym_actors_from_the_actors_stage_are_skipped(nlp):
    text = "Washington warned Moscow again."
    actor = Actor("a1", "United States", "country", "USA", "GOV", mentions=((0, 10),), basis="metonym:Washington")
    assert [p.text for p in find_places(text, nlp(text), [actor], dateline=None)] == ["Moscow"]


@pytest.mark.parametrize(("dateline", "expected"), [
    ("ALEXANDRIA, La.", ("Alexandria", "Alexandria", "USA", 4314550)),
    (None, ("Alexandria", "Alexandria", "EGY", 361058)),
])
def test_dateline_decides_an_ambiguous_town(nlp, dateline, expected):
    assert places(nlp, "Flooding closed roads in Alexandria on Tuesday.", dateline=dateline) == [expected]


def test_empty_text(nlp):
    assert find_places("", nlp(""), [], dateline=None) == ()


@pytest.mark.parametrize(("text", "expected"), [
    # the actors stage codes a capital acted on as the government ("metonym:"): no place
    ("Putin, who visited Beijing in October, criticized Washington for its sanctions.", ["Beijing"]),
    ("Tehran rejected the offer. Protests spread in Tehran on Friday.", ["Tehran"]),
])
def test_capitals_the_actors_stage_codes_are_not_places(nlp, text, expected):
    doc = nlp(text)
    actors = find_actors(text, doc, published="2024-02-09")
    assert [p.text for p in find_places(text, doc, actors, dateline=None)] == expected
