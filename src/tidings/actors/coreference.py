"""Which mentions are one actor: full and short names, titles, bare group nouns, and pronouns.

- A person's short name ("Xi", "Ushakov") joins the full name it is part of ("Xi Jinping"); names the
  lexicon knows join by their entry ("Putin" and "Vladimir Putin").
- A title without a name ("the Chinese leader", "the Russian president") joins the most recent person
  it fits: same country, same role, and the office the title names (a leader is a head of state or
  government); a title that names no country joins the most recent person with that title ("Governor
  Chris Christie ... the governor"). An apposition ("Yuri Ushakov, a Kremlin adviser") is its person.
- A group or body is one actor per country, role and noun ("Israeli troops" ... "the troops").
- he/him/his/she/her join a person when exactly one person can be meant: the only person named
  earlier in the sentence (or, for a reflexive, its subject), else the only person who is a subject of
  the sentence before. they/them/their join a group of people (protesters, troops) the same way.
  A pronoun outside quotation marks never means someone named inside them ("“We need help from Twitter,”
  she said": a speaker is not named in her own quote), and a pronoun already joined counts as its
  person's mention for the pronouns after it ("She said ... She declined").
- "the country", "the bloc", "the group" (anaphors.tsv: the noun with "the" and nothing else) join the
  actor of their kind named last: the only one in the nearest of the three sentences before that names
  any ("The European Union met. The bloc ..."); none when that sentence names two ("Russia sent troops
  to Syria. The country ..."), or, for "the country", when a place is named in between.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.tokens import Doc, Token

from tidings.actors.coding import APOSTROPHES, NO_CODING
from tidings.actors.mentions import Mention
from tidings.actors.tables import anaphors, given_names, monarchy, region_codes
from tidings.nlp import noun_lemmas

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
REFLEXIVE = frozenset({"himself", "herself", "themselves"})
LEADER_OFFICES = frozenset({"head_of_state", "head_of_government", "leader"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# how many sentences before its own "the country" or "the bloc" looks for what it names again
ANAPHOR_REACH = 3
STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
# How alike two first names are when one is a misspelling of the other ("Shimom", "Shimon": 0.83)
SAME_NAME = 0.75
# determiners that bring in someone not named before
INDEFINITE = frozenset({"a", "an", "another"})


@dataclass(eq=False)
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    pronouns: list[int] = field(default_factory=list)   # token indices

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def names(self) -> list[str]:
        return [m.entry.name if m.entry is not None and not m.entry.user else "" for m in self.mentions if m.named]

    def last_before(self, token: int) -> int:
        ends = [m.end for m in self.mentions if m.end <= token] + [p + 1 for p in self.pronouns if p < token]
        return max(ends, default=-1)


def link(doc: Doc, mentions: list[Mention]) -> list[Cluster]:
    """The mentions grouped into actors, each cluster's mentions in text order."""
    clusters: list[Cluster] = []
    by_identity: dict[tuple, Cluster] = {}
    people = _name_people(doc, mentions, clusters)
    for index, mention in enumerate(mentions):
        if mention.kind == "person" and mention.named:
            continue
        if mention.link is not None and id(mention.link) in people:
            people[id(mention.link)].mentions.append(mention)
            people[id(mention)] = people[id(mention.link)]
            continue
        if mention.kind == "person":
            candidates = [c for c in clusters if _is_person(c) and not _owner_of(doc, c, mention)]
            if _indefinite(doc, mention):  # someone new, unless the headline named them the same way
                candidates = [c for c in candidates if _in_headline(doc, c) and c.first.coding.head is not None
                              and c.first.coding.head == mention.coding.head]
            target = _antecedent(mention, candidates)
            if target is None:
                target = Cluster()
                clusters.append(target)
            target.mentions.append(mention)
            people[id(mention)] = target
            continue
        identity = mention.identity or ("mention", index)
        if identity[0] == "group" and identity[1] is None and (identity[2] or not _counted(doc, mention)):
            identity = _bare_group(identity, by_identity)
        cluster = by_identity.get(identity)
        if cluster is None:
            cluster = by_identity[identity] = Cluster()
            clusters.append(cluster)
        cluster.mentions.append(mention)
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
    if doc.has_annotation("SENT_START"):  # pronouns need sentences (a model without a parser has none)
        quoted = _quoted_tokens(doc)
        _pronouns(doc, clusters, quoted)
        clusters = _definite(doc, clusters, quoted)
    return sorted(clusters, key=lambda c: c.first.start)


