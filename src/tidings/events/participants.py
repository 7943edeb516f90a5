"""Who takes part: the actor behind a word of the parse, through the actors' mentions.

A slot of a pattern holds a word ("States" in "accused the United States"); the actor is the one
whose mention covers it (`tidings.actors.actor_at`). When the head word is not a mention, the
noun phrase may still name an actor through its modifiers: an apposition ("his counterpart
Vladimir Putin"), a compound or adjective ("the US policy", "a Russian attack"), a possessor
("Russia's attack") or an of/from/by-phrase ("the government of Iraq", "dissidents from
Myanmar", "the attack by al-Shabab"). People who stand in a relation to someone ("a Trump
supporter", "Ukraine's allies", "Kennedy's assassin") are not the one their modifiers name, and
"his country" is the country of the person "his" is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cache

from spacy.tokens import Doc, Token

from tidings.actors.tables import rows, variants
from tidings.events.syntax import agents, conjuncts, objects, prep_objects, subjects
from tidings.places.cues import PARTIES, is_dateline
from tidings.places.gazetteer import gazetteer
from tidings.records import Actor, Place

# Modifiers searched in this order: an apposition names the head itself; a possessor last,
# since "his counterpart" names someone else than "his".
MODIFIER_ORDER = ("appos", "compound", "amod", "nmod", "npadvmod", "poss")
# a membership is its possessor's, the body before it what it is of ("Sweden's NATO membership")
MEMBERSHIP_NOUNS = frozenset({"membership", "accession", "bid", "candidacy"})
PHRASE_PREPS = frozenset({"of", "from", "by"})   # "the attack by al-Shabab"
# acts by which a state makes a group or arms of no country its own ("drones launched by Russia",
# "troops sent by Moscow"), and the roles of a state's own bodies
SENDING_ACTS = frozenset({"launch", "fire", "send", "deploy", "dispatch", "operate", "fly", "own", "man"})
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
OF = frozenset({"of"})
OF_FROM = frozenset({"of", "from"})
# hyphenated participles whose first part owns the thing ("a British-flagged tanker", "a Greek-owned ship")
OWNING_PARTICIPLES = frozenset({"flagged", "owned", "registered", "operated"})
# and those whose first part leads it ("Saudi-led airstrikes killed": Saudi Arabia's)
LEADING_PARTICIPLES = frozenset({"led"})
# a border is also the neighbour's it runs along ("withdrew troops from the border with Ukraine")
BORDERS = frozenset({"border", "frontier", "boundary"})
DEMONYM_DEPS = frozenset({"amod", "compound", "nmod"})
# Nouns of an act someone made that others answer: rejecting, backing or vetoing one answers its
# author ("rejected Iran's proposal", "vetoed a resolution presented by Britain").
AUTHORED_NOUNS = frozenset({
    "demand", "request", "call", "appeal", "plea", "proposal", "proposition", "plan", "offer", "resolution",
    "draft", "bid", "initiative", "invitation", "invite", "ultimatum", "motion", "petition", "suggestion",
    "recommendation", "overture", "roadmap", "condition", "term", "stance", "position", "claim", "decision",
    "move", "policy", "statement", "announcement", "ruling", "verdict", "application", "nomination", "candidacy",
    "push", "accusation", "allegation", "charge", "comment", "remark", "assertion", "report", "criticism"})

# Object pronouns the coder resolves when the actor coder left them open, and the kinds of actor
# each can stand for ("it" and "them" stand for things too often: "drafted a resolution and
# vetoed it"; "them" only for groups of people).
OBJECT_PRONOUNS = {"him": ("person",), "her": ("person",), "them": ("group",)}
# Owner pronouns, and whether what each stands for is plural (as the actor coder's context.py reads them;
# not imported from there, which imports the events package through the headline reader)
OWNER_PRONOUNS = {"its": False, "their": True}
# Nouns of a set of parties ("the two leaders", "both sides") standing for actors named before,
# with the kind of actor each takes (None: any).
SET_NOUNS = {
    **dict.fromkeys(("leader", "president", "minister", "premier", "head", "man", "woman", "official", "diplomat",
                     "envoy", "counterpart", "chief", "king", "monarch", "prime"), "person"),
    **dict.fromkeys(("country", "nation", "state", "government", "neighbour", "neighbor", "capital"), "country"),
    **dict.fromkeys(("side", "party", "rival", "ally", "foe", "adversary", "delegation", "camp", "power", "army",
                     "force", "militia", "group", "organization", "organisation", "bloc"), None)}
SET_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
SET_DETERMINERS = frozenset({"the", "these", "those"})   # "the countries": the ones just named together
# A US lawmaker's party before his home ("Carrie Webster, D-Kanawha")
LAWMAKER_PARTIES = frozenset(f"{party}-" for party in PARTIES)
# The basis of a country actor the events stage makes for a place of the places stage.
PLACE_BASIS = "events:place country"
# Nouns of people who stand in a relation to someone else, whom a compound, possessor or of-phrase
# names: "a Trump supporter", "Kremlin critics", "Ukraine's allies", "relatives of the victims",
# "Kennedy's assassin" are not that someone, nor the state of its country ("Kremlin critics" are
# no more the Russian state than the Kremlin). An aide or a spokesman speaks for the one named, and
# stays theirs.
OTHER_PEOPLE = frozenset({
    "supporter", "backer", "voter", "fan", "follower", "opponent", "critic", "detractor", "rival", "foe", "enemy",
    "adversary", "challenger", "ally", "accuser", "victim", "relative", "family", "son", "daughter", "wife",
    "husband", "brother", "sister", "father", "mother", "child", "parent", "friend", "biographer", "successor",
    "predecessor", "protester", "protestor", "heckler", "admirer", "donor", "loyalist", "sympathizer",
    "sympathiser"})
# ... but supporters of a body or group are on its side ("stormed by supporters of an Iran-backed
# militia", "Hezbollah supporters"): they are of it, as a person's or a country's are not
SIDING = frozenset({"supporter", "backer", "follower", "loyalist", "sympathizer", "sympathiser"})
# ... and people of violence, whose possessor or of-phrase is their victim ("Kennedy's assassin", "the
# journalist's kidnappers") where a noun before them is their group ("Taliban attackers")
VIOLENT_PEOPLE = frozenset({"assassin", "killer", "attacker", "captor", "kidnapper", "abductor"})
# Figures and goods of an economy: the country or body before one owns it but does nothing through
# it ("lower Dutch tax rates helped the company", "Chinese exports rose")
MARKET_THINGS = frozenset({
    "rate", "tax", "price", "economy", "market", "growth", "inflation", "currency", "stock", "share", "bond",
    "yield", "export", "import", "output", "production", "demand", "supply", "weather", "climate", "data",
    "figure", "statistic", "earnings", "profit", "revenue", "sale", "debt", "deficit", "surplus", "unemployment",
    "interest", "cost", "spending", "investment", "reserve", "index"})
# Buildings and sites an act strikes: the country or place named before one is where the act was,
# or whom it struck, never its doer ("a Mali hotel assault", "the US embassy bombing")
SITES = frozenset({
    "hotel", "mall", "school", "church", "mosque", "synagogue", "temple", "market", "restaurant", "cafe",
    "club", "nightclub", "bar", "stadium", "station", "office", "university", "hospital", "airport",
    "embassy", "consulate", "base", "camp", "compound", "concert", "theater", "theatre", "museum"})
# Nouns of a person's own country ("his country had defended its borders")
# Participles of what was done to the noun's own ("populations affected by Cyclone Idai", "people
# killed by Israeli forces"): their agent is someone else, not the actor the phrase names
SUFFERED = frozenset({"affect", "hit", "kill", "wound", "injure", "hurt", "displace", "target", "attack",
                      "detain", "kidnap", "abduct", "capture", "arrest", "strike", "threaten", "harm",
                      "devastate", "ravage", "persecute", "oppress", "impact", "victimize", "murder"})
OWN_COUNTRY_NOUNS = frozenset({"country", "nation"})
# Gatherings, which a place before them only locates too ("a Des Moines rally")
GATHERINGS = frozenset({"rally", "protest", "demonstration", "march", "vigil", "gathering", "sit-in"})
# Nouns of violent acts, which a place before them only locates
VIOLENT_ACTS = frozenset({"attack", "bombing", "blast", "explosion", "shooting", "massacre", "raid", "strike",
                          "airstrike", "ambush", "assault", "siege", "killing", "stabbing", "bomb",
                          "shelling", "rampage", "riot", "unrest", "violence", "clash", "fighting", "uprising",
                          "invasion"})


@cache
def demonyms() -> dict[str, str]:
    """Country adjectives ("Russian", "South Korean") -> ISO3, from the actor coder's country table."""
    out: dict[str, str] = {}
    for _, row in rows("countries.tsv"):
        for form in variants(row["adjectives"]):
            out.setdefault(form.lower(), row["iso3"])
    return out


