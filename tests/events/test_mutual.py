"""Events both ways between parties named together: coordinated subjects, and "the two leaders",
"both sides" for the actors named just before (exact triples; hand-built actors of
tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases
from tidings.events import find_events
from tidings.records import Actor


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated subjects with no object
    ("Macron and Modi will meet in Geneva.", [("FRA", "040", "IND"), ("IND", "040", "FRA")]),
    ("India and Pakistan clashed.", [("IND", "190", "PAK"), ("PAK", "190", "IND")]),
    ("Macron and Modi held talks.", [("FRA", "046", "IND"), ("IND", "046", "FRA")]),
    # "the two leaders": the two people named before, in this sentence or the one before
    ("Macron flew to Delhi to see Modi. The two leaders held talks.",
     [("FRA", "042", None), ("FRA", "046", "IND"), ("IND", "046", "FRA")]),
    # "both countries": countries, not the people named between
    ("Armenia accused Azerbaijan of shelling. Both countries clashed again on Monday.",
     [("ARM", "112", "AZE"), ("ARM", "190", "AZE"), ("AZE", "190", "ARM")]),
    ("Serbia and Kosovo met in Brussels, where Macron said both countries would sign a deal.",
     [("SRB", "040", "XKX"), ("XKX", "040", "SRB"), ("SRB", "057", "XKX"), ("XKX", "057", "SRB")]),
    # between coordinated nationalities of one noun: each nationality a side
    ("Clashes between Russian and Ukrainian troops killed two soldiers.",
     [("RUS", "190", "UKR"), ("UKR", "190", "RUS")]),
    ("Talks between Israeli and Iranian negotiators resumed.", [("ISR", "046", "IRN"), ("IRN", "046", "ISR")]),
    # coordinated subjects with a partner: each with the partner, both ways, not with each other
    ("Xi and Putin held talks with Modi.",
     [("CHN", "046", "IND"), ("IND", "046", "CHN"), ("RUS", "046", "IND"), ("IND", "046", "RUS")]),
    # fewer actors before than the number says: no one
    ("Modi said the two leaders held talks.", []),
])
def test_both_ways(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an object pronoun is never its verb's own subject: the one other person named before
    ("Biden met Erdogan and asked him to release the pastor.", [("USA", "040", "TUR"), ("USA", "0253", "TUR")]),
    ("Macron phoned Zelensky and praised him.", [("FRA", "041", "UKR"), ("FRA", "051", "UKR")]),
    # two others fit: no one
    ("Biden met Erdogan and Modi and asked him to help.",
     [("USA", "040", "TUR"), ("USA", "040", "IND"), ("USA", "023", None)]),
    # "it" is too often a thing to stand for an actor
    ("Russia attacked Ukraine, and France criticised it.", [("RUS", "190", "UKR"), ("FRA", "111", None)]),
])
def test_object_pronouns(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # examples named for a plural noun take part, each
    ("Biden urged countries such as Iran and Iraq to act.", [("USA", "020", "IRN"), ("USA", "020", "IRQ")]),
    ("Biden criticised leaders like Putin.", [("USA", "111", "RUS")]),
])
def test_examples(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # furthering cooperation in a field is that field's cooperation: economic 061, military 062
    ("Japan and India will strengthen cooperation in trade and investment.",
     [("JPN", "061", "IND"), ("IND", "061", "JPN")]),
    ("Turkey boosted cooperation on energy with Egypt.", [("TUR", "061", "EGY")]),
    ("China and Russia deepened military ties.", [("CHN", "062", "RUS"), ("RUS", "062", "CHN")]),
    # promised or sought, it is intent (0311, 0312)
    ("France and India agreed to deepen their partnership in energy.",
     [("FRA", "0311", "IND"), ("IND", "0311", "FRA")]),
    ("Japan and Egypt seek to strengthen their security partnership.",
     [("JPN", "0312", "EGY"), ("EGY", "0312", "JPN")]),
    # no field: diplomatic cooperation (050)
    ("Japan and Egypt strengthened their partnership.", [("JPN", "050", "EGY"), ("EGY", "050", "JPN")]),
])
def test_cooperation_in_a_field(nlp, text, expected):
    assert coded(nlp, text) == expected


def _cast(text: str, cast: dict[str, str | None]) -> list[Actor]:
    """One group actor per surface form of `cast` (surface -> CAMEO role) found in `text`."""
    actors = []
    for name, role in cast.items():
        start = text.find(name)
        if start >= 0:
            span = ((start, start + len(name)),)
            actors.append(Actor(f"a{len(actors) + 1}", name, "group", None, role, mentions=span))
    return actors


CAST = {"Protesters": "OPP", "protesters": "OPP", "Police": "COP", "police": "COP", "Rebels": "REB", "rebels": "REB",
        "Troops": "MIL", "troops": "MIL", "Residents": "CVL", "soldiers": "MIL", "Militants": "REB",
        "the army": "MIL", "Hezbollah fighters": "REB", "journalists": "MED", "Journalists": "MED",
        "lawmakers": "LEG", "Lawmakers": "LEG"}


@pytest.mark.parametrize(("text", "expected"), [
    # a clash is each side's act on the other; a crowd's side is violent protest (145), the
    # police's violent repression (175), armed groups' fighting (190)
    ("Protesters clashed with police in the capital.",
     [("Protesters", "145", "police"), ("police", "175", "Protesters")]),
    ("Police clashed with protesters in the capital.",
     [("Police", "175", "protesters"), ("protesters", "145", "Police")]),
    ("Residents clashed with soldiers in the capital.",
     [("Residents", "145", "soldiers"), ("soldiers", "175", "Residents")]),
    ("Police and protesters clashed in the capital.",
     [("Police", "175", "protesters"), ("protesters", "145", "Police")]),
    ("Rebels clashed with troops near the border.", [("Rebels", "190", "troops"), ("troops", "190", "Rebels")]),
    ("Militants clashed with police near the border.",
     [("Militants", "190", "police"), ("police", "190", "Militants")]),
    ("Troops exchanged fire with Hezbollah fighters.",
     [("Troops", "193", "Hezbollah fighters"), ("Hezbollah fighters", "193", "Troops")]),
    # engaging someone in a firefight is the engager's act
    ("Rebels engaged the army in a firefight.", [("Rebels", "193", "the army")]),
    # carried into another kind of act, it is the carrier's alone
    ("Protesters threatened to clash with police.", [("Protesters", "133", "police")]),
    # sides with no arms clash in words
    ("Journalists clashed with lawmakers in the capital.",
     [("Journalists", "110", "lawmakers"), ("lawmakers", "110", "Journalists")]),
    ("There were clashes between journalists and lawmakers.",
     [("journalists", "110", "lawmakers"), ("lawmakers", "110", "journalists")]),
    ("Journalists clashed with troops in the capital.",
     [("Journalists", "190", "troops"), ("troops", "190", "Journalists")]),
    # ... and so they do with no one named on the other side; armed ones fight
    ("Lawmakers clashed over the budget.", [("Lawmakers", "110", None)]),
    ("Troops clashed near the border.", [("Troops", "190", None)]),
])
def test_clashes(nlp, text, expected):
    actors = _cast(text, CAST)
    names = {a.id: a.name for a in actors}
    events = find_events(text, nlp(text), actors, [], published=None)
    assert [(names.get(e.source), e.code, names.get(e.target)) for e in events] == expected


def test_the_two_countries_are_countries_not_their_embassies(nlp):
    # a body of government stands for a country only when it is the government; the sender is not
    # one of those it sends to
    text = "Bombs hit the Iranian embassies in Iraq and Egypt. Israel sent aid to the two countries."
    iran = text.index("Iranian embassies")
    countries = (("Iraq", "IRQ"), ("Egypt", "EGY"), ("Israel", "ISR"))
    actors = [Actor("a1", "Iranian embassies", "organization", "IRN", "GOV", mentions=((iran, iran + 17),)),
              *(Actor(f"a{n}", name, "country", code, None, mentions=((at := text.index(name), at + len(name)),))
                for n, (name, code) in enumerate(countries, start=2))]
    events = find_events(text, nlp(text), actors, [], published=None)
    assert [(e.source, e.code, e.target) for e in events] == [("a4", "073", "a2"), ("a4", "073", "a3")]


def test_the_two_countries_may_be_the_doers_own(nlp):
    # when no others fit, "the two countries" are the doers' own: ministers who speak for them
    text = "Biden and Putin committed the two countries to negotiate a treaty."
    actors = [Actor("a1", "Joe Biden", "person", "USA", "GOV", mentions=((0, 5),)),
              Actor("a2", "Vladimir Putin", "person", "RUS", "GOV", mentions=((10, 15),))]
    events = find_events(text, nlp(text), actors, [], published=None)
    assert {(e.source, e.target) for e in events} == {("a1", "a2"), ("a2", "a1")}


def test_a_place_hosted_in_makes_no_visit_back(nlp):
    # a guest hosted makes a visit back; the place a dinner was hosted in does not
    text = "Egypt hosted Israel on Monday. Egypt hosted a dinner in Iran."
    actors = [Actor("a1", "Egypt", "country", "EGY", None, mentions=((0, 5), (31, 36))),
              Actor("a2", "Israel", "country", "ISR", None, mentions=((13, 19),)),
              Actor("a3", "Iran", "country", "IRN", None, mentions=((56, 60),))]
    events = find_events(text, nlp(text), actors, [], published=None)
    assert [(e.source, e.code, e.target) for e in events if e.code in ("042", "043")] == \
        [("a1", "043", "a2"), ("a2", "042", "a1"), ("a1", "043", "a3")]


def test_an_event_hosted_makes_no_visit(nlp):
    # a body with no role hosted (a festival the model takes for an organisation) visits no one
    text = "Egypt will host the Bikefest."
    festival = text.index("Bikefest")
    actors = [Actor("a1", "Egypt", "country", "EGY", None, mentions=((0, 5),)),
              Actor("a2", "Bikefest", "organization", None, None, mentions=((festival, festival + 8),))]
    events = find_events(text, nlp(text), actors, [], published=None)
    assert [(e.source, e.code, e.target) for e in events] == [("a1", "043", "a2")]
