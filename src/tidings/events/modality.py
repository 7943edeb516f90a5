"""The modality of a match: negation, modal auxiliaries, refusals, conditions, waiting, wishes
and purposes (data/modality.txt). A mixin of the event coder (coder.Coder).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events import syntax
from tidings.events.headline import FINITE_TAGS  # finite verbs and modals: a sentence without them is a headline's
from tidings.events.matching import Match
from tidings.events.sides import (
    calling_verb,
    purpose_clause,
)

# Auxiliaries that make a reported clause a statement of intent by the speaker
# ("Israel announced it would free the prisoners").
INTENT_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
# ... and those that make a negated clause a refusal ("cannot accept more refugees").
REFUSAL_MODALS = INTENT_MODALS | {"can", "ca"}
# Clause markers of what a main clause waits on ("will not ... until", "must ... before").
WAITING_MARKS = frozenset({"until", "till", "before"})
# Operations whose purpose is what they do: once launched or carried out, the arrests, searches or
# seizures they are for are under way ("launched operations to detain 110 people"). Not
# campaigns, missions or teams, which may only press for or look into what they are for.
OPERATION_NOUNS = frozenset({"operation", "raid", "crackdown", "sweep", "manhunt", "roundup", "round-up", "dragnet"})
LAUNCHING_VERBS = frozenset({"launch", "conduct", "carry", "mount", "stage", "begin", "start", "undertake",
                             "perform", "execute", "continue", "intensify", "step", "expand", "widen", "resume",
                             "pursue", "lead", "unleash"})
# ... and the means of force whose purpose is done once they are used on the crowd: "police fired
# tear gas to disperse the protesters", "used water cannon to break up the rally" disperse them.
FORCE_MEANS = frozenset({"gas", "teargas", "tear-gas", "cannon", "bullet", "grenade", "baton", "truncheon",
                         "spray", "force", "shot", "round", "pellet", "stun", "flashbang", "club"})
WIELDING_VERBS = frozenset({"use", "fire", "deploy", "employ", "shoot", "lob", "throw", "spray", "wield"})
# verbs whose object event does not take place ("blocked the aid package", "foiled the attack")
PREVENTING_VERBS = frozenset({"block", "veto", "prevent", "thwart", "foil", "derail", "obstruct", "avert",
                              "forestall", "preclude", "stymie", "torpedo", "scuttle", "stall"})
NOUN_MODALITY_MODS = frozenset({"planned", "upcoming", "proposed", "possible", "potential", "future", "prospective"})
# Nouns of what may come, whose event noun ("the threat of a Russian invasion", "fears of an Israeli
# attack", "invasion fears", "hopes for a ceasefire") is only possible. Not words of a reaction to
# what happened ("concern over the attack", "outrage at the killing").
FEARED_NOUNS = frozenset({"threat", "danger", "risk", "fear", "prospect", "possibility", "spectre", "specter",
                          "likelihood", "chance", "odds", "probability", "hope", "scenario", "eventuality"})
FEARED_PREPS = frozenset({"of", "for"})
# ... and verbs of what may come, with the preposition (or "dobj") of its event noun ("warned of a
# Hezbollah attack", "fears a wider war", "braced for an assault").
FEARING_VERBS = {"warn": frozenset({"of", "about", "against"}), "fear": frozenset({"dobj"}),
                 "risk": frozenset({"dobj"}), "brace": frozenset({"for"}), "anticipate": frozenset({"dobj"})}


class Modality:
    """The modality of matches, for the event coder."""

    def _modality(self, match: Match) -> None:
        if match.modality == "intent":
            match.modality = "asserted"
            return
        clause = match.clause
        if _prevented(match):
            match.modality = "negated"       # "Hungary blocked the EU's aid package": no aid was given
            return
        if _feared(match):
            match.modality = "hypothetical"  # "saying there was a danger of Iranian attacks": none yet
            return
        if _presupposed(match):
            # "did not condemn the Israeli attack", "cannot distract from Iraqi aggression": the
            # verb's negation and modals are not the named event's, which happened all the same
            # ("would respond to any attack", "a planned attack": not one that did)
            if syntax.negated(match.trigger):
                match.modality = "negated"
            elif match.modality == "asserted" and any(c.dep_ == "det" and c.lower_ in ("any", "every")
                                                      for c in match.trigger.children):
                match.modality = "hypothetical"
            elif match.modality == "asserted" and _planned(match.trigger):
                match.modality = "future"
            return
        if syntax.negated(clause) or (match.trigger.i != clause.i and syntax.negated(match.trigger)) \
                or _without(clause) or _nothing_done(clause):
            match.modality = "negated"
            self._refusal(match)
            return
        if match.modality != "asserted":
            return
        if kind := self._auxiliary_modality(clause):
            match.modality = kind
            return
        if (means := _means_of(clause)) is not None:
            # "would break international law by attacking", "will respond by attacking": the means
            # is done as its verb is
            self._inherit(match, means)
            if match.modality != "asserted":
                return
        if (answered := syntax.invited(clause)) is not None:
            match.modality = answered        # "accepted an invitation to meet Kim": the meeting will be
        elif (launcher := under_way(clause)) is not None:
            match.modality = self._launched(launcher)  # "launched operations to detain 110 people"
        elif (caller := calling_verb(clause, match.code)) is not None:
            match.modality = self._launched(caller)    # "called Morrison to congratulate him"
        elif (subject := _headline_plan(clause)) is not None and self.participants.actor(subject) is not None:
            match.modality = "future"                  # "Obama to Visit Cuba": a headline's "is to"
        elif self._conditional(clause) or purpose_clause(_first_infinitive(clause)) or self._awaited(clause) or \
                _wished(clause) or \
                (clause.dep_ == "xcomp" and purpose_clause(clause.head)):   # "sent troops to help fight X"
            match.modality = "hypothetical"
        elif match.trigger.pos_ in syntax.NOUN_POS and _planned(match.trigger):
            match.modality = "future"

    def _launched(self, verb: Token) -> str:
        """The modality of launching or carrying out an operation, which its purpose act shares:
        the act is under way once the operation is ("launched raids to arrest"), to come when
        it will be launched, not done when it was not. (What carries the launching, "plans to"
        or "believes", has been applied by `_carry`.)"""
        if syntax.negated(verb):
            return "negated"
        if kind := self._auxiliary_modality(verb):
            return kind
        return "hypothetical" if self._conditional(verb) or purpose_clause(verb) else "asserted"

    def _auxiliary_modality(self, verb: Token, *, skip: frozenset[str] = frozenset()) -> str | None:
        """The modality the first modal auxiliary of `verb` gives (data/modality.txt), leaving out
        the auxiliaries in `skip`; None when it has none."""
        return next((kind for aux in syntax.auxiliaries(verb)
                     if aux.lower_ not in skip and (kind := self.lexicon.modality.get(aux.lower_))), None)

    def _refusal(self, match: Match) -> None:
        """"Israel will not release the prisoners" states a refusal (CAMEO 12), "Iran will not
        attack" an intent to hold back (03): asserted, unlike "did not release"."""
        aux = {a.lower_ for a in syntax.auxiliaries(match.clause)}
        if not aux & REFUSAL_MODALS or not match.sources or match.steps:
            return
        if match.construction == "nominal" and not any(
                a.id == s.id for t in syntax.subjects(match.clause) for a in self.participants.named(t)
                for s in match.sources):
            return                           # "his words cannot distract from Iraqi aggression": no one refused
        if "sym" in match.pattern.flags and not match.targets and match.pairs != "all":
            return                           # "the cabinet would not meet until": no one refused a meeting
        new = self._transform("intent", match.code, True)
        if new is not None and new != match.code:
            match.code = new
            match.modality = "asserted"
            match.steps.append("will-not")

    def _awaited(self, clause: Token) -> bool:
        """True for a clause that a negated or not yet real main clause waits on ("will not lift
        the ban until the EU provides details", "must disarm before it receives aid"): a
        condition, not a deed. After an asserted clause it stands ("fought until the army left")."""
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in WAITING_MARKS for c in clause.children):
            return False
        main = clause.head
        return syntax.negated(main) or any(self.lexicon.modality.get(a.lower_) for a in syntax.auxiliaries(main))

    def _conditional(self, clause: Token) -> bool:
        token = clause
        for _ in range(4):
            if any(c.dep_ == "mark" and self.lexicon.modality.get(c.lower_) == "hypothetical" for c in token.children):
                return True
            if token.dep_ not in ("conj", "xcomp", "advcl") or token.head.i == token.i:
                return False
            token = token.head
        return False


