"""Records written for the web tests: short articles with actors, events, quotes, claims, times and
places coded by hand, so that the views and statistics have every part of the contract to show
(the samples' pipeline records carry text, removed pieces and entities until the other stages land).

Offsets are found in the text by `span`, so they are right by construction.
"""

from __future__ import annotations

from tidings.records import Actor, Article, Claim, Entity, Event, EventPlace, Extraction, Place, Quote, Removed, Time

CAMEO = {  # code: (name, goldstein, quad class, PLOVER)
    "194": ("Fight with artillery and tanks", -10.0, 4, "ASSAULT"),
    "112": ("Accuse, not specified below", -2.0, 3, "ACCUSE"),
    "040": ("Consult, not specified below", 1.0, 1, "CONSULT"),
    "030": ("Express intent to cooperate, not specified below", 4.0, 1, "AGREE"),
    "130": ("Threaten, not specified below", -4.4, 3, "THREATEN"),
    "111": ("Criticize or denounce", -2.0, 3, "ACCUSE"),
    "191": ("Impose blockade, restrict movement", -9.5, 4, "COERCE"),
    "190": ("Use conventional military force, not specified below", -10.0, 4, "ASSAULT"),
    "084": ("Return, release, not specified below", 7.0, 2, "RETREAT"),
}


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the `nth` occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def sentence_of(text: str, offset: int) -> tuple[int, int]:
    """The sentence around `offset`: from after the previous '. ' to the next '.'."""
    start = text.rfind(". ", 0, offset)
    start = 0 if start < 0 else start + 2
    return start, text.index(".", offset) + 1


def actor(text: str, aid: str, name: str, kind: str, country: str | None, role: str | None,
          *phrases: str | tuple[str, int], code: str | None = None) -> Actor:
    """An actor mentioned by `phrases` (a phrase, or a phrase and which occurrence of it)."""
    mentions = tuple(span(text, p) if isinstance(p, str) else span(text, *p) for p in phrases)
    return Actor(aid, name, kind, country, role, mentions=mentions, code=code)  # type: ignore[arg-type]


def event(text: str, eid: str, source: str | None, target: str | None, code: str, trigger: str, *,
          date: str | None, modality: str = "asserted", place: EventPlace | None = None,
          confidence: float = 0.8, nth: int = 0) -> Event:
    name, goldstein, quad, plover = CAMEO[code]
    trig = span(text, trigger, nth)
    return Event(eid, source, target, code, code[:2], name, goldstein, quad, plover, None, modality,  # type: ignore[arg-type]
                 date, None, "text" if date else None, place, sentence_of(text, trig[0]), trig, None,
                 f"test.{code}", confidence)


def kharkiv() -> Extraction:
    text = ("Russian forces shelled Kharkiv on Monday, Ukrainian officials said. President Volodymyr Zelensky "
            "accused Moscow of targeting civilians. \"We will answer every strike,\" Zelensky told reporters. "
            "Officials said 12 people were killed.")
    actors = (
        actor(text, "a1", "Russian forces", "group", "RUS", "MIL", "Russian forces", code="RUSMIL"),
        actor(text, "a2", "Ukrainian officials", "group", "UKR", "GOV", "Ukrainian officials", code="UKRGOV"),
        actor(text, "a3", "Volodymyr Zelensky", "person", "UKR", "GOV", "Volodymyr Zelensky", ("Zelensky", 1),
              code="UKRGOV"),
        actor(text, "a4", "Moscow", "country", "RUS", "GOV", "Moscow", code="RUSGOV"),
    )
    place = EventPlace("Kharkiv", "UKR", 49.98081, 36.25272)
    events = (
        event(text, "e1", "a1", "a2", "194", "shelled", date="2024-02-05", place=place, confidence=0.9),
        event(text, "e2", "a3", "a4", "112", "accused", date="2024-02-05"),
    )
    q_start, q_end = span(text, "We will answer every strike,")
    quotes = (Quote(q_start, q_end, text[q_start:q_end], "a3", "Zelensky", "told", "direct"),)
    claims = (Claim(*span(text, "12 people"), "12 people", 12.0, "people", "2024-02-05", "people killed",
                    "Officials"),)
    times = (Time(*span(text, "on Monday"), "on Monday", "DATE", "2024-02-05"),)
    places = (Place(*span(text, "Kharkiv"), "Kharkiv", "Kharkiv", "UKR", 49.98081, 36.25272, 706483, "PPLA"),)
    entities = (Entity(*span(text, "Kharkiv"), "Kharkiv", "GPE"), Entity(*span(text, "Volodymyr Zelensky"),
                                                                          "Volodymyr Zelensky", "PERSON"))
    removed = (Removed("KYIV (Test Wire) -", "dateline", 0, "dateline.agency"),
               Removed("Photo: a street in Kharkiv. Credit: Test Wire", "caption", len(text), "caption.credit"))
    return Extraction(Article("t-kharkiv", title="Russian shelling hits Kharkiv", source="Test Wire",
                              published="2024-02-05", dateline="Kyiv"),
                      text, removed, entities, actors, quotes, events, times, places, claims)