@cache
def country_names() -> dict[str, str]:
    """ISO3 -> the country's usual English name, from the actor coder's country table."""
    return {row["iso3"]: row["name"] for _, row in rows("countries.tsv")}


def with_place_countries(actors: Sequence[Actor], places: Sequence[Place], doc: Doc | None = None) -> tuple[Actor, ...]:
    """The article's actors, and after them one country actor for each country a place or a demonym
    of the places stage lies in ("exercises in Alaska", "the Russian consulate", "Israeli shelling")
    when the actor coder made no actor that is that country itself. CAMEO codes such a country as the
    target of an event with no other ("held exercises in Alaska": USA) and as the doer named by a
    demonym ("killed in Israeli shelling": ISR); the events need an actor to point to. A place
    inside another actor's mention ("Ukrainian protesters") is that actor's, and adds nothing, and so is
    a dateline's, which says where the story was filed (with `doc`: "HUME – A delegation met")."""
    have = {a.country for a in actors if a.kind == "country" and a.role is None and not territory(a)}
    spans = [m for a in actors for m in a.mentions]
    added: dict[str, list[tuple[int, int]]] = {}
    text = doc.text if doc is not None else None  # joined once: Doc.text joins every token on each call
    for place in places:
        country = place.country
        if country is None or country in have or country not in country_names():
            continue
        if text is not None and text[max(place.start - 2, 0):place.start] in LAWMAKER_PARTIES:
            continue  # "Carrie Webster, D-Kanawha": a lawmaker's home, no party to the events
        if any(start < place.end and place.start < end for start, end in spans):
            continue
        if doc is not None and (span := doc.char_span(place.start, place.end, alignment_mode="expand")) is not None \
                and is_dateline(doc, span.start, span.end, gazetteer()):
            continue
        added.setdefault(country, []).append((place.start, place.end))
    out = list(actors)
    number = max((int(a.id[1:]) for a in actors if a.id[:1] == "a" and a.id[1:].isdigit()), default=0)
    for country, mentions in added.items():
        number += 1
        out.append(Actor(f"a{number}", country_names()[country], "country", country, None,
                         mentions=tuple(sorted(mentions)), code=country, basis=PLACE_BASIS))
    return tuple(out)


