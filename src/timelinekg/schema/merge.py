"""The merge rule: when two reports describe one event, and what the merged event keeps.

Two reports are one event only on evidence.  They must

1. have compatible types (equal, one is ``other``, or the same CAMEO root);
2. have overlapping date bounds;
3. not contradict each other: when both name agents they share one, when both name places
   they share one;
4. agree on more than one argument: the agent and a target (any other participant), or the
   agent and a place, or a target and a place, or the same quoted claim.  For acts other than speech
   a stated day counts as one (the same agent did the same thing on the same day), and within one
   article so does an undated report of the same act by the same agent (the article returning to
   its story).  What someone
   *says* is not located by where it was said: a speaker's separate statements in one city on
   one day are different events, so for speech acts (statements, appeals, demands, threats...)
   the place does not count and the agent needs a shared target or the same quote, or, on one stated day,
   the same reported words or one named occasion (schema/speech.py: "said in a televised address").  Two reports
   left ``other`` by one word for an act that is no word of saying ("identified", "moved") are an act, not speech,
   once told alike by two outlets on one day or in one town (``told_as_one_act``, ``one_untyped_act``).
5. not tell background: a report of an earlier occasion ("has twice before sued") or a lasting state ("its
   decades-long dispute") joins no other report but by the same quoted words.

6. an undated report in one article of an act another article dates (the same named agent, type, word for the act
   and subject, within days) is that act when it is the only dated one it fits (``retold_act``; the store decides
   which ones fit, graph/back_references.py).

One shared name is never enough: "Russia attacked Ukraine" and "drones shot down over Moscow"
both name Russia, and "Biden said X" and "Biden said Y" share their speaker and their day.

Events with the same id are always the same event.  Dataset events (GDELT,
ACLED) carry their dataset's id and are merged by id only: their own coding
already decided identity, and a heuristic join across millions of rows would
be both slow and a source of silent errors.

The merged event keeps every participant, place and mention, and in its ``merge_evidence``
attribute one line per join saying which reports were joined and on what evidence
(``timelinekg show`` prints them).  Its bounds are derived from what each source claimed: the
intersection of all claims (the tighter bounds) when they agree; when they are disjoint the
bounds span all claims and ``date_conflict`` is set, so the conflict stays visible instead of
one report silently overwriting another.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from timelinekg.memo import Memo
from timelinekg.schema.act_senses import announced_act, announced_as_done, one_sense
from timelinekg.schema.event_types import compatible
from timelinekg.schema.identity import digest
from timelinekg.schema.model import Event, Mention, Participation, overlaps
from timelinekg.schema.number_words import CARDINAL_WORDS
from timelinekg.schema.speech import (
    ANOTHER,
    MIN_RETOLD_WORDS,
    MIN_SHARED_WORDS,
    SAID,
    combined_attributes,
    is_background,
    most_shared,
    occasions,
    reported_words,
    retold_undated,
    said_on_after,
    said_on_one_occasion,
    same_sentence,
)

MAIN_ROLES = ("agent",)
# Actor kinds that name no one in particular: "gunmen" and "assailants", "people" and "a crowd" do not
# contradict each other.
UNNAMED_KINDS = frozenset({"group", "other"})
# The kind the extractor gives a place it found in no gazetteer (a site, a street, a district): a country, region
# or city has its own kind.
UNLOCATED_KIND = "other"


# Places this close are one place to the merge rule ("near Moscow" and "in Krasnogorsk", 20 km away).
NEARBY_KM = 30.0


def _kilometres(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat_a, lon_a, lat_b, lon_b = (math.radians(x) for x in (*a, *b))
    cosine = math.sin(lat_a) * math.sin(lat_b) + math.cos(lat_a) * math.cos(lat_b) * math.cos(lon_a - lon_b)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cosine)))


@dataclass(frozen=True)
class Story:
    """What is known about the actors and places of the events being compared: kinds and parent places."""

    kinds: Mapping[str, str] = field(default_factory=dict)  # actor id -> kind
    parents: Mapping[str, str] = field(default_factory=dict)  # place id -> the place containing it
    positions: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # place id -> latitude, longitude
    place_kinds: Mapping[str, str] = field(default_factory=dict)  # place id -> country, region, city, other...

    def unlocated(self, place: str) -> bool:
        """A place the gazetteer could not put anywhere: a site or a district the text names ("the bell tower",
        "the Soldino district", "gate 2"), with no place containing it and no position.  Where it lies is
        unknown, so it is in no country the other report names, and out of none either.  A place whose kind is
        not known is taken to be located, as before kinds were told."""
        kind = self.place_kinds.get(place)
        return kind == UNLOCATED_KIND and not self.parents.get(place) and place not in self.positions

    def located(self, place_ids: Iterable[str]) -> set[str]:
        return {place for place in place_ids if not self.unlocated(place)}

    def near(self, a: str, b: str) -> bool:
        """Two towns of one urban area: news places a suburb's event "in" or "near" the city it belongs to."""
        if a not in self.positions or b not in self.positions:
            return False
        return _kilometres(self.positions[a], self.positions[b]) <= NEARBY_KM

    def named(self, actor_ids: Iterable[str]) -> set[str]:
        return {a for a in actor_ids if self.kinds.get(a, "other") not in UNNAMED_KINDS}

    def region(self, place_ids: Iterable[str]) -> set[str]:
        """The places and every place containing them (a suburb is in its city, the city in its country)."""
        found: set[str] = set()
        for place in place_ids:
            while place and place not in found:
                found.add(place)
                place = self.parents.get(place, "")
        return found


def main_actor_ids(event: Event) -> set[str]:
    agents = {p.actor_id for p in event.participants if p.role in MAIN_ROLES}
    return agents or {p.actor_id for p in event.participants}


def is_dataset_event(event: Event) -> bool:
    return event.attribute("dataset") is not None


# An event carrying this attribute only adds its mentions to the stored event with its id
# (GDELT 2.0 mentions files name events by id alone); without one it is dropped, not stored.
ATTACH_ONLY = "attach_only"


def is_attach_only(event: Event) -> bool:
    return bool(event.attribute(ATTACH_ONLY))


def without_attach_only(event: Event) -> Event:
    return event.with_changes(attributes=tuple(a for a in event.attributes if a[0] != ATTACH_ONLY))


# Words for one act of violence: "the massacre", "the attack", "opened fire" name one event.
VIOLENCE = frozenset({"attack", "mass-violence"})
# Speech acts: where they were made does not tell two of them apart.
SPEECH_TYPES = frozenset(
    {"statement", "appeal", "demand", "disapproval", "rejection", "threat", "intent-to-cooperate", "other"}
)
MERGE_EVIDENCE = "merge_evidence"
# How a place the report's sentence does not give was found (nlp/extract): the notes below mean the article's own
# place (its dateline, its lead event, its one country), which every undated follow-up of the story shares; it
# is shown, but it is no evidence that two reports are one event, nor against it.
PLACE_BASIS = "place_basis"
DATELINE_PLACE = "the article's dateline"
LEAD_PLACE = "the place of the article's lead event"
STORY_COUNTRY_PLACE = "the one country the article is about"
STORY_TOWN_PLACE = "the one town the article is about"
SENTENCE_BEFORE_PLACE = "the place of the sentence before"
ARTICLE_PLACES = frozenset({DATELINE_PLACE, LEAD_PLACE, STORY_COUNTRY_PLACE, STORY_TOWN_PLACE, SENTENCE_BEFORE_PLACE})
# The ids of stored nodes a later report showed to be this event, folded into it: `show OLD_ID` still finds it.
UNIFIED_IDS = "unified_ids"
# News an article tells once with its date and then returns to without one ("the attack on the stadium",
# "the collapse of the bridge", "the DPP won 51 seats"); other outlets retell it in the days after, often
# undated.  Not what was said (one speaker says many things) nor launches and deals (a company makes many).
ANCHORED_TYPES = frozenset(
    {"attack", "mass-violence", "military", "disaster", "protest", "coercion", "election", "personnel", "force-posture"}
)
# An undated report of such news within this many days of a dated one may be its retelling.
RETELLING_DAYS = 7

# A person is named, sworn in, resigns or dies within days, and soldiers seize power, then put the president under
# arrest: one event type covers several acts that news retells without their dates, told apart by the stem of the
# word that reported them.  A word in none of a type's acts (or no word) contradicts nothing.
ACTS_OF_TYPE: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "personnel": {
        "appointment": ("appoint", "name", "nominat", "hire", "chose", "choose", "select", "designat", "tapped"),
        "taking office": ("swear", "sworn", "oath", "inaugur", "took office", "take office", "takes office"),
        "departure": ("resign", "retire", "quit", "step", "left", "leav", "sack", "fire", "dismiss", "oust", "remov"),
        "death": ("die", "dead", "death", "perish", "passed away"),
        "birth": ("born", "birth"),
    },
    "coercion": {
        # "seized" alone may be a ship or a town: only the words after it say power was taken
        "seizure of power": (
            "coup",
            "putsch",
            "takeover",
            "overthr",
            "topp",
            "oust",
            "depos",
            "seized power",
            "seizure of power",
            "seized control",
            "took power",
            "taken power",
            "power grab",
        ),
        # "was placed under house arrest", "put under arrest": the verb says nothing, the phrase says the act
        "arrest": (
            "arrest",
            "detain",
            "detention",
            "custody",
            "captur",
            "jail",
            "imprison",
            "house arrest",
            "under arrest",
        ),
        "expulsion": ("expel", "expul", "deport"),
        # probe27/28 wrong merges: a march broken up is not an arrest made that day, nor goods seized a quarantine
        "dispersal": (
            "dispers",
            "break up",
            "broke up",
            "broken up",
            "breaking up",
            "tear gas",
            "teargas",
            "water cannon",
        ),
        # "seized 80 kilogrammes of meat"; "seized power" is the phrase's act (``act_of``), and a bare "the seizure"
        # is as often the coup's as the goods'
        "confiscation": ("confiscat", "impound", "seized", "seizing", "seizes"),
        # "ordered a standstill", "the curfew took effect": a restriction is named by its noun, whatever verb tells it
        "restriction": ("curfew", "lockdown", "standstill", "quarantine", "rationing"),
    },
}
# event attribute: how an undated report refers back to an event told elsewhere ("definite", "past perfect"...;
# ``nlp.extract.reference``); the forms that name the event by a noun presuppose one the reader knows ("the arrests",
# "its seizure"), a past perfect only says the act was over by then ("had been arrested")
REFERENCE = "reference"
NOUN_REFERENCES = frozenset({"definite", "possessive", "demonstrative"})
# acts named by a noun of the report's words rather than by the word that reported them ("the standstill came into
# force" is the standstill ordered the day before)
ACTS_NAMED_BY_NOUN = frozenset({"restriction"})
# event attribute: another event of its sentence answers this undated one ("in retaliation for an airstrike"),
# so it happened before that news and is not a retelling of it
ANSWERED_IN_SENTENCE = "answered_in_sentence"
# event attributes: the type of the event a reaction answers, "condemned the coup" (schema.coreference) and
# "denied any role in the attack" (nlp.extract.disputes)
FOLLOWS = "follows"
CLAIM_TYPE = "claim_type"
_REPORT_ID = re.compile(r"-r[0-9a-f]{8}$")  # an id report_id already made its own
ADDRESSEE_ROLES = ("recipient", "target")
# A call or a meeting: what was said in it is part of it, not an event of its own.
CONVERSATION_TYPES = frozenset({"communication", "meeting"})
# what can be said in conceding: words, a call, a meeting
SAID_OR_CONVERSATION_TYPES = SPEECH_TYPES | CONVERSATION_TYPES
# A quoted claim must be this many words long to identify what was said.
MIN_QUOTE_WORDS = 4
_QUOTED = re.compile(r"[\"“”]([^\"“”]{10,})[\"“”]")


def _agents(event: Event) -> set[str]:
    return {p.actor_id for p in event.participants if p.role in MAIN_ROLES}


def _others(event: Event) -> set[str]:
    return {p.actor_id for p in event.participants if p.role not in MAIN_ROLES}


def quoted_claims(event: Event) -> frozenset[str]:
    """The quoted words in an event's reports, normalised: "we will respond" said in two articles."""
    return _claims_quoted_in[tuple(m.quote for m in event.mentions)]


def _claims_in_quotes(quotes: tuple[str, ...]) -> frozenset[str]:
    claims = set()
    for quote in quotes:
        for found in _QUOTED.finditer(quote):
            words = re.findall(r"\w+", found.group(1).casefold())
            if len(words) >= MIN_QUOTE_WORDS:
                claims.add(" ".join(words))
    return frozenset(claims)


# the merge rule compares each stored event with every report of its actors: its quotes are read once
_claims_quoted_in: Memo[tuple[str, ...], frozenset[str]] = Memo(_claims_in_quotes)


