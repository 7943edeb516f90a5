"""Corpus steps over many records: near-duplicate articles (dedup.py) and the same event reported
many times merged into corpus-level events (merge.py), on a store or on Parquet shards (backends.py)."""

from __future__ import annotations

from tidings.corpus.backends import dedup, merge
from tidings.corpus.dedup import Duplicate, find_duplicates
from tidings.corpus.merge import CorpusEvent, merge_events

__all__ = ["CorpusEvent", "Duplicate", "dedup", "find_duplicates", "merge", "merge_events"]
