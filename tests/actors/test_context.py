"""Unqualified agents ("the government", "police", "the army") take the article's country when its context
makes it unambiguous, and only then. Short articles written for these tests; the people are invented."""

import pytest

from tidings.actors import find_actors
from tidings.actors.context import dateline_country
from tidings.actors.dictionaries import load_lexicon


def coded(nlp, text, dateline=None):
    actors = find_actors(text, nlp(text), published="2024-03-01", dateline=dateline)
    return [(a.name, a.country, a.role, a.basis) for a in actors if a.role is not None]


@pytest.mark.parametrize("dateline, text, expected", [
    # the dateline's country
    ("Karachi", "Police arrested three men after the clashes.",
     [("Police", "PAK", "COP", "agent:police+context:dateline")]),
    ("Minsk, Belarus", "The opposition called for a strike. Riot police detained dozens of protesters.",
     [("opposition", "BLR", "OPP", "agent:opposition+context:dateline"),
      ("Riot police", "BLR", "COP", "agent:riot police+context:dateline"),
      ("protesters", "BLR", "OPP", "agent:protester+context:dateline")]),
    ("Kabul", "Militants attacked a checkpoint, killing two civilians.",
     [("Militants", None, "REB", "agent:militant"), ("civilians", "AFG", "CVL", "agent:civilian+context:dateline")]),
    # a named person whose title names no country takes the dateline's
    ("Moscow", "Mayor Pavel Grekov closed the parks.",
     [("Pavel Grekov", "RUS", "GOV", "title:mayor+context:dateline")]),
    # the qualified mentions of the same role before it
    (None, "Israeli troops entered the town on Monday. The army said two soldiers were wounded.",
     [("Israeli troops", "ISR", "MIL", "demonym:Israeli+agent:troops"),
      ("army", "ISR", "MIL", "agent:army+context:preceding"),
      ("soldiers", "ISR", "MIL", "title:soldier+context:preceding")]),
    # a body counts for its officers, a seat of power and a leader at home for the government
    (None, "The Kenyan government announced the plan on Monday. The minister said it would cost little.",
     [("Kenyan government", "KEN", "GOV", "demonym:Kenyan+agent:government"),
      ("minister", "KEN", "GOV", "title:minister+context:preceding")]),
    (None, "Downing Street said on Monday the talks had failed. The government will publish the plan.",
     [("Downing Street", "GBR", "GOV", "metonym:Downing Street"),
      ("government", "GBR", "GOV", "agent:government+context:preceding")]),
    (None, "The Russian president opened a bridge in Kazan on Monday. The government said traffic would ease.",
     [("Russian president", "RUS", "GOV", "demonym:Russian+title:president"),
      ("government", "RUS", "GOV", "agent:government+context:preceding")]),
    # ... before the dateline's
    ("Washington", "Chilean soldiers raided the offices. The army said the raid was legal.",
     [("Chilean soldiers", "CHL", "MIL", "demonym:Chilean+title:soldier"),
      ("army", "CHL", "MIL", "agent:army+context:preceding")]),
    # the government protesters or the opposition of one country stand against is their own country's
    (None, "Protesters in Tel Aviv demanded that the government reach a deal.",
     [("Protesters", "ISR", "OPP", "place:Tel Aviv+agent:protester"),
      ("government", "ISR", "GOV", "agent:government+context:opponents")]),
    (None, "Georgian opposition parties accused the government of fraud.",
     [("Georgian opposition parties", "GEO", "OPP", "demonym:Georgian+agent:opposition party"),
      ("government", "GEO", "GOV", "agent:government+context:opponents")]),
    # ... and people with no role who protest are protesters
    (None, "Thousands of people marched in Belgrade against the government.",
     [("government", "SRB", "GOV", "agent:government+context:opponents")]),
    (None, "People in Belgrade watched as the government fell.", [("government", None, "GOV", "agent:government")]),
    # ... not with an agent of another country in the sentence
    (None, "Protesters in Paris criticized the government and the Russian army.",
     [("Protesters", "FRA", "OPP", "capital:Paris+agent:protester"), ("government", None, "GOV", "agent:government"),
      ("Russian army", "RUS", "MIL", "demonym:Russian+agent:army")]),
    # the article's dominant country: named at least twice, twice as often as any other
    (None, "Thai voters went to the polls in Bangkok on Sunday. The government said turnout was high.",
     [("Thai voters", "THA", "CVL", "demonym:Thai+agent:voter"),
      ("government", "THA", "GOV", "agent:government+context:article")]),
])
def test_unqualified_agents_take_the_articles_country(nlp, dateline, text, expected):
    assert coded(nlp, text, dateline) == expected


