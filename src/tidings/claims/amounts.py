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
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(numbers, a currency sign or code just before a number, the whole amount from there)."""
    t = tables()
    words = [w for w in t.numbers if w not in ("a", "an", "hundred", "dozen")]
    compound = [f"{ten}-{one}" for ten in TENS for one in ("one", "two", "three", "four", "five", "six",
                                                            "seven", "eight", "nine")]
    spaced_scales = _alternation(_cases([s for s in t.scales if len(s) > 1] + list(EXTRA_SCALES)))
    word_number = f"{_alternation(_cases(compound + words))}|[Aa]n?(?=[\\s-]{{1,2}}(?:{spaced_scales})\\b)"
    glued_scales = _alternation(_cases(list(t.glued_scales)))
    signs = _alternation([p for p in t.prefixes if not p[0].isalpha()])
    codes = _alternation([p for p in t.prefixes if p[0].isalpha()])
    suffixes = _alternation(_cases([s for s in list(t.suffixes) + list(t.units) if s != "%"]))
    numbers = re.compile(rf"(?:{DIGITS})|\b(?:{word_number})\b")
    prefix = re.compile(rf"(?:{signs})\s?$|\b(?:{codes})\s?$")
    whole = re.compile(
        rf"(?:(?P<sign>{signs})\s?|\b(?P<code>{codes})\s?)?"
        rf"(?:(?P<digits>{DIGITS})|\b(?P<word>{word_number}))"
        rf"(?:(?P<glued>{glued_scales})\b|[\s-]{{0,2}}(?P<scale>{spaced_scales})\b)?"
        rf"(?:\s?(?P<unit>%|{suffixes})(?!\w))?"
    )
    return numbers, prefix, whole


def find_amounts(text: str) -> list[Amount]:
    """Every number in `text` with its scale, currency or unit when written; bare numbers too
    (their unit may be the noun after them: "300 civilians")."""
    numbers, prefix, whole = _patterns()
    out: list[Amount] = []
    done = 0
    # Numbers are found first and the amount read around each: trying the whole expression at
    # every character of an article would cost more than all the rest of the stage.
    for number in numbers.finditer(text):
        if number.start() < done:
            continue
        before = prefix.search(text, max(0, number.start() - 6), number.start())
        m = whole.match(text, before.start()) if before else None
        if m is None or m.end() <= number.start():
            m = whole.match(text, number.start())
        if m is None:
            continue
        done = m.end()
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


@cache
def _qualifiers() -> re.Pattern[str]:
    words = _alternation(_cases(list(tables().qualifiers)))
    return re.compile(rf"\b({words})\s+$")


def _qualifier(text: str, start: int) -> tuple[str | None, int | None]:
    m = _qualifiers().search(text, max(0, start - 30), start)
    if m is None:
        return None, None
    return m.group(1).lower(), m.start(1)
