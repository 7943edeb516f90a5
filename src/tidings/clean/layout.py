"""The shape of a body: paragraphs, the lines (blocks) inside them, sentences, runs of piped links.

Scraped text keeps some of its page's layout: a blank line between paragraphs, a line break after
a sub-heading or a caption. The cleaner reads that layout before it reads words, so each function
here answers one question about it, with character offsets into whitespace-normalised strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# Sentence-final punctuation, any closing quotes or brackets, then the space before the next
# sentence, which opens with anything but a lower-case letter or punctuation that goes on a
# sentence (a capital, a digit, a quote, a bracket, "©", "#", "$").
_BOUNDARY = re.compile(r"([.!?]+)([\"”’')\]]*)\s+(?=[^\sa-z,;:.!?)\]…-])")
_BAR = re.compile(r"\|")
_WORD = re.compile(r"\S+")
_INITIAL = re.compile(r"(?:[A-Za-z]\.)+")           # "J.", "U.S.", "U.N."
_TERMINAL = tuple(".!?\"”’')]…")
_WRAPPED_SHARE = 0.8   # a line this close to the longest of its paragraph was broken by a hard wrap
_MAX_PIPE_ITEM_WORDS = 6
_MAX_EDGE_ITEM_WORDS = 4


def normalise(text: str) -> str:
    """`text` with every run of whitespace made one space, and no space at either end."""
    return " ".join(text.split())


def is_terminated(text: str) -> bool:
    """Whether `text` ends as a sentence ends: a full stop, ?, !, a closing quote or bracket."""
    return text.rstrip().endswith(_TERMINAL)


def paragraphs(body: str) -> list[list[str]]:
    """The paragraphs of `body` (split at blank lines), each as its blocks: lines that stand alone.

    A line break inside a paragraph separates blocks (a sub-heading, a caption, a credit line)
    unless it only wraps a sentence: the next line goes on in lower case, or the paragraph is hard
    wrapped (most of its lines run to nearly the same width and stop mid-sentence).
    """
    out = []
    for chunk in _PARAGRAPH_BREAK.split(body):
        lines = [normalise(line) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            out.append(_blocks(lines))
    return out


def _blocks(lines: list[str]) -> list[str]:
    if _hard_wrapped(lines):
        return [" ".join(lines)]
    blocks = [lines[0]]
    for line in lines[1:]:
        if line[0].islower() and not is_terminated(blocks[-1]):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
    return blocks


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    longest = max(len(line) for line in lines)
    inner = lines[:-1]
    wrapped = [line for line in inner if len(line) >= _WRAPPED_SHARE * longest and not is_terminated(line)]
    return len(wrapped) >= 2 and len(wrapped) * 2 > len(inner)


def sentences(text: str, abbreviations: Iterable[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences of `text`, a normalised string, in order.

    A full stop after an abbreviation ("Gen.", "Feb.") or an initial ("J.", "U.S.") does not end a
    sentence; text that never ends ("Support HKFP | Contact us") is one sentence to its end.
    """
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m[1] == "." and _abbreviated(text, m.start(1), abbreviations):
            continue
        spans.append((start, m.end(2)))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def _abbreviated(text: str, dot: int, abbreviations: Iterable[str]) -> bool:
    word_start = text.rfind(" ", 0, dot) + 1
    token = text[word_start:dot + 1].lstrip("\"“‘'([")
    return token.lower() in abbreviations or bool(_INITIAL.fullmatch(token))


def pipe_runs(text: str) -> list[tuple[int, int]]:
    """The spans of runs of links separated by pipes ("Support HKFP | Policies | Contact us").

    A run has at least three short items (two pipes). Its first item reaches back at most four
    words from the first pipe, not past the end of a sentence, and starts with a capital; its last
    item runs at most four words on from the last pipe and stops before a capitalised word, which
    begins what follows the links ("... | apps Help safeguard press freedom").
    """
    bars = [m.start() for m in _BAR.finditer(text)]
    runs: list[tuple[int, int]] = []
    group: list[int] = []
    for bar in bars:
        if group and len(text[group[-1] + 1:bar].split()) > _MAX_PIPE_ITEM_WORDS:
            _close(text, group, runs)
            group = []
        group.append(bar)
    _close(text, group, runs)
    return runs


def _close(text: str, group: list[int], runs: list[tuple[int, int]]) -> None:
    if len(group) < 2:
        return
    runs.append((_first_item_start(text, group[0]), _last_item_end(text, group[-1])))


def _first_item_start(text: str, bar: int) -> int:
    before = text[:bar].rstrip()
    window = max(0, len(before) - 200)  # four words back is never further than this
    starts = [m.start() for m in _WORD.finditer(before, window)][-_MAX_EDGE_ITEM_WORDS:]
    keep: list[int] = []
    for start in reversed(starts):
        word = before[start:before.find(" ", start) if " " in before[start:] else len(before)]
        if is_terminated(word) or word.endswith((":", ";")):
            break
        keep.insert(0, start)
    while keep and not text[keep[0]].isupper() and not text[keep[0]].isdigit():
        keep.pop(0)
    return keep[0] if keep else bar


def _last_item_end(text: str, bar: int) -> int:
    end = bar + 1
    for n, m in enumerate(_WORD.finditer(text[bar + 1:bar + 201])):
        word = m.group()
        if n >= _MAX_EDGE_ITEM_WORDS or (n > 0 and word[0].isupper()):
            break
        end = bar + 1 + m.end()
        if is_terminated(word):
            break
    return end
