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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from tidings.events import cameo, headline, syntax
from tidings.events.lexicon import Lexicon
from tidings.events.matching import Match, Matcher
from tidings.events.participants import Participants, country_names
from tidings.records import Actor, Event, Place, Quote

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "its", "their"})
# Objects that, unresolved in a reported clause, stand for the speaker.
SELF_PRONOUNS = frozenset({"it", "us", "me"})
# Possessives that, on the doers of a claimed deed, make them the claimant's own.
OWN_PRONOUNS = frozenset({"its", "their", "our"})
# Auxiliaries that make a reported clause a statement of intent by the speaker
# ("Israel announced it would free the prisoners").
INTENT_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
# The auxiliary that makes a reported clause about someone else a demand by the speaker
# ("the UN said Israel must withdraw": CAMEO 10, not a hypothetical withdrawal).
DEMAND_MODALS = frozenset({"must"})
# ... and those that make a negated clause a refusal ("cannot accept more refugees").
REFUSAL_MODALS = INTENT_MODALS | {"can", "ca"}
# Nouns whose content clause is only alleged ("rejected accusations that it had aided the
# rebels", "denied charges he ran a squad that killed officials"): not coded as fact.
ALLEGATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "rumour", "rumor", "suspicion",
                              "assertion", "insinuation", "speculation"})
# Clause markers of what a main clause waits on ("will not ... until", "must ... before").
WAITING_MARKS = frozenset({"until", "till", "before"})
# Prepositions of a location that becomes the target of an event with none ("exercises in Alaska").
LOCATION_PREPS = frozenset({"in", "at", "inside"})
# ... and those of where the site of an event lies ("an arson at a ski resort in Colorado").
SITE_PREPS = frozenset({"in", "near", "outside"})
# Roots of words, not deeds: where a statement, appeal or accusation was made is where the speaker
# was ("made his remarks in Doha"), not whom it was about.
TOPIC_PREPS = frozenset({"for", "over", "on", "about"})
# Prepositions of what a deed is aimed at, where the place of the aim is the place of the deed.
AIMED_PREPS = frozenset({"against", "at", "into", "to"})
# What is sought of the country one seeks it in ("sought refuge in Bangladesh").
REFUGE_NOUNS = frozenset({"asylum", "refuge", "sanctuary", "shelter"})
# Nouns of a place that a country's adjective or possessor places ("the Rwandan capital").
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "state",
                         "county", "area", "port", "border", "sector", "zone", "territory", "part", "side"})
CLAIM_RESPONSIBILITY = "015"
# Codes whose target is that of the deed they are about: a claim of responsibility, and
# considering a step ("considering sending aid to help North Korea": 014 towards North Korea).
DEED_TARGET_CODES = frozenset({CLAIM_RESPONSIBILITY, "014"})
# Giving and helping (CAMEO 05 support, 06 material cooperation, 07 aid): a gift made to help
# someone is for them.
HELPING_ROOTS = frozenset({"05", "06", "07"})
OF, TO = frozenset({"of"}), frozenset({"to"})
# A consultation (CAMEO 040) a call is made for is held by telephone (041, PLOVER mode phone), as
# the call itself is; not one a letter is written for.
CONSULT, PHONE_CONSULT = "040", "041"
PHONE_CALLING_VERBS = syntax.PHONING_VERBS | {"call"}
# Giving (CAMEO 06 material cooperation, 07 aid) and pledging it (031, 033): where what is given
# is for is where it goes.
GIVING_ROOTS = frozenset({"06", "07"})
PLEDGING_CODES = frozenset({"031", "033"})
# Attitudes voiced about someone (CAMEO 01 statements of concern or hope, 11 disapproval) and the
# prepositions of what they are about.
ATTITUDE_ROOTS = frozenset({"01", "11"})
# ... but not a plain statement, nor a claim or denial of one's own deeds ("denied claims that
# Hamas was responsible" is about Iran's own part, not against Hamas), nor a symbolic act.
NOT_ATTITUDES = frozenset({"010", "015", "016", "017"})
ATTITUDE_PREPS = frozenset({"for", "over", "about", "regarding", "concerning", "on", "at", "towards", "toward"})
VIOLENT_PROTEST_ROOTS = frozenset({"17", "18"})
SPOKEN_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# Those a statement is made to or at: where they are is where the speaker was ("told a news
# conference in Doha"), not what the statement is about.
AUDIENCE_NOUNS = frozenset({"conference", "briefing", "reporter", "journalist", "audience", "crowd", "gathering",
                            "rally", "interview", "forum", "congregation", "supporter", "press"})
# Military exercises (CAMEO 150, a show of force) held by forces of several countries together are
# military cooperation (062): "the US and its allies launched war games", "staged by US marines
# and Jordanian forces".
EXERCISES = frozenset({"exercise", "drill", "game", "maneuver", "manoeuvre", "wargame", "war-game"})
SHOW_OF_FORCE, JOINT_EXERCISE = "150", "062"
# Operations whose purpose is what they do: once launched or carried out, the arrests, searches or
# seizures they are for are under way ("launched operations to detain 110 people"). Not
# campaigns, missions or teams, which may only press for or look into what they are for.
OPERATION_NOUNS = frozenset({"operation", "raid", "crackdown", "sweep", "manhunt", "roundup", "round-up", "dragnet"})
LAUNCHING_VERBS = frozenset({"launch", "conduct", "carry", "mount", "stage", "begin", "start", "undertake",
                             "perform", "execute", "continue", "intensify", "step", "expand", "widen", "resume",
                             "pursue", "lead", "unleash"})
