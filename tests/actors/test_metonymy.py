"""Capitals as governments when they act, and as places otherwise (the places stage relies on it)."""

import pytest

from tidings.actors import find_actors


def capital_actors(nlp, text):
    found = find_actors(text, nlp(text), published="2024-02-09")
    return sorted((text[s:e], a.country, a.role, a.basis) for a in found for s, e in a.mentions
                  if a.basis and a.basis.startswith("metonym:"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing said the talks were useful.", [("Beijing", "CHN", "GOV", "metonym:Beijing")]),
    ("Xi returned to Beijing on Sunday.", []),
    ("Moscow views Beijing as a partner.",
     [("Beijing", "CHN", "GOV", "metonym:Beijing"), ("Moscow", "RUS", "GOV", "metonym:Moscow")]),
    ("The summit was held in Moscow.", []),
    ("Washington imposed sanctions on Tehran.",
     [("Tehran", "IRN", "GOV", "metonym:Tehran"), ("Washington", "USA", "GOV", "metonym:Washington")]),
    ("China was criticised by Washington.", [("Washington", "USA", "GOV", "metonym:Washington")]),
    ("Talks between Kyiv and Moscow stalled.",
     [("Kyiv", "UKR", "GOV", "metonym:Kyiv"), ("Moscow", "RUS", "GOV", "metonym:Moscow")]),
    ("The minister flew from London to Paris.", []),
    ("Seoul's position has not changed.", [("Seoul", "KOR", "GOV", "metonym:Seoul")]),
    ("Delegates visited Nairobi last week.", []),
    ("Ties with Ankara have improved.", [("Ankara", "TUR", "GOV", "metonym:Ankara")]),
    ("Protesters gathered outside Tehran University.", []),
    ("Brussels warned Budapest over the rule of law.",
     [("Brussels", "IGO", "IGO", "metonym:Brussels"), ("Budapest", "HUN", "GOV", "metonym:Budapest")]),
    ("The Kremlin said Putin would attend.", [("Kremlin", "RUS", "GOV", "metonym:Kremlin")]),
    ("Tourists visited the Kremlin Palace in Moscow.", []),
    # the one to whom something is given or sent, whatever the parser hangs "to" on
    ("The rebels sent an ultimatum to Ankara.", [("Ankara", "TUR", "GOV", "metonym:Ankara")]),
    ("The bank suspended loans to Nairobi.", [("Nairobi", "KEN", "GOV", "metonym:Nairobi")]),
    ("The road to Nairobi was closed.", []),
    ("They sent troops to Ankara.", []),
])
def test_capitals_act_or_stay_places(nlp, text, expected):
    assert capital_actors(nlp, text) == expected
