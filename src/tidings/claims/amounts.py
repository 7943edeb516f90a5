"""Amounts in text: a number with its scale and its currency or unit ("$240.1 billion", "€3 mn",
"Rs 500 crore", "26%", "1.2 million barrels per day"), read with one regular expression built
from the tables, so that however the tokenizer cut "£50m" or "5bn" the reading is the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tidings.claims.lexicon import tables

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# "a" and "an" count as one only before a scale ("a million", "a dozen").
EXTRA_SCALES = {"dozen": 12.0, "dozens": 12.0, "hundred": 100.0, "hundreds": 100.0}


@dataclass(frozen=True, slots=True)
class Amount:
    start: int                     # the number (with a currency sign before it), end exclusive
    end: int
    value: float
    unit: str | None               # ISO currency code or a unit; None when the words after must say
    qualifier: str | None
    qualifier_start: int | None


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _cases(forms: list[str]) -> list[str]:
    """Each word as written, lower-cased, capitalised and in capitals ("billion", "Billion", "BN");
    codes and symbols (already in capitals, or not letters) stay as they are, so "TRY" is no "try".
    """
    out = []
    for form in forms:
        out.append(form)
        if form.islower():
            out += [form.capitalize(), form.upper()]
    return out


@cache
def _pattern() -> re.Pattern[str]:
    t = tables()
    words = [w for w in t.numbers if w not in ("a", "an", "hundred", "dozen")]
    compound = [f"{ten}-{one}" for ten in TENS for one in ("one", "two", "three", "four", "five", "six",
                                                            "seven", "eight", "nine")]
    word_number = f"{_alternation(_cases(compound + words))}|[Aa]n?"
    spaced_scales = _cases([s for s in t.scales if len(s) > 1] + list(EXTRA_SCALES))
    glued_scales = _cases(list(t.glued_scales))
    prefix_signs = [p for p in t.prefixes if not p[0].isalpha()]
    prefix_words = [p for p in t.prefixes if p[0].isalpha()]
    suffixes = _cases([s for s in list(t.suffixes) + list(t.units) if s != "%"])
    return re.compile(
        rf"(?:(?P<sign>{_alternation(prefix_signs)})\s?|\b(?P<code>{_alternation(prefix_words)})\s?)?"
        rf"(?:(?P<digits>{DIGITS})|\b(?P<word>{word_number}))"
        rf"(?:(?P<glued>{_alternation(glued_scales)})\b|[\s-]{{0,2}}(?P<scale>{_alternation(spaced_scales)})\b)?"
        rf"(?:\s?(?P<unit>%|{_alternation(suffixes)})(?!\w))?"
    )


def find_amounts(text: str) -> list[Amount]:
    """Every number in `text` with its scale, currency or unit when written; bare numbers too
    (their unit may be the noun after them: "300 civilians")."""
    out: list[Amount] = []
    for m in _pattern().finditer(text):
        value = _value(m)
        if value is None:
            continue
        qualifier, q_start = _qualifier(text, m.start())
        out.append(Amount(m.start(), m.end(), value, _unit(m), qualifier, q_start))
    return out


def _value(m: re.Match[str]) -> float | None:
    t = tables()
    scale_word = (m.group("glued") or m.group("scale") or "")
    scale = 1.0
    if scale_word:
        key = scale_word.lower()
        scale = EXTRA_SCALES.get(key) or t.scales.get(key) or t.glued_scales.get(key) or 1.0
    if m.group("digits"):
        if m.group("glued") and m.group("glued").lower() in ("m", "b", "k") and not (
                m.group("sign") or m.group("code") or m.group("unit")):
            return None                   # "50m" alone may be metres, "5k" a race: money or a unit must say
        return float(m.group("digits").replace(",", "")) * scale
    word = m.group("word").lower()
    if word in ("a", "an"):
        if not scale_word:
            return None
        return scale
    if "-" in word:
        ten, one = word.split("-")
        base = t.numbers[ten] + t.numbers[one]
    else:
        base = t.numbers[word]
    return base * scale


def _unit(m: re.Match[str]) -> str | None:
    t = tables()
    if m.group("sign"):
        return t.prefixes[m.group("sign")]
    if m.group("code"):
        return t.prefixes.get(m.group("code")) or t.prefixes.get(m.group("code").rstrip("."))
    found = m.group("unit")
    if not found:
        return None
    for table in (t.suffixes, t.units):
        for form in (found, found.lower()):
            if form in table:
                return table[form]
    return None


def _qualifier(text: str, start: int) -> tuple[str | None, int | None]:
    before = text[max(0, start - 30):start]
    for qualifier in tables().qualifiers:
        m = re.search(rf"\b({re.escape(qualifier)})\s+$", before, re.IGNORECASE)
        if m:
            return m.group(1).lower(), start - (len(before) - m.start(1))
    return None, None
