"""Who an event is aimed at and who reports it, beyond the pattern's own slots: targets from
claims, aims, invitations and attitudes, the country where an event took place standing for a
missing target, the country a message with no author was issued in, and the speaker or quote an
event is reported by. A mixin of the event coder (coder.Coder), which owns the state it reads.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tidings.events import cameo, syntax
from tidings.events.matching import Match
from tidings.events.participants import unique_actors
from tidings.records import Actor, Quote

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "its", "their"})
# Objects that, unresolved in a reported clause, stand for the speaker.
SELF_PRONOUNS = frozenset({"it", "us", "me"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
# Verbs of answering an act: "responded with drone strikes", "retaliated"
RESPONDING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "hit"})
# Possessives that, on the doers of a claimed deed, make them the claimant's own.
OWN_PRONOUNS = frozenset({"its", "their", "our"})
# Prepositions of a location that becomes the target of an event with none ("exercises in Alaska").
# "strikes across Ukraine", "drills near Taiwan", "troops massed around Kyiv"
LOCATION_PREPS = frozenset({"in", "at", "inside", "across", "throughout", "near", "around"})
# ... and those of where the site of an event lies ("an arson at a ski resort in Colorado").
SITE_PREPS = frozenset({"in", "near", "outside"})
# Roots of words, not deeds: where a statement, appeal or accusation was made is where the speaker
# was ("made his remarks in Doha"), not whom it was about.
TOPIC_PREPS = frozenset({"for", "over", "on", "about"})
# Mediation (CAMEO 045): with no one named, between the parties to what it brokered.
MEDIATE = "045"
# Prepositions of what a deed is aimed at, where the place of the aim is the place of the deed.
AIMED_PREPS = frozenset({"against", "at", "into", "to"})
# What is sought of the country one seeks it in ("sought refuge in Bangladesh").
REFUGE_NOUNS = frozenset({"asylum", "refuge", "sanctuary", "shelter"})
# Nouns of a place that a country's adjective or possessor places ("the Rwandan capital").
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "state",
                         "county", "area", "port", "border", "sector", "zone", "territory", "part", "side",
                         "airspace", "waters", "soil", "coast", "outskirts", "suburb", "heartland", "interior",
                         "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "centre", "center"})
# Giving and helping (CAMEO 05 support, 06 material cooperation, 07 aid): a gift made to help
# someone is for them.
HELPING_ROOTS = frozenset({"05", "06", "07"})
APPEAL_ROOT = "02"
DEMAND_ROOT = "10"
# What an appeal asks of two sides together: a truce, talks or ties "between" them
BETWEEN_SIDES = frozenset({"ceasefire", "cease-fire", "truce", "talk", "dialogue", "negotiation", "relation", "tie",
                           "peace", "agreement", "deal", "reconciliation", "contact", "meeting", "summit",
                           "cooperation", "exchange", "de-escalation", "armistice"})
OF = frozenset({"of"})
FOR = frozenset({"for"})
RECIPIENT_PREPS = frozenset({"to", "for"})
# Roots of disapproving, rejecting and threatening (CAMEO 11-13): aimed at someone, never at the
# speaker's own country for a place of what it is about.
CENSURE_ROOTS = frozenset({"11", "12", "13"})
TO = frozenset({"to"})
# Giving (CAMEO 06 material cooperation, 07 aid), pledging it (031, 033) and appealing for it
# (023): where what is given or asked for is for is where it goes.
GIVING_ROOTS = frozenset({"06", "07"})
PLEDGING_CODES = frozenset({"023", "031", "033"})
# Attitudes voiced about someone (CAMEO 01 statements of concern or hope, 11 disapproval) and the
# prepositions of what they are about.
ATTITUDE_ROOTS = frozenset({"01", "11"})
# ... but not a plain statement, nor a claim or denial of one's own deeds ("denied claims that
# Hamas was responsible" is about Iran's own part, not against Hamas), nor a symbolic act.
NOT_ATTITUDES = frozenset({"010", "015", "016", "017"})
WITH_OR_BETWEEN = frozenset({"with", "between"})
# What a feeling is caused by or at ("concerned by the violence in Sudan"): its topic.
FEELING_PREPS = frozenset({"by", "with", "at"})
ATTITUDE_PREPS = frozenset({"for", "over", "about", "regarding", "concerning", "on", "at", "towards", "toward"})
SPOKEN_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
INTENT_ROOT = "03"
# Those a statement is made to or at: where they are is where the speaker was ("told a news
# conference in Doha"), not what the statement is about.
AUDIENCE_NOUNS = frozenset({"conference", "briefing", "reporter", "journalist", "audience", "crowd", "gathering",
                            "rally", "interview", "forum", "congregation", "supporter", "press"})
# The first CAMEO root of threats and force (13 threaten ... 20 mass violence): aimed at others.
FORCEFUL_ROOT = 13


class Sides:
    """Targets, places and reporters of matches, for the event coder."""

    def _claimed_targets(self, match: Match, matches: dict[int, Match]) -> list[Actor]:
        """The targets of the deed a responsibility claim is for: "claimed responsibility for the
        attack on Israel" is a claim against Israel (CAMEO 015's target is the deed's), and so is
        one for an attack in Israel (the deed's place, when it names no one)."""
        for other in matches.values():
            if other is match or not _governed_by(other.trigger, match.trigger):
                continue
            aimed = other.targets or self._location(other)
            found = [a for a in aimed if all(a.id != s.id for s in match.sources)]
            if found:
                return found
        return []

    def _aim_targets(self, match: Match, matches: dict[int, Match]) -> list[Actor]:
        """Whom a gift or a deployment with no recipient named is for: the target of the help its
        purpose clause gives ("donated ventilators to assist Ethiopia": CAMEO 07 to Ethiopia); a
        gift for people of no country named goes where its purpose is ("to help victims in Nepal")."""
        if match.code[:2] not in HELPING_ROOTS:
            return []
        for clause in match.trigger.children:
            aim = matches.get(clause.i) if clause.dep_ in ("advcl", "xcomp") else None
            if aim is not None and aim.code[:2] in HELPING_ROOTS and aim.targets \
                    and {a.id for a in aim.sources} <= {a.id for a in match.sources}:
                found = [a for a in aim.targets if all(a.id != s.id for s in match.sources)]
                if found and all(a.country is None for a in found) and giving(match.code) \
                        and (located := self._location(match)):
                    return located           # "sent teams to help victims of the quake in Nepal": Nepal
                match.steps.append("aim")
                return found
        return []

    def _mediated_parties(self, match: Match) -> list[Actor]:
        """Whom a mediation names no one for is between: the parties to the deal, truce or talks it
        brokered, the subjects of the verb that deal hangs on ("Saudi Arabia and Iran restored ties in
        a deal brokered by China", "Israel and Hamas agreed to a truce mediated by Qatar": CAMEO 045
        towards each party). An appeal for a truce or talks "between" sides is made to each side."""
        trigger = match.trigger
        if match.code[:2] == APPEAL_ROOT:    # "pushing for a ceasefire between the government and the Taliban"
            return self._between_parties(match, BETWEEN_SIDES)
        if match.code != MEDIATE:
            return []
        if trigger.dep_ not in ("acl", "relcl") or trigger.head.pos_ not in syntax.NOUN_POS:
            return self._between_parties(match)
        verb = syntax.governor(trigger.head)
        if verb is None:
            return []
        found = unique_actors(a for t in syntax.subjects(verb) for a in self.participants.named(t))
        found = [a for a in found if all(a.id != s.id for s in match.sources)]
        if found:
            match.steps.append("parties")
        return found

    def _between_parties(self, match: Match, nouns: frozenset[str] | None = None) -> list[Actor]:
        """The sides a mediation's own words put a rift or talks "between" ("launched a mediation effort
        to resolve the rift between Qatar and other Gulf states"); with `nouns`, only a "between" on one
        of them ("a ceasefire between", not "marriage as between a man and a woman")."""
        found = unique_actors(a for t in match.trigger.subtree if t.dep_ == "prep" and t.lower_ == "between"
                              and t.head.pos_ in syntax.NOUN_POS
                              and (nouns is None or t.head.lemma_.lower() in nouns)
                              for o in t.children if o.dep_ == "pobj" for c in syntax.conjuncts(o)
                              for a in self.participants.named(c))
        found = [a for a in found if all(a.id != s.id for s in match.sources)]
        if found:
            match.steps.append("parties")
        return found

    def _called_targets(self, match: Match) -> list[Actor]:
        """Whom a spoken act a call or letter was made for is addressed to when it names no one:
        the one called or written to ("called Biden to discuss the war": 040 towards Biden)."""
        caller = calling_verb(match.clause, match.code)
        if caller is None:
            return []
        called = unique_actors(self.participants.actor(o) for o in syntax.objects(caller)
                                or syntax.prep_objects(caller, TO))   # "wrote to Erdogan to discuss"
        return [a for a in called if all(a.id != s.id for s in match.sources)]

    def _invited_targets(self, match: Match, matches: dict[int, Match]) -> list[Actor]:
        """Whom an answer to an invitation concerns when its inviter is unnamed: those the invited
        deed is with ("accepted an invitation to meet with Kim": CAMEO 036 towards Kim)."""
        for noun in syntax.objects(match.trigger):
            if noun.lemma_.lower() not in syntax.INVITATION_NOUNS:
                continue
            for clause in noun.children:
                deed = matches.get(clause.i) if syntax.noun_infinitive(clause) else None
                if deed is not None and deed.targets:
                    return [a for a in deed.targets if all(a.id != s.id for s in match.sources)]
        return []

    def _response_targets(self, match: Match, matches: dict[int, Match]) -> list[Actor]:
        """Whom a response is aimed at when it names no one: those whose act on the responder the
        sentence told before it ("Hezbollah fired rockets at Israeli positions, and Israel responded
        with drone strikes": at Hezbollah)."""
        if match.clause.lemma_.lower() not in RESPONDING_VERBS or not match.sources:
            return []
        ids = {a.id for a in match.sources}
        countries = {a.country for a in match.sources if a.country}
        for other in matches.values():
            if other is match or other.dropped or other.trigger.i > match.trigger.i:
                continue
            if any(a.id in ids or (a.country is not None and a.country in countries) for a in other.targets):
                found = [a for a in other.sources if a.id not in ids and a.country not in countries]
                if found:
                    match.steps.append("response")
                    return found
        return []

    def _attitude_targets(self, match: Match) -> list[Actor]:
        """Whom an attitude (hope, concern, optimism, disapproval: CAMEO 01, 11) is about when its
        pattern names no one: the subject of its content clause ("expressed hopes the government
        will change", "optimism that the government's timeline could be accelerated"), else those
        it was voiced to ("expressed concern to the Security Council"), else the one its
        for/over/about-phrase names ("concern for Buhari's health"), else the one what that phrase
        names is with ("optimism about talks with Iran")."""
        if match.pattern.embeds or match.code[:2] not in ATTITUDE_ROOTS or match.code in NOT_ATTITUDES \
                or match.has_content:
            return []
        trigger = match.trigger
        heads = [trigger, *syntax.objects(trigger)]
        # content clauses, "hope (that) X will", have a subject of their own ("hopes voiced by" not)
        clauses = [c for h in heads for c in h.children if c.dep_ in ("ccomp", "acl") and syntax.subjects_own(c)]
        about = [t for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                 for t in syntax.conjuncts(s)]
        topics = [t for h in heads for t in syntax.prep_objects(h, ATTITUDE_PREPS)]
        # "optimism about talks with Iran", "optimistic about a deal with China": whom the topic is with
        partners = [t for o in topics for t in syntax.prep_objects(o, WITH_OR_BETWEEN)]
        for tokens in (about, [t for h in heads for t in syntax.prep_objects(h, frozenset({"to"}))], topics, partners):
            found = unique_actors(self.participants.actor(t) for t in tokens)
            found = [a for a in found if not self._own_side(match, a, groups=False, roles=True)]
            if found:
                match.steps.append("about")
                return found
        return []

    def _location(self, match: Match) -> list[Actor]:
        """The country where an event with no target took place, as its target: CAMEO coders (and
        PETRARCH, whose dictionaries code "in Beijing" as CHN) take the location for the target
        when none is named ("held exercises in Alaska", "attacks in Syria"). The place is a phrase
        "in/at/inside X" on the trigger, its light verb or its object; X is a country among the
        actors, or a place (places stage) of a country that is itself an actor of the article.

        What the event is about may name the place too: its object or its for/over/on/about-phrase
        ("sorrow for the shootings in South Carolina", "a summit on the unrest in Iran"). Where a
        statement, appeal or accusation was made is only where the speaker was ("made his remarks
        in Doha", "told a news conference in Doha"): for those, the place comes from what they are
        about alone."""
        setting = [match.trigger] if match.construction != "setting" else []
        if match.clause is not match.trigger and match.construction.startswith("light:"):
            setting.append(match.clause)
        topics = syntax.objects(match.trigger) if match.trigger.pos_ in syntax.VERB_POS else []
        if match.code[:2] == INTENT_ROOT:    # what was agreed or committed to ("agreed to a ceasefire in Ukraine")
            topics += [t for t in syntax.prep_objects(match.trigger, frozenset({"to"}))
                       if t.pos_ == "NOUN" and self.participants.actor(t) is None]
        if match.code[:2] in SPOKEN_ROOTS:
            topics = [t for t in topics if t.lemma_.lower() not in AUDIENCE_NOUNS]
        for head in [match.trigger, *topics]:
            topics += syntax.prep_objects(head, TOPIC_PREPS)
        if match.code[:2] in ATTITUDE_ROOTS and (match.pattern.pos == "adj" or match.trigger.tag_ == "VBN"):
            # a feeling's cause: "concerned by the violence in Sudan", "alarmed at" (not "said at a rally")
            topics += syntax.prep_objects(match.trigger, FEELING_PREPS)
        if match.code[:2] not in SPOKEN_ROOTS:   # "an attack against a base in Saudi Arabia's Jizan region",
            topics += syntax.prep_objects(match.trigger, AIMED_PREPS)   # "troops to the mission in Mali"
        # seeking refuge in a country asks that country: there the setting is whom it is about
        refuge = any(o.lemma_.lower() in REFUGE_NOUNS for o in syntax.objects(match.trigger)) \
            if match.trigger.pos_ in syntax.VERB_POS else match.trigger.lemma_.lower() in REFUGE_NOUNS
        heads = topics if match.code[:2] in SPOKEN_ROOTS and not refuge else setting + topics
        if giving(match.code):               # "gave $5 million to promote development in Ethiopia"
            heads += _aims(match.trigger, topics + setting[1:] + syntax.prep_objects(match.trigger, OF))
            # those the gift asked for is for: "appealed for aid for refugees in Yemen"
            heads += [p for t in topics for p in syntax.prep_objects(t, FOR)]
            # those it goes to, as the clause on them says where they are: "assistance to populations
            # affected by Cyclone Idai in Mozambique"
            heads += [w for t in syntax.prep_objects(match.trigger, RECIPIENT_PREPS) for c in t.children
                      if c.dep_ in ("acl", "relcl") for w in c.subtree if w.pos_ in syntax.VERB_POS | syntax.NOUN_POS]
        found: list[Actor] = []
        own = {s.country for s in match.sources if s.country}
        for head in heads:
            if match.code[:2] in CENSURE_ROOTS and head not in setting and own:
                # "vowed revenge for the killing of Haniyeh in Tehran", by Iran: the place of what
                # one's own side suffered is not whom the threat or the blame is aimed at
                aimed = [a for o in syntax.prep_objects(head, LOCATION_PREPS) if (a := self._country_at(o))]
                if any(a.country in own for a in aimed):
                    continue
            for obj in syntax.prep_objects(head, LOCATION_PREPS):
                # "in Syria", "in Afghanistan's Kunar province" (a country's part), "in Beijing", "in
                # Kenya's capital"; a site with no owner where it lies ("at a ski resort in Colorado")
                actor = self._country_at(obj)
                if actor is None and self.participants.actor(obj) is None:
                    actor = next((a for t in syntax.prep_objects(obj, SITE_PREPS) if (a := self._country_at(t))), None)
                if actor is not None and _stands_for_place(actor) and actor not in match.sources \
                        and all(actor.id != a.id for a in found):
                    found.append(actor)
        if match.code[:2] in (APPEAL_ROOT, DEMAND_ROOT) and match.trigger.pos_ in syntax.VERB_POS:
            # "called for calm in Libya", "urged calm in Libya": the parser hangs the place on the
            # verb; right after what is asked for, it is where that is asked, not where the asking was
            # ("called for unity in a speech in Philadelphia": no place right after)
            ends = {t.right_edge.i + 1 for t in topics}
            for obj in (o for p in match.trigger.children if p.i in ends and p.lower_ == "in"
                        for o in p.children if o.dep_ == "pobj"):
                actor = self._country_at(obj)
                if actor is not None and _stands_for_place(actor) and actor not in match.sources \
                        and all(actor.id != a.id for a in found):
                    found.append(actor)
        if found:
            match.steps.append("location")
        return found

    def _issuers(self, match: Match) -> list[Actor]:
        """The country a message with no author speaks for, by where it was issued: "a report
        released Tuesday in the Rwandan capital alleged ..." is Rwanda's (as "Kigali said" is)."""
        found = unique_actors(self._country_at(p) for t in match.source_tokens for p in syntax.issue_places(t))
        if found:
            match.steps.append("issued")
        return found

    def _country_at(self, token: Token) -> Actor | None:
        """The country actor the place phrase headed by `token` stands for: a country ("in Rwanda"),
        a place of one (places stage: "in Kigali"), or a place noun of a country's adjective or
        possessor ("in the Rwandan capital", "in Kenya's capital")."""
        actor = self.participants.actor(token)
        if actor is not None and _stands_for_place(actor) and not (
                token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.nouns and token.head.lower_ != "at"
                and token.lemma_.lower() not in PLACE_NOUNS and self.participants.mention(token) is None):
            return actor  # a country's act is no place of it: "in Israeli airstrikes", "in Turkish donations"
        place = self._place_country(token)
        if place is not None or token.lemma_.lower() not in PLACE_NOUNS:
            return place
        actor = self.participants.demonym(token) or self.participants.possessor(token)
        return actor if actor is not None and actor.kind == "country" else None

    def _place_country(self, token: Token) -> Actor | None:
        # the place is the phrase's head, or names the region it heads ("in Russia's Krasnodar region")
        words = [token]
        if token.lemma_.lower() in PLACE_NOUNS:   # ... or is "of" ("the northeastern state of Mizoram")
            words += [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
            words += syntax.prep_objects(token, OF)
        place = next((p for p in self.places for w in words if p.start <= w.idx < p.end), None)
        if place is None or place.country is None:
            return None
        return self.countries.get(place.country)

    def _reporter(self, match: Match, matches: dict[int, Match], sent: Span) -> None:
        quote = self._quote_of(match, matches)
        if quote is not None:
            match.reporter = self.actors[quote.speaker]  # type: ignore[index]
            if quote.cue and quote.cue.lower().startswith("according") and _main(match):
                speakers_side(match, [match.reporter])   # "according to Hamas, its fighters fired"
            return
        if match.reporter is not None:
            return
        token = match.clause
        for _ in range(8):
            for child in token.children:
                if child.dep_ in ("parataxis", "advcl") and child.i in matches and \
                        matches[child.i].pattern.embeds == "report" and child.i != match.trigger.i:
                    speaker = matches[child.i]
                    speaker.has_content = True
                    match.reporter = first_actor(speaker.sources)
                    return
                if child.dep_ == "prep" and child.lower_ == "according":
                    found = [self.participants.actor(t) for t in syntax.prep_objects(child, frozenset({"to"}))]
                    if any(found):
                        match.reporter = next(a for a in found if a is not None)
                        if _main(match):
                            speakers_side(match, [match.reporter])
                        return
            if token.head.i == token.i:
                return
            token = token.head

    def _quote_of(self, match: Match, matches: dict[int, Match]) -> Quote | None:
        """The innermost quote holding `match`'s trigger whose cue is a saying, not itself an
        event ("accused the US of interfering during a call": the call is the Kremlin's report,
        not Xi's)."""
        events = {m.trigger.idx for m in matches.values() if m.pattern.embeds != "report"}
        start = match.trigger.idx
        held = [q for q in self.quotes if q.start <= start < q.end and q.speaker in self.actors
                and not (q.cue_span and q.cue_span[0] in events)]
        return min(held, key=lambda q: q.end - q.start) if held else None

    def _quoted_content(self, match: Match, matches: dict[int, Match]) -> None:
        """A saying verb that is the cue of a quote has content when an event lies in the quote."""
        if match.pattern.embeds != "report" or match.has_content:
            return
        for quote in self.quotes:
            if quote.cue_span and quote.cue_span[0] <= match.trigger.idx < quote.cue_span[1]:
                match.has_content = any(quote.start <= m.trigger.idx < quote.end for m in matches.values()
                                        if m is not match)
                return


def _governed_by(token: Token, head: Token) -> bool:
    t = token
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def purpose_clause(clause: Token) -> bool:
    """True for an infinitive of purpose ("sent troops to help Lebanon"): the aim, not yet the deed."""
    return clause.dep_ in ("advcl", "acl") and clause.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def giving(code: str) -> bool:
    """True for a code of giving material help or cooperation, or of pledging or appealing for it."""
    return code[:2] in GIVING_ROOTS or code[:3] in PLEDGING_CODES


def _aims(trigger: Token, objects: list[Token]) -> list[Token]:
    """The words of the purpose a gift is given for: the infinitive of purpose on `trigger` or on
    one of the words of its phrase `objects` ("gave $5 million to promote development", "funds
    to fight the epidemic", "announced assistance to help people in X") and every word under it
    ("to help victims of the earthquake in X", "to support projects which benefit refugees in
    X"), whose place phrases say where the gift goes."""
    clauses = [c for h in [trigger, *objects] for c in h.children
               if c.dep_ in ("advcl", "acl", "relcl", "xcomp") and c.tag_ == "VB"
               and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
    return [t for clause in clauses for t in clause.subtree if t.pos_ in syntax.VERB_POS | syntax.NOUN_POS]


def calling_verb(clause: Token, code: str) -> Token | None:
    """The verb of calling or writing whose purpose the spoken act `clause` is ("called Morrison
    to congratulate him", "phoned Putin to warn him"), or None: what a call is made to say is said
    in it, as a launched operation does what it is for; a deed ("called to ask for troops" asks,
    it sends none) still only aimed at."""
    if cameo.quad_class(code) not in (1, 3):
        return None
    if clause.dep_ == "xcomp" and syntax.said_in_call(clause):
        return clause.head                   # parsed as object control: "called Putin to ask him"
    if not purpose_clause(clause) or clause.dep_ != "advcl":
        return None
    verb = clause.head
    if verb.pos_ not in syntax.VERB_POS or not any(form in syntax.CALLING_VERBS for form in syntax.lemma_forms(verb)):
        return None
    return verb


def owned(tokens: list[Token]) -> bool:
    """True when each of `tokens` is possessed by a pronoun ("its troops", "their fighters"): in
    a claim, the claimant's own people."""
    return bool(tokens) and all(any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in t.children)
                                for t in tokens)


def _main(match: Match) -> bool:
    """True when `match` is the main clause of its sentence, the one an "according to X" vouches
    for as a whole ("according to Hamas, its fighters fired"); not a clause within it ("killed
    when missiles struck their convoy, according to officials": their = the dead's)."""
    return match.construction != "nominal" and match.clause.dep_ == "ROOT"


def speakers_side(match: Match, speakers: list[Actor]) -> None:
    """Settles the doers and those acted on in what `speakers` said (`match`): "they" or the
    speaker's own people ("UNITA claimed they had attacked", "Hamas said its fighters fired") are
    the speaker, and so are "it"/"us" or its own people acted on ("Israel said a bomb was fired
    at it", "Russia said its troops were attacked": a threat or a use of force is not aimed at
    one's own, so "its" is the speaker's; an order to "its troops" is to one's own). "They" said by
    several speakers is all of them, not the one the pronoun was linked to."""
    if not speakers:
        return
    if (not match.targets and all_in(match.target_tokens, SELF_PRONOUNS)) \
            or (int(match.code[:2]) >= FORCEFUL_ROOT and owned_sideless(match.target_tokens, match.targets)):
        match.targets = speakers
    ids = {a.id for a in speakers}
    if any(a.id in ids for a in match.targets):
        return                               # "they fired rockets at us": they are others
    if (not match.sources and all_in(match.source_tokens, PRONOUNS)) \
            or owned_sideless(match.source_tokens, match.sources):
        match.sources = speakers
    elif not match.sources and syntax.to_blame(match.trigger):
        match.sources = speakers             # "Russia is to blame, Ukraine said": Ukraine blames Russia
    elif len(speakers) > 1 and all_in(match.source_tokens, PLURAL_PRONOUNS) and all(a.id in ids for a in match.sources):
        match.sources = speakers             # "the US and 20 other countries said they would": all of them


def owned_sideless(tokens: list[Token], actors: list[Actor]) -> bool:
    """True when `tokens` (a slot of a match, with its `actors`) are a pronoun's own people or
    things, a body with no country of its own or no actor at all ("its fighters", "their
    troops", "its airspace"): under a saying or a claim, the speaker's. Not a person ("its
    leader", "its president, Jeff Mason"), who is someone of their own."""
    return owned(tokens) and all(a.kind == "group" and a.country is None for a in actors)


def all_in(tokens: list[Token], words: frozenset[str]) -> bool:
    return bool(tokens) and all(t.lower_ in words for t in tokens)


def first_actor(actors: list[Actor]) -> Actor | None:
    return actors[0] if actors else None


def _stands_for_place(actor: Actor) -> bool:
    """Whether the actor is a country, or a region or city of one the actor coder made an actor by its
    territories table ("Borno State", "Aleppo"), so a place events may happen in; not a body named
    after a place ("the Cascade Motel")."""
    return actor.kind == "country" or (actor.role is None and actor.country is not None
                                       and (actor.basis or "").startswith("territory:"))

