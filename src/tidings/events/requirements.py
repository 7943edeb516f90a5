"""How one pattern's conditions are tested against the parse: whether a verb or noun trigger has
the objects, subjects, particles, prepositions and predicates its pattern asks for
(lexicon.Requirement), and which of a verb's patterns its objects let through at all.

The Matcher (matching.py) asks these for each pattern of a trigger's lemma; the words they read
(`lemma`, `object_lemmas`) are those the patterns name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from tidings.events import syntax
from tidings.events.lexicon import Pattern, Requirement
from tidings.events.participants import Participants

# Plurals the small model lemmatises to a rarer word: "bases" -> "basis" (military bases are
# struck), "data" -> "datum", "media" -> "medium"
NOUN_LEMMA_SLIPS = {"bases": "base", "data": "data", "media": "media"}
SLIPPED_LEMMAS = frozenset({"basis", "datum", "medium"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
# particles the parser reads as prepositions, with the preposition after them hung on them ("out of")
PARTICLE_PREPS = frozenset({"out", "away", "back", "off"})


def lemma(token: Token) -> str:
    """The lowercased lemma of `token`, mended where the small model slips (NOUN_LEMMA_SLIPS, a
    plural name kept whole): the word the patterns name."""
    lemma = token.lemma_.lower()
    if lemma in SLIPPED_LEMMAS and token.pos_ in syntax.NOUN_POS:
        return NOUN_LEMMA_SLIPS.get(token.lower_, lemma)
    if token.tag_ == "NNPS" and lemma == token.lower_ and lemma.endswith("s") and not lemma.endswith("ss"):
        # the lemmatizer keeps a plural it takes for a name as it is: in a headline "Diplomats", "Jets"
        return lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
    return lemma


def _has_particle(verb: Token, words: frozenset[str] | None) -> bool:
    # The parser labels some particles advmod or a bare prep ("walked out", "pulled out of").
    for child in verb.children:
        if words is not None and child.lower_ not in words:
            continue
        if child.dep_ == "prt" or (child.dep_ in PARTICLE_DEPS and not any(g.dep_ == "pobj" for g in child.children)):
            return True
    # ... or a word counting the object ("hand over 30 vehicles": over/quantmod of 30)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return words is not None and after is not None and after.lower_ in words and after.dep_ == "quantmod" \
        and after.head.dep_ == "nummod" and after.head.head in syntax.objects(verb)


def particle_objects(verb: Token) -> list[Token]:
    """The objects of a particle the parser read as a preposition ("hands over food to Sudan":
    over/prep, food its object): the phrase right after an active verb with no object of its own.
    Only a pattern asking for that particle and that object takes them ("flew over Syria" is no
    handing over)."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.dep_ != "prep" or after.head.i != verb.i or syntax.is_passive(verb) \
            or syntax.objects(verb):
        return []
    return [o for o in after.children if o.dep_ == "pobj" and not syntax.is_time(o)]


def _prep_holds(token: Token, req: Requirement, extra: list[Token]) -> bool:
    wanted = req.preps
    # "pulled out of the deal": the parser hangs "of" on the particle it reads as a preposition
    particles = [p for p in syntax.preps(token) if p.lower_ in PARTICLE_PREPS and p.lower_ not in wanted]
    for owner in [token, *extra, *particles]:
        for prep in syntax.preps(owner):
            if prep.lower_ not in wanted:
                continue
            if req.lemmas is None:
                if any(o.dep_ in ("pobj", "pcomp") and not syntax.is_time(o) for o in prep.children):
                    return True              # "called on Iran", not "called on Tuesday"
                continue
            objects = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
            if any(lemma(o) in req.lemmas or o.lower_ in req.lemmas for o in objects):
                return True
            if req.listed and any(_modifier_lemmas(o) & req.lemmas for o in objects):
                return True                  # "described him as a dangerous man"
    # "called for Egyptians to join the protest": the parser makes "for" the mark of the
    # infinitive with its own subject
    return req.lemmas is None and "for" in wanted and syntax.wished_clause(token) is not None


