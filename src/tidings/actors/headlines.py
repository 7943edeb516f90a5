"""Names in Title Case headlines: the model's entities cut back to the known names inside them.

In "U.S. Lifts Travel Ban to Lebanon" the small model reads "U.S. Lifts Travel" as one organisation: in a
sentence where most words are capitalised, capitals no longer mark names. A known name of the tables
(a country, a person, an organisation) inside such an entity ends the entity, unless the words after it
are themselves words of names the tables know: an agent or another name ("U.S. Army", "Obama
Administration"), or a word heading a body's name ("Agency", "Council"). A name the tables know whole
("Free Syrian Army", "United States Agency for International Development") stays whole, and takes the
words of it the model left out.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Span

from tidings.actors.lexicon import Match
from tidings.actors.tables import body_heads
from tidings.events import headline
from tidings.events.lexicon import load_lexicon as event_lexicon

# A sentence is in Title Case when most of its longer words are capitalised; short words ("to",
# "of", "a") are lowercase in many headline styles and do not count (as the event coder reads them),
# nor do the first word and the known names, capitalised in any sentence ("Tourists visited the Kremlin
# Palace in Moscow" is no headline).
MIN_WORDS = 2
CAPITALISED_SHARE = 0.7
LONG_WORD = 4
# the kinds of lexicon entries that are names of their own
KNOWN_NAMES = frozenset({"country", "person", "organization", "metonym", "capital", "region", "territory"})
# and those that open a name in a headline: "Pakistani Army", "Chinese Troops"
OPENING = KNOWN_NAMES | {"adjective", "people"}
STATE_ROLES = frozenset({("GOV",), ("MIL",), ("COP",), ("JUD",), ("LEG",), ("SPY",)})
# the finite verbs of a headline the model took into a name ("Warns Iraq"), by their place in the parse
VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})
VERB_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp"})
GLUE = frozenset({"of", "for", "and", "on"})
# the verbs of a sentence-cased headline, which the copy wrote in lowercase ("expels", "to visit"); not
# participles, which also modify names ("Suspected", "Disputed")
HEADLINE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "VB"})


def title_case(sent: Span, names: Collection[int] = ()) -> bool:
    """True when `sent` is written in Title Case; `names` are the indices of the words of known names."""
    words = [t for t in sent[1:] if t.is_alpha and len(t) >= LONG_WORD and t.i not in names]
    if len(words) < MIN_WORDS:
        return False
    return sum(t.text[0].isupper() for t in words) >= CAPITALISED_SHARE * len(words)


@dataclass(frozen=True, slots=True)
class CasedReading:
    """What the parses of the headlines' sentence-cased copies (events/headline.py) tell of `doc`, where the
    model no longer takes verbs for names: "Putin Praises Xi After Talks" is one name in Title Case, "Putin"
    and "Xi" in "Putin praises Xi after talks"."""

    ents: tuple[Span, ...]       # the model's entities, those of headlines read from the copies
    verbs: frozenset[int]        # the headlines' verbs, by index: words no name phrase reaches over


def cased_reading(doc: Doc) -> CasedReading:
    """The model's entities of `doc`, those of its headlines from their sentence-cased copies, and the
    headlines' verbs ("Expels" of "Poland Expels Russian Diplomats"), also one the copy's parse took for a
    noun and the event coder reads in the past tense (events/headline.py)."""
    ents = doc.ents
    parse = headline.parser(doc)
    if parse is None:
        return CasedReading(ents, frozenset())
    lexicon = event_lexicon()
    verbs: set[int] = set()
    heads = headline.headlines(doc, lexicon)
    headline.parse_copies(doc.text, heads, lexicon, parse)   # one batch; the readers below find them kept
    for sent in heads:
        cased = headline.cased_doc(doc.text, sent, lexicon, parse)
        found = [doc.char_span(e.start_char, e.end_char, label=e.label_) for e in cased.ents
                 if sent.start_char <= e.start_char and e.end_char <= sent.end_char]
        ents = (*[e for e in ents if e.end <= sent.start or e.start >= sent.end], *[e for e in found if e is not None])
        at = {t.idx: t for t in sent}
        verbs.update(at[t.idx].i for t in cased.char_span(sent.start_char, sent.end_char, alignment_mode="expand")
                     or () if t.pos_ == "VERB" and t.tag_ in HEADLINE_VERB_TAGS and t.idx in at
                     and t.text != at[t.idx].text)
        past = headline.past_tense_copy(doc.text, sent, lexicon, cased)
        if past is not None:  # the verb the copy's parse took for a noun ("Police Arrest Suspected Militants")
            verbs.update(t.i for t in sent if t.idx + len(t.text) == past[1].at)
    return CasedReading(tuple(sorted(ents, key=lambda e: e.start)), frozenset(verbs))


# the annotations a headline takes from its sentence-cased copy's parse; the entities stay the article's
# (the finder takes the copy's from cased_reading, and compares them with the model's own)
PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
ENTITIES = PARSE_ATTRS.index(ENT_IOB)


def reparsed_headlines(doc: Doc) -> Doc:
    """`doc`, but its headlines annotated from the parses of their sentence-cased copies (events/headline.py),
    where the model reads "POLICE ARREST 30 PROTESTERS IN MOSCOW" as it reads "Police arrest 30 protesters in
    Moscow": tags and dependencies, so agents, their places and their acts are found as in prose;
    the words and their offsets are the article's. `doc` itself when it has no headline, or none whose copy
    cuts the same words and parses as a clause (a finite verb), which its own parse may read better."""
    parse = headline.parser(doc)
    if parse is None:
        return doc
    lexicon = event_lexicon()
    # token index -> the copy's row for it (None: its own, a line break's) and the index of its head
    swaps: dict[int, tuple[numpy.ndarray | None, int]] = {}
    heads = headline.headlines(doc, lexicon)
    if not heads:
        return doc
    headline.parse_copies(doc.text, heads, lexicon, parse)   # one batch; cased_reading and the coder reuse them
    index = {t.idx: t.i for t in doc}
    for sent in heads:
        cased = headline.cased_doc(doc.text, sent, lexicon, parse)
        at = {t.idx: t for t in cased if sent.start_char <= t.idx < sent.end_char and not t.is_space}
        words = [t for t in sent if not t.is_space]
        if len(at) != len(words) or any((c := at.get(t.idx)) is None or len(c.text) != len(t.text)
                                         or not sent.start_char <= c.head.idx < sent.end_char for t in words):
            continue  # the copy cut the words otherwise, or its parse reaches out of the headline
        if not any(c.tag_ in headline.FINITE_TAGS for c in at.values()):
            continue  # the copy's parse found no clause ("Governments Recast Anti-Extremism Efforts": all nouns)
        rows = cased.to_array(PARSE_ATTRS)
        swaps.update((t.i, (rows[at[t.idx].i], index[at[t.idx].head.idx])) for t in words)
        # a line break inside the headline hangs on the word before it, as the parser hangs it
        swaps.update((t.i, (None, max((w.i for w in words if w.i < t.i), default=words[0].i)))
                     for t in sent if t.is_space)
    if not swaps:
        return doc
    array = doc.to_array(PARSE_ATTRS)
    head = PARSE_ATTRS.index(HEAD)
    for i, (row, head_at) in swaps.items():
        if row is not None:
            array[i, :ENTITIES] = row[:ENTITIES]
        array[i, head] = numpy.int64(head_at - i).astype(numpy.uint64)  # to_array's heads are relative
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(PARSE_ATTRS, array)
    return out


def headline_entities(doc: Doc, ents: tuple[Span, ...], matches: list[Match]) -> tuple[Span, ...]:
    """`ents`, those of Title Case sentences that hold a known name cut back to it and the name words
    after it ("U.S. Lifts Travel" is "U.S."), or stretched to a known name they end inside."""
    ents = tuple(_after_verb(e) for e in ents)
    ents = tuple(e for e in ents if e is not None)
    unit_at = {i: m for m in matches for i in range(m.start, m.end)}
    known = [m for m in matches if m.entry.kind in KNOWN_NAMES or (m.entry.kind in OPENING and _state_agent(
        unit_at.get(m.end)))]
    if not known or not ents:
        return ents
    heads = body_heads()
    names = {i for m in known if m.entry.kind in KNOWN_NAMES for i in range(m.start, m.end)}
    known_at = {m.start: m for m in known}
    cased: dict[int, bool] = {}  # by sentence start: each read of .sent builds a span
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # the rest of a known name the model split in two, taken whole with the first part
        inside = [m for i in range(ent.start, ent.end) if (m := known_at.get(i)) is not None and m.end != ent.end]
        if not inside:
            out.append(ent)
            continue
        sent = ent.sent
        if sent.start not in cased:
            cased[sent.start] = title_case(sent, names)
        if not cased[sent.start]:
            out.append(ent)
            continue
        last = inside[-1]
        if last.end > ent.end:  # "The United States Agency for" of a name the tables know whole
            out.append(Span(doc, ent.start, last.end, label=ent.label))
            continue
        end = _name_end(doc, last.end, ent.end, unit_at, heads)
        out.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label))
    return tuple(out)


def _state_agent(unit: Match | None) -> bool:
    """Whether `unit` is an agent of the state ("Army", "Police", "Foreign Ministry"), which after a demonym
    opens a headline's name; other agents begin names of bodies of their own as often ("American Family
    Voices", "Armenian Students' Association")."""
    return unit is not None and unit.entry.kind == "agent" and bool(unit.entry.terms) \
        and unit.entry.terms[0].roles[:1] in STATE_ROLES


def _after_verb(ent: Span) -> Span | None:
    """`ent` without the verb of the clause it opens with ("Warns Iraq" is "Iraq"), None when nothing is
    left; `ent` itself when it opens with none."""
    first = ent[0]
    if not (first.tag_ in VERB_TAGS and first.dep_ in VERB_DEPS and first.text[:1].isupper()):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label) if len(ent) > 1 else None


def _name_end(doc: Doc, start: int, end: int, unit_at: dict[int, Match], heads: frozenset[str]) -> int:
    """Where the words of names that follow a known name end, from `start` up to `end` at most: words
    of the lexicon's units and heads of bodies' names, joined by "of", "for", "and", "on"."""
    i = start
    while i < end:
        word = doc[i]
        unit = unit_at.get(i)
        if unit is not None:
            i = max(i + 1, min(unit.end, end))
        elif word.lower_ in heads or (word.lower_ in GLUE and i + 1 < end
                                      and (i + 1 in unit_at or doc[i + 1].lower_ in heads)):
            i += 1
        else:
            break
    return i
