"""The attribution lexicon: speech verbs with the complements that carry what was said, and
source phrases ("according to"). Read once from the package's data/ files (see data/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

CueClass = str  # speech | act | document | belief | intent | source | label


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str                       # "say", or "point out" (a verb with its particle)
    cue_class: CueClass
    complements: frozenset[str]      # clause, xcomp, object, oprd, prep:<word>

    @property
    def preps(self) -> frozenset[str]:
        return frozenset(c[5:] for c in self.complements if c.startswith("prep:"))


def _lines(name: str) -> list[str]:
    text = files("tidings.quotes").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def speech_verbs() -> dict[str, Verb]:
    """The speech-verb table by lemma ("point out" under "point out")."""
    verbs: dict[str, Verb] = {}
    for line in _lines("speech_verbs.tsv"):
        lemma, cue_class, complements = line.split("\t")[:3]
        verbs[lemma] = Verb(lemma, cue_class, frozenset(complements.split(",")))
    return verbs


@cache
def verb_heads() -> frozenset[str]:
    """The first words of the table's lemmas: the lemmas a token must have to be looked at."""
    return frozenset(lemma.split()[0] for lemma in speech_verbs())


@cache
def source_phrases() -> tuple[tuple[str, ...], ...]:
    """The source phrases as word tuples, longest first ("in the words of" before "per")."""
    phrases = [tuple(line.strip().lower().split()) for line in _lines("sources.tsv") if "POSS" not in line]
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def possessive_sources() -> dict[str, str]:
    """The phrases whose source is a possessive inside them, as {noun: preposition} ("words": "in")."""
    out = {}
    for line in _lines("sources.tsv"):
        words = line.strip().lower().split()
        if "poss" in words and len(words) == 3:
            out[words[2]] = words[0]
    return out


@cache
def title_words() -> frozenset[str]:
    """The function words Title Case leaves in lower case ("of", "the", ...)."""
    return frozenset(line.strip().lower() for line in _lines("titles.txt"))


@cache
def not_speakers() -> frozenset[str]:
    """Words that open a paragraph with a colon without naming a speaker ("photo", "update")."""
    return frozenset(line.strip().lower() for line in _lines("not_speakers.txt"))
