"""Records to Arrow tables and back, exactly, through the store's own columns."""

import dataclasses

from tests.test_records import full_record
from tidings.batch.tables import PARTS, SCHEMAS, failures, records, to_tables
from tidings.records import Article, Extraction, Failure
from tidings.store import schema as s


def test_a_record_round_trips_through_the_tables():
    record = full_record()
    tables = to_tables([("a.txt", record)])
    assert list(records(tables)) == [("a.txt", record)]


def test_tables_have_the_store_columns_and_one_row_per_item():
    record = full_record()
    tables = to_tables([("a.txt", record), ("b.txt", Failure("b.txt", "empty file", "ff"))])
    assert set(tables) == set(PARTS)
    assert tables["events"].column_names == [c.name for c in s.events.columns]
    assert {p: tables[p].num_rows for p in PARTS} == {
        "articles": 1, "failures": 1, **{p: len(getattr(record, p)) for p in s.PARTS}}
    assert list(failures(tables["failures"])) == [Failure("b.txt", "empty file", "ff")]


def test_fields_added_to_the_record_survive_the_tables():
    data = full_record().to_dict()
    data["events"][0]["novel"] = {"x": [1, 2]}
    data["article"]["section"] = "World"
    data["sentiment"] = 0.5
    record = Extraction.from_dict(data)
    [(_, back)] = records(to_tables([("a", record)]))
    assert back.to_dict() == Extraction.from_dict(data).to_dict()


def test_the_same_article_at_two_origins_keeps_its_own_rows():
    record = full_record()
    other = dataclasses.replace(record, article=Article(id="zzz"), events=())
    back = list(records(to_tables([("a", record), ("o", other), ("b", record)])))
    assert back == [("a", record), ("o", other), ("b", record)]


def test_empty_tables_keep_their_schema():
    tables = to_tables([])
    assert all(tables[p].schema == SCHEMAS[p] and tables[p].num_rows == 0 for p in PARTS)
