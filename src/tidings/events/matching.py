"""Matching one word of a sentence against the patterns of its lemma: which pattern holds, and
which actors fill its source and target slots.

A `Match` is a candidate event before the sentence-level steps (carried events, modality,
reporting) decide what becomes of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.actors.disasters import accident_nouns
from tidings.events import syntax
from tidings.events.lexicon import NULL_CODE, Lexicon, LightVerb, Pattern, Requirement
from tidings.events.participants import AUTHORED_NOUNS, Participants
from tidings.records import Actor

BETWEEN = frozenset({"between"})
# People a gerund before them describes ("bombing victims", "shooting survivors")
DESCRIBED_PEOPLE = frozenset({"victim", "survivor", "suspect", "casualty"})
# Plurals the small model lemmatises to a rarer word: "bases" -> "basis" (military bases are
# struck), "data" -> "datum", "media" -> "medium"
NOUN_LEMMA_SLIPS = {"bases": "base", "data": "data", "media": "media"}
SLIPPED_LEMMAS = frozenset({"basis", "datum", "medium"})
# Verbs of how someone feels or seems, whose participle is a feeling ("felt betrayed")
SEEMING = frozenset({"feel", "felt", "seem", "look", "appear", "sound"})
# Month names that are also event nouns, read as months where the model dates them ("March 27") or a
# day or year follows them (a byline re-read in another case: "Reporter march 15, 2009")
MONTHS = frozenset({"march", "may"})
# Prepositions that set a noun event in the clause of its verb: the clause's coordinated
# subject takes part in it ("Xi and Putin accused the US ... during a telephone conversation").
SETTING_PREPS = frozenset({"during", "in", "at", "after", "before", "amid", "following", "on", "over"})
# ... and those of a trip the clause's subject makes: not "over", the topic of a protest ("hit
# out at Japan over the visit" is no Chinese visit)
TRIP_PREPS = SETTING_PREPS - {"over"}
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
# Prepositions of the event a passive verb's doer is named in ("killed in an Israeli airstrike").
DOER_PREPS = frozenset({"in", "during", "amid"})
# Fighting (CAMEO 19): where the fire came from is who fired it ("rockets were fired from Lebanon");
# not assault (18): "abducted from Israel" names where the victims were.
FIRED_FROM_ROOTS = frozenset({"19"})
# Verbs whose subject is the victim of the deed in their in/during-phrase ("soldiers died in a
# Russian bombardment": the soldiers were bombarded).
DYING_VERBS = frozenset({"die", "perish"})
# ... and the prepositions of what someone died of ("died after torture", "died from the beating",
# "died under torture", "died due to torture"; "as a result of" is read through its noun).
CAUSE_PREPS = DOER_PREPS | {"after", "from", "of", "under", "due", "because"}
# Deeds that are coded with the one who died of them as the target even when no doer is named
# (assault 18, fighting 19, mass violence 20), as "a roadside bomb killed three soldiers" is.
FATAL_ROOTS = frozenset({"18", "19", "20"})
# Easing administrative or economic sanctions: a passive lifting with no agent is their author's
LIFTING_CODES = frozenset({"081", "085"})
# Deploying forces (154, peacekeepers 074): a passive deployment with no agent is the forces' own
DEPLOYING_CODES = frozenset({"154", "074"})
ARMED_ROLES = frozenset({"MIL", "COP", "SPY"})
FORCES = frozenset({"troop", "soldier", "force", "army", "marine", "personnel", "unit", "battalion", "brigade",
                    "peacekeeper", "warship", "ship", "jet", "aircraft", "contingent"})
# Gatherings a politician or party holds that are a campaign's, not a protest ("a Trump rally"), and
# the roles that campaign
PROTEST_ROOT = "14"
CAMPAIGN_EVENTS = frozenset({"rally"})
CAMPAIGN_ROLES = frozenset({"GOV", "ELI", "LEG", "PTY"})
# What runs people over: as the doer of an act of force, a road accident (`_run_over`)
VEHICLES = frozenset({"car", "truck", "suv", "van", "bus", "train", "vehicle", "motorist", "motorcycle", "lorry",
                      "taxi", "tractor", "minivan", "pickup", "motorcyclist", "cyclist", "tram"})
# Answers to what someone else did (accept 03, yield 08, endorse and praise 05, criticise 11,
# reject 12): when the object is an act ("rejected Iran's proposal"), its author is the target.
ANSWER_ROOTS = frozenset({"03", "05", "08", "11", "12"})
ANSWER_CODES = frozenset({"016"})            # "denied charges by the clergymen", "refuted Trump's comments"
# Giving (CAMEO 06 material cooperation, 07 aid): "provided X with Y" gives to the object.
GIVING_ROOTS = frozenset({"06", "07"})
# What a gift arriving somewhere does, and the prepositions of where it arrives ("aid reached Turkey").
ARRIVING_VERBS = frozenset({"reach", "arrive", "land", "get"})
ARRIVAL_PREPS = frozenset({"in", "at", "to", "into"})
WITH = frozenset({"with"})
OF = frozenset({"of"})
FOR = frozenset({"for"})
REJECTION_ROOT = "12"
# Requests made on someone's behalf or about someone: "an extradition request for X", "a bail
# application for X", "a petition for X".
REQUEST_NOUNS = frozenset({"request", "application", "petition", "plea", "bid"})
# Verbs whose with-phrase is the means, done by their subject: "reinforced its commitment with a
# contribution of 56 million euros to the WFP", "responded with airstrikes on Gaza". Not verbs
# whose with-phrase is a partner or a topic ("agreed with", "disagreed with the strikes").
MEANS_VERBS = frozenset({"respond", "retaliate", "react", "answer", "reinforce", "back", "support", "help",
                         "assist", "bolster", "boost", "strengthen", "underline", "underscore", "demonstrate",
                         "show", "follow", "mark", "honour", "honor"})
# Particles the parser takes for prepositions, with the verb's own phrase under them ("pulled out of").
PARTICLE_PREPS = frozenset({"out", "away", "back", "off"})
# Objects that are the subject's own self: the doer is also the target ("Iraq attacked itself").
REFLEXIVE_PRONOUNS = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "themself"})
PLURAL_REFLEXIVES = frozenset({"themselves", "ourselves"})
# A suicide attack's reflexive object is how the attack is made, not whom it is against ("a bomber
# blew himself up at the gate" targets those at the gate, never the bomber).
SELF_AS_MEANS_CODES = frozenset({"183"})
BASE_CONFIDENCE = {"active": 0.8, "passive": 0.75, "light": 0.75, "nominal": 0.65, "setting": 0.6}


@dataclass
class Match:
    trigger: Token
    pattern: Pattern
    construction: str                  # active, passive, light:<verb>, nominal, setting
    clause: Token                      # the word whose negation, modals and carrier count
    sources: list[Actor]
    targets: list[Actor]
    source_tokens: list[Token]         # the words of the source slot, resolved or not
    target_tokens: list[Token] = field(default_factory=list)
    pairs: str = "cross"               # cross: each source with each target; all: every ordered pair;
    #                                    self: each source with itself (a reflexive object)
    code: str = ""
    modality: str = "asserted"
    reporter: Actor | None = None
    has_content: bool = False          # a carried event was found under this match
    dropped: bool = False              # absorbed by its carrier, or only alleged
    steps: list[str] = field(default_factory=list)   # how the code changed ("+intent")
    doer_noun: Token | None = None     # the event noun a passive verb's doer came from
    fatal: bool = False                # a noun event its targets died of ("died after torture")

    def __post_init__(self) -> None:
        self.code = self.code or self.pattern.code

    @property
    def confidence(self) -> float:
        base = BASE_CONFIDENCE.get(self.construction.split(":")[0], 0.7)
        base -= 0.05 * len(self.steps)
        if not self.sources:
            base -= 0.15
        if not self.targets:
            base -= 0.05
        return round(min(0.95, max(0.05, base)), 2)


def _reached(noun: Token) -> list[Token]:
    """The places a gift `noun` is the subject of arriving at: the object of "reached" or the
    in/at/to-phrase of "arrived" ("aid from Japan reached Turkey"); [] for any other noun."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in syntax.VERB_POS or verb.lemma_.lower() not in ARRIVING_VERBS:
        return []
    return [o for o in syntax.objects(verb) if not syntax.is_time(o)] + syntax.prep_objects(verb, ARRIVAL_PREPS)


