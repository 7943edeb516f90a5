"""Deeds reported in statements: the saying is not the event, what is said is, with the speaker
as `reported_by`; a pronoun or the speaker's own people in what is said stand for the speaker
(exact (source, code, target, modality, reported_by) countries; hand-built actors of
tests/events/cases.py, and the real actor coder where the sides are roles)."""

from __future__ import annotations

import pytest

from tests.events import cases


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None, modality=True, reported=True)


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker's own doers: a pronoun, or its people with no country of their own
    ("Hamas said it carried out the bombing of the Israeli embassy.", [("PSE", "183", "ISR", "asserted", "PSE")]),
    ("Hamas said its fighters fired rockets at Israel.", [("PSE", "194", "ISR", "asserted", "PSE")]),
    ("Ukraine said its troops would attack Russia.", [("UKR", "138", "RUS", "asserted", "UKR")]),
    # the speaker as the one acted on: "it", "us", or its own people or things
    ("The US said that Iraq had attacked it.", [("IRQ", "190", "USA", "asserted", "USA")]),
    ("The US said Iraq attacked us.", [("IRQ", "190", "USA", "asserted", "USA")]),
    # ... and then "they" are others, not the speaker
    ("Israel said they fired rockets at it.", [(None, "194", "ISR", "asserted", "ISR")]),
    ("Israel said rockets were fired at it from Gaza.", [("PSE", "194", "ISR", "asserted", "ISR")]),
    ("Russia said its troops were attacked by Ukraine.", [("UKR", "190", "RUS", "asserted", "RUS")]),
    ("Syria said Turkey had shelled its army.", [("TUR", "194", "SYR", "asserted", "SYR")]),
    # "according to" reports as "said" does
    ("According to Hamas, its fighters fired rockets at Israel.", [("PSE", "194", "ISR", "asserted", "PSE")]),
    ("According to Israel, rockets were fired at it from Gaza.", [("PSE", "194", "ISR", "asserted", "ISR")]),
    # a reflexive is the doer's own, never the speaker: the doer is its own target (test_sides)
    ("The US said that Iraq had attacked itself.", [("IRQ", "190", "IRQ", "asserted", "USA")]),
    # someone else's deed said plainly is reported, not an accusation
    ("Russia said that Ukraine shelled the plant.", [("UKR", "194", None, "asserted", "RUS")]),
])
def test_said_deeds(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hostile deed claimed of someone else accuses them (112): the claimant's word against
    # theirs, neither a claim of responsibility by the claimant nor the deed as reported
    ("Russia claimed that Ukraine shelled the plant.", [("RUS", "112", "UKR", "asserted", None)]),
    ("Russia claimed Ukraine had shelled the plant.", [("RUS", "112", "UKR", "asserted", None)]),
    ("Russia claimed that the plant was shelled by Ukraine.", [("RUS", "112", "UKR", "asserted", None)]),
    ("Russia claimed that Ukrainian troops shelled the plant.", [("RUS", "112", "UKR", "asserted", None)]),
    ("Hamas claimed that Israel had attacked it.", [("PSE", "112", "ISR", "asserted", None)]),
])
def test_claims_against_others(nlp, text, expected):
    assert coded(nlp, text) == expected


def sides(pipeline, text: str) -> list[tuple]:
    """(source, code, target, reported_by) of the events the whole pipeline codes in `text`, each
    actor as its country, else its role, else its name."""
    from tidings.records import Article
    from tidings.sources import Input

    record = next(iter(pipeline.run([Input("t", Article(id="t"), text)])))[1]
    actors = {a.id: a.country or a.role or a.name for a in record.actors}
    return [(actors.get(e.source), e.code, actors.get(e.target), actors.get(e.reported_by)) for e in record.events]


@pytest.mark.parametrize(("text", "expected"), [
    # the actor coder makes "its fighters", "its troops" actors with a role and no country: the
    # speaker's own, whose deed (or the deed done to them) is the speaker's side's
    ("Hamas said its fighters fired rockets at Tel Aviv.", [("PSE", "194", "ISR", "PSE")]),
    ("Russia said its troops were attacked by Ukraine.", [("UKR", "190", "RUS", "RUS")]),
    # "according to" is an indirect quote of the quotes stage: the same; in quote marks "us" is
    # the speaker, "they" someone else
    ("According to Hamas, its fighters fired rockets at Tel Aviv.", [("PSE", "194", "ISR", "PSE")]),
    ("According to Russia, Ukraine attacked its soldiers.", [("UKR", "190", "RUS", "RUS")]),
    ('"They fired rockets at us," Israel said.', [(None, "194", "ISR", "ISR")]),
    ('"Hamas fired rockets at us," Israel said.', [("PSE", "194", "ISR", "ISR")]),
    # ... but a person of the speaker's is someone of their own
    ("The group said its leader had criticized Israel.", [("GOV", "111", "ISR", "group")]),
])
def test_said_deeds_of_own_people(pipeline, text, expected):
    assert sides(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a claim of one's own hostile deed, with "that" or "to have": the deed, reported by the
    # claimant, and the claim of responsibility (015) against the deed's target
    ("Hamas claimed that it had shot down an Israeli helicopter.",
     [("PSE", "015", "ISR", "asserted", None), ("PSE", "190", "ISR", "asserted", "PSE")]),
    ("Hamas claimed to have shot down an Israeli helicopter.",
     [("PSE", "015", "ISR", "asserted", None), ("PSE", "190", "ISR", "asserted", "PSE")]),
    ("Hamas claimed that its fighters had fired rockets at Israel.",
     [("PSE", "015", "ISR", "asserted", None), ("PSE", "194", "ISR", "asserted", "PSE")]),
    ("Hamas claimed it carried out the bombing of the Israeli embassy.",
     [("PSE", "015", "ISR", "asserted", None), ("PSE", "183", "ISR", "asserted", "PSE")]),
    # a deed named only by a noun is what the responsibility is for: the claim alone, as with
    # "claimed responsibility for"
    ("Hamas claimed responsibility for the attack on Israel.", [("PSE", "015", "ISR", "asserted", None)]),
    ("Hamas claimed that it was responsible for the attack on Israel.", [("PSE", "015", "ISR", "asserted", None)]),
    ("Hamas claimed to be responsible for the attack on Israel.", [("PSE", "015", "ISR", "asserted", None)]),
    # no responsibility is claimed for a gift: the deed, reported
    ("Iran claimed that it had sent aid to Syria.", [("IRN", "073", "SYR", "asserted", "IRN")]),
    ("Iran claimed to have delivered aid to Syria.", [("IRN", "073", "SYR", "asserted", "IRN")]),
    # nothing coded claimed: nothing
    ("Iran claimed that it wanted peace.", []),
    ("Iran claimed to have seen nothing.", []),
    # a hostile deed suffered, "to have been attacked by", accuses the doer, as "that" does
    ("Iran claimed to have been attacked by Israel.", [("IRN", "112", "ISR", "asserted", None)]),
])
def test_claimed_own_deeds(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the actor coder's roles: rebels against a government helicopter
    ("Rebels claimed that they had shot down a government helicopter.",
     [("REB", "015", "GOV", None), ("REB", "190", "GOV", "REB")]),
])
def test_claimed_own_deeds_of_roles(pipeline, text, expected):
    assert sides(pipeline, text) == expected
