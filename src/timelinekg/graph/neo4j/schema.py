"""The Neo4j schema: constraints and indexes, applied idempotently (``timelinekg neo4j schema``).

Why these indexes:

* uniqueness constraints on every ``id`` back the ``MERGE`` of batched writes
  (each one is also the range index that id lookups seek on); one on
  ``WriteLock.name`` keeps the loaders' lock node single (see ``cypher.take_write_lock``);
* ``event_span`` is a POINT index over ``Event.span = point({x: earliest day,
  y: latest day})``.  "Events overlapping [start, end]" is ``x <= end AND y >=
  start``: a bounding box, so ``point.withinBBox`` seeks only the events near
  the window (asked as a small box for short events plus the full box on
  ``event_long_span``, which holds only long and open-bounded events: see
  graph/neo4j/cypher.py).  Two range indexes on ``earliest``/``latest`` can seek on
  one bound only and filter everything on the other side of it (see
  docs/neo4j.md for the measurements);
* a range index on ``first_published`` (the first day a source reported the event, kept by the
  writes) for "what was known on a date" in hand-written Cypher; ``between --as-of`` filters the
  span index's events on it;
* range indexes on ``earliest``/``latest``/``type`` for hand-written Cypher
  (the shipped queries), ``Source.url`` for the source filter;
* a POINT index on ``Place.location`` for "events near a place";
* one full-text index over names, labels and titles for Browser search.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from timelinekg.graph.base import OPEN_HIGH, OPEN_LOW
from timelinekg.graph.neo4j import cypher

# The span index's curve covers every day number a span can hold, open bounds included.
SPAN_EXTENT = (float(OPEN_LOW - 1), float(OPEN_HIGH + 1))


@dataclass(frozen=True)
class SchemaItem:
    name: str
    statement: str
    constraint: bool = False  # a uniqueness constraint: filled inside the commit that creates it


def schema_items() -> list[SchemaItem]:
    items = [
        SchemaItem(f"{node.lower()}_id", cypher.create_unique_constraint(f"{node.lower()}_id", node, "id"), True)
        for node in ("Event", "Actor", "Place", "Source")
    ]
    items.append(
        SchemaItem("writelock_name", cypher.create_unique_constraint("writelock_name", "WriteLock", "name"), True)
    )
    ranges = [
        ("event_earliest", "Event", "earliest"),
        ("event_latest", "Event", "latest"),
        ("event_type", "Event", "type"),
        ("event_first_published", "Event", "first_published"),
        ("actor_name", "Actor", "name"),
        ("place_name", "Place", "name"),
        ("source_url", "Source", "url"),
    ]
    items += [SchemaItem(name, cypher.create_range_index(name, node, prop)) for name, node, prop in ranges]
    items.append(SchemaItem("event_span", cypher.create_point_index("event_span", "Event", "span", SPAN_EXTENT)))
    items.append(
        SchemaItem("event_long_span", cypher.create_point_index("event_long_span", "Event", "long_span", SPAN_EXTENT))
    )
    items.append(SchemaItem("place_location", cypher.create_point_index("place_location", "Place", "location", None)))
    items.append(
        SchemaItem(
            "names",
            cypher.create_fulltext_index(
                "names", ("Event", "Actor", "Place", "Source"), ("label", "name", "title", "aliases")
            ),
        )
    )
    return items


def apply_schema(
    run: Callable[[list[tuple[str, dict[str, object]]]], object],
    await_seconds: int = 300,
    settle: bool = True,
    wait: bool = True,
) -> list[str]:
    """Apply every schema statement; ``run(statements)`` runs its (statement, parameters) pairs in ONE
    transaction.  Returns the names applied.

    Every constraint and index is created in a single transaction because Neo4j then fills them all in
    one scan of the store: created one by one, each scanned the nodes again (4.1 s against 11 s for
    the indexes over 290,000 nodes after a bulk import).  The uniqueness constraints are filled before
    the transaction commits; the other indexes fill afterwards, and ``wait`` waits until they are online.
    Until then the planner does not use them, so every answer is already right, only slower.  ``settle``
    fills in the publication days of events written before they existed; an import, whose files carry
    them, skips that scan.
    """
    items = schema_items()
    run([(item.statement, {}) for item in items])
    if wait:
        run([(cypher.await_indexes(), {"seconds": await_seconds})])
    if settle:
        # Events written before they carried their publication days get them (a no-op afterwards).
        run([(cypher.settle_publication_days(unsettled=True), {})])
    return [item.name for item in items]
