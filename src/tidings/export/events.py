"""What the exporters read from a store: article events with their actors and article, corpus events.

The GDELT table is one row per corpus-level event (corpus/merge.py); when `tidings merge` has not
been run on the store, the events are merged in memory for the export, the store left unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tidings.corpus.merge import MENTIONS_SQL, date_span, merge_events
from tidings.store import schema as s

DATA = Path(__file__).parent / "data"

# Article events, oldest first, with all that the flat exports (CSV, Parquet) and PLOVER give.
EVENTS_SQL = """
SELECT e.article_id, e.event_id, e.date, e.date_text, e.date_basis, e.code, e.root, e.name, e.goldstein,
       e.quad_class, e.plover, e.mode, e.modality, e.place_name, e.place_country, e.place_lat, e.place_lon,
       e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end, e.pattern, e.confidence,
       s.name AS source_name, s.kind AS source_kind, s.country AS source_country, s.role AS source_role,
       s.organization AS source_organization, s.code AS source_code,
       t.name AS target_name, t.kind AS target_kind, t.country AS target_country, t.role AS target_role,
       t.organization AS target_organization, t.code AS target_code,
       a.published, a.source AS publisher, a.url, a.title, a.language, a.origin, a.stored_at, a.text
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source
LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target
ORDER BY a.published IS NULL, a.published, e.article_id, e.ord
"""


def read_tsv(name: str) -> list[dict[str, str]]:
    """The rows of a data file of this package (a TSV with a header line)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line.strip()]


def within(value: str | None, since: str | None, until: str | None) -> bool:
    """Whether a date at its precision (`2024-03`) overlaps the days from `since` to `until` (either open)."""
    if since is None and until is None:
        return True
    span = date_span(value)
    if span is None:
        return False
    low = date_span(since)[0] if since else date.min
    high = date_span(until)[1] if until else date.max
    return span[0] <= high and span[1] >= low


def event_rows(conn: Connection, since: str | None = None, until: str | None = None) -> Iterator[dict[str, Any]]:
    """Every article event with its actors and article, oldest first, whose date (else published) is in range."""
    for row in conn.execute(sa.text(EVENTS_SQL)).mappings():
        if within(row["date"] or row["published"], since, until):
            yield dict(row)


@dataclass
class MergedEvent:
    """A corpus event's row (`corpus_events` columns) and its mentions (`event_mentions` rows)."""

    row: dict[str, Any]
    mentions: list[dict[str, Any]]


def corpus_events(conn: Connection) -> list[MergedEvent]:
    """The store's corpus events, or the events merged now when `tidings merge` was never run."""
    if sa.inspect(conn).has_table("corpus_events"):
        rows = [dict(r) for r in conn.execute(sa.select(s.corpus_events).order_by(s.corpus_events.c.id)).mappings()]
        if rows:
            mentions: dict[int, list[dict[str, Any]]] = {}
            query = sa.select(s.event_mentions).order_by(s.event_mentions.c.corpus_event_id)
            for m in conn.execute(query).mappings():
                mentions.setdefault(m["corpus_event_id"], []).append(dict(m))
            return [MergedEvent(r, mentions.get(r["id"], [])) for r in rows]
    merged = merge_events(dict(r) for r in conn.execute(sa.text(MENTIONS_SQL)).mappings())
    return [MergedEvent(e.row(), e.mention_rows()) for e in merged]


class Articles:
    """What the exporters look up about an article: url, origin, when stored, text, places."""

    def __init__(self, conn: Connection):
        self.conn = conn

    @lru_cache(maxsize=4096)  # noqa: B019 — one Articles per export, dropped with it
    def get(self, article_id: str) -> dict[str, Any]:
        query = sa.select(s.articles.c.url, s.articles.c.origin, s.articles.c.stored_at, s.articles.c.text,
                          s.articles.c.title, s.articles.c.language, s.articles.c.source).where(
            s.articles.c.id == article_id)
        row = self.conn.execute(query).mappings().first()
        return dict(row) if row else {}

    def place(self, article_id: str, name: str | None) -> dict[str, Any]:
        """The article's place named `name` (its GeoNames id and feature code), or {}."""
        if not name:
            return {}
        query = sa.select(s.places.c.geonameid, s.places.c.feature, s.places.c.country).where(
            s.places.c.article_id == article_id, s.places.c.name == name).order_by(s.places.c.ord).limit(1)
        row = self.conn.execute(query).mappings().first()
        return dict(row) if row else {}