# Verbs of command: what they order one's own forces to do is no demand on anyone (CAMEO 10 asks
# another actor), but the orderer's deed to come; troops and police are own forces by role (the
# actor coder's MIL, COP) or by the words naming them.
COMMANDING_VERBS = frozenset({"order", "command", "instruct", "direct"})
FORCE_ROLES = frozenset({"MIL", "COP"})
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "military", "navy", "unit", "police", "policeman",
                         "officer", "commander", "fighter", "marine", "jet", "warship", "ship", "battalion",
                         "brigade", "division"})
# Verbs whose warning to one's own people advises them, threatens no one.
ADVISING_VERBS = frozenset({"warn", "caution"})
# The first CAMEO root of threats and force (13 threaten ... 20 mass violence): aimed at others.
FORCEFUL_ROOT = 13
STANDING = {"asserted": 0, "future": 1, "hypothetical": 2, "negated": 3}
# finite verbs and modals: a sentence without them is a headline's or a caption's
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NOUN_MODALITY_MODS = frozenset({"planned", "upcoming", "proposed", "possible", "potential", "future", "prospective"})


class Coder:
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
                          if a.kind == "country" and a.country and a.role is None}

    def sentence(self, sent: Span) -> list[Match]:
        """The matches of `sent` that become events, settled."""
        matches = {}
        for token in sent:
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
            noun = matches.get(match.doer_noun.i) if match.doer_noun is not None else None
            if noun is not None and not noun.targets:
                noun.dropped = True          # "wounded in a Russian attack": one event, the wounding
        for match in matches.values():
            if _alleged(match.trigger if match.construction == "nominal" else match.clause):
                match.dropped = True
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
            self._said_must_plain(match)
            self._accused(match)
        for match in matches.values():
            if not match.dropped and not match.targets and match.target_tokens:
                # "heads to Beijing", "withdrew from the Syrian sector": a place named in the target slot
                # stands for its country (not the source's own: "Bolivia declared a state of siege in Pando")
                places = _unique_actors(self._country_at(t) for t in match.target_tokens)
                match.targets = [a for a in places if all(a.id != s.id for s in match.sources)]
            if not match.dropped and not match.targets and match.pattern.pos == "verb":
                match.targets = self._invited_targets(match, matches) or self._attitude_targets(match) \
                    or self._aim_targets(match, matches) or self._called_targets(match)
            if not match.dropped and match.code == CONSULT and (caller := _said_in_call(match.clause, match.code)) \
                    and any(f in PHONE_CALLING_VERBS for f in syntax.lemma_forms(caller)):
                match.code = PHONE_CONSULT   # "called Biden to discuss the war": a talk on the phone
                match.steps.append("phone")
            if not match.dropped and not match.targets and match.construction.startswith("light:"):
                # "phoned Putin to express condolences", "expressed condolences for the British people"
                match.targets = self._called_targets(match) or self._attitude_targets(match)
            if not match.dropped and not match.targets and match.code in DEED_TARGET_CODES:
                match.targets = self._claimed_targets(match, matches)
            if not match.dropped and not match.targets and match.sources and "sym" not in match.pattern.flags:
                match.targets = self._location(match)
            _joint(match)
            if match.pattern.lemma in ADVISING_VERBS and match.targets and match.sources \
                    and all(a.role in (None, "CVL") and self._own_side(match, a) for a in match.targets):
                match.dropped = True         # "warned Americans abroad of the risk": an advisory
            if not match.has_content and match.pattern.embeds == "demand" \
                    and self._own_forces(match, match.targets, match.target_tokens):
                match.dropped = True         # "ordered his fighters back": a command, no demand
        return [m for m in matches.values() if not m.dropped and _stands(m)]

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
                if found and all(a.country is None for a in found) and _giving(match.code) \
                        and (located := self._location(match)):
                    return located           # "sent teams to help victims of the quake in Nepal": Nepal
                match.steps.append("aim")
                return found
        return []

    def _called_targets(self, match: Match) -> list[Actor]:
        """Whom a spoken act a call or letter was made for is addressed to when it names no one:
        the one called or written to ("called Biden to discuss the war": 040 towards Biden)."""
        caller = _said_in_call(match.clause, match.code)
        if caller is None:
            return []
        called = _unique_actors(self.participants.actor(o) for o in syntax.objects(caller)
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

    def _attitude_targets(self, match: Match) -> list[Actor]:
        """Whom an attitude (hope, concern, optimism, disapproval: CAMEO 01, 11) is about when its
        pattern names no one: the subject of its content clause ("expressed hopes the government
        will change", "optimism that the government's timeline could be accelerated"), else those
        it was voiced to ("expressed concern to the Security Council"), else the one its
        for/over/about-phrase names ("concern for Buhari's health")."""
        if match.pattern.embeds or match.code[:2] not in ATTITUDE_ROOTS or match.code in NOT_ATTITUDES \
                or match.has_content:
            return []
        trigger = match.trigger
        heads = [trigger, *syntax.objects(trigger)]
        # content clauses, "hope (that) X will", have a subject of their own ("hopes voiced by" not)
        clauses = [c for h in heads for c in h.children if c.dep_ in ("ccomp", "acl") and syntax.subjects_own(c)]
        about = [t for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                 for t in syntax.conjuncts(s)]
        for tokens in (about, [t for h in heads for t in syntax.prep_objects(h, frozenset({"to"}))],
                       [t for h in heads for t in syntax.prep_objects(h, ATTITUDE_PREPS)]):
            found = _unique_actors(self.participants.actor(t) for t in tokens)
            found = [a for a in found if not self._own_side(match, a, groups=False)]
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
        if match.code[:2] in SPOKEN_ROOTS:
            topics = [t for t in topics if t.lemma_.lower() not in AUDIENCE_NOUNS]
        for head in [match.trigger, *topics]:
            topics += syntax.prep_objects(head, TOPIC_PREPS)
        if match.code[:2] not in SPOKEN_ROOTS:   # "an attack against a base in Saudi Arabia's Jizan region",
            topics += syntax.prep_objects(match.trigger, AIMED_PREPS)   # "troops to the mission in Mali"
        # seeking refuge in a country asks that country: there the setting is whom it is about
        refuge = any(o.lemma_.lower() in REFUGE_NOUNS for o in syntax.objects(match.trigger)) \
            if match.trigger.pos_ in syntax.VERB_POS else match.trigger.lemma_.lower() in REFUGE_NOUNS
        heads = topics if match.code[:2] in SPOKEN_ROOTS and not refuge else setting + topics
        if _giving(match.code):              # "gave $5 million to promote development in Ethiopia"
            heads += _aims(match.trigger, topics + setting[1:] + syntax.prep_objects(match.trigger, OF))
        found: list[Actor] = []
        for head in heads:
            for obj in syntax.prep_objects(head, LOCATION_PREPS):
                # "in Syria", "in Afghanistan's Kunar province" (a country's part), "in Beijing", "in
                # Kenya's capital"; a site with no owner where it lies ("at a ski resort in Colorado")
                actor = self._country_at(obj)
                if actor is None and self.participants.actor(obj) is None:
                    actor = next((a for t in syntax.prep_objects(obj, SITE_PREPS) if (a := self._country_at(t))), None)
                if actor is not None and actor.kind == "country" and actor not in match.sources \
                        and all(actor.id != a.id for a in found):
                    found.append(actor)
        if found:
            match.steps.append("location")
        return found

    def _issuers(self, match: Match) -> list[Actor]:
        """The country a message with no author speaks for, by where it was issued: "a report
        released Tuesday in the Rwandan capital alleged ..." is Rwanda's (as "Kigali said" is)."""
        found = _unique_actors(self._country_at(p) for t in match.source_tokens for p in syntax.issue_places(t))
        if found:
            match.steps.append("issued")
        return found

    def _country_at(self, token: Token) -> Actor | None:
        """The country actor the place phrase headed by `token` stands for: a country ("in Rwanda"),
        a place of one (places stage: "in Kigali"), or a place noun of a country's adjective or
        possessor ("in the Rwandan capital", "in Kenya's capital")."""
        actor = self.participants.actor(token)
        if actor is not None and actor.kind == "country":
            return actor
        place = self._place_country(token)
        if place is not None or token.lemma_.lower() not in PLACE_NOUNS:
            return place
        actor = self.participants.demonym(token) or self.participants.possessor(token)
        return actor if actor is not None and actor.kind == "country" else None

    def _place_country(self, token: Token) -> Actor | None:
        place = next((p for p in self.places if p.start <= token.idx < p.end), None)
        if place is None or place.country is None:
            return None
        return self.countries.get(place.country)

    # --- what carries what -------------------------------------------------------------------

    def _carry(self, match: Match, matches: dict[int, Match]) -> None:
        # A noun on its own is carried by the verb it hangs on; a verb or a light-verb noun by
        # what carries its clause.
        token: Token | None = match.trigger if match.construction == "nominal" else match.clause
        if match.construction != "nominal" and (launcher := _under_way(match.clause)) is not None:
            token = launcher                 # "plans to launch raids to arrest": what carries the operation
        relative = False
        for step in range(8):
            relative = relative or (token is not None and token.dep_ == "relcl" and not syntax.noun_infinitive(token))
            found = syntax.carrier(token) if token is not None else None
            if found is None and step == 0 and match.construction == "nominal" and syntax.culprits(match.trigger):
                found = syntax.clause_verb(match.trigger)   # "claimed X was responsible for the attack"
            token = found
            if token is None:
                return
            carrier = matches.get(token.i)
            if carrier is not None and carrier is not match:
                if relative and carrier.pattern.embeds not in (None, "allege", "report"):
                    return                   # "fighters who attacked X will be offered contracts": a description
                if carrier.pattern.embeds:
                    self._apply(carrier, match)
                    if carrier.pattern.embeds != "pass":
                        return
                    continue             # "helped to plan and carry out": see past the helper
                if match.construction == "nominal" and _names(carrier, match.trigger):
                    match.dropped = True     # "lifted the sanctions": part of the verb's pattern
                elif _grounds(match, carrier):
                    match.dropped = True     # "jailed him for helping militants": the charge, not a deed
                elif match.construction != "nominal" and (_allegation(carrier) or self._alleged_above(token, matches)):
                    match.dropped = True     # "denied charges that he made a deal to join X": alleged too
                elif _proposed(match, carrier):
                    match.modality = "hypothetical"   # "opposed lifting the sanctions": not done
                return                       # "condemned the attack": the attack stands on its own
            kind = syntax.lookup(self.lexicon.embedding, token)
            if kind == "future" and token.pos_ in syntax.NOUN_POS and any(
                    c.dep_ == "amod" and self._ceasing(c) for c in token.children):
                match.modality = "negated"   # "halting plans to annex": the parser's adjective "halting"
                return
            if kind is None and token.lemma_ == "be" and match.clause.dep_ == "xcomp" \
                    and match.clause.head.i == token.i:
                kind = "future"              # "is to visit"
            if kind is None and token.lemma_ == "have" and match.clause.dep_ == "xcomp" \
                    and match.clause.head.i == token.i:
                # an obligation: "would have to present evidence" (the modal's), "has to withdraw"
                # (to come); "had to withdraw" did
                kind = "future" if token.tag_ in ("VBZ", "VBP") else "pass"
            if kind in ("future", "attempt") and syntax.negated(token):
                match.modality = "negated"   # "had no plans to send troops", "did not try to attack"
            elif kind is not None:
                self._embedded(match, kind)
                if kind == "pass":
                    self._inherit(match, token)   # "will continue to shell", "did not begin to withdraw"
            # a verb that is no event ("making", "proving") lets what carries it see through

    def _ceasing(self, word: Token) -> bool:
        """True for a participle of a verb that halts ("halting", "shelved"), also where the
        tagger made it an adjective."""
        text = word.lower_
        forms = [word.lemma_.lower(), text[:-3], text[:-3] + "e", text[:-2], text[:-1]]
        return any(self.lexicon.embedding.get(f) == "cease" for f in forms if f)

    @staticmethod
    def _alleged_above(token: Token, matches: dict[int, Match]) -> bool:
        """True when the clause of `token` is itself carried by an allegation, denial or claim."""
        for _ in range(4):
            found = syntax.carrier(token)
            if found is None:
                return False
            token = found
            above = matches.get(token.i)
            if above is not None:
                return _allegation(above)
        return False

    def _embedded(self, match: Match, kind: str) -> None:
        if kind == "future" and match.modality == "asserted":
            match.modality = "future"
        elif kind == "belief" and match.modality in ("asserted", "future"):
            match.modality = "hypothetical"
        elif kind in ("cease", "fail"):
            # "ended the talks" is a halt of negotiations (164), "failed to reach a deal" a
            # rejection (127); "stopped shelling" is the shelling negated (transforms.tsv)
            new = self.lexicon.transform(kind, match.code)
            if new is not None and new != match.code and match.modality == "asserted":
                match.code = new
                match.steps.append(kind)
            else:
                match.modality = "negated"
        elif kind == "intent":               # "Russia is ready to withdraw"
            new = self._transform("intent", match.code, syntax.negated(match.clause))
            if new is None:
                match.dropped = True
            elif new != match.code:
                match.code = new
                match.steps.append("intent")
        elif kind == "attempt":
            new = self.lexicon.transform("attempt", match.code)
            if new and new != match.code:
                match.code = new
                match.steps.append("attempt")

    def _inherit(self, match: Match, carrier: Token) -> None:
        """An event passed through a verb that lets it stand ("continued to", "decided to") takes
        that verb's negation or modal auxiliary: "will continue to shell" is future."""
        if match.modality != "asserted":
            return
        if syntax.negated(carrier):
            match.modality = "negated"
            return
        for aux in syntax.auxiliaries(carrier):
            kind = self.lexicon.modality.get(aux.lower_)
            if kind:
                match.modality = kind
                return

    def _apply(self, carrier: Match, match: Match) -> None:
        kind = carrier.pattern.embeds
        carrier.has_content = True
        if kind == "allege" and carrier.code == CLAIM_RESPONSIBILITY and self._says(carrier, match):
            carrier.code = "010"             # "Trump claimed that the US military is hitting IS": a saying
            kind = "report"
        if kind == "allege":
            match.dropped = True             # only alleged, considered or denied: not coded as fact
            others = [a for a in match.sources if all(a.id != s.id for s in carrier.sources)]
            if _owned(match.source_tokens):
                others = []                  # "claims its troops shot down drones": the claimant's own
            hostile = int(match.code[:2]) >= 10
            accuses = hostile or (carrier.code.startswith("112") and bool(carrier.sources))
            if others and accuses and carrier.code[:3] in ("015", "112") \
                    and not carrier.targets:
                # "the US claimed that ISIL had attacked Iraq": an allegation of a hostile act by
                # someone else accuses them (CAMEO 112), as "claimed they had attacked" claims it;
                # "alleged that Israel gave money to Hamas" accuses Israel, whatever the deed
                carrier.code, carrier.targets = "112", others
                carrier.steps.append("accuses")
            elif not carrier.targets:        # "considering sending aid to North Korea"
                carrier.targets = [a for a in match.targets if all(a.id != s.id for s in carrier.sources)]
            if carrier.code == CLAIM_RESPONSIBILITY and not others:
                self._claimed_deed(carrier, match, hostile)
        elif kind == "report":
            match.reporter = match.reporter or _first(carrier.sources)
            _speakers_side(match, carrier.sources)
            self._said_intent(carrier, match)
            self._said_must(carrier, match)
        elif kind in ("pass", "attempt"):
            if not match.sources and carrier.sources:
                match.sources = carrier.sources
            if kind == "pass":
                self._inherit(match, carrier.clause)   # "did not decide to lift", "will decide to lift"
                if "to-come" in carrier.pattern.flags and match.modality == "asserted":
                    match.modality = "future"          # "decided to attack": decided, not yet done
        else:
            self._absorb(carrier, match, kind)

    def _claimed_deed(self, carrier: Match, match: Match, hostile: bool) -> None:
        """A claim of one's own deed ("Rebels claimed that they had shot down a helicopter") says
        the deed was done, as "claimed to have shot down" does: the deed stands, reported by the
        claimant, done by the claimant when its doers are a pronoun or the claimant's own people
        with no side of their own ("claimed its fighters had fired rockets"). The claim stays a
        claim of responsibility (015) only for a hostile deed; claiming a gift or a talk is a
        saying, dropped like any other. A deed named by a noun alone ("claimed to be responsible
        for the attack") is what the claim of responsibility is about, as in "claimed
        responsibility for the attack": the claim stands for it."""
        if match.construction == "nominal" and hostile:
            return
        match.dropped = False
        match.reporter = match.reporter or _first(carrier.sources)
        if carrier.sources and (not match.sources or _owned_sideless(match.source_tokens, match.sources)):
            match.sources = carrier.sources
        match.steps.append("claimed")
        if not hostile:
            carrier.dropped = True

    def _says(self, carrier: Match, match: Match) -> bool:
        """True when a claim that something happened (`carrier`, "claimed that ...") only says it:
        what it carries is neither the claimant's own deed ("claimed that they had attacked": a
        claim of responsibility) nor a hostile act laid on someone else ("claimed that ISIL had
        attacked": an accusation), e.g. "claimed that the US military is hitting IS", said by
        the president of that country, or "claimed that Israel gave money to Hamas"."""
        if _owned(match.source_tokens):
            return False                     # "claimed its troops had attacked": its own deed
        if not match.sources:
            return not _all_in(match.source_tokens, PRONOUNS)   # "they had attacked": the claimant
        if any(a.id == s.id for a in match.sources for s in carrier.sources):
            return False
        return int(match.code[:2]) < 10 or all(self._own_side(carrier, a) for a in match.sources)

    def _absorb(self, carrier: Match, match: Match, kind: str) -> None:
        """The carried `match` becomes `carrier`'s code: "agreed to release" -> intent to release."""
        if kind == "demand" and self._own_forces(carrier, match.sources, match.source_tokens):
            # "Israel ordered its troops to take over the zone": no demand on anyone, the
            # orderer's own deed to come
            carrier.dropped = carrier.has_content = True
            match.sources = carrier.sources or match.sources
            match.targets = [a for a in match.targets if not (a.role in FORCE_ROLES and self._own_side(carrier, a))]
            match.modality = "future" if match.modality == "asserted" else match.modality
            match.steps.append("ordered")
            return
        if kind == "intent" and match.sources and not {a.id for a in match.sources} & {a.id for a in carrier.sources}:
            kind = "appeal"                  # "wants Putin to attack": asking someone else
        # "agreed to halt the fighting": a fight stopped (cease, above) is intended as not done
        negated = syntax.negated(match.clause) or match.modality == "negated"
        new = self._transform(kind, match.code, negated)
        against = None
        if kind in ("appeal", "demand") and not match.sources and (match.targets or match.target_tokens) \
                and not negated:
            # "called for sanctions against Turkey": no one is asked, Turkey is the one aimed at
            # (or someone not named an actor: "sanctions against those responsible")
            against = self.lexicon.transform(f"{kind}_against", match.code)
            if against != match.code:
                new, kind = against, f"{kind}_against"
        match.dropped = True
        if new is None:
            carrier.dropped = carrier.dropped or kind == "allow"   # allowing force allows no involvement
            return
        carrier.code = new
        carrier.steps.append(f"{kind}:{match.pattern.id}")
        if kind.endswith("_against"):
            carrier.targets = [a for a in match.targets if all(a.id != s.id for s in carrier.sources)]
        if not carrier.targets:
            # whoever is asked, pressed or allowed to act is the target ("urged Iran to stop", "allowed
            # the UN to deliver aid"); "an appeal to help Sudan": the appealer's own aim, for Sudan
            asked = [a for a in match.sources if all(a.id != s.id for s in carrier.sources)]
            carrier.targets = asked if kind in ("appeal", "demand", "allow") and asked else match.targets
            carrier.targets = [a for a in carrier.targets if all(a.id != s.id for s in carrier.sources)]
            if not carrier.targets and carrier.sources and "sym" not in match.pattern.flags \
                    and {a.id for a in match.sources} == {a.id for a in carrier.sources}:
                # "want to inspect the refineries in Iran", "threatened to attack the airport in
                # Kabul": where one's own deed would be done, as for the deed itself
                carrier.targets = [a for a in self._location(match) if all(a.id != s.id for s in carrier.sources)]
            if match.pairs == "all" and not carrier.targets and len(carrier.sources) > 1:
                carrier.pairs = "all"        # "Brazil and the US seek to deepen their partnership"
        if carrier.pairs == "all" and carrier.targets:
            carrier.pairs = "cross"

    def _transform(self, kind: str, code: str, negated: bool) -> str | None:
        if kind == "intent" and negated:
            new = self.lexicon.transform("intent_not", code)
            return new if new != code else self.lexicon.transform("refuse", code)
        return self.lexicon.transform(kind, code)

    def _said_intent(self, carrier: Match, match: Match) -> None:
        """"X said it will/would Y" is X's statement of intent to Y (CAMEO 03, or 13 for force),
        also through a verb that lets Y stand ("said it would continue to strike")."""
        clause = match.clause
        aux = {a.lower_ for a in syntax.auxiliaries(clause)}
        for _ in range(2):
            if aux & INTENT_MODALS or clause.dep_ != "xcomp":
                break
            clause = clause.head
            aux = {a.lower_ for a in syntax.auxiliaries(clause)}
        if not aux & INTENT_MODALS or not carrier.sources:
            return
        speaker = {a.id for a in carrier.sources} | {a.country for a in carrier.sources if a.country}
        pronoun = _all_in(match.source_tokens, PRONOUNS)
        # The speaker's own side: itself, or its country ("Biden said the US would send arms").
        if match.sources and not all(a.id in speaker or a.country in speaker for a in match.sources):
            return
        if not match.sources and not pronoun:
            return
        new = self._transform("intent", match.code, syntax.negated(match.clause) or syntax.negated(clause))
        if new is None:
            return
        match.sources = match.sources or carrier.sources
        match.code = new
        match.modality = "intent"            # settled by _modality: a statement of intent happened
        match.steps.append("said-will")

    def _said_must(self, carrier: Match, match: Match) -> None:
        """"X said Y must Z" is X's demand that Y do Z (CAMEO 10, by the `demand` row of
        transforms.tsv), not a hypothetical Z: the speaker asks it of another. "We must",
        "the US must" said by a US official, is resolve, not a demand."""
        aux = {a.lower_ for a in syntax.auxiliaries(match.clause)}
        if not aux & DEMAND_MODALS or not carrier.sources or not match.sources or match.modality == "intent":
            return
        if any(self._own_side(carrier, a) for a in match.sources):
            return
        new = self.lexicon.transform("demand", match.code)
        if new is None or new == match.code:
            return
        match.targets, match.sources = match.sources, carrier.sources
        match.code = new
        match.modality = "intent"            # settled by _modality: the demand was made
        match.steps.append("said-must")

    def _said_must_plain(self, match: Match) -> None:
        """A saying whose content has nothing coded but is a "must" clause about someone else
        ("Amnesty said the authorities must ensure security") is a demand (CAMEO 100) on them."""
        if match.pattern.embeds != "report" or match.has_content or match.dropped or not match.sources:
            return
        for clause in match.trigger.children:
            if clause.dep_ != "ccomp" or not {a.lower_ for a in syntax.auxiliaries(clause)} & DEMAND_MODALS:
                continue
            doers = [a for t in syntax.subjects(clause) if (a := self.participants.actor(t)) is not None]
            if syntax.is_passive(clause) and not doers:
                match.code = "100"           # "said an intervention must be avoided"
            elif doers and not any(self._own_side(match, a) for a in doers):
                match.code, match.targets = "100", _unique_actors(doers)
            else:
                continue
            match.steps.append("said-must")
            return

    def _accused(self, match: Match) -> None:
        """The one an allegation is about: "Iran alleged that Israel was behind the plot", "charged
        that Israel had lied" accuse Israel (CAMEO 112) though what they did is no coded event;
        "claimed that Israel was behind (responsible for, guilty of) the plot" is an accusation too,
        not a claim of one's own deed."""
        if match.pattern.embeds != "allege" or match.dropped or match.targets:
            return
        if not match.code.startswith("112") and match.code != "015":
            return
        clauses = [c for c in syntax.complements(match.trigger) if c.dep_ == "ccomp"]
        if match.code == "015" and clauses and not match.has_content and not any(_blames(c) for c in clauses):
            match.dropped = True             # "claimed that Israel wanted peace": a saying, nothing in it coded
            return
        if match.code == "015" and not match.has_content and any(
                c.dep_ == "xcomp" for c in syntax.complements(match.trigger)):
            match.dropped = True             # "claimed to have seen nothing": likewise
            return
        if not match.sources:
            return
        accused = _unique_actors(a for c in clauses for t in syntax.subjects(c)
                                 if (a := self.participants.actor(t)) is not None)
        accused = [a for a in accused if not self._own_side(match, a)]
        if not accused:
            return
        if match.code == "015":
            if not any(_blames(c) for c in clauses):
                return
            match.code = "112"
            match.steps.append("accuses")
        match.targets = accused

    def _own_forces(self, carrier: Match, actors: list[Actor], tokens: list[Token]) -> bool:
        """True when those a commanding verb (`carrier`, "ordered") orders are the orderer's own
        forces: troops, police or units of its country, or of no country named ("its troops")."""
        if carrier.pattern.lemma not in COMMANDING_VERBS or not carrier.sources or not (actors or tokens):
            return False
        forces = all(a.role in FORCE_ROLES for a in actors) if actors else False
        forces = forces or (bool(tokens) and all(t.lemma_.lower() in FORCE_NOUNS for t in tokens))
        return forces and all(a.country is None or self._own_side(carrier, a) for a in actors)

    @staticmethod
    def _own_side(speaker: Match, actor: Actor, *, groups: bool = True) -> bool:
        """True when `actor` is the speaker or of the speaker's country; with `groups` False, two
        bodies under one CAMEO group code (UN, EU: no country of their own) are not one side."""
        if any(actor.id == a.id for a in speaker.sources):
            return True
        if actor.country is None or (not groups and actor.country not in country_names()):
            return False
        return any(actor.country == a.country for a in speaker.sources)

    # --- modality and reporting --------------------------------------------------------------

    def _modality(self, match: Match) -> None:
        if match.modality == "intent":
            match.modality = "asserted"
            return
        clause = match.clause
        if syntax.negated(clause) or (match.trigger.i != clause.i and syntax.negated(match.trigger)) \
                or _without(clause):
            match.modality = "negated"
            self._refusal(match)
            return
        if match.modality != "asserted":
            return
        for aux in syntax.auxiliaries(clause):
            kind = self.lexicon.modality.get(aux.lower_)
            if kind:
                match.modality = kind
                return
        if (answered := syntax.invited(clause)) is not None:
            match.modality = answered        # "accepted an invitation to meet Kim": the meeting will be
        elif (launcher := _under_way(clause)) is not None:
            match.modality = self._launched(launcher)  # "launched operations to detain 110 people"
        elif (caller := _said_in_call(clause, match.code)) is not None:
            match.modality = self._launched(caller)    # "called Morrison to congratulate him"
        elif (subject := _headline_plan(clause)) is not None and self.participants.actor(subject) is not None:
            match.modality = "future"                  # "Obama to Visit Cuba": a headline's "is to"
        elif self._conditional(clause) or _purpose(_first_infinitive(clause)) or self._awaited(clause) or \
                _wished(clause) or \
                (clause.dep_ == "xcomp" and _purpose(clause.head)):   # "sent troops to help fight X"
            match.modality = "hypothetical"
        elif match.trigger.pos_ in syntax.NOUN_POS and any(
                c.lower_ in NOUN_MODALITY_MODS for c in match.trigger.children if c.dep_ == "amod"):
            match.modality = "future"

    def _launched(self, verb: Token) -> str:
        """The modality of launching or carrying out an operation, which its purpose act shares:
        the act is under way once the operation is ("launched raids to arrest"), to come when
        it will be launched, not done when it was not. (What carries the launching, "plans to"
        or "believes", has been applied by `_carry`.)"""
        if syntax.negated(verb):
            return "negated"
        for aux in syntax.auxiliaries(verb):
            if kind := self.lexicon.modality.get(aux.lower_):
                return kind
        return "hypothetical" if self._conditional(verb) or _purpose(verb) else "asserted"

    def _refusal(self, match: Match) -> None:
        """"Israel will not release the prisoners" states a refusal (CAMEO 12), "Iran will not
        attack" an intent to hold back (03): asserted, unlike "did not release"."""
        aux = {a.lower_ for a in syntax.auxiliaries(match.clause)}
        if not aux & REFUSAL_MODALS or not match.sources or match.steps:
            return
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

    def _reporter(self, match: Match, matches: dict[int, Match], sent: Span) -> None:
        quote = self._quote_of(match, matches)
        if quote is not None:
            match.reporter = self.actors[quote.speaker]  # type: ignore[index]
            if quote.cue and quote.cue.lower().startswith("according") and _main(match):
                _speakers_side(match, [match.reporter])   # "according to Hamas, its fighters fired"
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
                    match.reporter = _first(speaker.sources)
                    return
                if child.dep_ == "prep" and child.lower_ == "according":
                    found = [self.participants.actor(t) for t in syntax.prep_objects(child, frozenset({"to"}))]
                    if any(found):
                        match.reporter = next(a for a in found if a is not None)
                        if _main(match):
                            _speakers_side(match, [match.reporter])
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

    # --- events ----------------------------------------------------------------------------------

    def events(self, match: Match, sent: Span) -> list[tuple[Actor | None, Actor | None]]:
        """The (source, target) actor pairs of `match`: one event each."""
        if match.pairs == "all":
            group = match.sources + [a for a in match.targets if a not in match.sources]
            return [(s, t) for s in group for t in group if s.id != t.id]
        if match.pairs == "self":
            return [(s, s) for s in match.sources]
        sources: list[Actor | None] = list(match.sources) or [None]
        targets: list[Actor | None] = list(match.targets) or [None]
        return [(s, t) for s in sources for t in targets
                if (s is not None or t is not None) and (s is None or t is None or s.id != t.id)]


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


def _governed_by(token: Token, head: Token) -> bool:
    t = token
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def _unique_actors(actors) -> list[Actor]:
    out: list[Actor] = []
    for actor in actors:
        if actor is not None and all(actor.id != a.id for a in out):
            out.append(actor)
    return out


def _frames(verb: Match, noun: Token) -> bool:
    """True when `verb`'s pattern is a frame around another word than the event noun `noun` under
    it ("took part in the killing": the pattern names its object "part", the deed is the killing)."""
    objects = [r for r in verb.pattern.requires if r.slot == "dobj" and r.lemmas]
    return bool(objects) and not _names(verb, noun) and noun.dep_ == "pobj"


def _visit_for(verb: Match, noun: Token) -> bool:
    """True when `verb` is a visit (042) made for the event noun `noun` ("arrived in Tehran for
    talks with Iranian officials"): two events, the visit and the talks."""
    return verb.code == "042" and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.lemma_.lower() != "visit"


def _names(match: Match, noun: Token) -> bool:
    """True when a condition of `match`'s pattern names the lemma of `noun` ("lift dobj=sanction")."""
    lemma = noun.lemma_.lower()
    return any(req.lemmas and lemma in req.lemmas for req in match.pattern.requires)


# Roots of judgements whose "for"-clause gives their grounds (criticise, reject, punish, arrest).
JUDGEMENT_ROOTS = ("11", "12", "16", "17")


def _grounds(match: Match, carrier: Match) -> bool:
    """True when `match` is the reason a judgement gives ("jailed X for helping militants",
    "criticised Y for attacking Z"): what the court or critic holds against someone is not
    coded as a deed of its own, as with "accused X of"."""
    clause = match.clause
    return clause.dep_ == "pcomp" and clause.head.lower_ == "for" and carrier.code.startswith(JUDGEMENT_ROOTS)


# Roots of words that take a stand on a course of action: their gerund object is a proposal
# ("supported lifting the sanctions", "opposed sending troops"), not a deed.
STANCE_ROOTS = ("03", "05", "10", "11", "12", "13")


def _proposed(match: Match, carrier: Match) -> bool:
    """True when `match` is a gerund that `carrier` supports or opposes as a course of action, or
    that anyone decides, votes or speaks against ("decided against lifting the sanctions")."""
    clause = match.clause
    if match.construction != "active" or clause.tag_ != "VBG":
        return False
    if clause.dep_ == "pcomp" and clause.head.lower_ == "against":
        return clause.head.head.i == carrier.trigger.i
    return clause.dep_ in ("dobj", "xcomp") and clause.head.i == carrier.trigger.i \
        and carrier.code.startswith(STANCE_ROOTS)


def _alleged(token: Token) -> bool:
    """True when `token` lies in the content clause of an allegation noun ("accusations that it
    had aided the rebels"), not in a relative clause on it ("the charges that the court filed")."""
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "acl" and head.lemma_.lower() in ALLEGATION_NOUNS and syntax.subjects_own(token):
            return True
        token = head
    return False


# Words that lay a deed at someone's door ("was behind the attack", "is responsible for it").
BLAME_WORDS = frozenset({"behind", "responsible", "guilty", "culpable", "blame", "culprit", "perpetrator"})


def _blames(clause: Token) -> bool:
    """True when `clause` lays something at its subject's door: "X was behind the plot", "X is
    responsible for the attack", "X was to blame", "X was the culprit"."""
    if clause.lemma_ != "be":
        return False
    return any(c.lower_ in BLAME_WORDS or c.lemma_.lower() in BLAME_WORDS
               for c in clause.children if c.dep_ in ("prep", "acomp", "attr", "xcomp"))


def _allegation(match: Match) -> bool:
    """True when what `match` carries is only alleged: an allegation verb, or a verb whose object
    is an allegation noun ("denied charges that ...", the parser hanging the clause on the verb)."""
    return match.pattern.embeds == "allege" or (match.trigger.pos_ in syntax.VERB_POS and any(
        o.lemma_.lower() in ALLEGATION_NOUNS for o in syntax.objects(match.trigger)))


def _purpose(clause: Token) -> bool:
    """True for an infinitive of purpose ("sent troops to help Lebanon"): the aim, not yet the deed."""
    return clause.dep_ in ("advcl", "acl") and clause.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


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


def _first_infinitive(clause: Token) -> Token:
    """The first of the bare infinitives `clause` is coordinated with, which states their shared
    purpose ("sent troops to secure the airport and evacuate diplomats"); else `clause` itself."""
    while clause.dep_ == "conj" and clause.tag_ == "VB" and clause.head.tag_ == "VB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head
    return clause


def _giving(code: str) -> bool:
    """True for a code of giving material help or cooperation, or of pledging it."""
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


def _under_way(clause: Token) -> Token | None:
    """The verb that launched or carried out the operation an infinitive of purpose belongs to
    ("Police launched operations to detain 110 people", "carried out raids to arrest", "launched
    a crackdown to round up"), or None: an operation under way does what it is for, while a team
    sent "to investigate" or a campaign "to free" someone only aims at it."""
    if not _purpose(clause):
        return None
    if clause.dep_ == "acl":
        noun, verb = clause.head, clause.head.head
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.lemma_.lower() not in OPERATION_NOUNS:
            return None
    else:
        verb = clause.head
        if not any(o.lemma_.lower() in OPERATION_NOUNS for o in syntax.objects(verb)):
            return None
    if verb.pos_ not in syntax.VERB_POS or not any(form in LAUNCHING_VERBS for form in syntax.lemma_forms(verb)):
        return None
    return verb


def _said_in_call(clause: Token, code: str) -> Token | None:
    """The verb of calling or writing whose purpose the spoken act `clause` is ("called Morrison
    to congratulate him", "phoned Putin to warn him"), or None: what a call is made to say is said
    in it, as a launched operation does what it is for; a deed ("called to ask for troops" asks,
    it sends none) still only aimed at."""
    if cameo.quad_class(code) not in (1, 3):
        return None
    if clause.dep_ == "xcomp" and syntax.said_in_call(clause):
        return clause.head                   # parsed as object control: "called Putin to ask him"
    if not _purpose(clause) or clause.dep_ != "advcl":
        return None
    verb = clause.head
    if verb.pos_ not in syntax.VERB_POS or not any(form in syntax.CALLING_VERBS for form in syntax.lemma_forms(verb)):
        return None
    return verb


def _owned(tokens: list[Token]) -> bool:
    """True when each of `tokens` is possessed by a pronoun ("its troops", "their fighters"): in
    a claim, the claimant's own people."""
    return bool(tokens) and all(any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in t.children)
                                for t in tokens)


