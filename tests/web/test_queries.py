"""queries.py on both databases, over the hand-coded records of tests/web/records.py."""

import dataclasses

import pytest

from tests.web.records import prisoners
from tidings.store import open_store
from tidings.web import queries
from tidings.web.queries import EventFilter

ALL = [("t-hostile", "e1"), ("t-kharkiv", "e1"), ("t-kharkiv", "e2"), ("t-munich", "e1"), ("t-munich", "e2"),
       ("t-munich", "e3"), ("t-prisoners", "e1"), ("t-prisoners", "e2"), ("t-shoal", "e1"), ("t-shoal", "e2"),
       ("t-shoal", "e3")]


def event_ids(store, f: EventFilter) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        page = queries.events(conn, f, limit=500)
    assert page.total == len(page.items)
    return sorted((e["article_id"], e["event_id"]) for e in page.items)


@pytest.mark.parametrize(("f", "expected"), [
    (EventFilter(), ALL),
    (EventFilter(country="RUS"), [("t-hostile", "e1"), ("t-kharkiv", "e1"), ("t-kharkiv", "e2"),
                                  ("t-prisoners", "e1"), ("t-prisoners", "e2")]),
    (EventFilter(country="rus"), [("t-hostile", "e1"), ("t-kharkiv", "e1"), ("t-kharkiv", "e2"),
                                  ("t-prisoners", "e1"), ("t-prisoners", "e2")]),
    (EventFilter(source_country="CHN"), [("t-munich", "e3"), ("t-shoal", "e1"), ("t-shoal", "e3")]),
    (EventFilter(target_country="CHN"), [("t-munich", "e1"), ("t-munich", "e2"), ("t-shoal", "e2")]),
    (EventFilter(source_country="CHN", target_country="PHL"), [("t-shoal", "e1"), ("t-shoal", "e3")]),
    (EventFilter(country_a="USA", country_b="CHN"), [("t-munich", "e1"), ("t-munich", "e2"), ("t-munich", "e3"),
                                                     ("t-shoal", "e2")]),
    (EventFilter(actor="zelensky"), [("t-kharkiv", "e2")]),
    (EventFilter(actor="RUSMIL"), [("t-kharkiv", "e1")]),
    (EventFilter(actor="rusmil"), [("t-kharkiv", "e1")]),
    (EventFilter(actor="Beijing"), [("t-munich", "e2"), ("t-shoal", "e3")]),
    (EventFilter(actor="%"), []),                                   # a LIKE wildcard is only a character
    (EventFilter(actor_id="a3", article="t-kharkiv"), [("t-kharkiv", "e2")]),
    (EventFilter(role="MIL"), [("t-kharkiv", "e1"), ("t-shoal", "e1"), ("t-shoal", "e3")]),
    (EventFilter(code="084"), [("t-prisoners", "e1"), ("t-prisoners", "e2")]),
    (EventFilter(root="19"), [("t-kharkiv", "e1"), ("t-shoal", "e1"), ("t-shoal", "e3")]),
    (EventFilter(quad_class=(1, 2)), [("t-munich", "e1"), ("t-munich", "e2"), ("t-prisoners", "e1"),
                                      ("t-prisoners", "e2")]),
    (EventFilter(plover="accuse"), [("t-hostile", "e1"), ("t-kharkiv", "e2"), ("t-shoal", "e2")]),
    (EventFilter(modality="negated"), [("t-shoal", "e3")]),
    (EventFilter(min_confidence=0.8), [e for e in ALL if e not in
                                       [("t-munich", "e2"), ("t-munich", "e3"), ("t-shoal", "e3")]]),
    (EventFilter(q="Munich"), [("t-munich", "e1"), ("t-munich", "e2"), ("t-munich", "e3")]),
    (EventFilter(q="officials"), [("t-hostile", "e1"), ("t-kharkiv", "e1"), ("t-kharkiv", "e2"), ("t-shoal", "e1"),
                                  ("t-shoal", "e2"), ("t-shoal", "e3")]),
    (EventFilter(publisher="Test Herald"), [("t-munich", "e1"), ("t-munich", "e2"), ("t-munich", "e3"),
                                            ("t-prisoners", "e1"), ("t-prisoners", "e2")]),
    (EventFilter(country="UKR", quad_class=(4,), date_from="2024-02"), [("t-kharkiv", "e1")]),
])
def test_event_filters(coded_store, f, expected):
    assert event_ids(coded_store, f) == expected


