"""`tidings export`: a store's records in the formats other tools read, to a file or standard output.

- `gdelt`: the GDELT 2.0 event table (tab-separated, no header, as GDELT publishes it), one row
  per corpus-level event;
- `plover`: PLOVER JSON records, one per line;
- `csv` and `parquet`: one row per article event, with its actors, article and sentence;
- `jsonl`: the extraction records themselves (CONTRACT.md).

`since` / `until` keep events whose date (else the article's publication date) overlaps that
range, and for `jsonl` the articles published in it.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.errors import ConfigError
from tidings.export.events import Articles, corpus_events, event_rows, within
from tidings.export.gdelt import gdelt_rows
from tidings.export.plover import plover_record
from tidings.store import open_store

FORMATS = ("gdelt", "plover", "csv", "jsonl", "parquet")
FLAT_COLUMNS = (
    "article_id", "event_id", "date", "date_text", "date_basis", "code", "root", "name", "goldstein", "quad_class",
    "plover", "mode", "modality", "source_name", "source_kind", "source_country", "source_role",
    "source_organization", "source_code", "target_name", "target_kind", "target_country", "target_role",
    "target_organization", "target_code", "place_name", "place_country", "place_lat", "place_lon",
    "sentence_start", "sentence_end", "sentence", "trigger_start", "trigger_end", "trigger", "pattern",
    "confidence", "published", "publisher", "url", "title", "origin",
)


def export(db: str, fmt: str, out: str | None = None, *, since: str | None = None, until: str | None = None) -> int:
    """Write the store `db` in format `fmt` to the file `out` (standard output when None); rows written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ConfigError("the parquet format needs a file: add --out FILE")
    with open_store(db, read_only=True) as store, store.engine.connect() as conn:
        if fmt == "jsonl":
            records = (r.to_dict() for r in store.records() if within(r.article.published, since, until))
            with _output(out) as stream:
                return _lines(stream, records)
        if fmt == "parquet":
            rows = [flat_row(r) for r in event_rows(conn, since, until)]
            pq.write_table(pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in FLAT_COLUMNS}), out)
            return len(rows)
        with _output(out) as stream:
            if fmt == "csv":
                writer = csv.DictWriter(stream, FLAT_COLUMNS, lineterminator="\n")
                writer.writeheader()
                count = 0
                for row in event_rows(conn, since, until):
                    writer.writerow(flat_row(row))
                    count += 1
                return count
            articles = Articles(conn)
            if fmt == "plover":
                found = (plover_record(r, articles) for r in event_rows(conn, since, until))
                return _lines(stream, (r for r in found if r is not None))
            count = 0
            for values in gdelt_rows(corpus_events(conn), articles, since=since, until=until):
                stream.write("\t".join(values) + "\n")
                count += 1
            return count


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """One article event as a flat row of FLAT_COLUMNS (the sentence and trigger as text)."""
    text = row.get("text") or ""
    out = {c: row.get(c) for c in FLAT_COLUMNS}
    out["sentence"] = text[row["sentence_start"]:row["sentence_end"]] or None
    out["trigger"] = text[row["trigger_start"]:row["trigger_end"]] or None
    return out


def _lines(stream: TextIO, items) -> int:
    count = 0
    for item in items:
        stream.write(json.dumps(item, ensure_ascii=False) + "\n")
        count += 1
    return count


@contextmanager
def _output(out: str | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        stream = open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115 — closed below
    except OSError as exc:
        raise ConfigError(f"cannot write {out}: {exc.strerror or exc}") from exc
    with stream:
        yield stream