@pytest.mark.parametrize("dateline, text, expected", [
    # a leader abroad is no body's of the place he visits
    (None, "Vladimir Putin visited Ankara on Monday. The government said the talks went well.",
     [("Vladimir Putin", "RUS", "GOV"), ("government", None, "GOV")]),
    (None, "The Russian president arrived in Ankara on Monday. The government said the talks went well.",
     [("Russian president", "RUS", "GOV"), ("government", None, "GOV")]),
    # the same role named for two countries before it
    (None, "Israeli troops and Lebanese soldiers exchanged fire. The army said the border was calm.",
     [("Israeli troops", "ISR", "MIL"), ("Lebanese soldiers", "LBN", "MIL"), ("army", None, "MIL")]),
    # another country's police elsewhere in the article
    ("Islamabad", "Police said the border was calm. Indian police later detained two men.",
     [("Police", None, "COP"), ("Indian police", "IND", "COP")]),
    # another country's agents in the sentence
    ("Islamabad", "Indian authorities detained dozens of activists.",
     [("Indian authorities", "IND", "GOV"), ("activists", None, "OPP")]),
    # foreign by a word, abroad by nature, owned by someone the text names, several countries' bodies
    ("Kabul", "Foreign troops left the base.", [("Foreign troops", None, "MIL")]),
    ("Kabul", "The embassy closed its doors.", [("embassy", None, "GOV")]),
    ("Jerusalem", "Its military commander called for calm.", [("military commander", None, "MIL")]),  # no owner named
    ("London", "The vote shook governments across Europe.", [("governments", None, "GOV")]),
    # roles the context does not give (rebels)
    ("Kabul", "Militants attacked a checkpoint on Monday.", [("Militants", None, "REB")]),
    # a single country named once is no article's country; a named person takes no article's country
    (None, "Security forces fired tear gas at protesters, a witness in Nairobi said.",
     [("Security forces", None, "COP"), ("protesters", None, "OPP")]),
    (None, "Mayor Pavel Grekov met Thai and Thai-born officials in Bangkok.",
     [("Pavel Grekov", None, "GOV"), ("officials", "THA", "GOV")]),
])
def test_what_the_context_does_not_decide(nlp, dateline, text, expected):
    assert [c[:3] for c in coded(nlp, text, dateline)] == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of the clause above the pronoun
    ("Iran said its military commander would visit Damascus.",
     ("military commander", "IRN", "MIL", "title:military commander+context:owner")),
    ("Russia sent its troops into the region on Monday.", ("troops", "RUS", "MIL", "agent:troops+context:owner")),
    ("Turkey, which moved its troops to the border, was criticised.",
     ("troops", "TUR", "MIL", "agent:troops+context:owner")),
    ("Israeli troops said their commander was wounded.",
     ("commander", "ISR", "MIL", "title:commander+context:owner")),
    # the owner, not the place the phrase is from or in
    ("Venezuela recalled its ambassador from Guyana on Tuesday.",
     ("ambassador", "VEN", "GOV", "title:ambassador+context:owner")),
    ("Pakistan said its envoy in Kabul had been summoned.", ("envoy", "PAK", "GOV", "title:envoy+context:owner")),
    ("Kenya said the victims and their families in Nairobi were cared for.",
     ("families", "KEN", "CVL", "capital:Nairobi+agent:family")),
    # a pronoun that opens its sentence: the subject of the sentence before
    ("China warned Japan on Monday. Its foreign minister accused Tokyo of provocation.",
     ("foreign minister", "CHN", "GOV", "title:foreign minister+context:owner")),
])
def test_an_owner_pronoun_gives_its_country(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, agent", [
    # two countries before it, or an owner with no country
    ("Syria accused Turkey of sending its troops across the border.", "troops"),
    ("China urged Japan to withdraw its troops.", "troops"),
    ("The UN said Israeli troops had fired on its soldiers.", "soldiers"),
    # an actor with no country of its own; a singular "its" for a plural group
    ("The minister said its army would attack.", "army"),
    ("Israeli troops said its commander was wounded.", "commander"),
    ("China urged Japan to withdraw its envoy from Tokyo.", "envoy"),
])
def test_an_owner_pronoun_unsure_of_its_owner_gives_none(nlp, text, agent):
    assert [c[1] for c in coded(nlp, text) if c[0] == agent] == [None]


@pytest.mark.parametrize("text, expected", [
    # a counterpart holds the office of the one it answers to, by a pronoun or a name
    ("The Turkish foreign minister met his Jordanian counterpart in Amman.",
     ("Jordanian counterpart", "JOR", "GOV", "demonym:Jordanian+context:counterpart")),
    ("The army chief of Pakistan called his Indian counterpart.",
     ("Indian counterpart", "IND", "MIL", "demonym:Indian+context:counterpart")),
    ("Hakan Fidan's Iranian counterpart arrived in Ankara.",
     ("Iranian counterpart", "IRN", "GOV", "demonym:Iranian+context:counterpart")),
])
def test_a_counterpart_holds_the_same_office(nlp, text, expected):
    assert expected in coded(nlp, text)


def test_a_bodys_counterpart_holds_no_office(nlp):
    text = "The company met its Chinese counterpart."
    actors = find_actors(text, nlp(text), published="2024-03-01")
    assert [(a.name, a.country, a.role) for a in actors if a.name == "Chinese counterpart"] == \
        [("Chinese counterpart", "CHN", None)]


@pytest.mark.parametrize("dateline, country", [
    ("Moscow, Russia", "RUS"),
    ("KARACHI", "PAK"),
    ("Paris, Texas", "USA"),
    ("Kyiv", "UKR"),
    ("Somewhere", None),
    (None, None),
])
def test_dateline_country(dateline, country):
    assert dateline_country(dateline, load_lexicon()) == country