@pytest.mark.parametrize(("date_from", "date_to", "expected"), [
    # "2024-02" (munich e3, a month) overlaps any range that touches February
    ("2024-02-16", None, [("t-munich", "e1"), ("t-munich", "e2"), ("t-munich", "e3"), ("t-prisoners", "e1"),
                          ("t-prisoners", "e2"), ("t-shoal", "e1"), ("t-shoal", "e2"), ("t-shoal", "e3")]),
    (None, "2024-02-10", [("t-hostile", "e1"), ("t-kharkiv", "e1"), ("t-kharkiv", "e2"), ("t-munich", "e3")]),
    ("2024-02", "2024-02", [("t-kharkiv", "e1"), ("t-kharkiv", "e2"), ("t-munich", "e1"), ("t-munich", "e2"),
                            ("t-munich", "e3"), ("t-prisoners", "e1"), ("t-prisoners", "e2")]),
    ("2024-03-05", None, []),
    (None, "2024", ALL),
    ("2023", "2023-12-31", []),
])
def test_a_date_range_keeps_what_overlaps_it(coded_store, date_from, date_to, expected):
    assert event_ids(coded_store, EventFilter(date_from=date_from, date_to=date_to)) == expected


def test_events_sort_with_ties_broken_by_article_and_order(coded_store):
    with coded_store.engine.connect() as conn:
        low = queries.events(conn, EventFilter(), sort="goldstein", order="asc", limit=3)
        high = queries.events(conn, EventFilter(), sort="confidence", order="desc", limit=1)
    assert [(e["article_id"], e["event_id"], e["goldstein"]) for e in low.items] == [
        ("t-kharkiv", "e1", -10.0), ("t-shoal", "e3", -10.0), ("t-shoal", "e1", -9.5)]
    assert [(e["article_id"], e["event_id"]) for e in high.items] == [("t-kharkiv", "e1")]


def test_events_page_and_row(coded_store):
    with coded_store.engine.connect() as conn:
        page = queries.events(conn, EventFilter(), sort="source", order="asc", limit=4, offset=8)
        [row] = queries.events(conn, EventFilter(article="t-kharkiv", actor="zelensky")).items
    assert (page.total, page.limit, page.offset, len(page.items)) == (11, 4, 8, 3)
    assert {k: row[k] for k in ("source_name", "source_country", "source_role", "source_code", "target_name",
                                "target_country", "code", "name", "quad_class", "trigger", "sentence",
                                "publisher", "title")} == {
        "source_name": "Volodymyr Zelensky", "source_country": "UKR", "source_role": "GOV", "source_code": "UKRGOV",
        "target_name": "Moscow", "target_country": "RUS", "code": "112", "name": "Accuse, not specified below",
        "quad_class": 3, "trigger": "accused",
        "sentence": "President Volodymyr Zelensky accused Moscow of targeting civilians.",
        "publisher": "Test Wire", "title": "Russian shelling hits Kharkiv"}


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({}, ["t-shoal", "t-prisoners", "t-munich", "t-kharkiv", "t-hostile"]),      # newest first
    ({"q": "Munich"}, ["t-munich"]),
    ({"q": "swap"}, ["t-prisoners"]),                                          # the title is searched
    ({"source": "Test Wire"}, ["t-shoal", "t-kharkiv"]),
    ({"date_from": "2024-02-10", "date_to": "2024-02-28"}, ["t-prisoners", "t-munich"]),
    ({"q": "officials", "date_to": "2024-02"}, ["t-kharkiv", "t-hostile"]),
])
def test_articles(coded_store, kwargs, expected):
    with coded_store.engine.connect() as conn:
        page = queries.articles(conn, **kwargs)
    assert [a["id"] for a in page.items] == expected


