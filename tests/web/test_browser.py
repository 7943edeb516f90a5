"""The web page in a real browser: Playwright driving Debian's Chromium against `tidings serve`
(a subprocess, on a free port) over the samples run through the real pipeline plus the
hand-coded records. Each test saves a screenshot to tests/artifacts/ (gitignored).

Every page is checked for what a user would notice: no request leaves the machine (nothing from a
CDN), no script error, and no dialog (an `alert` from article text would be one).
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT
from tests.web.records import coded_records
from tidings.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path) -> Iterator[str]:
    """`tidings serve` over the store `db`, read-only, on a free port: its base URL while it runs."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # up to a minute for the server to import and bind; it is not a timing test
            if process.poll() is not None:
                raise RuntimeError(f"tidings serve exited: {process.stdout.read().decode()}")
            try:
                urllib.request.urlopen(base + "/articles?limit=1", timeout=5)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def samples_server(samples_db) -> Iterator[str]:
    """The server over the samples (real pipeline output) and the hand-coded records."""
    yield from serve(samples_db)


@pytest.fixture(scope="module")
def coded_server(tmp_path_factory) -> Iterator[str]:
    """The server over the hand-coded records alone: charts whose every bar and edge is known."""
    db = tmp_path_factory.mktemp("coded-web") / "coded.db"
    with open_store(str(db)) as store:
        for record in coded_records():
            store.write(record)
    yield from serve(db)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM} (.ci/run installs Debian's)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """What a page did that a user would notice: dialogs, script errors, requests elsewhere."""

    def __init__(self, page, bases: tuple[str, ...]):
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        hosts = {urlsplit(b).netloc for b in bases}
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("request", lambda r: None if urlsplit(r.url).netloc in hosts or r.url.startswith("data:")
                else self.foreign.append(r.url))


@pytest.fixture
def page(browser, samples_server, coded_server, request):
    """A browser page; `page.samples` and `page.coded` are the two servers' base URLs."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.watch = Watch(page, (samples_server, coded_server))
    page.samples, page.coded = samples_server, coded_server
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    watch = page.watch
    context.close()
    assert (watch.dialogs, watch.errors, watch.foreign) == ([], [], [])


def api(base: str, path: str):
    """The JSON the server at `base` answers for `path`."""
    with urllib.request.urlopen(base + path, timeout=60) as response:
        return json.load(response)


def test_search_and_filter(page):
    page.goto(page.samples + "/")
    page.fill("input[name=q]", "Kharkiv")
    page.fill("input[name=country]", "UKR")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"\?q=Kharkiv&"))
    assert page.locator(".article-list .title").all_inner_texts() == [   # a sample names Kharkiv too
        "Russian shelling hits Kharkiv",
        "Russia launched a full-scale invasion of Ukraine before dawn on Thursday, with missile..."]
    page.select_option("select[name=publisher]", "Test Wire")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile("publisher=Test"))
    assert page.locator(".article-list .title").all_inner_texts() == ["Russian shelling hits Kharkiv"]
    rows = page.locator(".events-table tbody tr")
    assert rows.count() == 2
    assert rows.locator("td.evidence mark.trigger").all_inner_texts() == ["shelled", "accused"]

    page.click(".events-table th >> text=Goldstein")
    page.wait_for_url(re.compile("sort=goldstein&order=desc"))
    assert page.locator(".events-table tbody td.num").first.inner_text() == "-2.0"
    page.click(".events-table th >> text=Goldstein")
    page.wait_for_url(re.compile("sort=goldstein&order=asc"))
    assert page.locator(".events-table tbody td.num").first.inner_text() == "-10.0"


def test_event_filters_narrow_the_table(page):
    page.goto(page.coded + "/")
    page.check("input[name=quad_class][value='4']")
    page.select_option("select[name=modality]", "asserted")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile("quad_class=4"))
    assert page.locator(".events-table tbody tr td:nth-child(2)").all_inner_texts() == [
        "Chinese coast guard CHN MIL", "Russian forces RUS MIL"]


def test_article_view_marks_and_evidence(page):
    page.goto(page.samples + "/?country=UKR&root=19&publisher=Test+Wire")
    page.click(".events-table td.evidence a")
    page.wait_for_url(re.compile("/article/t-kharkiv#e1$"))
    text = page.locator("#text")
    # the evidence of the event the table linked: trigger outlined, its sentence lit, its actors outlined
    assert text.locator(".focus").all_inner_texts() == [
        "Russian forces", "shelled", "194 Fight with artillery and tanks · Russian forces → Ukrainian officials",
        "Ukrainian officials"]
    assert "".join(text.locator(".lit").all_inner_texts()).startswith("Russian forces shelled Kharkiv")
    assert page.locator("#row-e1").get_attribute("class") == "focusable chosen"
    assert text.locator(".tag-event").all_inner_texts() == [
        "194 Fight with artillery and tanks · Russian forces → Ukrainian officials",
        "112 Accuse, not specified below · Volodymyr Zelensky → Moscow"]
    assert text.locator(".tag-actor").all_inner_texts() == ["RUSMIL", "UKRGOV", "UKRGOV", "RUSGOV", "UKRGOV"]
    assert text.locator(".open-quote").all_inner_texts() == ["“ Volodymyr Zelensky"]
    assert text.locator(".tag-claim").all_inner_texts() == ["12 people 2024-02-05"]

    # another row: the quote; then a click in the text chooses the event's row
    page.click("[data-focus='quote:q0']")
    assert text.locator(".focus").all_inner_texts() == ["“ Volodymyr Zelensky", "We will answer every strike,"]
    text.locator(".m-event", has_text="accused").click()
    assert page.locator("tr.chosen").get_attribute("data-focus") == "event:e2"

    # boilerplate folded where it stood, with its reason
    removed = text.locator("details.removed")
    assert removed.locator("summary").all_inner_texts() == ["removed: dateline", "removed: caption"]
    assert not removed.first.locator(".removed-text").is_visible()
    removed.first.locator("summary").click()
    assert removed.first.locator(".removed-text").inner_text() == "KYIV (Test Wire) -"

    # layers switch off and on
    page.uncheck("#layers input[value=actor]")
    assert not text.locator(".tag-actor").first.is_visible()
    page.check("#layers input[value=entity]")
    assert text.locator(".tag-entity").all_inner_texts() == ["GPE", "PERSON"]


def test_a_real_pipeline_article_with_script_in_its_text_renders_it_as_text(page):
    page.goto(page.samples + "/?q=defaced+websites")
    page.click(".article-list .title >> nth=0")
    page.wait_for_url(re.compile("/article/"))
    text = page.locator("#text")
    for shown in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"):
        assert page.get_by_text(shown, exact=False).first.is_visible()
        assert shown in text.inner_text()
    assert text.locator("script, img").count() == 0
    assert text.locator(".tag-entity").count() > 10           # the pipeline's entities, marked
    # an actor inside a hidden entity keeps its colour (a hidden layer once cleared the others')
    russia = text.locator(".m-actor.kind-country.m-entity", has_text="Russia").first
    assert russia.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(253, 228, 184)"
    assert page.locator("details.removed summary").first.inner_text() == "removed: dateline"


def test_markup_in_every_field_of_a_record_stays_text(page):
    page.goto(page.samples + "/article/t-hostile")
    assert page.title() == "<script>alert('title')</script> Defaced · tidings"
    body = page.locator("main").inner_text()
    for shown in ("<script>alert(\"text\")</script>", "<img src=x onerror=alert(\"img\")>", "<b>Test</b> Wire",
                  "<script>alert('warning')</script>", "<img src=x onerror=alert(\"actor\")>", "<b>UKR</b>",
                  "<script>alert('target')</script>", "<script>alert('subject')</script>"):
        assert shown in body, shown
    assert page.locator("main script, main img, main b, main i, main u").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0      # the article's javascript: URL is no link
    page.locator("details.removed summary").first.click()
    assert page.locator("details.removed .removed-text").first.inner_text() == "<script>alert('removed')</script>"
    page.goto(page.samples + "/?q=defaced&publisher=<b>Test</b> Wire")    # and in the search results
    assert page.locator(".article-list .title").all_inner_texts() == ["<script>alert('title')</script> Defaced"]
    assert page.locator(".events-table tbody td:nth-child(2)").all_inner_texts() == [
        "<img src=x onerror=alert(\"actor\")> UKR GOV"]
    assert page.locator("main script, main img").count() == 0
    page.goto(page.coded + "/network?country=RUS")                  # names drawn by d3 are text too
    page.wait_for_selector("#network[data-ready=true]")
    assert "<script>alert('target')</script> (RUS)" in page.locator("#network svg").text_content()


def test_dyad_timeline_draws_weeks_and_goldstein(page):
    page.goto(page.coded + "/dyad?country_a=UKR&country_b=RUS")
    chart = page.locator("#timeline[data-ready=true]")
    chart.wait_for()
    assert (chart.get_attribute("data-points"), chart.get_attribute("data-events")) == ("6", "5")
    assert chart.locator("rect.bar").count() == 4           # W03 verbal conflict, W06 two classes, W08 one
    assert chart.locator("g[data-quad='2'] rect.bar").count() == 1
    assert chart.locator("circle.goldstein-point").count() == 3
    assert chart.locator("path.goldstein").get_attribute("d").startswith("M")
    assert page.locator("#timeline-table tbody tr").count() == 3
    page.select_option("#interval", "month")
    page.wait_for_selector("#timeline[data-ready=true][data-points='2']")


def test_map_draws_outlines_shaded_countries_and_places(page):
    page.goto(page.coded + "/map")
    chart = page.locator("#map[data-ready=true]")
    chart.wait_for()
    assert chart.locator("path.country").count() == 177     # Natural Earth 1:110m, bundled
    assert (chart.get_attribute("data-countries"), chart.get_attribute("data-places")) == ("5", "3")
    assert sorted(chart.locator("path.has-events").evaluate_all("els => els.map(e => e.dataset.id)")) == [
        "156", "608", "643", "804", "840"]
    assert chart.locator("circle.place").count() == 3
    page.goto(page.coded + "/map?quad_class=4")
    page.wait_for_selector("#map[data-ready=true][data-places='2']")


def test_network_of_actors_with_edges_by_quad_class(page):
    page.goto(page.coded + "/network")
    chart = page.locator("#network[data-ready=true]")
    chart.wait_for()
    assert (chart.get_attribute("data-nodes"), chart.get_attribute("data-links")) == ("16", "11")
    assert chart.locator("g.node").count() == 16
    assert [chart.locator(f"path.link.quad-{k}").count() for k in (1, 2, 3, 4)] == [2, 2, 4, 3]


def test_api_docs_work_offline(page):
    page.goto(page.samples + "/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert page.locator(".swagger-ui .info .title").inner_text().startswith("tidings")
    assert page.locator(".opblock-summary-path", has_text="/stats/timeline").count() == 1


# -- the same pages over the samples' real pipeline output: what is drawn is what the API answers ------------


def test_dyad_timeline_of_the_samples_draws_what_the_api_answers(page):
    page.goto(page.samples + "/dyad")
    chart = page.locator("#timeline[data-ready=true]")
    chart.wait_for()
    a, b = page.input_value("input[name=country_a]"), page.input_value("input[name=country_b]")
    data = api(page.samples, f"/stats/timeline?country_a={a}&country_b={b}&interval=week")
    cells = sum(1 for p in data["points"] for k in "1234" if p["counts"][k])
    assert (a, b) != ("", "") and cells > 0
    assert chart.get_attribute("data-points") == str(len(data["points"]))
    assert chart.locator("rect.bar").count() == cells
    assert chart.locator("circle.goldstein-point").count() == sum(1 for p in data["points"] if p["total"])


def test_map_of_the_samples_draws_what_the_api_answers(page):
    page.goto(page.samples + "/map")
    chart = page.locator("#map[data-ready=true]")
    chart.wait_for()
    atlas = {f["id"] for f in json.loads((ROOT / "src/tidings/web/static/vendor/countries-110m.json").read_text())[
        "objects"]["countries"]["geometries"] if "id" in f}
    countries = api(page.samples, "/stats/countries")
    places = api(page.samples, "/stats/places")
    shaded = {c["numeric"] for c in countries.values() if c["numeric"] in atlas}
    assert len(shaded) > 5 and len(places) > 3                  # the samples' events, not only the coded ones
    assert chart.get_attribute("data-countries") == str(len(shaded))
    assert chart.locator("circle.place").count() == len(places)


def test_network_of_the_samples_draws_what_the_api_answers(page):
    page.goto(page.samples + "/network")
    chart = page.locator("#network[data-ready=true]")
    chart.wait_for()
    dyads = api(page.samples, "/stats/dyads?by=actor&limit=200")
    nodes = {(d[side], d[f"{side}_country"]) for d in dyads for side in ("source", "target")}
    links = sum(1 for d in dyads for k in "1234" if d["counts"][k])
    assert len(nodes) > 16
    assert (chart.get_attribute("data-nodes"), chart.get_attribute("data-links")) == (str(len(nodes)), str(links))
    assert chart.locator("g.node").count() == len(nodes)
