"""Reading the dependency parse (spaCy's English labels, ClearNLP style): who is the subject and
the object of a verb, through the passive, relative clauses, participles, control and
coordination. Functions return tokens; turning tokens into actors is participants.py's job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from tidings.nlp import load_model

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Tags under which the lemmatizer takes a verb for its own base form.
BASE_TAGS = frozenset({"VB", "VBP"})
QUOTE_MARKS = frozenset({'"', "''", "”", "’", "»"})
# Nouns whose infinitive belongs to their owner ("Russia's plans to attack", "signed agreements to
# normalise relations"): the doer is the possessor, or the subject of the verb the noun hangs on.
# Other nouns do what their infinitive says ("the first states to recognise Israel").
OWNED_INFINITIVE_NOUNS = frozenset({
    "plan", "decision", "attempt", "effort", "bid", "move", "agreement", "deal", "accord", "pledge", "promise",
    "threat", "offer", "proposal", "right", "intention", "intent", "order", "call", "request", "commitment",
    "readiness", "willingness", "vow", "campaign", "mission", "operation", "initiative", "step", "measure",
    "permission", "authority", "power", "option", "chance", "opportunity", "ability", "capacity", "need",
    "obligation", "ultimatum", "demand", "appeal", "license", "mandate", "preparation", "scheme", "goal", "aim",
    "raid", "crackdown", "sweep", "manhunt", "roundup", "offensive", "drive", "push", "rush", "hurry", "race",
    "scramble", "hope", "quest", "struggle", "fight", "battle"})
# Nouns whose infinitive is done by the one invited, not by the inviter ("accepted Xi's invitation
# to visit China": the accepter visits; "extended an invitation to Kim to visit").
INVITATION_NOUNS = frozenset({"invitation", "invite"})
# Verbs whose subject is the one an invitation went to ("accepted", "received", "turned down").
INVITED_VERBS = frozenset({"accept", "receive", "get", "take", "decline", "reject", "refuse", "turn", "welcome",
                           "snub", "spurn", "rebuff", "ignore", "consider", "weigh", "have"})
# Prepositions whose object does what an infinitive after them says ("called on Egypt to free",
# "prevailed upon Iran to stop"), and verbs whose to-phrase does ("appealed to Iran to stop").
CONTROL_PREPS = frozenset({"on", "upon"})
CALL_ON_VERBS = frozenset({"call", "prevail", "rely", "count", "depend", "lean"})
APPEAL_TO_VERBS = frozenset({"appeal", "plead", "turn", "write", "signal", "beckon"})
PRESSING_VERBS = frozenset({"press", "push", "lobby", "campaign", "clamor", "clamour", "agitate", "ask"})
# Verbs of calling someone up, and what one calls someone to do that is said in the call: the
# caller does it ("called Putin to ask him to withdraw", "phoned Erdogan to urge him"), the one
# called is only its addressee; the parser hangs such an infinitive as an object-control
# complement ("urged Iran to stop"). "called the rebels to lay down their arms" stays an appeal.
PHONING_VERBS = frozenset({"phone", "telephone", "ring"})
CALLING_VERBS = PHONING_VERBS | {"call", "write", "text", "message"}
SAID_IN_CALL = frozenset({
    "ask", "urge", "press", "request", "discuss", "congratulate", "thank", "express", "offer", "tell", "inform",
    "brief", "convey", "reassure", "warn", "condole", "wish", "invite", "apologise", "apologize", "explain",
    "update", "raise", "seek", "plead", "assure", "appeal", "demand", "voice", "review", "talk", "say", "confirm",
    "reiterate", "stress", "underline", "announce", "protest", "complain", "object", "insist",
    "share", "pledge", "promise", "propose", "suggest", "notify", "remind"})
# Messages through which their author speaks ("issued a statement urging Iran to ...") and the
# verbs that make their subject the author.
MESSAGE_NOUNS = frozenset({"statement", "report", "letter", "communique", "communiqué", "declaration", "resolution",
                           "note", "message", "release", "notice", "video", "tweet", "post", "editorial", "memo",
                           "memorandum", "petition", "order", "decree", "directive", "bill", "motion", "appeal"})
ISSUING_VERBS = frozenset({"issue", "release", "publish", "put", "send", "post", "make", "deliver", "read",
                           "present", "file", "submit", "circulate", "adopt", "pass", "write", "sign", "tweet",
                           "unveil", "draft", "table", "launch", "broadcast", "air", "lodge", "introduce",
                           "approve", "endorse", "back", "vote", "enact", "unleash", "fire"})
# Words that count messages issued ("a series of tweets criticizing").
SERIES_HEADS = frozenset({"series", "string", "barrage", "flurry", "volley", "stream", "torrent", "spate", "wave",
                          "number", "pair", "couple", "set"})
# Prepositions of where a message was issued ("released in Kigali", "issued from Beijing").
ISSUE_PREPS = frozenset({"in", "from"})
# Answers to an invitation that settle whether its infinitive happens ("accepted an invitation to
# visit": it will; "turned down an invitation to visit": it will not).
ACCEPTING_VERBS = frozenset({"accept", "take"})
DECLINING_VERBS = frozenset({"decline", "reject", "refuse", "turn", "snub", "spurn", "rebuff"})
# Prepositions under which a noun is the object an event verb carries: "call for talks",
# "agree to a ceasefire", "threaten with sanctions", "insist on the release".
CARRIED_PREPS = frozenset({"for", "to", "on", "with", "about", "of"})

# The readings of the document being coded, by function and word index: a verb's subjects,
# objects and voice are asked for by every pattern and rule that looks at it. Set only while one
# document is coded (`remembered`), so no document outlives its coding.
_MEMO: ContextVar[tuple[Doc, dict[Any, Any]] | None] = ContextVar("events_syntax_memo", default=None)
F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def remembered(doc: Doc) -> Iterator[None]:
    """Within the block, each reading of a word of `doc` (its subjects, objects, voice ...) is
    worked out once; the parse does not change while a document is coded. Dropped on exit."""
    reset = _MEMO.set((doc, {}))
    try:
        yield
    finally:
        _MEMO.reset(reset)


def _per_word(fn: F) -> F:
    """`fn(token, *rest)` remembered per word of the document being coded; a list answer is
    handed out as a fresh copy, since callers extend what they get."""
    @wraps(fn)
    def remembering(token: Token, *rest: Any) -> Any:
        memo = _MEMO.get()
        if memo is None or token.doc is not memo[0]:
            return fn(token, *rest)
        key = (fn, token.i, *rest)
        found = memo[1].get(key, memo)
        if found is memo:
            found = memo[1][key] = fn(token, *rest)
        return list(found) if type(found) is list else found
    return remembering  # type: ignore[return-value]


def lemma_forms(token: Token) -> list[str]:
    """The lemma of `token` and, after it, forms cut from the word itself: the small model's
    lemmatizer errs on some news verbs ("staged" -> "stag"), and a table lookup falls back on these."""
    word = token.lower_
    forms = [token.lemma_.lower(), word]
    if token.pos_ not in VERB_POS:
        return forms
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    if word.endswith("ed"):
        forms += [word[:-1], word[:-2]]
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if token.lemma_.lower() == word and token.tag_ in BASE_TAGS:
        forms += irregular_lemmas(token)
    return forms


def irregular_lemmas(token: Token) -> list[str]:
    """The lemmas the model's own table of irregular verb forms gives the word of `token`
    ("overran" -> overrun), for a parse of the default model; else none. The tagger reads a rare
    past tense as a present (VBP) now and then, and the lemmatizer then keeps the word as it is."""
    table = _irregular_verbs()
    return list(table.get(token.lower_, ())) if token.vocab is _default_vocab() else []


def irregular_forms(lemma: str) -> list[str]:
    """The irregular forms of the verb `lemma` in the default model's table ("strike" -> struck,
    stricken), in alphabetical order; none for a regular verb."""
    return sorted(word for word, lemmas in _irregular_verbs().items() if lemma in lemmas and word != lemma)


@cache
def default_pipeline() -> Language:
    """The default model's pipeline, once per process: finding its name looks through the
    installed packages."""
    return load_model()


def _default_vocab() -> Vocab:
    return default_pipeline().vocab


@cache
def _irregular_verbs() -> dict[str, list[str]]:
    """The lemmatizer's exceptions for verbs, word -> lemmas; empty when the model has none."""
    nlp = default_pipeline()
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_exc"):
        return {}
    return dict(lookups.get_table("lemma_exc").get("verb", {}))


