"""Actors: recognition, coreference of their mentions, and coding (country + role).

`find_actors` reads the parsed article: names, titles, groups and seats of power from spaCy's entities
and noun phrases and from the actor lexicon (data/ tables plus users' dictionaries), coded on the date
the article was published, with every mention of one actor linked. Later stages find "who" through
`actor_at`: the actor one of whose mentions covers a span.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from tidings.actors.codes import write_code
from tidings.actors.context import counterpart_roles, home_countries
from tidings.actors.coreference import Cluster, link
from tidings.actors.dictionaries import load_lexicon
from tidings.actors.headlines import reparsed_headlines
from tidings.actors.mentions import Mention, find_mentions
from tidings.records import Actor


def find_actors(text: str, doc: Doc, *, published: str | None, dateline: str | None = None,
                dictionaries: Sequence[str | Path] = ()) -> tuple[Actor, ...]:
    """Every actor of the article, coded with country and role on the date `published`.

    `dateline` is the place the article was filed from ("Moscow, Russia"), which gives unqualified agents
    ("the government", "police") the article's country where nothing in the text says otherwise
    (context.py). `dictionaries` are users' actor dictionaries (PETRARCH/Phoenix text or CSV, see
    dictionaries.py), whose entries take precedence over the built-in tables.
    """
    lexicon = load_lexicon(dictionaries)
    doc = reparsed_headlines(doc)  # a headline's agents, places and acts read as in prose
    mentions, units = find_mentions(doc, lexicon, day_of(published))
    clusters = link(doc, mentions)
    homes = home_countries(doc, clusters, units, dateline=dateline, lexicon=lexicon)
    offices = counterpart_roles(doc, clusters)
    return tuple(_actor(f"a{n}", cluster, doc, homes.get(id(cluster)), offices.get(id(cluster), ()))
                 for n, cluster in enumerate(clusters, start=1))


def day_of(published: str | None) -> dt.date | None:
    """The day an ISO date (`2024-02-09`, `2024-02`, `2024`) starts on; None when there is none."""
    if not published:
        return None
    text = published.strip()[:10]
    for size, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        if len(text) >= size:
            try:
                return dt.date.fromisoformat(text[:size] + suffix)
            except ValueError:
                continue
    return None


def _actor(actor_id: str, cluster: Cluster, doc: Doc, home: tuple[str, str] | None = None,
           office: tuple[str, ...] = ()) -> Actor:
    mentions = cluster.mentions
    best = _best(mentions)
    coding = best.coding
    country = coding.country or next((m.coding.country for m in mentions if m.coding.country), None)
    roles = coding.roles
    basis = coding.basis
    if not roles:
        donor = next((m for m in mentions if m.coding.roles and m is not best), None)
        if donor is not None:
            roles, basis = donor.coding.roles, "+".join(dict.fromkeys(b for b in (basis, donor.coding.basis) if b))
    if not roles and office:                # "his Jordanian counterpart": the office of the one it answers to
        roles, basis = office, f"{basis}+context:counterpart" if basis else "context:counterpart"
    if best.entry is not None and best.status == "before" and roles == ("ELI",):
        told = next((m.text_roles for m in mentions if m.text_roles), ())
        roles = told or roles
    organization = coding.organization or next((m.coding.organization for m in mentions if m.coding.organization),
                                               None)
    if country is None and home is not None:
        country = home[0]
        basis = f"{basis}+context:{home[1]}" if basis else f"context:{home[1]}"
    code = coding.code if (coding.roles == roles and coding.country == country) else None
    spans = {(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])) for m in mentions}
    spans.update((doc[i].idx, doc[i].idx + len(doc[i])) for i in cluster.pronouns)
    kind = best.kind
    return Actor(
        id=actor_id, name=_name(best, mentions, doc), kind=kind,  # type: ignore[arg-type]
        country=country, role=roles[0] if roles else None, organization=organization,
        mentions=tuple(sorted(spans)), code=code or write_code(country, roles, organization), basis=basis)


def _best(mentions: list[Mention]) -> Mention:
    """The mention that codes the actor: a known name, then any name, then the first description."""
    for test in (lambda m: m.named and m.entry is not None, lambda m: m.named, lambda m: bool(m.coding.roles)):
        found = [m for m in mentions if test(m)]
        if found:
            return found[0]
    return mentions[0]


def _name(best: Mention, mentions: list[Mention], doc: Doc) -> str:
    """The fullest name the article gives (a known entry's own name), else the description."""
    if best.entry is not None and best.entry.kind in ("person", "organization", "metonym",
                                                                                "country", "region"):
        return best.entry.name
    named = [doc[m.name_start:m.name_end].text for m in mentions if m.named]
    if named:
        return max(named, key=len)
    if best.label is not None:
        return best.label
    words = doc[best.start:best.end]
    return words.text


def actor_at(actors: Sequence[Actor], start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping text[start:end] the most (the shortest mention on a tie)."""
    best: tuple[int, int] | None = None
    found: Actor | None = None
    for actor in actors:
        for m_start, m_end in actor.mentions:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap <= 0:
                continue
            key = (overlap, -(m_end - m_start))
            if best is None or key > best:
                best, found = key, actor
    return found
