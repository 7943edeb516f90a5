"""Matching one word of a sentence against the patterns of its lemma: which pattern holds, and
which actors fill its source and target slots.

A `Match` is a candidate event before the sentence-level steps (carried events, modality,
reporting) decide what becomes of it. The tests of a pattern's conditions live in
requirements.py, the everyday readings of the words around a trigger (a month, a feeling, a road
accident, the cause someone died of) in readings.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.actors.disasters import accident_nouns
from tidings.events import syntax
from tidings.events.lexicon import NULL_CODE, Lexicon, LightVerb, Pattern
from tidings.events.participants import AUTHORED_NOUNS, Participants, unique_actors
from tidings.events.readings import (
    DOER_PREPS,
    any_of,
    arrived_at,
    by_means,
    called_to_order,
    campaigner,
    counted,
    deems,
    describes,
    died_of,
    done_by,
    felt,
    gerund_modifier,
    is_reciprocal,
    is_reflexive,
    month,
    names,
    nested_prep_objects,
    prep_objects_beyond,
    run_over,
    shifted_objects,
    sides_between,
)
from tidings.events.requirements import (
    PARTICLE_PREPS,
    QUANTITY_HEADS,
    VerbFacts,
    allowed_patterns,
    asks,
    asks_particle,
    lemma,
    noun_holds,
    object_lemmas,
    particle_objects,
    verb_holds,
)
from tidings.records import Actor

BETWEEN = frozenset({"between"})
# Prepositions that set a noun event in the clause of its verb: the clause's coordinated
# subject takes part in it ("Xi and Putin accused the US ... during a telephone conversation").
SETTING_PREPS = frozenset({"during", "in", "at", "after", "before", "amid", "following", "on", "over"})
# ... and those of a trip the clause's subject makes: not "over", the topic of a protest ("hit
# out at Japan over the visit" is no Chinese visit)
TRIP_PREPS = SETTING_PREPS - {"over"}
# ... also through a part of the trip: "embraced Putin at the start of a visit to Moscow"
TRIP_PARTS = frozenset({"start", "beginning", "outset", "end", "close", "conclusion", "eve", "course", "middle",
                        "day", "leg", "part", "sidelines", "margins"})
# Fighting (CAMEO 19): where the fire came from is who fired it ("rockets were fired from Lebanon");
# not assault (18): "abducted from Israel" names where the victims were.
FIRED_FROM_ROOTS = frozenset({"19"})
# Deeds that are coded with the one who died of them as the target even when no doer is named
# (assault 18, fighting 19, mass violence 20), as "a roadside bomb killed three soldiers" is.
FATAL_ROOTS = frozenset({"18", "19", "20"})
# Acts of law an accident or disaster does not do: charging, arresting, expelling ("officers aren't
# charged in minor wrecks": the charging would be someone's)
LEGAL_ACTS = frozenset({"172", "173", "174"})
# Easing administrative or economic sanctions: a passive lifting with no agent is their author's
LIFTING_CODES = frozenset({"081", "085"})
# Deploying forces (154, peacekeepers 074): a passive deployment with no agent is the forces' own
DEPLOYING_CODES = frozenset({"154", "074"})
# Force posture (15): the forces a pattern names as its object are the source's own ("strengthened
# its forces in the Gulf", "mobilized troops"), never its target
POSTURE_ROOT = "15"
# Expelling (diplomats 161, peacekeepers, inspectors, agencies 166x, people 174, 201): a passive
# expulsion with no agent is the doing of the country or body they were expelled from
EXPELLING_CODES = frozenset({"161", "1661", "1662", "1663", "174", "201"})
ARMED_ROLES = frozenset({"MIL", "COP", "SPY"})
FORCES = frozenset({"troop", "soldier", "force", "army", "marine", "personnel", "unit", "battalion", "brigade",
                    "peacekeeper", "warship", "ship", "jet", "aircraft", "contingent"})
# Gatherings a politician or party holds that are a campaign's, not a protest ("a Trump rally")
PROTEST_ROOT = "14"
CAMPAIGN_EVENTS = frozenset({"rally"})
# Verbs of beating that in politics or business mean winning ("Trump beat Clinton in Michigan",
# "beat Le Pen to win the presidency"), by those who compete so, over a rival
CONTEST_VERBS = frozenset({"beat", "trounce", "thrash", "crush", "rout", "clobber", "wallop", "pummel"})
ASSAULT_ROOT = "18"
WINNING = frozenset({"win", "claim", "take", "secure", "capture", "clinch", "become", "advance", "qualify"})
RIVAL_ROLES = frozenset({"BUS", "MED"})   # companies and networks beat rivals in sales and ratings
# A politician aiming at voters campaigns ("the working class voters that Trump is targeting")
AIMING_VERBS = frozenset({"target", "court", "woo"})
AUDIENCES = frozenset({"voter", "electorate", "constituency", "constituent", "demographic", "supporter", "donor",
                       "audience", "viewer", "reader", "consumer", "customer", "independent", "moderate", "base"})
# Answers to what someone else did (accept 03, yield 08, endorse and praise 05, criticise 11,
# reject 12): when the object is an act ("rejected Iran's proposal"), its author is the target.
ANSWER_ROOTS = frozenset({"03", "05", "08", "11", "12"})
ANSWER_CODES = frozenset({"016"})            # "denied charges by the clergymen", "refuted Trump's comments"
# Giving (CAMEO 06 material cooperation, 07 aid): "provided X with Y" gives to the object.
GIVING_ROOTS = frozenset({"06", "07"})
WITH = frozenset({"with"})
OF = frozenset({"of"})
FOR = frozenset({"for"})
REJECTION_ROOT = "12"
# Requests made on someone's behalf or about someone: "an extradition request for X", "a bail
# application for X", "a petition for X".
REQUEST_NOUNS = frozenset({"request", "application", "petition", "plea", "bid"})
# A suicide attack's reflexive object is how the attack is made, not whom it is against ("a bomber
# blew himself up at the gate" targets those at the gate, never the bomber).
SELF_AS_MEANS_CODES = frozenset({"183"})
BASE_CONFIDENCE = {"active": 0.8, "passive": 0.75, "light": 0.75, "nominal": 0.65, "setting": 0.6}
# Heads whose in-phrase is what grows ("an increase in aid", "a boost in funding"): the noun
# stands under the light verb of its head.
GROWTH_HEADS = frozenset({"increase", "boost", "rise", "hike", "surge", "jump"})
# The object of a naming verb in a free relative: "what it called attacks", "what Moscow terms a
# special operation" keep the writer's distance from a word; no one is named or denounced.
FREE_RELATIVES = frozenset({"what", "whatever"})


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
    content: list[Match] = field(default_factory=list)   # the events it reports, where it reports any
    dropped: bool = False              # absorbed by its carrier, or only alleged
    steps: list[str] = field(default_factory=list)   # how the code changed ("+intent")
    doer_noun: Token | None = None     # the event noun a passive verb's doer came from
    fatal: bool = False                # a noun event its targets died of ("died after torture")
    absorbed: Match | None = None      # the first carried event this match took the code of
    own_targets: list[Actor] = field(default_factory=list)   # its targets before it took one

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
            if gerund_modifier(token):
                return None                  # "the shooting suspect", "bombing victims": a description
            if token.tag_ in ("VBD", "VBN") and token.dep_ in ("nsubj", "nsubjpass"):
                return None                  # "Libya's internationally recognised Government ... announced":
                #                              a participle the parser took for the subject, no act
            if felt(token) or deems(token) or called_to_order(token):
                return None                  # "Mexicans felt betrayed", "considers Kyiv a threat": no act
            patterns = syntax.lookup(self.lexicon.verbs, token)
            return self._verb(token, patterns) if patterns else None
        if token.pos_ == "ADJ":
            patterns = syntax.lookup(self.lexicon.adjectives, token)
            return self._predicate(token, patterns) if patterns else None
        if token.pos_ in syntax.NOUN_POS:
            if describes(token) or month(token):
                return None                  # "March 27, 2009": a month, no march
            patterns = syntax.lookup(self.lexicon.nouns, token)
            return self._noun(token, patterns) if patterns else None
        return None

    # --- verbs ---------------------------------------------------------------------------------

    def _predicate(self, adjective: Token, patterns: tuple[Pattern, ...]) -> Match | None:
        """A predicate adjective matched as a verb is, its copula the clause ("Japan is concerned about
        North Korea", "China remains skeptical of the plan", "said it was optimistic that ...")."""
        copula = adjective.head
        if adjective.dep_ != "acomp" or copula.pos_ not in syntax.VERB_POS:
            return None                      # "a skeptical public": a description
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in copula.children):
            return None                      # "as far as Israel is concerned": no concern
        match = self._verb(adjective, patterns)
        if match is not None:
            match.clause = copula
        return match

    def _verb(self, verb: Token, patterns: tuple[Pattern, ...]) -> Match | None:
        facts = VerbFacts(verb, self.participants)
        naming = names(verb, patterns)
        if naming and any(o.lower_ in FREE_RELATIVES for o in facts.objects):
            return None                      # "a response to what it called attacks": names nothing
        loose = None
        if asks("particle", patterns) and (found := particle_objects(verb)):
            loose = VerbFacts(verb, self.participants, (verb.doc[verb.i + 1], found))
        for pattern in allowed_patterns(patterns, loose or facts):
            if naming and not any(r.listed for r in pattern.requires):
                continue                     # "called Assad a stupid guy": naming, and no phone call
            if all(verb_holds(verb, req, facts) for req in pattern.requires) or (
                    loose is not None and asks_particle(pattern)
                    and all(verb_holds(verb, req, loose) for req in pattern.requires)):
                if pattern.code == NULL_CODE:
                    return None              # a reading that is no event ("spoke to an audience")
                if "subj" in pattern.source and ((self._accident(verb) and pattern.code[:3] not in LEGAL_ACTS) or (
                        pattern.code[:2] in FATAL_ROOTS and run_over(verb))):
                    return None
                sources, source_tokens = self._fill(pattern.source, verb)
                doer = None
                if not sources and syntax.is_passive(verb) and "subj" in pattern.source:
                    doer = self._doer_in(verb)
                    sources = [doer[1]] if doer else sources
                    if not sources and pattern.code[:2] in FIRED_FROM_ROOTS:
                        sources = self._fired_from(verb) or self._attackers_when(verb)
                    if not sources and pattern.code[:3] in LIFTING_CODES:
                        sources = self._lifters(verb)
                    if not sources and pattern.code in DEPLOYING_CODES:
                        sources = self._deployed(verb)
                    if not sources and pattern.code in EXPELLING_CODES:
                        sources = self._expelled_from(verb)
                targets, target_tokens = self._answered(pattern, verb, sources)
                if not targets:
                    targets, target_tokens = self._fill(_target_slots(pattern), verb,
                                                        foreign_to=sources if "foreign" in pattern.flags else ())
                if not targets and (message := syntax.message_of(verb)) is not None:
                    # "sent a letter to the WHO threatening to ...": the message's addressee
                    target_tokens = syntax.addressees(message)
                    targets = unique_actors(a for t in target_tokens for a in self.participants.named(t))
                if not targets and pattern.code[:2] in GIVING_ROOTS and syntax.prep_objects(verb, WITH):
                    # "provided Egypt with $50 billion", "equipped the army with drones": the recipient
                    target_tokens = syntax.objects(verb)
                    targets = unique_actors(a for t in target_tokens for a in self.participants.named(t))
                if not targets:              # "imposed new Iran sanctions", "lifted the Russia embargo"
                    targets = unique_actors(self._topic(o) for o in syntax.objects(verb)
                                      if any("compound=target" in p.flags
                                             for p in syntax.lookup(self.lexicon.nouns, o) or ()))
                targets = [a for a in targets if all(a.id != s.id for s in sources)]
                if self._won(verb, pattern, sources, targets):
                    return None              # "Trump beat Clinton in Michigan": a contest won, no beating
                if lemma(verb) in AIMING_VERBS and any(_audience(t) for t in target_tokens) and (
                        any(campaigner(a) for a in sources) or (not sources and not syntax.is_passive(verb))):
                    return None              # "voters that Trump is targeting", "Super PACs Target Latino
                    #                          Voters": a campaign's audience
                if syntax.to_blame(verb):
                    # "Russia is to blame for the attack": Russia is blamed, by whoever says so; "a
                    # weather pattern is to blame": no one
                    if not sources:
                        return None
                    sources, targets, source_tokens, target_tokens = [], sources, [], source_tokens
                # ("is confident of himself" is a feeling, no act on oneself)
                reflexive = not targets and bool(sources) and pattern.code not in SELF_AS_MEANS_CODES \
                    and pattern.pos != "adj" and is_reflexive(target_tokens, source_tokens, sources)
                reciprocal = not targets and len(sources) > 1 and is_reciprocal(target_tokens)
                if reflexive or reciprocal:  # "Iraq attacked itself", "the rebels armed themselves",
                    targets = list(sources)  # "Armenia and Azerbaijan accused each other"
                construction = "passive" if syntax.is_passive(verb) else "active"
                if verb.dep_ == "relcl" and not syntax.is_main_verb_as_participle(verb):
                    construction = "relcl" if construction == "active" else "passive+relcl"
                match = Match(verb, pattern, construction, verb, sources, targets, source_tokens, target_tokens)
                match.doer_noun = doer[0] if doer else None
                if reflexive:
                    match.pairs = "self"
                elif reciprocal:
                    match.pairs = "all"       # each doer's act on each other one
                # "X and Y met", "X and Y traded fire" (the object is the pattern's own word);
                # not "X and Y fought the virus"
                # ("X and Y met for talks": the for-phrase is the pattern's own word too)
                named = {w for r in pattern.requires if r.lemmas for w in r.lemmas}
                thing = not targets and (any(r.slot == "dobj" and r.lemmas for r in pattern.requires)
                                         or (bool(target_tokens) and all(lemma(t) in named for t in target_tokens)))
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
        acts = [o for o in syntax.objects(verb) or shifted_objects(verb) if lemma(o) in AUTHORED_NOUNS]
        found = unique_actors(a for o in acts for a in self.participants.authors(o))
        if acts and not found and not syntax.is_passive(verb):
            # "denied charges by Israel that ...": the act's by-phrase hung on the verb
            found = unique_actors(a for t in syntax.prep_objects(verb, frozenset({"by"}))
                            for a in self.participants.named(t))
        if acts and not found and pattern.code[:2] == REJECTION_ROOT:
            # "rejected an extradition request for the former leader X": with no requester
            # named, the rejection is of the one the request is for (granting it is no favour
            # to them: "approved an extradition request for X" stays with no target)
            found = unique_actors(a for o in acts if lemma(o) in REQUEST_NOUNS
                            for t in syntax.prep_objects(o, FOR) for a in self.participants.named(t))
        return [a for a in found if all(a.id != s.id for s in sources)], acts

    @staticmethod
    def _won(verb: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]) -> bool:
        """Whether a verb of beating someone says a contest was won: to win something ("beat Le Pen to
        win the presidency"), or by a politician, party, company or network over a rival ("Trump beat
        Clinton", "Fox News beats rival networks"): one of them on either side, people or bodies beaten,
        no one armed among them ("police beat protesters" stays an assault)."""
        if lemma(verb) not in CONTEST_VERBS or pattern.code[:2] != ASSAULT_ROOT or syntax.is_passive(verb):
            return False
        if any(c.dep_ in ("xcomp", "advcl") and lemma(c) in WINNING for c in verb.children):
            return True                      # "beat Le Pen to win the presidency"
        sides = [*sources, *targets]
        return bool(targets) and any(campaigner(a) or a.role in RIVAL_ROLES for a in sides) \
            and all(a.kind in ("person", "organization") for a in targets) \
            and not any(a.role in ARMED_ROLES or a.role in ("REB", "INS", "CRM") for a in sides)

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
        return done_by(verb, accident_nouns())

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
        return unique_actors(found)

    def _deployed(self, verb: Token) -> list[Actor]:
        """The forces a passive deployment with no agent names are their own country's doing ("5,200
        American troops are stationed in Iraq", "Turkish troops were deployed to Libya")."""
        return unique_actors(a for c in verb.children if c.dep_ == "nsubjpass"
                       for a in self.participants.named(c) if a.role in ARMED_ROLES or lemma(c) in FORCES)

    def _expelled_from(self, verb: Token) -> list[Actor]:
        """Who sent out those a passive expulsion with no agent names: the country or body they were
        expelled from ("UN inspectors were expelled from North Korea", "expelled from the party"), named
        itself, not through an owner ("expelled from their homes")."""
        found = (self.participants.mention(t) for t in syntax.prep_objects(verb, frozenset({"from"})))
        return unique_actors(a for a in found if a is not None and a.kind in ("country", "organization"))

    def _fired_from(self, verb: Token) -> list[Actor]:
        """The country a passive act of force came from when no one is named doing it: "rockets
        were fired from Lebanon", "shelled from across the border in Syria"."""
        found = (self.participants.actor(t) for t in syntax.prep_objects(verb, frozenset({"from"})))
        return unique_actors(a for a in found if a is not None and a.kind == "country")

    def _attackers_when(self, verb: Token) -> list[Actor]:
        """Who did a passive act of force with no agent by the attack of a when-clause on it: "five
        soldiers were killed when militants attacked a checkpoint" (the clause's verb an act of force
        in the lexicon, its subjects actors)."""
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children):
                continue
            patterns = syntax.lookup(self.lexicon.verbs, clause)
            if patterns and any(p.code[:2] in FATAL_ROOTS for p in patterns):
                return unique_actors(self.participants.actor(t) for t in syntax.subjects(clause))
        return []

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
        if slot == "dobj.poss":              # "violated Ukraine's ceasefire": its owner, not "the Minsk ceasefire"
            return [c for o in syntax.objects(verb) for c in o.children if c.dep_ == "poss"]
        if slot == "dative":
            return syntax.datives(verb)
        if slot.startswith("prep:"):
            preps = frozenset(slot[5:].split("|"))
            out = syntax.prep_objects(verb, preps)
            for obj in syntax.objects(verb):
                found = syntax.prep_objects(obj, preps)
                out.extend(found + syntax.stray_conjuncts(obj, found))
            if not out:                      # "lifted sanctions imposed on China", "the ban they imposed on"
                for obj in syntax.objects(verb):
                    for clause in obj.children:
                        if clause.dep_ in ("acl", "relcl") and clause.pos_ in syntax.VERB_POS:
                            out.extend(syntax.prep_objects(clause, preps if self._subjectless(clause)
                                                           else preps - {"to"}))
            if not out and "of" not in preps:    # "signed a memorandum of understanding with Somaliland"
                for obj in syntax.objects(verb):
                    for inner in syntax.prep_objects(obj, OF):
                        out.extend(syntax.prep_objects(inner, preps))
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
                    out.extend(nested_prep_objects(obj, frozenset({"to"})))
            return out
        return []

    def _owned(self, noun: Token, selves: set[str]) -> bool:
        """Whether `noun` is the sources' own by its possessor: one of them ("Britain's embassy"), or a
        possessive pronoun that names no one else ("its embassy")."""
        for child in noun.children:
            if child.dep_ == "poss":
                owner = self.participants.actor(child, depth=1)
                return owner.id in selves if owner is not None else child.tag_ == "PRP$"
        return False

    def _fill(self, slots: tuple[str, ...], verb: Token,
              foreign_to: list[Actor] | tuple[()] = ()) -> tuple[list[Actor], list[Token]]:
        # `foreign_to`: the sources, whose own country's actors a slot skips ("closed its embassy in
        # Moscow": Russia, not its embassy; "closed the Russian consulate in Seattle": the consulate)
        own = {a.country for a in foreign_to if a.country}
        selves = {a.id for a in foreign_to}
        first: list[Token] = []
        for slot in slots:
            tokens = self._slot_tokens(slot, verb)
            first = first or tokens
            if foreign_to:                   # "its embassy": the source's own
                tokens = [t for t in tokens if not self._owned(t, selves)]
            actors = unique_actors(a for t in tokens for a in self.participants.named(t) if a.country not in own)
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
            elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in QUANTITY_HEADS:
                noun = noun.head.head        # "began a new round of joint exercises"
            elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and "money" in object_lemmas(noun.head.head):
                noun = noun.head.head        # "announced $33 million in assistance"
            elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and lemma(noun.head.head) in GROWTH_HEADS:
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
        if syntax.phrasal(verb) in syntax.HOLDING_BACK:
            return None                      # "held up the aid": kept back, not given
        for light in syntax.lookup(self.lexicon.light, verb) or ():
            if light.via == via:
                return verb, light
        return None

    def _noun(self, noun: Token, patterns: tuple[Pattern, ...]) -> Match | None:
        # "launched a drone attack campaign against Israel": the framing head's phrase is the event's
        phrase = noun.head if noun.dep_ == "compound" and noun.head.pos_ in syntax.NOUN_POS else noun
        if any_of(phrase):
            return None                      # "would not take part in any counter-attack": none in particular
        if phrase is not noun and (own := syntax.lookup(self.lexicon.nouns, phrase)) and self._noun(phrase, own):
            return None                      # "a bombing campaign": the head's own pattern codes it
        light = self.light(phrase)
        carrier = syntax.carrier(phrase)
        governor = light[0] if light else carrier
        carries = light is not None or (carrier is not None and (self._carries(carrier, phrase)
                                                                 or by_means(phrase, carrier)))
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

    def _carries(self, verb: Token, noun: Token) -> bool:
        """True when `verb` carries events, such as `noun`: a pattern with a carrying flag (one that does not
        name other objects than its object `noun`: "showed willingness" carries, "showed the bombers" does
        not), or an embedding verb."""
        patterns = syntax.lookup(self.lexicon.verbs, verb) if verb.pos_ in syntax.VERB_POS else None
        if patterns and any(p.embeds and not _names_other_object(p, noun) for p in patterns):
            return True
        return syntax.lookup(self.lexicon.embedding, verb) is not None

    def _noun_match(self, trigger: Token, noun: Token, pattern: Pattern, light: tuple[Token, LightVerb] | None,
                    carrier: Token | None) -> Match | None:
        # `noun` is the phrase the trigger heads, or the head framing it ("a bombing campaign")
        verb = light[0] if light else None
        role = light[1].role if light else "source"
        # "responded with airstrikes on Gaza": the verb whose means the noun is stands for a light
        # verb, its subject the doer, its phrases the noun's
        owner = carrier if verb is None and carrier is not None and by_means(noun, carrier) else verb
        gov_subjects = syntax.subjects(owner) if owner is not None else []
        source_slots, target_slots = pattern.source, pattern.target
        if "poss=target" in pattern.flags:          # "Navalny's arrest": the possessor undergoes it
            source_slots = tuple(s for s in source_slots if s != "poss")
            target_slots = ("poss", *target_slots)
        if role == "target":
            source_slots = ("prep:from", "prep:by")
        sources, source_tokens = self._fill_noun(source_slots, noun, owner, gov_subjects)
        if pattern.code[:2] == PROTEST_ROOT and sources and all(campaigner(a) for a in sources) \
                and lemma(trigger) in CAMPAIGN_EVENTS:
            return None                      # "Trump rallies": a campaign's, no protest
        if "predicate" in pattern.flags:     # "Japan is the largest donor to Sudan"
            source_tokens = syntax.predicated(noun)
            sources = unique_actors(a for t in source_tokens for a in self.participants.named(t))
        subject_trip = False
        if not sources and verb is None and "subj" in pattern.flags and (setting := _trip_setting(noun)) is not None \
                and (clause := syntax.clause_verb(setting)) is not None:
            source_tokens = syntax.subjects(clause)   # "Putin met Xi during a trip to Beijing"
            sources = unique_actors(a for t in source_tokens for a in self.participants.named(t))
            subject_trip = bool(sources)
        if role == "target":
            targets = unique_actors(a for t in gov_subjects for a in self.participants.named(t))
            target_tokens = gov_subjects
        else:
            targets, target_tokens = self._fill_noun(target_slots, noun, owner, gov_subjects)
            if not targets and (beyond := prep_objects_beyond(noun, target_slots)):
                # "an operation, Operation Storm, against militants", "an attack that involved
                # tanks on rebel positions": the parser hangs the phrase on what came between
                found = unique_actors(a for t in beyond for a in self.participants.named(t))
                if found:
                    targets, target_tokens = found, beyond
        if not targets and role != "target" and (against := self.participants.against(noun))[0]:
            targets, target_tokens = against  # "an anti-Iraq naval blockade", "an anti-Israel rally"
        if not targets and pattern.code[:2] in GIVING_ROOTS and (reached := arrived_at(noun)):
            # "aid from Japan reached Turkey", "arrived in Turkey": where the gift came is whom it is for
            target_tokens = reached
            targets = unique_actors(a for t in reached for a in self.participants.named(t))
        if not targets and "predicate" in pattern.flags:   # "the largest donor of aid in Iraq"
            target_tokens = nested_prep_objects(noun, frozenset(p[5:] for p in target_slots if p.startswith("prep:")))
            targets = unique_actors(a for t in target_tokens for a in self.participants.named(t))
        fatal = False
        if not targets and verb is None and (dying := died_of(noun)) is not None:
            target_tokens = syntax.subjects(dying)
            targets = unique_actors(a for t in target_tokens for a in self.participants.named(t))
            fatal = bool(targets)
        if not sources and verb is None and (culprits := syntax.culprits(noun)):
            source_tokens = culprits         # "the militia is responsible for the killings"
            sources = unique_actors(self.participants.actor(t) for t in culprits)
        if "compound=target" in pattern.flags and (topic := self._topic(noun)) is not None:
            sources = [a for a in sources if a.id != topic.id]   # "the Russia investigation": of Russia
            if not targets:
                targets, target_tokens = [topic], [c for c in noun.children if c.dep_ == "compound"]
        targets = [a for a in targets if all(a.id != s.id for s in sources)]
        if subject_trip and not targets:
            return None  # "made his remarks at the start of a regional trip": the setting, no one visited
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
        between = unique_actors(self.participants.actor(t) for t in sides_between(syntax.prep_objects(noun, BETWEEN)))
        if len(between) > 1 and not match.sources:
            match.sources, match.targets, match.pairs = between, [], "all"
            return
        if not match.sources and verb is None and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS:
            # "Xi and Putin ... during a telephone conversation", "Xi ... during a call with
            # Putin": the clause's subjects take part.
            clause = syntax.clause_verb(noun)
            if clause is not None and self._owner_agrees(noun, clause):
                group = unique_actors(self.participants.actor(t) for t in syntax.subjects(clause))
                group = [a for a in group if all(a.id != t.id for t in match.targets)]
                if len(group) > 1 or (group and match.targets):
                    match.sources = group
                    match.construction, match.clause = "setting", clause
        if (len(match.sources) > 1 and not match.targets) or (match.sources and match.targets):
            match.pairs = "all"              # "held talks with Suleiman": talks are held by both sides

    def _owner_agrees(self, noun: Token, clause: Token) -> bool:
        """Whether the possessive pronoun of a setting noun can be the clause's subjects ("Xi ... during
        his call with Putin"); "groups that opposed Iraq in its war with Iran" is not the groups' war,
        "helped Netanyahu in his negotiations with Kadima" not the helper's. True with no such pronoun."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        subjects = syntax.subjects(clause)
        if owner is None or not subjects:
            return True
        if owner.lower_ == "its":
            return len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP")
        if owner.lower_ in ("his", "her"):
            def person(token: Token) -> bool:
                actor = self.participants.actor(token)
                return actor is not None and actor.kind == "person"
            return len(subjects) == 1 and person(subjects[0]) and not any(person(o) for o in syntax.objects(clause))
        return True

    def _fill_noun(self, slots: tuple[str, ...], noun: Token, verb: Token | None,
                   gov_subjects: list[Token]) -> tuple[list[Actor], list[Token]]:
        first: list[Token] = []
        for slot in slots:
            if slot == "gov":
                tokens = gov_subjects
                actors = unique_actors(a for t in tokens for a in self.participants.named(t))
            elif slot == "poss":
                tokens = [c for c in noun.children if c.dep_ == "poss"]
                actors = unique_actors([self.participants.possessor(noun)])
            elif slot == "mod":
                tokens = []
                actors = unique_actors([self.participants.modifier(noun)])
            elif slot == "dative":
                tokens = syntax.datives(verb) if verb is not None else []
                actors = unique_actors(a for t in tokens for a in self.participants.named(t))
            else:
                preps = frozenset(slot[5:].split("|"))
                tokens = syntax.prep_objects(noun, preps)
                tokens += syntax.stray_conjuncts(noun, tokens)
                if verb is not None:
                    tokens += syntax.prep_objects(verb, preps)
                if not tokens:               # "a contribution of 56 million euros to the WFP"
                    tokens = [t for o in syntax.prep_objects(noun, OF) if counted(o)
                              for t in syntax.prep_objects(o, preps)]
                actors = unique_actors(a for t in tokens for a in self.participants.named(t))
            first = first or tokens
            if actors:
                return actors, tokens
        return [], first


def _audience(token: Token) -> bool:
    """Whether `token` is voters, viewers or another audience a campaign aims at, in any case ("Latino
    Voters" in a headline keeps its capitals and its plural)."""
    word = lemma(token)
    return word in AUDIENCES or (word.endswith("s") and word[:-1] in AUDIENCES)


def _trip_setting(noun: Token) -> Token | None:
    """The noun of a trip the clause's subject makes, as the object of its setting preposition: the trip
    itself ("during a trip to Beijing") or the part of it the preposition names ("at the start of a
    visit to Moscow"); None otherwise."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in TRIP_PARTS:
        noun = noun.head.head
    return noun if noun.dep_ == "pobj" and noun.head.lower_ in TRIP_PREPS else None


def _target_slots(pattern: Pattern) -> tuple[str, ...]:
    """The slots a pattern's target is looked for in: its own, but not the object a force posture
    pattern names ("strengthened its forces in Crimea": no one is strengthened against)."""
    if pattern.code[:2] == POSTURE_ROOT and any(r.slot == "dobj" and r.lemmas for r in pattern.requires):
        return tuple(s for s in pattern.target if s != "dobj")
    return pattern.target


def _names_other_object(pattern: Pattern, noun: Token) -> bool:
    """True when `pattern` asks for an object word that the object `noun` is not ("signal
    dobj=willingness" for "showed the bombers")."""
    if noun.dep_ != "dobj":
        return False
    return any(r.slot == "dobj" and r.lemmas and noun.lemma_.lower() not in r.lemmas for r in pattern.requires)
