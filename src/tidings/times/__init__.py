"""Temporal expressions as TIMEX3 values anchored on the publication date; the date of each event.

`find_times` finds the expressions (grammar.py, over the word tables of data/) and values them
(values.py, anchoring.py) against the publication date, reading the tense of each governing
clause off the parse (tense.py); `date_events` dates each event from the expression that governs its clause,
else the narrative's time, else the publication date (dating.py; the rule is in README.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.records import Event, Time
from tidings.times.dating import date_events as _date_events
from tidings.times.expressions import find_expressions


def find_times(text: str, doc: Doc, *, published: str | None) -> tuple[Time, ...]:
    """Every temporal expression in `text`, typed and normalised against `published`."""
    return tuple(find_expressions(text, doc, published=published))


def date_events(events: Sequence[Event], doc: Doc, times: Sequence[Time], *,
                published: str | None, text: str | None = None) -> tuple[Event, ...]:
    """`events` with their date, date_text and date_basis set (`text`: the doc's text, when at hand)."""
    return _date_events(events, doc, times, published=published, text=text)
