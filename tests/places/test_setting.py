"""place_events: the place an event's clause names, on hand-built events over real parses."""

from __future__ import annotations

import pytest

from tidings.places import find_places, place_events
from tidings.records import Actor, Event, EventPlace


def event(text: str, trigger: str) -> Event:
    start = text.index(trigger)
    return Event("e1", "a1", "a2", "042", "04", "Make a visit", 1.9, 1, None, None, "asserted", None, None,
                 None, None, (0, len(text)), (start, start + len(trigger)), None, "test", 0.5)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Putin met Xi during a rare foreign trip to Beijing last October.", "met",
     EventPlace("Beijing", "CHN", 39.9075, 116.39723)),
    ("Xi met Putin during the welcoming ceremony at the Grand Kremlin Palace in Moscow.", "met",
     EventPlace("Moscow", "RUS", 55.75204, 37.61781)),
    ("The two leaders held talks in Paris, Texas on Friday.", "talks",
     EventPlace("Paris", "USA", 33.66094, -95.55551)),
    ("Xi visited Moscow in March.", "visited", EventPlace("Moscow", "RUS", 55.75204, 37.61781)),
    # the text does not say where: the countries of the actors are not places
    ("China accused the United States of interfering in Taiwan.", "accused", None),
    ("Putin, who visited Beijing in October, criticized Washington.", "criticized", None),
])
def test_event_place(nlp, text, trigger, expected):
    doc = nlp(text)
    placed = place_events([event(text, trigger)], doc, find_places(text, doc, [], dateline=None))
    assert placed[0].place == expected


def test_no_events_no_work(nlp):
    doc = nlp("Nothing happened in Paris.")
    assert place_events((), doc, find_places(doc.text, doc, [], dateline=None)) == ()


def target(text: str, name: str) -> Actor:
    start = text.index(name)
    return Actor("a2", name, "country", None, None, mentions=((start, start + len(name)),))


@pytest.mark.parametrize(("text", "trigger", "party", "expected"), [
    # an act aimed at its target is not placed there
    ("The West imposed sanctions on Russia over the war.", "imposed", "Russia", None),
    ("Militants fired two rockets into Israel on Sunday.", "fired", "Israel", None),
    # the target is the place where the clause puts the event there, or travels there
    ("About 5,200 American troops are stationed in Iraq.", "stationed", "Iraq",
     EventPlace("Iraq", "IRQ", 33.0, 44.0)),
    ("Pelosi arrived in Taiwan on Tuesday night.", "arrived", "Taiwan",
     EventPlace("Taiwan", "TWN", 23.5, 121.0)),
    ("Biden will travel to Poland and Lithuania this week.", "travel", "Lithuania",
     EventPlace("Lithuania", "LTU", 56.0, 24.0)),
])
def test_event_place_and_its_actors(nlp, text, trigger, party, expected):
    doc = nlp(text)
    actors = [target(text, party)]
    placed = place_events([event(text, trigger)], doc, find_places(text, doc, actors, dateline=None), actors)
    assert placed[0].place == expected


@pytest.mark.parametrize(("text", "trigger"), [
    # a journey that is the object of the act has its own place
    ("Lavrov cancelled a visit to Turkey planned for Wednesday.", "cancelled"),
    # places of another time or another matter in the clause
    ("Modi's trip is his first since the start of the war in Ukraine.", "trip"),
    ("The allies will expel diplomats in response to the poisoning of a spy in the city of Salisbury.", "expel"),
])
def test_other_places_of_the_clause(nlp, text, trigger):
    doc = nlp(text)
    placed = place_events([event(text, trigger)], doc, find_places(text, doc, [], dateline=None))
    assert placed[0].place is None
