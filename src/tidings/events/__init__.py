"""Events: who did what to whom, coded in CAMEO and mapped to PLOVER.

Patterns over the dependency parse, kept as data (`data/verbs.txt`, `data/nouns.txt` and the
files beside them, described in `data/README.md`), are matched word by word through an index by
lemma; coder.py settles what each sentence reports. Dates and places are filled in by the later
stages `event_dates` and `event_places` from each event's `sentence` and `trigger` spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.events import headline
from tidings.events.coder import code_events
from tidings.events.lexicon import load_lexicon
from tidings.records import Actor, Event, Place, Quote


def find_events(text: str, doc: Doc, actors: Sequence[Actor], quotes: Sequence[Quote], *,
                published: str | None, places: Sequence[Place] = ()) -> tuple[Event, ...]:
    """The events between the article's actors, sentence by sentence, numbered e1, e2, ...

    `published` is not read here: event dates are the `event_dates` stage's work. `places` (the
    places stage's) let a place name the country where an event with no target happened.
    """
    return code_events(load_lexicon(), text, doc, actors, quotes, places, parse=headline.parser(doc))