def _owner_of(doc: Doc, cluster: Cluster, mention: Mention) -> bool:
    """Whether the cluster's person owns the title `mention`: "Putin's spokesman" is not Putin."""
    return mention.start >= 2 and doc[mention.start - 1].lower_ in APOSTROPHES \
        and any(m.end == mention.start - 1 for m in cluster.mentions)


def _is_person(cluster: Cluster) -> bool:
    return cluster.first.kind == "person" or any(m.kind == "person" for m in cluster.mentions)


def _name_people(doc: Doc, mentions: list[Mention], clusters: list[Cluster]) -> dict[int, Cluster]:
    """Clusters of named people by id() of their mentions, longest names first so that short names find
    their full name."""
    people: dict[int, Cluster] = {}
    keyed: list[tuple[tuple[str, ...], Cluster]] = []
    named = [m for m in mentions if m.kind == "person" and m.named]
    for mention in sorted(named, key=lambda m: -len(_words(doc, m))):
        words = _words(doc, mention)
        entry_name = mention.entry.name if mention.entry is not None else None
        target = None
        for _key, cluster in keyed:
            if entry_name is not None and entry_name in cluster.names():
                target = cluster
                break
        if target is None:
            fits = [(key, c) for key, c in keyed if set(words) <= set(key) and _gender_fits(c, mention.gender)]
            if len(fits) > 1:  # two people share the name: the one named last before it
                fits = sorted(fits, key=lambda kc: kc[1].last_before(mention.start))[-1:]
            target = fits[0][1] if fits else None
            if target is not None and _someone_else(doc, mention, words, fits[0][0], target):
                mention.entry, mention.coding = None, NO_CODING
        if target is None:
            target = Cluster()
            clusters.append(target)
            keyed.append((words, target))
        target.mentions.append(mention)
        people[id(mention)] = target
    return people


def _someone_else(doc: Doc, mention: Mention, words: tuple[str, ...], full: tuple[str, ...], cluster: Cluster) -> bool:
    """Whether the known person a short name's entry names is not the one the article named in full
    with that name ("Keron Blair ... said Blair" is not Tony Blair): the full name has no entry, ends
    with the short name and lacks the known person's first name ("Crooked Hillary Clinton" is still
    Hillary Clinton; "Obama Says", a headline the model read as a name, still Obama)."""
    entry = mention.entry
    if entry is None or entry.kind != "person" or entry.user or any(m.entry is not None for m in cluster.mentions):
        return False
    given = entry.name.split()[0].lower() if entry.name.split() else ""
    if len(full) < 2 or not words or full[-1] != words[-1] or given in full:
        return False
    if full[0] not in given_names() and full[0] in noun_lemmas(doc.vocab):
        return False  # a label, no first name: "Team Clinton" is still Hillary Clinton's
    # another first name, not a misspelling of the known one ("Shimom Peres" is Shimon Peres)
    return SequenceMatcher(None, full[0], given).ratio() < SAME_NAME



def _words(doc: Doc, mention: Mention) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[mention.name_start:mention.name_end] if t.is_alpha)


def _indefinite(doc: Doc, mention: Mention) -> bool:
    """Whether a title or person noun without a name brings in someone new: "a Syrian woman", "another
    official" (not "the president")."""
    head = doc[mention.end - 1]
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children)


