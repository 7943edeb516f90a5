"""Stores for the web tests: the hand-coded records (tests/web/records.py) on both databases, and
the bundled samples run through the real pipeline together with those records (SQLite, once)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import POSTGRES_ENV, SAMPLES, _wipe
from tests.web.records import coded_records
from tidings.sources import read
from tidings.store import Store, open_store

TOKEN = "test-token-3f9a"


@pytest.fixture(scope="session")
def web_postgres(postgres_server) -> Iterator[str]:
    """A PostgreSQL database of the web tests' own: `db_url` wipes the session's database between
    tests, and the shared read-only stores below must outlive those."""
    import psycopg

    base, name = postgres_server.rsplit("/", 1)
    own = f"{name}_web"
    admin = f"postgresql://{os.environ[POSTGRES_ENV].split('://', 1)[1]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{own}"')
    yield f"{base}/{own}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{own}" WITH (FORCE)')


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def coded_store(request, tmp_path_factory) -> Iterator[Store]:
    """A store of the hand-coded records, on SQLite then PostgreSQL, shared by a module's tests
    (which only read it)."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("coded") / "coded.db")
    else:
        url = request.getfixturevalue("web_postgres")
        _wipe(url)
    with open_store(url) as store:
        for record in coded_records():
            store.write(record, origin=f"test:{record.article.id}")
        yield store
    if request.param == "postgresql":
        _wipe(url)


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory, pipeline) -> Path:
    """A SQLite store of the 39 bundled samples (real pipeline output) and the hand-coded records."""
    path = tmp_path_factory.mktemp("web") / "samples.db"
    with open_store(str(path)) as store:
        for origin, result in pipeline.run(read([str(SAMPLES)])):
            store.write(result, origin=origin)
        for record in coded_records():
            store.write(record, origin=f"test:{record.article.id}")
        assert store.counts()["articles"] == 39 + len(coded_records())
    return path
