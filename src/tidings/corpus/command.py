"""`tidings dedup` and `tidings merge`: thin — call the corpus step on a store or a batch directory, report."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from tidings.corpus.backends import dedup as dedup_target
from tidings.corpus.backends import merge as merge_target

Target = Annotated[str, typer.Argument(help="A SQLite file, a postgresql:// URL, or a `tidings batch` output "
                                            "directory.", show_default=False)]


def dedup(target: Target) -> None:
    """Link near-duplicate articles (the same story on many sites) to their original; nothing is dropped.

    Example: `tidings dedup tidings.db`, or `tidings dedup shards/` (writes shards/corpus/duplicates.parquet)
    """
    found = dedup_target(target)
    originals = len({d.original_id for d in found})
    Console(highlight=False).print(f"{len(found):,} near-duplicate articles of {originals:,} originals → {target}")


def merge(target: Target) -> None:
    """Merge events reported many times into corpus-level events, each listing every mention.

    Example: `tidings merge tidings.db`, or `tidings merge shards/` (writes shards/corpus/*.parquet)
    """
    events = merge_target(target)
    mentions = sum(len(e.mentions) for e in events)
    Console(highlight=False).print(f"{mentions:,} event mentions merged into {len(events):,} corpus events → {target}")