class Participants:
    """The actor of each word, looked up once per word of the document."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = list(actors)
        self._cache: dict[int, Actor | None] = {}
        self._doc: Doc | None = None
        self._actors: dict[tuple[int, int], Actor | None] = {}
        self._named_by_word: dict[int, list[Actor]] = {}
        # every mention sorted by where it starts, with its rank in the actors' own order (the
        # first wins a tie, as in `tidings.actors.actor_at`): a word looks only at the mentions
        # that can reach it instead of at every mention of the article
        self._mentions = sorted((start, end, rank, actor) for rank, (start, end, actor) in enumerate(
            (start, end, actor) for actor in actors for start, end in actor.mentions))
        self._starts = [m[0] for m in self._mentions]
        self._longest = max((end - start for start, end, _, _ in self._mentions), default=0)
        # the article's actor standing for each country: the country itself first, then its
        # government, then any actor of it
        # (a region or city of it, "Idlib", only when there is none of these: "Syrian" is not Idlib)
        self._by_country: dict[str, Actor] = {}
        for rank in (0, 1, 2):
            for actor in actors:
                if actor.country and actor.country not in self._by_country and (
                        (rank == 2 and not territory(actor))
                        or (rank == 0 and actor.kind == "country" and actor.role is None and not territory(actor))
                        or (rank == 1 and actor.role == "GOV")):
                    self._by_country[actor.country] = actor
        for actor in actors:
            if actor.country and actor.country not in self._by_country:
                self._by_country[actor.country] = actor

    def mention(self, token: Token) -> Actor | None:
        """The actor one of whose mentions covers `token` itself."""
        if token.i not in self._cache:
            self._cache[token.i] = self._actor_at(token.idx, token.idx + len(token.text))
        return self._cache[token.i]

    def _actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping text[start:end] the most, the shortest mention on a
        tie, then the first in the actors' order: `tidings.actors.actor_at` over the index."""
        best: tuple[int, int, int] | None = None
        found: Actor | None = None
        low = bisect_right(self._starts, start - self._longest)
        for m_start, m_end, rank, actor in self._mentions[low:bisect_left(self._starts, end)]:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap <= 0:
                continue
            key = (overlap, m_start - m_end, -rank)
            if best is None or key > best:
                best, found = key, actor
        return found

    def actor(self, token: Token, *, depth: int = 0) -> Actor | None:
        """The actor the noun phrase headed by `token` names, or None."""
        if not self._remembers(token):
            return self._actor(token, depth)
        key = (token.i, depth)
        if key not in self._actors:
            self._actors[key] = self._actor(token, depth)
        return self._actors[key]

    def _remembers(self, token: Token) -> bool:
        # the answers for one document's words are kept (a headline re-read is another document)
        if self._doc is None:
            self._doc = token.doc
        return token.doc is self._doc

    def _actor(self, token: Token, depth: int) -> Actor | None:
        if token.lemma_.lower() in OWN_COUNTRY_NOUNS and (own := self._own_country(token)) is not None:
            return own
        found = self.mention(token)
        if found is not None and found.country is None and found.kind in ("group", "organization") \
                and (sender := self._sender(token, depth)) is not None:
            return sender                    # "drones launched by Russia", "troops sent by Moscow": theirs
        if found is not None or depth > 1:
            return found
        if token.lemma_.lower() in MARKET_THINGS and token.dep_ == "nsubj":
            return None                      # "lower Dutch tax rates helped the company": no one's act
        children = sorted((c for c in token.children if c.dep_ in MODIFIER_ORDER),
                          key=lambda c: (MODIFIER_ORDER.index(c.dep_), abs(c.i - token.i)))
        if token.lemma_.lower() in MEMBERSHIP_NOUNS:
            children.sort(key=lambda c: c.dep_ != "poss")
        related = token.lemma_.lower() in OTHER_PEOPLE
        violent = token.lemma_.lower() in VIOLENT_PEOPLE
        if related and token.lemma_.lower() in SIDING and (side := self._side_of(token)) is not None:
            return side
        for child in children:
            if (related and child.dep_ in ("compound", "poss")) or (violent and child.dep_ == "poss"):
                continue                     # "a Trump supporter", "Ukraine's allies": someone else
            # An apposition or a compound may itself be a phrase: "an Islamic State target".
            found = self.actor(child, depth=depth + 1) if child.dep_ in ("appos", "compound") else self.mention(child)
            if found is None and child.dep_ == "amod" and child.lower_ in OWNING_PARTICIPLES | LEADING_PARTICIPLES:
                # "a British-flagged tanker", "Saudi-led airstrikes": the country before the hyphen
                found = next((a for t in child.children if t.i < child.i and (a := self.mention(t)) is not None), None)
            if found is not None and token.dep_ in ("nsubj", "nsubjpass") and (
                    _located(token, child, found) or _of_site(token, child, found)):
                continue                     # "the Atlanta bombing killed": where it was, not who did it
            if found is not None:
                return found
        # the by-phrase first: the doer of an act, whatever it was done to ("the storming of the mosque
        # by Israeli police", condemned, is Israel's)
        for child in sorted(token.children, key=lambda c: c.lower_ != "by"):
            if child.dep_ == "prep" and (child.lower_ in PHRASE_PREPS or (
                    child.lower_ == "with" and token.lemma_.lower() in BORDERS)) \
                    and not ((related or violent) and child.lower_ == "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and (found := self.actor(obj, depth=depth + 1)) is not None:
                        return found
        for child in children:
            if child.dep_ == "poss" and child.lower_ == "whose":
                return self._whose(token)
        for child in token.children:
            # "the missiles fired by the Israeli military", "sanctions imposed by the US": their doer
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in SUFFERED:
                for agent in agents(child):
                    if (found := self.actor(agent, depth=depth + 1)) is not None:
                        return found
        return self.demonym(token)

    def _sender(self, token: Token, depth: int) -> Actor | None:
        """The state that launched, fired, sent or operates the group or arms `token` names, by the
        agent of a participle after it ("drones launched by Russia"), or None."""
        for child in token.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in SENDING_ACTS:
                for agent in agents(child):
                    found = self.actor(agent, depth=depth + 1)
                    if found is not None and found.country is not None and (found.kind == "country"
                                                                            or found.role in STATE_ROLES):
                        return found
        return None

    def _own_country(self, token: Token) -> Actor | None:
        """The country "his country", "her nation" stand for: that of the person the pronoun is (by the
        actor coder's pronoun links), when the article has that country as an actor."""
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                person = self.mention(child)
                if person is not None and person.country:
                    country = self._by_country.get(person.country)
                    return country if country is not None and country.kind == "country" else None
        return None

    def _side_of(self, token: Token) -> Actor | None:
        """The body or group whose supporters `token` names ("supporters of an Iran-backed militia",
        "Hezbollah supporters"), or None (a person's or a country's supporters are not theirs)."""
        ones = [c for c in token.children if c.dep_ in ("compound", "poss")]
        ones += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj"]
        for one in ones:
            found = self.actor(one, depth=1)
            if found is not None and found.kind in ("organization", "group") and found.role != "GOV":
                return found
        return None

    def named(self, token: Token) -> list[Actor]:
        """The actors the noun phrase headed by `token` names: the one `actor` finds, and with it
        the others of coordinated country modifiers ("US and British activists", "French,
        German and Italian troops"), each country once; a modifier of no country names no one else
        ("a missile and drone attack")."""
        if not self._remembers(token):
            return self._named(token)
        if token.i not in self._named_by_word:
            self._named_by_word[token.i] = self._named(token)
        return list(self._named_by_word[token.i])

    def _named(self, token: Token) -> list[Actor]:
        first = self.actor(token)
        if (first is None or first.country is None) and token.lemma_.lower() in SET_NOUNS \
                and (parties := self.set_of(token, first)):
            return parties                   # "the two countries": the actor coder's is of no country
        if first is None and token.lower_ in OBJECT_PRONOUNS:
            first = self.pronoun(token)
        if first is None and (examples := _examples(token)):
            # "partners like Saudi Arabia", "countries such as Iran and Iraq": the ones named
            return unique_actors([a for t in examples if (a := self.actor(t, depth=1)) is not None])
        out = [first] if first is not None else []
        if first is not None and any(c.dep_ == "prep" and c.lower_ in OF_FROM for c in token.children):
            # "a large number of Syrians, Iraqis and Afghans", "the leaders of France and Germany",
            # "officials from Japan and South Korea": each coordinated one of the phrase
            for obj in prep_objects(token, OF if self.mention(token) is None else OF_FROM):
                of_obj = self.actor(obj, depth=1) if obj.dep_ == "pobj" else None
                same = of_obj is not None and of_obj.country is not None and of_obj.country == first.country
                if of_obj is first or same:
                    out = unique_actors([first, *(self.actor(c, depth=1) for c in conjuncts(obj)[1:])])
                    break
        modifiers = [c for c in token.children if c.dep_ in DEMONYM_DEPS and c.i < token.i]
        if not any(c.dep_ == "conj" for m in modifiers for c in m.children):
            return out
        for word in (t for m in modifiers for t in conjuncts(m)):
            found = self.mention(word) or self._by_country.get(demonyms().get(word.lower_, ""))
            if found is not None and found.country \
                    and all(found.id != a.id and found.country != a.country for a in out):
                out.append(found)
        return out

    def authors(self, noun: Token) -> list[Actor]:
        """The actors who made the act `noun` names (a demand, proposal, resolution ...), most
        explicit first: the by-agent of a participle on it ("a resolution presented by Britain",
        "proposals laid out by the assembly"), the one before a hyphenated participle ("a
        Japanese-drafted resolution", "the US-backed plan"), then its possessor, of/from/by-phrase
        or modifiers ("Iran's proposal", "the call of the European Parliament", "the Iraqi and
        Turkish demands": each author once)."""
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                found = [a for t in agents(child) for a in self.named(t)]
                if found:
                    return unique_actors(found)
        for child in noun.children:
            if child.dep_ in DEMONYM_DEPS and child.tag_ == "VBN" and child.i < noun.i:
                found = [a for t in child.children if t.i < child.i and t.dep_ != "punct"
                         for a in [self.mention(t) or self._by_country.get(demonyms().get(t.lower_, ""))]
                         if a is not None]
                if found:
                    return unique_actors(found)
        if not any(c.dep_ == "poss" for c in noun.children):
            # "charges from Liberman and Gantz": every coordinated author
            found = [a for t in prep_objects(noun, PHRASE_PREPS) for a in self.named(t)]
            if found:
                return unique_actors(found)
        return self.named(noun)

    def pronoun(self, token: Token) -> Actor | None:
        """The actor an object pronoun stands for when one alone fits ("Biden called Erdogan and
        urged him to ...": him is Erdogan): an actor of the pronoun's kind named before it in its
        sentence that is not the subject of its verb, since an object pronoun never is (that
        would be "himself"); None when none or several fit."""
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return None
        doers = {a.id for t in subjects(verb) if (a := self.actor(t, depth=1)) is not None}
        kinds = OBJECT_PRONOUNS[token.lower_]
        found: list[Actor] = []
        for word in token.doc[token.sent.start:token.i]:
            actor = self.mention(word)
            if actor is not None and actor.kind in kinds and actor.id not in doers \
                    and all(actor.id != a.id for a in found):
                found.append(actor)
        return found[0] if len(found) == 1 else None

    def set_of(self, token: Token, coded: Actor | None = None) -> list[Actor]:
        """The actors "the two leaders", "both sides" or "the three countries" (`token` heads it)
        stand for: the nearest ones of that kind named before it in its sentence and the one
        before, in text order, not the doers of the verb it is the object of unless no others fit
        ("Clinton and Lavrov committed the two countries to negotiate"); [] when there are not that
        many. A country is a country actor, a government or one of its people. Where the actor
        coder made the phrase an actor of no country (`coded`), the parties must have its role
        ("both officials" are no two people named before who are not officials)."""
        count = next((SET_COUNTS[c.lower_] for c in token.children
                      if c.dep_ in ("nummod", "det", "predet") and c.lower_ in SET_COUNTS), None)
        if count is None:
            if coded is not None and coded.role is not None:
                return []                    # "the political parties": a kind of actor, no set named before
            return self._coordinated_before(token)
        # the doers of the verb the set is the object of are not among them ("Israel sent aid to the
        # two countries")
        verb = token.head.head if token.dep_ == "pobj" else token.head
        doers = {a.id for t in subjects(verb) if (a := self.mention(t)) is not None} \
            if token.dep_ in ("dobj", "dative", "pobj") and verb.pos_ in ("VERB", "AUX") else set()
        found = self._set_of(token, count, doers) or (self._set_of(token, count, set()) if doers else [])
        if coded is not None and coded.role is not None and any(a.role != coded.role for a in found):
            return []
        return found

    def _coordinated_before(self, token: Token) -> list[Actor]:
        """The actors "the countries" or "these leaders" (plural, no count) stand for: those named
        together in the nearest coordination of that kind before it, in its sentence or the one
        before ("Saudi Arabia, the UAE and Egypt cut ties with Qatar. The countries accuse Doha");
        [] when there is none."""
        if token.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in SET_DETERMINERS for c in token.children) \
                or any(c.dep_ in ("amod", "compound", "nmod") for c in token.children):
            return []                        # "the political parties": a kind, not the ones just named
        kind = SET_NOUNS[token.lemma_.lower()]
        sent = token.sent
        start = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(token.left_edge.i - 1, start - 1, -1):
            word = token.doc[i]
            if word.dep_ != "conj" or not self._fits(self.mention(word), kind):
                continue
            first = word                     # the first of the list ("Saudi Arabia, the UAE and Egypt")
            while first.dep_ in ("conj", "appos") and first.head.i != first.i:
                first = first.head
            group = conjuncts(first)
            found = [self.mention(t) for t in group]
            if word in group and all(self._fits(a, kind) for a in found):
                return unique_actors(a for a in found if a is not None)
            return []
        return []

    @staticmethod
    def _fits(actor: Actor | None, kind: str | None) -> bool:
        """True when `actor` may be one of a set of parties of `kind` (SET_NOUNS)."""
        if actor is None:
            return False
        return kind is None or actor.kind == kind or (kind == "country" and actor.role == "GOV" and (
            actor.kind == "person" or "government" in actor.name.lower()))

    def _set_of(self, token: Token, count: int, doers: set[str]) -> list[Actor]:
        kind = SET_NOUNS[token.lemma_.lower()]
        sent = token.sent
        start = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        found: list[Actor] = []
        for i in range(token.left_edge.i - 1, start - 1, -1):
            actor = self.mention(token.doc[i])
            if actor is None or actor.id in doers or any(actor.id == a.id for a in found):
                continue
            if self._fits(actor, kind):
                found.append(actor)
                if len(found) == count:
                    return found[::-1]
        return []

    def _whose(self, token: Token) -> Actor | None:
        # "the embassy, whose compound was stormed": the noun the relative clause hangs on
        verb = token.head
        for _ in range(4):
            if verb.dep_ == "relcl":
                return self.actor(verb.head)
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def demonym(self, token: Token) -> Actor | None:
        """The article's actor for the country a demonym modifier of `token` names ("the Russian
        consulate", "Israeli air strikes", "a South Korean island"), when the actor coder made none
        of the phrase: the country itself, else its government, else any actor of that country."""
        if not self._by_country:
            return None
        for child in token.children:
            if child.dep_ not in DEMONYM_DEPS or child.i > token.i or opposed(child):
                continue
            words = (token.doc[child.left_edge.i:child.i + 1].text.lower(), child.lower_)
            country = next((demonyms()[w] for w in words if w in demonyms()), None)
            if country is not None and country in self._by_country:
                return self._by_country[country]
        return None

    def modifier(self, token: Token) -> Actor | None:
        """The actor named by a modifier of `token` ("a Russian attack", "US strikes", "the Hamas-led
        attack"), not by `token` itself."""
        for child in token.children:
            if opposed(child):
                continue                     # "an anti-Iraq blockade": Iraq undergoes it (`against`)
            if child.dep_ in ("compound", "amod", "nmod") and (found := self.mention(child)) is not None:
                if _located(token, child, found) or _of_site(token, child, found):
                    continue                 # "the Atlanta clinic bombing", "a Mali hotel assault": where it was
                return found
            if child.dep_ == "compound" and child.i < token.i and child.lemma_.lower() not in SITES \
                    and (found := self.modifier(child)) is not None:
                return found                 # "Israeli tank shelling": the country of the tank; not
                #                              "a Mali hotel assault", "the US embassy attack": a site
            if child.dep_ == "amod" and child.lower_ == "led":
                # "Hamas-led", "US-led": the leader named before the hyphen
                for leader in child.children:
                    if leader.i < child.i and (found := self.mention(leader)) is not None:
                        return found
        return self.demonym(token)

    def against(self, token: Token) -> tuple[list[Actor], list[Token]]:
        """The actors a modifier after "anti-" names ("an anti-Iraq blockade", "anti-American
        protests"): what the thing is aimed at; and those modifiers."""
        words = [c for c in token.children if c.dep_ in DEMONYM_DEPS and opposed(c)]
        found = []
        for word in words:
            actor = self.mention(word)
            if actor is None and (country := demonyms().get(word.lower_)) is not None:
                actor = self._by_country.get(country)
            found.append(actor)
        return unique_actors(found), words

    def possessor(self, token: Token) -> Actor | None:
        """The actor named by the possessor of `token` ("Russia's attack", "its attack"); for an owner
        pronoun the actor coder left open, what it stands for (`owner`)."""
        for child in token.children:
            if child.dep_ == "poss" and (found := self.actor(child, depth=1) or self.owner(child)) is not None:
                return found
        return None

    def owner(self, pronoun: Token) -> Actor | None:
        """What the owner pronoun `pronoun` ("its", "their") stands for, as the actor coder reads it for
        an agent it opens: the one actor that is not a person named before it in its sentence, of its
        number ("Iraq refused to pay for its invasion of Kuwait"), or the one judged for it ("the UN
        condemned Russia for its invasion"); None for another word, or when none or several may be meant
        ("Russia said Ukraine shelled its positions")."""
        if pronoun.tag_ != "PRP$" or pronoun.lower_ not in OWNER_PRONOUNS:
            return None
        plural = OWNER_PRONOUNS[pronoun.lower_]
        noun = pronoun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in ("VERB", "AUX"):
            # "condemned Russia for its invasion": what one is judged for is one's own
            judged = [a for o in objects(noun.head.head) if (a := self.actor(o, depth=1)) is not None
                      and a.kind != "person" and _plural(o) == plural]
            if len(judged) == 1:
                return judged[0]
        found: dict[str, Actor] = {}
        for word in pronoun.doc[pronoun.sent.start:pronoun.i]:
            actor = self.mention(word)
            if actor is None or actor.kind == "person":
                continue
            after = pronoun.doc[word.i + 1]
            if after.i < pronoun.i and self.mention(after) is actor:
                continue                     # not the mention's last word
            if _plural(word) != plural:
                return None                  # one of the other number: not sure which is meant
            found[actor.id] = actor
        return next(iter(found.values())) if len(found) == 1 else None


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


