"""Accidents and disasters: the names that only own or place one are not actors.

"Investigators blamed the Malaysia Airlines flight crash on a missile": Malaysia (or its airline) is
not a party to the blaming, nor "Japan" in "Japan's earthquake". A mention is dropped when its last word
modifies (its head word), through compounds (and, for most disaster nouns, adjectives and possessors) or an "of"
("the crash of the Malaysia Airlines flight"), a disaster noun of data/disasters.tsv; and so is a storm's
own name ("Typhoon Haiyan", "Tropical Cyclone Idai").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from tidings.actors.tables import rows

# The dependencies by which a word modifies the noun it names: nouns only, or any modifier.
NOUN_LINKS = frozenset({"compound", "nmod"})
ANY_LINKS = NOUN_LINKS | {"amod", "poss", "npadvmod"}
# How far up a chain of modifiers the disaster noun may be ("the Malaysia Airlines flight MH17 crash").
MAX_STEPS = 6


@lru_cache(maxsize=1)
def disaster_nouns() -> dict[str, bool]:
    """The disaster nouns (lemmas, lower case), each with whether any modifier owns it (True) or only
    a compound noun does (False)."""
    return {row["word"].lower(): row["modifiers"] == "any" for _, row in rows("disasters.tsv")}


@lru_cache(maxsize=1)
def accident_nouns() -> frozenset[str]:
    """The disaster nouns (lemmas, lower case) whose doing is no one's deed: "killed by the crash", "the
    earthquake destroyed" (not "fire": "killed by Israeli fire" is shooting)."""
    return frozenset(row["word"].lower() for _, row in rows("disasters.tsv") if row["deed"] == "no")


# Disasters given a name of their own ("Hurricane Katrina", "Tropical Cyclone Idai", "Typhoon Haiyan"):
# the name is the storm's, no one's.
NAMED_STORMS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tornado"})


def named_storm(span: Span) -> bool:
    """Whether the mention `span` is a storm's name: its last word a proper noun right after a storm word."""
    return len(span) >= 2 and span[-1].pos_ == "PROPN" and span[-2].lower_ in NAMED_STORMS


def names_a_disaster(token: Token) -> bool:
    """Whether the name whose head word is `token` only names an accident or disaster it owns or is the place
    of ("Malaysia" in "the Malaysia Airlines flight crash", "Japan" in "Japan's earthquake")."""
    nouns = disaster_nouns()
    by_modifier = False  # an adjective or possessor on the way: "Israeli fire" is no disaster
    for _ in range(MAX_STEPS):
        dep, head = token.dep_, token.head
        if head.i == token.i:
            return False
        if dep == "pobj" and head.lower_ == "of" and head.head.i < head.i:
            head = head.head  # "the crash of the Malaysia Airlines flight"
        elif dep in ANY_LINKS:
            by_modifier = by_modifier or dep not in NOUN_LINKS
        else:
            return False
        any_modifier = nouns.get(head.lemma_.lower(), nouns.get(head.lower_))
        if any_modifier is not None:
            return any_modifier or not by_modifier
        token = head
    return False
