"""What a negated or not yet real clause waits on ("until", "before") is a condition, not a
deed; after an asserted clause it happened. Sentences written for these tests, hand-built
actors (tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases
from tests.events.cases import actors_in, triples
from tidings.events import find_events


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia will not lift the ban until the EU provides aid to Ukraine.",
     [(("RUS", "1241", None), "asserted"), (("EUR", "070", "UKR"), "hypothetical")]),
    ("Hamas will not release the hostages until Israel releases the prisoners.",
     [(("PSE", "1243", None), "asserted"), (("ISR", "0841", None), "hypothetical")]),
    ("Israel attacked Gaza until Egypt sent aid to Hamas.",
     [(("ISR", "190", "PSE"), "asserted"), (("EGY", "073", "PSE"), "asserted")]),
    # what a purpose clause helps to do is not yet done either
    ("India offered to send troops to Lebanon to help fight Hezbollah.",
     [(("IND", "0312", "LBN"), "asserted"), (("IND", "190", "LBN"), "hypothetical")]),
    # a fight agreed to be halted is an intent to de-escalate, not a threat
    ("Armenia and Azerbaijan agreed to halt the fighting.",
     [(("ARM", "0356", "AZE"), "asserted"), (("AZE", "0356", "ARM"), "asserted")]),
])
def test_a_clause_waited_on_is_hypothetical(nlp, text, expected):
    actors = actors_in(text)
    events = find_events(text, nlp(text), actors, [], published="2024-02-09")
    assert list(zip(triples(events, actors), [e.modality for e in events], strict=True)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an object denied by "no" is an act not done
    ("Germany gave no aid to Ukraine.", [("DEU", "070", "UKR", "negated")]),
    ("Germany gave aid to Ukraine.", [("DEU", "070", "UKR", "asserted")]),
    # ... and so is one done to no one, or by no one
    ("No Ukrainian soldiers were killed by Russia.", [("RUS", "190", "UKR", "negated")]),
    ("Nobody was released by Iran.", [("IRN", "0841", None, "negated")]),
    ("No country has recognised Kosovo.", [(None, "054", "XKX", "negated")]),
    ("Neither Iran nor Iraq has recognised Kosovo.",
     [("IRN", "054", "XKX", "negated"), ("IRQ", "054", "XKX", "negated")]),
    ("No one injured in Russian attack on Kyiv.",
     [("RUS", "190", None, "negated"), ("RUS", "190", "UKR", "asserted")]),
    # "neither ... nor" and a lone "neither" deny both acts
    ("Russia neither confirmed nor denied the strike on Ukraine.", [("RUS", "016", "UKR", "negated")]),
    ("Russia did not attack Ukraine, and neither apologized.",
     [("RUS", "190", "UKR", "negated"), ("RUS", "055", None, "negated")]),
    # "no" elsewhere denies nothing of the act
    ("Russia attacked Ukraine with no warning.", [("RUS", "190", "UKR", "asserted")]),
])
def test_no_object(nlp, text, expected):
    assert cases.coded(nlp, text, published=None, modality=True) == expected