def merge_evidence(a: Event, b: Event, story: Story | None = None) -> tuple[str, ...] | None:
    """Why ``a`` and ``b`` are one event (the arguments they agree on), or None when they are not.

    ``story`` (the kinds of the actors, the parents of the places), when known, lets unnamed groups ("gunmen",
    "assailants") not contradict each other as agents, and a place agree with the places containing it (a town
    with its country)."""
    if a.id == b.id:
        if not (is_extracted(a) and is_extracted(b)):
            return ("same id",)
        if {m.key for m in a.mentions} & {m.key for m in b.mentions}:
            return ("the same report",)
        # else: content ids that collide (see report_id) are no evidence; the rule below decides
    if is_dataset_event(a) or is_dataset_event(b):
        return None
    reprinted = _reprinted_sentence(a, b)
    if reprinted and _shared_agents_and_places(a, b, story) is not None:
        return reprinted  # the same words, and no agent or place of one report contradicting the other's
    said_in = said_in_conversation(a, b) or said_in_conversation(b, a) or said_in_oath(a, b) or said_in_oath(b, a)
    said_in = said_in or said_in_concession(a, b) or said_in_concession(b, a)
    said_in = said_in or said_in_doing(a, b) or said_in_doing(b, a)
    if said_in:
        return said_in
    clash = one_clash(a, b, story)
    if clash:
        return clash  # its own family of types: the police's acts in unrest (``one_clash``)
    operation = one_operation(a, b, story)
    if operation:
        return operation  # a search, arrests and seizures of one force on one day: one raid (``one_operation``)
    hearing = one_hearing(a, b, story) or one_hearing(b, a, story)
    if hearing:
        return hearing  # a plea, the verdict and the bench's orders, told sentence by sentence (``one_hearing``)
    announced = news_and_its_announcement(a, b, story) or act_and_its_announcement(a, b, story)
    if announced:
        return announced  # one announcement, typed as the news it tells by one outlet (``news_and_its_announcement``)
    if _kinds_or_dates_differ(a, b):
        return None
    if different_acts(a, b):
        return None
    if _stale_retelling(a, b) or _stale_retelling(b, a):
        return None
    if (is_background(a) or is_background(b)) and not quoted_claims(a) & quoted_claims(b):
        return None  # an earlier occasion or a lasting state is not the news it is told beside
    agreement = _shared_agents_and_places(a, b, story)
    if agreement is None:
        return None
    shared_agents, shared_places = agreement
    shared_quotes = quoted_claims(a) & quoted_claims(b)
    if shared_quotes:
        quote = min(shared_quotes, key=len)
        return (f"same quoted claim “{quote}”", *(f"agent {x}" for x in sorted(shared_agents)))
    # an act no type covers, told alike or in one town, is no speech (``told_as_one_act``)
    untyped = one_untyped_act(a, b)
    act_in_one_place = told_as_one_act(a, b) and bool(_towns_and_sites(shared_places, story))
    speech = a.type in SPEECH_TYPES and b.type in SPEECH_TYPES and not (untyped or act_in_one_place)
    if speech:
        # one of the people a statement is about says little (a speaker talks about the same people all
        # day); whom it was addressed to, or exactly the same people, does
        shared_targets = _roles(a, ADDRESSEE_ROLES) & _roles(b, ADDRESSEE_ROLES)
        subjects_a, subjects_b = _roles(a, ("subject",)), _roles(b, ("subject",))
        # an undated statement in another article is about the same people as many of that speaker's statements
        # ("Biden told Netanyahu the US would not join" after "Biden confirmed on Friday the US would help")
        undated_elsewhere = _undated(a) != _undated(b) and not set(a.source_ids) & set(b.source_ids)
        if not shared_targets and subjects_a and not undated_elsewhere and subjects_a == subjects_b:
            # the same speaker about the very same people (one of them in common says little: a speaker talks
            # about the same people all day, sentence after sentence)
            shared_targets = subjects_a & subjects_b
    else:
        # an actor both name, in whatever role: one report's target is another's participant; and a venue one
        # report names as a participant and the other as its place ("a fire at the Petrovalah refinery" read as a
        # company, "a fire broke out at the Petrovalah refinery near Ploiesti" read as a place)
        actors_a, actors_b = {p.actor_id for p in a.participants}, {p.actor_id for p in b.participants}
        venues = _venues(actors_a, b, story) | _venues(actors_b, a, story)
        shared = actors_a & actors_b
        if story is not None and a.type != b.type:
            # "people" a flood killed and "people" soldiers rescued: a group told by a common noun, in two kinds of
            # news, is no one the two have in common
            shared = story.named(shared)
        shared_targets = (shared | venues) - shared_agents
    arguments = [
        *(["agent " + ", ".join(sorted(shared_agents))] if shared_agents else []),
        *(["target " + ", ".join(sorted(shared_targets))] if shared_targets else []),
        *(["place " + ", ".join(sorted(shared_places))] if shared_places and not speech else []),
    ]
    occasion = said_on_one_occasion(a, b) if speech and shared_agents and _same_day(a, b) else None
    if speech and shared_agents and not occasion and _day_and_its_evening(a, b):
        occasion = _one_named_occasion(a, b)
    if speech and shared_agents and not occasion and (a.earliest, a.latest) == (b.earliest, b.latest):
        occasion = same_sentence(a, b)
    if speech and shared_agents and not occasion and _one_report_window(a, b):
        occasion = said_on_one_occasion(a, b)
    if speech and shared_agents and not occasion and _undated(a) != _undated(b):
        # "Putin stated that 11 were detained" two days after the address that said so
        dated = b if _undated(a) else a
        if dated.earliest == dated.latest:
            occasion = retold_undated(a, b)
        if not occasion and set(a.source_ids) & set(b.source_ids):
            occasion = said_on_after(a, b)
    if occasion:
        arguments.append(occasion)  # one speaker, one day, and the same words or one named occasion
    reaction = _same_reaction(a, b) if speech and shared_agents else ""
    if reaction:
        arguments.append(reaction)
    named_candidates = story.named(shared_agents) if story is not None else set()
    if a.type == b.type == "election" and len(named_candidates) >= 2:
        # a race is told by its candidates: two reports naming the same two of them, on days that meet, count
        # and call one vote (one shared name is not enough: a candidate runs in more than one race)
        arguments.append("the same candidates " + ", ".join(sorted(named_candidates)))
    # "people died on Sunday" in two stories: an unnamed group (the dead, "police") and a day tell no act of another
    # article apart from its kind, unless a place or a target is shared too
    one_article = bool(set(a.source_ids) & set(b.source_ids))
    only_groups = story is not None and all(story.kinds.get(x) == "group" for x in shared_agents)
    one_act = not only_groups or bool(shared_places or shared_targets or one_article)
    if (
        shared_agents
        and not speech
        and (_reaction_kind(a.type) == _reaction_kind(b.type) or _untyped_report_of_the_act(a, b))
        and _one_stated_day(a, b)
        and one_act
    ):
        # one act by one agent on one stated day ("Jobs resigned on August 24" in two articles)
        arguments.append(f"the same {b.type if a.type == 'other' else a.type} on {_stated_day(a, b)}")
    elif a.type == b.type and a.type in ANCHORED_TYPES and _one_stated_day(a, b) and (shared_places or shared_targets):
        # headline news of one kind, on one stated day, in one place or to the same people: "an attack on a
        # concert hall near Moscow on Friday" and "gunmen opened fire on the crowd in Moscow on Friday"
        arguments.append(f"the same {a.type} on {_stated_day(a, b)}")
    dated, undated = (b, a) if _undated(a) else (a, b)
    if (
        shared_agents
        and not speech
        and a.type == b.type
        and one_article
        and _undated(undated)
        and not _undated(dated)
        and not _others(dated)
        and recent(dated, undated)
    ):
        # an article returning to its story without the date ("has spoken with Putin" after "took the
        # call on November 7"): the same act by the same agent, completing a dated report that names no
        # one else (so nothing can contradict it), in one article only
        arguments.append(f"the same {a.type} again, undated")
    if (
        one_article
        and a.type == b.type
        and a.type in ANCHORED_TYPES
        and _same_day(a, b)
        and _bare(a) != _bare(b)
        and not tells_another(a, b)
    ):
        # "The attack late Saturday marked the first time..." in an article that told Saturday's attack: an article
        # returning to its news on its day, naming nothing that could make it another one
        arguments.extend([f"the same {a.type} on {a.earliest}", "told again in one article, naming nothing else"])
    if untyped:
        arguments.append(untyped)
    else:
        told_alike = one_act_told_in_other_words(a, b, shared_agents)
        arguments.extend([told_alike] if told_alike else [])
    arguments.extend(one_act_told_without_agent(a, b))
    retold = _retelling(a, b) or _retelling(b, a)
    if retold and (shared_agents or shared_targets or shared_places) and retells_that_act(undated, dated):
        arguments.append(retold)
    arguments.extend(() if speech else one_disaster(a, b, story))
    arguments.extend(() if speech else news_told_alike(a, b))
    counted = "" if speech else _same_count_retold(a, b, shared_targets)
    if counted:
        arguments.append(counted)
    if not speech and not one_article and shared_targets and story is not None:
        retold_again = _undated_retellings(a, b, story.named(shared_targets))
        if retold_again:
            arguments.append(retold_again)
    if len(arguments) < 2:
        return None
    return tuple(arguments)


# counts spelled out in news ("seven journalists", "Twelve migrants") are read as their numbers; "hundred" and
# "thousand" are left out, as they only multiply the word before them
_SMALL_COUNTS = sorted((word for word, n in CARDINAL_WORDS.items() if n < 100), key=len, reverse=True)
_COUNT = r"\b([0-9][0-9,]*|" + "|".join(_SMALL_COUNTS) + r")"
# A count this small may well be two acts of one kind in one week ("two soldiers were wounded").
MIN_TELLING_COUNT = 3


def _counts_of(event: Event, noun: str) -> set[int]:
    """The numbers of ``noun`` the reports of ``event`` give: "23 people were detained", "Twelve migrants"."""
    found: set[int] = set()
    pattern = re.compile(_COUNT + r"\s+(?:[a-z]+\s+)?" + re.escape(noun) + r"\b")
    for mention in event.mentions:
        for match in pattern.finditer(mention.quote.casefold()):
            count = match.group(1).replace(",", "")
            found.add(int(count) if count.isdigit() else CARDINAL_WORDS[count])
    return found


def _same_count_retold(a: Event, b: Event, shared_targets: set[str]) -> str:
    """ "23 people were detained" and "police detained 23 people" told undated in the same days: the same act (the
    same word for it) done to the same number of the same people, which outlets retell as the figure they were given;
    an act of the same kind on other people would not come with that very number."""
    if a.type != b.type or a.type not in ANCHORED_TYPES or not (_undated(a) or _undated(b)):
        return ""
    if not _same_trigger_word(a, b) or a.latest is None or b.latest is None:
        return ""
    if abs((a.latest - b.latest).days) > RETELLING_DAYS:
        return ""
    for target in sorted(shared_targets):
        noun = target.replace("-", " ")
        shared = {n for n in _counts_of(a, noun) & _counts_of(b, noun) if n >= MIN_TELLING_COUNT}
        if shared:
            return f"the same {a.attribute('trigger')} of {min(shared)} {noun}"
    return ""


def _undated_retellings(a: Event, b: Event, named_targets: set[str]) -> str:
    """Two articles, days apart, each telling without a date that one named person or body underwent the same
    headline act ("Bongo was placed under house arrest", "Ali Bongo has been placed under house arrest"): the
    same word for the same kind of news about the same one, so nothing tells the two apart."""
    if not named_targets or a.type != b.type or a.type not in ANCHORED_TYPES:
        return ""
    if not (_undated(a) and _undated(b)) or a.latest is None or b.latest is None:
        return ""
    trigger = a.attribute("trigger")
    if not trigger or trigger != b.attribute("trigger") or abs((a.latest - b.latest).days) > RETELLING_DAYS:
        return ""
    return f"the same undated {trigger} of the same named participant in two reports"


def act_of(event: Event) -> str | None:
    """Which of its type's acts (``ACTS_OF_TYPE``) the word that reported ``event`` names, if any."""
    trigger = event.attribute("trigger")
    acts = ACTS_OF_TYPE.get(event.type)
    if acts is None or not isinstance(trigger, str):
        return None
    label = event.label.lower()
    by_phrase = (act for act, stems in acts.items() if any(s in label for s in stems if " " in s))
    by_noun = (act for act, stems in acts.items() if act in ACTS_NAMED_BY_NOUN and _a_word_begins(label, stems))
    # a phrase that begins with the reporting word names its act more exactly than the word ("seized power")
    own_phrase = (
        act
        for act, stems in acts.items()
        if any(s in label and s.startswith(trigger.lower()) for s in stems if " " in s)
    )
    return next(own_phrase, None) or act_of_word(event.type, trigger) or next(by_phrase, None) or next(by_noun, None)


def act_of_word(event_type: str, word: str) -> str | None:
    """Which of its type's acts (``ACTS_OF_TYPE``) one word names ("detained" and "arrest" the arrest, "expelled" the
    expulsion), if any."""
    acts = ACTS_OF_TYPE.get(event_type, {})
    word = word.lower()
    return next((act for act, stems in acts.items() if any(word.startswith(s) for s in stems if " " not in s)), None)


def one_act_named(a: Event, b: Event) -> bool:
    """Two reports of a type that covers many acts (``ACTS_OF_TYPE``: an arrest, a licence revoked, a ban, a coup;
    an appointment, a departure, a death) name one act: the same act of the type ("detained" and "the detention"),
    the same word for it ("the ban" after "banned"), a word one report's sentence uses for the other's act
    ("imposed a curfew" and "the curfew"), or a participant other than the agent in common.  The type and a day in
    common are not enough: "suspended the export licence on Monday" and "the arrest of its chief engineer", a
    service's arrest of a man and a court's custody order for two others, are two acts of one week's news."""
    if a.type != b.type or a.type not in ACTS_OF_TYPE:
        return True
    act_a = act_of(a)
    if act_a is not None and act_a == act_of(b):
        return True
    stem_a, stem_b = _trigger_stem(a), _trigger_stem(b)
    if stem_a and stem_a == stem_b:
        return True
    if _says_word(b, stem_a) or _says_word(a, stem_b):
        return True
    return bool(_others(a) & _others(b))


def _says_word(event: Event, stem: str) -> bool:
    """Whether the sentence that reported ``event`` has a word beginning with ``stem``."""
    return bool(stem) and any(w.startswith(stem) for w in re.findall(r"[a-z]+", _report_sentence(event).casefold()))


def retells_that_act(undated: Event, dated: Event) -> bool:
    """Whether an undated report of a type that covers many acts (``ACTS_OF_TYPE``) says it is the dated one, not
    another act of its kind those days: a noun referring back ("the arrests"), or the act named alike
    (``one_act_named``: the act's word, a word of its sentence, someone done to in common).  A place in common is
    not enough: "23 protesters had been arrested" near a march is no clerk taken into custody in that city the day
    before (probe28), whichever the story dates."""
    return undated.attribute(REFERENCE) in NOUN_REFERENCES or one_act_named(undated, dated)


def different_acts(a: Event, b: Event) -> bool:
    """ "appointed acting governor on Tuesday" and "took the oath of office", or "seized power" and "placed under
    house arrest": one person, one week, two events."""
    if different_votes(a, b):
        return True
    act_a, act_b = act_of(a) or _arrest_by_its_noun(a), act_of(b) or _arrest_by_its_noun(b)
    if act_a is None or act_b is None or act_a == act_b:
        return False
    return frozenset({act_a, act_b}) not in ACTS_DONE_TOGETHER


# The two kinds of vote news types as an election: a chamber's vote on a measure or a motion ("the council voted to
# raise fares", "lost a confidence vote") and a popular vote (ballots, polls, a runoff, candidates).  Told by the
# words of the report itself; a report naming both, or neither, is of no known kind.
VOTE_KINDS: Mapping[str, re.Pattern[str]] = {
    "a chamber's vote": re.compile(
        r"\bvot(?:e|es|ed|ing) (?:\w+ )?to [a-z]|\b(?:motion|confidence|censure|impeach\w*|ordinance|bylaw)s?\b",
        re.IGNORECASE,
    ),
    "a popular vote": re.compile(
        r"\b(?:ballots?|polls?|polling|run-?offs?|electoral|elections?|candidates?|candidacy|turnout|voters?"
        r"|campaign\w*|constituenc\w*|mayoral|presidential|referend\w*)\b",
        re.IGNORECASE,
    ),
}


