"""WARC files: HTML responses only, the capture's URL, WARC-Date when the page has no date."""

import hashlib

import pytest

from tests.sources.warcs import crawl, page, response, write_warc
from tidings.records import Failure
from tidings.sources import Input, read
from tidings.sources.warc import read_warc_record, warc_records


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_only_html_responses_become_articles_with_url_and_date(tmp_path, name):
    path = write_warc(tmp_path / name, crawl())
    items = list(read([str(path)]))
    assert [(i.origin, i.article.url, i.article.published) for i in items] == [
        (f"{path}:2", "https://news.example/a", "2024-02-09"),
        (f"{path}:3", "https://news.example/b", "2024-03-05"),
    ]
    assert all(isinstance(i, Input) for i in items)


def test_capture_date_stands_in_only_when_the_page_has_none(tmp_path):
    path = write_warc(tmp_path / "c.warc", crawl())
    dated, undated = read([str(path)])
    assert not any("WARC-Date" in w for w in dated.warnings)
    assert undated.warnings == ("no publication date in the page: the capture date 2024-03-05 (WARC-Date) stands in",)


def test_id_is_the_sha256_of_the_http_body(tmp_path):
    html = page("Dated", date="2024-02-09")
    path = write_warc(tmp_path / "c.warc", [response("https://news.example/a", html)])
    [item] = read([str(path)])
    assert item.article.id == hashlib.sha256(html.encode()).hexdigest()


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_record_is_read_again_from_its_byte_offset(tmp_path, name):
    path = write_warc(tmp_path / name, crawl())
    found = list(warc_records(path))
    assert [n for n, _ in found] == [2, 3]
    again = [read_warc_record(path, offset, origin=f"{path}:{n}") for n, offset in found]
    assert again == list(read([str(path)]))


def test_a_page_without_main_text_is_a_failure_and_the_others_go_on(tmp_path):
    path = write_warc(tmp_path / "c.warc", [response("https://x.example/empty", "<html><body><p>Hi</p></body></html>"),
                                             response("https://x.example/a", page("Dated", date="2024-02-09"))])
    first, second = read([str(path)])
    assert first == Failure(f"{path}:1", "no main text found in the HTML page", first.article_id)
    assert isinstance(second, Input)


@pytest.mark.parametrize(("content", "problem"), [
    (b"this is not a WARC file at all\n", "cannot read WARC file: Invalid WARC header"),
    (b"", "no WARC record in the file (not a WARC file?)"),
])
def test_a_file_that_is_not_a_warc_fails_once(tmp_path, content, problem):
    path = tmp_path / "bad.warc"
    path.write_bytes(content)
    assert list(read([str(path)])) == [Failure(str(path), problem)]