def lookup(table: dict, token: Token):
    """The entry of `table` for the first of `token`'s lemma forms that has one, or None."""
    for form in lemma_forms(token):
        if form in table:
            return table[form]
    return None


# Where a clause's verb hangs: a noun elsewhere ("the hand of", "a supply of") is no clause.
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "parataxis"})


def tagged_noun_clause(token: Token) -> bool:
    """True when `token`, tagged a noun, heads a clause as its verb: a subject and an object or a
    particle of its own ("EU and UN hand over supplies to Nigeria", a headline's present tense), or
    a verb coordinated with it ("the government rejects and condemns the decision")."""
    if token.pos_ != "NOUN" or token.dep_ not in CLAUSE_DEPS:
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and (bool(deps & {"dobj", "prt"})
                                or any(c.dep_ == "conj" and c.pos_ in VERB_POS for c in token.children))


def _listed(token: Token) -> bool:
    # "The US, Russia, and Switzerland": the parser may hang "Russia" as an apposition that
    # then takes the conjunction; an apposition with a conjunct is a list item. Not a common noun
    # that describes its head ("Ted Nordhaus, co-founder of the Institute and advocate of ..."): a
    # title "of" something, or one with an article.
    if token.dep_ != "appos" or not any(c.dep_ == "conj" for c in token.children):
        return False
    return token.pos_ != "NOUN" or not any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in token.children)


def conjuncts(token: Token) -> list[Token]:
    """`token` and the words coordinated with it ("Xi and Putin" -> [Xi, Putin])."""
    out = [token]
    stack = [c for c in token.children if c.dep_ == "conj" or _listed(c)]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


@_per_word
def is_passive(verb: Token) -> bool:
    """True when `verb` is in the passive voice, finite ("was criticized") or a participle ("sanctions imposed"),
    or a headline's ("Springfield man shot twice in attempted robbery")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return (verb.tag_ == "VBN" and verb.dep_ == "acl" and not is_main_verb_as_participle(verb)) \
        or headline_passive(verb) is not None


def to_blame(verb: Token) -> bool:
    """Whether `verb` is "blame" in "X is to blame": X is blamed, by no one the clause names."""
    return verb.lemma_.lower() == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


# Verbs whose bare participle after a sentence's first noun is a headline's passive ("man shot",
# "teen arrested after chase", "woman taken into custody"), not the noun's own act
HEADLINE_PASSIVES = frozenset({"shoot", "kill", "injure", "wound", "hurt", "stab", "attack", "assault", "beat", "rob",
                               "arrest", "detain", "jail", "charge", "indict", "convict", "sentence", "hold", "take",
                               "kidnap", "abduct", "rescue", "free", "release", "deport", "expel", "hit", "strike"})


def headline_passive(verb: Token) -> Token | None:
    """The subject of `verb` when the sentence is a headline's reduced passive: a bare singular noun
    opening the sentence ("Springfield man", "Officer"), then the verb's past form with no auxiliary
    and no object ("Springfield man shot twice in attempted robbery", "Huntsville man taken into
    custody after standoff"): the noun underwent the act. None otherwise ("The officer shot the
    driver", "Police arrested a 16-year-old")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT" or verb.lemma_.lower() not in HEADLINE_PASSIVES:
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "prt") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    noun = subjects[0]
    if noun.tag_ != "NN" or noun.i != verb.i - 1 or any(c.dep_ not in ("compound", "amod") for c in noun.children):
        return None
    start = min(t.i for t in noun.subtree)
    return noun if start == verb.sent.start else None


def is_main_verb_as_participle(verb: Token) -> bool:
    """True for the main verb of a sentence that the parser hung on its subject as a participle,
    leaving a noun as the root ("The air force carried out strikes": force <- carried/acl): a
    past tense (VBD), or a participle with an object or particle, which no passive has."""
    head = verb.head
    if verb.dep_ == "relcl" and verb.tag_ == "VBD" and _subject_head(head).dep_ == "ROOT" \
            and head.pos_ in NOUN_POS and verb.i > head.i \
            and not any(c.dep_ in ("auxpass", "agent", "aux", "nsubj", "nsubjpass", "mark") for c in verb.children):
        # a past tense with no relative word or subject of its own after a subject phrase with
        # no verb: "The Afghan government, a number of parties and the Taliban condemned ..."
        return True
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in NOUN_POS or verb.i < head.i:
        return False
    if any(c.dep_ in ("auxpass", "agent", "aux", "nsubj") for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in ("dobj", "prt", "dative") for c in verb.children) \
        or _prepositional_object(verb) or _crowd_verb(verb)


# Verbs a crowd does, which no one undergoes: "Thousands protested in Dhaka" (the parser's "Thousands
# <- protested/acl") is no passive.
CROWD_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "riot", "gather", "clash"})


def _crowd_verb(verb: Token) -> bool:
    """Whether the participle `verb` on its subject is a crowd's act right after the subject phrase
    ("Hundreds of students protested in Dhaka")."""
    return verb.lemma_.lower() in CROWD_VERBS and all(t.dep_ != "punct" for t in verb.doc[verb.head.i:verb.i])


def _subject_head(noun: Token) -> Token:
    """The first noun of the apposition or coordination `noun` is in."""
    for _ in range(6):
        if noun.dep_ not in ("appos", "conj") or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun


def main_verb_subjects(verb: Token) -> list[Token]:
    """The subject phrase a main verb hung on as a participle or relative clause has: the first
    noun's conjuncts, and the apposition the verb hung on ("The Afghan government, a number of
    parties and the Taliban condemned")."""
    first = _subject_head(verb.head)
    out = conjuncts(first)
    return out if verb.head in out else [*out, verb.head]


# Verbs whose preposition takes their object ("called for sanctions", "voted against the bill"),
# and which are not read as a passive with that preposition: "the sanctions called for by the
# report" strands it. Not "pressed for" ("pressed for details" is asked) nor "warned of" ("warned
# of floods" is told), which are passives as often as not.
PREPOSITIONAL_VERBS = {
    "call": frozenset({"for"}), "appeal": frozenset({"for"}), "lobby": frozenset({"for", "against"}),
    "plead": frozenset({"for"}), "push": frozenset({"for"}), "clamor": frozenset({"for"}),
    "clamour": frozenset({"for"}), "agitate": frozenset({"for", "against"}),
    "campaign": frozenset({"for", "against"}), "argue": frozenset({"for", "against"}),
    "vote": frozenset({"for", "against"}), "rally": frozenset({"behind", "against"}),
    "protest": frozenset({"against"}), "demonstrate": frozenset({"against"}),
}


