"""The per-article pipeline: clean, parse, then the ordered stages, each adding one field.

It is pure per article, so the CLI, the tests, a process pool and a cluster all run it the same
way. Cleaning runs before the parse so that boilerplate is never parsed; the parse runs in
batches (`nlp.pipe`), the stages article by article. A stage that raises on one article turns into
a `Failure` for that article (or `StageFailed` with `strict=True`); the others go on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

from spacy.tokens import Doc

from tidings import nlp
from tidings.actors import find_actors
from tidings.actors.dictionaries import load_lexicon
from tidings.claims import find_claims
from tidings.clean import clean_body
from tidings.errors import ConfigError, StageFailed
from tidings.events import find_events
from tidings.events.participants import with_place_countries
from tidings.places import find_places, place_events
from tidings.quotes import find_quotes
from tidings.records import Article, Entity, Extraction, Failure, Removed
from tidings.sources import Input
from tidings.times import date_events, find_times


@dataclass(slots=True)
class Draft:
    """The record while it grows: what the stages read and write."""

    origin: str
    article: Article
    text: str
    removed: tuple[Removed, ...]
    warnings: list[str]
    doc: Doc | None = None
    entities: tuple = ()
    actors: tuple = ()
    quotes: tuple = ()
    events: tuple = ()
    times: tuple = ()
    places: tuple = ()
    claims: tuple = ()

    def record(self) -> Extraction:
        return Extraction(
            article=self.article, text=self.text, removed=self.removed, entities=self.entities,
            actors=self.actors, quotes=self.quotes, events=self.events, times=self.times,
            places=self.places, claims=self.claims, warnings=tuple(self.warnings),
        )


@dataclass(frozen=True, slots=True)
class Stage:
    """One step after the parse: `run(draft)` returns the new value of `draft.<field>`."""

    name: str
    field: str
    run: Callable[[Draft], Any]


def find_entities(doc: Doc) -> tuple[Entity, ...]:
    """The model's named entities as record entities."""
    return tuple(Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents)


STAGES: tuple[Stage, ...] = (
    Stage("entities", "entities", lambda d: find_entities(d.doc)),
    Stage("actors", "actors", lambda d: find_actors(d.text, d.doc, published=d.article.published,
                                                    dateline=d.article.dateline)),
    Stage("times", "times", lambda d: find_times(d.text, d.doc, published=d.article.published)),
    Stage("places", "places", lambda d: find_places(d.text, d.doc, d.actors, dateline=d.article.dateline)),
    Stage("quotes", "quotes", lambda d: find_quotes(d.text, d.doc, d.actors)),
    Stage("event_actors", "actors", lambda d: with_place_countries(d.actors, d.places, d.doc)),
    Stage("events", "events",
          lambda d: find_events(d.text, d.doc, d.actors, d.quotes, published=d.article.published,
                                places=d.places)),
    Stage("event_dates", "events",
          lambda d: date_events(d.events, d.doc, d.times, published=d.article.published, text=d.text)),
    Stage("event_places", "events", lambda d: place_events(d.events, d.doc, d.places, d.actors)),
    Stage("claims", "claims",
          lambda d: find_claims(d.text, d.doc, d.times, d.actors, published=d.article.published, quotes=d.quotes)),
)



def actors_stage(dictionaries: tuple[str, ...]) -> Stage:
    """The actors stage with users' dictionaries on top of the built-in tables."""
    return Stage("actors", "actors", lambda d: find_actors(d.text, d.doc, published=d.article.published,
                                                           dateline=d.article.dateline, dictionaries=dictionaries))


Outcome = tuple[str, Extraction | Failure]


def _chunk(iterator: Iterator[Any], size: int, ready: Callable[[], bool] | None) -> list[Any]:
    if ready is None:
        return list(islice(iterator, size))
    chunk: list[Any] = []
    for item in iterator:
        chunk.append(item)
        if len(chunk) >= size or not ready():
            break
    return chunk


