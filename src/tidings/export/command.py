"""`tidings export`: thin — parse the options, call the exporter, report."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from tidings.export.formats import FORMATS
from tidings.export.formats import export as write_export


def export(
    db: Annotated[str, typer.Option("--db", help="A SQLite file path or a postgresql:// URL.")] = "tidings.db",
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    since: Annotated[str | None, typer.Option("--since", help="Only events (articles for jsonl) dated from this "
                                                              "ISO date on.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only those dated up to this ISO date.")] = None,
    out: Annotated[str | None, typer.Option("--out", help="The file to write (default: standard output).")] = None,
) -> None:
    """Export a store: GDELT 2.0 event table, PLOVER JSON, CSV or Parquet events, or the records as JSON lines.

    Example: `tidings export --db tidings.db --format gdelt --since 2024-01-01 --out events.tsv`
    """
    count = write_export(db, format, out, since=since, until=until)
    if out is not None:
        Console(stderr=True, highlight=False).print(f"{count:,} rows ({format}) → {out}")
