"""What every reader shares: the `Input` it yields, ids, size limits and decoding of bytes."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tidings.records import Article, Failure, Removed

DEFAULT_MAX_BYTES = 10_000_000

# Share of bytes that may be control characters before a file counts as binary rather than text.
BINARY_CONTROL_SHARE = 0.05
_CONTROL = bytes(range(0, 9)) + bytes([11, 12]) + bytes(range(14, 32))


@dataclass(frozen=True, slots=True)
class Input:
    """One article as read, before any extraction."""

    origin: str                          # a path, `path:line` or `<stdin>:line`
    article: Article
    body: str                            # the body text the pipeline cleans
    removed: tuple[Removed, ...] = ()    # what the reader already left out (an HTML page's chrome)
    warnings: tuple[str, ...] = ()


def article_id(raw: bytes) -> str:
    """The id of an article given by no one: the sha256 of its raw bytes."""
    return hashlib.sha256(raw).hexdigest()


def read_bytes(path: Path, *, max_bytes: int) -> bytes | Failure:
    """The bytes of `path`, or a Failure when it is unreadable, empty or over `max_bytes`."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Failure(origin, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        return Failure(origin, f"cannot read: {exc.strerror or exc}")
    if not raw.strip():
        return Failure(origin, "empty file", article_id(raw))
    return raw


def decode(raw: bytes, origin: str) -> tuple[str, tuple[str, ...]] | Failure:
    """The text of `raw` (UTF-8, a BOM dropped) and its warnings, or a Failure for binary data."""
    sample = raw[:65536]
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    if b"\x00" in sample or controls > BINARY_CONTROL_SHARE * len(sample):
        return Failure(origin, "binary data, not text", article_id(raw))
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        text = raw.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        return text, (f"{bad} undecodable byte sequence(s) replaced with U+FFFD (input is not valid UTF-8)",)


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def normalise_date(value: object) -> str | None:
    """An ISO date (`2024-02-09`, `2024-02`, `2024`) from a date or date-time string, else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = _DATE.match(value)
    if m:
        try:
            date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
        except ValueError:
            return None
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None
