"""Triggers: which words of a sentence name an event, of which type in context, and whether it happened."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from timelinekg.nlp.extract.arguments import BOARD_NOUNS, BUSINESS_NAME_HEADS, COMPANY_NOUNS
from timelinekg.nlp.extract.candidate import (
    FUTURE_AUXILIARIES,
    IRREALIS_ADJECTIVES,
    IRREALIS_DETS,
    MODALS,
    ORDER_VERBS,
    POLICE_CASE_WORDS,
    TIME_CLAUSE_MARKS,
    VESSEL_NOUNS,
    WRITERS_OWN,
    Candidate,
    FinderBase,
    _child,
    _children,
    a_call_to_readers,
    a_contents_line,
    a_norm_followed,
    a_notices_formula,
    a_sides_view,
    a_sign_off,
    a_stay,
    an_act_in_general,
    announced_with_feeling,
    asked,
    asked_of_the_speaker,
    elided_passive_conjunct,
    first_conjunct,
    heading_word,
    lost_in_general,
    names_a_vessel,
    negated,
    present_of_a_future_time_clause,
    said_nothing,
    stranded_subject,
    told_as_other_news,
    told_by_the_papers_error,
    told_in_general,
)
from timelinekg.nlp.extract.dating import (
    COMMITMENT_VERBS,
    DECIDED_ACT_DEPS,
    SCHEDULE_PARTICIPLES,
    _habitual,
    _to_infinitive,
)
from timelinekg.nlp.extract.lexicon import (
    COUNTING_NOUNS,
    DEVERBAL_SUFFIXES,
    TRADE_RESTRICTION,
    Lexicon,
    Trigger,
    currency_nouns,
    derived_verb,
)
from timelinekg.nlp.extract.nlp import children_of, tokens_in
from timelinekg.schema.identity import name_key

CONDITIONS = {"if", "unless", "whether"}
# Conjunctions of a time clause, whose present tells the future under a future main clause: "will run the country
# until a new cabinet is sworn in", "will meet again once the president returns".
# giving money to people: "gave 25,000 shillings to each family", "paid compensation to the victims"
PAYING_VERBS = frozenset({"give", "pay", "hand", "donate", "disburse", "award", "distribute", "transfer"})
MONEY_NOUNS = frozenset(
    {
        "compensation",
        "money",
        "cash",
        "grant",
        "grants",
        "payment",
        "payments",
        "allowance",
        "relief",
        "aid",
        "assistance",
        "stipend",
        "sum",
        "damages",
        "reparation",
        "reparations",
        "indemnity",
        "subsidy",
        "cheque",
        "check",
        "donation",
        "donations",
        "funds",
        "fund",
    }
)
# people given money as help, not as pay or a return: "to each bereaved family", "to the victims"
AID_RECIPIENTS = frozenset(
    {
        "family",
        "families",
        "victim",
        "survivor",
        "relative",
        "household",
        "resident",
        "villager",
        "widow",
        "orphan",
        "evacuee",
        "refugee",
        "displaced",
        "bereaved",
        "kin",
        "dependant",
        "dependent",
        "next-of-kin",
        "injured",
    }
)
# openlist2 class 6: what is fired in a shooting, and where it is aimed; other people fired are dismissed
FIRED_WEAPONS = frozenset(
    {
        *("shot", "shots", "round", "rounds", "bullet", "bullets", "gun", "guns", "weapon", "weapons", "salvo"),
        *("salvoes", "volley", "volleys", "gas", "cannon", "cannons", "artillery", "torpedo", "torpedoes", "flare"),
        *("flares", "projectile", "projectiles", "arrow", "arrows", "pellet", "pellets", "barrage", "burst"),
        *("bursts", "missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar", "mortars", "grenade"),
        *("grenades", "bomb", "bombs", "munition", "munitions", "dart", "darts", "warning", "rubber", "tear"),
        *("water", "canister", "canisters", "launcher", "drone", "drones", "interceptor", "interceptors"),
    }
)
AIMED_AT = frozenset({"at", "on", "into", "toward", "towards", "upon", "over"})
OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ess", "man", "men", "eon", "ic", "ive")
# openlist2 class 5: a police case registered ("registered an FIR", "a case was booked against", "lodged an FIR")
CASE_FILING_FORMS = frozenset(
    {
        *("register", "registers", "registered", "registering", "book", "books", "booked", "booking"),
        *("lodge", "lodges", "lodged", "lodging", "file", "files", "filed", "filing"),
    }
)
CASE_WORDS = frozenset({"case", "cases", "complaint", "complaints"})
# openlist2 class 2: "handed over the suspect", "gave up", "gave back": no relief handed out
OTHER_GIVING_PARTICLES = frozenset({"over", "up", "back", "down", "in", "off", "away"})
# verbs that keep someone from the act their "from" gerund names: "barred the club from registering players"
# "arrested two traders for selling fish", "charged with taking bribes", "an inquiry into causing an accident": the
# prepositions that name what an arrest, a charge or an inquiry is for, and the kinds of act they are
OFFENCE_PREPOSITIONS = frozenset({"for", "into", "of", "with"})
TAKEN_AGAINST_TYPES = frozenset({"coercion", "legal", "investigation"})
# typed31: the words whose "of" names an alleged act ("is accused of causing death by negligence", "on charges of
# selling", "on suspicion of accepting bribes", "faces four charges under the Act of selling"): probe7, probe10,
# probe19 (twice), probe28, probe31 told the act as an event of its own (a personnel "causing death", a business
# "selling")
ALLEGING_WORDS = frozenset({"accuse", "charge", "suspicion", "accusation", "allegation", "count"})
HARM_DONE_TYPES = frozenset({"attack", "mass-violence", "disaster"})
FORBIDDING_VERBS = frozenset(
    {"ban", "bar", "prohibit", "prevent", "stop", "block", "forbid", "exclude", "disqualify", "restrain", "deter"}
)
# a press release's courtesy formula: "wishes to inform the public that", "is pleased to announce that",
# "regrets to announce that", "would like to inform residents that": the wish or feeling is the writer's manners,
# what the informing verb reports happened (selfnews5 class 1)
INFORMING_VERBS = frozenset({"inform", "announce", "notify", "advise", "confirm", "report", "tell"})
COURTESY_GOVERNORS = frozenset(
    {"wish", "like", "regret", "please", "pleased", "happy", "delighted", "glad", "sad", "saddened", "sorry", "want"}
)
# verbs of an explosion with no object, and what makes one set off by someone: "a roadside bomb blew up", "a car
# packed with explosives exploded" (selfnews5 class 3); BOMB_WORDS is read on the subject's modifiers too ("roadside",
# "suicide"), unlike the lexicon's blast_clues "charges" (_charge), read on the subject alone for any verb of disaster
# and holding a few more weapons (shell, rocket, mortar): joining the two would change what "a shell blew up" is
EXPLODING_VERBS = frozenset({"explode", "blow", "detonate"})
BOMB_WORDS = frozenset(
    {"bomb", "explosive", "explosives", "ied", "grenade", "landmine", "device", "roadside", "suicide"}
)
# online services whose blocking is a ban ("blocked access to the website") (selfnews5 class 4)
ONLINE_SERVICES = frozenset(
    {"app", "apps", "application", "website", "websites", "platform", "account", "webpage", "messenger"}
)
# verbs whose passive subject is a gathering held ("a vigil was held", "the rally was staged")
HELD_VERBS = frozenset({"hold", "stage", "organise", "organize"})
ARMED_TAKERS = frozenset(
    {
        "army",
        "military",
        "troops",
        "soldiers",
        "rebels",
        "militants",
        "fighters",
        "forces",
        "junta",
        "police",
        "militia",
    }
)
# who takes control of a business, or what business is taken: "the central bank took control of the lender", "an
# investor took control of the airline" is a takeover, not war
BUSINESS_HOLDERS = frozenset(
    {
        "bank",
        "lender",
        "company",
        "firm",
        "regulator",
        "insurer",
        "investor",
        "fund",
        "airline",
        "corporation",
        "conglomerate",
        "shareholder",
        "shareholders",
        "creditors",
        "carrier",
        "retailer",
        "bidder",
    }
)
# "failed to pay the interest due on Friday", "failed to make a coupon payment": a debtor missing a payment is an
# event (a default) though what the infinitive names never happened; make/meet/honour count only with a payment
PAID_VERBS = frozenset({"pay", "repay", "redeem", "settle"})
PAYMENT_CARRIERS = frozenset({"make", "meet", "honour", "honor", "service"})
PAYMENT_NOUNS = frozenset(
    {"payment", "repayment", "coupon", "instalment", "installment", "interest", "debt", "loan", "obligation", "bond"}
)
# what people held are let do when they are released: "let the hostages go", "let 12 passengers leave the plane"
LET_GO_VERBS = frozenset({"go", "leave", "walk", "disembark", "out"})
# verbs of a getaway: what they leave "with" was taken along ("drove off with four aid workers")
GETAWAY_PHRASES = frozenset({"drive off", "drive away", "make off", "speed off", "speed away", "ride off", "run off"})
# verbs that start or carry on what their complement names: "began recounting the votes" says the recount began
ASPECTUAL_STARTS = frozenset({"begin", "start", "resume"})


SPEAKERS_OWN = frozenset({"i", "we", "you"})


def talk_of_an_idea(verb: Any) -> bool:
    """ "Lisbon is now talking about a new airport", "the club is talking of a new stadium": an idea under
    discussion, no statement anyone made on a day."""
    return (
        verb.lower_ == "talking"
        and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in children_of(verb))
        and any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in children_of(verb))
    )


# verbs of saying that, with someone told to do something, give an order
TELLING_VERBS = frozenset({"tell"})


# who is told something by name is a peer spoken to, not a body given an order ("the president told Lula to call")
PEER_ENTITIES = frozenset({"PERSON", "GPE", "NORP"})


def _told_to_act(verb: Any, addressee: Any) -> bool:
    """ "told shops to pull the oil", "told hospitals to postpone surgery": those under an authority told to do
    something (an infinitive after the one told); not "told reporters the talks had failed", nor one person told
    ("told him to resign"), nor a named person or country told what not to do ("told the premier not to raise
    tariffs"), which is a call, advice or a warning."""
    # (nor "him", "her": "lawmakers told him to resign" is a call to quit, no order)
    if addressee is None or addressee.ent_type_ in PEER_ENTITIES or addressee.tag_ == "PRP":
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl")
        and c.tag_ == "VB"
        and c.i > addressee.i
        and any(a.dep_ == "aux" and a.tag_ == "TO" for a in children_of(c))
        and not any(n.dep_ == "neg" for n in children_of(c))
        for c in children_of(verb)
    )


PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"})


