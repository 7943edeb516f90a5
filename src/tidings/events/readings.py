"""Everyday readings of the words around a trigger, which decide whether it names an event at
all and who takes part: a month that is no march, a feeling that is no one's act, a gerund or
compound that only describes a noun, a vehicle that runs someone over, the cause someone died
of, the means a verb's subject acts with, and the phrases the parser hung away from their noun.

Predicates and finders over the parse for the Matcher (matching.py); a pattern's own conditions
are tested in requirements.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events import syntax
from tidings.events.lexicon import Pattern
from tidings.events.requirements import CURRENCY_SIGNS, QUANTITY_HEADS, asks, bare_appositions, lemma
from tidings.records import Actor

# People a gerund before them describes ("bombing victims", "shooting survivors")
DESCRIBED_PEOPLE = frozenset({"victim", "survivor", "suspect", "casualty"})
# Verbs of judging what something is, and the words of the judgement ("considers Kyiv a threat")
DEEMING = frozenset({"consider", "deem"})
JUDGED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON"})
# Verbs of how someone feels or seems, whose participle is a feeling ("felt betrayed")
SEEMING = frozenset({"feel", "felt", "seem", "look", "appear", "sound"})
# Month names that are also event nouns, read as months where the model dates them ("March 27") or a
# day or year follows them (a byline re-read in another case: "Reporter march 15, 2009")
MONTHS = frozenset({"march", "may"})
# Prepositions of the event a passive verb's doer is named in ("killed in an Israeli airstrike").
DOER_PREPS = frozenset({"in", "during", "amid"})
# Verbs whose subject is the victim of the deed in their in/during-phrase ("soldiers died in a
# Russian bombardment": the soldiers were bombarded).
DYING_VERBS = frozenset({"die", "perish"})
# ... and the prepositions of what someone died of ("died after torture", "died from the beating",
# "died under torture", "died due to torture"; "as a result of" is read through its noun).
CAUSE_PREPS = DOER_PREPS | {"after", "from", "of", "under", "due", "because"}
# The roles that campaign: a rally of theirs is a campaign's, not a protest (`campaigner`)
CAMPAIGN_ROLES = frozenset({"GOV", "ELI", "LEG", "PTY"})
# What runs people over: as the doer of an act of force, a road accident (`run_over`)
VEHICLES = frozenset({"car", "truck", "suv", "van", "bus", "train", "vehicle", "motorist", "motorcycle", "lorry",
                      "taxi", "tractor", "minivan", "pickup", "motorcyclist", "cyclist", "tram"})
# What a gift arriving somewhere does, and the prepositions of where it arrives ("aid reached Turkey").
ARRIVING_VERBS = frozenset({"reach", "arrive", "land", "get"})
ARRIVAL_PREPS = frozenset({"in", "at", "to", "into"})
# Verbs whose with-phrase is the means, done by their subject: "reinforced its commitment with a
# contribution of 56 million euros to the WFP", "responded with airstrikes on Gaza". Not verbs
# whose with-phrase is a partner or a topic ("agreed with", "disagreed with the strikes").
MEANS_VERBS = frozenset({"respond", "retaliate", "react", "answer", "reinforce", "back", "support", "help",
                         "assist", "bolster", "boost", "strengthen", "underline", "underscore", "demonstrate",
                         "show", "follow", "mark", "honour", "honor"})
# Objects that are the subject's own self: the doer is also the target ("Iraq attacked itself").
REFLEXIVE_PRONOUNS = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "themself"})
PLURAL_REFLEXIVES = frozenset({"themselves", "ourselves"})
# Heads that frame the event their compound modifier names: "a coup attempt", "a killing spree",
# "strike action"; under any other head the modifier only describes it ("the EU withdrawal
# agreement", "attack helicopters", "aid workers"), and the head decides what happened.
FRAMING_HEADS = QUANTITY_HEADS | frozenset({"attempt", "bid", "campaign", "operation", "effort", "action",
                                            "spree", "mission", "drive", "blitz"})


def arrived_at(noun: Token) -> list[Token]:
    """The places a gift `noun` is the subject of arriving at: the object of "reached" or the
    in/at/to-phrase of "arrived" ("aid from Japan reached Turkey"); [] for any other noun."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in syntax.VERB_POS or verb.lemma_.lower() not in ARRIVING_VERBS:
        return []
    return [o for o in syntax.objects(verb) if not syntax.is_time(o)] + syntax.prep_objects(verb, ARRIVAL_PREPS)


def is_reflexive(tokens: list[Token], doers: list[Token], sources: list[Actor]) -> bool:
    """True when `tokens` are reflexive pronouns that agree with the doers ("Iraq attacked itself",
    "the rebels armed themselves"): the doers' own selves. "themselves" after one country or
    person ("the US said Iraq had attacked themselves") is someone else, as "him" would be."""
    if not tokens or not all(t.lower_ in REFLEXIVE_PRONOUNS for t in tokens):
        return False
    if not all(t.lower_ in PLURAL_REFLEXIVES for t in tokens):
        return True
    return len(doers) > 1 or any(t.tag_ in ("NNS", "NNPS") for t in doers) \
        or all(a.kind in ("group", "organization") for a in sources)


def is_reciprocal(tokens: list[Token]) -> bool:
    """True when `tokens` are a reciprocal pronoun, "each other" or "one another" ("Armenia and
    Azerbaijan accused each other"), or a thing of theirs ("attacked each other's energy facilities"):
    each doer's act on the others."""
    return bool(tokens) and all(_reciprocal(t) or any(c.dep_ == "poss" and _reciprocal(c) for c in t.children)
                                for t in tokens)


