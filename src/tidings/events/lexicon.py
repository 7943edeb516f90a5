"""The event lexicon: verb, noun and adjective patterns, light verbs, embedding verbs, modality words and
code transforms, read from the text files in `data/` (their syntax is in data/README.md).

Patterns are indexed by lemma once per process, so the coder looks up each token's lemma in a
dict instead of trying every pattern.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from tidings.events import cameo

EMBED_FLAGS = frozenset({"report", "allege", "intent", "refuse", "threaten", "appeal", "demand", "pass", "attempt",
                         "allow"})
KNOWN_FLAGS = EMBED_FLAGS | {"sym", "light", "subj", "carried", "target", "poss=target", "poss=source", "to-come",
                                    "compound=target", "predicate", "foreign", "answer"}
EMBED_KINDS = frozenset({"future", "belief", "pass", "attempt", "cease", "fail", "intent"})
LIGHT_ROLES = frozenset({"source", "target"})
MODALITIES = frozenset({"future", "hypothetical"})
# The root each carrying kind codes into: an event already in it keeps its code.
KIND_ROOTS = {"intent": "03", "intent_not": "03", "refuse": "12", "threaten": "13", "appeal": "02", "demand": "10",
              "allow": "086"}
NOUN_DEFAULT_SOURCE = ("gov", "poss", "prep:by", "mod")
SLOT_HEADS = ("subj", "dobj", "dative", "poss", "mod", "gov", "prep:")
# The hand-written verb patterns first: on equal conditions the first line wins, so a pattern
# of verbs.txt overrides one converted from PETRARCH-2's dictionary (verbs_cameo2.txt).
VERB_FILES = ("verbs.txt", "verbs_cameo2.txt")
# The code of a reading that is no event ("provide for" in a deal's clause, "spoke to an audience"):
# as PETRARCH's null code, it stops the lemma's looser patterns from coding the phrase.
NULL_CODE = "---"
REQUIRE_HEADS = ("subj", "dobj", "dobj.mod", "dative", "prt", "xcomp", "ccomp", "oprd", "mod", "gov", "prep:")
# What `subj.actor=` and `dobj.actor=` may ask of the actor a slot names: its kind, or a CAMEO
# role code (three capitals: MIL, REB ...).
ACTOR_SLOTS = frozenset({"subj.actor", "dobj.actor"})
ACTOR_KINDS = frozenset({"person", "organization", "country", "group"})


class LexiconError(ValueError):
    """A line of a lexicon file that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Requirement:
    slot: str                         # "dobj", "prt", "prep:on|against", "mod", "gov", "xcomp" ...
    lemmas: frozenset[str] | None     # the lemmas the slot's word must have; None: present is enough
    first: str | None = None          # the first lemma as written, for the pattern's id
    listed: str | None = None         # the word list of data/naming.txt the lemmas come from ("insult")

    @property
    def preps(self) -> frozenset[str]:
        """The prepositions of a `prep:a|b` slot."""
        return _slot_preps(self.slot)


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str                           # "accuse.of.crime.v": the `pattern` of the events it makes
    pos: str                          # "verb", "noun" or "adj" (a predicate adjective: "is optimistic about")
    lemma: str
    requires: tuple[Requirement, ...]
    source: tuple[str, ...]           # slots tried in order for the source
    target: tuple[str, ...]           # slots tried in order for the target ("-": none)
    code: str                         # CAMEO code
    flags: frozenset[str]
    origin: str                       # "verbs.txt:123", where a user finds the line
    # The lemmas a `dobj=` condition asks of the object, None without one: a verb with many
    # patterns skips those whose object it does not have before checking anything else.
    object_words: frozenset[str] | None = None

    @property
    def embeds(self) -> str | None:
        """The carrying kind of this pattern (report, allege, intent, ...), if any."""
        return _embed_kind(self.flags)

    @property
    def mutual(self) -> str | None:
        """For a `mutual` pattern (an act both sides do to each other: "clashed with"), the code of
        the way back: "" for the pattern's own code, or the code of `mutual=175`; None otherwise."""
        return _mutual(self.flags)


# Asked of every match by every step of the coder: worked out once per distinct slot or flag set.
@cache
def _slot_preps(slot: str) -> frozenset[str]:
    return frozenset(slot[5:].split("|"))


