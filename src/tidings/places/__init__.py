"""Toponyms resolved to GeoNames offline; the place of each event.

`find_places` lists every place the text names (recognition.py finds the spans, resolution.py
decides which feature each names, gazetteer.py holds the features); `place_events` gives each event
the place its clause names (setting.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import pycountry
from spacy.tokens import Doc

from tidings.places.gazetteer import ADMIN1, CAPITAL, COUNTRY, Entry, Gazetteer, gazetteer
from tidings.places.recognition import Mention, find_mentions
from tidings.places.resolution import best, resolve
from tidings.places.setting import place_events
from tidings.records import Actor, Place

# verbs whose subject is where something is, not who does something ("Beijing is ...", "Moscow lies")
STATIVE = {"be", "lie", "sit", "remain", "stand", "border", "have", "host", "become", "look", "seem", "get"}


def find_places(text: str, doc: Doc, actors: Sequence[Actor], *, dateline: str | None) -> tuple[Place, ...]:
    """Every place named in `text`, resolved to GeoNames where the gazetteer knows it.

    A capital that acts ("Beijing said") is an actor, not a place, and is left out: the actors
    stage codes it (basis "metonym:..."), and the parse catches the plain cases on its own.
    """
    gaz = gazetteer()
    acting = [span for a in actors if a.basis and a.basis.startswith("metonym:") for span in a.mentions]
    mentions = [m for m in find_mentions(doc, gaz, text) if not any(s < m.end and m.start < e for s, e in acting)]
    countries = [cc for a in actors if a.country and (cc := _alpha2(a.country))]
    entries = resolve(mentions, text, gaz, countries=countries, dateline=_dateline(dateline, gaz))
    return tuple(_place(m, e) for m, e in zip(mentions, entries, strict=True)
                 if not (m.weak and e is None) and not _acting_capital(m, e, doc))


@cache
def _alpha2(iso3: str) -> str | None:
    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country else None


def _acting_capital(mention: Mention, entry: Entry | None, doc: Doc) -> bool:
    """Whether a capital is the subject of a doing verb ("Beijing claims", "Beijing and Moscow declared")."""
    if entry is None or entry.feature not in {CAPITAL, ADMIN1}:
        return False
    if entry.feature == ADMIN1 and not any(e.feature == CAPITAL for e in mention.entries):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    return token.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"} and head.lemma_ not in STATIVE


def _dateline(dateline: str | None, gaz: Gazetteer) -> list[tuple[Mention, Entry | None]]:
    """The dateline's places ("Moscow, Russia"), each resolved with the next part as qualifier."""
    if not dateline:
        return []
    parts = [p.strip() for p in dateline.replace("—", ",").split(",") if p.strip()]
    mentions = [Mention(-1, -1, p, "dateline", tuple(gaz.lookup(p)), -1) for p in parts[:3]]
    out = []
    for i, mention in enumerate(mentions):
        qualifier = tuple(e for e in mentions[i + 1].entries if e.feature in {ADMIN1, COUNTRY}) \
            if i + 1 < len(mentions) else ()
        out.append((mention, best(mention, None, qualifier)))
    return out


def _place(mention: Mention, entry: Entry | None) -> Place:
    form = "demonym" if mention.demonym else "name"
    if entry is None:
        return Place(mention.start, mention.end, mention.text, mention.text, None, None, None, None,
                     mention.feature, form)
    return Place(mention.start, mention.end, mention.text, entry.name, entry.iso3, entry.lat, entry.lon,
                 entry.geonameid, entry.feature, form)


__all__ = ["find_places", "place_events"]
