"""Shared fixtures: the real spaCy model, real SQLite files and a real PostgreSQL server.

PostgreSQL tests need a server: set TIDINGS_TEST_POSTGRES to a URL of a database on it that may
create databases (`.ci/run` starts one and sets it). Each test session gets a database of its
own, dropped at the end. Without the variable those tests are skipped, and pytest says so.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside a clone (CI); a worktree one level deeper (/work/wt/<name>) finds it further up.
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "seed").is_dir()), ROOT.parent / "shared")
SEED = SHARED / "seed" / "000_0149e88adea2ec5e.txt"
SAMPLES = ROOT / "samples"
POSTGRES_ENV = "TIDINGS_TEST_POSTGRES"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """A strict pipeline (a stage crash fails the test) over the default model."""
    return Pipeline(strict=True)


@pytest.fixture(scope="session")
def nlp():
    from tidings.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a fresh PostgreSQL database for this session (skips when no server is given)."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests skipped: set {POSTGRES_ENV} to a server URL (.ci/run does)")
    import psycopg

    name = f"tidings_test_{uuid.uuid4().hex[:12]}"
    admin = url.split("://", 1)[1]
    with psycopg.connect(f"postgresql://{admin}", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(f"postgresql://{admin}", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    """A new, empty store location: a SQLite file, then a PostgreSQL database (schema wiped first)."""
    if request.param == "sqlite":
        yield str(tmp_path / "tidings.db")
        return
    url = request.getfixturevalue("postgres_server")
    _wipe(url)
    yield url
    _wipe(url)


def _wipe(url: str) -> None:
    import sqlalchemy as sa

    from tidings.store import database_url

    engine = sa.create_engine(database_url(url))
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def pipeline_lenient() -> Pipeline:
    """A pipeline as the CLI runs it: a stage crash becomes that article's failure."""
    return Pipeline()