def vote_kind(event: Event) -> str | None:
    """Which kind of vote (``VOTE_KINDS``) an election report tells by its own words, if just one."""
    if event.type != "election":
        return None
    kinds = [kind for kind, words in VOTE_KINDS.items() if words.search(event.label)]
    return kinds[0] if len(kinds) == 1 else None


def different_votes(a: Event, b: Event) -> bool:
    """ "Bucharest's council voted on Tuesday to raise fares" and "Disputed ballots are nothing new" (probe31), "lost
    a confidence vote" and "Elections New Brunswick" (probe21): a chamber's vote and a popular vote, two events of
    one week's news however near their days and places."""
    kind_a, kind_b = vote_kind(a), vote_kind(b)
    return kind_a is not None and kind_b is not None and kind_a != kind_b


# acts one operation does at once, which two outlets tell by either: "the navy seized a tanker" and "arrested the
# crew" are one boarding
ACTS_DONE_TOGETHER = frozenset({frozenset({"confiscation", "arrest"})})


def _arrest_by_its_noun(event: Event) -> str | None:
    """ "was taken into custody", "placed in detention": an arrest told by its noun, which is no march broken up nor
    goods seized (probe28).  Not evidence that two reports are one arrest: "23 protesters had been arrested" is no
    suspect taken into custody (``one_act_named`` reads the word alone)."""
    if event.type != "coercion":
        return None
    return "arrest" if _a_word_begins(event.label.lower(), ACTS_OF_TYPE["coercion"]["arrest"]) else None


def _a_word_begins(text: str, stems: tuple[str, ...]) -> bool:
    """Whether a word of ``text`` (lower case) begins with one of ``stems`` (a stem of two words begins none)."""
    return any(word.startswith(stems) for word in re.findall(r"[a-z]+", text))


def _reaction_kind(event_type: str) -> str:
    """ "denied any involvement in the attack" (a rejection of a part in it) and "denied playing any role in the
    attack" (a denial of it) are one speaker saying no to one piece of news, however each sentence was typed."""
    return "denial" if event_type == "rejection" else event_type


def _same_reaction(a: Event, b: Event) -> str:
    """ "The African Union condemned the seizure of power" and "the AU condemned the coup" in two articles of the
    same days: one speaker's reaction of one kind to news of one kind, reported (or dated by the news it answers)
    within days of each other, is told once per outlet.  Within one article a speaker who reacts twice reacts to
    two things."""
    answered = a.attribute(FOLLOWS) or a.attribute(CLAIM_TYPE)
    if a.type != b.type or not answered or answered != (b.attribute(FOLLOWS) or b.attribute(CLAIM_TYPE)):
        return ""
    if set(a.source_ids) & set(b.source_ids):
        return ""
    if a.latest is None or b.latest is None or abs((a.latest - b.latest).days) > RETELLING_DAYS:
        return ""  # reported, or bounded by the news they answer, in the same week
    if any(
        e.earliest is not None and e.latest is not None and (e.latest - e.earliest).days > RETELLING_DAYS
        for e in (a, b)
    ):
        return ""  # "has condemned coups since 2020" is no one reaction
    return f"the same {a.type} of the {answered} in the same days"


def _unnamed_on_both_sides(agents_a: set[str], agents_b: set[str], story: Story | None) -> bool:
    """Both reports name their agents only by what they are.  Attackers nobody has identified yet are described
    as each outlet saw them ("gunmen", "camouflaged assailants", "attackers"): no contradiction, though no
    agreement either.  Not so for other acts, where the group is who acted ("farmers protested" is not
    "students protested"), nor for a named agent against an unnamed one ("Russia" is not "gunmen")."""
    return story is not None and not story.named(agents_a) and not story.named(agents_b)


def _shared_places(places_a: set[str], places_b: set[str], story: Story | None) -> set[str]:
    """The places both reports name, a place counting for every place containing it ("in Krasnogorsk" agrees with
    "in Russia": the wider one is what they share) and for the towns next to it ("near Moscow", 20 km away)."""
    if story is None:
        return places_a & places_b
    shared = (places_a & story.region(places_b)) | (places_b & story.region(places_a))
    return shared | {f"{a} near {b}" for a in places_a - shared for b in places_b - shared if story.near(a, b)}


def _venues(actors: set[str], other: Event, story: Story | None) -> set[str]:
    """The actors of one report that are the other's own place, a site narrower than any place of the story: a
    refinery, a hotel, a temple ("Ukraine" is a country and a place alike, and tells no one event)."""
    if story is None:
        return set()
    wide = set(story.parents.values())
    return {
        x for x in actors & set(own_place_ids(other)) if story.kinds.get(x) not in ("country", None) and x not in wide
    }


def _bare(event: Event) -> bool:
    """A report that names no one and nowhere: nothing in it tells its event from another of its kind."""
    return not event.participants and not own_place_ids(event)


def own_place_ids(event: Event) -> tuple[str, ...]:
    """The places a report gives itself, not those it took from its article's story (``ARTICLE_PLACES``)."""
    return () if event.attribute(PLACE_BASIS) in ARTICLE_PLACES else event.place_ids


def places_apart(a: Event, b: Event, story: Story) -> bool:
    """Both reports give places of their own and neither lies in or around the other's ("Kharkiv" and "Ukraine"
    agree, "Kharkiv" and "Moscow" do not)."""
    places_a, places_b = own_place_ids(a), own_place_ids(b)
    if not (places_a and places_b):
        return False
    if set(places_a) & _roles(b, ("target",)) or set(places_b) & _roles(a, ("target",)):
        return False  # "the attack on the Hotel Azul" there, "gunmen attacked the Hotel Azul in Pemba": one venue
    region_a, region_b = story.region(places_a), story.region(places_b)
    return not (set(places_a) & region_b or set(places_b) & region_a)


def recent(dated: Event, undated: Event) -> bool:
    """The dated event is the article's news: within days of the report that bounds the undated one ("has spoken
    with Putin" after "took the call on November 7"), not background years before it ("Jobs' death" after "in
    1996 Jobs returned to Apple")."""
    if dated.latest is None or undated.latest is None:
        return True  # nothing bounds the undated report: nothing says the dated event is old news to it
    return (undated.latest - dated.latest).days <= RETELLING_DAYS


def _stale_retelling(undated: Event, dated: Event) -> bool:
    """An undated report in another article published long after a dated event is not known to be it: "rebels
    shelled the port again" a month after the dated shelling of that port (its open start overlaps any date)."""
    if not _undated(undated) or _undated(dated) or set(undated.source_ids) & set(dated.source_ids):
        return False
    if undated.type not in ANCHORED_TYPES and dated.type not in ANCHORED_TYPES:
        return False  # a product launch or a deal is referred back to for years ("introduced the iPhone 4")
    if undated.latest is None or dated.latest is None:
        return False
    return (undated.latest - dated.latest).days > RETELLING_DAYS


def _retelling(undated: Event, dated: Event) -> str:
    """ "133 people were killed in the attack near Moscow" reported the day after the dated attack near Moscow:
    an undated report of the same kind of headline news, published within days of the dated event."""
    if undated.type != dated.type or undated.type not in ANCHORED_TYPES:
        return ""
    if not _undated(undated) or _undated(dated) or undated.latest is None or dated.latest is None:
        return ""
    if undated.attribute(ANSWERED_IN_SENTENCE):
        return ""  # what the news answered ("in retaliation for an airstrike"), not a retelling of the news
    days = (undated.latest - dated.latest).days
    if not 0 <= days <= RETELLING_DAYS or dated.attribute("planned"):
        return ""
    if dated.earliest is not None and (dated.latest - dated.earliest).days > RETELLING_DAYS:
        return ""  # "coups in the last three years" is background, not the news being retold
    return f"an undated report of the {dated.type}, published {days} day(s) after its date"


# The kinds of disaster news tells apart, by the word that reported one ("exploded", "the blast"): two reports of
# one kind, on one day, in one place, naming no one who did it, are one disaster; an explosion and a flood are two.
DISASTER_KINDS: Mapping[str, tuple[str, ...]] = {
    "explosion": ("explo", "blast", "blew up", "blown up", "detonat"),
    "fire": ("fire", "blaze", "ablaze", "burn", "flame", "inferno"),
    "earthquake": ("earthquake", "quake", "tremor"),
    "flood": ("flood", "inundat"),
    "storm": ("storm", "hurricane", "typhoon", "cyclone", "tornado"),
    "collapse": ("collaps", "caved in", "cave-in", "gave way", "give way", "gives way", "given way", "giving way"),
    "landslide": ("landslide", "mudslide"),
    "crowd crush": ("stampede", "crush", "crowd surge"),
}
# A death told after the disaster's day or away from it ("died in hospital overnight", "later died of her injuries"):
# the toll rising, which news tells as an event of its own.
_LATER_TOLL = re.compile(r"\b(?:in (?:a |the )?hospital|later|overnight|succumbed)\b", re.IGNORECASE)
# Words that tell a report of a second event of its kind ("a second blast an hour later", "another fire").
# ("the second in a month" says the same one is the second: not these)
# ("Separately, a lorry overturned": news the text sets apart from what it told before; not "elsewhere", which may
# be the same storm's damage in other places)
_ANOTHER_OF_ITS_KIND = re.compile(
    r"\b(?:another|an? (?:second|third|separate|further|new)|separately)\b", re.IGNORECASE
)


def tells_another(a: Event, b: Event) -> bool:
    """Either report says it is a second one of its kind: "A second blast, at about 11 p.m., hit a warehouse",
    "another fire broke out", "Separately, a lorry overturned": not the first one told again."""
    return any(_ANOTHER_OF_ITS_KIND.search(_report_sentence(e)) for e in (a, b))


def _kinds_named(text: str) -> set[str]:
    # each word and each pair of words ("blew up", "cave-in"): a pattern taking words two by two would read "in a
    # stampede" as "in a" and "stampede" never
    words = re.findall(r"[a-z]+", text.casefold())
    phrases = [*words, *(f"{w} {v}" for w, v in itertools.pairwise(words))]
    return {
        kind
        for kind, stems in DISASTER_KINDS.items()
        for w in phrases
        if any(w.startswith(s.replace("-", " ")) for s in stems)
    }


def disaster_kind(event: Event) -> str | None:
    """Which kind of disaster (``DISASTER_KINDS``) ``event`` is: the one the word that reported it names, else the
    one kind its sentences name ("21 injured when a reactor exploded": the injuries are the explosion's)."""
    if event.type != "disaster":
        return None
    trigger = event.attribute("trigger")
    named = _kinds_named(trigger) if isinstance(trigger, str) else set()
    named = named or _kinds_named(" ".join(m.quote for m in event.mentions))
    return next(iter(named)) if len(named) == 1 else None


def _narrow_shared_places(a: Event, b: Event, shared: set[str], story: Story) -> set[str]:
    """The places two reports share that are narrower than a country or region either of them names."""
    return shared - _wide_places(a, story) - _wide_places(b, story)


def _wide_places(event: Event, story: Story) -> set[str]:
    """The places of ``event`` that contain other places of the story (a country, a region), or that its article
    gave as the one country it is about: one disaster in a country says little of which one it was."""
    wide = set(story.parents.values())
    if event.attribute(PLACE_BASIS) == STORY_COUNTRY_PLACE:
        wide |= set(event.place_ids)
    return wide & set(event.place_ids)


def one_disaster(a: Event, b: Event, story: Story | None) -> tuple[str, ...]:
    """ "A fireworks warehouse exploded in Puebla late on Monday" and "the explosion in Puebla on Monday" in the next
    day's paper, or "The blast, at about 9.30 p.m." later in the first article: reports of one kind of disaster
    that name no agent (nobody did it), on days that meet, in one place.  Across articles both are dated to that one
    day and share a place narrower than a country (two explosions in one country on one day are news enough);
    within one article its own window (a clock time and no day) will do, a report that gives no place at all
    names nothing that could make it another, and a report whose words name no kind of disaster ("Fourteen
    passengers died", "the bus plunged into a ravine", "Saturday's accident") is the article's disaster of that day
    or night, unless it tells the toll rising later ("a girl died in hospital overnight").  "A second blast",
    "another fire", "Separately, a lorry overturned": two."""
    if story is None or _undated(a) or _undated(b) or a.type != "disaster" or b.type != "disaster":
        return ()
    kinds = {disaster_kind(a), disaster_kind(b)}
    if len(kinds - {None}) > 1:
        return ()
    one_article = bool(set(a.source_ids) & set(b.source_ids))
    # within one article a report whose words name no kind ("Fourteen passengers died", "the bus plunged into a
    # ravine", "Saturday's accident") tells the disaster the article tells on that day or night
    if None in kinds and not (one_article and _within_days(a, b)):
        return ()
    kind = next(iter(kinds - {None}), "disaster")
    if None in kinds and any(_LATER_TOLL.search(_report_sentence(e)) for e in (a, b) if disaster_kind(e) is None):
        return ()  # "a girl died in hospital overnight": the toll rising after the disaster, news of its own
    # across articles nobody did it; within one article a thing the parser made the agent ("the middle span of a
    # bridge collapsed") contradicts nothing the caller has not checked (two different named agents)
    if not one_article and (story.named(_agents(a)) or story.named(_agents(b))):
        return ()
    if tells_another(a, b):
        return ()
    places_a, places_b = set(a.place_ids), set(b.place_ids)
    shared = _shared_places(places_a, places_b, story)
    if one_article:
        if places_a and places_b and not shared:
            return ()
        where = f"in {', '.join(sorted(shared))}" if shared else "told again in one article, naming no place"
        day = a.earliest if _same_day(a, a) else b.earliest
        return (f"the same {kind} on {day}, no agent on either side", where)
    narrow = _narrow_shared_places(a, b, shared, story)
    if not _same_day(a, b) or not narrow:
        return ()
    return (f"the same {kind} on {a.earliest}, no agent on either side", f"in {', '.join(sorted(narrow))}")


