"""Whom an allegation accuses: the subject of what is alleged, whether or not that deed is itself
a coded event, and never both the allegation and the deed as fact (exact triples; hand-built
actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases
from tests.events.cases import actors_in
from tidings.events import find_events


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None, modality=True)


@pytest.mark.parametrize(("text", "expected"), [
    # the deed is no event of the lexicon: the accused is still the target
    ("Iran alleged that Israel was behind the plot.", [("IRN", "112", "ISR", "asserted")]),
    ("Egypt charged that Turkey had lied.", [("EGY", "112", "TUR", "asserted")]),
    # a coded deed, hostile or not, is alleged only: one accusation, no deed
    ("Iran alleged that Israel gave money to Hamas.", [("IRN", "112", "ISR", "asserted")]),
    ("Iran claimed that Israel attacked Syria.", [("IRN", "112", "ISR", "asserted")]),
    # claiming someone is behind, responsible for or to blame for something accuses them
    ("Iran claimed that Israel was behind the plot.", [("IRN", "112", "ISR", "asserted")]),
    ("Russia claimed that Ukraine was to blame.", [("RUS", "112", "UKR", "asserted")]),
    ("Iran claimed that Israel was responsible for the attack.", [("IRN", "112", "ISR", "asserted")]),
    # a claim of one's own deed accuses no one: it claims the deed (015), which is reported as
    # done; of nothing laid at anyone's door, it is a saying
    ("Iran claimed that it had attacked Israel.",
     [("IRN", "015", "ISR", "asserted"), ("IRN", "190", "ISR", "asserted")]),
    ("Iran claimed that Israel wanted peace.", []),
    # an allegation about oneself names no accused
    ("Iran alleged that its army had been attacked.", [("IRN", "112", None, "asserted")]),
])
def test_allegations_accuse_the_subject(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a claim of a deed is against the deed's target, or the place it was done in
    ("Hamas claimed responsibility for the attack on Israel.", [("PSE", "015", "ISR", "asserted")]),
    ("Hamas claimed responsibility for an attack on a mall in Israel's capital.", [("PSE", "015", "ISR", "asserted")]),
    ("Hamas claimed that they had attacked cities in Israel with rockets.",
     [("PSE", "015", "ISR", "asserted"), ("PSE", "190", "ISR", "asserted")]),
])
def test_claims_of_deeds(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the content of denied charges is only alleged, though the parser hangs it on the verb
    ("Biden denied charges from Putin on Thursday that he had attacked Israel.", [("USA", "016", "RUS", "asserted")]),
    ("Biden rejected the accusation on Friday that he had attacked Israel.", [("USA", "016", None, "asserted")]),
])
def test_denied_charges_are_not_deeds(nlp, text, expected):
    assert coded(nlp, text) == expected


def reported(nlp, text: str) -> list[tuple]:
    actors = actors_in(text)
    country = {a.id: a.country for a in actors}
    return [(country.get(e.source), e.code, country.get(e.target), country.get(e.reported_by))
            for e in find_events(text, nlp(text), actors, [], published=None)]


@pytest.mark.parametrize(("text", "expected"), [
    # claiming that something is so is saying it: its content is coded, reported by the claimant
    ("Biden claimed that the US army is hitting Iranian militants.", [("USA", "190", "IRN", "USA")]),
    ("Iran claimed that Israel gave money to Hamas.", [("ISR", "070", "PSE", "IRN")]),
    ("Iran claimed the US was lying.", []),
    # a claim of responsibility needs responsibility, credit, or one's own deed; a deed claimed
    # is also said to be done: the deed, reported by the claimant
    ("Hamas claimed credit for the attack on Israel.", [("PSE", "015", "ISR", None)]),
    ("Hamas claimed that it had attacked Israel.", [("PSE", "015", "ISR", None), ("PSE", "190", "ISR", "PSE")]),
    # its own people's deed is the claimant's: no accusation of them
    ("Ukraine claimed that its troops had attacked Russia.",
     [("UKR", "015", "RUS", None), ("UKR", "190", "RUS", "UKR")]),
    # claiming to have done something is the same claim
    ("Iran claimed to have shot down an Israeli drone.", [("IRN", "015", "ISR", None), ("IRN", "190", "ISR", "IRN")]),
    ("Russia claimed to have captured a village in Ukraine.",
     [("RUS", "015", "UKR", None), ("RUS", "192", "UKR", "RUS")]),
    ("Iran claimed to have seen nothing.", []),
])
def test_claims_that_are_sayings(nlp, text, expected):
    assert reported(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # hitting an armed group or force is an attack
    ("Israel hit Hamas militants in Gaza.", [("ISR", "190", "PSE")]),
    ("Russia hit Ukrainian troops near Kyiv.", [("RUS", "190", "UKR")]),
    # hitting a record, a price, by a storm: no attack; with sanctions: a sanction
    ("Oil prices in Iran hit a record.", []),
    ("Syria was hit by a storm.", []),
    ("The storm hit a group of soldiers in Syria.", []),
    ("The US hit Iran with new sanctions.", [("USA", "163", "IRN")]),
])
def test_hitting_armed_groups(nlp, text, expected):
    assert [found[:3] for found in reported(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X is to blame": X is blamed by whoever says so, not blaming anyone, and is no plan
    ("Russia is to blame for the attack, Ukraine said.", [("UKR", "1124", "RUS", "asserted")]),
    ("Ukraine said Russia was not to blame for the attack.", [("UKR", "1124", "RUS", "negated")]),
    # something that is no actor to blame: no one is blamed
    ("A weather pattern is partly to blame, Ukraine said.", []),
])
def test_to_blame(nlp, text, expected):
    assert cases.coded(nlp, text, modality=True) == expected
