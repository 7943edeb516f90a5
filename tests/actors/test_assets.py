"""Things an agent holds or owns ("rebel positions", "an army checkpoint") as actors standing in for the
agent that modifies them, so the acts that strike them have a target; the agent word alone before a title
stays the title's person ("rebel leader"). Sentences written for these tests."""

import pytest

from tidings.actors import find_actors
from tidings.events import find_events

PUBLISHED = "2024-03-01"


def coded(nlp, text):
    return [(a.name, a.country, a.role, a.kind) for a in find_actors(text, nlp(text), published=PUBLISHED)
            if a.kind != "country"]


@pytest.mark.parametrize("text, expected", [
    ("Government forces shelled rebel positions near the border.",
     [("Government forces", None, "MIL", "group"), ("rebel positions", None, "REB", "organization")]),
    ("Troops attacked militant hideouts in Somalia.",
     [("Troops", None, "MIL", "group"), ("militant hideouts", "SOM", "REB", "organization")]),
    ("Jets bombed opposition strongholds near the capital.",
     [("opposition strongholds", None, "OPP", "organization")]),
    ("Gunmen stormed an army checkpoint at dawn.",
     [("Gunmen", None, "REB", "group"), ("army checkpoint", None, "MIL", "organization")]),
    ("Police raided a militant hideout on Tuesday.",
     [("Police", None, "COP", "group"), ("militant hideout", None, "REB", "organization")]),
    # an agent word before a title or a body is still the modifier of that person or group
    ("Rebel leader Amos Dak met the envoy.", [("Amos Dak", None, "REB", "person"), ("envoy", None, "GOV", "person")]),
    ("Rebel fighters shelled the town.", [("Rebel fighters", None, "REB", "group")]),
    # a holding no agent word modifies is no actor
    ("The troops left their positions at night.", [("troops", None, "MIL", "group")]),
    ("Hikers found an abandoned bunker in the woods.", []),
    # a position in the singular is a stance, no holding
    ("The government position on tariffs is unclear.", []),
])
def test_holdings_of_agents_are_actors(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Government forces shelled rebel positions near the border.", [("MIL", "194", "REB")]),
    ("Troops attacked militant hideouts in Somalia.", [("MIL", "190", "REB")]),
])
def test_acts_against_holdings_target_their_agent(nlp, text, expected):
    doc = nlp(text)
    actors = list(find_actors(text, doc, published=PUBLISHED))
    role = {a.id: a.role for a in actors}
    events = find_events(text, doc, actors, [], published=PUBLISHED)
    assert [(role.get(e.source), e.code, role.get(e.target)) for e in events] == expected
