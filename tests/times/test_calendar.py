"""Calendar arithmetic and TIMEX3 value strings, without the parse."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.times import calendar as cal
from tidings.times.dating import event_date
from tidings.times.values import number

FRIDAY = date(2024, 2, 9)


@pytest.mark.parametrize(("n", "granularity", "value"), [
    (-1, "day", "2024-02-08"), (0, "week", "2024-W06"), (-1, "week", "2024-W05"), (1, "month", "2024-03"),
    (-2, "month", "2023-12"), (-1, "quarter", "2023-Q4"), (-1, "year", "2023"), (0, "decade", "202"),
    (0, "century", "20"),
])
def test_shift_from_the_anchor(n, granularity, value):
    assert cal.shift(FRIDAY, n, granularity) == value


@pytest.mark.parametrize(("value", "n", "unit", "moved"), [
    ("1989-Q3", -1, "year", "1988-Q3"), ("1989-Q1", -1, "quarter", "1988-Q4"), ("1989-10-12", 2, "day", "1989-10-14"),
    ("2024-02-29", -1, "year", "2023-02-28"), ("2024-01-31", 1, "month", "2024-02-29"),
    ("2024-W06", 1, "week", "2024-W07"),
    ("2024-03", 1, "day", None),
])
def test_shift_a_value_keeps_its_precision(value, n, unit, moved):
    assert cal.shift_value(value, n, unit) == moved


@pytest.mark.parametrize(("weekday", "direction", "day"), [
    (4, "past", date(2024, 2, 8)), (4, "future", date(2024, 2, 15)), (5, "past", FRIDAY), (5, "future", FRIDAY),
    (1, None, date(2024, 2, 12)), (3, None, date(2024, 2, 7)),
])
def test_weekday_near(weekday, direction, day):
    assert cal.weekday_near(FRIDAY, weekday, direction) == day


@pytest.mark.parametrize(("month", "direction", "strict", "year"), [
    (10, "past", False, 2023), (3, "future", False, 2024), (3, None, False, 2024), (9, None, False, 2023),
    (2, "past", True, 2023), (2, "past", False, 2024),
])
def test_cycle_year_of_a_month(month, direction, strict, year):
    assert cal.cycle_year(2024, 2, month, 12, direction, strict=strict) == year


@pytest.mark.parametrize(("year", "rule", "day"), [
    (2024, "easter+0", date(2024, 3, 31)), (2023, "easter-2", date(2023, 4, 7)), (2023, "4:4:11", date(2023, 11, 23)),
    (2024, "-1:1:05", date(2024, 5, 27)), (2024, "election", date(2024, 11, 5)), (2024, "12-25", date(2024, 12, 25)),
])
def test_holidays(year, rule, day):
    assert cal.holiday(year, rule) == day


@pytest.mark.parametrize(("value", "date_"), [
    ("2024-02-08", "2024-02-08"), ("2024-02-05TMO", "2024-02-05"), ("2024-02-07T15:30", "2024-02-07"),
    ("2024-W06", "2024-W06"), ("2024-W05-WE", "2024-W05"), ("2023-10", "2023-10"), ("2024-Q1", "2024"),
    ("2021-SU", "2021"), ("2023", "2023"), ("199", None), ("PAST_REF", None), ("PRESENT_REF", "2024-02-09"),
    ("XXXX-10", None), ("P2Y", None), (None, None),
])
def test_event_date_of_a_value(value, date_):
    assert event_date(value, "2024-02-09") == date_


@pytest.mark.parametrize(("words", "count"), [
    ("two", 2), ("twenty four", 24), ("twenty-four", 24), ("5 1/2", 5.5), ("a couple of", 2), ("several", None),
    ("an", 1), ("two and a half", 2.5), ("a hundred", 100),
])
def test_number_words(words, count):
    assert number(words) == count


@pytest.mark.parametrize(("value", "end"), [
    ("2023-Q3", date(2023, 10, 1)), ("2023-12", date(2024, 1, 1)), ("2024-02-08", date(2024, 2, 9)),
    ("2023-H2", date(2024, 1, 1)), ("2023", date(2024, 1, 1)), ("2024-W06", date(2024, 2, 12)), ("PAST_REF", None),
])
def test_end_of_a_value_is_the_day_after_it(value, end):
    assert cal.end_of(value) == end