def _the_writers_own_inquiry_under_way(verb: Any) -> bool:
    """ "Our engineers are investigating", "We are investigating the cause": a status page's line on its own work
    in progress, which tells the reader to wait, no inquiry one could date (an inquiry by others, "police are
    investigating the death", stays one; so does the writer's own finished work, "our engineers found the fault")."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in children_of(verb)):
        return False
    subject = next((c for c in first_conjunct(verb).children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in SPEAKERS_OWN or any(
        c.dep_ == "poss" and c.lower_ in WRITERS_OWN for c in children_of(subject)
    )


# Words whose sentence reports nothing: a paper's correction note, its heading ("CORRECTION:", "Correction, May 3:")
# and what "an earlier version of this article" or "a report in Monday's edition" said; an interviewer's prompt
# ("Remind us what she is accused of") and a direct question ("Why wasn't it shot, then?"), which the answer tells;
# an act as a kind a view is about ("Killing a wolf does not make a farm safe")
# an idea under discussion ("is now talking about a new airport"); a rule the act followed ("as the law requires");
# a bulletin's other stories after "In other news", and the list of its stories ("**This week:** A does; B does");
# a column's sign-off ("Back next Thursday, when ..."), a newsletter's call to readers ("Tips: reply to this email")
# and a notice's formula ("Passengers are informed that ...")
NO_EVENT_SENTENCES = (
    heading_word,
    told_by_the_papers_error,
    told_as_other_news,
    a_contents_line,
    asked_of_the_speaker,
    asked,
    an_act_in_general,
    a_norm_followed,
    talk_of_an_idea,
    a_sign_off,
    a_call_to_readers,
    a_notices_formula,
)
# the acts a vote itself does, which type it ("voted to impeach the governor", "voted to repeal the decree",
# "voted to strike"); a vote to ban cars or to raise the retirement age makes a policy, which stays the vote
DECIDED_KINDS = frozenset({"personnel", "legal", "protest"})
# getting to one's feet: with a walkout joined to it ("rose together and left the chamber") it is how the walkout
# began, no act of its own
RISING_PHRASES = frozenset({"rise", "stand", "stand up", "get up", "rise up"})
# "joined the action": the strike or the protest under way; "legal action", "class action" are suits
COLLECTIVE_ACTION_MARKS = frozenset({"industrial", "strike", "protest", "collective", "labour", "labor", "union"})


# a hollow in the ground that opens or swallows ("a sinkhole swallowed a stretch of road", "a crack opened"), and
# ground or a built surface that gives way ("the embankment gave way", "the road caved in"): a ground failure
CAVITY_NOUNS = frozenset(
    {"sinkhole", "sinkholes", "crack", "fissure", "fissures", "crevasse", "chasm", "hole", "crater"}
)
GROUND_NOUNS = frozenset(
    {"ground", "earth", "road", "street", "embankment", "hillside", "slope", "cliff", "levee", "dike", "dyke"}
)
# by their forms, which the lexicon does not list
CAVITY_VERBS = frozenset(
    {*("swallow", "swallowed", "swallows", "swallowing", "engulf", "engulfed", "engulfs", "engulfing")}
)
# what a falling thing lands on in an accident ("fell on a house", "onto a car park"); "market" and "exchange" are
# left out, where prices fall
FALLING_VERBS = frozenset({"fall", "drop", "plunge"})
FALLEN_ON = frozenset({"on", "onto", "upon", "through"})
LANDED_ON = frozenset(
    {
        *("house", "home", "school", "roof", "shed", "barn", "farm", "field", "yard", "garden", "park", "building"),
        *("hospital", "church", "mosque", "temple", "shop", "office", "factory", "warehouse", "stadium", "station"),
        *("street", "road", "highway", "motorway", "pavement", "sidewalk", "crowd", "village", "town", "estate"),
        *("ranch", "hut", "tent", "camp", "platform", "deck", "beach", "playground", "hotel", "block"),
    }
)
GIVING_WAY_VERBS = frozenset({*("cave", "caved", "caves", "caving", "subside", "subsided", "subsides", "subsiding")})


class TriggerFinder(FinderBase):
    """Finds the candidate events of a sentence."""

    def _ground_failure(self, verb: Any) -> bool:
        """ "A sinkhole swallowed a stretch of road", "a crack opened", "the ground gave way": a ground failure
        as the subject of its verb; a road that opens to traffic or a dam that opens its gates is none."""
        subject = _child(verb, "nsubj")
        if subject is None:
            return False
        noun = self.lexicon.lemma(subject)
        lemma = self.lexicon.lemma(verb) if verb.lower_ not in CAVITY_VERBS | GIVING_WAY_VERBS else verb.lower_
        gave_way = lemma == "give" and any(c.dep_ == "dobj" and c.lower_ == "way" for c in children_of(verb))
        if noun in CAVITY_NOUNS or noun in {"ground", "earth"}:
            opened = lemma == "open" and _child(verb, "dobj") is None  # "a crack opened", not "opened fire"
            return gave_way or opened or lemma in GIVING_WAY_VERBS or lemma in CAVITY_VERBS
        if noun in GROUND_NOUNS:
            return gave_way or lemma in GIVING_WAY_VERBS
        return False

    def _set_out(self, verb: Any) -> bool:
        """ "the research vessel sailed from Hobart", "the cable ship X sailed on Sunday", "CS Y sailed from Cape
        Town": a ship setting out, told of a craft word or of a port left (not "the bill sailed through parliament",
        "sailed into the final", nor the way of a ship in the progressive or the timetable in the present)."""
        if verb.lower_ not in SAIL_FORMS or verb.tag_ in ("VBZ", "VBP") or _child(verb, "dobj") is not None:
            return False
        if verb.tag_ == "VBG" and _child(verb, "aux") is not None:
            return False  # "the ferry was sailing from Dover when the fire broke out"
        subject = _child(verb, "nsubj") or (_child(verb.head, "nsubj") if verb.dep_ == "xcomp" else None)
        described = [subject, *(c for c in children_of(subject) if c.dep_ in ("compound", "appos"))] if subject else []
        if any(self.lexicon.lemma(word) in CRAFT_WORDS or word.lower_ in CRAFT_WORDS for word in described):
            return True
        return any(
            prep.lower_ == "from"
            and (pobj := _child(prep, "pobj")) is not None
            and pobj.ent_type_ in ("GPE", "LOC", "FAC")
            for prep in _children(verb, "prep")
        )

    def _operated_on(self, verb: Any) -> bool:
        """ "operated on the climber's spine", "operated for six hours on the boxer", "the soldier was operated on":
        surgery on a person or a part of one (not "operated on thin margins", "operates 40 stores")."""
        if verb.lower_ not in OPERATE_FORMS or _child(verb, "dobj") is not None:
            return False
        for prep in _children(verb, "prep"):
            pobj = _child(prep, "pobj")
            if prep.lower_ != "on" or pobj is None:
                continue
            if self.lexicon.lemma(pobj) in BODY_PARTS or _personal_pronoun(pobj) or self._acts_on_people(pobj):
                return True
            if pobj.ent_type_ in ("DATE", "TIME"):
                continue
            if (
                any(c.dep_ == "poss" for c in children_of(pobj))
                or self._subject_word(_child(verb, "nsubj")) in SURGEONS
            ):
                return True  # "on Sergeant Diaz's pelvis", "on his knee", "surgeons operated on the boxer"
        patient = _child(verb, "nsubjpass")
        return patient is not None and (self._acts_on_people(patient) or _personal_pronoun(patient))

    def _blew_self_up(self, verb: Any) -> bool:
        """probe15 class 5: "a suicide bomber blew himself up at a bus station", "two attackers blew themselves
        up": the bomber's act is a bombing; the support rows take only nouns for what was blown up."""
        if self.lexicon.lemma(verb) != "blow" or not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)
        ):
            return False
        blown = _child(verb, "dobj")
        return blown is not None and blown.lower_ in REFLEXIVE_PRONOUNS

    def _blocked_where_driven(self, verb: Any) -> str | None:
        """probe15 class 3: "drove their tractors onto the road and blocked it", "parked their lorries across the
        bridge and blocked it for hours": "it" stands for the road the first verb went onto, so the blocking has
        the type the lexicon gives for blocking that road; None when the object is no such pronoun."""
        lexeme = self.lexicon.verb_trigger(verb)
        pronoun = _child(verb, "dobj")
        if lexeme is None or pronoun is None or pronoun.lower_ not in ("it", "them") or verb.dep_ != "conj":
            return None
        if self.lexicon.lemma(verb) != "block":
            return None
        for prep in _children(verb.head, "prep"):
            if prep.lower_ not in ("onto", "on", "across", "into"):
                continue
            for place in _children(prep, "pobj"):
                kind = lexeme.type_for_object(self.lexicon.lemma(place))
                if any(word == self.lexicon.lemma(place) for word, _ in lexeme.by_object):
                    return kind
        return None

    def _weather_destroyed(self, verb: Any) -> bool:
        """probe15 class: "a hailstorm destroyed most of the crop", "a storm wrecked 300 homes", "floods washed
        away the bridge": a force of nature as the subject of a verb of destruction with something destroyed is a
        disaster, its cause no actor; people destroying things ("rioters destroyed shops") are none of this."""
        lemma = self.lexicon.lemma(verb)
        if lemma not in self.lexicon.destruction_verbs and lemma not in self.lexicon.sweeping_verbs:
            return False
        if lemma in self.lexicon.sweeping_verbs and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in children_of(verb)
        ):
            return False  # "floods washed away the bridge", not "rain washed the streets"
        subject = _child(verb, "nsubj")
        return subject is not None and _child(verb, "dobj") is not None and self._natural_force(subject)

    def _candidates(self, sentence: Any) -> list[Candidate]:
        out: list[Candidate] = []
        carried: set[int] = set()
        subject_events = self._subject_events(sentence)
        carried.update(noun.i for noun in subject_events.values())
        ordered_results: set[int] = set()
        for token in tokens_in(sentence):
            tag = "NN" if _noun_read_as_verb(token) or _gerund_as_noun(token, self.lexicon) else token.tag_
            if tag.startswith("VB"):
                if token.dep_ in ("aux", "auxpass") or token.i in ordered_results or _name_read_as_verb(token):
                    continue
                if _decided_by_vote(token, self.lexicon.lemma):
                    continue  # "voted on Tuesday to impeach the governor": the vote is the act, and what it decided
                if _record_clause(token) or (_record_clause(token.head) and _since_clause(token)):
                    continue  # "the largest penalty it has imposed (since it was set up in 2020)": a record
                if self._order_beside_a_penalty(token):
                    continue  # "fined the airline $2 million and ordered corrective measures": one sanction
                if self._undoing_beside_a_sanction(token):
                    continue  # "suspended the club and postponed its next matches": one decision
                if _grounds_of_the_act(token, self.lexicon.lemma) and any(
                    token.head.i in {a.i for a in c.anchors} for c in out
                ):
                    # "ordered six held in custody, ruling that they might flee": why it ordered it (when the act is
                    # an event here: "dissolved the party, ruling that ..." leaves the ruling to tell it)
                    continue
                if _topic_of_a_text(token):
                    continue  # "a new law on shooting down drones": what the law is about, not an act done
                if _what_they_call_it(token):
                    continue  # "near what Indonesians call Pulau Pasir": a name given, no one calls or says anything
                request = self._request_to_a_body(token)
                if request is not None:
                    # "asked the court to ban the party", "petitioned judges to dissolve the council": the request is
                    # the asker's act (legal before a court, an appeal to another body); what it asks for is not done
                    kind, requested = request
                    ordered_results.add(requested.i)
                    if kind is not None:
                        out += self._own_act(token, kind, [token])
                    continue
                ordered = self._ordered_result(token)
                if ordered is not None:
                    # "ordered the plant closed", "ordered the area evacuated": the order is the event, of the kind
                    # of what it orders done, the one who ordered it its agent
                    kind, result = ordered
                    ordered_results.add(result.i)
                    # in the passive ("the suspects were ordered held on Sunday") the order leads, so its subject
                    # stays the one ordered, not a doer; the participle still holds the date
                    passive = _child(token, "nsubjpass") is not None or _child(token, "auxpass") is not None
                    out += self._own_act(token, kind, [token, result, token] if passive else [result, token])
                    continue
                missed = _missed_payment(token)
                if missed is not None and self.lexicon.lemma(token) == "fail":
                    # the failure is the event; the infinitive is an anchor for its date ("due on Friday"), and
                    # "failed" leads (its subject is the debtor, the agent) and ends the anchors (the clause verb)
                    out += self._own_act(token, "business", [token, missed, token])
                    continue
                let_go = self._let_go(token)
                if let_go is not None:
                    # "the hijackers let 12 passengers leave the plane": a release by who let them, dated by the
                    # leaving ("let two hostages go on Monday"), which is no event of its own
                    ordered_results.add(let_go.i)
                    agreed = self._committing_governor(token)
                    if agreed is not None:
                        # "agreed to let the hostages go on Monday": the agreement is the event, as "agreed to free
                        # them" is (_commitment), dated by the agreeing verb alone (openlist2 class 8)
                        out.append(Candidate(agreed, "yield", Trigger(type="yield"), [agreed]))
                        continue
                    out += self._own_act(token, "yield", [token, let_go, token])
                    continue
                taken = self._driven_off_with(token)
                if taken is not None:
                    out += self._own_act(token, "coercion", [token])
                    carried.add(taken.i)
                    continue
                if self._set_out(token):
                    # "the repair ship sailed from Cape Town on Sunday", "she is due to sail on Sunday": a departure
                    out += self._own_act(token, "other", [token], stands_alone=True)
                    continue
                if self._operated_on(token):
                    # "surgeons operated on the boxer for four hours", "he was operated on yesterday": an operation,
                    # news of the patient's story whoever did it
                    out += self._own_act(token, "other", [token], stands_alone=True)
                    continue
                if self._ground_failure(token):
                    # "a sinkhole swallowed two cars", "the ground gave way": the ground's failure is a disaster
                    out += self._own_act(token, "disaster", [token])
                    continue
                if self._blew_self_up(token):
                    # "a suicide bomber blew himself up at the station": a suicide bombing
                    out += self._own_act(token, "attack", [token])
                    continue
                blocked = self._blocked_where_driven(token)
                if blocked is not None:
                    # "drove their tractors onto the road and blocked it": the road the pronoun stands for
                    out += self._own_act(token, blocked, [token])
                    continue
                if _vehicles_ran_into(token):
                    # "about 40 cars ran into each other in fog", "the bus ran into a wall": a road crash
                    out += self._own_act(token, "disaster", [token])
                    continue
                if self._weather_destroyed(token):
                    # "a hailstorm destroyed the crop", "floods washed away the bridge": the weather's harm
                    out += self._own_act(token, "disaster", [token])
                    continue
                stopped = self._activity_stopped(token)
                if stopped is not None:
                    # "stopped registering new export contracts late on Monday": a restrictive measure on trade by
                    # whoever stopped; the gerund is no act of its own, and holds the date
                    ordered_results.add(stopped.i)
                    carried.update(o.i for o in _children(stopped, "dobj"))
                    if stopped.tag_.startswith("NN"):
                        # "the registration of grain exports": the noun and what it registers are no events
                        carried.add(stopped.i)
                        carried.update(o.i for of in _children(stopped, "prep") for o in _children(of, "pobj"))
                    out += self._own_act(token, self._trade_stop_kind(token), [token, stopped, token])
                    continue
                lemma = self.lexicon.lemma(token)
                lexeme = self.lexicon.verbs.get(lemma) or self.lexicon.states.get(lemma)
                synonym = self.lexicon.phrasal_sense(token)
                if synonym is not None:
                    # "called off the match", "the roof fell in": the verb of the phrase's sense ("cancel",
                    # "collapse"), not the bare verb's ("call", "fall": a price)
                    lemma, lexeme = synonym, self.lexicon.verbs[synonym]
                dobj = _child(token, "dobj")
                if lemma in TELLING_VERBS and _told_to_act(token, dobj) and "order" in self.lexicon.verbs:
                    # "the agency told shops to pull the oil": an order given, no statement (as "ordered shops to")
                    lexeme = self.lexicon.verbs["order"]
                general = told_in_general(token) and not (lexeme is not None and lexeme.reporting)
                general = general or lost_in_general(token) or a_stay(token, lemma)
                general = general or a_sides_view(token, self.lexicon.lemma)
                if (
                    general
                    or _our_own_reporting(token, lemma)
                    or said_nothing(token)
                    or announced_with_feeling(token, lemma)
                ):
                    # "courts have rarely cut a penalty", "lawyers we spoke to", "it said nothing about the deal":
                    # a habit, the paper's own reporting, a silence: no act on a day, nor is what they act on ("he
                    # always said the unit would kill someone" stays: what a speaker used to say is still quoted)
                    carried.update(o.i for o in _children(token, "dobj"))
                    continue
                if _crime_of_a_verdict(token, self.lexicon.lemma):
                    # "found him guilty of embezzling public funds": the verdict is the act, the crime its charge
                    carried.update(o.i for o in _children(token, "dobj"))
                    continue
                subject_event = subject_events.get(token.i)
                if subject_event is not None:
                    # "an earthquake struck", "the blaze destroyed": the subject noun is the event
                    planned = self._planned(token)
                    if _kind_of_event_said_common(subject_event):
                        continue
                    if planned or (not self._irrealis(token) and not self._irrealis_noun(subject_event)):
                        noun_lexeme = self.lexicon.nouns[self.lexicon.lemma(subject_event)]
                        # "the rail strike, which began on Monday": the noun's own words type it (a labour strike)
                        kind = self._listed_noun_kind(subject_event, noun_lexeme) or self._blast_kind(
                            subject_event, noun_lexeme.type
                        )
                        anchors = [subject_event, *_what_it_did(subject_event, token), token]
                        out.append(Candidate(subject_event, kind, noun_lexeme, anchors, planned=planned))
                    continue
                control = _placed_under_control(token, self.lexicon.lemma)
                if control is not None:
                    # "placed the lender under provisional administration", "put the city under curfew": an
                    # authority's measure on what it placed, by whoever placed it; a body put under another's
                    # management is a legal step (like a court's), people and places under curfew are coerced
                    kind = "legal" if control in RECEIVERSHIP_NOUNS else "coercion"
                    out += self._own_act(token, kind, [token])
                    continue
                fire_word = _set_ablaze(token)
                if fire_word is not None:
                    # "hoodlums set ablaze the police station", "set two buses alight", "set the hall on fire":
                    # arson, by whoever set it, dated by the verb; the fire is no event of its own
                    out += self._own_act(token, "attack", [token])
                    carried.add(fire_word.i)
                    continue
                if _force_used(token, dobj) or _met_with_force(token, dobj):
                    # "used batons to push them back on Monday": the purpose clause holds the act's date
                    purpose = _child(token, "xcomp")
                    out += self._own_act(token, "coercion", [token] if purpose is None else [token, purpose, token])
                    carried.add(dobj.i)
                    continue
                if self._paid_to_people(token, lemma, dobj):
                    # "gave 25,000 shillings to each bereaved family", "compensation was paid to the victims": aid
                    out += self._own_act(token, "aid", [token])
                    if dobj is not None:
                        carried.add(dobj.i)
                    continue
                if dobj is None and self._fired_at(token, lemma):
                    # "troops fired on the crowd", "a sniper fired at the convoy": shooting with no weapon named
                    out += self._own_act(token, "attack", [token])
                    continue
                case = self._case_registered(token, dobj)
                if case is not None:
                    # "police registered an FIR against the MLA", "a case was booked under sections ...": a charge
                    # laid, news even when the text names no police station
                    out += self._own_act(token, "legal", [token], stands_alone=True)
                    carried.add(case.i)
                    continue
                relief = self._relief_handed_out(token, lemma, dobj)
                if relief is not None:
                    # "volunteers handed out flour to 3,000 families", "tents were delivered to the camp": an aid
                    # delivery, news even when the text names no giver
                    out += self._own_act(token, "aid", [token], stands_alone=True)
                    carried.add(relief.i)
                    continue
                takeover = _takeover_kind(token, dobj, self.lexicon.lemma) or self._installed_as(token, dobj)
                if takeover is not None:
                    # "took over as coach", "took over its rival": a change of leader or a company bought, not a
                    # place held by force (the support row below)
                    out += self._own_act(token, takeover, [token])
                    if dobj is not None:
                        carried.add(dobj.i)
                    continue
                support = self._support(token, dobj)
                if support is not None:
                    # "brought down the government", "hiked import duties": the verb and its object name the event
                    kind, carried_object = support
                    if kind == "statement" and _kinds_in_general(carried_object):
                        # "has published reports on more than 30 companies": a record of many, none on a day
                        carried.add(carried_object.i)
                        continue
                    if self._support_of_subject(token, carried_object) and self._of_a_kind_undated(token):
                        # "seals sometimes strand here", "vets euthanise sick animals when ...": what such things do
                        # or undergo as a rule, told of a kind in the present with no day, is no happening
                        carried.add(carried_object.i)
                        continue
                    kind = self._exploded_kind(token, kind)
                    if kind == TRADE_RESTRICTION and self.lexicon.lemma(carried_object) in self.lexicon.traded:
                        kind = self._one_holders_contract(token, carried_object) or self._trade_stop_kind(token)
                    planned = self._planned(token)
                    found_so = _state_found(token, self.lexicon.lemma) and self._support_of_subject(
                        token, carried_object
                    )
                    if planned or found_so or not self._irrealis(token):
                        # a fixed phrase the parser split off ("declared them persona non grata on Monday")
                        # holds the verb's date too
                        # as does a bare noun the parser hung on it as a clause ("declared power rationing on Sunday")
                        anchors = [token, carried_object] if carried_object.lower_ in PHRASE_STARTS else [token]
                        if carried_object.dep_ in ("ccomp", "xcomp"):
                            anchors = [token, carried_object, token]
                        if _completes_finding(token):
                            anchors = [token, token.head, token]  # "were found stranded on Monday": the finding's day
                        if found_so:
                            anchors = [token, token.head.head, token]  # "found 180 whales stranded": the finding's day
                        granter = _granted_request(token)
                        if granter is not None:
                            # "the king granted his request to dissolve the assembly": done by the one who granted
                            # it, when it was granted
                            anchors = [token, granter]
                        anchors = self._with_the_rising(token, kind, anchors)
                        # a dismissal stands alone too: "the club sacked its manager on Sunday" (openlist2 class 6)
                        # and so does a measure on trade: "the sale of homemade wine has been banned since Monday"
                        traded = self.lexicon.lemma(carried_object) in self.lexicon.traded
                        alone = kind == "personnel" or traded or self._support_of_subject(token, carried_object)
                        carrier = Trigger(type=kind, stands_alone=alone)
                        out.append(Candidate(token, kind, carrier, anchors, planned=planned))
                    elif kind not in UNCOMMITTED_KINDS and (governor := self._committing_governor(token)) is not None:
                        # typed35: "decided to suspend the contract with Mr Novak", "agreed to halt exports": the
                        # decision is the act, dated by the deciding verb, as for a verb's own row (_commitment); a
                        # choice to publish or to tell is no saying yet ("chose to publish its findings")
                        out.append(Candidate(governor, kind, Trigger(type=kind), [governor]))
                    carried.add(carried_object.i)
                    continue
                harmed_in = self._harmed_in(token, lexeme)
                if harmed_in is not None:
                    # "eight people were killed in a stampede": the deaths are the disaster's, not an attack
                    planned = self._planned(token)
                    if planned or not self._irrealis(token):
                        noun_lexeme = self.lexicon.nouns[self.lexicon.lemma(harmed_in)]
                        out.append(Candidate(harmed_in, "disaster", noun_lexeme, [harmed_in, token], planned=planned))
                    carried.add(harmed_in.i)
                    continue
                harmed_when = self._harmed_when(token, lexeme)
                if harmed_when == "disaster":
                    # "eight workers were killed when a reactor exploded": the deaths are the accident's, told
                    # with it, not an attack of their own
                    out += self._own_act(token, "disaster", [token])
                    continue
                if harmed_when == "attack":
                    continue  # "two civilians were killed when troops shelled the village": the shelling's dead
                noun = self._event_noun(dobj) if dobj is not None else None
                ordered_act = self._act_a_paper_orders(dobj)
                noun = ordered_act or noun
                if noun is None and dobj is None and self._passive_carrier(token):
                    noun = self._event_noun(_child(token, "nsubjpass"))  # "her arrest was ordered by a judge"
                if noun is None and dobj is None and lemma in self.lexicon.light_verbs:
                    noun = self._event_noun(_object_of_to(token))  # "agreed to a ceasefire"
                    if noun is None and lemma in FILED_FOR_VERBS:
                        noun = self._event_noun(_object_of_for(token))  # "filed for arbitration"
                if dobj is not None and any(_granted_request(c) is not None for c in _children(dobj, "acl")):
                    # "granted his request to dissolve parliament": the dissolution is the act, the request none
                    carried.add(dobj.i)
                    continue
                if noun is None and dobj is not None:
                    act_kind = self._act_object_kind(token, dobj)
                    if act_kind is not None:
                        # "staged a march", "handed down a sentence", "carried out a devaluation": a noun
                        # the lexicon does not list, named an act by the verb that carries it
                        planned = self._planned(token)
                        if planned or (not self._irrealis(token) and not self._irrealis_noun(dobj)):
                            carrier = Trigger(type=act_kind)
                            out.append(Candidate(dobj, act_kind, carrier, [dobj, token], planned=planned))
                        carried.add(dobj.i)
                        continue
                object_kind = (
                    self.lexicon.light_objects.get(self.lexicon.lemma(dobj), {}).get(lemma)
                    if dobj is not None
                    else None
                )
                if object_kind == "military" and _business_control(token, dobj):
                    object_kind = "business"
                if noun is None and object_kind is not None and lexeme is None:
                    planned = self._planned(token)
                    if planned or not self._irrealis(token):
                        carrier = Trigger(type=object_kind)
                        out.append(Candidate(dobj, object_kind, carrier, [dobj, token], planned=planned))
                    carried.add(dobj.i)
                    continue
                if noun is not None and lexeme is None and lemma in self.lexicon.regarding_verbs:
                    continue  # "commemorating the deadliest assault": the noun is its own event (below), not theirs
                if noun is not None and lexeme is None and not self._light(token) and _own_date(noun):
                    # "violated the 1991 agreement", "recalled the 2004 tsunami": an earlier event named by its
                    # date; the verb is not its occurrence and its subject not its party
                    carried.add(noun.i)
                    continue
                if noun is not None and (lexeme is None or self._light(token) or noun is ordered_act):
                    # "took the call", "launched its invasion": the noun is the event, the verb carries it
                    noun_lexeme = self.lexicon.nouns[self.lexicon.lemma(noun)]
                    kind = lexeme.type_for_object(self.lexicon.lemma(noun)) if lexeme else noun_lexeme.type
                    noun_kind = self._noun_kind(noun, noun_lexeme)
                    if noun_kind != noun_lexeme.type:
                        kind = noun_kind  # "nurses staged a strike", "called a general strike"
                    elif kind == "other" or (lexeme and kind == lexeme.type and noun_lexeme.type != kind):
                        kind = noun_lexeme.type
                    if kind == "disaster" and _set_by_someone(noun):
                        kind = "attack"  # "masked men set fire to a bus": arson
                    planned = self._planned(token) or (kind == "election" and _called_for_a_day(lemma, noun))
                    if planned or (not self._irrealis(token) and not self._irrealis_noun(noun)):
                        out.append(Candidate(noun, kind, noun_lexeme, [noun, token], planned=planned))
                    elif kind != "other" and (governor := self._committing_governor(token)) is not None:
                        # "decided on Monday to impose a fine of 3 million euros", "agreed to end the strike": the
                        # decision is the penalty or the strike's end, as "decided to fine the bank" is
                        # (_commitment), dated by the deciding verb
                        out.append(Candidate(governor, kind, Trigger(type=kind), [governor]))
                    carried.add(noun.i)
                    continue
                if lexeme is None:
                    if lemma in self.lexicon.learned_verbs and (
                        self._acts_on_people(dobj) or self._a_reported_act(token, dobj)
                    ):
                        # "rescue teams reached the men", "the governor received the students": a general verb
                        # is an act when it acts on people (an event when the text dates it)
                        learned = self._learned_act(token, lemma)
                        if learned is not None:
                            out.append(learned)
                    continue
                if dobj is None and _market_session(token, lemma):
                    continue  # "which closed at $3.12 on Monday", "before the exchange opened": a price or a session
                if lexeme.state and lemma in self.lexicon.measure_states and not _amount(dobj):
                    continue  # "police held the suspect": no share of anything
                planned = self._planned(token)
                if not planned and self._irrealis(token) and not (lexeme.passive_only and token.tag_ == "VBN"):
                    committed = self._commitment(token, lexeme, dobj)
                    if committed is not None:
                        out.append(committed)
                    continue  # "Jobs, born in San Francisco on February 24, 1955, ..." is still a birth
                if (
                    lexeme.learned
                    and token.tag_ in ("VBG", "VBN", "VB")
                    and _child(token, "aux") is None
                    and _child(token, "auxpass") is None  # "40 miners were rescued on Tuesday" is told as done
                ):
                    continue  # "..., forcing the closure of airports": a consequence in the main event's time
                # "the law, passed by parliament in March": the noun a past participle describes is its object
                described = (
                    token.head
                    if token.dep_ == "acl"
                    and tag == "VBN"
                    and token.head.tag_.startswith("NN")
                    and not _missed_main_verb(token)
                    else None
                )
                if not self._row_fits(token, lexeme, dobj, described):
                    if self._rose_to_walk_out(token, lemma):
                        continue  # "the deputies rose together and left the chamber": the walkout is the act
                    if not lexeme.reporting and lemma in self.lexicon.learned_verbs:
                        # "filed for court receivership on Wednesday": the row asks for an object, yet news
                        # annotators mark the verb an event nearly every time; dated, it is one of type other
                        learned = self._learned_act(token, lemma)
                        if learned is not None:
                            out.append(learned)
                    continue
                kind = self._type_in_context(token, lexeme, dobj if dobj is not None else described)
                if self._kind_of_its_doer(token, lexeme) == kind:
                    self._remember_kind(token, lexeme, kind)  # "miners struck": not "launched an inquiry"
                if kind == "personnel" and lexeme.type == "attack":
                    # "the hospital fired the surgeon on Wednesday": a dismissal, news though the employer is no
                    # actor (openlist2 class 6), as the shooting it was mistaken for was
                    lexeme = Trigger(type=kind, stands_alone=True)
                if lexeme.type == "election" and kind != "election":
                    # "the shipyard won a contract to build four ferries in 2023": a win is news told of the winner,
                    # whoever it is, as the election it was taken for (a contract, a licence, a prize)
                    lexeme = Trigger(type=kind, stands_alone=True)
                if kind == "investigation" and lexeme.reporting:
                    # "an autopsy confirmed that he had drowned": the examination's finding, news though no speaker
                    # is named, on its own day rather than the day it was reported
                    lexeme = Trigger(type=kind, stands_alone=True)
                if kind == "protest" and self._protest_named_by_its_means(token):
                    continue  # "blocked the road with a protest": the noun is the event (and is named again)
                if dobj is not None and any(word == self._object_lemma(dobj) for word, _ in lexeme.by_object):
                    carried.add(dobj.i)  # "opened fire": the object typed the verb's event and is no event itself
                if lexeme.type == "attack" and kind != "attack" and self._penalty_dealt(token) is not None:
                    # "hit Moscow with fresh sanctions": the sanctions are the blow the verb tells, no second event
                    carried.update(
                        n.i for p in _children(token, "prep") if p.lower_ == "with" for n in _children(p, "pobj")
                    )
                if lexeme.with_complement and any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in children_of(token)):
                    # "called it the hottest thing going": says something, like "said"
                    kind = lexeme.with_complement
                    lexeme = Trigger(type=kind, reporting=True)
                if lemma == "declare" and any(c.lower_ in RULED_STANDING for c in children_of(token)):
                    # "declared the decree unconstitutional", "declared null the contract": a ruling, no statement
                    kind = "legal"
                    lexeme = Trigger(type=kind)
                decided = self._kind_decided_by_vote(token)
                if decided is not None:
                    # "the assembly voted to remove its speaker", "nurses voted to strike": the voting body's act
                    # is what it decided (a removal from office, a strike), not an election
                    kind = decided
                    lexeme = Trigger(type=kind)
                anchors = self._with_the_rising(token, kind, [token])
                out.append(Candidate(token, kind, lexeme, anchors, planned=planned))
            elif tag.startswith("NN") and token.i not in carried:
                if token.i in self.actors.mentions and self.actors.mentions[token.i].label != "EVENT":
                    continue
                found_lexeme = self.lexicon.nouns.get(self.lexicon.lemma(token)) or self._deverbal_act(token)
                measure_clause = None
                if found_lexeme is None:
                    measure_clause = self._trade_measure_clause(token)
                    if measure_clause is None:
                        continue
                    # its doer is often told only in the clause ("imposed on Monday by the ministry")
                    found_lexeme = Trigger(type=TRADE_RESTRICTION, learned=True, stands_alone=True)
                noun_lexeme = found_lexeme
                if noun_lexeme.needs_listed_object and not self._has_listed_modifier(token, noun_lexeme):
                    continue  # "a fish kill", "a bird kill": an event only of what its row lists, not "the kill"
                if _survey(token, self.lexicon.lemma):
                    continue  # "led in opinion polls": a measure of support, not a vote
                head = token.head if token.dep_ == "compound" else token
                if head is not token and (head.i in carried or self._event_noun(head) is not None):
                    continue
                scheduled = _on_a_schedule(head)
                planned = self._planned_noun(head) or _awaited(head) or _being_planned(head) or scheduled
                # a measure dated by its own clause was taken, whatever the sentence says of it next ("will stay")
                unreal = self._irrealis_noun(head) and not planned and measure_clause is None
                if unreal or self._carrier(head) is not None or _comparison(head) or _characterisation(head):
                    continue
                if _where_it_was(head):
                    continue  # "the storms were 200 kilometres away": where they were, no storm striking
                if _a_directive_named_by_its_issuer(head):
                    continue  # "not covered by the ministry's order": the order the story told, no new one
                if _kind_of_event_said_common(head) or _kinds_in_general(head):
                    continue
                if _motive_of_an_act(head):
                    continue  # "resigned in protest at the cuts": why the minister resigned, not a protest of its own
                if _margin_of_an_act(head):
                    continue  # "approved the budget by 150 votes to 80": the count of the approval, no other vote
                if self._setting_of_an_act(head, noun_lexeme):
                    continue  # "banned the coach at a news conference": the ban is the event, told there
                anchors = [head] if head is token else [token, head]
                # the clause that dates a measure, not what the sentence says of it ("... stays in place until June")
                carrier = self._subject_carrier(head) if measure_clause is None else measure_clause
                if carrier is not None:
                    anchors.append(carrier)
                if scheduled:
                    # the day it is set for hangs on "set", "due" or "take place" ("is due to take place on Monday")
                    due = _children(head.head, "acomp")
                    anchors += [head.head, *due, *(c for g in due for c in _children(g, "xcomp"))]
                if (
                    head.dep_ == "pobj"
                    and head.head.head.tag_.startswith("VB")
                    and any(word == head.head.lower_ for word, _ in noun_lexeme.by_preposition)
                ):
                    anchors.append(head.head.head)  # "went on strike on Monday": the verb holds its date
                kind = self._kind_told_before(token, noun_lexeme, self._noun_kind(token, noun_lexeme))
                if kind == "disaster" and _set_by_someone(token):
                    kind = "attack"  # "gunmen set the hall on fire", "set fire to the building": arson
                indefinite = kind in PASSING_KINDS and _indefinite(head) and not self._in_dated_clause(head)
                out.append(Candidate(token, kind, noun_lexeme, anchors, planned=planned, indefinite=indefinite))
        # "said the other side fired first": who started a fight is the speaker's claim about a clash told elsewhere
        out = [c for c in out if c.type not in ("attack", "military") or not _who_started_it(c.trigger)]
        out = [c for c in out if not any(tells_no_event(c.trigger) for tells_no_event in NO_EVENT_SENTENCES)]
        out = [c for c in out if c.type != "investigation" or not _the_writers_own_inquiry_under_way(c.trigger)]
        # "By resolution of 11 May the agency fined the firm": the fine is the resolution, one act told twice
        acts = {c.trigger.i for c in out}
        out = [c for c in out if self._directive_the_act_is_done_by(c.trigger) not in acts]
        out = _without_tolls(self._without_findings_content(out))
        for candidate in out:
            candidate.attribution_only = _attribution_of_an_event_told(candidate, out)
        self.types_told.update(c.type for c in out)
        return out

    def _without_findings_content(self, candidates: list[Candidate]) -> list[Candidate]:
        """ "A post-mortem examination confirmed that the swimmer had drowned": what an examination found is its
        finding's content, the death told elsewhere; only a clause with a day of its own ("showed that he died on
        Tuesday") tells it again as news."""
        findings = [
            c.trigger
            for c in candidates
            if c.type == "investigation" and c.trigger.tag_.startswith("VB") and self.lexicon.reporting_verb(c.trigger)
        ]
        if not findings:
            return candidates
        found = {t.i for finding in findings for clause in _children(finding, "ccomp") for t in clause.subtree}
        return [c for c in candidates if c.trigger.i not in found or self._dated_clause(c.trigger)]

    def _activity_stopped(self, verb: Any) -> Any:
        """ "stopped registering new export contracts", "halted issuing import permits", "suspended exporting rice":
        an authority that stops dealing in what is traded, or in the papers trade runs on, restricts trade (a verb of
        the lexicon's ``trade_measures``); the gerund, or None ("the rain stopped", "stopped smoking")."""
        lexicon = self.lexicon
        if not any(phrase in lexicon.trade_restricting for phrase in _verb_phrases(verb, lexicon.lemma(verb))):
            return None
        for gerund in _children(verb, "xcomp"):
            if gerund.tag_ != "VBG":
                continue
            if derived_verb(gerund.lower_, lexicon.traded) is not None:
                return gerund  # "stopped exporting rice"
            if derived_verb(gerund.lower_, lexicon.trade_selling) is not None and self._state_seller(verb):
                return gerund  # "the state grain agency stopped selling rice"
            if any(self._traded_or_its_papers(o) for o in _children(gerund, "dobj")):
                return gerund
        for issuing in _children(verb, "dobj"):
            # "halted the registration of grain exports": the gerund told as a noun
            if self.lexicon.lemma(issuing) not in self.lexicon.trade_issuing:
                continue
            for of in _children(issuing, "prep"):
                if of.lower_ == "of" and any(self._traded_or_its_papers(o) for o in _children(of, "pobj")):
                    return issuing
        return None

    def _state_seller(self, verb: Any) -> bool:
        """Whether who stopped selling is a state: a country, or a body the lexicon knows as an organisation that is
        no firm ("the state grain agency", "the food authority"), not "the bakery", "the exporter"."""
        subject = _acting_subject(verb)
        if subject is None:
            return False
        mention = self.actors.mention_at(subject)
        if mention is not None and mention.label == "GPE":
            return True
        lemma = self.lexicon.lemma(subject)
        if lemma in COMPANY_NOUNS or lemma in BUSINESS_NAME_HEADS or lemma in self.lexicon.traders:
            return False
        return self.lexicon.unnamed_actors.get(lemma or "") == "organisation"

    def _trade_stop_kind(self, verb: Any) -> str:
        """Trade stopped by a state body is a restrictive measure; by a firm that trades ("the company halted
        shipments", "the exporter froze new sales") it is the firm's own business."""
        subject = _acting_subject(verb)
        lemma = self.lexicon.lemma(subject) if subject is not None else None
        firm = lemma in COMPANY_NOUNS or lemma in BUSINESS_NAME_HEADS or lemma in self.lexicon.traders
        return "business" if firm and not self._on_an_order(verb) else TRADE_RESTRICTION

    def _on_an_order(self, verb: Any) -> bool:
        """ "halted shipments on the orders of the trade ministry", "under a directive from the ministry", "after the
        government ordered exports suspended": trade a firm halts as it was told to is the state's measure."""
        orders = self.lexicon.trade_orders
        for child in children_of(verb):
            if child.dep_ == "prep" and any(self.lexicon.lemma(o) in orders for o in _children(child, "pobj")):
                return True
            told = child.dep_ == "advcl" and self.lexicon.lemma(child) in orders
            if told and _child(child, "nsubj") is not None:
                return True
        return False

    def _trade_measure_clause(self, noun: Any) -> Any:
        """ "the ban on maize exports, announced on Monday", "the steel import quota, introduced on Monday", "the
        wheat export freeze, which the ministry imposed on Monday": a measure noun whose phrase names what is traded,
        with a participle or relative clause of a verb that puts a measure in place (``trade_measures``'s
        ``taking``) telling when; that clause, or None.  Without one the measure is only named ("defended the
        freeze", "exempted cargoes from its ban", "the ban remains"), and "the ban proposed on Monday", "the freeze
        lifted on Monday" are no ban or freeze taken that day."""
        taking = self.lexicon.trade_taking
        clause = next(
            (
                c
                for c in children_of(noun)
                if ((c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "relcl" and _told_once(c)))
                and self.lexicon.lemma(c) in taking
                and not any(g.dep_ in ("neg", "aux", "auxpass") for g in children_of(c))
            ),
            None,
        )
        return clause if clause is not None and self._trade_measure(noun) else None

    def _trade_measure(self, noun: Any) -> bool:
        """Whether the noun is a measure on trade: a measure word of the lexicon's ``trade_measures`` whose phrase
        names what is traded or the papers it runs on ("the export ban", "a cap on anchovy exports", "the freeze
        on registering new contracts"; not "a ban on rallies", "a hiring freeze")."""
        lexicon = self.lexicon
        if not noun.tag_.startswith("NN") or lexicon.lemma(noun) not in lexicon.trade_measures:
            return False
        named = [c for c in children_of(noun) if c.dep_ in ("compound", "nmod")]
        # "imposed a quota on steel imports": the parser may hang the "on" on the verb
        phrases = [*children_of(noun), *(children_of(noun.head) if noun.dep_ == "dobj" else ())]
        for preposition in phrases:
            if preposition.dep_ == "prep" and preposition.lower_ in ("on", "of", "to"):
                named += [o for o in children_of(preposition) if o.dep_ in ("pobj", "pcomp")]
        # "on registering new contracts": what the gerund deals in
        named += [o for gerund in named if gerund.tag_ == "VBG" for o in _children(gerund, "dobj")]
        return any(self._traded_or_its_papers(word) for word in named)

    def _puts_a_trade_measure(self, verb: Any, acted_on: Any) -> bool:
        """ "imposed a ban on rice exports", "a ban on maize imports was imposed", "the embargo on timber, which the
        cabinet imposed", "the ban on sugar exports, imposed on Monday": a verb that puts a measure in place
        (``trade_taking``) on a measure on trade."""
        if acted_on is None and verb.dep_ == "acl":
            acted_on = verb.head
        if acted_on is None or self.lexicon.lemma(verb) not in self.lexicon.trade_taking:
            return False
        measures = [acted_on]
        if acted_on.dep_ == "pobj" and verb.dep_ == "acl":
            measures.append(acted_on.head.head)  # the parser hangs the participle on the traded goods
        return any(self._trade_measure(measure) for measure in measures)

    def _traded_or_its_papers(self, word: Any) -> bool:
        """ "exports", "contracts", "permits": what is traded, or a paper trade runs on (``trade_measures``)."""
        lemma = self.lexicon.lemma(word)
        return lemma in self.lexicon.traded or lemma in self.lexicon.trade_papers

    def _own_act(self, verb: Any, kind: str, anchors: list[Any], stands_alone: bool = False) -> list[Candidate]:
        """The verb's own act of ``kind``, told as done or as planned; none when the text makes it unreal ("may
        have", "refused to")."""
        planned = self._planned(verb)
        if planned or not self._irrealis(verb):
            return [Candidate(verb, kind, Trigger(type=kind, stands_alone=stands_alone), anchors, planned=planned)]
        return []

    def _let_go(self, verb: Any) -> Any:
        """The "leave"/"go" of "let 12 passengers leave", "let two hostages go": people let go by whoever held
        them (not "let the deadline pass"); or None."""
        if verb.lower_ not in ("let", "lets", "letting"):
            return None
        for clause in children_of(verb):
            if clause.dep_ not in ("ccomp", "xcomp") or clause.lower_ not in LET_GO_VERBS:
                continue
            if any(self._acts_on_people(s, civilians=True) for s in _children(clause, "nsubj")):
                return clause
        return None

    def _driven_off_with(self, verb: Any) -> Any:
        """ "drove off with four aid workers", "made off with two hostages": people a getaway took along were
        abducted (not "made off with the cash"); the people, or None."""
        if not any(phrase in GETAWAY_PHRASES for phrase in _verb_phrases(verb, self.lexicon.lemma(verb))):
            return None
        for preposition in _children(verb, "prep"):
            if preposition.lower_ != "with":
                continue
            for pobj in _children(preposition, "pobj"):
                if self._acts_on_people(pobj, civilians=True):
                    return pobj
        return None

    def _row_fits(self, verb: Any, lexeme: Trigger, dobj: Any, described: Any) -> bool:
        """Whether the sentence gives what the verb's hand row asks for: an object, a passive, a complement,
        one of its particles or listed objects."""
        if (
            lexeme.needs_object
            and dobj is None
            and described is None
            and _child(verb, "dative") is None
            and _patient(verb) is None  # "were freed", "... held hostage and were freed overnight"
            # "named Ana Ruiz chief executive": the parser makes the person and the post object predicates
            and not (_child(verb, "oprd") is not None and _child(verb, "nsubj") is not None)
        ):
            return False
        if (
            lexeme.passive_only
            and _child(verb, "auxpass") is None
            and not (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))
        ):
            return False
        if lexeme.needs_complement and _child(verb, "ccomp") is None:
            return False
        if lexeme.needs_particle and not any(word == _particle(verb, lexeme) for word, _ in lexeme.by_particle):
            return False
        if lexeme.amount_moves and self._acts_on_people(_acting_subject(verb)):
            return False
        if lexeme.amount_moves and self._an_it_moved(verb):
            return False
        if (
            lexeme.needs_member_object
            and not (dobj is None and lexeme.without_object)  # "the chairman quit": no object is the post itself
            and not self._a_body_to_belong_to(dobj, lexeme)
        ):
            return False
        if lexeme.needs_listed_subject and self._kind_of_its_doer(verb, lexeme) is None:
            return False
        if lexeme.type == "personnel" and self._named_as_no_post(verb, dobj):
            return False
        if _pay_lost(verb, dobj, self.lexicon.lemma):
            return False
        if self.lexicon.lemma(verb) in DIRECTING_VERBS and not _says_what_to_do(verb):
            return False
        if self.lexicon.lemma(verb) in DIRECTING_VERBS and _direction_of_the_same_order(verb, self.lexicon.lemma):
            return False
        if not lexeme.needs_listed_object:
            return True
        # "trading was paused", "the votes were recounted": the passive's subject is what the verb acts on
        acted_on = dobj if dobj is not None else _patient(verb)
        handed = {self._object_lemma(acted_on)} | self._handed_with(verb, dobj)
        return any(word in handed for word, _ in lexeme.by_object)

    def _named_as_no_post(self, verb: Any, dobj: Any) -> bool:
        """typed34 class 2: "named ... as" what is no one's post or role identifies, it appoints no one: "the dead
        have been named by relatives as Martin and Jana Kovalova" (their names), "named the company as the channel
        through which the batch reached the shops" (a thing); not "named her as acting head", "as his successor",
        "named three men as suspects"."""
        if self.lexicon.lemma(verb) != "name":
            return False
        # the parser may hang "as" on the object or on the "by" of the passive ("named by police as ...")
        holders = [
            verb,
            *([dobj] if dobj is not None else []),
            *(n for a in _children(verb, "agent") for n in children_of(a)),
        ]
        named = [
            pobj
            for holder in holders
            for preposition in _children(holder, "prep")
            if preposition.lower_ == "as"
            for pobj in _children(preposition, "pobj")
        ]
        return any(
            self._a_named_person(noun)
            or not (self._acts_on_people(noun) or self.lexicon.lemma(noun) in self.lexicon.titles)
            for noun in named
        )

    def _handed_with(self, verb: Any, dobj: Any) -> set[str | None]:
        """ "served the government with a notice", "presented him with a writ": with an object that receives it,
        what the verb hands over is the object of "with"."""
        if dobj is None:
            return set()
        return {
            self.lexicon.lemma(pobj)
            for preposition in _children(verb, "prep")
            if preposition.lower_ == "with"
            for pobj in _children(preposition, "pobj")
        }

    def _kind_decided_by_vote(self, vote: Any) -> str | None:
        """ "The senate voted to dismiss the chief justice", "the council voted to suspend the mayor", "dock workers
        voted to strike": the type of the act the vote decided (the infinitive is no event of its own:
        ``_decided_by_vote``), typed as that verb would be with the voters as its subject; None when the vote
        decides no act the lexicon types ("voted to keep the rate"), or only its general outcome."""
        if self.lexicon.lemma(vote) != "vote":
            return None
        act = next((c for c in children_of(vote) if _decided_by_vote(c, self.lexicon.lemma)), None)
        if act is None:
            return None
        typed = self._verb_kind(act)
        if typed is None:
            return None
        kind, lexeme = typed
        if lexeme is not None:
            if lexeme.reporting:
                return None
            voters = _child(vote, "nsubj")
            if kind == lexeme.type and voters is not None:
                # the infinitive has no subject of its own: the voters do what it says ("workers voted to strike")
                kind = next((code for word, code in lexeme.by_subject if word == self.lexicon.lemma(voters)), kind)
        return kind if kind in DECIDED_KINDS else None

    def _verb_kind(self, verb: Any) -> tuple[str, Trigger | None] | None:
        """The type ``verb`` with its object would give an event, by a support row (then no row of its own) or
        by the verb's own row, with that row; None when neither fits."""
        dobj = _child(verb, "dobj")
        support = self._support(verb, dobj)
        if support is not None:
            return support[0], None
        lexeme = self.lexicon.verbs.get(self.lexicon.lemma(verb))
        if lexeme is None or not self._row_fits(verb, lexeme, dobj, None):
            return None
        return self._type_in_context(verb, lexeme, dobj), lexeme

    def _with_the_rising(self, walkout: Any, kind: str, anchors: list[Any]) -> list[Any]:
        """A walkout's anchors, with the rising joined before it, which holds its time ("On Tuesday the deputies
        rose and left", "On Monday they stood up and walked out")."""
        rising = self._rising_before(walkout) if kind == "protest" else None
        return anchors if rising is None else [walkout, rising, walkout]

    def _rising_before(self, walkout: Any) -> Any:
        """The "rose" of "rose together and left the chamber": it holds the walkout's time ("On Tuesday the
        deputies rose and left"), or None."""
        rising = walkout.head
        if walkout.dep_ != "conj" or not self._rose_to_walk_out(rising, self.lexicon.lemma(rising)):
            return None
        return rising

    def _rose_to_walk_out(self, verb: Any, lemma: str) -> bool:
        """ "The opposition deputies rose together and left the chamber", "stood up and walked out of the session":
        people getting to their feet to walk out, which the joined verb tells as a protest."""
        if not any(phrase in RISING_PHRASES for phrase in _verb_phrases(verb, lemma)):
            return False
        return any((self._verb_kind(joined) or ("", None))[0] == "protest" for joined in _children(verb, "conj"))

    def _a_body_to_belong_to(self, dobj: Any, lexeme: Trigger) -> bool:
        """Whether an object is something one is a member of: a named organisation, a body the lexicon knows
        ("the cabinet", "the party") or one of the row's own words ("the post", "a strike")."""
        if dobj is None:
            return False
        lemma = self._object_lemma(dobj)
        if any(word == lemma for word, _ in lexeme.by_object):
            return True
        mention = self.actors.mention_at(dobj)
        if mention is not None:
            return bool(mention.label == "ORG")
        return self.lexicon.unnamed_actors.get(lemma or "") == "organisation"

    def _commitment(self, verb: Any, lexeme: Trigger, dobj: Any) -> Candidate | None:
        """ "agreed on Monday to merge with its rival", "decided on Tuesday to close two mills": the merger or the
        closure has not happened, but the agreement or decision has; it is the event, of the kind of what was agreed,
        the one who agreed its agent, dated by the governing verb alone.  Not "hopes to merge", "did not agree to",
        "would agree to"."""
        governor = self._committing_governor(verb)
        if governor is None or not self._row_fits(verb, lexeme, dobj, None):
            return None
        kind = self._type_in_context(verb, lexeme, dobj)
        if kind == "other":
            return None  # a resolve to do nothing the lexicon names an event
        # the agreeing verb alone anchors it: "agreed to discuss it again in June" was agreed before June
        return Candidate(governor, kind, Trigger(type=kind), [governor])

    def _order_beside_a_penalty(self, verb: Any) -> bool:
        """dups22 class 1: "fined the airline $2 million and ordered corrective measures", "decided to impose a
        penalty ... and ordered it to appoint a privacy officer": the remedies a regulator orders with a money
        penalty, in the conjunct beside it, are part of that one sanction (not "fined the club and ordered an
        inquiry", an act of its own kind)."""
        if verb.dep_ != "conj" or self.lexicon.lemma(verb) not in REMEDY_ORDERING_VERBS:
            return False
        ordered = _child(verb, "dobj")
        remedy = _child(verb, "xcomp") is not None or (
            ordered is not None and self.lexicon.lemma(ordered) in REMEDY_NOUNS
        )
        if not remedy:
            return False
        first = verb.head
        own = {t.i for t in verb.subtree}
        return self.lexicon.lemma(first) in PENALISING_VERBS or any(
            t.i not in own and self.lexicon.lemma(t) in PENALTY_NOUNS for t in first.subtree
        )

    def _undoing_beside_a_sanction(self, verb: Any) -> bool:
        """ "suspended the club from all competitions and postponed its next three matches", "banned the rider and
        annulled her results": what a sanction puts off or voids of the sanctioned party's own, in the conjunct
        beside it, is part of that one decision (its fixtures, its results), no act of its own. Not a conjunct
        with a subject of its own, nor one on something else ("suspended the club and cancelled the derby")."""
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
            return False
        if not any(phrase in UNDOING_VERBS for phrase in _verb_phrases(verb, self.lexicon.lemma(verb))):
            return False
        first = verb.head
        if self.lexicon.lemma(first) not in SANCTIONING_VERBS:
            return False
        sanctioned, undone = _child(first, "dobj"), _child(verb, "dobj")
        if sanctioned is None or undone is None:
            return False
        owner = _child(undone, "poss")
        return owner is not None and (
            owner.lower_ in ("its", "their", "his", "her") or owner.lower_ == sanctioned.lower_
        )

    def _committing_governor(self, verb: Any) -> Any:
        """The "agreed"/"decided" an infinitive is the object of, when the agreement was made ("agreed on Monday
        to merge"; not "hopes to merge", "did not agree to", "would agree to", nor "we have decided to defend the
        peace": a speaker's own words of resolve, told in a quote); or None."""
        governor = verb.head
        if _misattached_infinitive(verb):
            # "decided at its meeting held on 25 May to impose a fine": the parser hung the infinitive on the
            # participle describing the meeting; it is the decision's
            governor = verb.head.head.head.head
        elif verb.dep_ != "xcomp":
            return None
        if (
            not governor.tag_.startswith("VB")
            or self.lexicon.lemma(governor) not in COMMITMENT_VERBS
            or governor.tag_ not in ("VBD", "VBN", "VBZ")
            or self._irrealis(governor)
            or self._hedged(governor)
            or any(c.dep_ == "nsubj" and c.lower_ in SPEAKERS_OWN for c in children_of(governor))
        ):
            return None
        return governor

    def _learned_act(self, verb: Any, lemma: str) -> Candidate | None:
        """A verb that news annotators mark an event nearly every time, as an event of type ``other`` that
        counts only when the text dates it (``EventFinder.find``); None when it is hypothetical or a participle
        telling a consequence of its head."""
        planned = self._planned(verb)
        if not planned and self._irrealis(verb):
            return None
        if (
            verb.tag_ in ("VBG", "VBN", "VB")
            and _child(verb, "aux") is None
            and _child(verb, "auxpass") is None
            and not _missed_main_verb(verb)
        ):
            return None  # "..., forcing the closure of airports": a consequence in the main event's time
        return Candidate(verb, "other", Trigger(type="other", learned=True), [verb], planned=planned)

    def _a_reported_act(self, verb: Any, dobj: Any) -> bool:
        """ "The chain says it cleared its shelves on Thursday evening", "divers say the crew found the wreck on
        Tuesday": a past act with its doer and what it was done to, told as what someone says, is the act (the
        saying stays a statement); a general verb as an event when the text dates it, as one done to people is.
        Not "said it found no evidence" (nothing found)."""
        if verb.dep_ != "ccomp" or dobj is None or _child(verb, "nsubj") is None:
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(dobj)):
            return False
        past = verb.tag_ == "VBD" or (
            verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in children_of(verb))
        )
        speaking = self.lexicon.verbs.get(self.lexicon.lemma(verb.head))
        return past and speaking is not None and speaking.reporting

    def _an_it_moved(self, verb: Any) -> bool:
        """ "Passengers say it dropped without any warning": an "it" moving with no figure, no level it reached and no
        day tells no amount moving (a plane, a lift falling), unlike "it fell 3 percent" or "it rose to 4.1 percent
        in May"."""
        subject = _acting_subject(verb)
        if subject is None or subject.lower_ not in ("it", "they"):
            return False
        if any(t.like_num or t.lower_ in AMOUNT_NOUNS for t in verb.subtree):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("to", "by", "from", "at") for c in children_of(verb)):
            return False  # "it fell to 40 dollars", "closed at 1.2 percent"
        return not self._dated_clause(verb)

    def _fell_on_a_thing(self, verb: Any, lexeme: Trigger) -> bool:
        """ "A cargo drone fell on a house", "a tree fell onto a school bus", "a wall fell on his car": a falling
        verb whose row knows vehicles falling as accidents, landing on a building, ground, vehicle, named place or
        people; not a price falling "on Monday", "on news of the deal" or "on the exchange"."""
        if self.lexicon.lemma(verb) not in FALLING_VERBS or not any(
            code == "disaster" for _, code in lexeme.by_subject
        ):
            return False  # "blocked the road through the town": no fall
        return any(
            pobj.ent_type_ in ("GPE", "FAC", "LOC")
            or self.lexicon.lemma(pobj) in LANDED_ON
            or pobj.lower_ in VEHICLE_NOUNS
            or self._acts_on_people(pobj)
            for prep in _children(verb, "prep")
            if prep.lower_ in FALLEN_ON
            for pobj in _children(prep, "pobj")
            if pobj.ent_type_ not in ("DATE", "TIME")
        )

    def _acts_on_people(self, dobj: Any, civilians: bool = False) -> bool:
        """ "reached the men", "received the students", "found the last of the climbers": a direct object that
        names people (a person's name, or a noun for people or a group of them), not a thing or an amount;
        ``civilians``: not a state's forces or officials ("pulled its troops out" is no rescue)."""
        if dobj is None:
            return False
        dobj = _whole_of_part(dobj, ranks=True) or dobj  # "the last of the seven men", "dozens of villagers"
        mention = self.actors.mention_at(dobj)
        if mention is not None:
            return mention.label == "PERSON" and not self._one_word_town(mention)
        lemma = self.lexicon.lemma(dobj)
        if civilians and (lemma in self.lexicon.group_nouns or dobj.lower_ in self.lexicon.group_nouns):
            return False
        kind = (
            self.lexicon.unnamed_actors.get(lemma)
            or self.lexicon.unnamed_actors.get(dobj.lower_)
            or self.lexicon.learned_actor_nouns.get(lemma)  # WordNet's people: "two boys jumped from the bridge"
        )
        if kind is None and lemma in MEMBER_NOUNS:
            # types19 class 3: "released seven crew members", "freed two staff members": members of a group of people
            kinds = (self.lexicon.unnamed_actors.get(self.lexicon.lemma(c)) for c in _children(dobj, "compound"))
            kind = next((k for k in kinds if k is not None), None)
        return kind in ("person", "group")

    def _one_word_town(self, mention: Any) -> bool:
        """ "Rebels captured Goma": a one-word name the recogniser took for a person but the gazetteer knows as a
        town is the town."""
        return mention.end - mention.start == 1 and self.gazetteer.resolve(mention.text) is not None

    def _names_a_place(self, node: Any) -> bool:
        """ "seized Kidal", "seized the Port of Aden": a proper name of a place (for a row's "@place" object)."""
        if node is None or not node.tag_.startswith("NNP"):
            return False
        mention = self.actors.mention_at(node)
        if mention is not None and mention.label == "PERSON":
            return self._one_word_town(mention)
        return node.ent_type_ in ("GPE", "LOC", "FAC")

    def _protest_named_by_its_means(self, verb: Any) -> bool:
        """Whether a protest verb's "with" names the protest itself ("blocked the ring road with a sit-in", "with
        a protest against fuel prices"): that noun is the one event, found on its own, and a later "the protest"
        points back to it (not "with tractors")."""
        for prep in _children(verb, "prep"):
            if prep.lower_ != "with":
                continue
            for pobj in _children(prep, "pobj"):
                noun = self.lexicon.nouns.get(self.lexicon.lemma(pobj))
                if noun is not None and noun.type == "protest":
                    return True
        return False

    def _setting_of_an_act(self, noun: Any, lexeme: Trigger) -> bool:
        """p14fix class 2: "the commission disqualified the candidate at a news conference on Monday": an act done
        by announcing it at a news conference or a briefing is the event; the conference is only where it was told
        (a speech verb's conference, "said at a briefing", is joined to its statement elsewhere)."""
        if (
            noun.dep_ != "pobj"
            or noun.head.lower_ not in ("at", "during")
            or self._noun_kind(noun, lexeme) != "statement"
        ):
            return False
        verb = noun.head.head
        if not verb.tag_.startswith("VB") or self._light(verb):
            return False
        act = self.lexicon.verb_trigger(verb)
        return act is not None and not act.reporting and act.type not in ("statement", "meeting", "other")

    def _has_listed_modifier(self, noun: Any, lexeme: Trigger) -> bool:
        """Whether a compound or adjective before the noun is one its row lists ("a bird kill", "a mass die-off"):
        a bare noun such rows name is too often no event ("the kill", "in bloom")."""
        before = {
            self.lexicon.lemma(c)
            for c in children_of(noun)
            if c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "nsubj" and c.i == noun.i - 1)  # misread
        }
        before |= _on_objects(noun, self.lexicon.lemma)  # selfnews8: "a run on the lender"
        return any(word in before for word, _ in lexeme.by_object)

    def _noun_kind(self, noun: Any, lexeme: Trigger) -> str:
        """What the noun is of ("a missile launch", "the launch of rockets", "a general strike"), else
        its context."""
        compounds = [self.lexicon.lemma(c) for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod")]
        compounds += [  # "a 24-hour strike"
            self.lexicon.lemma(g) for c in children_of(noun) if c.dep_ in ("compound", "amod") for g in children_of(c)
        ]
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        compounds += [self.lexicon.lemma(c) for c in (children_of(of) if of is not None else ()) if c.dep_ == "pobj"]
        kind = next((code for word, code in lexeme.by_object if word in compounds), None)
        kind = kind or self._kind_told_by_its_sentence(noun, lexeme)
        kind = kind or self._kind_of_its_owner(noun, lexeme) or self._kind_of_its_object(noun, of)
        kind = kind or self._kind_of_the_person_it_befalls(noun, of)
        if kind is None and lexeme.type == "military" and self._invaded_by_a_swarm(noun, of):
            kind = "disaster"
        kind = kind or self._blast_kind(noun, self._noun_type_in_context(noun, lexeme))
        kind = "business" if kind == "diplomatic-cooperation" and self._deal_of_firms(noun) else kind
        self._remember_kind(noun, lexeme, kind)
        return kind

    def _remember_kind(self, trigger: Any, lexeme: Trigger, kind: str) -> None:
        """The first kind the context gave a word other than its row's ("nurses went on strike", "miners struck"):
        what a later bare "the strike" of the same article is."""
        if kind != lexeme.type:
            self.kinds_told.setdefault(self.lexicon.lemma(trigger), kind)

    def _kind_of_its_doer(self, verb: Any, lexeme: Trigger) -> str | None:
        """The kind the row gives the verb for who did it ("miners struck": protest), its acting subject or the
        agent of its passive ("ordered on Friday by the High Court"); None when the doer makes no other kind."""
        acting = _acting_subject(verb)
        if acting is None:
            acting = _passive_agent(verb)  # "the freeze, ordered on Friday by the High Court": the court's order
        return self._kind_for_doer(lexeme.by_subject, acting, _acts_on_a_thing(verb))

    def _kind_for_doer(self, by_subject: Iterable[tuple[str, str]], doer: Any, acts_on_a_thing: bool) -> str | None:
        """The code a row's subject words give ``doer``: its own word first, then, when the verb acts on a thing,
        the kind of people it names ("@people", "@civilians"), so that a row needs no list of every trade that may
        do the act ("inmates burned the workshop"; not "five people burned to death", "burned their hands")."""
        listed = dict(by_subject)
        keys = self._doer_keys(doer) if acts_on_a_thing else [self._subject_word(doer)]
        return next((listed[key] for key in keys if key in listed), None)

    def _doer_keys(self, doer: Any) -> list[str]:
        """The words a row may list for ``doer``: its own, "@people" when it names people ("masked persons", "the
        inmates", "Ana Ruiz"), and "@civilians" when a common noun names people who bear no arms ("hundreds of
        farmers", not "rebel fighters", "armed men" or "the troops"; nor "police general Ana Ruiz", whom her
        name and her title tell, not her kind)."""
        word = self._subject_word(doer)
        if word is None:
            return []
        if not self._acts_on_people(doer):
            return [word]
        people = _whole_of_part(doer, ranks=True) or doer  # "hundreds of farmers": the farmers
        named = people.tag_.startswith("NNP") or self.actors.mention_at(people) is not None
        return [word, PEOPLE] if named or self._bear_arms(people) else [word, CIVILIANS, PEOPLE]

    def _bear_arms(self, people: Any) -> bool:
        """ "the troops", "officials", "rebel fighters", "gunmen", "armed men", "mutinous soldiers": people who act
        for a state, or with arms for a cause."""
        attackers = self.lexicon.blast_clues.get("attackers", set())
        return (
            self._acts_on_people(people) != self._acts_on_people(people, civilians=True)  # a state's forces or staff
            or people.lower_ in ARMED_TAKERS
            or self.lexicon.lemma(people) in attackers
            or any(
                c.dep_ in ("amod", "compound")
                and (c.lower_ in ARMED_MODIFIERS or c.lower_ in ARMED_TAKERS or self.lexicon.lemma(c) in attackers)
                for c in children_of(people)
            )
        )

    def _kind_told_before(self, noun: Any, lexeme: Trigger, kind: str) -> str:
        """ "The strike ended on Wednesday" after "bus drivers went on strike": a bare definite noun names again
        the event the article told, of the kind its first telling had (not an attack); an "air strike" told first
        leaves it an attack."""
        if kind != lexeme.type or not _the_noun_alone(noun):
            return kind
        told = self.kinds_told.get(self.lexicon.lemma(noun))
        if told is not None:
            return told
        # "Nurses walked out on Monday. The strike ended on Friday": the article told the act by another word, of
        # the one other kind the noun's doers give it (an air raid told before leaves "the strike" an attack; what
        # a takeover's object makes it, "a military takeover", needs its own words)
        others = {code for _, code in lexeme.by_subject} & self.types_told
        return others.pop() if len(others) == 1 and lexeme.type not in self.types_told else kind

    def _listed_noun_kind(self, noun: Any, lexeme: Trigger) -> str | None:
        """The kind the noun's row gives its modifiers or its owner ("a rail strike", "the nurses' strike"), if any
        differs from the row's own type."""
        kind = self._noun_kind(noun, lexeme)
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        listed = lexeme.by_object or lexeme.by_subject or self._invaded_by_a_swarm(noun, of)
        return kind if kind != lexeme.type and listed else None

    def _kind_of_its_owner(self, noun: Any, lexeme: Trigger) -> str | None:
        """selfnews8 class 4: "the teachers' strike", "the dockers' strike": whose act a possessive says is the
        noun's subject, which types it as the subject of its verb would ("teachers struck"); so does a "by" phrase
        ("the last big strike by ferry crews", probe30; not "a strike by Israeli jets")."""
        owners = {self.lexicon.lemma(c) for c in children_of(noun) if c.dep_ == "poss"}
        owners |= {
            self.lexicon.lemma(doer)
            for by in _children(noun, "prep")
            if by.lower_ == "by"
            for doer in _children(by, "pobj")
        }
        return next((code for word, code in lexeme.by_subject if word in owners), None)

    def _deverbal_act(self, noun: Any) -> Trigger | None:
        """ "Sunday's expulsion of two diplomats", "the court's annulment of the vote on Friday", "Monday's
        dissolution of parliament": a second-day story names the act by a noun made from a listed verb (or from a
        support row's verb and its object), of the type the verb gives its "of" object. Learned-like, it is an
        event only when the text dates it, so a noun named in passing ("defended the devaluation") is none."""
        if noun.tag_ != "NN" or not noun.lower_.endswith(DEVERBAL_SUFFIXES) or _named_by_its_year(noun):
            return None
        lemma = self.lexicon.lemma(noun)
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = _child(of, "pobj") if of is not None else None
        object_lemma = self._object_lemma(pobj) if pobj is not None else None
        verb = derived_verb(lemma, self.lexicon.verbs)
        if verb is not None and verb != lemma:
            lexeme = self.lexicon.verbs[verb]
            if lexeme.reporting or lexeme.state or lexeme.learned or lexeme.needs_particle:
                return None
            if (lexeme.needs_object or lexeme.needs_listed_object) and object_lemma is None:
                return None
            if lexeme.needs_listed_object and all(word != object_lemma for word, _ in lexeme.by_object):
                return None
            kind = self.lexicon.support.get((verb, object_lemma or "")) or lexeme.type_for_object(object_lemma)
            return None if kind == "statement" else Trigger(type=kind, learned=True, stands_alone=True)
        support_verb = derived_verb(lemma, self.lexicon.one_word_support_verbs)
        support_kind = (
            self.lexicon.support.get((support_verb, object_lemma or ""))
            if support_verb is not None and support_verb != lemma
            else None
        )
        # its doer is often untold ("the removal of the police chief on Monday"): the date makes it news
        return Trigger(type=support_kind, learned=True, stands_alone=True) if support_kind is not None else None

    def _kind_of_its_object(self, noun: Any, of: Any) -> str | None:
        """ "the release of 40 prisoners", "ordered the release of the activist Ana Pereira": a noun made from a
        verb, whose "of" names what the verb acts on, takes the type the verb's row gives that object (captives
        let go are no product); None when the row lists nothing for it."""
        if of is None:
            return None
        verb = derived_verb(self.lexicon.lemma(noun), self.lexicon.verbs)
        if verb is None:
            return None
        by_object = self.lexicon.verbs[verb].by_object
        for pobj in _children(of, "pobj"):
            keys = {self._object_lemma(pobj)}
            if self._acts_on_people(pobj, civilians=True):
                keys.add(PEOPLE)
            if self._a_named_person(pobj):
                keys.add("person")  # "ordered the capture of Ana Ruiz": a person seized is arrested, as "her capture"
            kind = next((code for word, code in by_object if word in keys), None)
            if kind is not None:
                return kind
        return None

    def _kind_of_the_person_it_befalls(self, noun: Any, of: Any) -> str | None:
        """ "A judge ordered her capture", "demanded his release": with no "of" after it, a person owning a noun made
        from a verb is the one it is done to, as "the capture of the woman" would say, and takes the type the verb's
        row gives a person (an arrest, a captive let go), not a town taken or a product put out."""
        if of is not None:
            return None
        verb = derived_verb(self.lexicon.lemma(noun), self.lexicon.verbs)
        if verb is None:
            return None
        for owner in _children(noun, "poss"):
            if owner.lower_ in ("his", "her", "their") or self._a_named_person(owner):
                return next((code for word, code in self.lexicon.verbs[verb].by_object if word == "person"), None)
        return None

    def _invaded_by_a_swarm(self, noun: Any, of: Any) -> bool:
        """ "the worst invasion of armyworms in a decade", "an invasion of cold air": what invades, after "of", is
        many things or a mass (a plural, or a noun with no article), neither people nor forces: pests or weather,
        no army. "The invasion of the island", "of Ukraine" name what was invaded."""
        if of is None or self.lexicon.lemma(noun) not in SWARMED_NOUNS:
            return False
        for invader in _children(of, "pobj"):
            if invader.tag_ not in ("NNS", "NN") or invader.ent_type_ or self._acts_on_people(invader):
                continue
            if invader.tag_ == "NNS" or not _children(invader, "det"):
                return True
        return False

    def _a_named_person(self, noun: Any) -> bool:
        mention = self.actors.mention_at(noun)
        return (mention.label if mention is not None else noun.ent_type_) == "PERSON"

    def _blast_kind(self, noun: Any, kind: str) -> str:
        """A blast is an attack unless it went off at an industrial site or from an industrial cause, with no
        weapon named before it and no attacker in its sentence: "a blast ripped through a fertiliser plant", "a
        gas blast" are accidents, "a car bomb blast at a refinery" is not."""
        clues = self.lexicon.blast_clues
        if kind != "attack" or self.lexicon.lemma(noun) not in BLAST_NOUNS or not clues:
            return kind
        before = [c for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod")]
        # "a coal mine blast": a modifier with a kind of its own names a site, not a weapon
        named = {self.lexicon.lemma(c) for c in before if any(g.dep_ in ("compound", "amod") for g in children_of(c))}
        modifiers = {self.lexicon.lemma(c) for c in before} - named
        if modifiers & clues.get("weapons", set()):
            return kind
        words = {self.lexicon.lemma(t) for t in tokens_in(noun.sent) if t.i != noun.i and t.tag_.startswith("NN")}
        if words & clues.get("attackers", set()):
            return kind
        sites = named | {
            self.lexicon.lemma(t) for t in tokens_in(noun.sent) if t.tag_.startswith("NN") and t.head.i != noun.i
        }
        if modifiers & clues.get("causes", set()) or sites & clues.get("sites", set()):
            return "disaster"
        if _definite_noun(noun) and self._accident_told_before(noun):
            return "disaster"  # "A reactor exploded at a plant ... The blast shattered windows": that accident
        return kind

    def _accident_told_before(self, noun: Any) -> bool:
        """Whether an earlier sentence of the text told an explosion as an accident (a verb of exploding or a blast
        noun, with an industrial site or cause and no weapon or attacker in its sentence), which "the blast"
        then names again."""
        clues = self.lexicon.blast_clues
        for sentence in noun.doc.sents:
            if sentence.start >= noun.sent.start:
                return False
            for token in tokens_in(sentence):
                lemma = self.lexicon.lemma(token)
                if lemma in BLAST_NOUNS and token.tag_.startswith("NN"):
                    # the first explosion told decides: a bombing makes "the blast" that bombing
                    return self._blast_kind(token, "attack") == "disaster"
                if lemma in EXPLODE_VERBS and token.tag_.startswith("VB"):
                    subject = _child(token, "nsubj")
                    if subject is not None and self._charge(subject):
                        return False
                    words = {self.lexicon.lemma(t) for t in tokens_in(sentence) if t.tag_.startswith("NN")}
                    if words & clues.get("attackers", set()):
                        return False
                    return bool(words & (clues.get("sites", set()) | clues.get("causes", set())))
        return False

    def _kind_told_by_its_sentence(self, noun: Any, lexeme: Trigger) -> str | None:
        """The row's ``by_sentence`` type for a word the noun's sentence names as a noun ("the rally restarted with
        a stage from Atar": a race, no street rally), else None."""
        if not lexeme.by_sentence:
            return None
        named = {
            self.lexicon.lemma(token)
            for token in tokens_in(noun.sent)
            if token.tag_.startswith("NN") and token.i != noun.i
        }
        return next((code for word, code in lexeme.by_sentence if word in named), None)

    def _noun_type_in_context(self, noun: Any, lexeme: Trigger) -> str:
        """For an event noun, ``by_preposition`` is the preposition it is the object of ("workers are on
        strike") and ``by_subject`` the subject of the verb that carries it ("nurses staged a strike")."""
        if noun.dep_ == "pobj":
            by_preposition = next((code for word, code in lexeme.by_preposition if word == noun.head.lower_), None)
            if by_preposition is not None:
                return by_preposition
            if self._arrests_made_in(noun, lexeme):
                return "coercion"
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in children_of(verb)):
            verb = verb.head  # "began to stage a strike": the subject of "began"
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and verb.tag_.startswith("VB"):
            subject_lemmas = {self.lexicon.lemma(subject)}
            if subject.tag_.startswith("NNP"):  # "the Dockers' Union SEA ry started a strike": a union by its name
                subject_lemmas |= {self.lexicon.lemma(c) for c in children_of(subject) if c.dep_ == "compound"}
            by_subject = next((code for word, code in lexeme.by_subject if word in subject_lemmas), None)
            if by_subject is not None:
                return by_subject
        return lexeme.type

    def _arrests_made_in(self, noun: Any, lexeme: Trigger) -> bool:
        """ "Twelve people arrested in Tuesday's raids", "detained during a dawn raid": the occasion of an arrest,
        done by whom the row says makes it law enforcement (police, prosecutors), is theirs, not an assault."""
        if noun.head.lower_ not in ("in", "during") or not any(code == "coercion" for _, code in lexeme.by_subject):
            return False
        verb = noun.head.head
        row = self.lexicon.verbs.get(self.lexicon.lemma(verb)) if verb.tag_.startswith("VB") else None
        return row is not None and row.type == "coercion"

    def _planned(self, verb: Any) -> bool:
        """Scheduled, not hypothetical: "will go on sale", "is set to open", "is scheduled to launch" (a future
        auxiliary, or an infinitive under a verb of scheduling), never negated or conditional. Such an event is
        kept only when the text dates it after the report (``EventFinder.find``)."""
        if self._hedged(verb):
            return False
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in children_of(verb)):
            return True
        if _a_planning_verb(verb):
            return True  # "are planning a protest on Saturday": the support verb that carries the event plans it
        if present_of_a_future_time_clause(verb):
            return True
        governor = verb.head
        return (
            verb.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb))
            and self.lexicon.lemma(governor) in self.lexicon.schedule_governors
            and not self._hedged(governor)
            and not any(c.dep_ == "aux" and c.lower_ in MODALS - FUTURE_AUXILIARIES for c in children_of(governor))
        )

    def _planned_noun(self, noun: Any) -> bool:
        """ "slated for release on June 24", "scheduled for a vote on Tuesday": a scheduled event."""
        if (
            noun.dep_ != "pobj"
            or noun.head.lower_ != "for"
            or any(c.dep_ == "det" and c.lower_ in IRREALIS_DETS for c in children_of(noun))
        ):
            return False
        governor = noun.head.head
        return (
            governor.tag_.startswith("VB")
            and self.lexicon.lemma(governor) in self.lexicon.schedule_governors
            and not self._hedged(governor)
            and not any(c.dep_ == "aux" and c.lower_ in MODALS - FUTURE_AUXILIARIES for c in children_of(governor))
        )

    def _hedged(self, verb: Any) -> bool:
        """Negated or conditional, in its own clause or the clauses it hangs from ("if it is approved", "not
        expected to open")."""
        current = verb
        for _ in range(4):
            for child in children_of(current):
                if child.dep_ == "neg" or (child.dep_ == "mark" and child.lower_ in CONDITIONS):
                    return True
                if child.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in CONDITIONS for m in children_of(child)
                ):
                    return True  # "if the board agrees, it will open"
            if current.head is current or current.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
                return False
            current = current.head
        return False

    def _them_for_things(self, pronoun: Any) -> bool:
        """ "All balloon flights have been grounded since the minister suspended them": a "them" whose sentence last
        named things before it stands for those things, not for people ("seized five aid workers and freed them")."""
        if pronoun.lower_ != "them":
            return False
        before = pronoun.doc[pronoun.sent.start : pronoun.i]
        plural = next((w for w in reversed(before) if w.tag_ in ("NNS", "NNPS")), None)
        return plural is not None and not self._acts_on_people(plural)

    def _type_in_context(self, verb: Any, lexeme: Trigger, dobj: Any) -> str:
        """What was launched, closed or struck down decides the type, then the preposition, then who did it."""
        by_particle = next((code for word, code in lexeme.by_particle if word == _particle(verb, lexeme)), None)
        if by_particle is not None:
            return by_particle
        acted_on = dobj if dobj is not None else _patient(verb)
        if self._puts_a_trade_measure(verb, acted_on):
            return TRADE_RESTRICTION  # the row's "ban: coercion" is for bans on people, not on exports
        kind = self._kind_of_an_undertaking(lexeme, acted_on) or lexeme.type_for_object(self._object_lemma(acted_on))
        if kind == lexeme.type and acted_on is not None and acted_on.tag_ == "VBG":
            kind = lexeme.type_for_object(acted_on.lower_)  # "Trading in its shares was suspended": no "trade"
        if kind == "product-launch" and self._founded_as_a_body(verb, acted_on):
            return "business"  # "it was launched as a central agency in 2020": a body founded, no product
        if kind == "diplomatic-cooperation" and self._deal_of_firms(acted_on):
            return "business"  # "signed an offtake deal with a battery maker": trade, not relations between states
        if kind == "attack":
            penalty = self._penalty_dealt(verb)
            if penalty is not None:
                return penalty  # "hit the company with a record fine", "slapped them with charges": no blow
        if kind == "attack" and self._fired_from_a_job(verb, acted_on):
            return "personnel"
        if kind == lexeme.type and (
            self._acts_on_people(acted_on) or (_personal_pronoun(acted_on) and not self._them_for_things(acted_on))
        ):
            kind = lexeme.type_for_object(PEOPLE)  # "twelve fishermen were released": captives, not a product
        if kind == lexeme.type and self._names_a_place(acted_on):
            kind = lexeme.type_for_object(PLACE)  # "rebels seized Kidal": a town taken, not goods confiscated
        if kind != lexeme.type:
            return kind
        prepositions = {c.lower_ for c in children_of(verb) if c.dep_ == "prep"}
        by_preposition = next((code for word, code in lexeme.by_preposition if word in prepositions), None)
        if by_preposition is not None:
            return by_preposition
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        by_subject = self._kind_of_its_doer(verb, lexeme)
        if by_subject is not None:
            return by_subject
        if self._fell_on_a_thing(verb, lexeme):
            return "disaster"  # "a cargo drone fell on a house", "debris fell onto a farm": an accident, no price
        if _commanded_to_act(verb, self.lexicon):
            return (
                "legal"  # a binding order put on a body: "ordered the firm to close", "ordered the agency to release"
            )
        if self._people_vote(verb, subject):
            return "election"  # "Chileans rejected the amendment", "voters approved it in a referendum": a vote
        if lexeme.type == "attack" and subject is not None and self._natural_force(subject):
            return "disaster"  # "lightning struck a group of farmers", "a landslide hit the bus": no one attacked
        if lexeme.type == "attack" and subject is not None and _vehicle_hit_a_thing(verb, subject, acted_on):
            return "disaster"  # "their car hit a tree", "a lorry struck a parked bus": a road crash
        if lexeme.type == "attack" and self._accident_antecedent(verb):
            return "disaster"  # "the fire aboard the ferry, which killed 11 people": the fire's dead
        if lexeme.type == "disaster" and subject is not None and self._charge(subject):
            return "attack"  # "a car bomb exploded outside the station", "a grenade went off": someone set it
        if dobj is None and lexeme.without_object is not None and _child(verb, "nsubjpass") is None:
            return lexeme.without_object
        if "to" in prepositions and self.lexicon.lemma(verb) in CONTEST_VERBS and self._about_a_vote(verb.sent):
            return "election"  # "conceded after losing to the incumbent in the presidential runoff"
        if lexeme.type == "election" and self._won_no_vote(verb, lexeme, acted_on):
            return "other"  # "won the Paris Masters", "Al Ahly won 3-1": a contest of sport, no vote
        if lexeme.type == "election" and self._sanction_of_no_vote(verb):
            return "coercion"  # "the jury disqualified her": a sanction of sport, no vote
        return self._exploded_kind(verb, lexeme.type)

    def _kind_of_an_undertaking(self, lexeme: Trigger, noun: Any) -> str | None:
        """typed34 class 4: an undertaking is of the kind its modifier names ("search and rescue efforts were
        suspended", "halted the search operation": a search given up), and bare plural operations are a firm's or
        a site's work ("ordered the refinery's operations suspended", "operations at the plant were halted"), no
        search called off; None for other objects, or when the row lists nothing for them."""
        if noun is None or not {self.lexicon.lemma(noun), noun.lower_.removesuffix("s")} & UNDERTAKING_NOUNS:
            return None  # ("efforts": a word no row lists keeps its plural as its lemma)
        modifiers = [c for c in children_of(noun) if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i]
        modifiers += [g for c in modifiers for g in _children(c, "conj")]
        for modifier in modifiers:
            kind = next((code for word, code in lexeme.by_object if word == self.lexicon.lemma(modifier)), None)
            if kind is not None:
                return kind
        if not modifiers and noun.tag_ == "NNS" and any(word == "operation" for word, _ in lexeme.by_object):
            return "business"
        return None

    def _founded_as_a_body(self, verb: Any, launched: Any) -> bool:
        """ "The agency was launched as an independent regulator", "launched the watchdog in 2019": what was launched
        is an organisation (by its own noun or the "as" phrase's), so it was founded."""
        named = [launched] if launched is not None else []
        named += [n for p in _children(verb, "prep") if p.lower_ == "as" for n in _children(p, "pobj")]
        return any(self.lexicon.unnamed_actors.get(self.lexicon.lemma(n)) == "organisation" for n in named)

    def _penalty_dealt(self, verb: Any) -> str | None:
        """ "Hit the company with the largest fine in its history", "hit the firm with fraud charges": what the
        "with" phrase names is the act, of its own type (a penalty, a charge, a ban), when that is no violence."""
        for prep in _children(verb, "prep"):
            if prep.lower_ != "with":
                continue
            for noun in _children(prep, "pobj"):
                lemma = self.lexicon.lemma(noun)
                lexeme = self.lexicon.nouns.get(lemma)
                kind: str | None
                if lexeme is not None:
                    kind = self._noun_kind(noun, lexeme)
                else:
                    # "fraud charges", "a lawsuit": named by the verb of the act ("charged"), not by a noun row; only
                    # an act in law ("with great force" names the verb "force", and is a blow)
                    acted = self.lexicon.verbs.get(lemma)
                    kind = "legal" if acted is not None and acted.type == "legal" and not acted.reporting else None
                if kind is not None and kind not in VIOLENT_KINDS:
                    return kind
        return None

    def _deal_of_firms(self, deal: Any) -> bool:
        """ "The miner signed a supply deal with a carmaker", "agreed a licensing pact with a drugmaker": a deal
        of trade (its own words say so) or one a firm makes, on either side."""
        if deal is None or self.lexicon.lemma(deal) not in DEAL_NOUNS:
            return False
        verb = deal.head
        if any(c.dep_ in ("compound", "amod") and c.lower_ in TRADE_DEALS for c in children_of(deal)):
            return True
        partners = [
            p
            for c in [*children_of(verb), *children_of(deal)]
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in _children(c, "pobj")
        ]
        subject = _acting_subject(verb)
        owners = [c for c in children_of(deal) if c.dep_ == "poss"]  # "Ghana's agreement with the IMF"
        sides = [*([subject] if subject is not None else []), *owners, *partners]
        if any(self._a_state(side) for side in sides):
            return False  # a state on one side: its deal with a firm or a lender is still its relations
        return any(self._a_firm(side) for side in sides)

    def _one_holders_contract(self, verb: Any, contract: Any) -> str | None:
        """typed35 class 4: a contract stopped that one holder has, by a possessive or a "with", is no measure on
        trade: a person's ("suspended his contract", "the contract with Mr Novak", "the coach's contract") is that
        person's work, a personnel act; a firm's ("its contract with the catering firm", "the bus company's
        contract") is business. None for contracts of no one named ("froze new contracts": a measure on trade)."""
        if contract is None or self.lexicon.lemma(contract) != "contract":
            return None
        holders = [c for c in children_of(contract) if c.dep_ == "poss" and c.lower_ not in ("its", "their")]
        holders += [
            p
            for c in [*children_of(verb), *children_of(contract)]
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in _children(c, "pobj")
        ]
        if any(
            holder.lower_ in ("his", "her")
            or holder.ent_type_ == "PERSON"
            or any(c.lower_.rstrip(".") in ADDRESS_TITLES for c in children_of(holder))
            or self._acts_on_people(holder)
            for holder in holders
        ):
            return "personnel"
        if any(self._a_firm(holder) or holder.ent_type_ == "ORG" for holder in holders):
            return "business"
        return None

    def _a_state(self, noun: Any) -> bool:
        mention = self.actors.mention_at(noun)
        return mention is not None and mention.label in ("GPE", "NORP")

    def _a_firm(self, noun: Any) -> bool:
        """ "the miner", "a battery maker", "the company": a noun that names a business by its trade (not a fund
        or a regulator, which may be a state's or the world's: "the International Monetary Fund")."""
        lemma = self.lexicon.lemma(noun)
        if lemma in COMPANY_NOUNS or lemma in BUSINESS_NAME_HEADS or lemma in self.lexicon.traders:
            return True
        return lemma.endswith("maker")

    def _subject_word(self, subject: Any) -> str | None:
        """The word a row's by_subject looks for: the subject's lemma, but "court" for a chamber, council or panel
        a judicial word describes ("the Constitutional Chamber voted", "an appeals panel ruled"): such bodies are
        courts, though a chamber or a council alone may be a legislature."""
        if subject is None:
            return None
        if any(c.dep_ in ("amod", "compound") and c.lower_ in JUDICIAL_MODIFIERS for c in children_of(subject)):
            return "court"
        if self.lexicon.lemma(subject) in COURT_PARTS and any(
            self.lexicon.lemma(court) in COURT_NOUNS
            for of in _children(subject, "prep")
            if of.lower_ == "of"
            for court in _children(of, "pobj")
        ):
            return "court"  # "the Criminal Chamber of the Supreme Court confirmed": a court sitting in part
        return self.lexicon.lemma(subject)

    def _fired_from_a_job(self, verb: Any, fired: Any) -> bool:
        """openlist2 class 6: "fired its chief executive", "fired presenter Dana Walsh", "sacked the surgeon": a
        dismissal of people, not a shooting, which fires a weapon or a shot, or fires at or on someone."""
        if self.lexicon.lemma(verb) != "fire" or fired is None:
            return False
        aimed = [
            pobj
            for prep in _children(verb, "prep")
            if prep.lower_ in AIMED_AT
            for pobj in _children(prep, "pobj")
            if pobj.ent_type_ not in ("DATE", "TIME")  # "on Friday" aims at nothing
        ]
        # the parser may split a hyphenated title into objects of their own ("fired co-founder Sam Reed")
        objects = list(dict.fromkeys([fired, *_children(verb, "dobj")]))
        words = [w for o in objects for w in (o, *(c for c in children_of(o) if c.dep_ in ("compound", "amod")))]
        if aimed or any(w.lower_ in FIRED_WEAPONS for w in words):
            return False  # "fired tear gas at protesters", "fired rockets", "fired on the crowd", "warning shots"
        return any(self._a_person_fired(o) for o in objects)

    def _fired_at(self, verb: Any, lemma: str) -> bool:
        """openlist2 class 6: "fired on the crowd", "fired at the convoy": a shot at a target, though no weapon is
        named (not "fired on Friday", nor "fired into the air")."""
        if lemma != "fire" or _child(verb, "auxpass") is not None:
            return False
        return any(
            pobj.ent_type_ not in ("DATE", "TIME") and pobj.lower_ not in ("air", "sky")
            for prep in _children(verb, "prep")
            if prep.lower_ in AIMED_AT
            for pobj in _children(prep, "pobj")
        )

    def _a_person_fired(self, fired: Any) -> bool:
        """A person or people named, owned ("its conductor") or in apposition to a name, or by their calling."""
        titled = any(
            c.dep_ == "compound" and c.tag_ in ("NN", "NNS") and self._a_calling(c) for c in children_of(fired)
        )  # "fired co-founder Nadia Petrov", whatever the name was taken for
        mention = self.actors.mention_at(fired)
        if mention is not None:
            return bool(mention.label == "PERSON" or titled)  # "fired presenter Dana Walsh"
        owned = any(c.dep_ == "poss" for c in children_of(fired))  # "fired its conductor", "fired his aide"
        named = any(c.dep_ == "appos" for c in children_of(fired))  # "fired the founder, Rita Osei,"
        return owned or named or self._a_calling(fired)

    def _a_calling(self, noun: Any) -> bool:
        """A noun for people or for what someone does for a living ("teachers", "surgeon", "presenter")."""
        return self._acts_on_people(noun) or noun.lower_.endswith(OCCUPATION_ENDINGS)

    def _accident_antecedent(self, verb: Any) -> bool:
        """selfnews8 class 7: "investigators probing the fire aboard the ferry, which killed 11 people", "the landslide
        near the village, which killed nine": a relative clause whose "which" stands for an accident noun, or for
        the place the parser hung it on right after that noun, tells the accident's harm, not an attack."""
        if verb.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in children_of(verb)
        ):
            return False
        antecedent = verb.head
        nouns = [antecedent]
        if antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep" and antecedent.head.i > 0:
            # "the fire aboard the ferry, which": the noun the place phrase follows, wherever the parser hung it
            nouns += [antecedent.head.head, antecedent.doc[antecedent.head.i - 1]]
        for noun in nouns:
            event = self._event_noun(noun)
            if event is not None and event.i == noun.i:
                lexeme = self.lexicon.nouns[self.lexicon.lemma(event)]
                return self._blast_kind(event, self._noun_kind(event, lexeme)) == "disaster" and not _set_by_someone(
                    event
                )
        return False

    def _exploded_kind(self, verb: Any, kind: str) -> str:
        """What exploded or blew up decides who set it off: a bomb, a mine, or a vehicle packed, laden or rigged
        with explosives ("a car packed with explosives blew up at the checkpoint", "a roadside bomb blew up") is an
        attack; a gas cylinder or a tanker stays an accident (selfnews5 class 3)."""
        if kind != "disaster" or self.lexicon.lemma(verb) not in EXPLODING_VERBS or _child(verb, "dobj") is not None:
            return kind
        subject = _child(verb, "nsubj")
        if subject is None:
            return kind
        if self.lexicon.lemma(subject) in BOMB_WORDS or any(
            c.dep_ in ("compound", "amod") and self.lexicon.lemma(c) in BOMB_WORDS for c in children_of(subject)
        ):
            return "attack"
        laden = any(
            token.dep_ == "pobj" and self.lexicon.lemma(token) in BOMB_WORDS and token.head.lower_ == "with"
            for token in subject.subtree
        )
        return "attack" if laden else kind

    def _people_vote(self, verb: Any, subject: Any) -> bool:
        """A people's verdict on a measure is a vote: "Uruguayans rejected the amendment", "voters approved a
        pension law", "Italians voted down the plan in a referendum".  The verb is one of deciding a measure; its
        subject the voters or a country's people (a plural demonym), or its "in" phrase names the ballot."""
        if self.lexicon.lemma(verb) not in VERDICT_VERBS:
            return False
        in_ballot = any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "at")
            and any(self.lexicon.lemma(p) in BALLOT_NOUNS for p in children_of(c) if p.dep_ == "pobj")
            for c in children_of(verb)
        )
        if in_ballot or subject is None:
            return in_ballot
        if self.lexicon.lemma(subject) in VOTER_NOUNS:
            return True
        return (
            subject.text[:1].isupper()
            and subject.lower_.endswith("s")
            and (
                self.lexicon.demonyms.get(name_key(subject.text[:-1])) is not None
                or self.gazetteer.demonym_country(subject.text[:-1]) is not None
            )
        )

    def _natural_force(self, subject: Any) -> bool:
        """Lightning, a storm, a flood, a landslide: a force of nature as the one that struck.  "A bolt of
        lightning", "a wall of water": the thing named in the "of" phrase ("a wave of attacks" is no wave)."""
        of = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else subject
        return thing is not None and (self.lexicon.lemma(thing) in NATURAL_FORCES or thing.lower_ in NATURAL_FORCES)

    def _ordered_result(self, verb: Any) -> tuple[str, Any] | None:
        """The type and the verb of a state an order puts something in: "ordered the refinery shut", "ordered
        the embassy closed" (a small clause: its noun and a bare participle, no auxiliary of its own). What the
        participle's verb would make of that noun types the order; a closure ordered by someone else than its
        owner is no business of the owner's, so business becomes ``other``."""
        if self.lexicon.lemma(verb) not in ORDER_VERBS:
            return None
        custody = self._custody_ordered(verb)
        if custody is not None:
            return ("coercion", custody)
        dobj = _child(verb, "dobj")
        # the parser reads the small clause three ways: "the refinery shut" as a clause of its own, "closed" as
        # the verb's complement with the object for subject, or "sealed" as describing the object
        results = [c for c in children_of(verb) if c.dep_ in ("ccomp", "oprd", "xcomp")]
        if dobj is not None and not any(c.dep_ == "nummod" for c in children_of(dobj)):  # "ordered 40 jets built"
            results += [
                c for c in children_of(dobj) if c.dep_ == "acl" and c.tag_ == "VBN" and _child(c, "agent") is None
            ]
        for result in results:
            # "ordered the mine shut" may be read as an object and a clause without a subject of its own
            thing = _child(result, "nsubj") or (
                dobj if result.dep_ != "ccomp" or (dobj is not None and dobj.i < result.i) else None
            )
            if (
                result.tag_ not in ("VBN", "VBD")
                or thing is None
                or any(g.dep_ in ("aux", "auxpass", "mark", "dobj") for g in children_of(result))
            ):
                continue
            lexeme = self.lexicon.verb_trigger(result)
            if lexeme is None or lexeme.reporting:
                return ("other", result)
            kind = self._type_in_context(result, lexeme, thing)
            if kind in ("business", "other") and self.lexicon.lemma(result) in ORDERED_SHUT_VERBS:
                return (self._closure_order_kind(verb), result)
            return ("other" if kind == "business" else kind, result)
        return None

    def _closure_order_kind(self, verb: Any) -> str:
        """openlist3 class e: "the court ordered the plant closed" is a ruling (legal); "regulators ordered the
        mine shut", "the mayor ordered the market closed" an authority's sanction on who runs the place (coercion,
        CAMEO's administrative sanctions); "the carmaker ordered its plant closed" the owner's own business."""
        orderer = _acting_subject(verb)
        lemma = self.lexicon.lemma(orderer) if orderer is not None else None
        if lemma in COURT_NOUNS:
            return "legal"
        if lemma in COMPANY_NOUNS or lemma in BOARD_NOUNS or lemma in BUSINESS_NAME_HEADS:
            return "business"
        return "coercion"

    def _request_to_a_body(self, verb: Any) -> tuple[str | None, Any] | None:
        """openlist2 class 1: a request put to a court or a public body ("asked the court to ban the party",
        "petitioned judges to dissolve the council", "requested that parliament dissolve the agency"): its type
        (``legal`` before a court, ``appeal`` to another body; None for "filed a motion asking a judge to ...",
        where the filing is the act) and the requested verb, which is no event until it is done; or None."""
        lemma = self.lexicon.lemma(verb)
        if lemma not in REQUEST_VERBS:
            return None
        clauses = [c for c in children_of(verb) if c.dep_ in ("xcomp", "advcl", "ccomp") and c.tag_ == "VB"]
        requested = next(iter(clauses), None)
        if requested is None:
            return None
        addressees = [_child(verb, "dobj")]
        addressees += [_child(p, "pobj") for p in _children(verb, "prep") if p.lower_ in ("on", "to")]
        if requested.dep_ == "ccomp":
            addressees.append(_child(requested, "nsubj"))  # "requested that parliament dissolve"
        bodies = {self.lexicon.lemma(a).lower() for a in addressees if a is not None}
        if bodies & COURT_NOUNS:
            kind: str | None = "legal"
        elif bodies & PETITIONED_BODIES and lemma != "move":
            kind = "appeal"
        else:
            return None
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl"):
            kind = None  # "filed a motion on Thursday asking a judge to halt the works": the filing is the event
        return kind, requested

    def _custody_ordered(self, verb: Any) -> Any:
        """selfnews8 class 11: "a judge ordered the two suspects held", "the suspects were ordered detained": people
        ordered kept in custody, a coercive act of the court, dated by the participle's clause (not an order of
        goods, even with a count: "ordered 40 jets built"). The participle, or None."""
        people = _child(verb, "dobj") or _child(verb, "nsubjpass")
        if people is None and verb.dep_ == "conj" and _child(verb, "auxpass") is not None:
            people = _child(verb.head, "nsubj") or _child(
                verb.head, "nsubjpass"
            )  # "appeared ... and were ordered held"
        if people is None:
            return None
        # "ordered the editor, A, and the owner, B, held": the parser hangs the participle on the last one named
        named = [people, *people.conjuncts]
        named += [c for n in named for c in children_of(n) if c.dep_ == "appos"]
        if not (_personal_pronoun(people) or any(self._acts_on_people(n) for n in named)):
            return None
        results = [c for c in children_of(verb) if c.dep_ in ("ccomp", "oprd", "xcomp")]
        results += [c for n in named for c in children_of(n) if c.dep_ == "acl"]
        for result in results:
            # a bare participle after its noun, even when tagged as a past tense ("ordered the captain detained")
            participle = result.tag_ == "VBN" or (result.tag_ == "VBD" and result.dep_ == "acl")
            if participle and self.lexicon.lemma(result) in CUSTODY_VERBS and _child(result, "agent") is None:
                return result
        return None

    def _won_no_vote(self, verb: Any, lexeme: Trigger, won: Any) -> bool:
        """ "Sinner won the Paris Masters", "Al Ahly won 3-1": a win of a score, or of a name the row does not list
        that is no place (a state or a district won is a vote's) and no body (a senate), in a sentence that names no
        vote, is a contest of another kind."""
        if self.lexicon.lemma(verb) not in WIN_VERBS or self._about_a_vote(verb.sent):
            return False
        whole = (_whole_of_part(won) or won) if won is not None else None
        if whole is not None and self._object_lemma(whole) in CONTESTS_OF_ANY_KIND:
            # typed35: "also won that race" in a story of skiing; not "the race for governor", "for the senate seat"
            posts = [p for prep in _children(whole, "prep") if prep.lower_ == "for" for p in _children(prep, "pobj")]
            if any(
                self._acts_on_people(p) or lexeme.type_for_object(self._object_lemma(p)) == "election" for p in posts
            ):
                return False
            return not self._about_a_vote(verb.doc)
        if whole is not None and any(word == self._object_lemma(whole) for word, _ in lexeme.by_object):
            return False  # "won a second term", "won 61 of the 100 seats"
        if won is None:
            # "won 2-0 at home", "won twice in the mountains" in a sentence of stages; not "the Yes side won in the
            # coastal provinces" (the article's vote, told before)
            return (
                any(_a_score(c) for c in children_of(verb))
                or self._about_a_contest(verb, lexeme)
                or not self._about_a_vote(verb.doc)
            )
        if won.tag_ == "CD":
            return True  # "won 2-0 at home"
        if won.tag_ in ("NN", "NNS") and not self._names_a_place(won):
            # typed34: "the horse that won the big one", in an article that names no vote anywhere
            return not self._about_a_vote(verb.doc)
        return won.tag_.startswith("NNP") and not self._names_a_place(won) and won.ent_type_ not in ("ORG", "NORP")

    def _sanction_of_no_vote(self, verb: Any) -> bool:
        """typed35 class 1: "the jury disqualified her", "was disqualified from the race", "struck the surgeon off the
        register": a verb that takes a candidate off a vote takes anyone else out of a contest or a profession, a
        sanction of the body that rules it, when neither its sentence (a vote, a candidate, a ballot) nor its article
        names a vote."""
        if self.lexicon.lemma(verb) not in ELIGIBILITY_SANCTIONS or self._about_a_vote(verb.sent):
            return False
        if any(token.lower_ in CANDIDACY_WORDS for token in tokens_in(verb.sent)):
            return False
        return not self._about_a_vote(verb.doc)

    def _about_a_contest(self, verb: Any, lexeme: Trigger) -> bool:
        """Whether the verb's sentence names a contest its row does not make a vote ("the stage", "the final")."""
        contests = {word for word, kind in lexeme.by_object if kind == "other"}
        return any(
            self.lexicon.lemma(token) in contests for token in tokens_in(verb.sent) if token.tag_.startswith("NN")
        )

    def _about_a_vote(self, span: Any) -> bool:
        """Whether a sentence (or a whole article) is about a vote: it names one ("the runoff", "Sunday's election")
        or its kind ("presidential", "mayoral").  "The home side lost to Benfica" is a match."""
        for token in span:
            if token.lower_ in ELECTORAL_WORDS:
                return True
            noun = self.lexicon.nouns.get(self.lexicon.lemma(token)) if token.tag_.startswith("NN") else None
            if noun is not None and noun.type == "election" and not _survey(token, self.lexicon.lemma):
                return True
        return False

    def _support(self, verb: Any, dobj: Any) -> tuple[str, Any] | None:
        """The type a support construction gives the verb, and the object that made it one: its direct
        object, the subject of its passive ("the governor was dismissed"), a place it sends something
        ("put a satellite into orbit") or a fixed phrase after it ("declared them persona non grata"); the
        head of a role ("the head of the agency") counts as the role."""
        if not self.lexicon.support:
            return None
        lemma = self.lexicon.lemma(verb)
        # "pulled the men out of the mine", "dragged survivors from the rubble", "set two fishermen free": where
        # from, or the state they were left in, completes the verb like a particle; the parser may hang "from" on
        # that state ("pulled six people alive from the mud")
        # ("fell violently ill": the parser may take the state for an adverb)
        states = [c for c in children_of(verb) if c.dep_ in ("oprd", "acomp", "advcl", "advmod") and c.tag_ == "JJ"]
        states += _small_clause_states(verb)
        around = [*children_of(verb), *(g for state in states for g in children_of(state)), *_from_under_object(dobj)]
        # "took the passengers off the ferry": off a vessel or a roof is where from, too
        completions = [c for c in around if (c.dep_ == "prep" and c.lower_ in ("from", "out", "off")) or c in states]
        # "ordered the controllers back to their posts": a particle the parser hung on the object
        completions += [c for c in _children(dobj, "advmod") if c.lower_ == "back"] if dobj is not None else []
        listed = self.lexicon.support_phrases
        verbs = [
            phrase
            for phrase in [f"{lemma} {c.lower_}" for c in completions] + _verb_phrases(verb, lemma)
            if phrase in listed
        ]
        if not verbs:
            return None  # no row names this verb: nothing below could match
        if lemma in CRAFT_WAY_VERBS and verb.tag_ == "VBG" and _child(verb, "aux") is not None:
            return None  # "the ferry was sailing from Dover when the fire broke out": the way, not a setting out
        # "handed the US Embassy in Warsaw a diplomatic note": with a phrase after the first object the parser reads
        # both objects as direct ones; the second is the thing given
        second_objects = [c for c in _children(verb, "dobj") if c is not dobj]
        objects = [
            o
            for o in (dobj, _patient(verb), _bare_complement(verb), *second_objects)
            if o is not None and (o.tag_.startswith("NN") or _gerund_noun(o))
        ]
        # "was dismissed as coach", "ousted him as party leader": the post named after "as" is what the verb acts on
        objects += [pobj for prep in _children(verb, "prep") if prep.lower_ == "as" for pobj in _children(prep, "pobj")]
        # "declared a health emergency": the noun with the one before it, tried before the bare noun
        # (and a participle the parser hung on it: "freed pending trial", read as a trial that is pending)
        modifiers = [
            c for o in objects for c in children_of(o) if c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ == "VBG")
        ]
        keys = [(f"{c.lower_} {self.lexicon.lemma(c.head)}", c.head) for c in modifiers]
        keys += [(self.lexicon.lemma(o), o) for o in objects]
        # "freed 40 million euros", "unlocked 2 billion rand": a sum in any currency is money to the rows
        keys += [("money", o) for o in objects if self.lexicon.lemma(o) in currency_nouns()]
        keys += [(self.lexicon.lemma(t), o) for o in objects for t in _titles_of_name(o)]
        keys += [(self.lexicon.lemma(whole), o) for o in objects if (whole := _whole_of_part(o)) is not None]
        # "set up a committee to investigate", "formed a probe panel": the body and its purpose name the inquiry
        keys += [(INQUIRY, o) for o in objects if self._investigating_body(verb, o)]
        if any(phrase in self.lexicon.people_phrases for phrase in verbs):
            # "pulled 68 survivors from the water": people, whatever noun names them (not a state's forces)
            # (not "found seventeen crew and 3,400 pieces of ceramics": people found with goods are caught with them)
            keys += [
                (PEOPLE, o)
                for o in (dobj, _patient(verb))
                if self._acts_on_people(o, civilians=True)
                and all(self._acts_on_people(c, civilians=True) for c in _children(o, "conj"))
            ]
        # "came back into service": the parser hangs the phrase on the particle it read as an adverb, "fell four
        # metres from the ladder" on the distance, and "were freed and remain under investigation" tells the state
        # the act left them in
        holders = [
            c
            for c in children_of(verb)
            if (c.dep_ in ("advmod", "prt") and c.lower_ in PARTICLE_ADVERBS)
            or c.dep_ == "npadvmod"
            or (c.dep_ == "conj" and c.lower_ in LEFT_IN_STATE)
        ]
        preps = [c for holder in (verb, *holders) for c in children_of(holder) if c.dep_ == "prep"]
        for prep in [*preps, *_object_preps(objects)]:
            prep = _out_of(prep)
            # "fell from scaffolding": a gerund the parser took for the preposition's clause names the thing
            pobj = _child(prep, "pobj") or next((c for c in _children(prep, "pcomp") if c.tag_ == "VBG"), None)
            if pobj is not None:
                keys.append((f"{prep.lower_} {pobj.lower_}", pobj))
        after = " ".join(t.lower_ for t in verb.doc[verb.i + 1 : verb.sent.end])
        keys += [(phrase, _phrase_start(verb, phrase)) for phrase in PHRASE_OBJECTS if f" {phrase} " in f" {after} "]
        keys.append(("*", verb))  # a row that needs no object ("ran aground")
        fitting = [
            (pair, token)
            for pair, token in (((phrase, key), token) for phrase in verbs for key, token in keys)
            if pair in self.lexicon.support
            and self._subject_fits(verb, pair)
            and not (pair[1] == "*" and self._kind_by_subject(verb, pair) == "disaster" and _reaches_an_amount(verb))
            # "removed rubble from the office": a thing or a place, not "from office"
            and not (pair in self.lexicon.support_bare and _with_article(token))
            # (unless the row lists the verb with that particle: "freed up 300 million dollars")
            and not (
                self.lexicon.support[pair] == "aid"
                and " " not in pair[0]
                and _given_otherwise(_verb_phrases(verb, lemma))
            )
        ]
        # a pair bound to its subjects is the more telling ("militants freed the inmates from the jail" is a
        # jailbreak before it is people freed from somewhere), when its own subjects do it (an open pair others bind
        # to subjects is no more telling for any other doer: "the government declared a health emergency")
        fitting.sort(key=lambda match: self._kind_by_subject(verb, match[0]) is None)
        if not fitting:
            return None
        pair, token = fitting[0]
        kind = self._kind_by_subject(verb, pair) or self.lexicon.support[pair]
        if kind == "election" and self._sanction_of_no_vote(verb):
            kind = "coercion"  # "struck the surgeon off the register": a body's sanction, no candidate's
        return kind, token

    def _support_of_subject(self, verb: Any, carried_object: Any) -> bool:
        """Whether the support pair that named the event holds only of listed subjects, or is news with no doer
        named ("all 300 sheep were slaughtered on Tuesday")."""
        keys = ["*"] if carried_object.i == verb.i else [self.lexicon.lemma(carried_object)]
        if carried_object.dep_ == "pobj":
            keys.append(f"{carried_object.head.lower_} {carried_object.lower_}")  # "left on a cargo flight"
        # "started free shuttle buses": the pair the compound made
        keys += [
            f"{c.lower_} {self.lexicon.lemma(carried_object)}"
            for c in children_of(carried_object)
            if c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ == "VBG")
        ]
        return any(
            ((phrase, key) in self.lexicon.support_subjects and (phrase, key) not in self.lexicon.support_open)
            or (phrase, key) in self.lexicon.support_alone
            for phrase in _verb_phrases(verb, self.lexicon.lemma(verb))
            for key in keys
        )

    def _subject_fits(self, verb: Any, pair: tuple[str, str]) -> bool:
        """A pair listed with subjects holds only of them ("the roof caved in", not "the minister caved in"), unless
        another row lists it for any doer."""
        subjects = self.lexicon.support_subjects.get(pair)
        return (
            subjects is None
            or pair in self.lexicon.support_open
            or any(lemma in subjects for lemma in self._subject_lemmas(verb))
        )

    def _of_a_kind_undated(self, verb: Any) -> bool:
        """A verb in the simple present whose subject or object is a bare plural (a kind, not some things counted
        or pointed at), in a sentence the text does not date."""
        auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        # "have stranded here for as long as records exist", "have swarmed since the dams were built": a perfect
        # over a span is a habit too
        over_a_span = any(c.dep_ == "prep" and c.lower_ in ("for", "since") for c in children_of(verb)) or any(
            m.dep_ == "mark" and m.lower_ == "since" for c in _children(verb, "advcl") for m in children_of(c)
        )
        perfect = [c.lower_ for c in auxiliaries] in (["has"], ["have"])
        if not (verb.tag_ in ("VBZ", "VBP") and not auxiliaries) and not (perfect and over_a_span):
            return False
        if not any(c.dep_ in ("nsubj", "dobj") and _bare_plural(c) for c in children_of(verb)):
            return False
        return not self.dates_its_sentence(self.sentence(verb))

    def _kind_by_subject(self, verb: Any, pair: tuple[str, str]) -> str | None:
        """The type the verb's subject gives a pair that rows bind to subjects of different kinds."""
        kinds = self.lexicon.support_subjects.get(pair, {})
        found = next((kinds[lemma] for lemma in self._subject_lemmas(verb) if lemma in kinds), None)
        if found is None and any(key.startswith("@") for key in kinds):
            found = self._kind_for_doer(kinds.items(), _acting_subject(verb), True)  # "farmers took over the hall"
        return found

    def _subject_lemmas(self, verb: Any) -> list[str]:
        """The lemmas a support pair's subject may have: a verb describing a noun ("the roof of a school, caved in")
        has it for subject, and so does a participle completing a verb of finding or leaving ("40 seals were found
        stranded", "the storm left whales stranded")."""
        subject = _child(verb, "nsubj")
        if subject is None and verb.dep_ in ("xcomp", "oprd", "ccomp") and verb.tag_ == "VBN":
            subject = _child(verb.head, "nsubjpass") or _child(verb.head, "dobj")
        if subject is None and verb.dep_ in ("acl", "relcl"):
            subject = verb.head
        if subject is None and verb.dep_ == "conj":
            subject = _child(verb.head, "nsubj")  # "gunmen stormed the station and freed six detainees"
        candidates = [subject] if subject is not None else []
        if verb.dep_ == "acl" and _missed_main_verb(verb):
            candidates.append(_participle_subject(verb))  # "a lorry loaded with gravel ploughed into"
        if subject is not None and subject.dep_ == "pobj":
            candidates.append(subject.head.head)  # "the roof of a factory caved in", parsed onto "factory"
        of = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ == "of"), None) if subject else None
        if of is not None and _child(of, "pobj") is not None:
            candidates.append(_child(of, "pobj"))  # "a section of the roof caved in": the roof gave way
        # a team or a unit named after an animal ("the Miami Dolphins arrived", "Navy SEALs entered") is no animal
        return [self.lexicon.lemma(c) for c in candidates if not _named_after_a_thing(c)]

    def _act_object_kind(self, verb: Any, obj: Any) -> str | None:
        """The type of an act named by the object of a verb that carries acts ("staged a march", "handed
        down a sentence"): the type of the lexicon verb the noun is or derives from ("march",
        "devaluation"), else ``other`` for a noun annotated as an event in news, or a deverbal noun under a
        verb whose object is always an act ("carried out an evaluation"). The learned nouns count only here,
        so a bare noun never floods the output."""
        if not obj.tag_.startswith("NN") or obj.tag_.startswith("NNP") or obj.i in self.actors.mentions:
            return None
        phrases = _verb_phrases(verb, self.lexicon.lemma(verb))
        if not any(p in self.lexicon.event_object_verbs for p in phrases):
            return None
        if self._trade_measure(obj):
            return TRADE_RESTRICTION  # "imposed a cap on anchovy exports", "announced a freeze on new deals"
        noun = self.lexicon.lemma(obj)
        listed = self.lexicon.nouns.get(obj.lower_) if obj.lower_ != noun else None
        if listed is not None and listed.type != "other":
            return listed.type  # "held talks with": the negotiation the lexicon lists, not the plural of "a talk"
        if obj.tag_ == "NNS" and noun == obj.lower_ and noun.endswith("s"):
            noun = noun[:-1]  # "life sentences": a plural the lexicon does not know
        # a noun spelt as a lexicon verb is an act only if news annotators saw it as one ("a march"), not a
        # thing ("launched a new phone")
        concrete = noun in self.lexicon.verbs and noun not in self.lexicon.learned_nouns
        verb_lemma = None if concrete else derived_verb(noun, self.lexicon.verbs)
        if verb_lemma is not None and not self.lexicon.verbs[verb_lemma].reporting:
            return self.lexicon.verbs[verb_lemma].type
        if noun in self.lexicon.learned_nouns:
            return "other"
        if any(p in self.lexicon.deverbal_object_verbs for p in phrases) and noun.endswith(DEVERBAL_SUFFIXES):
            return "other"
        return None

    def _harmed_in(self, verb: Any, lexeme: Trigger | None) -> Any:
        """The disaster noun of "were killed in a stampede", "died in a fire", "injured during the collapse":
        a verb of harm whose "in" phrase names an accident or natural disaster that no one set."""
        if lexeme is None or lexeme.type not in ("attack", "personnel") or lexeme.reporting:
            return None
        if self.lexicon.lemma(verb) not in HARM_VERBS:
            return None
        for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("in", "during")):
            noun = self._event_noun(_child(prep, "pobj"))
            if noun is not None and self.lexicon.nouns[self.lexicon.lemma(noun)].type == "disaster":
                return noun
        return None

    def _harmed_when(self, verb: Any, lexeme: Trigger | None) -> str | None:
        """ "Three miners were killed when a gas explosion ripped through the pit", "four people were hurt as a
        cylinder exploded", "two civilians were killed when troops shelled the village": a verb of harm with no one
        doing it (a passive without "by", or "died") whose "when", "as" or "after" clause tells what harmed them:
        "disaster" for an accident (a verb of disaster whose subject is no bomb or shell, or an accidental
        explosion as its subject), "attack" for an armed act someone did; None otherwise."""
        if lexeme is None or lexeme.type not in ("attack", "personnel") or lexeme.reporting:
            return None
        if self.lexicon.lemma(verb) not in HARM_VERBS or _child(verb, "agent") is not None:
            return None
        subject = _child(verb, "nsubj")
        if subject is not None and self.lexicon.lemma(verb) != "die" and not _elided_passive(verb, subject):
            return None  # "gunmen killed five people when ...": someone did it
        heads = [verb, *(_children(verb, "conj")), *([verb.head] if verb.dep_ == "conj" else [])]
        clauses = [
            c
            for head in heads
            for c in children_of(head)
            if c.dep_ == "advcl"
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in children_of(c))
        ]
        if any(self._accident_clause(clause) for clause in clauses):
            return "disaster"
        if any(self._armed_act_clause(clause) for clause in clauses):
            return "attack"
        return None

    def _armed_act_clause(self, clause: Any) -> bool:
        """Whether a clause tells an armed act someone did: "when troops shelled the village", "as gunmen
        raided the market" (a verb of attack or war with a subject that is no force of nature)."""
        lexeme = self.lexicon.verb_trigger(clause)
        subject = _child(clause, "nsubj")
        if lexeme is None or lexeme.reporting or lexeme.type not in ("attack", "military") or subject is None:
            return False
        return not self._natural_force(subject) and self._event_noun(subject) is None

    def _accident_clause(self, clause: Any) -> bool:
        """Whether a clause tells an accident: "a reactor exploded", "a gas explosion ripped through a mine"."""
        subject = _child(clause, "nsubj")
        noun = self._event_noun(subject) if subject is not None else None
        if noun is not None and noun is subject:
            noun_type = self.lexicon.nouns[self.lexicon.lemma(noun)].type
            return self._blast_kind(noun, noun_type) == "disaster"
        if _vehicles_ran_into(clause):
            return True  # "when 40 cars ran into each other": a road crash
        lexeme = self.lexicon.verb_trigger(clause)
        if lexeme is None or lexeme.reporting:
            return False
        # "when their truck overturned": the row's own type is a verdict overturned; the vehicle makes it a crash
        if self._type_in_context(clause, lexeme, _child(clause, "dobj")) != "disaster":
            return False
        return subject is None or not self._charge(subject)

    def _charge(self, noun: Any) -> bool:
        """A bomb, a grenade, a shell: what is set off on purpose ("a car bomb exploded"), by the lexicon's list."""
        charges = self.lexicon.blast_clues.get("charges", set())
        return self.lexicon.lemma(noun) in charges or noun.lower_ in charges

    def _subject_events(self, sentence: Any) -> dict[int, Any]:
        """Verbs of the lexicon whose subject is an event noun ("the quake hit", "flooding killed 30")."""
        found: dict[int, Any] = {}
        for token in tokens_in(sentence):
            if token.dep_ != "nsubj" or not token.tag_.startswith("NN") or not token.head.tag_.startswith("VB"):
                continue
            verb = token.head
            lemma = self.lexicon.lemma(verb)
            lexeme = self.lexicon.verbs.get(lemma)
            if lexeme is None or lexeme.reporting or lemma in self.lexicon.light_verbs:
                continue
            noun = self._event_noun(token)
            if noun is token and self.lexicon.nouns[self.lexicon.lemma(noun)].type not in ("statement", "other"):
                found[verb.i] = noun
        self._relative_events(sentence, found)
        return found

    def _relative_events(self, sentence: Any, found: dict[int, Any]) -> None:
        """ "A gas explosion that tore through a block on the outskirts of Lodz early yesterday was caused by a
        leak", "the fire, which broke out in a market on Sunday, ...": the relative clause tells what the event
        noun did, so its verb carries the noun as an event, when no verb of the lexicon has the noun for subject."""
        taken = {noun.i for noun in found.values()}
        for token in tokens_in(sentence):
            clause = token.head
            if token.dep_ != "nsubj" or token.lower_ not in ("that", "which") or clause.dep_ != "relcl":
                continue
            noun = self._event_noun(clause.head)
            if noun is None or noun.i != clause.head.i or noun.i in taken or not _told_once(clause):
                continue
            # only the sentence's subject ("a strike in Gaza that killed seven aid workers" after "resigned" is
            # a relative-clause event of its own, joined to the noun by its reference)
            if noun.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if self.lexicon.nouns[self.lexicon.lemma(noun)].type in ("statement", "other"):
                continue
            found[clause.i] = noun
            taken.add(noun.i)

    def _event_noun(self, token: Any) -> Any:
        # an object the tagger took for an adjective is still a noun ("made landfall")
        if token is None or not (token.tag_.startswith("NN") or (token.dep_ == "dobj" and token.tag_ == "JJ")):
            return None
        if token.i in self.actors.mentions:
            return None
        listed = self.lexicon.nouns.get(self.lexicon.lemma(token))
        if listed is not None and (not listed.needs_listed_object or self._has_listed_modifier(token, listed)):
            return token
        if token.lower_ in SPAN_NOUNS:
            # "began three days of mourning", "after weeks of talks": the span is the event's length
            of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            if pobj is not None and pobj.tag_.startswith("NN") and self.lexicon.lemma(pobj) in self.lexicon.nouns:
                return pobj
        compound = next(
            (c for c in children_of(token) if c.dep_ == "compound" and self.lexicon.lemma(c) in self.lexicon.nouns),
            None,
        )
        return compound

    def _act_a_paper_orders(self, paper: Any) -> Any:
        """ "issued a warrant for her arrest", "signed an order for the detention of the mayor": the act the paper
        orders, which whoever issued it did then, as "ordered her arrest" is (so the noun is dated by the issuing
        verb and is no undated act of its own beside it); None for other objects ("a warrant for the house")."""
        if paper is None or self.lexicon.lemma(paper) not in ORDERING_PAPERS:
            return None
        for prep in _children(paper, "prep"):
            if prep.lower_ == "for":
                act = self._event_noun(_child(prep, "pobj"))
                if act is not None:
                    return act
        return None

    def _carrier(self, noun: Any) -> Any:
        """The light verb whose object this noun is, if any (it then came out with the verb)."""
        if noun.dep_ == "dobj" and noun.head.tag_.startswith("VB"):
            verb = noun.head
            lemma = self.lexicon.lemma(verb)
            if lemma in self.lexicon.regarding_verbs:
                return None  # "mourned the massacre": the noun tells the event, the verb only looks back on it
            if self._light(verb) or lemma not in self.lexicon.verbs:
                return verb
        if noun.dep_ == "nsubjpass" and self._passive_carrier(noun.head):
            return noun.head  # "her arrest had been ordered by a judge": told as "ordered her arrest" is
        return None

    def _passive_carrier(self, verb: Any) -> bool:
        """A verb of ordering in the passive, whose subject is the act ordered ("her arrest was ordered by a judge"):
        the same act as its active ("ordered her arrest"), dated by the verb. Not every light verb: a strike "was
        called for Friday" is announced, not done."""
        return (
            verb.tag_ == "VBN"
            and _child(verb, "auxpass") is not None
            and self.lexicon.lemma(verb) in ORDER_VERBS
            and self._light(verb)
        )

    def _light(self, verb: Any) -> bool:
        """A verb that only carries the event its object names: a light verb ("took the call") or a verb
        that carries acts, with its particle ("handed down a sentence", "carried out the raid")."""
        lemma = self.lexicon.lemma(verb)
        if any(c.dep_ == "oprd" for c in children_of(verb)):
            return False  # "called the attack a cowardly act", "declared the vote a sham": naming it, not doing it
        if lemma in self.lexicon.light_verbs:
            return True
        return any(p in self.lexicon.event_object_verbs for p in _verb_phrases(verb, lemma))

    def _subject_carrier(self, noun: Any) -> Any:
        """ "The report came hours after ...": a verb that says nothing but when its subject event was."""
        # ("Culling on the farm was completed on Saturday": a gerund the lexicon lists as a noun, the subject of a
        # clause or of a passive)
        gerund = noun.tag_ == "VBG" and noun.dep_ in ("csubj", "csubjpass", "nsubjpass")
        if (noun.dep_ == "nsubj" or gerund) and noun.head.tag_.startswith("VB"):
            verb = noun.head
            if self.lexicon.lemma(verb) not in self.lexicon.verbs:
                return verb
        if noun.dep_ == "nsubjpass" and noun.head.tag_ == "VBN" and self.lexicon.lemma(noun.head) in HELD_VERBS:
            return noun.head  # "funeral prayers were held at a garrison on Monday": held on its day
        return None

    def _object_lemma(self, dobj: Any) -> str | None:
        if dobj is None:
            return None
        # (a contract or a deal "to build the bridge" says what is traded, no one told to do it)
        if _directs(dobj) and not _permits(dobj) and self.lexicon.lemma(dobj) not in self.lexicon.traded:
            return "directive"  # "its order for residents to stay indoors", not an order for 40 aircraft
        reached = _accessed(dobj)
        if reached is not None:
            return self.lexicon.lemma(reached)
        of = next((c for c in children_of(dobj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        # a share of it is acted on as the thing itself ("cutting most of the island's connection"); not "all":
        # "suspended all of its work in the region" is a charity's act, which "work" would make business
        quantities = (*COUNTING_NOUNS, "most", "half", "part", "much", "bulk", "rest")
        if of is not None and self.lexicon.lemma(dobj) in quantities:
            pobj = _child(of, "pobj")
            if pobj is not None:
                return self.lexicon.lemma(pobj)
        lemma = self.lexicon.lemma(dobj)
        if lemma == "action":
            kinds = [c.lower_ for c in children_of(dobj) if c.dep_ in ("amod", "compound")]
            if any(k not in COLLECTIVE_ACTION_MARKS for k in kinds):
                return f"{kinds[0]} action"  # "joined the legal action": a suit, not the strike under way
        return lemma

    def _investigating_body(self, verb: Any, noun: Any) -> bool:
        """clusters3 class 2: a committee, panel or commission whose name or purpose is to investigate ("a probe
        committee", "a fact-finding team", "a panel ... to look into the collapse"), hung on the noun or on the verb
        that set it up; not "a committee to draft a new constitution"."""
        if self.lexicon.lemma(noun) not in INQUIRY_BODIES:
            return False
        named = " ".join(t.lower_ for t in noun.doc[noun.left_edge.i : noun.i])
        if any(mark in named for mark in INQUIRY_MARKS):
            return True
        purposes = [c for c in (*children_of(noun), *children_of(verb)) if c.dep_ in ("acl", "advcl", "xcomp", "relcl")]
        return any(self._inquiring(p) for p in purposes if p.tag_ == "VB")

    def _inquiring(self, verb: Any) -> bool:
        lemma = self.lexicon.lemma(verb)
        lexeme = self.lexicon.verbs.get(lemma)
        if lexeme is not None and lexeme.type == "investigation":
            return True
        attached = {f"{lemma} {c.lower_}" for c in children_of(verb) if c.dep_ in ("prep", "prt")}
        return lemma in INQUIRING_VERBS or bool(attached & INQUIRING_VERBS)

    def _directive_the_act_is_done_by(self, noun: Any) -> int | None:
        """The verb a directive is the means of, if it is one: "By resolution of 11 May the agency fined the firm",
        "Under a ruling of 5 August, the court froze the assets", "In an order dated March 3, the judge barred the
        union" tell one act twice (a bare noun with a date of its own became a second node).  What a speaker says
        "in a ruling" is the ruling's content, so the ruling stays; and a directive of an earlier year ("under a
        2019 decree") is an older act the new one rests on."""
        if noun.lower_ not in INSTRUMENT_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in MEANS_PREPOSITIONS:
            return None
        verb = noun.head.head
        if not verb.tag_.startswith("VB") or self.lexicon.reporting_verb(verb) or _own_date(noun):
            return None
        return int(verb.i)

    def _in_dated_clause(self, noun: Any) -> bool:
        """ "chose a parliament in an election on Sunday": the verb the noun's phrase hangs on has its own day."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
        return verb is not None and verb.tag_.startswith("VB") and self._dated_clause(verb)

    def _dated_clause(self, verb: Any) -> bool:
        sentence = self.sentence(verb)
        for timex in self.timexes:
            if timex.latest is None or not sentence.start_char <= timex.start < sentence.end_char:
                continue
            span = self.timex_span(timex)
            current = span.root if span is not None and len(span) else None
            for _ in range(3):
                if current is None or current.head is current:
                    break
                current = current.head
                if current.i == verb.i:
                    return True
        return False

    def _irrealis(self, verb: Any) -> bool:
        if stranded_subject(verb) is not None:
            return False  # the sentence's own verb, which the parser hung on its subject's description
        if _record_clause(verb):
            return True
        if _whoever_does(verb):
            return True
        current = verb
        granter = _granted_request(verb)
        if granter is not None:
            # "the governor granted his request to dissolve the legislature": what was asked for is done, when it
            # is granted
            return self._irrealis(granter)
        for _ in range(4):
            if negated(current):
                return True
            for child in children_of(current):
                if child.dep_ == "aux" and (child.lower_ in MODALS or (child.tag_ == "TO" and current.dep_ != "xcomp")):
                    return True  # an infinitive complement is decided by its governor, below
                if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                    return True
            if verb.dep_ in ("amod",) or (
                verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and not _missed_main_verb(verb)
            ):
                # "the law, passed by parliament in March": a participle with its doer and its own date
                # tells what happened, not what something is like
                return not (verb.tag_ == "VBN" and _child(verb, "agent") is not None and self._dated_clause(verb))
            # the subject and tense of "and discussed" are its first conjunct's, unless it has its own
            # ("has not yet mentioned why, but said ...")
            if current.dep_ == "conj" and current.head.tag_.startswith("VB") and current.tag_ in ("VB", "VBG"):
                current = current.head
                continue
            if current.dep_ == "xcomp":
                governor = current.head
                if _started(governor, self.lexicon.lemma(governor)):
                    return self._irrealis(governor)
                return (
                    not governor.tag_.startswith("VB")
                    or self.lexicon.lemma(governor) in self.lexicon.irrealis_governors
                    or self._irrealis(governor)
                )
            if current.dep_ == "pcomp" and current.head.lower_ == "without":
                return True
            if current.dep_ == "pcomp" and current.head.lower_ == "about" and current.tag_ == "VBG":
                return True  # "in talks about selling the airline": what is talked of is not done
            if current.dep_ == "pcomp" and self._offence_charged(current):
                return True  # what an arrest, a charge or an inquiry is for is alleged, no act told of its own
            if current.dep_ == "pcomp" and current.head.lower_ == "from" and self._forbids(current.head.head):
                return True  # "barred the club from registering players": what is forbidden is not done
            if current.dep_ == "ccomp" and current.i > current.head.i and self._wished(current.head):
                # a wish governs the clause after it ("would like to see the opposition win the vote"); a
                # clause before it ("X put Y into orbit, a step it says will help") is a fact the parser hung
                # on the later verb
                return True
            if current.dep_ == "advcl" and _waits_on_what_is_to_come(current):
                # "will review the measures when it meets next Tuesday", "stays in office until the new assembly
                # meets": a clause of time in the present tense under a present or future main clause tells what is
                # still to come (not "the talks resumed when the envoys met", nor a live blog's "troops fire as ...")
                return True
            if current.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("until", "till") for m in children_of(current)
            ):
                # "the ban would remain in force until the airline passed an audit": what is to end a state still to
                # come has not happened (not "the siege lasted until troops stormed the hotel")
                return self._irrealis(current.head)
            break
        return False

    def _offence_charged(self, gerund: Any) -> bool:
        """ "Arrested two traders for selling fish", "charged with taking bribes", "opened an investigation into
        causing an accident": a gerund after a preposition of an arrest, a charge, a fine or an inquiry (the verb's
        own row, or the event noun it carries) names the offence, when it has no time of its own ("for damaging
        the cable early on Wednesday" is the act, dated)."""
        preposition = gerund.head
        if gerund.tag_ != "VBG" or preposition.lower_ not in OFFENCE_PREPOSITIONS or self._dated_clause(gerund):
            return False
        taken = preposition.head
        # "charges under the Active Mobility Act of selling", "faces four charges under the Act of selling": the
        # parser hangs it on the act, and the act on the charges or on the verb they are the object of
        above = taken.head.head if taken.dep_ == "pobj" else None
        alleging = [taken, *([above, *_children(above, "dobj")] if above is not None else [])]
        alleged = any(self.lexicon.lemma(word) in ALLEGING_WORDS for word in alleging)
        if alleged:
            # "a gang accused of killing a prosecutor in March": who did it is alleged, the killing is not
            row = self.lexicon.verbs.get(self.lexicon.lemma(gerund))
            return row is None or row.type not in HARM_DONE_TYPES
        acts = [taken, *(c for c in children_of(taken) if c.dep_ in ("dobj", "nsubjpass"))]
        for act in acts:
            rows = self.lexicon.verbs if act.tag_.startswith("VB") else self.lexicon.nouns
            row = rows.get(self.lexicon.lemma(act))
            if row is not None and not row.reporting and row.type in TAKEN_AGAINST_TYPES:
                return True
        return False

    def _paid_to_people(self, verb: Any, lemma: str, dobj: Any) -> bool:
        """Money (or an amount of goods) given to people: "gave 25,000 shillings to each bereaved family", "paid
        compensation to the victims", "compensation was paid to their relatives" (a payment to a company or for
        a purchase is business, not aid)."""
        if lemma not in PAYING_VERBS:
            return False
        given = dobj if dobj is not None else _child(verb, "nsubjpass")
        if given is None or not (
            _amount(given) or given.ent_type_ == "MONEY" or self.lexicon.lemma(given) in MONEY_NOUNS
        ):
            return False
        recipients = [
            pobj
            for prep in children_of(verb)
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for pobj in children_of(prep)
            if pobj.dep_ == "pobj"
        ]
        recipients += [c for c in children_of(verb) if c.dep_ == "dative"]
        return any(self.lexicon.lemma(r) in AID_RECIPIENTS for r in recipients)

    def _installed_as(self, verb: Any, dobj: Any) -> str | None:
        """openlist2 class 3: someone put in a post, like "took over as": "was installed as archbishop",
        "enthroned as king": ``personnel`` (not "installed cameras as a precaution"), or None. The verbs that take
        a post ("took charge", "assumed office", "took the helm") are the support row post_taken."""
        if verb.lower_ not in INSTALLING_FORMS:
            return None
        installed = _child(verb, "nsubjpass") or dobj
        as_post = [_child(p, "pobj") for p in _children(verb, "prep") if p.lower_ == "as"]
        lemma = self.lexicon.lemma(verb)
        if any(post is not None and (lemma, f"as {post.lower_}") in self.lexicon.support for post in as_post):
            return None  # "appointed a lawyer as administrator of the club": a support row's act (a receivership)
        if any(as_post) and installed is not None and self._acts_on_people(installed):
            return "personnel"
        return None

    def _case_registered(self, verb: Any, dobj: Any) -> Any:
        """openlist2 class 5: a police case registered against someone, as South Asian papers tell it ("police
        registered an FIR against the MLA", "a case was booked under sections ...", "an FIR was lodged", "booked
        three officials for forgery"): the case noun (or the people booked), else None. A bare "case" or
        "complaint" needs whom it is against or the law it is under ("cases of cholera were registered" is
        an outbreak)."""
        if verb.lower_ not in CASE_FILING_FORMS:
            return None
        case = dobj if dobj is not None else _child(verb, "nsubjpass")
        if case is None:
            return None
        if verb.lower_.startswith("book") and self._acts_on_people(case):
            return case  # "booked three officials", "the MLA was booked for cheating"
        word = case.lower_
        compounds = {c.lower_ for c in children_of(case) if c.dep_ == "compound"}
        if word in POLICE_CASE_WORDS or (word == "report" and "information" in compounds):
            return case
        preps = [*_children(verb, "prep"), *_children(case, "prep")]
        if word in CASE_WORDS and any(p.lower_ in ("against", "under") for p in preps):
            return case
        return None

    def _relief_handed_out(self, verb: Any, lemma: str, dobj: Any) -> Any:
        """openlist2 class 2: relief goods handed out, distributed or delivered ("handed out maize flour to 3,000
        families", "distributed tents", "food parcels were delivered to the camp", "delivered 40 tonnes of
        food"), by the lexicon's support rows of type aid: the goods (the measure's "of" noun for an amount, a
        noun whose modifier names them: "food rations"), or None."""
        phrases = _verb_phrases(verb, lemma)
        if _given_otherwise(phrases):
            return None  # "handed over the suspect", "gave up the fight", "gave back the land": another act
        given = dobj if dobj is not None else _child(verb, "nsubjpass")
        if given is None:
            return None
        goods = [given]
        of = next((c for c in children_of(given) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and _child(of, "pobj") is not None:
            goods.append(_child(of, "pobj"))  # "40 tonnes of food", "sacks of flour"
        goods += [c for g in list(goods) for c in children_of(g) if c.dep_ == "conj"]  # "blankets and rice"
        for noun in goods:
            # "food rations", "water purification tablets", "relief supplies": the goods or what they are for
            words = [noun, *(c for c in noun.subtree if c.dep_ == "compound" and c.i < noun.i)]
            if any(self.lexicon.support.get((p, self.lexicon.lemma(w))) == "aid" for p in phrases for w in words):
                return noun
        return None

    def _forbids(self, verb: Any) -> bool:
        """A verb that keeps someone from an act ("banned", "barred", "prevented", "stopped")."""
        return bool(verb.tag_.startswith("VB") and self.lexicon.lemma(verb) in FORBIDDING_VERBS)

    def _wished(self, governor: Any) -> bool:
        """A clause's governor that makes it hypothetical: not a verb of saying ("said that X won" reports
        what happened) but one that is itself unreal ("would like to see", "hopes to see"), or a saying no one
        does ("it is tempting to say the coalition died", "one could say the club was ruined")."""
        if not governor.tag_.startswith("VB"):
            return False
        if self.lexicon.reporting_verb(governor):
            return _said_by_no_one(governor, self.lexicon.lemma)
        if self._courtesy_report(governor):
            return False
        return self._irrealis(governor)

    def _courtesy_report(self, verb: Any) -> bool:
        """An informing infinitive under a courtesy word ("wishes to inform the public that", "is pleased to
        announce that"): a press release's way of telling what happened, not a wish. Negated it tells nothing."""
        if self.lexicon.lemma(verb) not in INFORMING_VERBS or verb.dep_ not in ("xcomp", "advcl"):
            return False
        if not any(child.dep_ == "aux" and child.tag_ == "TO" for child in children_of(verb)):
            return False
        governor = verb.head
        if any(child.dep_ == "neg" for child in children_of(governor)):
            return False
        return governor.lower_ in COURTESY_GOVERNORS or self.lexicon.lemma(governor) in COURTESY_GOVERNORS

    def _wished_object(self, noun: Any) -> bool:
        """The object of a wish or a demand ("wants an election before the end of the year", "demanded a
        recount", "called for a general strike") or of a refusal ("ruled out a referendum"): wanted or excluded,
        not done, whatever date the sentence gives it."""
        governor = noun.head
        if noun.dep_ == "pobj" and governor.lower_ == "for":
            verb = governor.head
            return verb.tag_.startswith("VB") and self.lexicon.lemma(verb) in self.lexicon.wish_for_governors
        if noun.dep_ == "conj":
            return self._wished_object(noun.head)  # "demanded a recount and a new vote"
        if noun.dep_ != "dobj" or not governor.tag_.startswith("VB"):
            return False
        lemma = self.lexicon.lemma(governor)
        if lemma in NEEDING_VERBS and governor.tag_ not in ("VBP", "VBZ"):
            return False  # "the fire required the evacuation of 300 homes": what was needed then was done
        # "rules out a referendum": excluded, not done
        return lemma in self.lexicon.wish_governors or "rule out" in _verb_phrases(governor, lemma)

    def _irrealis_noun(self, noun: Any) -> bool:
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and self.lexicon.lemma(noun.head.head) in HYPOTHETICAL_HEADS
        ):
            return True  # "the risk of military clashes", "the threat of strikes": what might happen
        for child in children_of(noun):
            if child.dep_ == "det" and child.lower_ in IRREALIS_DETS:
                return True
            if child.dep_ == "det" and child.lower_ in ASKING_DETERMINERS and noun.dep_ == "dobj":
                return True  # typed35: "has not said what sanction he faces": which one is asked, none is told
            if child.dep_ == "amod" and child.lower_ in IRREALIS_ADJECTIVES:
                return True
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and noun.head.head.tag_.startswith("VB")
            and self.lexicon.lemma(noun.head.head) in self.lexicon.irrealis_governors - {"be", "have", "use", "make"}
        ):
            return True  # "slated for a release on June 24": planned, not happened
        if self._wished_object(noun):
            return True
        carrier = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ in ("ccomp", "xcomp"):
            carrier = noun.head.head  # "would like to see X beat Y in the election": the clause is a wish
        if carrier is not None and self._looks_back_at(carrier):
            return False
        return carrier is not None and carrier.tag_.startswith("VB") and self._irrealis(carrier)

    def _looks_back_at(self, carrier: Any) -> bool:
        """selfnews8 class 8: "investigators probing the crash of Flight 12", "mourners remembering the victims of the
        attack": a participle describing who examines or recalls an event says what they do, yet what they examine
        happened, though the participle is no news of its own."""
        if carrier.dep_ != "acl" or carrier.tag_ != "VBG" or _child(carrier, "neg") is not None:
            return False
        lemma = self.lexicon.lemma(carrier)
        lexeme = self.lexicon.verbs.get(lemma)
        return lemma in self.lexicon.regarding_verbs or (lexeme is not None and lexeme.type == "investigation")


# the object word of a lexicon row that stands for any noun naming people ("release: {by_object: {people: yield}}"
# holds of "the pupils", "two fishermen", "Ms Diaz")
PEOPLE = "@people"
# the object word of a lexicon row that stands for any proper name of a place ("seize: {by_object: {@place: military}}"
# holds of "Kidal", "the Port of Aden")
PLACE = "@place"
# the subject word of a lexicon row (by_subject, or a support row's subjects) that stands for any noun naming people
# who bear no arms for a state or a cause ("her supporters", "hundreds of farmers", "students"): "@people" holds of
# any people, soldiers too ("burn: {by_subject: {@people: attack}}")
CIVILIANS = "@civilians"
ARMED_MODIFIERS = frozenset({"armed", "mutinous", "uniformed"})
# verbs whose object, told to do something, is commanded ("ordered the firm to pay")
COMMAND_VERBS = frozenset({"order", "direct", "instruct"})
# verbs that are an order only when they say what to do ("directed the ministry to release them", not "directed
# the film")
DIRECTING_VERBS = frozenset({"direct", "instruct"})
# nouns for a part of a group, which the noun before them names ("crew members", "family members")
MEMBER_NOUNS = frozenset({"member", "members"})
INQUIRY = "inquiry"  # the object key of a body set up to investigate (``_investigating_body``)
INQUIRY_BODIES = frozenset({"committee", "panel", "commission", "team", "board", "tribunal", "taskforce", "body"})
INQUIRY_MARKS = ("probe", "inquiry", "enquiry", "investigat", "fact-finding", "fact - finding")
INQUIRING_VERBS = frozenset({"examine", "inquire", "enquire", "look into", "find out", "establish how", "determine"})

# heads of a phrase that names a part of a group ("the last of the men", "dozens of villagers")
PARTITIVES = {
    "last",
    "first",
    "rest",
    "most",
    "all",
    "some",
    "many",
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "group",
    "handful",
    "majority",
    "none",
    "each",
    "both",
    "several",
    "few",
}

# verbs that tell what befell people, whoever or whatever caused it
HARM_VERBS = {"kill", "injure", "wound", "die", "hurt", "trample", "crush", "drown"}

# papers by which an authority orders an act done ("a warrant for his arrest", "a writ for the seizure of")
ORDERING_PAPERS = frozenset({"warrant", "writ", "order"})

SPAN_NOUNS = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}

AMOUNT_NOUNS = {"percent", "per", "%", "share", "stake", "third", "half", "quarter", "majority", "fifth", "lead"}


# what an order keeps people in custody with ("ordered the suspects held", "ordered detained")
CUSTODY_VERBS = frozenset({"hold", "detain", "jail", "imprison", "remand", "lock"})

# nouns whose "of" names what might happen, not what did: "the risk of clashes", "fears of a blockade"
HYPOTHETICAL_HEADS = frozenset(
    {"risk", "threat", "danger", "fear", "prospect", "possibility", "spectre", "specter", "likelihood", "chance"}
)
# "lost to the incumbent": a contest lost to a rival, a vote when the sentence is about one
CONTEST_VERBS = frozenset({"lose"})
# verbs of winning, an election's only when what was won or the sentence says so
WIN_VERBS = frozenset({"win"})
# a verdict on a measure, which a people or its voters give by ballot
VERDICT_VERBS = frozenset({"reject", "approve", "back", "endorse", "vote", "ratify", "defeat"})
# a legislature's "in a vote", "by 38 votes" is its own decision, not a ballot of the people
BALLOT_NOUNS = frozenset({"referendum", "plebiscite", "ballot"})
VOTER_NOUNS = frozenset({"voter", "voters", "electorate", "elector", "electors"})
# forces of nature that strike, hit, kill or bury: their harm is a disaster, not an attack
NATURAL_FORCES = frozenset(
    {
        *("lightning", "thunderbolt", "storm", "thunderstorm", "hailstorm", "snowstorm", "sandstorm"),
        *("blizzard", "typhoon", "hurricane", "cyclone", "tornado", "twister", "wind", "winds", "gust", "hail"),
        *("flood", "floods", "floodwater", "floodwaters", "water", "waters", "torrent", "deluge", "downpour", "rain"),
        *("rains", "surge", "wave", "waves", "tsunami", "landslide", "landslides", "landslip", "mudslide"),
        *("mudslides", "rockfall", "avalanche", "avalanches", "earthquake", "quake", "tremor", "aftershock"),
        *("eruption", "lava", "heatwave", "heat", "wildfire", "bushfire", "blaze"),
    }
)


# wish governors that tell a need: wanted only while it is needed now
NEEDING_VERBS = frozenset({"need", "require", "lack"})

# nouns of armed entry that pests, sickness and weather are also said to make
SWARMED_NOUNS = frozenset({"invasion", "incursion", "onslaught"})


def _personal_pronoun(noun: Any) -> bool:
    """probe15 class 6: "released him from prison", "freed them on Sunday": a pronoun object stands for people
    (the type their row gives people, not a product's); so does "everyone" ("ordered everyone to leave", types19)."""
    return noun is not None and noun.lower_ in ("him", "her", "them", "everyone", "everybody")


def _who_started_it(verb: Any) -> bool:
    """ "each side said the other fired first", "accused the rebels of opening fire first", "blamed each other for
    firing the first shot", "... and that its guards only returned fire": who started a fight is a claim told by
    a speaker or an accuser about a clash the story tells on its own, not a second attack."""
    if verb.dep_ == "conj" and _fired_first(verb.head) and _claimed(verb.head):
        return any(o.lower_ == "fire" for o in _children(verb, "dobj"))  # "... and returned fire": the answer
    return _fired_first(verb) and _claimed(verb)


def _fired_first(verb: Any) -> bool:
    """ "fired first", "opened fire first", "fired the first shot(s)": an act told as the one that began it."""
    return any(c.lower_ == "first" for c in children_of(verb)) or any(
        c.lower_ == "first" for o in _children(verb, "dobj") for c in children_of(o)
    )


def _claimed(verb: Any) -> bool:
    """The clause is what someone said ("said [they fired first]") or what they accused or blamed others of
    ("accused the rebels of [opening fire first]")."""
    if verb.dep_ == "ccomp":
        return bool(verb.head.tag_.startswith("VB"))
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for") and verb.head.head.tag_.startswith("VB")


# who blows himself up: a suicide bomber (probe15 class 5)
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "themselves", "oneself"})
# probe15 class: vehicles that run into each other or into a thing are a crash ("40 cars ran into each other")
VEHICLE_NOUNS = frozenset(
    {
        *("car", "cars", "vehicle", "vehicles", "lorry", "lorries", "truck", "trucks", "bus", "buses", "coach"),
        *("coaches", "minibus", "minibuses", "van", "vans", "train", "trains", "tram", "trams", "tanker", "tankers"),
        *("motorcycle", "motorcycles", "motorbike", "motorbikes", "taxi", "taxis", "suv"),
    }
)
CRASHING_VERBS = frozenset({"ran", "run", "runs", "crashed", "slammed", "smashed", "ploughed", "plowed"})
# what a vehicle runs into in a crash: each other, another vehicle, a fixed thing (a crowd may be an attack)
CRASHED_INTO = frozenset(
    {
        *("other", "another", "wall", "tree", "barrier", "ditch", "pole", "bridge", "river", "ravine", "pillar"),
        *("pylon", "pier", "jetty", "quay", "wharf", "dock", "side", "reef", "rocks"),
    }
)
# one who goes by road on foot or on two wheels, whom a vehicle strikes in an accident (many people, a crowd, may be
# an attack's)
ROAD_USERS = frozenset(
    {"cyclist", "pedestrian", "motorcyclist", "jogger", "rider", "scooter", "schoolboy", "schoolgirl"}
)
# the parts of a ship that strike another in a collision
VESSEL_PARTS = frozenset({"bow", "stern", "hull"})


