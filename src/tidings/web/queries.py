"""The store's answers to the API: one function per endpoint, SQLAlchemy Core, every value a bound parameter.

Sorting only ever names a column from a fixed table (`EVENT_SORTS`); user text reaches SQL only as
bound parameters (LIKE patterns escaped, full-text queries through store/search.py).

Dates are ISO strings at the precision the article gave (`2024-02-08`, `2024-02`, `2024`). A date
range keeps what overlaps it: both sides are compared on the shorter of the two precisions, so
an event of "2024-02" is inside "from 2024-02-15" and a range "to 2024" holds every day of 2024.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tidings.store import schema as s
from tidings.store import search

Interval = Literal["day", "week", "month"]
EventSort = Literal["date", "published", "confidence", "goldstein", "quad_class", "code", "source", "target"]
QUADS = (1, 2, 3, 4)
MAX_FILLED = 5000

_src = s.actors.alias("src")
_tgt = s.actors.alias("tgt")
_e = s.events
_a = s.articles


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list: the items, and how many there are in all."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What /events, the statistics and the export narrow events by; None leaves a field open."""

    q: str | None = None                # full-text search over the events' articles
    publisher: str | None = None        # the articles' source
    actor: str | None = None            # either side: a name (part of it, any case) or a CAMEO actor code
    actor_id: str | None = None         # either side: an actor id of the record ("a1"), with `article`
    article: str | None = None
    country: str | None = None          # either side's country
    role: str | None = None             # either side's role
    source_country: str | None = None
    target_country: str | None = None
    country_a: str | None = None        # a dyad, either direction (with country_b)
    country_b: str | None = None
    code: str | None = None             # CAMEO event code, exact
    root: str | None = None             # CAMEO root (the first two digits)
    quad_class: tuple[int, ...] = ()
    plover: str | None = None
    modality: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_confidence: float | None = None


# -- articles ---------------------------------------------------------------------------------------


def articles(conn: Connection, *, q: str | None = None, source: str | None = None, date_from: str | None = None,
             date_to: str | None = None, limit: int = 20, offset: int = 0) -> Page:
    """Articles matching a full-text query (best first) or all (newest first), with their counts."""
    where: list[Any] = []
    if source:
        where.append(_a.c.source == source)
    if date_from:
        where.append(_from(_a.c.published, date_from))
    if date_to:
        where.append(_to(_a.c.published, date_to))
    from_: Any = _a
    order: list[Any] = [_a.c.published.desc().nulls_last(), _a.c.id]
    if q and q.strip():
        matched = _matching(conn, q)
        from_ = _a.join(matched, matched.c.article_id == _a.c.id)
        order = [matched.c.rank, *order]
    counts = {part: _count_of(s.PARTS[part]) for part in ("events", "actors", "quotes", "claims")}
    columns = [_a.c.id, _a.c.title, _a.c.source, _a.c.published, _a.c.url, _a.c.dateline,
               sa.func.substr(_a.c.text, 1, 280).label("lead"), *(c.label(p) for p, c in counts.items())]
    query = sa.select(*columns).select_from(from_).where(*where)
    return _page(conn, query, order, limit, offset)


def sources(conn: Connection) -> list[str]:
    """Every publisher named in the store, in order."""
    query = sa.select(_a.c.source).where(_a.c.source.is_not(None)).distinct().order_by(_a.c.source)
    return list(conn.execute(query).scalars())


# -- events -----------------------------------------------------------------------------------------


def _side(alias: Any, prefix: str) -> list[Any]:
    return [alias.c.name.label(f"{prefix}_name"), alias.c.country.label(f"{prefix}_country"),
            alias.c.role.label(f"{prefix}_role"), alias.c.code.label(f"{prefix}_code"),
            alias.c.kind.label(f"{prefix}_kind")]


_EVENT_FROM = (_e.join(_a, _a.c.id == _e.c.article_id)
               .outerjoin(_src, sa.and_(_src.c.article_id == _e.c.article_id, _src.c.actor_id == _e.c.source))
               .outerjoin(_tgt, sa.and_(_tgt.c.article_id == _e.c.article_id, _tgt.c.actor_id == _e.c.target)))
