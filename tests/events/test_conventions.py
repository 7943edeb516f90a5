"""CAMEO coding conventions and the verb phrases converted from PETRARCH-2's dictionary
(data/verbs_cameo2.txt), on sentences written for these tests: exact (source, code, target)
country triples with hand-built actors (tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events
from tidings.records import Place


def coded(nlp, text: str, places: tuple[Place, ...] = ()) -> list[tuple]:
    actors = actors_in(text)
    events = find_events(text, nlp(text), actors, [], published="2024-02-09", places=places)
    return triples(events, actors)


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of a PETRARCH block with the block's object words
    ("Germany gave 500 rifles to Ukraine.", [("DEU", "072", "UKR")]),
    ("Japan deployed medical teams to Turkey.", [("JPN", "073", "TUR")]),
    ("Turkey airlifted tents and blankets to Syria.", [("TUR", "073", "SYR")]),
    ("France donated vaccines to Ethiopia.", [("FRA", "073", "ETH")]),
    ("Poland pledged 100 million euros to Ukraine.", [("POL", "0331", "UKR")]),
    ("Germany earmarked 50 million euros for Sudan.", [("DEU", "071", "SDN")]),
    ("Canada froze the assets of Iranian banks.", [("CAN", "163", "IRN")]),
    ("Brazil voiced concern over Venezuela.", [("BRA", "012", "VEN")]),
    ("Iran boycotted the talks with the United States.", [("IRN", "125", "USA")]),
    # a pattern's preposition between two sides: one event with each
    ("Egypt brokered a truce between Israel and Hamas.", [("EGY", "045", "ISR"), ("EGY", "045", "PSE")]),
    # a symmetric exchange by coordinated subjects goes both ways
    ("Hamas and Israel traded rocket fire.", [("PSE", "193", "ISR"), ("ISR", "193", "PSE")]),
    # the target in a phrase on the preposition's noun
    ("The US advised against travel to Lebanon.", [("USA", "160", "LBN")]),
])
def test_converted_phrases(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no target named: the country where it happened is the target
    ("Russia held naval exercises in Japan.", [("RUS", "150", "JPN")]),
    ("Russia attended a summit in Turkey.", [("RUS", "044", "TUR")]),
    # a named target stands; the place is only where
    ("Xi met Putin in Moscow.", [("CHN", "040", "RUS")]),
    ("Israel struck Hezbollah in Lebanon.", [("ISR", "190", "LBN")]),
    # a time is no place
    ("Russia held naval exercises in March.", [("RUS", "150", None)]),
    # where a statement was made is only where the speaker was, even before an audience ...
    ("Erdogan told a news conference in Paris that the talks had failed.", []),
    # ... but the place of what it is about is its target
    ("Biden condemned the attack in Syria.", [("USA", "111", "SYR")]),
])
def test_location_is_target_when_none_is_named(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_a_place_of_a_country_among_the_actors_is_that_country(nlp):
    text = "Israel said Hezbollah fired rockets at Haifa."
    start = text.index("Haifa")
    haifa = Place(start, start + 5, "Haifa", "Haifa", "ISR", 32.8, 35.0, 294801)
    assert coded(nlp, text, (haifa,)) == [("LBN", "194", "ISR")]
    assert coded(nlp, text) == [("LBN", "194", None)]


@pytest.mark.parametrize(("text", "expected", "modality"), [
    # ending or stopping a cooperation reduces relations (CAMEO 16) ...
    ("Iran ended the talks with the United States.", [("IRN", "164", "USA")], "asserted"),
    ("Germany stopped its aid to Ethiopia.", [("DEU", "162", "ETH")], "asserted"),
    # ... a cooperation that failed is a rejection (CAMEO 12) ...
    ("Israel and Hamas failed to reach an agreement.", [("ISR", "127", "PSE"), ("PSE", "127", "ISR")], "asserted"),
    # ... while stopping or failing an attack leaves it negated, never happened
    ("Russia stopped shelling Kyiv.", [("RUS", "194", "UKR")], "negated"),
    ("Russia failed to attack Kyiv.", [("RUS", "190", "UKR")], "negated"),
    # "cannot" with a negation states a refusal, as "will not" does
    ("Turkey cannot accept more refugees from Syria.", [("TUR", "122", None)], "asserted"),
    # calling for sanctions or force against someone not asked to act is conflict toward them
    ("Britain called for sanctions against Iran.", [("GBR", "1312", "IRN")], "asserted"),
    ("Syria called for attacks on Israel.", [("SYR", "138", "ISR")], "asserted"),
    # asking someone to act stays an appeal to them
    ("Britain urged the EU to impose sanctions on Russia.", [("GBR", "020", "EUR")], "asserted"),
])
def test_halting_failing_and_calling_for(nlp, text, expected, modality):
    actors = actors_in(text)
    events = find_events(text, nlp(text), actors, [], published="2024-02-09")
    assert triples(events, actors) == expected
    assert {e.modality for e in events} == {modality}


@pytest.mark.parametrize(("text", "expected"), [
    # a sum of money is money, in its currency, and what it is in
    ("Germany paid $60 million in aid to Israel.", [("DEU", "071", "ISR")]),
    ("Japan pledged $5 million in emergency aid to Turkey.", [("JPN", "0331", "TUR")]),
    # a military unit sent is a deployment
    ("Kosovo is sending a military platoon to Iraq.", [("XKX", "154", "IRQ")]),
    # the parser hangs a name on a bare weekday: the name is the object
    ("Macron met with President Zelensky Tuesday to discuss aid.", [("FRA", "040", "UKR")]),
    # a passive's doer named in the event it happened in
    ("Two soldiers from Ukraine were wounded in a Russian attack.", [("RUS", "190", "UKR")]),
])
def test_objects_and_doers(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the grounds of a judgement are not a deed of their own
    ("Turkey jailed an Iranian journalist for helping Hezbollah.", [("TUR", "173", "IRN")]),
    ("France criticized Russia for attacking Ukraine.", [("FRA", "111", "RUS")]),
    # a participle describing someone with no doer named is a description, not an event
    ("Hamas freed two Israeli soldiers captured last year.", [("PSE", "0841", "ISR")]),
    # a finite passive without an agent stays an event with no source
    ("China was criticized over Taiwan.", [(None, "111", "CHN")]),
])
def test_grounds_and_descriptions(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_a_place_in_the_target_slot_stands_for_its_country(nlp):
    text = "Macron travelled to Shanghai after talks with China."
    start = text.index("Shanghai")
    shanghai = Place(start, start + 8, "Shanghai", "Shanghai", "CHN", 31.2, 121.5, 1796236)
    assert ("FRA", "042", "CHN") in coded(nlp, text, (shanghai,))
    assert ("FRA", "042", "CHN") not in coded(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a part of a country named by its possessor places the event in that country
    ("Russia bombed militant camps in Syria's Idlib province.", [("RUS", "195", "SYR")]),
    # reinforcing one's forces somewhere is a mobilisation there
    ("Russia has strengthened its forces in Ukraine.", [("RUS", "154", "UKR")]),
])
def test_more_locations(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an allegation of a hostile act by someone else is an accusation of them ...
    ("Russia claimed that Ukraine had shelled the plant.", [("RUS", "112", "UKR")]),
    ("Iran alleged that Israel had attacked its embassy.", [("IRN", "112", "ISR")]),
    # ... a claim of one's own act claims it (and says it was done), a denial denies it
    ("Russia claimed that it had attacked Kyiv.", [("RUS", "015", "UKR"), ("RUS", "190", "UKR")]),
    ("Israel denied that it had attacked Lebanon.", [("ISR", "016", "LBN")]),
])
def test_allegations(nlp, text, expected):
    assert coded(nlp, text) == expected
