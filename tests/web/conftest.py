"""Stores for the web tests: the hand-coded records (tests/web/records.py) on both databases, and
the bundled samples run through the real pipeline together with those records (SQLite, once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, _wipe
from tests.web.records import coded_records
from tidings.sources import read
from tidings.store import Store, open_store

TOKEN = "test-token-3f9a"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def coded_store(request, tmp_path_factory) -> Iterator[Store]:
    """A store of the hand-coded records, on SQLite then PostgreSQL, shared by a module's tests
    (which only read it)."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("coded") / "coded.db")
    else:
        url = request.getfixturevalue("postgres_server")
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