# Crowd control: the police's side of unrest ("fired tear gas", "used water cannon", "detained 23 people after the
# clashes"), which news tells act by act, each of another type (an attack, coercion).
# (not "riot": "riot police" names the force, whatever it did)
CROWD_CONTROL = re.compile(
    r"\b(?:tear ?gas|water cannons?|rubber bullets?|batons?|pepper spray|stun grenades?|clash(?:es|ed)?)\b",
    re.IGNORECASE,
)
# Not "protest": "the clashes" are told in one breath with the strike or march they broke out of ("the strike shut
# the country, and riot police clashed with protesters"), which news tells as an event of its own.
CROWD_CONTROL_TYPES = frozenset({"attack", "coercion"})
# The people a clash is with, named by what they were: arrests of them are crowd control though no weapon is named.
CROWD = re.compile(r"\b(?:protesters?|demonstrators?|rioters?|marchers?)\b", re.IGNORECASE)
# The forces that do crowd control, by the last word of their actor id ("riot-police", "kenyan-police", "officers").
SECURITY_FORCES = frozenset({"police", "officers", "gendarmes", "gendarmerie", "guards", "forces", "troops"})
# Days a clash may be reported after it without a date of its own (the next morning's paper, a weekend edition).
CLASH_REPORT_DAYS = 2


def _report_sentence(event: Event) -> str:
    """What ``event`` itself was reported in: its label and its first sentence (a merged node's later sentences
    are other reports')."""
    return f"{event.label} {event.mentions[0].quote if event.mentions else ''}"


def is_crowd_control(event: Event, story: Story) -> bool:
    """ "Riot police fired tear gas at protesters", "nine protesters were arrested after the clashes": an act of
    the police's side of unrest, by no one named but the police (a named army's shelling is an attack of its own)."""
    if event.type not in CROWD_CONTROL_TYPES:
        return False
    agents = {a for a in story.named(_agents(event)) if a.rsplit("-", 1)[-1] not in SECURITY_FORCES}
    if agents:
        return False
    sentence = _report_sentence(event)
    if event.type == "coercion":
        return bool(CROWD_CONTROL.search(sentence) or CROWD.search(sentence))
    return bool(CROWD_CONTROL.search(sentence))


def _clash_day(a: Event, b: Event) -> dt.date | None:
    """The one day both reports can be of: one gives it, and the other gives it too, or a window of days around it,
    or no date but a report within ``CLASH_REPORT_DAYS`` after it."""
    for day_report, other in ((a, b), (b, a)):
        day = day_report.earliest if _same_day(day_report, day_report) else None
        if day is not None and _around(other, day):
            return day
    return None


def _around(event: Event, day: dt.date) -> bool:
    if event.latest is None:
        return False
    if event.earliest is None:  # bounded by its report only
        return day <= event.latest <= day + dt.timedelta(days=CLASH_REPORT_DAYS)
    return event.earliest <= day <= event.latest and (event.latest - event.earliest).days <= CLASH_REPORT_DAYS


def one_clash(a: Event, b: Event, story: Story | None) -> tuple[str, ...]:
    """The tear gas and the arrests of one day in one place, however each report was typed: one
    clash.  Within one article the places must not be apart; across articles they must share one narrower than a
    country (the police fire tear gas in many towns of a country on a day of unrest)."""
    if story is None or not (is_crowd_control(a, story) and is_crowd_control(b, story)):
        return ()
    if is_background(a) or is_background(b):
        return ()
    one_article = bool(set(a.source_ids) & set(b.source_ids))
    places_a, places_b = set(a.place_ids), set(b.place_ids)
    shared = _shared_places(places_a, places_b, story)
    day = _clash_day(a, b) or (
        a.latest if one_article and _undated(a) and _undated(b) and a.latest == b.latest else None
    )
    if day is None:
        return () if one_article else _undated_clash_retold(a, b, places_a, places_b, shared)
    what = f"crowd control on {day} ({a.type} and {b.type}), no one named on either side but the police"
    if one_article:
        if places_a and places_b and not shared:
            return ()
        return (what, f"in {', '.join(sorted(shared))}" if shared else "told again in one article")
    narrow = _narrow_shared_places(a, b, shared, story)
    if narrow:
        return (what, f"in {', '.join(sorted(narrow))}")
    counted = _same_count_of_people(a, b)
    return (what, counted) if counted and (shared or not (places_a and places_b)) else ()


def _undated_clash_retold(
    a: Event, b: Event, places_a: set[str], places_b: set[str], shared: set[str]
) -> tuple[str, ...]:
    """Two articles of the same days, each telling a clash without its date, with the same count of the same people
    ("officers fired tear gas ... and 31 people were detained", "police used tear gas and detained 31 people")."""
    if not (_undated(a) and _undated(b)) or a.latest is None or b.latest is None:
        return ()
    if abs((a.latest - b.latest).days) > CLASH_REPORT_DAYS or (places_a and places_b and not shared):
        return ()
    counted = _same_count_of_people(a, b)
    what = f"crowd control told undated in the same days ({a.type} and {b.type}), no one named but the police"
    return (what, counted) if counted else ()


def _same_count_of_people(a: Event, b: Event) -> str:
    """ "23 people were detained" and "police detained 23 people": the same number of the same people, which outlets
    retell as the figure they were given."""
    for target in sorted({p.actor_id for p in a.participants} & {p.actor_id for p in b.participants}):
        noun = target.replace("-", " ")
        shared = {n for n in _counts_of(a, noun) & _counts_of(b, noun) if n >= MIN_TELLING_COUNT}
        if shared:
            return f"the same {min(shared)} {noun}"
    return ""


# How many leading letters two trigger words share to name one act: "condemned" and "condemnation", "recalled" and
# "recall", "claimed" and "claims" (not "said" and "saying": a bare speech verb names no act of its own).
TRIGGER_STEM = 5
# Verbs that report speech and nothing else: two statements sharing one of them share nothing.
BARE_SPEECH_VERBS = (
    "say", "said", "tell", "told", "state", "add", "note", "comment", "remark", "speak", "spoke", "announc", "report",
    "declar", "write", "wrote", "post", "confirm", "insist", "argu", "explain",
)  # fmt: skip


def _trigger_stem(event: Event) -> str:
    trigger = event.attribute("trigger")
    return trigger.casefold()[:TRIGGER_STEM] if isinstance(trigger, str) and len(trigger) >= 4 else ""


def told_as_one_act(a: Event, b: Event) -> bool:
    """Two reports the typer left ``other`` ("identified the object", "relocated the herd"), read from the same word
    for an act that is no word of saying, or from two words WordNet gives one sense ("arrived", "touched down",
    ``schema.act_senses``): an act, which the word tells as a type would, and not speech (a speaker's many
    statements of a day, which one agent and one day never join) once the two are told alike (``one_untyped_act``)
    or in one place narrower than a country."""
    if a.type != "other" or b.type != "other" or not (_same_trigger_word(a, b) or one_sense(a, b)):
        return False
    return not _told_by_a_word_of_saying(a)


# the names of days and months, which two reports of one day share whatever they tell (the part of a day, "morning",
# is no such word: two reports of one day may tell it or another)
_CALENDAR_WORDS = frozenset(
    name.casefold()[:6] for name in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if name
)
# Content words two outlets' sentences of one untyped act must share, names aside, to tell the same thing done.
MIN_UNTYPED_SHARED_WORDS = 2
# the kinds of place that hold many acts of one agent on one day (a country, a province)
WIDE_PLACE_KINDS = frozenset({"country", "region"})


def _towns_and_sites(places: set[str], story: Story | None) -> set[str]:
    """The places narrower than a region (a town, a park, a port): a country's research institute identifies many
    things in a day, in the one country."""
    if story is None:
        return set()
    return {place for place in places if story.place_kinds.get(place) not in WIDE_PLACE_KINDS} - set(
        story.parents.values()
    )


def one_untyped_act(a: Event, b: Event) -> str:
    """ "CONAE today identifies the object as a helium tank from the second stage of an Arrow rocket" and "On Friday
    CONAE identified it from its markings as an Arrow second-stage pressure vessel", or "moved an under-17
    qualifying group from San Pedro Sula to Guatemala City last Friday" and "moved the four-team group to Guatemala
    City": two outlets telling an act no type covers (``told_as_one_act``) on one stated day, with the same things in
    their sentences besides the names of those in it and of places, the word for the act and the day.  What an agent
    does to other things that day shares only the agent, the word and the day ("identified the carcass as a
    bottlenose whale", "identified a new parasite in farmed salmon")."""
    if not told_as_one_act(a, b) or set(a.source_ids) & set(b.source_ids) or not _same_day(a, b):
        return ""
    if _a_plan_background_or_another_act(a, b):
        return ""
    shared = _content_words_in_common(a, b)
    if len(shared) < MIN_UNTYPED_SHARED_WORDS:
        return ""
    words = " / ".join(dict.fromkeys(str(e.attribute("trigger")) for e in (a, b)))
    return f"the same act ({words}) on {a.earliest}, about the same: " + ", ".join(sorted(shared)[:6])


# speech that tells news: a statement, and a confirmation of a report
ANNOUNCING_TYPES = frozenset({"statement", "confirmation"})


def _untyped_act(event: Event) -> bool:
    """A report left ``other`` by a word for an act that is no word of saying ("landed", "sent")."""
    trigger = event.attribute("trigger")
    return event.type == "other" and isinstance(trigger, str) and not _told_by_a_word_of_saying(event)


def _kinds_one_act_may_be_told_as(a: Event, b: Event) -> bool:
    """The types two outlets' reports of one act by one agent have when they tell it in different words: one type
    that is no speech ("began a strike", "walked out"), or an act no type covers beside another such act or the
    speech that tells it ("sent the federation a formal demand", "demanded that the federation repay").  An untyped
    act beside a typed one is left: an agent does several kinds of thing in a day ("arrested twelve traders at the
    market", "closed the market"), and tells of them ("said on Friday that drivers at the station would be paid");
    unless WordNet gives the two words one sense ("called off", "the cancellation", ``schema.act_senses``)."""
    if a.type == b.type and a.type not in SPEECH_TYPES:
        # a disaster is no agent's act: the "people" who died are its victims, and one_disaster weighs its reports
        return a.type != "disaster"
    if any(_untyped_act(e) and other.type not in SPEECH_TYPES for e, other in ((a, b), (b, a))) and one_sense(a, b):
        return True  # "called off all its concerts" left untyped, "announced the cancellation" typed: one sense
    return any(_untyped_act(e) and other.type in SPEECH_TYPES - ANNOUNCING_TYPES for e, other in ((a, b), (b, a)))


def one_act_told_in_other_words(a: Event, b: Event, shared_agents: set[str]) -> str:
    """dups31: "The crews walked out at 6 a.m. on Monday" and "began an open-ended strike ... on Monday" (probe30),
    "a Colombian army Black Hawk ... came down in a clearing" and "a helicopter of the National Army ... landed"
    (probe30), "sent the university a formal demand for repayment" and "demanded that the university repay"
    (probe28): one agent's act on one stated day told by two outlets in two words for it, their sentences telling
    the same things besides the names, the words for the act and the day (what was hit, where, how many).  An agent
    and a day alone are no evidence (a group's many acts of a day, an untyped act read like speech); the words
    shared are the second argument ``one_untyped_act`` takes from one word for the act."""
    if not shared_agents or set(a.source_ids) & set(b.source_ids) or not _one_stated_day(a, b):
        return ""
    if not _kinds_one_act_may_be_told_as(a, b):
        return ""
    if _a_plan_background_or_another_act(a, b):
        return ""
    shared = _content_words_in_common(a, b)
    # two untyped acts in two words may be two acts of the agent's day ("closed the central bus station", "opened a
    # temporary bus station"): they must be told as alike as headline news no outlet dates (``news_told_alike``),
    # unless WordNet gives the two words one sense ("halted", "stopped")
    in_two_senses = a.type == b.type == "other" and not one_sense(a, b)
    needed = MIN_UNDATED_SHARED_WORDS if in_two_senses else MIN_UNTYPED_SHARED_WORDS
    if len(shared) < needed:
        return ""
    words = f"{a.attribute('trigger')} / {b.attribute('trigger')}"
    return f"one act ({words}) on {_stated_day(a, b)}, told alike: " + ", ".join(sorted(shared)[:6])


def _told_by_a_word_of_saying(event: Event) -> bool:
    trigger = event.attribute("trigger")
    return isinstance(trigger, str) and trigger.casefold().startswith(BARE_SPEECH_VERBS)


def _a_plan_background_or_another_act(a: Event, b: Event) -> bool:
    """What no words in common make one act: a plan, background told again, or a report telling another act."""
    return any(e.attribute("planned") or is_background(e) for e in (a, b)) or tells_another(a, b)


def news_and_its_announcement(a: Event, b: Event, story: Story | None) -> tuple[str, ...]:
    """dups31: "the Ministry of Health confirmed on Monday an outbreak of leptospirosis" typed as the outbreak and
    "an outbreak that the Ministry of Health confirmed on 9 November" typed as what was said (probe31); "the Public
    Health Agency reported an outbreak of listeriosis" and "the Public Health Agency announced that it is
    investigating an outbreak" (probe29): one agent's announcement, told by one outlet by the news it tells (headline
    news, ``ANCHORED_TYPES``, reported by a word of saying) and by another as speech, on one stated day, their sentences
    telling the same things besides the names, the words and the day.  The types differ, but the word says both
    reports are the saying; what the agent said of other news that day shares too little ("said on Monday that
    exports of beef would stop")."""
    for news, speech in ((a, b), (b, a)):
        if news.type not in ANCHORED_TYPES or speech.type not in ANNOUNCING_TYPES:
            continue  # headline news an agent makes known, not its own dealings ("reported a quarterly loss")
        if not (_told_by_a_word_of_saying(news) and _told_by_a_word_of_saying(speech)):
            continue
        agents = _one_agent_in_two_reports_of_a_day(a, b, story)
        if not agents:
            return ()
        shared = _content_words_in_common(a, b)
        if len(shared) < MIN_UNTYPED_SHARED_WORDS:
            return ()
        return (
            "agent " + ", ".join(sorted(agents)),
            f"one announcement ({news.attribute('trigger')} / {speech.attribute('trigger')}) on "
            f"{_stated_day(a, b)}, told as the {news.type} and as what was said: " + ", ".join(sorted(shared)[:6]),
        )
    return ()


