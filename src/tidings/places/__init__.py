"""Toponyms resolved to GeoNames offline; the place of each event."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.records import Actor, Event, Place


def find_places(text: str, doc: Doc, actors: Sequence[Actor], *, dateline: str | None) -> tuple[Place, ...]:
    """Every place named in `text`, resolved to coordinates where possible."""
    return ()


def place_events(events: Sequence[Event], doc: Doc, places: Sequence[Place]) -> tuple[Event, ...]:
    """`events` with `place` set where the event's clause names a location."""
    return tuple(events)
