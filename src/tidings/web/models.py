"""The API's shapes (pydantic): the event filters every event endpoint takes, the bodies it reads,
and the rows it answers with, so that /docs describes each field.

Empty strings count as absent (a form's empty field), so `?country=` filters nothing.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tidings.web.queries import EventFilter

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
COUNTRY = r"^[A-Za-z]{3}$"
MAX_TEXT = 200
MAX_PAGE = 500


class EventQuery(BaseModel):
    """Filters over events, as query parameters."""

    model_config = ConfigDict(extra="ignore")

    q: str | None = Field(None, max_length=MAX_TEXT, description="Full-text search over the events' articles.")
    publisher: str | None = Field(None, max_length=MAX_TEXT, description="The articles' source (publisher).")
    actor: str | None = Field(None, max_length=MAX_TEXT, description="Either side: part of a name (any case) or a "
                                                                     "CAMEO actor code (RUSGOV).")
    actor_id: str | None = Field(None, max_length=32, description="Either side: an actor id of one record "
                                                                  "(a1), with `article`.")
    article: str | None = Field(None, max_length=128, description="An article id.")
    country: str | None = Field(None, pattern=COUNTRY, description="Either side's country (ISO alpha-3 or CAMEO).")
    role: str | None = Field(None, pattern=r"^[A-Za-z]{3}$", description="Either side's CAMEO role: GOV, MIL, ...")
    source_country: str | None = Field(None, pattern=COUNTRY)
    target_country: str | None = Field(None, pattern=COUNTRY)
    country_a: str | None = Field(None, pattern=COUNTRY, description="A dyad in either direction, with country_b.")
    country_b: str | None = Field(None, pattern=COUNTRY)
    code: str | None = Field(None, pattern=r"^\d{2,4}$", description="CAMEO event code, exact (112).")
    root: str | None = Field(None, pattern=r"^\d{2}$", description="CAMEO root code (11).")
    quad_class: list[int] = Field(default_factory=list, description="1 verbal cooperation, 2 material cooperation, "
                                                                    "3 verbal conflict, 4 material conflict.")
    plover: str | None = Field(None, pattern=r"^[A-Za-z_]{1,32}$", description="PLOVER event type (ACCUSE).")
    modality: Literal["asserted", "negated", "future", "hypothetical"] | None = None
    date_from: str | None = Field(None, pattern=DATE, description="ISO date, at any precision (2024, 2024-02).")
    date_to: str | None = Field(None, pattern=DATE)
    min_confidence: float | None = Field(None, ge=0, le=1)

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_absent(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, list):
            return [v for v in value if not (isinstance(v, str) and not v.strip())]
        return value

    @field_validator("quad_class")
    @classmethod
    def _quads(cls, value: list[int]) -> list[int]:
        if any(v not in (1, 2, 3, 4) for v in value):
            raise ValueError("quad classes are 1, 2, 3 and 4")
        return value

    def filter(self) -> EventFilter:
        """The filter queries.py reads."""
        data = self.model_dump()
        data["quad_class"] = tuple(data["quad_class"])
        return EventFilter(**data)


class ArticleIn(BaseModel):
    """An article to extract: its body as `text`, or a whole web page as `html` (CONTRACT.md "Input records")."""

    id: str | None = Field(None, description="Kept as article.id; default: the sha256 of the request body.")
    text: str | None = None
    html: str | None = None
    published: str | None = Field(None, description="ISO date (`date` is accepted too).")
    title: str | None = None
    url: str | None = None
    source: str | None = None


class ArticleRow(BaseModel):
    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    dateline: str | None
    lead: str = Field(description="The first 280 characters of the text.")
    events: int
    actors: int
    quotes: int
    claims: int


class EventRow(BaseModel):
    article_id: str
    event_id: str
    date: str | None
    date_basis: str | None
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    modality: str
    confidence: float
    pattern: str
    source_id: str | None
    source_name: str | None
    source_country: str | None
    source_role: str | None
    source_code: str | None
    source_kind: str | None
    target_id: str | None
    target_name: str | None
    target_country: str | None
    target_role: str | None
    target_code: str | None
    target_kind: str | None
    place_name: str | None
    place_country: str | None
    place_lat: float | None
    place_lon: float | None
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    trigger: str | None
    sentence: str | None
    title: str | None
    published: str | None
    publisher: str | None


class ActorRow(BaseModel):
    name: str
    country: str | None
    role: str | None
    kind: str
    code: str | None
    articles: int
    events: int


class QuoteRow(BaseModel):
    article_id: str
    ord: int
    start: int
    end: int
    content: str
    kind: str
    cue: str | None
    speaker_id: str | None
    speaker_text: str | None
    speaker_name: str | None
    speaker_country: str | None
    speaker_role: str | None
    title: str | None
    published: str | None


class ClaimRow(BaseModel):
    article_id: str
    ord: int
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    period: str | None
    subject: str | None
    source_text: str | None
    qualifier: str | None
    title: str | None
    published: str | None


class Page(BaseModel):
    total: int = Field(description="How many match in all.")
    limit: int
    offset: int


class ArticlePage(Page):
    items: list[ArticleRow]


class EventPage(Page):
    items: list[EventRow]


class ActorPage(Page):
    items: list[ActorRow]


class QuotePage(Page):
    items: list[QuoteRow]


class ClaimPage(Page):
    items: list[ClaimRow]


class TimelinePoint(BaseModel):
    period: str = Field(description="2024-02-05 (day), 2024-W06 (ISO week), 2024-02 (month).")
    start: str = Field(description="The period's first day.")
    counts: dict[str, int] = Field(description="Events by quad class, \"1\" to \"4\".")
    total: int
    goldstein_mean: float | None


class Timeline(BaseModel):
    interval: Literal["day", "week", "month"]
    points: list[TimelinePoint]
    unplaced: int = Field(description="Matching events dated too coarsely (or not at all) for the interval.")


class Dyad(BaseModel):
    source: str
    target: str
    source_country: str | None = None
    target_country: str | None = None
    total: int
    counts: dict[str, int]
    goldstein_mean: float | None


class PlacePoint(BaseModel):
    name: str
    country: str | None
    lat: float
    lon: float
    total: int
    counts: dict[str, int]


class CountryCount(BaseModel):
    source: int
    target: int
    total: int
    numeric: str | None = Field(None, description="ISO 3166-1 numeric code (the world map's feature id).")
    name: str | None = None