def _reflexive(tokens: list[Token], doers: list[Token], sources: list[Actor]) -> bool:
    """True when `tokens` are reflexive pronouns that agree with the doers ("Iraq attacked itself",
    "the rebels armed themselves"): the doers' own selves. "themselves" after one country or
    person ("the US said Iraq had attacked themselves") is someone else, as "him" would be."""
    if not tokens or not all(t.lower_ in REFLEXIVE_PRONOUNS for t in tokens):
        return False
    if not all(t.lower_ in PLURAL_REFLEXIVES for t in tokens):
        return True
    return len(doers) > 1 or any(t.tag_ in ("NNS", "NNPS") for t in doers) \
        or all(a.kind in ("group", "organization") for a in sources)


def _lemma(token: Token) -> str:
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


def _particle_objects(verb: Token) -> list[Token]:
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
    for owner in [token, *extra]:
        for prep in syntax.preps(owner):
            if prep.lower_ not in wanted:
                continue
            if req.lemmas is None:
                if any(o.dep_ in ("pobj", "pcomp") and not syntax.is_time(o) for o in prep.children):
                    return True              # "called on Iran", not "called on Tuesday"
                continue
            objects = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
            if any(_lemma(o) in req.lemmas or o.lower_ in req.lemmas for o in objects):
                return True
            if req.listed and any(_modifier_lemmas(o) & req.lemmas for o in objects):
                return True                  # "described him as a dangerous man"
    return False


