"""Quotation marks paired in plain text: every style, apostrophes, nesting, paragraphs."""

import pytest

from tidings.quotes.marks import quoted_spans


def contents(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in q.parts] for q in quoted_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Curly doubles,” she said.", [["Curly doubles,"]]),
    ('"Straight doubles," she said.', [["Straight doubles,"]]),
    ("‘Curly singles,’ she said.", [["Curly singles,"]]),
    ("'Straight singles,' she said.", [["Straight singles,"]]),
    ("«Guillemets,» she said.", [["Guillemets,"]]),
    ("« Spaced guillemets », she said.", [["Spaced guillemets"]]),
    ("„German style“ she said.", [["German style"]]),
    ("``Typewriter doubles,'' she said.", [["Typewriter doubles,"]]),
    ("''Two apostrophes,'' she said.", [["Two apostrophes,"]]),
    ("”Backwards opening mark.” ― Ana", [["Backwards opening mark."]]),
])
def test_every_quotation_style_pairs(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Clinton’s team said ‘no way’ to the states’ rights plan in the ’90s.", [["no way"]]),
    ("Don't say \"rock 'n' roll\" ever.", [["rock 'n' roll"]]),
    ("The firm's chief didn’t comment on O’Brien’s plan.", []),
    ("They danced 'til dawn, rockin' all night.", []),
])
def test_apostrophes_are_not_quotes(text, expected):
    assert contents(text) == expected


def test_a_quote_within_a_quote_belongs_to_the_outer_one():
    assert contents("“He told me, ‘Leave now,’ and I did,” she said.") == [["He told me, ‘Leave now,’ and I did,"]]


def test_a_quote_continues_into_a_paragraph_that_opens_with_a_mark():
    text = "“The harvest failed.\n\n“Then the house flooded,” he said."
    assert contents(text) == [["The harvest failed.", "Then the house flooded,"]]


def test_a_quote_left_open_ends_with_its_paragraph():
    text = '"The harvest failed and nobody came\n\nThe next day was quiet.'
    spans = quoted_spans(text)
    assert [[text[a:b] for a, b in q.parts] for q in spans] == [["The harvest failed and nobody came"]]
    assert [q.closed for q in spans] == [False]


def test_a_stray_straight_mark_does_not_swallow_the_next_curly_quote():
    text = '"Notes from the trip.\n\n“We saw the dam,” he said.'
    assert contents(text) == [["Notes from the trip."], ["We saw the dam,"]]


def test_marks_give_offsets_into_the_text():
    text = "He said “yes” twice."
    [quoted] = quoted_spans(text)
    assert (quoted.open, quoted.close, quoted.parts) == (8, 13, ((9, 12),))
