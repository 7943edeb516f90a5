"""Dedup and merge, on the store (SQLite and PostgreSQL) and on Parquet shards (DuckDB), with records
built to contain duplicates."""

import pyarrow.parquet as pq
import pytest

from tests.corpus.records import OTHER, WIRE, attack, story
from tidings.batch.shards import Shard, commit, prepare, write_tables
from tidings.batch.tables import to_tables
from tidings.corpus import dedup, find_duplicates, merge, merge_events
from tidings.corpus.merge import date_span, same_place
from tidings.store import open_store
from tidings.store import schema as s


def stored(db_url):
    with open_store(db_url) as store:
        for i, record in enumerate(story()):
            store.write(record, origin=f"{i}.txt")
    return db_url


def sharded(tmp_path):
    out = tmp_path / "shards"
    prepare(out)
    records = story()
    for n, half in enumerate((records[:3], records[3:]), start=1):
        name = f"00000{n}-test"
        write_tables(out, name, to_tables([(r.article.id, r) for r in half]))
        commit(out, Shard(name, tuple(r.article.id for r in half), {}))
    return str(out)


def test_copies_of_a_wire_story_link_to_the_oldest():
    articles = [("a", WIRE), ("b", WIRE.replace("said on Wednesday", "said on Wednesday morning")),
                ("g", OTHER), ("c", WIRE + " More strikes are expected."), ("h", "Short.")]
    assert [(d.article_id, d.original_id) for d in find_duplicates(articles)] == [("b", "a"), ("c", "a")]


def test_a_rewritten_report_of_the_same_event_is_not_a_copy():
    assert find_duplicates([("a", WIRE), ("d", "Russian forces shelled Odesa overnight; the governor said "
                                               "grain silos burned and the air force downed most drones.")]) == []


@pytest.mark.parametrize(("value", "span"), [
    ("2024-03-06", ("2024-03-06", "2024-03-06")), ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023", ("2023-01-01", "2023-12-31")), ("2024-13", None), (None, None)])
def test_a_date_covers_the_days_of_its_precision(value, span):
    got = date_span(value)
    assert (tuple(d.isoformat() for d in got) if got else None) == span


@pytest.mark.parametrize(("a", "b", "same"), [
    (("Odesa", "UKR", 46.48, 30.73), ("Odesa", "UKR", None, None), True),
    (("Odesa", "UKR", 46.48, 30.73), ("Chornomorsk", "UKR", 46.30, 30.65), True),      # 21 km away
    (("Odesa", "UKR", 46.48, 30.73), ("Kharkiv", "UKR", 49.99, 36.23), False),
    (("Odesa", "UKR", 46.48, 30.73), ("Ukraine", "UKR", 49.0, 32.0), True),            # the country itself
    (("Odesa", "UKR", 46.48, 30.73), ("Beijing", "CHN", 39.9, 116.4), False),
    ((None, None, None, None), ("Beijing", "CHN", 39.9, 116.4), True),
])
def test_places_are_compatible_when_one_event_could_be_at_both(a, b, same):
    keys = ("place_name", "place_country", "place_lat", "place_lon")
    assert same_place(dict(zip(keys, a, strict=True)), dict(zip(keys, b, strict=True))) is same


def mention(record):
    [event] = record.events
    src, tgt = record.actors
    row = {"article_id": record.article.id, "event_id": event.id, "code": event.code, "root": event.root,
           "name": event.name, "goldstein": event.goldstein, "quad_class": event.quad_class, "plover": event.plover,
           "modality": event.modality, "date": event.date, "published": record.article.published,
           "publisher": record.article.source, "url": record.article.url, "sentence_start": 0,
           "sentence_end": 120, "trigger_start": 15, "trigger_end": 22}
    place = event.place
    row.update(place_name=place and place.name, place_country=place and place.country,
               place_lat=place and place.lat, place_lon=place and place.lon)
    for side, actor in (("source", src), ("target", tgt)):
        row.update({f"{side}_name": actor.name, f"{side}_kind": actor.kind, f"{side}_country": actor.country,
                    f"{side}_role": actor.role, f"{side}_organization": None, f"{side}_code": None})
    return row


EXPECTED = [  # (articles of the event, mentions, sources, articles, dates)
    (["a", "b", "c", "d"], 4, 3, 4, ("2024-03-01", "2024-03-31")),
    (["f"], 1, 1, 1, ("2024-03-06", "2024-03-06")),
    (["g"], 1, 1, 1, ("2024-03-06", "2024-03-06")),
    (["e"], 1, 1, 1, ("2024-03-13", "2024-03-13")),
]


def summary(rows_by_event, events):
    return [(sorted(rows_by_event[e["id"]]), e["num_mentions"], e["num_sources"], e["num_articles"],
             (e["date_start"], e["date_end"])) for e in events]


def test_the_same_shelling_in_four_papers_is_one_event_and_the_rest_stay_apart():
    records = sorted(story(), key=lambda r: (r.article.published, r.article.id))
    events = merge_events(mention(r) for r in records)
    rows = [e.row() for e in events]
    by_event = {e.id: [m["article_id"] for m in e.mention_rows()] for e in events}
    assert summary(by_event, rows) == EXPECTED
    assert rows[0]["source_name"] == "Russian forces in the Black Sea"   # the fullest name any paper gives
    assert rows[0]["first_article"] == "a"


def test_merge_and_dedup_on_the_store(db_url):
    stored(db_url)
    assert [(d.article_id, d.original_id) for d in dedup(db_url)] == [("b", "a"), ("c", "a")]
    merge(db_url)
    merge(db_url)  # again: replaces, never adds
    with open_store(db_url) as store, store.engine.connect() as conn:
        events = [dict(r) for r in conn.execute(s.corpus_events.select().order_by(s.corpus_events.c.id)).mappings()]
        mentions = conn.execute(s.event_mentions.select()).mappings().all()
        duplicates = conn.execute(s.duplicates.select().order_by(s.duplicates.c.article_id)).mappings().all()
    by_event = {}
    for m in mentions:
        by_event.setdefault(m["corpus_event_id"], []).append(m["article_id"])
    assert summary(by_event, events) == EXPECTED
    assert [(d["article_id"], d["original_id"]) for d in duplicates] == [("b", "a"), ("c", "a")]


def test_merge_and_dedup_on_parquet_shards(tmp_path):
    target = sharded(tmp_path)
    assert [(d.article_id, d.original_id) for d in dedup(target)] == [("b", "a"), ("c", "a")]
    merge(target)
    events = pq.read_table(f"{target}/corpus/corpus_events.parquet").to_pylist()
    by_event = {}
    for m in pq.read_table(f"{target}/corpus/event_mentions.parquet").to_pylist():
        by_event.setdefault(m["corpus_event_id"], []).append(m["article_id"])
    assert summary(by_event, events) == EXPECTED
    assert pq.read_table(f"{target}/corpus/duplicates.parquet").num_rows == 2


def test_an_attack_by_someone_else_is_another_event():
    one = attack("x", published="2024-03-06", source="A", date="2024-03-06")
    two = attack("y", published="2024-03-06", source="B", date="2024-03-06", attacker="Wagner mercenaries")
    assert len(merge_events([mention(one), mention(two)])) == 2
