"""The event coder: the matches of a sentence, then what carries what, the modality, who reports
it, and one event per source-target pair.

Steps per sentence:
1. every word whose lemma has patterns is matched (matching.py);
2. carried events are settled, deepest first: under a saying verb an event is reported (the
   saying is dropped, unless nothing is said but the saying); under "accuse ... of" it is only
   alleged (dropped); under "agree/refuse/threaten/urge/demand to" it becomes the carrier's code
   (data/transforms.tsv); under "plan to" it is future, under "believe" hypothetical;
3. modality: negation, modal auxiliaries, conditional clauses (data/modality.txt);
4. each match gives one event per (source, target) actor pair.

The Coder holds the document's state and runs these steps; its parts live beside it as mixins,
one concern each: sides.py (targets beyond the pattern's slots, places standing for sides,
reporters), modality.py (step 3) and carrying.py (step 2).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from tidings.events import cameo, headline, syntax
from tidings.events.carrying import (
    ALLEGATION_NOUNS,
    CLAIM_RESPONSIBILITY,
    COMMANDING_VERBS,
    FORCE_ROLES,
    Carrying,
    names_noun,
)
from tidings.events.headline import FINITE_TAGS
from tidings.events.lexicon import Lexicon
from tidings.events.matching import Match, Matcher
from tidings.events.modality import Modality
from tidings.events.participants import Participants, territory, unique_actors
from tidings.events.sides import OWN_PRONOUNS, SPOKEN_ROOTS, Sides, calling_verb, giving, purpose_clause
from tidings.records import Actor, Event, Place, Quote

# Codes whose target is that of the deed they are about: a claim of responsibility, and
# considering a step ("considering sending aid to help North Korea": 014 towards North Korea).
DEED_TARGET_CODES = frozenset({CLAIM_RESPONSIBILITY, "014"})
# A consultation (CAMEO 040) a call is made for is held by telephone (041, PLOVER mode phone), as
# the call itself is; not one a letter is written for.
CONSULT, PHONE_CONSULT = "040", "041"
PHONE_CALLING_VERBS = syntax.PHONING_VERBS | {"call"}
VIOLENT_PROTEST_ROOTS = frozenset({"17", "18"})
# The toll an attack takes, told by a participle after it ("..., killing five civilians"), and the
# roots of attacks (violent protest, assault, fight, mass violence)
TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim", "hurt"})
ATTACK_ROOTS = frozenset({"14", "18", "19", "20"})
REPRESSION = "175"                           # use tactics of violent repression
ENDORSE_CODE = "051"                         # praise or endorse: "support", "back"
# Sides who clash in words, not arms, when neither is armed: people, and bodies of government,
# politics, the press, business and civil society ("clashes between journalists and Trump's
# entourage", "Congress clashed with the White House"): a quarrel, CAMEO 110.
UNARMED_ROLES = frozenset({"GOV", "LEG", "JUD", "PTY", "MED", "BUS", "ELI", "EDU", "NGO", "HRI", "IGO", "LAB"})
# ... and people whose attacks on a person are words: those, and clergy ("the pope was not attacking Trump")
SPEAKING_ROLES = UNARMED_ROLES | {"REL"}
# ... with these verbs and nouns: attacking or fighting a person, a party or a body
# Truces and de-escalation (035x intents, 087x acts): one side agreeing to one alone is coded with where
# it holds ("Putin agreed to a ceasefire in eastern Ukraine": RUS 0356 UKR), as an act with no target is
TRUCE_CODES = frozenset({"035", "087"})
# The most words of a title in quotation marks ("Meet the Press", "Fight for Freedom"), and the words
# before one that say it is a title
TITLE_WORDS = 6
TITLE_CUES = frozenset({"show", "program", "programme", "film", "movie", "book", "song", "album", "series",
                        "column", "title", "titled", "entitled", "called", "dubbed", "episode", "documentary",
                        "play", "novel", "memoir", "podcast", "segment", "headline", "slogan", "campaign"})
WORDED_FIGHTS = frozenset({"attack", "fight", "battle", "pound", "hammer", "bash", "lash"})
# ... and bodies that have no arms to attack with: parties, the press, legislatures, civil society
WORDY_BODIES = frozenset({"PTY", "MED", "LEG", "NGO", "HRI", "EDU", "LAB", "BUS"})
# ... and what an attack said as it was made is one in words ("attacked Trump, saying he ...")
WORDING_VERBS = frozenset({"say", "call", "accuse", "claim", "argue", "describe", "write", "tweet", "label",
                           "brand", "dub", "charge", "allege", "suggest", "insist", "complain", "question"})
QUARREL = "110"
# A bombing (183: "non-military bombing" in CAMEO) by a state or its forces is its use of aerial weapons (195)
NON_MILITARY_BOMBING = "183"
AERIAL = "195"
STATE_FORCES = frozenset({"MIL", "GOV"})
# ... and a politician's attack on a person (the verb's own pattern says so too: data/verbs.txt)
CRITICISM = "111"
# A guest's visit, the way back of hosting (043)
VISIT = "042"
# Codes that are no one's event without a doer: a visit needs a visitor, hosting one a host (local
# news' travellers and sites with no actor: "patients who visit the ER", "people traveled to Sulphur
# Springs", "evidence arrived at the FBI lab")
NEEDS_SOURCE = frozenset({VISIT, "043"})
FROM = frozenset({"from"})
# Military exercises (CAMEO 150, a show of force) held by forces of several countries together are
# military cooperation (062): "the US and its allies launched war games", "staged by US marines
# and Jordanian forces".
EXERCISES = frozenset({"exercise", "drill", "game", "maneuver", "manoeuvre", "wargame", "war-game"})
SHOW_OF_FORCE, JOINT_EXERCISE = "150", "062"
# Verbs whose warning to one's own people advises them, threatens no one.
ADVISING_VERBS = frozenset({"warn", "caution", "advise"})
# Forces mobilised (154) as peacekeepers are peacekeeping (074)
MOBILIZATION, PEACEKEEPING_CODE = "154", "074"
PEACEKEEPING = frozenset({"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper"})
# and forces sent to back or shield someone protect them (074): "sent troops to support the Iraqi army"
PROTECTING_VERBS = frozenset({"support", "help", "assist", "protect", "defend", "back", "bolster", "reinforce",
                              "aid", "guard", "shield", "secure"})
# A share of those asked: the support a poll measures ("38 percent support", "45% of voters"), and
# what a percentage of them says, agrees, backs, faults or rejects
SHARE_WORDS = frozenset({"percent", "%", "per", "percentage", "majority", "plurality"})
PERCENT_WORDS = frozenset({"percent", "%", "per"})
OPINION_ROOTS = frozenset({"01", "02", "03", "05", "11", "12"})
SHARE_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "npadvmod", "quantmod"})
# Nouns of an act done to answer a deed, whose "for"-gerund is the deed of the act's target ("as
# punishment for seizing Kuwait").
MOTIVE_NOUNS = frozenset({"punishment", "retaliation", "revenge", "reprisal", "retribution", "response"})
STANDING = {"asserted": 0, "future": 1, "hypothetical": 2, "negated": 3}


class Coder(Carrying, Modality, Sides):
    """Codes the sentences of one document."""

    def __init__(self, lexicon: Lexicon, doc: Doc, actors: Sequence[Actor], quotes: Sequence[Quote],
                 places: Sequence[Place] = ()) -> None:
        self.lexicon = lexicon
        self.doc = doc
        self.participants = Participants(actors)
        self.matcher = Matcher(lexicon, self.participants)
        self.quotes = list(quotes)
        self.actors = {a.id: a for a in actors}
        self.places = list(places)
        # the actor that is a country itself ("China"), for places of that country ("in Beijing")
        self.countries = {a.country: a for a in reversed(actors)
                          if a.kind == "country" and a.country and a.role is None and not territory(a)}
        self.titles = title_tokens(doc)

    def sentence(self, sent: Span) -> list[Match]:
        """The matches of `sent` that become events, settled."""
        matches = {}
        for token in sent:
            if token.i in self.titles:
                continue                     # "on NBC's 'Meet the Press'": a show's title, no meeting
            match = self.matcher.match(token)
            if match is not None:
                matches[token.i] = match
        if not matches:
            return []
        for match in matches.values():
            if not match.sources and (match.pattern.embeds in ("report", "allege") or match.code[:2] in SPOKEN_ROOTS):
                match.sources = self._issuers(match)
        for match in matches.values():
            verb = matches.get(match.clause.i) if match.construction.startswith("light:") else None
            if verb is None or _visit_for(verb, match.trigger):
                continue
            if verb.pattern.embeds in ("report", "pass") or any(r.slot == "mod" for r in match.pattern.requires) \
                    or _frames(verb, match.trigger):
                verb.has_content = True      # "declared a partnership", "staged a joint exercise": the noun
                verb.dropped = verb.pattern.embeds not in ("report", "pass")
            else:
                match.dropped = True         # "imposed sanctions on": the verb pattern says it all
        for match in matches.values():
            noun = matches.get(match.doer_noun.i) if match.doer_noun is not None else _attack_subject(match, matches)
            if noun is not None and not noun.targets:
                noun.dropped = True          # "wounded in a Russian attack": one event, the wounding
        for match in matches.values():
            _punished_for(match, matches)    # "an embargo on Iraq as punishment for seizing Kuwait": Iraq seized it
            if _alleged(match.trigger if match.construction == "nominal" else match.clause):
                match.dropped = True
            elif _poll_share(match):
                match.dropped = True         # "Trump received 38 percent support": a poll's figure
            elif _consequence(match, matches.get(match.trigger.head.i)):
                match.dropped = True         # "shelled Kharkiv, killing five": one event, the shelling
            elif _summoned_for(match, matches.get(match.clause.head.i)):
                match.dropped = True         # "summoned the German ambassador to protest": the summons is the protest
            elif _support_given(match, matches.get(match.clause.head.i)):
                match.dropped = True         # "provided 6 million euros to support projects": the gift is the support
            elif _aimed_weapon(match, matches.get(match.trigger.head.head.i)):
                match.dropped = True         # "fired missiles targeting Israel": one event, the firing, at Israel
            elif _sent_to_protect(match, matches.get(match.clause.head.i)):
                match.dropped = True         # "sent troops to support the Iraqi army": the troops are the support
            elif self._toll_of_noun(match):
                noun = matches.get(match.trigger.head.i)
                if noun is not None and noun.sources and not noun.dropped:
                    if noun.targets:         # "the strikes on Gaza that killed four": theirs too
                        match.sources = list(noun.sources)
                    else:                    # "launched a strike that killed two commanders": one event,
                        noun.targets, match.dropped = list(match.targets), True   # with its victims
                elif self.matcher.light(match.trigger.head) is None:
                    match.dropped = True     # "condemned the attack that killed nine": no one's we know
        for match in sorted(matches.values(), key=lambda m: -_depth(m.trigger)):
            if not match.dropped and not (match.pattern.embeds == "pass" and match.has_content):
                self._carry(match, matches)  # "offered to help mediate": the mediation is offered, not help
        for match in matches.values():
            if not match.dropped:
                self._modality(match)
                self._reporter(match, matches, sent)
        for match in matches.values():
            self._quoted_content(match, matches)
            if match.pattern.embeds == "pass" and not match.has_content and not match.targets and match.sources:
                # "helped improve the lives of the Afghan people": the help goes to the object
                objects = [o for c in syntax.complements(match.trigger) for o in syntax.objects(c)]
                match.targets = [a for o in objects if (a := self.participants.actor(o)) is not None][:1]
        for match in matches.values():
            self._said_must_plain(match, matches.values())
            self._accused(match)
        for match in matches.values():
            if not match.dropped and not match.targets and match.target_tokens:
                # "heads to Beijing", "withdrew from the Syrian sector": a place named in the target slot
                # stands for its country (not the source's own: "Bolivia declared a state of siege in Pando")
                places = unique_actors(self._country_at(t) for t in match.target_tokens)
                own = {s.country for s in match.sources if s.country} if "foreign" in match.pattern.flags else set()
                match.targets = [a for a in places if all(a.id != s.id for s in match.sources) and a.country not in own]
            if not match.dropped and match.targets and all(a.country is None and a.kind == "group"
                                                           for a in match.targets):
                # "expelled diplomats from Poland", "accept refugees from Afghanistan": where they come from
                match.targets = self._origins(match) or match.targets
            if not match.dropped and not match.targets and match.pattern.pos != "noun":
                match.targets = self._invited_targets(match, matches) or self._attitude_targets(match) \
                    or self._aim_targets(match, matches) or self._called_targets(match) \
                    or self._mediated_parties(match)
            if not match.dropped and match.code == CONSULT and (caller := calling_verb(match.clause, match.code)) \
                    and any(f in PHONE_CALLING_VERBS for f in syntax.lemma_forms(caller)):
                match.code = PHONE_CONSULT   # "called Biden to discuss the war": a talk on the phone
                match.steps.append("phone")
            if not match.dropped and not match.targets and match.construction.startswith("light:"):
                # "phoned Putin to express condolences", "expressed condolences for the British people"
                match.targets = self._called_targets(match) or self._attitude_targets(match) \
                    or self._mediated_parties(match)   # "launched a mediation effort to resolve the rift between"
            if not match.dropped and not match.targets and match.code in DEED_TARGET_CODES:
                match.targets = self._claimed_targets(match, matches)
            if not match.dropped and not match.targets:
                match.targets = self._response_targets(match, matches)
            if not match.dropped and not match.targets and match.sources and ("sym" not in match.pattern.flags or (
                    len(match.sources) == 1 and match.code[:3] in TRUCE_CODES)):
                match.targets = self._location(match)   # one side of a truce alone: where it holds
            _joint(match)
            _peacekeeping(match)
            if match.pattern.lemma in ADVISING_VERBS and match.sources and (_own_people(match) or (
                    match.targets
                    and all(a.role in (None, "CVL") and self._own_side(match, a) for a in match.targets))):
                match.dropped = True         # "warned Americans abroad of the risk": an advisory
            if not match.has_content and match.pattern.embeds == "demand" \
                    and self._own_forces(match, match.targets, match.target_tokens):
                match.dropped = True         # "ordered his fighters back": a command, no demand
        standing = {id(m) for m in matches.values() if not m.dropped and _stands(m)}
        for match in matches.values():
            if match.content and not match.dropped and id(match) not in standing \
                    and not any(id(c) in standing for c in match.content):
                match.has_content = False    # "'we are concerned,' Hartwich told Watt": what was said is
                if _stands(match):           # no event, so the saying is all there is
                    standing.add(id(match))
        return [m for m in matches.values() if id(m) in standing]


    def _origins(self, match: Match) -> list[Actor]:
        """The countries the target words come from when they name no actor ("accept refugees from
        Afghanistan", "expelled diplomats from Poland, Germany and Sweden"), not the source's own."""
        own = {a.country for a in match.sources}
        words = [o for t in match.target_tokens for o in syntax.prep_objects(t, FROM)]
        if match.pattern.pos != "noun" and not any(slot.startswith("prep:") and "from" in slot[5:].split("|")
                                                    for slot in match.pattern.source):
            words += syntax.prep_objects(match.trigger, FROM)   # the parser hangs it on the verb
        found = unique_actors(self._country_at(o) for o in words)
        return [a for a in found if a.country not in own]

    def _toll_of_noun(self, match: Match) -> bool:
        """True when `match` is a relative clause telling the toll of the event noun it hangs on,
        by no one named ("the attack on a church which killed nine people", "the bombings that
        killed 300"): the toll is the doers' of the noun's event when it has any (its victims that
        event's target when it has none), else no one's event of its own, unless the noun is the
        news under a light verb ("launched dozens of strikes that killed four Palestinians")."""
        trigger = match.trigger
        noun = trigger.head
        return trigger.dep_ == "relcl" and not match.sources and match.code[:2] in ATTACK_ROOTS \
            and noun.pos_ in syntax.NOUN_POS and bool(syntax.lookup(self.lexicon.nouns, noun))

    # --- what carries what -------------------------------------------------------------------

            # a verb that is no event ("making", "proving") lets what carries it see through


    # --- modality and reporting --------------------------------------------------------------


    # --- events ----------------------------------------------------------------------------------

    def events(self, match: Match, sent: Span) -> list[tuple[Actor | None, Actor | None]]:
        """The (source, target) actor pairs of `match`: one event each."""
        if match.pairs == "all":
            sides = [a for a in match.targets if a not in match.sources]
            if match.sources and sides:      # "Podesta and Stern began negotiations with China": each
                return [pair for s in match.sources for t in sides if s.id != t.id  # with China, both ways,
                        for pair in ((s, t), (t, s))]                               # not with each other
            group = match.sources + sides
            return [(s, t) for s in group for t in group if s.id != t.id]
        if match.pairs == "self":
            return [(s, s) for s in match.sources]
        sources: list[Actor | None] = list(match.sources) or [None]
        targets: list[Actor | None] = list(match.targets) or [None]
        pairs = [(s, t) for s in sources for t in targets
                 if (s is not None or t is not None) and (s is None or t is None or s.id != t.id)]
        if _mutual(match):                   # "rebels clashed with troops": each fights the other
            pairs += [(t, s) for s, t in pairs if s is not None and t is not None and _acts_back(match, t)]
        return pairs


def _stands(match: Match) -> bool:
    """True when `match` is an event of its own once carried events are settled."""
    if match.pattern.lemma in COMMANDING_VERBS and match.pattern.embeds == "demand" and not match.has_content \
            and not match.targets:
        return False                         # "ordered a carrier group to the Mediterranean": no one asked
    if match.pattern.embeds in ("report", "pass") and match.has_content:
        return False                         # the saying is not the event: what it says is
    if "carried" in match.pattern.flags and not match.has_content:
        return False                         # "wants the elections to be a success"
    if match.code == "010" and not match.targets:
        return False                         # a bare "X said": a statement is coded when made to someone
    if "target" in match.pattern.flags and not match.targets and match.pairs != "all":
        return False                         # "fight the virus", "struck a chord": no one is fought
    if "allow" in match.pattern.flags and not match.sources:
        return False                         # "a deal allowing officials to enter": no one's permission
    if match.construction == "nominal" and not match.sources and not match.fatal:
        return False                         # "the attack on the base": named, but by no one we know;
    #                                          "soldiers died in an attack" is the attack killing them
    if match.trigger.dep_ == "acl" and match.trigger.tag_ == "VBN" and not match.sources \
            and not syntax.is_existential(match.trigger):
        return False                         # "officials accused of ...", "a member jailed last year": a description
    if match.code == "042" and match.construction.startswith("passive") and not match.sources:
        return False                         # "was flown to Berlin for treatment": carried there, no visit
    # A meeting, a talk, a negotiation needs two sides.
    if "sym" in match.pattern.flags and match.code.startswith("04"):
        return bool(match.targets) or match.pairs == "all"
    return True


def _joint(match: Match) -> None:
    """Recode a military exercise of forces of two or more countries as military cooperation
    between them (CAMEO 062), not a show of force by each (150)."""
    if match.dropped or match.code != SHOW_OF_FORCE:
        return
    words = {match.trigger.lemma_.lower()}
    if match.trigger.pos_ in syntax.VERB_POS:
        words |= {o.lemma_.lower() for o in syntax.objects(match.trigger)}
    if not words & EXERCISES:
        return
    # the partners are the doers; a target is where the exercise aims ("near North Korea")
    if len({a.country for a in match.sources if a.country}) < 2:
        return
    match.code, match.targets, match.pairs = JOINT_EXERCISE, [], "all"
    match.steps.append("joint")


def _peacekeeping(match: Match) -> None:
    """Recode forces sent or deployed as peacekeepers ("sent troops to Liberia on a peacekeeping
    mission", "deployed as peacekeeping forces") as peacekeeping (CAMEO 074), not a show of force (154)."""
    if match.dropped or match.code != MOBILIZATION:
        return
    words = syntax.phrase_words(match.clause if match.construction.startswith("light:") else match.trigger)
    if any(t.lemma_.lower() in PEACEKEEPING for t in words):
        match.code = PEACEKEEPING_CODE
        match.steps.append("peacekeeping")


def _frames(verb: Match, noun: Token) -> bool:
    """True when `verb`'s pattern is a frame around another word than the event noun `noun` under
    it ("took part in the killing": the pattern names its object "part", the deed is the killing)."""
    objects = [r for r in verb.pattern.requires if r.slot == "dobj" and r.lemmas]
    return bool(objects) and not names_noun(verb, noun) and noun.dep_ == "pobj"


def _support_given(match: Match, head: Match | None) -> bool:
    """True when `match` is the backing (051) a gift `head` is given or pledged for ("provided 6.3 million
    euros to support projects", "pledged $10 million to support the refugees"): material help, no
    statement of support; the gift takes its target when it has none."""
    if head is None or head is match or match.code != ENDORSE_CODE or not giving(head.code) \
            or head.trigger.i != match.clause.head.i or not purpose_clause(match.clause):
        return False
    if not head.targets and match.targets:
        head.targets = list(match.targets)
    return True


def _attack_subject(match: Match, matches: dict[int, Match]) -> Match | None:
    """The attack noun that is the subject of the attack or toll `match` ("A US drone strike killed a
    commander", "Russian shelling killed three civilians"): the same act as the verb's, one event."""
    if match.construction != "active" or match.code[:2] not in ATTACK_ROOTS:
        return None
    for token in match.source_tokens:
        noun = matches.get(token.i)
        if noun is not None and noun is not match and noun.construction == "nominal" and noun.pairs != "all" \
                and noun.code[:2] in ATTACK_ROOTS and token.dep_ == "nsubj":   # (not "clashes between X and Y")
            return noun
    return None


def _punished_for(match: Match, matches: dict[int, Match]) -> None:
    """Gives a deed with no doer that an act answers as its punishment or retaliation ("ordered an embargo
    on Iraq as punishment for seizing Kuwait", "attacked Israel in retaliation for killing its
    commander") the act's target as its doer: who is punished did it."""
    clause = match.clause
    if match.sources or clause.dep_ != "pcomp" or clause.head.lower_ != "for" \
            or clause.head.head.lemma_.lower() not in MOTIVE_NOUNS or clause.head.head.dep_ != "pobj":
        return
    act = matches.get(clause.head.head.head.head.i)
    if act is not None and act is not match and act.targets:
        match.sources = list(act.targets)
        match.steps.append("punished")


def _aimed_weapon(match: Match, head: Match | None) -> bool:
    """True when `match` is a participle on what an attack `head` fired or launched, saying whom it was
    aimed at ("Iran fired missiles targeting Israel", "launched drones attacking Kyiv"): the same act,
    one event, the attack, which takes the participle's target when it has none."""
    if head is None or head is match or match.sources or not match.targets or match.trigger.dep_ != "acl" \
            or match.trigger.tag_ != "VBG" or match.trigger.head.dep_ != "dobj" \
            or head.trigger.i != match.trigger.head.head.i \
            or head.code[:2] not in ATTACK_ROOTS or match.code[:2] not in ATTACK_ROOTS:
        return False
    if not head.targets:
        head.targets = list(match.targets)
    return True


def _sent_to_protect(match: Match, head: Match | None) -> bool:
    """True when `match` is what forces sent or deployed by `head` (154) are sent to do, backing or
    shielding someone ("sent troops to support the Iraqi army", "deployed soldiers to protect the
    embassy"): the deployment is military protection (CAMEO 074) of the one backed, where the
    purpose names them, and the backing no second event; forces sent to back the sender's own, or
    someone of no country, stay a build-up."""
    if head is None or head is match or head.code != MOBILIZATION or match.trigger.pos_ not in syntax.VERB_POS \
            or head.trigger.i != match.clause.head.i or not purpose_clause(match.clause) \
            or not any(f in PROTECTING_VERBS for f in syntax.lemma_forms(match.trigger)) \
            or any(c.dep_ in ("xcomp", "ccomp") for c in match.trigger.children):
        return False                         # "to help fight Hezbollah": the fight is what they are sent for
    own = {a.country for a in head.sources if a.country}
    backed = match.targets or head.targets
    if not any(a.country and a.country not in own for a in backed):
        return True                          # "deploy Marines to back up the Army troops already in the gulf": its
                                             # own, or none we know of another country: a build-up (154)
    head.code, head.targets = PEACEKEEPING_CODE, list(backed)
    head.steps.append("protection")
    return True


def _summoned_for(match: Match, head: Match | None) -> bool:
    """True when `match` is the complaint a summoning `head` is made for ("summoned the German
    ambassador to protest the leak"): the summons (114) is the complaint, made to the one summoned."""
    return head is not None and head is not match and match.trigger.pos_ in syntax.VERB_POS \
        and match.clause.dep_ in ("advcl", "xcomp") and head.trigger.i == match.clause.head.i \
        and head.pattern.lemma in syntax.SUMMONING_VERBS and head.code[:3] == "114" \
        and any(f in syntax.COMPLAINING_VERBS for f in syntax.lemma_forms(match.trigger))


def _consequence(match: Match, head: Match | None) -> bool:
    """True when `match` is the toll of the attack `head` it follows as a participle ("Russian
    forces shelled Kharkiv, killing five civilians", "struck Gaza, wounding 12"): the same act by
    the same hands, one event, the attack; a toll of no attack we code stands ("a bomb exploded,
    killing five"); a clash between sides named together is an attack ("Armenian and Azerbaijani forces
    clashed, killing two soldiers")."""
    clash = head is not None and head.pairs == "all" and len(head.sources) > 1
    return (head is not None and not head.dropped and (bool(head.targets) or clash) and match.trigger.dep_ == "advcl"
            and match.trigger.tag_ == "VBG" and match.trigger.i > head.trigger.i
            and match.pattern.lemma in TOLL_VERBS and head.code[:2] in ATTACK_ROOTS
            and {a.id for a in match.sources} <= {a.id for a in head.sources})


def _visit_for(verb: Match, noun: Token) -> bool:
    """True when `verb` is a visit (042) made for the event noun `noun` ("arrived in Tehran for
    talks with Iranian officials"): two events, the visit and the talks."""
    return verb.code == "042" and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.lemma_.lower() != "visit"


def _poll_share(match: Match) -> bool:
    """True when the support `match` codes is a share of those asked ("supported by 42 percent of
    those responding", "received 38 percent support", "the support of 45% of voters"), or what it
    codes was said, agreed or faulted by a percentage of them ("Sixty-two percent of Republicans
    agreed"): a poll's figure, no one's act."""
    if match.code[:2] in OPINION_ROOTS and match.code != ENDORSE_CODE:
        # "Sixty-two percent of Republicans agreed": a share of those asked, whatever they said
        return any(w.lemma_.lower() in PERCENT_WORDS for w in match.source_tokens)
    if match.code != ENDORSE_CODE:
        return False
    words = [*match.source_tokens, *(c for c in match.trigger.children if c.dep_ in SHARE_DEPS)]
    return any(w.lemma_.lower() in SHARE_WORDS or any(c.lower_ in SHARE_WORDS for c in w.children
                                                      if c.dep_ in SHARE_DEPS) for w in words)


def _alleged(token: Token) -> bool:
    """True when `token` lies in the content clause of an allegation noun ("accusations that it
    had aided the rebels", "on suspicion of spying"), not in a relative clause on it ("the charges
    that the court filed")."""
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "acl" and head.lemma_.lower() in ALLEGATION_NOUNS and syntax.subjects_own(token):
            return True
        if token.tag_ == "VBG" and token.dep_ in ("pcomp", "pobj") and head.lower_ == "of" \
                and head.head.lemma_.lower() in ALLEGATION_NOUNS:
            return True                      # "on suspicion of spying", "charges of plotting a coup"
        token = head
    return False


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def title_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the titles in quotation marks: a short quote whose every word of four letters or
    more is capitalised, after a possessive or a word for a work ("NBC's 'Meet the Press'", "the film
    'Fight Club'"); a quoted sentence is not one."""
    from tidings.quotes.marks import quoted_spans  # the quotes package imports the events' records

    found: set[int] = set()
    for quoted in quoted_spans(doc.text):
        for start, end in quoted.parts:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.start < 2:
                continue
            words = [t for t in span if t.is_alpha]
            before = doc[span.start - 2] if doc[span.start - 1].is_punct else doc[span.start - 1]
            if 2 <= len(words) <= TITLE_WORDS and all(t.text[:1].isupper() for t in words if len(t) >= 4) \
                    and (before.lower_ in ("'s", "’s") or before.lemma_.lower() in TITLE_CUES):
                found.update(range(span.start, span.end))
    return frozenset(found)


def code_events(lexicon: Lexicon, text: str, doc: Doc, actors: Sequence[Actor],
                quotes: Sequence[Quote], places: Sequence[Place] = (),
                parse: Callable[[str], Doc] | None = None) -> tuple[Event, ...]:
    """The events of `doc` (parsed from `text`), numbered e1, e2, ... in text order. With `parse`
    (text -> Doc, the article's model), a headline is read again from a sentence-cased parse
    (headline.py)."""
    with syntax.remembered(doc):
        return _coded(lexicon, text, doc, actors, quotes, places, parse)


def _coded(lexicon: Lexicon, text: str, doc: Doc, actors: Sequence[Actor], quotes: Sequence[Quote],
           places: Sequence[Place], parse: Callable[[str], Doc] | None) -> tuple[Event, ...]:
    coder = Coder(lexicon, doc, actors, quotes, places)
    found: list[tuple[int, Match, str, Actor | None, Actor | None, Span, headline.Shift | None]] = []
    for sent in headline.units(doc, lexicon) if parse is not None else doc.sents:
        pairs: list[tuple[Coder, Match]] = [(coder, match) for part in sent.sents for match in coder.sentence(part)]
        shift = None
        if parse is not None and headline.is_headline(sent, lexicon):
            # a re-read of the headline is the one to trust when it finds anything (headline.py)
            pairs, shift = _headline(lexicon, text, sent, actors, quotes, places, parse, bool(pairs)) or (pairs, None)
        seen: set[tuple[str | None, str | None, str]] = set()
        # one event per source, target and code: what happened wins over what is only to come,
        # possible or denied ("donated ventilators to assist Ethiopia": the donation, not its aim)
        for by, match in sorted(pairs, key=lambda p: (STANDING.get(p[1].modality, 4), -p[1].confidence,
                                                      p[1].trigger.i)):
            for source, target in by.events(match, sent):
                code = _pair_code(match, source, target)
                if source is None and code in NEEDS_SOURCE:
                    continue                 # "patients who visit the ER", "evidence arrived at the FBI lab"
                key = (source.id if source else None, target.id if target else None, code)
                if key not in seen:
                    seen.add(key)
                    found.append((match.trigger.idx, match, code, source, target, sent, shift))
    found.sort(key=lambda f: f[6].to_text(f[0]) if f[6] else f[0])
    return tuple(_event(n, *f[1:]) for n, f in enumerate(found, 1))


def _clause_read(sent: Span, cased: list[Span]) -> bool:
    """True when the roots of `sent`'s sentences are finite verbs and the sentence-cased parse `cased`
    hangs its clauses elsewhere ("Nigeria Frees 100 Boko Haram Suspects": "frees ... suspects" reads
    as a clause of "suspects"): the Title Case parse read the headline, the copy misread it."""
    roots = [part.root for part in sent.sents]
    return all(r.tag_ in FINITE_TAGS for r in roots) and [r.idx for r in roots] != [p.root.idx for p in cased]


def _headline(lexicon: Lexicon, text: str, sent: Span, actors: Sequence[Actor], quotes: Sequence[Quote],
              places: Sequence[Place], parse: Callable[[str], Doc], found: bool
              ) -> tuple[list[tuple[Coder, Match]], headline.Shift | None] | None:
    """The matches of the headline `sent` read from a parse of its sentence-cased copy, or of a copy
    with its verb in the past tense when the first took the verb for a noun, with the copy's shift
    (headline.py); None when neither finds any, or when the Title Case parse `found` events from a
    clause it read better."""
    cased = headline.reparsed(text, sent, lexicon, parse)
    if not cased or (found and _clause_read(sent, cased)):
        return None
    past = headline.past_tense_copy(text, sent, lexicon, cased[0].doc)
    if past is not None:
        copy, shift = past
        moved = [replace(a, mentions=tuple((shift.to_copy(s), shift.to_copy(e)) for s, e in a.mentions))
                 for a in actors]
        other = Coder(lexicon, parse(copy), moved, [replace(q, start=shift.to_copy(q.start), end=shift.to_copy(q.end),
                                                            parts=None) for q in quotes],
                      [replace(p, start=shift.to_copy(p.start), end=shift.to_copy(p.end)) for p in places])
        pairs = [(other, match) for part in other.doc.sents if not all(t.is_space for t in part)
                 for match in other.sentence(part)]
        if pairs:
            return pairs, shift
    other = Coder(lexicon, cased[0].doc, actors, quotes, places)
    pairs = [(other, match) for part in cased for match in other.sentence(part)]
    return (pairs, None) if pairs else None


def _mutual(match: Match) -> bool:
    """True when `match` is an act both its sides do to each other ("clashed with", a `mutual`
    pattern) between a source and a target, as it happened or is to come, not turned into another
    kind of act ("threatened to clash with" is the threatener's alone); a target that is only where
    it happened does nothing back ("hosted a dinner in Atlanta")."""
    return match.pattern.mutual is not None and match.code == match.pattern.code and match.pairs == "cross" \
        and bool(match.sources) and bool(match.targets) and "location" not in match.steps


def _pair_code(match: Match, source: Actor | None, target: Actor | None) -> str:
    """The code of `match`'s event from `source` to `target`: the way back of a mutual act takes
    the pattern's code for it ("protesters clashed with police": the police's side is violent
    repression, 175), and each side's act is coded by who does it (_by_protesters)."""
    code = match.code
    if code == NON_MILITARY_BOMBING and source is not None and _bombing(match) \
            and (source.kind == "country" or source.role in STATE_FORCES):
        return AERIAL                       # "the United States increased its bombing of Islamic State": a state's
    if code == "190" and match.pattern.lemma == "clash" and source is not None \
            and _unarmed(source) and (target is None or _unarmed(target)):
        return QUARREL                      # "Trump and Cruz clashed", "RNC rules clash erupts": words
    if code[:2] == "19" and match.pattern.lemma in WORDED_FIGHTS and match.pattern.pos == "verb" \
            and (source is None or (source.kind != "country" and source.role in SPEAKING_ROLES | WORDY_BODIES)) \
            and target is not None and (target.kind == "person" or target.role in UNARMED_ROLES) \
            and any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in WORDING_VERBS
                    for c in match.trigger.children):
        return CRITICISM                    # "it attacked Trump, saying he has offended Hispanics": words
    if code[:2] == "19" and match.pattern.lemma in WORDED_FIGHTS and source is not None \
            and (target is None or target.kind == "person" or (target.kind != "country"
                                                                and target.role in UNARMED_ROLES)
                 or (target.kind == "country" and source.country in (None, target.country))) \
            and source.role in (SPEAKING_ROLES if source.kind == "person" else WORDY_BODIES):
        # "her relentless attacks on Clinton", "the party attacked Trump", a senator who "has fought
        # the Washington establishment" (his own country's, or one of no other country named)
        return CRITICISM
    if source is None or target is None or match.pattern.mutual is None or match.code != match.pattern.code:
        return _by_protesters(code, source)
    if match.pattern.mutual and _mutual(match) and source in match.targets and target in match.sources:
        code = match.pattern.mutual
    if code == "190" and source.role in FORCE_ROLES and target.role == "OPP":
        return REPRESSION                   # "police clashed with protesters", "police and protesters clashed"
    return _by_protesters(code, source)


def _bombing(match: Match) -> bool:
    """Whether `match` is a bombing campaign's ("its bombing of", "bombed", "Russian bombing ... killed"),
    not a bomb's ("an Israeli car bomb killed": a bomb planted, non-military whoever set it)."""
    lemma = match.pattern.lemma
    if lemma == "bombing" or (lemma == "bomb" and match.pattern.pos == "verb"):
        return True
    return any(t.lemma_.lower() == "bombing" for t in match.source_tokens)


def _acts_back(match: Match, target: Actor) -> bool:
    """Whether `target` does the mutual act back: any side of a clash; of a hosting, a guest who is
    someone (a person, a country, a body with a role), not an event hosted ("host the Bikefest")."""
    return match.pattern.mutual != VISIT or target.kind in ("person", "country") or target.role is not None


def _own_people(match: Match) -> bool:
    """True when every target of `match` is named as the source's own people ("advised its citizens")."""
    return bool(match.target_tokens) and all(
        any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in t.children) for t in match.target_tokens)