def _prepositional_object(verb: Token) -> bool:
    """True when the participle `verb` has its preposition right after it, with the object there
    ("A report called for sanctions"): the active of a prepositional verb, whose passive would
    strand the preposition."""
    preps = PREPOSITIONAL_VERBS.get(verb.lemma_.lower())
    if not preps:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > verb.i \
                and all(t.pos_ == "ADV" for t in verb.doc[verb.i + 1:child.i]) \
                and any(o.dep_ == "pobj" for o in child.children):
            return True
    return False


def is_existential(verb: Token) -> bool:
    """True when the participle `verb` reports what happened to the noun an existential "there
    be" introduces ("there were ten soldiers killed"): a passive event, not a description."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ not in ("attr", "nsubj") or noun.head.lemma_ != "be":
        return False
    return any(c.dep_ == "expl" for c in noun.head.children)


def _relative_head(verb: Token, pronoun: Token) -> Token:
    # "Putin, who met Xi": the relative pronoun stands for the noun the clause hangs on.
    if verb.dep_ == "relcl" and pronoun.lower_ in RELATIVE_PRONOUNS:
        return verb.head
    return pronoun


def _relative_heads(verb: Token, pronoun: Token) -> list[Token]:
    """What the relative pronoun `pronoun` of `verb` stands for: the noun the clause hangs on; all of
    a coordination the clause follows after a comma ("Iraq and Oman, which hosted the talks"); the
    subject of a copula whose complement the noun is ("Egypt and Jordan are the only states that
    recognise Israel")."""
    head = _relative_head(verb, pronoun)
    if head is pronoun:
        return [pronoun]
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        subject = [c for c in head.head.children if c.dep_ in SUBJECT_DEPS]
        if subject:
            return [t for c in subject for t in conjuncts(c)]
    if head.dep_ == "conj" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return conjuncts(first)
    return [head]


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in verb.children)


def coordinated_with(verb: Token) -> Token | None:
    """The verb `verb` is coordinated with, whose subject it shares; None when it is not coordinated.

    The conjunct's head, except where the parser hung the conjunct one clause too deep or took a
    list item for a complement:
    - "urged the Gulf states to stay united and offered to mediate": a finite verb cannot go with an
      infinitive, so "offered" goes with "urged";
    - "said Crimea "has always been part of Russia" and accused the West", "said X undermined the
      talks, and called on Y": after a closing quote or a comma, a conjunct without a subject goes
      with the saying verb, not inside what was said;
    - "declared martial law, cut diplomatic ties and urged": a finite verb with no subject and no
      "that" after a comma is the next item of a list, not a complement: it goes with the verb of
      the item before it.
    """
    head = verb.head
    if head.i == verb.i or (head.pos_ not in VERB_POS and not tagged_noun_clause(head)):
        return None
    if verb.dep_ == "conj":
        if _to_infinitive(verb) and not _to_infinitive(head) and (lead := _infinitive_above(head)) is not None:
            return lead                      # "ready to cooperate with a leadership chosen by X and to
        above = head.head                    # hand over": an infinitive goes with an infinitive
        if head.dep_ in COMPLEMENT_DEPS and above.pos_ in VERB_POS and not _own_subject(verb) \
                and _listed_item(head) is None:
            if head.dep_ == "xcomp" and head.tag_ == "VB" and verb.tag_ in FINITE_TAGS:
                return above
            if head.dep_ == "ccomp" and _own_subject(head) and _clause_closed_before(verb):
                return above
        return head
    return _listed_item(verb)


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _infinitive_above(token: Token) -> Token | None:
    """The nearest to-infinitive above `token`, within a few steps, or None."""
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if _to_infinitive(token):
            return token
    return None


def _clause_closed_before(verb: Token) -> bool:
    # ", and called on", '..." and accused': the coordinator follows a comma or a closing quote
    cc = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    if not cc or cc[-1].i == 0:
        return False
    before = verb.doc[cc[-1].i - 1]
    return before.text == "," or before.text in QUOTE_MARKS


def _listed_item(verb: Token) -> Token | None:
    if verb.dep_ != "ccomp" or verb.tag_ not in FINITE_TAGS or _own_subject(verb) or verb.i < 2:
        return None
    if any(c.dep_ == "mark" for c in verb.children) or verb.doc[verb.i - 1].text != ",":
        return None
    token = verb.doc[verb.i - 2]
    for _ in range(12):
        if token.pos_ in VERB_POS and token.tag_ == verb.tag_ and token.i < verb.i:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def noun_infinitive(verb: Token) -> bool:
    """True for an infinitive on a noun ("plans to attack", "an appeal to help Sudan"), which the
    parser labels acl, or relcl for some ("the first state to recognise")."""
    if verb.tag_ != "VB" or verb.head.pos_ not in NOUN_POS or verb.head.i == verb.i:
        return False
    return verb.dep_ == "acl" or (verb.dep_ == "relcl" and any(c.lower_ == "to" for c in verb.children))


# Nouns of leave to act: the one who acts is who has or seeks the leave, not who gives it
PERMISSION_NOUNS = frozenset({"approval", "permission", "authorization", "authorisation", "consent", "clearance",
                              "go-ahead", "license", "licence", "permit", "leave", "nod"})


def _infinitive_owner(verb: Token) -> list[Token] | None:
    """The doer of an infinitive on a noun ("plans to attack"), or None when it is not one."""
    noun = verb.head
    if not noun_infinitive(verb):
        return None
    if noun.lemma_.lower() in INVITATION_NOUNS:
        return invitees(noun)
    if noun.lemma_.lower() in PERMISSION_NOUNS and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in VERB_POS:
        # "sought U.S. approval to buy": the seeker buys, not the one who approves; "gave Iran
        # permission to": the one it is given to
        given = [t for c in noun.head.children if c.dep_ == "dative" or (c.dep_ == "dobj" and c.i != noun.i)
                 for t in conjuncts(c)]
        return given or subjects(noun.head)
    if noun.lemma_.lower() not in OWNED_INFINITIVE_NOUNS:
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            named = [t for c in noun.head.children if c.dep_ in SUBJECT_DEPS for t in conjuncts(c)]
            if named:                        # "Egypt and Jordan were the first states to recognise Israel"
                return named
        return [noun]                        # "the first states to recognise Israel"
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners
    by = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
          for o in c.children if o.dep_ == "pobj" for t in conjuncts(o)]
    if by:                                   # "welcomed the decision by Honduras to cut ties": Honduras's
        return by
    governor = noun.head
    if noun.dep_ == "pobj" and governor.dep_ == "prep":
        prep, governor = governor, governor.head
        objects = [c for c in governor.children if c.dep_ in OBJECT_DEPS] if governor.pos_ in VERB_POS else []
        if prep.lower_ in ("for", "of") and objects:   # "thanked Israel for halting plans to annex":
            return [t for o in objects for t in conjuncts(o)]   # Israel's plans, as "for helping"
    if noun.dep_ in ("dobj", "pobj", "attr") and governor.pos_ in VERB_POS:
        return subjects(governor)            # "had no plans to send troops", "signed agreements to normalise"
    return []


