"""Decisions that need a look around a piece: headings on their own line, the dateline at the
start, captions beside their credits, and the footer at the end.

Each function takes the pieces of one body in order and marks more of them removed; none of them
unmarks what an earlier rule removed.
"""

from __future__ import annotations

from tidings.clean.captions import is_marked_caption, is_portrait, looks_like_caption
from tidings.clean.layout import is_terminated
from tidings.clean.pieces import Piece, dateline_value
from tidings.clean.rules import Rules

MIN_TAG_WORDS = 3
TAG_CAPITAL_SHARE = 0.75
MAX_HEADING_WORDS = 16  # news titles run to about fifteen words


def mark_heading_lines(pieces: list[Piece]) -> None:
    """Short lines that do not end as sentences end, with article text after them: sub-headings
    (and a title repeated at the top). A line is a block: see layout.paragraphs."""
    blocks: dict[int, list[int]] = {}
    for i, piece in enumerate(pieces):
        blocks.setdefault(piece.block, []).append(i)
    text_after = False  # walking backwards: is there a sentence of article text further on?
    for number in sorted(blocks, reverse=True):
        kept = [i for i in blocks[number] if pieces[i].kept]
        line = " ".join(pieces[i].text for i in kept)
        if kept and text_after and _heading_like(line):
            for i in kept:
                pieces[i].reason, pieces[i].rule = "heading", "heading.line"
            _relabel_link(pieces, kept[0])
        elif any(is_terminated(pieces[i].text) for i in kept):
            text_after = True


def _relabel_link(pieces: list[Piece], i: int) -> None:
    # The line under "Read more:" or "Related:" is the title of a link, not a heading of this article.
    before = pieces[i - 1] if i else None
    if before is not None and before.reason == "navigation" and before.text.endswith(":"):
        pieces[i].reason, pieces[i].rule = "navigation", "navigation.link_title"


def _heading_like(line: str) -> bool:
    first = line.lstrip("\"“‘'(")[:1]
    return (not is_terminated(line) and len(line.split()) <= MAX_HEADING_WORDS
            and (first.isupper() or first.isdigit()))


def mark_lead(pieces: list[Piece], rules: Rules) -> list[Piece]:
    """The pieces with a byline or dateline cut off the start of the article's first kept text:
    "By Jane Doe", "MOSCOW (Reuters) -", "BEIJING, Feb 9 (Xinhua) --", "WASHINGTON —"."""
    first = next((i for i, p in enumerate(pieces) if p.kept), None)
    if first is None:
        return pieces
    piece = pieces[first]
    cut: list[Piece] = []
    text = piece.text
    while text:
        for rule in rules.lead:
            m = rule.pattern.match(text)
            if m and 0 < m.end() < len(text):
                dateline = None
                if rule.takes_dateline:
                    dateline = dateline_value(m.groupdict().get("dateline") or text[:m.end()])
                cut.append(Piece(text[:m.end()].strip(), piece.paragraph, piece.block, rule.reason, rule.id,
                                 dateline))
                text = text[m.end():].strip()
                break
        else:
            break
    if not cut:
        return pieces
    piece.text = text
    return [*pieces[:first], *cut, *pieces[first:]]


def mark_captions(pieces: list[Piece], rules: Rules) -> None:
    """Captions: the sentence just before a photo credit when it reads as a caption (a portrait's
    name, a position marker, a caption verb in the present tense), and any sentence that carries
    both a position marker and a caption verb. A text that is one marked caption and nothing else
    keeps it: there is no article beside it to mislead, and removing it would leave nothing."""
    alone = sum(p.kept for p in pieces) == 1
    for i, piece in enumerate(pieces):
        if not piece.kept:
            continue
        words = piece.text.split()
        follows = pieces[i + 1] if i + 1 < len(pieces) else None
        if follows is not None and follows.reason == "credit" and looks_like_caption(piece.text, rules):
            piece.reason = "caption"
            piece.rule = "caption.portrait" if is_portrait(words, rules) else "caption.before_credit"
        elif is_marked_caption(piece.text, rules) and not alone:
            piece.reason, piece.rule = "caption", "caption.marked"


def mark_tail(pieces: list[Piece]) -> None:
    """The footer at the end: piped links after the last sentence of article text, and the
    fragments that follow a footer there ("... | apps Help safeguard press freedom ...")."""
    last_text = max((i for i, p in enumerate(pieces) if p.kept and is_terminated(p.text)), default=-1)
    in_footer = False
    for piece in pieces[last_text + 1:]:
        if piece.rule == "navigation.pipes":
            piece.reason, piece.rule = "footer", "footer.pipes"
        if piece.reason == "footer":
            in_footer = True
        elif in_footer and piece.kept:
            piece.reason, piece.rule = "footer", "footer.tail"
        elif piece.kept and last_text >= 0 and _tag_line(piece.text):
            # (with no sentence at all, a run of capitalised words is the text itself: a headline)
            piece.reason, piece.rule = "navigation", "navigation.tag_line"


def _tag_line(text: str) -> bool:
    # After the last sentence, an unfinished run of capitalised words is a list of tags or topics
    # ("Russia Ukraine war Prigozhin Wagner Rostov"), not prose.
    words = text.split()
    capitals = sum(w[0].isupper() or w[0] == "#" for w in words)
    return len(words) >= MIN_TAG_WORDS and capitals >= TAG_CAPITAL_SHARE * len(words)
