"""Quotes that go on past their attribution, and cues set in the middle of the reported sentence:
short sentences written for these tests, each with the exact quotes expected."""

import pytest

from tidings.quotes import find_quotes


def quotes(nlp, text: str) -> list[tuple]:
    return [(q.kind, q.speaker_text, q.cue, q.content) for q in find_quotes(text, nlp(text), [])]


# The speaker's next sentence goes on in the speaker's words, whatever finishes the frame's own
# sentence first: an adjunct, a show's title, a relative clause about the speaker.
NEXT_SENTENCE = [
    ("“The harvest was poor,” Ana Silva, the co-op's former treasurer, said of the last three years. "
     "“We sold the tractor. Then we sold the land.”",
     [("direct", "Ana Silva, the co-op's former treasurer", "said",
       "The harvest was poor,” Ana Silva, the co-op's former treasurer, said of the last three years. "
       "“We sold the tractor. Then we sold the land.")]),
    ("“He had it coming,” the driver, Jim Boyd, told the radio show “Morning Call” after the crash, which was "
     "filmed by a passer-by. “Next time I will not stop.”",
     [("direct", "the driver, Jim Boyd", "told",
       "He had it coming,” the driver, Jim Boyd, told the radio show “Morning Call” after the crash, which was "
       "filmed by a passer-by. “Next time I will not stop.")]),
    ("“Sales are up a little,” said Mr. Okafor, who noted that prices had “collapsed” during the strike. "
     "“Things are moving the right way.”",
     [("direct", "Mr. Okafor", "said",
       "Sales are up a little,” said Mr. Okafor, who noted that prices had “collapsed” during the strike. "
       "“Things are moving the right way."),
      ("indirect", "who", "noted", "prices had “collapsed” during the strike")]),
    ("“Rents are too high,” the tenant said on the show “Open House.” “Nobody here can pay them.”",
     [("direct", "the tenant", "said",
       "Rents are too high,” the tenant said on the show “Open House.” “Nobody here can pay them.")]),
    # typewriter doubles, as in some archives
    ("''Our roads are falling apart,'' Mr. Hale said. ''The bridges are next, and that is my job.'' "
     "He said, twice, that he would win.",
     [("direct", "Mr. Hale", "said",
       "Our roads are falling apart,'' Mr. Hale said. ''The bridges are next, and that is my job."),
      ("indirect", "He", "said", "he would win")]),
    # a sentence of the writer's own after the continued quote is left out
    ("“Rents are too high,” the tenant said. “Nobody here can pay them.” She said she would move in the spring.",
     [("direct", "the tenant", "said", "Rents are too high,” the tenant said. “Nobody here can pay them."),
      ("indirect", "She", "said", "she would move in the spring")]),
    # a split quote whose frame names whom the speaker told, and when
    ("The ''anger is like I've never seen before,'' he told Ann Lee of the Herald after the debate, "
     "''and I hope we can fix it.''",
     [("partial", "he", "told", "The ''anger is like I've never seen before,'' he told Ann Lee of the Herald after the "
       "debate, ''and I hope we can fix it.")]),
    # ... and so is a sentence of the writer's between the frame and the next passage
    ("“We won,” the coach said after the game. The crowd cheered. “It was a great night for the town.”",
     [("direct", "the coach", "said", "We won"), ("direct", None, None, "It was a great night for the town.")]),
]

# A quote paragraph after someone's partial quote is that speaker's own, a direct quote of its own.
NEXT_PARAGRAPH = [
    ("Mr. Lane told the rally, saying the judge would “abolish the right to appeal.”\n\n"
     "“If she gets to pick the judges, there is nothing you can do, folks.”",
     [("partial", "Mr. Lane", "saying", "the judge would “abolish the right to appeal.”"),
      ("direct", "Mr. Lane", "saying", "If she gets to pick the judges, there is nothing you can do, folks.")]),
    ("“The water came at night,” the farmer said.\n\n“By morning the village was gone.”",
     [("direct", "the farmer", "said",
       "The water came at night,” the farmer said.\n\n“By morning the village was gone.")]),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_PARAGRAPH)
def test_the_speakers_next_paragraph(nlp, text, expected):
    assert quotes(nlp, text) == expected


# ", she said," inside the sentence it reports: all of the sentence but the frame is what was said.
PARENTHETICAL = [
    ("The trouble with the new tax, she said, is that “it does not reach the largest firms.”",
     [("partial", "she", "said",
       "The trouble with the new tax, she said, is that “it does not reach the largest firms.”")]),
    ("That is why, he added, voters keep hearing “the same old promises.”",
     [("partial", "he", "added", "That is why, he added, voters keep hearing “the same old promises.”")]),
    ("The mayor, Smith said, has built a “strange and lonely world of his own.”",
     [("partial", "Smith", "said", "The mayor, Smith said, has built a “strange and lonely world of his own.”")]),
    ("The trouble with the new tax, she said, is that it does not reach the largest firms.",
     [("indirect", "she", "said",
       "The trouble with the new tax, she said, is that it does not reach the largest firms")]),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_SENTENCE)
def test_the_speakers_next_sentence_goes_on(nlp, text, expected):
    assert quotes(nlp, text) == expected


def test_a_title_in_the_frame_is_no_part_of_the_quote(nlp):
    text = "“He had it coming,” the driver told the radio show “Morning Call” after the crash. “I will not stop.”"
    [quote] = find_quotes(text, nlp(text), [])
    assert [text[a:b] for a, b in quote.parts] == ["He had it coming,", "I will not stop."]


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL)
def test_a_cue_inside_the_sentence_reports_all_of_it(nlp, text, expected):
    assert quotes(nlp, text) == expected


def test_a_parenthetical_cue_is_left_out_of_the_parts(nlp):
    text = "The trouble with the new tax, she said, is that it does not reach the largest firms."
    [quote] = find_quotes(text, nlp(text), [])
    assert [text[a:b] for a, b in quote.parts] == ["The trouble with the new tax",
                                                   "is that it does not reach the largest firms"]


# "said that A, and that B": both clauses, even when a closing mark after A misleads the parse.
CONJOINED = [
    ("Mr. Lee said that their father “could be harsh,” and that his brother had struggled with the criticism.",
     [("partial", "Mr. Lee", "said",
       "their father “could be harsh,” and that his brother had struggled with the criticism")]),
    ("Mr. Lee said that their father “could be harsh,” and left the room.",
     [("partial", "Mr. Lee", "said", "their father “could be harsh,”")]),
]


@pytest.mark.parametrize(("text", "expected"), CONJOINED)
def test_conjoined_that_clauses(nlp, text, expected):
    assert quotes(nlp, text) == expected