def _modifier_lemmas(token: Token) -> set[str]:
    out = {_lemma(c) for c in token.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    out |= {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    if (misread := syntax.misread_plural(token)) is not None:
        out.add(_lemma(misread[1]))          # "imposed asset freezes": asset, parsed as the object
    if "-" in token.lower_:                 # "air-strike", "car-bomb": the first part modifies
        out.add(token.lower_.split("-", 1)[0])
    return out


# Heads that count something: the object of "returned dozens of artifacts" is the artifacts,
# of "sent a team of doctors" the doctors.
QUANTITY_HEADS = frozenset({"dozen", "hundred", "thousand", "million", "number", "lot", "ton", "tonne", "some",
                            "most", "part", "series", "round", "wave", "batch", "set", "package", "shipment",
                            "kind", "type", "form", "amount", "host", "couple", "pair", "range", "array",
                            "team", "contingent", "convoy", "fleet"})


# Heads whose in-phrase is what grows ("an increase in aid", "a boost in funding"): the noun
# stands under the light verb of its head.
GROWTH_HEADS = frozenset({"increase", "boost", "rise", "hike", "surge", "jump"})


# Heads that frame the event their compound modifier names: "a coup attempt", "a killing spree",
# "strike action"; under any other head the modifier only describes it ("the EU withdrawal
# agreement", "attack helicopters", "aid workers"), and the head decides what happened.
FRAMING_HEADS = QUANTITY_HEADS | frozenset({"attempt", "bid", "campaign", "operation", "effort", "action",
                                            "spree", "mission", "drive", "blitz"})


# A sum of money is money in the currency its sign names ("$33 million": dollar, money).
CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee"}


def object_lemmas(obj: Token) -> set[str]:
    """The lemmas an object stands for: its own, its compound modifiers' ("aid deliveries",
    "mediation efforts"), through a quantity the counted noun's ("dozens of artifacts"), and for
    a sum of money "money", its currency and what it is in ("$33 million in aid")."""
    out = {_lemma(obj)} | {_lemma(c) for c in obj.children if c.dep_ == "compound"}
    signs = [CURRENCY_SIGNS[c.text] for c in obj.children if c.text in CURRENCY_SIGNS]
    money = bool(signs) or obj.ent_type_ == "MONEY"
    if money:
        out |= {"money", *signs}
    if _lemma(obj) in QUANTITY_HEADS or obj.pos_ == "NUM" or money:
        for counted in syntax.prep_objects(obj, frozenset({"of", "in"} if money else {"of"})):
            out |= {_lemma(counted)} | {_lemma(c) for c in counted.children if c.dep_ == "compound"}
    return out


def _subject_lemmas(subject: Token) -> set[str]:
    """The lemmas a subject stands for: its own and its modifiers', and through a quantity the
    counted noun's ("hundreds of peacekeepers", "the first contingent of peacekeeping troops")."""
    out = {_lemma(subject)} | _modifier_lemmas(subject)
    if _lemma(subject) in QUANTITY_HEADS or subject.pos_ == "NUM":
        for counted in syntax.prep_objects(subject, frozenset({"of"})):
            out |= {_lemma(counted)} | _modifier_lemmas(counted)
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
        return self._mods

    def has_actor(self, tokens: list[Token], kinds: frozenset[str] | None) -> bool:
        """True when one of `tokens` names an actor of one of `kinds`: an actor kind (country,
        organization, group, person) or a CAMEO role (MIL, REB ...); any actor when None."""
        if self.participants is None:
            return False
        return any(kinds is None or actor.kind in kinds or actor.role in kinds
                   for t in tokens for actor in self.participants.named(t))


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
        return any(_subject_lemmas(s) & lemmas for s in syntax.subjects(verb))
    if slot == "prt":
        return _has_particle(verb, lemmas) or (facts.particle is not None and lemmas is not None
                                               and facts.particle[0].lower_ in lemmas)
    if slot in ("xcomp", "ccomp"):
        found = [c for c in verb.children if c.dep_ == slot]
        return any(lemmas is None or _lemma(c) in lemmas for c in found)
    if slot == "oprd":
        return any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod")
                   and (_lemma(c) in lemmas or (req.listed is not None and bool(_modifier_lemmas(c) & lemmas)))
                   for c in verb.children) \
            or any(_lemma(c) in lemmas or (req.listed is not None and bool(_modifier_lemmas(c) & lemmas))
                   for c in _bare_appositions(facts.objects))
            # a listed word may qualify the predicate ("a stupid guy"); the parser may make the
            # predicate an apposition of the object ("called Assad a dictator")
    if slot.startswith("prep:"):
        return _prep_holds(verb, req, facts.objects)
    return False


# Per pattern tuple of the lexicon (a lemma's patterns, which live as long as the lexicon), by id:
# asked once per lemma, not once per verb of the text; hashing the patterns would cost more.
_ASKS: dict[tuple[str, int], tuple[tuple[Pattern, ...], bool]] = {}


def _asks(kind: str, patterns: tuple[Pattern, ...]) -> bool:
    known = _ASKS.get((kind, id(patterns)))
    if known is not None and known[0] is patterns:
        return known[1]
    if kind == "particle":
        answer = any(_asks_particle(p) for p in patterns)
    else:
        answer = any(r.slot == "oprd" and r.listed for p in patterns for r in p.requires)
    _ASKS[(kind, id(patterns))] = (patterns, answer)
    return answer


def _asks_particle(pattern: Pattern) -> bool:
    """True when `pattern` asks for a particle and an object word ("hand over aid"): only such a
    pattern reads a preposition as the particle, and its object as the verb's."""
    return any(r.slot == "prt" and r.lemmas for r in pattern.requires) and pattern.object_words is not None


def _bare_appositions(objects: list[Token]) -> list[Token]:
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


def _allowed(patterns: tuple[Pattern, ...], facts: VerbFacts) -> Iterator[Pattern]:
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


class Matcher:
    """Finds the matches of one document's words against the lexicon."""

    def __init__(self, lexicon: Lexicon, participants: Participants) -> None:
        self.lexicon = lexicon
        self.participants = participants

    def match(self, token: Token) -> Match | None:
        """The match of `token` as a verb or noun trigger, or None."""
        if token.pos_ in syntax.VERB_POS and ((syntax.misread_plural(token) is not None and self.light(token)) or (
                token.tag_ == "VB" and token.dep_ in ("nsubj", "nsubjpass")
                and not any(c.dep_ in ("aux", "nsubj", "dobj") for c in token.children))):
            # a base form as a subject is a noun the tagger took for a verb ("Aid from Japan reached"),
            # and so is a plural after its verb's object ("imposed asset freezes on")
            patterns = syntax.lookup(self.lexicon.nouns, token)
            return self._noun(token, patterns) if patterns else None
        if token.pos_ in syntax.VERB_POS or syntax.tagged_noun_clause(token):
            if token.dep_ in syntax.COMPLEMENT_DEPS and token in syntax.misread_participles(token.head):
                return None                  # "freed detained British tanker": describes the object
            if _gerund_modifier(token):
                return None                  # "the shooting suspect", "bombing victims": a description
            if _felt(token):
                return None                  # "Mexicans felt betrayed": a feeling, no one's act
            patterns = syntax.lookup(self.lexicon.verbs, token)
            return self._verb(token, patterns) if patterns else None
        if token.pos_ in syntax.NOUN_POS:
            if _describes(token) or _month(token):
                return None                  # "March 27, 2009": a month, no march
            patterns = syntax.lookup(self.lexicon.nouns, token)
            return self._noun(token, patterns) if patterns else None
        return None

    # --- verbs ---------------------------------------------------------------------------------

    def _verb(self, verb: Token, patterns: tuple[Pattern, ...]) -> Match | None:
        facts = VerbFacts(verb, self.participants)
        naming = _names(verb, patterns)
        if naming and any(o.lower_ in FREE_RELATIVES for o in facts.objects):
            return None                      # "a response to what it called attacks": names nothing
        loose = None
        if _asks("particle", patterns) and (found := _particle_objects(verb)):
            loose = VerbFacts(verb, self.participants, (verb.doc[verb.i + 1], found))
        for pattern in _allowed(patterns, loose or facts):
            if naming and not any(r.listed for r in pattern.requires):
                continue                     # "called Assad a stupid guy": naming, and no phone call
            if all(verb_holds(verb, req, facts) for req in pattern.requires) or (
                    loose is not None and _asks_particle(pattern)
                    and all(verb_holds(verb, req, loose) for req in pattern.requires)):
                if pattern.code == NULL_CODE:
                    return None              # a reading that is no event ("spoke to an audience")
                if "subj" in pattern.source and (self._accident(verb) or (
                        pattern.code[:2] in FATAL_ROOTS and _run_over(verb))):
                    return None
                sources, source_tokens = self._fill(pattern.source, verb)
                doer = None
                if not sources and syntax.is_passive(verb) and "subj" in pattern.source:
                    doer = self._doer_in(verb)
                    sources = [doer[1]] if doer else sources
                    if not sources and pattern.code[:2] in FIRED_FROM_ROOTS:
                        sources = self._fired_from(verb)
                    if not sources and pattern.code[:3] in LIFTING_CODES:
                        sources = self._lifters(verb)
                    if not sources and pattern.code in DEPLOYING_CODES:
                        sources = self._deployed(verb)
                targets, target_tokens = self._answered(pattern, verb, sources)
                if not targets:
                    targets, target_tokens = self._fill(pattern.target, verb)
                if not targets and (message := syntax.message_of(verb)) is not None:
                    # "sent a letter to the WHO threatening to ...": the message's addressee
                    target_tokens = syntax.addressees(message)
                    targets = _unique(a for t in target_tokens for a in self.participants.named(t))
                if not targets and pattern.code[:2] in GIVING_ROOTS and syntax.prep_objects(verb, WITH):
                    # "provided Egypt with $50 billion", "equipped the army with drones": the recipient
                    target_tokens = syntax.objects(verb)
                    targets = _unique(a for t in target_tokens for a in self.participants.named(t))
                if not targets:              # "imposed new Iran sanctions", "lifted the Russia embargo"
                    targets = _unique(self._topic(o) for o in syntax.objects(verb)
                                      if any("compound=target" in p.flags
                                             for p in syntax.lookup(self.lexicon.nouns, o) or ()))
                targets = [a for a in targets if all(a.id != s.id for s in sources)]
                reflexive = not targets and bool(sources) and pattern.code not in SELF_AS_MEANS_CODES \
                    and _reflexive(target_tokens, source_tokens, sources)
                if reflexive:                # "Iraq attacked itself", "the rebels armed themselves"
                    targets = list(sources)
                construction = "passive" if syntax.is_passive(verb) else "active"
                if verb.dep_ == "relcl":
                    construction = "relcl" if construction == "active" else "passive+relcl"
                match = Match(verb, pattern, construction, verb, sources, targets, source_tokens, target_tokens)
                match.doer_noun = doer[0] if doer else None
                if reflexive:
                    match.pairs = "self"
                # "X and Y met", "X and Y traded fire" (the object is the pattern's own word);
                # not "X and Y fought the virus"
                # ("X and Y met for talks": the for-phrase is the pattern's own word too)
                named = {w for r in pattern.requires if r.lemmas for w in r.lemmas}
                thing = not targets and (any(r.slot == "dobj" and r.lemmas for r in pattern.requires)
                                         or (bool(target_tokens) and all(_lemma(t) in named for t in target_tokens)))
                if "sym" in pattern.flags and (not target_tokens or thing) and len(sources) > 1:
                    match.pairs = "all"
                return match
        return None

    def _answered(self, pattern: Pattern, verb: Token, sources: list[Actor]) -> tuple[list[Actor], list[Token]]:
        """The authors of the acts an answering verb takes as object ("rejected the Iraqi and
        Turkish demands", "vetoed a resolution presented by Britain"), and those objects; the
        source's own act answers no one ("defended its plan")."""
        if pattern.code[:2] not in ANSWER_ROOTS and pattern.code not in ANSWER_CODES:
            return [], []
        acts = [o for o in syntax.objects(verb) or _shifted_objects(verb) if _lemma(o) in AUTHORED_NOUNS]
        found = _unique(a for o in acts for a in self.participants.authors(o))
        if acts and not found and not syntax.is_passive(verb):
            # "denied charges by Israel that ...": the act's by-phrase hung on the verb
            found = _unique(a for t in syntax.prep_objects(verb, frozenset({"by"}))
                            for a in self.participants.named(t))
        if acts and not found and pattern.code[:2] == REJECTION_ROOT:
            # "rejected an extradition request for the former leader X": with no requester
            # named, the rejection is of the one the request is for (granting it is no favour
            # to them: "approved an extradition request for X" stays with no target)
            found = _unique(a for o in acts if _lemma(o) in REQUEST_NOUNS
                            for t in syntax.prep_objects(o, FOR) for a in self.participants.named(t))
        return [a for a in found if all(a.id != s.id for s in sources)], acts

    def _subjectless(self, clause: Token) -> bool:
        """True when no actor is the subject of the clause `clause` on a noun: a to-phrase there is
        the main verb's recipient hung too low ("returned skulls that date back to 640 to Peru"),
        not one of the clause's own ("returned a painting that Germany had lent to Russia")."""
        return not any(self.participants.actor(t) for t in syntax.subjects(clause))

    @staticmethod
    def _accident(verb: Token) -> bool:
        """True when an accident or a disaster does what `verb` says ("killed by the crash", "the
        earthquake destroyed", "died ... killed in a car crash"): no one's deed, whatever the phrase
        names (the airline, the country). The nouns are the actor coder's (actors/data/disasters.tsv,
        deed "no"); gunfire ("killed by Israeli fire") is no accident."""
        return _done_by(verb, accident_nouns())

    def _lifters(self, verb: Token) -> list[Actor]:
        """Who lifted or eased the sanctions or ban a passive names with no agent: their author ("UN
        sanctions against Iran were lifted", "the US ban was eased"), not what they are about ("Iran
        sanctions were lifted")."""
        found = []
        for noun in (c for c in verb.children if c.dep_ == "nsubjpass"):
            author = self.participants.modifier(noun) or self.participants.possessor(noun)
            topic = self._topic(noun)
            if author is not None and (topic is None or topic.id != author.id):
                found.append(author)
        return _unique(found)

    def _deployed(self, verb: Token) -> list[Actor]:
        """The forces a passive deployment with no agent names are their own country's doing ("5,200
        American troops are stationed in Iraq", "Turkish troops were deployed to Libya")."""
        return _unique(a for c in verb.children if c.dep_ == "nsubjpass"
                       for a in self.participants.named(c) if a.role in ARMED_ROLES or _lemma(c) in FORCES)

    def _fired_from(self, verb: Token) -> list[Actor]:
        """The country a passive act of force came from when no one is named doing it: "rockets
        were fired from Lebanon", "shelled from across the border in Syria"."""
        found = (self.participants.actor(t) for t in syntax.prep_objects(verb, frozenset({"from"})))
        return _unique(a for a in found if a is not None and a.kind == "country")

    def _doer_in(self, verb: Token) -> tuple[Token, Actor] | None:
        """The event noun and the doer of a passive verb named in it: "four children were killed
        in an Israeli airstrike" (the airstrike's actor, by its modifier or possessor)."""
        for noun in syntax.prep_objects(verb, DOER_PREPS):
            after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
            # the parser takes some event nouns for gerunds ("killed in Israeli tank shelling"), and
            # may leave the gerund out of the phrase ("in [Israeli tank] shelling")
            event = (noun.pos_ in syntax.NOUN_POS or noun.tag_ == "VBG") and syntax.lookup(self.lexicon.nouns, noun)
            if not event and after.tag_ == "VBG" and after.head.i in (noun.i, verb.i) \
                    and syntax.lookup(self.lexicon.nouns, after):
                event = True
            if event:
                found = self.participants.modifier(noun) or self.participants.possessor(noun) or next(
                    (a for t in syntax.prep_objects(noun, frozenset({"by"})) if (a := self.participants.actor(t))),
                    None)                    # "killed in an air strike by government forces"
                if found is not None:
                    return noun, found
        return None

    def _slot_tokens(self, slot: str, verb: Token) -> list[Token]:
        if slot == "subj":
            return syntax.subjects(verb)
        if slot == "dobj":
            return syntax.objects(verb)
        if slot == "dative":
            return syntax.datives(verb)
        if slot.startswith("prep:"):
            preps = frozenset(slot[5:].split("|"))
            out = syntax.prep_objects(verb, preps)
            for obj in syntax.objects(verb):
                out.extend(syntax.prep_objects(obj, preps))
            if not out:                      # "lifted sanctions imposed on China", "the ban they imposed on"
                for obj in syntax.objects(verb):
                    for clause in obj.children:
                        if clause.dep_ in ("acl", "relcl") and clause.pos_ in syntax.VERB_POS:
                            out.extend(syntax.prep_objects(clause, preps if self._subjectless(clause)
                                                           else preps - {"to"}))
            if not out:                      # "imposed by the West on Russia": attached to the agent
                for agent in syntax.agents(verb):
                    out.extend(syntax.prep_objects(agent, preps))
            if not out:                      # "pulled out of Kherson": the parser hangs "of" on the particle
                for phrase in syntax.preps(verb):
                    if phrase.lower_ in PARTICLE_PREPS:
                        out.extend(syntax.prep_objects(phrase, preps))
            if not out:                      # "advised against travel to Lebanon": on the phrase's noun
                for phrase in syntax.preps(verb):
                    for noun in phrase.children:
                        if noun.dep_ == "pobj" and not syntax.is_time(noun):
                            out.extend(syntax.prep_objects(noun, preps))
            if not out and "to" in preps:        # "returned a pendant engraved with the image of Peter the
                for obj in syntax.objects(verb):  # Great to Russian authorities": hung on a noun inside
                    out.extend(_nested_prep_objects(obj, frozenset({"to"})))
            return out
        return []

    def _fill(self, slots: tuple[str, ...], verb: Token) -> tuple[list[Actor], list[Token]]:
        first: list[Token] = []
        for slot in slots:
            tokens = self._slot_tokens(slot, verb)
            first = first or tokens
            actors = _unique(a for t in tokens for a in self.participants.named(t))
            if actors:
                return actors, tokens
        return [], first

    # --- nouns ---------------------------------------------------------------------------------

    def light(self, noun: Token) -> tuple[Token, LightVerb] | None:
        """The light verb the event noun `noun` is the object of ("launched an attack", "held
        talks"), with its entry; None when there is none."""
        for _ in range(3):
            if noun.dep_ == "conj" and noun.head.pos_ in syntax.NOUN_POS:
                noun = noun.head             # "announced asset freezes ... and sanctions"
            elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in QUANTITY_HEADS:
                noun = noun.head.head        # "began a new round of joint exercises"
            elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and "money" in object_lemmas(noun.head.head):
                noun = noun.head.head        # "announced $33 million in assistance"
            elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and _lemma(noun.head.head) in GROWTH_HEADS:
                noun = noun.head.head        # "announced an increase in funding"
            else:
                break
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in syntax.VERB_POS:
            via, verb = "dobj", head
        elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in syntax.VERB_POS:
            via, verb = f"prep:{head.lower_}", head.head
        elif (misread := syntax.misread_plural(noun)) is not None:
            via, verb = "dobj", misread[0]
        else:
            return None
        for light in syntax.lookup(self.lexicon.light, verb) or ():
            if light.via == via:
                return verb, light
        return None

    def _noun(self, noun: Token, patterns: tuple[Pattern, ...]) -> Match | None:
        # "launched a drone attack campaign against Israel": the framing head's phrase is the event's
        phrase = noun.head if noun.dep_ == "compound" and noun.head.pos_ in syntax.NOUN_POS else noun
        if _any_of(phrase):
            return None                      # "would not take part in any counter-attack": none in particular
        if phrase is not noun and (own := syntax.lookup(self.lexicon.nouns, phrase)) and self._noun(phrase, own):
            return None                      # "a bombing campaign": the head's own pattern codes it
        light = self.light(phrase)
        carrier = syntax.carrier(phrase)
        governor = light[0] if light else carrier
        carries = light is not None or (carrier is not None and (self._carries(carrier) or _by_means(phrase, carrier)))
        for pattern in patterns:
            if "light" in pattern.flags and not carries:
                continue                     # "a proposal" alone is no event; "offered a proposal" is
            if "predicate" in pattern.flags and not syntax.predicated(phrase):
                continue                     # "donors pledged": the pledge is the event, not the donors
            if all(noun_holds(noun if r.slot == "mod" else phrase, r, governor) for r in pattern.requires):
                if pattern.code == NULL_CODE:
                    return None
                return self._noun_match(noun, phrase, pattern, light, carrier)
        return None

    def _carries(self, verb: Token) -> bool:
        """True when `verb` carries events: a pattern with a carrying flag, or an embedding verb."""
        patterns = syntax.lookup(self.lexicon.verbs, verb) if verb.pos_ in syntax.VERB_POS else None
        if patterns and any(p.embeds for p in patterns):
            return True
        return syntax.lookup(self.lexicon.embedding, verb) is not None

    def _noun_match(self, trigger: Token, noun: Token, pattern: Pattern, light: tuple[Token, LightVerb] | None,
                    carrier: Token | None) -> Match | None:
        # `noun` is the phrase the trigger heads, or the head framing it ("a bombing campaign")
        verb = light[0] if light else None
        role = light[1].role if light else "source"
        # "responded with airstrikes on Gaza": the verb whose means the noun is stands for a light
        # verb, its subject the doer, its phrases the noun's
        owner = carrier if verb is None and carrier is not None and _by_means(noun, carrier) else verb
        gov_subjects = syntax.subjects(owner) if owner is not None else []
        source_slots, target_slots = pattern.source, pattern.target
        if "poss=target" in pattern.flags:          # "Navalny's arrest": the possessor undergoes it
            source_slots = tuple(s for s in source_slots if s != "poss")
            target_slots = ("poss", *target_slots)
        if role == "target":
            source_slots = ("prep:from", "prep:by")
        sources, source_tokens = self._fill_noun(source_slots, noun, owner, gov_subjects)
        if pattern.code[:2] == PROTEST_ROOT and sources and all(_campaigner(a) for a in sources) \
                and _lemma(trigger) in CAMPAIGN_EVENTS:
            return None                      # "Trump rallies": a campaign's, no protest
        if "predicate" in pattern.flags:     # "Japan is the largest donor to Sudan"
            source_tokens = syntax.predicated(noun)
            sources = _unique(a for t in source_tokens for a in self.participants.named(t))
        if not sources and verb is None and "subj" in pattern.flags and noun.dep_ == "pobj" \
                and noun.head.lower_ in TRIP_PREPS and (clause := syntax.clause_verb(noun)) is not None:
            source_tokens = syntax.subjects(clause)   # "Putin met Xi during a trip to Beijing"
            sources = _unique(a for t in source_tokens for a in self.participants.named(t))
        if role == "target":
            targets = _unique(a for t in gov_subjects for a in self.participants.named(t))
            target_tokens = gov_subjects
        else:
            targets, target_tokens = self._fill_noun(target_slots, noun, owner, gov_subjects)
            if not targets and (beyond := _beyond(noun, target_slots)):
                # "an operation, Operation Storm, against militants", "an attack that involved
                # tanks on rebel positions": the parser hangs the phrase on what came between
                found = _unique(a for t in beyond for a in self.participants.named(t))
                if found:
                    targets, target_tokens = found, beyond
        if not targets and pattern.code[:2] in GIVING_ROOTS and (reached := _reached(noun)):
            # "aid from Japan reached Turkey", "arrived in Turkey": where the gift came is whom it is for
            target_tokens = reached
            targets = _unique(a for t in reached for a in self.participants.named(t))
        if not targets and "predicate" in pattern.flags:   # "the largest donor of aid in Iraq"
            target_tokens = _nested_prep_objects(noun, frozenset(p[5:] for p in target_slots if p.startswith("prep:")))
            targets = _unique(a for t in target_tokens for a in self.participants.named(t))
        fatal = False
        if not targets and verb is None and (dying := _died_of(noun)) is not None:
            target_tokens = syntax.subjects(dying)
            targets = _unique(a for t in target_tokens for a in self.participants.named(t))
            fatal = bool(targets)
        if not sources and verb is None and (culprits := syntax.culprits(noun)):
            source_tokens = culprits         # "the militia is responsible for the killings"
            sources = _unique(self.participants.actor(t) for t in culprits)
        if "compound=target" in pattern.flags and (topic := self._topic(noun)) is not None:
            sources = [a for a in sources if a.id != topic.id]   # "the Russia investigation": of Russia
            if not targets:
                targets, target_tokens = [topic], [c for c in noun.children if c.dep_ == "compound"]
        targets = [a for a in targets if all(a.id != s.id for s in sources)]
        if verb is not None:
            construction, clause = f"light:{light[1].lemma}", verb
        else:
            construction, clause = "nominal", carrier or syntax.clause_verb(noun) or noun
        match = Match(trigger, pattern, construction, clause, sources, targets, source_tokens, target_tokens,
                      fatal=fatal and pattern.code[:2] in FATAL_ROOTS and "sym" not in pattern.flags)
        if "sym" in pattern.flags:
            self._symmetric(match, noun, verb)
            if verb is None and carrier is None and not match.targets and match.pairs != "all":
                return None                  # a talk, a meeting, a call: two sides or no event
        return match

    def _topic(self, noun: Token) -> Actor | None:
        """The country a noun modifier in the country's noun form names as what the noun is about:
        "the Russia investigation", "Iran sanctions" (where an adjective would name the doer: "a
        Russian probe"); an abbreviation stands for the adjective ("US sanctions", "the UN inquiry").
        A known political figure is what it is about too ("a new Clinton inquiry"); a person of no known
        country more often leads it ("the Mueller investigation")."""
        for child in noun.children:
            if child.dep_ == "compound" and child.i < noun.i and not child.text.isupper() and "." not in child.text:
                found = self.participants.mention(child)
                if found is not None and (found.kind == "country" or (found.kind == "person" and found.country)):
                    return found
        return None

    def _symmetric(self, match: Match, noun: Token, verb: Token | None) -> None:
        between = _unique(self.participants.actor(t) for t in _sides_between(syntax.prep_objects(noun, BETWEEN)))
        if len(between) > 1 and not match.sources:
            match.sources, match.targets, match.pairs = between, [], "all"
            return
        if not match.sources and verb is None and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS:
            # "Xi and Putin ... during a telephone conversation", "Xi ... during a call with
            # Putin": the clause's subjects take part.
            clause = syntax.clause_verb(noun)
            if clause is not None:
                group = _unique(self.participants.actor(t) for t in syntax.subjects(clause))
                group = [a for a in group if all(a.id != t.id for t in match.targets)]
                if len(group) > 1 or (group and match.targets):
                    match.sources = group
                    match.construction, match.clause = "setting", clause
        if (len(match.sources) > 1 and not match.targets) or (match.sources and match.targets):
            match.pairs = "all"              # "held talks with Suleiman": talks are held by both sides

    def _fill_noun(self, slots: tuple[str, ...], noun: Token, verb: Token | None,
                   gov_subjects: list[Token]) -> tuple[list[Actor], list[Token]]:
        first: list[Token] = []
        for slot in slots:
            if slot == "gov":
                tokens = gov_subjects
                actors = _unique(a for t in tokens for a in self.participants.named(t))
            elif slot == "poss":
                tokens = [c for c in noun.children if c.dep_ == "poss"]
                actors = _unique([self.participants.possessor(noun)])
            elif slot == "mod":
                tokens = []
                actors = _unique([self.participants.modifier(noun)])
            elif slot == "dative":
                tokens = syntax.datives(verb) if verb is not None else []
                actors = _unique(a for t in tokens for a in self.participants.named(t))
            else:
                preps = frozenset(slot[5:].split("|"))
                tokens = syntax.prep_objects(noun, preps)
                if verb is not None:
                    tokens += syntax.prep_objects(verb, preps)
                if not tokens:               # "a contribution of 56 million euros to the WFP"
                    tokens = [t for o in syntax.prep_objects(noun, OF) if _counted(o)
                              for t in syntax.prep_objects(o, preps)]
                actors = _unique(a for t in tokens for a in self.participants.named(t))
            first = first or tokens
            if actors:
                return actors, tokens
        return [], first


def _felt(verb: Token) -> bool:
    """True for a participle of how someone feels or seems ("felt betrayed", "seemed threatened",
    "feel pressured"): a feeling, not an act anyone did."""
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in SEEMING for c in verb.children):
        return True
    return verb.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and verb.head.lemma_.lower() in SEEMING


