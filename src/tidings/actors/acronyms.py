"""Acronyms an article defines: "the Government Accountability Office (GAO)", "People for the Ethical
Treatment of Animals (PETA)".

A short name in capitals in parentheses right after a run of capitalised words whose initials spell it is
that body's name in this article: the run is a name even where the model found none, and the acronym
alone later in the article ("GAO said") is the same actor. The initials are those of the capitalised
words; the small words of names in lower case ("of", "for", "the") are skipped ("Department of State
Services (DSS)"); an acronym not all in capitals ("Ministry of Defence (MoD)") is not read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc

GLUE = frozenset({"of", "for", "the", "and", "on", "in", "to", "against"})
MIN_LETTERS = 2
MAX_LETTERS = 8


@dataclass(frozen=True, slots=True)
class Acronym:
    start: int          # tokens [start, end): the name the acronym is short for
    end: int
    short: int          # the token of the acronym in parentheses
    text: str           # the acronym: "GAO"


def defined_acronyms(doc: Doc) -> list[Acronym]:
    """The acronyms `doc` defines in parentheses after the name they are short for, in text order."""
    if len(doc) < 4:
        return []
    # one array call finds the parentheses: a Token object per word of a long article costs more
    orth = doc.to_array(ORTH)
    found = []
    for i in np.flatnonzero(orth == doc.vocab.strings["("]).tolist():
        if i < 1 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        short = doc[i + 1].text
        letters = short.replace(".", "")
        if not (MIN_LETTERS <= len(letters) <= MAX_LETTERS and letters.isalpha() and letters.isupper()):
            continue
        start = _name_start(doc, i, letters)
        if start is not None:
            found.append(Acronym(start, i, i + 1, short))
    return found


def acronym_uses(doc: Doc, acronyms: list[Acronym]) -> dict[int, Acronym]:
    """The tokens after each definition that are its acronym alone ("GAO said"), with the acronym."""
    if not acronyms:
        return {}
    orth = doc.to_array(ORTH)
    uses: dict[int, Acronym] = {}
    for acronym in acronyms:
        for i in np.flatnonzero(orth == doc.vocab.strings[acronym.text]).tolist():
            if i > acronym.short:
                uses.setdefault(i, acronym)
    return uses


def _name_start(doc: Doc, end: int, letters: str) -> int | None:
    """Where the run of capitalised words ending before token `end` whose initials spell `letters`
    begins (read from the last word back), or None when the words before do not spell it."""
    wanted = letters.lower()
    i, spelled = end - 1, ""
    while i >= 0 and len(spelled) < len(wanted):
        token = doc[i]
        if token.text in GLUE and spelled:  # a small word in lower case, inside the name
            i -= 1
            continue
        if not (token.is_alpha and token.text[:1].isupper()):
            return None
        spelled = token.lower_[0] + spelled
        if not wanted.endswith(spelled):
            return None
        i -= 1
    return i + 1 if spelled == wanted else None
