"""find_times on short news sentences written for these tests: exact spans, TIMEX3 types and values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.times import find_times

FRIDAY = "2024-02-09"   # a Friday: "Thursday" is the day before

CASES = [
    # the examples, anchored on Friday 2024-02-09
    ("The two leaders spoke on Thursday.", [("Thursday", "DATE", "2024-02-08")]),
    ("He visited Beijing last October.", [("last October", "DATE", "2023-10")]),
    ("Voters go to the polls in March.", [("March", "DATE", "2024-03")]),
    ("Exports rose sharply in 2023.", [("2023", "DATE", "2023")]),
    ("Prices have doubled over the past two years.", [("the past two years", "DURATION", "P2Y")]),
    ("The rebels attacked the town yesterday.", [("yesterday", "DATE", "2024-02-08")]),
    ("The talks began earlier this week.", [("earlier this week", "DATE", "2024-W06")]),
    ("The envoy arrived on Feb. 3.", [("Feb. 3", "DATE", "2024-02-03")]),
    ("The ceasefire collapsed three days ago.", [("three days ago", "DATE", "2024-02-06")]),
    ("The summit is planned for next month.", [("next month", "DATE", "2024-03")]),
    ("The shelling resumed late on Sunday.", [("late on Sunday", "DATE", "2024-02-04")]),
    ("Inflation has slowed this year.", [("this year", "DATE", "2024")]),
    ("Profits fell in the first quarter.", [("the first quarter", "DATE", "2024-Q1")]),
    ("The strike lasted weeks.", [("weeks", "DURATION", "PXW")]),
    ("They held an hour-long call.", [("an hour-long", "DURATION", "PT1H")]),
    ("The festival is held annually.", [("annually", "SET", "P1Y")]),
    ("The board met Monday morning.", [("Monday morning", "TIME", "2024-02-05TMO")]),
    # a bare weekday: the past one in a past clause, the coming one in a future clause
    ("The vote will take place on Monday.", [("Monday", "DATE", "2024-02-12")]),
    ("The talks are scheduled for Tuesday.", [("Tuesday", "DATE", "2024-02-13")]),
    ("The ministers are meeting on Wednesday.", [("Wednesday", "DATE", "2024-02-14")]),
    ("The plant reopened on Friday.", [("Friday", "DATE", "2024-02-09")]),
    ("The envoy left last Thursday.", [("last Thursday", "DATE", "2024-02-08")]),
    ("Rescuers have been searching since Tuesday.", [("Tuesday", "DATE", "2024-02-06")]),
    # a bare month: the tense decides, else the nearest
    ("The ruling party won the vote in December.", [("December", "DATE", "2023-12")]),
    ("The new parliament will sit in November.", [("November", "DATE", "2024-11")]),
    ("Parliament passed the law in mid-January.", [("mid-January", "DATE", "2024-01")]),
    ("The hearing took place on March 12.", [("March 12", "DATE", "2023-03-12")]),
    ("The next hearing is on March 12.", [("March 12", "DATE", "2024-03-12")]),
    ("The plant closed last Oct. 23.", [("last Oct. 23", "DATE", "2023-10-23")]),
    # absolute dates
    ("The accord was signed on 14 January 2022.", [("14 January 2022", "DATE", "2022-01-14")]),
    ("The treaty was signed on March 3, 1990, in Paris.", [("March 3, 1990", "DATE", "1990-03-03")]),
    ("The war began in February 2022.", [("February 2022", "DATE", "2022-02")]),
    ("The report was dated 2024-02-03.", [("2024-02-03", "DATE", "2024-02-03")]),
    ("The company was founded in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("Troops withdrew in the summer of 2021.", [("the summer of 2021", "DATE", "2021-SU")]),
    ("The agreement expires at the end of 2025.", [("the end of 2025", "DATE", "2025")]),
    ("The 20th century saw two world wars.", [("The 20th century", "DATE", "19")]),
    ("Results for Q3 2023 were strong.", [("Q3 2023", "DATE", "2023-Q3")]),
    # counted from the anchor, or from the narrative's time
    ("The minister resigned last week.", [("last week", "DATE", "2024-W05")]),
    ("The election will be held next year.", [("next year", "DATE", "2025")]),
    ("They met the day before yesterday.", [("the day before yesterday", "DATE", "2024-02-07")]),
    ("The bank was nationalised a decade ago.", [("a decade ago", "DATE", "2014")]),
    ("Sales rose 5% in the third quarter from a year earlier.",
     [("the third quarter", "DATE", "2023-Q3"), ("a year earlier", "DATE", "2022-Q3")]),
    ("The talks opened on Jan. 10 and ended two days later.",
     [("Jan. 10", "DATE", "2024-01-10"), ("two days later", "DATE", "2024-01-12")]),
    ("The protests continued through the weekend.", [("the weekend", "DATE", "2024-W05-WE")]),
    # times of day
    ("Police arrested him at 3:30 p.m. Wednesday.", [("3:30 p.m. Wednesday", "TIME", "2024-02-07T15:30")]),
    ("He spoke at noon on Friday.", [("noon on Friday", "TIME", "2024-02-09T12:00")]),
    ("Tonight the president addresses the nation.", [("Tonight", "TIME", "2024-02-09TNI")]),
    ("Gunfire was heard last night.", [("last night", "TIME", "2024-02-08TNI")]),
    ("Air defences shot down ten drones overnight.", [("overnight", "TIME", "2024-02-09TNI")]),
    ("Shares slid in mid-afternoon trading yesterday.",
     [("mid-afternoon", "TIME", "2024-02-09TAF"), ("yesterday", "DATE", "2024-02-08")]),
    # durations and sets
    ("He has lived there for 10 years.", [("10 years", "DURATION", "P10Y")]),
    ("They spent several weeks in custody.", [("several weeks", "DURATION", "PXW")]),
    ("He served two five-year terms.", [("five-year", "DURATION", "P5Y")]),
    ("The siege lasted 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("Poverty fell over the past decade.", [("the past decade", "DURATION", "P10Y")]),
    ("Shares were suspended for eight trading days.", [("eight trading days", "DURATION", "P8D")]),
    ("The talks lasted nearly 24 hours.", [("nearly 24 hours", "DURATION", "PT24H")]),
    ("The committee meets twice a year.", [("twice a year", "SET", "P1Y")]),
    ("He earns $80,000 a year.", [("a year", "SET", "P1Y")]),
    ("The agency publishes data every month.", [("every month", "SET", "P1M")]),
    ("The market is open on Tuesdays.", [("Tuesdays", "SET", "XXXX-WXX-2")]),
    ("The club meets on Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    # TimeML's reference values
    ("Now the government must act.", [("Now", "DATE", "PRESENT_REF")]),
    ("The current government has collapsed.", [("current", "DATE", "PRESENT_REF")]),
    ("Recent polls show a tight race.", [("Recent", "DATE", "PAST_REF")]),
    ("Prices will rise in the near future.", [("the near future", "DATE", "FUTURE_REF")]),
    # not times
    ("Officials may decide later.", []),
    ("Thousands march through the capital.", []),
    ("The fall of the Berlin Wall changed Europe.", []),
    ("About 1500 troops were deployed.", []),
    ("The 6-year-old boy was found.", []),
    ("She is 44 years old.", []),
    ("The current account deficit widened.", []),
    ("Future growth depends on exports.", []),
    ("The annual report was published.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_times(nlp, sentence, expected):
    times = find_times(sentence, nlp(sentence), published=FRIDAY)
    assert [(t.text, t.type, t.value) for t in times] == expected
    assert all(sentence[t.start:t.end] == t.text for t in times)


# The tense of the governing clause, read off the parse (tense.py), on other publication dates.
TENSES = [
    # a bare past participle reports what was done: "the decision, announced Wednesday"
    ("2024-02-09", "They will appeal the decision, announced Wednesday by the agency.",
     [("Wednesday", "DATE", "2024-02-07")]),
    ("2024-02-09", "The index closed near its record high set on Aug. 6.", [("Aug. 6", "DATE", "2023-08-06")]),
    # "set ... for/as" arranges what lies ahead, unless told in the past perfect
    ("2023-11-02", "The company has set Nov. 10 as the deadline for competing bids.",
     [("Nov. 10", "DATE", "2023-11-10")]),
    ("2024-02-09", "The summit was set for Tuesday.", [("Tuesday", "DATE", "2024-02-13")]),
    # "could not", "would not": what did not happen
    ("2024-02-09", "The minister could not be reached Thursday.", [("Thursday", "DATE", "2024-02-08")]),
    ("2024-02-09", "The minister could meet the envoy Thursday.", [("Thursday", "DATE", "2024-02-15")]),
    # an infinitive after a past verb with an object, or after a noun, may lie ahead: the nearest
    ("2023-11-02", "The bank announced an agreement to acquire the lender in January.",
     [("January", "DATE", "2024-01")]),
    ("2024-01-07", "A congressman subpoenaed the boy to testify before the committee on Feb. 10.",
     [("Feb. 10", "DATE", "2024-02-10")]),
    ("2024-02-09", "The rebels tried to storm the town on Monday.", [("Monday", "DATE", "2024-02-05")]),
    # the progressive of what goes on is no arrangement
    ("2023-10-27", "The bank is continuing to try to sell itself under a June agreement.",
     [("June", "DATE", "2023-06")]),
    # a time between a reporting verb and its complement's subject is the report's ("said on Monday they would")
    ("2018-03-27", "Twenty countries said on Monday they would expel Russian diplomats.",
     [("Monday", "DATE", "2018-03-26")]),
    # "due to", "set to" look ahead, unless told in the past perfect (an overtaken plan: the nearest)
    ("2025-03-01", "Zelensky was due to attend a summit in London on Sunday.", [("Sunday", "DATE", "2025-03-02")]),
    ("2023-11-02", "The offer had been set to expire Nov. 6.", [("Nov. 6", "DATE", "2023-11-06")]),
    # the day of an event noun in a past clause is past, even months back; a deadline's day the nearest
    ("2024-05-06", "Police have searched for him since the Oct. 23 slaying.", [("Oct. 23", "DATE", "2023-10-23")]),
    ("2021-08-16", "Most troops left last month ahead of an August 31 deadline.",
     [("last month", "DATE", "2021-07"), ("August 31", "DATE", "2021-08-31")]),
    # a limit moved by a past verb lies ahead
    ("2024-02-08", "Officials postponed until Tuesday any action on the case.", [("Tuesday", "DATE", "2024-02-13")]),
    ("2024-02-08", "The agency extended its deadline until 9 a.m. Tuesday.",
     [("9 a.m. Tuesday", "TIME", "2024-02-13T09:00")]),
]


# Periods of reports and weeks, on their own publication dates.
PERIODS = [
    # a quarter dated by its last day is the calendar quarter of its middle month
    ("2023-10-30", "Profit rose in the quarter ended July 31.",
     [("the quarter", "DATE", "2023-Q2"), ("July 31", "DATE", "2023-07-31")]),
    # a fiscal quarter with its last day takes that day's year
    ("2023-10-27", "The company lost $5 million in the second quarter ended Oct. 31.",
     [("the second quarter", "DATE", "2022-Q2"), ("Oct. 31", "DATE", "2022-10-31")]),
    ("2023-10-26", "For the quarter a year ago, the bank earned $16 million.",
     [("the quarter a year ago", "DATE", "2022-Q3")]),
    # a comparison is with the period reported, not with an outlook's quarter
    ("2023-10-26", "Sales rose 5% in the quarter. The company expects growth to continue into the fourth quarter. "
     "In the year-ago period, sales fell.",
     [("the quarter", "DATE", "2023-Q3"), ("the fourth quarter", "DATE", "2023-Q4"),
      ("the year-ago period", "DATE", "2022-Q3")]),
    ("2024-02-24", "The hearing is set for the week of March 6.", [("the week of March 6", "DATE", "2024-W10")]),
    ("2024-03-25", "Pilgrims gathered as Easter week began.", [("Easter week", "DATE", "2024-W13")]),
    # a day counted from a dated day is one expression
    ("2024-02-09", "The day before last Tuesday's hearing, he flew home.",
     [("The day before last Tuesday", "DATE", "2024-02-05")]),
    ("2024-02-09", "He left the day after Feb. 3.", [("the day after Feb. 3", "DATE", "2024-02-04")]),
    # "the first day", "the eighth day": the day the narrative is at, else today in the present
    ("2024-02-09", "Russia launched an invasion on Thursday. At least 137 soldiers were killed on the first day.",
     [("Thursday", "DATE", "2024-02-08"), ("the first day", "DATE", "2024-02-08")]),
    ("2024-02-09", "Today is the eighth day of the strike.",
     [("Today", "DATE", "2024-02-09"), ("the eighth day", "DATE", "2024-02-09")]),
    # "the following day" counts from a day; after a month it is some day of it the text does not give
    ("2024-02-09", "Talks opened in Geneva in March. The following day, the delegates walked out.",
     [("March", "DATE", "2023-03"), ("The following day", "DATE", None)]),
    # the time noun of "the night of Oct. 23" stands for the date: the past one in a past clause
    ("2024-05-05", "The doctor was shot on the night of Oct. 23.", [("Oct. 23", "DATE", "2023-10-23")]),
]


@pytest.mark.parametrize(("published", "sentence", "expected"), PERIODS)
def test_periods_and_weeks(nlp, published, sentence, expected):
    times = find_times(sentence, nlp(sentence), published=published)
    assert [(t.text, t.type, t.value) for t in times] == expected


@pytest.mark.parametrize(("published", "sentence", "expected"), TENSES)
def test_the_clause_tense_anchors(nlp, published, sentence, expected):
    times = find_times(sentence, nlp(sentence), published=published)
    assert [(t.text, t.type, t.value) for t in times] == expected


UNANCHORED = [
    ("The two leaders spoke on Thursday.", [("Thursday", "DATE", "XXXX-WXX-4")]),
    ("He visited Beijing last October.", [("last October", "DATE", "XXXX-10")]),
    ("The envoy arrived on Feb. 3.", [("Feb. 3", "DATE", "XXXX-02-03")]),
    ("The minister resigned yesterday.", [("yesterday", "DATE", None)]),
    ("The accord was signed on 14 January 2022.", [("14 January 2022", "DATE", "2022-01-14")]),
    ("Prices have doubled over the past two years.", [("the past two years", "DURATION", "P2Y")]),
]


@pytest.mark.parametrize(("sentence", "expected"), UNANCHORED)
def test_without_publication_date_relative_times_stay_unresolved(nlp, sentence, expected):
    times = find_times(sentence, nlp(sentence), published=None)
    assert [(t.text, t.type, t.value) for t in times] == expected


def test_a_timestamp_anchors_on_its_day(nlp):
    sentence = "The rebels attacked the town yesterday."
    times = find_times(sentence, nlp(sentence), published="2024-02-09T14:05:00")
    assert [(t.text, t.value) for t in times] == [("yesterday", "2024-02-08")]


WORDS = ["on", "Thursday", "last", "October", "the", "past", "two", "years", "3:30", "p.m.", "Feb.", "3,", "2024",
         "ago", "days", "early", "late", "next", "week", "quarter", "third", "a", "year", "earlier", "May", "fall",
         "'90s", "mid-", "1/2", "every", "Christmas", "tonight", "\n", ",", ".", "—", "’s", "-", "12/31/99"]


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=25),
       published=st.sampled_from([FRIDAY, None, "1999-12-31", "2024-02"]))
def test_any_jumble_of_time_words_gives_spans_of_the_text(nlp, words, published):
    text = " ".join(words)
    for t in find_times(text, nlp(text), published=published):
        assert text[t.start:t.end] == t.text and t.type in ("DATE", "TIME", "DURATION", "SET")