def test_article_rows_count_what_was_found(coded_store):
    with coded_store.engine.connect() as conn:
        [row] = queries.articles(conn, q="Kharkiv").items
    assert {k: row[k] for k in ("id", "title", "source", "published", "events", "actors", "quotes", "claims")} == {
        "id": "t-kharkiv", "title": "Russian shelling hits Kharkiv", "source": "Test Wire",
        "published": "2024-02-05", "events": 2, "actors": 4, "quotes": 1, "claims": 1}
    assert row["lead"].startswith("Russian forces shelled Kharkiv on Monday")


def test_weekly_timeline_of_a_dyad_has_every_week(coded_store):
    with coded_store.engine.connect() as conn:
        out = queries.timeline(conn, EventFilter(country_a="UKR", country_b="RUS"), interval="week")
    rows = [(p["period"], p["start"], [p["counts"][k] for k in "1234"], p["goldstein_mean"]) for p in out["points"]]
    assert rows == [
        ("2024-W03", "2024-01-15", [0, 0, 1, 0], -2.0),
        ("2024-W04", "2024-01-22", [0, 0, 0, 0], None),
        ("2024-W05", "2024-01-29", [0, 0, 0, 0], None),
        ("2024-W06", "2024-02-05", [0, 0, 1, 1], -6.0),
        ("2024-W07", "2024-02-12", [0, 0, 0, 0], None),
        ("2024-W08", "2024-02-19", [0, 2, 0, 0], 7.0),
    ]
    assert out["unplaced"] == 0


def test_monthly_and_daily_timelines(coded_store):
    pair = EventFilter(country_a="USA", country_b="CHN")
    with coded_store.engine.connect() as conn:
        monthly = queries.timeline(conn, pair, interval="month")
        daily = queries.timeline(conn, pair, interval="day")
        actor = queries.timeline(conn, EventFilter(actor="Blinken"), interval="month")
    assert [(p["period"], p["total"], p["goldstein_mean"]) for p in monthly["points"]] == [
        ("2024-02", 3, 0.2), ("2024-03", 1, -2.0)]
    assert (len(daily["points"]), daily["points"][0]["period"], daily["points"][-1]["period"]) == (
        18, "2024-02-16", "2024-03-04")
    assert daily["unplaced"] == 1            # "2024-02" cannot go on a day
    assert [(p["period"], p["counts"]["1"]) for p in actor["points"]] == [("2024-02", 1)]


def test_dyads_by_country_and_by_actor(coded_store):
    with coded_store.engine.connect() as conn:
        countries = queries.dyads(conn, EventFilter())
        asserted = queries.dyads(conn, EventFilter(modality="asserted"), limit=10)
        actors = queries.dyads(conn, EventFilter(country="PHL"), by="actor")
    assert [(d["source"], d["target"], d["total"], d["counts"], d["goldstein_mean"]) for d in countries] == [
        ("UKR", "RUS", 3, {"1": 0, "2": 1, "3": 2, "4": 0}, 1.0),
        ("USA", "CHN", 3, {"1": 2, "2": 0, "3": 1, "4": 0}, 1.0),
        ("CHN", "PHL", 2, {"1": 0, "2": 0, "3": 0, "4": 2}, -9.75),
        ("RUS", "UKR", 2, {"1": 0, "2": 1, "3": 0, "4": 1}, -1.5),
        ("CHN", "USA", 1, {"1": 0, "2": 0, "3": 1, "4": 0}, -4.4),
    ]
    assert [(d["source"], d["target"], d["total"]) for d in asserted][2] == ("RUS", "UKR", 2)
    assert [(d["source"], d["source_country"], d["target"], d["target_country"], d["total"]) for d in actors] == [
        ("Beijing", "CHN", "Philippine supply mission", "PHL", 1),
        ("Chinese coast guard", "CHN", "Philippine supply mission", "PHL", 1)]


