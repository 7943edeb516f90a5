"""The period a number covers: a TIMEX3 date value ("2023", "2024-Q1", "2023-10", "2024-H1").

Taken from the time expressions of the times stage when it gave any; without them (the stage
not run), a few common forms are read here: years, quarters, halves, months, "last year".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tidings.records import Time

YEAR = r"(?:19|20)\d{2}"
DATE_VALUE = re.compile(r"^\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?|W\d{2}))?$")
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "last": 4, "final": 4}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
Found = tuple[int, int, str]  # start, end, value
BASELINE = re.compile(r"\b(?:from|than|since|compared (?:with|to)|against|over)\s+(?:the\s+)?$", re.IGNORECASE)


def period_of(start: int, end: int, sentence: tuple[int, int], text: str, times: Sequence[Time],
              published: str | None) -> Found | None:
    """The date expression a number at text[start:end] refers to: the nearest after it in its
    sentence, else the nearest before it."""
    if times:
        found = [(t.start, t.end, t.value) for t in times
                 if t.type == "DATE" and t.value and DATE_VALUE.match(t.value)
                 and sentence[0] <= t.start and t.end <= sentence[1]]
    else:
        found = [(a + sentence[0], b + sentence[0], v)
                 for a, b, v in resolve_periods(text[sentence[0]:sentence[1]], published)]
    # "up 12% from last year", "compared with 2019": the base of a comparison is not the period.
    found = [f for f in found if not BASELINE.search(text[max(sentence[0], f[0] - 20):f[0]])]
    after = [f for f in found if f[0] >= end]
    before = [f for f in found if f[1] <= start]
    if after:
        return min(after, key=lambda f: f[0])
    if before:
        return max(before, key=lambda f: f[1])
    return None


def resolve_periods(text: str, published: str | None) -> list[Found]:
    """Simple periods in `text` with their TIMEX3 values, relative ones against `published`."""
    year, month = _anchor(published)
    out: list[Found] = []
    for m in re.finditer(rf"\b(?:Q([1-4])\s*({YEAR})?|(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
                         rf"\s+quarter(?:\s+of\s+(?:the\s+year\s+)?({YEAR}))?)\b", text, re.IGNORECASE):
        number = int(m.group(1)) if m.group(1) else ORDINALS[m.group(3).lower()]
        # A quarter without a year is the latest one begun by the publication date.
        y = m.group(2) or m.group(4) or (year - (month < 3 * number - 2) if year and month else year)
        if y is not None:
            out.append((m.start(), m.end(), f"{y}-Q{number}"))
    for m in re.finditer(rf"\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+(?:the\s+year\s+)?({YEAR}))?\b", text,
                         re.IGNORECASE):
        half = 1 if m.group(1).lower() == "first" else 2
        y = m.group(2) or (year - (half == 2 and month < 7) if year and month else year)
        if y is not None:
            out.append((m.start(), m.end(), f"{y}-H{half}"))
    for m in re.finditer(r"\b(last|this|next)\s+(year|month)\b", text, re.IGNORECASE):
        value = _relative(m.group(1).lower(), m.group(2).lower(), year, month)
        if value is not None:
            out.append((m.start(), m.end(), value))
    # Month names are capitalised: "may" is a verb.
    for m in re.finditer(rf"\b({'|'.join(n.capitalize() for n in MONTHS)})(?:\s+({YEAR}))?\b", text):
        number = MONTHS.index(m.group(1).lower()) + 1
        if m.group(0).startswith("May") and not m.group(2):
            continue                                 # "May" opening a sentence is as often the verb
        y = int(m.group(2)) if m.group(2) else (year - (number > month) if year and month else None)
        if y is not None:
            out.append((m.start(), m.end(), f"{y}-{number:02d}"))
    for m in re.finditer(rf"\b({YEAR})\b", text):
        if not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), m.group(1)))
    return sorted(out)


def _anchor(published: str | None) -> tuple[int | None, int | None]:
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", published or "")
    if not m:
        return None, None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def _relative(which: str, unit: str, year: int | None, month: int | None) -> str | None:
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if year is None:
        return None
    if unit == "year":
        return str(year + shift)
    if month is None:
        return None
    index = year * 12 + month - 1 + shift
    return f"{index // 12}-{index % 12 + 1:02d}"