COPULAS = frozenset({"be", "remain", "become"})


def predicated(noun: Token) -> list[Token]:
    """The subjects `noun` is said of as the predicate of a copula ("Japan is the largest donor",
    "remains one of the largest donors", "is among the donors"); [] when it is no predicate."""
    word = noun
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep = noun.head
        if prep.lower_ == "among" and prep.head.lemma_.lower() in COPULAS:
            return subjects(prep.head)
        if prep.lower_ != "of" or prep.head.lower_ != "one":
            return []
        word = prep.head
    if word.dep_ == "attr" and word.head.lemma_.lower() in COPULAS:
        return subjects(word.head)
    return []


def invitees(noun: Token) -> list[Token]:
    """Those the invitation `noun` went to: the subject of the verb that received, accepted or
    declined it ("Biden accepted an invitation"), else its to-phrase or the dative of the verb
    that extended it ("extended an invitation to Kim", "sent Kim an invitation"); [] when unsaid."""
    verb = governor(noun)
    if verb is not None and verb.lemma_.lower() in INVITED_VERBS:
        return subjects(verb)
    found = [t for t in prep_objects(noun, frozenset({"to"})) if not is_time(t)]
    if not found and verb is not None:
        found = datives(verb)
    return found


def governor(noun: Token) -> Token | None:
    """The verb whose object, passive subject or prepositional object `noun` is, or None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head if noun.dep_ in ("dobj", "pobj", "nsubjpass") and head.pos_ in VERB_POS else None


def invited(clause: Token) -> str | None:
    """The modality of an infinitive on an invitation that was answered: "future" when accepted
    ("accepted an invitation to meet Kim"), "negated" when declined; None otherwise."""
    noun = clause.head
    if not noun_infinitive(clause) or noun.lemma_.lower() not in INVITATION_NOUNS:
        return None
    verb = governor(noun)
    lemma = verb.lemma_.lower() if verb is not None else ""
    if lemma in ACCEPTING_VERBS:
        return "negated" if negated(verb) else "future"
    return "negated" if lemma in DECLINING_VERBS else None


def asked_to(verb: Token) -> list[Token]:
    """Those an infinitive `verb` is asked of through a preposition of the verb above it: "called on
    Egypt to free" (Egypt), "appealed to Iran to stop" (Iran); [] for any other infinitive."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VB" or head.i == verb.i:
        return []
    lemma = head.lemma_.lower()
    if lemma in CALL_ON_VERBS | APPEAL_TO_VERBS | PRESSING_VERBS and wished_clause(head) == verb:
        return [c for c in verb.children if c.dep_ == "nsubj"]   # "called for Egyptians to join"
    if lemma in CALL_ON_VERBS:
        return prep_objects(head, CONTROL_PREPS)
    if lemma in APPEAL_TO_VERBS and not said_in_call(verb):   # "wrote to Erdogan to urge him": the writer
        return prep_objects(head, frozenset({"to"}))
    return []


# Verbs that move someone to act: the infinitive after their object is what that one is moved to do.
PERSUADING_VERBS = frozenset({"push", "nudge", "prod", "urge", "press", "pressure", "encourage", "persuade",
                              "convince", "implore", "exhort", "lobby"})


# Adverbs that make a verb of pushing one of moving ("pushed troops forward to deter Russia").
MOVING_ADVERBS = frozenset({"forward", "forwards", "ahead", "back", "up", "out", "in", "further", "closer", "deeper"})


# Nouns of those one may move to act, when no name says so ("push students to take classes").
PERSUADABLE_NOUNS = frozenset({
    "student", "lawmaker", "legislator", "member", "ally", "official", "leader", "government", "country", "nation",
    "state", "company", "firm", "party", "colleague", "partner", "authority", "regulator", "donor", "people",
    "citizen", "voter", "senator", "minister", "employer", "worker", "bank", "investor", "administration",
})


def _persuadable(noun: Token) -> bool:
    return noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or noun.lemma_.lower() in PERSUADABLE_NOUNS


def object_infinitive(verb: Token) -> bool:
    """True for an infinitive after the object of a verb of persuading that the parser read as a clause
    of purpose: "pushed Iran to reject the deal" is "pushed Iran [to reject]", as "urged Iran to reject"."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.i == verb.i or head.lemma_.lower() not in PERSUADING_VERBS:
        return False
    if any((c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards", "into")) or c.dep_ == "prt"
           or (c.dep_ == "advmod" and c.lower_ in MOVING_ADVERBS) for c in head.children):
        return False                         # "pushed troops to the border to deter Russia": moved them
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not objects or not all(_persuadable(o) for o in objects):
        return False                         # "pushing peace talks to avert war": a purpose
    return verb.i > max(o.i for o in objects) \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) \
        and not any(a.dep_ in ("nsubj", "mark") for a in verb.children)


def wished_clause(verb: Token) -> Token | None:
    """The infinitive with its own subject after "for" that `verb` calls or presses for ("called
    for Egyptians to join the protest", "pressed for the troops to leave"), or None."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VB" and child.i > verb.i \
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children) \
                and any(c.dep_ == "nsubj" for c in child.children):
            return child
    return None


def said_in_call(verb: Token) -> bool:
    """True when the infinitive `verb` says what a call or a letter was made for ("phoned
    Erdogan to urge him", "called Putin to ask him"): a verb of phoning, or of calling or writing
    with a spoken act after it."""
    head = verb.head
    if verb.tag_ != "VB" or head.i == verb.i or head.pos_ not in VERB_POS:
        return False
    forms = lemma_forms(head)
    return any(f in PHONING_VERBS for f in forms) or (
        any(f in CALLING_VERBS for f in forms) and verb.lemma_.lower() in SAID_IN_CALL)


def agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb ("criticized by the United States" -> [States])."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(conjuncts(obj))
    return out


def _subject_conjuncts(subject: Token) -> list[Token]:
    """`subject` and the words coordinated with it. The small model tags some first names as
    prepositions and hangs the rest of the list on the surname ("Barack Obama and Vladimir
    Putin": Barack/ADP -> Obama/pobj -> Putin/conj); the list is then the surname's."""
    out = conjuncts(subject)
    if subject.pos_ == "ADP":
        for name in subject.children:
            if name.dep_ == "pobj" and name.pos_ == "PROPN":
                out += conjuncts(name)[1:]
    return out


def _acronym_subject(verb: Token) -> Token | None:
    """The subject of a finite verb that has none when the parser took an acronym before it for an
    adverb ("USAID deployed teams": USAID/ADV advmod)."""
    if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in verb.children):
        return None
    for child in verb.children:
        if child.i < verb.i and child.dep_ == "advmod" and child.pos_ in ("ADV", "ADJ") \
                and child.is_alpha and child.is_upper and len(child) >= 2:
            return child
    return None


def subjects(verb: Token, *, depth: int = 0) -> list[Token]:
    """The doers of `verb`: its subject (the agent in the passive), or the one it inherits
    through a relative clause, a participle, control ("agreed to meet") or coordination."""
    return _subjects(verb) if depth == 0 else _inherited_subjects(verb, depth)


@_per_word
def _subjects(verb: Token) -> list[Token]:
    # the answer from the top; the search below it is cut off at a depth, so only this one is kept
    return _inherited_subjects(verb, 0)


