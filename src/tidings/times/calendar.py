"""Calendar arithmetic and TIMEX3 value strings: days, ISO weeks, months, quarters, seasons, years.

A TIMEX3 value is written at the precision the text gives: `2024-02-08` (a day), `2024-W06` (an
ISO week), `2024-02`, `2024-Q1`, `2024-H1`, `2024-SU`, `2024`, `202` (a decade), `20` (a century).
These functions build such values from a `date` and shift them by calendar units.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

Direction = str | None   # "past", "future", or None when the text does not say

_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?P<we>-WE)?|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T(?P<time>.+))?$"
)
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def parse_published(published: str | None) -> date | None:
    """The publication day of an ISO date or timestamp (`2024-02-09`, `2024-02-09T14:00`); None if not a full date."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def day(d: date) -> str:
    return d.isoformat()


def month(year: int, m: int) -> str:
    return f"{year:04d}-{m:02d}"


def week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) `n` months after `m` of `year`."""
    index = year * 12 + (m - 1) + n
    return index // 12, index % 12 + 1


def days_in_month(year: int, m: int) -> int:
    y, mm = add_months(year, m, 1)
    return (date(y, mm, 1) - timedelta(days=1)).day


def add_years(d: date, n: int) -> date:
    """`d` moved `n` years, the 29th of February becoming the 28th."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def shift(anchor: date, n: int, granularity: str) -> str | None:
    """The value `n` units of `granularity` from `anchor`, at that granularity (None for units finer than a day)."""
    if granularity == "day":
        return day(anchor + timedelta(days=n))
    if granularity == "week":
        return week(anchor + timedelta(weeks=n))
    if granularity == "month":
        return month(*add_months(anchor.year, anchor.month, n))
    if granularity == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if granularity == "year":
        return f"{anchor.year + n:04d}"
    if granularity == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if granularity == "century":
        return f"{anchor.year // 100 + n:02d}"
    if granularity == "millennium":
        return f"{anchor.year // 1000 + n}"
    return None


def weekday_near(anchor: date, weekday: int, direction: Direction, *, strict: bool = False) -> date:
    """The day of ISO `weekday` nearest `anchor` in `direction` (the anchor itself counts unless `strict`)."""
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)


def cycle_year(anchor_year: int, anchor_pos: int, pos: int, period: int, direction: Direction, *,
               strict: bool = False) -> int:
    """The year of position `pos` (a month, quarter, season) nearest `anchor_pos` in `direction`.

    `period` is the number of positions in a year (12 months, 4 quarters). With `strict`, the
    anchor's own position does not count ("last October" said in October is a year back).
    """
    if pos == anchor_pos and not strict:
        return anchor_year
    past = anchor_year if pos < anchor_pos else anchor_year - 1
    future = anchor_year if pos > anchor_pos else anchor_year + 1
    if direction == "past":
        return past
    if direction == "future":
        return future
    back = (anchor_pos - pos) % period or period
    ahead = (pos - anchor_pos) % period or period
    return past if back <= ahead else future


def month_day_near(anchor: date, m: int, d: int, direction: Direction) -> date | None:
    """The date of month `m`, day `d` nearest `anchor` in `direction`; None if no such day exists."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, m, d))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "past":
        before = [c for c in candidates if c <= anchor]
        return max(before) if before else None
    if direction == "future":
        after = [c for c in candidates if c >= anchor]
        return min(after) if after else None
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def nth_weekday(year: int, m: int, n: int, weekday: int) -> date:
    """The `n`th ISO `weekday` of month `m` (n = -1: the last)."""
    if n > 0:
        first = date(year, m, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    y, mm = add_months(year, m, 1)
    last = date(y, mm, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday of `year` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lw) // 451
    mon = (h + lw - 7 * m + 114) // 31
    return date(year, mon, (h + lw - 7 * m + 114) % 31 + 1)


def holiday(year: int, rule: str) -> date | None:
    """The day a holiday `rule` of holidays.tsv gives in `year`."""
    if rule == "election":  # US: the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:] or 0))
    parts = rule.split(":")
    if len(parts) == 3:
        return nth_weekday(year, int(parts[2]), int(parts[0]), int(parts[1]))
    mm, dd = rule.split("-")
    return date(year, int(mm), int(dd))


def granularity(value: str | None) -> str | None:
    """How fine a TIMEX3 date value is: day, week, weekend, month, quarter, half, season, year; None otherwise."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    for name in ("day", "week", "month", "quarter", "half", "season"):
        if m.group(name):
            return "weekend" if name == "week" and m.group("we") else name
    return "year"


def start_of(value: str) -> date | None:
    """The first day a TIMEX3 date value covers (None for values that are not calendar dates)."""
    m = _VALUE.match(value)
    if not m:
        return None
    year = int(m.group("year"))
    try:
        if m.group("day"):
            return date(year, int(m.group("month")), int(m.group("day")))
        if m.group("month"):
            return date(year, int(m.group("month")), 1)
        if m.group("week"):
            return date.fromisocalendar(year, int(m.group("week")), 1)
        if m.group("quarter"):
            return date(year, 3 * int(m.group("quarter")) - 2, 1)
        if m.group("half"):
            return date(year, 6 * int(m.group("half")) - 5, 1)
        if m.group("season"):
            return date(year, SEASON_MONTH[m.group("season")], 1)
        return date(year, 1, 1)
    except ValueError:
        return None


MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12}


def end_of(value: str) -> date | None:
    """The day after the last day a TIMEX3 date value covers (None for values that are not calendar dates)."""
    start, g = start_of(value), granularity(value)
    if start is None or g is None:
        return None
    if g == "day":
        return start + timedelta(days=1)
    if g == "week":
        return start + timedelta(weeks=1)
    if g == "weekend":
        return start + timedelta(days=7)
    y, m = add_months(start.year, start.month, MONTHS_IN[g])
    return date(y, m, 1)


def shift_value(value: str, n: int, unit: str) -> str | None:
    """`value` moved `n` units (day, week, month, quarter, year), kept at its own precision when it is coarser.

    "1989-Q3" a year back is "1988-Q3"; "1989-10-12" two days on is "1989-10-14"; a day shift of a
    month value has no answer (None).
    """
    m = _VALUE.match(value)
    start = start_of(value)
    if not m or start is None:
        return None
    year = int(m.group("year"))
    if unit == "year":
        if m.group("day"):
            return day(add_years(start, n))
        return f"{year + n:04d}" + value[4:]
    if unit == "quarter" and m.group("quarter"):
        index = year * 4 + int(m.group("quarter")) - 1 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit in ("quarter", "month") and m.group("month"):
        y, mm = add_months(year, int(m.group("month")), n * (3 if unit == "quarter" else 1))
        return day(date(y, mm, min(start.day, days_in_month(y, mm)))) if m.group("day") else month(y, mm)
    if unit == "week" and (m.group("week") or m.group("day")):
        moved = start + timedelta(weeks=n)
        return day(moved) if m.group("day") else week(moved)
    if unit == "day" and m.group("day"):
        return day(start + timedelta(days=n))
    return None
