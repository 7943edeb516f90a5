"""WARC files written for the tests: records built byte by byte, as crawlers write them."""

from __future__ import annotations

import gzip
from pathlib import Path

BODY = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday. "
        "The two leaders discussed trade and energy, officials said after the talks ended.")


def page(title: str, body: str = BODY, date: str | None = None) -> str:
    """An HTML news page; `date` goes in the page's metadata when given."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (f"<html><head><title>{title}</title>{meta}</head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1><p>{body}</p></article><footer>Copyright News Ltd</footer></body></html>")


def response(uri: str, html: str, *, status: int = 200, content_type: str = "text/html; charset=utf-8",
             date: str = "2024-03-05T10:00:00Z") -> bytes:
    """A WARC response record holding an HTTP response."""
    body = html.encode()
    http = (f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    block = http + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def warcinfo() -> bytes:
    block = b"software: tidings-tests\r\n"
    return (b"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:0>\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n"
            + f"Content-Length: {len(block)}\r\n\r\n".encode() + block + b"\r\n\r\n")


def write_warc(path: Path, records: list[bytes]) -> Path:
    """`records` into `path`; a `.gz` path gets one gzip member per record, as Common Crawl writes them."""
    data = b"".join(gzip.compress(r) for r in records) if path.suffix == ".gz" else b"".join(records)
    path.write_bytes(data)
    return path


def crawl() -> list[bytes]:
    """A small crawl: metadata, a dated page, an undated page, an image, a 404 and a redirect."""
    return [
        warcinfo(),
        response("https://news.example/a", page("Dated", date="2024-02-09")),
        response("https://news.example/b", page("Undated")),
        response("https://news.example/logo.png", "PNG", content_type="image/png"),
        response("https://news.example/gone", page("Not found"), status=404),
        response("https://news.example/moved", "", status=301),
    ]
