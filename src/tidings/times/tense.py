"""Which way in time a clause looks, read off the dependency parse: past, present or future.

News anchors a bare "Thursday" or "March" by the tense of the verb that governs it: "met on
Thursday" is the Thursday just gone, "will meet on Thursday" the coming one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

Tense = str | None   # "past", "perfect", "present", "future", or None when no verb says

FUTURE_AUX = frozenset({"will", "shall", "'ll", "ll", "wo", "’ll"})
# Verbs whose infinitive complement lies ahead of them: "plans to visit in March".
FUTURE_HEADS = frozenset({
    "plan", "expect", "schedule", "set", "due", "intend", "prepare", "aim", "hope", "want", "go", "seek",
    "vow", "promise", "pledge", "threaten", "propose", "agree", "decide", "wish", "need", "hold", "slate",
})
# Verbs of arranging: what they govern lies ahead whatever their own tense.
PLANNING = frozenset({"plan", "schedule", "slate", "reschedule"})
# Verbs that move a time limit: the limit they set lies ahead of the telling ("postponed until
# Tuesday", "extended its deadline until 9 a.m. Tuesday", "gave them until Friday").
DEFERRING = frozenset({"postpone", "delay", "defer", "adjourn", "extend", "give", "grant", "push", "move", "put",
                       "recess", "suspend", "stay", "set", "reschedule"})
UNTIL = frozenset({"until", "till", "til", "'til"})
# Verbs whose progressive tells of what goes on, not of an arrangement: "is continuing to try".
ONGOING = frozenset({"continue", "try", "seek", "work", "remain", "keep", "struggle", "wait", "look", "stay",
                     "live", "search", "fight", "negotiate", "operate", "hold"})
FUTURE_WORDS = frozenset({"upcoming", "coming", "forthcoming", "next", "future", "planned", "scheduled", "proposed",
                          "expected", "impending", "pending", "later"})
PAST_WORDS = frozenset({"last", "past", "previous", "recent", "former", "earlier", "since", "ago", "preceding"})
VERBS = frozenset({"VERB", "AUX"})


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause `token` belongs to: itself, or the first verb up its chain of heads."""
    seen = 0
    while seen < 12:
        if token.pos_ in VERBS and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
        seen += 1
    return None


def verb_tense(verb: Token, depth: int = 0) -> Tense:
    """The tense of `verb`'s clause: future (will, plans to), past (did, had done), perfect (has done),
    present, or None."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or "going" in words:
        return "future"
    past_perfect = any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes)
    if verb.lemma_ in PLANNING or (verb.lemma_ == "set" and verb.tag_ == "VBN" and not past_perfect and any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "as")) for c in verb.children)):
        # "has scheduled a news conference Thursday", "a summit set for April", "has set Nov. 10 as the
        # deadline", not "a record set on Aug. 6"
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    modals = {a.lower_ for a in auxes if a.tag_ == "MD"}
    if modals & {"could", "would"} and any(c.dep_ == "neg" for c in verb.children):
        return "past"    # "could not be reached Tuesday", "would not comment Friday": news tells what did not happen
    if modals and not any(a.lemma_ == "have" for a in auxes):
        return "future"  # "could come as early as Tuesday", "would be traveling Thursday"
    if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "perfect"   # the present perfect (progressive): "has met", "have been searching"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes if a.lower_ != "to"):
        if verb.tag_ == "VBG" and verb.lemma_ not in ONGOING:
            return "future"  # the present progressive of news is an arrangement: "is meeting Thursday"
        return "present"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "amod", "advcl"):
        return "past"    # "the injunction issued Thursday", "the decision, announced Wednesday"
    if verb.tag_ == "VB" and "to" in words and verb.head.lemma_ == "be" and verb.dep_ == "xcomp":
        return "future"  # "is to resume trading Tuesday"
    if depth < 3 and verb.head.i != verb.i and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "conj", "relcl",
                                                             "pcomp", "prep", "dep"):
        head = clause_verb(verb.head)
        if head is not None:
            if verb.dep_ == "xcomp" and (head.lemma_ in FUTURE_HEADS or verb.head.lemma_ in FUTURE_HEADS):
                # "plans to visit", "was due to attend"; a plan in the past perfect ("had been due to
                # expire Friday") was overtaken: its time may be before or after now
                return None if _past_perfect(head) else "future"
            if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "dep", "prep", "pcomp"):
                tense = verb_tense(head, depth + 1)
                if tense in ("past", "perfect") and _projected(verb):
                    return None   # done after a past telling: before or after now, the text does not say
                return tense
    return None


def _past_perfect(verb: Token) -> bool:
    """Whether `verb` is in the past perfect ("had been due"): a plan told as overtaken, its time gone."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