def _inherited_subjects(verb: Token, depth: int) -> list[Token]:
    if is_passive(verb):
        return agents(verb)
    # The small model sometimes hangs the subject on the auxiliary ("X and Y have opposed").
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or \
        [c for a in verb.children if a.dep_ == "aux" and a.i < verb.i for c in a.children if c.dep_ in SUBJECT_DEPS]
    if own:
        return [h for s in own for t in _subject_conjuncts(s) for h in _relative_heads(verb, t)]
    acronym = _acronym_subject(verb)
    if acronym is not None:
        return [acronym]
    if depth > 4:
        return []
    if is_main_verb_as_participle(verb):
        return main_verb_subjects(verb)
    head = verb.head
    other = coordinated_with(verb)
    if other is not None:
        return subjects(other, depth=depth + 1)
    owner = _infinitive_owner(verb)
    if owner is not None:
        return owner
    if verb.dep_ == "xcomp":
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised and head.lemma_.lower() in SUMMONING_VERBS and verb.lemma_.lower() in COMPLAINING_VERBS:
            return agents(head)              # "the envoy was summoned to protest the incident": the summoner's protest
        if raised:                           # "Iran is believed to have supplied drones"
            return [t for r in raised for t in conjuncts(r)]
        objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
        if objects and said_in_call(verb):   # "called Putin to ask him": the caller asks
            return subjects(head, depth=depth + 1)
        if objects and head.lemma_.lower() in USING_VERBS:
            return subjects(head, depth=depth + 1)   # "used tear gas to disperse": the user disperses
        if objects:                          # object control: "urged Iran to stop"
            return [t for o in objects for t in conjuncts(o)]
        if asked := asked_to(verb):          # "called on Egypt to free", "appealed to Iran to stop"
            return asked
        return subjects(head, depth=depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and (asked := asked_to(verb)):
        return asked                         # the parser takes some for purposes: "called on Egypt [to free]"
    if verb.dep_ == "advcl" and verb.tag_ == "VB":
        return subjects(head, depth=depth + 1)   # "sent troops to protect Israel"
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG" and (author := message_author(head)):
        return author                        # "Amnesty issued a statement calling on Iran to ..."
    if verb.dep_ in ("acl", "advcl", "relcl") and verb.tag_ == "VBG":
        # "troops attacking the city"; "..., killing eight people" (the main clause's subject)
        return [head] if verb.dep_ in ("acl", "relcl") else subjects(head, depth=depth + 1)
    if verb.dep_ in ("acomp", "attr", "oprd"):
        return subjects(head, depth=depth + 1)   # "Russia is willing to withdraw"
    if verb.dep_ == "pcomp" and (found := culprits(verb)):
        return found                         # "the army was guilty of violating the truce"
    if verb.dep_ == "pcomp" and (governor := prep_governor(head)) is not None and governor.pos_ in VERB_POS:
        if head.lower_ in ("for", "of"):     # "jailed X for helping", "accused X of interfering": X did it
            objects = [c for c in governor.children if c.dep_ in OBJECT_DEPS]
            if objects:
                return [t for o in objects for t in conjuncts(o)]
        return subjects(governor, depth=depth + 1)   # "by alleging", "after meeting"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lower_ in STOPPING_SHORT \
            and head.head.head.pos_ in VERB_POS:
        return subjects(head.head.head, depth=depth + 1)   # "Modi stopped short of condemning"
    return []


# Verbs that name their object something; a second direct object the parser gives them is that
# predicate ("designated Meta an extremist organization"), no second object.
NAMING_VERBS = frozenset({"designate", "call", "label", "brand", "name", "declare", "dub", "term", "deem", "list"})
# Verbs whose object is the means of what an infinitive after it does ("used tear gas to disperse
# them", "employed drones to strike"), not its doer as in object control ("urged Iran to stop").
USING_VERBS = frozenset({"use", "employ", "utilize", "utilise"})
# A diplomat summoned "to protest" or "to complain" hears the summoner's protest.
SUMMONING_VERBS = frozenset({"summon", "call"})
COMPLAINING_VERBS = frozenset({"protest", "complain", "condemn", "object", "express", "convey", "voice", "lodge",
                               "demand", "denounce"})


def message_author(noun: Token) -> list[Token]:
    """Who speaks through the message `noun` ("a statement calling on", "a report accusing"): the
    subject of the verb that issued it ("Amnesty issued a statement"); [] when it names its author
    itself ("Amnesty's statement", "a statement by Amnesty") or is no message."""
    if noun.lemma_.lower() not in MESSAGE_NOUNS:
        return []
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SERIES_HEADS:
        noun = noun.head.head                # "unleashed a series of tweets criticizing": the series issued
    verb = governor(noun)
    if verb is None or verb.lemma_.lower() not in ISSUING_VERBS or noun.dep_ != "dobj":
        return []
    return subjects(verb)


def issue_places(noun: Token) -> list[Token]:
    """Where the message `noun` was issued when it names no author ("a report released in the
    Rwandan capital", "a statement issued in Kigali"): the in/from-objects of the issuing participle
    on it; [] when it names its author ("Amnesty's report", "a report by Amnesty") or is no message."""
    if noun.lemma_.lower() not in MESSAGE_NOUNS or \
            any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return []
    return [t for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUING_VERBS
            and not agents(c) for t in prep_objects(c, ISSUE_PREPS)]


def message_of(verb: Token) -> Token | None:
    """The message a participle speaks through: "issued a statement urging ...", "sent a letter to
    the WHO threatening ..." (the parser hangs it on the noun or on the sending verb)."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and message_author(verb.head):
        return verb.head
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in ISSUING_VERBS:
        return next((o for o in verb.head.children if o.dep_ == "dobj" and message_author(o)), None)
    return None


def addressees(noun: Token) -> list[Token]:
    """Whom the message `noun` went to: its to-phrase, or the dative of the verb that sent it
    ("sent a letter to the WHO", "sent the WHO a letter")."""
    found = prep_objects(noun, frozenset({"to"}))
    verb = governor(noun)
    return found or (datives(verb) if verb is not None else [])


# Verbs whose helped one the parser takes for the subject of the helped deed ("help Haiti cope").
HELPING_VERBS = frozenset({"help", "assist", "enable"})


# phrasal verbs that keep their object from happening ("held up the aid", "held back the funds"):
# no light verbs, though "hold" alone is one ("held talks")
HOLDING_BACK = frozenset({("hold", "up"), ("hold", "back"), ("hold", "off")})


def phrasal(verb: Token) -> tuple[str, str | None]:
    """The verb's lemma and its particle, if any: ("hold", "up") for "held up"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return verb.lemma_.lower(), particle


@_per_word
def objects(verb: Token) -> list[Token]:
    """The patients of `verb`: its direct object, or its subject in the passive, or the noun a
    participle or object relative clause hangs on ("the sanctions imposed", "the city it attacked")."""
    if is_passive(verb):
        own = [c for c in verb.children if c.dep_ == "nsubjpass"] or [t for t in [headline_passive(verb)] if t]
        if own:
            return [_relative_head(verb, t) for s in own for t in conjuncts(s)]
        if verb.dep_ in ("acl", "relcl"):
            return [verb.head]
        other = coordinated_with(verb)
        if other is not None:
            # "The civilians ... were released": the subject stands on the first conjunct.
            shared = [c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [t for s in shared for t in conjuncts(s)]
        return []
    own = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if len(own) > 1 and verb.lemma_.lower() in NAMING_VERBS:
        own = own[:1]                        # "designated Meta [an extremist organization]": the predicate
    own = own or _small_clause_objects(verb) \
        or _named_objects(verb) or [o for c in misread_participles(verb) for o in c.children if o.dep_ == "dobj"]
    if not own and verb.lemma_.lower() in HELPING_VERBS:
        # "helped Haiti cope with the quake": the parser makes the helped one the subject of the clause
        own = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in VERB_POS
               for g in c.children if g.dep_ == "nsubj"]
    if not own:
        # The small model labels some objects as adverbial nouns ("eased curfew hours"); a time
        # expression is no object ("met Tuesday").
        # A time word with a noun compound is a thing, not a time ("eased curfew hours").
        own = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and
               (not is_time(c) or any(g.dep_ == "compound" and g.pos_ == "NOUN" and g.lemma_.lower() not in TIME_WORDS
                                      and g.ent_type_ != "DATE" for g in c.children))]
        # (the entity tagger may take the whole "curfew hours" for a time: the compound's word decides)
    if not own:
        # "met Netanyahu Tuesday": the name the parser hung on the time after the verb, as untimed() does;
        # a name the tagger found, or one right after the verb before the wire's bare weekday ("met [Xi
        # Tuesday]", Xi untagged). A byline's "Advocate Reporter March 15, 2009" names no one met.
        own = [n for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and is_time(c)
               and (n := untimed(c)) is not None and n is not c
               and (n.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                    or (n.left_edge.i == verb.i + 1 and c.text in WEEKDAYS))]
    if not own:
        # "will not accept refugees fleeing the war": the parser reads the object and its
        # participle as a clause (fleeing/VBG ccomp, refugees its nsubj); with no auxiliary or
        # marker it is no clause of its own, and its subject is the object.
        own = [g for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > verb.i
               and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
               for g in c.children if g.dep_ == "nsubj" and g.pos_ in NOUN_POS and g.i > verb.i]
    if not own:
        # "declared a state of emergency to begin at midnight", "imposed a curfew to last a week":
        # the parser makes the object the subject of an infinitive saying when it holds
        own = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in TIMING_VERBS
               and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for g in c.children if g.dep_ == "nsubj" and g.pos_ in NOUN_POS and g.i > verb.i]
    if not own and verb.dep_ == "relcl" and verb.head.pos_ in NOUN_POS and not is_time(verb.head) \
            and verb.head.lemma_.lower() not in RELATIVE_ADVERB_NOUNS \
            and any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            and not any(c.dep_ in ("ccomp", "xcomp") or _stranded(c) for c in verb.children) \
            and not any(_relative_word(t) for t in verb.subtree if t.i < verb.i):
        # "figures her campaign released", "the city it attacked": a relative clause with no relative
        # pronoun, whose noun is its object
        return [verb.head]
    return [_relative_head(verb, t) for o in own for t in conjuncts(o)]