_EVENT_COLUMNS = [
    _e.c.article_id, _e.c.event_id, _e.c.date, _e.c.date_basis, _e.c.code, _e.c.root, _e.c.name, _e.c.goldstein,
    _e.c.quad_class, _e.c.plover, _e.c.mode, _e.c.modality, _e.c.confidence, _e.c.pattern,
    _e.c.source.label("source_id"), *_side(_src, "source"), _e.c.target.label("target_id"), *_side(_tgt, "target"),
    _e.c.place_name, _e.c.place_country, _e.c.place_lat, _e.c.place_lon,
    _e.c.trigger_start, _e.c.trigger_end, _e.c.sentence_start, _e.c.sentence_end,
    sa.func.substr(_a.c.text, _e.c.trigger_start + 1, _e.c.trigger_end - _e.c.trigger_start).label("trigger"),
    sa.func.substr(_a.c.text, _e.c.sentence_start + 1, _e.c.sentence_end - _e.c.sentence_start).label("sentence"),
    _a.c.title, _a.c.published, _a.c.source.label("publisher"),
]
EVENT_SORTS: dict[EventSort, Any] = {
    "date": _e.c.date, "published": _a.c.published, "confidence": _e.c.confidence, "goldstein": _e.c.goldstein,
    "quad_class": _e.c.quad_class, "code": _e.c.code, "source": _src.c.name, "target": _tgt.c.name,
}


def events(conn: Connection, f: EventFilter, *, sort: EventSort = "date", order: Literal["asc", "desc"] = "desc",
           limit: int = 50, offset: int = 0) -> Page:
    """Events with their actors and article, filtered by `f`, sorted by a column of EVENT_SORTS."""
    column = EVENT_SORTS[sort]
    key = column.asc() if order == "asc" else column.desc()
    query = sa.select(*_EVENT_COLUMNS).select_from(_EVENT_FROM).where(*_event_where(conn, f))
    return _page(conn, query, [key.nulls_last(), _e.c.article_id, _e.c.ord], limit, offset)


def event_rows(conn: Connection, f: EventFilter) -> Iterator[dict[str, Any]]:
    """Every event matching `f`, oldest first, as flat rows (the export), streamed."""
    query = (sa.select(*_EVENT_COLUMNS).select_from(_EVENT_FROM).where(*_event_where(conn, f))
             .order_by(_e.c.date.asc().nulls_last(), _e.c.article_id, _e.c.ord))
    for row in conn.execution_options(stream_results=True, yield_per=500).execute(query).mappings():
        yield dict(row)


def event_keys(conn: Connection, f: EventFilter) -> set[tuple[str, str]]:
    """(article id, event id) of every event matching `f` (what the GDELT and PLOVER exports keep)."""
    query = sa.select(_e.c.article_id, _e.c.event_id).select_from(_EVENT_FROM).where(*_event_where(conn, f))
    return {(a, e) for a, e in conn.execute(query)}


def _event_where(conn: Connection, f: EventFilter) -> list[Any]:
    where: list[Any] = []
    if f.q and f.q.strip():
        where.append(_e.c.article_id.in_(sa.select(_matching(conn, f.q).c.article_id)))
    if f.publisher:
        where.append(_a.c.source == f.publisher)
    sides = (_src, _tgt)
    if f.actor:
        pattern = f"%{_like_escape(f.actor)}%"
        where.append(sa.or_(*(sa.or_(a.c.name.ilike(pattern, escape="\\"), a.c.code == f.actor.upper())
                              for a in sides)))
    if f.actor_id:
        where.append(sa.or_(_e.c.source == f.actor_id, _e.c.target == f.actor_id))
    if f.article:
        where.append(_e.c.article_id == f.article)
    if f.country:
        where.append(sa.or_(_src.c.country == f.country.upper(), _tgt.c.country == f.country.upper()))
    if f.role:
        where.append(sa.or_(_src.c.role == f.role.upper(), _tgt.c.role == f.role.upper()))
    if f.source_country:
        where.append(_src.c.country == f.source_country.upper())
    if f.target_country:
        where.append(_tgt.c.country == f.target_country.upper())
    if f.country_a and f.country_b:
        a, b = f.country_a.upper(), f.country_b.upper()
        where.append(sa.or_(sa.and_(_src.c.country == a, _tgt.c.country == b),
                            sa.and_(_src.c.country == b, _tgt.c.country == a)))
    if f.code:
        where.append(_e.c.code == f.code)
    if f.root:
        where.append(_e.c.root == f.root)
    if f.quad_class:
        where.append(_e.c.quad_class.in_(list(f.quad_class)))
    if f.plover:
        where.append(_e.c.plover == f.plover.upper())
    if f.modality:
        where.append(_e.c.modality == f.modality)
    if f.date_from:
        where.append(_from(_e.c.date, f.date_from))
    if f.date_to:
        where.append(_to(_e.c.date, f.date_to))
    if f.min_confidence is not None:
        where.append(_e.c.confidence >= f.min_confidence)
    return where


