"""The token attributes place finding scans, read once per document.

spaCy builds a new Token object on every `doc[i]` and every step of `for token in doc`; the finders
scan each document several times, so they scan these plain lists and build tokens only where a
candidate stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class Words:
    """Per-token attributes of one doc, by token index."""

    text: list[str]
    idx: list[int]           # character offset of the token in the doc's text
    lower: list[str]
    capital: list[bool]      # the first character is a capital
    caps: list[bool]         # all cased characters are capitals ("COLUMBUS")
    alpha: list[bool]
    entity: list[str]        # the entity label, "" outside entities
    entity_start: list[int]  # the first token of the entity holding the token, -1 outside entities
    entity_end: list[int]
    sent_start: list[bool]
    space: list[bool]        # whitespace follows the token
    ents: tuple[Span, ...]   # doc.ents, which spaCy rebuilds on every access
    whole: str               # doc.text, which spaCy joins anew on every access


def read_words(doc: Doc, text: str | None = None) -> Words:
    """The attributes of `doc`'s tokens, read in one pass over spaCy's arrays (small integers only:
    the texts are slices of the doc's text, which is faster than looking up their hashes). `text`
    is the doc's text where the caller has it (spaCy builds `doc.text` from every token)."""
    n = len(doc)
    whole = text if text is not None else doc.text
    # as int64: spaCy's uint64 arrays turn into Python lists several times slower
    columns = doc.to_array([IDX, LENGTH, SENT_START, SPACY]).astype("int64").tolist() if n else []
    text = [whole[row[0]:row[0] + row[1]] for row in columns]
    entity = [""] * n
    start, end = [-1] * n, [-1] * n
    ents = tuple(doc.ents)
    for ent in ents:
        for i in range(ent.start, ent.end):
            entity[i], start[i], end[i] = ent.label_, ent.start, ent.end
    return Words(
        text=text,
        idx=[row[0] for row in columns],
        lower=[t.lower() for t in text],
        capital=[t[:1].isupper() for t in text],
        caps=[t.isupper() for t in text],
        alpha=[t.isalpha() for t in text],
        entity=entity,
        entity_start=start,
        entity_end=end,
        sent_start=[row[2] == 1 for row in columns],
        space=[bool(row[3]) for row in columns],
        ents=ents,
        whole=whole,
    )
