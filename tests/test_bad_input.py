"""Property: whatever bytes or JSON lines come in, each input yields exactly one record or one failure."""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.records import Extraction, Failure
from tidings.sources import read

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)
articles = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=300), st.none(), st.integers())},
    optional={"id": st.one_of(st.text(max_size=10), st.integers()), "published": st.text(max_size=12),
              "date": st.sampled_from(["2024-02-09", "2024-02", "2024-13-01", "soon"]),
              "html": st.text(max_size=200), "title": json_values},
)
line = st.one_of(articles.map(json.dumps), json_values.map(json.dumps),
                 st.binary(max_size=200).map(lambda b: b.replace(b"\n", b" ").decode("latin-1")))


def outcomes(pipeline, path: Path):
    return list(pipeline.run(read([str(path)])))


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".dat", ".jsonl"]))
def test_random_bytes_give_one_outcome_per_article(pipeline_lenient, data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{suffix}"
        path.write_bytes(data)
        results = outcomes(pipeline_lenient, path)
    expected = len(data.split(b"\n")) - data.endswith(b"\n") if suffix == ".jsonl" else 1
    assert len(results) == max(expected, 0)
    assert all(isinstance(r, Extraction | Failure) for _, r in results)


@SETTINGS
@given(lines=st.lists(line, min_size=1, max_size=8))
def test_random_json_lines_give_one_outcome_per_line_in_order(pipeline_lenient, lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        results = outcomes(pipeline_lenient, path)
    assert [origin for origin, _ in results] == [f"{path}:{i}" for i in range(1, len(lines) + 1)]
    for (_, result), raw in zip(results, lines, strict=True):
        if isinstance(result, Extraction):
            data = json.loads(raw)
            assert isinstance(data, dict) and (data.get("text") or data.get("html"))
