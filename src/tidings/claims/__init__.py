"""Numeric claims: value, unit, period, subject and source.

Amounts are read from the text with the tables of data/ (amounts.py); a bare number is a claim
only when it counts people ("300 civilians", "killed 12"). The parse gives what the amount
measures and whether it is a change (reading.py), the times stage (or a small reader of its own
when there are no times) the period it covers (period.py), and the article's attributions
(tidings.quotes) who says so.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.attrs import IDX
from spacy.tokens import Doc

from tidings.claims.amounts import Amount, find_amounts
from tidings.claims.period import period_of
from tidings.claims.reading import read
from tidings.quotes import find_quotes
from tidings.records import Actor, Claim, Quote, Time

# The words between an amount and its period that still make one phrase ("$240.1 billion in 2023").
PERIOD_GAP = re.compile(r"^\s*(?:in|during|for|of|over|since|by)?\s*(?:the\s+)?$")


def find_claims(text: str, doc: Doc, times: Sequence[Time], actors: Sequence[Actor], *,
                published: str | None, quotes: Sequence[Quote] | None = None) -> tuple[Claim, ...]:
    """The numeric claims of the article, in text order.

    `quotes` are the article's attributions (the quotes stage's result), for who says so; when
    not given they are found here.
    """
    amounts = find_amounts(text)
    if not amounts:
        return ()
    starts = doc.to_array(IDX).astype("int64").tolist() if len(doc) else []  # one call, no Token per word
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    sentence_starts = [s[0] for s in sentences]
    claims: list[Claim] = []
    for amount in amounts:
        if _conversion(text, amount, amounts):
            continue
        first = bisect_right(starts, amount.start) - 1
        last = bisect_right(starts, amount.end - 1) - 1
        if first < 0 or last < first:
            continue
        reading = read(doc, first, last, amount.unit)
        if reading.unit is None or (reading.unit == "people" and amount.value < 2 and reading.event is None):
            continue                                 # "one official", "more than one child": no count
        sentence = sentences[max(0, bisect_right(sentence_starts, amount.start) - 1)]
        period = period_of(amount.start, reading.end, sentence, text, times, published)
        end = reading.end
        if period is not None and period[0] >= end and PERIOD_GAP.match(text[end:period[0]]):
            end = period[1]
        if quotes is None:                         # who says so: the article's attributions, once
            quotes = find_quotes(text, doc, actors)
        start = amount.qualifier_start if amount.qualifier_start is not None else amount.start
        claims.append(Claim(
            start=start, end=end, text=text[start:end], value=amount.value, unit=reading.unit,
            period=period[2] if period else None,
            subject=text[slice(*reading.subject)] if reading.subject else None,
            source_text=_source(quotes, amount.start), qualifier=amount.qualifier,
            change=reading.change, event=reading.event,
        ))
    return tuple(claims)


def _conversion(text: str, amount: Amount, amounts: list[Amount]) -> bool:
    """Whether `amount` only converts the money before it: "1.2 trillion yuan ($170 billion)"."""
    if text[amount.start - 1:amount.start] != "(" and text[amount.start - 2:amount.start] != "( ":
        return False
    return any(a.end <= amount.start and a.unit and amount.unit and a.unit != amount.unit
               and not text[a.end:amount.start].strip(" (") for a in amounts)


def _source(quotes: Sequence[Quote], offset: int) -> str | None:
    """Who the attribution holding `offset` names, the innermost one first."""
    holding = [q for q in quotes if q.speaker_text and any(a <= offset < b for a, b in (q.parts or [(q.start, q.end)]))]
    if not holding:
        return None
    return min(holding, key=lambda q: q.end - q.start).speaker_text


__all__ = ["find_claims"]
