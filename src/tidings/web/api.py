"""The JSON API: thin routes — check the parameters, call queries.py or the store, answer."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

import pycountry
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from tidings.export import events as export_events
from tidings.export.events import Articles
from tidings.export.gdelt import gdelt_rows
from tidings.export.plover import plover_record
from tidings.records import Extraction, Failure
from tidings.sources.jsonl import read_line
from tidings.web import queries
from tidings.web.app import Service, require_token, service
from tidings.web.models import DATE as DATE_PATTERN
from tidings.web.models import (
    MAX_PAGE,
    MAX_TEXT,
    ActorPage,
    ArticleIn,
    ArticlePage,
    ClaimPage,
    CountryCount,
    Dyad,
    EventPage,
    EventQuery,
    PlacePoint,
    QuotePage,
    Timeline,
)

router = APIRouter()
Svc = Annotated[Service, Depends(service)]
Filters = Annotated[EventQuery, Query()]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Date = Annotated[str | None, Query(pattern=DATE_PATTERN, description="ISO date at any precision.")]
ArticleId = Annotated[str, Path(max_length=128)]
EXPORT_COLUMNS = (
    "article_id", "event_id", "date", "date_basis", "code", "root", "name", "goldstein", "quad_class", "plover",
    "mode", "modality", "confidence", "pattern", "source_id", "source_name", "source_country", "source_role",
    "source_code", "target_id", "target_name", "target_country", "target_role", "target_code", "place_name",
    "place_country", "place_lat", "place_lon", "trigger", "sentence", "title", "published", "publisher",
)
_ARTICLE_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": ArticleIn.model_json_schema()}}}}


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def list_articles(svc: Svc, q: Annotated[str | None, Query(max_length=MAX_TEXT, description=(
        'Full-text search: words (all required), "a phrase", `or`, `-word`.'))] = None,
                  source: Text = None, date_from: Date = None, date_to: Date = None, limit: Limit = 20,
                  offset: Offset = 0) -> dict[str, Any]:
    """Articles: by full-text search (best match first), publisher and publication date; newest first."""
    with svc.store.engine.connect() as conn:
        return queries.articles(conn, q=q, source=source or None, date_from=date_from, date_to=date_to,
                                limit=limit, offset=offset).to_dict()


@router.get("/articles/{article_id:path}", tags=["articles"])
def read_article(svc: Svc, article_id: ArticleId) -> dict[str, Any]:
    """The whole extraction record of an article (CONTRACT.md, `tidings.extraction/1`)."""
    record = svc.store.read(article_id)
    if record is None:
        raise HTTPException(404, f"no stored article with id {article_id!r}")
    return record.to_dict()


@router.post("/extract", tags=["extraction"], openapi_extra=_ARTICLE_BODY)
async def extract(request: Request, svc: Svc) -> dict[str, Any]:
    """The extraction record of an article (JSON: `text` or `html`, and optional metadata); nothing stored."""
    record = await _extract(request, svc)
    return record.to_dict()


@router.post("/articles", tags=["articles"], status_code=201, dependencies=[Depends(require_token)],
             openapi_extra=_ARTICLE_BODY)
async def store_article(request: Request, svc: Svc) -> dict[str, Any]:
    """Extract an article and store its record (replacing one of the same id); needs the token."""
    record = await _extract(request, svc)
    await run_in_threadpool(svc.store.write, record, origin="<api>")
    return record.to_dict()


async def _extract(request: Request, svc: Service) -> Extraction:
    item = read_line(await request.body(), origin="<api>", max_bytes=request.app.state.max_body)
    if isinstance(item, Failure):
        raise HTTPException(422, item.problem)
    return await run_in_threadpool(svc.extract, item)


@router.get("/events", response_model=EventPage, tags=["events"])
def list_events(svc: Svc, filters: Filters, sort: queries.EventSort = "date",
                order: Literal["asc", "desc"] = "desc", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Events with their actors, trigger, sentence and article; filtered, sorted, paginated."""
    with svc.store.engine.connect() as conn:
        return queries.events(conn, filters.filter(), sort=sort, order=order, limit=limit, offset=offset).to_dict()


