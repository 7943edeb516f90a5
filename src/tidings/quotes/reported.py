"""Reported speech from the parse: a cue verb and the clause or object it governs, and
"according to" phrases with the clause they qualify. A reported clause holding a quoted passage
is a partial quote (Xi said the two “should collaborate closely ...”).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.quotes.attribution import Attribution, Coverage
from tidings.quotes.cues import complement, continuation, cue_words, find_sources, source_clause
from tidings.quotes.layout import Layout
from tidings.quotes.lexicon import Verb
from tidings.quotes.speaker import name_before, subject_of

MIN_WORDS = 2  # a reported "content" of one word is a parse accident ("said so")


def reported_speech(layout: Layout, cues: dict[int, Verb], used: set[int],
                    taken: list[Attribution]) -> list[Attribution]:
    """Attributions of the cues not used by direct quotes, and of the source phrases."""
    out: list[Attribution] = []
    doc = layout.doc
    direct = Coverage([a for a in taken if a.kind == "direct"])
    for i, entry in cues.items():
        token = doc[i]
        if i in used or layout.inside[i] >= 0 or direct.hits(token.idx, token.idx + 1):
            continue
        extent = complement(token, entry)
        if extent is None and "oprd" in entry.complements:
            extent = _named_as(layout, token)
        if extent is None:
            continue
        extent = _before_participle(layout, extent, cues)
        found = _attribution(layout, _clip(layout, extent, i), direct)
        if found is None:
            continue
        found.frame_end = max(found.end, _end_of(doc[token.right_edge.i]), _sentence_end(layout, token))
        rest = continuation(token, extent) if found.kind != "direct" else None
        if rest is not None and not any(j in cues and layout.inside[j] < 0 and _has_subject(doc[j])
                                        for j in range(rest[0], rest[1] + 1)):
            start, end = doc[rest[0]].idx, _end_of(doc[rest[1]])
            for k in layout.passages(start, end):
                end = max(end, layout.quoted[k].close)
                found.quoted.append(k)
            found.parts.append((start, end))
            found.frame_end = max(found.frame_end, found.end)
            if found.quoted and found.kind == "indirect":
                found.kind = "partial"
        found.cue_text, found.cue_span = cue_words(token, entry)
        found.cue_class = entry.cue_class
        found.cue_token = i
        found.speaker = _speaker(layout, token)
        out.append(found)
    for words, source in find_sources(layout):
        if layout.inside[words[0].i] >= 0 or direct.hits(words[0].idx, words[0].idx + 1):
            continue
        extent = source_clause(words)
        if extent is None:
            continue
        found = _attribution(layout, _clip(layout, extent, words[0].i), direct)
        if found is None:
            continue
        found.cue_text = doc[words[0].i:words[-1].i + 1].text
        found.cue_span = (words[0].idx, words[-1].idx + len(words[-1]))
        found.cue_class = "source"
        found.speaker = source
        out.append(found)
    return out


def _named_as(layout: Layout, verb: Token) -> tuple[int, int] | None:
    """"called the senator “the next Lincoln”", "called her “third-rate”", "called protesters
    “illegals” and “thugs”", whatever the parse made of them: the words from the object to the last
    quoted name, when a quoted passage follows the object within a few words.
    """
    doc = layout.doc
    j = verb.i + 1
    while j < len(doc) and j - verb.i <= 8 and layout.inside[j] < 0:
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", "!", "?", ";", ":") or "\n" in doc[j].text:
            return None
        j += 1
    if j >= len(doc) or layout.inside[j] < 0 or j == verb.i + 1 or doc[verb.i + 1].is_punct:
        return None
    first_last = layout.token_at(layout.quoted[layout.inside[j]].close - 1)
    if any(doc[m].head.i > first_last for m in range(verb.i + 1, j + 1)):
        return None             # "declared a “no holds barred” partnership": one object, quoted inside
    last = first_last
    # ... “illegals” and “thugs”: the names go on after a conjunction.
    while last + 2 < len(doc) and doc[last + 1].lower_ in ("and", "or") and layout.inside[last + 2] >= 0:
        last = layout.token_at(layout.quoted[layout.inside[last + 2]].close - 1)
    return verb.i + 1, last


def _has_subject(token: Token) -> bool:
    """Whether a cue speaks for a subject of its own (a bare "keep seeing" does not)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _before_participle(layout: Layout, extent: tuple[int, int], cues: dict[int, Verb]) -> tuple[int, int]:
    """`extent` up to a ", adding that ..." inside it: that participle is an attribution of its own."""
    doc = layout.doc
    first, last = extent
    for j in range(first + 1, last + 1):
        if j in cues and doc[j].tag_ == "VBG" and doc[j - 1].text == "," and layout.inside[j] < 0:
            return first, j - 2
    return extent