# Determiners of a noun that names a known, particular event
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _presupposed(match: Match) -> bool:
    """True for a definite event noun a verb that is not its light verb takes as object or in a
    phrase ("did not condemn the attack on Gaza", "could not confirm Ghufari's visit"): the noun
    names an event that took place, whatever is said of it. Not an indefinite one ("will respond
    to an attack", "discuss a withdrawal"), not its verb's subject ("the summit did not take
    place"), not one the verb carries ("demanded the release"), nor one whose culprit the clause
    names ("Hamas is not responsible for the attack"): those are read with the verb."""
    noun = match.trigger
    return match.construction == "nominal" and match.clause.i != noun.i and noun.dep_ in ("dobj", "pobj") \
        and noun.pos_ in syntax.NOUN_POS and match.clause.pos_ in syntax.VERB_POS \
        and any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in noun.children) \
        and not syntax.culprits(noun)


def _prevented(match: Match) -> bool:
    """True for an event noun the object of a verb that keeps it from happening ("blocked the EU's aid
    package", "vetoed the sanctions", "thwarted the attack"), when that verb is not itself negated."""
    noun = match.trigger
    if noun.dep_ in ("acl", "relcl") and noun.pos_ in syntax.VERB_POS and noun.head.pos_ in syntax.NOUN_POS:
        noun = noun.head                     # "vetoed a resolution condemning the annexation": none condemned
    elif match.construction != "nominal" or noun.pos_ not in syntax.NOUN_POS:
        return False
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head                     # "the aid package"
    if noun.dep_ != "dobj" or syntax.negated(noun.head):
        return False
    return noun.head.lemma_.lower() in PREVENTING_VERBS or syntax.phrasal(noun.head) in syntax.HOLDING_BACK


