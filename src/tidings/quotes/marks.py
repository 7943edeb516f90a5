"""Quoted passages in plain text: quotation marks paired in every common style.

Styles: “curly doubles”, "straight doubles", ‘curly singles’, 'straight singles', «guillemets»
(with or without the French inner spaces), „German“ and ‹single guillemets›. The direction of a
mark is read from its neighbours first and from its glyph only when they do not tell (news text
often has ” opening a paragraph, or straight marks everywhere). Single marks double as
apostrophes (don’t, Clinton’s, the states’ rights, ’90s), so a single mark opens only at the
start of a word and closes only when one is open. A quote left open at the end of a paragraph
continues when the next paragraph opens with a mark of the same kind (the news convention for
multi-paragraph quotes); otherwise it ends with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.records import Span

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_EITHER = '"'
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
SINGLE_EITHER = "'"
MARKS = frozenset(DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER + "`")
DOUBLE = frozenset(DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER)
# Typewriter doubles: '' and `` stand for a double mark in older wire copy and some archives.

# What may stand before an opening mark and after a closing one (besides space and the text's ends).
OPEN_AFTER = frozenset("([{—–-/:;,")
CLOSE_BEFORE = frozenset(".,;:!?)]}—–-…/")

# Words that begin with an apostrophe rather than an opening mark.
ELISIONS = ("em ", "tis ", "twas ", "cause ", "til ", "til,", "bout ", "n ", "n'", "round ")

STOPS = re.compile("[" + re.escape("".join(sorted(MARKS))) + "\n]")

# An unclosed quote longer than this is more likely a stray mark than a quote that lost its end.
MAX_UNCLOSED = 800


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted passage: the marks and the text between them (several parts over paragraphs)."""

    open: int                        # offset of the opening mark
    close: int                       # offset just past the closing mark (or the paragraph's end)
    parts: tuple[Span, ...]          # the content between the marks, one span per paragraph
    double: bool                     # double marks (“ ”) rather than single ones (‘ ’)
    closed: bool = True              # False when the paragraph ended before a closing mark

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _mark_at(text: str, i: int) -> tuple[str, int]:
    """The mark at text[i] as (glyph, length): '' and `` (typewriter doubles) count as one mark."""
    pair = text[i:i + 2]
    if pair in ("''", "``"):
        return ('"' if pair == "''" else "“"), 2
    return text[i], 1


def _side(text: str, i: int, length: int = 1) -> tuple[bool, bool]:
    """(may open, may close) for the mark at text[i:i+length], judged by its neighbours."""
    left = text[i - 1] if i > 0 else "\n"
    right = text[i + length] if i + length < len(text) else "\n"
    left_open = left.isspace() or left in OPEN_AFTER or left in MARKS
    right_close = right.isspace() or right in CLOSE_BEFORE or right in MARKS
    return (left_open and not right.isspace()), (right_close and not left.isspace())


def _direction(text: str, i: int, depth_double: bool, depth_single: bool) -> str | None:
    """"open", "close" or None (an apostrophe, or a mark that pairs with nothing)."""
    ch, length = _mark_at(text, i)
    may_open, may_close = _side(text, i, length)
    if ch in "«„‹":
        return "open"
    if ch in "»›":
        return "close" if (depth_double if ch == "»" else depth_single) else None
    if ch in DOUBLE:
        if may_open and not may_close:
            return "open"
        if may_close and not may_open:
            return "close"
        if ch in DOUBLE_OPEN:
            return "close" if ch == "“" and depth_double and text[i - 1:i] != " " else "open"
        if ch in DOUBLE_CLOSE:
            return "close" if depth_double or ch == "”" else "open"
        return "close" if depth_double else "open"
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    if left.isalnum() and right.isalnum():
        return None                                  # don’t, O’Brien
    if may_open and not left.isalnum() and (right.isalpha() or right in DOUBLE):
        tail = text[i + 1:i + 7].lower()
        if ch != "‘" and any(tail.startswith(e) for e in ELISIONS):
            return None
        return "open"
    if ch in SINGLE_OPEN and may_open and right.isdigit():
        return None                                  # ‘90s
    if depth_single and may_close and not right.isalnum():
        return "close"
    return None