def _sentence_end(layout: Layout, cue: Token) -> int:
    """Where the cue's sentence ends, within its paragraph (a split quote goes on after it)."""
    doc = layout.doc
    last = cue.sent.end - 1
    while last > cue.i and (layout.paragraph[last] != layout.paragraph[cue.i] or doc[last].is_space
                            or layout.inside[last] >= 0):
        last -= 1
    return _end_of(doc[last])


def _end_of(token: Token) -> int:
    return token.idx + len(token)


def _clip(layout: Layout, extent: tuple[int, int], cue: int) -> tuple[int, int]:
    """`extent` kept to the cue's paragraph (the parse may run sentences together over a break),
    and stretched over a quoted passage a colon hangs on it (she said she has one quality: “...”).
    """
    first, last = extent
    paragraph = layout.paragraph
    while first < cue and paragraph[first] != paragraph[cue]:
        first += 1
    while last > cue and paragraph[last] != paragraph[cue]:
        last -= 1
    doc = layout.doc
    after = last + 1
    if after + 1 < len(doc) and doc[after].text in (":", "—", "--") and layout.inside[after + 1] >= 0:
        q = layout.quoted[layout.inside[after + 1]]
        end = layout.token_at(q.close - 1)
        if paragraph[end] == paragraph[cue]:
            last = end
    elif last > cue:
        last = _trailing_quote(layout, last, cue)
    return first, last


def _trailing_quote(layout: Layout, last: int, cue: int) -> int:
    """`last`, or the end of a quoted passage that ends the cue's sentence after it: the parse
    often hangs a closing partial quote elsewhere (and of “all the people who weren't here”).
    """
    doc = layout.doc
    i = last + 1
    while i < len(doc) and i - last <= 12 and layout.paragraph[i] == layout.paragraph[cue]:
        k = layout.inside[i]
        if k >= 0:
            end = layout.token_at(layout.quoted[k].close - 1)
            return end if layout.paragraph[end] == layout.paragraph[cue] else last
        if doc[i].text in (".", "!", "?", ";") or doc[i].pos_ in ("VERB", "AUX"):
            return last
        i += 1
    return last


def _speaker(layout: Layout, cue: Token) -> Token | None:
    def quoted(t: Token) -> bool:
        return layout.inside[t.i] >= 0

    subject = subject_of(cue, quoted) or name_before(cue, quoted)
    if subject is None or layout.inside[subject.i] >= 0 or layout.paragraph[subject.i] != layout.paragraph[cue.i]:
        return None
    return subject


def _attribution(layout: Layout, extent: tuple[int, int], direct: Coverage) -> Attribution | None:
    """The content of a reported clause over tokens [first, last], typed by the quotes it holds."""
    doc = layout.doc
    first, last = extent
    while first <= last and (doc[first].is_punct or doc[first].is_space) and layout.inside[first] < 0:
        first += 1
    if first <= last and doc[first].lower_ == "that" and doc[first].dep_ == "mark":
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and layout.inside[last] < 0:
        last -= 1
    if last - first + 1 < MIN_WORDS:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    held = sorted({layout.inside[j] for j in range(first, last + 1) if layout.inside[j] >= 0})
    for k in held:
        q = layout.quoted[k]
        start, end = min(start, q.open), max(end, q.close)
    if direct.hits(start, end):
        return None
    if held and _only_quotes(layout, start, end, held):
        parts = [p for k in held for p in layout.quoted[k].parts]
        # Quoted words without a verb are a phrase taken up in the reporter's clause (denounced
        # “the US policy of interference”): partial, not someone's whole utterance.
        kind = "direct" if any(doc[j].pos_ in ("VERB", "AUX") for j in range(first, last + 1)) else "partial"
        return Attribution(parts, kind, None, None, None, quoted=held)
    # One quoted word in a reported clause is a term marked off ("accused the US of “interfering”"),
    # not a partial quote: the clause stays indirect.
    words = sum(len(layout.text[a:b].split()) for k in held for a, b in layout.quoted[k].parts)
    return Attribution([(start, end)], "partial" if words > 1 else "indirect", None, None, None, quoted=held)


def _only_quotes(layout: Layout, start: int, end: int, held: list[int]) -> bool:
    """Whether text[start:end] is nothing but the passages `held` and punctuation."""
    text = layout.text
    pos = start
    for k in held:
        q = layout.quoted[k]
        if any(ch.isalnum() for ch in text[pos:q.open]):
            return False
        pos = q.close
    return not any(ch.isalnum() for ch in text[pos:end])
