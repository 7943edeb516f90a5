"""Quotes that go on past their attribution: split quotes (“A,” he said, “B.”), the speaker's next
sentence (“A,” he said on Monday. “B.”) and the speaker's next paragraph (“A,” he said.¶“B.”).

A news writer names the speaker once and goes on quoting: a passage that opens right after an
attributed quote's frame, with nothing but the rest of that frame's sentence between, is the same
speaker's (unless the words after it name someone else).
"""

from __future__ import annotations

from tidings.quotes.attribution import Attribution
from tidings.quotes.direct import SENTENCE_END, SHORT, frame_after, is_title
from tidings.quotes.layout import Layout
from tidings.quotes.lexicon import Verb
from tidings.quotes.marks import Quoted

MAX_REST = 40       # tokens of a frame's sentence after its cue ("said of their years in office ...")


def join_continued(layout: Layout, found: list[Attribution], owned: set[int], cues: dict[int, Verb]) -> None:
    """Join to each direct quote the unattributed passages that go on from it."""
    quoted = layout.quoted
    n = 0
    while n < len(found):                      # the loop visits the attributions it adds, too
        attribution = found[n]
        n += 1
        if not attribution.quoted or attribution.kind == "indirect":
            continue
        m = max(attribution.quoted) + 1
        while m < len(quoted):
            if m not in owned and goes_on(layout, attribution, m, cues):
                if attribution.kind == "partial" and "\n" in layout.text[attribution.frame_end:quoted[m].open]:
                    # saying the court would “abolish the right.”¶“...”: the speaker's own words
                    # next, a quote of their own rather than more of the reporter's clause.
                    found.append(Attribution(list(quoted[m].parts), "direct", attribution.cue_text,
                                             attribution.cue_span, attribution.cue_class, attribution.speaker,
                                             attribution.speaker_span, frame_end=quoted[m].close,
                                             cue_token=attribution.cue_token, quoted=[m]))
                    owned.add(m)
                    break
                attribution.parts.extend(quoted[m].parts)
                attribution.quoted.append(m)
                attribution.frame_end = max(attribution.frame_end, quoted[m].close)
                owned.add(m)
            elif not _in_frame(layout, attribution, m):
                break
            m += 1


def goes_on(layout: Layout, attribution: Attribution, k: int, cues: dict[int, Verb]) -> bool:
    """Whether passage k continues the quote just attributed."""
    q = layout.quoted[k]
    gap = layout.text[attribution.frame_end:q.open]
    if "\n" in gap:
        if any(ch.isalnum() for ch in gap) or not _opens_paragraph_alone(layout, q):
            return False
    elif any(ch.isalnum() for ch in gap):
        if not _rest_of_sentence(layout, attribution.frame_end, q, cues):
            return False
    elif layout.text[max(0, q.open - 40):q.open].rstrip()[-1:].isalnum():
        return False                # told the program “Evening Report”: an object in the frame, no new part
    return not _own_speaker(layout, k, cues)


def _own_speaker(layout: Layout, k: int, cues: dict[int, Verb]) -> bool:
    """Whether the words after passage k attribute it (or a clause it opens) to someone:
    “...” to drive up the price, she said — her partial quote, not the last speaker's words.
    """
    q = layout.quoted[k]
    doc = layout.doc
    i = layout.token_at(q.close - 1) + 1
    # A passage ending its own sentence (“... wheelhouse.” He said ...) leaves the next one out.
    ends_sentence = layout.text[q.end - 1:q.end] in (".", "!", "?")
    while i < len(doc) and layout.inside[i] < 0 and "\n" not in doc[i].text and doc[i].text not in SENTENCE_END:
        if ends_sentence and doc[i].is_title and doc[i].is_alpha and i not in cues:
            break
        if i in cues:
            return True
        i += 1
    return frame_after(layout, k, cues) is not None


def _rest_of_sentence(layout: Layout, start: int, q: Quoted, cues: dict[int, Verb]) -> bool:
    """Whether text[start:q.open] only finishes the frame's sentence ("said of their years in office.")
    and q opens the next one: no other cue, no other sentence, the last word before q ending it.
    """
    doc = layout.doc
    first, opening = layout.token_at(start), layout.token_at(q.open)
    if opening - first > MAX_REST:
        return False
    ended = layout.text[max(0, start - 5):start].rstrip()[-1:] in SENTENCE_END
    i = first
    while i < opening:
        k = layout.inside[i]
        if doc[i].is_space:
            i += 1
            continue
        if ended:
            return False            # a sentence of the writer's own comes between
        if k >= 0:
            # said on the show “This Week.” “B”: the title's period ends the frame's sentence.
            ended = layout.text[layout.quoted[k].end - 1:layout.quoted[k].end] in SENTENCE_END
            i = layout.token_at(layout.quoted[k].close - 1) + 1
            continue
        if i in cues and doc[i].dep_ != "relcl":
            return False            # another attribution (a relative clause is the speaker's own)
        ended = doc[i].text in SENTENCE_END
        i += 1
    return ended


def _in_frame(layout: Layout, attribution: Attribution, k: int) -> bool:
    """Whether passage k is a title or a short phrase inside the frame's own sentence (told the
    program “Evening Report” after the show): the speaker's next words may come after it.
    """
    q = layout.quoted[k]
    gap = layout.text[attribution.frame_end:q.open]
    if "\n" in gap or any(ch in SENTENCE_END for ch in gap):
        return False
    words = sum(len(layout.text[a:b].split()) for a, b in q.parts)
    return words < SHORT or is_title(layout, q)


def _opens_paragraph_alone(layout: Layout, q: Quoted) -> bool:
    """Whether passage q is a whole paragraph: the next paragraph of a speaker's quote (“...,” he
    said.¶“...”) goes on in the speaker's words, by the news convention.
    """
    text = layout.text
    before = text[text.rfind("\n", 0, q.open) + 1:q.open]
    line_end = text.find("\n", q.close)
    after = text[q.close:line_end if line_end >= 0 else len(text)]
    return not before.strip() and not any(ch.isalnum() for ch in after)
