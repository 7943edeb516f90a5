"""`tidings watch`: fetch the new items of feeds and lists of URLs, extract and store them, every so often.

What the watcher has met is kept in the store (`seen_pages`), so a restarted watcher fetches no
page twice: a stored page never again, a failed one again in a later round unless the failure is
final (404, robots.txt) or it failed MAX_ATTEMPTS times. Every failure also goes to the store's
`failures` table, with the URL as its origin.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlalchemy as sa

from tidings.errors import ConfigError
from tidings.pipeline import Pipeline
from tidings.records import Failure
from tidings.sources.base import Input, article_id
from tidings.sources.feeds import Link, read_links
from tidings.sources.html import read_html_text
from tidings.store import Store
from tidings.store import schema as s
from tidings.watch.fetcher import Fetcher

MAX_ATTEMPTS = 3
_NO_DATE = "no publication date: relative dates left unresolved"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


@dataclass
class Round:
    """What one round did: pages new to the watcher, stored, failed; feeds that failed."""

    new: int = 0
    stored: int = 0
    failures: list[Failure] = field(default_factory=list)


def parse_every(value: str) -> float:
    """Seconds in a duration such as `15m`, `30s`, `1h`, `1d` (a bare number is seconds)."""
    m = _DURATION.match(value)
    if m is None or float(m[1]) <= 0:
        raise ConfigError(f"unreadable interval {value!r}: use e.g. 30s, 15m, 1h")
    return float(m[1]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m[2].lower()]


def watch_round(sources: Iterable[str], store: Store, pipeline: Pipeline, fetcher: Fetcher) -> Round:
    """Fetch, extract and store the pages of `sources` (feed URLs or files, URL lists) not met before."""
    done = Round()
    for source in sources:
        links = _links(source, fetcher)
        if isinstance(links, Failure):
            store.write_failure(links)
            done.failures.append(links)
            continue
        seen = _seen(store, [link.url for link in links])
        for link in links:
            status, attempts = seen.get(link.url, (None, 0))
            if status == "stored" or attempts >= MAX_ATTEMPTS:
                continue
            done.new += 1
            result, final = _page(link, fetcher, pipeline, store)
            if isinstance(result, Failure):
                store.write_failure(result)
                done.failures.append(result)
                # a final failure (404, robots.txt) is not tried again
                _mark(store, link.url, source, "failed", None, MAX_ATTEMPTS if final else attempts + 1, result.problem)
            else:
                done.stored += 1
                _mark(store, link.url, source, "stored", result, attempts + 1, None)
    return done


def watch(sources: list[str], store: Store, pipeline: Pipeline, fetcher: Fetcher, *, every: float,
          rounds: int | None = None, on_round: Callable[[Round], None] | None = None) -> None:
    """Run `watch_round` every `every` seconds, `rounds` times (forever when None)."""
    count = 0
    while rounds is None or count < rounds:
        started = time.monotonic()
        done = watch_round(sources, store, pipeline, fetcher)
        if on_round:
            on_round(done)
        count += 1
        if rounds is None or count < rounds:
            time.sleep(max(0.0, every - (time.monotonic() - started)))


def _links(source: str, fetcher: Fetcher) -> list[Link] | Failure:
    if source.startswith(("http://", "https://")):
        fetched = fetcher.get(source)
        if fetched.data is None:
            return Failure(source, f"cannot fetch the feed: {fetched.problem}")
        return read_links(fetched.data, origin=source)
    try:
        return read_links(Path(source).read_bytes(), origin=source)
    except OSError as exc:
        return Failure(source, f"cannot read: {exc.strerror or exc}")


def _page(link: Link, fetcher: Fetcher, pipeline: Pipeline, store: Store) -> tuple[str | Failure, bool]:
    """The stored article id of the page `link` points to, or the Failure that stopped it and whether it is final."""
    fetched = fetcher.get(link.url)
    if fetched.data is None:
        return Failure(link.url, fetched.problem or "no page"), fetched.final
    if fetched.content_type and "html" not in fetched.content_type.lower():
        return Failure(link.url, f"not an HTML page ({fetched.content_type})", article_id(fetched.data)), True
    html = fetched.data.decode("utf-8", errors="replace")
    meta = {"url": fetched.url, **({"title": link.title} if link.title else {})}
    item = read_html_text(html, origin=link.url, article_id=article_id(fetched.data), meta=meta)
    if isinstance(item, Input) and item.article.published is None and link.published:
        kept = tuple(w for w in item.warnings if w != _NO_DATE)
        item = replace(item, article=replace(item.article, published=link.published),
                       warnings=(*kept, f"no publication date in the page: the feed's date {link.published} stands in"))
    [(origin, result)] = list(pipeline.run([item]))
    if isinstance(result, Failure):
        return result, True   # the page was read: trying again gives the same
    store.write(result, origin=origin)
    return result.article.id, False


def _seen(store: Store, urls: list[str]) -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(urls), 500):
            query = sa.select(s.seen_pages).where(s.seen_pages.c.url.in_(urls[i:i + 500]))
            for row in conn.execute(query).mappings():
                found[row["url"]] = (row["status"], row["attempts"])
    return found


def _mark(store: Store, url: str, feed: str, status: str, aid: str | None, attempts: int, problem: str | None) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.delete(s.seen_pages).where(s.seen_pages.c.url == url))
        conn.execute(sa.insert(s.seen_pages).values(url=url, feed=feed, status=status, article_id=aid,
                                                    attempts=attempts, problem=problem))
