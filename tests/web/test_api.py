"""The JSON API through HTTP (Starlette's test client), on SQLite and PostgreSQL."""

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import TOKEN
from tests.web.records import kharkiv
from tidings.web.app import create_app


@pytest.fixture(scope="module")
def client(coded_store) -> TestClient:
    """A read-only server over the hand-coded records."""
    return TestClient(create_app(coded_store.db))


def test_articles_search_and_record(client):
    found = client.get("/articles", params={"q": "Kharkiv shelled"}).json()
    assert (found["total"], [a["id"] for a in found["items"]]) == (1, ["t-kharkiv"])
    assert client.get("/articles/t-kharkiv").json() == kharkiv().to_dict()
    missing = client.get("/articles/nope")
    assert (missing.status_code, missing.json()["detail"]) == (404, "no stored article with id 'nope'")


def test_events_filters_sort_and_pages(client):
    got = client.get("/events", params=[("quad_class", "1"), ("quad_class", "2"), ("sort", "goldstein"),
                                        ("order", "desc"), ("limit", "2")]).json()
    assert got["total"] == 4
    assert [(e["article_id"], e["event_id"], e["goldstein"]) for e in got["items"]] == [
        ("t-prisoners", "e1", 7.0), ("t-prisoners", "e2", 7.0)]
    dyad = client.get("/events", params={"country_a": "usa", "country_b": "chn", "date_from": "2024-03"}).json()
    assert [(e["article_id"], e["event_id"]) for e in dyad["items"]] == [("t-shoal", "e2")]
    empty = client.get("/events", params={"country": "", "actor": "", "q": ""}).json()   # empty fields filter nothing
    assert empty["total"] == 11


