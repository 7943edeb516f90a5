"""Integrity of the time-bounded roles tables (src/tidings/actors/data/leaders.tsv, igo_leaders.tsv).

The tables are read with the csv module only, so these checks hold whatever code later loads them:
the format, the codes, the dates, no two people in one office at once, the coverage the issue
asks for, and a table of well-known facts checked exactly.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "tidings" / "actors" / "data"
LEADERS = DATA / "leaders.tsv"
IGO_LEADERS = DATA / "igo_leaders.tsv"
HEADER = ["name", "aliases", "country", "role", "office", "start", "end", "note"]
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
# offices the table holds for the United States alone: its vice president and congressional leaders
US_OFFICES = {"vice_president", "speaker", "majority_leader"}
IGO_OFFICES = {"head", "council_president", "foreign_minister"}
# The organisation codes of igo_leaders.tsv (the `organization` column of organizations.tsv).
ORGANISATIONS = {"UNO", "NATO", "EU", "IMF", "WBK", "WHO", "IAEA", "WTO", "ARL", "AU"}
# The CAMEO actor-type codes of CONTRACT.md.
ROLES = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY LEG MED BUS CVL EDU HLH LAB REF NGO IGO ELI CRM REL AGR ENV".split()  # noqa: SIM905
)
# Countries without an ISO 3166-1 code of their own that news still reports as states.
EXTRA_COUNTRIES = {"XKX"}  # Kosovo (the code the EU and IMF use)
# Rows whose note has one of these words may overlap another holder of the same office: a stand-in,
# a rival claimant, a figurehead beside the real ruler, a shared executive or a federal level above a republic.
OVERLAP_WORDS = ("acting", "interim", "disputed", "rival", "caretaker", "nominal", "power-sharing", "federal")
TODAY = dt.date(2026, 11, 26)


def read_rows(path: Path) -> list[dict[str, str]]:
    """The data rows of a roles table as dicts (comment lines skipped), each with its line number."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert next(reader) == HEADER
        for record in reader:
            if not record or record[0].startswith("#"):
                continue
            assert len(record) == len(HEADER), f"{path.name}:{reader.line_num}: {record}"
            row = dict(zip(HEADER, record, strict=True))
            row["line"] = f"{path.name}:{reader.line_num}"
            rows.append(row)
    return rows


ROWS = read_rows(LEADERS)
IGO_ROWS = read_rows(IGO_LEADERS)
TABLES = {"leaders": ROWS, "igo_leaders": IGO_ROWS}


def day(text: str) -> dt.date | None:
    """The date of an ISO `YYYY-MM-DD` string, None for the empty string (still in office)."""
    return dt.date.fromisoformat(text) if text else None


def holders(country: str, office: str, on: str, rows: list[dict[str, str]] = ROWS) -> set[str]:
    """The names of everyone in `office` of `country` on the date `on` (ends inclusive)."""
    when = day(on)
    return {
        row["name"]
        for row in rows
        if row["country"] == country
        and row["office"] == office
        and day(row["start"]) <= when
        and (not row["end"] or when <= day(row["end"]))
    }


@pytest.mark.parametrize("path", [LEADERS, IGO_LEADERS], ids=lambda p: p.name)
def test_header_is_exact(path):
    assert path.read_text(encoding="utf-8").splitlines()[0].split("\t") == HEADER


@pytest.mark.parametrize("table", TABLES)
def test_every_field_is_clean(table):
    problems = []
    for row in TABLES[table]:
        problems += [f"{row['line']}: spaces around {f}" for f in HEADER if row[f] != row[f].strip()]
        # Quotes would make readers that follow the CSV quoting rules read a field differently.
        problems += [f"{row['line']}: quote in {f}" for f in HEADER if '"' in row[f]]
        aliases = row["aliases"].split("|") if row["aliases"] else []
        if not row["name"] or not all(aliases):
            problems.append(f"{row['line']}: empty name or alias")
        if row["name"] in aliases or len(set(aliases)) < len(aliases):
            problems.append(f"{row['line']}: repeated alias")
    assert problems == []


def test_countries_are_iso3_codes():
    bad = [row["line"] for row in ROWS if row["country"] not in EXTRA_COUNTRIES
           and not pycountry.countries.get(alpha_3=row["country"])]
    assert bad == []


