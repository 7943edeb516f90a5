"""The batch runner in-process: shards, manifests, resuming, tidying; and `tidings load` into both databases."""

import fcntl
from pathlib import Path

import pytest

from tests.batch.corpus import article, write_corpus
from tests.test_records import full_record
from tidings.batch import load_shards, read_table, records, run_batch, shards
from tidings.batch.shards import Shard, commit, prepare, write_tables
from tidings.batch.tables import PARTS, to_tables
from tidings.errors import ConfigError
from tidings.records import Failure
from tidings.store import open_store


def snapshot(out: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a batch output, sorted: what two runs must agree on."""
    return {part: sorted(tuple(map(str, r.values())) for r in read_table(out, part).to_pylist()) for part in PARTS}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("batch") / "in", texts=6)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    """An uninterrupted run over the corpus, one worker, chunks of 3."""
    out = tmp_path_factory.mktemp("ref") / "out"
    summary = run_batch([str(corpus)], out, workers=1, chunk_size=3)
    assert (summary.units, summary.skipped, summary.articles) == (12, 0, 10)
    return out


def test_a_run_writes_one_shard_per_chunk_with_its_manifest(reference):
    found = shards(reference)
    assert [len(s.origins) for s in found] == [3, 3, 3, 3]
    assert sum(s.rows["articles"] for s in found) == 10
    failures = read_table(reference, "failures").to_pylist()
    assert sorted((f["origin"].rsplit("/", 1)[1], f["problem"].split(":")[0]) for f in failures) == [
        ("empty.txt", "empty file"), ("lines.jsonl:2", "not JSON")]
    assert not [p for p in reference.rglob("*") if p.name.startswith(".tmp-")]


def test_running_again_skips_everything_done(corpus, reference):
    summary = run_batch([str(corpus)], reference, workers=1, chunk_size=3)
    assert (summary.units, summary.skipped, summary.reports) == (12, 12, [])


def test_new_inputs_are_added_to_a_finished_run(corpus, tmp_path):
    out = tmp_path / "out"
    first = run_batch([str(corpus / "a000.txt"), str(corpus / "a001.txt")], out, workers=1, chunk_size=5)
    (tmp_path / "new.txt").write_text(article(40))
    second = run_batch([str(corpus / "a000.txt"), str(corpus / "a001.txt"), str(tmp_path / "new.txt"),
                        str(corpus / "a000.txt")], out, workers=1, chunk_size=5)
    assert (first.articles, second.units, second.skipped, second.articles) == (2, 3, 2, 1)
    assert [s.origins for s in shards(out)] == [(str(corpus / "a000.txt"), str(corpus / "a001.txt")),
                                                (str(tmp_path / "new.txt"),)]


def test_a_second_runner_on_the_same_directory_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with (out / ".lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(ConfigError, match="another tidings batch is running on"):
            run_batch([str(tmp_path)], out, workers=1)


def test_files_of_unfinished_shards_are_tidied_and_never_read(tmp_path):
    out = tmp_path / "out"
    prepare(out)
    write_tables(out, "000001-aaaa", to_tables([("a.txt", full_record())]))
    commit(out, Shard("000001-aaaa", ("a.txt",), {}))
    write_tables(out, "000002-bbbb", to_tables([("b.txt", full_record())]))  # killed before its manifest
    (out / "events" / ".tmp-000003-cccc.parquet").write_bytes(b"half")
    assert read_table(out, "articles").num_rows == 1
    prepare(out)
    assert sorted(p.name for p in (out / "events").iterdir()) == ["000001-aaaa.parquet"]


def test_records_read_back_from_shards_equal_the_extracted_ones(reference, pipeline, corpus):
    from tidings.sources import read

    expected = {origin: r for origin, r in pipeline.run(read([str(corpus)])) if not isinstance(r, Failure)}
    tables = {p: read_table(reference, p) for p in PARTS}
    assert dict(records(tables)) == expected


def test_load_is_idempotent_and_rebuilds_the_records(reference, db_url):
    first = load_shards(reference, db_url)
    second = load_shards(reference, db_url)
    assert (first, second) == ({"shards": 4, "articles": 10, "failures": 2},
                               {"shards": 0, "articles": 0, "failures": 0})
    tables = {p: read_table(reference, p) for p in PARTS}
    with open_store(db_url) as store:
        counts = store.counts()
        for _origin, record in records(tables):
            assert store.read(record.article.id) == record
        assert len(store.failures()) == 2
    assert (counts["articles"], counts["failures"]) == (10, 2)


def test_loading_a_shard_replaces_what_run_stored_for_the_same_article(tmp_path, db_url):
    record = full_record()
    with open_store(db_url) as store:
        store.write(record, origin="a.txt")
        store.write_failure(Failure("b.txt", "empty file"))
    out = tmp_path / "out"
    prepare(out)
    write_tables(out, "000001-aaaa", to_tables([("a.txt", record), ("b.txt", Failure("b.txt", "empty file"))]))
    commit(out, Shard("000001-aaaa", ("a.txt", "b.txt"), {}))
    load_shards(out, db_url)
    with open_store(db_url) as store:
        assert store.read("abc") == record
        assert (store.counts()["articles"], store.counts()["events"], len(store.failures())) == (1, 2, 1)