def quoted_spans(text: str) -> tuple[Quoted, ...]:
    """The outermost quoted passages of `text`, in order (quotes within quotes belong to them)."""
    found: list[Quoted] = []
    stack: list[tuple[bool, int, int]] = []     # (double, offset, length) of each opening mark
    parts: list[Span] = []                       # finished parts of the outer quote (earlier paragraphs)
    i, n = 0, len(text)
    while i < n:
        hit = STOPS.search(text, i)              # jump to the next mark or line break
        if hit is None:
            break
        i = hit.start()
        ch = text[i]
        if ch == "\n":
            if stack:
                i = _paragraph_end(text, i, stack, parts, found)
            else:
                i += 1
            continue
        glyph, length = _mark_at(text, i)
        double = glyph in DOUBLE
        depth_double = any(d for d, _, _ in stack)
        depth_single = any(not d for d, _, _ in stack)
        way = _direction(text, i, depth_double, depth_single)
        if way == "open" and not (stack and stack[-1][0] == double and _side(text, i, length)[1]):
            stack.append((double, i, length))
        elif way in ("close", "open") and any(d == double for d, _, _ in stack):
            while stack and stack[-1][0] != double:
                stack.pop()                      # an inner quote left open ends with its outer one
            _, opened, opened_length = stack.pop()
            if not stack:
                start = parts[0][0] - opened_length if parts else opened
                found.append(_make(text, start, i + length, [*parts, (opened + opened_length, i)], double))
                parts = []
        i += length
    if stack:
        _close_unfinished(text, n, stack, parts, found)
    return tuple(q for q in found if q.end > q.start)


def _paragraph_end(text: str, i: int, stack: list[tuple[bool, int, int]], parts: list[Span],
                   found: list[Quoted]) -> int:
    """Handle a newline inside a quote; returns where scanning goes on."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    outer_double = stack[0][0]
    glyph, length = _mark_at(text, j) if j < len(text) else ("", 0)
    # Continued only by a mark of the same family: a stray straight mark opening one paragraph
    # must not swallow the curly quote that opens the next.
    straight = text[stack[0][1]] in "\"'"
    opens_again = j < len(text) and glyph in MARKS and (glyph in DOUBLE) == outer_double \
        and (text[j] in "\"'") == straight and _direction(text, j, False, False) == "open"
    if opens_again:
        # The quote goes on: this paragraph's text is one part; the new mark opens no new quote.
        parts.append((stack[0][1] + stack[0][2], i))
        del stack[1:]
        stack[0] = (outer_double, j, length)
        return j + length
    _close_unfinished(text, i, stack, parts, found)
    return i


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _close_unfinished(text: str, end: int, stack: list[tuple[bool, int, int]], parts: list[Span],
                      found: list[Quoted]) -> None:
    """End a quote whose closing mark never came: at the paragraph end, if it is a double quote."""
    double, opened, length = stack[0]
    stack.clear()
    stop = _trim_end(text, opened + length, end)
    if double and stop - opened <= MAX_UNCLOSED:
        start = parts[0][0] - length if parts else opened
        found.append(_make(text, start, stop, [*parts, (opened + length, stop)], double, closed=False))
    parts.clear()


def _make(text: str, open_at: int, close_at: int, parts: list[Span], double: bool, *, closed: bool = True) -> Quoted:
    trimmed = []
    for start, end in parts:
        while start < end and text[start].isspace():
            start += 1
        end = _trim_end(text, start, end)
        if end > start:
            trimmed.append((start, end))
    return Quoted(open_at, close_at, tuple(trimmed) or ((open_at + 1, open_at + 1),), double, closed)