def act_and_its_announcement(a: Event, b: Event, story: Story | None) -> tuple[str, ...]:
    """dups34: "the company Salamis Air Ltd announced the immediate cessation of all its flights" and, in another
    article, "Salamis Air stopped all flights late on Sept. 8" (probe32): one agent's act on one stated day, told by
    one outlet as the agent's announcement of it, by the act's noun, and by another as the act, in a word WordNet
    gives the noun's sense (``schema.act_senses``); what the announced act was done to told in the act's clause (a
    word of it in both), and no name in it that the act's sentence lacks: another act of its kind announced that day
    ("the suspension of its flights to Tel Aviv") names what the other does not tell."""
    for speech, act in ((a, b), (b, a)):
        if speech.type not in ANNOUNCING_TYPES or not _told_by_a_word_of_saying(speech):
            continue
        if act.type in SPEECH_TYPES and not _untyped_act(act):
            continue
        noun = announced_as_done(speech, act)
        announced = announced_act(speech)
        if noun is None or announced is None:
            continue
        agents = _one_agent_in_two_reports_of_a_day(a, b, story)
        if not agents:
            return ()
        done_to = announced[1][:DONE_TO_WORDS]
        agent_stems = {part[:6] for x in agents for part in x.split("-")}
        names = _content_stems(w for w in done_to if w[0].isupper()) - agent_stems
        if not names <= set().union(*_sentence_words(act)):
            return ()  # what was announced names what the act's report does not tell
        shared = _content_stems(w for w in done_to if not w[0].isupper()) & _content_stems(_done_to(act) or [])
        if not shared:
            return ()
        return (
            "agent " + ", ".join(sorted(agents)),
            f"one act announced by its noun and told done ({noun} / {act.attribute('trigger')}) on "
            f"{_stated_day(a, b)}, done to the same: " + ", ".join(sorted(shared)[:4]),
        )
    return ()


def _content_words_in_common(a: Event, b: Event) -> set[str]:
    """The words two reports' sentences share besides the names of those in them and of their places, the word for
    the act and the day: what tells the same thing done."""
    names = _actor_words(a) | _actor_words(b)
    names |= _place_words(a) | _place_words(b)
    names |= {str(e.attribute("trigger")).casefold()[:6] for e in (a, b)} | _CALENDAR_WORDS
    return most_shared(_sentence_words(a), _sentence_words(b), names)


# The forms of "be" that make the word after them passive: "was suspended", "have been shut".
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
# Words after an active verb that hold what it was done to ("suspended the import licence of Jubilee Fuels Ltd").
DONE_TO_WORDS = 8


def _done_to(event: Event) -> list[str] | None:
    """The words of a report's clause telling what its act was done to: those after the word for the act ("the city
    closed the Dom Luis bridge to traffic"), or before it when it is passive ("The company's licence was suspended");
    None when the clause does not hold the word."""
    trigger = event.attribute("trigger")
    if not isinstance(trigger, str) or len(trigger) < 4:
        return None
    words = _WORD.findall(event.label)
    stem = trigger.casefold()[:TRIGGER_STEM]
    at = next((i for i, word in enumerate(words) if word.casefold().startswith(stem)), None)
    if at is None:
        return None
    if at > 0 and words[at - 1].casefold() in BE_FORMS:
        return words[: at - 1]
    return words[at + 1 : at + 1 + DONE_TO_WORDS]


def _content_stems(words: Iterable[str]) -> set[str]:
    """The content words of ``words`` cut to six letters, as ``_sentence_words`` has them, days and months aside."""
    return _word_stems(words) - _CALENDAR_WORDS


def one_act_told_without_agent(a: Event, b: Event) -> tuple[str, ...]:
    """ "The Authority has today suspended the import licence of Jubilee Fuels Ltd" and, in another article, "The
    company's licence was suspended on Tuesday": one act told by one outlet with whoever did it and by another
    without, on one stated day, in the same word (or words for one act of their type), done to the same thing (a
    word of what it was done to in both).  The report naming no agent has no one to contradict the other; a name in
    what it was done to that the other's sentence lacks ("Coastline Petroleum's licence") is another thing.

    dups33: when the clause does not hold what the act was done to ("That restriction lasted six days and was lifted
    at noon on Saturday", "He was expelled from the tournament that evening", "the paper, which was cancelled on
    2026.08.11") the two sentences must tell some same thing besides the names, the word and the day ("restriction",
    "tournament" and "evening", "question paper"); and reports of which neither names an agent ("the restriction ...
    is lifted from 12:00 on 18.04.2026") have no one to contradict each other either."""
    if not _kinds_one_act_without_agent_may_have(a, b) or set(a.source_ids) & set(b.source_ids):
        return ()
    if (_agents(a) and _agents(b)) or not (_one_stated_day(a, b) and _one_word_for_the_act(a, b)):
        return ()
    if _a_plan_background_or_another_act(a, b):
        return ()
    kind = b.type if a.type == "other" else a.type
    day = f"the same {kind} on {_stated_day(a, b)}"
    unattributed = [(e, other) for e, other in ((a, b), (b, a)) if not _agents(e)]
    if not all(_done_to_names_told_by(e, other) for e, other in unattributed):
        return ()  # a name in what one was done to that the other does not tell: another thing
    naming = "neither report naming an agent" if len(unattributed) == 2 else "one report naming no agent"
    for e, other in unattributed:
        shared = _done_to_in_common(e, other)
        if shared:
            return (day, "done to the same (" + ", ".join(sorted(shared)[:4]) + f"), {naming}")
    told_alike = _content_words_in_common(a, b)
    # two words for the act ("arrived", "touched down") tell less than one: more must be told alike
    needed = MIN_WORDS_TOLD_WITHOUT_AGENT if _one_listed_word_for_the_act(a, b) else MIN_UNTYPED_SHARED_WORDS
    if len(told_alike) < needed:
        return ()
    told = "in one word" if needed == MIN_WORDS_TOLD_WITHOUT_AGENT else "in two words of one sense"
    return (day, f"told {told}, {naming}, about the same: " + ", ".join(sorted(told_alike)[:6]))


# Content words the sentences of one act told in one word on one day, by at most one naming who did it, share besides
# the names, the word and the day, when its clause does not hold what the act was done to.
MIN_WORDS_TOLD_WITHOUT_AGENT = 1


def _kinds_one_act_without_agent_may_have(a: Event, b: Event) -> bool:
    """One type that is no speech, or an untyped act (``told_as_one_act``); or one report typed and the other left
    ``other`` by a word for an act that is no word of saying ("is lifted" read as yielding, and left untyped)."""
    if a.type == b.type:
        return a.type not in SPEECH_TYPES or told_as_one_act(a, b)
    untyped, typed = (a, b) if a.type == "other" else (b, a)
    return untyped.type == "other" and _untyped_act(untyped) and typed.type not in SPEECH_TYPES


def _done_to_names_told_by(unattributed: Event, other: Event) -> bool:
    """The names in what the unattributed report's act was done to are all in the other report's sentence, but for
    the names of its own places, which the places of the two weigh ("arrived at Larnaca International Airport")."""
    done_to = _done_to(unattributed) or []
    names = _content_stems(w for w in done_to if w[0].isupper()) - _place_words(unattributed)
    return names <= set().union(*_sentence_words(other))


def _actor_words(event: Event) -> set[str]:
    """The words of the names of an event's actors, cut to six letters as ``_sentence_words`` has them."""
    return {part[:6] for p in event.participants for part in p.actor_id.split("-") if len(part) > 2}


def _place_words(event: Event) -> set[str]:
    """The words of the names of an event's places, cut to six letters as ``_sentence_words`` has them."""
    return {part[:6] for place in event.place_ids for part in place.split("-") if len(part) > 2}


def _done_to_in_common(unattributed: Event, other: Event) -> set[str]:
    """The words of what the act was done to in both reports' clauses (a place both name aside: "moved the
    championships to Torun", "moved a roof in Torun")."""
    done_to, done_to_other = _done_to(unattributed), _done_to(other)
    if done_to is None or done_to_other is None:
        return set()
    places = _place_words(unattributed) | _place_words(other)  # where it was done is no thing it was done to
    return (_content_stems(w for w in done_to if not w[0].isupper()) & _content_stems(done_to_other)) - places


def _claim_of_responsibility(event: Event) -> bool:
    """ "The group claimed responsibility for the bombing": the act is the claim, whatever else the sentence says."""
    said = {w for words in event.attribute(SAID, ()) or () for w in words}
    return _trigger_stem(event).startswith("claim") and any(w.startswith("respon") for w in said)


# Words of a sentence that tell nothing of what it reports (and the particles of phrasal verbs: "touched down" and
# "came down" share no thing told).
_FUNCTION_WORDS = frozenset(
    (
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
        "over", "under", "after", "before", "during", "about", "against", "into", "onto", "than", "then", "that",
        "this", "these", "those", "its", "his", "her", "their", "our", "your", "has", "have", "had", "was", "were",
        "been", "being", "is", "are", "be", "will", "would", "could", "should", "may", "might", "can", "not", "also",
        "said", "says", "say", "who", "whom", "which", "what", "when", "where", "while", "there", "here", "it", "they",
        "he", "she", "we", "you", "them", "him", "us", "very", "more", "most", "some", "any", "all", "each", "other",
        "such", "only", "just", "late", "early", "new", "among", "down", "out", "off", "up", "back", "away",
    )
)  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*")


def _sentence_words(event: Event) -> list[set[str]]:
    """The content words of each report's sentence, cut to six letters as the reported words are (schema/speech.py)."""
    return [_word_stems(_WORD.findall(m.quote)) for m in event.mentions]


def _word_stems(words: Iterable[str]) -> set[str]:
    return {w.casefold()[:6] for w in words if len(w) > 2 and w.casefold() not in _FUNCTION_WORDS}


# Content words two undated reports of headline news must share, the names and the word for the act aside, to be
# one event no outlet dated: more than a retelling of a dated act needs (MIN_RETOLD_WORDS), as nothing dates either.
MIN_UNDATED_SHARED_WORDS = 4


def news_told_alike(a: Event, b: Event) -> tuple[str, ...]:
    """ "A ransomware attack has shut down the computer systems of three hospitals" and "a ransomware attack knocked
    out every computer system of the hospitals", both told without a date in the same days, or "a ferry collided
    with a bulk carrier in fog on the estuary on Friday" and "his ship collided with a passenger ferry in fog on the
    estuary on Friday": headline news of one kind that no report dates, or that both date to one day, told in the
    same words (what was hit, how, where), nothing contradicting.  Two reports of one kind naming only their kind
    ("an attack", "a strike") are not enough: the words must tell the same happening."""
    if a.type != b.type or a.type not in ANCHORED_TYPES:
        return ()
    if _one_stated_day(a, b):
        when = f"reports of the {a.type} on {_stated_day(a, b)}"
    elif _undated(a) and _undated(b) and a.latest is not None and b.latest is not None:
        if abs((a.latest - b.latest).days) > RETELLING_DAYS:
            return ()
        when = f"undated reports of the {a.type} in the same days"
    else:
        return ()
    if any(e.attribute(ANSWERED_IN_SENTENCE) or e.attribute("planned") or is_background(e) for e in (a, b)):
        return ()
    if tells_another(a, b):
        return ()
    names = _actor_words(a) | _actor_words(b)
    # the day's name is no word of what was done: two acts of one day share it whatever they tell
    names |= {str(e.attribute("trigger")).casefold()[:6] for e in (a, b)} | _CALENDAR_WORDS
    shared = most_shared(_sentence_words(a), _sentence_words(b), names)
    if len(shared) < MIN_UNDATED_SHARED_WORDS:
        return ()
    return (when, "told alike: " + ", ".join(sorted(shared)[:6]))


def _same_subject(undated: Event, dated: Event) -> str:
    """What tells one agent's act from their other acts of its kind: the words of what was said (of the sentences that
    tell it, for other acts) shared, not the agent's own name nor the word for the act; or a claim of responsibility
    in both (a group claims one attack per attack)."""
    if _claim_of_responsibility(undated) and _claim_of_responsibility(dated):
        return "a claim of responsibility in both"
    names = _actor_words(undated)
    names.add(str(undated.attribute("trigger")).casefold()[:6])
    names.add(str(dated.attribute("trigger")).casefold()[:6])
    names |= _CALENDAR_WORDS  # a retelling and the dated act share their day's name whatever they tell
    speech = undated.type in SPEECH_TYPES
    reports_u = reported_words(undated) if speech else _sentence_words(undated)
    reports_d = reported_words(dated) if speech else _sentence_words(dated)
    enough = MIN_SHARED_WORDS if speech else MIN_RETOLD_WORDS
    best = most_shared(reports_u, reports_d, names)
    return "about the same: " + ", ".join(sorted(best)[:6]) if len(best) >= enough else ""


def retold_act(undated: Event, dated: Event, story: Story | None = None) -> tuple[str, ...] | None:
    """Evidence that an undated report in one article is the act another article dates: "the Ministry condemned the
    closures" told without a day, days after "the Ministry condemned the closures on Wednesday".

    The same named agents (all the undated report names), the same type and the same word for the act ("condemned",
    "condemnation"), the dated act told to the day or the week and no more than ``RETELLING_DAYS`` before the report,
    and the same subject: shared words of what was said, or of the sentences telling other acts ("recalled 40,000
    vans with faulty brakes"), or a claim of responsibility in both, since one agent does many acts of one kind ("the
    premier convened his advisers", "the premier convened the summit").  The caller makes sure the dated act is the
    only one that fits: with two, nothing tells which one the report retells."""
    if not _undated(undated) or _undated(dated) or undated.latest is None or dated.latest is None:
        return None
    if set(undated.source_ids) & set(dated.source_ids) or undated.type != dated.type or undated.type == "other":
        return None
    if is_background(undated) or is_background(dated) or undated.attribute(ANSWERED_IN_SENTENCE):
        return None
    if dated.attribute("planned") or dated.date_conflict or dated.earliest is None:
        return None
    if (dated.latest - dated.earliest).days > RETELLING_DAYS:
        return None  # "has condemned coups since 2020" is no one act
    if not 0 <= (undated.latest - dated.earliest).days <= RETELLING_DAYS:
        return None  # dated after the report, or too long before it to be its news
    # the named agents, all of them the dated act's ("condemnation from the ministry and anger from nurses")
    agents = story.named(_agents(undated)) if story is not None else _agents(undated)
    if not agents or not agents <= _agents(dated):
        return None
    if _shared_agents_and_places(undated, dated, story) is None:
        return None
    stem = _trigger_stem(undated)
    if not stem or stem != _trigger_stem(dated) or _told_by_a_word_of_saying(undated):
        return None
    subject = _same_subject(undated, dated)
    if not subject:
        return None
    return (
        "agent " + ", ".join(sorted(agents)),
        f"the same {undated.type} ({undated.attribute('trigger')}, {dated.attribute('trigger')})",
        subject,
        f"told undated within {RETELLING_DAYS} days of the only such act dated ({dated.earliest}..{dated.latest})",
    )


# The words that swear an oath, as stems of the reported words (schema/speech.py): "I swear", "I solemnly vow".
OATH_WORDS = ("swear", "swor", "oath", "vow")


