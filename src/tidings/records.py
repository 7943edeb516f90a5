"""The extraction record (`tidings.extraction/1`, ../CONTRACT.md) as frozen dataclasses.

Every part of tidings speaks this record: the pipeline builds it, the store keeps it, the CLI, the
API and the exporters print it. `to_dict()` gives the JSON-ready form of the contract and
`from_dict()` reads it back; the two round-trip exactly.

Conventions: offsets are Python string indices into `Extraction.text`, end exclusive; spans are
`(start, end)` tuples (lists in JSON); `None` is unknown, never an empty string.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

SCHEMA = "tidings.extraction/1"

Span = tuple[int, int]

RemovedReason = Literal[
    "caption", "credit", "heading", "byline", "dateline", "footer", "navigation", "metadata",
    "advertisement",
]
ActorKind = Literal["person", "organization", "country", "group"]
QuoteKind = Literal["direct", "partial", "indirect"]
Modality = Literal["asserted", "negated", "future", "hypothetical"]
DateBasis = Literal["text", "context", "published"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Article:
    id: str                          # sha256 of the raw bytes, or the id the input gave
    url: str | None = None
    title: str | None = None
    source: str | None = None        # the publisher or site ("HKFP", "reuters.com")
    published: str | None = None     # ISO date, at the precision known
    dateline: str | None = None      # "Moscow, Russia"
    language: str | None = "en"
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    text: str                        # the piece of the input body left out of `text`
    reason: RemovedReason
    at: int | None = None            # where in `text` it stood (an offset), to show it in place
    rule: str | None = None          # the id of the cleaning rule that removed it


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str                       # the model's label: PERSON, ORG, GPE, NORP, DATE, ...


@dataclass(frozen=True, slots=True)
class Actor:
    id: str                          # "a1", unique in the record
    name: str                        # the fullest name the article gives
    kind: ActorKind
    country: str | None              # ISO 3166-1 alpha-3, or a CAMEO group code (WST, EUR, ...)
    role: str | None                 # CAMEO actor type: GOV, MIL, MED, ...
    organization: str | None = None  # CAMEO code of an international organisation (NATO, UNO, ...)
    mentions: tuple[Span, ...] = ()
    code: str | None = None          # the CAMEO actor code these make, e.g. "CHNGOV"
    basis: str | None = None         # what coded it: a table line, a title, a demonym ...


@dataclass(frozen=True, slots=True)
class Quote:
    start: int                       # text[start:end] is the quoted content
    end: int
    content: str
    speaker: str | None              # an Actor id; None when the text names no one, never a guess
    speaker_text: str | None         # "Kremlin adviser Yuri Ushakov"
    cue: str | None                  # "said", "told", "according to"
    kind: QuoteKind
    speaker_span: Span | None = None
    cue_span: Span | None = None
    parts: tuple[Span, ...] | None = None  # the pieces of a split quote ("A," he said, "B"), which
    #                                  start/end enclose; None when the quote is one piece
    cue_class: str | None = None     # speech, act, document, belief, intent, source, label (quotes/data/README.md)


@dataclass(frozen=True, slots=True)
class EventPlace:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Event:
    id: str                          # "e1", unique in the record
    source: str | None               # Actor ids
    target: str | None
    code: str                        # CAMEO event code, "112"
    root: str                        # its first two digits, "11"
    name: str                        # the code's name in the CAMEO codebook
    goldstein: float
    quad_class: int                  # 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
    plover: str | None
    mode: str | None
    modality: Modality
    date: str | None
    date_text: str | None
    date_basis: DateBasis | None
    place: EventPlace | None
    sentence: Span
    trigger: Span
    reported_by: str | None          # an Actor id
    pattern: str                     # the id of the rule or model that produced the event
    confidence: float


@dataclass(frozen=True, slots=True)
class Time:
    start: int
    end: int
    text: str
    type: TimeType
    value: str | None                # TIMEX3 value: 2024-02-08, 2023-10, P2Y, PRESENT_REF, ...


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None = None       # GeoNames feature code: PPLC, ADM1, PCLI, ST (a street), ...
    form: str = "name"               # "name", or "demonym" for "Russian", "Ohioans" (the place's people)


@dataclass(frozen=True, slots=True)
class Claim:
    start: int
    end: int
    text: str                        # the number with its unit, "$240.1 billion in 2023"
    value: float | None
    unit: str | None                 # ISO currency code, "percent", "people", "barrels", ...
    period: str | None               # TIMEX3 date value of what the number covers
    subject: str | None              # "Trade between the two countries"
    source_text: str | None          # "Chinese customs data"
    qualifier: str | None = None     # "nearly", "more than", "about" ...
    change: str | None = None        # "increase" or "decrease" when the number is a change ("rose 5%")
    event: str | None = None         # what befell the people counted: "killed", "injured", "displaced", ...


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    text: str
    removed: tuple[Removed, ...] = ()
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    times: tuple[Time, ...] = ()
    places: tuple[Place, ...] = ()
    claims: tuple[Claim, ...] = ()
    warnings: tuple[str, ...] = ()
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The record as the contract's JSON object (plain dicts, lists, str, numbers, None)."""
        out = {"schema": self.schema}
        out.update(_dump(self))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """The record from its JSON object; unknown fields are ignored, missing lists are empty."""
        return _load(cls, data)


# --- generic (de)serialisation over the dataclasses above --------------------------------------

T = TypeVar("T")
_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def _load(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        return _load(options[0], data) if len(options) == 1 else data
    if origin is Literal:
        return data
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], v) for v in data)
        return tuple(_load(a, v) for a, v in zip(args, data, strict=True))
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                kwargs[f.name] = None
        return tp(**kwargs)
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    return data


def empty_record(article: Article, text: str = "", *, warnings: tuple[str, ...] = ()) -> Extraction:
    """A record with no results: what `extract` prints for an input that could not be read."""
    return Extraction(article=article, text=text, warnings=warnings)




@dataclass(frozen=True, slots=True)
class Failure:
    """An input or article that yielded no record: what, where, and at which step."""

    origin: str                      # the input: a path, `path:line`, `<stdin>:line`
    problem: str                     # one line: what is wrong and, where it helps, what to do
    article_id: str | None = None
    stage: str | None = None         # None when the input could not be read at all

    def line(self) -> str:
        """The one-line message printed for this failure."""
        where = f" [stage {self.stage}, article {self.article_id}]" if self.stage else ""
        return f"{self.origin}: {self.problem}{where}"


__all__ = [
    "SCHEMA", "Actor", "Article", "Claim", "Entity", "Event", "EventPlace", "Extraction", "Failure", "Place",
    "Quote", "Removed", "Span", "Time", "empty_record",
]
