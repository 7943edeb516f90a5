"""Who killed whom when the sentence says only how: the doer of a passive killing or a death is
the one the attack noun names, the victims are the target, and accidents do no deeds (exact
triples; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, published=None)


@pytest.mark.parametrize(("text", "expected"), [
    # the attack noun's country adjective, through a compound ("tank shelling") too
    ("Two Iranian soldiers were killed in Israeli tank shelling.", [("ISR", "194", "IRN")]),
    ("Four Ukrainian civilians were killed in a Russian missile attack.", [("RUS", "190", "UKR")]),
    ("Four Iranian children were killed in Israeli tank shelling in the east of the city on Friday, medics said.",
     [("ISR", "190", "IRN")]),
    # its by-phrase
    ("Two Iranian soldiers were wounded in an air strike by Israel.", [("ISR", "190", "IRN")]),
    # those who died in it are its target
    ("Two Iranian soldiers died in a Russian bombardment.", [("RUS", "194", "IRN")]),
    ("Three American sailors died during Iranian air strikes.", [("IRN", "195", "USA")]),
    # "due to" and "because of" name the cause of a death too
    ("Two Iranian soldiers died due to Russian torture.", [("RUS", "1822", "IRN")]),
    # gunfire is someone's
    ("Two Iranian soldiers were killed by Israeli fire.", [("ISR", "190", "IRN")]),
    # accidents and disasters are no one's deed
    ("Two Iranians were killed by the Israeli crash.", []),
    ("Two Iranian soldiers were killed in a car crash.", []),
    ("The earthquake destroyed Iran.", []),
    ("A blizzard killed two Iranian soldiers.", []),
    # ... and so is a road accident; a car bomb is a bomb
    ("Two Iranian soldiers were struck by an Israeli truck.", []),
    ("An Israeli car hit two Iranian soldiers.", []),
    ("A rollover near Kyiv injured two Iranian soldiers.", []),
    ("An Israeli car bomb killed two Iranian soldiers.", [("ISR", "183", "IRN")]),
    # a state's bombing is its use of aerial weapons (195); CAMEO's 183 is non-military bombing
    ("The United States increased its bombing of Iran.", [("USA", "195", "IRN")]),
    ("Russian bombing killed two Ukrainian soldiers.", [("RUS", "195", "UKR")]),   # one event, the killing
])
def test_doers_and_victims(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the place of what an attack was aimed at is where it happened
    ("Hamas launched a rocket attack against a base in Israel's south.", [("PSE", "194", "ISR")]),
    # a country's thing is no place of it: "in Israeli donations" is no location
    ("Iran returned $40,000 in Israeli donations.", [("IRN", "0842", None)]),
    # not for words: where a condemnation was made is not whom it was about
    ("Egypt made a statement against the war in Kenya.", []),
])
def test_aimed_at_a_place(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_a_main_verb_taken_for_a_participle_has_its_noun_for_subject(nlp):
    # the small model hangs "carried" on "force" as a participle, with "strikes" as its object
    text = "The Iranian air force carried out at least three air strikes in western Iraq, killing several dozens of " \
        "American fighters."
    assert coded(nlp, text) == [("IRN", "195", "IRQ"), ("IRN", "190", "USA")]


@pytest.mark.parametrize(("text", "expected"), [
    # what someone made or fired stands for them: the weapon's user, the measure's author
    ("The missiles fired by Israel struck Syria.", [("ISR", "194", None), ("ISR", "190", "SYR")]),
    ("Egypt criticised the sanctions imposed by the US.", [("EGY", "111", "USA"), ("USA", "163", None)]),
])
def test_things_done_by_someone(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the toll an attack takes is the attack: one event
    ("Russia shelled Kyiv on Monday, killing five Ukrainian civilians.", [("RUS", "194", "UKR")]),
    ("Israel struck Gaza, wounding 12 Iranian workers.", [("ISR", "190", "PSE")]),
    # an attack with no target named: its toll says who it hit
    ("Russia fired missiles overnight, killing five Ukrainian civilians.",
     [("RUS", "194", None), ("RUS", "190", "UKR")]),
    # a relative clause telling an event noun's toll, by no one named, is the noun's event
    ("Germany condemned the bombing that killed nine Israeli soldiers.", [("DEU", "111", None)]),
    ("A ceasefire took effect, halting the fighting that killed thousands of Ukrainian civilians.", []),
    # the toll of a strike its doers launched is their strike's: one event, with the victims
    ("Israel launched an air strike that killed two Iranian commanders.", [("ISR", "195", "IRN")]),
    # one with its doer named stands
    ("Russia, which killed nine Ukrainian soldiers, was condemned by Germany.",
     [("RUS", "190", "UKR"), ("DEU", "111", "RUS")]),
    # a toll with no attack coded stands
    ("A bomb exploded in Kyiv, killing five Russian soldiers.", [(None, "183", "RUS")]),
])
def test_tolls(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_a_charge_in_a_crash_is_someones(nlp):
    # an accident does not charge anyone: the charging stays (negated here), with no one named doing it
    assert coded(nlp, "Typically, Iranian soldiers aren't charged in minor wrecks.") == [(None, "173", "IRN")]