def _in_headline(doc: Doc, cluster: Cluster) -> bool:
    """Whether the cluster's person is named in the article's first sentence only (its headline, or the
    lead): "Springfield man shot. A 27-year-old city man was shot twice"."""
    if not doc.has_annotation("SENT_START") or not len(doc):
        return False
    first = next(doc.sents)
    return all(m.end <= first.end for m in cluster.mentions)


def _antecedent(mention: Mention, people: list[Cluster]) -> Cluster | None:
    """The person a title without a name refers to: the most recent one it fits."""
    best: tuple[int, Cluster] | None = None
    for cluster in people:
        last = cluster.last_before(mention.start)
        if last < 0 or not _fits(mention, cluster):
            continue
        if best is None or last > best[0]:
            best = (last, cluster)
    return best[1] if best else None


def _fits(mention: Mention, cluster: Cluster) -> bool:
    country = next((m.coding.country for m in cluster.mentions if m.coding.country), None)
    roles = next((m.coding.roles for m in cluster.mentions if m.coding.roles), ())
    offices = {m.coding.office for m in cluster.mentions if m.coding.office}
    if mention.coding.country is not None and country is not None and mention.coding.country != country:
        return False
    if mention.coding.roles and roles and mention.coding.roles[0] != roles[0]:
        return False
    if mention.coding.country is None and mention.coding.head is not None and not mention.plural \
            and any(m.coding.head == mention.coding.head for m in cluster.mentions):
        return True  # "Governor Chris Christie ... the governor": the same title, no country to differ
    office = mention.coding.office
    if office is not None and mention.coding.head in monarchy()[0] and _monarch(cluster) is False:
        return False  # "Trump will host the king": a king is no president
    if office is not None:
        if not offices:
            # A person known by another title ("Kremlin adviser") is not "the president".
            titled = any(m.coding.head for m in cluster.mentions)
            return not titled and mention.coding.country is not None and mention.coding.country == country
        if office == "leader":
            return bool(offices & LEADER_OFFICES)
        return office in offices or ("leader" in offices and office in LEADER_OFFICES)
    return mention.coding.country is not None and mention.coding.country == country


def _monarch(cluster: Cluster) -> bool | None:
    """Whether the person of `cluster` is a monarch: titled one ("King Abdullah") or known as one by the
    leaders table; False for a person the table knows otherwise or titled with another head's office
    ("President Macron"); None when nothing says."""
    titles, names, _ = monarchy()
    known: bool | None = None
    for m in cluster.mentions:
        if m.coding.head in titles or (m.entry is not None and m.entry.kind == "person" and m.entry.name in names):
            return True
        if (m.entry is not None and m.entry.kind == "person" and not m.entry.user) or m.coding.office in LEADER_OFFICES:
            known = False
    return known


def _counted(doc: Doc, mention: Mention) -> bool:
    """Whether a number counts the group ("six people"): people of no role so counted are people of their
    own, not the group of that noun named before ("the American people"); counted troops or police are
    still the ones named before ("Israeli troops ... two troops were wounded")."""
    head = doc[mention.end - 1]
    return any(t.like_num or t.dep_ == "nummod" for t in [*doc[mention.start:mention.end], *head.children]
               if t.i < head.i)


def _bare_group(identity: tuple, by_identity: dict[tuple, Cluster]) -> tuple:
    """A group with no country ("the troops") is the last group of that noun and role that had one."""
    _, _, roles, _organization, noun = identity
    for known in reversed(list(by_identity)):
        if known[0] == "group" and known[2] == roles and known[4] == noun and known[1] is not None:
            return known
    return identity