def _vehicles_ran_into(verb: Any) -> bool:
    """ "About 40 cars and six lorries ran into each other", "two trains ran into each other", "the bus crashed
    into a wall": vehicles as the subject of a verb of running into each other, another vehicle or a fixed
    thing; not into a crowd or people, which may be a ramming attack."""
    if verb.lower_ not in CRASHING_VERBS:
        return False
    subject = _child(verb, "nsubj")
    into = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "into"), None)
    hit = _child(into, "pobj") if into is not None else None
    if subject is None or hit is None or subject.lower_ not in VEHICLE_NOUNS:
        return False
    return hit.lower_ in CRASHED_INTO or hit.lower_ in VEHICLE_NOUNS


def _vehicle_hit_a_thing(verb: Any, subject: Any, acted_on: Any) -> bool:
    """ "Their car hit a tree", "a lorry struck a parked bus", "a tanker hit a fishing boat", "the ferry's bow struck
    the side of a trawler", "a van struck a cyclist", "it was hit by a container ship": a vehicle or a vessel
    striking another craft, a fixed thing or one road user is a crash; a craft driven into people or a crowd may be
    an attack, and stays one."""
    craft, hit = subject, acted_on
    if subject.dep_ == "nsubjpass":
        # "a pedestrian was hit by a bus": the passive's agent struck its subject
        craft = next((o for by in _children(verb, "agent") for o in _children(by, "pobj")), None)
        hit = subject
    if craft is None or hit is None or not _a_craft(craft):
        return False
    return (
        hit.lower_ in CRASHED_INTO | ROAD_USERS
        or _a_craft(hit)
        or (hit.dep_ == "nsubjpass" and hit.lower_ == "it")  # "the pier collapsed after it was hit by a ship"
    )


