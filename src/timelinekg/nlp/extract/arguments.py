"""Arguments: who did what to whom, from the dependency parse around an event's trigger."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from timelinekg.nlp.extract.actors import (
    COMPASS_NAMES,
    COUNTRY_ROLE,
    CRAFT_CODE,
    LOCATION_LABELS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    THIRD_PERSON_PRONOUNS,
    ActorRef,
    Mention,
)
from timelinekg.nlp.extract.candidate import (
    ADDRESS_TYPES,
    DEATH_VERBS,
    DECISION_NOUNS,
    DECISION_PREPOSITIONS,
    FORCE_TYPES,
    LOCATIVE_PREPOSITIONS,
    POLICE_CASE_WORDS,
    Candidate,
    FinderBase,
    _child,
    _children,
    elided_passive_conjunct,
    enacting_clause_signer,
    first_conjunct,
    negated,
    stranded_subject,
)
from timelinekg.nlp.extract.nlp import children_of, token_indexes, tokens_in
from timelinekg.nlp.extract.occasions import PRESS
from timelinekg.schema import names
from timelinekg.schema.identity import name_key
from timelinekg.schema.merge import SPEECH_TYPES

# a Roman numeral that ends a name ("the Sala III", "Chamber II")
_ROMAN_NUMERAL = re.compile(r"^(?!I$)(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")

# a model code: a short token with a digit ("3G", "4S", "X5", "787"), not a year
_MODEL_VARIANT = re.compile(r"^(?=[A-Za-z0-9]{1,4}$)(?=.*\d)(?!\d{4}$)[A-Za-z0-9]+$")

# "thousands of farmers", "a group of protesters": the actor is what follows "of"
QUANTITY_NOUNS = {
    "thousand",
    "thousands",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "million",
    "millions",
    "ten",
    "tens",
    "score",
    "scores",
    "number",
    "group",
    "handful",
    "crowd",
    "crowds",
    # bodies known only by their members: "a collective of mothers", "a network of volunteers", "a band of farmers"
    "collective",
    "collectives",
    "network",
    "band",
}
# "the group of advanced economies", "a bloc of Nordic states": a body defined by its members, named by the phrase
# when the members are no actor of their own ("a group of protesters" is the protesters)
# "members of the assembly": people who act for the body their "of" phrase names
# "fighters of the Azure Front", "leaders of the bloc": the members of a named body act as the body
MEMBER_NOUNS = frozenset(
    {
        "members",
        "leaders",
        "rebels",
        "fighters",
        "militants",
        "guerrillas",
        "insurgents",
        "soldiers",
        "troops",
        "gunmen",
        # dups22 class 4: a body's staff acting for it ("officers from the provincial police agency's cyber unit
        # searched the offices", "inspectors of the food agency closed the plant")
        "officers",
        "agents",
        "investigators",
        "inspectors",
        "detectives",
        "officials",
        "staff",
    }
)
# parts of a force sent out to act for it ("units of the National Guard took up positions", "a patrol of the border
# police stopped the bus", "the bomb disposal unit of the police"): as with its members, the body acts
FORCE_PARTS = frozenset(
    {"unit", "units", "element", "elements", "patrol", "patrols", "personnel", "detachment", "detachments",
     "contingent", "contingents"}
)  # fmt: skip
# people named by the body they serve in ("Kenyan coast guard officers", "navy sailors")
STAFF_NOUNS = MEMBER_NOUNS | {"sailors", "personnel", "guards", "marines", "airmen", "cadets"}
# the prepositions that name the body members belong to: "members of the board", "officers from the agency"
MEMBERSHIP_PREPOSITIONS = frozenset({"of", "from"})
COLLECTIVE_NOUNS = frozenset({"group", "bloc", "coalition", "alliance", "grouping", "club", "consortium"})
DASHES = frozenset({"-", "–", "—", "--"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# acts of armed force a state carries out: "an Israeli strike", "the Russian offensive" (not an arrest or a coup,
# where a nationality says whose people were involved)
NATIONAL_FORCE_TYPES = frozenset({"attack", "military"})
# verbs whose subject is who died ("a woman died in hospital", "three fishermen drowned")
DYING_VERBS = DEATH_VERBS | {"drown"}
# verbs of an accident told of what it befell: a person falling, a line breaking or going dead (events25's rows)
BEFALLING_VERBS = frozenset(
    {
        "fall",
        "plunge",
        "tumble",
        "topple",
        "slip",
        "plummet",
        "break",
        "rupture",
        "burst",
        "snap",
        "fracture",
        "go",
        "fail",
        "drop",
        "sink",
        "black",
    }
)
# words for a country's armed forces, and its ruling junta, that make a country named before an attack noun its
# agent (event_places.py's FORCE_BODIES, the services a bare "the army" names, has no junta: it is no service)
ARMED_FORCES = frozenset({"military", "army", "navy", "junta"})
# aircraft and ships, which a body flies or sails: "by a helicopter of the Swiss Air Force" names the force
CRAFT_NOUNS = frozenset(
    {"plane", "aircraft", "airplane", "aeroplane", "airliner", "jet", "helicopter", "chopper", "ship", "vessel"}
    | {"boat", "cutter", "frigate", "corvette", "destroyer", "icebreaker", "tanker", "ferry", "transport", "drone"}
)
# the last words of an armed or rescue force's name, whose aircraft a capitalised model name may be ("a Super Puma
# of the Swiss Air Force")
FORCE_NAME_ENDS = frozenset({"force", "navy", "army", "guard", "coastguard", "marines", "corps", "military"})
# the words of a force that flies or sails craft, before the craft's word: "a navy patrol boat", "a police helicopter"
CRAFT_FORCE_WORDS = FORCE_NAME_ENDS | {"police"}
# "the X rebel group": a named group of fighters
ARMED_GROUP_HEADS = frozenset({"group", "movement", "militia", "faction", "alliance", "coalition"})
ARMED_GROUP_WORDS = frozenset(
    {"rebel", "militant", "armed", "insurgent", "paramilitary", "guerrilla", "guerilla", "jihadist", "separatist"}
)
AIMED_AT = {"at", "on", "against", "toward", "towards", "into"}
# disputes whose "over"/"about" phrase names what they are about ("a lawsuit over the iPod's volume")
DISPUTE_TYPES = {"legal", "disapproval", "rejection", "protest", "demand"}
# talks and their end: "talks between A and B" are A's and B's, both sides acting
TALK_TYPES = {"consultation", "meeting"}
# acts a state body does and tells of itself, in the passive ("were evacuated", "was reopened"); no force (a killing
# or an arrest its police report was as often done by others), no disaster, no sentence (a court's)
SELF_REPORTED_TYPES = frozenset({"aid", "other", "business", "investigation"})
# what someone voices: "condemnation from X" is X's
VOICED_TYPES = {"statement", "disapproval", "rejection", "threat", "appeal", "demand"}
# verbs of perceiving an act as it happens ("heard shooting", "saw smoke rising"): the perceiver does not do it
PERCEPTION_VERBS = frozenset({"hear", "see", "watch", "notice", "witness", "film"})
# prefixes of a hyphenated modifier that says what a body is for or against ("anti-riot police")
OPPOSING_PREFIXES = frozenset({"anti", "counter", "pro"})
# nouns for people that say nothing of who they are: their adjectives do ("young men", "armed men")
# verbs that carry an act their subject allows others to do ("authorised the culling", "allowed the sale")
# (their written forms: the lexicon lists none of them, so gives them no lemma)
PERMITTING_VERBS = frozenset(
    {"permit", "permits", "permitted", "permitting", "allow", "allows", "allowed", "allowing", "authorise",
     "authorises", "authorised", "authorising", "authorize", "authorizes", "authorized", "authorizing", "license",
     "licenses", "licensed", "licensing", "sanction", "sanctioned", "sanctioning"}
)  # fmt: skip
# the kind the lexicon gives an animal among unnamed actors ("a shark bit a surfer"): no person, body or group
ANIMAL_KIND = "other"
GENERIC_PEOPLE = frozenset({"man", "men", "woman", "women", "people", "person", "youth", "youths", "boy", "girl"})
QUANTIFYING_ADJECTIVES = frozenset(
    {
        "other",
        "several",
        "many",
        "numerous",
        "multiple",
        "various",
        "few",
        "more",
        "most",
        "additional",
        "further",
        "same",
        "such",
        "certain",
        "whole",
        "entire",
        "only",
        "last",
        "first",
        "next",
        "previous",
    }
)
# adjectives that single out one body among its kind ("the main opposition party", "the largest union")
RANKING_ADJECTIVES = frozenset({"main", "largest", "biggest", "leading", "ruling", "governing", "principal"})
# adjectives that tell one institution from another ("the supreme court", "riot police")
INSTITUTION_ADJECTIVES = {
    "supreme",
    "constitutional",
    "high",
    "federal",
    "national",
    "local",
    "state",
    "military",
    "regional",
    "provincial",
    "district",
    "interim",
    "transitional",
    "riot",
    "border",
    "central",
    "electoral",
    "presidential",
    "parliamentary",
    "municipal",
    "appeals",
    "foreign",
    "interior",
    "civil",  # "the civil protection agency", "the civil aviation authority"
    "monetary",
    "judicial",
    "environmental",  # "fined by the environmental agency": the regulator of a field
}


# "arrested over the bombing", "spoke after the shelling": an event named as the cause or time of another
CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"over", "after", "before", "since", "following", "during", "about", "amid", "despite", "for", "regarding"}
    | {"because", "due", "owing"}  # "cancelled flights because of the storm", "due to the floods"
)


# the prepositions of an act's time or cause, after which whoever acts answers it ("suspended Gabon following the
# coup", "froze loans following the takeover", "pulled out amid the crackdown"), whatever the kind of the act
# ("after" is left out: "the day after the first closure" dates by an act it does not answer)
AFTERMATH_PREPOSITIONS = frozenset({"following", "since", "amid", "despite", "because", "due", "owing"})


def _answered_act(noun: Any) -> bool:
    """ "suspended Gabon following the coup", "following the August suspensions and a ruling in September": the act
    named right after a preposition of time or cause on a verb (or joined to one so named) is what the clause
    answers."""
    while noun.dep_ == "conj":
        noun = noun.head
    preposition = noun.head
    # on a verb: the clause answers it ("the day after the first closure" only tells a time)
    return bool(
        noun.dep_ == "pobj" and preposition.lower_ in AFTERMATH_PREPOSITIONS and preposition.head.tag_.startswith("VB")
    )


RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
# parts of a body that act for it: "its cybercrime unit", "the ministry's legal team"
PART_NOUNS = frozenset({"unit", "team", "division", "squad", "wing", "branch", "arm", "task force"})
# who acts in court for a client: what they file is the client's act too ("her lawyers filed an appeal")
COUNSEL_NOUNS = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"})
LEGAL_TEAM_WORDS = frozenset({"legal", "defence", "defense"})
# "a team led by X", "a panel chaired by Y": verbs of leading a group, whose "by" names its leader
LEADING_PARTICIPLES = frozenset({"led", "headed", "chaired", "commanded", "captained"})
COMPANY = "company"  # the last organisation named with a legal form ("Corp.", "Inc.", "Ltd")
COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})
# Words for a kind of business and the last words of company names that say that kind ("the lender" after "Halvex
# Bank", "the airline" after "Korvan Airways"): general language.  A noun stands for itself too ("the bank").
BUSINESS_NAME_HEADS = {
    "bank": frozenset({"bank", "bancorp"}),
    "lender": frozenset({"bank", "bancorp"}),
    "airline": frozenset({"air", "airline", "airlines", "airways"}),
    "carrier": frozenset({"air", "airline", "airlines", "airways"}),
    "insurer": frozenset({"insurance", "assurance"}),
    "miner": frozenset({"mining", "mines", "minerals", "resources"}),
    "drugmaker": frozenset({"pharmaceuticals", "pharma", "therapeutics", "biosciences", "laboratories"}),
    "chipmaker": frozenset({"semiconductor", "semiconductors", "microelectronics"}),
    "carmaker": frozenset({"motors", "motor", "automotive"}),
    "automaker": frozenset({"motors", "motor", "automotive"}),
    "shipbuilder": frozenset({"shipyards", "shipyard", "shipbuilding"}),
    "shipyard": frozenset({"shipyards", "shipyard", "shipbuilding"}),
    "retailer": frozenset({"stores", "retail"}),
    "operator": frozenset({"telecom", "telecommunications", "mobile"}),
    "brewer": frozenset({"brewery", "breweries", "brewing"}),
    "steelmaker": frozenset({"steel"}),
    "utility": frozenset({"energy", "power", "electric", "utilities"}),
}
# a company's governing bodies, which act for it
BOARD_NOUNS = frozenset({"board", "management"})
# What a company or a country has that rises and falls: its owner is what the change is news about.
# what an act is done on besides a decision ("on the orders of the governor", "at the order of the court")
ORDERING_PREPOSITIONS = DECISION_PREPOSITIONS | {"on", "upon", "at"}
ORDERING_NOUNS = DECISION_NOUNS | {"instruction", "command", "verdict", "judgment", "judgement", "edict"}
# how a decision names who took it: "a decision of the court", "an order from the ministry", "a ruling by the judge"
DECIDER_PREPOSITIONS = frozenset({"of", "from", "by"})
MEASURES = frozenset(
    {
        "share",
        "shares",
        "stock",
        "stocks",
        "price",
        "prices",
        "sales",
        "export",
        "exports",
        "import",
        "imports",
        "profit",
        "profits",
        "revenue",
        "revenues",
        "earnings",
        "output",
        "value",
        "deficit",
        "surplus",
        "currency",
    }
)


class ArgumentFinder(FinderBase):
    """Fills a candidate's participants."""

    def _arguments(self, candidate: Candidate) -> None:
        seen: set[str] = set()

        def add(actor: ActorRef | None, role: str) -> None:
            for each in self.actors.with_country(actor):
                if each.name not in seen:
                    seen.add(each.name)
                    candidate.participants.append((each, role if each is actor else COUNTRY_ROLE))

        kind = candidate.type
        # whom a disaster killed, injured or left homeless is what it befell, as the target of an attack is
        object_role = (
            "target"
            if kind in FORCE_TYPES or kind in ("legal", "disapproval", "threat", "demand", "disaster")
            else ("recipient" if kind in ADDRESS_TYPES else "subject")
        )
        subject_role = "agent"
        verbs = [a for a in candidate.anchors if a.tag_.startswith("VB")]
        if any(
            self.lexicon.lemma(a) in self.lexicon.patient_verbs
            # "the governor received the students", "inmates escaped from the jail" (a support row's act): the verb
            # is the act, its subject the one who did it
            and not (a is candidate.trigger and (candidate.lexeme.learned or self.lexicon.verb_trigger(a) is None))
            for a in verbs
        ):
            subject_role = "target"  # "survived an assassination attempt"
        for anchor in candidate.anchors:
            if (
                anchor.tag_.startswith("VB")
                and not candidate.trigger.tag_.startswith("VB")
                and any(c in candidate.anchors for c in children_of(anchor) if c.dep_ == "nsubj")
            ):
                continue
            if anchor.tag_.startswith("VB"):
                passive = _child(anchor, "auxpass") is not None or elided_passive_conjunct(anchor)
                # "the men had fled and were captured": the subject a passive conjunct shares is what it acted on
                shared_role = object_role if passive and anchor.dep_ == "conj" else subject_role
                if _below_a_verb_trigger(anchor, candidate.trigger):
                    shared_role = object_role  # "ordered the company closed": what the order closes, not who
                if anchor.i != candidate.trigger.i and anchor.lower_ in PERMITTING_VERBS:
                    # "the ministry permitted the shooting of the wolf": who allows an act takes part in it; those
                    # it allows do it
                    shared_role = "participant"
                if kind == "disaster" and self.lexicon.lemma(anchor) in DYING_VERBS | BEFALLING_VERBS:
                    # "three fishermen drowned", "the worker fell from the scaffolding", "the cable went dead": what
                    # the accident befell, not who did it
                    shared_role = "target"
                # "the hospital reported 17 confirmed cases": who found or told the cases took no part in the outbreak
                # (as an agent it made the report of the cases one with the hospital's other news: a death there);
                # the report's quote still names them
                reporter = kind == "disaster" and (
                    self._found_what_befell(anchor)
                    or any(_found_in_that_state(a, candidate.trigger) for a in candidate.anchors)
                )
                for subject in () if reporter else self._subjects(anchor):
                    # "why wasn't it shot?": the parser's subject of a passive verb, in a question, is what the
                    # verb was done to
                    misread_passive = passive and subject.head.i == anchor.i and subject.dep_ == "nsubj"
                    for actor in self.actors_at(subject, speaker=True):
                        add(actor, object_role if misread_passive else shared_role)
                    if kind == "legal" and shared_role == "agent" and not misread_passive:
                        for client in self._client_of_counsel(subject):
                            add(client, "agent")
                    if kind in TALK_TYPES:
                        # "talks between the union and the company broke down": the sides of the talks named
                        for prep in _children(subject, "prep"):
                            if prep.lower_ == "between":
                                self._prepositional(prep, kind, add)
                for child in children_of(anchor):
                    dep = child.dep_
                    if dep == "agent":
                        for pobj in () if reporter else _children(child, "pobj"):
                            for actor in self.actors_at(pobj, speaker=True):
                                add(actor, "agent")
                    elif dep in ("nsubjpass",) and passive and _case_paper(child):
                        for prep in _children(child, "prep"):
                            self._prepositional(prep, kind, add)  # "an FIR was lodged against three officials"
                    elif dep in ("nsubjpass",) and passive:
                        for actor in self.actors_at(child, speaker=kind in ADDRESS_TYPES):
                            add(actor, object_role if kind != "product-launch" else "subject")
                    elif dep in ("dobj", "dative") and _case_paper(child):
                        # "registered an FIR against the MLA": the paper is no party, whom it is against the target
                        for prep in _children(child, "prep"):
                            self._prepositional(prep, kind, add)
                    elif (
                        dep in ("dobj", "dative")
                        and kind in ADDRESS_TYPES
                        and child.lower_ in PRESS
                        and candidate.participants
                    ):
                        # "the minister told reporters": the press a statement is made to reports it, no party to it
                        # (kept when no speaker was found, as what holds the statement's place among the events)
                        pass
                    elif dep in ("dobj", "dative") and child.i != candidate.trigger.i:
                        for actor in self._object_actors(child, addressee=kind in ADDRESS_TYPES):
                            add(actor, object_role if dep == "dobj" else "recipient")
                        if dep == "dobj" and self.lexicon.lemma(child) in TIES_NOUNS:
                            # "cut ties with Chile", "restored relations with Cuba": the other side of the ties
                            for prep in _children(child, "prep"):
                                if prep.lower_ == "with":
                                    for pobj in _children(prep, "pobj"):
                                        for actor in self.actors_at(pobj, speaker=False):
                                            add(actor, object_role)
                        if kind in FORCE_TYPES and dep == "dobj":
                            # "launched drones at Israel", "fired missiles toward the city": what was aimed at
                            for prep in _children(child, "prep"):
                                if prep.lower_ in AIMED_AT:
                                    for pobj in _children(prep, "pobj"):
                                        for actor in self.actors_at(pobj, speaker=False):
                                            add(actor, "target")
                    elif dep == "oprd" and kind == "personnel" and _child(anchor, "nsubj") is not None:
                        # "named Ana Ruiz (as) chief executive": the parser makes the person an object predicate,
                        # or a modifier of the post that is one
                        for named in [child, *(c for c in children_of(child) if c.dep_ in ("nmod", "compound"))]:
                            mention = self.actors.mention_at(named)
                            if mention is not None and mention.label == "PERSON":
                                add(self._resolve_mention(mention, speaker=False), object_role)
                    elif dep == "prep" and _misparsed_particle(child, anchor, candidate):
                        # "swore in a retired general": the parser's preposition is the verb's particle and
                        # its object the verb's object
                        for pobj in _children(child, "pobj"):
                            for actor in self._object_actors(pobj, addressee=False):
                                add(actor, object_role)
                    elif dep == "prep":
                        self._prepositional(child, kind, add)
                if candidate.lexeme.reporting or kind == "statement":
                    for actor in self._reported(anchor):
                        add(actor, "subject")
            else:
                if kind in NATIONAL_FORCE_TYPES and anchor is candidate.trigger:
                    for actor in self._nationality_agents(anchor):
                        add(actor, "agent")
                for child in children_of(anchor):
                    modifier = self.actors.mention_at(child)
                    if child.dep_ == "compound" and modifier is not None and self._is_location(modifier):
                        continue  # "a U.S. release": where, not who
                    if child.dep_ == "poss" and _undergone(anchor, self.lexicon.lemma):
                        # "his arrest", "the general's arrest": the one it was done to, not who did it
                        for actor in self.actors_at(child, speaker=True):
                            add(actor, "target")
                    elif child.dep_ in ("poss", "compound") and child.i != candidate.trigger.i:
                        for actor in self.actors_at(child, speaker=True):
                            add(
                                actor,
                                "agent" if child.dep_ == "poss" or kind in ("statement", "election") else "participant",
                            )
                    elif child.dep_ == "prep":
                        preposition = child.lower_
                        if preposition == "of":
                            for pobj in _children(child, "pobj"):
                                for actor in self.actors_at(pobj, speaker=False):
                                    add(actor, "target" if kind in FORCE_TYPES else "subject")
                        elif preposition == "by" or (preposition == "from" and kind in VOICED_TYPES):
                            # "condemnation from the African Union", "denials from officials"
                            for pobj in _children(child, "pobj"):
                                for actor in self.actors_at(pobj, speaker=True):
                                    add(actor, "agent")
                        else:
                            self._prepositional(child, kind, add)
        if not any(role == "agent" for _, role in candidate.participants):
            for actor in (
                self._deciding_body(candidate)
                or self._reporting_state_body(candidate)
                or self._arresting_force(candidate)
                or self._body_of_authority(candidate)
            ):
                add(actor, "agent")
        if not candidate.participants and not candidate.trigger.tag_.startswith("VB"):
            # "detained six people over the bombing", "spoke after the shelling": who acts on an attack named in a
            # prepositional phrase (its cause, its time) took no part in it
            # ("placed under house arrest" is different: the arrest is a state its subject is put in)
            # (nor did who acts because of a storm or a flood)
            circumstance = kind in ("attack", "mass-violence", "military", "disaster")
            # who talks on after a meeting mostly met ("spoke at a news conference after a meeting in Helsinki"), and
            # who speaks after an election mostly ran in it ("He called for unity following Saturday's elections")
            anchor = candidate.anchors[-1]
            answered = kind not in TALK_TYPES and kind != "election" and _answered_act(anchor)
            governing = [] if answered else self._governing_subjects(anchor, through_prepositions=not circumstance)
            for subject in governing:
                for actor in self.actors_at(subject, speaker=True):
                    add(actor, "participant")
        # places
        for place in self._places(candidate):
            if place.name not in {p.name for p in candidate.places}:
                candidate.places.append(place)
        # "expelled two Ukrainian diplomats": envoys sent home were in the expelling country, not their own
        if kind in FORCE_TYPES and not self._acts_on_envoys(candidate):
            for actor, role in candidate.participants:
                if role == "target" and actor.kind == "country":
                    country = self.gazetteer.country(actor.name)
                    if country is not None and country.name not in {p.name for p in candidate.places}:
                        candidate.places.append(country)

    def _prepositional(self, prep: Any, kind: str, add: Any) -> None:
        preposition = prep.lower_
        role = None
        if preposition == "between" and kind in TALK_TYPES:
            role = "agent"  # "talks between the union and the company": both sides talk
        elif preposition in ("with", "between"):
            role = "recipient" if kind in ("communication",) else "participant"
        elif preposition == "to" and kind in ADDRESS_TYPES:
            role = "recipient"
        elif preposition in ("against",) or (preposition in ("at", "on") and kind in FORCE_TYPES):
            role = "target"
        elif preposition == "from" and kind in VOICED_TYPES:
            role = "agent"  # "drew condemnation from the African Union"
        elif preposition in ("over", "about") and kind in DISPUTE_TYPES:
            # "sued over claims of hearing loss from iPod use": what the dispute is about, named anywhere in it
            for token in prep.subtree:
                mention = self.actors.mention_at(token)
                if mention is None or token.i != mention.start or self._is_location(mention):
                    continue
                if mention.label in ("PERSON", "NORP"):
                    continue
                add(self._resolve_mention(mention, speaker=False), "subject")
            return
        if role is None:
            return
        for pobj in _children(prep, "pobj"):
            for actor in self.actors_at(pobj, speaker=role != "target" or kind not in FORCE_TYPES):
                add(actor, role)

    def _reporting_state_body(self, candidate: Candidate) -> list[ActorRef]:
        """ "DOC says 64 whales were refloated", "the ministry wishes to inform the public that 12 children were
        vaccinated", and in a ministry's own release "64 whales were refloated on the evening tide": a state body
        that tells, with no doer, an act of rescue, care, inquiry or business reports its own work. Not a union's or
        a charity's report (of what others did to those it speaks for), nor what was done to the body's own ("two of
        its diplomats were evacuated"), nor a killing or an arrest the police report, nor words it quotes."""
        verb = candidate.trigger
        if candidate.type not in SELF_REPORTED_TYPES or not _passive_without_doer(verb):
            return []
        done_to = _child(verb, "nsubjpass")
        if done_to is None or any(t.tag_ in ("PRP", "PRP$") for t in done_to.subtree):
            return []
        speakers = self._tellers_of(verb)
        if len(speakers) != 1 or not self.actors.of_the_state(speakers[0]):
            return []
        if speakers[0].name in {actor.name for actor in self.actors_at(done_to, speaker=False)}:
            return []
        return speakers

    def _arresting_force(self, candidate: Candidate) -> list[ActorRef]:
        """ "Police said 23 protesters had been arrested", "riot police cleared the road. Nine farmers were detained
        during the operation", "the gendarmerie dismantled a camp, and six drivers were arrested", in a police
        release "four persons were detained": an arrest told in the passive with no doer is the act of the police
        force that tells it, publishes it, or acts in its sentence or the one before, as arresting is a force's.
        Not when another body tells it ("the union said 12 of its organisers had been arrested"): a force near is
        then no evidence."""
        verb = candidate.trigger
        if (
            candidate.type != "coercion"
            or self.lexicon.lemma(verb) not in self.lexicon.custody_verbs
            or not _passive_without_doer(verb)
        ):
            return []
        if negated(verb):
            return []  # "nobody has been arrested so far": no arrest, and no one made it
        if verb.dep_ == "ccomp" and self._telling_verb(verb.head):
            tellers = [actor for subject in self._subjects(verb.head) for actor in self._force_at(subject)]
            if tellers:
                return tellers[:1]
            if any(a.kind != "person" for s in self._subjects(verb.head) for a in self.actors_at(s, speaker=True)):
                return []  # a union, a newspaper, a family: what was done to those it speaks for
        elif verb.dep_ == "ROOT" and not self._in_quotation(verb):
            publisher = self._publishing_body()
            if publisher is not None and self._is_force(publisher.name):
                return [publisher]
        sentence = verb.sent
        before = [t for t in tokens_in(sentence) if t.i < verb.i and t.dep_ == "nsubj" and t.head.tag_.startswith("VB")]
        if sentence.start > 0:
            previous = self.doc[sentence.start - 1].sent
            before += [t for t in children_of(previous.root) if t.dep_ == "nsubj"]
        for subject in before:
            forces = self._force_at(subject)
            if forces:
                return forces[:1]
        return []

    def _deciding_body(self, candidate: Candidate) -> list[ActorRef]:
        """ "By decision of the district court, the plant's activity was suspended", "on the orders of the governor,
        the crossing was closed", "by the court's ruling, the mayor was removed": an act told in the passive with no
        doer, done by a decision or an order, is the act of who took the decision (official notices tell acts so).
        Not an act done despite or against a decision, which names no doer."""
        verb = candidate.trigger
        if not _passive_without_doer(verb):
            return []
        for child in children_of(verb):
            if child.dep_ != "prep" or child.lower_ not in ORDERING_PREPOSITIONS:
                continue
            for decision in _children(child, "pobj"):
                if self.lexicon.lemma(decision) not in ORDERING_NOUNS:
                    continue
                deciders = [t for t in children_of(decision) if t.dep_ == "poss"] + [
                    pobj
                    for prep in children_of(decision)
                    if prep.dep_ == "prep" and prep.lower_ in DECIDER_PREPOSITIONS
                    for pobj in _children(prep, "pobj")
                ]
                found = [actor for decider in deciders for actor in self.actors_at(decider, speaker=True)]
                if found:
                    return found
        return []

    def _body_of_authority(self, candidate: Candidate) -> list[ActorRef]:
        """ "Rojas has been banned for three years, the International Tennis Integrity Agency said", "Haddad was
        sentenced to seven years, the Court of Appeal said", in a ministry's release "eleven kindergartens were
        closed": an act of authority told in the passive with no doer is the act of the one body that tells or
        publishes it when the body is one that does such acts (a federation bans, a court sentences, a ministry
        closes). Not a union's, a lawyer's or a family's report of what was done to those it speaks for, nor a
        sentence that prosecutors tell, nor an outlet's report."""
        verb = candidate.trigger
        doers = self.lexicon.authority_bodies.get(self.lexicon.lemma(verb) or "")
        if not doers or not _passive_without_doer(verb) or negated(verb):
            return []
        tellers = self._tellers_of(verb)
        if len(tellers) != 1 or tellers[0].kind == "person":
            return []
        words = set(re.findall(r"[^\W\d_]+", tellers[0].name.casefold()))
        if not words & doers or words & (self.lexicon.outlet_words - doers):
            return []
        if any(self._people_of_a_body(word) for word in words):
            return []  # "the Teachers' Council", "the strike committee": a body of those it speaks for
        return tellers

    def _tellers_of(self, verb: Any) -> list[ActorRef]:
        """Who tells the act of a clause: the subject of the telling verb it is said under ("DOC says 64 whales were
        refloated"), or the body that publishes the text for a sentence of its own, outside quotation marks."""
        if verb.dep_ == "ccomp" and self._telling_verb(verb.head):
            return [actor for subject in self._subjects(verb.head) for actor in self.actors_at(subject, speaker=True)]
        if verb.dep_ == "ROOT" and not self._in_quotation(verb):
            publisher = self._publishing_body()
            return [publisher] if publisher is not None else []
        return []

    def _people_of_a_body(self, word: str) -> bool:
        """Whether a word of a body's name names the people it is made of ("teachers", "farmers") or their action
        ("strike")."""
        singular = word[:-1] if word.endswith("s") else word
        kinds = {self.lexicon.actor_noun_kind(word), self.lexicon.actor_noun_kind(singular)}
        return "group" in kinds or word in self.lexicon.representative_words

    def _force_at(self, subject: Any) -> list[ActorRef]:
        """The police force a subject names: "riot police", "Kenyan police", "officers of the Carabinieri" (the
        force the officers are of), "a police spokesman" (the force he speaks for)."""
        of = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
        pobj = _child(of, "pobj") if of is not None else None
        spoken_for = [c for c in children_of(subject) if c.dep_ == "compound" and c.i < subject.i]
        for token in (pobj, *spoken_for, subject):
            if token is None:
                continue
            forces = [
                actor
                for actor in self.actors_at(token, speaker=True)
                if actor.kind != "person" and self._is_force(actor.name)
            ]
            if forces:
                return forces
        return []

    def _is_force(self, name: str) -> bool:
        return any(word in self.lexicon.arresting_forces for word in name.casefold().split())

    def _telling_verb(self, verb: Any) -> bool:
        """A verb of saying ("said", "announced") or of letting know ("wishes to inform the public that")."""
        told = self.lexicon.verb_trigger(verb)
        return told is not None and (told.reporting or told.type == "communication")

    def _subjects(self, verb: Any) -> list[Any]:
        misread = _subject_read_as_object(verb)
        if misread is None:
            misread = stranded_subject(verb)
        if misread is not None:
            return [misread]
        signer = enacting_clause_signer(verb)
        signed_by = _child(signer, "nsubj") if signer is not None else None
        if signed_by is not None:
            return [signed_by]  # "signed a decree that nationalised two companies": the signer did what it does
        current = verb
        if _participle_after_a_complement(verb):
            # "ordered a diplomat to leave the country, accusing him of spying": who ordered accused, though the
            # parser hung the participle on the leaving
            current = verb.head.head
        for _ in range(6):
            if current.i != verb.i and _closes_aside(current, verb):
                # "targeted the hall, where the band was to perform, opening fire": the participle after the
                # aside is the main clause's, whatever the parser hung it on
                current = current.head
                while current.dep_ in ("dobj", "pobj", "prep", "appos", "conj") and not current.tag_.startswith("VB"):
                    current = current.head
                continue
            subjects = [c for c in children_of(current) if c.dep_ in ("nsubj", "csubj")]
            if subjects:
                # "Trump ally Bryan Lanza told": two subject heads, keep the named ones
                return [_person_behind_title(s) for s in subjects]
            passive_subject = _child(current, "nsubjpass")
            if passive_subject is not None:
                # "Apple was started by Jobs in 1976, and launched the store in 2003": the conjunct's subject
                return [] if current is verb else [passive_subject]
            if current.dep_ == "acl" and current.head.tag_.startswith("NN"):
                return [current.head]  # "Jobs, born in San Francisco on February 24, 1955, ..."
            if current.dep_ == "xcomp" and _child(current.head, "dobj") is not None:
                return [_child(current.head, "dobj")]  # object control: "prompting Apple Corps to file suit"
            if current.dep_ == "xcomp" and self.lexicon.lemma(current.head) in PERCEPTION_VERBS:
                return []  # "they heard shooting": who heard it did not shoot, and the text does not say who did
            quoted = _quoted_speaker(current)
            if quoted is not None:
                # "the agency quoted the minister as saying": who said it is whom the outlet quoted
                return [quoted]
            if current.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl") or (
                current.dep_ == "pobj" and current.head.dep_ == "prep"
            ):
                through_preposition = current.dep_ == "pcomp" and current.head.lower_ in ("in", "for", "of")
                current = current.head
                while current.dep_ in ("prep", "pobj", "npadvmod", "pcomp") and not current.tag_.startswith("VB"):
                    current = current.head
                if through_preposition and current.tag_.startswith("VB"):
                    # object control: "praised X for surviving", "praised X's courage in surviving"
                    dobj = _child(current, "dobj")
                    if dobj is not None:
                        if self._actor_at(dobj, speaker=True) is not None:
                            return [dobj]
                        possessor = _child(dobj, "poss")
                        if possessor is not None:
                            return [possessor]
                continue
            if current.dep_ == "prep":
                current = current.head
                continue
            break
        return []

    def _governing_subjects(self, token: Any, through_prepositions: bool = True) -> list[Any]:
        """Subjects of the clause chain an argument-less event noun sits in (captions, "ahead of the election")."""
        found: list[Any] = []
        current = token
        inside_noun = False  # the chain has passed through another noun ("the detention of men involved in it")
        for _ in range(10):
            if current.dep_ in ("ccomp", "relcl"):
                break
            if not through_prepositions and (
                inside_noun or (current.dep_ == "prep" and current.lower_ in CIRCUMSTANCE_PREPOSITIONS)
            ):
                break  # the attack is what another noun is about ("the lives lost in the massacre"): not their act
            if current.dep_ == "ROOT" or current.head.i == current.i:
                found += [c for c in children_of(current) if c.dep_ == "nsubj"]
                break
            current = current.head
            if current.tag_.startswith("VB") and self.lexicon.lemma(current) in self.lexicon.regarding_verbs:
                break  # "Russia observed a day of mourning, commemorating the assault": who remembers it took no part
            inside_noun = inside_noun or current.tag_.startswith("NN") or current.tag_ in ("CD", "PRP")
            if current.tag_.startswith("VB"):
                found += [c for c in children_of(current) if c.dep_ in ("nsubj", "nsubjpass")]
        return found

    def _reported(self, verb: Any) -> list[ActorRef]:
        """Who a statement is about: the named people, organisations and products of its complement."""
        out: list[ActorRef] = []
        for child in children_of(verb):
            if child.dep_ not in ("ccomp", "xcomp"):
                continue
            for token in child.subtree:
                mention = self.actors.mention_at(token)
                if mention is None or token.i != mention.start:
                    continue
                if mention.label == "NORP":
                    continue
                head = self.doc[mention.start : mention.end].root
                argument = head.dep_ in ("nsubj", "nsubjpass", "dobj")
                if self._is_location(mention) and not argument:
                    continue
                actor = self._resolve_mention(mention, speaker=argument)
                if actor is not None and actor.kind == "product" and not _in_argument(head):
                    continue  # "said podcasts would be built in to iTunes": a passing mention, not what was said of
                if actor is not None:
                    out.append(actor)
        return out

    def _object_actors(self, token: Any, addressee: bool) -> list[ActorRef]:
        found = self.actors_at(token, speaker=addressee)
        for child in children_of(token):
            if child.dep_ != "appos":
                continue
            if not found:
                # "dozens of drones targeting X", "the town of X": look one step further
                found += self.actors_at(child, speaker=addressee)
            else:
                # "appointed a retired judge, Elena Marquez,": the named person beside the noun for them
                mention = self.actors.mention_at(child)
                if mention is not None and mention.label in ("PERSON", "ORG"):
                    found += [a for a in self.actors_at(child, speaker=addressee) if a not in found]
        return found

    def actors_at(self, token: Any, speaker: bool) -> list[ActorRef]:
        """The actors a noun phrase names: an entity, a pronoun, "the president-elect", "Russian forces";
        with its conjuncts ("Trump and Putin")."""
        out: list[ActorRef] = []
        # "a coalition of unions — the NFU, Copa and the Young Farmers — said": a dashed list names the members
        # of the phrase before it, which the parser may hang on it as conjuncts; they are not co-speakers
        conjuncts = [c for c in children_of(token) if c.dep_ == "conj" and not _after_dash(c)]
        for head in [token, *conjuncts]:
            actor = self._actor_at(head, speaker)
            if actor is not None:
                out.append(actor)
            for leader in self._leaders(head, speaker):
                if leader not in out:
                    out.append(leader)
        return out

    def _leaders(self, token: Any, speaker: bool) -> list[ActorRef]:
        """ "a rescue team led by a navy captain, Ana Ruiz,", "the committee, chaired by the governor,": who leads a
        group acts with it, and is often the only one of the two the text names."""
        found: list[ActorRef] = []
        # "a team of divers led by X": the parser may hang the participle on the members
        members = [pobj for of in _children(token, "prep") if of.lower_ == "of" for pobj in _children(of, "pobj")]
        for clause in [c for noun in [token, *members] for c in children_of(noun)]:
            if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lower_ not in LEADING_PARTICIPLES:
                continue
            for by in _children(clause, "agent"):
                for pobj in _children(by, "pobj"):
                    found += self.actors_at(pobj, speaker)
        return found

    def _actor_at(self, token: Any, speaker: bool) -> ActorRef | None:
        if token.i in self.actors.speaker_labels:
            return None  # "CORRESPONDENT: the agency said ...": who speaks in a transcript, no actor of it
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.head.head is not token:
            # "Boeing, which launched the 787 in 2004", "Jobs, who founded Apple": the noun the clause is about
            if self._place_in_phrase(token.head.head):
                # "a strike on a market in Kharkiv, which killed 12": the parser hung the clause on the place
                # the event was in; a place in a locative phrase is where, never who
                return None
            return self._actor_at(token.head.head, speaker)
        force = self._owner_of_craft(token, speaker)
        if force is not None:
            return force
        mention = self.actors.mention_at(token)
        office = self._office_cut_from_its_name(token, mention)
        if office is not None:
            return office
        if mention is None:
            # "Trump ally Bryan Lanza": the head noun "ally" with the name as a compound or apposition
            for child in children_of(token):
                # "the group of nations - France, Spain and Italy -" lists members: none of them is the group
                if child.dep_ == "appos" and any(c.dep_ == "conj" for c in children_of(child)):
                    break
                if child.dep_ in ("appos",) and self.actors.mention_at(child) is not None:
                    mention = self.actors.mention_at(child)
                    break
                if child.dep_ == "appos" and child.tag_ in ("NN", "NNS"):
                    # "her rival, the businessman Ana Ruiz,": the parser hangs the name on the noun describing it
                    described = [self.actors.mention_at(g) for g in children_of(child) if g.dep_ == "appos"]
                    if described and described[0] is not None and described[0].label == "PERSON":
                        mention = described[0]
                        break
        if mention is None and (
            token.lower_ in self.lexicon.titles - self.lexicon.relational_titles
            or (token.tag_ == "NN" and self.lexicon.unnamed_actors.get(token.lower_) == "person")
        ):
            # "Apple CEO Steve Jobs ...", "the company CEO, Steve Jobs": the title's person; "appointed Ana Ruiz
            # envoy", "elected him mayor", with the post the parser's head of the name
            for child in children_of(token):
                found = self.actors.mention_at(child) if child.dep_ in ("compound", "appos", "conj") else None
                if found is not None and found.label == "PERSON":
                    mention = found
                    break
        if mention is None and token.tag_.startswith("NN") and token.text[:1].isupper():
            # "Jobs" or "Steve" alone, which the recogniser did not tag: a person the article named in full
            known = (
                self.actors.by_part.get(name_key(token.text))
                or self.actors.by_first.get(name_key(token.text))
                or self.actors.company_by_first_word(token.text)  # "Quellan" after "Quellan Systems"
            )
            if known is not None:
                return known
        if mention is None and token.tag_.startswith("NN") and token.lower_ not in self.lexicon.titles:
            # "iPod players", "the iTunes store": a named product or company modifying a common noun
            for child in children_of(token):
                found = self.actors.mention_at(child) if child.dep_ == "compound" else None
                if found is not None and found.label in ("ORG", "PRODUCT") and not self._region_body(found, token):
                    if _force_member(token):
                        continue  # "an Elmwood police officer": the town of the force, not the officer
                    mention = found
            if mention is None and token.text.islower():
                # "the National Liberation Army (ELN) rebel group": the parser hangs the name as a modifier
                for child in children_of(token):
                    found = self.actors.mention_at(child) if child.dep_ == "nmod" else None
                    if found is not None and found.label == "ORG":
                        mention = found
                        break
            if mention is None and token.lower_ in ARMED_GROUP_HEADS:
                named = self._armed_group_name(token)
                if named is not None:
                    return named
            if self.lexicon.lemma(token) in self.lexicon.named_heads:
                # "the iTunes store", "the Nikkei average": the name's own body, whatever the recogniser called it
                unnamed = self._unrecognised_name(token)
                if unnamed is not None:
                    return self.actors.with_head(unnamed, self.lexicon.lemma(token))
                for child in children_of(token):
                    # right before the noun: "the iTunes store", not "the FSB security service" (the FSB itself)
                    found = self.actors.mention_at(child) if child.dep_ == "compound" else None
                    if found is not None and found.end != token.i:
                        continue
                    if found is not None and found.label == "NORP" and not self._nationality(found.text):
                        # "the iTunes store", "the Halvex index": the recogniser took the name for a nationality
                        found = Mention(found.start, found.end, "ORG", found.text)
                    named = self._resolve_mention(found, speaker) if found is not None else None
                    if named is not None and named.kind in ("organisation", "product"):
                        return self.actors.with_head(named, self.lexicon.lemma(token))
        if mention is not None and mention.label == "PRODUCT" and mention.end - mention.start == 1:
            # "the 3G iPhone" is the iPhone 3G, when that product is known
            variant = "".join(c.text for c in children_of(token) if c.dep_ in ("compound", "nummod") and c.i < token.i)
            model = self._model(mention.text, variant)
            if model is not None:
                return model
        if mention is not None:
            # "The newest iPhone, iPhone 4": the apposition names the model
            for child in children_of(token):
                specific = self.actors.mention_at(child) if child.dep_ == "appos" else None
                if specific is not None and specific is not mention and specific.text.startswith(mention.text):
                    mention = specific
                    break
            return self._resolve_mention(mention, speaker)
        lower = token.lower_
        if lower in PRONOUNS_PERSON:
            # "Trump claimed he would ...": the nearest person before it in the sentence, else the last one
            earlier = [
                m
                for m in self._sentence_mentions(token)
                if m.start < token.i
                and m.label == "PERSON"
                and not _asker_of_fronted_participle(self.doc[m.start : m.end].root)
            ]
            if earlier:
                return self._resolve_mention(earlier[-1], speaker=True)
            return self.last_person
        if lower in ("we", "our", "us"):
            # a quoted speaker's "we" is the speaker's side ("We filed the appeal," his lawyer said); outside quotation
            # marks the publisher's own (a firm's status page, a ministry's release; a paper's "his lawyer told us"
            # is the press, no party); with no publisher known, a spokesperson's "we": the organisation last in
            # the news
            quoted = self._quoted_speaker(token)
            if quoted is not None or self._in_quotation(token) or not self.publisher:
                return quoted or self.last_group
            return self._publishing_body()
        if lower in PLURAL_PRONOUNS and token.tag_ in ("PRP", "PRP$"):
            return self._plural_antecedent(token, speaker)
        if lower in PRONOUNS_GROUP and token.tag_ in ("PRP", "PRP$"):
            # an earlier subject of the same sentence ("Moscow saying that it had captured"), else the last one
            earlier = [
                m
                for m in self._sentence_mentions(token)
                if m.start < token.i
                and m.label in ("ORG", "GPE", "PRODUCT")
                and self.doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")
            ]
            if earlier:
                return self._resolve_mention(earlier[-1], speaker=True)
            speaker_body = self._reporting_body(token)
            if speaker_body is not None:
                return speaker_body
            if self.last_body is not None:
                return self.last_body  # "The coastguard said the smugglers had fled. It said ...": the speaker
            # never a plural group ("hackers", "gunmen"): a "they", not an "it"
            return self.last_thing if self.last_thing is None or self.last_thing.kind != "group" else None
        if token.tag_ == "CD":
            # "About 1,200 of the plant's 3,800 workers walked out", "three of the managers were arrested": some of
            # the people the "of" phrase names, who act, or are acted on, as those people
            of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
            people = _child(of, "pobj") if of is not None else None
            if people is not None and people.tag_ in ("NNS", "NNPS"):
                return self._actor_at(people, speaker)
            return None
        if token.tag_.startswith("NN") and self.lexicon.lemma(token) in ("version", "model", "edition"):
            # "a 3G version of its iPhone" is the iPhone 3G, when that product is known
            modifier = next((c for c in children_of(token) if c.dep_ in ("compound", "nummod", "amod")), None)
            of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            product = self._actor_at(pobj, speaker) if pobj is not None else None
            if modifier is not None and product is not None and product.kind == "product":
                modifier_text = self.doc[modifier.left_edge.i : modifier.i + 1].text.replace(" ", "")
                model = self._model(product.name, modifier_text)
                if model is not None:
                    return model
        if token.tag_.startswith("NN") and self.lexicon.lemma(token) in COLLECTIVE_NOUNS:
            return self._collective(token, speaker)
        if token.tag_ == "NNS" and token.lower_ in STAFF_NOUNS:
            national = self._national_body_of_staff(token)
            if national is not None:
                return national
        # "The Economic Offences Unit of the state police arrested": a named unit is a body of its own
        part = token.lower_ in FORCE_PARTS and token.tag_ in ("NN", "NNS")
        if token.tag_.startswith("NN") and (token.lower_ in MEMBER_NOUNS or part) and _doer_position(token):
            body = self._body_of_members(token, speaker)
            if body is not None:
                return body
        if token.tag_.startswith("NN"):
            # "Russian forces", "Ukrainian officials" stand for the country's state; "Chile's navy" and "the
            # Kenyan army" are bodies of the country (``_unnamed_actor``), which the event names beside them
            if lower in self.lexicon.group_nouns and not self.actors.is_state_body(lower):
                for child in children_of(token):
                    if child.dep_ in ("amod", "compound", "poss"):
                        country = self.lexicon.demonyms.get(child.lower_) or self.lexicon.demonyms.get(
                            name_key(child.text)
                        )
                        if country is None and self.actors.country(child.text):
                            country = self.actors.country(child.text).name  # type: ignore[union-attr]
                        if country:
                            actor = self.actors.remember(ActorRef(country, "country"))
                            if token.tag_ in ("NNS", "NNPS"):
                                self.fuller_groups[self.lexicon.lemma(token)] = actor  # "the soldiers" after it
                            return actor
            if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in children_of(token)):
                phrase = self.doc[token.left_edge.i : token.i + 1].text
                titled = self.actors.by_title(phrase)
                if titled is not None:
                    return titled
                introduced = self._described(token)
                if introduced is not None:
                    return introduced
                board = self._company_board(token, speaker)
                if board is not None:
                    return board
                kind = self.lexicon.descriptions.get(self.lexicon.lemma(token))
                if kind == "organisation" and self.lexicon.lemma(token) in COMPANY_NOUNS:
                    # "the company" after a senate committee or a federal agency spoke is still the company; with
                    # no business named, no actor: a hospital, a union or a court is never "the company"
                    company = self.recent.get(COMPANY)
                    last = self.recent.get("organisation")
                    if company is None:
                        company = last if last is not None and self._a_business(last) else self._last_business()
                    if company is not None:
                        return company
                    kind = None
                recent = self.recent.get(kind) if kind is not None else None
                if recent is not None:
                    return recent
            body = self._body_of_part(token, speaker)
            if body is not None:
                return body
            unnamed = self._unnamed_actor(token, speaker)
            if unnamed is None and token.dep_ in ("nsubj", "nsubjpass"):
                owner = self._owner_of(token, speaker) if self.lexicon.lemma(token) in MEASURES else None
                return self._unrecognised_name(token) or owner
            return unnamed
        return None

    def _last_business(self) -> ActorRef | None:
        """The last organisation named whose name is not a public body's ("Halden Motors", not "the National
        Highway Traffic Safety Administration"): what a bare "the company" names when no legal form said so."""
        return next((a for a in reversed(self.named_bodies) if self._a_business(a)), None)

    def _a_business(self, actor: ActorRef) -> bool:
        """An organisation whose name does not end as a public body's or a market's does ("... Administration",
        "... Court", "... Constitutional Chamber", "... Stock Exchange"), nor is headed so before its "of"
        ("Registrar of Mining Unions", "University of Ghana"); not a country's bank ("Bank of Estonia", unlike
        "Bank of Montreal"), nor a name the article gave a hospital or a court ("the Copernicus hospital")."""
        words = actor.name.casefold().split()
        if actor.kind != "organisation" or not words or actor in self.named_institutions:
            return False
        of = words.index("of") if "of" in words[1:] else len(words)
        owner = actor.name.split()[of + 1 : of + 2]
        heads = {words[-1], words[of - 1]}
        return (
            not heads & (names.BODY_HEADS | self.lexicon.not_business_heads | {"exchange", "chamber"})
            and not any(self.actors.is_state_body(head) for head in heads)
            and not (words[of - 1] == "bank" and owner and self.actors.country_of_word(owner[0]) is not None)
        )

    def _described(self, token: Any) -> ActorRef | None:
        """ "the drugmaker" after "Ostler Therapeutics, a Boston drugmaker", "the miner" after "the Peruvian miner
        Andina Cobre", "the lender" or "the bank" after "Halvex Bank": a bare singular noun with "the" stands for
        the actor the article introduced with that noun, else for the last body whose name ends in a word for
        that kind of business.  Not "the central bank" (a modifier makes it another body)."""
        if token.tag_ != "NN" or any(c.dep_ != "det" or c.lower_ != "the" for c in children_of(token) if c.i < token.i):
            return None
        lemma = self.lexicon.lemma(token)
        introduced = self.descriptors.get(lemma)
        if introduced is not None:
            return introduced
        heads = BUSINESS_NAME_HEADS.get(lemma)
        if heads is None:
            return None
        for body in [*reversed(self._bodies_named_before(token)), *reversed(self.named_bodies)]:
            if body.name.split()[-1].lower() in heads:
                return body
        return None

    def _bodies_named_before(self, token: Any) -> list[ActorRef]:
        """ "Hackers stole the data of Orlov Bank's customers, the bank said": the bodies named earlier in the
        sentence (``named_bodies`` learns them only once the sentence is read)."""
        bodies = []
        for mention in self._sentence_mentions(token):
            if mention.start < token.i and mention.label == "ORG":
                body = self._resolve_mention(mention, speaker=False)
                if body is not None and body.kind == "organisation":
                    bodies.append(body)
        return bodies

    def _company_board(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "the board of Ravel Textiles decided", "the board said it had accepted his resignation": a company's
        board acts for the company: the one its "of" names, else the company last named."""
        if self.lexicon.lemma(token) not in BOARD_NOUNS or token.tag_ != "NN":
            return None
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            owner = _child(of, "pobj")
            found = self._actor_at(owner, speaker) if owner is not None else None
            return found if found is not None and found.kind == "organisation" else None
        if any(c.dep_ != "det" for c in children_of(token) if c.i < token.i):
            return None  # "the electoral board", "the parole board": a body of its own
        companies = [b for b in self.named_bodies if b.kind == "organisation"]
        return companies[-1] if companies else None

    def _note_descriptors(self, sentence: Any) -> None:
        """The common nouns the sentence introduces a name with ("Ostler Therapeutics, a Boston drugmaker", "the
        Peruvian miner Andina Cobre", "retailer Merriton Stores"), for "the drugmaker" later; and the bodies it
        names (or the recogniser took for people), in order."""
        doc = self.doc
        for token in tokens_in(sentence):
            mention = self.actors.mention_at(token)
            if mention is None or token.i != mention.start or mention.label not in ("ORG", "PERSON", "PRODUCT"):
                continue
            root = doc[mention.start : mention.end].root
            nouns = [c for c in children_of(root) if c.dep_ == "appos" and c.tag_ == "NN" and c.text.islower()]
            before = doc[mention.start - 1] if mention.start > 0 else None
            if (
                before is not None
                and before.tag_ == "NN"
                and before.text.islower()
                and mention.start <= before.head.i < mention.end
            ):
                nouns.append(before)  # "the Peruvian miner Andina Cobre"
            if root.dep_ == "appos" and root.head.tag_ == "NN" and root.head.text.islower():
                nouns.append(root.head)  # "the drugmaker, Ostler Therapeutics,"
            actor = self._resolve_mention(mention, speaker=True) if not self._is_location(mention) else None
            if actor is None:
                continue
            if self._names_an_institution(root):
                self.named_institutions.append(actor)
            # the recogniser often takes a company for a person ("Korvan Air"): its name's last word decides later
            if actor.kind in ("organisation", "person") and actor not in self.named_bodies[-1:]:
                self.named_bodies.append(actor)
            for noun in nouns:
                self.descriptors[self.lexicon.lemma(noun)] = actor

    def _names_an_institution(self, root: Any) -> bool:
        """ "the Copernicus hospital", "the Commissioner of Labour", "the data protection authority, the DPC": a
        name the text gives a hospital, the field of an office the recogniser cut from it, or a name set beside a
        public body's kind names no firm ("the company" later is another body)."""
        public = self.lexicon.not_business_heads | names.BODY_HEADS
        described = [root.head] if root.dep_ == "appos" else [c for c in children_of(root) if c.dep_ == "appos"]
        if any(d.tag_ == "NN" and self.lexicon.lemma(d).casefold() in public for d in described):
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            root = root.head
        # not a body's own heads ("the Ravel Textiles board", "the board of Ravel Textiles" are the firm's)
        heads = self.lexicon.not_business_heads
        return root.dep_ in ("compound", "prep") and self.lexicon.lemma(root.head).casefold() in heads

    def _client_of_counsel(self, subject: Any) -> list[ActorRef]:
        """ "Chileshe's lawyers filed an appeal", "lawyers for Mei Lin lodged an appeal", "Solvang's attorneys sued
        the city": what counsel files in court it files for its client, whose act it is too (beside the lawyers). Only
        a legal act: a lawyer's words stay the lawyer's."""
        lemma = self.lexicon.lemma(subject)
        legal_team = lemma == "team" and any(c.lower_ in LEGAL_TEAM_WORDS for c in children_of(subject))
        if lemma not in COUNSEL_NOUNS and not legal_team:
            return []
        clients = [c for c in children_of(subject) if c.dep_ == "poss"]
        clients += [
            pobj for prep in _children(subject, "prep") if prep.lower_ == "for" for pobj in _children(prep, "pobj")
        ]
        # "his lawyers" is not the last person's: that may be the judge who sentenced him or the rival she lost to
        # (probe18, probe31), and the text's pronouns tell no one's sex; it is the one whose case the article tells,
        # the person it names most (probe32's "Oosthuizen has not gone quietly. On Monday his attorneys lodged an
        # appeal"), when one is
        named = [c for c in clients if c.tag_ != "PRP$"]
        found = [actor for client in named for actor in self.actors_at(client, speaker=False)]
        if any(c.lower_ in ("his", "her") for c in clients):
            protagonist = self._person_named_most(subject.i)
            found += [protagonist] if protagonist is not None else []
        return found

    def _person_named_most(self, before: int) -> ActorRef | None:
        """The person the article names most often, counted by the words of their surname wherever the text writes
        it (the recogniser may miss a surname alone), when one is named more than any other and before the word at
        ``before``; None otherwise (a judge or a rival named as often is as likely his or hers)."""
        people = sorted(
            {m.start: m for m in self.actors.mentions.values() if m.label == "PERSON"}.values(), key=lambda m: m.start
        )
        surnames = {m.text.split()[-1] for m in people}
        counts = Counter({surname: len(token_indexes(self.doc, "ORTH", (surname,))) for surname in surnames})
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
            return None
        earlier = [m for m in people if m.start < before and m.text.split()[-1] == ranked[0][0]]
        return self._resolve_mention(earlier[-1], speaker=False) if earlier else None

    def _body_of_part(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "its cybercrime unit", "the army's special forces team": a part of a body the text names as the body's
        acts for it."""
        owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        if self.lexicon.lemma(token) not in PART_NOUNS and not self._own_people_of_a_body(token, owner):
            return None
        body = self._actor_at(owner, speaker) if owner is not None else None
        return body if body is not None and body.kind in ("organisation", "country") else None

    def _own_people_of_a_body(self, token: Any, owner: Any) -> bool:
        """ "its officers inspected 41 shops" (probe31), "one of its patrol vessels intercepted the freighter"
        (probe20), "its divers found the wreck": a body's own people or craft, named by the possessive that only a
        body or a thing takes, do its work. Not what they do against it: "its drivers went on strike", "its nurses
        protested" (the strikers of triggers.yaml act as a side of their own)."""
        if owner is None or owner.lower_ != "its" or not token.tag_.startswith("NN"):
            return False
        # "two of its patrol boats had taken 96 people off": some of them, counted, as the subject
        counted = token.head.head if token.dep_ == "pobj" and token.head.head.tag_ == "CD" else token
        if not _doer_position(counted):
            return False  # "the ministry sent two of its engineers", "pulled its riders out": done to them
        lemma = self.lexicon.lemma(token)
        # people in the plural: one "its administrator", "its representative" speaks as the person named
        people = token.tag_ == "NNS" and self.lexicon.actor_noun_kind(lemma) == "group"
        if lemma not in CRAFT_NOUNS and not people:
            return False
        if lemma in self.lexicon.protest_subjects:
            return False
        trigger = self.lexicon.verbs.get(self.lexicon.lemma(counted.head)) if counted.dep_ == "nsubj" else None
        return trigger is None or trigger.type != "protest"

    def _place_in_phrase(self, token: Any) -> bool:
        """Whether ``token`` names a place as the object of a locative preposition ("in Erbil", "in Erbil,
        Iraq")."""
        while token.dep_ == "appos" and token.head.i != token.i:
            token = token.head
        mention = self.actors.mention_at(token)
        if mention is None or not self._is_location(mention) or token.dep_ != "pobj":
            return False
        return bool(token.head.lower_ in LOCATIVE_PREPOSITIONS)

    def _nationality_agents(self, trigger: Any) -> list[ActorRef]:
        """ "a Russian missile strike", "an Israeli airstrike": the nationality before an attack noun (or before
        the noun compounded with it) is the country that carried it out."""
        words = [trigger, *(c for c in children_of(trigger) if c.dep_ == "compound" and c.i < trigger.i)]
        # "a Myanmar military air strike", "a Sudan army drone attack": a country's name is who, not where,
        # once a word for its armed forces stands with it ("a Gaza air strike" stays a place)
        force = next((t for word in words for t in word.subtree if t.i < trigger.i and t.lower_ in ARMED_FORCES), None)
        found: list[ActorRef] = []
        for word in words:
            for child in children_of(word):
                if child.i > trigger.i:
                    continue
                mention = self.actors.mention_at(child)
                if force is not None and child.dep_ in ("nmod", "compound") and mention is not None:
                    if mention.label in LOCATION_LABELS and self.gazetteer.country(mention.text):
                        # named as written, as "the Sudanese army" is: that country's forces
                        name = f"{mention.text} {force.lower_}"
                        found.append(self.actors.remember(ActorRef(name, "organisation", set())))
                    continue
                if child.dep_ != "amod" or not self._nationality(child.text):
                    continue
                if mention is not None and mention.label == "NORP":
                    actor = self._resolve_mention(mention, speaker=True)
                    if actor is not None and actor.kind == "country":
                        found.append(actor)
        return found

    def _in_quotation(self, token: Any) -> bool:
        """Whether the word stands inside double quotation marks opened in its paragraph."""
        text = self.text
        start = text.rfind("\n", 0, token.idx) + 1
        return sum(text.count(q, start, token.idx) for q in DOUBLE_QUOTE_CHARS) % 2 == 1

    def _publishing_body(self) -> ActorRef | None:
        """The organisation the article names that publishes it ("Halden Freight" of the publisher "Halden Freight,
        press release"): the publisher's name begins with its name; None for an outlet the article does not name."""
        publisher = name_key(self.publisher.split(",")[0])
        for mention in sorted(self.actors.mentions.values(), key=lambda m: m.start):
            # a firm's short name the recogniser took for a person or a product is still the firm
            named = name_key(mention.text) if mention.label not in LOCATION_LABELS else ""
            if named and (publisher == named or publisher.startswith(named + " ")):
                return self.actors.actor(mention.text, "ORG")
        # a firm's name the recogniser missed: its capitalised words as the publisher's name begins
        words = self.publisher.split(",")[0].split()
        for count in range(min(3, len(words)), 0, -1):
            phrase = words[:count]
            if not all(w[:1].isupper() and w.isalpha() for w in phrase) or phrase[0].casefold() == "the":
                continue
            for i in token_indexes(self.doc, "ORTH", [phrase[0]]):
                after = self.doc[i + count] if i + count < len(self.doc) else None
                # the name whole, not the first word of another ("Nile" of "Nile Horizon Balloons"), nor a place
                whole = after is None or not after.text[:1].isupper()
                if (
                    [t.text for t in self.doc[i : i + count]] == phrase
                    and self.doc[i].tag_ == "NNP"
                    and whole
                    and not self.gazetteer.is_known(" ".join(phrase))
                ):
                    return self.actors.remember(ActorRef(" ".join(phrase), "organisation"))
        return None

    def _quoted_speaker(self, token: Any) -> ActorRef | None:
        """The one a quotation holding ``token`` is attributed to just after it closes ("...this morning. The
        judgment ignores our evidence," defence lawyer Jane Doe said; "...," the ministry said), within its
        paragraph; None when the word is outside quotation marks or no one is named there."""
        text = self.text  # the document's text, read once (Doc.text joins every token on each access)
        start = text.rfind("\n", 0, token.idx) + 1
        end = text.find("\n", token.idx)
        end = len(text) if end < 0 else end
        if sum(text.count(q, start, token.idx) for q in DOUBLE_QUOTE_CHARS) % 2 == 0:
            return None
        closing = min((i for i in (text.find(q, token.idx, end) for q in DOUBLE_QUOTE_CHARS) if i >= 0), default=-1)
        if closing < 0:
            return None
        after = sorted(
            {
                m.start: m
                for m in self.actors.mentions.values()
                if m.label in ("PERSON", "ORG") and closing < self.doc[m.start].idx <= closing + ATTRIBUTION_REACH
            }.items()
        )
        return self._resolve_mention(after[0][1], speaker=True) if after else None

    def _plural_antecedent(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "they", "them", "their": a plural or collective subject before it in its own sentence ("Police said
        they had arrested"), else the main subject of the sentence before ("The bloc of Nordic states said ...
        They said").  Never a country or a person alone, nor a name inside what was quoted: when the subject
        before is none of these, no agent is better than a wrong one."""
        sentence = self.sentence(token)
        for subject in reversed([t for t in tokens_in(sentence) if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")]):
            if subject.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP | {"i", "we", "you"}:
                continue
            found = self.actors_at(subject, speaker=True)
            if not found or not _plural_subject(subject, found):
                continue
            verbs = [subject.head, *(c for c in subject.head.subtree if c.dep_ == "conj" and c.tag_.startswith("VB"))]
            if any(self._reports(verb, token) for verb in verbs) and found[0].kind != "group":
                return found[0]  # "Police said they had arrested 30 people"
            # "the men who attacked the hall were heading for the border when they were detained": the men, most
            # likely, but a sentence with a plural of its own is no place to guess; nor "officials said they had
            # found ...": who speaks for a body is seldom who did what they report
            return None
        return self.last_plural

    def _reporting_body(self, token: Any) -> ActorRef | None:
        """ "The army said it had arrested ...", "the ministry announced on Monday that it would close ...": an
        "it" in what a body reports is that body, which the recogniser often leaves unnamed ("the army")."""
        sentence = self.sentence(token)
        for subject in reversed([t for t in tokens_in(sentence) if t.i < token.i and t.dep_ == "nsubj"]):
            if subject.tag_ not in ("NN", "NNP") or subject.lower_ in THIRD_PERSON_PRONOUNS:
                continue
            if not self._reports(subject.head, token):
                continue
            found = self.actors_at(subject, speaker=True)
            if len(found) == 1 and found[0].kind in ("organisation", "country"):
                return found[0]
            return None
        return None

    def _reports(self, verb: Any, token: Any) -> bool:
        """Whether ``verb`` is a verb of saying whose complement holds ``token``."""
        if not verb.tag_.startswith("VB") or not self.lexicon.reporting_verb(verb):
            return False
        return any(c.dep_ in ("ccomp", "xcomp") and token in c.subtree for c in children_of(verb))

    def _national_body_of_staff(self, token: Any) -> ActorRef | None:
        """ "Kenyan coast guard officers", "Brazilian navy sailors": people named by a country's body and its
        nationality act for that body, as "officers from the coast guard" do; "police officers" with no country
        named stay as they were."""
        compound = next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound"), None)
        if compound is None:
            return None
        body_words = [t for t in self.doc[compound.left_edge.i : compound.i + 1] if t.tag_ in ("NN", "NNS")]
        body = " ".join(t.lower_ for t in body_words)
        if not body_words or not self.actors.is_state_body(body):
            return None
        before = [t for t in self.doc[token.left_edge.i : body_words[0].i] if t.text[:1].isupper()]
        for cut in (2, 1):
            adjective = " ".join(t.text for t in before[-cut:]) if len(before) >= cut else ""
            country = self.actors.country_of_word(adjective) if adjective else None
            if country is not None:
                actor = self.actors.state_body(country, body, {f"{adjective} {body}"})
                self.fuller_groups[self.lexicon.lemma(token)] = actor  # "the officers" after them
                return actor
        return None

    def _body_of_members(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "Members of the county assembly voted", "members of the board resigned", "officers from the agency's cyber
        unit searched": members of a body act as the body, when its "of" or "from" phrase names an organisation (not
        "members of the public", "members of his family"). Only as the subject: "killed seven members of the guard"
        harmed people, not the body."""
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ in MEMBERSHIP_PREPOSITIONS), None)
        body = _child(of, "pobj") if of is not None else None
        if body is None:
            return None
        # "officers from the agency's cyber unit": the body the unit is part of, whatever its own words look like;
        # "officers from the Coast Guard cutter Ocean Shield": the body named before its craft or its unit
        actor = (
            self._body_of_part(body, speaker)
            or self._body_named_before_its_head(body, speaker)
            or self._actor_at(body, speaker)
        )
        return actor if actor is not None and actor.kind == "organisation" else None

    def _body_named_before_its_head(self, token: Any, speaker: bool) -> ActorRef | None:
        named = [
            mention
            for t in self.doc[token.left_edge.i : token.i]
            if (mention := self.actors.mention_at(t)) is not None and mention.start == t.i and mention.label == "ORG"
        ]
        before = [mention for mention in named if mention.end <= token.i]
        return self._resolve_mention(before[0], speaker) if len(before) == 1 else None

    def _collective(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "a group of protesters" (the protesters), "the alliance of Gulf monarchies - Kuwait, Qatar and
        Oman -", "a bloc of Nordic states": a body defined in place by its members.  Its "of" phrase (or dashed
        member list) makes it new to the reader, so it is no back-reference to the organisation last named, and
        none of its members speaks for it.  Without members it is only a back-reference ("the group said")."""
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = _child(of, "pobj") if of is not None else None
        if members is None:
            if any(c.dep_ == "appos" for c in children_of(token)):
                return None  # "the bloc - France, Spain and Italy -": its members, no name of its own
            named = self._unrecognised_name(token)
            if named is not None:
                return named  # "the Halcyon group": a name of its own, not the organisation last named
            if any(c.dep_ == "compound" and c.tag_ == "NNP" for c in children_of(token)):
                return None  # "the Azov group": some particular group, whatever the recogniser took the name for
            kind = self.lexicon.descriptions.get(self.lexicon.lemma(token))
            definite = any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in children_of(token)
            )
            if definite:
                return self.recent.get(kind) if kind is not None else None
            return self._group_of_a_kind(token)
        if self.actors.mention_at(members) is None and members.tag_ not in ("NNS", "NNPS"):
            return None  # "a group of about 50", "the club of Rome"
        named = self._actor_at(members, speaker)
        if named is not None:
            return named
        if self.actors.mention_at(members) is not None:
            return None  # a place or nationality: "a group of Gaza residents" found no actor, nor does it make one
        words = [t for t in self.doc[members.left_edge.i : members.i + 1] if t.dep_ not in ("det", "punct", "nummod")]
        name = " ".join([token.lower_, "of", *(t.text if t.ent_type_ else t.lower_ for t in words)])
        return self.actors.remember(ActorRef(name, "group"))

    def _group_of_a_kind(self, token: Any) -> ActorRef | None:
        """ "Rights groups condemned the arrests", "an aid group warned", "environmental groups criticised the
        verdict": a group neither named nor defined by its members, which the words before it tell apart by its
        cause or trade, is a body of that kind; as with "farmers", that kind is all the text says of who acted.
        Several such bodies are a group of them, which "they" names, not "it"; and a word for a body that is as often
        a team or a name's part ("Honduran clubs", "an opposition alliance") is left as it was."""
        if self.lexicon.lemma(token) != "group":
            return None
        modifiers = [
            c
            for c in children_of(token)
            if c.i < token.i
            and c.ent_type_ not in ("DATE", "TIME")
            and (
                (c.dep_ == "compound" and c.tag_ not in ("NNP", "NNPS", "CD"))
                or _describing_adjective(c)
                or (c.dep_ == "amod" and c.text[:1].isupper() and c.lower_ not in QUANTIFYING_ADJECTIVES)
            )
        ]
        words = self._modifier_words(modifiers)
        if not words:
            return None  # "a group said", "several groups": which, the text does not say
        kind = "group" if token.tag_ in ("NNS", "NNPS") else "organisation"
        return self.actors.remember(ActorRef(" ".join([*words, token.lower_]), kind))

    def _armed_group_name(self, token: Any) -> ActorRef | None:
        """ "the K7 rebel group", "the Wagner paramilitary group": the name before a word for armed groups is
        the group's, whatever the recogniser called it (a letter-and-number code is often taken for a place), unless
        the gazetteer knows it as a country ("the Sudanese rebel group" says whose, not which)."""
        modifiers = [c for c in children_of(token) if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
        armed = [c for c in modifiers if c.lower_ in ARMED_GROUP_WORDS]
        if not armed:
            return None
        # "the RSF paramilitary group": the parser often hangs the name on the word for armed groups
        modifiers += [
            c for word in armed for c in children_of(word) if c.dep_ in ("compound", "npadvmod", "nmod", "amod")
        ]
        names = [c for c in modifiers if c.tag_ == "NNP" and c.lower_ not in ARMED_GROUP_WORDS]
        if len(names) != 1:
            return None
        name = names[0]
        text = " ".join(t.text for t in self.doc[name.left_edge.i : name.i + 1] if t.tag_ in ("NNP", "CD"))
        if not text or self.gazetteer.country(text) or self.gazetteer.demonym_country(text):
            return None
        return self.actors.remember(ActorRef(text, "organisation", set()))

    def _unrecognised_name(self, token: Any) -> ActorRef | None:
        """ "The Dow Jones Industrial Average dropped", "Japan's Nikkei 225 average slid": a proper name the
        recogniser did not tag, as the capitalised words (and a number) before the head, or the head itself
        when it is one: an organisation."""
        if token.i in self.actors.mentions:
            return None
        named = [c for c in children_of(token) if c.dep_ in ("compound", "nmod") and c.tag_ == "NNP" and c.i < token.i]
        if _ROMAN_NUMERAL.match(token.text) and named:
            # "the Sala III", "Section II": a numeral ends the name the recogniser cut before it, all of it one body
            return self.actors.actor(" ".join(t.text for t in self.doc[named[0].left_edge.i : token.i + 1]), "ORG")
        words = [c for c in named if c.i not in self.actors.mentions]
        # "Harbour Holdings", "Quarry Markets": a capitalised plural noun ends the name as a singular one does
        proper = token.tag_ == "NNP" or (token.tag_ == "NNPS" and token.text[:1].isupper())
        if not words and not (proper and token.ent_type_ == ""):
            return None
        if not proper and len(words) != 1:
            return None
        start = min([token.i, *(w.left_edge.i for w in words)])
        end = token.i + 1 if proper else token.i
        if words and CRAFT_CODE.match(token.text):
            end = token.i  # "a Uruguayan Air Force C-130 flew him home": the force whose aircraft it is
        span = [
            t
            for t in self.doc[start:end]
            if t.dep_ not in ("det", "poss", "case", "punct") and (t.tag_ in ("NNP", "CD") or t.i == token.i < end)
        ]
        if not span or any(t.ent_type_ in ("DATE", "TIME", "GPE", "NORP", "PERSON") for t in span):
            return None
        if len(span) == 1 and span[0].lower_ in COMPASS_NAMES:
            if token.tag_ != "NN" or span[0].i > token.i:
                return None
            # "the East police district": a compass word begins a body's name in lower case, no name by itself
            return self.actors.actor(self.doc[span[0].i : token.i + 1].text, "ORG")
        lone_acronym = len(span) == 1 and token.i > self.sentence(token).start and names.is_acronym(token.text)
        if len([t for t in span if t.tag_ == "NNP"]) < (1 if token.tag_ != "NNP" else 2) and not lone_acronym:
            return None  # a lone capitalised word heading a sentence is no name; "the bloc ECOWAS" names one
        opening_word = len(span) == 1 and token.tag_ != "NNP" and self._opens_its_sentence(span[0])
        if opening_word and not names.is_acronym(span[0].text) and not self._named_elsewhere(span[0]):
            return None  # "Flash flooding cut off ...": a common word capitalised as the sentence's first
        if any(t.lower_ in self.lexicon.titles for t in span) or name_key(span[-1].text) in self.actors.by_part:
            return None  # "General Brice Nguema", "Nguema": a person the article names, found by the other rules
        name = " ".join(t.text for t in span)
        return self.actors.actor(name, "ORG")

    def _named_elsewhere(self, token: Any) -> bool:
        """Whether the article writes the word capitalised where no sentence opens: a name ("Brenta shares fell"
        of a company named again later), not a common word that opened its sentence."""
        return any(t.text == token.text and t.i != token.i and not self._opens_its_sentence(t) for t in self.doc)

    def _opens_its_sentence(self, token: Any) -> bool:
        """Whether the word is its sentence's first, or the first after a dateline's dash ("TIRANA (Wire) - ")."""
        start = self.sentence(token).start
        return token.i == start or (token.i > start and self.doc[token.i - 1].text in DASHES)

    def _owner_of(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "Chile's copper exports fell", "shares of Halvorsen plunged", "Halvorsen shares rose": what a named
        owner has did it, when the thing itself is no actor."""
        for child in children_of(token):
            named = None
            if child.dep_ == "poss" and child.tag_ == "PRP$":
                return self._actor_at(child, speaker)  # "its shares have fallen": the company it stands for
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.tag_ == "NNP"):
                named = self.actors.mention_at(child)
            elif child.dep_ == "prep" and child.lower_ in ("of", "in"):
                # "shares of Halvorsen", "shares in Halvorsen", "shares in the carmaker Halvorsen"
                pobj = _child(child, "pobj")
                named = self._named_in(pobj) if pobj is not None else None
                described = self._described(pobj) if pobj is not None and named is None else None
                if described is not None:
                    return described  # "shares in the miner"
            if named is not None and named.label in ("ORG", "PRODUCT", "GPE", "PERSON"):
                return self._resolve_mention(named, speaker)
        return None

    def _named_in(self, noun: Any) -> Mention | None:
        """The name a noun phrase gives: the noun's own, or that of its apposition or compound ("the carmaker
        Velta Motors", "the Velta Motors group")."""
        named = self.actors.mention_at(noun)
        if named is not None:
            return named
        for child in children_of(noun):
            if child.dep_ in ("appos", "compound") and self.actors.mention_at(child) is not None:
                return self.actors.mention_at(child)
        return None

    def _nationality(self, word: str) -> bool:
        return (
            name_key(word) in self.lexicon.demonyms
            or self.gazetteer.demonym_country(word) is not None
            or self.gazetteer.country(word) is not None
        )

    def _model(self, product: str, variant: str) -> ActorRef | None:
        """ "the 3G iPhone", "a 3G version of its iPhone": the model "iPhone 3G", as makers name models (the
        product, then a code with a digit: "Galaxy S9", "Boeing 787"); a known model's own spelling wins."""
        if not variant:
            return None
        known = self.lexicon.known_actor(f"{product} {variant}")
        if known is not None:
            return self.actors.actor(known.name, "PRODUCT")
        if not _MODEL_VARIANT.match(variant):
            return None
        return self.actors.actor(f"{product} {variant}", "PRODUCT")

    def _unnamed_actor(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "thousands of farmers", "police", "the supreme court", "Korean lawmakers": a group or an
        organisation the text does not name (named by its head noun and the modifiers that tell it apart)."""
        lemma = self.lexicon.lemma(token)
        if lemma in QUANTITY_NOUNS:
            of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            return self._actor_at(pobj, speaker) if pobj is not None else None
        office = self._office_of(token)
        if office is not None:
            return self.actors.remember(ActorRef(office, "organisation"))
        ministry = self._ministry_of_its_minister(token)
        if ministry is not None:
            return ministry
        compounds = [c for c in children_of(token) if c.dep_ == "compound" and c.i < token.i]
        phrase = " ".join([*(c.lower_ for c in compounds), token.lower_])
        # "the central bank", "the foreign minister": the listed name may hold an adjective
        described = [c for c in children_of(token) if c.dep_ in ("compound", "amod") and c.i < token.i]
        described_phrase = " ".join([*(c.lower_ for c in described), token.lower_])
        unnamed = self.lexicon.unnamed_actors
        listed: list[Any] = []  # the modifiers the listed name holds, kept in the actor's name
        nearest_phrase = " ".join([*(c.lower_ for c in described[-1:]), lemma])
        if described and unnamed.get(described_phrase):
            listed = described
        elif described and unnamed.get(nearest_phrase):
            listed = described[-1:]
        kind = (
            unnamed.get(phrase)
            or unnamed.get(described_phrase)
            or unnamed.get(nearest_phrase)
            or unnamed.get(lemma)
            or unnamed.get(token.lower_)
            or _named_unit(token, compounds)
            or self._learned_doers(token, lemma)
        )
        if kind is None and lemma in BODIES_NAMED_AGAIN | REGION_BODIES and _bare_reference(token) and not compounds:
            # "the department closed the bridge" after "the Civil Engineering Department said": the one body the
            # article named with that head before; with none or two, no actor (a word for a kind of body only)
            named = self.actors.body_named_by_head(lemma, token.i) if lemma in BODIES_NAMED_AGAIN else None
            return named or (self._administration_of_the_region(token, lemma) if lemma in REGION_BODIES else None)
        if kind is None or (kind == ANIMAL_KIND and token.tag_ not in ("NN", "NNS")):
            return None  # "the Lions", "Bear Creek": a name's animal word is the recogniser's to read
        if lemma in self.lexicon.bare_unnamed_actors and not _the_bare_noun(token):
            return None  # "air defences", "the prosecution of war crimes": no side of a trial
        modifiers = [
            c
            for c in children_of(token)
            if c.i < token.i
            and c.ent_type_ not in ("DATE", "TIME")  # "On Sunday anti-corruption investigators": when, not who
            and (
                c.dep_ == "compound"
                or c in listed
                or (
                    c.dep_ == "amod"
                    and (
                        (c.text[:1].isupper() and c.lower_ not in QUANTIFYING_ADJECTIVES)  # not "Several residents"
                        or c.lower_ in INSTITUTION_ADJECTIVES
                        or c.lower_ in RANKING_ADJECTIVES
                    )
                )
                or (c.dep_ == "amod" and c.tag_ in ("NN", "NNS"))  # "labour inspectors": a noun tells them apart
                or (c.dep_ == "poss" and (self.actors.mention_at(c) is not None or self._known_place(c)))
                or _prefixed_word(c) is not None
                # "young men", "a great white shark", "a stray dog": the adjective tells them apart
                or ((lemma in GENERIC_PEOPLE or kind == ANIMAL_KIND) and _describing_adjective(c))
            )
        ]
        # "the civil protection agency", "the public health ministry": a compound's adjective is part of it
        # (a capitalised compound brings its words already: ``_modifier_words``)
        inner = [
            a
            for c in modifiers
            if c.dep_ == "compound" and c.tag_ in ("NN", "NNS")
            for a in children_of(c)
            if a.dep_ == "amod"
        ]
        modifiers += [a for a in inner if a not in modifiers]
        words = self._modifier_words(modifiers)
        owner = self._pronoun_country(token, kind, speaker)
        if owner is not None:
            words = [owner.name, *words]
        if kind == "organisation" and any(self.actors.is_state_body(p) for p in (phrase, described_phrase, lemma)):
            body = self._state_body(token, words)
            if body is not None:
                return body
        worked_in = (
            self._country_worked_in(token)
            if not words and kind in ("group", "organisation") and not self.actors.is_state_body(lemma)
            else None
        )
        if worked_in is None and not words and (kind == "organisation" or (kind == "group" and token.tag_ == "NNS")):
            # not "a judge in Zadar": one person, whom "the judge" names after it
            worked_in = self._town_worked_in(token)
        if worked_in is not None:
            # "investigators in Chile", "police in Mombasa": the place tells them apart, as "Chilean investigators"
            # would; another story's bare "investigators" are other people
            return self.actors.remember(ActorRef(f"{token.lower_} in {worked_in}", kind))
        home = self._home_town(token) if not words and kind == "group" and token.tag_ == "NNS" else None
        if home is not None:
            # "fishermen from Ancud blocked the plant": where they come from tells them apart from another
            # story's fishermen, as the town a force works in does
            return self.actors.remember(ActorRef(f"{token.lower_} from {home}", kind))
        if not words and _bare_reference(token) and lemma in self.fuller_groups:
            fuller = self.fuller_groups[lemma]
            if token.tag_ in ("NNS", "NNPS") and fuller.kind == "group":
                # the short form is the article's spelling too: another article saying only "the officers" of
                # the same days finds the group through it (``graph.actor_identity``)
                fuller.aliases.add(token.lower_)
            return fuller
        if kind == "organisation" and not words and _bare_reference(token) and not self.actors.is_state_body(lemma):
            # "the union said" after "the Zimbabwe Cricket Union banned two players": the body named before (a
            # state body's kind, "the court", is left to the state body rules: a story names several courts)
            named = self.actors.body_named_by_head(lemma, token.i)
            if named is not None:
                return named
        if kind == "person" and not words and token.tag_ == "NN":
            words = self._office_body_words(token)
        name = " ".join([*words, token.lower_]).replace(" 's", "'s")
        if kind == "group" and token.tag_ == "NN" and lemma not in ("police", "crowd", "mob", *self.lexicon.kin_groups):
            # "the finance minister", "an officer": one person the text does not name ("the family" stays a group:
            # a "he" or "she" after it is someone else)
            kind = "person"
        actor = self.actors.remember(ActorRef(name, kind))
        if words and token.tag_ in ("NNS", "NNPS"):
            self.fuller_groups[lemma] = actor
        return actor

    def _learned_doers(self, token: Any, lemma: str) -> str | None:
        """ "Dockers walked out", "shipowners sued": WordNet's people and bodies only as the plural subject of what
        they did, never of what they say ("analysts said", "experts warned", "regional leaders condemned" are
        comment, as the hand list's "observers argue" is).  Everywhere else ("the leaders of the coup named",
        "members were killed", "the mission") a noun the hand list does not know stays no actor: the same noun as
        a target or a participant split merges and took a collapse's "mission" for its agent on the development
        sets."""
        first = first_conjunct(token)  # "taxi drivers and couriers blocked": the conjuncts share the subject
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.tag_ == "CD":
            first = first.head.head  # "some 400 of the port's dockers walked out": the number is the subject
        # a group of kin is one group, named in the singular too, when one particular family ("his family appealed",
        # "the clan attacked"; not "almost every family has lost someone")
        kin = lemma in self.lexicon.kin_groups
        particular = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in children_of(token))
        if token.tag_ != "NNS" and not (kin and token.tag_ == "NN" and particular):
            return None
        if first.dep_ != "nsubj" or first.head.tag_ not in ("VBD", "VBN"):
            return None  # "most customers pay by the month": what people of a kind do is a habit
        if not kin and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token)):
            # "the leaders of the mutiny", "members of the crew": whose they are is the actor; a group of kin's "of"
            # names whose kin they are ("families of the victims accused the company")
            return None
        said = self.lexicon.verbs.get(self.lexicon.lemma(first.head))
        # a group of kin speaks as a side of the story ("families of the dead accused the company"), though what it
        # only reports is a source, as a relative's is (the bystanders of triggers.yaml)
        comment = not kin and said is not None and said.type in SPEECH_TYPES and said.type != "other"
        if said is not None and (said.reporting or comment):
            return None
        return self.lexicon.learned_actor_nouns.get(lemma)

    def _office_body_words(self, token: Any) -> list[str]:
        """ "the chairman of Orlov Shipping" is named as "Orlov Shipping's chairman" is ("Orlov Shipping chairman"):
        a bare "chairman" would make every chairman of every story one actor."""
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = _child(of, "pobj") if of is not None else None
        mention = self.actors.mention_at(pobj) if pobj is not None else None
        body = self._resolve_mention(mention, speaker=False) if mention is not None and mention.label == "ORG" else None
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if body is None and owner is not None:
            body = self._actor_at(owner, speaker=False)  # "its chairman said": the body last in the news
        return [body.name] if body is not None and body.kind == "organisation" else []

    def _found_what_befell(self, verb: Any) -> bool:
        """ "the hospital reported 17 confirmed cases", "two infections were confirmed by the laboratory": a
        disaster told by a support pair whose noun is no disaster word of its own but what befell people; the
        verb only finds or tells it."""
        verb_lemma = self.lexicon.lemma(verb)
        for noun in children_of(verb):
            if noun.dep_ not in ("dobj", "nsubjpass"):
                continue
            pair = (verb_lemma, self.lexicon.lemma(noun))
            if self.lexicon.support.get(pair) == "disaster" and pair[1] not in self.lexicon.nouns:
                return pair not in self.lexicon.support_subjects
        return False

    def _state_body(self, token: Any, words: list[str]) -> ActorRef | None:
        """ "Chile's navy", "the Nigerian army", "its foreign ministry" (of a country), "the navy of Indonesia": a
        state body whose modifiers or "of" phrase name its country is that country's, "<Country> <body>"; the
        other modifiers stay in the name ("Bolivia foreign ministry")."""
        # "Slovak police": a nationality the recogniser missed comes lowercased among the words; read it as written
        as_written = {t.lower_: t.text for t in token.lefts if t.text[:1].isupper()}
        words = [as_written.get(word, word) for word in words]
        countries = [country for country in map(self.actors.country_of_word, words) if country is not None]
        if not countries:
            of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            named = self.actors.mention_at(pobj) if pobj is not None else None
            country = self.actors.country_of_word(named.text) if named is not None else None
            if country is None and named is not None and self._region_named(named):
                # "the regional government of Andalusia", "the government of Bavaria": a region's own body,
                # named as the article wrote it (as a country's body is by the nationality written), with
                # "Andalusia regional government" for another article's spelling; not every region's
                written = " ".join([*words, token.lower_, "of", named.text]).replace(" 's", "'s")
                short = " ".join([named.text, *words, token.lower_]).replace(" 's", "'s")
                return self.actors.remember(ActorRef(written, "organisation", {short}))
            if country is None:
                # "the air force", "the coast guard": the words before the head are the kind's own
                kind = " ".join([*words, token.lower_])
                if not words:
                    return self.actors.only_state_body(kind) if _bare_reference(token) else None
                return (
                    self._force_named_before(token, kind)
                    if self.actors.is_state_body(kind) and _bare_kind(token)
                    else None
                )
            countries = [country]
        country = countries[0]
        if len(set(countries)) > 1:
            return None  # "the Chinese and Russian navies": no one country's body
        rest = [w for w in words if self.actors.country_of_word(w) is None]
        written = " ".join([*words, token.lower_]).replace(" 's", "'s")
        return self.actors.state_body(country, " ".join([*rest, token.lower_]), {written})

    def _country_worked_in(self, token: Any) -> str | None:
        """The country, as written, of an "in" phrase on a group or a body ("prosecutors in Austria", "police in
        Kenya"): where they work, which tells them apart; a town or a region does not name a country's own
        (``_town_worked_in``). Only for the subject that opens its clause: "killed by their captors in Mali" tells
        where the killing was."""
        named = self._place_worked_in(token)
        return named if named is not None and self.actors.country_of_word(named) is not None else None

    def _town_worked_in(self, token: Any) -> str | None:
        """ "Prosecutors in Gdansk opened", "Police in Mombasa arrested", "A court in Lima sentenced": the town or
        region a force or a court that opens its clause works in tells it apart, as a country does, though it
        names no country's own; a bare "police" would be every story's."""
        named = self._place_worked_in(token)
        return named if named is not None and self.actors.country_of_word(named) is None else None

    def _home_town(self, token: Any) -> str | None:
        """ "Fishermen from Ancud blocked", "a group of miners from Potosí marched", "some 300 of the farmers from
        Nakuru": the place, as written, a group that opens its clause comes from."""
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            # the members of "a group of", "hundreds of", "300 of" (the parser may hang "from" on either)
            quantity = token.head.head
            if quantity.tag_ == "CD" or self.lexicon.lemma(quantity) in QUANTITY_NOUNS | COLLECTIVE_NOUNS:
                return self._place_worked_in(token, "from", quantity) or self._place_worked_in(quantity, "from")
        return self._place_worked_in(token, "from")

    def _place_worked_in(self, token: Any, preposition: str = "in", subject: Any = None) -> str | None:
        subject = token if subject is None else subject
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i > subject.head.i:
            return None
        for prep in _children(token, "prep"):
            pobj = _child(prep, "pobj") if prep.lower_ == preposition else None
            named = self.actors.mention_at(pobj) if pobj is not None else None
            # the recogniser often takes the town after "investigators in" for a body, and the one people come
            # from for a person: the gazetteer's town
            labels = ("GPE", "ORG") if preposition == "in" else ("GPE", "ORG", "PERSON", "LOC")
            if named is not None and named.label in labels and self._known_place(pobj):
                return str(named.text)
        return None

    def _office_of(self, token: Any) -> str | None:
        """selfnews8 class 6: "the prosecutor's office", "the regional prosecutor's office", "the attorney general's
        office": a body named by the officer who heads it, as the list has it, named with the officer's modifiers."""
        # "the attorney general's office", "The Attorney General's Office": capitalised or not, the same office
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.tag_ in ("NN", "NNS", "NNP")), None)
        if owner is None:
            return None
        words = [c.lower_ for c in children_of(owner) if c.dep_ in ("compound", "amod") and c.i < owner.i]
        unnamed = self.lexicon.unnamed_actors
        for start in range(len(words) + 1):
            listed = " ".join([*words[start:], f"{owner.lower_}'s", token.lower_])
            if unnamed.get(listed) == "organisation":
                return " ".join([*words, f"{owner.lower_}'s", token.lower_])
        return None

    def _ministry_of_its_minister(self, token: Any) -> ActorRef | None:
        """ "The Minister of Cultural Affairs decided to suspend the curator", "the interior minister ordered the
        expulsion", "a deputy foreign minister handed the envoy a note": a minister the text names only by the
        office, doing the office's work, acts for the ministry ("Ministry of Cultural Affairs", "interior
        ministry"), as a ministry's release and other reports name the doer; a bare "minister" would be every
        story's. Not a minister named by name ("the Minister of Finance, Paul Okoro, said"), nor one whose own post
        is the news ("the interior minister resigned"), nor a prime minister (the government's head) or a former
        one."""
        if self.lexicon.lemma(token) != "minister" or token.dep_ != "nsubj" or token.tag_ not in ("NN", "NNP"):
            return None  # "the Nordic foreign ministers met": ministers of several countries, a group
        if any(c.dep_ == "appos" for c in children_of(token)) or any(
            c.dep_ == "appos" for c in children_of(token.head)
        ):
            return None  # "the Minister of Finance, Paul Okoro,": the person, named
        act = self.lexicon.verb_trigger(token.head)
        if act is not None and act.type == "personnel":
            return None
        if self._telling_verb(token.head):
            return None  # "the finance minister said": the minister's own words, which the ministry may not share
        before = [c for c in children_of(token) if c.i < token.i and c.dep_ in ("compound", "amod")]
        if any(c.lower_ in HEADS_OF_GOVERNMENT for c in before):
            return None
        owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        country = self.actors.country_of_word(owner.text) if owner is not None else None
        field = [c for c in before if c.lower_ not in MINISTERIAL_RANKS]
        nationality = next((c for c in field if self.actors.country_of_word(c.text) is not None), None)
        if nationality is not None:
            country = country or self.actors.country_of_word(nationality.text)
            field.remove(nationality)
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = _child(of, "pobj") if of is not None else None
        if pobj is not None and pobj.text[:1].isupper() and self.actors.country_of_word(pobj.text) is None:
            name = "Ministry of " + " ".join(t.text for t in pobj.subtree)  # "Minister of Cultural Affairs"
        elif any(c.lower_ not in GOVERNMENT_LEVELS for c in field) and pobj is None:
            name = " ".join(c.lower_ for c in field) + " ministry"  # "the Interior Minister", "foreign minister"
        else:
            return None  # "the minister": the office unknown
        if country is not None:
            return self.actors.state_body(country, name)
        return self.actors.remember(ActorRef(name, "organisation"))

    def _office_cut_from_its_name(self, token: Any, mention: Mention | None) -> ActorRef | None:
        """ "Peru's Attorney General's Office", "investigators from Chile's Attorney General's Office": the
        recogniser names only "General's Office", a bogus body; the listed office named by its officer, of the
        country its possessive names ("Peru attorney general's office")."""
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.tag_ == "NNP"), None)
        if mention is None or owner is None or mention.start <= min(c.i for c in owner.subtree if c.dep_ != "det"):
            return None  # no name, or the recogniser's name holds the officer's words whole
        office = self._office_of(token)
        if office is None:
            return None
        country_word = next((c for c in children_of(owner) if c.dep_ == "poss"), None)
        country = self.actors.country_of_word(country_word.text) if country_word is not None else None
        if country is None:
            return self.actors.remember(ActorRef(office, "organisation"))
        written = f"{country_word.text}'s {office}" if country_word is not None else office
        return self.actors.state_body(country, office, {written})

    def _owner_of_craft(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "evacuated by a helicopter of the Swiss Air Force", "by a C-130 Hercules of the Chilean Air Force",
        "rescued by a patrol boat of the coast guard": the body whose craft it is acts, not the craft; and "the
        aircraft landed", "the Hercules took off" after it: the same body's craft, when the article named one
        body's craft so."""
        lemma = self.lexicon.lemma(token)
        model = bool(CRAFT_CODE.match(token.text)) or (
            token.tag_ == "NNP" and token.text[:1].isupper() and not self._names_people(token)
        )
        if lemma == "crew":
            return self._force_before_craft(token, lemma, speaker)
        if lemma not in CRAFT_NOUNS and not model:
            return self._force_of_a_model_after_it(token, speaker)
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = _child(of, "pobj") if of is not None else None
        if pobj is None:
            return (
                self._force_before_craft(token, lemma, speaker, model)
                or self._force_of_a_model_after_it(token, speaker)
                or self._craft_named_before(token, lemma)
            )
        owners = [a for a in self.actors_at(pobj, speaker) if a.kind == "organisation"]
        if len(owners) != 1:
            return None
        if lemma not in CRAFT_NOUNS and owners[0].name.split()[-1].casefold() not in FORCE_NAME_ENDS:
            return None  # "the President of Acme", "Dean of the Faculty": a capitalised head of no craft
        models = [c.lower_ for c in children_of(token) if c.dep_ == "compound" and c.text[:1].isupper()]
        for word in {lemma, token.lower_, *models}:
            self.craft_owners[word] = owners[0]
        return owners[0]

    def _force_before_craft(self, token: Any, lemma: str, speaker: bool, model: bool = False) -> ActorRef | None:
        """ "A Navy patrol ship detained the barge", "a coast guard cutter seized", "an army helicopter crew
        spotted them": a force's word before its craft (or the craft's crew) names the force, as "a ship of the
        navy" does; "a fishing boat", "a cargo ship" name no one. So does a force's word in lower case before a
        craft's model name ("a Chilean navy Super Puma rescued"), a common noun no name begins with."""
        before = [c for c in token.subtree if c.i < token.i and c.dep_ == "compound"]
        if lemma == "crew" and not any(self.lexicon.lemma(c) in CRAFT_NOUNS for c in before):
            return None  # "a fire crew", "the ground crew": no craft, the crew's own
        if lemma not in CRAFT_NOUNS | {"crew"} and not (model and self._a_crafts_model(token)):
            return None
        forces = [c for c in before if c.lower_ in CRAFT_FORCE_WORDS and (c.is_lower or not model)]
        if len(forces) != 1:
            return None
        named = [c for c in before if c.i > forces[0].i]
        if model and not all(c.text[:1].isupper() and not self._names_people(c) for c in named):
            return None  # "police spokesman Ana Ruiz", "army Captain Luis Vera": a person's title between
        return self._force_of_craft(forces[0], [token, forces[0]], before, speaker)

    def _force_of_a_model_after_it(self, token: Any, speaker: bool) -> ActorRef | None:
        """ "An Indian army Cheetah crashed", "a Bolivian air force Hercules landed", with the model's name
        hung on the force's word: the force, whose craft it is, acts."""
        if token.lower_ not in CRAFT_FORCE_WORDS or not token.is_lower:
            return None
        models = [c for c in children_of(token) if c.dep_ == "appos" and c.left_edge.i == token.i + 1]
        if len(models) != 1 or not self._a_crafts_model(models[0]):
            return None
        before = [c for c in token.subtree if c.i < token.i and c.dep_ == "compound"]
        return self._force_of_craft(token, [token], before, speaker)

    def _a_crafts_model(self, token: Any) -> bool:
        """Whether ``token`` heads a capitalised name that may be a craft's model ("Super Puma", "Black Hawk",
        "Mi-17"), not a person's nor a body's or unit's ("Special Task Force", "Cyber Crime Division")."""
        named = token.text[:1].isupper() and not self._names_people(token)
        return named and token.lower_ not in FORCE_NAME_ENDS | BODIES_NAMED_AGAIN

    def _force_of_craft(self, force: Any, holders: list[Any], before: list[Any], speaker: bool) -> ActorRef | None:
        """The force a craft's ``force`` word names: its country's, by the nationality the parser hung on the craft
        or the word (``holders``), else the one force of the kind the article named."""
        words = sorted({*before, force}, key=lambda c: c.i)
        kind = " ".join(c.lower_ for c in words if c.i <= force.i and c in force.subtree)
        if self.actors.is_state_body(kind):
            # "a Peruvian army helicopter": the nationality the parser hung on the craft or the force's word
            nationality = [a for h in holders for a in children_of(h) if a.dep_ == "amod" and a.i < force.i]
            country = self.actors.country_of_word(nationality[0].text) if len(nationality) == 1 else None
            if country is not None:
                return self.actors.state_body(country, kind, {f"{nationality[0].text} {kind}"})
            # "an army helicopter" after "the Malian army": the one country's force of that kind the article named
            named = self._force_named_before(force, kind)
            if named is not None:
                return named
        if force in holders[:1]:
            return None  # the force's word is the craft's own token: nothing more it names
        found = self._actor_at(force, speaker)
        return found if found is not None and found.kind in ("organisation", "group") else None

    def _force_named_before(self, token: Any, kind: str) -> ActorRef | None:
        """ "the coast guard", "an army helicopter" after "the Irish Coast Guard", "the Malian army": the one
        country's force of that kind the article named; not in a sentence naming another country ("PHILIPPINES:
        The coast guard said" in a digest after Taiwan's coast guard)."""
        named = self.actors.only_state_body(kind)
        if named is None or named.country is None:
            return named
        sentence = self.sentence(token)
        words = list(sentence)
        label = self.sentence(self.doc[sentence.start - 1]) if sentence.start else None
        if label is not None and label.text.rstrip().endswith(":") and len(label) <= 6:
            words += list(label)  # "- PHILIPPINES: The coast guard said": a digest item's label names its country
        for word in words:
            country = self.actors.country_of_word(word.text.title()) if word.text[:1].isupper() else None
            if country is not None and country != named.country:
                return None
        return named

    def _craft_named_before(self, token: Any, lemma: str) -> ActorRef | None:
        """ "The aircraft touched down", "the Hercules took off": a craft the article named before with the body
        it belongs to ("a C-130 Hercules of the Chilean Air Force"); a word for any craft only while one body's
        craft were named."""
        if not self.craft_owners or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
            return None
        if token.lower_ in self.craft_owners:
            return self.craft_owners[token.lower_]
        owners = {a.name: a for a in self.craft_owners.values()}
        return next(iter(owners.values())) if lemma in CRAFT_NOUNS and len(owners) == 1 else None

    def _names_people(self, token: Any) -> bool:
        """Whether a word names people or an office: "Chief", "Commander", "Head" (of the Defence Force); not an
        animal's ("a Super Puma", "a Black Hawk" are aircraft)."""
        lexicon = self.lexicon
        kinds = {lexicon.actor_noun_kind(word) for word in (token.lower_, lexicon.lemma(token))}
        people = bool(kinds - {None, ANIMAL_KIND})
        return people or token.lower_ in lexicon.titles or token.lower_ in lexicon.ranks

    def _administration_of_the_region(self, token: Any, lemma: str) -> ActorRef | None:
        """ "The prefecture closed the bridge" in a story whose one first-level region named before is Nagano:
        the region's administration, "Nagano Prefecture"; with no region or two named, no actor."""
        regions = set()
        for ent in self.actors.entities:
            if (ent.label_ in LOCATION_LABELS or ent.label_ == "ORG") and ent.start < token.i:
                region = self.gazetteer.region(ent.text)
                if region is not None and region.kind == "region":
                    regions.add(region.name)
        if len(regions) != 1:
            return None
        return self.actors.remember(ActorRef(f"{next(iter(regions))} {lemma.capitalize()}", "organisation"))

    def _region_named(self, mention: Mention) -> bool:
        """Whether a mention names a first-level region the gazetteer knows (no country, no city)."""
        if mention.label not in LOCATION_LABELS:
            return False
        place = self.gazetteer.resolve(mention.text)
        return place is not None and place.kind == "region"  # a city's court or police: the seat rules'

    def _known_place(self, token: Any) -> bool:
        """A capitalised name the gazetteer knows as a country, a region or a city ("Punjab's")."""
        return bool(token.tag_ == "NNP" and (self.gazetteer.is_known(token.text) or self.gazetteer.region(token.text)))

    def _pronoun_country(self, token: Any, kind: str, speaker: bool) -> ActorRef | None:
        """ "Honduras protested. Its foreign ministry summoned ...": a body owned by an "its" that stands for a
        country is that country's, named with it as "Chile's defence ministry" is; so is one of its people ("Ghana
        recalled its ambassador": Ghana's, not the ambassador of another country the article named before)."""
        if kind not in ("organisation", "person"):
            return None
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.lower_ == "its"), None)
        actor = self._actor_at(owner, speaker) if owner is not None else None
        return actor if actor is not None and actor.kind == "country" else None

    def _region_body(self, mention: Mention, head: Any) -> bool:
        """ "the Uttar Pradesh government", "the Punjab police": a region's own body, whose name the recogniser
        took for an organisation's; the body is named with its region (an unnamed organisation), not the region."""
        return bool(
            self.lexicon.unnamed_actors.get(self.lexicon.lemma(head)) == "organisation"
            and self.gazetteer.region(mention.text) is not None
        )

    def _modifier_words(self, modifiers: list[Any]) -> list[str]:
        """The words of an unnamed body's modifiers, a name among them whole: "the West Bengal government", "the
        Rio Grande do Sul government" (the parser hangs only the name's last word on the noun)."""
        words: list[str] = []
        named: set[int] = set()
        for modifier in sorted(modifiers, key=lambda m: m.i):
            prefixed = _prefixed_word(modifier)
            if prefixed is not None:
                if prefixed.start not in named:  # "anti-narcotics police": the hyphenated word whole, once
                    named.add(prefixed.start)
                    words.append(prefixed.text.lower())
                continue
            mention = self.actors.mention_at(modifier)
            chain = self.doc[modifier.left_edge.i : modifier.i]
            if mention is None and modifier.dep_ == "poss":
                # "Punjab's pollution control board": a place the recogniser missed names the body as a known one
                # does ("Punjab pollution control board"), so that one body has one name whichever way it is written
                words.append(modifier.text)
            elif mention is None and modifier.dep_ == "compound" and _noun_chain(chain):
                # "the pollution control board": the compound's own compounds are the body's name too
                words.append(f"{chain.text.lower()} {modifier.lower_}")
            elif mention is None:
                # "GDIC officials": an acronym the recogniser missed keeps its capitals
                words.append(modifier.text if names.is_acronym(modifier.text) else modifier.lower_)
            elif mention.start not in named:
                named.add(mention.start)
                # the name's words up to this modifier ("West Bengal", not "West Bengal government's")
                words.append(self.doc[mention.start : min(mention.end, modifier.i + 1)].text)
                continue
            if mention is None and modifier.dep_ == "compound" and modifier.tag_ in ("NNP", "NNPS"):
                # "the New South Wales government": a name the recogniser missed, the parser's chain of its words
                words[-1] = self.doc[modifier.left_edge.i : modifier.i + 1].text
        return words

    def _people_of_a_country(self, mention: Mention) -> bool:
        """ "Uruguayans", "Chileans": a demonym in the plural names a country's people, a group that acts
        (votes, marches) as itself, not the country's state."""
        text = mention.text
        return (
            mention.end - mention.start == 1
            and text.endswith("s")
            and (
                self.lexicon.demonyms.get(name_key(text[:-1])) is not None
                or self.gazetteer.demonym_country(text[:-1]) is not None
            )
        )

    def _resolve_mention(self, mention: Mention, speaker: bool) -> ActorRef | None:
        if self._is_location(mention) and mention.label == "PERSON":
            mention = Mention(mention.start, mention.end, "GPE", mention.text)
        if mention.label in LOCATION_LABELS:
            country = self.gazetteer.capital_of(mention.text) if speaker else None
            if country is not None and self.lexicon.known_actor(mention.text) is None:
                return self.actors.remember(ActorRef(country, "country", set()))
        if mention.label in LOCATION_LABELS and not speaker and not self.gazetteer.country(mention.text):
            known = self.lexicon.known_actor(mention.text)
            if known is None:
                return None
        if mention.label == "NORP" and not self.lexicon.demonyms.get(name_key(mention.text)):
            company = self.actors.company_by_first_word(mention.text) if " " not in mention.text else None
            if company is not None:
                return company  # "Brantis closed two plants" after "Brantis Foods", taken for a nationality
            if self._people_of_a_country(mention):
                return self.actors.remember(ActorRef(mention.text, "group"))
            return None
        title = self.actors.person_title(mention) if mention.label == "PERSON" else None
        actor = self.actors.actor(mention.text, mention.label, title)
        if actor is not None and actor.kind == "product":
            if mention.start > 0 and self.doc[mention.start - 1].lower_ == "new":
                # "the new iPhone" after "iPhone 4": the model the article is about
                newer = [p for p in self.products if p.name.startswith(actor.name + " ")]
                if newer:
                    return newer[-1]
            self.products.append(actor)
        if actor is not None:
            self.recent[actor.kind] = actor
            if actor.kind == "organisation" and any(
                names.without_legal_form(n) != n for n in (actor.name, *actor.aliases, mention.text)
            ):
                self.recent[COMPANY] = actor  # "Dalton Motors Corp.": a company, as a committee is not
        return actor

    def _track_salience(self, sentence: Any) -> None:
        self._track_main_subject(sentence)
        self._note_descriptors(sentence)
        # by index, not token by token: spaCy builds a Token object for each, and few words start a mention
        mentions = self.actors.mentions
        for i in range(sentence.start, sentence.end):
            mention = mentions.get(i)
            if mention is not None and i == mention.start and not self._is_location(mention):
                self._resolve_mention(mention, speaker=True)  # "the store", "the company" refer to these
        for token in tokens_in(sentence):
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in THIRD_PERSON_PRONOUNS:
                found = self.actors_at(token, speaker=True)
                if not found:
                    if self._unnamed_speaker(token):
                        self.last_person = None  # "A senior lawmaker said ... He said": not the last named person
                    continue
                actor = found[0]
                if actor.kind == "person":
                    self.last_person = actor
                elif actor.kind in ("organisation", "country", "group", "product"):
                    self.last_thing = actor
                    if actor.kind != "product":
                        self.last_group = actor
                    if self._unnamed_speaker(token):
                        self.last_person = None  # "One of the rescuers told reporters ... He said": one of them

    def _track_main_subject(self, sentence: Any) -> None:
        """What a "they" of the next sentence can stand for: the subject of this sentence's main clause, when it
        is plural or a body ("Union leaders met ... They said"); nothing when it is one person or a country.
        And what an "it" can: that subject when it is one body, country or product.  A sentence without a
        subject of its own ("There were no reports") leaves the last ones standing."""
        subject = next((c for c in children_of(sentence.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return
        found = self.actors_at(subject, speaker=True)
        self.last_plural = found[0] if found and _plural_subject(subject, found) else None
        told = self._told_group(sentence.root)
        if told is not None:
            self.last_plural = told
        singular_body = found and len(found) == 1 and subject.tag_ not in ("NNS", "NNPS")
        self.last_body = found[0] if singular_body and found[0].kind in ("organisation", "country", "product") else None

    def _told_group(self, root: Any) -> ActorRef | None:
        """ "Witnesses said the men who jumped out carried rifles. They ...": after a report, a "they" goes on
        with the unnamed group the report is about (the subject of what was said), not with who said it; None
        when what was said has no such subject."""
        if not self.lexicon.reporting_verb(root):
            return None
        for clause in _children(root, "ccomp"):
            for subject in _children(clause, "nsubj"):
                if subject.tag_ != "NNS":
                    continue
                found = self.actors_at(subject, speaker=True)
                if len(found) == 1 and found[0].kind == "group":
                    return found[0]
        return None

    def _unnamed_speaker(self, subject: Any) -> bool:
        """ "A senior member of parliament said", "one of the rescuers told reporters": someone the text does not
        name speaks, and a "he" or "she" after it is that speaker."""
        if not (subject.tag_ == "NN" or subject.lower_ == "one") or not subject.head.tag_.startswith("VB"):
            return False
        return self.lexicon.reporting_verb(subject.head)

    # -- places --------------------------------------------------------------------------------------------


# the nouns for what binds two parties, whose "with" names the other party ("severed ties with Chile")
TIES_NOUNS = frozenset({"tie", "ties", "relation", "relations"})


def _noun_chain(span: Any) -> bool:
    """Common nouns each compounded with the next ("pollution" in "pollution control board")."""
    return len(span) > 0 and all(t.dep_ == "compound" and t.tag_ in ("NN", "NNS") for t in span)


def _describing_adjective(modifier: Any) -> bool:
    """ "young men", "armed men", "elderly people": the adjective is all that tells such people apart (not a
    count or a comparison: "other men", "many people", "more women")."""
    return bool(
        modifier.dep_ == "amod"
        and modifier.tag_ in ("JJ", "VBN")
        and modifier.text.isalpha()
        and modifier.text.islower()
        and modifier.lower_ not in QUANTIFYING_ADJECTIVES
    )


def _prefixed_word(modifier: Any) -> Any:
    """ "anti-narcotics police", "counter-terrorism officers", "pro-government militia": a hyphenated word of
    a prefix that says what a body is for or against (the parser splits it into loose modifiers); its span, or
    None."""
    doc = modifier.doc
    start = modifier.i
    while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].dep_ in ("amod", "compound", "punct"):
        start -= 1
    end = modifier.i + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].dep_ in ("amod", "compound", "punct"):
        end += 1
    span = doc[start:end]
    if len(span) < 3 or span[1].text != "-" or span[0].lower_ not in OPPOSING_PREFIXES:
        return None
    return span if all(t.head.i == modifier.head.i or span.start <= t.head.i < span.end for t in span) else None


def _plural_subject(subject: Any, found: list[ActorRef]) -> bool:
    """Whether a subject can be a "they": a plural noun, several actors, a body or a group; a pronoun "they"
    already resolved to one."""
    if subject.lower_ in PLURAL_PRONOUNS:
        return True
    if len(found) > 1 or subject.tag_ in ("NNS", "NNPS"):
        return True
    return found[0].kind in ("group", "organisation")


# what tells one group of a head noun from another: "the officers" has none, "the police officers" has
# clusters2 class: nouns of what is done to someone, whose possessor is that person ("his arrest", "the general's
# conviction", "Navalny's poisoning"), not the one who did it as in "Russia's invasion"
UNDERGONE_NOUNS = frozenset(
    {"arrest", "detention", "conviction", "acquittal", "sentencing", "execution", "abduction", "kidnapping",
     "dismissal", "sacking", "ouster", "assassination", "murder", "killing", "extradition", "deportation",
     "expulsion", "indictment", "imprisonment", "poisoning", "impeachment"}
)  # fmt: skip


def _undergone(noun: Any, lemma: Any) -> bool:
    """Whether the event noun names what was done to its possessor ("his arrest in March 2025"); with an "of"
    phrase the possessor did it ("the junta's detention of journalists")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return False
    return bool(noun.tag_.startswith("NN") and (lemma(noun) in UNDERGONE_NOUNS or noun.lower_ in UNDERGONE_NOUNS))


# double quotation marks, straight and curly, counted as characters in the raw text (an odd count before a word
# puts it inside a quotation; single marks are left out because apostrophes would upset the count), and how far
# after a closing one its attribution names the speaker
DOUBLE_QUOTE_CHARS = ('"', "\u201c", "\u201d")
ATTRIBUTION_REACH = 60

BARE_EXCLUDED = frozenset({"compound", "amod", "poss", "prep", "relcl", "acl", "appos", "nmod", "conj"})


# the words for a region's own administration: "the prefecture closed the road" in a story of one prefecture
REGION_BODIES = frozenset({"prefecture", "province", "canton", "oblast", "governorate"})
# the heads of bodies' names that, bare, name again the one body the article named so ("the department", "the
# prefecture", "the service"), and never a body by themselves
BODIES_NAMED_AGAIN = names.BODY_HEADS | {"prefecture", "division", "institute", "unit", "inspectorate", "municipality"}


def _bare_reference(token: Any) -> bool:
    """ "the officers", "officers", "one officer", "the officer": a head noun with nothing telling it apart,
    which names again the group the article described more fully before ("senior Malian army officers").
    Not "an officer" or "other officers" (someone else), nor "police officers" (a group of its own)."""
    if any(c.dep_ in BARE_EXCLUDED for c in children_of(token)):
        return False
    determiners = {c.lower_ for c in children_of(token) if c.dep_ in ("det", "nummod")}
    if token.tag_ in ("NNS", "NNPS"):
        return determiners <= {"the", "these", "those"}
    return determiners in ({"the"}, {"one"})


def _bare_kind(token: Any) -> bool:
    """ "the air force", "the coast guard": a kind of body named by a compound, with nothing else telling it apart
    (as ``_bare_reference`` is for a one-word kind)."""
    told_apart = [
        c for c in children_of(token) if c.dep_ in BARE_EXCLUDED and not (c.dep_ == "compound" and c.i == token.i - 1)
    ]
    return not told_apart and {c.lower_ for c in children_of(token) if c.dep_ in ("det", "nummod")} == {"the"}


def _the_bare_noun(token: Any) -> bool:
    """ "the defence", "the prosecution's": one noun after "the", singular, and nothing else hung on it."""
    kept = ("det", "case", "punct")
    return (
        token.tag_ == "NN"
        and all(c.dep_ in kept for c in children_of(token))
        and [c.lower_ for c in children_of(token) if c.dep_ == "det"] == ["the"]
    )


# conjunctions the parser reads as prepositions, taking the clause's subject for their object
# Verbs that pass on what someone else said: "X quoted Y as saying", "X cited Y as saying".
QUOTING_VERBS = frozenset({"quote", "quoted", "quotes", "quoting", "cite", "cited", "cites", "citing"})


def _person_behind_title(subject: Any) -> Any:
    """ "Opposition Liberal Party (LP) presidential candidate Maria Santos (...) conceded": the parser made the party
    the subject and hung the candidate on it as an apposition; the one who acted is the person the title names."""
    if subject.ent_type_ != "ORG":
        return subject
    for title in children_of(subject):
        if title.dep_ != "appos" or not title.tag_.startswith("NN") or title.ent_type_:
            continue
        person = next((c for c in children_of(title) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if person is not None:
            return person
    return subject


def quoting_verb(verb: Any) -> Any:
    """ "quoted" in "the agency quoted sources as saying" and "was quoted as saying", for ``saying``; else None."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.dep_ != "prep":
        return None
    quoting = verb.head.head
    return quoting if quoting.lower_ in QUOTING_VERBS else None


def _participle_after_a_complement(verb: Any) -> bool:
    """ "..., accusing him of spying" set off by a comma after a "to" clause of the main verb."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head))
        and head.head.tag_.startswith("VB")
    )


def _quoted_speaker(verb: Any) -> Any:
    """The one quoted in "the agency quoted sources as saying" (the quoting verb's object), for ``saying``."""
    quoting = quoting_verb(verb)
    return None if quoting is None else _child(quoting, "dobj")


SUBORDINATORS = frozenset({"as", "while", "because", "since", "after", "before", "when", "until", "once"})


def _subject_read_as_object(verb: Any) -> Any:
    """ "sirens wailed as Russia on Sunday fired missiles": the parser read "as" as a preposition and "Russia"
    as its object, leaving the verb after it without a subject.  The object right before the verb's own words,
    of a conjunction that is not among them, is the subject."""
    if not verb.tag_.startswith("VB") or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children_of(verb)
    ):
        return None
    if verb.dep_ not in ("advcl", "conj", "ccomp", "dep") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = verb.doc
    i = verb.left_edge.i - 1
    while i >= 0 and _time_word(doc[i]):
        i -= 1  # "as Russia on Sunday night fired": the time said between them, wherever the parser hung it
    if i < 0:
        return None
    noun = doc[i]
    if noun.dep_ != "pobj" or not (noun.tag_.startswith("NN") or noun.tag_ == "PRP"):
        return None
    conjunction = noun.head
    if conjunction.lower_ not in SUBORDINATORS or conjunction.i != noun.left_edge.i - 1:
        return None
    return noun


def _doer_position(token: Any) -> bool:
    """The subject of a verb or the object of a passive's "by" ("was boarded by officers from the coast guard"):
    where a body's staff act for it, unlike the object of what was done to them."""
    return bool(token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent"))


def _time_word(token: Any) -> bool:
    """A word of a time adverbial: "on Sunday night", "late Saturday", "also"."""
    if token.ent_type_ in ("DATE", "TIME") or token.tag_ == "RB":
        return True
    return token.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in children_of(token) if c.dep_ == "pobj")


def _after_dash(token: Any) -> bool:
    """Whether the phrase of ``token`` opens right after a dash ("the bloc - France, Spain and Italy -")."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text in DASHES


def _in_argument(token: Any) -> bool:
    """Whether a name is, or modifies, a subject or object ("he owns an iPod player", "iPhone 4 buyers will get
    a case"), not only in a prepositional phrase ("built in to iTunes", "as it has for the phone")."""
    current = token
    for _ in range(6):
        if current.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            return True
        if current.dep_ not in ("compound", "amod", "nmod", "appos", "poss", "conj") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _closes_aside(clause: Any, participle: Any) -> bool:
    """Whether ``clause`` is a relative clause set off by commas (", where the band was to perform,") that ends
    right before ``participle``: a participle after such an aside belongs to the clause around it."""
    if clause.dep_ != "relcl" or participle.tag_ != "VBG" or participle.i < 2:
        return False
    if not any(c.tag_ == "WRB" or c.lower_ in ("where", "when") for c in children_of(clause)):
        return False
    doc = participle.doc
    opened = clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].text == ","
    return bool(opened) and doc[participle.i - 1].text == "," and participle.i > clause.left_edge.i


def _misparsed_particle(preposition: Any, verb: Any, candidate: Candidate) -> bool:
    return preposition.i == verb.i + 1 and any(word == preposition.lower_ for word, _ in candidate.lexeme.by_particle)


def _below_a_verb_trigger(anchor: Any, trigger: Any) -> bool:
    """An anchor clause under the verb that is the event ("ordered the plant closed"): its subject is what the
    event acts on."""
    if anchor.dep_ == "xcomp" and anchor.head.i == trigger.i and _child(trigger, "dobj") is None:
        return False  # "agreed to buy a rival": who agreed is who buys (subject control), not what is bought
    return bool(
        anchor is not trigger and trigger.tag_.startswith("VB") and trigger.i != anchor.i and anchor in trigger.subtree
    )


# the kinds of a body's unit a capitalised name ends with ("the Economic Offences Unit", "the Marine Division")
UNIT_BODY_WORDS = frozenset({"unit", "division", "cell", "wing", "branch", "section"})


def _named_unit(token: Any, compounds: list[Any]) -> str | None:
    """ "The Economic Offences Unit (EOU) of the state police arrested": a capitalised name ending in a unit's kind,
    which the recogniser missed, is an organisation (not "a generating unit", a thing)."""
    named = token.lower_ in UNIT_BODY_WORDS and token.text[:1].isupper() and bool(compounds)
    return "organisation" if named and all(c.text[:1].isupper() for c in compounds) else None


def _force_member(token: Any) -> bool:
    """ "An Elmwood police officer", "two Elmwood fire crews": a member of a local force, the name before it the
    force's town (which the recogniser may take for a company), so the member, not the name, is who acted
    (selfnews5 class 8)."""
    return token.lower_ in FORCE_MEMBERS and any(
        c.dep_ == "compound" and c.lower_ in FORCE_KINDS for c in children_of(token)
    )


# members of a local force and the kinds of force: "police officer", "fire crew", "sheriff's deputy"
FORCE_MEMBERS = frozenset(
    {"officer", "officers", "policeman", "policemen", "policewoman", "deputy", "deputies", "trooper", "troopers",
     "crew", "crews", "firefighter", "firefighters", "agent", "agents", "guard", "guards", "constable", "constables"}
)  # fmt: skip
FORCE_KINDS = frozenset({"police", "fire", "sheriff", "border", "park", "transit", "state", "county", "city", "rescue"})


# a minister who heads a government ("prime minister", "the provincial chief minister", "first minister") or no
# longer holds the office acts for no one ministry; a rank is no part of the ministry's name ("a deputy foreign
# minister" acts for the foreign ministry), and a level of government alone names none ("a state minister")
HEADS_OF_GOVERNMENT = frozenset({"prime", "chief", "first", "former", "ex"})
MINISTERIAL_RANKS = frozenset({"deputy", "junior", "senior", "cabinet", "assistant", "vice"})
GOVERNMENT_LEVELS = frozenset({"state", "provincial", "regional", "federal", "national", "union"})


# openlist2 class 5: a case named by whom it is against ("filed a case against the builder")
CASES_AGAINST = frozenset({"case", "cases", "complaint", "complaints", "lawsuit", "suit"})


def _case_paper(noun: Any) -> bool:
    """openlist2 class 5: the paper of a police case ("an FIR", "the chargesheet", "a case against the builder"),
    which names no party: whom it is against does."""
    if noun.lower_ in POLICE_CASE_WORDS:
        return True
    return noun.lower_ in CASES_AGAINST and any(c.dep_ == "prep" and c.lower_ == "against" for c in children_of(noun))


def _found_in_that_state(anchor: Any, trigger: Any) -> bool:
    """ "a ranger found 180 whales stranded", "40 seals were found stranded": the verb of finding whose object's
    state is the event; who found them took no part in it."""
    if anchor.i == trigger.i or not trigger.tag_.startswith("VB"):
        return False
    if trigger.dep_ == "acl":
        return bool(trigger.head.head.i == anchor.i)
    return trigger.dep_ in ("xcomp", "oprd") and trigger.head.i == anchor.i


def _asker_of_fronted_participle(name: Any) -> bool:
    """ "Asked by the deputy Ana Ruiz why ..., he said": the one who asked, the agent of a participle fronted on the
    clause, is not whom its "he" stands for (the one asked is)."""
    while name.dep_ in ("appos", "compound") and name.head is not name:
        name = name.head  # "by the Socialist deputy Ana Ruiz": the deputy, in apposition
    by = name.head
    participle = by.head
    return bool(
        by.dep_ == "agent" and participle.tag_ == "VBN" and participle.dep_ == "advcl" and participle.i < name.i
    )


def _passive_without_doer(verb: Any) -> bool:
    """ "64 whales were refloated", "the rider has been banned": a passive participle with no "by" naming its doer."""
    return verb.tag_ == "VBN" and _child(verb, "auxpass") is not None and _child(verb, "agent") is None