def _pronouns(doc: Doc, clusters: list[Cluster], quoted: frozenset[int]) -> None:
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    spans: list[tuple[int, int, Cluster]] = sorted(
        ((m.start, m.end, c) for c in clusters for m in c.mentions), key=lambda s: (s[0], s[1]))
    pronouns = MALE | FEMALE | PLURAL
    # what each cluster is, read once: the mentions' kinds do not change while pronouns join them
    person = {id(c): _is_person(c) for c in clusters}
    group = {id(c): _is_people_group(c) for c in clusters}
    for token in doc:
        low = token.lower_
        if low not in pronouns or token.i in taken or token.pos_ != "PRON":
            continue
        fits = person if low not in PLURAL else group
        outside = token.i not in quoted
        candidates = [(s, e, c) for s, e, c in spans if fits[id(c)] and not (outside and s in quoted)]
        cluster = _pronoun_antecedent(doc, token, candidates, "m" if low in MALE else "f" if low in FEMALE else None)
        if cluster is not None:
            cluster.pronouns.append(token.i)
            spans.append((token.i, token.i + 1, cluster))


def _quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside quotation marks."""
    # Imported here: the quotes package imports the actors package (speakers are actors).
    from tidings.quotes.marks import quoted_spans

    inside: set[int] = set()
    for quoted in quoted_spans(doc.text):
        for start, end in quoted.parts:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
    return frozenset(inside)


def _is_people_group(cluster: Cluster) -> bool:
    first = cluster.first
    return first.kind == "group" and first.plural and first.entry is None


def _pronoun_antecedent(doc: Doc, token: Token, candidates: list, gender: str | None) -> Cluster | None:
    sent = token.sent
    before = [(s, e, c) for s, e, c in candidates if sent.start <= s and e <= token.i]
    if token.lower_ not in REFLEXIVE and (verb := _verb_of_object(token)) is not None:
        # "Officer Garner shot him": a verb's object is not its subject, who would be "himself"
        subjects = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        before = [(s, e, c) for s, e, c in before if not any(i in subjects for i in range(s, e))]
    before = [(s, e, c) for s, e, c in before if _gender_fits(c, gender)]
    distinct = list(dict.fromkeys(c for _, _, c in before))
    if len(distinct) == 1:
        return distinct[0]
    if len(distinct) > 1:
        if token.lower_ in REFLEXIVE:
            subjects = [c for s, e, c in before if _is_subject(doc, s, e)]
            return subjects[-1] if subjects else None
        return None
    if sent.start == 0:
        return None
    if token.lower_ in PLURAL and _plural_noun_before(doc, sent.start, token.i):
        return None  # "rallied supporters ..., urging them": the supporters, not the last sentence's officials
    previous = doc[sent.start - 1].sent
    earlier = [(s, e, c) for s, e, c in candidates
               if previous.start <= s and e <= previous.end and _gender_fits(c, gender)]
    subjects = list(dict.fromkeys(c for s, e, c in earlier if _is_subject(doc, s, e)))
    if len(subjects) == 1:
        return subjects[0]
    anyone = list(dict.fromkeys(c for _, _, c in earlier))
    return anyone[0] if len(anyone) == 1 and not subjects else None


def _verb_of_object(token: Token) -> Token | None:
    """The verb whose object `token` is, directly or through a preposition ("shot him", "spoke to her")."""
    if token.dep_ in ("dobj", "dative") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
        return token.head.head
    return None


def _plural_noun_before(doc: Doc, start: int, end: int) -> bool:
    """Whether a plural common noun, or names joined by "and", that is a verb's subject or object stands
    between `start` and `end`: a nearer antecedent for "they" or "them" than any actor of the sentence
    before ("rallied supporters ..., urging them", "Etihad, Emirates and Flydubai said they")."""
    return any(t.dep_ in ARGUMENT_DEPS and (t.tag_ == "NNS" or any(c.dep_ == "conj" for c in t.children))
               for t in doc[start:end])


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    return any(t.dep_ in SUBJECT_DEPS or (t.dep_ == "conj" and t.head.dep_ in SUBJECT_DEPS)
               for t in doc[start:end])


def _gender_fits(cluster: Cluster, gender: str | None) -> bool:
    known = {m.gender for m in cluster.mentions if m.gender}
    return gender is None or not known or gender in known


def _definite(doc: Doc, clusters: list[Cluster], quoted: frozenset[int]) -> list[Cluster]:
    """Joins "the country", "the bloc", "the group" and the other nouns of anaphors.tsv, with "the" and
    nothing else before them, to the actor of their kind named last; a bare description the mention
    finder made an actor of its own ("the country" acting, with no country) is dropped for it."""
    nouns = anaphors()
    found = [t for t in doc if t.lower_ in nouns and t.tag_ == "NN" and _bare_definite(t, regional=True)]
    if not found:
        return clusters
    mentions = [(m, c) for c in clusters for m in c.mentions]
    taken = {p for c in clusters for p in c.pronouns}
    of_kind: dict[str, list[Cluster]] = {}
    for token in found:
        kind = nouns[token.lower_]
        if token.i in taken:
            continue
        own = next(((m, c) for m, c in mentions if m.start <= token.i < m.end), None)
        regional = own is not None and kind in ("country", "regional") and _regional_description(own[0], token)
        if not regional and (kind == "regional" or not _bare_definite(token)):
            continue
        if own is not None and not regional and not _empty_description(own[0], token):
            continue
        kind = "country" if regional else kind
        if kind not in of_kind:
            of_kind[kind] = [c for c in clusters if _of_kind(c, kind)]
        fits = [c for c in of_kind[kind] if c is not (own and own[1])]
        outside = token.i not in quoted
        bound = _clause_subject(token)
        spans = sorted(((m.start, m.end, c) for c in fits for m in c.mentions if m.end <= token.i
                        and not (outside and m.start in quoted) and not bound & set(range(m.start, m.end))),
                       key=lambda s: s[0])
        spans += [(p, p + 1, c) for c in fits for p in c.pronouns if p < token.i and p not in bound]
        titled = _titled_member_before(doc, token, clusters)
        if titled:
            # "(NATO) Secretary General Jens Stoltenberg said the alliance": the organisation of the
            # title, where the article names it as an actor of the noun's kind; no one else
            spans = [s for s in spans if any(m.coding.organization in titled for m in s[2].mentions)]
        cluster = _named_last(doc, token, spans, subject_first=regional)
        if cluster is None or (kind == "country" and _place_between(doc, cluster, token, mentions, bound)):
            if regional and own is not None and own[0].coding.country == "IGO":
                own[1].mentions.remove(own[0])   # "the OPEC member": some member state, not OPEC
            continue
        if own is not None:
            own[1].mentions.remove(own[0])
        cluster.pronouns.append(token.i)
        taken.add(token.i)
    return [c for c in clusters if c.mentions]


def _titled_member_before(doc: Doc, token: Token, clusters: list[Cluster]) -> set[str]:
    """The organisations of the people whose titles name one, standing before `token` in its sentence:
    the organisation, which is no actor of its own there, may be what the noun names again."""
    start = token.sent.start
    return {m.coding.organization for c in clusters for m in c.mentions
            if m.kind == "person" and m.coding.organization is not None and start <= m.start and m.end <= token.i}


def _bare_definite(token: Token, *, regional: bool = False) -> bool:
    """Whether `token` has "the" before it and nothing else but common adjectives ("the militant
    group"), no "of" after it, and modifies no noun ("the group's leaders" is the group's); with
    `regional`, capitalised words may come before it too ("the oil-rich Gulf state", "the NATO member"),
    which `_regional_description` then checks."""
    before = [c for c in token.children if c.i < token.i]
    if not before or before[0].lower_ != "the" or before[0].dep_ != "det" or not _adjacent(token, before):
        return False
    return all((c.dep_ == "amod" and c.tag_ == "JJ" and c.text.islower() and c.left_edge.i == c.i)
               or (regional and c.dep_ in ("amod", "compound") and c.text[:1].isupper()) for c in before[1:]) \
        and token.dep_ not in ("compound", "amod", "nmod") \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _adjacent(token: Token, before: list[Token]) -> bool:
    """Whether the phrases of `before`, the children of `token` before it, run up to it with no gap."""
    end = token.i - 1
    for child in reversed(before):
        if child.right_edge.i != end:
            return False
        end = child.left_edge.i - 1
    return True


def _regional_description(mention: Mention, token: Token) -> bool:
    """Whether `mention` is a description of one country by its region or bloc, ending at the noun
    `token` ("the Balkan country", "the wealthy Gulf state", "the OPEC member"): coded as the region or
    the organisation, which the country it names again is not."""
    coding = mention.coding
    return not mention.named and mention.end == token.i + 1 and mention.start > token.i - 4 \
        and (coding.country in region_codes() or (coding.country == "IGO" and coding.organization is not None))


def _clause_subject(token: Token) -> set[int]:
    """The head words of the subjects of the clause `token` is in, when it is not in them: a noun other
    than a reflexive is not the subject of its own clause ("The United States imposed
    sanctions on the NATO member": not the United States)."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return {t.i for s in subjects if not (s.left_edge.i <= token.i <= s.right_edge.i) for t in (*s.conjuncts, s)}


def _empty_description(mention: Mention, token: Token) -> bool:
    """Whether `mention` is the bare noun `token` alone, coded with no more than the noun's own role
    ("the party": PTY)."""
    coding = mention.coding
    return not mention.named and mention.end == token.i + 1 and mention.start >= token.i - 1 \
        and coding.country is None and coding.organization is None


def _of_kind(cluster: Cluster, kind: str) -> bool:
    mentions = cluster.mentions
    if kind == "country":
        return any(m.kind == "country" and m.coding.country is not None for m in mentions)
    named = [m for m in mentions if m.kind != "person"
             and ((m.named and m.kind == "organization") or m.coding.organization is not None)]
    if not named:
        return False
    roles = {r for m in mentions for r in m.coding.roles}
    if kind == "igo":  # a body itself, not its leaders ("the European Union's leaders met")
        return any(m.coding.country == "IGO" and m.kind == "organization" for m in named) and "MED" not in roles
    if kind == "party":
        return "PTY" in roles
    if kind == "business":
        return "BUS" in roles
    return not roles & STATE_ROLES and "MED" not in roles  # a body: not a state's own ministry, army or
    # police, nor the news agency that reports ("Interfax ... 'The group committed crimes'")


def _named_last(doc: Doc, token: Token, spans: list[tuple[int, int, Cluster]], *,
                subject_first: bool = False) -> Cluster | None:
    """The one actor of `spans` the nearest sentence that names any (the token's own, then up to
    ANAPHOR_REACH before it) names; None when it names several ("Russia sent troops to Syria. The
    country ..." may be either). With `subject_first`, of several the one that is the sentence's
    subject ("Turkey bought missiles from Russia. ... the NATO member": Turkey)."""
    sent = token.sent
    for _ in range(ANAPHOR_REACH + 1):
        inside = [(s, e, c) for s, e, c in spans if sent.start <= s and e <= sent.end]
        distinct = list(dict.fromkeys(c for _, _, c in inside))
        if len(distinct) > 1 and subject_first:
            distinct = list(dict.fromkeys(c for s, e, c in inside if _is_subject(doc, s, e))) or distinct
        if distinct:
            return distinct[0] if len(distinct) == 1 else None
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


def _place_between(doc: Doc, cluster: Cluster, token: Token, mentions: list[tuple[Mention, Cluster]],
                   bound: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether a place no actor stands for is named between the cluster's last mention and `token`, or
    another country acting in a later sentence: "the country" may then be that one; not the subject
    of the token's own clause (`bound`: "Brazil condemned the South American country")."""
    last = cluster.last_before(token.i)
    if any(ent.label_ in ("GPE", "LOC") and last <= ent.start and ent.end <= token.i
           and not any(m.start < ent.end and ent.start < m.end for m, _ in mentions) for ent in doc.ents):
        return True
    later = doc[last - 1].sent.end if last > 0 else 0
    return any(m.kind == "country" and later <= m.start and m.end <= token.i and not bound & set(range(m.start, m.end))
               for m, c in mentions if c is not cluster)
