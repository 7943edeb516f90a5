"""A place that stands for one side of an act that names no actor there: the country of a site
struck or sought where it lies, of a place withdrawn from, of where an unsigned report was issued;
and not where a meeting was held or where a named doer struck (exact triples; hand-built actors
of tests/events/cases.py, places built as the places stage gives them)."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events
from tidings.events.participants import with_place_countries
from tidings.records import Actor, Place


def coded(nlp, text: str, places: tuple[tuple[str, str, str], ...] = ()) -> list[tuple]:
    found = [Place(text.index(word), text.index(word) + len(word), word, word, country, None, None, None, form=form)
             for word, country, form in places]
    actors = list(with_place_countries(actors_in(text), found))
    return triples(find_events(text, nlp(text), actors, [], published=None, places=found), actors)


BAMAKO = (("Bamako", "MLI", "name"),)
EILAT = (("Eilat", "ISR", "name"),)
KIGALI = (("Kigali", "RWA", "name"),)
RWANDAN = (("Rwandan", "RWA", "demonym"),)
ZURICH = (("Zurich", "CHE", "name"),)
GENEVA = (("Geneva", "CHE", "name"),)
KHERSON = (("Kherson", "UKR", "name"),)


@pytest.mark.parametrize(("text", "places", "expected"), [
    # a site or building with no owner is struck, sought or claimed where it lies
    ("Hezbollah stormed a hotel in Bamako.", BAMAKO, [("LBN", "190", "MLI")]),
    ("Iran wants to inspect the refineries in Iraq.", (), [("IRN", "030", "IRQ")]),
    ("Hamas threatened to attack the airport in Eilat.", EILAT, [("PSE", "138", "ISR")]),
    ("Hamas claimed responsibility for an act of arson at a hotel in Eilat.", EILAT, [("PSE", "015", "ISR")]),
    # not where someone else's deed was done ("a concert Germany hosted in Paris" that was cancelled)
    ("A concert hosted by Germany in Paris was cancelled.", (), []),
    # a meeting or talks held somewhere do not make the host country a party
    ("Putin and Biden met in Zurich.", ZURICH, [("RUS", "040", "USA"), ("USA", "040", "RUS")]),
    ("Russia and the United States held talks in Geneva.", GENEVA, [("RUS", "046", "USA"), ("USA", "046", "RUS")]),
    ("Russia agreed to hold talks in Geneva.", GENEVA, [("RUS", "036", None)]),
    # a named doer stays the doer
    ("Two people were killed in Ukraine by Russia.", (), [("RUS", "190", "UKR")]),
])
def test_sites(nlp, text, places, expected):
    assert coded(nlp, text, places) == expected


@pytest.mark.parametrize(("text", "places", "expected"), [
    # a withdrawal from a place, or from a side or sector a country's adjective names, leaves that country
    ("Russian troops pulled out of the city of Kherson.", KHERSON, [("RUS", "087", "UKR")]),
    ("Russian troops pulled out of Kherson.", KHERSON, [("RUS", "087", "UKR")]),
    ("Israel withdrew from the Syrian sector of the Golan.", (("Syrian", "SYR", "demonym"),), [("ISR", "087", "SYR")]),
    # not from talks
    ("Russia withdrew from the talks.", (), [("RUS", "164", None)]),
])
def test_withdrawals(nlp, text, places, expected):
    assert coded(nlp, text, places) == expected


@pytest.mark.parametrize(("text", "places", "expected"), [
    # a report with no author speaks for the country it was issued in
    ("A report released on Tuesday in Kigali accused France of arming the militias.", KIGALI,
     [("RWA", "112", "FRA")]),
    ("A report released on Tuesday in the Rwandan capital alleged that France knew of the plans.", RWANDAN,
     [("RWA", "112", "FRA")]),
    # ... and in coordinated that-clauses, the one that lays a deed at someone's door still accuses
    ("A report released in the Rwandan capital alleged that France knew of the plans and that Russian troops "
     "took part in the killing.", RWANDAN, [("RWA", "112", "RUS")]),
    # an author it names speaks for it, wherever it was issued
    ("A report released in Kigali by the United Nations accused France of arming the militias.", KIGALI,
     [("UNO", "112", "FRA")]),
    # a report issued in no place names no one
    ("A report published on Tuesday in a medical journal criticised France.", (), [(None, "111", "FRA")]),
])
def test_reports(nlp, text, places, expected):
    assert coded(nlp, text, places) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # taking part in a deed is doing it
    ("Ukraine alleged that Russian troops took part in the killing.", [("UKR", "112", "RUS")]),
    ("Russian troops took part in the killing of Ukrainian civilians.", [("RUS", "190", "UKR")]),
])
def test_taking_part(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_a_city_actor_is_not_the_country_a_place_stands_for(nlp):
    # cities the actor coder made actors of (a territory, a place) do not stand for their country:
    # the capital seized is Syria's
    text = "Syrian rebels seized Damascus after taking Aleppo and Hama."
    places = [Place(text.index("Damascus"), text.index("Damascus") + 8, "Damascus", "Damascus", "SYR",
                    None, None, None, form="name")]
    at = {w: (text.index(w), text.index(w) + len(w)) for w in ("Syrian rebels", "Aleppo", "Hama")}
    actors = [Actor("a1", "Syrian rebels", "group", "SYR", "REB", mentions=(at["Syrian rebels"],)),
              Actor("a2", "Aleppo", "country", "SYR", None, mentions=(at["Aleppo"],), basis="territory:Aleppo"),
              Actor("a3", "Hama", "country", "SYR", None, mentions=(at["Hama"],), basis="place:Hama")]
    actors = list(with_place_countries(actors, places))
    events = find_events(text, nlp(text), actors, [], published=None, places=places)
    names = {a.id: a.name for a in actors}
    seized = next(e for e in events if e.code == "192" and e.trigger[0] == text.index("seized"))
    assert (names.get(seized.source), names.get(seized.target)) == ("Syrian rebels", "Syria")


def test_a_lawmakers_home_is_no_party(nlp):
    # "D-Kanawha" says where a US lawmaker is from: no country actor for it, so no target
    text = "Russia targeted Chairwoman Webster, D-Kanawha, and Chairwoman Fleischauer, D-Monongalia."
    places = [Place(text.index(w), text.index(w) + len(w), w, w, "USA", None, None, None, form="name")
              for w in ("Kanawha", "Monongalia")]
    actors = list(with_place_countries(actors_in(text), places, nlp(text)))
    assert [a.country for a in actors] == ["RUS"]
