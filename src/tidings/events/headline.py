"""Headlines: a sentence in Title Case ("U.S. Lifts Travel Ban to Lebanon") parses badly with the
small model, which tags its verbs and nouns as proper names. The coder reads such a sentence again
from a parse of a sentence-cased copy: the words it has patterns for and the function words lose
their capitals, names keep them; the copy's events replace the original's when it has any (a Title
Case parse often finds a wrong one: "UN Condemns Attack on Peacekeepers" reads as an attack by "UN
Condemns"). The actors stage reads the headline's names from the same parse (actors/headlines.py).
A sentence is a headline only when nearly all its longer words are capitalised and the copy would
change, so prose full of names ("Russian President Vladimir Putin met Chinese President Xi Jinping")
is never parsed twice. The copy has the same length and sits at the same offsets (spaces stand in
for the rest of the text), so the actors' mentions, the places and the events' spans hold unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from tidings.events.lexicon import Lexicon
from tidings.events.syntax import default_pipeline, irregular_forms

# A sentence is a headline when nearly all of its longer words are capitalised (prose full of
# names still writes "will", "meet", "suspended" in lowercase); short words ("to", "of", "a") are
# lowercase in many headline styles and do not count.
MIN_WORDS = 3
CAPITALISED_SHARE = 0.85
LONG_WORD = 4
# a clause has a finite verb or a modal; a sentence-cased headline without one took its verb for a
# noun ("U.S. lifts travel ban": a plural of "lift")
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# a final consonant doubled before "-ed": one syllable ("banned"), "-el", "-ol", "-mit" ("expelled")
DOUBLED = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprt]$|[^aeiou][aeiou](l|mit)$")
# copy -> (parse, doc): the sentence-cased copies parsed last (enough for the headlines of one article)
_PARSED: dict[str, tuple[Callable[[str], Doc], Doc]] = {}
KEPT_PARSES = 64


def is_headline(sent: Span, lexicon: Lexicon) -> bool:
    """True when `sent` is written in Title Case and its sentence-cased copy differs: a word after
    the first is a capitalised function word or a word with event patterns ("Lifts", "With")."""
    words = [t for t in sent if t.is_alpha and len(t) >= LONG_WORD]
    if len(words) < MIN_WORDS:
        return False
    if sum(t.text[0].isupper() for t in words) < CAPITALISED_SHARE * len(words):
        return False
    caps = _all_caps(sent)
    return any(_recased(t, sent.start, lexicon, caps) is not None for t in sent)


def units(doc: Doc, lexicon: Lexicon) -> Iterator[Span]:
    """The sentences of `doc`, but a headline the parser cut in two ("Russia Expels | Two British
    Diplomats") whole: sentences on one line, none but the last ending in a stop, whose span is a headline."""
    sents = list(doc.sents)
    i = 0
    while i < len(sents):
        j = i + 1
        while j < len(sents) and _runs_on(sents[j - 1]):
            j += 1
        joined = doc[sents[i].start:sents[j - 1].end]
        if j > i + 1 and is_headline(joined, lexicon):
            yield joined
            i = j
        else:
            yield sents[i]
            i += 1


def headlines(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """The headlines of `doc`: its units (sentences, a headline cut in two joined) in Title Case."""
    return [sent for sent in units(doc, lexicon) if is_headline(sent, lexicon)]


def _runs_on(sent: Span) -> bool:
    """True when the line goes on after `sent` with no stop: its last word is no punctuation, nor
    followed by a line break."""
    last = sent[-1]
    return not last.is_punct and not last.is_space and "\n" not in last.whitespace_


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
    """`text` blanked out but for `sent`, whose capitalised common words are lowercased (in a
    headline in capitals, the other words are written as names: "RUSSIA EXPELS" -> "Russia expels")."""
    chars = [" "] * len(text)
    chars[sent.start_char:sent.end_char] = text[sent.start_char:sent.end_char]
    caps = _all_caps(sent)
    for token in sent:
        if (word := _recased(token, sent.start, lexicon, caps)) is not None:
            chars[token.idx:token.idx + len(word)] = word
    return "".join(chars)


def _all_caps(sent: Span) -> bool:
    """True when `sent` is written in capitals: all its words of two letters or more."""
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return len(words) >= MIN_WORDS and all(t.text.isupper() for t in words)


def _recased(token: Token, first: int, lexicon: Lexicon, caps: bool) -> str | None:
    """The word of `token` in the sentence-cased copy when it changes, else None: a capitalised common
    word after the first word (`first`) of its sentence lowercased (acronyms, "U.S.", "NATO", keep
    theirs); with `caps`, other words of four letters or more as names ("RUSSIA" -> "Russia")."""
    text = token.text
    if caps and token.is_alpha and text.isupper() and len(text) > 1:
        if token.i != first and _common(token, lexicon):
            return text.lower()
        return text[0] + text[1:].lower() if len(text) >= LONG_WORD else None
    if token.i == first or not text[:1].isupper() or not text[1:].islower():
        return None
    return text[0].lower() + text[1:] if _common(token, lexicon) else None


def reparsed(text: str, sent: Span, lexicon: Lexicon, parse: Callable[[str], Doc]) -> list[Span]:
    """The sentences of a parse of `sent`'s sentence-cased copy, at `sent`'s offsets."""
    doc = cased_doc(text, sent, lexicon, parse)
    return [s for s in doc.sents if not all(t.is_space for t in s)]


def cased_doc(text: str, sent: Span, lexicon: Lexicon, parse: Callable[[str], Doc]) -> Doc:
    """The parse of `sent`'s sentence-cased copy; the last few are kept, as the actors stage reads
    the same headline's names from it before the event coder reads its events."""
    copy = sentence_cased(text, sent, lexicon)
    kept = _PARSED.get(copy)
    if kept is not None and kept[0] is parse:
        return kept[1]
    return _keep(copy, parse, parse(copy))


def parse_copies(text: str, sents: list[Span], lexicon: Lexicon, parse: Callable[[str], Doc]) -> None:
    """Parses the sentence-cased copies of the headlines `sents` that are not kept yet, in one batch:
    a call of the model per headline costs its per-call overhead (some milliseconds) each time, and
    an article may list a dozen headlines ("Related" links)."""
    copies = [c for c in dict.fromkeys(sentence_cased(text, s, lexicon) for s in sents)
              if (kept := _PARSED.get(c)) is None or kept[0] is not parse]
    if not copies:
        return
    pipe = getattr(parse, "pipe", None)
    for copy, doc in zip(copies, pipe(copies) if pipe is not None else map(parse, copies), strict=True):
        _keep(copy, parse, doc)


def _keep(copy: str, parse: Callable[[str], Doc], doc: Doc) -> Doc:
    if len(_PARSED) >= KEPT_PARSES:
        _PARSED.pop(next(iter(_PARSED)))
    _PARSED[copy] = (parse, doc)
    return doc


def parser(doc: Doc) -> Callable[[str], Doc] | None:
    """The pipeline `doc` was parsed with, as a text -> Doc function, when it is the loaded
    default model (its vocabulary is the doc's); None otherwise (headlines are then not re-read)."""
    nlp = default_pipeline()
    return nlp if nlp.vocab is doc.vocab else None


@dataclass(frozen=True, slots=True)
class Shift:
    """A copy longer than its text by `by` characters from offset `at` on (the end of the word changed)."""

    at: int
    by: int

    def to_copy(self, offset: int) -> int:
        """Returns the copy's offset of the text's `offset`."""
        return offset + self.by if offset >= self.at else offset

    def to_text(self, offset: int) -> int:
        """Returns the text's offset of the copy's `offset` (inside the changed word: its end)."""
        return offset - self.by if offset >= self.at + self.by else min(offset, self.at)


def past_tense_copy(text: str, sent: Span, lexicon: Lexicon, cased: Doc) -> tuple[str, Shift] | None:
    """The sentence-cased copy of `sent` with its verb in the past tense and where the copy grows,
    when the parse `cased` of the copy found no finite verb but read a word with verb patterns as a
    noun ("U.S. lifts travel ban to Lebanon" -> "U.S. lifted travel ban to Lebanon", which the model
    reads as a clause), or whose only finite verbs are in the past tense after a present "-s" form
    it read as a noun ("Iran frees detained British tanker": "frees" a plural, "detained" the verb;
    a headline tells in the present, so the "-ed" word is a participle); None otherwise."""
    words = cased.char_span(sent.start_char, sent.end_char, alignment_mode="expand")
    if words is None:
        return None
    finite = [t for t in words if t.tag_ in FINITE_TAGS]
    if any(t.tag_ != "VBD" for t in finite):
        return None
    original = {t.idx: t for t in sent}
    for token in words[1:]:
        if finite and (token.idx >= finite[0].idx or not token.lower_.endswith("s")):
            continue                     # only a present "-s" form before the past can be the verb
        was = original.get(token.idx)
        if was is None or token.tag_ not in NOUN_TAGS or not token.text.islower() or was.text == token.text:
            continue                     # a noun the copy lowered: a word with patterns
        lemma = _present_lemma(token.lower_, lexicon)
        if lemma is None:
            continue
        past = past_tense(lemma)
        copy = sentence_cased(text, sent, lexicon)
        end = token.idx + len(token.text)
        return copy[:token.idx] + past + copy[end:], Shift(end, len(past) - len(token.text))
    return None


def _present_lemma(word: str, lexicon: Lexicon) -> str | None:
    """The verb with event patterns of which `word` is the present tense ("lifts", "arrest"), or None."""
    for lemma in (word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None, word):
        if lemma and lemma in lexicon.verbs:
            return lemma
    return None


def past_tense(lemma: str) -> str:
    """Returns the past tense of the verb `lemma`: the irregular form the model's table gives, the
    shortest and then the first ("struck", "took", "began"), else the regular one ("expelled")."""
    irregular = irregular_forms(lemma)
    if irregular:
        return min(irregular, key=len)
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if DOUBLED.search(lemma) and not lemma.endswith(("w", "x", "y")):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"