def _a_craft(noun: Any) -> bool:
    """A vehicle or a vessel, named by its kind ("a tanker", "the container ship"), its name ("cargo ship Dali"), or
    its bow, stern or hull ("the ferry's bow")."""
    if noun.lower_ in VESSEL_PARTS:
        return any(c.dep_ in ("poss", "compound") and _a_craft(c) for c in children_of(noun))
    return noun.lower_ in VEHICLE_NOUNS or noun.lower_.removesuffix("s") in VESSEL_NOUNS or names_a_vessel(noun)


# nouns of an explosion that the lexicon types as an attack unless its sentence says it was an accident
BLAST_NOUNS = frozenset({"blast", "explosion", "detonation"})
# nouns of an undertaking whose modifier names its kind ("search efforts", "rescue operations")
UNDERTAKING_NOUNS = frozenset({"operation", "effort"})
# verbs of something exploding, which an earlier sentence may tell an accident with ("a reactor exploded at a plant")
EXPLODE_VERBS = frozenset({"explode", "blow"})


# the nouns of "in protest at", "in solidarity with", "in retaliation for": the reason another act was done
MOTIVE_NOUNS = frozenset({"protest"})


def _named_by_its_year(noun: Any) -> bool:
    """ "a breach of the 1991 settlement": a past act named by its year is background, as "violated the 1991
    agreement" is, not the news a second-day story tells ("Monday's dissolution")."""
    return any(
        c.dep_ in ("nummod", "compound", "amod") and c.text.isdigit() and len(c.text) == 4 for c in children_of(noun)
    )


