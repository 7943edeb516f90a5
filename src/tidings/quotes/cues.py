"""Cues: the speech verbs and source phrases of an article, and what each one says is said."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.quotes.layout import Layout
from tidings.quotes.lexicon import Verb, possessive_sources, source_phrases, speech_verbs, verb_heads

# Prepositions that carry part of what an object-taking cue says ("accused X of Y", "called
# the act a “crazy system”", "praised X for Y", "compared X to Y").
SENTENCE_END = frozenset({".", "!", "?"})
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
OBJECT_PREPS = frozenset({"of", "for", "as", "over", "about", "on", "to", "against", "with"})


def find_cues(layout: Layout) -> dict[int, Verb]:
    """The speech-verb tokens of the article by index, each with its lexicon entry."""
    doc = layout.doc
    verbs = speech_verbs()
    strings = doc.vocab.strings
    found: dict[int, Verb] = {}
    for i in layout.where(layout.lemma, {strings[lemma] for lemma in verb_heads()}):
        token = doc[i]
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.dep_ in ("amod", "auxpass", "aux") or (token.dep_ == "compound" and token.pos_ != "VERB"):
            continue                               # "Said Ellis:" parses as a compound verb
        lemma = token.lemma_.lower()
        verb = None
        for c in token.children:                   # "pointed out", "shot back", "put it"
            if c.dep_ in ("prt", "advmod", "dobj") and c.i == token.i + 1:
                verb = verbs.get(f"{lemma} {c.lower_}")
        verb = verb or verbs.get(lemma)
        if verb is not None:
            found[i] = verb
    return found


def cue_words(token: Token, entry: Verb) -> tuple[str, tuple[int, int]]:
    """The cue's words as written and their span: the verb, with its particle when the lexicon
    entry has one ("pointed out", "put it")."""
    doc = token.doc
    last = min(token.i + len(entry.lemma.split()), len(doc)) - 1
    span = (token.idx, doc[last].idx + len(doc[last]))
    return doc[token.i:last + 1].text, span          # a Span's text: doc.text rebuilds the whole article


def find_sources(layout: Layout) -> list[tuple[list[Token], Token | None]]:
    """(the phrase's words, the head of the source it names) for each "according to"-like phrase."""
    doc = layout.doc
    phrases = source_phrases()
    strings = doc.vocab.strings
    out: list[tuple[list[Token], Token | None]] = []
    hashed = [(words, [strings[w] for w in words]) for words in phrases]
    lower = layout.lower
    for i in layout.where(lower, {strings[p[0]] for p in phrases}):
        for words, hashes in hashed:
            end = i + len(words)
            if end <= len(doc) and all(lower[i + j] == h for j, h in enumerate(hashes)):
                last = doc[end - 1]
                source = next((c for c in last.children if c.dep_ == "pobj"), None)
                if source is None and end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ"):
                    source = _noun_after(doc, end)
                out.append((list(doc[i:end]), source))
                break
    possessive = possessive_sources()
    for i in layout.where(lower, {strings[noun] for noun in possessive}):
        noun = doc[i]
        prep = noun.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or noun.dep_ != "pobj" or prep.lower_ != possessive[noun.lower_] or prep.i > owner.i:
            continue
        out.append((list(doc[prep.i:i + 1]), owner))     # "in the minister's words": the minister
    return out


def _noun_after(doc: Doc, i: int) -> Token:
    """The head of the noun phrase starting at token i (the parse did not attach it)."""
    token = doc[i]
    while token.head.i > token.i and token.head.i - i < 8 and token.dep_ in ("det", "amod", "compound", "poss",
                                                                              "nummod", "case"):
        token = token.head
    return token


def complement(verb: Token, entry: Verb) -> tuple[int, int] | None:
    """The token range [first, last] of what `verb` says, by the complements it takes, or None."""
    kids = list(verb.children)
    if "clause" in entry.complements:
        # "found himself isolated" is no finding: a clause whose subject is the reflexive.
        clauses = [c for c in kids if c.dep_ == "ccomp"
                   and not any(s.dep_ == "nsubj" and s.lower_ in REFLEXIVES for s in c.children)
                   and not (c.i < verb.i and _misread_relative(c))]
        if clauses:
            # "said that A, and that B" with the second clause hung on the cue (a closing quotation
            # mark after A misleads the parse): both are what was said.
            more = [c for c in kids if c.dep_ == "conj" and c.i > clauses[-1].i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            return _extent(clauses + more)
        if verb.dep_ == "parataxis" and verb.i > verb.head.i and _has_subject(verb):
            # "The talks failed, officials say" parsed with the cue hanging off the content.
            return _without(verb.head, verb)
        if verb.dep_ == "parataxis" and verb.i < verb.head.i and _has_subject(verb) and _parenthetical(verb):
            # "The trouble, she said, is that ...": the words before the cue; continuation() adds the rest.
            head = verb.head
            while head.dep_ in ("ccomp", "xcomp", "conj") and head.head.i != head.i:
                head = head.head                   # "That is why, he added, viewers ...": all of it
            return _without(head, verb)
        hung = _clause_on_adjunct(verb)
        if hung is not None:
            return hung
        before = _clause_before(verb)
        if before is not None:
            return before
    if "xcomp" in entry.complements or "clause" in entry.complements:
        xcomps = [c for c in kids if c.dep_ == "xcomp" and c.i > verb.i]
        if xcomps:
            objects = [c for c in kids if c.dep_ == "dobj" and c.i < xcomps[0].i]
            return _extent(objects + xcomps)
    for prep in kids:
        if prep.dep_ == "prep" and prep.lower_ in entry.preps and prep.i > verb.i:
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                # "called on police to release the videos": the infinitive is part of the call.
                more = [c for c in kids if c.i > prep.i and c.dep_ in ("xcomp", "ccomp")]
                return _extent(objects + more)
    if "oprd" in entry.complements:
        oprd = [c for c in kids if c.dep_ == "oprd"]
        objects = [c for c in kids if c.dep_ == "dobj"]
        if (oprd and objects) or len(oprd) > 1:     # "called Trump a liar" (parsed with two oprd, too)
            return _extent(objects + oprd)
    if "object" in entry.complements:               # with no clause, the object is what is said
        objects = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i]
        if objects:
            extra = [c for c in kids if c.i > objects[0].i and (
                (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS) or c.dep_ in ("oprd", "xcomp", "ccomp"))]
            return _extent(objects + extra)
    return None


def continuation(verb: Token, extent: tuple[int, int]) -> tuple[int, int] | None:
    """The rest of a sentence that a parenthetical cue interrupts: "Lenox was a juggernaut, Mr.
    Clarke said, until it went bankrupt" goes on after "said,". None when nothing goes on.
    """
    doc = verb.doc
    if extent[1] >= verb.i:
        return None
    sentence_end = verb.sent.end
    # Past the cue's own words: "says Paul Rieckhoff, founder of the group, ..." keeps the speaker's
    # apposition out of what is said.
    frame = [c.right_edge.i for c in verb.children
             if c.i > verb.i and c.dep_ in ("nsubj", "npadvmod", "prep", "advmod", "dative", "agent")]
    i = max([verb.i, *frame]) + 1
    while i < sentence_end and i - verb.i <= 8 and doc[i].text != ",":
        if doc[i].pos_ in ("VERB", "AUX") or "\n" in doc[i].text:
            return None
        i += 1
    if i >= sentence_end or doc[i].text != ",":
        return None
    first, last = i + 1, sentence_end - 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last - first < 1:
        return None
    if any("\n" in doc[j].text for j in range(first, last + 1)):
        return None
    return first, last


def _misread_relative(clause: Token) -> bool:
    """Whether a clause before the cue holds ", whose ..." or ", who ...": the speaker's description
    ("Mr. Lee, whose firm helps stores, said ..."), which the parse took for what is said."""
    doc = clause.doc
    return any(t.lower_ in ("who", "whose") and t.i > 0 and doc[t.i - 1].text == ","
               for t in doc[clause.left_edge.i:clause.i])


def _clause_on_adjunct(verb: Token) -> tuple[int, int] | None:
    """"said in a statement that ...", parsed with the clause on "statement": that clause, when
    "that" opens it and it has a subject of its own (not "an interview that aired on Monday").
    """
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            for clause in noun.children:
                if clause.dep_ not in ("acl", "relcl") or clause.left_edge.lower_ != "that":
                    continue
                that = clause.left_edge
                if that.dep_ == "mark" or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i
                                              for c in clause.children):
                    return _extent([clause])
    return None


