"""Headlines in Title Case: coded again from a sentence-cased parse when the original parse
yields nothing (events/headline.py). Sentences written for these tests, hand-built actors."""

from __future__ import annotations

import pytest

from tests.events.cases import actors_in, triples
from tidings.events import find_events, headline
from tidings.events.coder import code_events
from tidings.events.lexicon import load_lexicon


@pytest.mark.parametrize(("text", "expected"), [
    ("China Condemns Japan Over Island Visit", [("CHN", "111", "JPN")]),   # the visit it is over is not China's
    ("Iran Releases Two American Prisoners", [("IRN", "0841", "USA")]),
    ("Poland Expels Russian Diplomats", [("POL", "161", "RUS")]),
])
def test_headline_reread(nlp, text, expected):
    actors = actors_in(text)
    # the Title Case parse alone finds nothing; the sentence-cased one does
    assert code_events(load_lexicon(), text, nlp(text), actors, []) == ()
    assert triples(find_events(text, nlp(text), actors, [], published=None), actors) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland Expels Russian Diplomats", True),
    ("Britain Lifts Arms Embargo on Sudan.", True),
    ("Poland expelled two Russian diplomats on Monday.", False),
    ("Xi Met Putin", False),                          # too short to tell
    # prose full of names still has lowercase verbs and modals: not parsed twice
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.", False),
    ("President Biden suspended military assistance to Honduras and Guatemala.", False),
    # nothing the copy would lower: names only
    ("Kuala Lumpur International Airport Authority", False),
])
def test_is_headline(nlp, text, expected):
    assert headline.is_headline(next(nlp(text).sents), load_lexicon()) is expected


def test_capitals_are_cased_as_names_and_common_words(nlp):
    text = "RUSSIA EXPELS BRITISH DIPLOMATS OVER U.S. SPY CASE"
    cased = headline.sentence_cased(text, next(nlp(text).sents), load_lexicon())
    assert cased == "Russia expels British Diplomats over U.S. spy Case"


def test_units_join_a_headline_cut_in_two(nlp):
    text = "Officials met. Russia Expels Two British Diplomats Over Spy Case. Moscow gave no reason."
    doc = nlp(text)
    assert [u.text for u in headline.units(doc, load_lexicon())] == [
        "Officials met.", "Russia Expels Two British Diplomats Over Spy Case.", "Moscow gave no reason."]


def test_sentence_cased_keeps_offsets_and_names(nlp):
    text = "Officials said so. Poland Expels Russian Diplomats Over Spy Case"
    doc = nlp(text)
    sent = list(doc.sents)[1]
    cased = headline.sentence_cased(text, sent, load_lexicon())
    assert len(cased) == len(text)
    # words with event patterns and function words lose their capitals; others keep them
    assert cased == " " * 19 + "Poland expels Russian Diplomats over spy Case"


def read(nlp, text: str) -> list[tuple]:
    """(source country, code, target country, modality) of the events of `text`, read by the real actor,
    place and event stages as the pipeline runs them (a headline line alone would be cleaned away)."""
    from tidings.actors import find_actors
    from tidings.events.participants import with_place_countries
    from tidings.places import find_places

    doc = nlp(text)
    actors = find_actors(text, doc, published=None)
    places = find_places(text, doc, actors, dateline=None)
    actors = with_place_countries(actors, places)
    country = {a.id: a.country for a in actors}
    return [(country.get(e.source), e.code, country.get(e.target), e.modality)
            for e in find_events(text, doc, actors, [], published=None, places=places)]


