"""One schema for SQLite and PostgreSQL (SQLAlchemy Core), and the mapping of records to rows.

Each part of the record has a table keyed by (article_id, ord), `ord` keeping the record's order.
The fields users query are columns; any other field of the record (added later, per CONTRACT.md)
goes to the row's `extra` JSON, so a stored record always reads back exactly as it was written.
Offsets are `char_start` / `char_end` (`end` is a reserved word in SQL).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

SCHEMA_VERSION = 1

metadata = sa.MetaData()

meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("origin", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.String(32), index=True),
    sa.Column("dateline", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("author", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("schema", sa.String(64), nullable=False),
    sa.Column("extra", sa.JSON),
    sa.Column("stored_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
)


def _part(name: str, *columns: sa.Column, indexes: tuple[str, ...] = ()) -> sa.Table:
    table = sa.Table(
        name, metadata,
        sa.Column("article_id", sa.String(128), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("ord", sa.Integer, primary_key=True),
        *columns,
        sa.Column("extra", sa.JSON),
    )
    for col in indexes:
        sa.Index(f"ix_{name}_{col}", table.c[col])
    return table


def _span() -> tuple[sa.Column, sa.Column]:
    return sa.Column("char_start", sa.Integer, nullable=False), sa.Column("char_end", sa.Integer, nullable=False)


removed = _part(
    "removed",
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("at", sa.Integer),
    sa.Column("rule", sa.String(128)),
    indexes=("reason",),
)
entities = _part(
    "entities", *_span(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("label", sa.String(32), nullable=False),
    indexes=("label",),
)
actors = _part(
    "actors",
    sa.Column("actor_id", sa.String(32), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("country", sa.String(8)),
    sa.Column("role", sa.String(8)),
    sa.Column("organization", sa.String(16)),
    sa.Column("code", sa.String(32)),
    sa.Column("basis", sa.Text),
    sa.Column("mentions", sa.JSON, nullable=False),
    indexes=("actor_id", "country", "role", "name"),
)
quotes = _part(
    "quotes", *_span(),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("speaker", sa.String(32)),
    sa.Column("speaker_text", sa.Text),
    sa.Column("cue", sa.String(64)),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("speaker_span", sa.JSON),
    sa.Column("cue_span", sa.JSON),
    indexes=("speaker",),
)
events = _part(
    "events",
    sa.Column("event_id", sa.String(32), nullable=False),
    sa.Column("source", sa.String(32)),
    sa.Column("target", sa.String(32)),
    sa.Column("code", sa.String(8), nullable=False),
    sa.Column("root", sa.String(4), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("goldstein", sa.Float, nullable=False),
    sa.Column("quad_class", sa.Integer, nullable=False),
    sa.Column("plover", sa.String(32)),
    sa.Column("mode", sa.String(32)),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("date", sa.String(32)),
    sa.Column("date_text", sa.Text),
    sa.Column("date_basis", sa.String(16)),
    sa.Column("place_name", sa.Text),
    sa.Column("place_country", sa.String(8)),
    sa.Column("place_lat", sa.Float),
    sa.Column("place_lon", sa.Float),
    sa.Column("place_extra", sa.JSON),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
    sa.Column("reported_by", sa.String(32)),
    sa.Column("pattern", sa.String(128), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    indexes=("code", "root", "quad_class", "date", "plover", "modality"),
)
times = _part(
    "times", *_span(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("value", sa.String(64)),
)
places = _part(
    "places", *_span(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(8)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("feature", sa.String(16)),
    indexes=("country",),
)
claims = _part(
    "claims", *_span(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("value", sa.Float),
    sa.Column("unit", sa.String(32)),
    sa.Column("period", sa.String(32)),
    sa.Column("subject", sa.Text),
    sa.Column("source_text", sa.Text),
    sa.Column("qualifier", sa.String(64)),
    indexes=("unit",),
)
failures = sa.Table(
    "failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("origin", sa.Text, nullable=False, index=True),
    sa.Column("article_id", sa.String(128), index=True),
    sa.Column("stage", sa.String(64)),
    sa.Column("problem", sa.Text, nullable=False),
    sa.Column("failed_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
)

# --- corpus tables (corpus/, batch/): added later, created on open by stores that lack them ---------

# The batch shards loaded into this store (`tidings load`), so loading again skips them.
loaded_shards = sa.Table(
    "loaded_shards", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("loaded_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
)

# Near-duplicate articles (corpus/dedup.py): each linked to the article it copies, never dropped.
duplicates = sa.Table(
    "duplicates", metadata,
    sa.Column("article_id", sa.String(128), primary_key=True),
    sa.Column("original_id", sa.String(128), nullable=False, index=True),
    sa.Column("similarity", sa.Float, nullable=False),      # estimated Jaccard of word shingles
)

# Corpus-level events (corpus/merge.py): one event reported many times, with its counts.
corpus_events = sa.Table(
    "corpus_events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("code", sa.String(8), nullable=False, index=True),
    sa.Column("root", sa.String(4), nullable=False),
    sa.Column("name", sa.Text),
    sa.Column("goldstein", sa.Float),
    sa.Column("quad_class", sa.Integer),
    sa.Column("plover", sa.String(32)),
    sa.Column("source_name", sa.Text),
    sa.Column("source_country", sa.String(8)),
    sa.Column("source_role", sa.String(8)),
    sa.Column("source_organization", sa.String(16)),
    sa.Column("source_code", sa.String(32)),
    sa.Column("target_name", sa.Text),
    sa.Column("target_country", sa.String(8)),
    sa.Column("target_role", sa.String(8)),
    sa.Column("target_organization", sa.String(16)),
    sa.Column("target_code", sa.String(32)),
    sa.Column("date_start", sa.String(32), index=True),
    sa.Column("date_end", sa.String(32)),
    sa.Column("place_name", sa.Text),
    sa.Column("place_country", sa.String(8)),
    sa.Column("place_lat", sa.Float),
    sa.Column("place_lon", sa.Float),
    sa.Column("num_mentions", sa.Integer, nullable=False),
    sa.Column("num_sources", sa.Integer, nullable=False),
    sa.Column("num_articles", sa.Integer, nullable=False),
    sa.Column("first_article", sa.String(128), nullable=False),
)

# Every mention of a corpus event: the article event it merges, as evidence.
event_mentions = sa.Table(
    "event_mentions", metadata,
    sa.Column("corpus_event_id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.String(128), primary_key=True),
    sa.Column("event_id", sa.String(32), primary_key=True),    # the event's id in its record ("e1")
    sa.Column("source", sa.Text),                              # the publisher
    sa.Column("date", sa.String(32)),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
)

# The pages `tidings watch` has met (watch/), so a restarted watcher fetches none of them twice.
seen_pages = sa.Table(
    "seen_pages", metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("feed", sa.Text),                                 # the feed or list that gave it first
    sa.Column("status", sa.String(16), nullable=False),         # stored, failed
    sa.Column("article_id", sa.String(128)),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("problem", sa.Text),
    sa.Column("seen_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
)

# The record's lists, in record order, with the table each is stored in.
PARTS: dict[str, sa.Table] = {
    "removed": removed, "entities": entities, "actors": actors, "quotes": quotes, "events": events,
    "times": times, "places": places, "claims": claims,
}

# Record field -> column, where the two differ; nested values that are flattened into columns.
_RENAMED = {"start": "char_start", "end": "char_end", "id": None}
_ID_COLUMN = {"actors": "actor_id", "events": "event_id"}
_PLACE = {"name": "place_name", "country": "place_country", "lat": "place_lat", "lon": "place_lon"}


def to_row(part: str, article_id: str, ord_: int, item: dict[str, Any]) -> dict[str, Any]:
    """The row of one item (a dict from `to_dict`) of record list `part`."""
    table = PARTS[part]
    row: dict[str, Any] = {"article_id": article_id, "ord": ord_}
    extra: dict[str, Any] = {}
    for key, value in item.items():
        if key == "id" and part in _ID_COLUMN:
            row[_ID_COLUMN[part]] = value
        elif part == "events" and key in ("sentence", "trigger"):
            row[f"{key}_start"], row[f"{key}_end"] = value
        elif part == "events" and key == "place":
            place = dict(value or {})
            for field, column in _PLACE.items():
                row[column] = place.pop(field, None)
            row["place_extra"] = place or None  # an event's place is null exactly when place_name is
        else:
            column = _RENAMED.get(key, key)
            if column in table.c and column not in ("article_id", "ord", "extra"):
                row[column] = value
            else:
                extra[key] = value
    row["extra"] = extra or None
    return row


def from_row(part: str, row: dict[str, Any]) -> dict[str, Any]:
    """The item dict (as `to_dict` gives it) of a row of table `part`."""
    item: dict[str, Any] = {}
    for column, value in row.items():
        if column in ("article_id", "ord", "extra", "place_extra"):
            continue
        if part in _ID_COLUMN and column == _ID_COLUMN[part]:
            item["id"] = value
        elif column in ("char_start", "char_end"):
            item[column[5:]] = value
        elif part == "events" and column.startswith(("sentence_", "trigger_")):
            key, _, end = column.partition("_")
            item.setdefault(key, [None, None])[end == "end"] = value
        elif part == "events" and column in _PLACE.values():
            continue
        else:
            item[column] = value
    if part == "events":
        if row.get("place_name") is None:
            item["place"] = None
        else:
            item["place"] = {field: row.get(column) for field, column in _PLACE.items()}
            item["place"].update(row.get("place_extra") or {})
    item.update(row.get("extra") or {})
    return item
