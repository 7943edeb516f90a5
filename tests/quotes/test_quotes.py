"""Quotes found in short sentences written for these tests: every quotation style and structure,
reported speech, sources, and what is no quote at all (scare quotes, titles)."""

import pytest

from tidings.quotes import find_quotes
from tidings.records import Actor


def quotes(nlp, text: str, actors=()) -> list[tuple]:
    return [(q.kind, q.speaker_text, q.cue, q.content) for q in find_quotes(text, nlp(text), list(actors))]


DIRECT = [
    ("“We will not back down,” the minister said.",
     [("direct", "the minister", "said", "We will not back down")]),
    ('"We will not back down," said Maria Lopez, a spokeswoman for the ministry.',
     [("direct", "Maria Lopez, a spokeswoman for the ministry", "said", "We will not back down")]),
    ("‘The talks are over,’ the envoy told reporters.",
     [("direct", "the envoy", "told", "The talks are over")]),
    ("'The talks are over,' the envoy told reporters.",
     [("direct", "the envoy", "told", "The talks are over")]),
    ("«We will rebuild the bridge,» the mayor said.",
     [("direct", "the mayor", "said", "We will rebuild the bridge")]),
    ("The president said: « The work starts today. »",
     [("direct", "The president", "said", "The work starts today.")]),
    ("``The budget is balanced,'' the treasurer said.",
     [("direct", "the treasurer", "said", "The budget is balanced")]),
    ("The governor said: “The roads will reopen on Monday.”",
     [("direct", "The governor", "said", "The roads will reopen on Monday.")]),
    ("The mayor told reporters, “Nobody was hurt in the fire.”",
     [("direct", "The mayor", "told", "Nobody was hurt in the fire.")]),
    ("“Prices went up. Wages did not. That is the problem,” said the union leader.",
     [("direct", "the union leader", "said", "Prices went up. Wages did not. That is the problem")]),
    ("“Who pays for the damage?” the farmer asked.",
     [("direct", "the farmer", "asked", "Who pays for the damage?")]),
    ("“It was a mistake,” he said on Monday.",
     [("direct", "he", "said", "It was a mistake")]),
    ("“He told me, ‘Leave now,’ and I did,” the witness said.",
     [("direct", "the witness", "said", "He told me, ‘Leave now,’ and I did")]),
    ("“Our town deserves better roads.” ― Ana Pereira",
     [("direct", "Ana Pereira", "―", "Our town deserves better roads.")]),
    # speakers the parse may leave unattached: appositions, ages, an adverb after the cue
    ("In a statement to the Herald, her senior policy adviser, Jake Sullivan, said: “Cooperation across the "
     "Atlantic is essential.”",
     [("direct", "her senior policy adviser, Jake Sullivan", "said", "Cooperation across the Atlantic is essential.")]),
    ("“We were wrong to wait so long,” Ramos, 58, told reporters in an interview on Monday.",
     [("direct", "Ramos, 58", "told", "We were wrong to wait so long")]),
    ("Asked about the vote, Adelson said, “They have got to be able to win.”",
     [("direct", "Adelson", "said", "They have got to be able to win.")]),
    # short utterances: a one-word answer is no title when "he answered" frames it
    ("“Denver,” he answered.", [("direct", "he", "answered", "Denver")]),
    ("She declared “What a Super Tuesday!”", [("direct", "She", "declared", "What a Super Tuesday!")]),
    ("The candidate barked “Go back to your seat,” and a guard stepped in.",
     [("direct", "The candidate", "barked", "Go back to your seat")]),
    ("HOST: What happens next?\nSMITH: We wait for the court to decide.",
     [("direct", "HOST", ":", "What happens next?"), ("direct", "SMITH", ":", "We wait for the court to decide.")]),
]