HEADLINES = [
    ("China Accuses U.S. of Meddling in Hong Kong", [("CHN", "112", "USA", "asserted")]),
    ("Russia Expels Two British Diplomats", [("RUS", "161", "GBR", "asserted")]),
    ("Iran Rejects Talks With Washington", [("IRN", "125", "USA", "asserted")]),
    ("Turkey Launches Air Strikes on Kurdish Militants in Iraq", [("TUR", "195", "IRQ", "asserted")]),
    ("Israel Releases 26 Palestinian Prisoners", [("ISR", "0841", "PSE", "asserted")]),
    ("Saudi Arabia Cuts Diplomatic Ties With Qatar", [("SAU", "161", "QAT", "asserted")]),
    ("Merkel Meets Putin in Sochi", [("DEU", "040", "RUS", "asserted")]),
    ("France Sends Troops to Mali", [("FRA", "154", "MLI", "asserted")]),
    ("Trump Threatens Sanctions Against Turkey", [("USA", "1312", "TUR", "asserted")]),
    ("EU Imposes New Sanctions on Russia", [("IGO", "163", "RUS", "asserted")]),
    ("US Warns North Korea Against Missile Tests", [("USA", "130", "PRK", "asserted")]),
    ("Ukraine Accuses Russia of Shelling Civilians", [("UKR", "112", "RUS", "asserted")]),
    ("Japan Protests to China Over Warships Near Disputed Islands", [("JPN", "114", "CHN", "asserted")]),
    ("Iraq Asks U.S. for More Air Strikes", [("IRQ", "020", "USA", "asserted")]),
    ("Britain Lifts Arms Embargo on Sudan", [("GBR", "085", "SDN", "asserted")]),
    # the Title Case parse finds a wrong event ("UN Condemns" attacking): the sentence-cased one wins
    ("UN Condemns Attack on Peacekeepers in Mali", [("IGO", "111", "IGO", "asserted")]),
    ("Egypt Opens Rafah Crossing for Gaza Aid", [("EGY", "086", None, "asserted"), ("PSE", "070", None, "asserted")]),
    # names the model ran over the verb: read from the sentence-cased parse
    ("Putin Praises Xi After Talks in Moscow", [("RUS", "051", "CHN", "asserted")]),
    ("Philippines Recalls Ambassador From China", [("PHL", "161", "CHN", "asserted")]),
    ("Poland Expels Russian Diplomats Over Spy Case.", [("POL", "161", "RUS", "asserted")]),
    # the present tense read as a plural noun ("lifts travel ban"): read from a past-tense copy
    ("Canada Lifts Travel Ban on Mexico", [("CAN", "081", "MEX", "asserted")]),
    ("Germany Pledges Aid to Flood-Hit Pakistan", [("DEU", "033", "PAK", "asserted")]),
    ("Russian Foreign Ministry Summons French Envoy", [("RUS", "114", "FRA", "asserted")]),
    ("Kenyan Police Arrest Suspected Al-Shabaab Militants", [("KEN", "173", "SOM", "asserted")]),
    # a capitalised plural the lemmatizer keeps whole is still the noun a pattern asks for
    ("Israeli Jets Strike Hamas Targets in Gaza", [("ISR", "195", "PSE", "asserted")]),
    ("Officials met. Russia Expels Two British Diplomats Over Spy Case. Moscow gave no reason.",
     [("RUS", "161", "GBR", "asserted")]),
    # a headline's "X to do" is its "X is to do"
    ("Obama to Visit Cuba Next Month", [("USA", "042", "CUB", "future")]),
    ("EU to Impose New Sanctions on Russia", [("IGO", "163", "RUS", "future")]),
    ("India Will Host Talks With Pakistan Next Week", [("IND", "043", None, "future")]),
    ("South Korea to Send Envoy to North Korea", [("KOR", "042", "PRK", "future")]),
    # the Title Case parse read the clause and the copy misreads it ("frees ... suspects" as a clause
    # of "suspects"): the first reading stays; where both read the same clause, the copy's words win
    ("Nigeria Frees 100 Boko Haram Suspects", [("NGA", "0841", "NGA", "asserted")]),
    ("Erdogan Threatens to Expel US Ambassador", [("TUR", "1313", "USA", "asserted")]),
    # the present read as a plural before a participle read as the verb: the past-tense copy, where
    # the participle only describes the object ("frees detained": no detention of its own)
    ("Iran Frees Detained British Tanker", [("IRN", "0841", "GBR", "asserted")]),
    ("Russia Expels Detained Polish Diplomats", [("RUS", "161", "POL", "asserted")]),
    # headlines in capitals: common words lowered, the others written as names
    ("RUSSIA EXPELS BRITISH DIPLOMATS", [("RUS", "161", "GBR", "asserted")]),
    ("CHINA WARNS U.S. OVER TAIWAN ARMS SALES", [("CHN", "130", "USA", "asserted")]),
    ("ISRAEL RELEASES PALESTINIAN PRISONERS", [("ISR", "0841", "PSE", "asserted")]),
    # a headline the parser cut in two sentences is read whole
    ("UPDATE 2-Russia Expels Two British Diplomats", [("RUS", "161", "GBR", "asserted")]),
    # a label or a dateline before the headline
    ("BEIJING (Reuters) - China Accuses U.S. of Meddling in Hong Kong", [("CHN", "112", "USA", "asserted")]),
    ("Exclusive: Iran Rejects Talks With Washington", [("IRN", "125", "USA", "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES, ids=[t for t, _ in HEADLINES])
def test_headline_events(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # prose is read once, as it always was
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.",
     [("RUS", "040", "CHN", "asserted")]),
    # an infinitive on a verbless sentence's noun is still only an aim, and a visit by no one is none
    ("Obama's decision to visit Cuba.", [("USA", "042", "CUB", "future")]),
    ("The decision to visit Cuba.", []),
])
def test_prose_is_not_a_headline(nlp, text, expected):
    assert read(nlp, text) == expected


def test_only_headlines_are_parsed_again(nlp):
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping. Poland Expels Russian Diplomats"
    copies = []

    def parse(copy):
        copies.append(copy)
        return nlp(copy)

    doc = nlp(text)
    events = code_events(load_lexicon(), text, doc, actors_in(text), [], parse=parse)
    assert copies == [" " * 67 + "Poland expels Russian Diplomats"]
    assert [text[e.trigger[0]:e.trigger[1]] for e in events] == ["met", "Expels"]


def test_past_tense_copy_keeps_the_text_offsets(nlp):
    text = "Officials met. Germany Pledges Aid to Flood-Hit Pakistan. It gave no figure."
    doc = nlp(text)
    actors = actors_in(text, {"Germany": ("DEU", "country"), "Pakistan": ("PAK", "country")})
    [event] = find_events(text, doc, actors, [], published=None)
    assert (event.code, text[event.trigger[0]:event.trigger[1]]) == ("033", "Pledges")
    assert text[event.sentence[0]:event.sentence[1]] == "Germany Pledges Aid to Flood-Hit Pakistan."


@pytest.mark.parametrize(("lemma", "past"), [
    ("lift", "lifted"), ("pledge", "pledged"), ("expel", "expelled"), ("ban", "banned"), ("visit", "visited"),
    ("deny", "denied"), ("admit", "admitted"), ("strike", "struck"), ("meet", "met"), ("summon", "summoned"),
])
def test_past_tense(lemma, past):
    assert headline.past_tense(lemma) == past


def test_shift_maps_offsets_both_ways():
    shift = headline.Shift(at=10, by=1)        # "lifts" (5-10) written "lifted" (5-11)
    assert [shift.to_copy(o) for o in (5, 10, 20)] == [5, 11, 21]
    assert [shift.to_text(o) for o in (5, 11, 21)] == [5, 10, 20]


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence-cased headline's bare participle after its first noun is a passive: the noun underwent it
    ("Springfield man shot twice in attempted robbery.", [(None, "193", "USA", "asserted")]),
    ("Huntsville man taken into custody after standoff.", [(None, "173", "USA", "asserted")]),
    # with a determiner or an object it is the noun's own act
    ("The Springfield officer shot twice at the car.", [("USA", "193", None, "asserted")]),
    ("Springfield police arrested a man.", [("USA", "173", None, "asserted")]),
])
def test_headline_passive(nlp, text, expected):
    assert read(nlp, text) == expected