def said_in_oath(speech: Event, oath: Event) -> tuple[str, ...] | None:
    """Evidence that ``speech`` is the oath sworn in ``oath``, a taking of office the same article tells:
    "“I swear to defend the constitution,” said Kesh" beside "Kesh was sworn in on Monday".  The speaker is
    the one sworn in, and what they said swears it."""
    if speech.type not in SPEECH_TYPES or act_of(oath) != "taking office":
        return None
    if not set(speech.source_ids) & set(oath.source_ids) or _undated(oath):
        return None
    if not overlaps(speech.earliest, speech.latest, oath.earliest, oath.latest):
        return None
    speakers = _agents(speech)
    if not speakers or not speakers <= {p.actor_id for p in oath.participants}:  # "sworn in": its subject
        return None
    sworn = [w for words in speech.attribute(SAID, ()) or () for w in words if w.startswith(OATH_WORDS)]
    if not sworn:
        return None
    return ("agent " + ", ".join(sorted(speakers)), f"the oath itself: “{sworn[0]}” said by the one sworn in")


# The words that report a defeat conceded: "conceded the race", "his concession", "admitted defeat".
CONCESSION_STEMS = ("conced", "concession")
ADMISSION_STEMS = ("admit", "accept", "acknowledg")


def is_concession(event: Event) -> bool:
    trigger = event.attribute("trigger")
    if not isinstance(trigger, str):
        return False
    word = trigger.casefold()
    return word.startswith(CONCESSION_STEMS) or (
        word.startswith(ADMISSION_STEMS) and "defeat" in event.label.casefold()
    )


# Participles that tell what an agent said by doing something ("blocked the road, demanding compensation").
SAYING_PARTICIPLES = frozenset(
    {"saying", "demanding", "calling", "accusing", "arguing", "urging", "warning", "vowing", "claiming", "insisting"}
)
# What may stand between an act's words and the participle attached to it: a comma, a dash, nothing else.
_ATTACHED = re.compile(r"\s*[,;:\u2013\u2014-]?\s*")
LABEL_EDGE = 20  # characters of a label looked for in its sentence (labels may drop a clause in their middle)


def _attached_after(sentence: str, act: Event, speech: Event) -> bool:
    """``speech``'s words begin right after ``act``'s in ``sentence``, a comma between them at most."""
    act_end = act.label[-LABEL_EDGE:]
    end = sentence.find(act_end)
    start = sentence.find(speech.label[:LABEL_EDGE])
    if end < 0 or start < 0:
        return False
    return _ATTACHED.fullmatch(sentence[end + len(act_end) : start]) is not None


# dups23 class 2: the acts one force or office does in one raid, each told by its own verb ("searched 19 homes",
# "detained nine people", "seized cash and phones"), and the types they are read as
OPERATION_STEMS = ("search", "raid", "arrest", "detain", "seiz", "confiscat", "impound")
OPERATION_TYPES = frozenset({"investigation", "coercion", "military", "other"})


def _operation_act(event: Event) -> str | None:
    trigger = event.attribute("trigger")
    if event.type not in OPERATION_TYPES or not isinstance(trigger, str):
        return None
    return next((stem for stem in OPERATION_STEMS if trigger.casefold().startswith(stem)), None)


# the words an article uses for a force's men once it has named the force ("officers", "agents")
FORCE_WORDS = frozenset({"officers", "police", "policemen", "agents", "investigators", "detectives", "officer"})


def _bare_force(agents: set[str]) -> bool:
    return all(_id_words(x) <= FORCE_WORDS for x in agents)


def one_operation(a: Event, b: Event, story: Story | None = None) -> tuple[str, ...]:
    """ "Tax police searched 23 homes on Tuesday, detained nine people and seized cash": one article telling one
    raid act by act, by one agent on one day: one event (typed by the arrests, ``merge_events``). Only within one
    article, where the agent is surely the same force, and on days that meet: a search on Monday and arrests on
    Thursday, or another force's arrests elsewhere that day, stay apart (places contradicting keep them apart)."""
    act_a, act_b = _operation_act(a), _operation_act(b)
    if act_a is None or act_b is None or act_a == act_b:
        return ()  # one act told twice is the other rules' to judge
    if not set(a.source_ids) & set(b.source_ids) or not (_same_day(a, b) or _within_days(a, b)):
        return ()
    if not any(e.earliest is not None and e.earliest == e.latest for e in (a, b)):
        return ()  # one of them stated to a day
    agents_a, agents_b = _agents(a), _agents(b)
    shared = (agents_a & agents_b) | named_alike(agents_a, agents_b)
    if not shared and agents_a and agents_b:
        # "Portuguese police arrested nine people ... Officers searched 14 homes": the bare word for the force's
        # men, in the article that named the force, is that force
        shared = next((other for own, other in ((agents_a, agents_b), (agents_b, agents_a)) if _bare_force(own)), set())
    places_a, places_b = set(own_place_ids(a)), set(own_place_ids(b))
    if not shared or (places_a and places_b and not _shared_places(places_a, places_b, story)):
        return ()
    return (
        "agent " + ", ".join(sorted(shared)),
        f"one operation on {a.earliest if _same_day(a, a) else b.earliest}: {act_a} and {act_b} told apart",
    )


# the words a defendant answers the charge with ("pleaded guilty", "pled not guilty"), as trigger stems
PLEA_STEMS = ("plead", "pled")
# what a bench's order in its ruling may be typed as: a step of the case, a measure (a passport withdrawn), untyped
HEARING_TYPES = frozenset({"legal", "coercion", "other"})
# Characters between two sentences that follow each other (a space, a line break).
NEXT_SENTENCE_GAP = 3


def _told_next(a: Event, b: Event) -> bool:
    """Whether the first reports of ``a`` and ``b`` are one sentence of one source, or follow each other in it."""
    if not a.mentions or not b.mentions:
        return False
    first_a, first_b = a.mentions[0], b.mentions[0]
    if first_a.source_id != first_b.source_id:
        return False
    if first_a.key == first_b.key or first_a.quote == first_b.quote:
        return True
    if None in (first_a.start, first_a.end, first_b.start, first_b.end):
        return False
    assert first_a.start is not None and first_a.end is not None and first_b.start is not None
    assert first_b.end is not None
    gap = first_b.start - first_a.end if first_a.start < first_b.start else first_a.start - first_b.end
    return 0 <= gap <= NEXT_SENTENCE_GAP


def _undated_in_its_sentence(undated: Event, dated: Event) -> bool:
    """ "The judge sentenced him the same day to two years and ordered the seizure of his villa": an act told undated
    in the sentence of a dated one, by a verb the date was not read for, reported after that day."""
    if not _undated(undated) or _undated(dated) or undated.latest is None or dated.latest is None:
        return False
    same_sentence = {m.quote for m in undated.mentions[:1]} & {m.quote for m in dated.mentions[:1]}
    return bool(same_sentence) and undated.latest >= dated.latest


def _the_bench(agents: set[str]) -> set[str]:
    return {x for x in agents if is_judicial(x) or _seat_words(x)}


def one_hearing(ruling: Event, other: Event, story: Story | None = None) -> tuple[str, ...]:
    """dups29: "On Thursday Quispe pleaded guilty in the Suva Magistrates Court. The magistrate convicted him, fined
    him and ordered the boat forfeited", or "a judge in Úbeda released the owner on bail. The judge withdrew his
    passport and ordered him to report to court": the acts of one hearing, told sentence after sentence of one
    article.  ``ruling`` is a step of a case by a court or its bench; ``other`` is the plea of someone the ruling is
    on, or an act of the same bench told in the ruling's sentence or the next, on days that meet.  A plea or an
    order of another day, or a verdict on someone else, is another step of the case."""
    if ruling.type != "legal" or other.type not in HEARING_TYPES or not _told_next(ruling, other):
        return ()
    if not (
        _same_day(ruling, other) or _day_within_its_night(ruling, other) or _undated_in_its_sentence(other, ruling)
    ):
        return ()
    if any(e.attribute("planned") or is_background(e) for e in (ruling, other)):
        return ()
    places_r, places_o = set(own_place_ids(ruling)), set(own_place_ids(other))
    if places_r and places_o and not _shared_places(places_r, places_o, story):
        return ()
    bench = _the_bench(_agents(ruling))
    if not bench:
        return ()
    day = ruling.earliest if _same_day(ruling, ruling) else other.earliest
    if _trigger_stem(other).startswith(PLEA_STEMS):
        # the ruling's "him" left unread is the one who pleaded in the sentence before
        on_whom = _roles(ruling, ADDRESSEE_ROLES) or _agents(other)
        pleaded = _agents(other) & on_whom
        if other.type != "legal" or not pleaded:
            return ()
        return (f"the plea of {', '.join(sorted(pleaded))} and the ruling on them", f"one hearing on {day}")
    same_bench = bench & _agents(other) or _court_by_its_bench(ruling, other.with_changes(type="legal"))
    if not same_bench:
        return ()
    targets_r, targets_o = _roles(ruling, ADDRESSEE_ROLES), _roles(other, ADDRESSEE_ROLES)
    if other.type == "legal" and targets_r and targets_o and not targets_r & targets_o:
        return ()  # "convicted the driver. The judge acquitted the owner": a ruling on each
    return ("agent " + ", ".join(sorted(same_bench)), f"one hearing on {day}: the ruling and the bench's orders")


def said_in_doing(speech: Event, act: Event) -> tuple[str, ...] | None:
    """Evidence that ``speech`` is what its agent said by ``act``, told in the act's own sentence by a participle
    attached to it: "Fishermen blocked the harbour, demanding compensation", "The party criticised the budget,
    saying it cut rail spending", "The minister resigned, saying she had lost the confidence of the premier".
    The same agent (or none named for the words), one sentence, the participle right after the act's words:
    "and on Tuesday he gave a speech saying..." is the speech's, not the act's told before it."""
    trigger = speech.attribute("trigger")
    if speech.type not in SPEECH_TYPES or not isinstance(trigger, str) or trigger.casefold() not in SAYING_PARTICIPLES:
        return None
    if act.type in CONVERSATION_TYPES or act.attribute("trigger") in SAYING_PARTICIPLES:
        return None
    agents = _agents(act)
    if not agents or not _agents(speech) <= agents:
        return None
    shared = {(m.source_id, m.quote) for m in speech.mentions} & {(m.source_id, m.quote) for m in act.mentions}
    if not any(_attached_after(quote, act, speech) for _, quote in shared):
        return None
    return ("agent " + ", ".join(sorted(agents)), f"said in doing it (“{trigger}” in the same sentence)")


def said_in_concession(speech: Event, concession: Event) -> tuple[str, ...] | None:
    """Evidence that ``speech`` was said in conceding, a concession the same article tells: "He congratulated
    Arrieta on his victory" and "She said she would lead the opposition" beside "Ferraro conceded defeat".  A
    candidate concedes in one speech, thanking supporters and congratulating the winner: what the one who
    conceded said on that day, in the article that tells the concession, is that speech (another speaker's words,
    or the same speaker's on another day, are not)."""
    if speech.type not in SAID_OR_CONVERSATION_TYPES or is_concession(speech) or not is_concession(concession):
        return None
    if not set(speech.source_ids) & set(concession.source_ids) or is_background(speech):
        return None
    if not overlaps(speech.earliest, speech.latest, concession.earliest, concession.latest):
        return None
    if any(
        e.earliest is not None and e.latest is not None and (e.latest - e.earliest).days > EVENING_WINDOW_DAYS
        for e in (speech, concession)
    ):
        return None  # a day (or an evening and the night after it) each, or undated: one evening's speech
    speakers = _agents(speech)
    if not speakers or not speakers <= _agents(concession):
        return None
    return ("agent " + ", ".join(sorted(speakers)), "said in conceding, on the day the same article tells it")


def said_in_conversation(speech: Event, talk: Event) -> tuple[str, ...] | None:
    """Evidence that ``speech`` is what was said in ``talk``, a call or meeting the same article dates:
    "Trump told Putin not to escalate" after "Trump took Putin's call on November 7".  The speaker and
    whom it was said to are both parties to the conversation, and the speech has no date of its own."""
    if speech.type not in SPEECH_TYPES or talk.type not in CONVERSATION_TYPES:
        return None
    if not _undated(speech) or _undated(talk) or not set(speech.source_ids) & set(talk.source_ids):
        return None
    if not overlaps(speech.earliest, speech.latest, talk.earliest, talk.latest):
        return None
    speakers, addressees = _agents(speech), _roles(speech, ADDRESSEE_ROLES)
    parties = {p.actor_id for p in talk.participants}
    if not speakers or not addressees or not (speakers | addressees) <= parties:
        return None
    return (
        "agent " + ", ".join(sorted(speakers)),
        "target " + ", ".join(sorted(addressees)),
        f"said in the {talk.type} the same article dates",
    )


def _roles(event: Event, roles: Collection[str]) -> set[str]:
    return {p.actor_id for p in event.participants if p.role in roles}


# A disaster report of one article dated this narrowly (a day, or a clock time read as the night around it) is of
# the day its article tells, whatever word it uses for it.
DISASTER_REPORT_DAYS = 1


def _within_days(a: Event, b: Event) -> bool:
    """Both dated to a day or a night, on days that meet."""
    return all(
        e.earliest is not None and e.latest is not None and (e.latest - e.earliest).days <= DISASTER_REPORT_DAYS
        for e in (a, b)
    ) and overlaps(a.earliest, a.latest, b.earliest, b.latest)


def _same_day(a: Event, b: Event) -> bool:
    return a.earliest is not None and a.earliest == a.latest == b.earliest == b.latest


# A clock time with no day ("at 8.30pm" in the next morning's paper) dates words to a window this wide.
EVENING_WINDOW_DAYS = 1


def _same_trigger_word(a: Event, b: Event) -> bool:
    """Both reports read from one word for the act ("suspended", "the suspension")."""
    stem = _trigger_stem(a)
    return bool(stem) and stem == _trigger_stem(b)


def _untyped_report_of_the_act(a: Event, b: Event) -> bool:
    """One report of the act typed, the other left ``other`` (its sentence said too little to type it), and the same
    word for the act in both: "the minister has suspended all flights" and "the minister suspended them on the day
    of the crash"."""
    return "other" in (a.type, b.type) and _same_trigger_word(a, b)


def _one_stated_day(a: Event, b: Event) -> bool:
    """Both reports date the act to one day, or one does and the other, in another article, to that day and the
    next, in a word for the same act: "resigned on Monday evening" and "stepped down late last night" in Tuesday's
    paper, or a moment told in two time zones ("at 23:47 on Saturday, local time" and "shortly before 1 a.m. on
    Sunday in Lisbon").  Other words may be other acts of that night: "the count" and "won"."""
    return _same_day(a, b) or (_day_and_its_evening(a, b) and _one_word_for_the_act(a, b))


