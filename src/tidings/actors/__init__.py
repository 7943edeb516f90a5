"""Actors: recognition, coreference of their mentions, and coding (country + role).

Later stages find "who" through `actor_at`: the actor one of whose mentions covers a span.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.records import Actor


def find_actors(text: str, doc: Doc, *, published: str | None) -> tuple[Actor, ...]:
    """Every actor of the article, coded with country and role on the date `published`."""
    return ()


def actor_at(actors: Sequence[Actor], start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping text[start:end] the most (the shortest mention on a tie)."""
    best: tuple[int, int] | None = None
    found: Actor | None = None
    for actor in actors:
        for m_start, m_end in actor.mentions:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap <= 0:
                continue
            key = (overlap, -(m_end - m_start))
            if best is None or key > best:
                best, found = key, actor
    return found