@cache
def _embed_kind(flags: frozenset[str]) -> str | None:
    kinds = flags & EMBED_FLAGS
    return next(iter(sorted(kinds))) if kinds else None


@cache
def _mutual_flags(flags: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in flags if f == "mutual" or f.startswith("mutual="))


@cache
def _mutual(flags: frozenset[str]) -> str | None:
    found = _mutual_flags(flags)
    return next(iter(found)).partition("=")[2] if found else None


@dataclass(frozen=True, slots=True)
class LightVerb:
    lemma: str
    via: str                          # "dobj" or "prep:in" ...: where the event noun stands
    role: str                         # "source": the verb's subject is the source; "target": the target


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Pattern, ...]]     # by lemma, most constrained first
    nouns: dict[str, tuple[Pattern, ...]]
    light: dict[str, tuple[LightVerb, ...]]
    embedding: dict[str, str]                 # lemma -> future / belief / pass / attempt / cease
    modality: dict[str, str]                  # word -> future / hypothetical
    transforms: dict[str, dict[str, str | None]]  # kind -> code prefix -> code (None: no event)
    adjectives: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)   # predicate adjectives

    def patterns(self) -> list[Pattern]:
        """Every verb, noun and adjective pattern."""
        return [p for group in (*self.verbs.values(), *self.nouns.values(), *self.adjectives.values()) for p in group]

    def transform(self, kind: str, code: str) -> str | None:
        """The code an event `code` carried by `kind` becomes; `code` itself when nothing applies,
        None when the pair makes no event ("refused to attack")."""
        if code.startswith(KIND_ROOTS.get(kind, "--")):
            return code
        table = self.transforms.get(kind, {})
        for end in range(len(code), 1, -1):
            if code[:end] in table:
                return table[code[:end]]
        return code


def _data(name: str) -> list[tuple[int, list[str]]]:
    text = files("tidings.events").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            rows.append((number, line.split()))
    return rows


def _requirements(cell: str, where: str) -> tuple[Requirement, ...]:
    if cell == "-":
        return ()
    out = []
    for part in cell.split(";"):
        slot, _, lemmas = part.partition("=")
        if not slot.startswith(REQUIRE_HEADS):
            raise LexiconError(f"{where}: unknown condition {part!r}")
        if lemmas.startswith("@"):         # "oprd=@insult": a word list of naming.txt
            listed = lemmas[1:]
            if listed not in _word_lists():
                raise LexiconError(f"{where}: no word list {listed!r} in naming.txt")
            out.append(Requirement(slot, _word_lists()[listed], listed, listed))
            continue
        words = lemmas.split("|") if lemmas else []
        actor_slot = slot in ACTOR_SLOTS or (slot.startswith("prep:") and slot.endswith(".actor"))
        if actor_slot and any(w not in ACTOR_KINDS and not (len(w) == 3 and w.isupper()) for w in words):
            raise LexiconError(f"{where}: {part!r} asks for an actor kind ({', '.join(sorted(ACTOR_KINDS))}) "
                               "or a CAMEO role code")
        out.append(Requirement(slot, frozenset(words) if words else None, words[0] if words else None))
    return tuple(out)


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    """The word lists of naming.txt by name ("insult", "praise")."""
    out: dict[str, set[str]] = {}
    for number, cells in _data("naming.txt"):
        if len(cells) != 2:
            raise LexiconError(f"naming.txt:{number}: expected 'word list'")
        out.setdefault(cells[1], set()).add(cells[0])
    return {name: frozenset(words) for name, words in out.items()}


def _slots(cell: str, default: tuple[str, ...], where: str) -> tuple[str, ...]:
    if cell == "-":
        return ()
    slots: list[str] = []
    for part in cell.split(","):
        if part == "*":
            slots.extend(default)
        elif part.startswith(SLOT_HEADS):
            slots.append(part)
        else:
            raise LexiconError(f"{where}: unknown slot {part!r}")
    return tuple(slots)


def _pattern_id(pos: str, lemma: str, requires: tuple[Requirement, ...]) -> str:
    parts = [lemma]
    for req in requires:
        if req.slot.startswith("prep:"):
            parts.append(req.slot[5:].split("|")[0].removesuffix(".actor"))
        elif req.slot in ("prt", "xcomp", "ccomp") and req.lemmas is None:
            parts.append(req.slot)
        if req.first:
            parts.append(req.first)
    return ".".join(parts) + {"verb": ".v", "noun": ".n", "adj": ".a"}[pos]


