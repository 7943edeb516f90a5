"""JSON lines, one article per line (CONTRACT.md "Input records"), from a file or standard input.

Every line yields exactly one `Input` or one `Failure`, in order, so that `tidings extract -`
writes one record per line and other programs can drive tidings through a pipe.
"""

from __future__ import annotations

import json
import os
import select
from collections.abc import Iterable, Iterator

from tidings.records import Article, Failure
from tidings.sources.base import Input, article_id, normalise_date
from tidings.sources.html import read_html_text

_OPTIONAL = ("title", "url", "source", "author", "dateline", "language")


def read_jsonl(lines: Iterable[bytes], *, origin: str, max_bytes: int) -> Iterator[Input | Failure]:
    """One `Input` or `Failure` per line of `lines` (bytes, with or without their newlines)."""
    number = 0
    for number, line in enumerate(lines, start=1):
        yield read_line(line, origin=f"{origin}:{number}", max_bytes=max_bytes)


def read_line(line: bytes, *, origin: str, max_bytes: int) -> Input | Failure:
    """The article in one JSON line, or a Failure that says what is wrong with the line."""
    raw = line.rstrip(b"\r\n")
    aid = article_id(raw)
    if len(raw) > max_bytes:
        return Failure(origin, f"line is {len(raw):,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)", aid)
    if not raw.strip():
        return Failure(origin, "empty line: expected a JSON object", aid)
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Failure(origin, f"not JSON: {exc}", aid)
    if not isinstance(data, dict):
        return Failure(origin, f"expected a JSON object, got {type(data).__name__}", aid)
    if data.get("id") not in (None, ""):
        aid = str(data["id"])
    warnings: list[str] = []
    published = None
    given = data.get("published", data.get("date"))
    if given not in (None, ""):
        published = normalise_date(given)
        if published is None:
            warnings.append(f"unreadable publication date {given!r} ignored")
    meta = {k: str(data[k]) for k in _OPTIONAL if isinstance(data.get(k), str | int | float) and data[k] != ""}
    text, html = data.get("text"), data.get("html")
    if isinstance(text, str) and text.strip():
        article = Article(id=aid, published=published, **meta)
        return Input(origin, article, text, warnings=tuple(warnings))
    if isinstance(html, str) and html.strip():
        return read_html_text(html, origin=origin, article_id=aid, published=published, meta=meta,
                              warnings=tuple(warnings))
    if "text" in data or "html" in data:
        return Failure(origin, "'text' (or 'html') is empty or not a string", aid)
    return Failure(origin, "no 'text' or 'html' field", aid)


class StdinLines:
    """The lines of a pipe, read as they arrive; `ready()` tells whether another is already there.

    The pipeline batches articles for the parse; with a program driving tidings line by line, it
    must not wait for a full batch. Reading the file descriptor directly (not through Python's
    buffer) lets `select` answer truthfully.
    """

    def __init__(self, stream, *, read_size: int = 1 << 20):
        self.fd = stream.fileno()
        self.read_size = read_size
        self.buffer = bytearray()
        self.eof = False

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self._next_line(block=True)
            if line is None:
                return
            yield line

    def ready(self) -> bool:
        """Whether a whole line (or the end of input) can be read without waiting."""
        if b"\n" in self.buffer or self.eof:
            return True
        readable, _, _ = select.select([self.fd], [], [], 0)
        if readable:
            self._fill()
        return b"\n" in self.buffer or self.eof

    def _fill(self) -> None:
        data = os.read(self.fd, self.read_size)
        if data:
            self.buffer.extend(data)
        else:
            self.eof = True

    def _next_line(self, *, block: bool) -> bytes | None:
        while b"\n" not in self.buffer and not self.eof:
            self._fill()
        if b"\n" in self.buffer:
            i = self.buffer.index(b"\n") + 1
            line = bytes(self.buffer[:i])
            del self.buffer[:i]
            return line
        if self.buffer:
            line = bytes(self.buffer)
            self.buffer.clear()
            return line
        return None
