"""What the parse says about an amount: the people it counts and what befell them, what it
measures (its subject), and whether it is a change.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.claims.lexicon import tables
from tidings.quotes.speaker import phrase, subject_of

# How a number hangs off the word it measures: "$240.1 billion" (quantmod, compound), "300 people"
# (nummod), "26%" (the % heads the number).
INSIDE = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "punct"})
# How a measured phrase hangs off the clause that says it ("reaching $240 billion", "an increase
# of 26%", "rose to 5%").
UP = frozenset({"pobj", "prep", "dobj", "attr", "appos", "npadvmod", "advmod", "acomp", "oprd", "dative",
                "pcomp", "conj", "nummod", "quantmod", "compound", "amod", "nmod", "punct", "cc"})
LEVEL_PREPS = frozenset({"to", "at", "from"})   # "rose to $20 billion": a level, not a change


@dataclass(frozen=True, slots=True)
class Reading:
    unit: str | None                 # "people" when the amount counts people
    subject: tuple[int, int] | None  # character span of what is measured
    event: str | None                # what befell the people counted: killed, injured, ...
    change: str | None               # increase or decrease
    end: int                         # where the claim's words end (after "civilians" in "300 civilians")


def read(doc: Doc, first: int, last: int, unit: str | None) -> Reading:
    """The reading of the amount over tokens [first, last]."""
    counted = None if unit else _counted_noun(doc, last)
    head = _head(doc, first, last)
    end = doc[last].idx + len(doc[last])
    if counted is not None:
        event = _event_of_noun(counted)
        start = doc[last + 1].idx if last + 1 <= counted.i else counted.idx
        return Reading("people", (start, counted.idx + len(counted)), event, None,
                       max(end, counted.idx + len(counted)))
    if unit is None:
        event = _event_of_number(doc, head, last)
        toll = _toll(head)
        if event is None and toll is None:
            return Reading(None, None, None, None, end)
        # "killing more than 10,000" names no one counted (the killers are no subject of the count);
        # "the death toll rose to 45" measures the toll.
        return Reading("people", _subject(head) if toll else None, event or toll, None, end)
    return Reading(unit, _subject(head), None, _change(doc, head, first), end)


def _head(doc: Doc, first: int, last: int) -> Token:
    """The token of the amount that the rest of the sentence hangs off."""
    inner = set(range(first, last + 1))
    for i in range(last, first - 1, -1):
        if doc[i].head.i not in inner or doc[i].head.i == i:
            return doc[i]
    return doc[last]


def _counted_noun(doc: Doc, last: int) -> Token | None:
    """The noun after a bare number that counts people ("300 Palestinian civilians")."""
    t = tables()
    for i in range(last + 1, min(last + 5, len(doc))):
        token = doc[i]
        lemma = token.lemma_.lower()
        if (lemma in t.people or token.lower_ in t.people) and token.dep_ != "compound":
            return token                                # not "2,000 voter registrations"
        if token.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT") or "\n" in token.text or token.text in ",;.":
            return None
    return None


def _event_of_noun(noun: Token) -> str | None:
    t = tables()
    if noun.lemma_.lower() in t.noun_events:
        return t.noun_events[noun.lemma_.lower()]
    if noun.head.i != noun.i and noun.dep_ in ("nsubjpass", "dobj", "nsubj") and noun.head.lemma_.lower() in t.events:
        return t.events[noun.head.lemma_.lower()]                    # "300 people were killed"
    for child in noun.children:                                      # "300 people killed"
        if child.dep_ in ("acl", "amod") and (child.lower_ in t.events or child.lemma_.lower() in t.events):
            return t.events.get(child.lower_) or t.events[child.lemma_.lower()]
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.lower_ in t.events and following.tag_ in ("VBN", "JJ"):
        return t.events[following.lower_]
    return None


def _event_of_number(doc: Doc, head: Token, last: int) -> str | None:
    """What befell a bare count: "killed 12", "12 were killed", "12 dead", "injuring 30"."""
    t = tables()
    if head.dep_ in ("dobj", "nsubjpass", "nsubj") and head.head.lemma_.lower() in t.events:
        return t.events[head.head.lemma_.lower()]
    following = doc[last + 1] if last + 1 < len(doc) else None
    if following is not None and following.lower_ in t.events and following.tag_ in ("VBN", "JJ", "VBD"):
        return t.events[following.lower_]
    return None


def _toll(head: Token) -> str | None:
    """"The death toll rose to 45": the count is of the dead."""
    verb = head
    while verb.dep_ in UP and verb.head.i != verb.i:
        verb = verb.head
    subject = subject_of(verb)
    if subject is None or subject.lemma_.lower() != "toll":
        return None
    kinds = {c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")}
    return "injured" if kinds & {"injury", "casualty"} and "death" not in kinds else "killed"


def _subject(head: Token) -> tuple[int, int] | None:
    """The phrase the amount measures: the subject of the clause it is said in."""
    token = head
    steps = 0
    while token.dep_ in UP and token.head.i != token.i and steps < 8:
        token = token.head
        steps += 1
        if token.pos_ in ("VERB", "AUX"):
            break
    if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ not in ("VERB", "AUX"):
        return None                        # the amount is the subject itself ("$5bn was pledged")
    if token.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(token)
    if subject is None or subject.pos_ == "NUM" or subject.i == head.i:
        return None
    return phrase(subject)


def _change(doc: Doc, head: Token, first: int) -> str | None:
    """increase or decrease when the amount is a change ("rose 5%", "an increase of 26%", "up 3%")."""
    t = tables()
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ in ("up", "down"):
        return t.changes[before.lower_]
    token = head
    for _ in range(6):
        if token.dep_ == "pobj" and token.head.lower_ in LEVEL_PREPS:
            return None
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in t.changes:
            return t.changes[lemma]
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return None
    return None
