"""Any text, however its marks and numbers fall, gives quotes and claims whose spans are their words."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.claims import find_claims
from tidings.quotes import find_quotes

PIECES = ["“", "”", '"', "'", "‘", "’", "«", "»", "``", "''", "―", ":", ",", ".", "\n", "\n\n", "$", "€",
          "5", "1,000", "2.5", "bn", "m", "%", "said", "he", "told", "according to", "the minister", "people",
          "killed", "(", ")", "Smith", "SMITH:", "a", "million", "in 2023", "last year", "that", "per cent"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.lists(st.booleans(), min_size=40, max_size=40))
def test_any_text_gives_spans_that_are_their_words(nlp, pieces, spaces):
    text = "".join(p + (" " if s else "") for p, s in zip(pieces, spaces, strict=False))
    doc = nlp(text)
    quotes = find_quotes(text, doc, [])
    assert all(text[q.start:q.end] == q.content for q in quotes)
    claims = find_claims(text, doc, [], [], published="2024-02-09", quotes=quotes)
    assert all(text[c.start:c.end] == c.text for c in claims)
