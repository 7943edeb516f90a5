"""The same event reported many times, merged into one corpus-level event with every mention as evidence.

Two mentions (events of article records) are the same event when they have the same CAMEO code
and modality, the same source and the same target (country, role and a compatible name: equal, one
inside the other — "Xi" and "Xi Jinping" —, or both actors are countries), dates that are the same
or overlap (a day apart counts: time zones and "on Tuesday" read a day off), and compatible places
(either unknown, or the same country and the same place, places near each other, or the country
itself). Mentions come oldest first; each joins the first compatible event in its block (same
code, modality, countries and roles) or starts a new one. Counts are over the whole corpus: mentions,
distinct publishers (source, else the URL's host) and distinct articles.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

import pycountry

DAY_SLACK = timedelta(days=1)
NEAR_KM = 100.0        # two places this close are one place for the merge (a city and its suburb)
_WORD = re.compile(r"\w+")


@dataclass
class CorpusEvent:
    id: int
    first: dict[str, Any]                      # the first mention's row: code, actors, place ...
    mentions: list[dict[str, Any]] = field(default_factory=list)
    start: date | None = None
    end: date | None = None

    def row(self) -> dict[str, Any]:
        """The `corpus_events` row of this event."""
        f = self.first
        place = next((m for m in self.mentions if m.get("place_name")), {})
        out = {"id": self.id, "date_start": _iso(self.start), "date_end": _iso(self.end),
               "place_name": place.get("place_name"), "place_country": place.get("place_country"),
               "place_lat": place.get("place_lat"), "place_lon": place.get("place_lon"),
               "num_mentions": len(self.mentions), "num_sources": len({p for m in self.mentions
                                                                        if (p := publisher(m))}),
               "num_articles": len({m["article_id"] for m in self.mentions}), "first_article": f["article_id"]}
        for key in ("code", "root", "name", "goldstein", "quad_class", "plover"):
            out[key] = f.get(key)
        for side in ("source", "target"):
            names = [m[f"{side}_name"] for m in self.mentions if m.get(f"{side}_name")]
            out[f"{side}_name"] = max(names, key=len) if names else None   # the fullest name any article gives
            for key in ("country", "role", "organization", "code"):
                out[f"{side}_{key}"] = f.get(f"{side}_{key}")
        return out

    def mention_rows(self) -> list[dict[str, Any]]:
        """The `event_mentions` rows of this event."""
        keys = ("article_id", "event_id", "date", "sentence_start", "sentence_end", "trigger_start", "trigger_end")
        return [{"corpus_event_id": self.id, "source": publisher(m), **{k: m.get(k) for k in keys}}
                for m in self.mentions]


def merge_events(mentions: Iterable[dict[str, Any]]) -> list[CorpusEvent]:
    """The corpus-level events of `mentions` (rows of MENTIONS_SQL, oldest first), numbered from 1."""
    blocks: dict[tuple, list[CorpusEvent]] = {}
    events: list[CorpusEvent] = []
    for mention in mentions:
        span = date_span(mention.get("date") or mention.get("published"))
        block = blocks.setdefault(_block(mention), [])
        event = next((e for e in block if _same(e, mention, span)), None)
        if event is None:
            event = CorpusEvent(len(events) + 1, mention, start=span[0] if span else None,
                                end=span[1] if span else None)
            block.append(event)
            events.append(event)
        elif span:
            event.start = min(event.start, span[0]) if event.start else span[0]
            event.end = max(event.end, span[1]) if event.end else span[1]
        event.mentions.append(mention)
    return events


def _block(m: dict[str, Any]) -> tuple:
    return (m["code"], m.get("modality"), m.get("source_country"), m.get("source_role"), m.get("target_country"),
            m.get("target_role"), m.get("source_name") is None, m.get("target_name") is None)


def _same(event: CorpusEvent, mention: dict[str, Any], span: tuple[date, date] | None) -> bool:
    first = event.first
    anchor = date_span(first.get("date") or first.get("published"))
    if (anchor is None) != (span is None):
        return False
    if anchor and span and (span[0] > anchor[1] + DAY_SLACK or anchor[0] > span[1] + DAY_SLACK):
        return False
    return (same_actor(first, mention, "source") and same_actor(first, mention, "target")
            and same_place(first, mention))


def same_actor(a: dict[str, Any], b: dict[str, Any], side: str) -> bool:
    """Whether the `side` actors (source or target) of two mentions can be one (their block fixed country, role)."""
    name_a, name_b = a.get(f"{side}_name"), b.get(f"{side}_name")
    if name_a is None or name_b is None:
        return name_a is None and name_b is None
    if a.get(f"{side}_kind") == b.get(f"{side}_kind") == "country":
        return True   # "China" and "Beijing" (as a metonym) are one actor when both are coded as the country
    words_a, words_b = set(_WORD.findall(name_a.casefold())), set(_WORD.findall(name_b.casefold()))
    return bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


def same_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether the places of two mentions can be where one event happened."""
    if not a.get("place_name") or not b.get("place_name"):
        return True
    if a.get("place_country") and b.get("place_country") and a["place_country"] != b["place_country"]:
        return False
    if a["place_name"].casefold() == b["place_name"].casefold() or _is_country(a) or _is_country(b):
        return True
    coords = (a.get("place_lat"), a.get("place_lon"), b.get("place_lat"), b.get("place_lon"))
    return None not in coords and _km(*coords) <= NEAR_KM


def _is_country(m: dict[str, Any]) -> bool:
    try:
        return pycountry.countries.lookup(m["place_name"]).alpha_3 == m.get("place_country")
    except LookupError:
        return False


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def date_span(value: str | None) -> tuple[date, date] | None:
    """The days an ISO date at its precision covers: `2024-02` is all of February 2024; None if unreadable."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            day = date(*numbers)
            return day, day
        if len(numbers) == 2:
            return date(numbers[0], numbers[1], 1), date(numbers[0], numbers[1],
                                                         calendar.monthrange(numbers[0], numbers[1])[1])
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
    except ValueError:
        return None
    return None


def publisher(mention: dict[str, Any]) -> str | None:
    """Who published a mention: the article's source, else its URL's host; None when neither is known."""
    if mention.get("publisher"):
        return str(mention["publisher"])
    host = urlsplit(mention.get("url") or "").hostname
    return host.removeprefix("www.") if host else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# Every article event with its actors and article, oldest first: the same text runs on SQLite,
# PostgreSQL and DuckDB (over views of the Parquet shards with the store's table names).
MENTIONS_SQL = """
SELECT e.article_id, e.event_id, e.code, e.root, e.name, e.goldstein, e.quad_class, e.plover, e.modality,
       e.date, e.place_name, e.place_country, e.place_lat, e.place_lon,
       e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end,
       a.published, a.source AS publisher, a.url,
       s.name AS source_name, s.kind AS source_kind, s.country AS source_country, s.role AS source_role,
       s.organization AS source_organization, s.code AS source_code,
       t.name AS target_name, t.kind AS target_kind, t.country AS target_country, t.role AS target_role,
       t.organization AS target_organization, t.code AS target_code
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source
LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target
ORDER BY a.published IS NULL, a.published, e.article_id, e.ord
"""
