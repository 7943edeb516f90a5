"""Anchored expressions: weekdays, months, quarters, seasons, holidays, "last week", "three days
ago", "the following day", valued against the publication date and the tense of their clause.

Anchoring conventions (news, as TimeBank annotates it):
- a quarter or half with no year is the anchor's own year's (news discusses the quarters of its
  year), or the previous year's when it lies ahead of the anchor in a past-tense clause;
- a bare weekday is the latest such day on or before the anchor, or the first on or after it
  when the clause looks ahead (will, is to, plans, the present progressive);
- a bare month takes the year nearest the anchor that the tense allows: a future clause always
  looks ahead, a past one looks back when the month modifies its verb ("met in March"), not a
  noun ("announced a deal to buy it in January"), which takes the nearest; a month and day
  or a season takes the year the tense allows if that lies within half a year of
  the anchor, else the nearest ("payable Dec. 7" in a past-tense report of October is the coming
  one); "last October" is the last October strictly before the anchor's month;
- "N units ago" counts from the anchor; "N units earlier/later", "the following day", "the
  year-ago quarter" from the latest date the text has named (the anchor if none).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from tidings.times import calendar as cal
from tidings.times.grammar import fragments
from tidings.times.lexicon import lexicon
from tidings.times.values import (
    HALF_YEAR,
    SENTENCE,
    YEARS,
    Context,
    Groups,
    Result,
    day_number,
    duration,
    month_number,
    norm,
    number,
    time_of_day,
    unit_of,
    valid_date,
    weekday_number,
    year_number,
)


def month_day(g: Groups, ctx: Context) -> Result:
    m, d = month_number(g["mon"] or g["mon2"]), day_number(g["day"] or g["day2"])
    if not 1 <= d <= 31:
        return None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{m:02d}-{d:02d}"
    if g["wd"]:   # "Monday, Feb. 5": the year in which that date is that weekday
        weekday = weekday_number(g["wd"])
        for year in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
            found = valid_date(year, m, d)
            if found and found.isoweekday() == weekday:
                return "DATE", cal.day(found)
    rel = norm(g.get("rel"))
    way = "past" if rel == "last" else "future" if rel == "next" else ctx.direction()
    found = cal.month_day_near(ctx.anchor, m, d, way)
    if rel in ("last", "next") and found is not None:
        return "DATE", cal.day(found)
    if found is None or (abs((found - ctx.anchor).days) > HALF_YEAR
                         and not (way == "past" and (ctx.attached() or ctx.labels()))):
        found = cal.month_day_near(ctx.anchor, m, d, None)
    return ("DATE", cal.day(found)) if found else None


def month_rel_year(g: Groups, ctx: Context) -> Result:
    m = month_number(g["mon"])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{m:02d}"
    offset = {"last": -1, "this": 0, "next": 1}[norm(g["rel"])]
    return "DATE", cal.month(ctx.anchor.year + offset, m)


def week_of(g: Groups, ctx: Context) -> Result:
    """"the week of March 6": the ISO week holding that day."""
    if g.get("year"):
        d = valid_date(year_number(g["year"], ctx.anchor), month_number(g["mon"]), day_number(g["day"]))
        value = cal.day(d) if d else None
    else:
        _, value = month_day({"mon": g["mon"], "day": g["day"], "mon2": None, "day2": None, "wd": g["wd"],
                              "rel": None}, ctx) or ("DATE", None)
    start = cal.start_of(value) if value and "X" not in value else None
    return "DATE", cal.week(start) if start else None


def deictic(g: Groups, ctx: Context) -> Result:
    word = norm(g["word"])
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    pre = norm(g["pre"])
    offset += -1 if pre == "the day before" else 1 if pre == "the day after" else 0
    if ctx.anchor is None:
        return ("TIME", "XXXX-XX-XXTNI") if word == "tonight" else ("DATE", None)
    d = cal.day(ctx.anchor + timedelta(days=offset))
    return ("TIME", d + "TNI") if word == "tonight" else ("DATE", d)


def daypart(g: Groups, ctx: Context) -> Result:
    part = lexicon().dayparts[norm(g["part"])]
    rel = norm(g["rel"]).removesuffix("'s")
    if rel == "that":
        ref = ctx.reference("day")
        return "TIME", (ref + "T" + part) if ref else None
    offset = {"this": 0, "last": -1, "this past": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and part != "NI":
        offset = -1
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{part}"
    return "TIME", cal.day(ctx.anchor + timedelta(days=offset)) + "T" + part


def daypart_alone(g: Groups, ctx: Context) -> Result:
    part = "NI" if g.get("night") else lexicon().dayparts[norm(g["part"])]
    if g.get("deictic"):
        _, day_value = deictic({"word": g["deictic"], "pre": None}, ctx) or ("", None)
    else:   # "overnight", "mid-afternoon": of the day the narrative is at
        day_value = ctx.reference("day", within=SENTENCE) or (cal.day(ctx.anchor) if ctx.anchor else None)
    return "TIME", f"{(day_value or 'XXXX-XX-XX')[:10]}T{part}"


def weekday(g: Groups, ctx: Context) -> Result:
    wd = weekday_number(g["wd"])
    part = lexicon().dayparts[norm(g["part"])] if g["part"] else None
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    rel = norm(g["rel"])
    if rel in ("that", "the previous", "the following"):   # counted from the day the narrative is at
        ref = ctx.reference("day")
        base = cal.start_of(ref) if ref else ctx.anchor
    else:
        base = ctx.anchor
    if base is None:
        return kind, f"XXXX-WXX-{wd}{suffix}"
    if rel in ("last", "the previous", "this past"):
        d = cal.weekday_near(base, wd, "past", strict=True)
    elif rel in ("next", "the following"):
        d = cal.weekday_near(base, wd, "future", strict=True)
    elif rel in ("this", "this coming", "the coming"):
        d = cal.weekday_near(base, wd, "future")
    else:   # news reports what happened: a bare weekday is past unless the clause looks ahead
        d = cal.weekday_near(base, wd, "future" if ctx.direction() == "future" else "past")
    return kind, cal.day(d) + suffix


def part_weekday(g: Groups, ctx: Context) -> Result:
    return weekday({"wd": g["wd"], "part": g["part"], "rel": None}, ctx)


def month_(g: Groups, ctx: Context) -> Result:
    m = month_number(g["mon"])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{m:02d}"
    rel = norm(g["rel"])
    a = ctx.anchor
    if rel in ("last", "this past", "past"):
        y = cal.cycle_year(a.year, a.month, m, 12, "past", strict=True)
    elif rel in ("next", "this coming", "the coming", "coming"):
        y = cal.cycle_year(a.year, a.month, m, 12, "future", strict=True)
    elif rel == "this":
        y = a.year
    else:
        way = ctx.direction()
        y = cal.cycle_year(a.year, a.month, m, 12, way if way == "future" or ctx.attached() else None)
    return "DATE", cal.month(y, m)


def _cycle(ctx: Context, rel: str, pos: int, anchor_pos: int, period: int) -> int | None:
    """The year of position `pos` in a yearly cycle, as `rel` ("last", "next", "this", "") and the tense place it."""
    a = ctx.anchor
    if a is None:
        return None
    if rel in ("last", "this past", "past", "the past", "the previous", "the last"):
        return cal.cycle_year(a.year, anchor_pos, pos, period, "past", strict=True)
    if rel in ("next", "this coming", "the coming", "coming", "the following", "the next"):
        return cal.cycle_year(a.year, anchor_pos, pos, period, "future", strict=True)
    if rel == "this":
        return a.year
    return cal.cycle_year(a.year, anchor_pos, pos, period, ctx.direction())


def _year_of(g: Groups, ctx: Context, *keys: str) -> int | None:
    """An explicit year among groups `keys` ("1989", "this/last/next year"), else None."""
    for key in keys:
        value = norm(g.get(key))
        if not value:
            continue
        if re.fullmatch(r"\d{4}", value):
            return int(value)
        if ctx.anchor is not None and value.split()[0] in ("this", "last", "next"):
            return ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[value.split()[0]]
    return None


@cache
def _ended() -> re.Pattern[str]:
    f = fragments()
    return re.compile(rf"\s*,?\s+(?:that\s+|which\s+)?(?P<verb>ended|ending)\s+(?P<mon>{f['month_d']})"
                      rf"\s+(?P<day>{f['day']})(?:,?\s+(?P<year>{f['year']}))?", re.IGNORECASE)


def _end_date(ctx: Context) -> date | None:
    """The day a period ends when the text says so right after it ("the quarter ended July 31"): an
    "ended" one on or before the anchor, an "ending" one the nearest."""
    m = _ended().match(ctx.text, ctx.end, ctx.end + 40)
    if m is None:
        return None
    mon, day = month_number(m.group("mon")), day_number(m.group("day"))
    if m.group("year"):
        return valid_date(int(m.group("year")), mon, day)
    if ctx.anchor is None:
        return None
    return cal.month_day_near(ctx.anchor, mon, day, "past" if m.group("verb").lower() == "ended" else None)


def _quarter_ended(ctx: Context) -> str | None:
    """The calendar quarter of a three-month period ending on the day the text gives: the quarter of its
    middle month ("the quarter ended July 31" is May to July, mostly the second quarter)."""
    end = _end_date(ctx)
    if end is None:
        return None
    y, m = cal.add_months(end.year, end.month, -1)
    return f"{y:04d}-Q{(m - 1) // 3 + 1}"


def _recent_quarter(ctx: Context) -> str | None:
    """The quarter the narrative is at: the latest reported quarter named, else the last completed."""
    latest = cal.shift(ctx.anchor, -1, "quarter") if ctx.anchor else None
    if ctx.anchor is None:
        return ctx.reference("quarter")
    return ctx.reference("quarter", reported=True) or latest


def quarter(g: Groups, ctx: Context) -> Result:
    if g.get("qunit"):   # "the 1988 quarter", "last year's period": the quarter at hand, in that year
        y = _year_of(g, ctx, "year5", "yrel5")
        ref = _recent_quarter(ctx)
        return "DATE", (f"{y:04d}" + ref[4:]) if ref and y else (f"{y:04d}" if y else None)
    word = norm(g["q"] or g["qq"])
    q = int(word) if word.isdigit() else lexicon().ordinals.get(word) or int(word[0])
    y = _year_of(g, ctx, "year", "year2", "year3", "year4", "yrel", "yrel2")
    if y is None and (end := _end_date(ctx)) is not None:
        y = end.year   # "the second quarter ended Oct. 31": a fiscal quarter, named in the year it ends
        return "DATE", f"{y:04d}-Q{q}"
    if y is None and g.get("yref"):
        ref = ctx.reference()
        y = int(ref[:4]) if ref else None
    if y is None and ctx.anchor is not None:
        y = ctx.anchor.year   # news discusses the quarters of its own year, the past ones mostly
        if q > cal.quarter_of(ctx.anchor) and ctx.direction() == "past":
            y -= 1
    if y is not None and g.get("ago"):
        y -= 1
    return "DATE", f"{y:04d}-Q{q}" if y is not None else f"XXXX-Q{q}"


def quarter_rel(g: Groups, ctx: Context) -> Result:
    if g.get("qunit2"):   # "the quarter a year ago": the period at hand, a year back
        g = {**g, "qrel": "same", "qunit": g["qunit2"], "qyear": g["qyear2"]}
    rel = norm(g["qrel"]).removeprefix("comparable ")
    ref = _recent_quarter(ctx) if g["qunit"] == "quarter" else \
        ctx.reference("quarter", "half", "month", "year", reported=True)
    latest = cal.shift(ctx.anchor, -1, "quarter") if ctx.anchor else None
    if rel in ("latest", "recent", "most recent", "just-ended", "just-completed", "last", "past"):
        value = _quarter_ended(ctx) or latest if g["qunit"] == "quarter" else latest
    elif rel == "current":
        value = cal.shift(ctx.anchor, 0, "quarter") if ctx.anchor else None
    elif rel in ("next", "coming"):
        value = cal.shift(ctx.anchor, 1, "quarter") if ctx.anchor else None
    elif rel in ("previous", "prior", "preceding"):
        value = cal.shift_value(ref, -1, "quarter") if ref else latest and cal.shift_value(latest, -1, "quarter")
    elif rel == "following":
        value = cal.shift_value(ref, 1, "quarter") if ref else None
    elif rel in ("year-ago", "year-earlier", "year-before"):
        value = cal.shift_value(ref or latest, -1, "year") if (ref or latest) else None
    else:   # same, comparable, corresponding
        value = ref or latest
    if value and g.get("qyear"):
        value = cal.shift_value(value, -1, "year")
    return "DATE", value


def half(g: Groups, ctx: Context) -> Result:
    h = 1 if norm(g["h"]) in ("first", "1st") else 2
    y = _year_of(g, ctx, "year", "yrel")
    if y is None and ctx.anchor is not None:
        y = ctx.anchor.year
        if h == 2 and ctx.anchor.month <= 6 and ctx.direction() == "past":
            y -= 1
    return "DATE", f"{y:04d}-H{h}" if y is not None else f"XXXX-H{h}"


def season(g: Groups, ctx: Context) -> Result:
    code = lexicon().seasons[norm(g["season"])]
    if g["year"] and (y := year_number(g["year"], ctx.anchor)):
        return "DATE", f"{y:04d}-{code}"
    order = ["WI", "SP", "SU", "FA"]
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}"
    y = _cycle(ctx, norm(g["rel"]), order.index(code), (ctx.anchor.month % 12) // 3, 4)
    return "DATE", f"{y:04d}-{code}"


def holiday(g: Groups, ctx: Context) -> Result:
    kind, value = _holiday_day(g, ctx) or ("DATE", None)
    if g.get("week") and value:   # "Easter week", "Christmas week": the ISO week holding the day
        start = cal.start_of(value)
        return kind, cal.week(start) if start else None
    return kind, value


def _holiday_day(g: Groups, ctx: Context) -> Result:
    rule = lexicon().holidays[norm(g["hol"])]
    if g["year"]:
        d = cal.holiday(int(g["year"]), rule)
        return ("DATE", cal.day(d)) if d else None
    a = ctx.anchor
    if a is None:
        return "DATE", None
    days = [d for y in (a.year - 1, a.year, a.year + 1) if (d := cal.holiday(y, rule))]
    rel = norm(g["rel"])
    if rel in ("last", "this past", "next", "this coming"):
        strict = rel in ("last", "next")
        if rel in ("last", "this past"):
            found = max(d for d in days if d < a or (d == a and not strict))
        else:
            found = min(d for d in days if d > a or (d == a and not strict))
        return "DATE", cal.day(found)
    way = ctx.direction()
    chosen = [d for d in days if (way == "past" and d <= a) or (way == "future" and d >= a)]
    found = (max(chosen) if way == "past" else min(chosen)) if chosen else None
    if found is None or abs((found - a).days) > HALF_YEAR:
        found = min(days, key=lambda d: (abs((d - a).days), d > a))
    return "DATE", cal.day(found)


def relative(g: Groups, ctx: Context) -> Result:
    rel = norm(g["rel"])
    unit = norm(g["unit"])
    unit = "year" if unit.endswith("year") else unit
    if unit in ("decade", "century") and rel in ("past", "the past", "the last"):
        return "DURATION", duration(1, unit_of(unit))   # "over the past decade": the ten years to now
    if rel in ("the previous", "previous", "the following", "following", "the next"):
        step = -1 if "previous" in rel else 1
        ref = ctx.reference()
        start = cal.start_of(ref) if ref else None
        if start is not None and unit in ("week", "month", "year", "quarter", "decade", "century"):
            return "DATE", cal.shift(start, step, unit)
        offset = step
    else:
        offset = {"last": -1, "the last": -1, "past": -1, "the past": -1, "this past": -1, "this": 0, "current": 0,
                  "the current": 0, "next": 1, "coming": 1, "the coming": 1, "this coming": 1}[rel]
    if ctx.anchor is None:
        return "DATE", None
    if unit == "weekend":
        return "DATE", cal.week(ctx.anchor + timedelta(weeks=offset)) + "-WE"
    return "DATE", cal.shift(ctx.anchor, offset, unit)


def year_end(g: Groups, ctx: Context) -> Result:
    """"year-end": the end of the anchor's year, or of the year before when told in the past early in a year."""
    if ctx.anchor is None:
        return "DATE", None
    offset = {"last": -1, "next": 1}.get(norm(g["rel"]), 0)
    if not offset and ctx.direction() == "past" and ctx.anchor.month <= 3:
        offset = -1
    return "DATE", f"{ctx.anchor.year + offset:04d}"


