"""PLOVER JSON records (data/plover_fields.tsv), one per article event with a PLOVER category.

PLOVER keeps de-duplication open, so each record is one event as one article reports it (CAMEO
01 and 02, which PLOVER drops, give no record). Fields tidings does not compute are left out, as
the manual allows for every optional field; `date` is null when the article gives no day.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

import pycountry

from tidings import __version__
from tidings.export.events import Articles, read_tsv

CODER = f"tidings {__version__}"
QUAD: dict[str, int] = {r["plover"]: int(r["quad_code"]) for r in read_tsv("plover_quad.tsv")}


@lru_cache(maxsize=1)
def fields() -> dict[str, set[str]]:
    """The published field names of each PLOVER object (event, actor, text_info, cite_info, location, extension)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv("plover_fields.tsv"):
        out.setdefault(row["object"], set()).add(row["field"])
    return out


def plover_record(row: dict[str, Any], articles: Articles) -> dict[str, Any] | None:
    """The PLOVER record of one article event (a row of EVENTS_SQL), or None when it has no PLOVER category."""
    category = row.get("plover")
    if not category:
        return None
    day = row.get("date")
    text = row.get("text") or ""
    stored = _when(row.get("stored_at"))
    record: dict[str, Any] = {
        "id": f"{row['article_id']}-{row['event_id']}",
        "date": day if day and len(day) == 10 else None,
        "source": [_actor(row, "source")] if row.get("source_name") else [],
        "recipient": [_actor(row, "target")] if row.get("target_name") else [],
        "event": [category],
        "event_text": [text[row["sentence_start"]:row["sentence_end"]]] if text else [],
        "text_info": {"start": row["sentence_start"], "end": row["sentence_end"]},
        "cite_info": _drop_none({"url": row.get("url"), "title": row.get("title"), "language": row.get("language"),
                                 "publication": row.get("publisher"), "coder": CODER}),
        "coder": CODER,
        "article_id": row["article_id"], "event_id": row["event_id"], "cameo": row["code"],
        "modality": row.get("modality"), "confidence": row.get("confidence"), "pattern": row.get("pattern"),
    }
    if category in QUAD:
        record["quad_code"] = QUAD[category]
    if row.get("mode"):
        record["mode"] = row["mode"]
    if row.get("place_name"):
        record["event_loc"] = _location(row, articles.place(row["article_id"], row["place_name"]))
    if stored:
        record["coded_date"], record["coded_time"] = stored.date().isoformat(), stored.time().isoformat("seconds")
    return record


def _actor(row: dict[str, Any], side: str) -> dict[str, Any]:
    return _drop_none({"code": row.get(f"{side}_country"), "sector": row.get(f"{side}_role"),
                       "actor_text": row.get(f"{side}_name")})


def _location(row: dict[str, Any], place: dict[str, Any]) -> dict[str, Any]:
    iso3 = row.get("place_country")
    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return _drop_none({"name": row["place_name"], "latitude": row.get("place_lat"), "longitude": row.get("place_lon"),
                       "geonameid": place.get("geonameid"), "feature code": place.get("feature"),
                       "country code": country.alpha_2 if country else None, "cc3": iso3})


def _when(value: Any) -> datetime | None:
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}
