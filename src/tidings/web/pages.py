"""The web pages: server-rendered Jinja2 (autoescaped: article text is only ever text), with a
little JavaScript from /static for the charts, the map, the network and the article's focus.

Every page reads the same event filters as the API (models.EventQuery) from its query string,
and the charts pass that query string on to the API, so a filtered page and its data agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from tidings.web import markup, queries
from tidings.web.app import Service, service
from tidings.web.models import EventQuery

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(include_in_schema=False)
Svc = Annotated[Service, Depends(service)]
Filters = Annotated[EventQuery, Query()]
EVENTS_PER_PAGE = 50
ARTICLES_PER_PAGE = 10
PAGE_PATHS = ("/", "/dyad", "/map", "/network")
FILTER_FIELDS = tuple(EventQuery.model_fields)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, svc: Svc, filters: Filters, sort: queries.EventSort = "date",
                order: Literal["asc", "desc"] = "desc", page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                apage: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    """The search box, its filters, the matching articles and the events table."""
    with svc.store.engine.connect() as conn:
        found = queries.articles(conn, q=filters.q, source=filters.publisher, date_from=filters.date_from,
                                 date_to=filters.date_to, limit=ARTICLES_PER_PAGE,
                                 offset=(apage - 1) * ARTICLES_PER_PAGE)
        events = queries.events(conn, filters.filter(), sort=sort, order=order, limit=EVENTS_PER_PAGE,
                                offset=(page - 1) * EVENTS_PER_PAGE)
        publishers = queries.sources(conn)
    return _render(request, "search.html", filters=filters, articles=found, events=events, sort=sort, order=order,
                   page=page, apage=apage, publishers=publishers, per_page=EVENTS_PER_PAGE,
                   articles_per_page=ARTICLES_PER_PAGE)


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, svc: Svc, article_id: str) -> Response:
    """One article: its text with every coded span marked, and the tables of what was found."""
    record = svc.store.read(article_id) if len(article_id) <= 128 else None
    if record is None:
        return _render(request, "missing.html", status_code=404, article_id=article_id)
    marks = markup.marks(record)
    actors = {a.id: a for a in record.actors}
    return _render(request, "article.html", record=record, pieces=markup.pieces(record.text, marks, record.removed),
                   actors=actors, quads=markup.QUAD_NAMES, actor_label=markup.actor_label,
                   unplaced=[r for r in record.removed if r.at is None], link=_safe_link(record.article.url),
                   layers=_layers(record))


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request, svc: Svc, filters: Filters) -> Response:
    """Two countries' events per week by quad class and their mean Goldstein score (drawn by dyad.js)."""
    with svc.store.engine.connect() as conn:
        top = queries.dyads(conn, queries.EventFilter(), limit=12)
    if not (filters.country_a and filters.country_b) and top:
        filters = filters.model_copy(update={"country_a": top[0]["source"], "country_b": top[0]["target"]})
    return _render(request, "dyad.html", filters=filters, top=top)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, filters: Filters) -> Response:
    """Event places on a world map, countries shaded by their events (drawn by map.js)."""
    return _render(request, "map.html", filters=filters)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, filters: Filters) -> Response:
    """Actors as nodes, events as edges coloured by quad class (drawn by network.js)."""
    return _render(request, "network.html", filters=filters)


async def validation_error(request: Request, exc: Exception) -> Response:
    """Bad parameters: a page says so in HTML, the API in JSON (422 both)."""
    path = request.url.path
    if path in PAGE_PATHS or path.startswith("/article/"):
        errors = [f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in getattr(exc, "errors", list)()]
        return _render(request, "invalid.html", status_code=422, errors=errors)
    return await request_validation_exception_handler(request, exc)  # type: ignore[arg-type]


def _render(request: Request, name: str, *, status_code: int = 200, **context: Any) -> Response:
    context.setdefault("filters", EventQuery.model_validate({}))
    context["url_with"] = lambda **changes: _url_with(request, **changes)
    context["api_query"] = _api_query(context["filters"])
    context["path"] = request.url.path
    context["writable"] = service(request).writable
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _url_with(request: Request, **changes: Any) -> str:
    """This page's URL with some parameters changed (None removes one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    params += [(k, str(v)) for k, v in changes.items() if v is not None]
    return request.url.path + ("?" + urlencode(params) if params else "")


def _api_query(filters: EventQuery) -> str:
    """The filters as the query string the API reads (the charts fetch with it)."""
    params: list[tuple[str, str]] = []
    for key, value in filters.model_dump().items():
        if isinstance(value, list):
            params += [(key, str(v)) for v in value]
        elif value is not None:
            params.append((key, str(value)))
    return urlencode(params)


def _safe_link(url: str | None) -> str | None:
    """The article's URL if it is a web address; anything else (javascript:, data:) is not a link."""
    if not url:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def _layers(record: Any) -> list[tuple[str, str, int, bool]]:
    """(layer, label, how many, shown at first) for the layer switches of the article view."""
    counts = {"actor": len(record.actors), "event": len(record.events), "quote": len(record.quotes),
              "claim": len(record.claims), "entity": len(record.entities), "time": len(record.times),
              "place": len(record.places)}
    labels = {"actor": "actors", "event": "events", "quote": "quotes", "claim": "claims", "entity": "entities",
              "time": "times", "place": "places"}
    shown = {"actor", "event", "quote", "claim"} | ({"entity"} if not record.actors else set())
    return [(layer, labels[layer], counts[layer], layer in shown) for layer in markup.LAYERS]
