"""What a rule match means: its TIMEX3 type and value, anchored on the publication date.

One function per rule of `grammar`, each given the match's groups and a `Context` (the anchor
date, the tense of the governing clause, the values met earlier in the text), returning
`(type, value)`, or None when the match is not a time after all. Without an anchor, relative
expressions keep TIMEX3's unknown digits (`XXXX-10`, `XXXX-WXX-4`) or no value.

The rules that anchor relative expressions on the publication date or on the narrative are in
`anchoring`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from tidings.times import calendar as cal
from tidings.times.lexicon import Unit, lexicon

Result = tuple[str, str | None] | None
# The tense places a bare month or date only within half a year of the anchor: beyond that the
# nearest such date wins ("payable Dec. 7", "extended to Nov. 20", read in a past-tense report
# of late October, are the coming ones).
HALF_YEAR = 183
SENTENCE = 250   # characters back that still count as the same stretch of narrative
YEARS = {"decade": 10, "century": 100, "millennium": 1000}
REPORTED_DAYS = 366 + 92   # a period reported on began at most a year and a quarter before the anchor
Groups = dict[str, str | None]


@dataclass(slots=True)
class Context:
    anchor: date | None
    text: str                                  # the whole text, for a look around the match
    start: int
    end: int
    tense: Callable[[], str | None]            # the governing clause's tense, computed when asked
    attached: Callable[[], bool] = lambda: True   # whether the expression modifies that clause's verb
    labels: Callable[[], bool] = lambda: False    # whether it names the day of an event noun ("the Oct. 23 slaying")
    history: list[tuple[int, str]] = field(default_factory=list)   # (offset, value) of dates met so far

    def direction(self) -> str | None:
        """"past" or "future" as the governing clause looks (a perfect looks back), else None."""
        tense = self.tense()
        return "past" if tense == "perfect" else tense if tense in ("past", "future") else None

    def reference(self, *granularities: str, within: int | None = None, reported: bool = False) -> str | None:
        """The latest value met at one of `granularities` (any calendar value if none given), at most
        `within` characters back when given; with `reported`, only a period a report can be about:
        ended by the anchor and begun within the year and a quarter before it (a comparison such as
        "a year ago" is with the period reported, not with an outlook's "the fourth quarter")."""
        for at, value in reversed(self.history):
            if within is not None and self.start - at > within:
                return None
            g = cal.granularity(value)
            if g is None or (granularities and g not in granularities):
                continue
            if reported and self.anchor is not None:
                start, end = cal.start_of(value), cal.end_of(value)
                if start is None or end is None or end > self.anchor or (self.anchor - start).days > REPORTED_DAYS:
                    continue
            return value
        return None


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip().lower()


def number(text: str | None) -> float | None:
    """The count a number phrase gives ("twenty four" 24, "5 1/2" 5.5, "a couple of" 2); None when vague."""
    s = norm(text)
    half = s.endswith(" and a half")
    if half:
        s = s[: -len(" and a half")]
    numbers = lexicon().numbers
    value: float | None
    if s in numbers:
        value = numbers[s]
    elif re.fullmatch(r"\d+(\.\d+)?", s):
        value = float(s)
    elif m := re.fullmatch(r"(\d+)? ?(\d)/(\d)", s):
        value = float(m.group(1) or 0) + int(m.group(2)) / int(m.group(3))
    else:
        total = 0
        for word in re.split(r"[- ]", s):
            if word == "hundred":
                total = max(total, 1) * 100
            elif word in numbers and numbers[word] is not None:
                total += numbers[word]  # type: ignore[operator]
            else:
                return None
        value = total
    if value is not None and half:
        value += 0.5
    return value


VAGUE = {"decade": "E", "century": "C", "millennium": "L"}
# A fraction of a unit in the next smaller one: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
SMALLER = {"year": (12, "M", False), "week": (7, "D", False), "day": (24, "H", True), "hour": (60, "M", True),
           "minute": (60, "S", True)}


def duration(n: float | None, unit: Unit) -> str:
    """A TIMEX3 duration: P2Y, PT24H, P2Y6M, PXD (a vague count)."""
    time = "T" if unit.granularity in ("hour", "minute", "second") else ""
    if n is None:
        return f"P{time}X{VAGUE.get(unit.granularity, unit.symbol)}"
    total = n * unit.multiple
    whole, rest = int(total), total - int(total)
    if rest and unit.granularity in SMALLER:
        factor, smaller, smaller_time = SMALLER[unit.granularity]
        part = f"{rest * factor:g}{smaller}"
        return f"P{time}{whole}{unit.symbol}" + (part if time or not smaller_time else "T" + part)
    return f"P{time}{total:g}{unit.symbol}"


def unit_of(word: str | None) -> Unit:
    return lexicon().units[norm(word)]


def month_number(word: str | None) -> int:
    return lexicon().months[(word or "").strip().rstrip(".").title()]


def weekday_number(word: str | None) -> int:
    return lexicon().weekdays[(word or "").strip().rstrip(".").title()]


def day_number(word: str | None) -> int:
    return int(re.sub(r"\D", "", word or "0"))


def year_number(word: str | None, anchor: date | None) -> int:
    s = (word or "").strip()
    if s[:1].isalpha():
        spoken = spoken_year({"spoken": s}, Context(anchor, s, 0, len(s), tense=lambda: None))
        return int(spoken[1]) if spoken and spoken[1] else 0
    if s.startswith("'"):
        yy = int(s[1:])
        century = 2000 if anchor is None or 2000 + yy <= anchor.year + 10 else 1900
        return century + yy
    return int(s)


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_full(g: Groups, ctx: Context) -> Result:
    d = valid_date(year_number(g["year"], ctx.anchor), month_number(g["mon"] or g["mon2"]),
                   day_number(g["day"] or g["day2"]))
    return ("DATE", cal.day(d)) if d else None


def date_numeric(g: Groups, ctx: Context) -> Result:
    if g["y"]:
        d = valid_date(int(g["y"]), int(g["m"]), int(g["d"]))   # type: ignore[arg-type]
    else:
        y = g["y2"] or ""
        year = int(y) if len(y) == 4 else year_number("'" + y, ctx.anchor)
        d = valid_date(year, int(g["m2"] or 0), int(g["d2"] or 0))   # American order, as US news writes it
    return ("DATE", cal.day(d)) if d else None


def month_year(g: Groups, ctx: Context) -> Result:
    y = year_number(g["year"], ctx.anchor)
    return ("DATE", cal.month(y, month_number(g["mon"]))) if y else None


def year(g: Groups, ctx: Context) -> Result:
    return "DATE", f"{int(g['year'] or 0):04d}"


def spoken_year(g: Groups, ctx: Context) -> Result:
    words = norm(g["spoken"]).replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = number(" ".join(w for w in words[2:] if w != "and")) if len(words) > 2 else 0
        return ("DATE", f"{2000 + int(rest):04d}") if rest is not None else None
    head = number(words[0])
    if head is None:
        return None
    if words[1] == "hundred":
        return "DATE", f"{int(head) * 100:04d}"
    tail = number(" ".join(w for w in words[1:] if w != "o"))
    return ("DATE", f"{int(head) * 100 + int(tail):04d}") if tail is not None else None


def decade(g: Groups, ctx: Context) -> Result:
    if g["dec"]:
        return "DATE", g["dec"][:3]
    if g["short"]:
        century = 20 if ctx.anchor is not None and 2000 + int(g["short"]) <= ctx.anchor.year else 19
        return "DATE", f"{century}{g['short'][0]}"
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
            "nineties": 9}[norm(g["word"])]
    return "DATE", f"19{tens}"