@pytest.mark.parametrize(("path", "params"), [
    ("/events", {"limit": 501}),
    ("/events", {"limit": 0}),
    ("/events", {"offset": -1}),
    ("/events", {"quad_class": 5}),
    ("/events", {"country": "RUSSIA"}),
    ("/events", {"date_from": "2024-02-30x"}),
    ("/events", {"min_confidence": 2}),
    ("/events", {"sort": "goldstein; DROP TABLE events"}),
    ("/events", {"modality": "maybe"}),
    ("/events", {"actor": "x" * 201}),
    ("/articles", {"limit": 1000}),
    ("/articles", {"q": "x" * 201}),
    ("/stats/dyads", {"limit": 501}),
    ("/stats/timeline", {"interval": "year"}),
    ("/export", {"format": "xml"}),
    ("/export", {"format": "parquet"}),
])
def test_bad_parameters_are_refused_before_any_query(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code == 422


def test_statistics(client):
    timeline = client.get("/stats/timeline", params={"country_a": "UKR", "country_b": "RUS"}).json()
    assert [(p["period"], p["total"]) for p in timeline["points"]] == [
        ("2024-W03", 1), ("2024-W04", 0), ("2024-W05", 0), ("2024-W06", 2), ("2024-W07", 0), ("2024-W08", 2)]
    dyads = client.get("/stats/dyads", params={"limit": 2}).json()
    assert [(d["source"], d["target"], d["total"]) for d in dyads] == [("UKR", "RUS", 3), ("USA", "CHN", 3)]
    places = client.get("/stats/places", params={"root": "19"}).json()
    assert [(p["name"], p["lat"], p["lon"]) for p in places] == [("Kharkiv", 49.98081, 36.25272),
                                                                 ("Second Thomas Shoal", 9.73333, 115.86667)]
    countries = client.get("/stats/countries").json()
    assert {k: (v["numeric"], v["total"]) for k, v in countries.items()} == {
        "CHN": ("156", 6), "PHL": ("608", 2), "RUS": ("643", 5), "UKR": ("804", 5), "USA": ("840", 4)}


def test_actors_quotes_claims(client):
    actors = client.get("/actors", params={"q": "zelensky"}).json()["items"]
    quotes = client.get("/quotes", params={"speaker": "Zelensky"}).json()["items"]
    claims = client.get("/claims", params={"unit": "people"}).json()["items"]
    assert [(a["name"], a["events"]) for a in actors] == [("Volodymyr Zelensky", 1)]
    assert [q["content"] for q in quotes] == ["We will answer every strike,"]
    assert [c["value"] for c in claims] == [12.0]


def test_export_csv_and_json_lines(client):
    response = client.get("/export", params={"format": "csv", "country": "PHL"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["article_id"], r["event_id"], r["source_name"], r["target_name"], r["trigger"]) for r in rows] == [
        ("t-shoal", "e1", "Chinese coast guard", "Philippine supply mission", "blocked"),
        ("t-shoal", "e3", "Beijing", "Philippine supply mission", "attack")]
    lines = client.get("/export", params={"format": "jsonl", "country": "PHL"}).text.splitlines()
    assert [json.loads(line)["modality"] for line in lines] == ["asserted", "negated"]


def test_export_gdelt_and_plover_through_the_exporters(client):
    plover = client.get("/export", params={"format": "plover", "country": "PHL"})
    assert plover.headers["content-type"].startswith("application/x-ndjson")
    assert [(r["id"], r["event"], r["source"][0]["actor_text"]) for r in map(json.loads, plover.text.splitlines())] == [
        ("t-shoal-e1", ["COERCE"], "Chinese coast guard"), ("t-shoal-e3", ["ASSAULT"], "Beijing")]
    gdelt = client.get("/export", params={"format": "gdelt", "country": "PHL"})
    rows = [line.split("\t") for line in gdelt.text.splitlines()]
    assert [(len(r), r[1], r[6], r[26], r[29]) for r in rows] == [
        (61, "20240304", "Chinese coast guard", "191", "4"), (61, "20240304", "Beijing", "190", "4")]
    assert len(client.get("/export", params={"format": "gdelt"}).text.splitlines()) == 11


def test_docs_are_served_offline(client):
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "/static/swagger/swagger-ui.css" in docs
    assert "cdn" not in docs and "https://" not in docs
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/events"]["get"]["summary"] == "List Events"
    assert client.get("/redoc").status_code == 404


def test_pages_render(client):
    home = client.get("/", params={"country": "PHL"})
    assert home.status_code == 200
    assert home.text.count('<tr class="quad-row-') == 2
    article = client.get("/article/t-kharkiv")
    assert article.status_code == 200
    assert ('data-keys="event:e1">194 Fight with artillery and tanks · Russian forces → Ukrainian officials</span>'
            in article.text)
    assert client.get("/article/nope").status_code == 404
    bad = client.get("/", params={"country": "<b>"})
    assert bad.status_code == 422 and "country: String should match pattern" in bad.text
    for page in ("/dyad", "/map", "/network"):
        assert client.get(page).status_code == 200


# -- writes and the token ---------------------------------------------------------------------------------


@pytest.fixture
def writable(db_url, pipeline):
    """A server with a token over an empty store, and the store."""
    app = create_app(db_url, token=TOKEN, pipeline=pipeline)
    return TestClient(app), app.state.service.store


BODY = {"id": "api-1", "text": "Russia accused Ukraine of shelling the border town on Monday.",
        "published": "2024-03-01", "title": "Border town shelled"}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer "}])
def test_a_wrong_or_missing_token_gets_401_and_writes_nothing(writable, headers):
    client, store = writable
    response = client.post("/articles", json=BODY, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert store.counts()["articles"] == 0


def test_the_token_writes_and_the_article_is_searchable(writable):
    client, store = writable
    response = client.post("/articles", json=BODY, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201
    record = response.json()
    assert (record["article"]["id"], record["text"]) == ("api-1", BODY["text"])
    assert store.read("api-1").to_dict() == record
    assert [a["id"] for a in client.get("/articles", params={"q": "border town"}).json()["items"]] == ["api-1"]


def test_a_read_only_server_refuses_writes_and_its_connection_is_read_only(coded_store, client):
    before = coded_store.counts()
    response = client.post("/articles", json=BODY, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403
    assert coded_store.counts() == before
    import sqlalchemy as sa

    store = client.app.state.service.store
    assert store.read_only
    with pytest.raises(sa.exc.DBAPIError), store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM events"))
    assert coded_store.counts() == before


def test_extract_needs_no_token_and_stores_nothing(writable):
    client, store = writable
    response = client.post("/extract", json=BODY)
    assert response.status_code == 200
    record = response.json()
    assert [(e["text"], e["label"]) for e in record["entities"]][:2] == [("Russia", "GPE"), ("Ukraine", "GPE")]
    assert store.counts()["articles"] == 0


@pytest.mark.parametrize(("body", "problem"), [
    (b"not json", "not JSON"),
    (b"[1, 2]", "expected a JSON object, got list"),
    (b'{"title": "no text"}', "no 'text' or 'html' field"),
    (b'{"text": "   "}', "'text' (or 'html') is empty or not a string"),
])
def test_extract_says_what_is_wrong_with_the_input(writable, body, problem):
    client, _ = writable
    response = client.post("/extract", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and response.json()["detail"].startswith(problem)


def test_request_bodies_over_2_mb_are_refused(writable):
    client, store = writable
    big = json.dumps({"text": "word " * 420_000})  # 2.1 MB
    assert client.post("/extract", content=big).status_code == 413
    chunked = client.post("/articles", content=iter([big[:1_000_000].encode(), big[1_000_000:].encode()]),
                          headers={"Authorization": f"Bearer {TOKEN}"})   # no Content-Length: counted as it comes
    assert chunked.status_code == 413
    assert store.counts()["articles"] == 0


# -- headers: CORS and content security -----------------------------------------------------------------------------


def test_cors_is_off_by_default(client):
    preflight = client.options("/events", headers={"Origin": "https://elsewhere.example",
                                                   "Access-Control-Request-Method": "GET"})
    simple = client.get("/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-origin" not in simple.headers


def test_cors_for_the_origins_given(coded_store):
    client = TestClient(create_app(coded_store.db, cors_origins=("https://notebook.example",)))
    allowed = client.get("/events", headers={"Origin": "https://notebook.example"})
    other = client.get("/events", headers={"Origin": "https://elsewhere.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://notebook.example"
    assert "access-control-allow-origin" not in other.headers


def test_every_response_forbids_foreign_and_inline_scripts(client):
    for path in ("/", "/article/t-hostile", "/events", "/static/js/article.js"):
        headers = client.get(path).headers
        assert "script-src 'self';" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
