"""The store: records kept in SQLite (a file, the default) or PostgreSQL (a URL), one schema."""

from __future__ import annotations

from tidings.store.database import Store, database_url

__all__ = ["Store", "database_url", "open_store"]


def open_store(db: str = "tidings.db", *, read_only: bool = False) -> Store:
    """The store at `db`: a SQLite file path or a postgresql:// URL; created when new (unless read-only)."""
    return Store(db, read_only=read_only)
