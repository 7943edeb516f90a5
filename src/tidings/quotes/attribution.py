"""An attribution while it is found (content, cue, speaker), and the Quote record it becomes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.quotes.speaker import phrase, speaker_actor
from tidings.records import Actor, Quote, QuoteKind, Span


@dataclass(slots=True)
class Attribution:
    parts: list[Span]                # the content, one span per piece (split quotes have several)
    kind: QuoteKind
    cue_text: str | None
    cue_span: Span | None
    cue_class: str | None            # speech, act, document, belief, intent, source, label
    speaker: Token | None = None     # the head of the speaker's phrase
    speaker_span: Span | None = None  # the speaker's phrase when there is no head token (labels)
    frame_end: int = 0               # where the attribution's words end (split quotes go on after)
    cue_token: int | None = None
    quoted: list[int] = field(default_factory=list)  # indices of the quoted passages it holds

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def overlaps(self, start: int, end: int) -> bool:
        return any(min(end, b) > max(start, a) for a, b in self.parts)


class Coverage:
    """The character ranges some attributions cover, for quick "is this covered?" questions."""

    def __init__(self, found: list[Attribution]) -> None:
        spans = sorted(p for a in found for p in a.parts)
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def hits(self, start: int, end: int) -> bool:
        """Whether text[start:end] overlaps a covered range."""
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


def to_quote(found: Attribution, text: str, actors: Sequence[Actor]) -> Quote:
    """The Quote record of `found`, its speaker tied to an actor when an actor's mention names it."""
    speaker_span = found.speaker_span
    actor = None
    if found.speaker is not None:
        speaker_span = phrase(found.speaker)
        actor = speaker_actor(found.speaker, actors)
    elif speaker_span is not None and actors:
        from tidings.actors import actor_at

        actor = actor_at(actors, *speaker_span)
    parts = list(found.parts)
    if found.kind == "direct":
        # “We will not back down,” he said: the comma is the writer's, not the speaker's.
        start, end = parts[-1]
        while end > start and text[end - 1] in ",;: ":
            end -= 1
        parts[-1] = (start, end)
    start, end = parts[0][0], parts[-1][1]
    return Quote(
        start=start, end=end, content=text[start:end],
        speaker=actor.id if actor is not None else None,
        speaker_text=text[speaker_span[0]:speaker_span[1]] if speaker_span else None,
        cue=found.cue_text, kind=found.kind, speaker_span=speaker_span, cue_span=found.cue_span,
        parts=tuple(parts) if len(parts) > 1 else None, cue_class=found.cue_class,
    )