def century(g: Groups, ctx: Context) -> Result:
    word = norm(g["ord"])
    n = lexicon().ordinals.get(word) or (int(re.sub(r"\D", "", word)) if re.search(r"\d", word) else 0)
    return ("DATE", f"{n - 1:02d}") if n else None


def time_of_day(clock: str) -> str | None:
    """"15:30" from "3:30 p.m.", "12:00" from "noon"; None when not a time of day."""
    s = norm(clock)
    named = lexicon().dayparts.get(s)
    if named and ":" in named:
        return named
    m = re.match(r"(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?|o'clock)?", s)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    suffix = (m.group(3) or "").replace(".", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


_PRICE_BEFORE = re.compile(r"(?:\d|%|percent|cents?|dollars?|euros?|pounds?|yuan|yen|a share|barrels?|tons?"
                           r"|people|times)\s*$", re.IGNORECASE)


def duration_(g: Groups, ctx: Context) -> Result:
    unit = unit_of(g["unit"])
    n = number(g["num"])
    if n is not None and g.get("half"):
        n += 0.5
    bare = norm(g["num"]) in ("a", "an") and not g.get("drel") and not g.get("the") and not g.get("approx")
    if bare and _PRICE_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return "SET", duration(1, unit)   # "$5 a year", "three meals a day"
    return "DURATION", duration(n, unit)


def duration_adj(g: Groups, ctx: Context) -> Result:
    unit = unit_of(g["unit"] or g["unit2"])
    n = number(g["num"]) if g["num"] else 1
    return "DURATION", duration(n, unit)


def bare_plural(g: Groups, ctx: Context) -> Result:
    return "DURATION", duration(None, unit_of(g["unit"]))


def reference(g: Groups, ctx: Context) -> Result:
    return "DATE", lexicon().references[norm(g["ref"])][0]


def set_(g: Groups, ctx: Context) -> Result:
    lx = lexicon()
    if g.get("freq"):
        return "SET", lx.frequencies[norm(g["freq"])]
    if g.get("wds"):
        wd = weekday_number(g["wds"].rstrip("sS") if g["wds"].lower().endswith("days") else g["wds"])
        parts = norm(g.get("parts")).rstrip("s")
        return "SET", f"XXXX-WXX-{wd}" + (f"T{lx.dayparts[parts]}" if parts else "")
    if g.get("times"):
        return "SET", duration(1, unit_of(g["unit2"]))
    if g.get("wd"):
        return "SET", f"XXXX-WXX-{weekday_number(g['wd'])}"
    if g.get("mon"):
        return "SET", f"XXXX-{month_number(g['mon']):02d}"
    if g.get("season"):
        return "SET", f"XXXX-{lx.seasons[norm(g['season'])]}"
    if g.get("part"):
        return "SET", f"XXXX-XX-XXT{lx.dayparts[norm(g['part'])]}"
    unit = norm(g["unit"])
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE"
    n = number(g["num"]) if g.get("num") else 1
    return "SET", duration(n, unit_of(unit))


def age(g: Groups, ctx: Context) -> Result:
    return None   # "a 6-year-old", "44 years old": an age, not a time


HANDLERS: dict[str, Callable[[Groups, Context], Result]] = {
    "date_full": date_full, "date_numeric": date_numeric, "month_year": month_year, "year": year,
    "spoken_year": spoken_year, "decade": decade, "century": century, "duration": duration_,
    "duration_adj": duration_adj, "bare_plural": bare_plural, "reference": reference, "set": set_, "age": age,
}
