"""Where each token of a parsed article stands: its paragraph and the quoted passage holding it.

Built from spaCy's token arrays in one pass (creating a Token object per token is most of what a
Python loop over a Doc costs), so later steps make Token objects only where they look closely.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.tokens import Doc

from tidings.quotes.marks import Quoted


@dataclass(frozen=True, slots=True)
class Layout:
    doc: Doc
    text: str                        # doc.text, kept: spaCy rebuilds it on every access
    quoted: tuple[Quoted, ...]
    starts: list[int]                # character offset of each token
    paragraph: list[int]             # paragraph number of each token (the break belongs to the one before)
    inside: list[int]                # index into `quoted` of the passage holding the token, else -1
    lemma: list[int]                 # string hashes per token, for fast lexicon look-ups
    lower: list[int]
    orth: list[int]
    closes: list[int]                # where each quoted passage ends, for bisecting

    def token_at(self, offset: int) -> int:
        """The index of the token covering or first after character `offset`."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.starts[i] + len(self.doc[i]):
            return i
        return min(i + 1, len(self.doc) - 1)

    def passages(self, start: int, end: int) -> list[int]:
        """The indices of the quoted passages overlapping text[start:end]."""
        first = bisect_right(self.closes, start)
        out = []
        for k in range(first, len(self.quoted)):
            if self.quoted[k].open >= end:
                break
            out.append(k)
        return out

    def where(self, column: list[int], hashes: set[int]) -> list[int]:
        """The indices of tokens whose `column` value is one of `hashes`."""
        # A set look-up per token: np.isin costs more than this on an article's few thousand tokens.
        return [i for i, value in enumerate(column) if value in hashes]


def lay_out(doc: Doc, text: str, quoted: tuple[Quoted, ...]) -> Layout:
    """The layout of `doc` (whose text is `text`) given its quoted passages."""
    columns = doc.to_array([IDX, LEMMA, LOWER, ORTH]) if len(doc) else np.zeros((0, 4), dtype=np.uint64)
    idx = columns[:, 0].astype(np.int64)
    breaks = np.flatnonzero(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) == 10)
    paragraph = np.searchsorted(breaks, idx, side="right")
    # A break token ("\n\n") counts with the paragraph before it.
    paragraph = np.where(np.isin(idx, breaks), np.searchsorted(breaks, idx, side="left"), paragraph)
    inside = np.full(len(doc), -1, dtype=np.int64)
    for k, q in enumerate(quoted):
        first, last = np.searchsorted(idx, q.open, side="left"), np.searchsorted(idx, q.close, side="left")
        inside[first:last] = k
    return Layout(doc, text, quoted, idx.tolist(), paragraph.tolist(), inside.tolist(),
                  columns[:, 1].tolist(), columns[:, 2].tolist(), columns[:, 3].tolist(), [q.close for q in quoted])
