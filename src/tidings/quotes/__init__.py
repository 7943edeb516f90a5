"""Direct, partial and reported speech, each tied to the actor who said it."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.records import Actor, Quote


def find_quotes(text: str, doc: Doc, actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """The quotes and attributions of the article with their speakers."""
    return ()