def _on_objects(noun: Any, lemma: Callable[[Any], str]) -> set[str]:
    """What an "on" phrase of the noun names ("a run on the lender": lender), which some rows list as its kind."""
    return {
        lemma(p)
        for prep in children_of(noun)
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for p in children_of(prep)
        if p.dep_ == "pobj"
    }


def _motive_of_an_act(noun: Any) -> bool:
    """ "The minister resigned in protest at the cuts", "walked out of the coalition in protest at a reform",
    "boycotted the session in protest against the arrest": a bare "in protest" phrase gives the reason for the
    act it goes with, which is the event; the noun is none of its own."""
    if noun.lower_ not in MOTIVE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    if any(c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in children_of(noun)):
        return False  # "joined in a mass protest", "took part in the protest": the protest is the event
    # the phrase hangs on the act (or on a noun the parser chose before it)
    return bool(noun.head.head.i != noun.head.i)


def _small_clause_states(verb: Any) -> list[Any]:
    """ "found the mayor guilty": the parser reads the object and its state as a clause of their own (the
    adjective a complement with the object for subject); the state completes the verb like a particle."""
    return [c for c in children_of(verb) if c.dep_ == "ccomp" and c.tag_ == "JJ" and _child(c, "nsubj") is not None]


# what share of the votes carried an act ("by unanimity of votes", "by a majority of votes")
SHARES_OF_VOTES = frozenset({"unanimity", "majority"})


