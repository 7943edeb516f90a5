"""A body cut into pieces (sentences and parts of sentences), each kept or removed by a rule.

The first pass reads every block on its own: piped link runs, then sentences, then the openers
inside a sentence ("Photo:", "Article type:"), then prefixes ("Share this article Facebook ...",
a quoted sub-heading) and whole-sentence rules. What needs a look around (captions, headings on
their own line, the dateline, the trailing footer) is decided afterwards, in context.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from tidings.clean.layout import normalise, paragraphs, pipe_runs, sentences
from tidings.clean.rules import Rules


@dataclass(slots=True, eq=False)  # pieces are compared by identity: two equal lines are two pieces
class Piece:
    """A stretch of the body: kept when `reason` is None, else removed by `rule` for `reason`."""

    text: str
    paragraph: int
    block: int
    reason: str | None = None
    rule: str | None = None
    dateline: str | None = None

    @property
    def kept(self) -> bool:
        return self.reason is None


def cut(body: str, rules: Rules) -> list[Piece]:
    """The pieces of `body`, in order, with what the rules can tell of each on its own."""
    out: list[Piece] = []
    block_number = 0
    for p, blocks in enumerate(paragraphs(body)):
        for block in blocks:
            out += [Piece(text, p, block_number, reason, rule, dateline)
                    for text, reason, rule, dateline in _block(block, rules)]
            block_number += 1
    return out


Cut = tuple[str, str | None, str | None, str | None]   # text, reason, rule id, dateline


def _block(block: str, rules: Rules) -> list[Cut]:
    out: list[Cut] = []
    cursor = 0
    for start, end in pipe_runs(block):
        out += _sentences(block[cursor:start], rules)
        out.append((block[start:end].strip(), "navigation", "navigation.pipes", None))
        cursor = end
    out += _sentences(block[cursor:], rules)
    return [c for c in out if c[0]]


def _sentences(text: str, rules: Rules) -> list[Cut]:
    text = text.strip()
    out: list[Cut] = []
    for start, end in sentences(text, rules.abbreviations):
        out += _openers(text[start:end], rules)
    return out


def _openers(sentence: str, rules: Rules) -> list[Cut]:
    """The sentence split where an opener begins boilerplate; the part before goes on to `classify`."""
    accepted = [(m.start(), m.end(), rules.opener_at(m)) for m in rules.openers.finditer(sentence)]
    if not accepted:
        return classify(sentence, rules)
    out = classify(sentence[:accepted[0][0]].strip(), rules)
    for n, (start, end, rule) in enumerate(accepted):
        stop = accepted[n + 1][0] if n + 1 < len(accepted) else len(sentence)
        rest = ""
        if sentence[start] == "(" and ")" in sentence[end - 1:stop]:
            # A bracketed credit ends at its bracket: "(Photo: AFP) The army denied ..." goes on.
            close = sentence.index(")", end - 1, stop) + 1
            if sentence[close:close + 1] == ".":
                close += 1
            stop, rest = close, sentence[close:stop].strip()
        piece = sentence[start:stop].strip()
        dateline = dateline_value(piece[end - start:]) if rule.takes_dateline else None
        out.append((piece, rule.reason, rule.id, dateline))
        out += classify(rest, rules)
    return out


def classify(text: str, rules: Rules) -> list[Cut]:
    """`text` cut by the prefix rules, then its rest matched against the whole-sentence rules."""
    out: list[Cut] = []
    while text:
        for rule in rules.prefix:
            m = rule.pattern.match(text)
            if m and m.end() > 0:
                out.append((text[:m.end()].strip(), rule.reason, rule.id, None))
                text = text[m.end():].strip()
                break
        else:
            break
    if text:
        rule = rules.sentence_rule(text)
        out.append((text, rule.reason, rule.id, None) if rule else (text, None, None, None))
    return out


def dateline_value(text: str) -> str | None:
    """The place a dateline names, as written but with capitals only where a name has them:
    "MOSCOW" -> "Moscow", "KYIV, Ukraine" -> "Kyiv, Ukraine"; None when nothing is left."""
    text = normalise(text).strip(" .,;:-—–")
    if not text:
        return None
    return " ".join(_recase(word) for word in text.split(" "))


def _recase(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    # Three letters or fewer in capitals are an abbreviation ("UAE", "DC"), not a shouted name.
    if len(letters) > 3 and all(c.isupper() for c in letters) and "." not in word:
        return "-".join(part.capitalize() for part in word.split("-"))
    return word
