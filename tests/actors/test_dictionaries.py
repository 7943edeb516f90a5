"""Users' actor dictionaries: PETRARCH/Phoenix text and CSV, written here in their formats."""

import datetime as dt
import json
import subprocess
import sys

import pytest

from tidings.actors import find_actors
from tidings.actors.dictionaries import load_lexicon, parse_petrarch_day, read_dictionary
from tidings.errors import ConfigError
from tidings.pipeline import Pipeline
from tidings.sources import read

ACTORS = """\
# A PETRARCH actor dictionary written for this test
JOHN_KERRY_  # US Secretary of State 2013-2017
+KERRY_
+SECRETARY_KERRY_
\t[USAELI 440101-130201]
\t[USAGOV 130201-170120]
\t[USAELI]
ZORGANIA_  [ZZZ]
MOLDAVIA_  [MDA]
+MOLDAVIAN_
ACME_WIDGETS_\t[USABUS] # a company
HALL_OF_THE_PEOPLE_  [CHNGOV] [---]
NORTH_WIDGET_FRONT_ [IGOWSTNAT]
KREMLIN_ [RUSSPY]
BROKEN_ENTRY_ [USAGOV 2004017-20061201]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
WIDGETEER_ [~BUS]
PEACE_ENVOY {PEACE_ENVOYS} [~GOV]
COASTWATCH!PERSON! {} [~COP]
HERDSPEOPLE_ {} [~AGR]
GADFLY_ {GADFLIES} [~OPP]
"""

CSV = """\
name,country,role,start,end
Ana Torvik|Torvik,NOR,GOV,2015-01-01,2020-12-31
Ana Torvik|Torvik,NOR,LEG,2021-01-01,
Hollow Valley Militia,UKR,REB
"""


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "test.agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "people.csv").write_text(CSV, encoding="utf-8")
    return tmp_path


def coded(nlp, text, published, *paths):
    return [(a.name, a.country, a.role, a.basis)
            for a in find_actors(text, nlp(text), published=published, dictionaries=[str(p) for p in paths])]


@pytest.mark.parametrize(("text", "day"), [("680101", dt.date(1968, 1, 1)), ("130201", dt.date(2013, 2, 1)),
                                           ("20091119", dt.date(2009, 11, 19))])
def test_petrarch_dates_have_two_or_four_digit_years(text, day):
    assert parse_petrarch_day(text) == day


def test_actor_file_entries_aliases_and_dated_codes(files):
    reading = read_dictionary(files / "test.actors.txt")
    kerry = {e.phrase: e for e in reading.entries}
    assert sorted(kerry) == ["ACME WIDGETS", "HALL OF THE PEOPLE", "JOHN KERRY", "KERRY", "KREMLIN", "MOLDAVIA",
                             "MOLDAVIAN", "NORTH WIDGET FRONT", "SECRETARY KERRY"]
    entry = kerry["KERRY"]
    assert (entry.name, entry.kind, entry.basis) == ("John Kerry", "person", "dict:test.actors.txt:2")
    assert [(t.country, t.roles, t.start, t.end) for t in entry.terms] == [
        ("USA", ("ELI",), dt.date(1944, 1, 1), dt.date(2013, 2, 1)),
        ("USA", ("GOV",), dt.date(2013, 2, 1), dt.date(2017, 1, 20)),
        ("USA", ("ELI",), None, None),
    ]
    assert [(t.country, t.roles, t.organization) for t in kerry["NORTH WIDGET FRONT"].terms] == [
        ("IGO", ("IGO",), "NATO")]
    assert reading.problems == [
        "dict:test.actors.txt:8: 'ZZZ' is not a CAMEO actor code",
        "dict:test.actors.txt:8: 'ZORGANIA_' has no usable code",
        "dict:test.actors.txt:15: '2004017' is not a date (YYMMDD or YYYYMMDD)",
        "dict:test.actors.txt:15: 'BROKEN_ENTRY_' has no usable code",
    ]