def _unarmed(actor: Actor) -> bool:
    return actor.kind == "person" or (actor.kind != "country" and actor.role in UNARMED_ROLES)


def _by_protesters(code: str, source: Actor | None) -> str:
    """`code`, or 145 (protest violently, riot) when protesters, rioters or other opposition (CAMEO
    OPP) use force: CAMEO codes their destruction, assaults and attacks as violent protest; fighting
    with weapons of war (missiles, artillery: 191-196) stays fighting."""
    if source is not None and source.role == "OPP" and (code[:2] in VIOLENT_PROTEST_ROOTS or code == "190"):
        return "145"
    return code


def _event(number: int, match: Match, code: str, source: Actor | None, target: Actor | None,
           sent: Span, shift: headline.Shift | None) -> Event:
    entry = cameo.lookup(code)
    trigger = match.trigger
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    if shift is not None:                # read from a copy of another length: back to the text's offsets
        start, end = shift.to_text(start), shift.to_text(end)
    pattern = match.pattern.id if match.construction == "active" else f"{match.pattern.id}+{match.construction}"
    for step in match.steps:
        pattern += f"+{step}"
    return Event(
        id=f"e{number}", source=source.id if source else None, target=target.id if target else None,
        code=entry.code, root=entry.root, name=entry.name, goldstein=entry.goldstein,
        quad_class=entry.quad_class, plover=entry.plover, mode=entry.plover_mode,
        modality=match.modality,  # type: ignore[arg-type]
        date=None, date_text=None, date_basis=None, place=None,
        sentence=(sent.start_char, sent.end_char), trigger=(start, end),
        reported_by=match.reporter.id if match.reporter else None, pattern=pattern,
        confidence=match.confidence,
    )
