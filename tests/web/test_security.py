"""Hostile input against the queries and the API, on SQLite and PostgreSQL: user text reaches SQL
only as bound parameters, so any string filters exactly as a plain Python comparison would, and
nothing is ever changed. (The browser half — article text escaped — is in test_browser.py.)"""

import string
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.web.records import coded_records
from tidings.web import queries
from tidings.web.app import create_app
from tidings.web.queries import EventFilter

INJECTIONS = [
    "' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE events; --", "\"; DROP TABLE articles; --",
    "1; DELETE FROM actors", "' UNION SELECT id, text FROM articles --", "') OR ('a'='a", "%", "_", "%%", "\\",
    "\\'", "'", "''", "*", "a*", "NEAR(a b)", "title:x", "^x", "(", ")", '"', '"unclosed', "-", "--", "or",
    "AND", "NOT", "{title}: x", "x' AND pg_sleep(0) IS NULL --", "$1", ":q", "?", "%s", "{0}", "\u2019 OR 1=1",
    "<script>alert(1)</script>", "Beijing' --", "a" * 200, "\u202e\u0645", "\U0001F600",
]
TEXT = st.one_of(st.sampled_from(INJECTIONS),
                 st.text(alphabet=string.printable.replace("\x0b", "").replace("\x0c", "") + "éüß中'\"%_\\",
                         min_size=1, max_size=40))  # empty: no filter at all
RECORDS = coded_records()
EVENTS = [(r, e) for r in RECORDS for e in r.events]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def expected_by_actor(text: str) -> list[tuple[str, str]]:
    """What `actor=text` keeps, by the rule written out in Python."""
    out = []
    for record, event in EVENTS:
        actors = {a.id: a for a in record.actors}
        sides = [actors[i] for i in (event.source, event.target) if i in actors]
        if any(text.lower() in a.name.lower() or a.code == text.upper() for a in sides):
            out.append((record.article.id, event.id))
    return sorted(out)


def ids(page) -> list[tuple[str, str]]:
    return sorted((e["article_id"], e["event_id"]) for e in page.items)


@FUZZ
@given(text=TEXT)
def test_actor_filter_matches_plain_python_for_any_string(coded_store, text):
    with coded_store.engine.connect() as conn:
        got = ids(queries.events(conn, EventFilter(actor=text), limit=500))
    assert got == expected_by_actor(text)


@FUZZ
@given(text=TEXT)
def test_every_text_filter_takes_any_string_and_changes_nothing(coded_store, text):
    before = coded_store.counts()
    article_ids = {r.article.id for r in RECORDS}
    with coded_store.engine.connect() as conn:
        found = {a["id"] for a in queries.articles(conn, q=text, limit=500).items}
        assert found <= article_ids
        assert queries.articles(conn, source=text).items == []
        assert queries.events(conn, EventFilter(publisher=text, article=text, actor_id=text)).items == []
        assert ids(queries.events(conn, EventFilter(q=text), limit=500)) == sorted(
            (r.article.id, e.id) for r in RECORDS if r.article.id in found for e in r.events)
        speakers = {q["article_id"] for q in queries.quotes(conn, speaker=text).items}
        assert speakers == {r.article.id for r in RECORDS for q in r.quotes
                            if text.lower() in (q.speaker_text or "").lower()
                            or text.lower() in next(a.name for a in r.actors if a.id == q.speaker).lower()}
        assert {a["name"] for a in queries.actors(conn, q=text, limit=500).items} == {
            a.name for r in RECORDS for a in r.actors if text.lower() in a.name.lower()}
        claims = queries.claims(conn, q=text, unit=text).items
        assert claims == []
    assert coded_store.counts() == before


@pytest.fixture(scope="module")
def client(coded_store) -> TestClient:
    return TestClient(create_app(coded_store.db))


TEXT_PARAMS = [("/articles", "q"), ("/articles", "source"), ("/events", "actor"), ("/events", "q"),
               ("/events", "publisher"), ("/events", "article"), ("/events", "actor_id"), ("/actors", "q"),
               ("/quotes", "speaker"), ("/quotes", "q"), ("/claims", "q"), ("/claims", "unit"),
               ("/stats/timeline", "actor"), ("/stats/dyads", "actor"), ("/stats/places", "q"), ("/export", "actor"),
               ("/", "q"), ("/", "actor"), ("/dyad", "actor"), ("/map", "q")]
CODE_PARAMS = [("/events", p) for p in ("country", "role", "source_country", "code", "root", "plover",
                                        "modality", "date_from", "quad_class", "min_confidence", "sort", "order")]


@pytest.mark.parametrize(("path", "param"), TEXT_PARAMS + CODE_PARAMS)
def test_hostile_strings_in_every_parameter_never_fail_the_server(client, coded_store, path, param):
    before = coded_store.counts()
    for text in INJECTIONS:
        response = client.get(path, params={param: text})
        assert response.status_code in (200, 422), (path, param, text, response.status_code)
        if (path, param) in TEXT_PARAMS and len(text) <= {"article": 128, "actor_id": 32, "unit": 32}.get(param, 200):
            assert response.status_code == 200, (path, param, text)
    assert coded_store.counts() == before


def test_hostile_article_ids_in_the_path(client):
    for text in INJECTIONS:
        assert client.get(f"/articles/{quote(text, safe='')}").status_code in (404, 422), text
        assert client.get(f"/article/{quote(text, safe='')}").status_code == 404, text


def test_a_nul_in_the_url_is_refused(client):
    assert client.get("/events", params={"actor": "a\x00b"}).status_code == 422
    assert client.get("/articles/a%00b").status_code == 422


def test_a_page_size_over_the_limit_is_refused(client):
    assert client.get("/events", params={"limit": 500}).status_code == 200
    assert client.get("/events", params={"limit": 501}).json()["detail"][0]["msg"] == (
        "Input should be less than or equal to 500")
