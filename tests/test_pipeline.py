import pytest

from tidings.errors import StageFailed
from tidings.pipeline import STAGES, Pipeline, Stage
from tidings.records import Article, Extraction, Failure
from tidings.sources import Input

BODY = "Protesters marched in Nairobi on Monday, police said."


def item(i: int, body: str = BODY) -> Input:
    return Input(f"in:{i}", Article(id=f"id{i}", published="2024-02-09"), body)


def crash_on_second(draft):
    if draft.article.id == "id1":
        raise ValueError("boom")
    return ()


def test_a_stage_crash_fails_that_article_only():
    pipeline = Pipeline(stages=(*STAGES, Stage("crashy", "claims", crash_on_second)))
    results = list(pipeline.run([item(0), item(1), item(2)]))
    assert [type(r).__name__ for _, r in results] == ["Extraction", "Failure", "Extraction"]
    assert results[1][1] == Failure("in:1", "ValueError: boom", "id1", stage="crashy")


def test_strict_mode_raises_stage_failed_from_the_cause():
    pipeline = Pipeline(stages=(Stage("crashy", "claims", crash_on_second),), strict=True)
    with pytest.raises(StageFailed, match="stage 'crashy' failed on article id1") as info:
        list(pipeline.run([item(0), item(1)]))
    assert isinstance(info.value.__cause__, ValueError)


def test_output_keeps_input_order_across_batches():
    pipeline = Pipeline(batch_size=3)
    inputs = [item(i) if i % 4 else Failure(f"in:{i}", "empty file") for i in range(10)]
    assert [origin for origin, _ in pipeline.run(inputs)] == [f"in:{i}" for i in range(10)]


def test_entities_come_from_the_parse_of_the_cleaned_text(pipeline):
    record = pipeline.extract(item(0))
    assert isinstance(record, Extraction)
    assert [(e.text, e.label) for e in record.entities] == [("Nairobi", "GPE"), ("Monday", "DATE")]
    assert all(record.text[e.start:e.end] == e.text for e in record.entities)
    assert pipeline.timings["parse"] > 0