def _margin_of_an_act(noun: Any) -> bool:
    """ "Parliament approved the budget by 150 votes to 80", "rejected the motion by a vote of 90 to 60", "passed
    the bill, 31 votes to 24": the tally of the vote the verb tells, not a vote of its own."""
    counted = any(c.dep_ == "nummod" for c in children_of(noun)) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "CD" for g in children_of(c)) for c in children_of(noun)
    )
    if noun.lower_ not in ("votes", "vote"):
        return False
    by = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "by" else None
    share = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if share is not None and share.lower_ in SHARES_OF_VOTES and share.dep_ == "pobj" and share.head.lower_ == "by":
        # "confirmed, by unanimity of votes, the judgment", "approved by a majority of votes" (probe28)
        by, counted = share.head, True
    if not counted:
        return False
    # "declared the winner by 212 votes": the count hangs on the verb or on the object it made (probe28)
    if by is not None and (
        by.head.tag_.startswith("VB") or (by.head.dep_ == "dobj" and by.head.head.tag_.startswith("VB"))
    ):
        return True
    # the count weighed against the other side's ("31 votes to 24", "five votes against two"), wherever it hangs
    against = any(
        c.dep_ == "prep" and c.lower_ in ("to", "against") and any(g.tag_ == "CD" for g in children_of(c))
        for c in children_of(noun)
    )
    return against


def _our_own_reporting(verb: Any, lemma: str) -> bool:
    """ "Privacy lawyers we spoke to expect ...", "analysts we interviewed": the paper telling who it asked."""
    subject = _child(verb, "nsubj")
    return (
        verb.dep_ == "relcl"
        and subject is not None
        and subject.lower_ == "we"
        and lemma in ("speak", "talk", "interview", "contact", "consult", "ask", "survey", "poll", "reach")
    )


def _topic_of_a_text(verb: Any) -> bool:
    """ "a new law on shooting down drones", "a bill on banning smoking", "talks about building a wall": a gerund
    after "on" or "about" right after a noun for rules or talk (wherever the parser hangs the preposition) is
    what they are about."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in ("on", "about", "regarding"):
        return False
    before = verb.doc[verb.head.i - 1] if verb.head.i > 0 else None
    return before is not None and before.tag_.startswith("NN") and before.lower_ in TOPIC_HOLDERS


def _what_they_call_it(verb: Any) -> bool:
    """found29: "near what Indonesians call Pulau Pasir", "in what organisers called the largest protest in a decade":
    a verb whose object is "what" and that gives it a second object or a complement, a name, only tells what a thing
    of the sentence is called; it is no call and no statement ("called the report a lie" names no "what")."""
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "oprd")]
    return len(objects) >= 2 and any(c.tag_ == "WP" and c.lower_ == "what" for c in objects)


def _out_of(prep: Any) -> Any:
    """ "pulled out of the coalition": the parser hangs "of" on "out", read as a preposition; the "of" phrase
    completes the verb."""
    inner = _child(prep, "prep") if prep.lower_ == "out" and _child(prep, "pobj") is None else None
    return inner if inner is not None and inner.lower_ == "of" else prep


def _elided_passive(verb: Any, subject: Any) -> bool:
    """ "Eight were killed and 21 injured": a participle joined to a passive, its "subject" the count of the
    harmed (the parser's reading of the elided "were")."""
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and subject.tag_ == "CD" and _child(verb.head, "auxpass") is not None
    )


