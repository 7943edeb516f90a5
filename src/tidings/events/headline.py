"""Headlines: a sentence in Title Case ("U.S. Lifts Travel Ban to Lebanon") parses badly with the
small model, which tags its verbs and nouns as proper names. When such a sentence yields no event,
the coder reads it again from a parse of a sentence-cased copy: the words it has patterns for and
the function words lose their capitals, names keep them. The copy has the same length and sits at
the same offsets (spaces stand in for the rest of the text), so the actors' mentions, the places
and the events' spans hold unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from tidings.events.lexicon import Lexicon

# A sentence is a headline when most of its longer words are capitalised; short words ("to",
# "of", "a") are lowercase in many headline styles and do not count.
MIN_WORDS = 3
CAPITALISED_SHARE = 0.7
LONG_WORD = 4


def is_headline(sent: Span) -> bool:
    """True when `sent` is written in Title Case."""
    words = [t for t in sent if t.is_alpha and len(t) >= LONG_WORD]
    if len(words) < MIN_WORDS:
        return False
    return sum(t.text[0].isupper() for t in words) >= CAPITALISED_SHARE * len(words)


def _word_forms(word: str) -> list[str]:
    # the word and its regular inflections cut off ("Lifts" -> lift, "Expelled" -> expel)
    forms = [word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + repl)
    if word.endswith("ed") and len(word) > 5 and word[-3] == word[-4]:
        forms.append(word[:-3])          # "Expelled" -> expel
    return forms


def _common(token: Token, lexicon: Lexicon) -> bool:
    """True for a word that is not a name: a function word or a word with event patterns."""
    word = token.lower_
    if word in STOP_WORDS:
        return True
    tables = (lexicon.verbs, lexicon.nouns, lexicon.light, lexicon.embedding)
    return any(form in table for form in _word_forms(word) for table in tables)


def sentence_cased(text: str, sent: Span, lexicon: Lexicon) -> str:
    """`text` blanked out but for `sent`, whose capitalised common words are lowercased."""
    chars = [" "] * len(text)
    chars[sent.start_char:sent.end_char] = text[sent.start_char:sent.end_char]
    for token in sent:
        if token.i == sent.start or not token.text[:1].isupper() or not token.text[1:].islower():
            continue                     # the first word, acronyms ("U.S.", "NATO"), lowercase words
        if _common(token, lexicon):
            chars[token.idx] = token.text[0].lower()
    return "".join(chars)


def reparsed(text: str, sent: Span, lexicon: Lexicon, parse: Callable[[str], Doc]) -> list[Span]:
    """The sentences of a parse of `sent`'s sentence-cased copy, at `sent`'s offsets."""
    doc = parse(sentence_cased(text, sent, lexicon))
    return [s for s in doc.sents if not all(t.is_space for t in s)]