def _month(token: Token) -> bool:
    if token.lower_ not in MONTHS:
        return False
    if token.ent_type_ == "DATE" and token.text[:1].isupper():
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.is_digit and (len(after) <= 2 or len(after) == 4)


def _campaigner(actor: Actor) -> bool:
    """True for a politician or party in office or running for it (not the opposition, whose rallies
    protest)."""
    return actor.role in CAMPAIGN_ROLES and actor.role != "OPP" and "OPP" not in (actor.code or "")


def _run_over(verb: Token) -> bool:
    """True when a vehicle strikes, hits, kills or injures ("struck by an SUV", "a truck hit her"): a
    road accident, no one's act of force; "a car bomb" is a bomb."""
    return _done_by(verb, VEHICLES)


def _done_by(verb: Token, lemmas: frozenset[str]) -> bool:
    """True when every doer of `verb` (its subjects, or for a passive with none the objects of "in",
    "during", "amid": "killed in a crash") is a word of `lemmas`."""
    doers = syntax.subjects(verb)
    if not doers and syntax.is_passive(verb):
        doers = syntax.prep_objects(verb, DOER_PREPS)
    return bool(doers) and all(_lemma(t) in lemmas for t in doers)


def _beyond(noun: Token, slots: tuple[str, ...]) -> list[Token]:
    """The objects of the preposition slots `slots` of a noun event that the parser hung on an
    apposition of the noun ("an offensive, Operation Storm, against Ukraine") or on a relative
    clause on it ("an attack that involved tanks on rebel positions"), after the clause's verb:
    the phrase goes with the event, the words between only describe it."""
    preps = frozenset(p for slot in slots if slot.startswith("prep:") for p in slot[5:].split("|"))
    if not preps:
        return []
    out: list[Token] = []
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "appos":
            out += syntax.prep_objects(child, preps)
        elif child.dep_ == "relcl":           # on the verb or on its object ("involved tanks on")
            words = [child, *(t for o in syntax.objects(child) for t in syntax.conjuncts(o))]
            out += [o for w in words for o in syntax.prep_objects(w, preps) if o.i > child.i]
    return out


