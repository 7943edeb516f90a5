"""The patterns that find temporal expressions in text, built from the time words of `lexicon`.

Each `Rule` is a regular expression with named groups; `scan` runs every rule over the text and
keeps the longest matches that do not overlap (on equal length, the earlier rule). What a match
means (its TIMEX3 type and value) is decided in `values`, rule by rule.

Span conventions follow TimeML as annotated in TimeBank: the determiner and modifiers belong to
the expression ("the past two years", "nearly two weeks ago", "early next year", "late on
Sunday"); the preposition that introduces it does not ("on" Thursday, "in" March, "over" the past
two years), except where it is part of a modifier ("over a week" = more than a week).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tidings.times.lexicon import lexicon


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    keys: tuple[str, ...]             # the kinds of word every match holds (see `keywords`)
    before: int                       # how far (characters) a match may start before such a word
    after: int                        # and end after it


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    rule: str
    groups: dict[str, str | None]
    priority: int                     # the rule's place in the list: lower wins a tie in length


def _alt(words: object) -> str:
    """A regex alternation of `words`, longest first so that "Sept" is tried before "Sep"."""
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


def _proper(words: object) -> str:
    """An alternation of capitalised names matched case-sensitively, in Title and UPPER case."""
    forms = {w for word in words for w in (word, word.upper())}  # type: ignore[attr-defined]
    return f"(?-i:{_alt(forms)})"


@cache
def fragments() -> dict[str, str]:
    """The named pieces the rules are written with."""
    lx = lexicon()
    full_months = [m for m in lx.months if m not in lx.month_abbreviations]
    abbr_months = sorted(lx.month_abbreviations)
    full_days = [d for d in lx.weekdays if d not in lx.weekday_abbreviations]
    abbr_days = sorted(lx.weekday_abbreviations)
    digits = "one|two|three|four|five|six|seven|eight|nine"
    numword = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{digits}))?"
               rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{digits})")
    vague = _alt(w for w, v in lx.numbers.items() if v is None or " " in w)
    units = _alt(lx.units)
    singular = _alt(u for u in lx.units if not u.endswith("s") and u not in ("millennia", "centuries"))
    plural = _alt(u for u in lx.units if u.endswith("s") or u in ("millennia", "centuries"))
    year = (r"(?:(?<=\bmid-)|(?<=\bpre-)|(?<=\bpost-)|(?<![\w$£€.,/-]))"
            r"(?:1[0-9]\d\d|20\d\d)(?![\w%]|[.,/]\d|-\d\d\d)")
    return {
        "month": f"(?:{_proper(full_months)}|{_proper(abbr_months)}\\.)",
        "month_d": f"(?:{_proper(full_months)}|{_proper(abbr_months)}\\.?)",   # before a day number
        "weekday": f"(?:{_proper(full_days)}|{_proper(abbr_days)}\\.)",
        "weekdays": f"(?:{_proper(d + 's' for d in full_days)})",
        "day": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "year": year,
        "numword": numword,
        "num": (rf"(?:(?!(?:1[0-9]|20)\d\d\b)\d+(?:\.\d+)?(?: \d/\d)?|\d/\d|{numword}(?: hundred)?|{vague}|a|an)"
                r"(?: and a half)?"),   # a four-digit number is a year, not a count
        "numd": rf"(?:\d+(?:\.\d+)?|{numword}|a|an)",
        "ord": (r"(?:" + _alt(lx.ordinals) + r"|\d+(?:st|nd|rd|th))"),
        "unit": f"(?:{units})",
        "unit_sg": f"(?:{singular})",
        "unit_pl": f"(?:{plural})",
        "season": f"(?:{_alt(lx.seasons)})",
        "part": f"(?:{_alt(k for k, v in lx.dayparts.items() if ':' not in v)})",
        "named_clock": f"(?:{_alt(k for k, v in lx.dayparts.items() if ':' in v)})",
        "reference": f"(?:{_alt(lx.references)})",
        "frequency": f"(?:{_alt(lx.frequencies)})",
        "holiday": f"(?:{_alt(lx.holidays)})",
        "clock": (r"(?:\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b)|\d{1,2}:\d\d(?![\d:])"
                  r"|\d{1,2} o'clock)"),
        "zone": r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|ET|local time|Moscow time|Beijing time)",
        "approx": (r"(?:about|around|approximately|roughly|nearly|almost|some|just|only|barely|over|under"
                   r"|more than|less than|fewer than|at least|at most|up to|no more than|no less than|not more than"
                   r"|well over|well under|upwards? of|close to|as many as|as long as|as little as|as much as"
                   r"|the better part of|a full|fully|another|an additional|an extra|an estimated)"),
        "rel": r"(?:last|this|next|this past|this coming|the coming|the past|past|coming)",
        "qord": r"(?:first|second|third|fourth|1st|2nd|3rd|4th)",
        "spoken": (rf"(?:nineteen|eighteen)[- ](?:hundred|{numword}|o[- ](?:{digits}))"
                   rf"|twenty[- ](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
                   rf"|twenty(?:[- ](?:{digits}))?)|two thousand(?:(?: and)? (?:{numword}))?"),
    }


# The rules, in priority order (a tie in length goes to the earlier). Written with single spaces,
# each standing for any run of whitespace.
RULES: tuple[tuple[str, str, int, int, str], ...] = (
    # name, key words, reach before and after them, pattern
    ("age", "old", 45, 5,
     r"{numd}[- ](?:year|month|week|day)s?[- ]old|{num} (?:years|months|weeks|days) (?:old|of age)"),
    ("date_full", "month", 30, 40,
     r"(?:(?P<wd>{weekday}),? )?(?:(?P<mon>{month_d}) (?P<day>{day}),?|(?:the )?(?P<day2>{day}) (?:of )?"
     r"(?P<mon2>{month_d}),?) (?P<year>{year}|{spoken}|'\d\d(?!\w))"),
    ("date_numeric", "digits", 12, 12,
     r"(?<![\w/.-])(?:(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
     r"|(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)/(?P<y2>(?:19|20)\d\d|\d\d))(?![\w/])"),
    ("time_clock", "digits", 5, 40,
     r"(?P<clock>{clock})(?: (?P<zone>{zone}))?"
     r"(?:,? (?:on )?(?P<wd>{weekday})|,? (?P<deictic>today|yesterday|tomorrow|tonight))?"
     r"(?:,? (?P<mon>{month_d}) (?P<day>{day}))?"),
    ("time_named", "part", 5, 25,
     r"(?P<named>{named_clock})(?: (?P<zone>{zone}))?"
     r"(?:,? (?:on )?(?P<wd>{weekday})|,? (?P<deictic>today|yesterday|tomorrow))?"),
    ("month_day", "month", 30, 15,
     r"(?:(?P<rel>last|this|next) )?(?:(?P<wd>{weekday}),? )?"
     r"(?:(?P<mon>{month_d}) (?P<day>{day})|(?:the )?(?P<day2>{day}) (?:of )?(?P<mon2>{month_d}))(?!,? ?\d)"),
    ("week_of", "month", 20, 20,
     r"(?:the )?week of (?:(?P<wd>{weekday}),? )?(?P<mon>{month_d}) (?P<day>{day})(?:,? (?P<year>{year}))?"),
    ("month_year", "month", 5, 40, r"(?P<mon>{month}),? (?:of )?(?P<year>{year}|{spoken})"),
    ("month_rel_year", "month", 5, 15, r"(?P<mon>{month}) (?P<rel>last|this|next) year"),
    ("quarter", "quarter", 40, 40,
     r"(?:the )?(?:(?P<year>{year}|(?P<yrel>this|last|next) year's|the year's) )?"
     r"(?:(?P<ago>(?:comparable )?year-(?:ago|earlier)) )?(?:(?:fiscal|calendar) ?)?"
     r"(?P<q>{qord})[- ](?:fiscal[- ])?quarters?(?: of (?:(?P<year2>{year})|(?P<yrel2>this|last|next) year"
     r"|fiscal (?P<year3>{year})|the (?P<yref>same|previous|current) year|the year))?"
     r"|(?-i:Q(?P<qq>[1-4]))(?: (?P<year4>{year}))?"
     r"|(?:the )?(?:(?P<year5>{year})|(?P<yrel5>last|this|next) year's) (?:fiscal )?(?P<qunit>quarter|period)"),
    ("quarter_rel", "quarter", 35, 25,
     r"(?:the )?(?P<qrel>latest|current|last|previous|past|next|coming|same|comparable|corresponding|prior|recent"
     r"|most recent|preceding|following|just-ended|just-completed|year-ago|year-earlier|year-before"
     r"|comparable year-ago|comparable year-earlier)"
     r" (?:fiscal )?(?P<qunit>quarter|period)(?: (?P<qyear>a year (?:ago|earlier)|last year))?"
     r"|(?:the|that) (?P<qunit2>quarter|period) (?P<qyear2>a year (?:ago|earlier))"),
    ("half", "quarter", 15, 25,
     r"(?:the )?(?P<h>first|second|1st|2nd|last|latter)[- ]half"
     r"(?: of (?:(?P<year>{year})|(?P<yrel>this|last|next) year|the year)|(?! of))"),
    ("ago", "ago", 60, 5,
     r"(?:(?P<approx>{approx}) )?(?P<num>{num}) (?P<unit>{unit})(?: or so)? (?P<dir>ago|earlier|later|from now"
     r"|hence|before(?= ?[.,;:!?)\"”]| ?$)|after(?= ?[.,;:!?)\"”]| ?$))"),
    ("ago_adj", "ago", 30, 15,
     r"(?:the )?(?:(?P<num>{numd})[- ])?(?P<unit>year|month|week|quarter|day)[- ](?P<dir>ago|earlier|before)"
     r"(?: (?P<noun>quarter|period|month|year|level|levels))?"),
    ("duration", "unit", 60, 20,
     r"(?:(?P<approx>{approx}) (?!the |each ))?(?:(?P<the>the|each of the) )?"
     r"(?:(?P<drel>past|last|next|coming|first|final|previous|following|latest|remaining|same|entire|whole|full"
     r"|initial|ensuing|preceding|prior|subsequent|closing|opening) )?"
     r"(?P<num>{num})(?: (?:to|or|-) (?P<num2>{num}))?(?: (?P<more>more|additional|further|straight|consecutive"
     r"|full|long))?(?: (?:trading|business|working|calendar|school))? (?P<unit>{unit})(?: (?P<half>and a half))?"
     r"(?! old| of age|[- ]old)"),
    ("duration_adj", "unit", 25, 8,
     r"(?P<num>{numd})[- ](?P<unit>{unit_sg})(?:[- ]long)?(?![- ]old)|(?P<one>an?|one) (?P<unit2>{unit_sg})-long"),
    ("relative", "unit", 20, 5,
     r"(?P<rel>{rel}|the previous|the following|the current|the next|the last|previous|following|current)"
     r" (?P<unit>week|weekend|month|year|quarter|decade|century|(?:fiscal|calendar) year)"),
    ("daypart", "part", 20, 3,
     r"(?P<rel>this|last|tomorrow|yesterday|this past|that|tomorrow's|yesterday's) (?P<part>{part})"),
    ("daypart_alone", "part", 10, 15,
     r"(?:mid[- ]?(?P<part>morning|afternoon)|(?P<night>overnight))(?:,? (?P<deictic>today|yesterday|tomorrow))?"),
    ("deictic", "deictic", 20, 3,
     r"(?P<pre>the day before |the day after )?(?P<word>yesterday|today|tomorrow|tonight)"),
    ("weekday", "weekday", 22, 15,
     r"(?:(?P<rel>last|this|next|this past|this coming|the coming|the following|the previous|that) )?"
     r"(?P<wd>{weekday})(?:,? (?P<part>{part}))?"),
    ("part_weekday", "weekday", 20, 3, r"(?P<part>{part}) (?:of )?(?P<wd>{weekday})"),
    ("month", "month", 20, 3,
     r"(?:(?P<rel>last|this|next|this past|this coming|the coming|past|coming) )?(?P<mon>{month})"),
    ("season", "season", 25, 40,
     r"(?:(?P<rel>{rel}|the|the previous|the following|the next|the last) )?(?P<season>{season})"
     r"(?:,? (?:of )?(?P<year>{year}|{spoken}))?(?! of (?!\d))"),
    ("holiday", "holiday", 30, 10,
     r"(?:(?P<rel>last|this|next|this past|this coming) )?(?P<hol>{holiday})(?: (?P<week>week)|,? (?P<year>{year}))?"),
    ("decade", "digits decade", 15, 5,
     r"(?:the )?(?:(?P<mod>early|late|mid)[- ]?)?(?:(?P<dec>1[0-9]\d0|20\d0)'?s|'(?P<short>\d0)s)(?!\w)"
     r"|the (?:(?P<mod2>early|late|mid)[- ]?)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
     r"|eighties|nineties)"),
    ("year_end", "unit", 15, 8, r"(?:the )?(?:(?P<rel>last|this|next) )?year(?:'s|-| )end"),
    ("fiscal_year", "unit", 25, 3,
     r"the (?:(?P<rel>latest|current|previous|last|next|coming) (?:fiscal|calendar) year"
     r"|(?:fiscal|calendar|full) year)"),
    ("century", "century", 25, 3, r"(?:the )?(?:(?P<mod>early|late|mid)[- ])?(?P<ord>{ord})[- ]century"),
    ("year", "digits", 15, 3, r"(?:(?P<fiscal>fiscal|calendar|the year|FY|fiscal year) ?)?(?P<year>{year})"),
    ("spoken_year", "spoken", 15, 40, r"(?:the year )?(?P<spoken>{spoken})"),
    ("ordinal_day", "unit part", 40, 12,
     r"(?:the|its|his|her|their) (?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
     r"|\d+(?:st|nd|rd|th)|final|opening|closing) (?P<unit>day|night)(?! of (?:{month}|{year}|the (?:month|year)))"),
    ("anaphor", "unit part", 20, 10,
     r"(?P<det>the|that|this) (?:(?P<arel>same|following|next|previous|preceding|prior|very) )?"
     r"(?P<unit>day|week|weekend|month|year|quarter|morning|afternoon|evening|night)"
     r"(?: (?P<ba>before|after|earlier|later)(?= ?[.,;:!?)\"”]| ?$))?"),
    ("set", "freq weekday", 10, 45,
     r"(?P<q>every|each)(?: other)? (?:(?P<num>{num}) )?(?P<unit>{unit}|(?P<wd>{weekday})|(?P<mon>{month})"
     r"|(?P<season>{season})|(?P<part>{part})|weekend)"
     r"|(?P<freq>{frequency})"
     r"|(?P<wds>{weekdays}|{weekday}(?= (?:mornings|afternoons|evenings|nights)))"
     r"(?: (?P<parts>mornings|afternoons|evenings|nights))?"
     r"|(?P<times>once|twice|thrice|\w+ times) (?:a|an|per|each|every) (?P<unit2>{unit_sg})"),
    ("bare_plural", "unit", 25, 20,
     r"(?:(?P<brel>recent|coming|past|previous|the past|the last|the next|the coming|the following|the first"
     r"|the final|the ensuing|the remaining|the intervening|subsequent|succeeding|preceding|many) )?"
     r"(?P<unit>{unit_pl})(?: (?:or|and|to) (?P<unit2>{unit_pl}))?(?! old| of age)"),
    ("reference", "ref", 30, 3, r"(?P<ref>{reference})"),
)

# What may stand before an expression and belongs to it (TimeBank: "early next year", "late on
# Sunday", "the end of 1990"), for dates and times only.
EDGE_SOURCE = (
    r"(?:\b(?:the )?(?:very )?(?P<edge>early|late|mid|earlier|later|middle)(?:[- ]|-| on | in )"
    r"|\b(?:the )?(?P<edge2>end|beginning|start|middle|close|turn|rest|remainder|first half|second half|first part"
    r"|latter part|early part) of (?:the )?)$"
)


# A day counted from a dated day: "the day before last Tuesday's hearing" is one expression (TimeML).
DAY_SHIFT = re.compile(r"\b(?:the\s+)?day\s+(?P<way>before|after)\s+$", re.IGNORECASE)


def day_shift_before(text: str, start: int) -> tuple[int, int] | None:
    """(new start, days to add) when `text` just before `start` says "the day before" or "the day after"."""
    m = DAY_SHIFT.search(text, max(0, start - 20), start)
    if not m:
        return None
    return m.start(), -1 if m.group("way").lower() == "before" else 1


def _spaces(source: str) -> str:
    """`source` with "[- ]" as a hyphen or whitespace, " ?" as optional whitespace, " " as any whitespace."""
    return (source.replace("[- ]", "\x00").replace(" ?", "\x01").replace(" ", r"\s+")
            .replace("\x00", r"(?:-|\s+)").replace("\x01", r"\s*"))


@cache
def rules() -> tuple[Rule, ...]:
    """The compiled rules."""
    pieces = fragments()
    compiled = []
    for name, keys, before, after, template in RULES:
        source = _spaces(re.sub(r"\{(\w+)\}", lambda m: pieces.get(m.group(1), m.group(0)), template))
        pattern = rf"(?<![\w'’])(?<!\d-)(?:{source})(?!\w|-\w|['’](?!s\b)\w)"
        compiled.append(Rule(name, re.compile(pattern, re.IGNORECASE), tuple(keys.split()), before, after))
    return tuple(compiled)


@cache
def keywords() -> dict[str, frozenset[str]]:
    """For each lower-case word, the kinds of key it is: a rule runs only near the kinds of word it needs."""
    lx = lexicon()
    kinds: dict[str, set[str]] = {
        "month": {m.lower() for m in lx.months},
        "weekday": {d.lower() for d in lx.weekdays} | {d.lower() + "s" for d in lx.weekdays},
        "unit": set(lx.units) | {"weekend", "weekends"},
        "part": set(lx.dayparts),
        "deictic": {"yesterday", "today", "tomorrow", "tonight"},
        "season": set(lx.seasons),
        "ref": {phrase.split()[-1] for phrase in lx.references},
        "freq": set(lx.frequencies) | {"every", "each", "once", "twice", "thrice", "times"},
        "ago": {"ago", "earlier", "later", "before", "after", "now", "hence"},
        "old": {"old", "age"},
        "quarter": {"quarter", "quarters", "period", "half", "q"},
        "holiday": {phrase.split()[-1] for phrase in lx.holidays},
        "spoken": {"nineteen", "eighteen", "twenty", "thousand"},
        "decade": {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"},
        "century": {"century"},
    }
    table: dict[str, set[str]] = {}
    for kind, words in kinds.items():
        for word in words:
            table.setdefault(word, set()).add(kind)
    return {word: frozenset(k) for word, k in table.items()}


WORD = re.compile(r"[^\W\d_]+")
DIGITS = re.compile(r"\d+")


def _keys(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each kind of key word stands in `text` (digits under "digits")."""
    table = keywords()
    found: dict[str, list[tuple[int, int]]] = {"digits": [m.span() for m in DIGITS.finditer(text)]}
    lower = text.lower()
    if len(lower) != len(text):   # a rare letter whose lower case is longer: keep the offsets, search word by word
        for m in WORD.finditer(text):
            for kind in table.get(m.group().lower(), ()):
                found.setdefault(kind, []).append(m.span())
        return found
    for word in set(WORD.findall(lower)).intersection(table):
        kinds = table[word]
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not lower[at - 1].isalpha()) and (end == len(lower) or not lower[end].isalpha()):
                for kind in kinds:
                    found.setdefault(kind, []).append((at, end))
            at = lower.find(word, end)
    return found


