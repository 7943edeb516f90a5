"""Numeric claims: value, unit, period, subject and source."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.records import Actor, Claim, Time


def find_claims(text: str, doc: Doc, times: Sequence[Time], actors: Sequence[Actor], *,
                published: str | None) -> tuple[Claim, ...]:
    """The numeric claims of the article."""
    return ()