@dataclass
class Pipeline:
    """Articles in, extraction records out. `timings` adds up seconds per step over every run."""

    model: str | None = None
    batch_size: int = 32
    strict: bool = False
    stages: Sequence[Stage] = STAGES
    timings: dict[str, float] = field(default_factory=dict)
    actor_dictionaries: Sequence[str] = ()   # users' actor dictionaries (PETRARCH text or CSV), over the built-in

    def __post_init__(self) -> None:
        if self.actor_dictionaries:
            paths = tuple(str(p) for p in self.actor_dictionaries)
            load_lexicon(paths)  # a dictionary that cannot be read is a set-up error, before any article
            self.stages = tuple(actors_stage(paths) if s.name == "actors" else s for s in self.stages)

    def extract(self, item: Input) -> Extraction:
        """The record of one input; raises StageFailed when a stage crashes."""
        nlp.load_model(self.model)
        [(_, result)] = self._run_chunk([item], strict=True)
        return result  # type: ignore[return-value]  # strict: a failure raised instead

    def run(self, items: Iterable[Input | Failure], *, ready: Callable[[], bool] | None = None) -> Iterator[Outcome]:
        """(origin, record or failure) for each item, in input order.

        Items are taken in chunks of `batch_size` for the parse; when `ready` is given (a pipe that
        another program drives), a chunk is cut short as soon as no further item is ready, so an
        answer never waits for input that has not been written yet.
        """
        nlp.load_model(self.model)  # a set-up error (no such model) surfaces before any article is read
        iterator = iter(items)
        while chunk := _chunk(iterator, self.batch_size, ready):
            yield from self._run_chunk(chunk, strict=self.strict)

    def _run_chunk(self, chunk: list[Input | Failure], *, strict: bool) -> list[Outcome]:
        drafts: list[Draft | Failure] = [
            item if isinstance(item, Failure)
            else self._guard("clean", item.origin, item.article.id, lambda item=item: self._clean(item), strict)
            for item in chunk
        ]
        docs = iter(self._parse([d for d in drafts if isinstance(d, Draft)], strict))
        out: list[Outcome] = []
        for item, draft in zip(chunk, drafts, strict=True):
            if isinstance(draft, Draft):
                doc = next(docs)
                if isinstance(doc, Failure):
                    draft = doc
                else:
                    draft.doc = doc
                    draft = self._stages(draft, strict)
            out.append((item.origin, draft.record() if isinstance(draft, Draft) else draft))
        return out

    def _clean(self, item: Input) -> Draft:
        cleaned = clean_body(item.body)
        article = item.article
        if cleaned.dateline and not article.dateline:
            article = replace(article, dateline=cleaned.dateline)
        warnings = list(item.warnings)
        if not cleaned.text.strip():
            warnings.append("no article text left after removing boilerplate")
        return Draft(item.origin, article, cleaned.text, item.removed + cleaned.removed, warnings)

    def _parse(self, drafts: list[Draft], strict: bool) -> list[Doc | Failure]:
        start = time.perf_counter()
        try:
            docs: list[Doc | Failure] = list(nlp.parse([d.text for d in drafts], model=self.model,
                                                       batch_size=self.batch_size))
        except ConfigError:
            raise
        except Exception:  # one bad text must not sink its batch: parse one by one
            docs = [self._guard("parse", d.origin, d.article.id,
                                lambda d=d: next(nlp.parse([d.text], model=self.model)), strict)
                    for d in drafts]
        self._tick("parse", start)
        return docs

    def _stages(self, draft: Draft, strict: bool) -> Draft | Failure:
        for stage in self.stages:
            result = self._guard(stage.name, draft.origin, draft.article.id, lambda s=stage: s.run(draft), strict)
            if isinstance(result, Failure):
                return result
            setattr(draft, stage.field, tuple(result))
        return draft

    def _guard(self, name: str, origin: str, article_id: str, step: Callable[[], Any], strict: bool) -> Any:
        start = time.perf_counter()
        try:
            return step()
        except ConfigError:
            raise
        except Exception as exc:  # tier 3: a crash on one article becomes that article's failure
            if strict:
                raise StageFailed(name, article_id, exc) from exc
            return Failure(origin, f"{type(exc).__name__}: {exc}", article_id, stage=name)
        finally:
            if name != "parse":
                self._tick(name, start)

    def _tick(self, name: str, start: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start
