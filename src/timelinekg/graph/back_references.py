"""Back-references across articles: the store side of ``schema.coreference``.

An undated mention that refers back ("133 people had been killed", "the coup in Gabon") and that its own
article dates nowhere joins the one dated event of its story in the store; and a dated event arriving after
such a mention was stored takes it in, when it is the one event that mention can refer back to.  A story is
the articles published within ``STORY_DAYS`` days of each other whose events share an actor or a place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from timelinekg.graph.base import EventQuery, PublicationReader, StoreReader
from timelinekg.schema.coreference import (
    FOLLOWS,
    REFERENCE,
    STORY_DAYS,
    Story,
    antecedent,
    can_anchor,
    fits_earlier,
    in_story,
    is_back_reference,
    is_reported_news,
    kin_types,
    named_on_its_days,
    refers_back,
    same_referent,
)
from timelinekg.schema.merge import ANSWERED_IN_SENTENCE, RETELLING_DAYS, own_place_ids, retold_act
from timelinekg.schema.model import Event, Facts, Place

# How long before its report an event referred back to may have happened ("an airstrike earlier this month");
# it bounds the store query, the story test (articles published within a week) decides.
LOOKBACK_DAYS = 31
CANDIDATES = 200  # dated events of the kinds asked for in that window; a news story has a handful


def _keys(events: Iterable[Event], story: Story) -> set[str]:
    keys: set[str] = set()
    for event in events:
        keys.update("a:" + p.actor_id for p in event.participants)
        keys.update("p:" + place for place in story.region(own_place_ids(event)))
    return keys


def named_by_a_common_noun(name: str) -> bool:
    """ "police", "people", "protesters", "Riot police": what every article about unrest names, whatever its
    country, so two articles naming them tell no one story.  A name of someone or something ends in a capitalised
    word ("Yiannis Kostakis", "National Electoral Council"); a common noun does not, though the sentence may
    begin with it."""
    words = name.split()
    return not words or not any(c.isupper() for c in words[-1])


def positions(places: Iterable[Place]) -> dict[str, tuple[float, float]]:
    return {p.id: (p.latitude, p.longitude) for p in places if p.latitude is not None and p.longitude is not None}


def _answered(event: Event) -> bool:
    """An undated report of news that the news of its own sentence answers ("in retaliation for an airstrike")."""
    return bool(event.attribute(ANSWERED_IN_SENTENCE)) and is_reported_news(event)


class BackReferences:
    """One article's view of the store for back-reference joins (built per ingested batch)."""

    def __init__(self, store: StoreReader, facts: Facts, written: Mapping[str, Event]) -> None:
        self.store = store
        self.written = written  # events this batch has already merged (the store has their older version)
        self.published = min((s.published for s in facts.sources if s.published), default=None)
        self.own_sources = {s.id for s in facts.sources}
        self.kinds = {a.id: a.kind for a in facts.actors}
        # actors named by a common noun alone link no articles into one story (``named_by_a_common_noun``)
        self.common = {a.id for a in facts.actors if named_by_a_common_noun(a.name)}
        self.parents = {p.id: p.parent_id for p in facts.places if p.parent_id}
        self.positions = positions(facts.places)
        self.place_kinds = {p.id: p.kind for p in facts.places}
        # every actor and place the article names, whether or not an event of it holds them
        self.article_keys = _keys(facts.events, self.story()) | {"a:" + a.id for a in facts.actors}
        self.article_keys |= {"p:" + place for place in self.story().region(p.id for p in facts.places)}
        self.named_keys = self._named(self.article_keys)
        self._source_keys: dict[str, set[str]] = {}

    def story(self) -> Story:
        return Story(self.kinds, self.parents, self.positions, self.place_kinds)

    def learn(self, events: list[Event]) -> list[Event]:
        """The latest version of ``events`` and their actors' kinds and places' parents, for the rule."""
        events = [self.written.get(e.id, e) for e in events]
        actors = {p.actor_id for e in events for p in e.participants} - self.kinds.keys()
        if actors:
            for actor in self.store.actors(actors):
                self.kinds[actor.id] = actor.kind
                if named_by_a_common_noun(actor.name):
                    self.common.add(actor.id)
        places = {p for e in events for p in e.place_ids} - self.parents.keys()
        for place in self.store.places(places) if places else ():
            self.parents[place.id] = place.parent_id or ""
            self.place_kinds[place.id] = place.kind
            self.positions.update(positions([place]))
        return events

    def _last_published(self, events: list[Event]) -> dict[str, dt.date | None]:
        if isinstance(self.store, PublicationReader):
            return self.store.last_published([e.id for e in events])
        return {e.id: e.latest for e in events}  # a store that cannot tell: the event's own day stands in

    def _dated_in_story(self, mention: Event, keys: set[str], reported: dt.date | None) -> list[Event]:
        assert mention.latest is not None
        query = EventQuery(
            start=mention.latest - dt.timedelta(days=LOOKBACK_DAYS),
            end=mention.latest,
            types=kin_types(mention.type),
            limit=CANDIDATES,
        )
        dated = self.learn([e for e in self.store.events(query) if can_anchor(e)])
        published = self._last_published(dated)
        story = self.story()
        return [
            e
            for e in dated
            if in_story(published.get(e.id), reported) and _keys([e], story) & keys and self._shares_a_name(e)
        ]

    def _named(self, keys: set[str]) -> set[str]:
        return {k for k in keys if not (k.startswith("a:") and k[2:] in self.common)}

    def _shares_a_name(self, event: Event) -> bool:
        """Whether the articles that reported ``event`` name someone or somewhere this article names: "police" and
        "protesters" in two articles about unrest in two countries tell no one story (``named_by_a_common_noun``)."""
        return bool(self._named(self._keys_of_sources(event)) & self.named_keys)

    def referred(self, mention: Event) -> tuple[Event, str] | None:
        """The stored event the incoming undated ``mention`` refers back to, and why: the one dated event of
        its story it fits, else (none fits) the one undated mention of that event another article made."""
        if not is_back_reference(mention):
            return self._answered_earlier(mention)
        candidates = self._dated_in_story(mention, self.article_keys, self.published)
        story = self.story()
        if any(refers_back(mention, dated, story) for dated in candidates):
            return antecedent(mention, candidates, story)  # None when they are on different days
        return same_referent(mention, self._undated_in_story(mention), self.story())

    def _answered_earlier(self, mention: Event) -> tuple[Event, str] | None:
        """The one earlier dated event of its story that an undated report answered by the news of its own
        sentence is ("Iran's attack was in response to an assault on its consulate in Damascus"): what was
        answered came before the article's news, so it is no event the article itself tells (those are the news
        and its retellings), and it fits only where nothing contradicts it."""
        if not _answered(mention):
            return None
        return self._only_earlier(mention, self._dated_in_story(mention, self.article_keys, self.published))

    def _only_earlier(self, mention: Event, candidates: Iterable[Event]) -> tuple[Event, str] | None:
        story = self.story()
        own = set(mention.source_ids)  # the article's own dated events are its news, not what that news answered
        fitting = {
            dated.id: dated
            for dated in candidates
            if not set(dated.source_ids) & own and fits_earlier(mention, dated, story)
        }
        if len(fitting) != 1:
            return None
        (dated,) = fitting.values()
        return dated, (
            f"an undated {mention.type} the news of its sentence answers; the only earlier dated {dated.type} "
            "of its story it fits, nothing contradicting"
        )

    def _undated_in_story(self, mention: Event) -> list[Event]:
        if self.published is None:
            return []
        query = EventQuery(
            start=self.published - dt.timedelta(days=STORY_DAYS),
            end=self.published + dt.timedelta(days=STORY_DAYS),
            include_open=True,
            types=kin_types(mention.type),
            limit=CANDIDATES,
        )
        found = [e for e in self.learn(list(self.store.events(query))) if is_back_reference(e)]
        return [e for e in found if in_story(e.latest, self.published) and self._shares_a_name(e)]

    def earlier_answers(self, written: Mapping[str, Event]) -> dict[str, Event]:
        """Stored undated reports of other articles that answer an event this batch wrote ("the AU condemned
        the seizure of power", stored before any article dated the coup), so that the date this batch gave
        the event bounds them too (``schema.coreference.bound_by_answered``)."""
        sources = {s for e in written.values() if e.earliest is not None for s in e.source_ids} - self.own_sources
        found: dict[str, Event] = {}
        for source_id in sorted(sources):
            for event in self.store.events(EventQuery(source=source_id)):
                if event.earliest is None and event.attribute(FOLLOWS) and event.id not in written:
                    found[event.id] = event
        return found

    def _keys_of_sources(self, event: Event) -> set[str]:
        """The actors and places of every article that reported ``event``: its stories."""
        keys: set[str] = set()
        for source_id in event.source_ids:
            if source_id not in self._source_keys:
                events = self.learn(list(self.store.events(EventQuery(source=source_id))))
                self._source_keys[source_id] = _keys(events, self.story())
            keys |= self._source_keys[source_id]
        return keys

    def referring(self, dated: Event) -> tuple[Event, str] | None:
        """A stored undated mention whose one dated event of its story is the incoming ``dated``, and why."""
        if not can_anchor(dated) or dated.earliest is None or dated.latest is None:
            return None
        query = EventQuery(
            start=dated.earliest,
            end=dated.latest + dt.timedelta(days=LOOKBACK_DAYS),
            include_open=True,
            types=kin_types(dated.type),
            limit=CANDIDATES,
        )
        mentions = [
            m
            for m in self.learn(list(self.store.events(query)))
            if (is_back_reference(m) or _answered(m)) and in_story(m.latest, self.published)
        ]
        for mention in mentions:
            keys = self._keys_of_sources(mention)
            if not self._shares_a_name(mention):  # a common noun ("people") tells no one story
                continue
            others = [e for e in self._dated_in_story(mention, keys, mention.latest) if e.id != dated.id]
            if is_back_reference(mention):
                found = antecedent(mention, [*others, dated], self.story())
            else:
                found = self._only_earlier(mention, [*others, dated])
            if found is not None and found[0].id == dated.id:
                return mention, found[1]
        return None

    def retold(self, undated: Event) -> tuple[Event, str] | None:
        """The stored dated act the incoming undated report retells (``schema.merge.retold_act``), when it is the
        only one that fits, and why."""
        found = self._retold_candidates(undated)
        if len(found) != 1:
            return None  # none, or two the report could retell: nothing tells which
        ((dated, evidence),) = found.values()
        return dated, "; ".join(evidence)

    def retold_by(self, dated: Event) -> list[tuple[Event, str]]:
        """The stored undated reports of other articles that retell the incoming dated act, each when that act is
        the only dated one it fits (the other direction of :meth:`retold`: whichever comes first, one node)."""
        agents = sorted(p.actor_id for p in dated.participants if p.role == "agent")
        if dated.earliest is None or dated.latest is None or not agents:
            return []
        query = EventQuery(
            start=dated.earliest,
            end=dated.earliest + dt.timedelta(days=RETELLING_DAYS),
            include_open=True,
            types=[dated.type],
            actor_ids=agents,
            limit=CANDIDATES,
        )
        story = self.story()
        found = []
        for undated in self.learn(list(self.store.events(query))):
            if undated.id == dated.id or retold_act(undated, dated, story) is None:
                continue
            others = self._retold_candidates(undated, dated)
            if set(others) == {dated.id}:
                found.append((undated, "; ".join(others[dated.id][1])))
        return found

    def _retold_candidates(
        self, undated: Event, newer: Event | None = None
    ) -> dict[str, tuple[Event, tuple[str, ...]]]:
        """Every dated act the undated report may retell, by id (``newer``: a dated act not stored yet, or newer
        than its stored version)."""
        agents = sorted(p.actor_id for p in undated.participants if p.role == "agent")
        if undated.earliest is not None or undated.latest is None or not agents:
            return {}
        query = EventQuery(
            start=undated.latest - dt.timedelta(days=RETELLING_DAYS),
            end=undated.latest,
            types=[undated.type],
            actor_ids=agents,
            limit=CANDIDATES,
        )
        candidates = {e.id: e for e in self.learn(list(self.store.events(query)))}
        if newer is not None:
            candidates[newer.id] = newer
        story = self.story()
        fitting = {}
        for candidate in candidates.values():
            evidence = retold_act(undated, candidate, story)
            if evidence is not None:
                fitting[candidate.id] = (candidate, evidence)
        return fitting

    def named_again(self, mention: Event) -> tuple[Event, str] | None:
        """The one dated event of another article of its story that the incoming dated definite mention naming no
        agent ("the Friday night massacre") is, and why (``schema.coreference.named_on_its_days``)."""
        if mention.earliest is None or mention.latest is None or not mention.attribute(REFERENCE):
            return None
        return self._only_named(mention, self._dated_in_story(mention, self.article_keys, self.published))

    def named_again_by(self, dated: Event) -> list[tuple[Event, str]]:
        """Stored dated definite mentions naming no agent, of other articles, whose one event of their story on
        their days is the incoming ``dated`` (the other direction of :meth:`named_again`)."""
        if not can_anchor(dated) or dated.earliest is None or dated.latest is None:
            return []
        query = EventQuery(start=dated.earliest, end=dated.latest, types=kin_types(dated.type), limit=CANDIDATES)
        story = self.story()
        found = []
        for mention in self.learn(list(self.store.events(query))):
            if mention.id == dated.id or named_on_its_days(mention, dated, story) is None:
                continue
            keys = self._keys_of_sources(mention)
            if not self._shares_a_name(mention):  # a common noun ("people") tells no one story
                continue  # not of this article's story
            others = [e for e in self._dated_in_story(mention, keys, mention.latest) if e.id != dated.id]
            joined = self._only_named(mention, [*others, dated])
            if joined is not None and joined[0].id == dated.id:
                found.append((mention, joined[1]))
        return found

    def _only_named(self, mention: Event, candidates: Iterable[Event]) -> tuple[Event, str] | None:
        story = self.story()
        fitting = {}
        for dated in candidates:
            evidence = named_on_its_days(mention, dated, story)
            if evidence is not None:
                fitting[dated.id] = (dated, evidence)
        if len(fitting) != 1:
            return None  # none, or two events of its days: nothing tells which
        ((dated, evidence),) = fitting.values()
        return dated, "; ".join((*evidence, f"the only {dated.type} of its story on those days"))