def _feared(match: Match) -> bool:
    """True for an event noun that names what is feared, risked or hoped for: in a phrase of such a
    noun ("the threat of a Russian invasion", "hopes for a ceasefire") or its compound ("invasion
    fears"), or after such a verb ("warned of a Hezbollah attack", "risks a wider war"); and the
    event of a gerund in such a phrase ("any chance of threatening the United States")."""
    noun = match.trigger
    verb = match.clause
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in FEARED_PREPS \
            and verb.head.head.pos_ in syntax.NOUN_POS and verb.head.head.lemma_.lower() in FEARED_NOUNS:
        return True                          # "any chance of threatening the United States", "hopes of reaching"
    if match.construction != "nominal" or noun.pos_ not in syntax.NOUN_POS:
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in syntax.VERB_POS:
        return "dobj" in FEARING_VERBS.get(head.lemma_.lower(), ())
    if noun.dep_ == "pobj":
        prep, head = head.lower_, head.head
        if head.pos_ in syntax.VERB_POS:
            return prep in FEARING_VERBS.get(head.lemma_.lower(), ())
        if prep not in FEARED_PREPS:
            return False
    elif noun.dep_ != "compound":
        return False
    return head.i != noun.i and head.pos_ in syntax.NOUN_POS and head.lemma_.lower() in FEARED_NOUNS


def _planned(noun: Token) -> bool:
    """True for an event noun said to be to come ("a planned attack", "the upcoming visit")."""
    return any(c.dep_ == "amod" and c.lower_ in NOUN_MODALITY_MODS for c in noun.children)


def _means_of(clause: Token) -> Token | None:
    """The verb a gerund after "by" is the means of ("would break the law by attacking"), or None."""
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.lower_ == "by" \
            and clause.head.head.pos_ in syntax.VERB_POS:
        return clause.head.head
    return None


