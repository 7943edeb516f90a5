"""The seed's plain-text format: a first line `date YYYY-MM-DD` (spaces around it allowed), then the body."""

from __future__ import annotations

import re

from tidings.records import Article, Failure
from tidings.sources.base import Input, article_id, decode, normalise_date

_DATE_LINE = re.compile(r"^\s*date\b[ \t:]*(?P<value>[^\n]*?)\s*$", re.IGNORECASE)


def read_plain(raw: bytes, *, origin: str, allow_undated: bool = False) -> Input | Failure:
    """The article in a date-header text file, or a Failure naming what is wrong with it."""
    aid = article_id(raw)
    decoded = decode(raw, origin)
    if isinstance(decoded, Failure):
        return decoded
    text, warnings = decoded
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    m = _DATE_LINE.match(first)
    if m is None:
        if not allow_undated:
            return Failure(origin, "no date line: expected a first line 'date YYYY-MM-DD' "
                                   "(or pass --allow-undated)", aid)
        published, body = None, stripped
        warnings += ("no publication date: relative dates left unresolved",)
    else:
        published = normalise_date(m["value"])
        if published is None or len(published) != 10:
            return Failure(origin, f"malformed date line {first.strip()!r}: expected 'date YYYY-MM-DD'", aid)
        body = rest
    if not body.strip():
        return Failure(origin, "no article text after the date line", aid)
    return Input(origin, Article(id=aid, published=published), body, warnings=warnings)
