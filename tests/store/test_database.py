"""Every store test runs against SQLite and PostgreSQL (the `db_url` fixture)."""

import dataclasses

import pytest
import sqlalchemy as sa

from tests.test_records import full_record
from tidings.errors import ConfigError
from tidings.records import Article, Extraction, Failure
from tidings.store import open_store


def test_record_reads_back_exactly(db_url):
    record = full_record()
    with open_store(db_url) as store:
        store.write(record, origin="a.txt")
        assert store.read("abc") == record


def test_writing_again_replaces_and_never_duplicates(db_url):
    record = full_record()
    changed = dataclasses.replace(record, events=record.events[:1], warnings=())
    with open_store(db_url) as store:
        store.write(record, origin="a.txt")
        store.write(changed, origin="a.txt")
        assert store.read("abc") == changed
        counts = store.counts()
    assert (counts["articles"], counts["events"], counts["actors"]) == (1, 1, 3)


def test_fields_added_to_the_record_survive_the_store(db_url):
    data = full_record().to_dict()
    data["events"][0]["novel"] = {"x": [1, 2]}
    data["article"]["section"] = "World"
    with open_store(db_url) as store:
        store.write(Extraction.from_dict(data))
        assert store.read("abc") == Extraction.from_dict(data)


def test_a_failure_is_recorded_once_and_cleared_when_the_input_succeeds(db_url):
    with open_store(db_url) as store:
        store.write_failure(Failure("a.txt", "empty file", "abc"))
        store.write_failure(Failure("a.txt", "empty file", "abc"))
        assert store.failures() == [Failure("a.txt", "empty file", "abc")]
        store.write(full_record(), origin="a.txt")
        assert store.failures() == []


def test_unknown_article_reads_as_none(db_url):
    with open_store(db_url) as store:
        assert store.read("nope") is None


def test_read_only_store_refuses_writes(db_url):
    open_store(db_url).close()
    with open_store(db_url, read_only=True) as store, pytest.raises(sa.exc.DBAPIError):
        store.write(Extraction(Article(id="z"), "text"))


def test_a_store_of_another_schema_version_is_a_config_error(db_url):
    store = open_store(db_url)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE meta SET value = '999' WHERE key = 'schema_version'"))
    store.close()
    with pytest.raises(ConfigError, match="schema version 999"):
        open_store(db_url)


def test_unreachable_postgres_is_a_config_error():
    with pytest.raises(ConfigError, match="cannot open database"):
        open_store("postgresql://nobody@127.0.0.1:1/none")
