"""The built-in tables: well formed, coded with real codes, and read as the loader says."""

import datetime as dt

import pytest

from tidings.actors import find_actors
from tidings.actors.codes import CONTRACT_ROLES, is_country, read_code, write_code
from tidings.actors.lexicon import Entry, Term
from tidings.actors.tables import LAYERS, TABLES, builtin_lexicon, plural, rows


@pytest.mark.parametrize("layer", LAYERS)
def test_every_table_row_codes_with_contract_roles_and_known_countries(layer):
    for entry in TABLES[layer]():
        for term in entry.terms:
            assert set(term.roles) <= CONTRACT_ROLES, (entry.basis, term.roles)
            assert term.country is None or is_country(term.country), (entry.basis, term.country)


def test_countries_table_has_every_iso_country_once():
    codes = [row["iso3"] for _, row in rows("countries.tsv")]
    assert len(codes) == len(set(codes)) == 250
    assert {"CHN", "RUS", "USA", "TWN", "PSE", "XKX"} <= set(codes)


@pytest.mark.parametrize(("phrase", "kind", "country"), [
    ("Chinese", "adjective", "CHN"), ("Saudi", "adjective", "SAU"), ("Korean", "adjective", "KOR"),
    ("Western", "adjective", "WST"), ("Britons", "people", "GBR"), ("Iraqis", "people", "IRQ"),
    ("Kyiv", "capital", "UKR"), ("Kiev", "capital", "UKR"), ("Zhongnanhai", "metonym", "CHN"),
    ("Foggy Bottom", "metonym", "USA"), ("Quai d'Orsay", "metonym", "FRA"), ("the West", "region", "WST"),
    ("U.S.", "country", "USA"), ("Burma", "country", "MMR"), ("Xinhua", "organization", "CHN"),
])
def test_lexicon_forms(phrase, kind, country):
    from tidings.actors.lexicon import normal, phrase_tokens

    entry = builtin_lexicon().entries[" ".join(normal(t) for t in phrase_tokens(phrase))]
    assert (entry.kind, entry.terms[0].country) == (kind, country)


@pytest.mark.parametrize(("word", "expected"), [("troop", "troops"), ("ministry", "ministries"),
                                                ("embassy", "embassies"), ("witness", "witnesses"),
                                                ("foreign minister", "foreign ministers"), ("day", "days")])
def test_regular_plurals(word, expected):
    assert plural(word) == expected


@pytest.mark.parametrize(("code", "country", "roles", "organization"), [
    ("USAGOV", "USA", ("GOV",), None), ("AFGGOVAGR", "AFG", ("GOV", "AGR"), None),
    ("IGOUNO", "IGO", ("IGO",), "UNO"), ("IGOWSTNAT", "IGO", ("IGO",), "NATO"), ("IGOEUREEC", "IGO", ("IGO",), "EU"),
    ("~GOV", None, ("GOV",), None), ("PSEREBHMS", "PSE", ("REB",), "HMS"), ("SYRINS", "SYR", ("REB",), None),
    ("NGOAMN", "NGO", ("NGO",), "AMN"), ("ELI", None, ("ELI",), None),
])
def test_cameo_codes_are_read(code, country, roles, organization):
    coding = read_code(code)
    assert (coding.country, coding.roles, coding.organization) == (country, roles, organization)


@pytest.mark.parametrize("code", ["---", "ZZZ", "USAG", ""])
def test_what_is_not_a_code(code):
    assert read_code(code) is None


def test_codes_are_written_country_first():
    assert write_code("CHN", ("GOV",)) == "CHNGOV"
    assert write_code(None, ("OPP", "LEG")) == "OPPLEG"
    assert write_code("IGO", ("IGO",), "UNO") == "IGOUNO"
    assert write_code(None, ()) is None


OBAMA = Entry("Barack Obama", "person", "Barack Obama",
              (Term("USA", ("GOV",), start=dt.date(2009, 1, 20), end=dt.date(2017, 1, 20)),), "test")


@pytest.mark.parametrize(("day", "roles", "status"), [
    (dt.date(2008, 6, 1), ("GOV",), "before"), (dt.date(2009, 1, 20), ("GOV",), "holds"),
    (dt.date(2017, 1, 20), ("GOV",), "holds"), (dt.date(2017, 1, 21), ("GOV",), "former"),
    (None, ("GOV",), "former"),
])
def test_an_office_holds_from_its_first_to_its_last_day(day, roles, status):
    term, found = OBAMA.coding(day)
    assert (term.roles, found) == (roles, status)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Hezb-e-Islami attacked a checkpoint.", "2010-05-01", ("Hezb-e-Islami", "AFG", "REB")),
    ("Hezb-e-Islami won two seats.", "2019-05-01", ("Hezb-e-Islami", "AFG", "PTY")),
    ("Police arrested a convicted IRA bomber.", "1998-05-01", ("convicted IRA bomber", "GBR", "REB")),
    ("Iraq barred UNSCOM inspectors from the site.", "1998-05-01", ("UNSCOM inspectors", "IGO", "IGO")),
    ("Action Against Hunger opened a clinic.", "2020-05-01", ("Action Against Hunger", "NGO", "NGO")),
])
def test_named_bodies_of_the_organisations_table(nlp, text, published, expected):
    found = [(a.name, a.country, a.role) for a in find_actors(text, nlp(text), published=published)]
    assert expected in found