def _main(match: Match) -> bool:
    """True when `match` is the main clause of its sentence, the one an "according to X" vouches
    for as a whole ("according to Hamas, its fighters fired"); not a clause within it ("killed
    when missiles struck their convoy, according to officials": their = the dead's)."""
    return match.construction != "nominal" and match.clause.dep_ == "ROOT"


def _speakers_side(match: Match, speakers: list[Actor]) -> None:
    """Settles the doers and those acted on in what `speakers` said (`match`): "they" or the
    speaker's own people ("UNITA claimed they had attacked", "Hamas said its fighters fired") are
    the speaker, and so are "it"/"us" or its own people acted on ("Israel said a bomb was fired
    at it", "Russia said its troops were attacked": a threat or a use of force is not aimed at
    one's own, so "its" is the speaker's; an order to "its troops" is to one's own)."""
    if not speakers:
        return
    if (not match.targets and _all_in(match.target_tokens, SELF_PRONOUNS)) \
            or (int(match.code[:2]) >= FORCEFUL_ROOT and _owned_sideless(match.target_tokens, match.targets)):
        match.targets = speakers
    ids = {a.id for a in speakers}
    if any(a.id in ids for a in match.targets):
        return                               # "they fired rockets at us": they are others
    if (not match.sources and _all_in(match.source_tokens, PRONOUNS)) \
            or _owned_sideless(match.source_tokens, match.sources):
        match.sources = speakers


def _owned_sideless(tokens: list[Token], actors: list[Actor]) -> bool:
    """True when `tokens` (a slot of a match, with its `actors`) are a pronoun's own people or
    things, a body with no country of its own or no actor at all ("its fighters", "their
    troops", "its airspace"): under a saying or a claim, the speaker's. Not a person ("its
    leader", "its president, Jeff Mason"), who is someone of their own."""
    return _owned(tokens) and all(a.kind == "group" and a.country is None for a in actors)


def _all_in(tokens: list[Token], words: frozenset[str]) -> bool:
    return bool(tokens) and all(t.lower_ in words for t in tokens)


def _first(actors: list[Actor]) -> Actor | None:
    return actors[0] if actors else None


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


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
                code = _by_protesters(match.code, source)
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
