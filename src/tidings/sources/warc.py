"""WARC files (`.warc`, `.warc.gz`; Common Crawl's news archive is WARC), streamed record by record.

Only HTTP responses with status 2xx and an HTML body are articles; every other record (requests,
metadata, images, redirects, errors) is passed over. A page goes through the HTML reader
(html.py) with the capture's URL (`WARC-Target-URI`); the capture's date (`WARC-Date`) stands in
as the publication date when the page gives none, with a warning that says so. An article's
origin is `path:N`, N the record's number in the file (1 for the first record), and its id the
sha256 of the HTTP body. Records are found by byte offset, so the batch runner can send a worker
to one record of a large file (gzip members are independent, so an offset into a `.warc.gz`
works too).
"""

from __future__ import annotations

import codecs
import contextlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from tidings.records import Failure
from tidings.sources.base import DEFAULT_MAX_BYTES, Input, article_id
from tidings.sources.html import read_html_text

HTML_TYPES = ("text/html", "application/xhtml+xml")
_NO_DATE = "no publication date: relative dates left unresolved"


def read_warc(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Input | Failure]:
    """The article of every HTML response in the WARC file `path`, in file order."""
    try:
        with path.open("rb") as stream:
            number = 0
            for number, record in enumerate(ArchiveIterator(stream, parse_http=True), start=1):
                if is_page(record):
                    yield read_record(record, origin=f"{path}:{number}", max_bytes=max_bytes)
    except OSError as exc:
        yield Failure(str(path), f"cannot read WARC file: {exc.strerror or exc}")
        return
    if number == 0:
        yield Failure(str(path), "no WARC record in the file (not a WARC file?)")


def warc_records(path: Path) -> Iterator[tuple[int, int]]:
    """(number, byte offset) of each HTML response in the WARC file `path`; nothing for an unreadable file."""
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream, parse_http=True), start=1):
                if is_page(record):
                    yield number, record.stream_pos
    except OSError:
        return


def read_warc_record(path: Path, offset: int, *, origin: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Input | Failure:
    """The article of the record at byte `offset` of the WARC file `path`."""
    with path.open("rb") as stream:
        stream.seek(offset)
        for record in ArchiveIterator(stream, parse_http=True):
            return read_record(record, origin=origin, max_bytes=max_bytes)
    return Failure(origin, f"no WARC record at byte {offset}")


def is_page(record: WarcRecord) -> bool:
    """Whether a record is an HTTP response with status 2xx and an HTML body."""
    if record.record_type != WarcRecordType.response or record.http_headers is None:
        return False
    status = record.http_headers.status_code or 0
    return 200 <= status < 300 and (record.http_content_type or "").lower() in HTML_TYPES


def read_record(record: WarcRecord, *, origin: str, max_bytes: int) -> Input | Failure:
    """The article in one HTML response record."""
    body = record.reader.read(max_bytes + 1)
    if len(body) > max_bytes:
        return Failure(origin, f"page is over the {max_bytes:,}-byte limit (--max-bytes)")
    aid = article_id(body)
    if not body.strip():
        return Failure(origin, "empty HTTP response body", aid)
    html, warnings = _decode(body, record.http_charset)
    url = record.headers.get("WARC-Target-URI")
    item = read_html_text(html, origin=origin, article_id=aid, meta={"url": url} if url else None,
                          warnings=warnings)
    captured = record.record_date.date().isoformat() if record.record_date else None
    if isinstance(item, Input) and item.article.published is None and captured:
        kept = tuple(w for w in item.warnings if w != _NO_DATE)
        item = replace(item, article=replace(item.article, published=captured),
                       warnings=(*kept, f"no publication date in the page: the capture date {captured} "
                                        "(WARC-Date) stands in"))
    return item


def _decode(body: bytes, charset: str | None) -> tuple[str, tuple[str, ...]]:
    encoding = "utf-8"
    if charset:
        with contextlib.suppress(LookupError):  # an unknown charset name: try UTF-8
            encoding = codecs.lookup(charset).name
    try:
        return body.decode(encoding), ()
    except UnicodeDecodeError:
        text = body.decode(encoding, errors="replace")
        return text, (f"{text.count(chr(0xFFFD))} undecodable byte sequence(s) replaced with U+FFFD "
                      f"(page is not valid {encoding})",)
