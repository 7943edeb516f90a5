"""Events: who did what to whom, coded in CAMEO and mapped to PLOVER."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.records import Actor, Event, Quote


def find_events(text: str, doc: Doc, actors: Sequence[Actor], quotes: Sequence[Quote], *,
                published: str | None) -> tuple[Event, ...]:
    """The events between the article's actors, sentence by sentence."""
    return ()
