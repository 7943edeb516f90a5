"""Names that act as the subject of a clause with nothing else to tell who they are.

"Meyer said", "Dravinsky suspended aid", "Tomas Varga said": the small model often tags no entity, or
an organisation, on a surname alone or an unfamiliar name. A capitalised proper noun (with the proper
nouns before it that compound it) that is the subject of a verb, no table knows and the gazetteer does
not take for a place, is still someone acting: an actor without country or role, a person unless it is
in capitals ("KLRB said"; the model's ORG on a lone surname is as often wrong as right).
Not in headlines, where every word is capitalised, and not a lone word opening its sentence that the
dictionary knows as a noun and the article never writes in capitals elsewhere: the model tags
"Tragedy struck", "Hope faded", "Chaos erupted" as proper nouns.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import numpy as np
from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Token

from tidings.actors.headlines import title_case
from tidings.nlp import noun_lemmas

SUBJECTS = ("nsubj", "nsubjpass")
# the model's labels a bare name may carry: none, or a guess at a person or an organisation
LABELS = frozenset({"", "PERSON", "ORG"})
MAX_WORDS = 3


def bare_subjects(doc: Doc, taken: Collection[int],
                  is_place: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the names that are a verb's subject, or coordinated with one, where no token is
    in `taken` (words of mentions and lexicon units) and `is_place(start, end)` is False; kind is person,
    or organization for a name in capitals."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    # one array call finds the candidates: a Token object per word of a long article costs more
    cols = doc.to_array([POS, DEP])
    strings = doc.vocab.strings
    propn = cols[:, 0] == strings["PROPN"]
    deps = np.isin(cols[:, 1], [strings[d] for d in (*SUBJECTS, "conj")])
    found = []
    cased: dict[int, bool] = {}
    for i in np.flatnonzero(propn & deps).tolist():
        token = doc[i]
        if token.dep_ == "conj" and token.head.dep_ not in SUBJECTS:
            continue
        if not _name_word(token) or token.ent_type_ not in LABELS or i in taken:
            continue
        start = i
        while start > 0 and i - start < MAX_WORDS - 1 and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == i and _name_word(doc[start - 1]) and start - 1 not in taken:
            start -= 1
        if any(doc[j].ent_type_ not in LABELS for j in range(start, i + 1)) or is_place(start, i + 1):
            continue
        sent = token.sent
        if start == i and _common_noun(token, sent.start, doc):
            continue
        if sent.start not in cased:
            cased[sent.start] = title_case(sent)
        if cased[sent.start]:
            continue
        kind = "organization" if token.is_upper else "person"
        found.append((start, i + 1, kind))
    return found


def _common_noun(token: Token, sent_start: int, doc: Doc) -> bool:
    """A dictionary noun capitalised only because it opens its sentence (after any quotes or
    brackets): nowhere else in the article is the word capitalised inside a sentence, or a name."""
    if token.ent_type_ or token.lower_ not in noun_lemmas(doc.vocab) \
            or any(not doc[j].is_punct for j in range(sent_start, token.i)):
        return False
    return not any(other.text == token.text and other.i != token.i
                   and (other.ent_type_ or other.i != other.sent.start) for other in doc)


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and len(token) > 1
