"""The article view's marked text: marks from a record, and the text cut at their edges."""

from tests.web.records import kharkiv
from tidings.records import Extraction, Removed
from tidings.web.markup import Mark, marks, pieces


def shape(ps):
    return [(p.kind, p.text, tuple(sorted(f"{m.layer}:{m.key}" for m in p.marks))) for p in ps]


def test_overlapping_marks_cut_the_text_and_labels_follow_their_span():
    text = "Xi said: Russia attacked Ukraine."
    ms = [Mark("quote", 9, 32, "q0", label="“ Xi"), Mark("actor", 9, 15, "a2", label="RUS"),
          Mark("event", 16, 24, "e1", label="190"), Mark("sentence", 9, 33, "e1"),
          Mark("actor", 25, 32, "a3", label="UKR")]
    assert shape(pieces(text, ms)) == [
        ("text", "Xi said: ", ()),
        ("open", "“ Xi", ("quote:q0",)),
        ("text", "Russia", ("actor:a2", "quote:q0", "sentence:e1")),
        ("tag", "RUS", ("actor:a2",)),
        ("text", " ", ("quote:q0", "sentence:e1")),
        ("text", "attacked", ("event:e1", "quote:q0", "sentence:e1")),
        ("tag", "190", ("event:e1",)),
        ("text", " ", ("quote:q0", "sentence:e1")),
        ("text", "Ukraine", ("actor:a3", "quote:q0", "sentence:e1")),
        ("tag", "UKR", ("actor:a3",)),
        ("text", ".", ("sentence:e1",)),
    ]


def test_removed_pieces_stand_at_their_offset_and_text_is_kept_whole():
    text = "First line.\n\nSecond line."
    removed = (Removed("BY A REPORTER", "byline", 0), Removed("Photo: X", "caption", 13),
               Removed("Ad", "advertisement"))
    ps = pieces(text, [], removed)
    assert [(p.kind, p.text) for p in ps] == [
        ("removed", "BY A REPORTER"), ("text", "First line.\n\n"), ("removed", "Photo: X"), ("text", "Second line.")]
    assert "".join(p.text for p in ps if p.kind == "text") == text


def test_marks_of_a_record_with_labels_and_titles():
    record = kharkiv()
    by_key = {(m.layer, m.key, m.start): m for m in marks(record)}
    shelled = by_key[("event", "e1", record.text.index("shelled"))]
    assert (shelled.label, shelled.css) == ("194 Fight with artillery and tanks · Russian forces → Ukrainian officials",
                                            "quad-4")
    assert shelled.title == ("Fight with artillery and tanks (194, material conflict, Goldstein -10); asserted; "
                             "date 2024-02-05; pattern test.194; confidence 0.9")
    zelensky = [m for m in marks(record) if m.layer == "actor" and m.key == "a3"]
    assert [(record.text[m.start:m.end], m.label) for m in zelensky] == [("Volodymyr Zelensky", "UKRGOV"),
                                                                        ("Zelensky", "UKRGOV")]
    [quote] = [m for m in marks(record) if m.layer == "quote"]
    assert (quote.label, quote.title) == ("“ Volodymyr Zelensky", "direct quote; speaker Volodymyr Zelensky; cue told")
    [claim] = [m for m in marks(record) if m.layer == "claim"]
    assert claim.label == "12 people 2024-02-05"


def test_spans_outside_the_text_are_left_out():
    record = Extraction.from_dict({
        "article": {"id": "x"}, "text": "Short.",
        "entities": [{"start": 0, "end": 5, "text": "Short", "label": "ORG"},
                     {"start": 3, "end": 99, "text": "?", "label": "ORG"},
                     {"start": 4, "end": 4, "text": "", "label": "ORG"}]})
    assert [(m.start, m.end) for m in marks(record)] == [(0, 5)]
    assert shape(pieces(record.text, marks(record), (Removed("tail", "footer", 99),)))[-1] == ("removed", "tail", ())


def test_no_record_text_is_lost_in_pieces():
    record = kharkiv()
    ps = pieces(record.text, marks(record), record.removed)
    assert "".join(p.text for p in ps if p.kind == "text") == record.text
    assert [p.text for p in ps if p.kind == "removed"] == [r.text for r in record.removed]
