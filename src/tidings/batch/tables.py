"""Extraction records as Arrow tables, one per part of the record, and back.

The tables have the store's columns (store/schema.py), so a shard, a SQL store and a DuckDB query
over shards all speak the same names: `articles.id`, `events.article_id`, `events.code`, ... The
store's JSON columns are JSON text here. Rows go through the store's own `to_row` / `from_row`, so
a record read back from a shard equals the record written, fields added later included.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa
import sqlalchemy as sa

from tidings.records import Extraction, Failure
from tidings.store import schema as s

# The tables of a shard, in the order they are written; `articles` holds one row per record,
# `failures` one per input that gave no record.
PARTS = ("articles", *s.PARTS, "failures")
_ARTICLE_FIELDS = ("id", "url", "title", "source", "published", "dateline", "language", "author")
_SKIPPED = {"stored_at", "failed_at"}  # set by the database when a row is stored


def _arrow_type(column: sa.Column) -> pa.DataType:
    kind = column.type
    if isinstance(kind, sa.JSON):
        return pa.string()                       # JSON text
    if isinstance(kind, sa.BigInteger | sa.Integer):
        return pa.int64()
    if isinstance(kind, sa.Float):
        return pa.float64()
    return pa.string()


def _schema(table: sa.Table, *, drop: tuple[str, ...] = ()) -> pa.Schema:
    return pa.schema([pa.field(c.name, _arrow_type(c)) for c in table.columns
                      if c.name not in _SKIPPED and c.name not in drop])


SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(s.articles),
    **{part: _schema(table) for part, table in s.PARTS.items()},
    "failures": _schema(s.failures, drop=("id",)),
}
_JSON = {part: {c.name for c in (s.PARTS.get(part) if part in s.PARTS else getattr(s, part)).columns
                if isinstance(c.type, sa.JSON)} for part in PARTS}


def record_rows(record: Extraction, origin: str | None) -> dict[str, list[dict[str, Any]]]:
    """The rows of one record for each table (articles and the record's parts)."""
    data = record.to_dict()
    article = dict(data["article"])
    aid = article["id"]
    row = {c: article.pop(c, None) for c in _ARTICLE_FIELDS}
    known = {"schema", "article", "text", "warnings", *s.PARTS}
    rest = {k: v for k, v in data.items() if k not in known}
    extra = {k: v for k, v in (("article", article), ("record", rest)) if v} or None
    row.update(origin=origin, text=data["text"], warnings=data["warnings"], schema=data["schema"], extra=extra)
    rows: dict[str, list[dict[str, Any]]] = {"articles": [row]}
    for part in s.PARTS:
        rows[part] = [s.to_row(part, aid, i, item) for i, item in enumerate(data[part])]
    return rows


def failure_row(failure: Failure) -> dict[str, Any]:
    """The `failures` row of an input that gave no record."""
    return {"origin": failure.origin, "article_id": failure.article_id, "stage": failure.stage,
            "problem": failure.problem}


def to_tables(outcomes: Iterable[tuple[str, Extraction | Failure]]) -> dict[str, pa.Table]:
    """One Arrow table per part (PARTS) holding every outcome, in order; empty tables included."""
    rows: dict[str, list[dict[str, Any]]] = {part: [] for part in PARTS}
    for origin, result in outcomes:
        if isinstance(result, Failure):
            rows["failures"].append(failure_row(result))
            continue
        for part, part_rows in record_rows(result, origin).items():
            rows[part].extend(part_rows)
    return {part: _table(part, part_rows) for part, part_rows in rows.items()}


def _table(part: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = SCHEMAS[part]
    json_columns = _JSON[part]
    columns = {}
    for field in schema:
        values = [r.get(field.name) for r in rows]
        if field.name in json_columns:
            values = [None if v is None else json.dumps(v, ensure_ascii=False) for v in values]
        columns[field.name] = pa.array(values, type=field.type)
    return pa.table(columns, schema=schema)


def table_rows(part: str, table: pa.Table) -> Iterator[dict[str, Any]]:
    """The rows of a shard table as the store's row dicts (JSON columns parsed)."""
    json_columns = _JSON[part] & set(table.column_names)
    for row in table.to_pylist():
        for name in json_columns:
            if row[name] is not None:
                row[name] = json.loads(row[name])
        yield row


def records(tables: dict[str, pa.Table]) -> Iterator[tuple[str | None, Extraction]]:
    """(origin, record) for every article row of a shard's tables, rebuilt exactly."""
    parts: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for part in s.PARTS:
        by_article: dict[str, list[dict[str, Any]]] = {}
        for row in table_rows(part, tables[part]):
            by_article.setdefault(row["article_id"], []).append(row)
        parts[part] = by_article
    for row in table_rows("articles", tables["articles"]):
        aid = row["id"]
        extra = row.get("extra") or {}
        article = {c: row[c] for c in _ARTICLE_FIELDS}
        article.update(extra.get("article") or {})
        data: dict[str, Any] = {"schema": row["schema"], "article": article, "text": row["text"],
                                "warnings": row["warnings"] or []}
        for part in s.PARTS:
            # An article id may appear twice in one shard (the same bytes at two origins): rows are
            # in table order, so the first run of rising `ord` is the first occurrence's.
            data[part] = [s.from_row(part, r) for r in _first_run(parts[part].get(aid, []))]
        data.update(extra.get("record") or {})
        yield row["origin"], Extraction.from_dict(data)


def _first_run(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for row in rows:
        if out and row["ord"] <= out[-1]["ord"]:
            break
        out.append(row)
    return out


def failures(table: pa.Table) -> Iterator[Failure]:
    """The failures of a shard's `failures` table."""
    for row in table.to_pylist():
        yield Failure(row["origin"], row["problem"], row["article_id"], row["stage"])
