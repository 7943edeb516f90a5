"""The article view's marked-up text, in the manner of spaCy's displaCy: every coded span of a record
(entities, actor mentions, event triggers and sentences, quotes, claims, times, places) as marks,
and the text cut into pieces at every mark's edge, each piece with the marks that cover it.

Marks overlap freely (a trigger inside a quote inside a sentence), so the text is cut at every
boundary rather than nested: a piece is a run of text under one fixed set of marks. A mark's
label (displaCy's tag) follows its last piece; a quote opens with its speaker; removed
boilerplate sits at its offset (`Removed.at`), folded. The template escapes every piece's text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from tidings.records import Actor, Extraction, Removed

Layer = Literal["entity", "actor", "event", "sentence", "quote", "claim", "time", "place"]
LAYERS: tuple[Layer, ...] = ("actor", "event", "quote", "claim", "entity", "time", "place")
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class Mark:
    layer: Layer
    start: int
    end: int
    key: str                  # the item it marks: "a1" (actor), "e1" (event), "q0", "c0", "n0", "t0", "p0"
    css: str = ""             # more classes: "quad-3", "label-PERSON"
    label: str | None = None  # shown after the span (or, for a quote, before it)
    title: str | None = None  # the tooltip


@dataclass(frozen=True, slots=True)
class Piece:
    kind: Literal["text", "tag", "open", "removed"]
    text: str
    marks: tuple[Mark, ...] = ()     # text: the marks covering it; tag / open: the mark it labels
    start: int = 0                   # where in the text it begins
    removed: Removed | None = None


def marks(record: Extraction) -> list[Mark]:
    """Every span of `record` as a mark; spans outside the text are left out (a view never fails)."""
    actors = {a.id: a for a in record.actors}
    out: list[Mark] = []
    for i, ent in enumerate(record.entities):
        out.append(Mark("entity", ent.start, ent.end, f"n{i}", f"label-{_css(ent.label)}", ent.label, ent.label))
    for actor in record.actors:
        for start, end in actor.mentions:
            out.append(Mark("actor", start, end, actor.id, f"kind-{_css(actor.kind)}", actor_label(actor),
                            actor_title(actor)))
    for event in record.events:
        quad = f"quad-{event.quad_class}"
        source, target = _name(actors, event.source), _name(actors, event.target)
        label = f"{event.code} {event.name} · {source} → {target}"
        title = (f"{event.name} ({event.code}, {QUAD_NAMES.get(event.quad_class, 'quad ?')}, Goldstein "
                 f"{event.goldstein:+g}); {event.modality}; date {event.date or 'unknown'}; "
                 f"pattern {event.pattern}; confidence {event.confidence:g}")
        out.append(Mark("sentence", event.sentence[0], event.sentence[1], event.id))
        out.append(Mark("event", event.trigger[0], event.trigger[1], event.id, quad, label, title))
    for i, quote in enumerate(record.quotes):
        who = _name(actors, quote.speaker) if quote.speaker else (quote.speaker_text or "unknown speaker")
        title = f"{quote.kind} quote; speaker {who}; cue {quote.cue or 'none'}"
        out.append(Mark("quote", quote.start, quote.end, f"q{i}", f"kind-{_css(quote.kind)}", f"“ {who}", title))
    for i, claim in enumerate(record.claims):
        value = " ".join(str(v) for v in (_number(claim.value), claim.unit, claim.period) if v is not None)
        title = f"subject {claim.subject or 'unknown'}; source {claim.source_text or 'none'}"
        out.append(Mark("claim", claim.start, claim.end, f"c{i}", "", value or "claim", title))
    for i, time in enumerate(record.times):
        out.append(Mark("time", time.start, time.end, f"t{i}", "", time.value or time.type, time.type))
    for i, place in enumerate(record.places):
        title = f"{place.name}, {place.country or 'country unknown'}"
        out.append(Mark("place", place.start, place.end, f"p{i}", "", place.country or place.name, title))
    size = len(record.text)
    return [m for m in out if 0 <= m.start < m.end <= size]


def pieces(text: str, marks: list[Mark], removed: tuple[Removed, ...] = ()) -> list[Piece]:
    """`text` cut at every mark's edge, with tags, quote openings and removed pieces in place."""
    size = len(text)
    starts: dict[int, list[Mark]] = defaultdict(list)
    ends: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        starts[m.start].append(m)
        ends[m.end].append(m)
    cut_here: dict[int, list[Removed]] = defaultdict(list)
    for r in removed:
        if r.at is not None:
            cut_here[min(max(r.at, 0), size)].append(r)
    bounds = sorted({0, size, *starts, *ends, *cut_here})
    out: list[Piece] = []
    active: list[Mark] = []
    for i, at in enumerate(bounds):
        closing = sorted(ends.get(at, []), key=lambda m: (-m.start, LAYERS.index(m.layer) if m.layer in LAYERS else 9))
        for m in closing:
            active.remove(m)
            if m.label and m.layer != "quote":
                out.append(Piece("tag", m.label, (m,), at))
        out.extend(Piece("removed", r.text, (), at, r) for r in cut_here.get(at, []))
        for m in sorted(starts.get(at, []), key=lambda m: -m.end):
            active.append(m)
            if m.layer == "quote" and m.label:
                out.append(Piece("open", m.label, (m,), at))
        if i + 1 < len(bounds) and bounds[i + 1] > at:
            out.append(Piece("text", text[at:bounds[i + 1]], tuple(active), at))
    return out


def actor_label(actor: Actor) -> str:
    """The tag of an actor: its CAMEO code, else its country and role, else its kind."""
    if actor.code:
        return actor.code
    coded = " ".join(v for v in (actor.country, actor.organization, actor.role) if v)
    return coded or actor.kind


def actor_title(actor: Actor) -> str:
    """An actor in one line: name, kind and what it is coded as."""
    coded = ", ".join(f"{k} {v}" for k, v in (("country", actor.country), ("role", actor.role),
                                                ("organization", actor.organization)) if v)
    return f"{actor.name} ({actor.kind}{'; ' + coded if coded else ''})"


def _name(actors: dict[str, Actor], actor_id: str | None) -> str:
    if actor_id is None:
        return "?"
    actor = actors.get(actor_id)
    return actor.name if actor else actor_id


def _number(value: float | None) -> str | None:
    if value is None:
        return None
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def _css(value: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in value)
