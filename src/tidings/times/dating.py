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
from tidings.times.tense import DEADLINES, clause_verb, direction, reporting, verb_tense

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
    chain: frozenset[int]        # the words from that head up to what it dates: its verb, or the noun it labels
    verb: Token | None           # the (finite) clause verb it dates; None when it dates a noun only (its label)
    doc: Doc
    words: str                   # the words that give the date, with their preposition: "on Thursday"
    sentence: int
    main: bool                   # its verb is on the sentence's main line, not in a relative clause


# A date that labels a noun ("the Aug. 21 attack", "Friday's election", "the attack of August 21")
# dates that noun's event, not the clause around it.
LABELS = frozenset({"compound", "nmod", "poss", "amod", "nummod"})
# Words of time that stand for the date they hold: "on the night of Oct. 23" dates its verb like "on Oct. 23".
TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "day", "eve", "dawn", "hours", "week", "weekend"})
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})

VERBS = frozenset({"VERB", "AUX"})
# The arguments of a verb: a date deep inside one ("the man behind the September 11 attacks was
# killed") tells nothing of that verb's time.
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "dative", "csubj", "csubjpass", "oprd"})


def _labels(token: Token) -> Token | None:
    """The noun whose own date the time at `token` gives ("the Aug. 21 attack", "Friday's election",
    "the attack of August 21"), or None when the time hangs from a verb or a preposition of place in time."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in LABELS:
        return None
    return head if head.pos_ in NOUNS and head.lower_ not in TIME_NOUNS and head.i != token.i else None


def _clock(time: Time, doc: Doc, published: str | None, sentence_of: list[int]) -> Clock | None:
    if time.type not in ("DATE", "TIME"):
        return None
    date = event_date(time.value, published)
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if date is None or span is None or not len(span):
        return None
    root = span.root
    chain, token, steps, nouns = {root.i}, root, 0, 0
    labelled = _labels(root)
    dates_verb = labelled is None
    if labelled is not None:
        chain.update(t.i for t in (root.head, labelled))
    while dates_verb and token.pos_ not in VERBS and token.head.i != token.i and steps < 10:
        token = token.head
        chain.add(token.i)
        steps += 1
        if token.pos_ in NOUNS:
            nouns += 1
            if nouns > 1 and token.dep_ in ARGUMENTS:
                dates_verb = False   # deep inside an argument: "the man behind the attacks on September 11 was killed"
    verb = clause_verb(token) if dates_verb else None
    if verb is not None:
        said = reporting(verb, root.i)   # "said on Monday they would expel ...": the saying's Monday
        chain.discard(verb.i)
        chain.add(said.i)
        verb = said
    words = time.text
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "ADP" and any(t.head.i == before.i for t in span):
        words = f"{before.text} {time.text}"   # "on Thursday", "during March"
    anchor = _finite(verb) if verb is not None else None
    if anchor is not None:
        chain.add(anchor.i)
    return Clock(time, date, root, frozenset(chain), anchor, doc, words, sentence_of[span.start],
                 anchor is not None and _main(anchor))


def _main(verb: Token) -> bool:
    """Whether `verb` is on its sentence's main line: no relative clause or noun's clause above it."""
    steps = 0
    while verb.head.i != verb.i and steps < 12:
        if verb.dep_ in ("relcl", "acl"):
            return False
        verb = verb.head
        steps += 1
    return True


# How a non-finite verb hangs from the verb whose clause it belongs to: "accused them of
# interfering during a call on Thursday" dates the accusing. A participle that modifies a noun
# ("a visit planned for Wednesday") is a clause of its own.
NON_FINITE_LINKS = frozenset({"xcomp", "pcomp", "pobj", "prep", "dobj", "advmod", "npadvmod", "agent"})
LIFTED = NON_FINITE_LINKS | {"advcl"}
# Words that put a clause before or after the time of the clause it hangs from ("arrested on
# Monday after attacking a guard"): the two times differ.
SHIFTING = frozenset({"after", "before", "since", "until", "till", "once", "following", "ahead", "prior", "when"})


def _shifted(verb: Token) -> bool:
    """Whether `verb`'s clause is placed before or after its governor's time by "after", "before", "since"."""
    if any(c.dep_ == "mark" and c.lower_ in SHIFTING for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ in SHIFTING


def _finite(verb: Token) -> Token:
    """The verb whose tense `verb` shares: itself when finite, else the verb its non-finite clause hangs from."""
    steps = 0
    while steps < 6 and verb.tag_ in ("VBG", "VB", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        if _shifted(verb):
            break
        head = verb.head
        while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.dep_ in NON_FINITE_LINKS \
                and head.head.i != head.i:
            head = head.head
        infinitive = verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or (verb.dep_ not in LIFTED and not infinitive):
            break   # "signed agreements to normalise ties on Tuesday" dates the signing, "a visit planned for" not
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
                published: str | None, text: str | None = None) -> tuple[Event, ...]:
    """`events` with `date`, `date_text` and `date_basis` set by the rule of README.md "Event dates";
    `text` is `doc.text` when the caller has it."""
    if not events:
        return ()
    sentence_of = _sentence_numbers(doc)
    clocks = [c for t in times if (c := _clock(t, doc, published, sentence_of)) is not None]
    text = doc.text if text is None else text   # Doc.text joins every token: costly, so given when known
    paragraphs = _paragraph_starts(text)
    dated = []
    for event in events:
        span = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
        if span is None or not len(span):
            dated.append(_published(event, published))
            continue
        trigger = span.root
        clause = trigger if trigger.pos_ in VERBS else clause_verb(trigger)
        verb = _finite(clause) if clause is not None else None
        here = sentence_of[trigger.i]
        own = [c for c in clocks if c.sentence == here]
        governing = [c for c in own if _governs(c, trigger, verb)] or [c for c in own if _coordinated(c, verb)]
        if governing:
            best = min(governing, key=lambda c: abs(c.root.i - trigger.i))
            dated.append(replace(event, date=best.date, date_text=best.words, date_basis="text"))
            continue
        measured = _measured(event, verb, own, times, text)
        if measured is not None:
            dated.append(replace(event, date=measured[0], date_text=measured[1], date_basis="context"))
            continue
        context = _embedding(event, verb, own) or _narrative(event, trigger, verb, clocks, here, paragraphs)
        if context is not None:
            dated.append(replace(event, date=context.date, date_text=context.words, date_basis="context"))
            continue
        dated.append(_published(event, published))
    return tuple(dated)


_DURATION = re.compile(r"^P(?:T(\d+)[HMS]|(\d+)([DWMY]))$")
STEPS = {"D": ("day", 1), "W": ("day", 7), "M": ("month", 1), "Y": ("year", 1)}


def _measured(event: Event, verb: Token | None, own: list[Clock], times: Sequence[Time],
              text: str) -> tuple[str, str] | None:
    """(date, words) of an event placed a measured time before or after a dated clause: "declared
    himself leader on Friday, two days after soldiers detained the president" dates the detention
    two days before that Friday; None when the clause is not so placed or its governor has no date."""
    if verb is None or not _told_as_fact(event, verb):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    holder = verb.head if mark is not None and verb.dep_ == "advcl" else None
    if mark is None and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before"):
        mark, holder = verb.head, verb.head.head   # "minutes after landing in Moscow on Sunday evening"
    if mark is None or holder is None or holder.pos_ not in VERBS:
        return None
    measure = next((c for c in (*verb.children, *mark.children) if c.dep_ == "npadvmod"), None)
    clock = next((c for c in own if c.verb is not None and c.verb.i == _finite(holder).i), None)
    if measure is None or clock is None:
        return None
    found = next((t for t in times if t.type == "DURATION" and t.start <= measure.idx < t.end), None)
    m = _DURATION.match(found.value or "") if found is not None else None
    if m is None or cal.granularity(clock.date) is None:
        return None
    sign = -1 if mark.lower_ == "after" else 1
    if m.group(1):   # hours or minutes: the same day
        date = clock.date
    else:
        unit, size = STEPS[m.group(3)]
        date = cal.shift_value(clock.date, sign * size * int(m.group(2)), unit)
    words = text[found.start:mark.idx + len(mark.text)]   # "two days after"
    return (event_date(date, None), f"{clock.words}, {words}") if date else None


def _told_as_fact(event: Event, verb: Token | None) -> bool:
    """Whether `event` is reported as having happened (or not): asserted or negated, and its clause
    has no modal ("would expel", "could strike")."""
    if event.modality not in ASSERTED:
        return False
    return verb is None or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


# The links by which a clause hangs inside another: a reported clause ("have agreed ..., the prime
# minister said on Wednesday"), a participle ("ruling out British participation"), a conjunct.
EMBEDDING = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "dep", "pcomp", "prep"})


def _embedding(event: Event, verb: Token | None, own: list[Clock]) -> Clock | None:
    """The dated expression of a clause that holds the event's clause, in the same sentence: the
    report's date for what it reports, the date of a noun for its relative clause ("an air strike on
    April 1 that killed seven"); None when a word like "after" or "before" moves the event off that
    date, when the event is not told as a fact, or when it is told in the future."""
    if verb is None or not own or not _told_as_fact(event, verb) or verb_tense(verb) == "future":
        return None
    token, steps = verb, 0
    while token.head.i != token.i and steps < 8 and not _shifted(token):
        link, token = token.dep_, token.head
        steps += 1
        found = [c for c in own if token.i in c.chain and not (c.verb is None and token.lower_ in DEADLINES)]
        if found:
            return min(found, key=lambda c: abs(c.root.i - verb.i))
        if link in ("relcl", "acl"):
            return None   # only the noun a relative clause describes can date it
        if link not in EMBEDDING and token.pos_ in VERBS:
            return None
    return None


def _narrative(event: Event, trigger: Token, verb: Token | None, clocks: list[Clock], here: int,
               paragraphs: list[int]) -> Clock | None:
    """The time the narrative is at when `event` is told: the latest past-tense expression dating a
    clause of an earlier sentence of its paragraph, at most CONTEXT_SENTENCES back; None for events
    told in the present or future, or not as facts."""
    if not _told_as_fact(event, verb):
        return None
    tense = verb_tense(verb) if verb is not None else None
    if tense not in ("past", None):
        return None   # present, perfect and future clauses tell of now, not of the narrative's day
    root = trigger
    while root.head.i != root.i:   # the sentence's root, without building the sentence
        root = root.head
    if root.pos_ in VERBS and verb_tense(root) not in ("past", None):
        return None   # background inside a sentence about now: "Moscow views X as a lifeline since Y imposed ..."
    paragraph = paragraphs[bisect.bisect_right(paragraphs, trigger.idx) - 1]
    for clock in reversed(clocks):
        if clock.sentence >= here or clock.time.start < paragraph:
            continue
        if here - clock.sentence > CONTEXT_SENTENCES:
            return None
        if clock.main and cal.granularity(clock.time.value) is not None and \
                direction(clock.doc, clock.time.start, clock.time.end) == "past":   # read only when needed
            return clock
    return None


def _published(event: Event, published: str | None) -> Event:
    date = published[:10] if published else None
    return replace(event, date=date, date_text=None, date_basis="published" if date else None)
