"""Full-text search over articles (title and text), one interface on both databases.

- SQLite: an FTS5 table `articles_fts` (Porter stemming over unicode61, like PostgreSQL's
  `english` configuration) written beside each article in the same transaction. Its rowid is
  derived from the article id (`fts_rowid`), not taken from `articles`' implicit rowid, which
  VACUUM may renumber: deleting an article's entry is then one rowid look-up.
- PostgreSQL: a GIN expression index over the tsvector of title and text; PostgreSQL keeps it in
  sync itself. Queries repeat `VECTOR` verbatim so that the planner uses the index.

Users type queries as on a web search engine (words, "a phrase", `or`, `-word`):
PostgreSQL's `websearch_to_tsquery` reads them; for SQLite `fts5_query` turns them into an FTS5
query in which every word is a quoted string, so no input is ever FTS5 syntax.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tidings.store import schema as s

FTS_TABLE = "articles_fts"
VECTOR = "to_tsvector('english'::regconfig, coalesce(articles.title, '') || ' ' || articles.text)"
_INDEX = "ix_articles_search"
_fts = sa.table(FTS_TABLE, sa.column("rowid"), sa.column("article_id"), sa.column("title"), sa.column("text"),
                sa.column("rank"))


def prepare(conn: Connection, dialect: str) -> None:
    """Create the search table or index when the store lacks it, indexing the articles already stored."""
    if dialect == "sqlite":
        if available(conn, dialect):
            return
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(article_id UNINDEXED, title, text, "
                             "tokenize = 'porter unicode61 remove_diacritics 2')")
        rows = conn.execute(sa.select(s.articles.c.id, s.articles.c.title, s.articles.c.text))
        for row in rows.mappings().partitions(500):
            conn.execute(sa.insert(_fts), [_entry(r["id"], r["title"], r["text"]) for r in row])
    elif dialect == "postgresql":
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {_INDEX} ON articles USING gin (({VECTOR}))")


def available(conn: Connection, dialect: str) -> bool:
    """Whether the store has its search table (SQLite) or index (PostgreSQL)."""
    if dialect == "sqlite":
        return sa.inspect(conn).has_table(FTS_TABLE)
    return _INDEX in {ix["name"] for ix in sa.inspect(conn).get_indexes("articles")}


def index(conn: Connection, dialect: str, article_id: str, title: str | None, text: str) -> None:
    """Add an article to the SQLite search table (PostgreSQL's index follows the table by itself)."""
    if dialect == "sqlite":
        conn.execute(sa.insert(_fts).values(**_entry(article_id, title, text)))


def unindex(conn: Connection, dialect: str, article_id: str) -> None:
    """Remove an article from the SQLite search table."""
    if dialect == "sqlite":
        conn.execute(sa.delete(_fts).where(_fts.c.rowid == fts_rowid(article_id), _fts.c.article_id == article_id))


def matching(dialect: str, query: str, *, indexed: bool = True) -> sa.Subquery:
    """(article_id, rank) of the articles matching `query`; a lower rank is a better match.

    A query of nothing but exclusions finds nothing, on both databases. Without the index (a
    read-only store made before search existed) every word must occur in the text,
    case-insensitively, and all ranks are equal.
    """
    words = _terms(query)[0]
    if not indexed or not words:
        clauses: list[sa.ColumnElement[bool]] = [
            s.articles.c.text.ilike(f"%{_like_escape(w)}%", escape="\\") for w in words] or [sa.false()]
        return (sa.select(s.articles.c.id.label("article_id"), sa.literal(0.0).label("rank"))
                .where(*clauses).subquery("matched"))
    if dialect == "sqlite":
        return (sa.select(_fts.c.article_id, _fts.c.rank.label("rank"))
                .where(sa.literal_column(FTS_TABLE).op("MATCH")(fts5_query(query))).subquery("matched"))
    tsquery = sa.func.websearch_to_tsquery(sa.literal_column("'english'::regconfig"), query)
    vector: sa.ColumnElement[Any] = sa.literal_column(VECTOR)
    return (sa.select(s.articles.c.id.label("article_id"), (-sa.func.ts_rank(vector, tsquery)).label("rank"))
            .where(vector.op("@@")(tsquery)).subquery("matched"))


def fts5_query(query: str) -> str:
    """The FTS5 query for a web-style `query`: words and "phrases" all required, `or` between two
    of them, `-word` excluded; each one an FTS5 string, so it can hold any character."""
    positive, negative, ors = _terms(query)
    parts: list[str] = []
    for i, term in enumerate(positive):
        if parts:
            parts.append("OR" if i in ors else "AND")
        parts.append(_string(term))
    if not parts:
        return '""'  # matches nothing: a query of only exclusions or of nothing at all
    out = " ".join(parts)
    for term in negative:
        out = f"({out}) NOT {_string(term)}"
    return out


def fts_rowid(article_id: str) -> int:
    """The search table's rowid of an article: 63 bits of the sha256 of its id (VACUUM-proof)."""
    return int.from_bytes(hashlib.sha256(article_id.encode("utf-8")).digest()[:8], "big") >> 1


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def _terms(query: str) -> tuple[list[str], list[str], set[int]]:
    positive: list[str] = []
    negative: list[str] = []
    ors: set[int] = set()  # indexes in `positive` joined to the one before by OR
    pending_or = False
    for m in _TOKEN.finditer(query):
        minus, phrase, word = m.group(1), m.group(2), m.group(3)
        if word is not None and word.lower() == "or":
            pending_or = bool(positive)
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        term = phrase if phrase is not None else word
        if not term.strip():
            continue
        if minus:
            negative.append(term)
        else:
            if pending_or:
                ors.add(len(positive))
            positive.append(term)
        pending_or = False
    return positive, negative, ors


def _string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entry(article_id: str, title: str | None, text: str) -> dict[str, object]:
    return {"rowid": fts_rowid(article_id), "article_id": article_id, "title": title or "", "text": text}
