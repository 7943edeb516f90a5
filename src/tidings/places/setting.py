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

from tidings.records import Actor, Event, EventPlace, Place

LOCATIVE = {"in", "at", "near", "outside", "inside", "within", "across", "throughout", "around", "into",
            "off", "aboard"}
# "on" is where only for streets, roads and islands ("on Main Street", "on Crete"); elsewhere it marks
# whom an act is aimed at ("sanctions on Russia", "an attack on Ukraine")
ON_FEATURES = {"ST", "RD", "TRL", "SQR", "ISL", "ISLS"}
# "to" names where an event happens only after travel ("a trip to Beijing", "flew to Moscow")
TRAVEL = {"trip", "visit", "travel", "journey", "tour", "flight", "voyage", "mission", "arrive", "come", "go",
          "fly", "head", "return", "deploy", "move", "march", "sail", "drive", "walk", "ride", "delegation"}
VISIT = {"visit", "tour", "enter", "reach"}
# dependencies that stay inside one clause on the way from the place up to the trigger
INSIDE = {"pobj", "prep", "dobj", "npadvmod", "compound", "appos", "conj", "nmod", "amod", "pcomp", "attr",
          "obl", "nsubjpass", "dative", "agent", "cc", "punct"}
SPECIFIC = {"PPLC": 0, "PPL": 0, "ADM2": 1, "ADM1": 2, "PCLI": 3, "RGN": 4, "CONT": 5}
# prepositions that aim an act at its target rather than put it somewhere: the event's own target
# reached through one of these is not its place ("fired rockets at Israel")
DIRECTED = {"at", "into", "on", "across", "around", "off"}
# a journey that is the object of the act ("cancelled a visit to Turkey") has its own place
ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr"}
# prepositions that move to another time: "since the start of the war in Ukraine" is not where
SHIFTED = {"since", "after", "before", "until", "following"}
# nouns between a place and its event ("the ceremony at the Grand Kremlin Palace in Moscow": one);
# more, and the place belongs to another matter the clause mentions
MAX_NOUNS = 2


def place_events(events: Sequence[Event], doc: Doc, places: Sequence[Place],
                 actors: Sequence[Actor] = ()) -> tuple[Event, ...]:
    """The events, each with `place` set where its clause names a location (else left as it was)."""
    if not events or not places:
        return tuple(events)
    mentions = {a.id: tuple(a.mentions) for a in actors}
    out = []
    for event in events:
        parties = [m for actor in (event.source, event.target) if actor for m in mentions.get(actor, ())]
        place = event_place(event, doc, places, parties)
        out.append(replace(event, place=place) if place is not None else event)
    return tuple(out)


def event_place(event: Event, doc: Doc, places: Sequence[Place],
                parties: Sequence[Sequence[int]] = ()) -> EventPlace | None:
    """Where `event` happened, if its clause says; the most specific resolved place first.

    `parties` are the spans of the event's own actors: one of them is its place only when the clause
    puts the event in it or travels there ("stationed in Iraq", "arrived in Taiwan"), not when the
    act is aimed at it ("rockets fired at Israel", "sanctions on Russia").
    """
    trigger = _token(doc, *event.trigger)
    if trigger is None:
        return None
    targets = {trigger.i}
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.pos_ in {"VERB", "AUX"}:
        targets.add(trigger.head.i)  # "held talks in Beijing": the place hangs on the light verb
    travel = trigger.lemma_ in TRAVEL or trigger.lemma_ in VISIT
    found = []
    for place in places:
        if not event.sentence[0] <= place.start < event.sentence[1] or place.form != "name":
            continue  # a demonym ("Russian troops") says whose, not where
        token = _token(doc, place.start, place.end)
        tie = _tie(token, targets, place.feature in ON_FEATURES, travel) if token is not None else None
        if tie is None:
            continue
        party = any(start <= place.start and place.end <= end for start, end in parties)
        if party and tie in DIRECTED:
            continue
        rank = (place.lat is None, not (party and tie in {"visit", "travel"}), SPECIFIC.get(place.feature or "", 6),
                abs(token.i - trigger.i))
        found.append((rank, place))
    if not found:
        return None
    place = min(found, key=lambda f: f[0])[1]
    return EventPlace(place.name, place.country, place.lat, place.lon)


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _tie(token: Token, targets: set[int], on: bool = False, travel: bool = False) -> str | None:
    """How the place token reaches a target within one clause: through its locative preposition
    ("in", "at", ...; "on" only when `on`: the place is a street, a road or an island), "travel"
    ("a trip to Beijing", or any "to" when the event itself is travel), "visit" ("visited Beijing");
    None when it does not."""
    tie: str | None = None
    nouns = 0
    current = token
    for _ in range(12):  # a parse is a tree; the bound only guards against a malformed one
        head = current.head
        if tie is None:
            if current.dep_ == "dobj" and head.lemma_ in VISIT:
                tie = "visit"
            elif current.dep_ == "pobj" and head.lower_ == "to" and (travel or head.head.lemma_ in TRAVEL):
                tie = "travel"
            elif current.dep_ == "pobj" and (head.lower_ in LOCATIVE or (on and head.lower_ == "on")):
                tie = head.lower_
        elif tie in {"travel", "visit"} and current.lemma_ in TRAVEL | VISIT and current.i not in targets \
                and current.dep_ in ARGUMENTS:
            return None  # "cancelled a visit to Turkey": the visit's place, not the cancelling's
        if head.i in targets and (current.dep_ in INSIDE or current.dep_ == "prep"):
            return tie
        if head is current or current.dep_ not in INSIDE or head.lower_ in SHIFTED:
            return None
        if head.pos_ in {"VERB", "AUX"} and head.i not in targets:
            return None  # another verb: another clause
        if head.pos_ in {"NOUN", "PROPN"} and head is not token:
            nouns += 1
            if nouns > MAX_NOUNS:
                return None  # "the poisoning of a spy in the city of X": another matter's place
        current = head
    return None