# -- actors, quotes, claims ---------------------------------------------------------------------


def actors(conn: Connection, *, q: str | None = None, country: str | None = None, role: str | None = None,
           kind: str | None = None, limit: int = 50, offset: int = 0) -> Page:
    """Actors across articles (one row per name, country, role, kind and code), most events first."""
    ac = s.actors
    joined = ac.outerjoin(_e, sa.and_(_e.c.article_id == ac.c.article_id,
                                      sa.or_(_e.c.source == ac.c.actor_id, _e.c.target == ac.c.actor_id)))
    where: list[Any] = []
    if q:
        where.append(ac.c.name.ilike(f"%{_like_escape(q)}%", escape="\\"))
    if country:
        where.append(ac.c.country == country.upper())
    if role:
        where.append(ac.c.role == role.upper())
    if kind:
        where.append(ac.c.kind == kind)
    group = [ac.c.name, ac.c.country, ac.c.role, ac.c.kind, ac.c.code]
    n_events = sa.func.count(_e.c.event_id).label("events")
    n_articles = sa.func.count(sa.distinct(ac.c.article_id)).label("articles")
    query = sa.select(*group, n_articles, n_events).select_from(joined).where(*where).group_by(*group)
    return _page(conn, query, [n_events.desc(), n_articles.desc(), ac.c.name, ac.c.country.nulls_first(),
                               ac.c.role.nulls_first(), ac.c.kind, ac.c.code.nulls_first()], limit, offset)


def quotes(conn: Connection, *, speaker: str | None = None, q: str | None = None, article: str | None = None,
           limit: int = 50, offset: int = 0) -> Page:
    """Quotes with their speaker (the actor, else the words naming them) and article."""
    qt = s.quotes
    who = s.actors.alias("who")
    joined = qt.join(_a, _a.c.id == qt.c.article_id).outerjoin(
        who, sa.and_(who.c.article_id == qt.c.article_id, who.c.actor_id == qt.c.speaker))
    where: list[Any] = []
    if speaker:
        pattern = f"%{_like_escape(speaker)}%"
        where.append(sa.or_(who.c.name.ilike(pattern, escape="\\"), qt.c.speaker_text.ilike(pattern, escape="\\")))
    if q:
        where.append(qt.c.content.ilike(f"%{_like_escape(q)}%", escape="\\"))
    if article:
        where.append(qt.c.article_id == article)
    query = sa.select(qt.c.article_id, qt.c.ord, qt.c.char_start.label("start"), qt.c.char_end.label("end"),
                      qt.c.content, qt.c.kind, qt.c.cue, qt.c.speaker.label("speaker_id"), qt.c.speaker_text,
                      who.c.name.label("speaker_name"), who.c.country.label("speaker_country"),
                      who.c.role.label("speaker_role"), _a.c.title, _a.c.published).select_from(joined).where(*where)
    return _page(conn, query, [_a.c.published.desc().nulls_last(), qt.c.article_id, qt.c.ord], limit, offset)


def claims(conn: Connection, *, q: str | None = None, unit: str | None = None, article: str | None = None,
           limit: int = 50, offset: int = 0) -> Page:
    """Numeric claims with their article; `q` searches the claim and its subject."""
    cl = s.claims
    where: list[Any] = []
    if q:
        pattern = f"%{_like_escape(q)}%"
        where.append(sa.or_(cl.c.text.ilike(pattern, escape="\\"), cl.c.subject.ilike(pattern, escape="\\")))
    if unit:
        where.append(cl.c.unit == unit)
    if article:
        where.append(cl.c.article_id == article)
    query = sa.select(cl.c.article_id, cl.c.ord, cl.c.char_start.label("start"), cl.c.char_end.label("end"),
                      cl.c.text, cl.c.value, cl.c.unit, cl.c.period, cl.c.subject, cl.c.source_text, cl.c.qualifier,
                      _a.c.title, _a.c.published).select_from(cl.join(_a, _a.c.id == cl.c.article_id)).where(*where)
    return _page(conn, query, [_a.c.published.desc().nulls_last(), cl.c.article_id, cl.c.ord], limit, offset)


