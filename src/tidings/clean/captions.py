"""Photo captions: sentences that read like news but describe a picture.

A caption is often a normal-looking sentence. What gives it away is around it and in its grammar:
a credit line next to it ("Photo: AFP", "REUTERS/..."), the present tense for a past moment
("Xi Jinping meets with Vladimir Putin ..."), a position in the picture ("(left)", "pictured"), or
a bare name under a portrait ("Yuri Ushakov."). These functions weigh those clues; the cleaner
calls them only for the sentence next to a credit, or with a position marker.
"""

from __future__ import annotations

import re

from tidings.clean.rules import Rules

# Things captions never do: quote someone, or report speech. News sentences do both.
_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|tells|according to|added|stated|announced|reported|"
                     r"warned|insisted|claimed|argued|asked)\b")
# Where someone stands in the picture, or words only captions use about themselves.
_MARKER = re.compile(r"\((?:[Ll]eft|[Rr]ight|[Cc]ent(?:re|er)|[LRC]|\d(?:st|nd|rd|th) [LR]|[Ff]ront|[Bb]ack|"
                     r"[Tt]op|[Bb]ottom|[Ll]eft to right|[Ff]rom [Ll]eft)\)|, (?:left|right|centre|center),|"
                     r"\b(?:pictured|is seen|are seen|is shown|are shown|seen here|in this (?:file |handout )?"
                     r"(?:photo|picture|image|handout)|file photo|poses? for)\b", re.IGNORECASE)
# After these a caption verb's form is an infinitive ("to meet") or a noun ("the talks", "of protests").
_NOT_A_VERB_BEFORE = frozenset({
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "do", "does", "not",
    "never", "cannot", "won't", "didn't", "doesn't", "the", "a", "an", "his", "her", "their", "its", "our", "my",
    "your", "this", "that", "these", "those", "some", "many", "several", "few", "more", "most", "no", "any", "each",
    "of", "in", "on", "at", "for", "with", "from", "by", "about", "after", "before", "during", "amid", "over",
    "two", "three", "four", "five", "new", "further", "fresh", "weekly", "daily", "peace", "trade", "mass",
})
_PARTICLES = frozenset({"de", "da", "di", "du", "dos", "van", "von", "der", "den", "al", "el", "bin", "ibn",
                        "la", "le", "of", "and"})
_FINITE = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says"})
_MAX_CAPTION_WORDS = 60
_MAX_PORTRAIT_WORDS = 6
_MAX_PORTRAIT_LOWER = 2


def looks_like_caption(sentence: str, rules: Rules) -> bool:
    """Whether `sentence`, found next to a photo credit, is that photo's caption."""
    words = sentence.split()
    if not words or len(words) > _MAX_CAPTION_WORDS or _SPEECH.search(sentence):
        return False
    return is_portrait(words, rules) or bool(_MARKER.search(sentence)) or has_caption_verb(words, rules)


def is_marked_caption(sentence: str, rules: Rules) -> bool:
    """Whether `sentence` is a caption even with no credit beside it: a position marker and a
    caption verb in the present tense ("Xi Jinping (left) shakes hands with ...")."""
    words = sentence.split()
    if not words or len(words) > _MAX_CAPTION_WORDS or not has_caption_verb(words, rules):
        return False
    return bool(_MARKER.search(sentence)) and not _SPEECH.search(sentence)


def has_caption_verb(words: list[str], rules: Rules) -> bool:
    """Whether `words` hold a caption verb in the present tense: "meets", or "hold" after a plural
    or a name ("Protesters hold ...", "Xi and Putin shake ..."), never after "to" or a modal."""
    for i, raw in enumerate(words):
        word = raw.strip(",;:.()")
        before = words[i - 1].strip(",;:()") if i else ""
        if not word[:1].islower() or before.lower() in _NOT_A_VERB_BEFORE:
            continue  # a capitalised "Mark" or "Hope" is a name
        if word in rules.caption_verbs and i > 0:
            return True
        if word in rules.caption_verb_bases and before and (before[0].isupper() or before.endswith("s")):
            return True
    return False


def is_portrait(words: list[str], rules: Rules) -> bool:
    """Whether `words` are only a name, perhaps with a short description: "Yuri Ushakov.",
    "Kremlin aide Yuri Ushakov", "Yuri Ushakov, Kremlin adviser" — what stands under a portrait."""
    cleaned = [w.strip(",.;:") for w in words]
    cleaned = [w for w in cleaned if w]
    if not cleaned or len(cleaned) > _MAX_PORTRAIT_WORDS or not cleaned[0][0].isupper():
        return False
    lower = [w for w in cleaned if not w[0].isupper() and w.lower() not in _PARTICLES]
    if len(lower) > _MAX_PORTRAIT_LOWER:
        return False
    return not any(w.lower() in _FINITE or w.endswith("ed") or not w[0].isalpha() or w.lower() in rules.caption_verbs
                   for w in lower)