def _relative_word(token: Token) -> bool:
    """A relative pronoun or adverb opening a clause ("who asked", "in which the squad asks", "that
    starts"): the clause is not one whose noun is its object."""
    return token.tag_ in ("WDT", "WP", "WP$", "WRB") or (token.lower_ == "that" and token.dep_ != "det")


def _stranded(token: Token) -> bool:
    """A preposition with no object: "the town he lived in" (the noun is its object, not the verb's)."""
    return token.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in token.children)


# Nouns a relative clause says how, why or when of, not what ("the way he spoke", "the reason they left")
RELATIVE_ADVERB_NOUNS = frozenset({"way", "reason", "time", "day", "moment", "year", "week", "month", "night",
                                   "morning", "evening", "hour", "minute", "manner", "extent", "degree", "point"})

# Verbs of an infinitive that says when or how long its subject holds ("a curfew to begin at
# midnight", "sanctions to take effect on Monday", "a ceasefire to last three days").
TIMING_VERBS = frozenset({"begin", "start", "take", "last", "run", "expire", "end", "come", "remain", "continue"})


def subjects_own(verb: Token) -> bool:
    """True when `verb` has a subject of its own."""
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children)


# Verbs that give someone something (two objects): a clause the parser reads under them is the two
# objects ("allows agencies expanded access": agencies/nsubj expanded/VBD ccomp, access its dobj).
GIVING_VERBS = frozenset({"allow", "give", "grant", "offer", "deny", "guarantee", "promise", "afford"})


def _small_clause_objects(verb: Token) -> list[Token]:
    # "allowed UN agencies access": the parser reads the two objects as a verbless clause
    # (access/NOUN ccomp, agencies its nsubj, or "UN aid workers access", workers a compound of
    # it); the noun is the object, its "subject" the recipient.
    out = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
           and any(g.dep_ == "nsubj" or (g.dep_ == "compound" and g.tag_ in ("NNS", "NNPS")) for g in c.children)]
    if not out and verb.lemma_.lower() in GIVING_VERBS:
        out = [o for c in _participle_clauses(verb) for o in c.children if o.dep_ == "dobj"]
    return out


def _named_objects(verb: Token) -> list[Token]:
    """The object of a naming verb that the parser took for the predicate: in "called Britain's
    ambassador to the US a stupid guy" the small model makes "ambassador" the oprd and "guy" its
    apposition, where "called the ambassador a stupid guy" gives dobj and oprd. An object
    predicate with a common noun in apposition after it and no comma between is the object."""
    return [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in NOUN_POS and c.i > verb.i
            and any(a.dep_ == "appos" and a.i > c.i and a.pos_ == "NOUN"
                    and not any(t.is_punct for t in c.doc[c.i + 1:a.left_edge.i]) for a in c.children)]


def misread_plural(token: Token) -> tuple[Token, Token] | None:
    """The verb and the noun modifier of a plural noun the tagger took for a present-tense verb
    whose subject is the clause before it ("the EU imposed asset freezes on": freezes/VBZ at the
    root, imposed its csubj, asset imposed's object right before it), or None: the noun is the
    verb's object and the modifier its compound; whether the noun is the verb's event is the
    lexicon's to say (a light verb)."""
    if token.tag_ != "VBZ" or not token.lower_.endswith("s"):
        return None
    for clause in token.children:
        if clause.dep_ == "csubj" and clause.pos_ in VERB_POS and clause.i < token.i:
            for obj in clause.children:
                if obj.dep_ in OBJECT_DEPS and obj.i == token.i - 1 and obj.pos_ in NOUN_POS:
                    return clause, obj
    return None


# verbs whose complement clause may drop its subject in a headline ("Iran Says Seized Tanker"):
# their subjectless past-tense clause is a clause, not a participle describing an object
CLAUSE_TAKING_VERBS = frozenset({"say", "claim", "deny", "admit", "confirm", "report", "announce", "insist",
                                 "allege", "believe", "think", "fear", "warn", "tell", "hope", "vow"})