# -- statistics ---------------------------------------------------------------------------------


def timeline(conn: Connection, f: EventFilter, *, interval: Interval = "week") -> dict[str, Any]:
    """Events per day, week (from Monday) or month, by quad class, with the mean Goldstein score.

    Periods with no event between the first and the last are there with zero counts (a chart's
    gaps are real), unless that would make more than MAX_FILLED periods (days over decades, or a
    stray date far off): then only the periods with events are listed. Events dated coarser than
    the interval (a month for a weekly chart) or not at all cannot be placed: they are counted in
    `unplaced`.
    """
    day = sa.func.substr(_e.c.date, 1, 10)
    query = (sa.select(day.label("day"), _e.c.quad_class, sa.func.count().label("n"),
                       sa.func.sum(_e.c.goldstein).label("g"))
             .select_from(_EVENT_FROM).where(*_event_where(conn, f)).group_by(day, _e.c.quad_class))
    buckets: dict[dt.date, dict[str, Any]] = {}
    unplaced = 0
    for row in conn.execute(query).mappings():
        start = _period_start(row["day"], interval)
        if start is None or row["quad_class"] not in QUADS:
            unplaced += row["n"]
            continue
        b = buckets.setdefault(start, {"counts": dict.fromkeys(QUADS, 0), "g": 0.0})
        b["counts"][row["quad_class"]] += row["n"]
        b["g"] += row["g"] or 0.0
    points = []
    starts = sorted(buckets)
    if starts and _count_periods(starts[0], starts[-1], interval) <= MAX_FILLED:
        starts = list(_periods(starts[0], starts[-1], interval))
    for start in starts:
        b = buckets.get(start, {"counts": dict.fromkeys(QUADS, 0), "g": 0.0})
        total = sum(b["counts"].values())
        points.append({"period": _label(start, interval), "start": start.isoformat(),
                       "counts": {str(k): v for k, v in b["counts"].items()}, "total": total,
                       "goldstein_mean": round(b["g"] / total, 3) if total else None})
    return {"interval": interval, "points": points, "unplaced": unplaced}


def dyads(conn: Connection, f: EventFilter, *, by: Literal["country", "actor"] = "country",
          limit: int = 20) -> list[dict[str, Any]]:
    """The most frequent source → target pairs (of countries, or of actors by name and country)
    with their counts by quad class and mean Goldstein score; pairs with an unknown side left out."""
    if by == "country":
        keys = [_src.c.country.label("source"), _tgt.c.country.label("target")]
        known = [_src.c.country.is_not(None), _tgt.c.country.is_not(None)]
    else:
        keys = [_src.c.name.label("source"), _src.c.country.label("source_country"),
                _tgt.c.name.label("target"), _tgt.c.country.label("target_country")]
        known = [_src.c.name.is_not(None), _tgt.c.name.is_not(None)]
    quads = [sa.func.sum(sa.case((_e.c.quad_class == k, 1), else_=0)).label(f"q{k}") for k in QUADS]
    total = sa.func.count().label("total")
    query = (sa.select(*keys, total, *quads, sa.func.avg(_e.c.goldstein).label("goldstein_mean"))
             .select_from(_EVENT_FROM).where(*_event_where(conn, f), *known)
             .group_by(*(k.element for k in keys)).order_by(total.desc(), *(k.element.nulls_first() for k in keys))
             .limit(limit))
    out = []
    for row in conn.execute(query).mappings():
        item = {k: row[k] for k in row if not (k.startswith("q") and k[1:].isdigit())}
        item["counts"] = {str(k): int(row[f"q{k}"] or 0) for k in QUADS}
        item["goldstein_mean"] = round(row["goldstein_mean"], 3) if row["goldstein_mean"] is not None else None
        out.append(item)
    return out