def _clause_before(verb: Token) -> tuple[int, int] | None:
    """"The strike involved 10,000 workers, the union said." parsed without a clause: the words
    from the sentence start to the comma before the cue's subject, when the cue ends the sentence.
    """
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return None
    comma = max(subjects, key=lambda c: c.i).left_edge.i - 1
    start = verb.sent.start
    if comma <= start + 2 or doc[comma].text != ",":
        return None
    after = doc[verb.i + 1:verb.sent.end]
    if any(t.pos_ in ("VERB", "AUX") for t in after):
        return None
    return start, comma - 1


def _parenthetical(verb: Token) -> bool:
    """Whether `verb` and its subject stand between commas inside their sentence (", she said,")."""
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    before = doc[first - 1] if first > verb.sent.start else None
    return (doc[first].text == "," or (before is not None and before.text == ",")) and \
        (doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ","))


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _extent(tokens: list[Token]) -> tuple[int, int]:
    first = min(t.left_edge.i for t in tokens)
    last = max(t.right_edge.i for t in tokens)
    return first, last


def _without(head: Token, part: Token) -> tuple[int, int] | None:
    """The extent of `head`'s subtree up to where `part`'s subtree begins (the clause before it)."""
    first = head.left_edge.i
    last = part.left_edge.i - 1
    return (first, last) if last >= first else None


def source_clause(words: list[Token]) -> tuple[int, int] | None:
    """The token range of the clause a source phrase ("according to X") qualifies, without the phrase.

    `words` are the phrase's words; its top is the one the parse hangs off the clause. A phrase in
    the middle of its clause ("The toll, according to officials, rose") leaves the clause whole.
    """
    inner = {w.i for w in words}
    top = next((w for w in words if w.head.i not in inner), words[0])
    head = top.head
    while (head.pos_ not in ("VERB", "AUX") or head.dep_ in ("ccomp", "xcomp")) and head.head.i != head.i:
        head = head.head                       # Xi said the two “should ...,” according to CCTV: all of it
    if head.i == top.i or head.i in inner:
        return None
    doc = head.doc
    first, last = head.left_edge.i, head.right_edge.i
    phrase_first, phrase_last = top.left_edge.i, top.right_edge.i
    # The parse may run two sentences together; the phrase qualifies its own.
    last = next((j - 1 for j in range(phrase_last + 1, last + 1) if doc[j].text in SENTENCE_END), last)
    first = next((j + 1 for j in range(phrase_first - 1, first - 1, -1) if doc[j].text in SENTENCE_END), first)
    if phrase_first <= first:
        first = phrase_last + 1
    elif phrase_last >= last:
        last = phrase_first - 1
    return (first, last) if last >= first else None
