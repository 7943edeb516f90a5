"""Readings of common news phrases that are no event, or not the event the words first suggest:
an audience addressed, a deal's clause, a base hosted, a free relative's name, any attack at all,
a command to one's own forces, a plan halted, a coordinated infinitive sharing its aim or its
readiness, a gerund after "without". Exact (source country, code, target country, modality) on
sentences written for these tests, with hand-built actors (tests/events/cases.py)."""

from __future__ import annotations

import pytest

from tests.events import cases
from tests.events.cases import NAMES

EXTRA = {
    "Obama": ("USA", "person"), "Qatar": ("QAT", "country"), "Israeli forces": ("ISR", "organization"),
    "Russian forces": ("RUS", "organization"), "Russian fighters": ("RUS", "group"),
    "Egyptian activists": ("EGY", "group"), "Abe": ("JPN", "person"), "Japanese citizens": ("JPN", "group"),
    "the UAE": ("ARE", "country"), "Lai": ("TWN", "person"), "The State Department": ("USA", "organization"),
    "Americans": ("USA", "group"), "Libya": ("LBY", "country"),
    "Government of National Accord": ("LBY", "organization"),
}


def coded(nlp, text: str) -> list[tuple]:
    return cases.coded(nlp, text, names={**NAMES, **EXTRA}, modality=True)


