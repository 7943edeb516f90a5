"""`tidings watch` against a local HTTP server (a thread of this test) serving a feed and its pages:
a good page, one that times out, a 404, one robots.txt forbids, and a feed that is not XML."""

import contextlib
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.sources.warcs import page
from tidings.records import Failure
from tidings.sources.feeds import Link, read_links
from tidings.store import open_store
from tidings.store import schema as s
from tidings.watch import Fetcher, Politeness, parse_every, watch_round

SLOW = 3.0   # seconds the slow page takes, over the fetcher's 1 s timeout


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    entries = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                      for t, p, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{entries}</channel></rss>'


class Site(BaseHTTPRequestHandler):
    hits: Counter
    agents: list
    base: str

    def do_GET(self):  # the name http.server calls
        self.hits[self.path] += 1
        self.agents.append(self.headers.get("User-Agent"))
        if self.path == "/robots.txt":
            return self.send("text/plain", b"User-agent: *\nDisallow: /private/\n")
        if self.path == "/feed.xml":
            return self.send("application/rss+xml", rss(self.base, [
                ("Leaders meet", "/news/meet", "Tue, 05 Mar 2024 10:00:00 GMT"),
                ("Slow", "/news/slow", "Tue, 05 Mar 2024 11:00:00 GMT"),
                ("Gone", "/news/gone", "Tue, 05 Mar 2024 12:00:00 GMT"),
                ("Secret", "/private/memo", "Tue, 05 Mar 2024 13:00:00 GMT")]).encode())
        if self.path == "/not-a-feed":
            return self.send("application/json", b'{"items": ["this is JSON, not a feed"]}')
        if self.path == "/news/meet":
            return self.send("text/html", page("Leaders meet").encode())
        if self.path == "/news/slow":
            time.sleep(SLOW)
            return self.send("text/html", page("Slow").encode())
        if self.path == "/private/memo":
            return self.send("text/html", page("Secret").encode())
        self.send_response(404)
        self.end_headers()

    def send(self, kind: str, body: bytes):
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the fetcher gave up on the slow page
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    handler = type("Handler", (Site,), {"hits": Counter(), "agents": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    handler.base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler
    server.shutdown()
    server.server_close()


def fetcher():
    return Fetcher(Politeness(user_agent="tidings-test/1.0", timeout=1, retries=0, backoff=0.1, delay=0.0,
                              allow_private=True))


def test_a_round_stores_new_pages_and_records_each_failure(site, tmp_path, pipeline):
    db = str(tmp_path / "w.db")
    feeds = [f"{site.base}/feed.xml", f"{site.base}/not-a-feed"]
    with open_store(db) as store:
        done = watch_round(feeds, store, pipeline, fetcher())
        assert (done.new, done.stored) == (4, 1)
        assert sorted((f.origin.removeprefix(site.base), f.problem) for f in done.failures) == [
            ("/news/gone", "HTTP 404"),
            ("/news/slow", "no response within 1 s (timed out, or the connection failed) (tried 1 time)"),
            ("/not-a-feed", "neither an RSS/Atom feed nor a list of URLs (not well-formed (invalid token))"),
            ("/private/memo", "disallowed by robots.txt"),
        ]
        [record] = store.records()
        assert (record.article.url, record.article.title, record.article.published) == (
            f"{site.base}/news/meet", "Leaders meet", "2024-03-05")
        assert len(store.failures()) == 4
    assert site.hits["/private/memo"] == 0 and site.hits["/robots.txt"] == 1
    assert set(site.agents) == {"tidings-test/1.0"}


def test_a_restarted_watcher_fetches_nothing_it_has_stored_or_that_failed_for_good(site, tmp_path, pipeline):
    db = str(tmp_path / "w.db")
    with open_store(db) as store:
        watch_round([f"{site.base}/feed.xml"], store, pipeline, fetcher())
    before = Counter(site.hits)
    with open_store(db) as store:  # a new watcher, a new fetcher: all it knows is in the store
        again = watch_round([f"{site.base}/feed.xml"], store, pipeline, fetcher())
        with store.engine.connect() as conn:
            seen = {r["url"].removeprefix(site.base): (r["status"], r["attempts"])
                    for r in conn.execute(s.seen_pages.select()).mappings()}
    assert (again.new, again.stored) == (1, 0)   # only the slow page is tried again
    # (3 requests: trafilatura's downloader retries a timed-out request twice itself)
    assert {p: site.hits[p] - before[p] for p in ("/news/meet", "/news/gone", "/news/slow")} == {
        "/news/meet": 0, "/news/gone": 0, "/news/slow": 3}
    assert seen == {"/news/meet": ("stored", 1), "/news/slow": ("failed", 2), "/news/gone": ("failed", 3),
                    "/private/memo": ("failed", 3)}


def test_a_list_of_urls_is_read_like_a_feed(tmp_path):
    listing = b"# pages to read\nhttps://a.example/1\n\nhttps://a.example/2\n"
    assert read_links(listing, origin="urls.txt") == [Link("https://a.example/1"), Link("https://a.example/2")]


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty feed or list"),
    (b"hello\nworld\n", "neither an RSS/Atom feed nor a list of URLs (syntax error)"),
])
def test_what_is_neither_a_feed_nor_a_list_fails(content, problem):
    assert read_links(content, origin="x") == Failure("x", problem)


@pytest.mark.parametrize(("value", "seconds"), [("15m", 900.0), ("30s", 30.0), ("1h", 3600.0), ("90", 90.0)])
def test_intervals(value, seconds):
    assert parse_every(value) == seconds
