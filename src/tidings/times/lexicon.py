"""The words of time, read from the tables in `data/` (see data/README.md for their sources)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Unit:
    symbol: str          # the TIMEX3 duration letter: Y, M, W, D, H, M (minutes), S, Q, E, C, L
    multiple: int        # a fortnight is 2 W
    granularity: str     # year, quarter, month, week, day, hour, minute, second, decade, century, millennium


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]              # "January", "Jan" -> 1
    month_abbreviations: frozenset[str]
    weekdays: dict[str, int]            # "Monday", "Mon" -> 1 (ISO)
    weekday_abbreviations: frozenset[str]
    numbers: dict[str, int | None]      # "twenty" -> 20, "several" -> None (a vague count)
    ordinals: dict[str, int]
    units: dict[str, Unit]
    seasons: dict[str, str]             # "fall" -> "FA"
    dayparts: dict[str, str]            # "morning" -> "MO", "noon" -> "12:00"
    references: dict[str, tuple[str, str]]   # "now" -> ("PRESENT_REF", "any")
    frequencies: dict[str, str]         # "daily" -> "P1D"
    holidays: dict[str, str]            # "christmas" -> "12-25"
    not_times: frozenset[str]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("tidings.times").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def lexicon() -> Lexicon:
    """The time words of every table, loaded once per process."""
    months = {r[0]: int(r[1]) for r in _rows("months.tsv")}
    weekdays = {r[0]: int(r[1]) for r in _rows("weekdays.tsv")}
    return Lexicon(
        months=months,
        month_abbreviations=frozenset(r[0] for r in _rows("months.tsv") if r[2] == "1"),
        weekdays=weekdays,
        weekday_abbreviations=frozenset(r[0] for r in _rows("weekdays.tsv") if r[2] == "1"),
        numbers={r[0]: None if r[1] == "X" else int(r[1]) for r in _rows("numbers.tsv")},
        ordinals={r[0]: int(r[1]) for r in _rows("ordinals.tsv")},
        units={r[0]: Unit(r[1], int(r[2]), r[3]) for r in _rows("units.tsv")},
        seasons={r[0]: r[1] for r in _rows("seasons.tsv")},
        dayparts={r[0]: r[1] for r in _rows("dayparts.tsv")},
        references={r[0]: (r[1], r[2]) for r in _rows("references.tsv")},
        frequencies={r[0]: r[1] for r in _rows("frequencies.tsv")},
        holidays={r[0]: r[1] for r in _rows("holidays.tsv")},
        not_times=frozenset(r[0] for r in _rows("not_times.tsv")),
    )
