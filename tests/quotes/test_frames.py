"""Frames that name a speaker without a verb of saying: a clause or a name ended by a colon right
before the quote. Short sentences written for these tests, each with the exact quotes expected."""

import pytest

from tidings.quotes import find_quotes


def quotes(nlp, text: str) -> list[tuple]:
    return [(q.kind, q.speaker_text, q.cue, q.content) for q in find_quotes(text, nlp(text), [])]


COLON_CLAUSES = [
    ("And Ms. Okafor gloated: “I told you he would not be ready.”",
     [("direct", "Ms. Okafor", "gloated", "I told you he would not be ready.")]),
    ("Mr. Reyes took a stance common among farmers: “I am against it in my personal life.”",
     [("direct", "Mr. Reyes", "took", "I am against it in my personal life.")]),
    # a newsletter's headline, a dash, then the authors
    ("WHY THE POLLS MISSED - Ann Blum and Jon Cole: “Although the polls failed, they were not wrong.”",
     [("direct", "Ann Blum and Jon Cole", ":", "Although the polls failed, they were not wrong.")]),
    ("Online polls of minority opinion are weak - Pew Research: “All the samples include more engaged people.”",
     [("direct", "Pew Research", ":", "All the samples include more engaged people.")]),
    # no person or organisation before the colon: the quote keeps no speaker
    ("The rules are simple: “Nobody leaves the hall before noon.”",
     [("direct", None, None, "Nobody leaves the hall before noon.")]),
    ("The sign on the door: “Nobody leaves the hall before noon.”",
     [("direct", None, None, "Nobody leaves the hall before noon.")]),
]


# The speech verb before its speaker ("said X" inversions), which the parse often takes for a name.
INVERTED = [
    ("Continued Mr. Stone: “So I think it is a very real problem for the country.”",
     [("direct", "Mr. Stone", "Continued", "So I think it is a very real problem for the country.")]),
    ("Wrote the editors: “We will not endorse anyone this year.”",
     [("direct", "the editors", "Wrote", "We will not endorse anyone this year.")]),
    ("Said Ellis: “We will win this one.”", [("direct", "Ellis", "Said", "We will win this one.")]),
    ("Related Stories: “We will win this time around.”",
     [("direct", None, None, "We will win this time around.")]),
]

# "said in a statement that ...": the parse hangs the clause on the noun; it is still what was said.
ON_ADJUNCT = [
    ("Ms. Park's campaign said in a statement that “Ann Park won't be bullied” or “distracted by his attacks.”",
     [("partial", "Ms. Park's campaign", "said", "“Ann Park won't be bullied” or “distracted by his attacks.”")]),
    ("The union said in a letter that the plant would close in May.",
     [("indirect", "The union", "said", "that the plant would close in May")]),
    ("The mayor said in an interview that aired on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_a_cue_before_its_speaker(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), ON_ADJUNCT)
def test_a_clause_hung_on_the_cues_adjunct(nlp, text, expected):
    assert quotes(nlp, text) == expected


# A speaker described between commas, however the parse hangs the description.
APPOSED = [
    ("''I had lunch with Mr. Park. He will see you at the dinner,'' Ann Lee, then working for the mayor, "
     "wrote in an email to Ms. Ford.",
     [("direct", "Ann Lee", "wrote", "I had lunch with Mr. Park. He will see you at the dinner")]),
    ("“We are ready,” the report, which was written in March, said.",
     [("direct", "the report", "said", "We are ready")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_a_speaker_described_between_commas(nlp, text, expected):
    assert quotes(nlp, text) == expected


# Sources named as possessives: "in the mayor's words", "in his view".
POSSESSIVE_SOURCES = [
    ("The ban was, in the mayor's words, a “blunt tool for a delicate job.”",
     [("partial", "the mayor's", "in the mayor's words",
       "The ban was, in the mayor's words, a “blunt tool for a delicate job.”")]),
    ("In his view, the plan would fail.", [("indirect", "his", "In his view", "the plan would fail")]),
    ("In other words, the plan would fail.", []),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_SOURCES)
def test_a_source_named_as_a_possessive(nlp, text, expected):
    assert quotes(nlp, text) == expected


# "called X “Y”" however the parse reads the two objects.
NAMED_AS = [
    ("He has also called the senator “the next Abraham Lincoln” in his speeches.",
     [("partial", "He", "called", "the senator “the next Abraham Lincoln”")]),
    ("The mayor later called her “third-rate” and left.",
     [("indirect", "The mayor", "called", "her “third-rate”")]),
    ("He called protesters “illegals” and “thugs” without proof.",
     [("partial", "He", "called", "protesters “illegals” and “thugs”")]),
    ("He called her at home, and she said “no.”", [("direct", "she", "said", "no.")]),
    ("Ms. Lee celebrated with supporters, declaring it “another super Tuesday for our campaign” and left.",
     [("partial", "Ms. Lee", "declaring", "it “another super Tuesday for our campaign”")]),
    ("The mayor introduced him as “a fighter for families” and a friend.",
     [("partial", "The mayor", "introduced", "“a fighter for families” and a friend")]),
    ("The mayor introduced a new bill on Monday.", []),
    ("The two towns declared a “no holds barred” contest.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AS)
def test_called_x_y(nlp, text, expected):
    assert quotes(nlp, text) == expected


# Cues beyond "say": idioms ("put it"), manners of speaking, what signs and notes "read".
CUES = [
    ("As Mr. Ridge, a former governor, put it, “The barbarians are no longer at the gate.”",
     [("direct", "Mr. Ridge, a former governor", "put it", "The barbarians are no longer at the gate.")]),
    ("He put it on the table.", []),
    ("Mr. Lane referred to the mayor as “the most valuable player” for the other side.",
     [("partial", "Mr. Lane", "referred", "“the most valuable player” for the other side")]),
    ("“Cheaper bread for everyone!” the sign read.",
     [("direct", "the sign", "read", "Cheaper bread for everyone!")]),
    ("She then boomed, “Today, you proved once again that this is home.”",
     [("direct", "She", "boomed", "Today, you proved once again that this is home.")]),
    ("Mr. Park expressed a deep regret for “my failure to reduce the anger in our politics.”",
     [("partial", "Mr. Park", "expressed", "a deep regret for “my failure to reduce the anger in our politics.”")]),
    # a verb in the speaker's description is no clause of its own
    ("“Very good reporter, this guy,” Mr. Lane, the frontrunner in the state after winning the primary in "
     "March, said when a reporter asked him a question.",
     [("direct", "Mr. Lane, the frontrunner in the state after winning the primary in March", "said",
       "Very good reporter, this guy")]),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_cues_beyond_say(nlp, text, expected):
    assert quotes(nlp, text) == expected


def test_a_cue_with_its_particle_spans_both_words(nlp):
    text = "As Mr. Ridge put it, “The barbarians are no longer at the gate.”"
    [quote] = find_quotes(text, nlp(text), [])
    assert text[slice(*quote.cue_span)] == quote.cue == "put it"


@pytest.mark.parametrize(("text", "expected"), COLON_CLAUSES)
def test_a_clause_ended_by_a_colon_names_the_speaker(nlp, text, expected):
    assert quotes(nlp, text) == expected
