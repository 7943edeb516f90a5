"""Capitals as governments: "Beijing said" and "Moscow views Beijing as ..." act; "in Beijing" is a place.

A capital (or a seat of power marked `acting`) is an actor when the parse makes it a participant:
the subject of a verb, the object of a verb other than a verb of travel, the agent of a passive
("criticised by Beijing"), a possessor of an act or a stance ("Moscow's position"), or the object of a
preposition that relates parties ("talks with Beijing", "sanctions against Moscow"), or the one "to"
whom something is given or sent ("aid to Gaza", "an ultimatum to Washington"). Prepositions of place and
direction ("in", "to", "from", "near") leave it a place otherwise ("the road to Kabul"). The word lists are in
data/metonymy.tsv.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from tidings.actors.tables import rows


@lru_cache(maxsize=1)
def metonymy_words() -> dict[str, frozenset[str]]:
    """Word lists by use: travel_verb, actor_preposition, place_preposition, act_noun, relation_noun,
    recipient_noun."""
    lists: dict[str, set[str]] = {}
    for _, row in rows("metonymy.tsv"):
        lists.setdefault(row["list"], set()).add(row["word"].lower())
    return {name: frozenset(words) for name, words in lists.items()}


def acted_on(token: Token) -> bool:
    """Whether the place whose head word is `token` is a party to an event: it acts, or it is the object of
    a verb other than a verb of going ("shelled Gaza"; not "visited Gaza"), or of "on"/"against"."""
    words = metonymy_words()
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() not in words["going_verb"]:
        return True
    return acts(token)


def acts(token: Token) -> bool:
    """Whether the capital whose head word is `token` acts (a government) rather than being a place."""
    words = metonymy_words()
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:  # "Beijing and Moscow declared"
        token = token.head
    dep = token.dep_
    head = token.head
    if dep in ("nsubj", "nsubjpass", "csubj", "agent"):
        return True
    if dep in ("dobj", "dative", "oprd"):
        return head.lemma_.lower() not in words["travel_verb"]
    noun = {head.lower_, head.lemma_.lower()}
    if dep == "poss":
        return bool(noun & words["act_noun"]) or head.pos_ == "VERB"
    if dep == "compound":
        return bool(noun & words["act_noun"])
    if dep == "pobj":
        prep = head.lower_
        if prep == "by":
            return head.dep_ == "agent" or head.head.tag_ == "VBN" or head.head.lemma_.lower() in words["act_noun"]
        if prep == "to" and _given(head.head, words.get("recipient_noun", frozenset())):
            return True  # "aid to Gaza", "an ultimatum to Washington": the recipient
        if prep in words["place_preposition"]:
            return False
        if prep in words["actor_preposition"]:
            return True
        if prep in ("with", "between", "for", "of"):
            noun = {head.head.lower_, head.head.lemma_.lower()}
            return bool(noun & (words["relation_noun"] | words["act_noun"]))
    return False


def _given(word: Token, things: frozenset[str]) -> bool:
    """Whether `word`, which a "to" phrase hangs on, is a thing given or sent, or a verb whose object is
    one ("suspended aid to Gaza", where the parser hangs "to Gaza" on the verb)."""
    if word.lemma_.lower() in things or word.lower_ in things:
        return True
    return word.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.lemma_.lower() in things or c.lower_ in things)
                                       for c in word.children)
