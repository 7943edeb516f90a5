"""Boilerplate in plain text: captions, credits, footers, headings, datelines, removed at sentence level.

`clean_body(body)` returns the article text, every removed piece with its reason, and the
dateline; nothing disappears silently: the removed pieces and the text together hold every
non-whitespace character of the body, in order (each piece's `at` says where it stood).

How: the body is cut into paragraphs (blank lines), blocks (lines that stand alone) and sentences
(layout.py); rules read from data/ (rules.py, data/README.md) mark what each piece is on its own
(pieces.py); then what needs context is decided: headings on their own line, the dateline and
byline at the start, captions beside their credits, the footer at the end (context.py).
Paragraphs stay separated by a blank line in `text`; whitespace inside a paragraph becomes one space.
"""

from __future__ import annotations

from dataclasses import dataclass

from tidings.clean.context import mark_captions, mark_heading_lines, mark_lead, mark_tail
from tidings.clean.pieces import Piece, cut
from tidings.clean.rules import load_rules
from tidings.records import Removed

__all__ = ["Cleaned", "clean_body"]


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    removed: tuple[Removed, ...]
    dateline: str | None


def clean_body(body: str) -> Cleaned:
    """The cleaned text of `body`, what was removed and why, and the dateline."""
    rules = load_rules()
    pieces = cut(body, rules)
    mark_heading_lines(pieces)
    pieces = mark_lead(pieces, rules)
    mark_captions(pieces, rules)
    mark_tail(pieces)
    return assemble(pieces)


def assemble(pieces: list[Piece]) -> Cleaned:
    """The text of the kept pieces (a space between pieces of one paragraph, a blank line between
    paragraphs) and the removed ones, each placed at the offset of the first kept character after it."""
    parts: list[str] = []
    length = 0
    paragraph: int | None = None
    removed: list[Removed] = []
    pending: list[Piece] = []
    for piece in pieces:
        if not piece.kept:
            pending.append(piece)
            continue
        if paragraph is not None:
            separator = " " if piece.paragraph == paragraph else "\n\n"
            parts.append(separator)
            length += len(separator)
        removed += [Removed(p.text, p.reason, at=length, rule=p.rule) for p in pending]  # type: ignore[arg-type]
        pending = []
        parts.append(piece.text)
        length += len(piece.text)
        paragraph = piece.paragraph
    removed += [Removed(p.text, p.reason, at=length, rule=p.rule) for p in pending]  # type: ignore[arg-type]
    dateline = next((p.dateline for p in pieces if p.dateline), None)
    return Cleaned(text="".join(parts), removed=tuple(removed), dateline=dateline)
