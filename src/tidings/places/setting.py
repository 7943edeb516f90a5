"""The place of each event: the location its clause names, or none.

A place counts when the parse ties it to the event's trigger through a locative preposition ("met
in Beijing", "the ceremony at the Grand Kremlin Palace in Moscow", "a trip to Beijing" after a
verb or noun of travel) or as the object of a visit ("visited Beijing"), without crossing into
another clause. The dateline and the actors' countries are not the place of every event: with no
such tie, the place stays null.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from tidings.records import Event, EventPlace, Place

LOCATIVE = {"in", "at", "near", "outside", "inside", "within", "across", "throughout", "around", "into",
            "off", "on", "aboard"}
# "to" names where an event happens only after travel ("a trip to Beijing", "flew to Moscow")
TRAVEL = {"trip", "visit", "travel", "journey", "tour", "flight", "voyage", "mission", "arrive", "come", "go",
          "fly", "head", "return", "deploy", "move", "march", "sail", "drive", "walk", "ride", "delegation"}
VISIT = {"visit", "tour", "enter", "reach"}
# dependencies that stay inside one clause on the way from the place up to the trigger
INSIDE = {"pobj", "prep", "dobj", "npadvmod", "compound", "appos", "conj", "nmod", "amod", "pcomp", "attr",
          "obl", "nsubjpass", "dative", "agent", "cc", "punct"}
SPECIFIC = {"PPLC": 0, "PPL": 0, "ADM2": 1, "ADM1": 2, "PCLI": 3, "RGN": 4, "CONT": 5}


def place_events(events: Sequence[Event], doc: Doc, places: Sequence[Place]) -> tuple[Event, ...]:
    """The events, each with `place` set where its clause names a location (else left as it was)."""
    if not events or not places:
        return tuple(events)
    out = []
    for event in events:
        place = event_place(event, doc, places)
        out.append(replace(event, place=place) if place is not None else event)
    return tuple(out)


def event_place(event: Event, doc: Doc, places: Sequence[Place]) -> EventPlace | None:
    """Where `event` happened, if its clause says; the most specific resolved place first."""
    trigger = _token(doc, *event.trigger)
    if trigger is None:
        return None
    targets = {trigger.i}
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.pos_ in {"VERB", "AUX"}:
        targets.add(trigger.head.i)  # "held talks in Beijing": the place hangs on the light verb
    found = []
    for place in places:
        if not event.sentence[0] <= place.start < event.sentence[1] or place.form != "name":
            continue  # a demonym ("Russian troops") says whose, not where
        token = _token(doc, place.start, place.end)
        if token is not None and _tied(token, targets):
            rank = (place.lat is None, SPECIFIC.get(place.feature or "", 6), abs(token.i - trigger.i))
            found.append((rank, place))
    if not found:
        return None
    place = min(found, key=lambda f: f[0])[1]
    return EventPlace(place.name, place.country, place.lat, place.lon)


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _tied(token: Token, targets: set[int]) -> bool:
    """Whether the place token reaches a target by locative links within one clause."""
    locative = False
    current = token
    for _ in range(12):  # a parse is a tree; the bound only guards against a malformed one
        head = current.head
        visited = current.dep_ == "dobj" and head.lemma_ in VISIT
        travelled = head.lower_ == "to" and head.head.lemma_ in TRAVEL
        if visited or (current.dep_ == "pobj" and (head.lower_ in LOCATIVE or travelled)):
            locative = True
        if head.i in targets and (current.dep_ in INSIDE or current.dep_ == "prep"):
            return locative
        if head is current or current.dep_ not in INSIDE:
            return False
        if head.pos_ in {"VERB", "AUX"} and head.i not in targets:
            return False  # another verb: another clause
        current = head
    return False