STRUCTURES = [
    # split quotes, in one sentence and over two
    ("“The border is closed,” the general said, “and it will stay closed until the shelling stops.”",
     [("direct", "the general", "said",
       "The border is closed,” the general said, “and it will stay closed until the shelling stops.")]),
    ("“We have done our part,” the farmer said. “Now the government must do its part.”",
     [("direct", "the farmer", "said",
       "We have done our part,” the farmer said. “Now the government must do its part.")]),
    # a quote opened in one paragraph and continued in the next
    ("“The first thing we lost was the harvest.\n\n“Then we lost the house,” the farmer said.",
     [("direct", "the farmer", "said", "The first thing we lost was the harvest.\n\n“Then we lost the house")]),
    # the speaker's next paragraph, by the news convention
    ("“The water came at night,” the farmer said.\n\n“By morning the village was gone.”",
     [("direct", "the farmer", "said",
       "The water came at night,” the farmer said.\n\n“By morning the village was gone.")]),
    # a colon ending the paragraph before
    ("The prime minister said:\n\n“We will not accept these terms.”",
     [("direct", "The prime minister", "said", "We will not accept these terms.")]),
    # two speakers one after the other are not joined
    ("“We won,” the coach said. “They played better,” the rival coach replied.",
     [("direct", "the coach", "said", "We won"), ("direct", "the rival coach", "replied", "They played better")]),
]

REPORTED = [
    ("The minister said the reforms “will take years to bear fruit.”",
     [("partial", "The minister", "said", "the reforms “will take years to bear fruit.”")]),
    ("The court ruled that the law was “plainly unconstitutional” and struck it down.",
     [("partial", "The court", "ruled", "the law was “plainly unconstitutional”")]),
    # one quoted word is a term marked off: the clause stays indirect
    ("Critics called the plan a “disaster” and asked for a vote.",
     [("indirect", "Critics", "called", "the plan a “disaster”")]),
    ("Russia and China accused the West of “interfering,” the Kremlin said.",
     [("indirect", "the Kremlin", "said", "Russia and China accused the West of “interfering,”"),
      ("indirect", "Russia and China", "accused", "the West of “interfering,”")]),
    ("The central bank said that inflation would fall next year.",
     [("indirect", "The central bank", "said", "inflation would fall next year")]),
    ("Inflation will fall next year, the central bank said.",
     [("indirect", "the central bank", "said", "Inflation will fall next year")]),
    ("The minister told reporters on Monday that the deal was dead.",
     [("indirect", "The minister", "told", "the deal was dead")]),
    ("The agency warned that the river could flood the town.",
     [("indirect", "The agency", "warned", "the river could flood the town")]),
    ("The general was quoted as saying the army would withdraw.",
     [("indirect", "The general", "saying", "the army would withdraw")]),
    ("The company said profits fell, adding that it would cut jobs.",
     [("indirect", "The company", "said", "profits fell"), ("indirect", "The company", "adding", "it would cut jobs")]),
    ("A report by the health ministry found that cases doubled in March.",
     [("indirect", "A report by the health ministry", "found", "cases doubled in March")]),
    ("Russia and China accused the West of meddling, the Kremlin said.",
     [("indirect", "the Kremlin", "said", "Russia and China accused the West of meddling"),
      ("indirect", "Russia and China", "accused", "the West of meddling")]),
    ("Twelve people died in the fire, according to the fire brigade.",
     [("indirect", "the fire brigade", "according to", "Twelve people died in the fire")]),
    ("According to local officials, the bridge collapsed at dawn.",
     [("indirect", "local officials", "According to", "the bridge collapsed at dawn")]),
    # the issuer speaks through the statement
    ("The council issued a statement calling the test “a clear violation of its resolutions.”",
     [("partial", "The council", "calling", "the test “a clear violation of its resolutions.”")]),
    # a relative pronoun is where the speaker speaks (its antecedent gives the actor)
    ("The mayor, who said the plan “will fail,” voted against it.",
     [("partial", "who", "said", "the plan “will fail,”")]),
    # a quote inside a reported clause is the reporter's source's words
    ("The senator said most voters have come to believe “that the system is broken.”",
     [("partial", "The senator", "said", "most voters have come to believe “that the system is broken.”"),
      ("direct", "most voters", "believe", "that the system is broken.")]),
]