def _reciprocal(t: Token) -> bool:
    return (t.lower_ == "other" and any(c.dep_ == "det" and c.lower_ == "each" for c in t.children)) \
        or (t.lower_ == "one" and any(c.lower_ == "another" for c in t.children)) \
        or (t.lower_ == "another" and any(c.lower_ == "one" for c in t.children))


def deems(verb: Token) -> bool:
    """True for a verb of judgement with what something is judged to be ("Moscow considers Kyiv a
    threat", "considers the deal dead", "is considered a terrorist group", "to be part of", "an area
    Moscow considers its own turf"): an opinion, no option weighed (CAMEO 014 is "considering a strike")."""
    if verb.lemma_.lower() not in DEEMING:
        return False
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "acomp"):
            return True
        if child.dep_ in ("ccomp", "xcomp") and (child.pos_ in JUDGED_POS or child.lemma_ == "be"):
            return True
    # a relative clause whose head is what is judged, with the judgement for its object
    return verb.dep_ == "relcl" and any(c.dep_ == "dobj" for c in verb.children)


def called_to_order(verb: Token) -> bool:
    """True for "order" in "called the meeting to order" (the parser reads an infinitive): the meeting
    was opened, no order given."""
    return verb.lemma_.lower() == "order" and verb.head.lemma_.lower() == "call" and verb.i > verb.head.i \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def felt(verb: Token) -> bool:
    """True for a participle of how someone feels or seems ("felt betrayed", "seemed threatened",
    "feel pressured"): a feeling, not an act anyone did."""
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in SEEMING for c in verb.children):
        return True
    return verb.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and verb.head.lemma_.lower() in SEEMING


def month(token: Token) -> bool:
    if token.lower_ not in MONTHS:
        return False
    if token.ent_type_ == "DATE" and token.text[:1].isupper():
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.is_digit and (len(after) <= 2 or len(after) == 4)


def campaigner(actor: Actor) -> bool:
    """True for a politician or party in office or running for it (not the opposition, whose rallies
    protest)."""
    return actor.role in CAMPAIGN_ROLES and actor.role != "OPP" and "OPP" not in (actor.code or "")


def run_over(verb: Token) -> bool:
    """True when a vehicle strikes, hits, kills or injures ("struck by an SUV", "a truck hit her"): a
    road accident, no one's act of force; "a car bomb" is a bomb."""
    return done_by(verb, VEHICLES)


def done_by(verb: Token, lemmas: frozenset[str]) -> bool:
    """True when every doer of `verb` (its subjects, or for a passive with none the objects of "in",
    "during", "amid": "killed in a crash") is a word of `lemmas`."""
    doers = syntax.subjects(verb)
    if not doers and syntax.is_passive(verb):
        doers = syntax.prep_objects(verb, DOER_PREPS)
    return bool(doers) and all(lemma(t) in lemmas for t in doers)


def prep_objects_beyond(noun: Token, slots: tuple[str, ...]) -> list[Token]:
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


def died_of(noun: Token) -> Token | None:
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
    return verb if prep.dep_ == "prep" and lemma(verb) in DYING_VERBS else None


def counted(noun: Token) -> bool:
    """True when `noun` is an amount ("56 million euros", "$10 million", "500 troops")."""
    return noun.ent_type_ == "MONEY" or any(c.dep_ == "nummod" or c.text in CURRENCY_SIGNS for c in noun.children)


def by_means(noun: Token, verb: Token) -> bool:
    """True when `noun` is the means `verb`'s subject acts with ("backed the plan with a loan",
    "responded with airstrikes"): the object of its with-phrase, under a verb of MEANS_VERBS."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i == verb.i \
        and lemma(verb) in MEANS_VERBS


def nested_prep_objects(noun: Token, preps: frozenset[str]) -> list[Token]:
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


def shifted_objects(verb: Token) -> list[Token]:
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


def any_of(noun: Token) -> bool:
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


def names(verb: Token, patterns: tuple[Pattern, ...]) -> bool:
    """True when `verb` names its object something ("called Assad a murderer", "called the
    talks a success"): it has an object predicate (not a name the parser took for one: "called
    Putin") and a pattern asking the predicate for a word list of naming.txt."""
    if not asks("naming", patterns):
        return False
    predicates = [c for c in verb.children if c.dep_ == "oprd"] + bare_appositions(syntax.objects(verb))
    return any(c.pos_ != "PROPN" for c in predicates)   # the small model may read it as an apposition


def gerund_modifier(token: Token) -> bool:
    """True when the gerund `token` only describes the noun after it: as its modifier ("the shooting
    suspect"), or read as a verb with that noun as object where the noun is someone it happened to
    ("paid tribute to bombing victims")."""
    if token.tag_ != "VBG" or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    if token.dep_ in ("amod", "compound") and token.head.i == after.i and after.pos_ in syntax.NOUN_POS:
        return True
    return after.dep_ == "dobj" and after.head.i == token.i and after.lemma_.lower() in DESCRIBED_PEOPLE


def describes(noun: Token) -> bool:
    """True when the noun `noun` only describes another noun it is a compound of ("attack
    helicopters", "the withdrawal agreement", "aid workers"), not under a head that frames it
    as the event ("a coup attempt", FRAMING_HEADS)."""
    head = noun.head
    return noun.dep_ == "compound" and head is not noun and head.pos_ in syntax.NOUN_POS \
        and lemma(head) not in FRAMING_HEADS


def sides_between(objects: list[Token]) -> list[Token]:
    """The words naming the sides of "between" objects: each object, and for "between Indian and
    Pakistani troops" also the coordinated adjectives, each one side's troops."""
    out = list(objects)
    for obj in objects:
        for mod in obj.children:
            if mod.dep_ == "amod" and mod.i < obj.i and any(c.dep_ == "conj" for c in mod.children):
                out[:0] = [mod, *(c for c in mod.children if c.dep_ == "conj")]
    return out