def _died_of(noun: Token) -> Token | None:
    """The verb of dying whose cause `noun` names ("soldiers died in a Russian bombardment", "a
    prisoner died after torture", "died as a result of the beating", "died due to torture"), or None."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.dep_ in ("pcomp", "prep") and prep.lower_ in ("to", "of") and prep.head.lower_ in ("due", "because"):
        prep = prep.head                     # "died due to torture", "because of"
    if prep.lower_ == "of" and prep.head.lower_ == "result" and prep.head.dep_ == "pobj":
        prep = prep.head.head                # "as a result of"
    elif prep.lower_ not in CAUSE_PREPS:
        return None
    verb = prep.head
    return verb if prep.dep_ == "prep" and _lemma(verb) in DYING_VERBS else None


def _counted(noun: Token) -> bool:
    """True when `noun` is an amount ("56 million euros", "$10 million", "500 troops")."""
    return noun.ent_type_ == "MONEY" or any(c.dep_ == "nummod" or c.text in CURRENCY_SIGNS for c in noun.children)


def _by_means(noun: Token, verb: Token) -> bool:
    """True when `noun` is the means `verb`'s subject acts with ("backed the plan with a loan",
    "responded with airstrikes"): the object of its with-phrase, under a verb of MEANS_VERBS."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i == verb.i \
        and _lemma(verb) in MEANS_VERBS


