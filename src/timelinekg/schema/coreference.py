"""Back-references: an undated mention that refers back to an event dated elsewhere in its story is that event.

News tells an event once with its date and then returns to it without one: "the coup in Gabon", "the coup
plotters' seizure of power", "133 people had been killed", "an airstrike that killed a top general".  Other
articles of the same story do the same.  Left alone, each such mention is a node of its own, bounded only by
its report ("on or before the day it was reported"), which hides the event's real day and repeats it.

The rule (the merge rule's evidence principle, for a mention that has no date of its own):

1. the mention is undated (no date in its own clause; its only bound is its report's day) and refers back by
   its form: a definite, possessive or demonstrative event noun, a past perfect, or a relative clause about a
   noun already named (``nlp.extract.reference`` records the form; "a coup", "another attack", "coups in five
   other countries" have none);
2. it is news an article tells once and returns to (``ANCHORED_TYPES``: attacks, arrests, coups, disasters,
   elections...), not speech (one speaker says many things) and not ``other``;
3. the dated event is told to the day or the week (not "since 2020"), is not a plan, and its bounds overlap
   the mention's "on or before the report day";
4. the types are compatible (equal, one CAMEO root, or two words for one act of violence);
5. no argument contradicts: not two different named agents, not two different named targets, not places of
   which neither contains the other, and a named agent of the mention named by the dated event too when it
   names an agent; and
   the dated event is not told in the mention's own sentence (one sentence naming two events names two
   events: "retaliation for an airstrike that killed a general"); and, for a type that covers many acts (an
   arrest, a dispersal, a seizure; an appointment, a departure), the mention says it is that act: a noun referring
   back ("the arrests"), the act's word, or someone done to in common (``merge.retells_that_act``: "23 protesters
   had been arrested" is no clerk taken into custody in that city);
6. exactly one dated event of the story passes 1-5 (or several, all told for overlapping days: one day's news
   told twice, when the mention joins the one it shares most arguments with, then the most reported one): first
   among the mention's own article, else among the events of articles published within ``STORY_DAYS`` days
   that share an actor or a place with the article.

7. when no dated event of the story fits at all, two undated back-references of different articles of one
   story (published within ``STORY_DAYS`` days, sharing an actor or a place) that pass 2, 4 and 5 against each
   other are one event, when the mention has exactly one such partner: a definite mention presupposes one
   event of its kind in the story ("the coup in Togo", "the seizure of power in Togo").  A dated event that
   arrives later takes the joined node in by rule 6.

8. an undated report that answers an event of its own sentence (its direct object, or the object of "over",
   "after", "following", "for", "in response to": ``nlp.extract.reference.answered_event``) is no earlier than
   that event once the event is dated to the day or the week within ``STORY_DAYS`` before the report
   (``bound_by_answered``); an older event would only widen the report into a window every question overlaps.

9. a dated definite mention that names no agent ("the Friday night massacre") joins the one dated event of another
   article of its story on overlapping days that passes 4 and 5 (``named_on_its_days``).

The mention then joins the dated event: its claim keeps its own "reported by" bound, the node keeps the dated
bounds (the intersection of the claims), and the node's merge evidence says why (``timelinekg show``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from timelinekg.schema.event_types import compatible
from timelinekg.schema.merge import (
    ANCHORED_TYPES,
    SPEECH_TYPES,
    VIOLENCE,
    different_acts,
    merge_events,
    own_place_ids,
    places_apart,
    retells_that_act,
    settle_dates,
)
from timelinekg.schema.merge import FOLLOWS as FOLLOWS  # the type of the event an undated report answers
from timelinekg.schema.merge import REFERENCE as REFERENCE  # how an undated report refers back (``reference_form``)
from timelinekg.schema.merge import Story as Story  # the back-reference rule's callers import it from here
from timelinekg.schema.model import Event, Mention, overlaps

# event attribute: why an undated report's earliest bound is the day of the event it answers
BOUNDED_BY = "bounded_by"
STORY_DAYS = 7  # articles published this many days apart may tell one story
ANCHOR_SPAN_DAYS = 7  # a dated event told to the day or the week; "coups since 2020" is background
_TARGET_ROLES = ("target",)


def reference_form(event: Event) -> str | None:
    """How ``event`` refers back to an event told elsewhere, when it is an undated mention that does."""
    if event.earliest is not None or event.latest is None:
        return None
    form = event.attribute(REFERENCE)
    return str(form) if form else None


def is_back_reference(event: Event) -> bool:
    return (
        reference_form(event) is not None
        and event.type in ANCHORED_TYPES
        and event.type not in SPEECH_TYPES
        and not event.attribute("planned")
    )


def is_reported_news(event: Event) -> bool:
    """An undated report of news an article tells once (not speech, not a plan), whatever its form."""
    return (
        event.earliest is None
        and event.latest is not None
        and event.type in ANCHORED_TYPES
        and event.type not in SPEECH_TYPES
        and not event.attribute("planned")
    )


def fits_earlier(mention: Event, dated: Event, story: Story) -> bool:
    """``dated`` may be the earlier event the undated ``mention`` is: kin types, dated before the mention's
    report, told to the day or the week, and no argument contradicting."""
    if not can_anchor(dated) or not _kin(mention.type, dated.type) or dated.latest is None or mention.latest is None:
        return False
    return dated.latest < mention.latest and not _contradiction(mention, dated, story)


def can_anchor(event: Event) -> bool:
    """A dated event an undated mention may refer back to: told to the day or the week, not a plan."""
    if event.earliest is None or event.latest is None or event.date_conflict or event.attribute("planned"):
        return False
    return event.type in ANCHORED_TYPES and (event.latest - event.earliest).days <= ANCHOR_SPAN_DAYS


def _kin(a: str, b: str) -> bool:
    if "other" in (a, b):
        return False  # "other" fits everything, so it tells no one event apart
    return compatible(a, b) or (a in VIOLENCE and b in VIOLENCE)


def kin_types(event_type: str) -> list[str]:
    """The types of dated event a back-reference of ``event_type`` may refer to (or be referred to by)."""
    return sorted(t for t in ANCHORED_TYPES if _kin(event_type, t))


def _roles(event: Event, roles: Sequence[str]) -> set[str]:
    return {p.actor_id for p in event.participants if p.role in roles}


def _contradiction(mention: Event, dated: Event, story: Story) -> str:
    if different_acts(mention, dated):
        return "different acts"  # "the coup" is not the president's house arrest told the same day
    agents = story.named(_roles(mention, ("agent",))), story.named(_roles(dated, ("agent",)))
    if all(agents) and not agents[0] & agents[1] and mention.type != "election":
        return "different agents"  # every candidate of one election is an agent of it
    if agents[0] and _roles(dated, ("agent",)) and not agents[0] & {p.actor_id for p in dated.participants}:
        # "Russia had arrested 11 people" is not "gunmen attacked": a named agent against any other agent
        # (an unnamed "ship" or "gunmen" is someone else too); an event that names no agent may be theirs
        return "an agent the other event does not name"
    targets = story.named(_roles(mention, _TARGET_ROLES)), story.named(_roles(dated, _TARGET_ROLES))
    if all(targets) and not targets[0] & targets[1]:
        return "different targets"
    if places_apart(mention, dated, story):
        return "different places"
    return ""


# the noun that names a death again ("his death came a day after ..."), and the words of dying an event's trigger is
DEATH_NOUNS = frozenset({"death", "deaths"})
DEATH_FORMS = frozenset({"die", "died", "dies", "dying", "perish", "perished", "perishes", "perishing"})
# the events that cause deaths, told in the death's own sentence ("struck by a car", "in a blast")
CAUSING_TYPES = frozenset({"attack", "disaster", "mass-violence", "military"})


def a_death_beside_its_cause(word: str, dated: Event, others: Iterable[Event]) -> bool:
    """typed34: "X, the courier who was struck by a car, died in hospital ... never regained consciousness after the
    collision": a death whose own sentence tells the incident that caused it (an attack, a crash) is not what a
    later noun of that incident names again; that is the incident ("the collision"), and only a word of dying ("his
    death", "died") names the death.  A toll told alone stands for its disaster, as before."""
    if word.lower() in DEATH_NOUNS | DEATH_FORMS or str(dated.attribute("trigger") or "").lower() not in DEATH_FORMS:
        return False
    return any(
        other.id != dated.id
        and other.type in CAUSING_TYPES
        and str(other.attribute("trigger") or "").lower() not in DEATH_FORMS
        and _sentences(other) & _sentences(dated)
        for other in others
    )


def _sentences(event: Event) -> set[tuple[str, int | None, int | None]]:
    return {(m.source_id, m.start, m.end) for m in event.mentions}


def refers_back(mention: Event, dated: Event, story: Story) -> tuple[str, ...] | None:
    """The evidence that the undated ``mention`` refers back to ``dated``, or None (rules 1-5 above)."""
    form = reference_form(mention)
    if form is None or not is_back_reference(mention) or not can_anchor(dated):
        return None
    if not _kin(mention.type, dated.type):
        return None
    if not overlaps(mention.earliest, mention.latest, dated.earliest, dated.latest):
        return None
    if _contradiction(mention, dated, story) or _sentences(mention) & _sentences(dated):
        return None
    if not retells_that_act(mention, dated):
        return None  # "had been arrested" names no one the dated arrest does: another act of its kind
    shared = _shared(mention, dated, story)
    return (
        f"an undated {form} mention of the {mention.type}",
        f"types compatible ({mention.type}, {dated.type})",
        f"dates overlap (reported by {mention.latest}, dated {dated.earliest}..{dated.latest})",
        *(shared or ["no argument contradicting"]),
    )


def named_on_its_days(mention: Event, dated: Event, story: Story) -> tuple[str, ...] | None:
    """The evidence that ``mention``, a dated definite noun of news in one article that names no agent ("the Friday
    night massacre"), is the event another article of its story tells on those days ("Friday's attack on a concert
    hall"), or None: the back-reference rule (1-5 above) for a mention that carries a date of its own."""
    form = mention.attribute(REFERENCE)
    if not form or mention.earliest is None or mention.type in SPEECH_TYPES or not can_anchor(mention):
        return None
    if story.named(_roles(mention, ("agent",))) or not can_anchor(dated) or not _kin(mention.type, dated.type):
        return None
    if set(mention.source_ids) & set(dated.source_ids):
        return None  # within one article the extractor decided (nlp.extract: the attack told again on its day)
    if not overlaps(mention.earliest, mention.latest, dated.earliest, dated.latest) or _contradiction(
        mention, dated, story
    ):
        return None
    return (
        f"a dated {form} mention of the {mention.type} naming no agent",
        f"types compatible ({mention.type}, {dated.type})",
        f"dates overlap ({mention.earliest}..{mention.latest}, {dated.earliest}..{dated.latest})",
        *(_shared(mention, dated, story) or ["no argument contradicting"]),
    )


def co_reference(mention: Event, other: Event, story: Story) -> tuple[str, ...] | None:
    """The evidence that two undated back-references of different articles refer back to one event that no
    article of their story has dated yet ("the coup in Togo", "the junta's seizure of power"), or None."""
    if not (is_back_reference(mention) and is_back_reference(other)) or set(mention.source_ids) & set(other.source_ids):
        return None
    if not _kin(mention.type, other.type) or _contradiction(mention, other, story):
        return None
    if not (retells_that_act(mention, other) or retells_that_act(other, mention)):
        return None  # "a cashier had been taken into custody", "twelve fans had been detained": two arrests
    return (
        f"an undated {reference_form(mention)} mention of the {mention.type}",
        f"and an undated {reference_form(other)} one of the {other.type} in the same story",
        *(_shared(mention, other, story) or ["no argument contradicting"]),
    )


def same_referent(mention: Event, candidates: Iterable[Event], story: Story) -> tuple[Event, str] | None:
    """The one undated back-reference among ``candidates`` (other articles of the story) that ``mention``
    refers back to the same event with, when the story dates no such event: a definite mention presupposes
    one event of its kind in the story, so a second candidate leaves it alone."""
    fitting = [(c, e) for c in candidates if c.id != mention.id and (e := co_reference(mention, c, story))]
    if len(fitting) != 1:
        return None
    ((other, evidence),) = fitting
    return other, "; ".join((*evidence, f"the only such {other.type} of its story, none dated yet"))


def _shared(mention: Event, other: Event, story: Story) -> list[str]:
    shared_actors = {p.actor_id for p in mention.participants} & {p.actor_id for p in other.participants}
    shared_places = story.region(own_place_ids(mention)) & story.region(own_place_ids(other))
    return [
        *(["actor " + ", ".join(sorted(shared_actors))] if shared_actors else []),
        *(["place " + ", ".join(sorted(shared_places))] if shared_places else []),
    ]


def antecedent(mention: Event, candidates: Iterable[Event], story: Story) -> tuple[Event, str] | None:
    """The one dated event among ``candidates`` that ``mention`` refers back to, and why; None when no
    candidate fits or more than one does (then nothing tells which one it is)."""
    fitting: dict[str, tuple[Event, tuple[str, ...]]] = {}
    candidates = list(candidates)
    word = str(mention.attribute("trigger") or "")
    for candidate in candidates:
        if candidate.id == mention.id or a_death_beside_its_cause(word, candidate, candidates):
            continue
        evidence = refers_back(mention, candidate, story)
        if evidence is not None:
            fitting[candidate.id] = (candidate, evidence)
    if not fitting:
        return None
    options = list(fitting.values())
    if len(options) == 1:
        dated, evidence = options[0]
        return dated, "; ".join((*evidence, f"the only dated {dated.type} of its story it fits"))
    if not all(overlaps(a.earliest, a.latest, b.earliest, b.latest) for a, _ in options for b, _ in options):
        return None  # dated on different days: nothing tells which one the mention means
    # one day's news told twice ("Friday's attack on a concert hall", "gunmen opened fire on Friday"): the date
    # is the same whichever it joins; it joins the one it shares most with, then the most reported
    dated, evidence = max(options, key=lambda o: (_shared_count(mention, o[0], story), len(o[0].mentions), o[0].id))
    return dated, "; ".join((*evidence, f"the dated {dated.type} of its story it fits best, all on one day"))


def _shared_count(mention: Event, dated: Event, story: Story) -> int:
    shared_actors = {p.actor_id for p in mention.participants} & {p.actor_id for p in dated.participants}
    return len(shared_actors) + len(story.region(own_place_ids(mention)) & story.region(own_place_ids(dated)))


def fold_back_references(events: Sequence[Event], story: Story) -> list[Event]:
    """One article's events with each undated back-reference joined to the article's one dated event it
    refers back to (rule 6, within the article)."""
    result = list(events)
    index = {event.id: i for i, event in enumerate(result)}
    folded: set[int] = set()
    for i, mention in enumerate(events):
        if not is_back_reference(mention):
            continue
        dated = [result[j] for j in range(len(result)) if j not in folded and j != i and can_anchor(result[j])]
        found = antecedent(mention, dated, story)
        if found is None:
            continue
        target, reason = found
        j = index[target.id]
        result[j] = merge_events(result[j], mention, reason)
        folded.add(i)
    return [event for i, event in enumerate(result) if i not in folded]


def in_story(published: dt.date | None, reported: dt.date | None) -> bool:
    """Whether two articles' publication days are close enough to tell one story (unknown days are not)."""
    return published is not None and reported is not None and abs((published - reported).days) <= STORY_DAYS


def bound_by_answered(events: Mapping[str, Event]) -> dict[str, Event]:
    """Undated reports of one article that answer a dated event of their own sentence ("the AU condemned the
    seizure of power", "Russia arrested 11 people over the attack"), with that event's first day as their
    earliest bound: what answers an event comes after it.  ``events`` are the nodes the article's reports are
    in (by id); the ones changed are returned."""
    by_sentence: dict[tuple[str, int | None, int | None], list[Event]] = {}
    for event in events.values():
        for mention in event.mentions:
            by_sentence.setdefault((mention.source_id, mention.start, mention.end), []).append(event)
    changed: dict[str, Event] = {}
    for event in events.values():
        answered_type = event.attribute(FOLLOWS)
        if event.earliest is not None or event.latest is None or not answered_type:
            continue
        for index, mention in enumerate(event.mentions):
            if mention.claimed_earliest is not None:
                continue
            sentence = (mention.source_id, mention.start, mention.end)
            answered = [
                other
                for other in by_sentence.get(sentence, ())
                if other.id != event.id and other.type == answered_type and _dated_before(other, mention)
            ]
            if len({a.id for a in answered}) != 1:
                continue
            first = answered[0]
            assert first.earliest is not None
            mentions = list(event.mentions)
            mentions[index] = replace(mention, claimed_earliest=first.earliest, claimed_precision="unknown")
            changed[event.id] = event = _rebounded(event, tuple(mentions), first)
    return changed


def _dated_before(answered: Event, mention: Mention) -> bool:
    """Whether ``answered`` is dated news of the report's own story: told to the day or the week, within
    ``STORY_DAYS`` before the report.  "Speaks at a news conference after a meeting in July 2018" in a 2024
    caption would only widen an undated report into a six-year window that every question overlaps."""
    if answered.earliest is None or answered.latest is None or answered.attribute("planned"):
        return False
    if (answered.latest - answered.earliest).days > ANCHOR_SPAN_DAYS or mention.claimed_latest is None:
        return False
    return 0 <= (mention.claimed_latest - answered.earliest).days <= STORY_DAYS


def _rebounded(event: Event, mentions: tuple[Mention, ...], answered: Event) -> Event:
    earliest, latest, precision, conflict = settle_dates(
        [(m.claimed_earliest, m.claimed_latest, m.claimed_precision or event.precision) for m in mentions]
    )
    if earliest is not None and latest is not None and earliest < latest:
        precision = "unknown"  # a window between two days, not a day
    why = f"after “{answered.label}” ({answered.earliest}), which it answers in the same sentence"
    attributes = dict(event.attributes)
    attributes[BOUNDED_BY] = why
    return event.with_changes(
        earliest=earliest,
        latest=latest,
        precision=precision,
        date_conflict=conflict,
        mentions=mentions,
        attributes=tuple(sorted(attributes.items())),
    )