def test_roles_and_offices_are_from_the_allowed_sets():
    assert [row["line"] for row in ROWS if row["role"] not in ROLES or row["office"] not in OFFICES | US_OFFICES] == []
    assert [row["line"] for row in ROWS if row["office"] in US_OFFICES and row["country"] != "USA"] == []
    # MIL marks a military ruler; ministers in uniform stay GOV, as CAMEO codes a government office.
    assert [row["line"] for row in ROWS if row["role"] == "MIL" and row["office"] not in
            {"head_of_state", "head_of_government"}] == []


def test_organisation_rows_use_organisation_codes():
    assert [row["line"] for row in IGO_ROWS if row["country"] not in ORGANISATIONS
            or row["role"] != "IGO" or row["office"] not in IGO_OFFICES] == []


@pytest.mark.parametrize("table", TABLES)
def test_dates_are_iso_and_ordered(table):
    for row in TABLES[table]:
        start, end = day(row["start"]), day(row["end"])
        assert start is not None, f"{row['line']}: no start"
        assert end is None or start <= end, f"{row['line']}: ends before it starts"
        # 2000 on, and the 1990s heads of the countries most in that decade's news
        assert end is None or end >= dt.date(1989, 1, 1), f"{row['line']}: ended before 1989"
        assert start <= TODAY, f"{row['line']}: starts in the future"


@pytest.mark.parametrize("table", TABLES)
def test_no_two_people_hold_one_office_at_once(table):
    """Successive holders may share the handover day; notes such as 'acting' mark allowed overlaps."""
    terms = defaultdict(list)
    for row in TABLES[table]:
        if not any(word in row["note"].lower() for word in OVERLAP_WORDS):
            terms[row["country"], row["office"]].append(row)
    clashes = []
    for (country, office), rows in terms.items():
        for before, after in itertools.combinations(sorted(rows, key=lambda r: r["start"]), 2):
            if before["name"] != after["name"] and (not before["end"] or after["start"] < before["end"]):
                clashes.append(f"{country} {office}: {before['name']} / {after['name']} ({after['start']})")
    assert clashes == []


def test_one_person_is_written_the_same_way_on_every_row():
    """Aliases are per person: every row of a name, in either table, carries the same list."""
    aliases = defaultdict(set)
    for row in ROWS + IGO_ROWS:
        aliases[row["name"]].add(row["aliases"])
    assert {name: forms for name, forms in aliases.items() if len(forms) > 1} == {}


def test_no_alias_points_at_two_people():
    """An alias shared by two people (a common surname) cannot tie a mention to one of them."""
    owners = defaultdict(set)
    for row in ROWS + IGO_ROWS:
        owners[row["name"].casefold()].add(row["name"])
        for alias in filter(None, row["aliases"].split("|")):
            owners[alias.casefold()].add(row["name"])
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}


def test_at_least_sixty_countries_have_a_leader_on_2024_01_01():
    countries = {
        row["country"]
        for row in ROWS
        if row["office"] in {"head_of_state", "head_of_government"}
        and holders(row["country"], row["office"], "2024-01-01")
    }
    assert len(countries) >= 60


