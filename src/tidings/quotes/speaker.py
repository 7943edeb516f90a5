"""Who said it: the speaker's noun phrase around a cue, and the actor it names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from spacy.tokens import Token

from tidings.actors import actor_at
from tidings.quotes.lexicon import verb_heads
from tidings.records import Actor, Span

# Dependents that end a speaker's phrase: "Putin, who has found himself isolated ..., said".
CUT = frozenset({"relcl", "acl", "advcl", "parataxis", "ccomp", "punct"})
RELATIVES = frozenset({"who", "which", "that", "whom"})
# Subjects that name no speaker: "it is said", "there were reports".
EMPTY = frozenset({"there", "what"})


def subject_of(verb: Token, skip: Callable[[Token], bool] = lambda t: False) -> Token | None:
    """The token heading who speaks through `verb`, following the parse up to the clause that has one.

    Subjects for which `skip` holds are passed over (a word of the quote itself that the parse
    took for the cue's subject).
    """
    for step in range(6):
        found = _own_subject(verb, skip, passive=step > 0)
        if found is not None:
            return found or None
        if verb.dep_ == "compound":                                  # "Said Ellis: ..."
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.head.lemma_ == "quote":   # "he was quoted as saying"
            return next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.tag_ == "VBG":
            issuer = _own_subject(verb.head.head, skip, passive=False)
            if issuer:                                               # "X issued a statement calling ...": X
                return issuer
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head                                         # "a statement saying ..."
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            participle = verb.tag_ == "VBG" and verb.dep_ == "advcl"
            verb = verb.head                                         # "..., adding that", "went on to say"
            if participle and verb.dep_ == "ccomp" and verb.head.i < verb.i and verb.head.lemma_ in verb_heads():
                verb = verb.head      # "X said profits fell, adding that ...": X adds, not the profits
            continue
        if verb.dep_ == "dobj" and verb.tag_ == "VBG":
            verb = verb.head                                         # "she recalled thinking, ..."
            continue
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
            verb = verb.head.head                                    # "by saying", "after telling"
            continue
        if verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.pos_ == "VERB":
            verb = verb.head                                         # "X gestured, then leaned in and boomed"
            continue
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("advmod", "acomp", "prep") and verb.head.i != verb.i:
            verb = verb.head                                         # "X went so far as to say": up from "far"
            continue
        return None
    return None


def name_before(cue: Token, skip: Callable[[Token], bool] = lambda t: False) -> Token | None:
    """The name right before a finite cue the parse gave no subject ("..., her adviser, Jake
    Sullivan, said:", "Rep. Paul Ryan (R-WI) said"), or None."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None
    doc = cue.doc
    i = cue.i - 1
    while i >= cue.sent.start and (doc[i].dep_ in ("advmod", "neg") or doc[i].text == ","):
        i -= 1
    if i >= cue.sent.start and doc[i].text == ")":
        opened = next((j for j in range(i - 1, max(cue.sent.start, i - 8) - 1, -1) if doc[j].text == "("), None)
        i = opened - 1 if opened is not None else i
    if i < cue.sent.start or skip(doc[i]) or "\n" in doc[i].text:
        return None
    relative = _before_relative(cue)
    if relative is not None:
        return relative
    token = doc[i]
    return token if token.pos_ in ("PROPN", "PRON") or (token.pos_ == "NOUN" and token.tag_ != "NNS") else None


def _before_relative(cue: Token) -> Token | None:
    """The name before a relative clause set off by commas right before the cue ("Mr. Lee, whose
    new firm helps stores find suppliers, said"), which the parse may take for the subject's own
    clause; None when the words before the cue are no such clause.
    """
    doc = cue.doc
    if cue.i < 1 or doc[cue.i - 1].text != ",":
        return None
    for j in range(cue.i - 2, max(cue.sent.start, cue.i - 30) - 1, -1):
        if doc[j].lower_ in ("who", "whose", "which") and j >= 2 and doc[j - 1].text == ",":
            name = doc[j - 2]
            return name if name.pos_ in ("PROPN", "NOUN") else None
        if doc[j].text in (".", ";", ":", "!", "?") or "\n" in doc[j].text:
            return None
    return None


def _own_subject(verb: Token, skip: Callable[[Token], bool], *, passive: bool) -> Token | Literal[False] | None:
    """The subject among `verb`'s dependents; False when it names no one ("it is said"), None when absent.

    A passive subject counts on the clause a participle hangs off ("After saying ..., she was
    rushed to hospital"), not on the cue itself ("he was told").
    """
    # The nearest subject first: a parse that hangs two on the cue ("The strike involved 10,000
    # workers, the union said") has the speaker next to it.
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if skip(child):
            continue
        if child.dep_ in ("nsubj", "csubj") or (passive and child.dep_ == "nsubjpass"):
            if child.lower_ in RELATIVES and verb.dep_ == "relcl":
                return child           # "an architect, who said ...": the speaker is named where he speaks
            return False if child.lower_ in EMPTY else child
        if child.dep_ == "agent":                                    # "it was announced by the ministry"
            return next((c for c in child.children if c.dep_ == "pobj"), False)
    return None


def phrase(head: Token) -> Span:
    """The character span of the noun phrase headed by `head`, without relative clauses."""
    if head.pos_ == "PRON":
        return head.idx, head.idx + len(head)
    left, right = head.i, head.i
    sentence = head.sent
    stack = [head]
    while stack:
        token = stack.pop()
        if not sentence.start <= token.i < sentence.end or "\n" in token.text:
            continue
        left, right = min(left, token.i), max(right, token.i)
        for child in token.children:
            if child.dep_ in CUT and token.i == head.i:
                continue
            if child.dep_ in ("relcl", "acl", "punct") and child.i > token.i:
                continue
            stack.append(child)
    doc = head.doc
    opened = [t.i for t in doc[left:right + 1] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1]:right + 1]):
        close = next((j for j in range(right + 1, min(right + 5, len(doc))) if doc[j].text == ")"), None)
        right = close if close is not None else opened[-1] - 1   # "Rep. Elijah Cummings (D-Md.)"
    # "Said Ellis:" parses the verb as part of the name; a noun phrase opens with no finite verb.
    while left < head.i and (doc[left].is_punct or doc[left].dep_ == "cc" or doc[left].tag_ in ("VBD", "VBZ")):
        left += 1
    while right > head.i and (doc[right].is_punct or doc[right].dep_ == "cc"):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def speaker_actor(head: Token, actors: Sequence[Actor]) -> Actor | None:
    """The actor the speaker phrase names: the head first, then names inside it, then whom it speaks for.

    "Kremlin adviser Yuri Ushakov" is Ushakov (the head); "a spokesman for the ministry" speaks for
    the ministry when the spokesman is no actor of his own.
    """
    if not actors:
        return None
    for token in _candidates(head):
        found = actor_at(actors, token.idx, token.idx + len(token))
        if found is not None:
            return found
    return None


def _candidates(head: Token) -> list[Token]:
    if head.lower_ in RELATIVES and head.head.dep_ == "relcl":
        head = head.head.head                      # a relative pronoun speaks for its antecedent
    out = [head]
    out += [c for c in head.children if c.dep_ in ("compound", "appos") and c.pos_ == "PROPN"]
    out += [c for c in head.children if c.dep_ == "appos"]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
            out += [c for c in prep.children if c.dep_ == "pobj"]
    out += [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return out