def _definite_noun(noun: Any) -> bool:
    """ "the blast", "this explosion": a noun naming again what the text told."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(noun))


# what an order closes: "ordered the plant closed", "ordered the mine shut"
ORDERED_SHUT_VERBS = frozenset({"close", "shut"})
# openlist2 class 1: asking a court or a body to act ("asked the court to ban", "moved the court to quash")
REQUEST_VERBS = frozenset({"ask", "petition", "urge", "request", "implore", "beg", "call", "appeal", "apply", "move"})
COURT_NOUNS = frozenset({"court", "judge", "justice", "tribunal", "bench", "magistrate", "judiciary", "judges"})
# what is written or said about something: "a law on shooting down drones", "talks about building a wall"
TOPIC_HOLDERS = frozenset(
    {
        "law",
        "laws",
        "bill",
        "bills",
        "rule",
        "rules",
        "regulation",
        "regulations",
        "decree",
        "guidelines",
        "policy",
        "proposal",
        "proposals",
        "plan",
        "plans",
        "debate",
        "talks",
        "discussion",
        "discussions",
        "referendum",
        "vote",
        "report",
        "study",
        "consultation",
        "strategy",
    }
)
# what harms by force: a blow dealt "with" one of these is still an attack ("hit the town with shells")
VIOLENT_KINDS = frozenset({"attack", "military", "mass-violence", "disaster"})
# what a deal is called, and the words that make one a deal of trade ("a supply deal", "an offtake agreement")
DEAL_NOUNS = frozenset({"deal", "agreement", "pact", "accord", "memorandum", "contract"})
TRADE_DEALS = frozenset(
    {"supply", "offtake", "sales", "purchase", "purchasing", "licensing", "distribution", "marketing", "commercial"}
)
# what makes a chamber, a council or a panel a court ("the Constitutional Chamber", "an appeals panel")
# the parts a court sits in ("the Second Chamber of the Supreme Court", "a panel of the appeals court")
COURT_PARTS = frozenset({"chamber", "panel", "division", "bench", "section", "senate", "plenary"})
JUDICIAL_MODIFIERS = frozenset({"constitutional", "appeals", "appellate", "cassation", "judicial"})
# what a ruling declares a law, an act or a contract: "declared the decree unconstitutional", "declared it void"
RULED_STANDING = frozenset(
    {"unconstitutional", "constitutional", "illegal", "unlawful", "lawful", "void", "null", "invalid", "inadmissible"}
)
PETITIONED_BODIES = frozenset(
    {"parliament", "council", "commission", "assembly", "legislature", "senate", "congress", "regulator", "ombudsman"}
)
# "what sanction he faces", "which charges they face": the determiners of a question
ASKING_DETERMINERS = frozenset({"what", "which", "whatever", "whichever"})
# all or any of a kind: "all employees who sign", "any trader who sells", "everyone who joins"
EVERY_DETERMINERS = frozenset({"all", "any", "every", "each"})
EVERYONE_WORDS = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever"})
# what people are paid for their work
PAY_NOUNS = frozenset({"pay", "wage", "wages", "salary", "salaries", "earnings", "income", "incomes", "paycheck"})
# the titles a person is addressed by ("the contract with Mr Novak")
ADDRESS_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})
# kinds a decision to act does not make an act of its own (typed35)
UNCOMMITTED_KINDS = frozenset({"other", "statement", "communication"})
# contests a vote and a sport both hold: a vote's only in an article that names one (typed35)
CONTESTS_OF_ANY_KIND = frozenset({"race", "contest"})
# verbs that take a candidate off a vote, and a competitor out of a contest (typed35)
ELIGIBILITY_SANCTIONS = frozenset({"disqualify", "strike", "remove", "drop", "delete", "exclude", "expunge", "bar"})
# who or what stands in a vote: a sentence that names one is about the vote, whatever the verb took them off
CANDIDACY_WORDS = frozenset(
    {"candidate", "candidates", "candidacy", "candidacies", "nominee", "nominees", "ballot", "ballots", "slate"}
    | {"party", "parties"}
)
ELECTORAL_WORDS = frozenset(
    {"presidential", "parliamentary", "legislative", "mayoral", "gubernatorial", "electoral", "municipal", "senate"}
)
# "an opinion poll", "exit polls", "approval polls": a survey of what voters think, not a vote
SURVEY_MODIFIERS = frozenset({"opinion", "exit", "approval", "popularity", "straw", "tracking", "public"})
# "led in the polls", "trailing in polls", "slipped in the polls": standing in surveys over time
STANDING_WORDS = frozenset(
    {
        "lead",
        "led",
        "leading",
        "trail",
        "trailed",
        "trailing",
        "lag",
        "lagged",
        "lagging",
        "ahead",
        "behind",
        "slip",
        "slipped",
        "slide",
        "slid",
        "surge",
        "surged",
        "climb",
        "climbed",
        "rise",
        "rose",
        "fall",
        "fell",
        "gain",
        "gained",
        "improve",
        "improved",
        "dip",
        "dipped",
        "high",
        "low",
        "strong",
        "weak",
        "well",
        "badly",
    }
)


def _accessed(dobj: Any) -> Any:
    """ "blocked access to the website", "restricted access to the app": an online service reached by the access
    is what is acted on (a road or a port reached stays the access, a blockade) (selfnews5 class 4)."""
    if dobj.lower_ != "access":
        return None
    for prep in children_of(dobj):
        if prep.dep_ == "prep" and prep.lower_ == "to":
            pobj = _child(prep, "pobj")
            if pobj is not None and pobj.lower_ in ONLINE_SERVICES:
                return pobj
    return None


def _missed_payment(verb: Any) -> Any:
    """The infinitive of "failed to pay ..." or "failed to make a payment" (a missed payment: the failure is the
    event), or None."""
    for comp in children_of(verb):
        if comp.dep_ != "xcomp" or comp.tag_ != "VB":
            continue
        if comp.lower_ in PAID_VERBS:
            return comp
        dobj = _child(comp, "dobj")
        if comp.lower_ in PAYMENT_CARRIERS and dobj is not None and dobj.lower_.rstrip("s") in PAYMENT_NOUNS:
            return comp
    return None


def _started(governor: Any, lemma: str) -> bool:
    """ "began recounting", "started to evacuate": a told start (not a bare "will begin", which its own
    modal or governor decides) makes its complement happen."""
    return lemma in ASPECTUAL_STARTS and governor.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG")


def _noun_read_as_verb(token: Any) -> bool:
    """ "The bird kill began": the tagger read the second noun of a compound as a present-tense verb with the first
    for subject, and the pair as the subject of the real verb; a verb is never itself a plain subject, so it is a
    noun whose own "subject" right before it, led by a determiner, is its compound."""
    if token.tag_ not in ("VBP", "VB", "VBZ") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    first = next((c for c in children_of(token) if c.dep_ == "nsubj" and c.i == token.i - 1), None)
    return first is not None and first.tag_.startswith("NN") and any(c.dep_ == "det" for c in children_of(first))


# a request granted is done ("granted his request to dissolve parliament"); one approved or accepted may only be
# cleared for later ("approved the request to extradite him")
GRANTING_FORMS = frozenset({"grant", "granted", "grants", "granting"})
REQUEST_NOUNS = frozenset({"request", "requests", "application", "applications", "petition", "petitions", "plea"})


def _granted_request(verb: Any) -> Any:
    """The verb that granted the request whose infinitive ``verb`` is ("granted his request to dissolve the
    legislature", "the request to adjourn was granted"), or None."""
    request = verb.head
    if verb.dep_ != "acl" or request.lower_ not in REQUEST_NOUNS:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb)):
        return None
    granter = request.head
    if request.dep_ in ("dobj", "nsubjpass") and granter.lower_ in GRANTING_FORMS:
        return granter
    return None


def _gerund_as_noun(token: Any, lexicon: Lexicon) -> bool:
    """ "Culling on the farm was completed on Saturday": a gerund with no object, the subject of its clause, that the
    lexicon lists as an event noun is that noun (the parser makes it a clausal subject, or a subject after a time)."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass")
        and token.lower_ in lexicon.nouns
        and _child(token, "dobj") is None
    )


def _survey(noun: Any, lemma: Any) -> bool:
    """A poll that measures opinion rather than counts votes: "opinion polls", "an exit poll", "had led in the
    polls for months".  "Voters went to the polls" and "the polls closed at 8 p.m." are the vote."""
    if lemma(noun) != "poll":
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in SURVEY_MODIFIERS for c in children_of(noun)):
        return True
    preposition = noun.head if noun.dep_ == "pobj" else None
    if preposition is None or preposition.lower_ != "in":
        return False
    governor = preposition.head
    return governor.lower_ in STANDING_WORDS or any(
        c.lower_ in STANDING_WORDS for c in children_of(governor) if c.dep_ in ("advmod", "acomp")
    )


# verbs that open a case for what "for" names: "filed for arbitration", "filed for divorce" (not "called for a
# strike", a demand, nor "voted for the bill")
FILED_FOR_VERBS = frozenset({"file"})


def _object_of_for(verb: Any) -> Any:
    """The noun after "for" that a verb governs ("filed for arbitration"), if any."""
    for_ = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for"), None)
    return _child(for_, "pobj") if for_ is not None else None


def _object_of_to(verb: Any) -> Any:
    """The noun after "to" that a verb governs ("agreed to a truce"), if any."""
    to = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    return _child(to, "pobj") if to is not None else None


# prepositions that, hung on a verb's object, complete the verb ("relieved the warden of his post", "freed the
# inmates from the jail", "appointed the insurer as receiver", "remanded five suspects in custody", "left 40,000
# homes in darkness"): the parser hangs them on the object (or on its partitive's noun) as often as on the verb
OBJECT_PREPOSITIONS = frozenset({"of", "from", "as", "in", "into", "under"})
ARTICLES = frozenset({"the", "a", "an", "this", "that"})


def _object_preps(objects: list[Any]) -> list[Any]:
    """The "of" and "from" phrases hung on a verb's objects, on a name in apposition to them, or on the noun of
    their own "of" phrase ("freed hundreds of inmates from the jail")."""
    nouns = list(objects)
    for noun in objects:
        # "relieved the jail's warden, Mr Tomas Varga, of his post": the name in apposition holds the phrase, or
        # the parser hangs the name on the verb
        nouns += [c for c in children_of(noun) if c.dep_ == "appos"]
        nouns += [c for c in children_of(noun.head) if c.dep_ == "npadvmod" and c.tag_ == "NNP" and noun.dep_ == "dobj"]
    for noun in list(nouns):
        # "freed hundreds of inmates from the jail", "relieved the captain of the frigate of his command"
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and _child(of, "pobj") is not None:
            nouns.append(_child(of, "pobj"))
    return [c for noun in nouns for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS]


def _commanded_to_act(verb: Any, lexicon: Lexicon) -> bool:
    """types19 class 4: "ordered the company to disinfect its towers", "ordered every school to close": a body told
    to do something is bound by an order, a legal act of who gave it, not sold anything ("ordered 40 jets"); people
    told to ("ordered residents to leave") are coerced (the verb's "@people" row)."""
    lemma = lexicon.lemma(verb)
    if lemma in TELLING_VERBS:
        return _told_to_act(verb, _child(verb, "dobj"))  # "told the shops to pull the oil", as "ordered"
    if lemma not in COMMAND_VERBS:
        return False
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        for c in children_of(verb)
    )


def _given_otherwise(phrases: list[str]) -> bool:
    """ "gave away the waters", "handed over the suspect", "gave up food": a particle that makes the giving no
    relief handed out (openlist2 class 2)."""
    # the word after the verb may be odd text (a line break, a symbol): only the last word of a phrase counts
    return bool({p.split()[-1] for p in phrases if len(p.split()) > 1} & OTHER_GIVING_PARTICLES)


def _gerund_noun(token: Any) -> bool:
    """ "introduced water rationing", "rationing was declared": the parser may tag a noun in -ing as a verb when it
    is the object, the passive subject or a bare clause ("declared power rationing"); without a subject, object or
    auxiliary of its own, it names the measure, not an act of the verb."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp")
        and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in children_of(token))
    )


def _bare_complement(verb: Any) -> Any:
    """ "declared rationing yesterday", "declared power rationing": a bare noun the parser hung on the verb as a
    clause of its own (no subject, no auxiliary) is its object."""
    return next(
        (
            c
            for c in children_of(verb)
            if c.dep_ in ("ccomp", "xcomp")
            and (c.tag_ in ("NN", "NNS") or c.tag_ == "VBG")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for g in children_of(c))
        ),
        None,
    )


def _with_article(noun: Any) -> bool:
    """ "from the office", "of a command": a noun with an article, unless named by what it is of ("the post of
    governor", "the rank of colonel")."""
    return any(c.dep_ == "det" and c.lower_ in ARTICLES for c in children_of(noun)) and not any(
        c.dep_ == "prep" and c.lower_ in ("of", "as") for c in children_of(noun)
    )


# fixed phrases after a verb that the parser does not read as one object ("declared two envoys persona non grata")
PHRASE_OBJECTS = ("persona non grata", "personae non gratae")
PHRASE_STARTS = {phrase.split()[0] for phrase in PHRASE_OBJECTS}


def _phrase_start(verb: Any, phrase: str) -> Any:
    """The first token of a fixed phrase after the verb in its sentence (the verb if none)."""
    first = phrase.split()[0]
    return next((t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.lower_ == first), verb)


# a state an act left someone in, told by a verb joined to it ("were freed and remain under investigation")
LEFT_IN_STATE = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
SAIL_FORMS = frozenset({"sail", "sailed", "sailing"})
# what sails: a craft word before or beside a ship's name ("the repair ship X", "X, a cable ship")
CRAFT_WORDS = frozenset(
    {
        "ship",
        "ships",
        "vessel",
        "vessels",
        "boat",
        "boats",
        "ferry",
        "ferries",
        "frigate",
        "frigates",
        "warship",
        "warships",
        "destroyer",
        "carrier",
        "tanker",
        "tankers",
        "freighter",
        "trawler",
        "trawlers",
        "yacht",
        "yachts",
        "liner",
        "cutter",
        "tug",
        "barge",
        "submarine",
        "flotilla",
        "fleet",
        "convoy",
        "icebreaker",
        "schooner",
    }
)
# verbs of a craft's way: in the progressive they tell where it was going when something befell it
CRAFT_WAY_VERBS = frozenset({"sail", "steam", "cruise"})
SURGEONS = frozenset({"surgeon", "surgeons", "doctor", "doctors", "medic", "medics", "hospital", "team", "teams"})
OPERATE_FORMS = frozenset({"operate", "operates", "operated", "operating"})
# what a surgeon operates on when it is not the patient named ("operated on his knee")
BODY_PARTS = frozenset(
    [
        "knee",
        "knees",
        "hip",
        "hips",
        "heart",
        "spine",
        "back",
        "leg",
        "legs",
        "arm",
        "arms",
        "shoulder",
        "shoulders",
        "pelvis",
        "femur",
        "brain",
        "eye",
        "eyes",
        "lung",
        "lungs",
        "liver",
        "kidney",
        "kidneys",
        "ankle",
        "ankles",
        "wrist",
        "wrists",
        "hand",
        "hands",
        "foot",
        "feet",
        "neck",
        "head",
        "skull",
        "face",
        "jaw",
        "stomach",
        "bowel",
        "colon",
        "hamstring",
        "ligament",
        "tendon",
        "elbow",
        "elbows",
        "thigh",
        "chest",
        "abdomen",
        "throat",
        "skin",
        "bone",
        "bones",
        "fracture",
        "fractures",
        "tumour",
        "tumor",
        "appendix",
        "gallbladder",
        "prostate",
        "breast",
    ]
)
# adverbs that, after a verb, are its particle ("brought power back", "handed the verdict down")
PARTICLE_ADVERBS = {"back", "down", "out", "in", "off", "up", "about", "on", "over", "away"}


def _what_it_did(noun: Any, verb: Any) -> list[Any]:
    """ "A fire that broke out in a market in Kano on Sunday destroyed 300 shops": the relative clause's verb
    holds the event's own date and place, so it anchors the event beside the main verb."""
    return [
        clause
        for clause in children_of(noun)
        if clause.dep_ == "relcl"
        and clause.i != verb.i
        and _told_once(clause)
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children_of(clause))
    ]


def _told_once(clause: Any) -> bool:
    """A relative clause in the simple past tells the one time the event happened ("that broke out on Sunday"),
    not a span ("the coups that have swept the region since 2021") nor what may come ("that could spread")."""
    return bool(clause.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(clause)))


def _from_under_object(dobj: Any) -> list[Any]:
    """ "pulled a woman alive from the wreckage": the parser may hang the "from" that completes the verb on the
    state it reads as the object's adjective; those prepositions."""
    if dobj is None:
        return []
    holders = [c for c in children_of(dobj) if c.dep_ == "amod" and c.tag_ == "JJ"]
    return [c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "from"]


def _verb_phrases(verb: Any, lemma: str) -> list[str]:
    """The verb with its particle first, then alone: "carried out" -> ["carry out", "carry"]; a particle
    the parser read as a preposition or adverb ("brought down", "brought power back") counts too."""
    particles = [c for c in children_of(verb) if c.dep_ == "prt"]
    # "made off with the jewels": the particle and the preposition after it make the verb
    phrases = [
        f"{lemma} {c.lower_} {after.lower_}"
        for c in particles
        if c.i + 1 < len(verb.doc) and (after := verb.doc[c.i + 1]).dep_ == "prep" and after.head.i == verb.i
    ]
    phrases += [f"{lemma} {c.lower_}" for c in particles]
    phrases += [f"{lemma} {c.lower_}" for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS]
    if not phrases and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].head.i == verb.i:
        phrases.append(f"{lemma} {verb.doc[verb.i + 1].lower_}")  # "brought down" read as a preposition
    return [*phrases, lemma]


def _particle(verb: Any, lexeme: Trigger) -> str | None:
    """The verb's particle; also a word of the lexeme's particles right after the verb that the parser took
    for a preposition or adverb ("swore in a retired general", "shut down the plant")."""
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    if particle is not None:
        return str(particle)
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        following is not None
        and following.head.i == verb.i
        and following.dep_ in ("prep", "advmod")
        and any(word == following.lower_ for word, _ in lexeme.by_particle)
    ):
        return str(following.lower_)
    return None


def _name_read_as_verb(token: Any) -> bool:
    """ "the town of Tell Ghazala": a capitalised word inside a name the recogniser found, mid-sentence, that the
    tagger took for a verb ("Tell", "Say", "Hope") is a word of that name."""
    return (
        token.text[:1].isupper()
        and token.i != token.sent.start
        and token.ent_type_ in ("PERSON", "GPE", "ORG", "LOC", "FAC", "NORP")
        and token.dep_ in ("pobj", "compound", "nsubj", "dobj", "appos")
    )


def _whoever_does(verb: Any) -> bool:
    """typed35 class 5: "reopen the factory to all employees who sign a return-to-work register", "any trader who
    sells the formula will be fined", "everyone who joins the strike": a relative clause in the present on all or any
    of a kind says whom a rule, an order or an offer holds for; it tells no one's act (not "the rebels who attacked the
    town")."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ") or _child(verb, "aux") is not None:
        return False
    kind = verb.head
    return kind.lower_ in EVERYONE_WORDS or any(
        c.dep_ in ("det", "predet") and c.lower_ in EVERY_DETERMINERS for c in children_of(kind)
    )


def _direction_of_the_same_order(verb: Any, lemma: Any) -> bool:
    """ "the court directed the company to reopen the factory and directed both parties to attend conciliation": a
    second direction joined to the first, with no doer of its own, is part of the same order (the parser may join it
    to a verb inside the first one's object: "all employees who sign a register and directed ...")."""
    if verb.dep_ != "conj" or _child(verb, "nsubj") is not None:
        return False
    return any(lemma(above) == lemma(verb) for above in verb.ancestors)


def _says_what_to_do(verb: Any) -> bool:
    """ "directed the ministry to release them", "was directed by the court on Monday to reopen": an infinitive
    after the verb says what its object is to do (the passive's may hang as a clause of purpose)."""
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.tag_ == "TO" for a in children_of(c))
        for c in children_of(verb)
    )


def _pay_lost(verb: Any, dobj: Any, lemma: Any) -> bool:
    """typed35 class 5: "the workers lost about a week and a half of pay", "lost a month's wages", "lost most of
    their income": pay lost through a strike or a closure is a cost the text states, no happening of its own (not "lost
    a pay dispute", where the pay only names the dispute; a firm's "lost 2 billion euros" is its results)."""
    if lemma(verb) != "lose":
        return False
    # the parser may take a length of time lost for an adverb ("lost a week and a half of pay")
    lost = [*([dobj] if dobj is not None else []), *_children(verb, "npadvmod")]
    return any(word.lower_ in PAY_NOUNS and word.dep_ != "compound" for noun in lost for word in noun.subtree)


def _titles_of_name(noun: Any) -> list[Any]:
    """ "fired head coach Jane Doe", "dismissed manager John Smith": the lower-case title words before a person's
    name say what the object is, as "fired the coach" would (selfnews7 class 3)."""
    if noun.ent_type_ != "PERSON" or not noun.tag_.startswith("NNP"):
        return []
    return [c for c in children_of(noun) if c.dep_ == "compound" and c.is_lower and c.tag_.startswith("NN")]


def _missed_main_verb(verb: Any) -> bool:
    """ "Part of a tunnel caved in on Monday", "The regional parliament approved on Friday": a sentence the tagger
    left without a finite verb, its past tense read as a participle describing the noun before it. The participle
    is then its clause's main verb: no auxiliary, no other verb in that clause, and the noun it hangs on (or the noun
    whose "of" phrase that is) stands where the clause's verb would, as the sentence's root or a clause's head."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return False
    head = verb.head
    while head.dep_ in ("pobj", "prep") and head.head.i < head.i:
        head = head.head
    while head.dep_ == "dobj" and head.head.tag_.startswith("NN") and head.head.i == head.i - 1:
        head = head.head  # "Chlorine gas leaked": a noun taking the next as its object is one compound noun misread
    head = _past_described_subject(head)
    if not head.tag_.startswith("NN") or head.i > verb.i:
        return False
    # the noun stands where a clause's verb would: the sentence's root, or a clause hung on another verb ("were
    # trapped when part of a tunnel caved in"); or it is the subject of a participle the parser made the root
    # ("X, the shipbuilder that employs 3,000 people, filed for receivership on Monday, saying ...")
    participle_root = (
        head.dep_ == "nsubj"
        and head.head.dep_ == "ROOT"
        and (head.head.tag_ == "VBG" or _state_participle_root(head.head, verb))
        and not any(c.dep_ in ("aux", "auxpass") for c in children_of(head.head))
    )
    # "Ammonia leaked from a tank on Monday, officials said": the parser hung the noun, as an adverbial or a loose
    # dependent, on the attribution after the clause; the noun is the clause's subject and the participle its verb
    before_attribution = head.dep_ in ("npadvmod", "dep") and head.head.i > verb.i and head.head.tag_.startswith("VB")
    # "A lorry ploughed into a crowd on Monday, police said": the noun made a second subject of the attribution
    before_attribution = before_attribution or _second_subject_of_attribution(head, verb)
    if head.dep_ not in ("ROOT", "advcl", "ccomp", "conj") and not participle_root and not before_attribution:
        return False
    return not any(_clause_verb_of(t, head, verb) for t in head.subtree)


def _state_participle_root(root: Any, verb: Any) -> bool:
    """ "X Air, a low-cost airline, filed for bankruptcy on Monday after talks collapsed, leaving thousands of
    passengers stranded": the parser made the state the clause leaves people in ("stranded", "homeless") the
    sentence's root, a past participle after the true verb with that verb's subject for its own (selfnews7 class
    4)."""
    if root.tag_ not in ("VBN", "VBD") or root.i < verb.i:
        return False
    return any(token.tag_ == "VBG" for token in root.doc[verb.i + 1 : root.i])


def _participle_subject(verb: Any) -> Any:
    """The noun a participle misread for its clause's main verb hangs on: that clause's subject."""
    head = verb.head
    while head.dep_ in ("pobj", "prep") and head.head.i < head.i:
        head = head.head
    return _past_described_subject(head)


def _past_described_subject(head: Any) -> Any:
    """ "A lorry loaded with gravel ploughed into the crowd": the participle after a first, true one ("loaded with
    gravel") hangs inside it; the noun the first one describes is the subject of both."""
    while head.dep_ == "acl" and head.tag_ == "VBN" and head.head.i < head.i and head.head.tag_.startswith("NN"):
        head = head.head
        while head.dep_ in ("pobj", "prep") and head.head.i < head.i:
            head = head.head
    return head


def _second_subject_of_attribution(head: Any, verb: Any) -> bool:
    """ "A lorry ploughed into a crowd on Monday, police said": the parser made the clause's subject a second
    subject of the attribution after it, which has its own subject after the participle."""
    governor = head.head
    return (
        head.dep_ == "nsubj"
        and governor.i > verb.i
        and governor.tag_.startswith("VB")
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in children_of(governor))
    )


def _clause_verb_of(token: Any, head: Any, verb: Any) -> bool:
    """Whether a token is a verb of the clause a noun heads, outside the participle ``verb`` and outside the
    relative clauses that describe a noun ("the shipbuilder that employs 3,000 people")."""
    if not token.tag_.startswith("VB") or token.dep_ in ("amod", "compound"):
        return False
    current = token
    while current.i != head.i:
        if current.i == verb.i or current.dep_ in ("relcl", "acl"):
            return False
        current = current.head
    return True


# Kinds of scheduled, recurring news that a text names with "the" or its day when it is the news ("the
# election", "Sunday's vote"); "an election" is one named in passing: any one, one to come, or one the text
# does not date ("was declared the winner of an election", "called for an election").
PASSING_KINDS = frozenset({"election"})


def _indefinite(noun: Any) -> bool:
    """ "an election", "a vote": the noun's determiner is the indefinite article."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(noun))


def _amount(dobj: Any) -> bool:
    """ "19 percent of the market", "a third", "a majority stake": an amount, not a thing or a person."""
    if dobj is None:
        return False
    return dobj.like_num or dobj.lower_ in AMOUNT_NOUNS or any(c.like_num for c in children_of(dobj))


# what a court or an authority says it found, told in a participle beside its act ("..., ruling that they might flee")
GROUNDS_VERBS = frozenset({"rule", "find", "conclude", "hold", "decide", "judge"})


def _grounds_of_the_act(verb: Any, lemma: Any) -> bool:
    """dups23 class 2: "ordered eight suspects held in custody for a month, ruling that they might flee", "acquitted
    the mayor, finding that the evidence was weak": the participle tells why the act was done, by its doer, in the
    act's own breath; the act is the one event (not "..., ruling out a deal", no "that" clause of findings)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or lemma(verb) not in GROUNDS_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "prt") for c in children_of(verb)):
        return False
    return verb.head.tag_.startswith("VB") and any(c.dep_ == "ccomp" for c in children_of(verb))


# dups23 class 2: a sanction on a club, a player or a firm, and what of theirs it puts off or voids beside it
SANCTIONING_VERBS = frozenset({"suspend", "ban", "bar", "expel", "exclude", "disqualify", "relegate", "sanction"})
UNDOING_VERBS = frozenset({"postpone", "cancel", "call off", "defer", "annul", "void", "scrap", "put off"})

# dups22 class 1: a money penalty and the remedies ordered beside it
PENALISING_VERBS = frozenset({"fine", "penalise", "penalize"})
PENALTY_NOUNS = frozenset({"fine", "penalty", "surcharge"})
REMEDY_ORDERING_VERBS = frozenset({"order", "require", "direct", "instruct"})
REMEDY_NOUNS = frozenset({"measure", "measures", "action", "remedy", "remedies", "change", "changes", "step", "steps"})


# the words that rank an act against every earlier one even where the tagger took them for no superlative
RECORD_WORDS = frozenset({"first", "largest", "worst", "deadliest"})


def _record_clause(verb: Any) -> bool:
    """dups22 class 1: "fined the company 148 billion won, the largest penalty it has imposed on a company", "the fine
    is the biggest the regulator has handed to a bank": a perfect relative clause on a superlative set beside an act
    told in its own words ranges over every such act, a record rather than another act.  Not "It was the largest
    strike the army has launched": there the clause is what tells the act."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in children_of(verb)
    ):
        return False
    ranked = verb.head
    if ranked.tag_ in ("JJS", "RBS"):
        return True
    superlative = any(
        (c.dep_ == "amod" and c.tag_ in ("JJS", "RBS")) or c.lower_ in RECORD_WORDS for c in children_of(ranked)
    )
    return superlative and ranked.dep_ in ("appos", "npadvmod")


def _since_clause(verb: Any) -> bool:
    """ "... since it was launched in 2020": the clause that opens the span a record is counted over."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(verb))


def _misattached_infinitive(verb: Any) -> bool:
    """ "decided at its plenary meeting held on 25 May to impose a penalty": an infinitive the parser hung, as a
    clause, on a participle describing the object of a preposition of the verb it completes."""
    described = verb.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb)):
        return False
    if described.dep_ != "acl" or described.tag_ != "VBN" or described.head.dep_ != "pobj":
        return False
    prep = described.head.head
    return bool(prep.dep_ == "prep" and prep.head.tag_.startswith("VB"))


# dups22 class 2: what opens and closes for trading every day, and the words that make a close a move
SESSION_VERBS = frozenset({"open", "close"})
TRADING_VENUES = frozenset({"exchange", "market", "markets", "bourse", "bourses", "trading", "session"})
PRICE_MOVES = frozenset({"down", "up", "higher", "lower", "%", "percent", "cent", "pct"})


def _market_session(verb: Any, lemma: str) -> bool:
    """ "The stock, which closed at A$3.12 on Monday, ...": the price a share ended a day at, told beside the news,
    is no event (a close told with its move, "closed at 45 pence, down 12%", stays one); "half an hour before the
    exchange opened": a trading day's opening or close that times another act is its clock, not news (an
    exchange that "opened late after a power cut" is told for itself, in no such clause)."""
    if lemma not in SESSION_VERBS:
        return False
    at_price = [
        c
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "at" and any(t.like_num or t.ent_type_ == "MONEY" for t in c.subtree)
    ]
    if at_price:
        rest = [t for c in children_of(verb) if c not in at_price for t in c.subtree]
        return verb.dep_ == "relcl" or not any(t.lower_ in PRICE_MOVES for t in rest)
    subject = _child(verb, "nsubj")
    if subject is None or subject.lower_ not in TRADING_VENUES:
        return False
    timing = [c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS | {"as"}]
    return bool(timing) or (verb.dep_ == "pcomp" and verb.head.lower_ in TIME_CLAUSE_MARKS)


# verbs that fix the day of an event their object names: "called an election for May 3", "set polls for October"
CALLING_VERBS = frozenset({"call", "set", "schedule", "fix", "announce", "slate"})