def munich() -> Extraction:
    text = ("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich on Friday. "
            "Washington and Beijing agreed to resume military talks. China warned the United States against "
            "arms sales to Taiwan.")
    actors = (
        actor(text, "a1", "Antony Blinken", "person", "USA", "GOV", "Antony Blinken", code="USAGOV"),
        actor(text, "a2", "Wang Yi", "person", "CHN", "GOV", "Wang Yi", code="CHNGOV"),
        actor(text, "a3", "Washington", "country", "USA", "GOV", "Washington", code="USAGOV"),
        actor(text, "a4", "Beijing", "country", "CHN", "GOV", "Beijing", code="CHNGOV"),
        actor(text, "a5", "China", "country", "CHN", None, "China", code="CHN"),
        actor(text, "a6", "United States", "country", "USA", None, "United States", code="USA"),
    )
    munich_place = EventPlace("Munich", "DEU", 48.13743, 11.57549)
    events = (
        event(text, "e1", "a1", "a2", "040", "met", date="2024-02-16", place=munich_place),
        event(text, "e2", "a3", "a4", "030", "agreed", date="2024-02-16", confidence=0.6),
        event(text, "e3", "a5", "a6", "130", "warned", date="2024-02", confidence=0.7),
    )
    places = (Place(*span(text, "Munich"), "Munich", "Munich", "DEU", 48.13743, 11.57549, 2867714, "PPLA"),)
    return Extraction(Article("t-munich", title="Blinken and Wang meet in Munich", source="Test Herald",
                              published="2024-02-17"),
                      text, actors=actors, events=events, places=places)


def shoal() -> Extraction:
    text = ("Chinese coast guard ships blocked a Philippine supply mission near the shoal. The United States "
            "condemned China on Monday. Beijing did not attack the Philippine boats, officials said.")
    actors = (
        actor(text, "a1", "Chinese coast guard", "organization", "CHN", "MIL", "Chinese coast guard", code="CHNMIL"),
        actor(text, "a2", "Philippine supply mission", "group", "PHL", "MIL", "Philippine supply mission",
              code="PHLMIL"),
        actor(text, "a3", "United States", "country", "USA", None, "United States", code="USA"),
        actor(text, "a4", "China", "country", "CHN", None, "China", code="CHN"),
        actor(text, "a5", "Beijing", "country", "CHN", "GOV", "Beijing", code="CHNGOV"),
    )
    shoal_place = EventPlace("Second Thomas Shoal", "PHL", 9.73333, 115.86667)
    events = (
        event(text, "e1", "a1", "a2", "191", "blocked", date="2024-03-04", place=shoal_place),
        event(text, "e2", "a3", "a4", "111", "condemned", date="2024-03-04"),
        event(text, "e3", "a5", "a2", "190", "attack", date="2024-03-04", modality="negated", confidence=0.5),
    )
    return Extraction(Article("t-shoal", title="Coast guard blocks supply mission", source="Test Wire",
                              published="2024-03-04"), text, actors=actors, events=events)


def prisoners() -> Extraction:
    text = "Ukraine and Russia exchanged prisoners on Tuesday, the first swap in weeks."
    actors = (
        actor(text, "a1", "Ukraine", "country", "UKR", None, "Ukraine", code="UKR"),
        actor(text, "a2", "Russia", "country", "RUS", None, "Russia", code="RUS"),
    )
    events = (
        event(text, "e1", "a1", "a2", "084", "exchanged", date="2024-02-20"),
        event(text, "e2", "a2", "a1", "084", "exchanged", date="2024-02-20"),
    )
    return Extraction(Article("t-prisoners", title="Prisoner swap", source="Test Herald", published="2024-02-21"),
                      text, actors=actors, events=events)


def hostile() -> Extraction:
    """Markup and script in every field a page shows: all of it must appear as text."""
    text = ("Officials said <script>alert(\"text\")</script> appeared on the site, and "
            "<img src=x onerror=alert(\"img\")> in the comments.")
    name = "<img src=x onerror=alert(\"actor\")>"
    actors = (Actor("a1", name, "group", "UKR", "GOV", mentions=(span(text, "Officials"),),
                    code="<b>UKR</b>"),
              Actor("a2", "<script>alert('target')</script>", "group", "RUS", None, mentions=()))
    events = (event(text, "e1", "a1", "a2", "112", "said", date="2024-01-15"),)
    q = span(text, "<script>alert(\"text\")</script>")
    quotes = (Quote(q[0], q[1], text[q[0]:q[1]], "a1", "<i>speaker</i>", "said", "partial"),)
    claims = (Claim(*span(text, "<img src=x onerror=alert(\"img\")>"), "<img>", None, "<u>unit</u>", None,
                    "<script>alert('subject')</script>", None),)
    removed = (Removed("<script>alert('removed')</script>", "advertisement", 10, None),)
    return Extraction(Article("t-hostile", url="javascript:alert('url')",
                              title="<script>alert('title')</script> Defaced", source="<b>Test</b> Wire",
                              published="2024-01-15"),
                      text, removed, (), actors, quotes, events, (), (), claims,
                      warnings=("<script>alert('warning')</script>",))


def coded_records() -> list[Extraction]:
    """Every record of this module."""
    return [kharkiv(), munich(), shoal(), prisoners(), hostile()]