def _one_word_for_the_act(a: Event, b: Event) -> bool:
    """The same word reported both ("ordered", "the order"), words for one act of their type ("resigned" and
    "stepped down", ``ACTS_OF_TYPE``), or two words WordNet gives one sense ("arrived" and "touched down",
    ``schema.act_senses``)."""
    return _one_listed_word_for_the_act(a, b) or one_sense(a, b)


def _one_listed_word_for_the_act(a: Event, b: Event) -> bool:
    """The same word reported both, or words for one act of their type (``ACTS_OF_TYPE``)."""
    act = act_of(a)
    return _same_trigger_word(a, b) or (act is not None and act == act_of(b))


def _stated_day(a: Event, b: Event) -> dt.date | None:
    """The one day of ``_one_stated_day``: the report dated to a day gives it."""
    return a.earliest if _same_day(a, a) else b.earliest


def _day_and_its_evening(a: Event, b: Event) -> bool:
    """One report gives the day, the other only a clock time, which leaves that day or the next: "said in a speech
    on Sunday" and "in her speech at 9pm" in Monday's paper.  Reports in different articles only (one article
    that dates a speech both ways tells two)."""
    return not set(a.source_ids) & set(b.source_ids) and _day_within_its_night(a, b)


def one_day_or_its_night(a: Event, b: Event) -> bool:
    """Both reports dated to one day, or one to a day and the other to a night spanning it: the pairs
    ``_one_stated_day`` may take for one day (the store offers them to the rule, ``graph.ingest``)."""
    return _same_day(a, b) or _day_within_its_night(a, b)


def _day_within_its_night(a: Event, b: Event) -> bool:
    """One report dated to a day, the other to a window of at most ``EVENING_WINDOW_DAYS`` days holding it."""
    day, window = (a, b) if _same_day(a, a) else (b, a)
    if not _same_day(day, day) or window.earliest is None or window.latest is None:
        return False
    assert day.earliest is not None
    return (
        window.latest - window.earliest
    ).days <= EVENING_WINDOW_DAYS and window.earliest <= day.earliest <= window.latest


def _one_report_window(a: Event, b: Event) -> bool:
    """Two statements one article dates alike only by its report ("told reporters ... '...,' she said" in the next
    day's paper: from the day of its news to the report): the article gives the speaker's words no day of their
    own, so, as for words it dates to one day, what it tells on the occasion it names was said on it."""
    return (
        bool(set(a.source_ids) & set(b.source_ids))
        and a.earliest is not None
        and (a.earliest, a.latest) == (b.earliest, b.latest)
        and a.attribute("date_basis") == b.attribute("date_basis") == "publication"
    )


def _one_named_occasion(a: Event, b: Event) -> str | None:
    """Both reports name the occasion the words were said on, the same kind of it ("a speech", "a press
    conference"): words alone shared across a day and a window are no evidence (a speaker repeats them)."""
    named_a, named_b = set(occasions(a)), set(occasions(b))
    if not named_a or not named_b or ANOTHER in named_a | named_b or not named_a & named_b:
        return None
    return (
        f"said on one occasion ({' / '.join(sorted(named_a & named_b))}), its day in one report, its hour in the other"
    )


def _undated(event: Event) -> bool:
    """No date of its own: at most bounded above by its report ("has spoken with", said on the day)."""
    return event.earliest is None


def same_event(a: Event, b: Event, story: Story | None = None) -> bool:
    return merge_evidence(a, b, story) is not None


def contradicts(a: Event, b: Event, story: Story | None = None) -> bool:
    """Whether ``a`` and ``b`` cannot be one event whatever else is known: incompatible types, disjoint dates, or
    named agents or places with none in common.  Two stored nodes a report matches are folded into one only when
    they do not contradict each other directly, so the report's own arguments never reconcile them."""
    return _kinds_or_dates_differ(a, b) or _shared_agents_and_places(a, b, story) is None


# A sentence this long, word for word in two outlets, is one text reprinted (a wire story the subscribers run as
# sent), not two writers' words: shorter ones ("The company said in a statement.") recur in unrelated stories.
MIN_REPRINTED_WORDS = 12


def _wording(quote: str) -> str:
    """A sentence's words in order, without case or punctuation: how two outlets printed the same sentence."""
    return " ".join(w.casefold() for w in _WORD.findall(quote))


def _reprinted_sentence(a: Event, b: Event) -> tuple[str, ...]:
    """Reports of one event read from the same long sentence in two sources (a wire story reprinted): the same
    type and wording of the act, dates that agree, and a sentence of at least ``MIN_REPRINTED_WORDS`` words in
    both.  The merge rule's caution with undated reports and statements is for different writers' words."""
    if a.type != b.type or a.label != b.label or not set(a.source_ids).isdisjoint(b.source_ids):
        return ()  # one article's sentence gives several events; only two sources make a reprint
    if not overlaps(a.earliest, a.latest, b.earliest, b.latest):
        return ()
    sentences_a = {_wording(m.quote) for m in a.mentions if m.quote}
    shared = sentences_a & {_wording(m.quote) for m in b.mentions if m.quote}
    long_enough = [s for s in shared if len(s.split()) >= MIN_REPRINTED_WORDS]
    return ("the same sentence in two sources, reprinted",) if long_enough else ()


def _kinds_or_dates_differ(a: Event, b: Event) -> bool:
    """Types neither compatible nor reactions of one kind, or dates that do not overlap."""
    if not compatible(a.type, b.type) and _reaction_kind(a.type) != _reaction_kind(b.type):
        return True
    return not overlaps(a.earliest, a.latest, b.earliest, b.latest)


def _one_agent_in_two_reports_of_a_day(a: Event, b: Event, story: Story | None) -> set[str]:
    """The agents two reports from different sources share, when both state one day and neither is a plan, the
    background or another act of the kind; empty otherwise."""
    if set(a.source_ids) & set(b.source_ids) or not _one_stated_day(a, b):
        return set()
    if _a_plan_background_or_another_act(a, b):
        return set()
    agreement = _shared_agents_and_places(a, b, story)
    return agreement[0] if agreement is not None else set()


def _shared_agents_and_places(a: Event, b: Event, story: Story | None) -> tuple[set[str], set[str]] | None:
    """The agents and the places ``a`` and ``b`` share, or None when both name agents (or both name places) and
    none are in common; unnamed attackers on both sides ("gunmen", "assailants") do not contradict."""
    agents_a, agents_b = _agents(a), _agents(b)
    shared_agents = (agents_a & agents_b) | named_alike(agents_a, agents_b) | _state_by_its_government(a, b, story)
    shared_agents |= _court_by_its_bench(a, b)
    unnamed_attackers = a.type in VIOLENCE and b.type in VIOLENCE and _unnamed_on_both_sides(agents_a, agents_b, story)
    if agents_a and agents_b and not shared_agents and not unnamed_attackers:
        return None
    places_a, places_b = set(own_place_ids(a)), set(own_place_ids(b))
    shared_places = _shared_places(places_a, places_b, story)
    if places_a and places_b and not shared_places and not _places_may_agree(a, b, places_a, places_b, story):
        return None
    if not shared_places and _stories_in_two_countries(a, b, story):
        return None
    return shared_agents, shared_places


# the words of a court's name ("the Court of First Instance in Ghent", "a tribunal"), and those of its bench named
# alone ("the judge"): who rules, whichever of them a report names
COURT_WORDS = frozenset({"court", "courts", "tribunal", "tribunals"})
BENCH_WORDS = frozenset({"judge", "judges", "magistrate", "magistrates", "justice", "justices", "bench"})


def is_judicial(actor_id: str) -> bool:
    """A court by its name, or its bench unnamed ("the judge"): not "the Justice Ministry"."""
    words = _id_words(actor_id)
    return bool(words & COURT_WORDS) or (bool(words) and words <= BENCH_WORDS)


def _unnamed_judicial(actor_id: str) -> bool:
    """ "the court", "a judge", "the judges": a court no name tells from another."""
    return _id_words(actor_id) <= COURT_WORDS | BENCH_WORDS


def _court_by_its_bench(a: Event, b: Event) -> set[str]:
    """dups24: "a court refused on Friday to stop the transfer", "the judge rejected their application" and "the
    application was rejected by the Court of First Instance in Ghent": an unnamed court or its judge, in a ruling,
    is the court the other report names (or names alike).  What both name is returned: the named one, else the
    first report's; two named courts ("the Court of Appeal", "the Court of First Instance") are two.  A court named
    by its town is its town's court in any report (``_court_of_one_town``)."""
    agents_a, agents_b = _agents(a), _agents(b)
    if a.type != "legal" or b.type != "legal":
        # a court named by its town is that court whatever it did ("ordered his detention")
        return _court_of_one_town(agents_a, agents_b)
    for own, other in ((agents_a, agents_b), (agents_b, agents_a)):
        unnamed = {x for x in own if _unnamed_judicial(x)}
        courts = {x for x in other if is_judicial(x)}
        if unnamed and courts:
            named = {x for x in courts if not _unnamed_judicial(x)}
            return named or courts
    return _court_of_one_town(agents_a, agents_b)


# the words a town's court of first instance is named by beside the town's name ("the Batumi City Court", "the
# Tainan District Court", "the Colombo Chief Magistrate's Court"): its seat, not another rank of court ("the Court
# of Appeal in Kisumu", "the Harare High Court")
FIRST_INSTANCE_WORDS = frozenset(
    {"city", "town", "municipal", "district", "county", "local", "chief", "first", "instance"}
)


def _seat_words(actor_id: str) -> frozenset[str]:
    """What a court or its bench ("a Batumi judge"; not "the Justice Ministry") is qualified by besides being one:
    "court-in-batumi" and "batumi-judge" by Batumi; nothing for anything else."""
    words = _id_words(actor_id)
    if not words & (COURT_WORDS | BENCH_WORDS - {"justice", "justices"}):
        return frozenset()
    return words - COURT_WORDS - BENCH_WORDS - _FUNCTION_WORDS - {"s"}


def _court_of_one_town(agents_a: set[str], agents_b: set[str]) -> set[str]:
    """dups29: "a court in Batumi", "a Batumi judge" and "the Batumi City Court" in three outlets: a court or its
    bench named by the town it sits in, and a court of that town named by no other rank, are one.  The first
    report's is returned."""
    for x in agents_a:
        seat_x = _seat_words(x)
        if not seat_x:
            continue
        for y in agents_b:
            seat_y = _seat_words(y)
            if not seat_y:
                continue
            fewer, more = sorted((seat_x, seat_y), key=len)
            if fewer <= more and more - fewer <= FIRST_INSTANCE_WORDS and fewer - FIRST_INSTANCE_WORDS:
                return {x}
    return set()


# what a state is called by when it acts through its executive, named by no country ("the government declared")
STATE_BODY_WORDS = frozenset({"government", "authorities"})


def _state_by_its_government(a: Event, b: Event, story: Story | None) -> set[str]:
    """dups23 class 1: "the government declared the emergency on Monday" and "Malawi declared an emergency on
    Monday", both placed in Malawi: a government no name qualifies, in reports of that country, is the state the
    other report names as agent. The state returned is what both name; none when the country is not the place of
    both ("the government" of a story in Zambia is not Malawi)."""
    if story is None:
        places = set(a.place_ids) & set(b.place_ids)
    else:  # "Nairobi" is in Kenya
        places = story.region(a.place_ids) & story.region(b.place_ids)
    if not places:
        return set()
    agents_a, agents_b = _agents(a), _agents(b)
    for own, other in ((agents_a, agents_b), (agents_b, agents_a)):
        if any(_id_words(x) <= STATE_BODY_WORDS for x in own):
            states = other & places
            if states:
                return states
    return set()


# The short hash an actor id ends in when its name lost more than case and punctuation (schema/identity.slug).
_ID_HASH = re.compile(r"^[0-9a-f]{6}$")


def _id_words(actor_id: str) -> frozenset[str]:
    words = actor_id.split("-")
    if len(words) > 1 and _ID_HASH.match(words[-1]):
        words = words[:-1]
    return frozenset(w for w in words if w)


def named_alike(agents_a: set[str], agents_b: set[str]) -> set[str]:
    """The agents one report names more fully than the other: "police" and "provincial police", "the opposition"
    and "opposition MPs", "Marinov" and "Kiril Marinov".  Every word of the shorter name is in the longer one, so
    the shorter one (returned) is what both reports name; "Kenyan police" and "Ugandan police" share a word but
    neither names the other."""
    found = set()
    for x in agents_a ^ agents_b:
        words_x = _id_words(x)
        others = agents_b if x in agents_a else agents_a
        if any(words_x < _id_words(y) or _one_ministry(x, y) for y in others if y != x):
            found.add(x)
    return found


MINISTRY_WORDS = frozenset({"ministry", "ministries"})
# Words a ministry's formal name adds to its short one: "the Ministry of Home Affairs" is "the home ministry".
MINISTRY_NAME_FILLERS = frozenset({"of", "the", "and", "affairs"})
# Letters of a word a ministry's two names share: "the Ministry of Agricultural Affairs" is "the agriculture ministry".
MINISTRY_STEM = 5


def _ministry_stems(actor_id: str) -> frozenset[str]:
    words = _id_words(actor_id)
    if not words & MINISTRY_WORDS:
        return frozenset()
    return frozenset(w[:MINISTRY_STEM] for w in words - MINISTRY_NAME_FILLERS)


def _one_ministry(shorter: str, longer: str) -> bool:
    """ "The Ministry of Home Affairs" and "Tanzania's home affairs ministry", "the Ministry of the Environment" and
    "Japan's environment ministry": one ministry by its formal name and by its short one, which outlets use alike
    (probes 23, 24, 26 to 28, 30).  Every word of one name, the formal name's fillers aside, begins as a word of the
    other does; a country in both must be the same ("Kenya's health ministry" is not "Uganda's Ministry of
    Health")."""
    stems_x, stems_y = _ministry_stems(shorter), _ministry_stems(longer)
    return bool(stems_x) and bool(stems_y) and stems_x <= stems_y


def _only_one_side_located(places_a: set[str], places_b: set[str], story: Story | None) -> bool:
    """One report names only places nobody located ("the bell tower", "gate 2"), the other a town or a country: the
    site may well be in that town, so the two places do not contradict each other (nor do they agree).  Two sites
    nobody located, "Gladstone Road" and "the harbour gate", are still two places."""
    if story is None:
        return False
    return bool(story.located(places_a)) != bool(story.located(places_b))


