"""The date of each event: from the time expression governing its clause, else from the narrative, else the
publication date (the rule is written out in README.md, "Event dates").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from tidings.records import Event, Time
from tidings.times import calendar as cal
from tidings.times.tense import clause_verb, direction, verb_tense

CONTEXT_SENTENCES = 3      # how many sentences back a narrative time still holds
ASSERTED = frozenset({"asserted", "negated"})
_ISO = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d))?")


def event_date(value: str | None, published: str | None) -> str | None:
    """The ISO 8601 date a TIMEX3 value gives an event, at its precision: a day, an ISO week, a
    month or a year (a quarter, half or season counts as its year); None when it names no
    calendar time (PAST_REF, a decade, unknown digits). PRESENT_REF is the publication day."""
    if not value:
        return None
    if value == "PRESENT_REF":
        return published[:10] if published else None
    m = _ISO.match(value)
    if not m or "X" in value[: m.end()]:
        return None
    year, month, day, week = m.groups()
    if week:
        return f"{year}-W{week}"
    if day:
        return f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}"
    return year


@dataclass(frozen=True, slots=True)
class Clock:
    """A dated time expression of the text, placed in the parse."""

    time: Time
    date: str
    root: Token                  # the expression's head word
    chain: frozenset[int]        # the words from that head up to its clause's verb (token indices)
    verb: Token | None           # the clause verb it modifies
    tense: str | None            # that clause's tense
    words: str                   # the words that give the date, with their preposition: "on Thursday"
    sentence: int


def _clock(time: Time, doc: Doc, published: str | None, sentence_of: list[int]) -> Clock | None:
    if time.type not in ("DATE", "TIME"):
        return None
    date = event_date(time.value, published)
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if date is None or span is None or not len(span):
        return None
    root = span.root
    chain, token, steps = {root.i}, root, 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and steps < 10:
        token = token.head
        chain.add(token.i)
        steps += 1
    verb = clause_verb(token)
    if verb is not None:
        chain.add(verb.i)
    words = time.text
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "ADP" and any(t.head.i == before.i for t in span):
        words = f"{before.text} {time.text}"   # "on Thursday", "during March"
    anchor = _finite(verb) if verb is not None else None
    if anchor is not None:
        chain.add(anchor.i)
    return Clock(time, date, root, frozenset(chain), anchor, direction(doc, time.start, time.end), words,
                 sentence_of[span.start])


# How a non-finite verb hangs from the verb whose clause it belongs to: "accused them of
# interfering during a call on Thursday" dates the accusing.
NON_FINITE_LINKS = frozenset({"xcomp", "pcomp", "pobj", "prep", "acl", "dobj", "advmod", "npadvmod", "agent"})


def _finite(verb: Token) -> Token:
    """The verb whose tense `verb` shares: itself when finite, else the verb its non-finite clause hangs from."""
    steps = 0
    while steps < 6 and verb.tag_ in ("VBG", "VB", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        head = verb.head
        while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.dep_ in NON_FINITE_LINKS \
                and head.head.i != head.i:
            head = head.head
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or verb.dep_ not in NON_FINITE_LINKS | {"advcl"}:
            break
        verb = head
        steps += 1
    return verb


def _governs(clock: Clock, trigger: Token, verb: Token | None) -> bool:
    """Whether `clock` is attached to the event's trigger or to the verb of the trigger's clause."""
    if trigger.i in clock.chain:
        return True
    return verb is not None and clock.verb is not None and clock.verb.i == verb.i


def _coordinated(clock: Clock, verb: Token | None) -> bool:
    """Whether `clock`'s verb and the event's verb are conjuncts ("denounced X and accused Y on Thursday")."""
    if verb is None or clock.verb is None:
        return False
    a, b = clock.verb, verb
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i) or \
        (a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)


def _sentence_numbers(doc: Doc) -> list[int]:
    """The number of each token's sentence (read off the parse's sentence starts in one array pass)."""
    starts = doc.to_array([SENT_START])
    numbers, n = [], -1
    for i, start in enumerate(starts.tolist()):
        if start == 1 or i == 0:
            n += 1
        numbers.append(n)
    return numbers


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n+", text)]


def date_events(events: Sequence[Event], doc: Doc, times: Sequence[Time], *,
                published: str | None) -> tuple[Event, ...]:
    """`events` with `date`, `date_text` and `date_basis` set by the rule of README.md "Event dates"."""
    if not events:
        return ()
    sentence_of = _sentence_numbers(doc)
    clocks = [c for t in times if (c := _clock(t, doc, published, sentence_of)) is not None]
    paragraphs = _paragraph_starts(doc.text)
    dated = []
    for event in events:
        span = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
        if span is None or not len(span):
            dated.append(_published(event, published))
            continue
        trigger = span.root
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else clause_verb(trigger)
        here = sentence_of[trigger.i]
        own = [c for c in clocks if c.sentence == here]
        governing = [c for c in own if _governs(c, trigger, verb)] or [c for c in own if _coordinated(c, verb)]
        if governing:
            best = min(governing, key=lambda c: abs(c.root.i - trigger.i))
            dated.append(replace(event, date=best.date, date_text=best.words, date_basis="text"))
            continue
        narrative = _narrative(event, trigger, verb, clocks, here, paragraphs)
        if narrative is not None:
            dated.append(replace(event, date=narrative.date, date_text=narrative.words, date_basis="context"))
            continue
        dated.append(_published(event, published))
    return tuple(dated)


def _narrative(event: Event, trigger: Token, verb: Token | None, clocks: list[Clock], here: int,
               paragraphs: list[int]) -> Clock | None:
    """The time the narrative is at when `event` is told: the latest past-tense dated expression
    before the trigger, in its paragraph, at most CONTEXT_SENTENCES back; None for events told in
    the present or future, or not as facts."""
    if event.modality not in ASSERTED:
        return None
    tense = verb_tense(_finite(verb)) if verb is not None else None
    if tense not in ("past", None):
        return None   # present, perfect and future clauses tell of now, not of the narrative's day
    root = trigger
    while root.head.i != root.i:   # the sentence's root, without building the sentence
        root = root.head
    if root.pos_ in ("VERB", "AUX") and verb_tense(root) not in ("past", None):
        return None   # background inside a sentence about now: "Moscow views X as a lifeline since Y imposed ..."
    paragraph = paragraphs[bisect.bisect_right(paragraphs, trigger.idx) - 1]
    for clock in reversed(clocks):
        if clock.time.start >= trigger.idx or clock.time.start < paragraph:
            continue
        if here - clock.sentence > CONTEXT_SENTENCES:
            return None
        if clock.tense == "past" and cal.granularity(clock.time.value) is not None:
            return clock
    return None


def _published(event: Event, published: str | None) -> Event:
    date = published[:10] if published else None
    return replace(event, date=date, date_text=None, date_basis="published" if date else None)
