"""date_events on hand-built events over short texts written for these tests: exact dates, words and bases."""

from __future__ import annotations

import pytest

from tidings.records import Event
from tidings.times import date_events, find_times

FRIDAY = "2024-02-09"


def event(doc, trigger: str, *, modality: str = "asserted") -> Event:
    """An event whose trigger is the first word `trigger` of `doc` (only the spans and modality matter here)."""
    start = doc.text.index(trigger)
    sentence = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return Event(id="e1", source=None, target=None, code="010", root="01", name="test", goldstein=0.0,
                 quad_class=1, plover=None, mode=None, modality=modality, date=None, date_text=None,
                 date_basis=None, place=None, sentence=(sentence.start_char, sentence.end_char),
                 trigger=(start, start + len(trigger)), reported_by=None, pattern="test", confidence=1.0)


def dated(nlp, text: str, trigger: str, *, published: str | None = FRIDAY, modality: str = "asserted"):
    doc = nlp(text)
    times = find_times(text, doc, published=published)
    [e] = date_events([event(doc, trigger, modality=modality)], doc, times, published=published)
    return e.date, e.date_text, e.date_basis


CASES = [
    # the expression that governs the event's clause
    ("Putin met Xi during a rare foreign trip to Beijing last October.", "met",
     ("2023-10", "last October", "text")),
    ("Xi accused the United States of interfering during a telephone conversation on Thursday.", "accused",
     ("2024-02-08", "on Thursday", "text")),
    ("Xi accused the United States of interfering during a telephone conversation on Thursday.", "conversation",
     ("2024-02-08", "on Thursday", "text")),
    ("The accord was signed on 14 January 2022 in Minsk.", "signed", ("2022-01-14", "on 14 January 2022", "text")),
    ("Rebels shelled the town at 3 p.m. on Wednesday.", "shelled", ("2024-02-07", "at 3 p.m. on Wednesday", "text")),
    ("Xi denounced the sanctions and accused Washington of meddling on Thursday.", "denounced",
     ("2024-02-08", "on Thursday", "text")),
    ("The envoy will visit Kyiv next month.", "visit", ("2024-03", "next month", "text")),
    ("The minister resigned on Tuesday, weeks after the scandal broke.", "resigned",
     ("2024-02-06", "on Tuesday", "text")),
    # a participle shares the time of the verb it hangs from; a clause after "after" does not
    ("Rebels shelled the town on Tuesday, killing two soldiers.", "killing", ("2024-02-06", "on Tuesday", "text")),
    ("Israel signed agreements to normalise relations with Bahrain at the White House on Tuesday.", "signed",
     ("2024-02-06", "on Tuesday", "text")),
    ("Troops entered the city on Thursday after rebels launched an offensive.", "launched",
     ("2024-02-09", None, "published")),
    # a measured time after or before a dated clause: counted back or on from its date
    ("Israel declared war on Sunday, a day after the group launched an attack.", "launched",
     ("2024-02-03", "on Sunday, a day after", "context")),
    ("He declared himself leader on Friday, two days after soldiers detained the president.", "detained",
     ("2024-02-07", "on Friday, two days after", "context")),
    # a participle that modifies a noun has its own time, and a date that labels a noun dates that noun
    ("The minister cancelled a visit planned for Wednesday.", "cancelled", ("2024-02-09", None, "published")),
    ("The man behind the September 11 attacks was captured, officials said.", "captured",
     ("2024-02-09", None, "published")),
    # "the first day", "the following day": the day the narrative is at
    ("Russia launched an invasion of Ukraine on Thursday. Officials said 137 soldiers were killed on the first day.",
     "killed", ("2024-02-08", "on the first day", "text")),
    ("Talks opened in Geneva on Monday. The following day, the delegates walked out.", "walked",
     ("2024-02-06", "The following day", "text")),
    ("Talks opened in Geneva in January. The following day, the delegates walked out.", "walked",
     ("2024-01", "in January", "context")),
    # the report's date for what it reports; a dated noun's date for its relative clause
    ("The two sides have agreed to a ceasefire, the mediator said on Wednesday.", "agreed",
     ("2024-02-07", "on Wednesday", "context")),
    ("Iran vowed revenge for an air strike on Feb. 1 that killed seven officers.", "killed",
     ("2024-02-01", "on Feb. 1", "context")),
    ("Troops left ahead of an August 31 deadline set by the president.", "set", ("2024-02-09", None, "published")),
    ("The mediator said on Wednesday that the cabinet would meet soon.", "meet", ("2024-02-09", None, "published")),
    ("Twenty countries said on Wednesday they would expel Russian diplomats.", "expel",
     ("2024-02-09", None, "published")),
    ("Twenty countries said on Wednesday they had expelled Russian diplomats.", "expelled",
     ("2024-02-07", "on Wednesday", "context")),
    # the narrative's time: a past-tense time earlier in the paragraph
    ("Xi and Putin spoke by telephone on Thursday. They denounced US interference, the Kremlin said.",
     "denounced", ("2024-02-08", "on Thursday", "context")),
    # no time: the publication date stands in
    ("Xi and Putin spoke by telephone on Thursday.\nThey denounced US interference, the Kremlin said.",
     "denounced", ("2024-02-09", None, "published")),
    ("Xi and Putin spoke by telephone on Thursday. Moscow views Beijing as a lifeline since the West imposed "
     "sanctions.", "imposed", ("2024-02-09", None, "published")),
    ("Xi and Putin spoke by telephone on Thursday. China has criticized the United States over Taiwan.",
     "criticized", ("2024-02-09", None, "published")),
    # only the main line of an earlier sentence sets the narrative's time, not a relative clause or a noun's date
    ("The report came from the agency, which said rockets were launched on Feb. 1. The government denied the charge.",
     "denied", ("2024-02-09", None, "published")),
    ("The rebels blamed the army for the attack of Feb. 1. The government denied the charge.",
     "denied", ("2024-02-09", None, "published")),
    ("The army attacked the town, officials said.", "attacked", ("2024-02-09", None, "published")),
    ("Trade has grown over the past two years.", "grown", ("2024-02-09", None, "published")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_event_dates(nlp, text, trigger, expected):
    assert dated(nlp, text, trigger) == expected


def test_a_future_event_takes_no_narrative_time(nlp):
    text = "The two sides met on Monday. They will sign the deal."
    assert dated(nlp, text, "sign", modality="future") == ("2024-02-09", None, "published")


def test_without_publication_date_only_absolute_times_date_events(nlp):
    assert dated(nlp, "The accord was signed on 14 January 2022.", "signed", published=None) == \
        ("2022-01-14", "on 14 January 2022", "text")
    assert dated(nlp, "The rebels attacked the town on Thursday.", "attacked", published=None) == \
        (None, None, None)


def test_no_events_no_work(nlp):
    doc = nlp("Nothing happened on Monday.")
    assert date_events([], doc, find_times(doc.text, doc, published=FRIDAY), published=FRIDAY) == ()