# the kinds of place the gazetteer may know only as lying in a country: a region, a site ("Bihor" county, a football
# club read as a place), whose extent or position is unknown
AREA_KINDS = frozenset({"region", UNLOCATED_KIND})
# Content words two reports of one act placed in a town and in an area of its country must share (names, places,
# the act word and the day aside): one agent does other acts of its kind that day in the town or the region ("the
# tribunal suspended the permit at the request of ..." twice is two permits).
MIN_TOLD_ALIKE_IN_TWO_PLACES = 3


def _places_may_agree(a: Event, b: Event, places_a: set[str], places_b: set[str], story: Story | None) -> bool:
    """Places that share nothing yet do not tell two events apart: a site nobody located against a town, or a town
    against an area of its country when the two reports tell the same thing."""
    if _only_one_side_located(places_a, places_b, story):
        return True
    return _town_and_an_area_of_its_country(places_a, places_b, story) and _told_alike_in_two_places(a, b)


def _town_and_an_area_of_its_country(places_a: set[str], places_b: set[str], story: Story | None) -> bool:
    """dups29: one report names towns (a position is known), the other only areas the gazetteer puts in the towns'
    country and nowhere narrower, with no position ("in Oradea" and "in Bihor County", "in Split" and "at a football
    club" read as a place): the region may hold the town, the site lie in it, so the places neither agree nor
    contradict (two regions, or two towns, still do)."""
    if story is None:
        return False
    for towns, areas in ((places_a, places_b), (places_b, places_a)):
        if not all(town in story.positions for town in towns):
            continue
        countries = story.region(towns) - towns
        if all(
            area not in story.positions
            and story.place_kinds.get(area) in AREA_KINDS
            and story.parents.get(area, "") in countries
            for area in areas
        ):
            return True
    return False


def _told_alike_in_two_places(a: Event, b: Event) -> bool:
    """Reports of one act in a town and in an area around it: their sentences tell the same thing
    (``MIN_TOLD_ALIKE_IN_TWO_PLACES``), in two articles (one article placing two acts two ways tells two)."""
    if set(a.source_ids) & set(b.source_ids):
        return False
    return len(_content_words_in_common(a, b)) >= MIN_TOLD_ALIKE_IN_TWO_PLACES


def _stories_in_two_countries(a: Event, b: Event, story: Story | None) -> bool:
    """Reports of two articles whose places, the article's own included ("the one country the article is about"),
    lie in no common place: police arresting someone in a story about Cambodia and police arresting people in a
    story about Madagascar are two arrests, though neither report names a place of its own.  A site nobody located
    ("the bell tower") lies in no known country, so it tells no two stories apart."""
    if story is None or set(a.source_ids) & set(b.source_ids):
        return False
    located_a, located_b = story.located(a.place_ids), story.located(b.place_ids)
    if not (located_a and located_b):
        return False
    return not story.region(located_a) & story.region(located_b)


def _claims(event: Event) -> list[tuple[dt.date | None, dt.date | None, str]]:
    claims = [
        (m.claimed_earliest, m.claimed_latest, m.claimed_precision or event.precision)
        for m in event.mentions
        if m.claimed_earliest is not None or m.claimed_latest is not None
    ]
    return claims or [(event.earliest, event.latest, event.precision)]


def _latest_known(days: Iterable[dt.date | None]) -> dt.date | None:
    return max((d for d in days if d is not None), default=None)


def _earliest_known(days: Iterable[dt.date | None]) -> dt.date | None:
    return min((d for d in days if d is not None), default=None)


def settle_dates(
    claims: list[tuple[dt.date | None, dt.date | None, str]],
) -> tuple[dt.date | None, dt.date | None, str, bool]:
    """Bounds, precision and conflict flag from every source's claim."""
    earliest = _latest_known(c[0] for c in claims)
    latest = _earliest_known(c[1] for c in claims)
    if earliest is None or latest is None or earliest <= latest:
        matching = [c[2] for c in claims if c[0] == earliest and c[1] == latest]
        precision = matching[0] if matching else ("day" if earliest and latest else "unknown")
        return earliest, latest, precision, False
    # Disjoint claims: never pick one, keep the span of all and say so.
    lowest = None if any(c[0] is None for c in claims) else _earliest_known(c[0] for c in claims)
    highest = None if any(c[1] is None for c in claims) else _latest_known(c[1] for c in claims)
    return lowest, highest, "unknown", True


# The more specific role wins when two reports give one actor different roles.
ROLE_PRECEDENCE = ("agent", "target", "recipient", "source", "subject", "participant")


def merge_participants(participants: Iterable[Participation]) -> tuple[Participation, ...]:
    """One participation per actor, in first-seen order, with the most specific role reported."""
    chosen: dict[str, Participation] = {}
    for participation in participants:
        previous = chosen.get(participation.actor_id)
        if previous is None or _role_rank(participation.role) < _role_rank(previous.role):
            chosen[participation.actor_id] = participation  # a dict keeps the actor's first position
    return tuple(chosen.values())


def _role_rank(role: str) -> int:
    return ROLE_PRECEDENCE.index(role) if role in ROLE_PRECEDENCE else len(ROLE_PRECEDENCE)


def _joined_evidence(
    kept: Event, incoming: Event, reason: str = "", story: Story | None = None, *, unified: bool = False
) -> list[str]:
    """Both events' records of earlier joins, and a line for this join when it joins two ids (``unified``: two
    stored nodes, ``incoming``'s id kept as an alias of ``kept``)."""
    lines = list(dict.fromkeys([*kept.attribute(MERGE_EVIDENCE, ()), *incoming.attribute(MERGE_EVIDENCE, ())]))
    if kept.id == incoming.id and not reason:
        return lines  # one report again, or a content id shared by two reports the caller gave no reason to join
    evidence = merge_evidence(kept, incoming, story) if kept.id != incoming.id else None
    why = "; ".join(evidence) if evidence else (reason or "an undated report folded into its dated event")
    if unified:
        line = f"unified with ID: {incoming.id} {_report(incoming)} folded into {_report(kept)}: {why}"
    else:
        line = f"{_report(incoming)} joined {_report(kept)}: {why}"
    return [*lines, line] if line not in lines else lines


def _report(event: Event) -> str:
    label = event.label if len(event.label) <= 60 else event.label[:57].rstrip() + "..."
    return f"“{label}” ({', '.join(event.source_ids) or event.id})"


def merge_events(
    kept: Event, incoming: Event, reason: str = "", story: Story | None = None, *, unified: bool = False
) -> Event:
    """``kept`` absorbs ``incoming``; ``kept``'s id and first recorded time survive.  ``reason`` says why, when
    the caller joined them on evidence the merge rule does not see (an article's own structure); ``story`` is
    what the merge rule was told of the actors and places (:func:`merge_evidence`).  ``unified``: ``incoming`` is
    another stored node of the event, folded in; its id is kept among ``kept``'s ``unified_ids``."""
    mentions: dict[tuple[object, ...], Mention] = {m.key: m for m in kept.mentions}
    for mention in incoming.mentions:
        mentions[mention.key] = mention  # the same quote again replaces its earlier claim
    participants = merge_participants(kept.participants + incoming.participants)
    places = _merged_places(kept, incoming)
    attributes = dict(kept.attributes)
    attributes.update(incoming.attributes)
    if own_place_ids(kept) or own_place_ids(incoming):
        # the node's places are what its reports said: a note that they came from the article goes with them
        notes = [e.attribute(PLACE_BASIS) for e in (incoming, kept) if own_place_ids(e)]
        attributes.pop(PLACE_BASIS, None)
        note = next((n for n in notes if n), None)
        if note:
            attributes[PLACE_BASIS] = note
    attributes.update(combined_attributes(kept, incoming))
    attributes[MERGE_EVIDENCE] = _joined_evidence(kept, incoming, reason, story, unified=unified)
    aliases = {*kept.attribute(UNIFIED_IDS, ()), *incoming.attribute(UNIFIED_IDS, ())}
    if unified and incoming.id != kept.id:
        aliases.add(incoming.id)
    if aliases:
        attributes[UNIFIED_IDS] = sorted(aliases)
    if not attributes[MERGE_EVIDENCE]:
        del attributes[MERGE_EVIDENCE]
    merged_mentions = tuple(mentions.values())
    if merged_mentions:
        earliest, latest, precision, conflict = settle_dates(_claims(kept.with_changes(mentions=merged_mentions)))
    else:
        earliest, latest, precision, conflict = settle_dates(_claims(kept) + _claims(incoming))
    # What was said in a call is the call, an oath sworn is the swearing-in: their type wins over the speech's,
    # and so does their wording, or the node would read "He said" under the type of a concession.
    said_in = any(
        rule(kept, incoming) is not None
        for rule in (said_in_conversation, said_in_oath, said_in_concession, said_in_doing)
    )
    # Otherwise the first report names the event, so labels (and the ids users quote) stay stable across loads.
    label = (incoming.label if said_in else "") or kept.label or incoming.label
    return kept.with_changes(
        # a report typed by what was done ("seized cocaine") tells more than one of no type ("searched a lorry");
        # words said about it ("saying it could not run them") do not
        type=incoming.type if said_in or _tells_more(kept, incoming) else kept.type,
        label=label,
        earliest=earliest,
        latest=latest,
        precision=precision,
        date_conflict=conflict,
        participants=participants,
        place_ids=places,
        mentions=merged_mentions,
        attributes=tuple(sorted(attributes.items())),
        start=kept.start or incoming.start,
        end=kept.end or incoming.end,
        recorded_at=kept.recorded_at or incoming.recorded_at,
        disputes=tuple(dict.fromkeys(kept.disputes + incoming.disputes)),
        confirms=tuple(dict.fromkeys(kept.confirms + incoming.confirms)),
    )


def _tells_more(kept: Event, incoming: Event) -> bool:
    """Whether the incoming report's type says more of the joined event than the kept one's: a type for one of no
    type ("seized cocaine" after "searched a lorry"; words said about it do not), and the arrests of a raid after its
    search or its seizures (``one_operation``: people held are what the raid is news for)."""
    if kept.type == "other" and incoming.type not in SPEECH_TYPES:
        return True
    if incoming.type != "coercion" or kept.type == "coercion":
        return False
    return _operation_act(kept) is not None and _operation_act(incoming) is not None


def _merged_places(kept: Event, incoming: Event) -> tuple[str, ...]:
    """The places of two joined reports: those they give themselves, when either does (a follow-up's place taken
    from its article's dateline does not add "Kathmandu" to a landslide placed in a district far from it)."""
    own = tuple(dict.fromkeys(own_place_ids(kept) + own_place_ids(incoming)))
    return own or tuple(dict.fromkeys(kept.place_ids + incoming.place_ids))


def _evidence_keys(event: Event, story: Story | None = None) -> set[str]:
    """What a report can be joined on: any of its actors or places, or a place containing them (the rule then
    decides)."""
    places = story.region(own_place_ids(event)) if story is not None else own_place_ids(event)
    return {*("a:" + p.actor_id for p in event.participants), *("p:" + place for place in places)}


def is_extracted(event: Event) -> bool:
    """A report the extractor read from text (it names the word that reported it)."""
    return event.attribute("trigger") is not None


def report_id(event: Event) -> str:
    """An extracted report's own id.

    The extractor derives an event's id from its content (type, dates, actors, places), so two
    statements of one speaker on one day, in one article or in two, get one id; an id shared that way
    is no evidence.  The first report's position in its source makes the id its own, and stays the
    same when the article is loaded again.  Curated and dataset events keep the ids they were given.
    """
    if not is_extracted(event) or not event.mentions or _REPORT_ID.search(event.id):
        return event.id
    return f"{event.id}-r{digest(event.mentions[0].key, 8)}"


def merge_batch(events: Iterable[Event], story: Story | None = None) -> list[Event]:
    """Fold a batch so that no two of its events are the same event (first id wins)."""
    merged: list[Event] = []
    by_key: dict[str, list[int]] = {}
    by_id: dict[str, int] = {}
    joined_into: dict[int, int] = {}  # a node a later report showed to be another one -> that one

    def home(i: int) -> int:
        while i in joined_into:
            i = joined_into[i]
        return i

    for event in events:
        event = event.with_changes(id=report_id(event))
        candidates = {home(by_id[event.id])} if event.id in by_id else set()
        if not is_dataset_event(event):
            keys = _evidence_keys(event, story) or {"t:" + event.type}  # a bare report: its kind of news
            keys |= _disaster_keys(event, story)
            for key in keys:
                candidates.update(home(i) for i in by_key.get(key, ()))
        matching = [i for i in sorted(candidates) if same_event(merged[i], event, story)]
        target = matching[0] if matching else None
        if target is None:
            merged.append(event)
            target = len(merged) - 1
        else:
            merged[target] = merge_events(merged[target], event, story=story)
            target = _join_shown_same(merged, target, matching[1:], joined_into, story)
        by_id[event.id] = target
        for key in {*_evidence_keys(merged[target], story), "t:" + merged[target].type}:
            if target not in by_key.setdefault(key, []):
                by_key[key].append(target)
    return [event for i, event in enumerate(merged) if i not in joined_into]


def _disaster_keys(event: Event, story: Story | None = None) -> set[str]:
    """A disaster is also looked up by its kind of news: "the blast" that names only the ship it hit is "a tanker
    exploded in the port" of the same article (``one_disaster``), though they name nothing in common; and crowd
    control by every type it is told as ("fired tear gas at protesters", "23 people were detained": ``one_clash``)."""
    if story is not None and is_crowd_control(event, story):
        return {"t:" + t for t in CROWD_CONTROL_TYPES}
    # headline news is also looked up by its type, for another report telling it alike (``news_told_alike``); a
    # step of a case too, for the plea of a "him" left unread (``one_hearing``)
    if event.type in ANCHORED_TYPES or event.type == "legal" or disaster_kind(event) is not None:
        return {"t:" + event.type}
    return set()


def _join_shown_same(
    merged: list[Event], target: int, others: list[int], joined_into: dict[int, int], story: Story | None
) -> int:
    """A report of one batch that agrees with several of its nodes ("the office said", "its spokesman said", then
    "the spokesman said in a statement") shows them to be one when the node it joined, with it in, now agrees
    with each on evidence and contradicts none: folded into ``target``, which is returned."""
    for other in others:
        if other in joined_into or contradicts(merged[target], merged[other], story):
            continue
        evidence = merge_evidence(merged[target], merged[other], story)
        if evidence is None:
            continue
        merged[target] = merge_events(merged[target], merged[other], "; ".join(evidence), story)
        joined_into[other] = target
    return target
