"""Full-text search over stored articles: on both databases (`db_url`), kept in step with writes."""

import dataclasses

import pytest
import sqlalchemy as sa

from tidings.records import Article, Extraction
from tidings.store import open_store, search
from tidings.store import schema as s

ARTICLES = {
    "warships": ("Warships in the strait", "Chinese warships sailed through the Taiwan Strait on Monday."),
    "talks": ("Talks resume", "Diplomats from both countries resumed trade talks in Geneva."),
    "drills": (None, "The navy announced live-fire drills near the strait, officials said."),
    "harvest": ("A good harvest", "Farmers reported a record wheat harvest this year."),
}


def record(aid: str) -> Extraction:
    title, text = ARTICLES[aid]
    return Extraction(Article(aid, title=title, published="2024-02-05"), text)


def ids(store, query: str) -> list[str]:
    with store.engine.connect() as conn:
        indexed = search.available(conn, store.dialect)
        matched = search.matching(store.dialect, query, indexed=indexed)
        return sorted(conn.execute(sa.select(matched.c.article_id)).scalars())


@pytest.fixture
def store(db_url):
    with open_store(db_url) as store:
        for aid in ARTICLES:
            store.write(record(aid))
        yield store


@pytest.mark.parametrize(("query", "expected"), [
    ("strait", ["drills", "warships"]),
    ("Strait warships", ["warships"]),                 # every word required
    ("warship", ["warships"]),                         # stemmed: warship ~ warships
    ('"trade talks"', ["talks"]),                      # a phrase
    ('"talks trade"', []),
    ("harvest or drills", ["drills", "harvest"]),
    ("strait -Chinese", ["drills"]),                   # an excluded word
    ("resume", ["talks"]),                             # the title is searched too
    ("Genève", []),
    ("", []),
    ("-strait", []),                                   # nothing but an exclusion finds nothing
])
def test_search_finds_what_a_web_search_would(store, query, expected):
    assert ids(store, query) == expected


def test_search_follows_replacing_and_deleting(store):
    store.write(dataclasses.replace(record("harvest"), text="Farmers watched warships in the strait."))
    assert ids(store, "strait") == ["drills", "harvest", "warships"]
    assert ids(store, "wheat") == []
    assert store.delete("warships")
    assert ids(store, "strait") == ["drills", "harvest"]
    assert store.read("harvest").text == "Farmers watched warships in the strait."


def test_a_store_made_before_search_is_indexed_when_opened(db_url, store):
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            conn.exec_driver_sql(f"DROP TABLE {search.FTS_TABLE}")
        else:
            conn.exec_driver_sql("DROP INDEX ix_articles_search")
    with open_store(db_url, read_only=True) as old, old.engine.connect() as conn:
        assert not search.available(conn, old.dialect)
        assert ids(old, "strait warships") == ["warships"]   # read-only: the plain-text fallback answers
    with open_store(db_url) as reopened:
        with reopened.engine.connect() as conn:
            assert search.available(conn, reopened.dialect)
        assert ids(reopened, "strait") == ["drills", "warships"]


def test_search_rows_leave_the_record_round_trip_and_counts_alone(store):
    assert store.read("drills") == record("drills")
    assert store.counts()["articles"] == 4


def test_sqlite_search_rowids_come_from_the_article_id(tmp_path):
    with open_store(str(tmp_path / "t.db")) as store:
        store.write(record("talks"))
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql(f"SELECT rowid, article_id FROM {search.FTS_TABLE}").all()
            assert rows == [(search.fts_rowid("talks"), "talks")]
            assert conn.execute(sa.select(sa.func.count()).select_from(s.articles)).scalar_one() == 1


@pytest.mark.parametrize(("query", "fts5"), [
    ("strait", '"strait"'),
    ("Taiwan strait", '"Taiwan" AND "strait"'),
    ('"trade talks" Geneva', '"trade talks" AND "Geneva"'),
    ("harvest OR drills", '"harvest" OR "drills"'),
    ("a -b -c", '(("a") NOT "b") NOT "c"'),
    ('say "hi', '"say" AND "hi"'),                     # an unclosed quote runs to the end
    ('a 5" gun', '"a" AND "5""" AND "gun"'),            # a quote inside a word is doubled
    ("NEAR(a b) col:x ^y *", '"NEAR(a" AND "b)" AND "col:x" AND "^y" AND "*"'),   # FTS5 syntax stays text
    ("or", '""'),
    ("   ", '""'),
])
def test_fts5_query_quotes_every_term(query, fts5):
    assert search.fts5_query(query) == fts5
