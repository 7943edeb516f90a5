"""What carries what: an event under another one is settled deepest first. Under a saying verb
it is reported (the saying is dropped, unless nothing is said but the saying); under "accuse ...
of" it is only alleged; under "agree/refuse/threaten/urge/demand to" it becomes the carrier's
code (data/transforms.tsv). A mixin of the event coder (coder.Coder).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tidings.events import syntax
from tidings.events.matching import Match
from tidings.events.modality import (
    INTENT_MODALS,
    under_way,
)
from tidings.events.participants import country_names
from tidings.events.sides import (
    PRONOUNS,
    all_in,
    first_actor,
    owned,
    owned_sideless,
    speakers_side,
    unique_actors,
)
from tidings.records import Actor

# Modals that state a willingness as it is ("would be willing to talk" is willing)
WILLINGNESS_MODALS = frozenset({"would", "'d"})

# The auxiliary that makes a reported clause about someone else a demand by the speaker
# ("the UN said Israel must withdraw": CAMEO 10, not a hypothetical withdrawal).
DEMAND_MODALS = frozenset({"must"})
# Nouns whose content clause is only alleged ("rejected accusations that it had aided the
# rebels", "denied charges he ran a squad that killed officials"): not coded as fact.
ALLEGATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "rumour", "rumor", "suspicion",
                              "assertion", "insinuation", "speculation"})
CLAIM_RESPONSIBILITY = "015"
# Verbs of command: what they order one's own forces to do is no demand on anyone (CAMEO 10 asks
# another actor), but the orderer's deed to come; troops and police are own forces by role (the
# actor coder's MIL, COP) or by the words naming them.
COMMANDING_VERBS = frozenset({"order", "command", "instruct", "direct"})
FORCE_ROLES = frozenset({"MIL", "COP"})
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "military", "navy", "unit", "police", "policeman",
                         "officer", "commander", "fighter", "marine", "jet", "warship", "ship", "battalion",
                         "brigade", "division"})
# Roots of judgements whose "for"-clause gives their grounds (criticise, reject, punish, arrest).
JUDGEMENT_ROOTS = ("11", "12", "16", "17")
LEGAL_ACTION = ("17",)                       # coerce: arrest, charge, try, sentence
# Roots of words that take a stand on a course of action: their gerund object is a proposal
# ("supported lifting the sanctions", "opposed sending troops"), not a deed.
STANCE_ROOTS = ("03", "05", "10", "11", "12", "13")
# Words that lay a deed at someone's door ("was behind the attack", "is responsible for it").
BLAME_WORDS = frozenset({"behind", "responsible", "guilty", "culpable", "blame", "culprit", "perpetrator"})


class Carrying:
    """Settles the matches carried by other matches, for the event coder."""

    def _carry(self, match: Match, matches: dict[int, Match]) -> None:
        # A noun on its own is carried by the verb it hangs on; a verb or a light-verb noun by
        # what carries its clause.
        token: Token | None = match.trigger if match.construction == "nominal" else match.clause
        if match.construction != "nominal" and (launcher := under_way(match.clause)) is not None:
            token = launcher                 # "plans to launch raids to arrest": what carries the operation
        relative = purpose = False
        for step in range(8):
            relative = relative or (token is not None and token.dep_ == "relcl" and not syntax.noun_infinitive(token)
                                   and not syntax.is_main_verb_as_participle(token))
            found = syntax.carrier(token) if token is not None else None
            # "cancelled classes to aid the effort": an infinitive on a thing is what it is for
            purpose = purpose or (token is not None and found is not None and syntax.noun_infinitive(token)
                                  and found.pos_ in syntax.NOUN_POS and found.i not in matches
                                  and syntax.lookup(self.lexicon.embedding, found) is None)
            if found is None and step == 0 and match.construction == "nominal" and syntax.culprits(match.trigger):
                found = syntax.clause_verb(match.trigger)   # "claimed X was responsible for the attack"
            token = found
            if token is None:
                return
            carrier = matches.get(token.i)
            if carrier is not None and (carrier.dropped or carrier.construction == "nominal") \
                    and not carrier.pattern.embeds and (above := syntax.carrier(token)) is not None \
                    and (verb := matches.get(above.i)) is not None and verb.pattern.embeds \
                    and names_noun(verb, token):
                continue                     # "expressed willingness to mediate": the verb's pattern names the noun
            if carrier is not None and carrier is not match:
                if relative and carrier.pattern.embeds not in (None, "allege", "report"):
                    return                   # "fighters who attacked X will be offered contracts": a description
                if purpose and carrier.pattern.embeds in ("refuse", "cease", "fail"):
                    match.modality = "hypothetical"
                    return                   # "cancelled classes to aid the effort": no aid refused
                if carrier.pattern.embeds and match.construction == "nominal" and match.code == carrier.pattern.code \
                        and names_noun(carrier, match.trigger):
                    match.dropped = True     # "signalled willingness": the noun the verb's pattern names, itself
                    return
                if carrier.pattern.embeds:
                    self._apply(carrier, match)
                    if carrier.pattern.embeds != "pass":
                        return
                    continue             # "helped to plan and carry out": see past the helper
                if syntax.lookup(self.lexicon.embedding, token) == "belief":
                    self._embedded(match, "belief")   # "heard Amir talk about killing Rabin": talked of
                    return
                if match.construction == "nominal" and names_noun(carrier, match.trigger) \
                        and "answer" not in carrier.pattern.flags:
                    match.dropped = True     # "lifted the sanctions": part of the verb's pattern
                elif _grounds(match, carrier):
                    match.dropped = True     # "jailed him for helping militants": the charge, not a deed
                elif match.construction != "nominal" and (_allegation(carrier) or self._alleged_above(token, matches)):
                    match.dropped = True     # "denied charges that he made a deal to join X": alleged too
                elif _proposed(match, carrier):
                    match.modality = "hypothetical"   # "opposed lifting the sanctions": not done
                return                       # "condemned the attack": the attack stands on its own
            kind = syntax.lookup(self.lexicon.embedding, token)
            if kind is None and token.lower_ in syntax.STOPPING_SHORT and token.pos_ not in syntax.VERB_POS:
                kind = "cease"               # "stopped short of condemning", "steering clear of": not done
            if kind == "future" and token.pos_ in syntax.NOUN_POS and any(
                    c.dep_ == "amod" and self._ceasing(c) for c in token.children):
                match.modality = "negated"   # "halting plans to annex": the parser's adjective "halting"
                return
            if kind is None and token.lemma_ == "be" and match.clause.dep_ == "xcomp" \
                    and match.clause.head.i == token.i:
                # "is to visit"; "is to blame" is no plan: being at fault (negated: "is not to blame")
                kind = ("negated" if syntax.negated(token) else "pass") if syntax.to_blame(match.clause) else "future"
                if kind == "negated":
                    match.modality = "negated"
                    return
            if kind is None and token.lemma_ == "have" and match.clause.dep_ == "xcomp" \
                    and match.clause.head.i == token.i:
                # an obligation: "would have to present evidence" (the modal's), "has to withdraw"
                # (to come); "had to withdraw" did
                kind = "future" if token.tag_ in ("VBZ", "VBP") else "pass"
            if kind in ("future", "attempt") and syntax.negated(token):
                match.modality = "negated"   # "had no plans to send troops", "did not try to attack"
            elif kind is not None:
                self._embedded(match, kind, token)
                if kind == "pass":
                    self._inherit(match, token)   # "will continue to shell", "did not begin to withdraw"

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

    def _embedded(self, match: Match, kind: str, carrier: Token | None = None) -> None:
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
        elif kind == "intent":               # "Russia is ready to withdraw"; "not ready to endorse" refuses
            negated = syntax.negated(match.clause) or (carrier is not None and (
                syntax.negated(carrier) or (carrier.dep_ == "acomp" and syntax.negated(carrier.head))))
            new = self._transform("intent", match.code, negated)
            if new is None:
                match.dropped = True
            elif new != match.code:
                match.code = new
                match.steps.append("intent")
            if not negated and carrier is not None and carrier.dep_ == "acomp" and match.modality == "asserted":
                # "must be ready to mediate", "will be willing to talk": the copula's modal ("would
                # be willing to talk" says the willingness, as "is willing" does)
                match.modality = self._auxiliary_modality(carrier.head, skip=WILLINGNESS_MODALS) or "asserted"
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
        if kind := self._auxiliary_modality(carrier):
            match.modality = kind

    def _apply(self, carrier: Match, match: Match) -> None:
        kind = carrier.pattern.embeds
        carrier.has_content = True
        if kind == "report":
            carrier.content.append(match)
        if kind == "allege" and carrier.code == CLAIM_RESPONSIBILITY and self._says(carrier, match):
            carrier.code = "010"             # "Trump claimed that the US military is hitting IS": a saying
            kind = "report"
        if kind == "allege":
            match.dropped = True             # only alleged, considered or denied: not coded as fact
            others = [a for a in match.sources if all(a.id != s.id for s in carrier.sources)]
            if owned(match.source_tokens):
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
            match.reporter = match.reporter or first_actor(carrier.sources)
            speakers_side(match, carrier.sources)
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
        match.reporter = match.reporter or first_actor(carrier.sources)
        if carrier.sources and (not match.sources or owned_sideless(match.source_tokens, match.sources)):
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
        if owned(match.source_tokens):
            return False                     # "claimed its troops had attacked": its own deed
        if not match.sources:
            return not all_in(match.source_tokens, PRONOUNS)   # "they had attacked": the claimant
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
        before: list[Actor] = []
        first = carrier.absorbed
        if first is not None and not _coordinated(first.clause, match.clause):
            first = None                     # another carried act ("ordered those arrested to be freed"): the last
        later = first is not None and match.trigger.i > first.trigger.i
        if first is not None:
            # coordinated carried acts ("threatened to attack the base and kill the general"): of one
            # kind (code to three digits), the carrier is aimed at the targets of both; the first
            # act's code stands
            if new[:3] == carrier.code[:3]:
                before = carrier.targets
            elif later:
                return
            carrier.targets = list(carrier.own_targets)
            if later:
                new = carrier.code
        elif carrier.absorbed is None:
            carrier.own_targets = list(carrier.targets)
        carrier.absorbed = first if later else match
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
            selves = {a.id for a in carrier.sources}
            if not carrier.targets and kind in ("refuse", "intent") and any(a.id in selves for a in match.targets):
                # "refused to accept South Korea's apology": the act was the other's, to the refuser
                carrier.targets = [a for a in match.sources if a.id not in selves]
            if not carrier.targets and carrier.sources and "sym" not in match.pattern.flags \
                    and {a.id for a in match.sources} == {a.id for a in carrier.sources}:
                # "want to inspect the refineries in Iran", "threatened to attack the airport in
                # Kabul": where one's own deed would be done, as for the deed itself
                carrier.targets = [a for a in self._location(match) if all(a.id != s.id for s in carrier.sources)]
            if match.pairs == "all" and not carrier.targets and len(carrier.sources) > 1:
                carrier.pairs = "all"        # "Brazil and the US seek to deepen their partnership"
        if before:                           # in the order of the acts
            carrier.targets = unique_actors([*before, *carrier.targets] if later else [*carrier.targets, *before])
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
        if not aux & INTENT_MODALS or not carrier.sources or syntax.asks_question(match.clause):
            return                           # "didn't know why he would shoot": a question, no intent
        speaker = {a.id for a in carrier.sources} | {a.country for a in carrier.sources if a.country}
        pronoun = all_in(match.source_tokens, PRONOUNS)
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
        if any(self._own_side(carrier, a, groups=False) for a in match.sources):
            return                           # (the UN saying the EU must: another body, not its own side)
        new = self.lexicon.transform("demand", match.code)
        if new is None or new == match.code:
            return
        match.targets, match.sources = match.sources, carrier.sources
        match.code = new
        match.modality = "intent"            # settled by _modality: the demand was made
        match.steps.append("said-must")

    def _said_must_plain(self, match: Match, matches: Iterable[Match]) -> None:
        """A saying whose "must" clause about someone else has nothing coded in it ("Amnesty said the
        authorities must ensure security") is a demand (CAMEO 100) on them, also when an event is
        coded elsewhere in what was said ("said North Korea must do something before he would lift
        sanctions": the lifting stands as it is)."""
        if match.pattern.embeds != "report" or match.dropped or not match.sources:
            return
        for clause in match.trigger.children:
            if clause.dep_ != "ccomp" or not {a.lower_ for a in syntax.auxiliaries(clause)} & DEMAND_MODALS:
                continue
            if any(_in_clause(m, clause) for m in matches if m is not match and m.sources):
                continue                     # an act of no one named is no content: "said an intervention must be"
            doers = [a for t in syntax.subjects(clause) if (a := self.participants.actor(t)) is not None]
            if syntax.is_passive(clause) and not doers \
                    and not any(c.dep_ == "nsubjpass" and c.tag_ == "PRP" for c in clause.children):
                match.code = "100"           # "said an intervention must be avoided"; not "said he must be given"
            elif doers and not any(self._own_side(match, a, groups=False) for a in doers):
                match.code, match.targets = "100", unique_actors(doers)
            else:
                continue
            match.steps.append("said-must")
            match.has_content = False        # the saying is the demand; what else it said stands alone
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
        accused = unique_actors(a for c in clauses for t in syntax.subjects(c)
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
    def _own_side(speaker: Match, actor: Actor, *, groups: bool = True, roles: bool = False) -> bool:
        """True when `actor` is the speaker or of the speaker's country; with `groups` False, two
        bodies under one CAMEO group code (UN, EU: no country of their own) are not one side; with
        `roles`, of the speaker's country only as that country itself or in the speaker's role
        ("Croatian experts" and "the Croatian government" are two sides, "Israeli officials" and
        "the Israeli government" one)."""
        if any(actor.id == a.id for a in speaker.sources):
            return True
        if actor.country is None or (not groups and actor.country not in country_names()):
            return False
        return any(actor.country == a.country
                   and (not roles or actor.kind == "country" or a.kind == "country" or actor.role == a.role)
                   for a in speaker.sources)


def names_noun(match: Match, noun: Token) -> bool:
    """True when a condition of `match`'s pattern names the lemma of `noun` ("lift dobj=sanction")."""
    lemma = noun.lemma_.lower()
    return any(req.lemmas and lemma in req.lemmas for req in match.pattern.requires)


def _grounds(match: Match, carrier: Match) -> bool:
    """True when `match` is the reason a judgement gives ("jailed X for helping militants",
    "criticised Y for attacking Z", "charged X with killing Y"): what the court or critic holds
    against someone is not coded as a deed of its own, as with "accused X of"."""
    clause = match.clause
    if clause.dep_ != "pcomp" and not (clause.dep_ == "pobj" and clause.tag_ == "VBG"):
        return False                         # the parser makes a gerund the object too ("with spying")
    # "charged X with killing Y", "convicted X of spying": the charge, not a deed
    return (clause.head.lower_ == "for" and carrier.code.startswith(JUDGEMENT_ROOTS)) \
        or (clause.head.lower_ in ("with", "of") and carrier.code.startswith(LEGAL_ACTION))


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


def _coordinated(one: Token, other: Token) -> bool:
    """Whether two clauses are coordinated ("to attack the base and kill the general")."""
    return other in syntax.conjuncts(one) or one in syntax.conjuncts(other)


def _in_clause(match: Match, clause: Token) -> bool:
    """Whether `match` is coded in `clause` itself, in a verb that lets it stand there ("must stop
    testing") or in a verb sharing its subject ("must stop and withdraw"), not in a clause of its own
    under it ("before he would lift sanctions", "and that it would send observers")."""
    verb = match.clause
    while verb.i != clause.i and verb.head.i != verb.i and (
            verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not syntax.subjects_own(verb))):
        verb = verb.head
    return verb.i == clause.i
