"""How an undated report refers back to an event already told: the form the merge rule's back-reference join
(``schema.coreference``) needs before it lets an undated mention take another report's date.

"the coup in Gabon", "Iran's capture of a ship", "this attack", "133 people had been killed", "an airstrike that
killed a general": a definite, possessive or demonstrative event noun, a past perfect (told as already over at
the time of the report) or a relative clause describing a noun already named.  "a coup", "coups in five other
countries", "the previous election", "another attack" name no event the reader already knows.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from timelinekg.nlp.extract.nlp import children_of

DEFINITE_ARTICLES = frozenset({"the"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "the British bombing", "the Soviet invasion": a name or nationality says whose event it is, in a word the
# actor finder does not make an actor, so nothing could tell it from the story's own event of that kind.
NAMING_ENTITIES = frozenset({"NORP", "PERSON", "ORG"})


def reference_form(trigger: Any) -> str | None:
    """How the event named by ``trigger`` (a spaCy token) refers back, or None when it introduces an event."""
    from timelinekg.nlp.extract import OTHER_OCCASION

    children = list(children_of(trigger))
    if any(c.lower_ in OTHER_OCCASION or c.like_num for c in children if c.dep_ in ("amod", "det", "nummod")):
        return None  # "the previous election", "another attack", "two attacks": some other one
    if trigger.tag_.startswith("NN"):
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in NAMING_ENTITIES for c in children):
            return None
        if _state_continued(trigger):
            return "state continued"  # "remains under house arrest", "is still in custody": the act came before
        for child in children:
            if child.dep_ == "poss":
                return "possessive"  # "Iran's capture", "its launch", "the plotters' seizure of power"
            if child.dep_ == "det" and child.lower_ in DEMONSTRATIVES:
                return "demonstrative"
            if child.dep_ == "det" and child.lower_ in DEFINITE_ARTICLES:
                return "definite"
        return None
    if trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children):
        return "past perfect"  # "had been killed", "it had arrested": over before the report's own time
    if trigger.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in children):
        return "relative clause"  # "an airstrike that killed a top general": more about a noun already named
    return None


# "remains under house arrest", "stayed in custody": a state someone is kept in, which an earlier act put them in
CONTINUING_VERBS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
STATE_PREPOSITIONS = frozenset({"under", "in"})


def _state_continued(noun: Any) -> bool:
    """ "The deposed president currently remains under house arrest": the noun of a state a verb of remaining keeps
    someone in, which refers back to the act that put them there ("was placed under house arrest" on its day)."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ in STATE_PREPOSITIONS
        and preposition.head.lower_ in CONTINUING_VERBS
        and preposition.head.tag_.startswith("VB")
    )


# "arrested over the attack", "suspended Gabon following the coup", "in retaliation for the strike": what the
# event answers came first.  Not "before", "ahead of", "despite".
AFTER_PREPOSITIONS = frozenset({"over", "after", "following", "for"})
RESPONSE_NOUNS = frozenset({"retaliation", "response", "reaction", "revenge", "protest"})


def answered_event(trigger: Any, event_types: Mapping[int, str]) -> str | None:
    """The type of the event of the same sentence that the event of ``trigger`` answers, when the text says
    so: its direct object ("condemned the seizure of power") or the object of "over", "after", "following",
    "for", "in response to" ("arrested 11 people over the attack").  ``event_types`` maps the sentence's
    event triggers (token index) to their types."""
    answered = answered_token(trigger, event_types)
    return None if answered is None else event_types[answered]


def answered_token(trigger: Any, event_types: Mapping[int, str]) -> int | None:
    """The token index of the trigger of the event :func:`answered_event` finds, or None."""
    for child in children_of(trigger):
        for answered in _answered_words(child):
            if answered.i in event_types and answered.i != trigger.i:
                return int(answered.i)
    return None


def answers_adjunct(trigger: Any) -> bool:
    """Whether the event noun ``trigger`` is only what its clause answers ("froze aid after the coup", "suspended
    Gabon following the coup", "in retaliation for the strike"): the sentence tells other news, and refers to
    this event in passing."""
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ in AFTER_PREPOSITIONS:
        return bool(prep.head.tag_.startswith("VB"))
    return bool(prep.lower_ in ("for", "to") and prep.head.lower_ in RESPONSE_NOUNS)


