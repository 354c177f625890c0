"""Writing facts into any store with the merge rule applied, written once against the protocol."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from timelinekg.errors import ValidationError
from timelinekg.graph.actor_identity import resolve_actors
from timelinekg.graph.base import EventQuery, Store
from timelinekg.loaders import DATASET_FORMATS, LoadOptions, Notice, expand_paths, format_for, loader_for
from timelinekg.schema.merge import (
    is_attach_only,
    is_dataset_event,
    main_actor_ids,
    merge_batch,
    merge_events,
    same_event,
    without_attach_only,
)
from timelinekg.schema.model import Actor, Event, Facts, Place


@dataclass
class IngestSummary:
    events_in: int = 0
    events_written: int = 0
    merged_into_existing: int = 0
    actors: int = 0
    places: int = 0
    sources: int = 0
    unattached: int = 0  # attach-only reports (GDELT 2.0 mentions) whose event is not in the store
    problems: list[str] = field(default_factory=list)

    def add(self, other: IngestSummary) -> None:
        self.events_in += other.events_in
        self.events_written += other.events_written
        self.merged_into_existing += other.merged_into_existing
        self.actors += other.actors
        self.places += other.places
        self.sources += other.sources
        self.unattached += other.unattached
        self.problems.extend(other.problems)


def _union_aliases(old: Actor | Place, new: Actor | Place) -> tuple[str, ...]:
    """Every name either record was known by, the old canonical name included, but not the new one."""
    return tuple(dict.fromkeys(a for a in (*old.aliases, *new.aliases, old.name) if a != new.name))


def _union_actor(old: Actor, new: Actor) -> Actor:
    aliases = _union_aliases(old, new)
    external = tuple(dict.fromkeys(old.external_ids + new.external_ids))
    attributes = dict(old.attributes)
    attributes.update(new.attributes)
    kind = new.kind if new.kind != "other" else old.kind
    return Actor(new.id, new.name, kind, aliases, external, tuple(sorted(attributes.items())))


def _union_place(old: Place, new: Place) -> Place:
    return Place(
        id=new.id,
        name=new.name,
        kind=new.kind if new.kind != "other" else old.kind,
        latitude=new.latitude if new.latitude is not None else old.latitude,
        longitude=new.longitude if new.longitude is not None else old.longitude,
        parent_id=new.parent_id or old.parent_id,
        external_ids=tuple(dict.fromkeys(old.external_ids + new.external_ids)),
        aliases=_union_aliases(old, new),
    )


ActorOrPlace = TypeVar("ActorOrPlace", Actor, Place)


def _dedupe_by_id(
    items: Iterable[ActorOrPlace], union: Callable[[ActorOrPlace, ActorOrPlace], ActorOrPlace]
) -> dict[str, ActorOrPlace]:
    found: dict[str, ActorOrPlace] = {}
    for item in items:
        previous = found.get(item.id)
        found[item.id] = union(previous, item) if previous is not None else item
    return found


def _absorb(kept: Event, incoming: Event) -> Event:
    """Two reports with one id, merged; the result is attach-only only when both were."""
    if is_attach_only(kept) and not is_attach_only(incoming):
        kept, incoming = incoming, kept
    if is_attach_only(incoming) and not is_attach_only(kept):
        incoming = without_attach_only(incoming)
    return merge_events(kept, incoming)


def _fold_by_id(events: Iterable[Event]) -> list[Event]:
    folded: dict[str, Event] = {}
    for event in events:
        previous = folded.get(event.id)
        folded[event.id] = event if previous is None else _absorb(previous, event)
    return list(folded.values())


def _existing_match(store: Store, event: Event, by_id: dict[str, Event]) -> Event | None:
    if event.id in by_id or is_dataset_event(event):
        return by_id.get(event.id)
    actors = main_actor_ids(event)
    if not actors or event.latest is None:
        return None
    # An open earliest (an undated report, bounded by its publication) overlaps every earlier date: the
    # merge rule then wants more than one agreeing argument, as always, and nothing else.
    query = EventQuery(
        start=event.earliest,
        end=event.latest,
        include_open=event.earliest is None,
        actor_ids=sorted(actors),
        limit=50,
    )
    return next((old for old in store.events(query) if same_event(old, event)), None)


def ingest(store: Store, facts: Facts, *, merge: bool = True) -> IngestSummary:
    """Merge ``facts`` with each other and with the store, then write them in one batch.

    With ``merge=False`` events are written by id only (dataset bulk loads whose ids
    already decide identity); loading the same facts twice still changes nothing.
    """
    if merge:
        facts = resolve_actors(store, facts)  # one id per actor across articles, before the merge rule runs
    summary = IngestSummary(events_in=len(facts.events), sources=len({s.id for s in facts.sources}))
    actors = _dedupe_by_id(facts.actors, _union_actor)
    places = _dedupe_by_id(facts.places, _union_place)
    for old in store.actors(actors.keys()):
        actors[old.id] = _union_actor(old, actors[old.id])
    for old_place in store.places(places.keys()):
        places[old_place.id] = _union_place(old_place, places[old_place.id])

    events = merge_batch(facts.events) if merge else _fold_by_id(facts.events)
    stored = {e.id: e for e in store.events(EventQuery(ids=[e.id for e in events]))} if events else {}
    written: dict[str, Event] = {}
    for event in events:
        old_event = _existing_match(store, event, stored) if merge else stored.get(event.id)
        if is_attach_only(event):
            if old_event is None:
                summary.unattached += 1
                continue
            event = without_attach_only(event)
        if old_event is not None:
            if old_event.id != event.id:
                summary.merged_into_existing += 1
            event = merge_events(old_event, event)
        if event.id in written:
            event = merge_events(written[event.id], event)
        written[event.id] = event
    summary.events_written = len(written)
    summary.actors = len(actors)
    summary.places = len(places)
    store.write(
        Facts(
            sources=list({s.id: s for s in facts.sources}.values()),
            actors=list(actors.values()),
            places=list(places.values()),
            events=list(written.values()),
        )
    )
    return summary


@dataclass
class LoadReport:
    files: int = 0
    batches: int = 0
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # not errors: e.g. RDF triples outside our vocabulary
    summary: IngestSummary = field(default_factory=IngestSummary)


def load_paths(
    store: Store,
    paths: Iterable[Path],
    options: LoadOptions | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> LoadReport:
    """Load files and folders into ``store``: each batch a transaction, each problem reported, none fatal."""
    options = options or LoadOptions()
    report = LoadReport()
    for path, named in expand_paths(list(paths)):
        if on_file is not None:
            on_file(path)
        try:
            format_name = format_for(path, options.format)
        except ValidationError as error:
            if named:
                report.errors.append(error.at(path=str(path)).located())
            else:
                report.skipped.append(str(path))
            continue
        report.files += 1
        for result in loader_for(format_name)(path, options):
            if isinstance(result, ValidationError):
                report.errors.append(result.located())
                continue
            if isinstance(result, Notice):
                report.notices.append(result.located())
                continue
            try:
                report.summary.add(ingest(store, result, merge=format_name not in DATASET_FORMATS))
                report.batches += 1
            except ValidationError as error:
                report.errors.append(error.at(path=str(path)).located())
    return report
