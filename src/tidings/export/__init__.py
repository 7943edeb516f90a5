"""Exports of a store: the GDELT 2.0 event table, PLOVER JSON, CSV, Parquet and JSON lines (formats.py);
the published field lists they follow are in data/ with their sources."""

from __future__ import annotations

from tidings.export.formats import FORMATS, export

__all__ = ["FORMATS", "export"]