def _patterns(names: tuple[str, ...], pos: str) -> dict[str, tuple[Pattern, ...]]:
    by_lemma: dict[str, list[Pattern]] = {}
    seen: dict[str, int] = {}
    default_source = NOUN_DEFAULT_SOURCE if pos == "noun" else ("subj",)
    rows = [(name, number, cells) for name in names for number, cells in _data(name)]
    for name, number, cells in rows:
        where = f"{name}:{number}"
        if len(cells) != 6:
            raise LexiconError(f"{where}: expected 6 columns (lemma requires source target code flags)")
        lemma, requires_cell, source_cell, target_cell, code, flags_cell = cells
        if code != NULL_CODE and not cameo.is_code(code):
            raise LexiconError(f"{where}: {code!r} is not a CAMEO code")
        flags = frozenset() if flags_cell == "-" else frozenset(flags_cell.split(","))
        if flags - KNOWN_FLAGS - _mutual_flags(flags):
            raise LexiconError(f"{where}: unknown flags {sorted(flags - KNOWN_FLAGS - _mutual_flags(flags))}")
        back = _mutual(flags)
        if back and not cameo.is_code(back):
            raise LexiconError(f"{where}: {back!r} in mutual={back} is not a CAMEO code")
        requires = _requirements(requires_cell, where)
        base = _pattern_id(pos, lemma, requires)
        seen[base] = seen.get(base, 0) + 1
        pattern_id = base if seen[base] == 1 else f"{base[:-2]}.{seen[base]}{base[-2:]}"
        pattern = Pattern(pattern_id, pos, lemma, requires, _slots(source_cell, default_source, where),
                          _slots(target_cell, (), where), code, flags, where,
                          next((r.lemmas for r in requires if r.slot == "dobj" and r.lemmas), None))
        by_lemma.setdefault(lemma, []).append(pattern)
    # Most constrained first: "impose sanctions on" is tried before a bare "impose"; among as many
    # conditions, those naming words first ("withdraw peacekeepers" before "withdraw from").
    return {lemma: tuple(sorted(group, key=_constraint)) for lemma, group in by_lemma.items()}


def _constraint(pattern: Pattern) -> tuple[int, int]:
    return -len(pattern.requires), -sum(r.lemmas is not None for r in pattern.requires)


def _light_verbs() -> dict[str, tuple[LightVerb, ...]]:
    out: dict[str, list[LightVerb]] = {}
    for number, cells in _data("light_verbs.txt"):
        if len(cells) != 3 or cells[2] not in LIGHT_ROLES:
            raise LexiconError(f"light_verbs.txt:{number}: expected 'lemma via role' with role source|target")
        out.setdefault(cells[0], []).append(LightVerb(*cells))
    return {lemma: tuple(group) for lemma, group in out.items()}


def _pairs(name: str, allowed: frozenset[str]) -> dict[str, str]:
    out = {}
    for number, cells in _data(name):
        if len(cells) != 2 or cells[1] not in allowed:
            raise LexiconError(f"{name}:{number}: expected 'word kind' with kind in {sorted(allowed)}")
        out[cells[0]] = cells[1]
    return out


def _transforms() -> dict[str, dict[str, str | None]]:
    text = files("tidings.events").joinpath("data", "transforms.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, str | None]] = {}
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    for number, row in enumerate(rows, 1):
        kind, prefix, code = row
        if code != "-" and not cameo.is_code(code):
            raise LexiconError(f"transforms.tsv row {number}: {code!r} is not a CAMEO code")
        out.setdefault(kind, {})[prefix] = None if code == "-" else code
    return out


@cache
def load_lexicon() -> Lexicon:
    """The lexicon from the package's data files, read and indexed once per process."""
    return Lexicon(
        verbs=_patterns(VERB_FILES, "verb"),
        nouns=_patterns(("nouns.txt",), "noun"),
        light=_light_verbs(),
        embedding=_pairs("embedding.txt", EMBED_KINDS),
        modality=_pairs("modality.txt", MODALITIES),
        transforms=_transforms(),
        adjectives=_patterns(("adjectives.txt",), "adj"),
    )
