"""The cleaner's rules, read once from the files under `data/` (see data/README.md).

`rules.tsv` holds the boilerplate patterns (one rule a line, with the reason it gives and where it
applies); `macros.tsv` names pieces of pattern the rules share; the `.txt` files are word lists
(agencies, abbreviations, caption verbs, the words that frame a glued sub-heading). Users audit
and extend these files; the code only applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal, get_args

from tidings.errors import ConfigError
from tidings.records import RemovedReason

DATA = Path(__file__).with_name("data")

Scope = Literal["sentence", "prefix", "opener", "lead"]
REASONS = frozenset(get_args(RemovedReason))
SCOPES = frozenset(get_args(Scope))
_MACRO = re.compile(r"\{([A-Z]+)\}")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    reason: RemovedReason
    scope: Scope
    pattern: re.Pattern[str]
    takes_dateline: bool          # the piece it removes names the article's dateline


@dataclass(frozen=True, slots=True)
class Rules:
    """Every rule and word list the cleaner applies, by the way it applies them."""

    sentence: tuple[Rule, ...]
    prefix: tuple[Rule, ...]
    opener: tuple[Rule, ...]
    lead: tuple[Rule, ...]
    abbreviations: frozenset[str]
    caption_verbs: frozenset[str]           # third-person forms: "meets", "watches"
    caption_verb_bases: frozenset[str]      # base forms: "meet", "watch"
    openers: re.Pattern[str]                # every opener in one pattern, group `o<n>` for opener[n]
    sentences: re.Pattern[str]              # every sentence rule in one pattern, group `s<n>`

    def opener_at(self, m: re.Match[str]) -> Rule:
        """The opener rule whose alternative made the match `m` of `openers`."""
        return next(rule for n, rule in enumerate(self.opener) if m.group(f"o{n}") is not None)

    def sentence_rule(self, text: str) -> Rule | None:
        """The first sentence rule that matches the whole of `text`, if any."""
        m = self.sentences.fullmatch(text)
        return None if m is None else next(r for n, r in enumerate(self.sentence) if m.group(f"s{n}") is not None)


def words(name: str) -> list[str]:
    """The entries of the word list `data/<name>`: one a line, `#` comments and blank lines skipped."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def third_person(verb: str) -> str:
    """The third person singular present of a regular English verb: meet -> meets, carry -> carries."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _alternation(names: list[str]) -> str:
    # Longest first, so "AP Photo" wins over "AP" and "EPA-EFE" over "EPA".
    return "(?:" + "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)) + ")"


def _macros() -> dict[str, str]:
    macros = {"AGENCY": _alternation(words("agencies.txt"))}
    for number, line in _rows("macros.tsv"):
        fields = line.split("\t")
        if len(fields) != 2:
            raise ConfigError(f"{DATA / 'macros.tsv'}:{number}: expected 'name<TAB>pattern'")
        name, pattern = fields
        macros[name] = _expand(pattern, macros, f"macros.tsv:{number}")
    return macros


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def one(m: re.Match[str]) -> str:
        if m[1] not in macros:
            raise ConfigError(f"{DATA / where}: unknown macro {{{m[1]}}} (define it in macros.tsv)")
        return macros[m[1]]

    return _MACRO.sub(one, pattern)


def _rows(name: str) -> list[tuple[int, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]


def _rule(number: int, line: str, macros: dict[str, str]) -> Rule:
    where = f"rules.tsv:{number}"
    fields = line.split("\t")
    if len(fields) != 5:
        raise ConfigError(f"{DATA / where}: expected 5 tab-separated fields (id, reason, scope, takes, pattern)")
    rule_id, reason, scope, takes, pattern = fields
    if reason not in REASONS:
        raise ConfigError(f"{DATA / where}: unknown reason {reason!r}; one of {sorted(REASONS)}")
    if scope not in SCOPES:
        raise ConfigError(f"{DATA / where}: unknown scope {scope!r}; one of {sorted(SCOPES)}")
    try:
        compiled = re.compile(_expand(pattern, macros, where))
    except re.error as exc:
        raise ConfigError(f"{DATA / where}: bad pattern in rule {rule_id}: {exc}") from exc
    return Rule(rule_id, reason, scope, compiled, takes == "dateline")  # type: ignore[arg-type]


def _glued_heading() -> re.Pattern[str]:
    # A capitalised word and one to four lower-case words, glued before a word that only opens
    # sentences: "Economic ties The two countries ...". The word lists keep verbs, prepositions and
    # articles out, so "Speaking to The Times" or "Officials said The" are never taken for headings.
    openers = _alternation(words("sentence_openers.txt"))
    starts = _alternation(words("not_heading_starts.txt"))
    inner = _alternation(words("not_heading_words.txt"))
    word = rf"(?!{inner}\b)(?![a-z]+ed\b)[a-z]+"
    return re.compile(rf"(?!{starts}\b)[A-Z][a-z]+(?:[\s-]{word}){{1,4}}(?=\s+{openers}\s)")


@cache
def load_rules() -> Rules:
    """The rules of data/, compiled once per process; a ConfigError names a bad line."""
    macros = _macros()
    rules = [_rule(number, line, macros) for number, line in _rows("rules.tsv")]
    # The glued sub-heading is a rule built from three word lists rather than one line of rules.tsv.
    rules.append(Rule("heading.glued", "heading", "prefix", _glued_heading(), False))
    by_scope = {scope: tuple(r for r in rules if r.scope == scope) for scope in SCOPES}
    bases = frozenset(w.lower() for w in words("caption_verbs.txt"))
    # One pass over a sentence finds every opener: at each word start the alternatives are tried
    # in file order, and a match's label is never searched again (PHOTO: inside FILE PHOTO:).
    # Every opener begins with a capital or a bracket, which spares trying them at other words.
    openers = "|".join(f"(?P<o{n}>{rule.pattern.pattern})" for n, rule in enumerate(by_scope["opener"]))
    # Alternatives are tried in order until the whole text matches: the first rule of the file wins.
    whole = "|".join(f"(?P<s{n}>{rule.pattern.pattern})" for n, rule in enumerate(by_scope["sentence"]))
    return Rules(
        openers=re.compile(rf"(?<!\S)(?=[(A-Z])(?:{openers})"), sentences=re.compile(whole),
        sentence=by_scope["sentence"], prefix=by_scope["prefix"], opener=by_scope["opener"],
        lead=by_scope["lead"],
        abbreviations=frozenset(w.lower() for w in words("abbreviations.txt")),
        caption_verbs=frozenset(third_person(v) for v in bases), caption_verb_bases=bases,
    )
