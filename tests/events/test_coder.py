"""The event coder on short news sentences written for these tests, with hand-built actors
(tests/events/cases.py): exact (source country, code, target country) triples."""

from __future__ import annotations

import pytest

from tests.events.cases import NAMES, actors_in, pipeline_triples, triples
from tests.events.cases import coded as coded_with
from tidings.events import find_events
from tidings.records import Quote


def code(nlp, text: str):
    actors = actors_in(text)
    events = find_events(text, nlp(text), actors, [], published="2024-02-09")
    return events, actors


def coded(nlp, text: str) -> list[tuple]:
    events, actors = code(nlp, text)
    return triples(events, actors)


@pytest.mark.parametrize(("text", "expected"), [
    # coordination: one event per source-target pair
    ("Xi and Putin accused the US of meddling.", [("CHN", "112", "USA"), ("RUS", "112", "USA")]),
    ("Iran was attacked by Israel and the United States.", [("ISR", "190", "IRN"), ("USA", "190", "IRN")]),
    ("Pakistan expelled India's ambassador.", [("PAK", "161", "IND")]),
    # passive with and without an agent
    ("China has been criticized by the US over Taiwan.", [("USA", "111", "CHN")]),
    ("China was criticized over its policy.", [(None, "111", "CHN")]),
    # verbs with particles and prepositions
    ("Britain called on Iran to release the sailors.", [("GBR", "0253", "IRN")]),
    ("Macron met with Zelensky in Paris.", [("FRA", "040", "UKR")]),
    ("Biden spoke by phone with Erdogan on Tuesday.", [("USA", "041", "TUR")]),
    ("The West imposed sanctions on Russia.", [("WST", "163", "RUS")]),
    ("Germany cut diplomatic ties with Iran.", [("DEU", "161", "IRN")]),
    ("Japan recalled its ambassador from China.", [("JPN", "161", "CHN")]),
    ("Venezuela accused Brazil of espionage.", [("VEN", "1125", "BRA")]),
    ("Egypt mediated between Israel and Hamas.", [("EGY", "045", "ISR"), ("EGY", "045", "PSE")]),
    ("Hamas fired rockets at Israel.", [("PSE", "194", "ISR")]),
    ("North Korea fired a ballistic missile toward Japan.", [("PRK", "194", "JPN")]),
    ("Putin hosted Modi in Moscow.", [("RUS", "043", "IND"), ("IND", "042", "RUS")]),
    # shooting down drones or planes is air defence, force (190), as intercepting them; not a small-arms fight
    ("Iran shot down an American drone.", [("IRN", "190", "USA")]),
    # hostages handed over are released, towards their country, not the one they are handed to
    ("Hamas handed over four Israeli hostages to the UN.", [("PSE", "0841", "ISR")]),
    # turning down the music refuses nothing (the agreement alone stays); returning some days later hands nothing back
    ("Iran agreed to turn down the music.", [("IRN", "030", None)]),
    ("Putin will return to Russia two weeks later, a trip that will end the tour.", []),
    # a report that provides clarity gives no aid
    ("Russia said its report provides clarity.", []),
    # talks hosted between two sides are mediated by the host
    ("Egypt hosted talks between Israel and Hamas.", [("EGY", "045", "ISR"), ("EGY", "045", "PSE")]),
    ("Hamas released two Israeli hostages.", [("PSE", "0841", "ISR")]),
    # light verbs and nominal events
    ("Russia launched a full-scale attack on Ukraine.", [("RUS", "190", "UKR")]),
    ("Xi and Putin held talks in Moscow.", [("CHN", "046", "RUS"), ("RUS", "046", "CHN")]),
    ("Japan paid a visit to India.", [("JPN", "042", "IND")]),
    ("France held talks with Germany on Monday.", [("FRA", "046", "DEU"), ("DEU", "046", "FRA")]),
    ("Israel came under attack from Hamas.", [("PSE", "190", "ISR")]),
    ("Talks between Russia and Ukraine resumed in Turkey.", [("RUS", "046", "UKR"), ("UKR", "046", "RUS")]),
    ("Russia's attack on Ukraine was condemned by France.", [("RUS", "190", "UKR"), ("FRA", "111", "RUS")]),
    ("Azerbaijan and Armenia signed a peace treaty.", [("AZE", "057", "ARM"), ("ARM", "057", "AZE")]),
    ("India and Pakistan exchanged fire across the border.", [("IND", "193", "PAK"), ("PAK", "193", "IND")]),
    # relative clauses
    ("Israeli troops who attacked Gaza killed dozens.", [("ISR", "190", "PSE"), ("ISR", "190", None)]),
    ("The sanctions imposed by the West on Russia hurt its economy.", [("WST", "163", "RUS")]),
    # carried events: refusal, threats, intent, appeals, demands
    ("Iran refused to meet the US envoy.", [("IRN", "125", "USA")]),
    ("North Korea threatened to attack South Korea.", [("PRK", "138", "KOR")]),
    ("Russia threatened to impose sanctions on Ukraine.", [("RUS", "1312", "UKR")]),
    ("France pledged military aid to Ukraine.", [("FRA", "0332", "UKR")]),
    ("The EU agreed to lift sanctions on Venezuela.", [("EUR", "0354", "VEN")]),
    ("Canada lifted retaliatory tariffs on American products.", [("CAN", "085", "USA")]),
    ("Russia refused to join the NATO exercises.", [("RUS", "1212", "NAT")]),
    ("Kenya suspended cooperation with Somalia.", [("KEN", "160", "SOM")]),
    ("Kenya and Somalia restored diplomatic ties.", [("KEN", "050", "SOM"), ("SOM", "050", "KEN")]),
    ("Kenya and Somalia cut diplomatic relations.", [("KEN", "161", "SOM"), ("SOM", "161", "KEN")]),
    ("Kenya and Somalia signed a defense pact.", [("KEN", "057", "SOM"), ("SOM", "057", "KEN")]),
    # a body suspending or expelling a member country cuts relations with it
    ("The EU suspended Venezuela.", [("EUR", "161", "VEN")]),
    # accepting aid is receiving it; accepting another's act is not doing it
    ("Kenya accepted aid from Somalia.", [("SOM", "070", "KEN")]),
    ("Kenya accepted Iranian aid.", [("IRN", "070", None)]),
    ("Kenya accepted the surrender of the Somalia troops.", []),
    ("Kenya will never accept the annexation of Somalia.", []),
    # a missile test is a show of force, however the test is written
    ("North Korea test-fired a ballistic missile.", [("PRK", "150", None)]),
    ("Iran test-launched a missile.", [("IRN", "150", None)]),
    # a mediator of a deal is between its parties
    ("Israel and Hamas agreed to a ceasefire brokered by Egypt.",
     [("ISR", "0356", "PSE"), ("PSE", "0356", "ISR"), ("EGY", "045", "ISR"), ("EGY", "045", "PSE")]),
    # air defence systems and weapons given are military aid
    ("Zelensky urged Germany to send more air defense systems.", [("UKR", "0232", "DEU")]),
    ("The US delivered air defense systems to Ukraine.", [("USA", "072", "UKR")]),
    # spying is on someone; for whom is no target
    ("China spied on the United States.", [("CHN", "090", "USA")]),
    ("Iran spied for Russia.", []),
    # an accepted apology is the apologiser's, to the accepter; refusing it is aimed at the apologiser
    ("Kenya accepted Somalia's apology.", [("SOM", "055", "KEN")]),
    ("Kenya refused to accept Somalia's apology.", [("KEN", "120", "SOM")]),
    # a decision "by" someone to act is theirs
    ("Kenya welcomed the decision by Somalia to cut ties with Ethiopia.",
     [("KEN", "052", "SOM"), ("SOM", "161", "ETH")]),
    ("Kenya ended military cooperation with Somalia.", [("KEN", "1622", "SOM")]),
    ("Hezbollah handed over the town to Syria.", [("LBN", "0874", "SYR")]),
    # the troops or weapons one withdraws are one's own, never the target; a border is also the
    # neighbour's it runs along
    ("India and Pakistan have disengaged their troops.", [("IND", "0874", "PAK"), ("PAK", "0874", "IND")]),
    ("Russia pulled back forces from the border with Ukraine.", [("RUS", "0874", "UKR")]),
    ("Israel reduced its troops.", [("ISR", "0873", None)]),
    # a veto or a block is of the author of what it stops, which does not happen
    ("Hungary vetoed the EU's sanctions on Russia.", [("HUN", "129", "EUR"), ("EUR", "163", "RUS")]),
    ("Hungary blocked the EU's aid to Ukraine.", [("HUN", "129", "EUR")]),
    # military action or intervention is force, threatened (138) or taken (190)
    ("The US threatened military action against Iran.", [("USA", "138", "IRN")]),
    ("Israel took military action against Hezbollah.", [("ISR", "190", "LBN")]),
    # leaving or suspending one's part in an agreement rejects it (127); pulling out of a place withdraws
    ("The United States pulled out of the nuclear deal with Iran.", [("USA", "127", "IRN")]),
    ("Russia suspended its participation in the grain deal.", [("RUS", "127", None)]),
    ("Russia pulled out of Kherson.", [("RUS", "087", None)]),
    ("Hungary blocked Ukraine's bid to join the EU.", [("HUN", "129", "UKR")]),
    # ratifying a membership is agreeing with the member; an airdrop is into a place
    ("Hungary ratified Ukraine's NATO membership.", [("HUN", "057", "UKR")]),
    ("Egypt airdropped food into Gaza.", [("EGY", "073", "PSE")]),
    ("Hungary vowed to block the EU's aid to Ukraine.", [("HUN", "120", "EUR")]),
    ("India joined the drills with Japan.", [("IND", "062", "JPN")]),
    ("China eased tariffs on Iranian steel.", [("CHN", "085", "IRN")]),
    ("Brazil offered to mediate between Russia and Ukraine.", [("BRA", "039", "RUS"), ("BRA", "039", "UKR")]),
    ("Egypt urged Israel and Hamas to agree to a ceasefire.", [("EGY", "0256", "ISR"), ("EGY", "0256", "PSE")]),
    ("France wants Germany to increase its aid to Ukraine.", [("FRA", "023", "DEU")]),
    ("The UN demanded that Israel withdraw from Gaza.", [("UNO", "1056", "ISR")]),
    ("Biden said the US would send weapons to Ukraine.", [("USA", "0332", "UKR")]),
    ("Iran said it would not negotiate with the US.", [("IRN", "125", "USA")]),
    ("Israel announced a weeklong cease-fire with Hamas.", [("ISR", "0871", "PSE"), ("PSE", "0871", "ISR")]),
    ("Poland will not accept refugees from Syria.", [("POL", "122", None)]),
    ("India offered to send troops to Lebanon.", [("IND", "0312", "LBN")]),
    ("Hamas agreed to call off the protest.", [("PSE", "0352", None)]),
    ("Pakistan summoned India's ambassador.", [("PAK", "114", "IND")]),
    ("Canada recalled its ambassador to Venezuela.", [("CAN", "161", "VEN")]),
    ("Canada recalled its ambassador to Ottawa for consultations.", [("CAN", "161", None)]),
    ("The US struck a deal with Iran.", [("USA", "057", "IRN")]),
    ("Japan and Germany fought the virus together.", []),
    ("Iran said Israel had attacked it.", [("ISR", "190", "IRN")]),
    # saying is not the event
    ("Iran denied attacking Israel.", [("IRN", "016", "ISR")]),
    ("Japan is considering sending aid to North Korea.", [("JPN", "014", "PRK")]),
    ("Israel will not release the Hamas prisoners.", [("ISR", "1243", "PSE")]),
    ("Russia is willing to withdraw its troops from Ukraine.", [("RUS", "0356", "UKR")]),
    # not ready or not willing to is a refusal
    ("Russia is not willing to withdraw its troops from Ukraine.", [("RUS", "1246", "UKR")]),
    ('Biden said he is "not ready" to endorse Putin.', [("USA", "120", "RUS")]),
    # coordinated acts threatened: aimed at the targets of both
    ("Iran threatened to attack Israel and bomb Lebanon.", [("IRN", "138", "ISR"), ("IRN", "138", "LBN")]),
    # what was done before an offer is not offered
    ("Japan offered to send troops to Kenya after agreeing to deepen military cooperation with India.",
     [("JPN", "0312", "KEN"), ("JPN", "0312", "IND")]),
    # pushing someone to act is an appeal to them (the parser reads the infinitive as a purpose); pushing
    # troops somewhere moves them; pushing to act oneself is an intent
    ("Russia pushed Iran to reject the deal.", [("RUS", "020", "IRN")]),
    ("Russia pushed troops to the border to deter Iran.", []),
    ("Iran is pushing to expand sanctions on Israel.", [("IRN", "1312", "ISR")]),
    # weapons received from someone are that one's military aid, jets and tanks too
    ("Ukraine received the first batch of fighter jets from Germany.", [("DEU", "072", "UKR")]),
    # a feeling the parser reads as a passive verb is the feeler's, about its cause; a case that
    # "concerns" something is about it
    ("Russia was concerned by the deployment of US missiles in Germany.", [("RUS", "012", "USA")]),
    ("Japan was alarmed by North Korea's missile launch.", [("JPN", "012", "PRK")]),
    ("Germany was dismayed at Hungary's veto.", [("DEU", "012", "HUN")]),
    ("The case concerns Russia's actions in Ukraine.", []),
    # retaliation with tariffs or sanctions is no force
    ("China retaliated with tariffs on American soybeans.", [("CHN", "163", "USA")]),
    # a state's protest is an official complaint against the one whose act it protests; an envoy
    # summoned "to protest" hears the summoner's protest, and makes none
    ("China protested the US arms sale to Taiwan.", [("CHN", "114", "USA")]),
    ("The Iranian ambassador was summoned to protest the attack.", [(None, "114", "IRN")]),
    ("Russia summoned the Ukrainian ambassador to protest the attack.", [("RUS", "114", "UKR")]),
    ("Thousands protested against the Iranian government.", [(None, "141", "IRN")]),
    # a military or humanitarian aid package is military or humanitarian aid (the kind modifies "aid")
    ("The United States announced a new military aid package for Ukraine.", [("USA", "072", "UKR")]),
    ("Germany announced a humanitarian aid package for Gaza.", [("DEU", "073", "PSE")]),
    # ... and so is an arms or weapons package, announced or unveiled
    ("Washington unveiled a $300 million arms package for Taiwan.", [("USA", "072", "TWN")]),
    ("The US announced a new weapons package for Ukraine.", [("USA", "072", "UKR")]),
])
def test_triples(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize(("text", "modality"), [
    ("Israel did not attack Lebanon, the army said.", "negated"),
    ("Russia stopped shelling Kyiv.", "negated"),
    ("Modi will visit Japan next month.", "future"),
    ("Japan plans to impose tariffs on China.", "future"),
    # a particular event a negated verb speaks of took place all the same; an indefinite one is read with the verb
    ("Russia did not mention the Israeli attack on Gaza.", "asserted"),
    ("Russia did not mention an Israeli attack on Gaza.", "negated"),
    # an event kept from happening did not happen
    ("Israel thwarted the Iranian attack on Tel Aviv.", "negated"),
    ("Hungary held up the EU's aid to Ukraine.", "negated"),   # blocking it is a veto (test_triples)
    # an act one stops short of, steers clear of or shies away from is not done
    ("India stopped short of condemning Russia.", "negated"),
    ("China is steering clear of criticizing Iran.", "negated"),
    ("Germany shied away from criticizing Israel.", "negated"),
    # a means is done as its verb is
    ("Israel would respond by bombing Gaza.", "hypothetical"),
    ("Israel responded by bombing Gaza.", "asserted"),
    # readiness takes its copula's modal
    ("Russia must be ready to withdraw its troops from Ukraine.", "hypothetical"),
    ("Russia will be ready to withdraw its troops from Ukraine.", "future"),
    ("Turkey may impose sanctions on Israel.", "hypothetical"),
    ("Iran is believed to have supplied drones to Russia.", "hypothetical"),
    ("Russia launched a full-scale attack on Ukraine.", "asserted"),
    # what is not caused does not happen
    ("The strikes will not cause Russia to withdraw from Ukraine.", "negated"),
    # what someone talked or joked about is not done
    ("Putin heard Biden talk about attacking Russia.", "hypothetical"),
    # what is feared, risked, warned of or braced for has not happened
    ("Fears of an Israeli attack on Iran grew.", "hypothetical"),
    ("Officials warned of the threat of a Russian invasion of Ukraine.", "hypothetical"),
    ("The risk of a Chinese blockade of Taiwan is rising.", "hypothetical"),
    ("Analysts fear a Chinese invasion of Taiwan.", "hypothetical"),
    ("Residents braced for a Russian assault on Kyiv.", "hypothetical"),
    ("Israel warned of a Hezbollah attack on Haifa.", "hypothetical"),
    ("The Israeli attack on Gaza raised fears of famine.", "asserted"),
    # ... and so is an act in a gerund there
    ("Analysts see a real chance of Russia attacking Ukraine.", "hypothetical"),
    ("There is a growing risk of attacking Iran by mistake.", "hypothetical"),
])
def test_modality(nlp, text, modality):
    events, _ = code(nlp, text)
    assert [e.modality for e in events] == [modality]


@pytest.mark.parametrize(("text", "modalities"), [
    # a bare coordinated verb shares its head's auxiliaries and negation
    ("Russia will attack Ukraine and bomb Georgia.", ["future", "future"]),
    # so does the means of a possible act, in a by-phrase the parser joins to another phrase
    ("Iraq could start a war either through a direct assault or by attacking Israel.",
     ["hypothetical", "hypothetical"]),
    ("Russia did not attack Ukraine or bomb Georgia.", ["negated", "negated"]),
    # a bare passive is a bare infinitive ("be sanctioned"); a finite one is not
    ("Russia may expel diplomats and be sanctioned by the EU.", ["hypothetical", "hypothetical"]),
    ("Russia expelled diplomats and was sanctioned by the EU.", ["asserted", "asserted"]),
    # ... but not after "but", nor when it is finite
    ("Russia did not attack Ukraine but bombed Georgia.", ["negated", "asserted"]),
    ("Russia will meet Ukraine and attacked Georgia.", ["future", "asserted"]),
])
def test_coordinated_verbs_share_modality(nlp, text, modalities):
    events, _ = code(nlp, text)
    assert [e.modality for e in events] == modalities


def test_what_a_vetoed_resolution_says_is_not_done(nlp):
    events, _ = code(nlp, "Russia vetoed a UN resolution condemning Israel.")
    assert [(e.code, e.modality) for e in events] == [("129", "asserted"), ("111", "negated")]


def test_a_main_verb_read_as_a_relative_clause_has_the_subject_phrase(nlp):
    # the parser hangs "condemned" on "a number" as a relative clause, the root a noun
    text = ("The Afghan government, a number of political parties and the Taliban on Thursday condemned "
            "US President Donald Trump's decision.")
    names = {**NAMES, "The Afghan government": ("AFG", "organization"), "Taliban": ("AFG", "group"),
             "Donald Trump": ("USA", "person")}
    assert coded_with(nlp, text, names=names) == [("AFG", "111", "USA")]


@pytest.mark.parametrize(("text", "expected"), [
    # cancelling talks halts them (cancelling a thing refuses no one: test_cancelling_a_thing_refuses_nothing)
    ("Russia cancelled talks with Ukraine.", [("RUS", "164", "UKR", "asserted")]),
    # a country written before an invasion is the invaded one
    ("Oil prices rose after the Ukraine invasion by Russia.", [("RUS", "190", "UKR", "asserted")]),
    # troops moved somewhere are deployed there, not occupying it
    ("Russia moved troops into Ukraine.", [("RUS", "154", "UKR", "asserted")]),
    # a negated verb over another's deed is no refusal of it
    ("Biden's words cannot distract the world from the facts of Israeli aggression against Lebanon.",
     [("ISR", "190", "LBN", "negated")]),
    # the one who stops short of an act is who would have done it
    ("India stopped short of condemning Russia.", [("IND", "111", "RUS", "negated")]),
    # the one who seeks or is given leave to act acts, not who gives it
    ("Japan sought US approval to attack Iran.", [("JPN", "190", "IRN", "hypothetical")]),
    ("Russia gave Iran permission to attack Israel.", [("RUS", "086", "IRN", "asserted"),
                                                       ("IRN", "190", "ISR", "hypothetical")]),
    # a setting's possessive pronoun that cannot be the subject's: no part in it for the subject
    ("Hamas groups that opposed Iraq in its war with Iran backed Israel.", [("PSE", "110", "IRQ", "asserted"),
                                                                         ("PSE", "051", "ISR", "asserted")]),
])
def test_who_takes_part(nlp, text, expected):
    assert coded_with(nlp, text, modality=True) == expected


def test_cancelling_a_thing_refuses_nothing(nlp):
    # what classes were cancelled for is only aimed at, and no aid is refused
    assert [(c, m) for _, c, t, m in coded_with(nlp, "Russia cancelled classes to aid Ukraine.", modality=True)] \
        == [("070", "hypothetical")]


def test_a_purpose_is_not_yet_a_deed(nlp):
    events, actors = code(nlp, "Britain sent warships to Lebanon to attack Hezbollah.")
    assert [(t, e.modality) for t, e in zip(triples(events, actors), events, strict=True)] == [
        (("GBR", "154", "LBN"), "asserted"), (("GBR", "190", "LBN"), "hypothetical")]


def test_forces_sent_to_shield_someone_protect_them(nlp):
    # the deployment is the protection (074), done, of the one the purpose names; one event
    events, actors = code(nlp, "Britain sent warships to Lebanon to protect Israel.")
    assert [(t, e.modality) for t, e in zip(triples(events, actors), events, strict=True)] == [
        (("GBR", "074", "ISR"), "asserted")]


def test_conditional_clause_is_hypothetical(nlp):
    events, actors = code(nlp, "If Iran attacks Israel, the US would retaliate.")
    assert [(t, e.modality) for t, e in zip(triples(events, actors), events, strict=True)] == [
        (("IRN", "190", "ISR"), "hypothetical"), (("USA", "190", None), "hypothetical")]


def test_reported_speech_codes_the_content_and_names_the_speaker(nlp):
    text = "Xi and Putin accused the United States of interfering during a telephone conversation, the Kremlin said."
    events, actors = code(nlp, text)
    names = {a.id: a.name for a in actors}
    assert [(names.get(e.source), e.code, names.get(e.target), names.get(e.reported_by)) for e in events] == [
        ("Xi", "112", "the United States", "Kremlin"),
        ("Putin", "112", "the United States", "Kremlin"),
        ("Xi", "041", "Putin", "Kremlin"),
        ("Putin", "041", "Xi", "Kremlin"),
    ]


def test_according_to_sets_the_reporter(nlp):
    events, actors = code(nlp, "Israel struck Hezbollah positions in Lebanon, according to the UN.")
    names = {a.id: a.name for a in actors}
    assert [(names[e.source], e.code, names.get(e.reported_by)) for e in events] == [("Israel", "190", "the UN")]


def test_a_saying_with_nothing_coded_in_it_is_the_event(nlp):
    assert coded(nlp, "Macron told Zelensky that the war had reached a turning point.") == [("FRA", "010", "UKR")]
    assert coded(nlp, "Macron told Zelensky that Russia had attacked Kyiv again.") == [("RUS", "190", "UKR")]


def test_event_fields(nlp):
    text = "Russia launched a full-scale attack on Ukraine."
    [event], _ = code(nlp, text)
    assert (event.id, event.code, event.root, event.name, event.goldstein, event.quad_class, event.plover) == \
        ("e1", "190", "19", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT")
    assert (text[slice(*event.sentence)], text[slice(*event.trigger)]) == (text, "attack")
    assert (event.pattern, event.confidence, event.mode, event.date, event.place) == \
        ("attack.n+light:launch", 0.75, None, None, None)


def test_phone_call_carries_the_plover_mode(nlp):
    [event, _], _ = code(nlp, "Xi and Putin held a telephone conversation on Thursday.")
    assert (event.code, event.plover, event.mode) == ("041", "CONSULT", "phone")


def test_no_actor_no_event(nlp):
    assert coded(nlp, "Gunmen attacked a village overnight.") == []


def test_removed_caption_yields_no_event(nlp):
    """The seed's photo caption is in `removed`, not in `text`: what it says is never coded."""
    caption = ("President of the People's Republic of China Xi Jinping meets with Russian President "
               "Vladimir Putin during the official welcoming ceremony at the Grand Kremlin Palace in Moscow.")
    body = "The West has viewed Moscow and Beijing with heightened concern over the past two years."
    assert coded(nlp, caption) == [("CHN", "040", "RUS")]
    cleaned = body  # what the clean stage leaves of `caption + " " + body`
    assert [t for t in coded(nlp, cleaned) if t[1].startswith("04")] == []


def test_reported_by_comes_from_the_quote_holding_the_trigger(nlp):
    text = "“Russia attacked Kyiv again,” Zelensky said."
    actors = actors_in(text)
    zelensky = next(a for a in actors if a.name == "Zelensky")
    quote = Quote(1, 26, text[1:26], zelensky.id, "Zelensky", "said", "direct",
                  speaker_span=(29, 37), cue_span=(38, 42))
    events = find_events(text, nlp(text), actors, [quote], published=None)
    assert [(e.code, e.reported_by) for e in events] == [("190", zelensky.id)]


def test_a_quote_cued_by_an_event_verb_does_not_report_it(nlp):
    text = "Xi accused the US of meddling during a phone call with Putin, the Kremlin said."
    actors = actors_in(text)
    ids = {a.name: a.id for a in actors}
    quotes = [Quote(0, 60, text[:60], ids["Kremlin"], "the Kremlin", "said", "indirect", cue_span=(74, 78)),
              Quote(15, 60, text[15:60], ids["Xi"], "Xi", "accused", "indirect", cue_span=(3, 10))]
    events = find_events(text, nlp(text), actors, quotes, published=None)
    assert {(e.code, e.reported_by) for e in events} == {("112", ids["Kremlin"]), ("041", ids["Kremlin"])}


@pytest.mark.parametrize("text", ["", "!!!", "...", "\n\n", "Israel", "attack attack attack on on on"])
def test_odd_text_codes_nothing_and_does_not_fail(nlp, text):
    assert coded(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # destroying an armed group is force (the actor coder's roles: REB); a country "destroyed" may be
    # a team beaten
    ("Netanyahu vowed to destroy Hamas.", [("ISR", "138", "PSE")]),
    ("The army crushed the rebels.", [(None, "190", None)]),
    ("Germany destroyed Brazil in the semifinal.", []),
])
def test_destroying_an_armed_group(pipeline, text, expected):
    assert pipeline_triples(pipeline, text) == expected
