"""Who said it: the speaker's noun phrase around a cue, and the actor it names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from spacy.tokens import Token

from tidings.actors import actor_at
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
    for _ in range(6):
        found = _own_subject(verb, skip)
        if found is not None:
            return found or None
        if verb.dep_ == "compound":                                  # "Said Ellis: ..."
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.head.lemma_ == "quote":   # "he was quoted as saying"
            return next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head                                         # "a statement saying ..."
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            verb = verb.head                                         # "..., adding that", "went on to say"
            continue
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
            verb = verb.head.head                                    # "by saying", "after telling"
            continue
        return None
    return None


def _own_subject(verb: Token, skip: Callable[[Token], bool]) -> Token | Literal[False] | None:
    """The subject among `verb`'s dependents; False when it names no one ("it is said"), None when absent."""
    for child in verb.children:
        if skip(child):
            continue
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in RELATIVES and verb.dep_ == "relcl":
                return verb.head
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
    while left < head.i and (doc[left].is_punct or doc[left].dep_ == "cc"):
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
    out = [head]
    out += [c for c in head.children if c.dep_ in ("compound", "appos") and c.pos_ == "PROPN"]
    out += [c for c in head.children if c.dep_ == "appos"]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
            out += [c for c in prep.children if c.dep_ == "pobj"]
    out += [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return out