def _nested_prep_objects(noun: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of `preps` hung on a noun nested in the phrase `noun` heads through of/with/from-
    phrases and participles, not through clauses of their own; the parser attaches a recipient
    to the nearest noun."""
    out: list[Token] = []
    stack = [(noun, 0)]
    while stack:
        word, depth = stack.pop()
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ in preps and word is not noun:
                out.extend(o for o in child.children if o.dep_ == "pobj" and not syntax.is_time(o))
            elif depth < 8 and child.dep_ in ("prep", "pobj", "acl", "appos") and not syntax.subjects_own(child):
                stack.append((child, depth + 1))
    return out


def _shifted_objects(verb: Token) -> list[Token]:
    """The object of `verb` put after a judgement ("condemned as unacceptable allegations by
    Rwanda that ...", "rejected as baseless the claims made by X"), which the parser takes for the
    object of "as" or of the adjective."""
    out: list[Token] = []
    for child in verb.children:
        if child.lower_ == "as" and child.dep_ in ("prep", "advmod"):
            out.extend(o for o in child.children if o.dep_ == "pobj")
        elif child.dep_ in ("advcl", "xcomp", "oprd", "acomp") and child.pos_ == "ADJ" \
                and any(c.lower_ == "as" for c in child.children if c.i < child.i):
            out.extend(o for o in child.children if o.dep_ == "dobj")
    return out


# Determiners by which an event noun names no event in particular, only any that might be:
# "would not take part in any attack", "condemned any interference", "any strike will be met".
ANY_DETERMINERS = frozenset({"any", "whatever"})
PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "punct", "pobj", "dobj", "nsubj", "det"})
# The object of a naming verb in a free relative: "what it called attacks", "what Moscow terms a
# special operation" keep the writer's distance from a word; no one is named or denounced.
FREE_RELATIVES = frozenset({"what", "whatever"})


def _any_of(noun: Token) -> bool:
    """True when `noun` is determined by "any" ("any attack"), also where the parser cut the noun
    phrase ("any counter - attack" read as three objects)."""
    if any(c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in noun.children):
        return True
    for k in range(noun.i - 1, max(noun.i - 5, -1), -1):
        word = noun.doc[k]
        if word.lower_ in ANY_DETERMINERS:
            return True
        if (word.text != "-" and word.pos_ not in ("NOUN", "ADJ", "PROPN")) or word.dep_ not in PHRASE_DEPS:
            return False
    return False


def _names(verb: Token, patterns: tuple[Pattern, ...]) -> bool:
    """True when `verb` names its object something ("called Assad a murderer", "called the
    talks a success"): it has an object predicate (not a name the parser took for one: "called
    Putin") and a pattern asking the predicate for a word list of naming.txt."""
    if not _asks("naming", patterns):
        return False
    predicates = [c for c in verb.children if c.dep_ == "oprd"] + _bare_appositions(syntax.objects(verb))
    return any(c.pos_ != "PROPN" for c in predicates)   # the small model may read it as an apposition


def _gerund_modifier(token: Token) -> bool:
    """True when the gerund `token` only describes the noun after it: as its modifier ("the shooting
    suspect"), or read as a verb with that noun as object where the noun is someone it happened to
    ("paid tribute to bombing victims")."""
    if token.tag_ != "VBG" or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    if token.dep_ in ("amod", "compound") and token.head.i == after.i and after.pos_ in syntax.NOUN_POS:
        return True
    return after.dep_ == "dobj" and after.head.i == token.i and after.lemma_.lower() in DESCRIBED_PEOPLE


def _describes(noun: Token) -> bool:
    """True when the noun `noun` only describes another noun it is a compound of ("attack
    helicopters", "the withdrawal agreement", "aid workers"), not under a head that frames it
    as the event ("a coup attempt", FRAMING_HEADS)."""
    head = noun.head
    return noun.dep_ == "compound" and head is not noun and head.pos_ in syntax.NOUN_POS \
        and _lemma(head) not in FRAMING_HEADS


def _unique(actors) -> list[Actor]:
    out: list[Actor] = []
    for actor in actors:
        if actor is not None and all(actor.id != a.id for a in out):
            out.append(actor)
    return out


def _sides_between(objects: list[Token]) -> list[Token]:
    """The words naming the sides of "between" objects: each object, and for "between Indian and
    Pakistani troops" also the coordinated adjectives, each one side's troops."""
    out = list(objects)
    for obj in objects:
        for mod in obj.children:
            if mod.dep_ == "amod" and mod.i < obj.i and any(c.dep_ == "conj" for c in mod.children):
                out[:0] = [mod, *(c for c in mod.children if c.dep_ == "conj")]
    return out