def _projected(verb: Token) -> bool:
    """Whether `verb` is an infinitive whose event follows its governor's: the complement of a noun
    ("an agreement to acquire it in January") or of a verb with an object ("subpoenaed him to testify
    on Feb. 10"), unlike "tried to flee on Monday", which happens when the trying does."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return True
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ in ("dobj", "dative") for c in verb.head.children)


def direction(doc: Doc, start: int, end: int) -> Tense:
    """The tense that anchors the expression at `doc.text[start:end]`, from its own words' governors.

    Words on the way up to the verb count first: "the upcoming election in March" looks ahead
    whatever the verb, "since March" looks back.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    lead = " ".join(t.lower_ for t in doc[max(0, span.start - 3):span.start])
    if lead.endswith(("as soon as", "as early as", "ahead of", "starting", "beginning")):
        return "future"
    token = span.root
    steps = 0
    while token.pos_ not in VERBS and token.head.i != token.i and steps < 8:
        head = token.head
        if token.dep_ in ("pobj", "npadvmod") and head.lower_ in ("since", "ago"):
            return "past"
        if token.dep_ == "pobj" and head.lower_ in UNTIL and head.head.lemma_ in DEFERRING:
            return "future"
        if head.pos_ in ("NOUN", "PROPN"):
            for child in head.children:
                if child.dep_ in ("amod", "advmod") and child.i not in range(span.start, span.end):
                    if child.lower_ in FUTURE_WORDS:
                        return "future"
                    if child.lower_ in PAST_WORDS:
                        return "past"
        token = head
        steps += 1
    verb = clause_verb(token)
    return verb_tense(reporting(verb, span.root.i)) if verb is not None else None


def reporting(verb: Token, at: int) -> Token:
    """The verb a time word at token index `at` belongs to when the parse hangs it on `verb`: the
    reporting verb when the time stands between that verb and the subject of its complement ("said
    on Monday they would expel ..." is the saying's Monday), else `verb` itself."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in VERBS or not head.i < at < verb.i:
        return verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return head if subject is not None and at < subject.i else verb


# Prepositions that place an event at a time, as opposed to those that set a limit or a
# deadline to it ("extended to Nov. 20", "until June", "by August").
LOCATING = frozenset({"on", "in", "at", "during", "over", "since", "of"})
TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "day", "eve", "dawn", "hours", "week", "weekend"})


def attached(doc: Doc, start: int, end: int) -> bool:
    """Whether the expression at `doc.text[start:end]` places its clause's event in time: it modifies
    the verb bare or through a locating preposition ("met in March", "met Monday"), rather than a
    noun ("the March deadline", "payable Dec. 7") or as a limit ("extended to Nov. 20")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    if head.lower_ == "of" and head.head.lower_ in TIME_NOUNS and head.head.i != head.i:
        head = head.head.head   # "shot on the night of Oct. 23": the time noun stands for the date
    if head.pos_ == "ADP":
        if head.lower_ not in LOCATING:
            return False
        head = head.head
    return head.pos_ in VERBS


# Nouns whose date is a limit, not the time of what is said of them: "an August 31 deadline".
DEADLINES = frozenset({"deadline", "deadlines", "target", "date", "expiry", "ultimatum", "timetable", "timeline"})


def labels_event(doc: Doc, start: int, end: int) -> bool:
    """Whether the expression at `doc.text[start:end]` names the day of the noun after it ("the Oct. 23
    slaying"): such a date places that noun's event as a verb's date would, unless the noun is a limit
    ("an August 31 deadline")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root, head = span.root, span.root.head
    return (root.dep_ in ("compound", "nmod", "amod") and head.i > root.i and head.pos_ == "NOUN"
            and head.lower_ not in DEADLINES and head.lower_ not in TIME_NOUNS)
