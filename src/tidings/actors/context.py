"""The article's context: a country for the agents it leaves unqualified ("the government", "police", "the
army", "the president", "the opposition"), when the context makes it unambiguous.

Only actors with no country of their own, whose role is that of a domestic institution or its opponents
(data/context.tsv: GOV, MIL, COP, JUD, LEG, OPP, SPY; civilians, CVL, by the dateline or the preceding
mentions only), take one; not those that face abroad or are things
("the embassy", "peacekeepers", "drones"), nor those a word marks as someone else's ("foreign troops",
"world leaders", "allied forces"). The qualified mentions of the same role (with a country of their own:
"Pakistani police", "Israel's army", a known office holder) decide, in this order:

1. `preceding`: the qualified mentions of the role before the actor's first mention all name one country:
   that one ("Israeli troops ... the army", "Lebanon's parliament elected a new speaker"). For a body,
   a person whose sentence names a place of another country does not count: a leader abroad speaks
   for no body of the place he visits ("Putin visited Ankara. The government said").
   If they name several, the actor stays uncoded.
   Else, for the government (`opponents`): the one country of the protesters or opposition its
   first mention's sentence names, when they are the sentence's only agents of a country
   ("Protesters in Tel Aviv demanded that the government reach a deal": Israel's). People with no
   role who are the subject of a protest verb count as protesters ("Thousands of people marched in
   Belgrade against the government").
2. `dateline`: the dateline's country ("KARACHI —"), or else `article`: the article's dominant country
   (named at least twice, and twice as often as any other), provided no
   qualified mention of the role anywhere in the article, and no actor of the sentence, names another
   country ("Indian authorities detained activists" in a story from Islamabad).

Before both, an actor a domestic word marks as the forces of where they act ("government forces shelled
rebel positions near Aleppo") takes `sentence`: the one country its sentence's places name, when no actor of
another country is in the sentence.

Plural bodies ("governments") and agents with an owner the text gives ("the island's legislature") take
none from the context. An owner pronoun gives its own: "its" or "their" before an agent with no country
("Iran said its military commander would visit", "Israeli troops said their commander") takes `owner`,
the country of the body, group or country the pronoun stands for: the one country of all the actors
before it in its sentence that are not people, of its number ("its" singular, "their" plural), or, for a
pronoun that opens its sentence, that of the subject of the sentence before ("China warned Japan. Its
foreign minister ..."). None when two may be meant ("Russia said Ukraine attacked its positions": the
events stage reads the speaker's side there) or one has no country ("the UN said ... its peacekeepers").

A counterpart with no role of its own holds the office of the person its possessor stands for ("the
Turkish foreign minister met his Jordanian counterpart": GOV; `+context:counterpart`).

A named person with a title that names no country ("Vice President JD Vance", "Mayor Sergei Sobyanin")
takes only the dateline's country: a title of the same role before it is as likely another country's
counterpart, and the most named country is as likely the one the person deals with.
The actor's `basis` ends in `+context:owner`, `+context:counterpart`, `+context:sentence`, `+context:preceding`,
`+context:opponents`, `+context:dateline` or `+context:article`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from tidings.actors.coding import is_own
from tidings.actors.coreference import SUBJECT_DEPS, Cluster
from tidings.actors.lexicon import Lexicon, Match, normal, phrase_tokens
from tidings.actors.location import place_country
from tidings.actors.mentions import Mention, protests
from tidings.actors.tables import context_words, monarchy, rows

DATELINE_KINDS = frozenset({"country", "capital", "territory", "adjective", "people", "metonym"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# units that say which country an article is about (not territories: Crimea, Gaza, Kashmir are named
# as often by the other side's news)
CUE_KINDS = frozenset({"country", "adjective", "people", "capital", "place"})
# units that name a place (not "Turkish", "Turks": they describe others as often as a place)
PLACE_KINDS = frozenset({"country", "capital", "place", "region", "territory"})


@lru_cache(maxsize=1)
def iso_countries() -> frozenset[str]:
    """The ISO 3166-1 alpha-3 codes of countries.tsv (not the CAMEO codes of regions and bodies)."""
    return frozenset(row["iso3"] for _, row in rows("countries.tsv"))


def home_countries(doc: Doc, clusters: Sequence[Cluster], units: Sequence[Match], *, dateline: str | None,
                   lexicon: Lexicon) -> dict[int, tuple[str, str]]:
    """(country, how) for each cluster (by id) the context gives a country: how is `sentence`, `preceding`,
    `opponents`, `dateline` or `article` (see the module's docstring). `units` are the lexicon and place units of
    the article."""
    owned = owner_countries(doc, clusters)
    candidates = [(cluster, role) for cluster in clusters
                  if id(cluster) not in owned and (role := _home_role(doc, cluster)) is not None]
    if not candidates:
        return owned
    isos = iso_countries()
    places = _place_countries(doc, units)
    # (start, role, country, whether it counts for a body: not a person abroad, "Putin visited Ankara")
    qualified = [(m.start, m.coding.roles[0], m.coding.country,
                  m.kind != "person" or places.get(_sentence_start(doc, m.start), set()) <= {m.coding.country})
                 for c in clusters for m in c.mentions if m.coding.country in isos and m.coding.roles]
    local = _local_countries(doc, candidates, places, clusters)
    home, how = dateline_country(dateline, lexicon), "dateline"
    if home is None:
        home, how = dominant_country(doc, clusters, units), "article"
    found: dict[int, tuple[str, str]] = {}
    by_id = {id(cluster): cluster for cluster, _ in candidates}
    for cluster, role in candidates:
        if id(cluster) in local:
            found[id(cluster)] = (local[id(cluster)], "sentence")
            continue
        first = cluster.first.start
        body = all(m.kind == "organization" for m in cluster.mentions)
        before = {country for start, r, country, for_body in qualified
                  if r == role and start < first and (for_body or not body)}
        person = any(m.named and m.kind == "person" for m in cluster.mentions)
        if before and not person:
            if len(before) == 1:
                found[id(cluster)] = (before.pop(), "preceding")
            continue
        if role in RULED_ROLES and not person and (country := _opponents_country(doc, cluster, clusters)):
            found[id(cluster)] = (country, "opponents")
            continue
        if (person or role in context_words()["dateline_role"]) and how != "dateline":
            continue  # a named person takes the dateline's country only, never the most named one's
        anywhere = {country for _, r, country, _ in qualified if r == role}
        if home is not None and anywhere <= {home} and _sentence_countries(doc, cluster, clusters) <= {home}:
            found[id(cluster)] = (home, how)
    found = {key: value for key, value in found.items() if not _king_of_republic(by_id[key], value[0])}
    return owned | found


OWNER_PRONOUNS = {"its": False, "their": True}   # the pronoun, and whether what it stands for is plural
# The roles of the state a crowd or the opposition stands against: its own country's (`opponents`).
RULED_ROLES = frozenset({"GOV"})


def owner_countries(doc: Doc, clusters: Sequence[Cluster]) -> dict[int, tuple[str, str]]:
    """(country, "owner") for each cluster with no country whose mention an owner pronoun opens ("its
    military commander"): the country of what the pronoun stands for (see the module's docstring)."""
    # what "its" or "their" may stand for: the actors that are not people
    owners = [m for c in clusters for m in c.mentions if m.kind != "person"]
    found: dict[int, tuple[str, str]] = {}
    for cluster in clusters:
        if any(m.coding.country for m in cluster.mentions) or any(m.kind == "person" and m.named
                                                                  for m in cluster.mentions):
            continue
        for m in cluster.mentions:
            pronoun = next((t for t in doc[max(m.start - 1, 0):m.end]
                            if t.tag_ == "PRP$" and t.lower_ in OWNER_PRONOUNS and t.i <= m.start), None)
            if pronoun is None or not cluster.first.coding.roles:
                continue
            country = _owner_country(doc, pronoun, [o for o in owners if o.plural == OWNER_PRONOUNS[pronoun.lower_]])
            if country is not None:
                found[id(cluster)] = (country, "owner")
                break
    return found


def counterpart_roles(doc: Doc, clusters: Sequence[Cluster]) -> dict[int, tuple[str, ...]]:
    """The roles of each cluster with none that is someone's counterpart ("met his Jordanian counterpart",
    "Blinken's Chinese counterpart"): a counterpart holds the same office as the one it answers to, the
    person the possessor (a pronoun by coreference, or a name) stands for, where that person has a role."""
    def owner_of(token: Token) -> Cluster | None:
        for cluster in clusters:
            if token.i in cluster.pronouns or any(m.start <= token.i < m.end for m in cluster.mentions):
                return cluster
        return None

    found: dict[int, tuple[str, ...]] = {}
    for cluster in clusters:
        if any(m.coding.roles for m in cluster.mentions):
            continue
        for m in cluster.mentions:
            head = doc[m.end - 1]
            if head.lemma_.lower() != "counterpart":
                continue
            possessor = next((c for c in head.children if c.dep_ == "poss"), None)
            owner = owner_of(possessor) if possessor is not None else None
            if owner is None or owner is cluster or not any(o.kind == "person" for o in owner.mentions):
                continue
            roles = next((o.coding.roles for o in owner.mentions if o.coding.roles), ())
            if roles:
                found[id(cluster)] = roles
                break
    return found


def _owner_country(doc: Doc, pronoun: Token, owners: list[Mention]) -> str | None:
    """The country of what `pronoun` ("its", "their") stands for among the `owners` mentions (non-person
    actors of its number): the one country of all those before it in its sentence ("Russia sent its
    troops"; none when another actor, or one with no country, may be meant: "Russia said Ukraine attacked
    its positions", "The UN said Israeli troops fired on its peacekeepers"), or, for a pronoun that
    opens its sentence, that of the one subject of the sentence before."""
    start = _sentence_start(doc, pronoun.i)
    before = {m.coding.country for m in owners if start <= m.start and m.end <= pronoun.i}
    if before:
        return before.pop() if len(before) == 1 and before <= iso_countries() else None
    if pronoun.i != start or start == 0:
        return None
    previous = doc[start - 1].sent
    subjects = {m.coding.country for m in owners if previous.start <= m.start and m.end <= previous.end
                and doc[m.start:m.end].root.dep_ in SUBJECT_DEPS and doc[m.start:m.end].root.head == previous.root}
    return subjects.pop() if len(subjects) == 1 and subjects <= iso_countries() else None


def _king_of_republic(cluster: Cluster, country: str) -> bool:
    """Whether the context would make a monarch's title ("the king") a country that has none in the
    leaders table (a president's country: "Trump will host the king")."""
    titles, _, countries = monarchy()
    return country not in countries and all(m.coding.head in titles for m in cluster.mentions if not m.named) \
        and not any(m.named for m in cluster.mentions)


def _local_countries(doc: Doc, candidates: list[tuple[Cluster, str]], places: dict[int, set[str]],
                     clusters: Sequence[Cluster]) -> dict[int, str]:
    """The country of each candidate a domestic word marks as the forces of where they act ("government
    forces shelled rebel positions in Idlib"): the one country the places of its first sentence name,
    when no actor of another country is in that sentence."""
    words = context_words().get("domestic_word", frozenset())
    found: dict[int, str] = {}
    for cluster, _ in candidates:
        first = cluster.first
        # the word must mark a force ("government forces", "pro-government militias"); "the
        # government" alone is the body, which the sentence's places do not make anyone's
        if not any(t.lower_ in words and t.i < first.end - 1 for t in doc[first.start:first.end]):
            continue
        named = places.get(_sentence_start(doc, first.start), set())
        if len(named) == 1 and _sentence_countries(doc, cluster, clusters) <= named:
            found[id(cluster)] = next(iter(named))
    return found


def _opponents_country(doc: Doc, cluster: Cluster, clusters: Sequence[Cluster]) -> str | None:
    """The country of the protesters or opposition the sentence of the cluster's first mention names,
    when they are its only agents of a country: "Protesters in Tel Aviv demanded that the
    government reach a deal", "thousands marched in Belgrade against the government" (a crowd's
    government is its own country's)."""
    first = cluster.first
    sent = doc[first.start].sent if doc.has_annotation("SENT_START") else doc[:]
    isos = iso_countries()
    opposed = {m.coding.country for c in clusters if c is not cluster for m in c.mentions
               if m.coding.country in isos and sent.start <= m.start < sent.end
               and (m.coding.roles[:1] == ("OPP",) or (m.coding.roles[:1] in ((), ("CVL",)) and _protesting(doc, m)))}
    if len(opposed) != 1 or not _sentence_countries(doc, cluster, clusters) <= opposed:
        return None
    return next(iter(opposed))


def _protesting(doc: Doc, mention: Mention) -> bool:
    """Whether the people of a mention with no role ("people", "residents") are the subject of a protest
    ("Thousands of people protested in Belgrade"): protesters, for the government they stand against."""
    token = doc[mention.start:mention.end].root
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head is not token.head:
        token = token.head.head                      # "thousands of people": the thousands
    return protests(token)


def _place_countries(doc: Doc, units: Sequence[Match]) -> dict[int, set[str]]:
    """The countries of the places each sentence names ("visited Ankara", "spoke in Tokyo"), by the
    sentence's first token."""
    found: dict[int, set[str]] = {}
    for u in units:
        if _based(doc, u.end):
            continue  # "a UK-based group": where someone is based, not where the sentence's acts are
        if u.entry.kind in PLACE_KINDS and u.entry.terms and u.entry.terms[0].country is not None:
            found.setdefault(_sentence_start(doc, u.start), set()).add(u.entry.terms[0].country)
    return found


def _based(doc: Doc, end: int) -> bool:
    """True when the place ending before token `end` is where someone is based ("UK-based")."""
    following = [t.lower_ for t in doc[end:end + 2]]
    return following[:1] == ["based"] or following == ["-", "based"]


def _sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence of token `i` (0 when the doc has no sentences)."""
    return doc[i].sent.start if doc.has_annotation("SENT_START") else 0


def _sentence_countries(doc: Doc, cluster: Cluster, clusters: Sequence[Cluster]) -> set[str]:
    """The countries of the agents in the sentence of the cluster's first mention ("Indian authorities
    detained activists": the activists are not the dateline's); countries named alone do not count, being
    as often places ("on his return from Germany")."""
    first = cluster.first
    sent = doc[first.start].sent if doc.has_annotation("SENT_START") else doc[:]
    isos = iso_countries()
    return {m.coding.country for c in clusters for m in c.mentions
            if m.coding.country in isos and m.coding.roles and sent.start <= m.start < sent.end}


def _home_role(doc: Doc, cluster: Cluster) -> str | None:
    """The role by which the cluster may take the article's country, or None when it may not."""
    words = context_words()
    if any(m.coding.country for m in cluster.mentions):
        return None
    if any(m.kind == "organization" and m.plural for m in cluster.mentions):
        return None  # "governments", "ministries": bodies of several countries
    if any(doc[m.start].lower_ in POSSESSIVES or (m.start > 0 and (doc[m.start - 1].tag_ == "PRP$"
                                                                  or doc[m.start - 1].lower_ in POSSESSIVES))
           for m in cluster.mentions):
        return None  # "its military commander", "the island's legislature": the owner says whose
    roles = next((m.coding.roles for m in cluster.mentions if m.coding.roles), ())
    if not roles or roles[0] not in words["role"] | words["dateline_role"]:
        return None
    heads = {m.coding.head.lower() for m in cluster.mentions if m.coding.head}
    if heads & words["not_home"] or {h.rsplit(" ", 1)[-1] for h in heads} & words["not_home"]:
        return None  # "the embassy", "peace envoys"
    if any(t.lower_ in words["foreign_word"] for m in cluster.mentions for t in doc[m.start:m.end]):
        return None
    if any(m.entry is not None for m in cluster.mentions):
        return None  # a known name the tables leave without a country (an office holder out of office)
    return roles[0]


def dominant_country(doc: Doc, clusters: Sequence[Cluster], units: Sequence[Match]) -> str | None:
    """The country the article names most, at least twice and twice as often as any other: by its
    names, adjectives, capitals and places, and by the people and bodies whose country the tables
    know. News outlets quoted as sources ("AFP", "Reuters") and foreign backers ("Iran-allied") do
    not count."""
    isos = iso_countries()
    counts: Counter[str] = Counter()
    for unit in units:
        term = unit.entry.terms[0] if unit.entry.terms else None
        if unit.entry.kind in CUE_KINDS and term is not None and term.country in isos and is_own(doc, unit):
            counts[term.country] += 1
    for cluster in clusters:
        for m in cluster.mentions:
            if m.named and m.entry is not None and m.entry.kind in ("person", "organization", "metonym") \
                    and m.coding.country in isos and m.coding.roles[:1] != ("MED",):
                counts[m.coding.country] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def dateline_country(dateline: str | None, lexicon: Lexicon) -> str | None:
    """The country of the place a dateline names ("Moscow, Russia", "KARACHI", "Gaza City"): its last
    part that the actor tables or the places gazetteer know."""
    if not dateline:
        return None
    parts = [p.strip() for p in dateline.replace("—", ",").replace("–", ",").split(",") if p.strip()]
    for part in reversed(parts):
        key = " ".join(normal(t) for t in phrase_tokens(part))
        entry = lexicon.entries.get(key)
        if entry is not None and entry.kind in DATELINE_KINDS:
            term = entry.terms[0] if entry.terms else None
            if term is not None and term.country in iso_countries():
                return term.country
        found = place_country(part)
        if found is not None:
            return found[0]
    return None