@pytest.mark.parametrize("text, expected", [
    # addressing an audience or the press is no consultation; speaking to a leader is
    ("Speaking to a crowd of about 5,000 people in Berlin, Obama said Germany was a friend.", []),
    ("Obama spoke to reporters in Paris on Monday.", []),
    ("Obama spoke to Putin on Monday.", [("USA", "040", "RUS", "asserted")]),
    # "provide for" in a deal or a law stipulates; a country provides for someone
    ("The second phase of the deal provides for the release of Iranian prisoners.", []),
    ("The new law provides for the deployment of troops in Ukraine.", []),
    # hosting a base, troops or a tournament hosts no visit; hosting a leader does
    ("Qatar hosts the largest US military base in the region.", []),
    ("Japan will host the Olympics next year.", []),
    ("Qatar hosted Erdogan on Monday.", [("QAT", "043", "TUR", "asserted"), ("TUR", "042", "QAT", "asserted")]),
    # a conference co-hosted with someone has a co-host, no guest
    ("Macron co-hosted the conference in Paris with Germany.", []),
    ("Qatar hosted a dinner for Erdogan.", [("QAT", "043", "TUR", "asserted")]),
    # a punishment or a response promised is a threat
    ("Putin promised harsh punishment for those involved.", [("RUS", "130", None, "asserted")]),
    ("Biden promised aid to Ukraine.", [("USA", "033", "UKR", "asserted")]),
    # keeping one's commitments praises no one
    ("Iran would honour its commitments to France.", []),
    ("Erdogan honored Putin at a ceremony in Ankara.", [("TUR", "051", "RUS", "asserted")]),
    # what a business cancels or suspends is no rejection
    ("Several airlines cancelled flights to Israel.", []),
    ("Russia cancelled talks with Ukraine.", [("RUS", "164", "UKR", "asserted")]),
    # taking part with nothing to take part in is no event
    ("About a million people took part.", []),
    # a naming verb in a free relative keeps the writer's distance: no one is denounced
    ("Hamas said the assault was a response to what it called attacks on Israel.", []),
    ("Russia launched what it called a special military operation in Ukraine.", []),
    ("Biden called Putin a war criminal.", [("USA", "111", "RUS", "asserted")]),
    # an event determined by "any" is none in particular
    ("Biden said the United States would not take part in any counter-attack against Iran.", []),
    ("Biden said any attack on Israel would be met with force.", []),
    # "met with" a reception is no meeting
    ("The plan was met with silence in Moscow.", []),
    ("Xi met with Putin in Moscow.", [("CHN", "040", "RUS", "asserted")]),
    # one side declares war
    ("Israel declared war on Hamas on Sunday.", [("ISR", "190", "PSE", "asserted")]),
    # tourists travel, they pay no state visit; someone carried somewhere visits no one
    ("About a million Russian tourists visited Turkey last year.", []),
    ("Putin visited Turkey last year.", [("RUS", "042", "TUR", "asserted")]),
    ("Navalny fell ill on a flight and was flown to Germany for treatment.", []),
    ("Turkey was visited by Putin in May.", [("RUS", "042", "TUR", "asserted")]),
    # police charging with batons lay no charges
    ("Riot police charged Egyptian activists with batons near the ministry.", [(None, "175", "EGY", "asserted")]),
    # regretting another's steps disapproves of them; protecting one's own security protects no one
    ("India said it regretted Pakistan's steps.", [("IND", "111", "PAK", "asserted")]),
    ("Egypt took the decision to protect its national security.", []),
    ("France will protect Ukraine.", [("FRA", "074", "UKR", "future")]),
    # handing over power yields; handing over suspects is judicial cooperation
    ("Iran said it was ready to hand over power to Russia.", [("IRN", "035", "RUS", "asserted")]),
    ("Iran handed over the suspects to Kenya.", [("IRN", "063", "KEN", "asserted")]),
    # a warning to one's own people advises them; a warning to another state threatens
    ("The State Department warned Americans abroad of the risk of attacks.", []),
    ("Britain warned its citizens against travel to Lebanon.", []),
    ("Britain advised its citizens not to travel to Lebanon.", []),   # and a trip by no one named is none
    ("Putin warned Biden against arming Ukraine.", [("RUS", "130", "USA", "asserted")]),
    # a meeting with no one named is no refused meeting; arming oneself arms no one
    ("Israel said the cabinet would not meet until the details were resolved.", []),
    ("Putin said he would not meet Zelensky.", [("RUS", "125", "UKR", "asserted")]),
    ("Hezbollah tried to arm itself.", []),
    ("Iran armed Hezbollah.", [("IRN", "072", "LBN", "asserted")]),
    # a gerund after "without" did not happen
    ("Zelensky left without signing a deal with Russia.", [("UKR", "057", "RUS", "negated")]),
    ("Zelensky left after signing a deal with Russia.", [("UKR", "057", "RUS", "asserted")]),
    # a participle describing the object, which the parser made a clause of its own, is no event:
    # the object is the main verb's
    ("Turkey freed detained Iranian journalists.", [("TUR", "0841", "IRN", "asserted")]),
    # a participle the parser took for the subject describes it: no recognition
    ("Libya's Tripoli-based, internationally recognised Government of National Accord (GNA) announced a "
     "ceasefire on Friday, a statement from its leadership said.", []),
])
def test_no_event_readings(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a command to one's own forces: no demand, the orderer's deed to come
    ("Putin ordered Russian forces to withdraw from Ukraine.", [("RUS", "087", "UKR", "future")]),
    ("Putin ordered Russian forces back.", []),
    ("Biden ordered an aircraft carrier group to the eastern Mediterranean.", []),
    # an order to someone else's forces is a demand
    ("Biden ordered Israeli forces to withdraw from Gaza.", [("USA", "1056", "ISR", "asserted")]),
])
def test_commands(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one thanked for a plan owns it; a halted plan is not to come
    ("The UAE thanked Netanyahu for halting plans to annex parts of Gaza.",
     [("ARE", "051", "ISR", "asserted"), ("ISR", "192", "PSE", "negated")]),
    ("Israel announced plans to annex parts of Gaza.", [("ISR", "192", "PSE", "future")]),
    # a coordinated infinitive shares the purpose of the first ...
    ("The United States sent troops to secure the airport and evacuate Iraq's diplomats.",
     [("USA", "154", None, "asserted"), ("USA", "073", "IRQ", "hypothetical")]),
    ("Russia sent troops to Syria and evacuated Iraq's diplomats.",
     [("RUS", "154", "SYR", "asserted"), ("RUS", "073", "IRQ", "asserted")]),
    # ... and the readiness of the infinitive it goes with, where the parser hung it lower
    ("Iran said it was ready to cooperate with a government chosen by the Syrian people and to release "
     "the prisoners.", [("IRN", "031", None, "asserted"), ("IRN", "0353", None, "asserted")]),
    # what someone presses or calls for others to do is wished, not done: a demand or appeal to them
    ("Protesters in Kyiv pressed for Russian forces to leave Ukraine.", [(None, "1056", "RUS", "asserted")]),
    ("Ukraine called for Russia to withdraw its troops.", [("UKR", "0256", "RUS", "asserted")]),
    ("Germany reiterated calls for Iran to release the prisoners.", [("DEU", "0253", "IRN", "asserted")]),
    # an obligation is not the deed, unless it was met
    ("Iran would have to present evidence against Israel.", [("IRN", "112", "ISR", "hypothetical")]),
    ("Iran has to withdraw its troops from Syria.", [("IRN", "0874", "SYR", "future")]),
    ("Iran had to withdraw its troops from Syria.", [("IRN", "0874", "SYR", "asserted")]),
    # a relative clause describes someone; it is not what is offered, asked or promised them
    ("Russian fighters who attacked Ukraine will be offered contracts with the defence ministry.",
     [("RUS", "190", "UKR", "asserted")]),
    # "help" with a verb passes the verb on: the mediation is offered, not help; a summit that
    # helps gives no aid
    ("Biden offered to help mediate.", [("USA", "039", None, "asserted")]),
    ("Abe said he hoped the summit would help resolve the question of Japanese citizens.", []),
])
def test_carried_readings(nlp, text, expected):
    assert coded(nlp, text) == expected
