"""find_actors on text no one wrote as news: it never raises, and every mention lies inside the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from tidings.actors import find_actors

WORDS = st.sampled_from(["Putin", "the", "Kremlin", "said", "Beijing", "in", "he", "US", "-", "backed", "'s",
                         "president", "of", "Russia", "troops", ",", ".", "\n\n", "former", "they", "Mr.", "UN",
                         "“", "”", "Chinese", "leader", "opposition", "lawmakers", "Xi", "and", "ﬁ", "🙂"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join)),
       st.sampled_from([None, "2024-02-09", "2024", "not a date"]))
def test_any_text_gives_actors_with_mentions_inside_it(nlp, text, published):
    for actor in find_actors(text, nlp(text), published=published):
        assert actor.mentions
        assert all(0 <= start < end <= len(text) for start, end in actor.mentions)


def test_an_empty_text_has_no_actors(nlp):
    assert find_actors("", nlp(""), published="2024-02-09") == ()


def test_a_lone_possessive_taken_for_a_name_makes_no_actor(nlp):
    # the model tags "'S" after a title as a PERSON; trimming the possessive leaves no name
    text = "Mr.'S"
    assert find_actors(text, nlp(text), published=None) == ()


def test_an_entity_running_out_of_a_headline_still_reads_the_headline(nlp):
    # the model's entity may run from a headline over the line break after it; the headline takes the
    # entities of its sentence-cased copy (headlines.reparsed_headlines), the rest of such an entity stays one
    text = "POLICE ARREST 30 PROTESTERS IN MOSCOW.\nOfficials confirmed the arrests on Sunday."
    doc = nlp(text)
    brk = next(t.i for t in doc if t.is_space)
    doc.ents = [Span(doc, brk - 1, brk + 2, label="WORK_OF_ART")]
    assert [(a.name, a.country, a.role) for a in find_actors(text, doc, published=None)] == [
        ("POLICE", "RUS", "COP"), ("PROTESTERS", "RUS", "OPP"), ("Officials", None, "GOV")]