def misread_participles(verb: Token) -> list[Token]:
    """The adjective participles right after `verb` that the parser made a clause of their own,
    taking the noun they describe for their object, when `verb` has no object ("freed detained
    British tanker": detained/ccomp or xcomp with tanker its dobj): a past form with an object and no
    subject, auxiliary or marker; they describe `verb`'s object and are no event of their own."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() in CLAUSE_TAKING_VERBS \
            or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.tag_ in ("VBD", "VBN") and c.i == verb.i + 1
            and any(g.dep_ == "dobj" for g in c.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for g in c.children)]


def _participle_clauses(verb: Token) -> list[Token]:
    """The clauses under `verb` that are its two objects, an adjective participle read as their
    verb ("allows agencies expanded access"): a past form with a subject and an object, and no
    auxiliary or marker of a clause of its own."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and c.i > verb.i
            and any(g.dep_ == "nsubj" for g in c.children) and any(g.dep_ == "dobj" for g in c.children)
            and not any(g.dep_ in ("aux", "auxpass", "mark") for g in c.children)]


def _recipients(obj: Token) -> list[Token]:
    """The recipient in a clause read from two objects, `obj` being the object: the clause's
    subject, or the plural noun compounded on the object ("UN aid workers access")."""
    clause = obj.head if obj.dep_ == "dobj" else obj   # the object of a participle read as a verb
    return [g for g in clause.children if g.dep_ == "nsubj"] or \
        [g for g in clause.children if g.dep_ == "compound" and g.tag_ in ("NNS", "NNPS")][-1:]


def datives(verb: Token) -> list[Token]:
    """The recipient: an indirect object ("gave Kyiv aid") or a to-phrase ("gave aid to Kyiv")."""
    out: list[Token] = [t for o in _small_clause_objects(verb) for g in _recipients(o) for t in conjuncts(g)]
    for child in verb.children:
        if child.dep_ == "dative":
            if child.pos_ == "ADP":
                out.extend(t for o in child.children if o.dep_ == "pobj" for t in conjuncts(o))
            else:
                out.extend(conjuncts(child))
    return out or prep_objects(verb, frozenset({"to"}))


TIME_WORDS = frozenset({"day", "week", "month", "year", "hour", "minute", "time", "morning", "evening", "night",
                        "weekend", "today", "yesterday", "tomorrow", "tonight", "decade", "century", "period"})


WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


# the calendar's proper names: a lone capitalised word the model tags as a date is a time only if one
# (written out: the calendar module's names follow the locale)
CALENDAR_NAMES = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Christmas", "Easter", "Ramadan", "Eid", "Thanksgiving", "Passover", "Hanukkah", "Diwali"}) | WEEKDAYS


def is_time(token: Token) -> bool:
    """True when `token` heads a time expression ("on Tuesday", "last week"); not a lone name the model
    took for a date ("an incursion in Niger")."""
    if token.ent_type_ in ("DATE", "TIME"):
        return not (token.tag_ == "NNP" and token.ent_iob_ == "B" and token.is_alpha   # a name, not "Warships"
                    and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
                    and token.text not in CALENDAR_NAMES)
    return token.lemma_.lower() in TIME_WORDS


def untimed(obj: Token) -> Token | None:
    """`obj`, or when it is a time the name the parser hung on it as a compound ("met with
    President Assad Tuesday": Tuesday is the object, Assad its compound); None for a plain time."""
    if not is_time(obj):
        return obj
    names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and (not is_time(c) or (c.is_alpha and c.text not in CALENDAR_NAMES))]   # "Xi Tuesday": one DATE
    return names[-1] if names else None


def _is_prep(child: Token) -> bool:
    # The parser labels some prepositions particles though they have an object ("called on Iran").
    if child.dep_ in ("prep", "agent", "dative"):
        return True
    return child.dep_ == "prt" and any(c.dep_ == "pobj" for c in child.children)


# Nouns of an in-phrase that says what for, not where or whom: "in support of", "in response to".
PURPOSE_NOUNS = frozenset({"support", "solidarity", "response", "retaliation", "reply", "return", "exchange",
                           "favour", "favor", "honour", "honor", "memory", "defence", "defense", "violation",
                           "accordance", "line", "addition", "order", "name"})


# prepositions whose object undergoes the act, read through a gerund the parser hangs on it (not "with":
# "with children walking in the background" tells what goes on around)
AIMED_PREPS = frozenset({"at", "on", "against", "toward", "towards", "into"})


def prep_governor(prep: Token) -> Token | None:
    """The word the preposition `prep` attaches to, or None when `prep` is no preposition phrase:
    the parser joins a coordinated one to the first ("either through a direct attack or by
    attacking Jordan") or to the verb ("responded with sanctions and by expelling diplomats")."""
    for _ in range(4):
        if prep.dep_ == "prep":
            return prep.head
        if prep.dep_ != "conj" or prep.pos_ != "ADP" or prep.head.i == prep.i:
            return None
        if prep.head.pos_ != "ADP":
            return prep.head
        prep = prep.head
    return None


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of the prepositions `preps` attached to `token` ("sanctions on Russia" -> [Russia]);
    a time is no object ("called on Tuesday")."""
    out: list[Token] = []
    for child in token.children:
        if _is_prep(child) and child.lower_ in preps:
            # "to and from North Korea": a preposition coordinated with the next shares its object
            heads = [child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")]
            for obj in (o for h in heads for o in h.children):
                if child.lower_ == "in" and obj.lemma_.lower() in PURPOSE_NOUNS:
                    continue                 # "strikes in Syria in support of Assad": a purpose, no place
                if obj.dep_ == "pcomp" and child.lower_ in AIMED_PREPS and (doer := gerund_subject(obj)) is not None:
                    out.extend(conjuncts(doer))  # "fired tear gas at farmers marching": the farmers
                    continue
                if obj.dep_ in ("pobj", "pcomp") and (named := untimed(obj)) is not None:
                    out.extend(conjuncts(named) if named is obj else [named])
    return out


def stray_conjuncts(noun: Token, objects: list[Token]) -> list[Token]:
    """The names the parser joined to a common noun instead of to the last of `objects`, its
    preposition's objects ("sanctions on the Central African Republic (CAR) and the Democratic
    Republic of the Congo": the second joined to "sanctions" past the parenthesis)."""
    if not objects or noun.pos_ != "NOUN":
        return []
    return [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > objects[-1].i]


def gerund_subject(clause: Token) -> Token | None:
    """The noun before a gerund the parser made its subject ("at [farmers marching toward]"), or None."""
    if clause.tag_ != "VBG":
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i and c.pos_ in NOUN_POS), None)


@_per_word
def preps(token: Token) -> list[Token]:
    """The prepositions attached to `token`."""
    return [c for c in token.children if _is_prep(c) and c.pos_ == "ADP"]


def complements(verb: Token) -> list[Token]:
    """The clauses `verb` carries: infinitive and clausal complements, and the verb after a
    preposition ("accused X of interfering")."""
    out = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    for child in verb.children:
        if child.dep_ == "prep":
            out.extend(c for c in child.children if c.dep_ == "pcomp" and c.pos_ in VERB_POS)
    return [t for c in out for t in conjuncts(c)]


# Adjectives whose for/of-phrase is a deed of the one they describe ("responsible for the
# killings", "guilty of violating the truce").
CULPABLE = frozenset({"responsible", "guilty", "culpable"})


