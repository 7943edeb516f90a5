"""Boilerplate in plain text: captions, credits, footers, headings, datelines, removed at sentence level.

`clean_body(body)` returns the article text, every removed piece with its reason, and the
dateline; nothing disappears silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from tidings.records import Removed


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    removed: tuple[Removed, ...]
    dateline: str | None


def clean_body(body: str) -> Cleaned:
    """The cleaned text of `body`, what was removed and why, and the dateline."""
    # Placeholder until the cleaning rules land (issue 2): whitespace is normalised, nothing removed.
    return Cleaned(text=" ".join(body.split()), removed=(), dateline=None)
