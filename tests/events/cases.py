"""Hand-built actors for event tests: the coder is a pure function of the parse and the actors,
so its tests do not depend on the actor coder's choices."""

from __future__ import annotations

import re

from tidings.records import Actor, Article

# A small table of names for the test sentences: surface form -> (country, kind). Every
# occurrence of a surface form becomes a mention of one actor of that name.
NAMES = {
    "Xi Jinping": ("CHN", "person"), "Xi": ("CHN", "person"), "Putin": ("RUS", "person"),
    "Vladimir Putin": ("RUS", "person"), "China": ("CHN", "country"), "Beijing": ("CHN", "country"),
    "Russia": ("RUS", "country"), "Moscow": ("RUS", "country"), "Kremlin": ("RUS", "organization"),
    "the United States": ("USA", "country"), "the US": ("USA", "country"), "US": ("USA", "country"),
    "Washington": ("USA", "country"), "Ukraine": ("UKR", "country"), "Kyiv": ("UKR", "country"),
    "Taiwan": ("TWN", "country"), "the West": ("WST", "group"), "Iran": ("IRN", "country"),
    "Israel": ("ISR", "country"), "Hamas": ("PSE", "organization"), "Gaza": ("PSE", "country"),
    "France": ("FRA", "country"), "Germany": ("DEU", "country"), "Japan": ("JPN", "country"),
    "India": ("IND", "country"), "Pakistan": ("PAK", "country"), "Turkey": ("TUR", "country"),
    "Syria": ("SYR", "country"), "Iraq": ("IRQ", "country"), "Egypt": ("EGY", "country"),
    "North Korea": ("PRK", "country"), "South Korea": ("KOR", "country"), "Seoul": ("KOR", "country"),
    "the European Union": ("EUR", "organization"), "the EU": ("EUR", "organization"),
    "NATO": ("NAT", "organization"), "the United Nations": ("UNO", "organization"), "the UN": ("UNO", "organization"),
    "Britain": ("GBR", "country"), "London": ("GBR", "country"), "Paris": ("FRA", "country"),
    "Tokyo": ("JPN", "country"), "Ankara": ("TUR", "country"), "Tehran": ("IRN", "country"),
    "Kenya": ("KEN", "country"), "Somalia": ("SOM", "country"), "Venezuela": ("VEN", "country"),
    "Brazil": ("BRA", "country"), "Mexico": ("MEX", "country"), "Canada": ("CAN", "country"),
    "Ottawa": ("CAN", "country"), "Hungary": ("HUN", "country"),
    "Russian": ("RUS", "country"), "Chinese": ("CHN", "country"), "Israeli": ("ISR", "country"),
    "Ukrainian": ("UKR", "country"), "American": ("USA", "country"), "Iranian": ("IRN", "country"),
    "Macron": ("FRA", "person"), "Zelensky": ("UKR", "person"), "Biden": ("USA", "person"),
    "Erdogan": ("TUR", "person"), "Modi": ("IND", "person"), "Netanyahu": ("ISR", "person"),
    "Lebanon": ("LBN", "country"), "Hezbollah": ("LBN", "organization"), "Poland": ("POL", "country"),
    "Armenia": ("ARM", "country"), "Azerbaijan": ("AZE", "country"), "Serbia": ("SRB", "country"),
    "Kosovo": ("XKX", "country"), "Sudan": ("SDN", "country"), "Ethiopia": ("ETH", "country"),
}


def actors_in(text: str, names: dict[str, tuple[str, str]] = NAMES) -> list[Actor]:
    """One actor per name of `names` found in `text`, with every occurrence as a mention
    (longer names first, so "the United States" is not also "US")."""
    taken: list[tuple[int, int]] = []
    actors: list[Actor] = []
    for name in sorted(names, key=len, reverse=True):
        spans = []
        # A sentence may open with "The United States": the article takes a capital there.
        body = re.escape(name[4:]) if name.startswith("the ") else None
        regex = rf"[Tt]he {body}" if body else re.escape(name)
        for m in re.finditer(rf"(?<![\w-]){regex}(?![\w-])", text):
            if all(m.end() <= s or m.start() >= e for s, e in taken):
                spans.append((m.start(), m.end()))
        if spans:
            taken.extend(spans)
            country, kind = names[name]
            actors.append(Actor(f"a{len(actors) + 1}", name, kind, country, None, mentions=tuple(spans)))  # type: ignore[arg-type]
    return actors


def triples(events, actors: list[Actor]) -> list[tuple[str | None, str, str | None]]:
    """(source country, code, target country) of each event, in order."""
    country = {a.id: a.country for a in actors}
    return [(country.get(e.source), e.code, country.get(e.target)) for e in events]


def coded(nlp, text: str, *, published: str | None = "2024-02-09", names: dict[str, tuple[str, str]] = NAMES,
          modality: bool = False, reported: bool = False) -> list[tuple]:
    """The (source country, code, target country) triples find_events codes in `text`, with the
    actors of `names` found in it; with `modality`, each triple also carries the event's modality,
    and with `reported` the country of its `reported_by` last."""
    from tidings.events import find_events

    actors = actors_in(text, names)
    events = find_events(text, nlp(text), actors, [], published=published)
    if not modality and not reported:
        return triples(events, actors)
    country = {a.id: a.country for a in actors}
    return [(country.get(e.source), e.code, country.get(e.target))
            + ((e.modality,) if modality else ()) + ((country.get(e.reported_by),) if reported else ())
            for e in events]


def pipeline_triples(pipeline, text: str) -> list[tuple[str | None, str, str | None]]:
    """(source country, code, target country) of the events the whole pipeline codes in `text`, with
    the actor coder's own actors: for constructions hand-built actors cannot show ("British-flagged")."""
    from tidings.sources import Input

    record = next(iter(pipeline.run([Input("t", Article(id="t"), text)])))[1]
    country = {a.id: a.country for a in record.actors}
    return [(country.get(e.source), e.code, country.get(e.target)) for e in record.events]
