"""Where the corpus steps read and write: a store (SQLite, PostgreSQL) or a batch run's Parquet shards.

On a store they read through SQLAlchemy and replace the rows of `duplicates`, `corpus_events` and
`event_mentions`; on a batch directory they read the shards with DuckDB (views named like the
store's tables, so the same SQL runs on both) and write `DIR/corpus/<table>.parquet`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from tidings.batch.shards import shard_files
from tidings.corpus.dedup import Duplicate, find_duplicates
from tidings.corpus.merge import MENTIONS_SQL, CorpusEvent, merge_events
from tidings.errors import ConfigError
from tidings.store import open_store
from tidings.store import schema as s

ARTICLES_SQL = "SELECT id, text FROM articles ORDER BY published IS NULL, published, id"
FETCH = 1000


def is_batch_dir(target: str) -> bool:
    """Whether `target` names a batch output directory rather than a database."""
    return Path(target).is_dir() and (Path(target) / "_manifest").is_dir()


def dedup(target: str) -> list[Duplicate]:
    """Find near-duplicate articles in `target` (a database or a batch directory) and save the links."""
    with _reader(target) as rows:
        found = find_duplicates((r["id"], r["text"]) for r in rows(ARTICLES_SQL))
    _save(target, {"duplicates": [{"article_id": d.article_id, "original_id": d.original_id,
                                   "similarity": d.similarity} for d in found]})
    return found


def merge(target: str) -> list[CorpusEvent]:
    """Merge the events of `target` into corpus-level events and save them with their mentions."""
    with _reader(target) as rows:
        events = merge_events(rows(MENTIONS_SQL))
    _save(target, {"corpus_events": [e.row() for e in events],
                   "event_mentions": [m for e in events for m in e.mention_rows()]})
    return events


class _reader:
    """A context giving `rows(sql)`: an iterator of dict rows from the store or from DuckDB over shards."""

    def __init__(self, target: str):
        self.target = target

    def __enter__(self):
        if is_batch_dir(self.target):
            self.conn = duckdb_over_shards(Path(self.target))
            return self._duck
        self.store = open_store(self.target, read_only=True)
        self.conn = self.store.engine.connect()
        return self._sql

    def __exit__(self, *exc: object) -> None:
        self.conn.close()
        if hasattr(self, "store"):
            self.store.close()

    def _duck(self, sql: str) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql)
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(FETCH):
            for row in batch:
                yield dict(zip(names, row, strict=True))

    def _sql(self, sql: str) -> Iterator[dict[str, Any]]:
        result = self.conn.execution_options(stream_results=True).execute(sa.text(sql))
        for row in result.mappings():
            yield dict(row)


def duckdb_over_shards(out: Path):
    """A DuckDB connection with a view per table of the shards under `out`, named as the store names them."""
    import duckdb

    from tidings.batch.tables import PARTS

    conn = duckdb.connect()
    for part in PARTS:
        files = shard_files(out, part)
        if not files:
            conn.close()
            raise ConfigError(f"{out} holds no committed shard yet (run `tidings batch ... --out {out}`)")
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        conn.execute(f'CREATE VIEW "{part}" AS SELECT * FROM read_parquet([{listed}])')
    return conn


def _save(target: str, tables: dict[str, list[dict[str, Any]]]) -> None:
    if is_batch_dir(target):
        folder = Path(target) / "corpus"
        folder.mkdir(exist_ok=True)
        for name, rows in tables.items():
            table = getattr(s, name)
            schema = pa.schema([pa.field(c.name, _arrow(c)) for c in table.columns])
            path = folder / f"{name}.parquet"
            tmp = path.with_name(f".tmp-{path.name}")
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
            os.replace(tmp, path)
        return
    with open_store(target) as store, store.engine.begin() as conn:
        for name, rows in tables.items():
            table = getattr(s, name)
            conn.execute(sa.delete(table))
            if rows:
                conn.execute(sa.insert(table), rows)


def _arrow(column: sa.Column) -> pa.DataType:
    if isinstance(column.type, sa.Integer):
        return pa.int64()
    if isinstance(column.type, sa.Float):
        return pa.float64()
    return pa.string()