def culprits(token: Token) -> list[Token]:
    """The doers an event word is laid to by "responsible for" or "guilty of": the subject of
    the copula ("the militia is responsible for the killings") or the noun the adjective
    describes ("the leaders responsible for the killings"); [] for any other word. "Held X
    responsible for" is an accusation, not a finding, and gives none."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head                   # "killings, rapes and abductions"
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return []
    adjective = prep.head
    if adjective.lemma_.lower() not in CULPABLE:
        return []
    if adjective.dep_ == "acomp" and adjective.head.dep_ != "acl":
        return subjects(adjective.head)      # not "accusations that X is guilty of": only alleged
    if adjective.dep_ == "amod":
        return conjuncts(adjective.head)
    return []


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above `token` that has a subject: the clause a noun event stands in."""
    t = token
    for _ in range(12):
        if t.head.i == t.i:
            return t if t.pos_ in VERB_POS else None
        t = t.head
        if t.pos_ in VERB_POS and (subjects_own(t) or t.dep_ in ("ROOT", "relcl", "advcl", "ccomp")):
            return t
    return None


# Prepositions of a gerund that says when or despite what, not what a verb is about
SETTING_PREPS = frozenset({"after", "since", "following", "despite", "besides", "while", "during"})


def carrier(token: Token) -> Token | None:
    """The word that carries the clause or noun `token` heads: the verb whose complement it is
    ("agreed to release"), whose object it is ("demanded the release") or whose for/to/on-phrase
    holds it ("called for talks"); None when `token` stands on its own."""
    t = token
    for _ in range(8):
        other = coordinated_with(t) if t.pos_ in VERB_POS else (t.head if t.dep_ == "conj" else None)
        if other is None or other.i == t.i:
            break
        t = other
    head = t.head
    if head.i == t.i:
        return None
    if t.dep_ == "ccomp" and t.i < head.i and answered_charge(head):
        return None                          # "X accused Y of ..., a charge Y denies": a statement of its own
    if t.dep_ in COMPLEMENT_DEPS or (t.dep_ == "advcl" and (asked_to(t) or object_infinitive(t))):
        return head                          # "agreed to release", "called on Egypt to free"
    if t.dep_ in ("advcl", "ccomp") and head.lower_ == "clear" and head.dep_ in ("ccomp", "oprd", "acomp") \
            and head.head.lemma_ == "make":
        return head.head                     # "made it clear it will not lift the ban": through the small clause
    if t.dep_ in ("acomp", "attr") and head.lemma_ == "be":
        return head                          # "said it was determined to mend ties": through the copula
    if t.dep_ == "pcomp" and (governor := prep_governor(head)) is not None \
            and governor.pos_ in VERB_POS | NOUN_POS and head.lower_ not in SETTING_PREPS:
        return governor                      # "accused of killing", not "offered troops after agreeing to"
    if t.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lower_ in STOPPING_SHORT \
            and head.head.dep_ in ("advmod", "acomp", "oprd"):
        return head.head                     # "stopped short of condemning", "steered clear of": the adverb
    if t.dep_ in ("dobj", "nsubjpass") and head.pos_ in VERB_POS:
        return head
    if t.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in CARRIED_PREPS and head.head.pos_ in VERB_POS:
        return head.head
    if (noun_infinitive(t) or (t.dep_ == "acl" and t.tag_ == "TO")) and head.pos_ in NOUN_POS:
        return head                          # "a threat to attack", "the decision to withdraw"
    if t.dep_ in ("relcl", "acl") and head.pos_ in NOUN_POS:
        # "denied charges he ran a squad that killed officials": a clause inside a noun phrase
        # is carried by what carries the noun phrase.
        return carrier(head)
    return None


# Adverbs of a verb an act is kept short of ("stopped short of condemning", "steering clear of"): a
# carrier that ends the act ("cease", as in data/embedding.txt), not the verbs "short" or "clear".
STOPPING_SHORT = frozenset({"short", "clear"})
def asks_question(clause: Token) -> bool:
    """Whether `clause` is an indirect question ("why he would shoot", "whether Iran will attack",
    "how they would respond"): a wh-word or "whether"/"if" opens it."""
    return any((c.tag_ in ("WRB", "WP", "WDT") and c.i < clause.i)
               or (c.dep_ == "mark" and c.lower_ in ("whether", "if")) for c in clause.children)


# Nouns of what is said against someone, answered after a comma ("..., a charge Kigali denies").
CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "assessment", "account"})


def answered_charge(verb: Token) -> bool:
    """True when the subject phrase of `verb` opens with a charge noun after a comma: "Congo accused
    Rwanda of backing the rebels, a charge Kigali denies" (the parser makes the accusation the
    complement of "denies": it is the main clause, and the denial a comment on it)."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        start = subject.left_edge.i
        if start > 0 and verb.doc[start - 1].text == "," and any(
                w.lemma_.lower() in CHARGE_NOUNS for w in verb.doc[start:subject.i + 1]) \
                and verb.doc[start].lower_ in ("a", "an"):
            return True
    return False


def negated(token: Token) -> bool:
    """True when `token` or one of its auxiliaries carries a negation ("did not attack", "no talks"),
    or the verb it is coordinated with shares its negation with it ("did not attack Ukraine or
    bomb Kiev")."""
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
    shared = sharing_verb(token)
    return shared is not None and negated(shared)


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries and modal verbs of `verb`, with those it shares with the verb it is
    coordinated with ("will visit Paris and meet Macron": "will" is meet's too), but not that
    verb's infinitive "to" (the purposes of coordinated infinitives are `_first_infinitive`'s)."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    shared = sharing_verb(verb)
    if shared is None:
        return own
    return own + [a for a in auxiliaries(shared) if a.tag_ != "TO"]


# Conjunctions after which a bare verb starts a clause of its own ("did not attack but bombed")
CONTRASTING_CC = frozenset({"but", "yet", "then", "instead", "while"})


def sharing_verb(verb: Token) -> Token | None:
    """The verb a bare coordinated verb shares its auxiliaries and negation with: the head of a
    conjunct with no subject, auxiliary or negation of its own and the same form as its head
    ("will visit Paris and meet Macron", "did not attack or bomb", "must ensure security and
    provide amenities"); a bare passive counts as a bare verb ("may expel diplomats and be
    sanctioned"); None after "but" or for a finite conjunct ("did not attack but bombed", "did
    not attack and instead bombed")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBN", "VBG") or verb.pos_ not in VERB_POS:
        return None
    head = verb.head
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark")]
    # a bare passive is a bare infinitive: "may expel diplomats and be sanctioned" shares "may"
    form = "VB" if verb.tag_ == "VBN" and [(c.dep_, c.tag_) for c in own] == [("auxpass", "VB")] else verb.tag_
    if head.tag_ != form or head.pos_ not in VERB_POS:
        return None
    if own and form == verb.tag_:
        return None
    if any(c.dep_ in ("cc", "advmod", "preconj") and c.lower_ in CONTRASTING_CC
           for c in (*verb.children, *(c for c in head.children if head.i < c.i < verb.i))):
        return None
    return head


# Dependencies that open another clause inside a phrase.
INNER_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "conj", "parataxis", "xcomp", "csubj", "acl", "pcomp"})


def phrase_words(token: Token) -> list[Token]:
    """The words of `token`'s own phrase: its subtree without the clauses that hang in it ("sent
    troops to Liberia on a peacekeeping mission", not "... after peacekeepers were attacked")."""
    out: list[Token] = []
    stack = [token]
    while stack:
        word = stack.pop()
        out.append(word)
        stack.extend(c for c in word.children if c.dep_ not in INNER_CLAUSE_DEPS or c.pos_ not in VERB_POS)
    return out
