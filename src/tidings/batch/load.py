"""`tidings load`: the shards of a batch run into a store (SQLite or PostgreSQL), idempotently.

A shard's tables have the store's own columns (tables.py), so its rows go in as they are, in bulk:
one transaction per shard deletes what the store held for the shard's articles and inputs (as
`Store.write` does for one record), inserts the rows and notes the shard as loaded. Loading again
skips the shards already noted, so it changes nothing; a load stopped half-way redoes only the
shard it was in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tidings.batch.shards import Shard, shards
from tidings.batch.tables import PARTS, SCHEMAS, table_rows
from tidings.errors import ConfigError
from tidings.store import open_store
from tidings.store import schema as s


def load_shards(directory: str | Path, db: str) -> dict[str, int]:
    """Load every committed shard under `directory` not yet in the store `db`; what was loaded, counted."""
    out = Path(directory)
    found = shards(out)
    if not found and not (out / "_manifest").is_dir():
        raise ConfigError(f"{out} is not a tidings batch output directory (no _manifest/ in it)")
    counts = {"shards": 0, "articles": 0, "failures": 0}
    with open_store(db) as store:
        with store.engine.connect() as conn:
            loaded = set(conn.execute(sa.select(s.loaded_shards.c.name)).scalars())
        for shard in found:
            if shard.name in loaded:
                continue
            with store.engine.begin() as conn:
                articles, failures = load_shard(conn, out, shard)
            counts["shards"] += 1
            counts["articles"] += articles
            counts["failures"] += failures
    return counts


def load_shard(conn: Connection, out: Path, shard: Shard) -> tuple[int, int]:
    """Insert one shard's rows in `conn`'s transaction, replacing what they replace; (articles, failures)."""
    rows = {part: list(table_rows(part, pq.read_table(shard.path(out, part), schema=SCHEMAS[part])))
            for part in PARTS}
    articles = _first_of_each(rows["articles"])
    ids = [r["id"] for r in articles]
    origins = [r["origin"] for r in articles if r["origin"]] + [r["origin"] for r in rows["failures"]]
    for batch in _batches(ids):
        for table in s.PARTS.values():
            conn.execute(sa.delete(table).where(table.c.article_id.in_(batch)))
        conn.execute(sa.delete(s.articles).where(s.articles.c.id.in_(batch)))
    for batch in _batches(origins):
        conn.execute(sa.delete(s.failures).where(s.failures.c.origin.in_(batch)))
    if articles:
        conn.execute(sa.insert(s.articles), articles)
    for part, table in s.PARTS.items():
        part_rows = _first_run_of_each(rows[part])
        if part_rows:
            conn.execute(sa.insert(table), part_rows)
    if rows["failures"]:
        conn.execute(sa.insert(s.failures), rows["failures"])
    conn.execute(sa.insert(s.loaded_shards).values(name=shard.name, articles=len(articles),
                                                   failures=len(rows["failures"])))
    return len(articles), len(rows["failures"])


def _first_of_each(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # The same article (same bytes) at two origins of one shard: the store keeps one row per id.
    seen: set[str] = set()
    out = []
    for row in rows:
        if row["id"] not in seen:
            seen.add(row["id"])
            out.append(row)
    return out


def _first_run_of_each(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    last: dict[str, int] = {}
    closed: set[str] = set()
    out = []
    for row in rows:
        aid = row["article_id"]
        if aid in closed:
            continue
        if aid in last and row["ord"] <= last[aid]:
            closed.add(aid)  # a second copy of the same article's rows starts again at ord 0
            continue
        last[aid] = row["ord"]
        out.append(row)
    return out


def _batches(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i:i + size] for i in range(0, len(values), size)]