def _modifier_lemmas(token: Token) -> set[str]:
    out = {lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    out |= {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    # and those of a compound noun before it: "a military aid package" (military <- aid <- package)
    out |= {lemma(g) for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"
            for g in c.children if g.dep_ in ("compound", "amod")}
    if (misread := syntax.misread_plural(token)) is not None:
        out.add(lemma(misread[1]))          # "imposed asset freezes": asset, parsed as the object
    if "-" in token.lower_:                 # "air-strike", "car-bomb": the first part modifies
        out.add(token.lower_.split("-", 1)[0])
    return out


# Heads that count something: the object of "returned dozens of artifacts" is the artifacts,
# of "sent a team of doctors" the doctors.
QUANTITY_HEADS = frozenset({"dozen", "hundred", "thousand", "million", "number", "lot", "ton", "tonne", "some",
                            "most", "part", "series", "round", "wave", "batch", "set", "package", "shipment",
                            "kind", "type", "form", "amount", "host", "couple", "pair", "range", "array",
                            "team", "contingent", "convoy", "fleet", "%", "percent", "half", "third", "quarter",
                            "share", "portion", "bulk", "majority", "rest", "fraction"})


# A sum of money is money in the currency its sign names ("$33 million": dollar, money).
CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee"}


def object_lemmas(obj: Token) -> set[str]:
    """The lemmas an object stands for: its own, its compound modifiers' ("aid deliveries",
    "mediation efforts"), through a quantity the counted noun's ("dozens of artifacts"), and for
    a sum of money "money", its currency and what it is in ("$33 million in aid")."""
    out = {lemma(obj)} | {lemma(c) for c in obj.children if c.dep_ == "compound"}
    signs = [CURRENCY_SIGNS[c.text] for c in obj.children if c.text in CURRENCY_SIGNS]
    money = bool(signs) or obj.ent_type_ == "MONEY"
    if money:
        out |= {"money", *signs}
    if lemma(obj) in QUANTITY_HEADS or obj.pos_ == "NUM" or money:
        for counted in syntax.prep_objects(obj, frozenset({"of", "in"} if money else {"of"})):
            out |= {lemma(counted)} | {lemma(c) for c in counted.children if c.dep_ == "compound"}
    return out


def _subject_lemmas(subject: Token) -> set[str]:
    """The lemmas a subject stands for: its own and its modifiers', and through a quantity the
    counted noun's ("hundreds of peacekeepers", "the first contingent of peacekeeping troops")."""
    out = {lemma(subject)} | _modifier_lemmas(subject)
    if lemma(subject) in QUANTITY_HEADS or subject.pos_ == "NUM":
        for counted in syntax.prep_objects(subject, frozenset({"of"})):
            out |= {lemma(counted)} | _modifier_lemmas(counted)
    return out


class VerbFacts:
    """What the conditions of a verb's patterns ask about it, read from the parse once: a verb
    with many patterns ("send": aid, troops, envoys ...) would otherwise walk its objects each time."""

    __slots__ = ("_lemmas", "_mods", "_objects", "participants", "particle", "verb")

    def __init__(self, verb: Token, participants: Participants | None = None,
                 particle: tuple[Token, list[Token]] | None = None) -> None:
        self.verb = verb
        self.participants = participants
        # a particle read as a preposition, and its objects, which stand for the verb's
        self.particle = particle
        self._objects: list[Token] | None = particle[1] if particle else None
        self._lemmas: set[str] | None = None
        self._mods: set[str] | None = None

    @property
    def objects(self) -> list[Token]:
        if self._objects is None:
            self._objects = syntax.objects(self.verb)
        return self._objects

    @property
    def object_lemmas(self) -> set[str]:
        if self._lemmas is None:
            self._lemmas = set().union(*(object_lemmas(o) for o in self.objects))
        return self._lemmas

    @property
    def object_modifiers(self) -> set[str]:
        if self._mods is None:
            self._mods = set().union(*(_modifier_lemmas(o) for o in self.objects))
            if self.objects:                 # "test-fired a missile" is "fired a test missile"
                self._mods |= set(_hyphen_prefixes(self.verb))
        return self._mods

    def has_actor(self, tokens: list[Token], kinds: frozenset[str] | None) -> bool:
        """True when one of `tokens` names an actor of one of `kinds`: an actor kind (country,
        organization, group, person), a CAMEO role (MIL, REB ...) or country code (IGO: an
        international body); any actor when None."""
        if self.participants is None:
            return False
        return any(kinds is None or actor.kind in kinds or actor.role in kinds or actor.country in kinds
                   for t in tokens for actor in self.participants.named(t))


def _hyphen_prefixes(verb: Token) -> list[str]:
    """The words joined to the verb by a hyphen before it ("test" in "test-fired"), which the parser
    hangs on the verb as modifiers."""
    doc = verb.doc
    return [c.lower_ for c in verb.children if c.i == verb.i - 2 and doc[verb.i - 1].text == "-"
            and not doc[verb.i - 1].whitespace_ and not c.whitespace_]


def verb_holds(verb: Token, req: Requirement, facts: VerbFacts | None = None) -> bool:
    """True when the verb `verb` meets the pattern condition `req`."""
    slot, lemmas = req.slot, req.lemmas
    facts = facts or VerbFacts(verb)
    if slot == "dobj":
        return bool(facts.object_lemmas & lemmas) if lemmas else bool(facts.objects)
    if slot == "dobj.mod":
        return bool(facts.object_modifiers & lemmas)
    if slot == "dobj.actor":                 # "Israel hit Hamas", not "hit a record", "hit Biden over"
        return facts.has_actor(facts.objects, lemmas)
    if slot == "subj.actor":                 # "Russia hit Ukraine", not "the crisis hit Lebanon"
        return facts.has_actor(syntax.subjects(verb), lemmas)
    if slot == "dative":                     # "allowed aid workers access", "gave relief groups access"
        return any(_subject_lemmas(d) & lemmas for d in syntax.datives(verb)) if lemmas else bool(syntax.datives(verb))
    if slot == "subj":                       # "peacekeepers arrived", "peacekeeping troops arrived"
        doers = syntax.subjects(verb)
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head not in doers:
            doers = [*doers, verb.head]      # "posted tweets targeting X": the tweets, written by the poster
        return any(_subject_lemmas(s) & lemmas for s in doers)
    if slot == "prt":
        return _has_particle(verb, lemmas) or (facts.particle is not None and lemmas is not None
                                               and facts.particle[0].lower_ in lemmas)
    if slot in ("xcomp", "ccomp"):
        found = [c for c in verb.children if c.dep_ == slot]
        if slot == "xcomp" and lemmas is None:
            found += [c for c in verb.children if syntax.object_infinitive(c)]
        return any(lemmas is None or lemma(c) in lemmas for c in found)
    if slot == "oprd":
        # the parser may read the predicate as a second object ("designated Meta an extremist organization")
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemmas is None:                   # any predicate: "left NATO divided"
            return any(c.dep_ in ("oprd", "acomp") for c in verb.children)
        return any((c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod") or c in objects[1:])
                   and (lemma(c) in lemmas or (req.listed is not None and bool(_modifier_lemmas(c) & lemmas)))
                   for c in verb.children) \
            or any(lemma(c) in lemmas or (req.listed is not None and bool(_modifier_lemmas(c) & lemmas))
                   for c in bare_appositions([*facts.objects, *syntax.datives(verb)]))
            # a listed word may qualify the predicate ("a stupid guy"); the parser may make the
            # predicate an apposition of the object ("called Assad a dictator")
    if slot.startswith("prep:") and slot.endswith(".actor"):
        # "prep:from.actor=IGO": "Mali withdrew from ECOWAS", not "Russia withdrew from Kherson"
        # (or on its object: "froze its participation in the CSTO")
        preps = _actor_slot_preps(slot)
        return any(facts.has_actor(syntax.prep_objects(t, preps), lemmas) for t in [verb, *facts.objects])
    if slot.startswith("prep:"):
        return _prep_holds(verb, req, facts.objects)
    return False


@cache
def _actor_slot_preps(slot: str) -> frozenset[str]:
    """The prepositions of a `prep:a|b.actor` slot."""
    return frozenset(slot[5:].removesuffix(".actor").split("|"))


# Per pattern tuple of the lexicon (a lemma's patterns, which live as long as the lexicon), by id:
# asked once per lemma, not once per verb of the text; hashing the patterns would cost more.
_ASKS: dict[tuple[str, int], tuple[tuple[Pattern, ...], bool]] = {}


def asks(kind: str, patterns: tuple[Pattern, ...]) -> bool:
    known = _ASKS.get((kind, id(patterns)))
    if known is not None and known[0] is patterns:
        return known[1]
    if kind == "particle":
        answer = any(asks_particle(p) for p in patterns)
    else:
        answer = any(r.slot == "oprd" and r.listed for p in patterns for r in p.requires)
    _ASKS[(kind, id(patterns))] = (patterns, answer)
    return answer


def asks_particle(pattern: Pattern) -> bool:
    """True when `pattern` asks for a particle and an object word ("hand over aid"): only such a
    pattern reads a preposition as the particle, and its object as the verb's."""
    return any(r.slot == "prt" and r.lemmas for r in pattern.requires) and pattern.object_words is not None


def bare_appositions(objects: list[Token]) -> list[Token]:
    """The appositions of `objects` with no comma before them: "called the president a dictator"
    is read by the small model as an apposition, "the president, a former general" has its comma."""
    return [c for o in objects for c in o.children
            if c.dep_ == "appos" and c.i > o.i and not any(t.is_punct for t in c.doc[o.i:c.left_edge.i])]


def noun_holds(noun: Token, req: Requirement, governor: Token | None) -> bool:
    """True when the noun `noun`, governed by the verb `governor`, meets the condition `req`."""
    if req.slot == "mod":
        return bool(_modifier_lemmas(noun) & req.lemmas)
    if req.slot == "gov":
        # a verb with an object predicate judges the noun, it does not do it: "called the strike
        # a war crime" is no call for a strike, "declared the talks a failure" holds no talks
        if governor is None or any(c.dep_ == "oprd" for c in governor.children):
            return False
        return any(f in req.lemmas for f in syntax.lemma_forms(governor))
    if req.slot.startswith("prep:"):
        return _prep_holds(noun, req, [])
    return False


@dataclass(frozen=True)
class _ObjectIndex:
    """Which of a verb's patterns (the lexicon's tuple) each object lemma lets through."""
    patterns: tuple[Pattern, ...]
    first: int                               # the first pattern that asks for an object word
    free: tuple[int, ...]                    # from `first` on, the patterns that ask for none
    by_word: dict[str, tuple[int, ...]]


# One index per pattern tuple of the lexicon, by identity (lexicon data only, never a parse).
_OBJECT_INDEXES: dict[int, _ObjectIndex] = {}


def _object_index(patterns: tuple[Pattern, ...]) -> _ObjectIndex:
    index = _OBJECT_INDEXES.get(id(patterns))
    if index is None or index.patterns is not patterns:
        worded = [i for i, p in enumerate(patterns) if p.object_words is not None]
        first = worded[0] if worded else len(patterns)
        by_word: dict[str, list[int]] = {}
        for i in worded:
            for word in patterns[i].object_words or ():
                by_word.setdefault(word, []).append(i)
        free = tuple(i for i in range(first, len(patterns)) if patterns[i].object_words is None)
        index = _OBJECT_INDEXES[id(patterns)] = _ObjectIndex(
            patterns, first, free, {w: tuple(found) for w, found in by_word.items()})
    return index


def allowed_patterns(patterns: tuple[Pattern, ...], facts: VerbFacts) -> Iterator[Pattern]:
    """The patterns of a verb, in the lexicon's order, but for those whose object words
    (`dobj=`) the verb's objects do not have; the objects are read when the first such pattern
    comes (a verb with many patterns, "send": aid, troops, envoys ..., skips the rest unread)."""
    index = _object_index(patterns)
    yield from patterns[:index.first]
    if index.first == len(patterns):
        return
    allowed = set(index.free)
    for word in facts.object_lemmas:
        allowed.update(index.by_word.get(word, ()))
    for i in sorted(allowed):
        yield patterns[i]
