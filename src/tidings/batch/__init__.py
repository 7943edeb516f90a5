"""The batch runner: many articles in parallel into Parquet shards, resumable; and loading shards into a store.

    run_batch(["corpus/"], "shards/", workers=2)     # local pool; engine="ray" for Ray Data
    load_shards("shards/", "tidings.db")             # idempotent
"""

from __future__ import annotations

from tidings.batch.load import load_shards
from tidings.batch.runner import Summary, run_batch
from tidings.batch.shards import read_table, shard_files, shards
from tidings.batch.tables import records
from tidings.batch.worker import Options, Report

__all__ = ["Options", "Report", "Summary", "load_shards", "read_table", "records", "run_batch", "shard_files",
           "shards"]