def territory(actor: Actor) -> bool:
    """True for an actor that is a region or city of a country ("Idlib", "Kharkiv", "Hama"), not the
    country: the actor coder's territories, and the places it codes as their country."""
    return (actor.basis or "").startswith(("territory:", "place:"))


def _of_site(head: Token, modifier: Token, found: Actor) -> bool:
    """True when `modifier` is a site the act `head` struck ("the embassy bombing") or names the
    country of one, the parser hanging both on the act ("a Mali hotel assault", "the US embassy
    bombing"); a group before the site is still the doer ("the Taliban hotel attack")."""
    if modifier.dep_ != "compound" or head.lemma_.lower() not in VIOLENT_ACTS | GATHERINGS:
        return False
    if modifier.lemma_.lower() in SITES:
        return True
    return found.kind == "country" and any(
        c.dep_ == "compound" and c.i > modifier.i and c.lemma_.lower() in SITES for c in head.children)


def opposed(word: Token) -> bool:
    """True for a word written after "anti-" ("anti-Iraq", "anti-American"): what something is
    against, not whose it is."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "anti" \
        and not doc[word.i - 2].whitespace_ and not doc[word.i - 1].whitespace_


def _located(head: Token, modifier: Token, found: Actor) -> bool:
    """True when `modifier`, a place name the places stage found, only says where the act `head`
    was ("the Atlanta bombing", "the Nairobi attack"); a place before a body or a thing is its
    country ("the Atlanta police", "an attack on the Kabul embassy")."""
    if modifier.pos_ != "PROPN" or head.lemma_.lower() not in VIOLENT_ACTS | GATHERINGS:
        return False
    if found.basis == PLACE_BASIS:
        return True
    # a capital the actor coder reads as its government ("the Paris attacks", "the Kabul bombing")
    # is where it was too, unless the act has a target of its own ("Moscow's strikes on Kyiv")
    return (found.basis or "").startswith("metonym:") and found.kind != "country" and modifier.dep_ == "compound" \
        and not any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in head.children)


def unique_actors(actors: Iterable[Actor | None]) -> list[Actor]:
    """The actors in order, each once, without the Nones."""
    out: list[Actor] = []
    for actor in actors:
        if actor is not None and all(actor.id != a.id for a in out):
            out.append(actor)
    return out


def _examples(token: Token) -> list[Token]:
    # "like X", "such as X", "including X" on a plural noun: the examples it gives ("several
    # countries, including China and Russia, criticized ...": China and Russia did)
    if token.tag_ not in ("NNS", "NNPS"):
        return []
    out = prep_objects(token, frozenset({"like", "including"}))
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as" and any(c.lower_ == "such" for c in child.children):
            out += [t for o in child.children if o.dep_ == "pobj" for t in conjuncts(o)]
    return out