def fiscal_year(g: Groups, ctx: Context) -> Result:
    """"the fiscal year", "the full year": the anchor's; "the latest/previous/last fiscal year" the one before."""
    if ctx.anchor is None:
        return "DATE", None
    rel = norm(g["rel"])
    offset = -1 if rel in ("latest", "previous", "last") else 1 if rel in ("next", "coming", "new") else 0
    return "DATE", f"{ctx.anchor.year + offset:04d}"


def time_clock(g: Groups, ctx: Context) -> Result:
    clock = time_of_day(g.get("clock") or g.get("named") or "")
    if clock is None:
        return None
    if g.get("wd"):
        _, day_value = weekday({"wd": g["wd"], "part": None, "rel": None}, ctx) or ("", None)
    elif g.get("deictic"):
        _, day_value = deictic({"word": g["deictic"], "pre": None}, ctx) or ("", None)
        day_value = day_value[:10] if day_value else None
    elif g.get("mon"):
        _, day_value = month_day({"mon": g["mon"], "day": g["day"], "mon2": None, "day2": None, "wd": None}, ctx) \
            or ("", None)
    else:
        day_value = ctx.reference("day") or (cal.day(ctx.anchor) if ctx.anchor else None)
    return "TIME", f"{(day_value or 'XXXX-XX-XX')[:10]}T{clock}"