def named_as_object_of(noun: Any, triggers: Container[int]) -> bool:
    """Whether the event noun ``noun`` is only what another event of its sentence acts on: the direct object of its
    trigger ("the tribunal annulled the election", "condemned the coup"), or named by "of" in that object ("declared
    the nullity of the election").  ``triggers`` holds the token indexes of the other events' triggers."""
    if not noun.tag_.startswith("NN"):
        return False
    word = noun
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ == "dobj":
        word = word.head.head
    return bool(word.dep_ == "dobj" and word.head.i in triggers)


# "the day after the accident", "weeks before the vote", "after the fine was announced": words that make an event
# the time another one is told by
TIME_REFERENCE_WORDS = frozenset({"after", "following", "before", "since"})


def named_as_time_of_another(noun: Any, triggers: Container[int]) -> bool:
    """Whether the event noun ``noun`` only tells when another event of its sentence happened: "opened its inquiry
    the day after the accident", "shares fell on the first trading day after the fine was announced" (not "queues
    formed before the polls opened", which tells no other event).  ``triggers`` holds the token indexes of the
    other events' triggers."""
    from timelinekg.nlp.extract.candidate import COUNTED_TIME_UNITS

    if not noun.tag_.startswith("NN"):
        return False
    if noun.dep_ == "pobj":
        preposition = noun.head
        span = preposition.head
        return (
            preposition.lower_ in TIME_REFERENCE_WORDS and span.lower_ in COUNTED_TIME_UNITS and span.head.i in triggers
        )
    clause = noun.head
    return (
        noun.dep_ in SUBJECT_DEPS
        and clause.dep_ == "advcl"
        and clause.head.i in triggers
        and any(c.dep_ == "mark" and c.lower_ in TIME_REFERENCE_WORDS for c in children_of(clause))
    )


# what a group takes for an act it says it did: "claimed responsibility for the bombing", "took credit for it"
CLAIM_NOUNS = frozenset({"responsibility", "credit"})
# the verbs (as written: the parse gives no lemmas) by which a group claims an act, or owns it in its own words
CLAIM_VERBS = frozenset({"claim", "claims", "claimed", "claiming"})
OWNING_VERBS = frozenset(
    f"{stem}{ending}"
    for stem in ("say", "state", "announce", "declare", "admit", "confirm")
    for ending in ("", "s", "d", "ed")
) | {"said", "admitted"}


def claimed_act(trigger: Any) -> bool:
    """Whether the event noun ``trigger`` is the act a claim of responsibility names, referred to as known ("the
    group claimed the attack", "claimed responsibility for Sunday's bombing", "said it had carried out the
    ambush"): the claim is the news of that sentence, and the act is told where the article reports it."""
    if not trigger.tag_.startswith("NN") or not _definite(trigger):
        return False
    head = trigger.head
    if trigger.dep_ == "dobj" and head.lower_ in CLAIM_VERBS:
        return True
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in CLAIM_NOUNS:
        return True
    # "the group said it carried out the attack", "they were behind the ambush": the speaker's own act, in its words
    carried = trigger.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(head))
    behind = trigger.dep_ == "pobj" and head.lower_ == "behind"
    clause = head if carried else head.head if behind else None
    if clause is None or clause.dep_ != "ccomp" or clause.head.lower_ not in OWNING_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in children_of(clause))


def _definite(noun: Any) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES | DEMONSTRATIVES) or c.dep_ == "poss"
        for c in children_of(noun)
    )


def _answered_words(child: Any) -> list[Any]:
    if child.dep_ == "dobj":
        return [child]
    if child.dep_ != "prep":
        return []
    objects = [g for g in children_of(child) if g.dep_ == "pobj"]
    if child.lower_ in AFTER_PREPOSITIONS:
        return objects
    # "in retaliation for the strike", "in response to the coup"
    return [
        target
        for noun in objects
        if noun.lower_ in RESPONSE_NOUNS
        for prep in children_of(noun)
        if prep.dep_ == "prep" and prep.lower_ in ("for", "to")
        for target in children_of(prep)
        if target.dep_ == "pobj"
    ]