def test_agent_file_plurals_and_substitution_sets(files):
    reading = read_dictionary(files / "test.agents.txt")
    forms = sorted((e.phrase, e.plural, e.terms[0].roles) for e in reading.entries)
    assert forms == [
        ("COASTWATCHMAN", False, ("COP",)), ("COASTWATCHMEN", False, ("COP",)),
        ("COASTWATCHWOMAN", False, ("COP",)), ("COASTWATCHWOMEN", False, ("COP",)),
        ("GADFLIES", True, ("OPP",)), ("GADFLY", False, ("OPP",)), ("HERDSPEOPLE", False, ("AGR",)),
        ("PEACE ENVOY", False, ("GOV",)), ("PEACE ENVOYS", True, ("GOV",)),
        ("WIDGETEER", False, ("BUS",)), ("widgeteers", True, ("BUS",)),
    ]


@pytest.mark.parametrize(("published", "role", "basis"), [
    ("2010-05-01", "ELI", "dict:test.actors.txt:5"),
    ("2015-05-01", "GOV", "dict:test.actors.txt:6"),
    ("2019-05-01", "ELI", "dict:test.actors.txt:7"),
])
def test_a_dated_code_holds_on_the_article_date(nlp, files, published, role, basis):
    text = "Kerry met the Moldavian delegation on Monday."
    assert coded(nlp, text, published, files / "test.actors.txt")[0] == ("John Kerry", "USA", role, basis)


def test_user_entries_take_precedence_over_the_built_in_tables(nlp, files):
    text = "The Kremlin said the widgeteers of Acme Widgets had left."
    assert coded(nlp, text, "2024-01-01") == [("Kremlin", "RUS", "GOV", "metonym:Kremlin"),
                                              ("Acme Widgets", None, None, None)]
    assert coded(nlp, text, "2024-01-01", files / "test.actors.txt", files / "test.agents.txt") == [
        ("Kremlin", "RUS", "SPY", "dict:test.actors.txt:14"),
        ("widgeteers of Acme Widgets", "USA", "BUS", "dict:test.actors.txt:11+dict:test.agents.txt:2"),
    ]


@pytest.mark.parametrize(("published", "role"), [("2016-03-01", "GOV"), ("2022-03-01", "LEG")])
def test_csv_rows_with_dates(nlp, files, published, role):
    text = "Ana Torvik criticised the Hollow Valley Militia."
    assert coded(nlp, text, published, files / "people.csv") == [
        ("Ana Torvik", "NOR", role, f"dict:people.csv:{2 if role == 'GOV' else 3}"),
        ("Hollow Valley Militia", "UKR", "REB", "dict:people.csv:4"),
    ]


def test_a_missing_or_empty_dictionary_is_a_setup_error(tmp_path):
    (tmp_path / "empty.txt").write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"actor dictionary .*missing.txt: cannot be read"):
        load_lexicon([tmp_path / "missing.txt"])
    with pytest.raises(ConfigError, match=r"actor dictionary .*empty.txt: no entries could be read"):
        Pipeline(actor_dictionaries=[str(tmp_path / "empty.txt")])


def test_pipeline_option_codes_with_the_users_dictionary(files, tmp_path):
    (tmp_path / "a.txt").write_text("date 2015-06-01\nSecretary Kerry visited Moldavia.\n", encoding="utf-8")
    pipeline = Pipeline(strict=True, actor_dictionaries=[str(files / "test.actors.txt")])
    [(_, record)] = list(pipeline.run(read([str(tmp_path / "a.txt")])))
    assert [(a.name, a.country, a.role) for a in record.actors] == [
        ("John Kerry", "USA", "GOV"), ("Moldavia", "MDA", None)]


def test_cli_actors_option_is_repeatable(files, tmp_path):
    (tmp_path / "a.txt").write_text("date 2016-06-01\nAna Torvik met the peace envoys.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tidings", "extract", str(tmp_path / "a.txt"), "--actors",
                           str(files / "people.csv"), "--actors", str(files / "test.agents.txt")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    actors = json.loads(done.stdout)["actors"]
    assert [(a["name"], a["country"], a["role"]) for a in actors] == [
        ("Ana Torvik", "NOR", "GOV"), ("peace envoys", None, "GOV")]
