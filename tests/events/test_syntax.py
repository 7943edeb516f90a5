"""Slots read off the dependency parse (tidings.events.syntax), on parses built by hand in the
shapes the small model produces."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.events import syntax


def parsed(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_subject_hung_on_the_auxiliary_is_the_verbs(nlp):
    # "Britain and France have opposed the plan": the parser put the subject under "have"
    doc = parsed(nlp, ["Britain", "and", "France", "have", "opposed", "the", "plan", "."],
                 [3, 0, 0, 4, 4, 6, 4, 4],
                 ["nsubj", "cc", "conj", "aux", "ROOT", "det", "dobj", "punct"],
                 ["PROPN", "CCONJ", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    assert [t.text for t in syntax.subjects(doc[4])] == ["Britain", "France"]


def test_the_verbs_own_subject_comes_first(nlp):
    doc = parsed(nlp, ["Britain", "has", "opposed", "the", "plan", "."],
                 [2, 2, 2, 4, 2, 2],
                 ["nsubj", "aux", "ROOT", "det", "dobj", "punct"],
                 ["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    assert [t.text for t in syntax.subjects(doc[2])] == ["Britain"]