def ago(g: Groups, ctx: Context) -> Result:
    n, unit, way = number(g["num"]), unit_of(g["unit"]), norm(g["dir"])
    back = way in ("ago", "earlier", "before")
    if n is None:
        return "DATE", "PAST_REF" if back else "FUTURE_REF"
    steps = int(n * unit.multiple) * (-1 if back else 1)
    gran = unit.granularity if unit.granularity not in ("hour", "minute", "second") else "day"
    if gran in YEARS:   # "a decade ago" is a year, ten back (units.tsv counts decades in years)
        gran = "year"
    if gran == "year" and steps in (-1, 1):   # "profit rose in the third quarter from a year ago"
        period = ctx.reference("quarter", "half", "month", within=SENTENCE, reported=True)
        if period is not None:
            return "DATE", cal.shift_value(period, steps, gran)
    if way in ("earlier", "later", "before", "after"):
        ref = ctx.reference()
        if ref is not None:
            return "DATE", cal.shift_value(ref, steps, gran)
    if ctx.anchor is None:
        return "DATE", None
    if gran == "day" and unit.granularity != "day":
        steps = 0 if abs(steps) < 24 or unit.granularity != "hour" else steps // 24
    return "DATE", cal.shift(ctx.anchor, steps, gran)


def ago_adj(g: Groups, ctx: Context) -> Result:
    n = number(g["num"]) if g["num"] else 1
    unit = unit_of(g["unit"])
    noun = norm(g["noun"])
    if n is None:
        return None
    if noun in ("quarter", "period"):
        ref = _recent_quarter(ctx) if noun == "quarter" else \
            ctx.reference(within=SENTENCE, reported=True) or _recent_quarter(ctx)
    else:   # "year-ago levels": the period just named, else the anchor's year
        ref = ctx.reference("quarter", "half", "month", within=SENTENCE, reported=True)
        if ref is None and ctx.anchor is not None:
            ref = cal.shift(ctx.anchor, 0, unit.granularity)
    return "DATE", cal.shift_value(ref, -int(n), unit.granularity) if ref else None


