"""RSS and Atom feeds (feedparser) and lists of URLs: the pages a watcher should fetch.

A feed gives its items' links, titles and dates; a list of URLs is a text file with one http(s)
URL per line (blank lines and `#` comments allowed). Anything else is neither, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

import feedparser

from tidings.records import Failure

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Link:
    """A page a feed or list points to, with what the feed says of it."""

    url: str
    title: str | None = None
    published: str | None = None     # ISO date the feed gives for the item


def read_links(data: bytes, *, origin: str) -> list[Link] | Failure:
    """The pages listed in `data` (a feed, or a list of URLs) fetched from or read at `origin`."""
    if not data.strip():
        return Failure(origin, "empty feed or list")
    parsed = feedparser.parse(data)
    if (parsed.get("version") and not parsed.bozo) or parsed.entries:
        return [link for e in parsed.entries if (link := _entry(e, origin)) is not None]
    text = data.decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if lines and all(_URL.match(line) for line in lines):
        return [Link(line) for line in lines]
    reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)() or "no feed items"
    return Failure(origin, f"neither an RSS/Atom feed nor a list of URLs ({reason})")


def _entry(entry, origin: str) -> Link | None:
    href = entry.get("link")
    if not href:
        return None
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    published = date(when.tm_year, when.tm_mon, when.tm_mday).isoformat() if when else None
    base = origin if origin.startswith(("http://", "https://")) else ""
    return Link(urljoin(base, href), entry.get("title") or None, published)
