"""Where each token of a parsed article stands: its paragraph and the quoted passage holding it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.quotes.marks import Quoted

DASHES = frozenset("―—–-")


@dataclass(frozen=True, slots=True)
class Layout:
    doc: Doc
    quoted: tuple[Quoted, ...]
    starts: tuple[int, ...]          # character offset of each token
    paragraph: tuple[int, ...]       # paragraph number of each token
    inside: tuple[int, ...]          # index into `quoted` of the passage holding the token, else -1

    def token_at(self, offset: int) -> int:
        """The index of the token covering or first after character `offset`."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.starts[i] + len(self.doc[i]):
            return i
        return min(i + 1, len(self.doc) - 1)

    def token_before(self, offset: int) -> int:
        """The index of the last token starting before character `offset` (-1 when none)."""
        return bisect_left(self.starts, offset) - 1

    def quoted_index(self, token: Token) -> int:
        return self.inside[token.i]

    def in_quote(self, token: Token) -> bool:
        return self.inside[token.i] >= 0


def lay_out(doc: Doc, quoted: tuple[Quoted, ...]) -> Layout:
    """The layout of `doc` given its quoted passages."""
    starts = tuple(t.idx for t in doc)
    paragraph: list[int] = []
    number = 0
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            paragraph.append(number)
            number += 1
        else:
            paragraph.append(number)
    inside = [-1] * len(doc)
    for k, q in enumerate(quoted):
        first = bisect_left(starts, q.open)
        last = bisect_left(starts, q.close)
        for i in range(first, last):
            inside[i] = k
    return Layout(doc, quoted, starts, tuple(paragraph), tuple(inside))
