"""The temporal expressions of a text: found by `grammar`, checked against the parse, valued by `values`."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tidings.records import Time
from tidings.times import anchoring, values
from tidings.times import calendar as cal
from tidings.times.grammar import Match, day_shift_before, edge_before, scan
from tidings.times.lexicon import lexicon
from tidings.times.tense import attached, direction, labels_event
from tidings.times.values import Context

HANDLERS = {**values.HANDLERS, **anchoring.HANDLERS}
# Rules whose value compares with the narrative's time rather than moving it ("the year-ago
# quarter"): later anaphora still refer to the time the narrative is at.
COMPARISONS = frozenset({"ago", "ago_adj"})
# "the latest quarter", "the same period" name the period the narrative is at; the others compare.
CURRENT_PERIODS = frozenset({"latest", "current", "recent", "most recent", "just-ended", "just-completed", "last",
                             "past", "same", "comparable", "corresponding"})
COUNT_BEFORE = re.compile(r"\b(?:about|around|nearly|almost|some|over|than|up to|at least|roughly|approximately"
                          r"|estimated|another|only|just)\s+$", re.IGNORECASE)


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _group_token(doc: Doc, match: Match, text: str, group: str) -> Token | None:
    value = match.groups.get(group)
    if not value:
        return None
    at = text.find(value, match.start, match.end)
    return _token(doc, at, at + len(value)) if at >= 0 else None


def admissible(match: Match, text: str, doc: Doc) -> bool:
    """Whether the parse agrees that `match` is a time: "May" the modal, "fall" the verb, "2000 people" are not."""
    rule, g = match.rule, match.groups
    if rule == "month" and (g.get("mon") or "").strip().rstrip(".") in ("May", "March", "MAY", "MARCH"):
        token = _group_token(doc, match, text, "mon")
        if token is not None and (token.tag_ == "MD" or token.pos_ in ("VERB", "AUX")):
            return False
    if rule == "year" and COUNT_BEFORE.search(text, max(0, match.start - 24), match.start):
        return False   # "about 1500 troops": news writes counts of thousands with a comma, years without
    if rule == "season":
        token = _group_token(doc, match, text, "season")
        if token is not None and token.pos_ not in ("NOUN", "PROPN"):
            return False
    if rule == "bare_plural":
        token = _group_token(doc, match, text, "unit")
        if token is not None and token.pos_ not in ("NOUN", "PROPN"):
            return False
    if rule == "holiday" and not text[match.start:match.end].lstrip()[:1].isupper():
        return False
    if rule == "reference":
        phrase = " ".join(text[match.start:match.end].lower().split())
        following = " ".join(text[match.start:match.end + 24].lower().split())
        if any(following.startswith(n) for n in lexicon().not_times):
            return False
        if lexicon().references.get(phrase, ("", "any"))[1] == "noun":
            token = _token(doc, match.start, match.end)
            if token is not None and (token.pos_ != "NOUN" or token.dep_ in ("amod", "compound")):
                return False
    return True


def compares(match: Match) -> bool:
    """Whether `match` names a period to compare with ("a year ago", "the year-earlier quarter", "the 1988
    period") rather than the one the narrative is at."""
    g = match.groups
    if match.rule in COMPARISONS:
        return True
    if match.rule == "quarter_rel":
        return bool(g.get("qyear") or g.get("qyear2")) or " ".join((g.get("qrel") or "").lower().split()) \
            not in CURRENT_PERIODS
    return match.rule == "quarter" and bool(g.get("ago") or g.get("year5") or g.get("yrel5"))


def find_expressions(text: str, doc: Doc, *, published: str | None) -> list[Time]:
    """The temporal expressions of `text`, in order, each typed and valued against `published`."""
    anchor = cal.parse_published(published)
    times: list[Time] = []
    history: list[tuple[int, str]] = []
    matches = scan(text)
    for i, match in enumerate(matches):
        if not admissible(match, text, doc):
            continue
        if match.rule == "ago_adj" and (match.groups.get("unit") or "").lower() == "day" and i + 1 < len(matches) \
                and not text[match.end:matches[i + 1].start].strip():
            continue   # "the day before last Tuesday": counted from the next expression (day_shift_before)
        ctx = Context(anchor, text, match.start, match.end,
                      tense=lambda m=match: direction(doc, m.start, m.end),
                      attached=lambda m=match: attached(doc, m.start, m.end),
                      labels=lambda m=match: labels_event(doc, m.start, m.end), history=history)
        result = HANDLERS[match.rule](match.groups, ctx)
        if result is None:
            continue
        kind, value = result
        start = match.start
        if kind in ("DATE", "TIME"):
            shift = day_shift_before(text, start) if kind == "DATE" and cal.granularity(value) == "day" else None
            if shift is not None and (not times or shift[0] >= times[-1].end):
                start, value = shift[0], cal.shift_value(value, shift[1], "day")   # type: ignore[arg-type]
            edge = edge_before(text, start)
            if edge is not None and (not times or edge[0] >= times[-1].end):
                start = edge[0]
            if value and cal.granularity(value) is not None and not compares(match):
                history.append((start, value))
        times.append(Time(start, match.end, text[start:match.end], kind, value))  # type: ignore[arg-type]
    return times