def ordinal_day(g: Groups, ctx: Context) -> Result:
    """"on the first day", "the eighth day of the strike": the day the narrative is at (a day named in
    the last few sentences), else today when told in the present; None when the text does not say."""
    night = norm(g["unit"]) == "night"
    ref = ctx.reference("day", within=3 * SENTENCE)
    day = ref[:10] if ref else cal.day(ctx.anchor) if ctx.anchor and ctx.direction() is None else None
    if night:
        return "TIME", f"{day}TNI" if day else None
    return "DATE", day


def anaphor(g: Groups, ctx: Context) -> Result:
    det, rel, unit, ba = norm(g["det"]), norm(g["arel"]), norm(g["unit"]), norm(g["ba"])
    step = (1 if rel in ("following", "next") or ba in ("after", "later")
            else -1 if rel in ("previous", "preceding", "prior") or ba in ("before", "earlier") else 0)
    part = lexicon().dayparts.get(unit)
    if part is not None:
        if det == "the" and not rel:
            return None   # "in the morning": any morning
        ref = ctx.reference("day") or (cal.day(ctx.anchor) if ctx.anchor else None)
        value = cal.shift_value(ref, step, "day") if ref else None
        return "TIME", f"{value}T{part}" if value else None
    if det in ("the", "this") and not rel and not ba and unit == "day":
        return None       # "the day", "this day": rarely a date
    if det in ("the", "this") and not rel and not ba and unit == "weekend":
        if ctx.anchor is None:
            return "DATE", None
        saturday = cal.weekday_near(ctx.anchor, 6, "future" if ctx.direction() == "future" else "past")
        return "DATE", cal.week(saturday) + "-WE"
    gran = {"day": "day", "week": "week", "weekend": "week", "month": "month", "year": "year",
            "quarter": "quarter"}[unit]
    if det == "the" and not rel and not ba and unit != "quarter":
        ref = None   # "the year", "the week": the anchor's, as TimeBank reads them
    elif unit == "quarter":   # the quarter just named (perhaps a fiscal one), else the one the text dates
        ref = ctx.reference("quarter", within=SENTENCE) or _quarter_ended(ctx) or _recent_quarter(ctx)
    else:
        ref = ctx.reference()
    if ref is None and ctx.anchor is not None:
        ref = cal.shift(ctx.anchor, -1 if unit == "quarter" else 0, gran)
    if ref is None:
        return "DATE", None
    start = cal.start_of(ref)
    if start is None:
        return "DATE", None
    if gran == "day" and cal.granularity(ref) != "day":
        return "DATE", None   # "the following day" after "in March": some day the text does not give
    base = ref if cal.granularity(ref) == gran else cal.shift(start, 0, gran)
    value = cal.shift_value(base, step, gran) if base else None
    if unit == "weekend" and value:
        value += "-WE"
    return "DATE", value


HANDLERS: dict[str, Callable[[Groups, Context], Result]] = {
    "month_day": month_day, "week_of": week_of, "month_rel_year": month_rel_year, "deictic": deictic,
    "daypart": daypart,
    "daypart_alone": daypart_alone, "weekday": weekday, "part_weekday": part_weekday, "month": month_,
    "quarter": quarter, "quarter_rel": quarter_rel, "half": half, "season": season, "holiday": holiday,
    "relative": relative, "time_clock": time_clock, "time_named": time_clock, "ago": ago, "ago_adj": ago_adj,
    "anaphor": anaphor, "ordinal_day": ordinal_day, "year_end": year_end, "fiscal_year": fiscal_year,
}