def test_actors_across_articles(coded_store):
    with coded_store.engine.connect() as conn:
        beijing = queries.actors(conn, q="beijing").items
        ukr_gov = queries.actors(conn, country="ukr", role="gov", kind="person").items
    assert beijing == [{"name": "Beijing", "country": "CHN", "role": "GOV", "kind": "country", "code": "CHNGOV",
                        "articles": 2, "events": 2}]
    assert ukr_gov == [{"name": "Volodymyr Zelensky", "country": "UKR", "role": "GOV", "kind": "person",
                        "code": "UKRGOV", "articles": 1, "events": 1}]


def test_quotes_by_speaker_and_claims(coded_store):
    with coded_store.engine.connect() as conn:
        zelensky = queries.quotes(conn, speaker="zelensky").items
        by_text = queries.quotes(conn, speaker="<i>").items
        people = queries.claims(conn, unit="people").items
        subject = queries.claims(conn, q="killed").items
    assert [(q["content"], q["speaker_name"], q["cue"], q["kind"]) for q in zelensky] == [
        ("We will answer every strike,", "Volodymyr Zelensky", "told", "direct")]
    assert [q["article_id"] for q in by_text] == ["t-hostile"]
    assert [(c["text"], c["value"], c["unit"], c["source_text"]) for c in people] == [
        ("12 people", 12.0, "people", "Officials")]
    assert subject == people


def test_places_and_countries(coded_store):
    with coded_store.engine.connect() as conn:
        places = queries.places(conn, EventFilter())
        conflict = queries.places(conn, EventFilter(quad_class=(4,)))
        countries = queries.countries(conn, EventFilter())
    assert [(p["name"], p["country"], p["total"], p["counts"]["4"]) for p in places] == [
        ("Kharkiv", "UKR", 1, 1), ("Munich", "DEU", 1, 0), ("Second Thomas Shoal", "PHL", 1, 1)]
    assert [p["name"] for p in conflict] == ["Kharkiv", "Second Thomas Shoal"]
    assert countries == {
        "CHN": {"source": 3, "target": 3, "total": 6}, "PHL": {"source": 0, "target": 2, "total": 2},
        "RUS": {"source": 2, "target": 3, "total": 5}, "UKR": {"source": 3, "target": 2, "total": 5},
        "USA": {"source": 3, "target": 1, "total": 4}}


def test_export_rows_stream_oldest_first(coded_store):
    with coded_store.engine.connect() as conn:
        rows = list(queries.event_rows(conn, EventFilter(country="UKR")))
    assert [(r["article_id"], r["event_id"], r["date"]) for r in rows] == [
        ("t-hostile", "e1", "2024-01-15"), ("t-kharkiv", "e1", "2024-02-05"), ("t-kharkiv", "e2", "2024-02-05"),
        ("t-prisoners", "e1", "2024-02-20"), ("t-prisoners", "e2", "2024-02-20")]


def test_a_stray_date_far_off_does_not_fill_centuries_of_empty_periods(tmp_path):
    record = prisoners()
    stray = dataclasses.replace(record.events[0], id="e9", date="1024-02-20")
    with open_store(str(tmp_path / "t.db")) as store:
        store.write(dataclasses.replace(record, events=(*record.events, stray)))
        with store.engine.connect() as conn:
            daily = queries.timeline(conn, EventFilter(), interval="day")
            monthly = queries.timeline(conn, EventFilter(), interval="month")
    assert [(p["period"], p["total"]) for p in daily["points"]] == [("1024-02-20", 1), ("2024-02-20", 2)]
    assert [(p["period"], p["total"]) for p in monthly["points"]] == [("1024-02", 1), ("2024-02", 2)]
