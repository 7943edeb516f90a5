"""Direct, partial and reported speech, each tied to the actor who said it.

How it goes: quotation marks are paired in the raw text (marks.py); each quoted passage is tied
to the words around it that name the speaker and the cue (direct.py); then every speech verb
and "according to" phrase not yet used gives a reported clause from the parse (reported.py),
partial when it holds a quoted passage. Short quoted phrases that nothing attributes are scare
quotes or titles and are left out. The speaker is the head of the cue's subject, tied to an
actor through the actors' linked mentions (speaker.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.quotes.attribution import Attribution, Coverage, to_quote
from tidings.quotes.continued import join_continued
from tidings.quotes.cues import find_cues
from tidings.quotes.direct import (
    colon_cue,
    frame_after,
    frame_before,
    frame_colon,
    frame_colon_clause,
    is_title,
    labelled,
)
from tidings.quotes.layout import Layout, lay_out
from tidings.quotes.lexicon import not_speakers
from tidings.quotes.marks import quoted_spans
from tidings.quotes.reported import reported_speech
from tidings.records import Actor, Quote


def find_quotes(text: str, doc: Doc, actors: Sequence[Actor], *, min_words: int = 6) -> tuple[Quote, ...]:
    """The quotes and attributions of the article with their speakers, in text order.

    An unattributed quoted passage is kept (with no speaker) only from `min_words` words and
    when it is not a title: shorter ones are scare quotes ("no holds barred") or names of works.
    """
    if not text.strip():
        return ()
    layout = lay_out(doc, text, quoted_spans(text))
    cues = find_cues(layout)
    found = _direct(layout, cues)
    used = {a.cue_token for a in found if a.cue_token is not None}
    found += reported_speech(layout, cues, used, found)
    join_continued(layout, found, _held(layout, found), cues)
    held = _held(layout, found)
    covered = Coverage(found)
    for k, q in enumerate(layout.quoted):
        if k not in held and not covered.hits(q.start, q.end) and _speech_like(layout, k, min_words):
            found.append(Attribution(list(q.parts), "direct", None, None, None, quoted=[k]))
    found.sort(key=lambda a: (a.start, -a.end))
    return tuple(to_quote(a, text, actors) for a in found)


def _direct(layout: Layout, cues: dict) -> list[Attribution]:
    """Quoted passages with the frames that attribute them, split quotes joined."""
    found = labelled(layout, not_speakers())
    for a in found:
        a.quoted = [k for k in layout.passages(a.start, a.end) if a.overlaps(*layout.quoted[k].parts[0])]
    taken = {k for a in found for k in a.quoted}
    found += _blocks(layout, cues)
    k = 0
    quoted = layout.quoted
    while k < len(quoted):
        if k in taken:
            k += 1
            continue
        attribution = frame_after(layout, k, cues) or frame_before(layout, k, cues) or frame_colon(layout, k, cues) \
            or frame_colon_clause(layout, k)
        if attribution is None:
            k += 1
            continue
        last = found[-1] if found else None
        if last is not None and last.cue_token is not None and last.cue_token == attribution.cue_token \
                and last.quoted and last.quoted[-1] == k - 1 and _right_after(layout, quoted[k].open):
            # “A,” he said, “B.”: the cue after A leads into B too; one quote in two parts.
            last.parts.extend(quoted[k].parts)
            last.quoted.append(k)
            last.frame_end = max(last.frame_end, quoted[k].close)
        else:
            attribution.quoted = [k]
            found.append(attribution)
        k += 1
    return found


def _right_after(layout: Layout, offset: int) -> bool:
    """Whether the passage opening at `offset` follows punctuation, as the second part of a split
    quote does (“A,” he told the paper on Monday, “B.”); “A,” he told the program “Evening Report”
    names a show in the frame, no part of the quote.
    """
    return not layout.text[max(0, offset - 40):offset].rstrip()[-1:].isalnum()


def _held(layout: Layout, found: list[Attribution]) -> set[int]:
    """The quoted passages some attribution already holds."""
    held = {k for a in found for k in a.quoted}
    held |= {k for a in found if a.kind != "direct" for k in layout.passages(a.start, a.end)}
    return held


def _blocks(layout: Layout, cues: dict) -> list[Attribution]:
    """Paragraphs without quotation marks that a "he said:" ending the paragraph before introduces."""
    doc = layout.doc
    out: list[Attribution] = []
    for i in layout.where(layout.orth, {doc.vocab.strings[":"]}):
        token = doc[i]
        if layout.inside[i] >= 0:
            continue
        nxt = i + 1
        if nxt >= len(doc) or not doc[nxt].is_space or "\n" not in doc[nxt].text:
            continue
        first = nxt + 1
        if first >= len(doc) or layout.inside[first] >= 0 or doc[first].text in "\"“”'‘’«":
            continue
        last = first
        while last + 1 < len(doc) and layout.paragraph[last + 1] == layout.paragraph[first]:
            last += 1
        while last > first and doc[last].is_space:
            last -= 1
        if last - first < 3:
            continue
        span = (doc[first].idx, doc[last].idx + len(doc[last]))
        found = colon_cue(layout, token.i, cues, [span], span[1])
        if found is not None:
            out.append(found)
    return out


def _speech_like(layout: Layout, k: int, min_words: int) -> bool:
    """Whether unattributed passage k reads as someone's words: long enough and no title."""
    q = layout.quoted[k]
    first, last = layout.token_at(q.start), layout.token_at(q.end - 1)
    words = [t for t in layout.doc[first:last + 1] if t.is_alpha]
    if len(words) < min_words:
        return False
    if is_title(layout, q):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in words)


__all__ = ["find_quotes"]
