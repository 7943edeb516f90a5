"""A reported "must" clause about someone else is the speaker's demand (CAMEO 10): exact
(source, code, target) country triples on sentences written for these tests, with hand-built
actors (tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, coded
from tidings.events import find_events


@pytest.mark.parametrize(("text", "expected"), [
    # the carried event becomes the demand of it (transforms.tsv, `demand`), on its doer
    ("The UN said Israel must withdraw from Gaza.", [("UNO", "1056", "ISR")]),
    ("France said Iran must release the detained journalists.", [("FRA", "1053", "IRN")]),
    ("Germany said Russia must end its attacks on Ukraine.", [("DEU", "1056", "RUS")]),
    # nothing coded in the clause: a demand all the same
    ("Britain said Iran must stop enriching uranium.", [("GBR", "100", "IRN")]),
    ("The EU said a military intervention in Venezuela must be avoided.", [("EUR", "100", None)]),
    # ... with an event coded elsewhere in what was said, which stands as it is
    ("Biden said Iran must do something meaningful before the United States would lift sanctions.",
     [("USA", "100", "IRN"), ("USA", "085", None)]),
    ("France said Iran must act and that it would send observers.", [("FRA", "100", "IRN"), ("FRA", "0333", None)]),
    # ... but not on the speaker in the passive
    ("Biden said he must be given more time.", []),
    # the speaker's own side: resolve, not a demand
    ("Japan said it must defend its islands.", [("JPN", "052", None)]),
    ("The US president said the United States must help Ukraine.", [("USA", "070", "UKR")]),
    # "demand" demands whatever is demanded (10x, not PETRARCH's appeal codes 02x)
    ("France demanded the release of the Iranian journalists.", [("FRA", "1053", "IRN")]),
    ("Ukraine demanded talks with Russia.", [("UKR", "106", "RUS")]),
    ("Israel demanded humanitarian aid from the UN.", [("ISR", "103", "UNO")]),
    # a call for sanctions against someone, named as an actor or not, aims at them (1312)
    ("The EU called for sanctions against those responsible for the killings.", [("EUR", "1312", None)]),
    ("The EU called for sanctions against Iran.", [("EUR", "1312", "IRN")]),
])
def test_a_reported_must_is_a_demand(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_own_resolve_stays_hypothetical(nlp):
    actors = actors_in("Japan said it must defend its islands.")
    events = find_events("Japan said it must defend its islands.", nlp("Japan said it must defend its islands."),
                         actors, [], published=None)
    assert [e.modality for e in events] == ["hypothetical"]


def test_bodies_under_one_group_code_make_demands_of_each_other(nlp):
    # the UN and the EU share CAMEO's IGO code and have no country: the UN asks the EU, as Britain
    # would ask France, and is no more the EU's own side than Britain is France's
    text = "The United Nations said the European Union must mediate between Iran and Israel."
    names = {"The United Nations": ("IGO", "organization"), "the European Union": ("IGO", "organization"),
             "Iran": ("IRN", "country"), "Israel": ("ISR", "country")}
    actors = actors_in(text, names)
    events = find_events(text, nlp(text), actors, [], published=None)
    by_id = {a.id: a.name for a in actors}
    assert [(by_id.get(e.source), e.code, by_id.get(e.target)) for e in events] == \
        [("The United Nations", "108", "the European Union")]