FUTURE_CLAUSE_MARKS = TIME_CLAUSE_MARKS | {"while"}


def _waits_on_what_is_to_come(clause: Any) -> bool:
    """A clause of time whose verb is in the present tense ("when it meets", "until the council has met", "once
    the pipeline opens") under a main clause in the present or the future: the act is still to come."""
    if not any(m.dep_ in ("mark", "advmod") and m.lower_ in FUTURE_CLAUSE_MARKS for m in children_of(clause)):
        return False
    finite = [clause, *(c for c in children_of(clause) if c.dep_ in ("aux", "auxpass"))]
    if not any(t.tag_ in ("VBZ", "VBP") for t in finite) or any(t.tag_ == "VBD" for t in finite):
        return False
    main = clause.head
    main_finite = [main, *(c for c in children_of(main) if c.dep_ in ("aux", "auxpass"))]
    if any(t.tag_ == "VBD" for t in main_finite):
        return False
    return any(t.tag_ in ("VBZ", "VBP") or t.lower_ in MODALS for t in main_finite)


def _said_by_no_one(verb: Any, lemma: Any) -> bool:
    """A verb of saying under "it is tempting (fair, easy) to" or a modal ("one could say", "would say"): what it
    says is no one's report of what happened."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children_of(verb)):
        return True
    governor = verb.head
    return (
        verb.dep_ == "xcomp"
        and lemma(governor) == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(governor))
        and any(c.dep_ == "acomp" for c in children_of(governor))
    )


def _passive_agent(verb: Any) -> Any:
    """The doer a passive names with "by" ("ordered on Monday by a court in Lima": the court), or None."""
    agent = _child(verb, "agent")
    return None if agent is None else _child(agent, "pobj")


def _crime_of_a_verdict(verb: Any, lemma: Callable[[Any], str]) -> bool:
    """ "found guilty of embezzling public funds", "convicted of siphoning off club funds": the gerund a verdict
    names is the crime it was given for, told with the verdict, no act of its own on the verdict's day."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return False
    holder = verb.head.head
    return holder.lower_ in VERDICT_WORDS or lemma(holder) in VERDICT_WORDS


VERDICT_WORDS = frozenset({"guilty", "innocent", "convict", "acquit", "clear"})


def _acting_subject(verb: Any) -> Any:
    """Who does what the verb says: its own subject or, for a participle that goes on from its clause with none
    ("Investigators searched the office, seizing computers"), the subject of that clause."""
    own = _child(verb, "nsubj")
    if own is not None or _child(verb, "nsubjpass") is not None:
        return own
    if (
        verb.dep_ in ("advcl", "conj")
        and verb.tag_ in ("VBG", "VBD")
        and not any(c.dep_ == "mark" for c in children_of(verb))
    ):
        return _child(verb.head, "nsubj")
    return None


def _called_for_a_day(lemma: str, noun: Any) -> bool:
    """ "called an early election for November 19", "set snap polls for October 3": the verb's act is today's, the
    vote it calls for a day is a later one (planned), whatever tense the calling verb has.  (A strike called for
    Tuesday is often under way by the time it is read of: it stays an event of its day.)"""
    if lemma not in CALLING_VERBS:
        return False
    for owner in (noun.head, noun):
        for prep in children_of(owner):
            if prep.dep_ == "prep" and prep.lower_ == "for":
                pobj = _child(prep, "pobj")
                if pobj is not None and pobj.ent_type_ == "DATE":
                    return True
    return False


def _awaited(noun: Any) -> bool:
    """ "dissolved ahead of snap polls", "campaigning ahead of the vote": what a clause happens ahead of is still
    to come (planned: a node only when the text dates it after the report)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    ahead = noun.head.head
    return bool(ahead.lower_ == "ahead" and not _own_date(noun))


def _on_a_schedule(noun: Any) -> bool:
    """typed34 class 5: an event noun said now to be set, due or expected ("A creditors' meeting is expected in
    October", "the referendum is set for June 12", "the funeral is due to take place on Saturday") is still to
    come, as "a vote scheduled for Tuesday" is; not "the vote was expected", "the strike was set to end" told of
    the past."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    governor = next((c for c in children_of(verb) if c.dep_ == "acomp"), verb)  # "are due": the copula's complement
    if governor.lower_ not in SCHEDULE_PARTICIPLES | {"expected"}:
        return False
    if governor.lower_ == "due" and not _children(governor, "xcomp"):
        return False  # "are due on October 4": the tagger reads the bare day as past (only "due to" looks ahead)
    tensed = [
        c for c in (verb, *children_of(verb)) if c.dep_ in ("aux", "auxpass", "ROOT", "ccomp", "conj") or c is verb
    ]
    present = any(t.lower_ in PRESENT_BE | {"will", "'ll", "’ll"} for t in tensed)
    return present and not any(c.dep_ == "neg" for c in (*children_of(verb), *children_of(governor)))


# what one does to an event before it happens: "are planning a protest on Saturday", "is preparing a strike"
PLANNING_VERBS = frozenset({"plan", "planning", "planned", "plans", "prepare", "preparing", "prepares", "prepared"})
PLANNING_VERBS |= frozenset({"schedule", "scheduling", "schedules", "scheduled"})
# ... and what, in the present or the future, sets one up ("are organising a march on Sunday"); in the past it
# tells the event itself ("organised a march on Sunday")
ORGANISING_VERBS = frozenset({"organising", "organizing", "organise", "organize", "organises", "organizes"})
ORGANISING_VERBS |= frozenset({"arranging", "arrange", "arranges"})


def _being_planned(noun: Any) -> bool:
    """ "The farmers are planning a protest in Lyon on Saturday", "the union is preparing a strike", "residents are
    organising a march on Sunday": an event planned, which has not happened (a node only when the text dates it
    after the report, as a scheduled one)."""
    return noun.dep_ == "dobj" and _a_planning_verb(noun.head)


def _a_planning_verb(governor: Any) -> bool:
    """ "planning", "preparing", "scheduled", or "organising" in the present or the future."""
    if governor.lower_ in PLANNING_VERBS:
        return True
    progressive = governor.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in PRESENT_BE | FUTURE_AUXILIARIES for c in children_of(governor)
    )
    return governor.lower_ in ORGANISING_VERBS and progressive


# what a body issues and others then obey, defy or fall outside of
DIRECTIVE_NOUNS = frozenset({"order", "directive", "instruction", "decree", "ruling", "ban", "decision", "injunction"})
# the directives an act is done by, and the prepositions that say so ("by resolution of", "in an order dated")
INSTRUMENT_NOUNS = DIRECTIVE_NOUNS | {"resolution", "judgment", "judgement", "verdict"}
MEANS_PREPOSITIONS = frozenset({"by", "in", "under", "through", "via", "with"})
# the prepositions that relate one act to another in time: "after the court's ruling" dates what followed it
TIME_PREPOSITIONS = frozenset({"after", "before", "following", "since", "until", "till", "ahead", "pending"})


def _a_directive_named_by_its_issuer(noun: Any) -> bool:
    """ "Small dams are not covered by the ministry's order", "have not complied with the regulator's order", "exempt
    from the council's ban": a directive named by its issuer's possessive, with no day of its own, under a
    preposition that tells how something stands towards it, refers to the directive the story told; it is no new
    act (and typed by its sense alone, an "order" becomes a purchase). "After the court's ruling" still relates two
    acts in time, and "the ministry's order on Thursday" tells its own."""
    if noun.lower_ not in DIRECTIVE_NOUNS or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ in TIME_PREPOSITIONS or not any(c.dep_ == "poss" for c in children_of(noun)):
        return False
    return not _own_date(noun) and not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)


def _own_date(noun: Any) -> bool:
    """ "the 1991 agreement", "last year's election", "the 2004 tsunami": a noun dated by its own modifier."""
    for child in children_of(noun):
        if child.dep_ in ("det", "prep", "relcl", "acl", "punct", "cc", "conj", "appos"):
            continue
        if child.ent_type_ == "DATE" or (child.like_num and len(child.text) == 4 and child.text.isdigit()):
            return True
    return False


# what a copula says of a kind of event that happens often ("are something of a tradition", "have become the norm")
CUSTOM_NOUNS = frozenset({"tradition", "norm", "custom", "ritual", "habit", "occurrence", "fact", "feature"})
COPULA_FORMS = frozenset(
    {"is", "are", "was", "were", "be", "been", "become", "becomes", "became", "remain", "remains", "remained"}
)


def _kind_of_event_said_common(noun: Any) -> bool:
    """ "Nationalisations on May Day are something of a tradition", "Strikes are common in spring": a bare plural
    that a copula calls common names a kind of event, none that happened on a day."""
    if (
        noun.tag_ != "NNS"
        or noun.dep_ != "nsubj"
        or any(c.dep_ in ("det", "nummod", "poss") for c in children_of(noun))
    ):
        return False
    copula = noun.head
    if copula.lower_ not in COPULA_FORMS:
        return False
    said = [c for c in children_of(copula) if c.dep_ in ("attr", "acomp")]
    return _habitual(copula) or any(t.lower_ in CUSTOM_NOUNS for c in said for t in c.subtree)


# what a price or a level reaches or hits ("crude reached a record high", "oil hit $100"), not a coast
LEVEL_WORDS = frozenset({"high", "low", "record", "level", "peak", "barrel", "price", "mark", "threshold"})


def _named_after_a_thing(noun: Any) -> bool:
    # a capitalised plural inside a sentence is a name ("the Chicago Bears"); a singular one may be a named structure
    # ("the Kakhovka Dam gave way")
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    inside = before is not None and not before.is_punct
    # (not an abbreviation: "opposition MPs rose" are members of parliament)
    title_case = noun.text[:1].isupper() and noun.text[1:2].islower()
    named_plural = title_case and inside and (noun.tag_ == "NNS" or noun.text.endswith("s"))
    return (noun.tag_ == "NNPS" and title_case) or named_plural


def _reaches_an_amount(verb: Any) -> bool:
    """ "Brent crude reached $90", "oil hit a record high", "crude spread to 3 percent": a price's move, not matter
    arriving somewhere."""
    levels = [
        o
        for p in _children(verb, "prep")
        if p.lower_ in ("to", "at", "above", "below", "past")
        for o in _children(p, "pobj")
    ]
    reached = [*_children(verb, "dobj"), *levels]  # not a date ("took jewels from a museum in 2019")
    return any(
        o.like_num or o.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") or o.lower_ in LEVEL_WORDS
        for o in reached
    )


# verbs that find or report a state of things ("found whales stranded", "spotted a bear wandering")
FINDING_VERBS = frozenset({"find", "spot", "discover", "see", "sight", "notice", "observe", "report"})


def _state_found(verb: Any, lemma: Any) -> bool:
    """ "a ranger found 180 whales stranded on the beach", "spotted the pod stranded along the shore": a participle
    describing what a verb of finding took for object is what was found to have happened, not a description."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or _child(verb, "agent") is not None:
        return False
    noun = verb.head
    return noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in FINDING_VERBS


def _completes_finding(verb: Any) -> bool:
    """ "40 seals were found stranded", "rangers found the bear dead": a participle whose subject is the object of the
    verb it completes, a state the finding reports."""
    return verb.tag_ == "VBN" and verb.dep_ in ("xcomp", "oprd") and _child(verb, "nsubj") is None


def _bare_plural(noun: Any) -> bool:
    """A plural with no article, count or owner: a kind ("seals", "coups"), not some things counted or pointed at."""
    return bool(noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in children_of(noun)))


def _kinds_in_general(noun: Any) -> bool:
    """ "Coups in five countries have undermined democracy", "a region that has seen kidnappings for years": a bare
    plural, subject or object of a verb in the perfect or the present, names events of a kind over a span, none
    that happened on a day (a plural told as news has a verb of its own: "protests erupted")."""
    if not _bare_plural(noun) or noun.dep_ not in ("nsubj", "dobj") or not noun.head.tag_.startswith("VB"):
        return False
    verb = noun.head
    if verb.lower_ in COPULA_FORMS:
        return False  # "elections are due in the autumn": one planned (a copula calling them common: above)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children_of(verb))
    return perfect or verb.tag_ in ("VBZ", "VBP")


def _comparison(noun: Any) -> bool:
    """ "It was the biggest strike since 2022": a predicate that ranks an event told elsewhere, not a new one."""
    return noun.dep_ == "attr" and any(c.tag_ in ("JJS", "RBS") or c.lower_ in RECORD_WORDS for c in children_of(noun))


def _characterisation(noun: Any) -> bool:
    """ "called the affair an ordinary maritime accident", "described the sinking as a tragic accident": what a
    speaker calls a thing told by the verb's object, not another event."""
    if noun.dep_ == "oprd":
        return _child(noun.head, "dobj") is not None
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head
        return verb.tag_.startswith("VB") and _child(verb, "dobj") is not None
    return False


# how far off a thing is: "the storms were 200 kilometres away", "the fire was still far from the town"
DISTANCE_WORDS = frozenset({"away", "far", "distant", "offshore"})


def _where_it_was(noun: Any) -> bool:
    """ "The storms were more than 200 kilometres away", "the hurricane was still far out at sea": where a storm or a
    fire was, told by "be" and how far off: a state, no happening (one that struck is told by its own verb)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lower_ not in ("was", "were", "is", "are", "'s", "’s", "been"):
        return False
    return any(c.lower_ in DISTANCE_WORDS for c in children_of(verb) if c.dep_ in ("advmod", "acomp", "npadvmod"))


def _acts_on_a_thing(verb: Any) -> bool:
    """ "Burned the workshop", "the hall was occupied by students": the verb's doer acts on something other than
    their own body ("burned to death", "burned their hands" tell what befell them)."""
    acted_on = _child(verb, "dobj")
    if acted_on is None:
        return _patient(verb) is not None and _passive_agent(verb) is not None
    return acted_on.lower_ not in BODY_PARTS and acted_on.lower_ not in REFLEXIVE_PRONOUNS


def _patient(verb: Any) -> Any:
    """What a verb without a direct object acts on: the subject of a passive ("the suspects were captured") or
    the noun its relative clause describes ("the first attack Iran has launched")."""
    passive = _child(verb, "nsubjpass")
    if passive is not None:
        return passive
    if verb.dep_ == "conj" and _child(verb, "auxpass") is not None and _child(verb, "nsubj") is None:
        return _child(verb.head, "nsubj") or _child(verb.head, "nsubjpass")  # "had contacts and were captured"
    if elided_passive_conjunct(verb):
        return _child(verb.head, "nsubjpass")
    if verb.dep_ == "relcl" and verb.head.tag_.startswith("NN") and _child(verb, "nsubj") is not None:
        return verb.head
    return None


# what an authority places a body, a person or a place under ("under provisional administration", "under curfew")
RECEIVERSHIP_NOUNS = frozenset(
    {"administration", "receivership", "management", "curatorship", "conservatorship", "trusteeship", "supervision"}
)
CONTROL_NOUNS = RECEIVERSHIP_NOUNS | {
    *("guardianship", "surveillance", "investigation", "quarantine", "lockdown", "curfew"),
    *("sanction", "sanctions", "embargo", "custody", "detention", "protection"),
}


def _placed_under_control(verb: Any, lemma: Any) -> str | None:
    """ "placed the lender under provisional administration", "was put under curfew": with "place"/"put", the
    word of an "under" phrase naming an authority's control (not "placed an order", "put under pressure")."""
    if lemma(verb) not in ("place", "put") or not verb.tag_.startswith("VB"):
        return None
    under = [p for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "under"]
    dobj = _child(verb, "dobj")
    if dobj is not None:
        under += [p for p in children_of(dobj) if p.dep_ == "prep" and p.lower_ == "under"]
    for pobj in (o for p in under for o in _children(p, "pobj")):
        if pobj.lower_ in CONTROL_NOUNS:
            return str(pobj.lower_)
    return None


# the means police and troops use on a crowd: "used tear gas", "deployed water cannon", "used batons"; a bare
# "gas", "cannon" or "bullets" only with the word that makes it a crowd weapon ("used gas ovens" is no force).
# The verbs are listed by form because the lexicon lemmatises only its own trigger verbs, and these are none.
FORCE_USING_FORMS = frozenset(
    {*("use", "uses", "used", "using", "deploy", "deploys", "deployed", "deploying", "employ", "employed")}
)
# "met the march with tear gas", "greeted the convoy with rubber bullets", "answered the protest with batons"
FORCE_MEETING_FORMS = frozenset(
    {*("meet", "meets", "met", "meeting", "greet", "greets", "greeted", "greeting", "answer", "answered", "receive")}
    | {"received"}
)
CROWD_WEAPONS = frozenset(
    {"teargas", "baton", "batons", "truncheon", "truncheons", "lathi", "lathis", "taser", "tasers"}
)
QUALIFIED_CROWD_WEAPONS = {
    "gas": frozenset({"tear", "pepper", "cs"}),
    "cannon": frozenset({"water", "sound"}),
    "cannons": frozenset({"water", "sound"}),
    "bullet": frozenset({"rubber", "plastic", "live"}),
    "bullets": frozenset({"rubber", "plastic", "live"}),
    "round": frozenset({"rubber", "live"}),
    "rounds": frozenset({"rubber", "live"}),
    "spray": frozenset({"pepper"}),
    "grenade": frozenset({"stun", "smoke"}),
    "grenades": frozenset({"stun", "smoke"}),
    "pellet": frozenset({"rubber"}),
    "pellets": frozenset({"rubber"}),
}


def _a_score(token: Any) -> bool:
    """Whether ``token`` begins a match's score ("3-1", "2-0": a number a dash joins to another)."""
    if token.tag_ != "CD" or token.i + 2 >= len(token.doc):
        return False
    dash, other = token.doc[token.i + 1], token.doc[token.i + 2]
    return dash.text in ("-", "–") and token.text.isdigit() and other.text.isdigit()


def _whole_of_part(noun: Any, ranks: bool = False) -> Any:
    """The noun a partitive or a count stands for ("thousands of emails", "dozens of files"), or None; ``ranks``:
    also a rank or an adjective standing for some of them ("the last of the seven men", "the youngest of them")."""
    if noun.lower_ not in PARTITIVES and noun.tag_ != "CD" and not (ranks and noun.tag_ in ("JJ", "JJS")):
        return None
    of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _child(of, "pobj") if of is not None else None


def _force_used(verb: Any, dobj: Any) -> bool:
    """ "Police used tear gas (to disperse the crowd)", "deployed water cannon against students": force used on
    people, the users' own act (what it was used for is a purpose, no event of its own)."""
    if dobj is None or verb.lower_ not in FORCE_USING_FORMS:
        return False
    return _names_crowd_weapons(dobj)


def _met_with_force(verb: Any, dobj: Any) -> bool:
    """typed35 class 2: "police met the march with rubber bullets and tear gas", "greeted the convoy with water
    cannon": a crowd met with the weapons used on crowds is force used on it, no meeting (the parser may hang the
    "with" on the verb, on its object or on a place named after it)."""
    if dobj is None or verb.lower_ not in FORCE_MEETING_FORMS:
        return False
    holders = [verb, dobj, *(o for p in _children(dobj, "prep") for o in _children(p, "pobj"))]
    return any(
        _names_crowd_weapons(weapon)
        for holder in holders
        for prep in _children(holder, "prep")
        if prep.lower_ == "with"
        for weapon in _children(prep, "pobj")
    )


def _names_crowd_weapons(noun: Any) -> bool:
    """Whether ``noun`` or a noun joined to it names a weapon police or troops use on a crowd."""
    for weapon in (noun, *_children(noun, "conj")):
        word = weapon.lower_
        if word in CROWD_WEAPONS:
            return True
        qualifiers = QUALIFIED_CROWD_WEAPONS.get(word)
        if qualifiers and any(c.lower_ in qualifiers for c in children_of(weapon) if c.dep_ in ("compound", "amod")):
            return True
    return False


# what "set" takes to mean setting something on fire ("set ablaze", "set alight", "set on fire")
FIRE_COMPLEMENTS = frozenset({"ablaze", "alight", "afire", "aflame"})
FIRE_NOUNS = frozenset({"fire", "fires", "flame", "flames"})
SET_FORMS = frozenset({"set", "sets", "setting"})


def _set_ablaze(verb: Any) -> Any:
    """The word that makes "set" an arson ("set ablaze the station", "set the station ablaze", "set alight two
    buses", "set the hall on fire"), wherever the parser hung it: on the verb or on its object; or None."""
    if verb.lower_ not in SET_FORMS:
        return None
    dobj = _child(verb, "dobj")
    near = [*children_of(verb), *(children_of(dobj) if dobj is not None else ())]
    for word in near:
        if word.lower_ in FIRE_COMPLEMENTS:
            return word
        if word.dep_ == "prep" and word.lower_ == "on":
            fire = next((c for c in children_of(word) if c.dep_ == "pobj" and c.lower_ in FIRE_NOUNS), None)
            if fire is not None:
                return fire
    return None


def _decided_by_vote(verb: Any, lemma: Any) -> bool:
    """ "The assembly voted to impeach the governor", "parliament voted to repeal the decree": what a vote decided is
    done by the vote, one event (the vote) that the infinitive's date may date (``dating._decided_with_its_act``)."""
    return bool(verb.dep_ in DECIDED_ACT_DEPS and lemma(verb.head) == "vote" and _to_infinitive(verb))


def _set_by_someone(noun: Any) -> bool:
    """ "They set the building on fire", "rioters set fire to cars": someone set it, so it is no accident."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return bool(
        verb.tag_.startswith("VB")
        and verb.lower_ in SET_FORMS
        # "rioters burned tyres, stoned cars and set fire to the police post": the subject of the verbs it is joined to
        and _child(first_conjunct(verb), "nsubj") is not None
        and (noun.dep_ == "dobj" or noun.head.lower_ == "on")
    )


# what allows its holder to act: "its licence to operate" names a right withdrawn, not an order lifted
PERMISSION_NOUNS = frozenset(
    {"licence", "license", "permit", "authorisation", "authorization", "accreditation", "registration", "mandate"}
)


def _permits(noun: Any) -> bool:
    return noun.lower_.rstrip("s") in PERMISSION_NOUNS


def _directs(noun: Any) -> bool:
    """ "an order for residents to stay indoors", "the instruction to evacuate": a noun whose own phrase holds
    what someone was told to do (an infinitive), so it is a directive, not a purchase or a sequence."""

    def infinitive(token: Any) -> bool:
        return token.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(token))

    if any(infinitive(token) for token in noun.subtree if token.i != noun.i):
        return True
    # the parser often hangs "for residents to stay" on the verb, right after the noun
    return any(
        c.dep_ == "advcl"
        and infinitive(c)
        and any(m.dep_ == "mark" and m.i == noun.right_edge.i + 1 for m in children_of(c))
        for c in children_of(noun.head)
    )


def _without_tolls(candidates: list[Candidate]) -> list[Candidate]:
    """ "A bus plunged into a ravine, killing 24 people", "a court acquitted him, ruling that ...": a participle
    clause that tells the toll of an accident or restates its head's act in the same terms is part of the head's
    event, in its time, not an event of its own."""
    by_anchor = {anchor.i: c.type for c in candidates for anchor in c.anchors}

    def elaborates(candidate: Candidate) -> bool:
        trigger = candidate.trigger
        if trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "conj"):
            return False
        head_type = by_anchor.get(trigger.head.i)
        if head_type is not None and any(c.dep_ == "dobj" and c.lower_ == "toll" for c in children_of(trigger)):
            return True  # "died on Friday, raising the death toll to two": the toll of the head's own dead (types19)
        return head_type == candidate.type or (head_type == "disaster" and candidate.type == "attack")

    return [c for c in candidates if not elaborates(c)]


def _business_control(verb: Any, control: Any) -> bool:
    """Whether "took control" (``verb``, its object ``control``) is a takeover: a bank, company or investor took
    it, or took it of one."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ARMED_TAKERS:
        return False  # "the army took control of the central bank": a seizure
    taken = [
        p for prep in children_of(control) if prep.dep_ == "prep" and prep.lower_ == "of" for p in children_of(prep)
    ]
    return any(t is not None and t.lower_ in BUSINESS_HOLDERS for t in [subject, *taken])


# "took over the presidency", "took over the helm of the club": a post taken over is a change of who holds it
POST_NOUNS = frozenset(
    {
        "presidency",
        "chairmanship",
        "chairpersonship",
        "leadership",
        "helm",
        "reins",
        "premiership",
        "governorship",
        "mayoralty",
        "captaincy",
        "stewardship",
        "directorship",
        "command",
        "portfolio",
        "post",
        "job",
        "role",
        "position",
        "office",
    }
)
# openlist2 class 3: someone put in a post ("was installed as archbishop", "enthroned as king"), by their forms
INSTALLING_FORMS = frozenset(
    {*("install", "installs", "installed", "installing", "instal", "reinstalled", "reinstated"), "enthroned"}
)


# the businesses news says were taken over ("took over its rival", "took over the bakery chain"), beside the holders
TAKEN_BUSINESSES = frozenset(
    {
        "rival",
        "competitor",
        "group",
        "maker",
        "manufacturer",
        "producer",
        "brewer",
        "chain",
        "operator",
        "business",
        "subsidiary",
        "unit",
        "supplier",
        "startup",
        "shipyard",
        "mill",
        "newspaper",
        "club",
    }
)


def _takeover_kind(verb: Any, dobj: Any, lemma: Callable[[Any], str]) -> str | None:
    """The type of "took over" when it is no place held by force: a post taken ("took over as coach", "took over
    the presidency", "took over from the ousted leader") is a change of leader (``personnel``), a company taken
    by a company ("the lender took over its rival") a purchase (``business``); None otherwise (armed takers,
    places: the support row's seizure)."""
    if lemma(verb) != "take" or not any(c.dep_ == "prt" and c.lower_ == "over" for c in children_of(verb)):
        return None
    subject = _child(verb, "nsubj")
    if subject is not None and subject.lower_ in ARMED_TAKERS:
        return None  # "the army took over the ministry": a seizure
    preps = {c.lower_: _child(c, "pobj") for c in children_of(verb) if c.dep_ == "prep"}
    if preps.get("as") is not None:
        return "personnel"  # "took over as interim president"
    taken = lemma(dobj) if dobj is not None else None
    if taken in POST_NOUNS and (taken not in ("post", "office") or _child(dobj, "prep") is not None):
        return "personnel"  # "took over the chairmanship of the bank" ("the post of mayor", not "the post office")
    if dobj is None and preps.get("from") is not None:
        return "personnel"  # "took over from the ousted leader": succeeded them
    business = BUSINESS_HOLDERS | TAKEN_BUSINESSES
    if (subject is not None and lemma(subject) in business) or taken in business:
        return "business"
    return None


SAID_FORMS = frozenset({"said", "says", "say"})
# what an attribution after its clause may hold besides its speaker: "officials also said", "police said, however"
ATTRIBUTION_PARTS = frozenset({"nsubj", "ccomp", "punct", "aux", "advmod", "npadvmod", "prep", "cc"})


def _attribution_of_an_event_told(statement: Candidate, candidates: list[Candidate]) -> bool:
    """ "Two climbers were pulled from a crevasse on Thursday, a police spokesman said": the "said" after a
    clause that tells an event of its own only says whose report it is, no event of its own (probe20's doctors,
    probe22's police spokesman and armed forces, probe24's local officials, probe26's officials, probe27's police
    officer, probe29's prosecutors). A quotation, a denial, or a "said" that adds more ("she said, adding that")
    stays a statement, as does a clause that tells no event ("the minister will not resign, she said")."""
    said = statement.trigger
    if statement.type != "statement" or said.lower_ not in SAID_FORMS or not said.tag_.startswith("VB"):
        return False
    if any(c.dep_ not in ATTRIBUTION_PARTS for c in children_of(said)):
        return False
    if any(w.ent_type_ in ("DATE", "TIME") for c in children_of(said) if c.dep_ != "ccomp" for w in c.subtree):
        return False  # "..., the army said on Monday": the saying has a day of its own
    clause = next((c for c in children_of(said) if c.dep_ == "ccomp" and c.i < said.i), None)
    if clause is None and said.dep_ in ("parataxis", "advcl") and said.head.i < said.i:
        clause = said.head  # "X is charged with fraud, prosecutors said, because ...": hung on the clause's verb
    if clause is None:
        return False
    words = list(clause.subtree)
    before = said.doc[said.sent.start : said.i]  # the quotation marks may hang on the verb, not on its clause
    if any(w.lower_ in ('"', "“", "”", "'") for w in before) or any(w.dep_ == "neg" for w in words):
        return False
    told = {w.i for w in words}
    return any(c is not statement and c.type != "statement" and c.trigger.i in told for c in candidates)


def _the_noun_alone(noun: Any) -> bool:
    """ "the strike", "this walkout": a definite noun with no modifier that would tell another event apart."""
    determiners = [c.lower_ for c in children_of(noun) if c.dep_ == "det"]
    return determiners in (["the"], ["this"]) and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") for c in children_of(noun)
    )