@router.get("/actors", response_model=ActorPage, tags=["actors"])
def list_actors(svc: Svc, q: Text = None, country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
                role: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
                kind: Literal["person", "organization", "country", "group"] | None = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Actors across articles (by name, country, role, kind and code), with their articles and events."""
    with svc.store.engine.connect() as conn:
        return queries.actors(conn, q=q, country=country, role=role, kind=kind, limit=limit, offset=offset).to_dict()


@router.get("/quotes", response_model=QuotePage, tags=["quotes"])
def list_quotes(svc: Svc, speaker: Text = None, q: Text = None,
                article: Annotated[str | None, Query(max_length=128)] = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Quotes, by speaker (part of the actor's name or of the words naming them) and content."""
    with svc.store.engine.connect() as conn:
        return queries.quotes(conn, speaker=speaker, q=q, article=article, limit=limit, offset=offset).to_dict()


@router.get("/claims", response_model=ClaimPage, tags=["claims"])
def list_claims(svc: Svc, q: Text = None, unit: Annotated[str | None, Query(max_length=32)] = None,
                article: Annotated[str | None, Query(max_length=128)] = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Numeric claims, by words of the claim or its subject, and unit."""
    with svc.store.engine.connect() as conn:
        return queries.claims(conn, q=q, unit=unit, article=article, limit=limit, offset=offset).to_dict()


@router.get("/stats/timeline", response_model=Timeline, tags=["statistics"])
def stats_timeline(svc: Svc, filters: Filters,
                   interval: Literal["day", "week", "month"] = "week") -> dict[str, Any]:
    """Events per period by quad class with the mean Goldstein score: for a country pair give
    `country_a` and `country_b` (both directions), for an actor `actor`; any event filter applies."""
    with svc.store.engine.connect() as conn:
        return queries.timeline(conn, filters.filter(), interval=interval)


@router.get("/stats/dyads", response_model=list[Dyad], tags=["statistics"])
def stats_dyads(svc: Svc, filters: Filters, by: Literal["country", "actor"] = "country",
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20) -> list[dict[str, Any]]:
    """The most frequent source → target pairs (of countries, or of actors), with counts by quad class."""
    with svc.store.engine.connect() as conn:
        return queries.dyads(conn, filters.filter(), by=by, limit=limit)


@router.get("/stats/places", response_model=list[PlacePoint], tags=["statistics"])
def stats_places(svc: Svc, filters: Filters) -> list[dict[str, Any]]:
    """Where events happened (places with coordinates), with counts by quad class."""
    with svc.store.engine.connect() as conn:
        return queries.places(conn, filters.filter())


@router.get("/stats/countries", response_model=dict[str, CountryCount], tags=["statistics"])
def stats_countries(svc: Svc, filters: Filters) -> dict[str, dict[str, Any]]:
    """For each country (ISO alpha-3): the events it is a party to, with its ISO numeric code."""
    with svc.store.engine.connect() as conn:
        counts = queries.countries(conn, filters.filter())
    for alpha3, item in counts.items():
        country = pycountry.countries.get(alpha_3=alpha3)
        item["numeric"] = country.numeric if country else None
        item["name"] = country.name if country else None
    return counts


@router.get("/export", tags=["export"], response_class=StreamingResponse, responses={200: {"content": {
    "text/csv": {}, "application/x-ndjson": {}, "text/tab-separated-values": {}}}})
def export(svc: Svc, filters: Filters,
           format: Literal["csv", "jsonl", "gdelt", "plover"] = "csv") -> StreamingResponse:
    """The matching events, oldest first: `csv` (a header line, then one row per event) or `jsonl` (the
    same rows as JSON lines); `plover`, PLOVER JSON records, one per event with a PLOVER category;
    `gdelt`, the GDELT 2.0 event table (tab-separated, no header), one row per corpus-level event
    with at least one mention among the matching events (the exporters of tidings.export)."""
    if format in ("gdelt", "plover"):
        lines = _corpus_export(svc, filters, format)
        media = "text/tab-separated-values" if format == "gdelt" else "application/x-ndjson"
        name = "events.gdelt.tsv" if format == "gdelt" else "events.plover.jsonl"
        return StreamingResponse(lines, media_type=f"{media}; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})
    rows = _export_rows(svc, filters)
    if format == "csv":
        return StreamingResponse(_csv(rows), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})
    lines = (json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return StreamingResponse(lines, media_type="application/x-ndjson; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="events.jsonl"'})


def _corpus_export(svc: Service, filters: EventQuery, fmt: str) -> Iterator[str]:
    f = filters.filter()
    with svc.store.engine.connect() as conn:
        keep = None if f == queries.EventFilter() else queries.event_keys(conn, f)
        articles = Articles(conn)
        if fmt == "plover":
            for row in export_events.event_rows(conn):
                if keep is None or (row["article_id"], row["event_id"]) in keep:
                    record = plover_record(row, articles)
                    if record is not None:
                        yield json.dumps(record, ensure_ascii=False) + "\n"
            return
        events = (e for e in export_events.corpus_events(conn)
                  if keep is None or any((m["article_id"], m["event_id"]) in keep for m in e.mentions))
        for values in gdelt_rows(events, articles):
            yield "\t".join(values) + "\n"


def _export_rows(svc: Service, filters: EventQuery) -> Iterator[dict[str, Any]]:
    with svc.store.engine.connect() as conn:
        for row in queries.event_rows(conn, filters.filter()):
            yield {c: row[c] for c in EXPORT_COLUMNS}


def _csv(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for i, row in enumerate(rows, start=1):
        writer.writerow(row)
        if i % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
