"""tidings: news articles in, event data out — who did what to whom, when and where, and who said so.

    >>> import tidings
    >>> record = tidings.extract("Xi Jinping met Vladimir Putin in Beijing on Tuesday.", published="2024-02-09")
    >>> record.to_dict()["schema"]
    'tidings.extraction/1'
"""

from __future__ import annotations

from tidings.errors import ConfigError, InputError, StageFailed, TidingsError
from tidings.pipeline import Pipeline
from tidings.records import (
    SCHEMA,
    Actor,
    Article,
    Claim,
    Entity,
    Event,
    EventPlace,
    Extraction,
    Failure,
    Place,
    Quote,
    Removed,
    Time,
)
from tidings.sources import Input
from tidings.sources.base import article_id, normalise_date
from tidings.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "SCHEMA", "Actor", "Article", "Claim", "ConfigError", "Entity", "Event", "EventPlace", "Extraction",
    "Failure", "Input", "InputError", "Pipeline", "Place", "Quote", "Removed", "StageFailed", "Store",
    "TidingsError", "Time", "extract", "open_store",
]

_PIPELINES: dict[str | None, Pipeline] = {}


def extract(text: str, *, published: str | None = None, id: str | None = None, title: str | None = None,
            url: str | None = None, source: str | None = None, model: str | None = None) -> Extraction:
    """The extraction record of one article body `text` published on `published` (ISO date)."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("<text>", "no article text")
    date = normalise_date(published) if published is not None else None
    if published is not None and date is None:
        raise InputError("<text>", f"unreadable publication date {published!r}: expected YYYY-MM-DD")
    article = Article(id=id or article_id(text.encode("utf-8")), url=url, title=title, source=source,
                      published=date)
    warnings = () if date else ("no publication date: relative dates left unresolved",)
    pipeline = _PIPELINES.setdefault(model, Pipeline(model=model))
    return pipeline.extract(Input("<text>", article, text, warnings=warnings))