def _windows(text: str, spans: list[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """The stretches of `text` around `spans`, merged, each ending at a word's end."""
    windows: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lo, hi = max(0, start - before), min(len(text), end + after)
        while hi < len(text) and (text[hi].isalnum() or text[hi] in "'’"):
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def scan(text: str) -> list[Match]:
    """The temporal expressions of `text` as rule matches: the longest, not overlapping, in text order.

    A rule is tried only on the stretches of text around the key words it needs (a month name for
    a date, a unit for a duration), which keeps the scan to a few hundredths of the parse.
    """
    keys = _keys(text)
    found: list[Match] = []
    for priority, rule in enumerate(rules()):
        spans = [span for kind in rule.keys for span in keys.get(kind, ())]
        for lo, hi in _windows(text, spans, rule.before, rule.after):
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.append(Match(m.start(), m.end(), rule.name, m.groupdict(), priority))
    found.sort(key=lambda m: (-(m.end - m.start), m.priority, m.start))
    taken: list[Match] = []
    for match in found:
        if all(match.end <= t.start or match.start >= t.end for t in taken):
            taken.append(match)
    return sorted(taken, key=lambda m: m.start)


@cache
def _edge() -> re.Pattern[str]:
    return re.compile(_spaces(EDGE_SOURCE), re.IGNORECASE)


def edge_before(text: str, start: int) -> tuple[int, str] | None:
    """(new start, word) when `text` just before `start` holds an edge modifier ("early", "the end of")."""
    m = _edge().search(text, max(0, start - 40), start)
    if not m or m.end() != start:
        return None
    return m.start(), (m.group("edge") or m.group("edge2")).lower()
