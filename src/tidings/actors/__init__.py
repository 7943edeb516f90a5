"""Actors: recognition, coreference of their mentions, and coding (country + role)."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.records import Actor


def find_actors(text: str, doc: Doc, *, published: str | None) -> tuple[Actor, ...]:
    """Every actor of the article, coded with country and role on the date `published`."""
    return ()
