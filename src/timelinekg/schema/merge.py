"""The merge rule: when two reports describe one event, and what the merged event keeps.

Two events are the same event when

1. their types are compatible (equal, one is ``other``, or the same CAMEO root);
2. they share main actors: the agents when an event names agents, else all its
   participants (events without actors merge by id only);
3. their places do not contradict (either has none, or they share one);
4. their date bounds overlap.

Events with the same id are always the same event.  Dataset events (GDELT,
ACLED) carry their dataset's id and are merged by id only: their own coding
already decided identity, and a heuristic join across millions of rows would
be both slow and a source of silent errors.

The merged event keeps every participant, place and mention.  Its bounds are
derived from what each source claimed: the intersection of all claims (the
tighter bounds) when they agree; when they are disjoint the bounds span all
claims and ``date_conflict`` is set, so the conflict stays visible instead of
one report silently overwriting another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from timelinekg.schema.event_types import compatible
from timelinekg.schema.model import Event, Mention, Participation, overlaps

MAIN_ROLES = ("agent",)


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


def same_event(a: Event, b: Event) -> bool:
    if a.id == b.id:
        return True
    if is_dataset_event(a) or is_dataset_event(b):
        return False
    if not compatible(a.type, b.type):
        return False
    actors_a, actors_b = main_actor_ids(a), main_actor_ids(b)
    if not actors_a & actors_b:
        return False
    if a.place_ids and b.place_ids and not set(a.place_ids) & set(b.place_ids):
        return False
    return overlaps(a.earliest, a.latest, b.earliest, b.latest)


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


def merge_events(kept: Event, incoming: Event) -> Event:
    """``kept`` absorbs ``incoming``; ``kept``'s id and first recorded time survive."""
    mentions: dict[tuple[object, ...], Mention] = {m.key: m for m in kept.mentions}
    for mention in incoming.mentions:
        mentions[mention.key] = mention  # the same quote again replaces its earlier claim
    participants = merge_participants(kept.participants + incoming.participants)
    places = tuple(dict.fromkeys(kept.place_ids + incoming.place_ids))
    attributes = dict(kept.attributes)
    attributes.update(incoming.attributes)
    merged_mentions = tuple(mentions.values())
    if merged_mentions:
        earliest, latest, precision, conflict = settle_dates(_claims(kept.with_changes(mentions=merged_mentions)))
    else:
        earliest, latest, precision, conflict = settle_dates(_claims(kept) + _claims(incoming))
    # The first report names the event, so labels (and the ids users quote) stay stable across loads.
    label = kept.label or incoming.label
    return kept.with_changes(
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
    )


def merge_batch(events: Iterable[Event]) -> list[Event]:
    """Fold a batch so that no two of its events are the same event (first id wins)."""
    merged: list[Event] = []
    by_actor: dict[str, list[int]] = {}
    by_id: dict[str, int] = {}
    for event in events:
        candidates = {by_id[event.id]} if event.id in by_id else set()
        if not is_dataset_event(event):
            for actor in main_actor_ids(event):
                candidates.update(by_actor.get(actor, ()))
        target = next((i for i in sorted(candidates) if same_event(merged[i], event)), None)
        if target is None:
            merged.append(event)
            target = len(merged) - 1
        else:
            merged[target] = merge_events(merged[target], event)
        by_id[event.id] = target
        for actor in main_actor_ids(merged[target]):
            if target not in by_actor.setdefault(actor, []):
                by_actor[actor].append(target)
    return merged