# speakers the parse misplaces: a description between commas taken for what is said, a cue at the end of
# a chain of actions, a cue inside an idiom
SPEAKERS = [
    ("Mr. Lee, whose firm helps stores that sell clothing find new suppliers, said the shortage would ease.",
     [("indirect", "Mr. Lee", "said", "the shortage would ease")]),
    ("Mr. Park, whose lawyers argue the rules are unfair, said he would appeal.",
     [("indirect", "Mr. Park", "said", "he would appeal")]),
    # a relative clause that is itself a cue keeps its quote
    ("Jane Roe, who says the plant poisoned her well, said she would sue.",
     [("indirect", "who", "says", "the plant poisoned her well"), ("indirect", "Jane Roe", "said", "she would sue")]),
    ("The senator gestured, then leaned in and boomed, “We are not done yet.”",
     [("direct", "The senator", "boomed", "We are not done yet.")]),
    ("The coach paused, then smiled and whispered, “We will win this.”",
     [("direct", "The coach", "whispered", "We will win this.")]),
    ("The mayor went so far as to say the council had lied to voters.",
     [("indirect", "The mayor", "say", "the council had lied to voters")]),
    ("The governor went so far as to say that the tax was illegal.",
     [("indirect", "The governor", "say", "the tax was illegal")]),
]

NOT_QUOTES = [
    "She watched “The Last Emperor,” a film about China, twice.",
    "The two countries declared a “no holds barred” partnership.",
    "She watched “The Last Emperor” twice last week.",
    "The band played “Born in the USA” at the rally.",
    "'No limits' Beijing and Moscow declared a “no holds barred” partnership.",
    "The so-called “peace plan” was never published.",
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes_in_every_style(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), STRUCTURES)
def test_split_continued_and_introduced_quotes(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_partial_and_indirect_speech_and_sources(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers_the_parse_misplaces(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_scare_quotes_and_titles_are_no_quotes(nlp, text):
    assert quotes(nlp, text) == []


def test_spans_point_into_the_text(nlp):
    text = "“We will not back down,” the minister said."
    [quote] = find_quotes(text, nlp(text), [])
    assert text[quote.start:quote.end] == quote.content == "We will not back down"
    assert text[slice(*quote.speaker_span)] == "the minister"
    assert text[slice(*quote.cue_span)] == "said"
    assert quote.parts is None and quote.cue_class == "speech"


def test_a_split_quote_lists_its_parts(nlp):
    text = "“The border is closed,” the general said, “and it will stay closed.”"
    [quote] = find_quotes(text, nlp(text), [])
    assert [text[a:b] for a, b in quote.parts] == ["The border is closed,", "and it will stay closed."]
    assert quote.content == text[quote.start:quote.end] == text[1:-1]


def test_the_speaker_is_the_actor_a_linked_mention_names(nlp):
    text = "Yuri Ushakov spoke after the call. “The talks went well,” he said."
    ushakov = Actor("a1", "Yuri Ushakov", "person", "RUS", "GOV", None, ((0, 12), (58, 60)))
    [quote] = find_quotes(text, nlp(text), [ushakov])
    assert (quote.speaker, quote.speaker_text) == ("a1", "he")


def test_a_spokesman_speaks_for_the_organisation_when_he_is_no_actor(nlp):
    text = "“The plant is safe,” a spokesman for the ministry said."
    ministry = Actor("a1", "the ministry", "organization", None, "GOV", None, ((37, 49),))
    [quote] = find_quotes(text, nlp(text), [ministry])
    assert (quote.speaker, quote.speaker_text) == ("a1", "a spokesman for the ministry")


def test_a_relative_pronoun_speaks_for_the_actor_it_stands_for(nlp):
    text = "The mayor, who said the plan “will fail,” voted against it."
    mayor = Actor("a1", "the mayor", "person", None, "GOV", None, ((0, 9),))
    [quote] = find_quotes(text, nlp(text), [mayor])
    assert (quote.speaker, quote.speaker_text) == ("a1", "who")


def test_no_actor_no_speaker_id(nlp):
    text = "“The plant is safe,” a spokesman said."
    [quote] = find_quotes(text, nlp(text), [])
    assert (quote.speaker, quote.speaker_text) == (None, "a spokesman")


def test_empty_text_has_no_quotes(nlp):
    assert find_quotes("", nlp(""), []) == ()


@pytest.mark.parametrize("text", [t for t, _ in DIRECT + STRUCTURES + REPORTED + SPEAKERS])
def test_every_span_is_the_words_it_names(nlp, text):
    for quote in find_quotes(text, nlp(text), []):
        assert text[quote.start:quote.end] == quote.content
        for start, end in (quote.parts or ()) + tuple(s for s in (quote.speaker_span, quote.cue_span) if s):
            assert 0 <= start < end <= len(text)
        assert quote.speaker_text is None or text[slice(*quote.speaker_span)] == quote.speaker_text
