"""Who did what to whom where the parse puts the sides elsewhere than in the verb's own slots:
what a call is made to say (the caller says it to the one called), reflexive objects (the doer
is its own target), aid whose purpose names where it goes, a nominal event whose target phrase
comes after an apposition or a relative clause, and an answer to a request for someone (exact
triples with modality; hand-built actors of tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events.cases import NAMES, coded
from tidings.events import find_events
from tidings.records import Actor

PEOPLE = {**NAMES, "Scholz": ("DEU", "person"), "Sunak": ("GBR", "person")}


@pytest.mark.parametrize(("text", "expected"), [
    # the parser reads the infinitive as object control ("urged Iran to stop"); said in a call,
    # it is the caller's, and "him" is the one called
    ("Biden called Putin to ask him to withdraw his troops.", [("USA", "0256", "RUS", "asserted")]),
    ("Scholz phoned Erdogan to urge him to release the journalists.",
     [("DEU", "041", "TUR", "asserted"), ("DEU", "0253", "TUR", "asserted")]),
    ("Sunak called Modi to thank him for his support.", [("GBR", "051", "IND", "asserted")]),
    # a spoken act that names no one is addressed to the one called; a consultation is by phone
    # (041, PLOVER mode phone) as the call itself, one event with the phoning
    ("Macron called Biden to discuss the war.", [("FRA", "041", "USA", "asserted")]),
    ("Macron phoned Biden to discuss the war.", [("FRA", "041", "USA", "asserted")]),
    ("Scholz wrote to Erdogan to discuss trade.", [("DEU", "040", "TUR", "asserted")]),
    ("Biden called Zelensky to promise more weapons.", [("USA", "030", "UKR", "asserted")]),
    # a light-verb noun said in the call too
    ("Erdogan telephoned Putin to express his condolences.",
     [("TUR", "041", "RUS", "asserted"), ("TUR", "018", "RUS", "asserted")]),
    # a letter: the writer says it to the one written to ("appealed to Iran to" stays below)
    ("Scholz wrote to Erdogan to urge him to release the journalists.", [("DEU", "0253", "TUR", "asserted")]),
    ("Britain appealed to Iran to release the sailors.", [("GBR", "0253", "IRN", "asserted")]),
    # to come when the call is
    ("Biden will call Putin to ask him to withdraw his troops.", [("USA", "0256", "RUS", "future")]),
    # asking someone to act (an appeal, not a spoken act of a call) keeps the one asked as the doer
    ("Biden urged Putin to withdraw his troops.", [("USA", "0256", "RUS", "asserted")]),
])
def test_said_in_a_call_by_the_caller(nlp, text, expected):
    assert coded(nlp, text, names=PEOPLE, modality=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reflexive object is the doer itself, each doer of a coordinated subject its own target
    ("Iraq attacked itself.", [("IRQ", "190", "IRQ", "asserted")]),
    ("Turkey defended itself against the charges.", [("TUR", "052", "TUR", "asserted")]),
    ("Iran and Iraq attacked themselves.", [("IRN", "190", "IRN", "asserted"), ("IRQ", "190", "IRQ", "asserted")]),
    ("Hamas and Hezbollah armed themselves with drones.", []),   # arming oneself is no aid (test_precision)
    # "themselves" after one country does not agree with it: someone else, unnamed
    ("Egypt attacked themselves.", [("EGY", "190", None, "asserted")]),
    # an object that is someone else stays the target
    ("Iraq attacked Iran.", [("IRQ", "190", "IRN", "asserted")]),
    # a suicide attack's reflexive object is its means: the attack is not against the bomber
    ("A Hamas suicide bomber blew himself up in a market.", [("PSE", "183", None, "asserted")]),
    ("Hamas and Hezbollah blew themselves up near the checkpoint.",
     [("PSE", "183", None, "asserted"), ("LBN", "183", None, "asserted")]),
])
def test_reflexive_object_is_the_doer(nlp, text, expected):
    assert coded(nlp, text, modality=True) == expected


PLACES = {**NAMES, "Guinea": ("GIN", "country"), "Nepal": ("NPL", "country"), "Jordan": ("JOR", "country"),
          "Haiti": ("HTI", "country")}


@pytest.mark.parametrize(("text", "expected"), [
    # a gift with no recipient goes where its purpose is (the place stands for its country)
    ("Germany gave 40 million euros to promote economic growth in Ethiopia.", [("DEU", "071", "ETH", "asserted")]),
    ("The EU provided 20 million euros to fight the epidemic in Guinea.", [("EUR", "071", "GIN", "asserted")]),
    ("Japan sent medical teams to help the survivors of the floods in Nepal.",
     [("JPN", "073", "NPL", "asserted")]),
    ("Japan pledged aid for refugees in Lebanon.", [("JPN", "033", "LBN", "asserted")]),
    # a pledge of aid, and a purpose through "help"
    ("The US pledged $10 million to support the refugees in Jordan.",
     [("USA", "0331", "JOR", "asserted")]),
    ("Japan will provide aid to help rebuild schools in Haiti.",
     [("JPN", "070", "HTI", "future")]),     # the rebuilding aimed at is the same 070 to Haiti
    # a light-verb noun of aid: the purpose on its verb, each place coordinated
    ("The EU announced humanitarian assistance of 60 million euros to help people in Guinea and Nepal.",
     [("EUR", "073", "GIN", "asserted"), ("EUR", "073", "NPL", "asserted")]),
    # anywhere under the purpose: a relative clause, a for-phrase
    ("Germany provided 6 million euros to support projects which benefit refugees in Lebanon.",
     [("DEU", "071", "LBN", "asserted")]),
    ("Japan handed over 30 vehicles to support health services for children in Nepal.",
     [("JPN", "070", "NPL", "asserted")]),
    # ... or where the clause on its recipients says they are
    ("The US announced $33 million in assistance to people affected by the floods in Kenya.",
     [("USA", "070", "KEN", "asserted")]),
    # a recipient named wins over the place of the purpose
    ("Germany gave 40 million euros to Ethiopia to fight the epidemic in Guinea.", [("DEU", "071", "ETH", "asserted")]),
    # no place, no target
    ("Germany gave 40 million euros to promote economic growth.", [("DEU", "071", None, "asserted")]),
    # an appeal for aid: for where the aid is to help, or those it is asked for
    ("The UN appealed for aid to help flood victims in Nepal.",
     [("UNO", "0231", "NPL", "asserted"), ("UNO", "070", "NPL", "hypothetical")]),
    ("The EU appealed for humanitarian aid for refugees in Jordan.", [("EUR", "0231", "JOR", "asserted")]),
])
def test_gift_goes_where_its_purpose_is(nlp, text, expected):
    assert coded(nlp, text, names=PLACES, modality=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the target phrase after an apposition or a relative clause on the event noun
    ("Israel launched a military operation, Operation Iron Wall, against Hamas.", [("ISR", "190", "PSE", "asserted")]),
    ("Israel launched a military operation, dubbed Northern Shield, against Hezbollah in the south.",
     [("ISR", "190", "LBN", "asserted")]),
    ("Israel launched an attack that involved tanks and artillery on Hamas positions near the border.",
     [("ISR", "190", "PSE", "asserted")]),
    # a phrase of the relative clause's own before its verb, or a time, is no target
    ("Russia launched an attack that Ukraine condemned on Tuesday.",
     [("RUS", "190", None, "asserted"), ("UKR", "111", None, "asserted")]),
])
def test_target_beyond_apposition_or_relative(nlp, text, expected):
    assert coded(nlp, text, modality=True) == expected


WANTED = {**NAMES, "Navalny": ("RUS", "person"), "Gulen": ("TUR", "person")}


@pytest.mark.parametrize(("text", "expected"), [
    # with no requester named, a rejected request is rejected for the one it is for
    ("Britain rejected an extradition request for the opposition leader Navalny.", [("GBR", "120", "RUS", "asserted")]),
    ("Germany rejected a bail application for Gulen.", [("DEU", "1243", "TUR", "asserted")]),
    # a requester named is the one answered
    ("Britain rejected Iran's extradition request for Gulen.", [("GBR", "120", "IRN", "asserted")]),
    # a request for a thing names no one
    ("Britain rejected a request for asylum.", [("GBR", "120", None, "asserted")]),
])
def test_rejected_request_for_someone(nlp, text, expected):
    assert coded(nlp, text, names=WANTED, modality=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attitude named by a light-verb noun is about the one its for/over-phrase names
    ("Putin expressed his condolences for the Turkish people.", [("RUS", "018", "TUR", "asserted")]),
    ("Macron expressed condolences for Erdogan.", [("FRA", "018", "TUR", "asserted")]),
    # one's own people are no one else
    ("Putin expressed his condolences for the Russian people.", [("RUS", "018", None, "asserted")]),
])
def test_attitude_noun_about(nlp, text, expected):
    names = {**NAMES, "Turkish": ("TUR", "country")}
    assert coded(nlp, text, names=names, modality=True) == expected


SLOTTED = {**NAMES, "UN": ("UNO", "organization"), "Petrobras": ("BRA", "organization"),
           "the truckers": ("FRA", "group"), "drone": (None, "organization")}


@pytest.mark.parametrize(("text", "expected"), [
    # the passive with no agent: those expelled or deported from somewhere are sent out by it
    ("UN inspectors were expelled from Iran.", [("IRN", "1662", "UNO", "asserted")]),
    ("Russian diplomats were expelled from Poland.", [("POL", "161", "RUS", "asserted")]),
    ("Hundreds of Iranian migrants were deported from Turkey.", [("TUR", "201", "IRN", "asserted")]),
    # the active keeps its subject as the source
    ("Poland expelled Russian diplomats from Warsaw.", [("POL", "161", "RUS", "asserted")]),
    # a mediation ended with someone, a strike called off against someone
    ("The government ended mediation efforts with the truckers.", [(None, "165", "FRA", "asserted")]),
    ("Brazil's union called off a strike against Petrobras.", [("BRA", "082", "BRA", "asserted")]),
    # responsibility claimed for an attack is claimed towards the attack's target
    ("Hamas claimed responsibility for the rocket attack on Israeli positions.", [("PSE", "015", "ISR", "asserted")]),
    # a modifier of no country coordinated with another names no one ("missile and drone attack")
    ("Hamas claimed responsibility for a missile and drone attack on Israel.", [("PSE", "015", "ISR", "asserted")]),
])
def test_sides_of_expulsions_claims_and_ended_efforts(nlp, text, expected):
    assert coded(nlp, text, names=SLOTTED, modality=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an embassy closed or reopened: another country's, or the country it is in when it is one's own
    ("Britain closed its embassy in Moscow.", [("GBR", "161", "RUS", "asserted")]),
    ("Britain closed Britain's embassy in Moscow.", [("GBR", "161", "RUS", "asserted")]),
    ("Britain closed the Russian embassy in London.", [("GBR", "161", "RUS", "asserted")]),
    ("Turkey reopened its embassy in Damascus.", [("TUR", "086", "SYR", "asserted")]),
    # "they" said by several speakers is all of them
    ("France and Germany said they would send troops to Ukraine.",
     [("FRA", "0312", "UKR", "asserted"), ("DEU", "0312", "UKR", "asserted")]),
])
def test_embassies_and_what_several_speakers_said_of_themselves(nlp, text, expected):
    names = {**NAMES, "Damascus": ("SYR", "country")}
    assert coded(nlp, text, names=names, modality=True) == expected


def test_they_linked_to_one_of_several_speakers_is_all_of_them(nlp):
    text = "The United States and 20 other countries said they would expel Russian diplomats."

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    actors = [Actor("a1", "United States", "country", "USA", None, mentions=(span("The United States"),)),
              Actor("a2", "countries", "group", None, None, mentions=(span("20 other countries"), span("they"))),
              Actor("a3", "Russian diplomats", "group", "RUS", "GOV", mentions=(span("Russian diplomats"),))]
    events = find_events(text, nlp(text), actors, [], published=None)
    assert sorted((e.source, e.target) for e in events) == [("a1", "a3"), ("a2", "a3")]


@pytest.mark.parametrize(("text", "expected"), [
    # a response that names no one answers the act on the responder the sentence told before it
    ("Hezbollah fired rockets at Israel, and Israel responded with drone strikes.",
     [("LBN", "194", "ISR", "asserted"), ("ISR", "195", "LBN", "asserted")]),
    ("Russia attacked Ukraine, and Ukraine hit back with drone strikes.",
     [("RUS", "190", "UKR", "asserted"), ("UKR", "190", "RUS", "asserted")]),
    # a response that names its target keeps it
    ("Hezbollah fired rockets at Israel, and Israel responded with strikes on Syria.",
     [("LBN", "194", "ISR", "asserted"), ("ISR", "190", "SYR", "asserted")]),
])
def test_a_response_answers_the_act_before_it(nlp, text, expected):
    assert coded(nlp, text, modality=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # restrictions or a boycott between the lifter and someone are lifted towards them
    ("The UAE lifted the trade and travel restrictions between it and Israel.", [("ARE", "081", "ISR", "asserted")]),
    ("Turkey eased the sanctions between Turkey and Israel.", [("TUR", "085", "ISR", "asserted")]),
])
def test_restrictions_between(nlp, text, expected):
    names = {**NAMES, "The UAE": ("ARE", "country")}
    assert coded(nlp, text, names=names, modality=True) == expected