@pytest.mark.parametrize("country", ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND"])
@pytest.mark.parametrize("office", sorted(OFFICES))
def test_the_main_countries_have_every_office_filled_on_sample_dates(country, office):
    for on in ("2000-06-01", "2005-06-01", "2010-06-01", "2015-06-01", "2020-06-01", "2025-06-01"):
        assert len(holders(country, office, on)) == 1, f"{country} {office} on {on}"


@pytest.mark.parametrize("office", sorted(US_OFFICES))
def test_the_us_vice_president_and_congressional_leaders_are_filled_on_sample_dates(office):
    for on in ("2000-06-01", "2005-06-01", "2010-06-01", "2015-06-01", "2020-06-01", "2025-06-01"):
        assert len(holders("USA", office, on)) == 1, f"USA {office} on {on}"


@pytest.mark.parametrize(
    ("country", "office", "on", "name"),
    [
        ("USA", "head_of_state", "2010-06-01", "Barack Obama"),
        ("USA", "head_of_state", "2019-06-01", "Donald Trump"),
        ("USA", "head_of_government", "2003-03-20", "George W. Bush"),
        ("USA", "head_of_state", "2023-06-01", "Joe Biden"),
        ("USA", "foreign_minister", "2015-07-14", "John Kerry"),
        ("USA", "foreign_minister", "2025-06-01", "Marco Rubio"),
        ("USA", "defence_minister", "2003-03-20", "Donald Rumsfeld"),
        ("USA", "defence_minister", "2022-06-01", "Lloyd Austin"),
        ("CHN", "head_of_state", "2024-02-09", "Xi Jinping"),
        ("CHN", "head_of_state", "2008-08-08", "Hu Jintao"),
        ("CHN", "head_of_government", "2020-06-01", "Li Keqiang"),
        ("CHN", "foreign_minister", "2023-05-01", "Qin Gang"),
        ("RUS", "head_of_state", "2024-02-09", "Vladimir Putin"),
        ("RUS", "head_of_state", "2010-06-01", "Dmitry Medvedev"),
        ("RUS", "head_of_government", "2010-06-01", "Vladimir Putin"),
        ("RUS", "foreign_minister", "2022-02-24", "Sergei Lavrov"),
        ("RUS", "defence_minister", "2022-02-24", "Sergei Shoigu"),
        ("GBR", "head_of_government", "2023-01-15", "Rishi Sunak"),
        ("GBR", "head_of_government", "2003-03-20", "Tony Blair"),
        ("GBR", "head_of_government", "2022-10-01", "Liz Truss"),
        ("GBR", "head_of_state", "2021-06-01", "Elizabeth II"),
        ("GBR", "foreign_minister", "2017-06-01", "Boris Johnson"),
        ("GBR", "defence_minister", "2026-06-20", "Dan Jarvis"),
        ("FRA", "head_of_state", "2015-11-13", "François Hollande"),
        ("FRA", "head_of_government", "2024-10-01", "Michel Barnier"),
        ("FRA", "head_of_government", "2025-11-01", "Sébastien Lecornu"),
        ("DEU", "head_of_government", "2015-09-01", "Angela Merkel"),
        ("DEU", "head_of_government", "2023-06-01", "Olaf Scholz"),
        ("DEU", "head_of_government", "2025-06-01", "Friedrich Merz"),
        ("DEU", "foreign_minister", "2022-06-01", "Annalena Baerbock"),
        ("JPN", "head_of_government", "2015-06-01", "Shinzo Abe"),
        ("JPN", "head_of_government", "2003-06-01", "Junichiro Koizumi"),
        ("JPN", "head_of_government", "2026-03-01", "Sanae Takaichi"),
        ("IND", "head_of_government", "2010-06-01", "Manmohan Singh"),
        ("IND", "head_of_government", "2019-06-01", "Narendra Modi"),
        ("IND", "foreign_minister", "2021-06-01", "S. Jaishankar"),
        ("PAK", "head_of_state", "2005-01-01", "Pervez Musharraf"),
        ("EGY", "head_of_state", "2011-06-01", "Mohamed Hussein Tantawi"),
        ("TUR", "head_of_government", "2010-01-01", "Recep Tayyip Erdoğan"),
        ("ISR", "head_of_government", "2022-09-01", "Yair Lapid"),
        ("SAU", "head_of_government", "2023-01-01", "Mohammed bin Salman"),
        ("IRN", "head_of_state", "2020-01-01", "Ali Khamenei"),
        ("IRN", "head_of_state", "2026-06-01", "Mojtaba Khamenei"),
        ("IRN", "head_of_government", "2015-07-14", "Hassan Rouhani"),
        ("VEN", "head_of_state", "2026-02-01", "Delcy Rodríguez"),
        ("BRA", "head_of_state", "2020-01-01", "Jair Bolsonaro"),
        ("UKR", "head_of_state", "2022-02-24", "Volodymyr Zelensky"),
        ("HUN", "head_of_government", "2026-06-01", "Péter Magyar"),
        ("KOR", "head_of_state", "2025-07-01", "Lee Jae-myung"),
    ],
)
def test_well_known_facts(country, office, on, name):
    assert holders(country, office, on) == {name}


@pytest.mark.parametrize(
    ("organisation", "office", "on", "name"),
    [
        ("UNO", "head", "2010-01-01", "Ban Ki-moon"),
        ("NATO", "head", "2020-01-01", "Jens Stoltenberg"),
        ("EU", "head", "2020-06-01", "Ursula von der Leyen"),
        ("EU", "foreign_minister", "2016-01-01", "Federica Mogherini"),
        ("IAEA", "head", "2005-01-01", "Mohamed ElBaradei"),
    ],
)
def test_well_known_facts_of_organisations(organisation, office, on, name):
    assert holders(organisation, office, on, IGO_ROWS) == {name}
