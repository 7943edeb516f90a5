import io
import json

import pytest

from tidings.records import Failure
from tidings.sources import Input, read
from tidings.sources.jsonl import StdinLines

BODY = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday."


def one(tmp_path, name: str, content: bytes, **options):
    path = tmp_path / name
    path.write_bytes(content)
    [item] = list(read([str(path)], **options))
    return item


@pytest.mark.parametrize("header", ["date 2024-02-09", " date 2024-02-09 ", "\n\ndate   2024-02-09\t"])
def test_plain_date_header_with_spaces_around(tmp_path, header):
    item = one(tmp_path, "a.txt", f"{header}\n\n{BODY}\n".encode())
    assert isinstance(item, Input)
    assert (item.article.published, item.body.strip()) == ("2024-02-09", BODY)


def test_plain_id_is_sha256_of_raw_bytes(tmp_path):
    raw = f"date 2024-02-09\n{BODY}".encode()
    item = one(tmp_path, "a.txt", raw)
    import hashlib

    assert item.article.id == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data, not text"),
    (b"date 2024-13-45\nText.", "malformed date line 'date 2024-13-45': expected 'date YYYY-MM-DD'"),
    (b"date yesterday\nText.", "malformed date line 'date yesterday': expected 'date YYYY-MM-DD'"),
    (b"Text without a date line.", "no date line: expected a first line 'date YYYY-MM-DD' (or pass --allow-undated)"),
    (b"date 2024-02-09\n\n  \n", "no article text after the date line"),
])
def test_bad_plain_files_fail_with_one_clear_line(tmp_path, content, problem):
    item = one(tmp_path, "bad.txt", content)
    assert isinstance(item, Failure)
    assert item.line() == f"{tmp_path / 'bad.txt'}: {problem}"


def test_undated_file_is_accepted_when_asked(tmp_path):
    item = one(tmp_path, "a.txt", BODY.encode(), allow_undated=True)
    assert item.article.published is None
    assert item.warnings == ("no publication date: relative dates left unresolved",)


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path):
    item = one(tmp_path, "a.txt", b"date 2024-02-09\nCaf\xe9 owners protested in Paris on Monday.")
    assert item.body == "Caf\ufffd owners protested in Paris on Monday."
    assert item.warnings == ("1 undecodable byte sequence(s) replaced with U+FFFD (input is not valid UTF-8)",)


def test_file_over_the_size_limit_fails(tmp_path):
    item = one(tmp_path, "big.txt", b"date 2024-02-09\n" + b"word " * 300, max_bytes=1000)
    assert item.problem == "file is 1,516 bytes, over the 1,000-byte limit (--max-bytes)"


def test_jsonl_one_item_per_line_in_order(tmp_path):
    lines = [
        {"id": "one", "text": BODY, "published": "2024-02-09", "title": "Visit", "url": "https://x.org/1"},
        "not json",
        {"text": BODY, "date": "2024-02-09T08:30:00Z"},
        {"title": "no text"},
        {"text": "", "published": "2024-02-09"},
        [1, 2],
        {"text": BODY, "published": "last week"},
    ]
    raw = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    path = tmp_path / "in.jsonl"
    path.write_text(raw)
    items = list(read([str(path)]))
    assert [type(i).__name__ for i in items] == ["Input", "Failure", "Input", "Failure", "Failure", "Failure",
                                                 "Input"]
    assert items[0].article.id == "one" and items[0].article.title == "Visit"
    assert items[2].article.published == "2024-02-09"
    assert items[1].origin == f"{path}:2" and items[1].problem.startswith("not JSON: ")
    assert items[3].problem == "no 'text' or 'html' field"
    assert items[4].problem == "'text' (or 'html') is empty or not a string"
    assert items[5].problem == "expected a JSON object, got list"
    assert items[6].warnings == ("unreadable publication date 'last week' ignored",)


HTML = """<html><head><title>Iran and Saudi Arabia talk | World News</title>
<meta property="article:published_time" content="2024-03-05"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Iran and Saudi Arabia talk</h1>
<p>The Iranian foreign minister met his Saudi counterpart in Riyadh on Tuesday, the first such visit in years,
officials in both countries said after the meeting ended late in the evening.</p>
<p>The two ministers discussed the war in Yemen and trade between their countries, according to a statement
released by the Saudi foreign ministry on Wednesday morning.</p>
<figure><img src="x.jpg"><figcaption>The ministers shake hands in Riyadh. Photo: AFP</figcaption></figure>
</article>
<footer><p>Copyright 2024 World News. All rights reserved.</p></footer></body></html>"""


def test_html_file_main_text_metadata_and_chrome(tmp_path):
    item = one(tmp_path, "page.html", HTML.encode())
    assert "met his Saudi counterpart in Riyadh" in item.body
    assert "All rights reserved" not in item.body
    assert item.article.published == "2024-03-05"
    assert item.article.title == "Iran and Saudi Arabia talk"
    removed = {(r.text, r.reason) for r in item.removed}
    assert ("Copyright 2024 World News. All rights reserved.", "footer") in removed
    assert ("Home World", "navigation") in removed
    assert ("The ministers shake hands in Riyadh. Photo: AFP", "caption") in removed
    assert "\n\nThe two ministers discussed" in item.body


def test_html_line_in_jsonl(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "p1", "html": HTML, "published": "2024-03-06"}) + "\n")
    [item] = list(read([str(path)]))
    assert item.article.id == "p1" and item.article.published == "2024-03-06"
    assert "Saudi counterpart" in item.body


def test_html_without_main_text_fails(tmp_path):
    item = one(tmp_path, "empty.html", b"<html><body><nav>Home</nav></body></html>")
    assert item.problem == "no main text found in the HTML page"


def test_directories_are_searched_recursively_by_extension_and_globs_expand(tmp_path):
    (tmp_path / "d" / "e").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text(f"date 2024-01-01\n{BODY}")
    (tmp_path / "d" / "e" / "b.txt").write_text(f"date 2024-01-02\n{BODY}")
    (tmp_path / "d" / "notes.md").write_text("# not an article")
    assert [i.origin for i in read([str(tmp_path / "d")])] == [str(tmp_path / "d" / "a.txt"),
                                                               str(tmp_path / "d" / "e" / "b.txt")]
    assert [i.article.published for i in read([str(tmp_path / "d" / "**" / "*.txt")])] == ["2024-01-01",
                                                                                          "2024-01-02"]
    [missing] = read([str(tmp_path / "nothing-*.txt")])
    assert missing.problem == "no such file, directory or matching glob"


def test_stdin_lines_reads_lines_as_they_come():
    stream = io.BytesIO(b'{"text": "a"}\n{"text": "b"}')
    stream.fileno = lambda: _pipe_with(stream.getvalue())
    lines = StdinLines(stream)
    assert list(lines) == [b'{"text": "a"}\n', b'{"text": "b"}']


def _pipe_with(data: bytes) -> int:
    import os

    r, w = os.pipe()
    os.write(w, data)
    os.close(w)
    return r
