"""The store: records in and out of SQLite (a file, the default) or PostgreSQL (a URL).

Writing an article is one transaction that first deletes what the store held for that article id,
so running again on the same inputs replaces and never duplicates. Reading an article rebuilds
its record exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tidings.errors import ConfigError
from tidings.records import Extraction, Failure
from tidings.store import schema as s
from tidings.store import search


def database_url(db: str) -> str:
    """The SQLAlchemy URL for `db`: a file path (SQLite) or a postgresql:// / sqlite:// URL."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


class Store:
    """Extraction records in a SQL database."""

    def __init__(self, db: str, *, read_only: bool = False, create: bool = True):
        self.db = db
        self.url = database_url(db)
        self.read_only = read_only
        self.engine = _engine(self.url, read_only=read_only)
        self.dialect = self.engine.dialect.name
        try:
            with self.engine.begin() as conn:
                self._prepare(conn, create=create and not read_only)
        except sa.exc.OperationalError as exc:
            raise ConfigError(f"cannot open database {_safe(self.url)}: {_first_line(exc)}") from exc

    # -- set-up -------------------------------------------------------------------------------

    def _prepare(self, conn: Connection, *, create: bool) -> None:
        inspector = sa.inspect(conn)
        if not inspector.has_table("meta"):
            if not create:
                raise ConfigError(f"{_safe(self.url)} holds no tidings store (run `tidings run ... --db` first)")
            s.metadata.create_all(conn)
            conn.execute(sa.insert(s.meta).values(key="schema_version", value=str(s.SCHEMA_VERSION)))
        version = conn.execute(sa.select(s.meta.c.value).where(s.meta.c.key == "schema_version")).scalar()
        if version != str(s.SCHEMA_VERSION):
            raise ConfigError(f"{_safe(self.url)} has store schema version {version}, tidings needs "
                              f"{s.SCHEMA_VERSION}: load it into a new database")
        if create:
            s.metadata.create_all(conn)  # tables added since the store was made (create_all skips those there)
        if not self.read_only:
            search.prepare(conn, self.dialect)  # stores made before search existed get it here

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------

    def write(self, record: Extraction, *, origin: str | None = None) -> None:
        """Store `record`, replacing whatever the store held for its article id; one transaction."""
        data = record.to_dict()
        article = dict(data["article"])
        aid = article["id"]
        with self.engine.begin() as conn:
            self._delete(conn, aid)
            row = {c: article.pop(c, None) for c in ("id", "url", "title", "source", "published", "dateline",
                                                     "language", "author")}
            row.update(origin=origin, text=data["text"], warnings=data["warnings"], schema=data["schema"],
                       extra=_extra(data, article))
            conn.execute(sa.insert(s.articles).values(**row))
            search.index(conn, self.dialect, aid, row["title"], row["text"])
            for part, table in s.PARTS.items():
                rows = [s.to_row(part, aid, i, item) for i, item in enumerate(data[part])]
                if rows:
                    conn.execute(sa.insert(table), rows)
            if origin:
                conn.execute(sa.delete(s.failures).where(s.failures.c.origin == origin))

    def write_failure(self, failure: Failure) -> None:
        """Record that an input failed, replacing an earlier failure of the same input."""
        with self.engine.begin() as conn:
            conn.execute(sa.delete(s.failures).where(s.failures.c.origin == failure.origin))
            conn.execute(sa.insert(s.failures).values(origin=failure.origin, article_id=failure.article_id,
                                                       stage=failure.stage, problem=failure.problem))

    def delete(self, article_id: str) -> bool:
        """Remove an article and everything extracted from it; whether it was there."""
        with self.engine.begin() as conn:
            return self._delete(conn, article_id)

    def _delete(self, conn: Connection, article_id: str) -> bool:
        search.unindex(conn, self.dialect, article_id)
        for table in s.PARTS.values():
            conn.execute(sa.delete(table).where(table.c.article_id == article_id))
        return conn.execute(sa.delete(s.articles).where(s.articles.c.id == article_id)).rowcount > 0

    # -- reading ------------------------------------------------------------------------------

    def read(self, article_id: str) -> Extraction | None:
        """The stored record of `article_id`, exactly as written, or None when it is not stored."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(s.articles).where(s.articles.c.id == article_id)).mappings().first()
            if row is None:
                return None
            return Extraction.from_dict(self._record_dict(conn, dict(row)))

    def _record_dict(self, conn: Connection, row: dict[str, Any]) -> dict[str, Any]:
        extra = row.get("extra") or {}
        article = {c: row[c] for c in ("id", "url", "title", "source", "published", "dateline", "language",
                                       "author")}
        article.update(extra.get("article") or {})
        data: dict[str, Any] = {"schema": row["schema"], "article": article, "text": row["text"],
                                "warnings": row["warnings"] or []}
        for part, table in s.PARTS.items():
            rows = conn.execute(sa.select(table).where(table.c.article_id == row["id"])
                                .order_by(table.c.ord)).mappings()
            data[part] = [s.from_row(part, dict(r)) for r in rows]
        data.update(extra.get("record") or {})
        return data

    def ids(self) -> list[str]:
        """Every stored article id, in id order."""
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(s.articles.c.id).order_by(s.articles.c.id)).scalars())

    def records(self) -> Iterator[Extraction]:
        """Every stored record, in id order."""
        for aid in self.ids():
            record = self.read(aid)
            if record is not None:
                yield record

    def failures(self) -> list[Failure]:
        """Every recorded failure, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(s.failures).order_by(s.failures.c.id)).mappings()
            return [Failure(r["origin"], r["problem"], r["article_id"], r["stage"]) for r in rows]

    def counts(self) -> dict[str, int]:
        """The number of rows of each table: articles, failures and each part of the records."""
        tables = {"articles": s.articles, **s.PARTS, "failures": s.failures}
        with self.engine.connect() as conn:
            return {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for name, t in tables.items()}


def _extra(data: dict[str, Any], article_rest: dict[str, Any]) -> dict[str, Any] | None:
    known = {"schema", "article", "text", "warnings", *s.PARTS}
    record_rest = {k: v for k, v in data.items() if k not in known}
    extra = {k: v for k, v in (("article", article_rest), ("record", record_rest)) if v}
    return extra or None


def _engine(url: str, *, read_only: bool) -> Engine:
    json_args = {"json_serializer": lambda v: json.dumps(v, ensure_ascii=False)}
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if read_only and path:
            if not Path(path).exists():
                raise ConfigError(f"no database file {path}")
            engine = sa.create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", **json_args)
        else:
            if path and not Path(path).parent.exists():
                raise ConfigError(f"cannot create database {path}: no directory {Path(path).parent}")
            engine = sa.create_engine(url, **json_args)

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if not read_only:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    try:
        options = "-c default_transaction_read_only=on" if read_only else None
        connect_args = {"options": options} if options else {}
        return sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args, **json_args)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
        raise ConfigError(f"bad database URL {_safe(url)}: {exc}") from exc


def _safe(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0]