def _headline_plan(clause: Token) -> Token | None:
    """The subject of an infinitive in a sentence with no finite verb, as headlines write "is to"
    ("Obama to Visit Cuba", "EU to impose sanctions"), which the parser hangs on its subject, the
    sentence's root, or makes the root with a subject of its own ("South Korea to Send Envoy"); None
    for any other clause."""
    if clause.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) \
            or any(t.tag_ in FINITE_TAGS for t in clause.sent):
        return None
    head = clause.head
    if clause.dep_ in ("acl", "relcl") and head.dep_ == "ROOT" and head.i < clause.i and head.pos_ in syntax.NOUN_POS:
        return head
    if clause.dep_ == "ROOT":
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _wished(clause: Token) -> bool:
    """True for an infinitive with its subject after "for" ("chanting for Lam to resign", "pressed
    for the troops to leave"): what someone wants, not what is done."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def _without(clause: Token) -> bool:
    """True for a gerund after "without" ("left without signing a deal"): not done."""
    return clause.dep_ == "pcomp" and clause.head.lower_ == "without"


def _nothing_done(clause: Token) -> bool:
    """True for a verb whose object or subject is denied by "no" ("offered no proof", "gave no aid
    to", "no shots were fired", "no country has recognised it", "nobody was hurt") or that says
    what happened to no one ("No one injured in blast"): the act is not done."""
    if clause.pos_ not in syntax.VERB_POS:
        return False
    if any(_none(o) for o in clause.children if o.dep_ in ("dobj", "nsubj", "nsubjpass")):
        return True
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in clause.children):
        return True                          # "and neither apologized", "neither confirmed nor denied"
    if clause.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") and c.lower_ in ("nor", "neither")
                                     for c in (*clause.children, *clause.head.children)):
        return True                          # "... nor denied" (the parser hangs "nor" on either verb)
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and _none(clause.head)


def _none(noun: Token) -> bool:
    return noun.lower_ in NO_ONE or any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ in ("det", "preconj") and c.lower_ == "neither")
        for c in noun.children)


NO_ONE = frozenset({"nobody", "none", "noone", "nothing", "neither"})   # "neither apologized"


def _first_infinitive(clause: Token) -> Token:
    """The first of the bare infinitives `clause` is coordinated with, which states their shared
    purpose ("sent troops to secure the airport and evacuate diplomats"); else `clause` itself."""
    while clause.dep_ == "conj" and clause.tag_ == "VB" and clause.head.tag_ == "VB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head
    return clause


def _wields_force(verb: Token) -> bool:
    """True when `verb` fires or uses a means of force on a crowd ("fired tear gas", "used water cannon")."""
    return verb.pos_ in syntax.VERB_POS and any(o.lemma_.lower() in FORCE_MEANS for o in syntax.objects(verb)) \
        and any(form in WIELDING_VERBS for form in syntax.lemma_forms(verb))


def under_way(clause: Token) -> Token | None:
    """The verb that launched or carried out the operation an infinitive of purpose belongs to
    ("Police launched operations to detain 110 people", "carried out raids to arrest", "launched
    a crackdown to round up"), or None: an operation under way does what it is for, while a team
    sent "to investigate" or a campaign "to free" someone only aims at it."""
    if clause.dep_ == "xcomp" and clause.tag_ == "VB" and _wields_force(clause.head):
        return clause.head                   # "used tear gas to disperse": the parser's xcomp
    if not purpose_clause(clause):
        return None
    if clause.dep_ == "acl":
        noun, verb = clause.head, clause.head.head
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.lemma_.lower() not in OPERATION_NOUNS:
            return None
    else:
        verb = clause.head
        if _wields_force(verb):
            return verb                      # "fired tear gas to disperse the crowd"
        if not any(o.lemma_.lower() in OPERATION_NOUNS for o in syntax.objects(verb)):
            return None
    if verb.pos_ not in syntax.VERB_POS or not any(form in LAUNCHING_VERBS for form in syntax.lemma_forms(verb)):
        return None
    return verb
