"""Exports against the published field lists (GDELT 2.0 event table, PLOVER JSON), on both databases."""

import csv
import io
import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from tests.corpus.records import story
from tidings.corpus import merge
from tidings.export import export
from tidings.export.events import read_tsv
from tidings.export.formats import FLAT_COLUMNS
from tidings.export.gdelt import COLUMNS, fips
from tidings.export.plover import fields
from tidings.records import Extraction
from tidings.store import open_store


@pytest.fixture
def store(db_url):
    with open_store(db_url) as s:
        for i, record in enumerate(story()):
            s.write(record, origin=f"{i}.txt")
    return db_url


def lines(db, fmt, capsys, **options) -> list[str]:
    export(db, fmt, **options)
    return capsys.readouterr().out.splitlines()


def test_the_gdelt_columns_are_the_61_published_ones_in_order():
    assert len(COLUMNS) == len(set(COLUMNS)) == 61
    assert (COLUMNS[0], COLUMNS[1], COLUMNS[5], COLUMNS[25], COLUMNS[26], COLUMNS[34], COLUMNS[51], COLUMNS[59],
            COLUMNS[60]) == ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "IsRootEvent", "EventCode", "AvgTone",
                             "ActionGeo_Type", "DATEADDED", "SOURCEURL")


@pytest.mark.parametrize("merged", [False, True])
def test_gdelt_rows_fill_what_tidings_computes_and_leave_the_rest_empty(store, capsys, merged):
    if merged:
        merge(store)
    rows = [dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in lines(store, "gdelt", capsys)]
    assert [r["GLOBALEVENTID"] for r in rows] == ["1", "2", "3", "4"]
    first = rows[0]
    assert {k: first[k] for k in ("SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
                                   "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2CountryCode",
                                   "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                   "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type",
                                   "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "SOURCEURL")} == {
        "SQLDATE": "20240306", "MonthYear": "202403", "Year": "2024", "FractionDate": "2024.2630",
        "Actor1Code": "RUSMIL", "Actor1Name": "Russian forces in the Black Sea", "Actor1CountryCode": "RUS",
        "Actor1Type1Code": "MIL", "Actor2Code": "UKR", "Actor2CountryCode": "UKR", "IsRootEvent": "1",
        "EventCode": "190", "EventBaseCode": "190", "EventRootCode": "19", "QuadClass": "4",
        "GoldsteinScale": "-10.0", "NumMentions": "4", "NumSources": "3", "NumArticles": "4", "ActionGeo_Type": "4",
        "ActionGeo_FullName": "Odesa, Ukraine", "ActionGeo_CountryCode": "UP", "ActionGeo_Lat": "46.47747",
        "SOURCEURL": "0.txt"}
    assert len(first["DATEADDED"]) == 14 and first["DATEADDED"].isdigit()
    never = [r["column"] for r in read_tsv("gdelt_events.tsv") if r["tidings"].startswith("empty")]
    assert len(never) == 30
    assert {r[c] for r in rows for c in never} == {""}


def test_gdelt_keeps_events_dated_in_range(store, capsys):
    rows = lines(store, "gdelt", capsys, since="2024-03-10", until="2024-03-31")
    assert [r.split("\t")[1] for r in rows] == ["20240313"]


def test_plover_records_use_only_the_published_field_names(store, capsys):
    records = [json.loads(line) for line in lines(store, "plover", capsys)]
    known = fields()
    assert len(records) == 7
    for r in records:
        assert {"id", "date", "source", "event"} <= set(r) <= known["event"] | known["extension"]
        assert all(set(a) <= known["actor"] for a in r["source"] + r["recipient"])
        assert set(r["cite_info"]) <= known["cite_info"] and set(r["text_info"]) <= known["text_info"]
        assert set(r.get("event_loc", {})) <= known["location"]
    first = records[0]
    assert {k: first[k] for k in ("id", "date", "source", "recipient", "event", "quad_code", "event_loc", "modality",
                                  "cameo")} == {
        "id": "a-e1", "date": "2024-03-06",
        "source": [{"code": "RUS", "sector": "MIL", "actor_text": "Russian forces"}],
        "recipient": [{"code": "UKR", "actor_text": "Odesa"}], "event": ["ASSAULT"], "quad_code": 4,
        "event_loc": {"name": "Odesa", "latitude": 46.47747, "longitude": 30.73262, "geonameid": 698740,
                      "feature code": "PPLA", "country code": "UA", "cc3": "UKR"},
        "modality": "asserted", "cameo": "190"}
    assert [r["date"] for r in records if r["article_id"] == "d"] == [None]   # known only to the month


def test_csv_and_parquet_have_one_row_per_article_event(store, capsys, tmp_path):
    rows = list(csv.DictReader(io.StringIO("\n".join(lines(store, "csv", capsys)))))
    assert [r["article_id"] for r in rows] == ["a", "b", "c", "d", "f", "g", "e"]
    assert list(rows[0]) == list(FLAT_COLUMNS)
    assert (rows[0]["trigger"], rows[0]["sentence"]) == ("shelled", story()[0].text[:120])
    export(store, "parquet", str(tmp_path / "events.parquet"))
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.column("article_id").to_pylist() == [r["article_id"] for r in rows]


def test_jsonl_gives_back_the_records(store, capsys):
    got = [Extraction.from_dict(json.loads(line)) for line in lines(store, "jsonl", capsys, since="2024-03-07",
                                                                      until="2024-03-08")]
    assert sorted(r.article.id for r in got) == ["c", "d", "f", "g"]
    assert {r.article.id: r for r in got}["c"] == {r.article.id: r for r in story()}["c"]


def test_fips_codes_come_from_geonames():
    assert (fips("UKR"), fips("CHN"), fips("USA"), fips("DEU"), fips(None)) == ("UP", "CH", "US", "GM", None)


def test_the_command_writes_a_file(store, tmp_path):
    out = tmp_path / "events.tsv"
    done = subprocess.run([sys.executable, "-m", "tidings", "export", "--db", store, "--format", "gdelt", "--out",
                           str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [len(line.split("\t")) for line in out.read_text().splitlines()] == [61, 61, 61, 61]
