"""The shipped JSON Schema holds for real output: the seed and every bundled sample."""

import pytest

from tests.conftest import SAMPLES, SEED
from tests.test_records import full_record
from tidings.schema import schema_errors
from tidings.sources import read


def sample_paths() -> list[str]:
    return [str(SEED), *(str(p) for p in sorted(SAMPLES.rglob("*")) if p.suffix in (".txt", ".jsonl", ".html"))]


@pytest.mark.parametrize("path", sample_paths())
def test_real_output_validates(pipeline, path):
    results = list(pipeline.run(read([path])))
    assert results
    for origin, record in results:
        assert schema_errors(record) == [], origin


def test_a_hand_built_full_record_validates():
    assert schema_errors(full_record()) == []


@pytest.mark.parametrize(("change", "error"), [
    (lambda d: d.update(schema="tidings.extraction/2"), "schema: 'tidings.extraction/1' was expected"),
    (lambda d: d["events"][0].update(quad_class=5), "events/0/quad_class: 5 is not one of [1, 2, 3, 4]"),
    (lambda d: d["actors"][0].update(country="China"), "actors/0/country: 'China' does not match '^[A-Z]{3}$'"),
    (lambda d: d["removed"][0].update(reason="junk"), "removed/0/reason: 'junk' is not one of"),
    (lambda d: d["times"][0].update(end=999), "times/0: span [37, 999) outside the text"),
    (lambda d: d["entities"][0].update(text="Xi"), "entities/0: text[0:10] is 'Xi Jinping', not 'Xi'"),
])
def test_broken_records_are_reported(change, error):
    data = full_record().to_dict()
    change(data)
    [found] = schema_errors(data)
    assert found.startswith(error)