def places(conn: Connection, f: EventFilter, *, limit: int = 2000) -> list[dict[str, Any]]:
    """Event places with coordinates, with their counts by quad class, most events first."""
    keys = [_e.c.place_name, _e.c.place_country, _e.c.place_lat, _e.c.place_lon]
    quads = [sa.func.sum(sa.case((_e.c.quad_class == k, 1), else_=0)).label(f"q{k}") for k in QUADS]
    total = sa.func.count().label("total")
    query = (sa.select(*keys, total, *quads).select_from(_EVENT_FROM)
             .where(*_event_where(conn, f), _e.c.place_lat.is_not(None), _e.c.place_lon.is_not(None))
             .group_by(*keys).order_by(total.desc(), _e.c.place_name).limit(limit))
    return [{"name": r["place_name"], "country": r["place_country"], "lat": r["place_lat"], "lon": r["place_lon"],
             "total": r["total"], "counts": {str(k): int(r[f"q{k}"] or 0) for k in QUADS}}
            for r in conn.execute(query).mappings()]


def countries(conn: Connection, f: EventFilter) -> dict[str, dict[str, Any]]:
    """For each country: the events it is a party to (as source, as target, in all)."""
    out: dict[str, dict[str, Any]] = {}
    for side, alias in (("source", _src), ("target", _tgt)):
        query = (sa.select(alias.c.country, sa.func.count()).select_from(_EVENT_FROM)
                 .where(*_event_where(conn, f), alias.c.country.is_not(None)).group_by(alias.c.country))
        for country, n in conn.execute(query):
            out.setdefault(country, {"source": 0, "target": 0, "total": 0})[side] = n
    both = (sa.select(_src.c.country, sa.func.count()).select_from(_EVENT_FROM)
            .where(*_event_where(conn, f), _src.c.country == _tgt.c.country).group_by(_src.c.country))
    same: dict[str, int] = {c: n for c, n in conn.execute(both)}
    for country, item in out.items():
        item["total"] = item["source"] + item["target"] - same.get(country, 0)
    return dict(sorted(out.items()))


# -- shared pieces ------------------------------------------------------------------------------


def _page(conn: Connection, query: sa.Select, order: list[Any], limit: int, offset: int) -> Page:
    # counted without the listed columns: per-row subqueries (an article's counts) need not run for the total
    counted = query.with_only_columns(sa.literal(1), maintain_column_froms=False).order_by(None).subquery()
    total = conn.execute(sa.select(sa.func.count()).select_from(counted)).scalar_one()
    rows = conn.execute(query.order_by(*order).limit(limit).offset(offset)).mappings()
    return Page(total, limit, offset, [dict(r) for r in rows])


def _matching(conn: Connection, q: str) -> sa.Subquery:
    return search.matching(conn.dialect.name, q, indexed=search.available(conn, conn.dialect.name))


def _count_of(table: sa.Table) -> Any:
    return (sa.select(sa.func.count()).select_from(table).where(table.c.article_id == _a.c.id)
            .scalar_subquery())


def _from(column: Any, bound: str) -> Any:
    # compare on the shorter precision: substr(date, 1, len(bound)) >= substr(bound, 1, length(date))
    return sa.func.substr(column, 1, len(bound)) >= sa.func.substr(sa.literal(bound), 1, sa.func.length(column))


def _to(column: Any, bound: str) -> Any:
    return sa.func.substr(column, 1, len(bound)) <= sa.func.substr(sa.literal(bound), 1, sa.func.length(column))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _period_start(day: str | None, interval: Interval) -> dt.date | None:
    if not day:
        return None
    try:
        if interval == "month":
            return dt.date(int(day[:4]), int(day[5:7]), 1) if len(day) >= 7 else None
        date = dt.date.fromisoformat(day) if len(day) == 10 else None
    except ValueError:  # a malformed date in the store is left unplaced, never a failed chart
        return None
    if date is None:
        return None
    return date - dt.timedelta(days=date.weekday()) if interval == "week" else date


def _periods(first: dt.date, last: dt.date, interval: Interval) -> Iterator[dt.date]:
    current = first
    while current <= last:
        yield current
        if interval == "day":
            current += dt.timedelta(days=1)
        elif interval == "week":
            current += dt.timedelta(days=7)
        else:
            current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)


def _count_periods(first: dt.date, last: dt.date, interval: Interval) -> int:
    if interval == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    return (last - first).days // (7 if interval == "week" else 1) + 1


def _label(start: dt.date, interval: Interval) -> str:
    if interval == "month":
        return start.strftime("%Y-%m")
    if interval == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.isoformat()
