"""Every Cypher statement timelinekg sends to Neo4j, built by small functions.

Rules that keep user data from ever becoming Cypher:

* values always travel as ``$parameters``; no builder interpolates a value;
* labels and relationship types cannot be parameters in Cypher 5, so the only
  names a builder interpolates come from :data:`ALLOWED_LABELS` and
  :data:`ALLOWED_REL_TYPES`, checked by :func:`label` and :func:`rel_type`;
* writes send many rows at once with ``UNWIND $rows``, one round trip per batch.

Graph model::

    (:Actor:Person)-[:PARTICIPATED_IN {role, position}]->(:Event)
    (:Event)-[:TOOK_PLACE_IN {position}]->(:Place)-[:PART_OF]->(:Place)
    (:Event)-[:REPORTED_BY {quote, start, end, claimed_earliest, claimed_latest,
                            claimed_precision, position}]->(:Source)
    (:Event)-[:DISPUTES {position}]->(:Event)    a denial or correction and what it disputes
    (:Event)-[:CONFIRMS {position}]->(:Event)    a participant's confirmation

``Event.span`` is ``point({x: earliest day number, y: latest day number})``;
open bounds use ``graph.base``'s ``OPEN_LOW``/``OPEN_HIGH``, as the embedded store does, so that both
stores answer date questions identically.  Interval overlap (``earliest <= end
AND latest >= start``) is then a bounding box on the span's point index.

That box reaches from the window to the ends of time, and a point index answers
a box through the cells of a space-filling curve: a huge box means coarse cells,
and coarse cells along the diagonal where events lie hold many events just
outside the box, read and thrown away.  So events are split by length.  An
event at most ``SHORT_SPAN_DAYS`` long that overlaps [start, end] has its span
inside the small box x in [start - SHORT, end], y in [start, end + SHORT];
longer events (and open-bounded ones) also carry ``Event.long_span``, indexed on
its own, where the full box is asked of the few of them.

Which properties a node or relationship has, and their values, are declared once in
:mod:`timelinekg.graph.neo4j.properties`; the writes below set exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass

from timelinekg.graph.neo4j import properties
from timelinekg.graph.neo4j.properties import KIND_LABELS, Property

ALLOWED_LABELS = frozenset(
    {"Event", "Actor", "Person", "Organisation", "Country", "Group", "Product", "Place", "Source"}
)
# Labels of the store's own bookkeeping, not of the data (no style, no export).
INTERNAL_LABELS = frozenset({"WriteLock"})
ALLOWED_REL_TYPES = frozenset({"PARTICIPATED_IN", "TOOK_PLACE_IN", "REPORTED_BY", "PART_OF", "DISPUTES", "CONFIRMS"})

EVENT_CHILD_RELS = ("PARTICIPATED_IN", "TOOK_PLACE_IN", "REPORTED_BY")
EVENT_LINK_RELS = ("DISPUTES", "CONFIRMS")


def label(name: str) -> str:
    """``name`` if it is an allowed label; anything else is a programming error, never data."""
    if name not in ALLOWED_LABELS | INTERNAL_LABELS:
        raise ValueError(f"label {name!r} is not in the allowlist")
    return name


def rel_type(name: str) -> str:
    if name not in ALLOWED_REL_TYPES:
        raise ValueError(f"relationship type {name!r} is not in the allowlist")
    return name


# -- writes -------------------------------------------------------------------------------------------------

# A first load grows the graph past Cypher's replanning threshold every few seconds, and every write
# statement was then planned again (13 % of the query thread's time in a profile of a load).  Their plans
# are unique-id seeks whatever the statistics say, so they are kept.
KEEP_PLAN = "CYPHER replan=skip\n"


def _row_value(prop: Property) -> str:
    field = f"row.{_schema_name(prop.name)}"
    # point() of a null coordinate is null, which leaves the property unset.
    if prop.type == properties.CARTESIAN_POINT:
        return f"point({{x: {field}[0], y: {field}[1]}})"
    if prop.type == properties.GEOGRAPHIC_POINT:
        return f"point({{latitude: {field}[0], longitude: {field}[1]}})"
    return field


def _set_properties(variable: str, declared: tuple[Property, ...]) -> str:
    """``SET`` every declared property but the id (MERGE's key) from ``row``."""
    assignments = []
    for prop in declared:
        if prop.name == "id":
            continue
        value = _row_value(prop)
        if prop.kept:
            # recorded_at is system time: the first time we stored the node, kept on reloads.  Rows
            # without one share $now, one parameter per statement instead of a datetime per row.
            value = f"coalesce({variable}.{prop.name}, {value}, $now)"
        assignments.append(f"{variable}.{prop.name} = {value}")
    return "SET " + ",\n    ".join(assignments)


def _property_map(declared: tuple[Property, ...]) -> str:
    """A map literal of every declared property from ``row`` (a null value sets nothing); a ``kept`` one
    is the row's value or ``$now``: the map creates the thing, so there is no earlier value to keep."""

    def value(prop: Property) -> str:
        return f"coalesce({_row_value(prop)}, $now)" if prop.kept else _row_value(prop)

    return "{" + ", ".join(f"{_schema_name(p.name)}: {value(p)}" for p in declared) + "}"


def _create_nodes(labels: str, declared: tuple[Property, ...]) -> str:
    # Every property in the CREATE itself: the node is written once with all of them, instead of
    # being created bare and then changed property by property, and there is no MERGE lookup or lock.
    return f"{KEEP_PLAN}UNWIND $rows AS row\nCREATE (n:{labels} {_property_map(declared)})"


def upsert_sources(*, new: bool = False) -> str:
    """Sources by id; ``new`` ones (no stored node has their id) are created outright."""
    if new:
        return _create_nodes(label("Source"), properties.SOURCE)
    return f"{KEEP_PLAN}UNWIND $rows AS row\nMERGE (s:Source {{id: row.id}})\n{_set_properties('s', properties.SOURCE)}"


def upsert_actors(kind_label: str | None, *, new: bool = False) -> str:
    """Actors of one kind: the kind label is replaced, so a changed kind never leaves a stale label."""
    if new:
        return _create_nodes(":".join(label(x) for x in ("Actor", kind_label) if x), properties.ACTOR)
    all_kinds = ":".join(label(k) for k in sorted(KIND_LABELS.values()))
    set_kind = f"\nSET a:{label(kind_label)}" if kind_label else ""
    return (
        f"{KEEP_PLAN}UNWIND $rows AS row\n"
        f"MERGE (a:{label('Actor')} {{id: row.id}})\n"
        f"{_set_properties('a', properties.ACTOR)}\n"
        f"REMOVE a:{all_kinds}{set_kind}"
    )


def upsert_places(*, new: bool = False) -> str:
    if new:
        return _create_nodes(label("Place"), properties.PLACE)
    return f"{KEEP_PLAN}UNWIND $rows AS row\nMERGE (p:Place {{id: row.id}})\n{_set_properties('p', properties.PLACE)}"


def delete_place_parents() -> str:
    return f"{KEEP_PLAN}UNWIND $ids AS id\nMATCH (:Place {{id: id}})-[old:PART_OF]->()\nDELETE old"


def link_place_parents() -> str:
    # A parent not written yet becomes a bare node with only an id, filled in when it arrives.
    return (
        f"{KEEP_PLAN}UNWIND $rows AS row\n"
        "MATCH (p:Place {id: row.id})\n"
        "MERGE (parent:Place {id: row.parent_id})\n"
        f"CREATE (p)-[:{rel_type(properties.PART_OF.type)}]->(parent)"
    )


def delete_event_children() -> str:
    """Replace-by-id: an event's participations, places and mentions, and its own DISPUTES/CONFIRMS links
    (not links into it), go before it is rewritten; one seek per event finds them all."""
    types = "|".join(rel_type(t) for t in (*EVENT_CHILD_RELS, *EVENT_LINK_RELS))
    links = ", ".join(f"'{rel_type(t)}'" for t in EVENT_LINK_RELS)
    # Undirected on purpose: PARTICIPATED_IN points into the event, the others out of it.
    return (
        f"{KEEP_PLAN}UNWIND $ids AS id\n"
        f"MATCH (e:Event {{id: id}})-[old:{types}]-()\n"
        f"WHERE startNode(old) = e OR NOT type(old) IN [{links}]\n"
        "WITH DISTINCT old\n"
        "DELETE old"
    )


def delete_events() -> str:
    """The events ``$ids`` with every relationship they have (a folded event's reports, places, participants and
    links); an id not stored is passed over."""
    return f"{KEEP_PLAN}UNWIND $ids AS id\nMATCH (e:Event {{id: id}})\nDETACH DELETE e"


STORED_LABELS = ("Event", "Source", "Actor", "Place")


def select_stored_ids() -> str:
    """Which of a write's ids are stored, one list per label (parameters and columns ``$events``, ``$sources``,
    ``$actors``, ``$places``): a write creates the others outright, with nothing of theirs to find or delete."""
    columns = [f"{name.lower()}s" for name in STORED_LABELS]
    found = "".join(
        f"CALL () {{ UNWIND ${column} AS id MATCH (n:{label(name)} {{id: id}}) RETURN collect(id) AS {column} }}\n"
        for name, column in zip(STORED_LABELS, columns, strict=True)
    )
    return found + "RETURN " + ", ".join(columns)


def link_events(declared: properties.Relationship) -> str:
    """DISPUTES or CONFIRMS links; a target not stored yet is left unlinked (an Event needs its bounds)."""
    return (
        f"{KEEP_PLAN}UNWIND $rows AS row\n"
        "MATCH (e:Event {id: row.event_id})\n"
        "MATCH (t:Event {id: row.target_id})\n"
        f"CREATE (e)-[:{rel_type(declared.type)} {_property_map(declared.properties)}]->(t)"
    )


def upsert_events(*, new: bool = False) -> str:
    """Events by id; ``new`` ones (no stored event has their id) are created without MERGE's lookup and lock."""
    if new:
        return _create_nodes(label("Event"), properties.EVENT)
    return f"{KEEP_PLAN}UNWIND $rows AS row\nMERGE (e:Event {{id: row.id}})\n{_set_properties('e', properties.EVENT)}"


def _find_or_create(written: bool) -> str:
    # An end node written earlier in the same transaction is there: MATCH finds it without MERGE's
    # extra lock on the uniqueness constraint.  Otherwise MERGE keeps a link whose end node arrives in
    # a later batch (a bare node until then); a null id makes MERGE fail, which rolls the batch back.
    return "MATCH" if written else "MERGE"


def _link_event(declared: properties.Relationship, end: str, end_id: str, written: bool, *, into_event: bool) -> str:
    """Each row's event linked to one end node by ``declared``; ``into_event`` points it at the event."""
    arrow = f"-[:{rel_type(declared.type)} {_property_map(declared.properties)}]->"
    link = f"(x){arrow}(e)" if into_event else f"(e){arrow}(x)"
    return (
        f"{KEEP_PLAN}UNWIND $rows AS row\n"
        "MATCH (e:Event {id: row.event_id})\n"
        f"{_find_or_create(written)} (x:{label(end)} {{id: row.{end_id}}})\n"
        f"CREATE {link}"
    )


def link_participants(*, actors_written: bool = False) -> str:
    return _link_event(properties.PARTICIPATED_IN, "Actor", "actor_id", actors_written, into_event=True)


def link_places(*, places_written: bool = False) -> str:
    return _link_event(properties.TOOK_PLACE_IN, "Place", "place_id", places_written, into_event=False)


def link_mentions(*, sources_written: bool = False) -> str:
    return _link_event(properties.REPORTED_BY, "Source", "source_id", sources_written, into_event=False)


def settle_publication_days(*, by_source: bool = False, unsettled: bool = False) -> str:
    """Each event's first and last publication day from its sources (``graph.base.publication_days``).

    For the events ``$ids``, or with ``by_source`` the events citing the sources ``$ids`` (a source's
    day may have changed), or with ``unsettled`` every event with a dated source and no first day yet
    (a database written before these properties existed).  A source without a day leaves the last unset.
    """
    if unsettled:
        found = (
            "MATCH (e:Event) WHERE e.first_published IS NULL\n"
            "  AND EXISTS { MATCH (e)-[:REPORTED_BY]->(s:Source) WHERE s.published IS NOT NULL }\n"
        )
    elif by_source:
        found = "UNWIND $ids AS id\nMATCH (:Source {id: id})<-[:REPORTED_BY]-(e:Event)\nWITH DISTINCT e\n"
    else:
        found = "UNWIND $ids AS id\nMATCH (e:Event {id: id})\n"
    return (
        f"{found}CALL (e) {{\n"
        "  MATCH (e)-[:REPORTED_BY]->(s:Source)\n"
        "  RETURN min(s.published) AS first, max(s.published) AS last, count(*) AS claims,"
        " count(s.published) AS dated\n"
        "}\n"
        "SET e.first_published = first, e.last_published = CASE WHEN dated = claims THEN last END"
    )


def take_write_lock() -> str:
    # Every loading transaction writes this one node first, so it holds the node's lock until it
    # commits and loaders read-and-merge one at a time (SQLite's BEGIN IMMEDIATE).  The uniqueness
    # constraint on WriteLock.name makes the first MERGE create one node even when loaders race.
    return f"MERGE (lock:{label('WriteLock')} {{name: $name}}) SET lock.writes = coalesce(lock.writes, 0) + 1"


def delete_everything_batched(batch: int = 10_000) -> str:
    """Empties the database; needs an auto-commit transaction (``IN TRANSACTIONS``)."""
    return f"MATCH (n) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF {int(batch)} ROWS"


# -- reads --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventFilter:
    """Which clauses an event query needs; the values themselves go in parameters."""

    dated: bool = False
    split_by_length: bool = False  # overlap questions: short box on span + full box on long_span
    reported: bool = False  # overlap questions without open bounds: also undated events reported in the range
    ids: bool = False
    types: bool = False
    actor_key: bool = False
    actor_ids: bool = False
    place_key: bool = False
    source: bool = False
    linked_to: bool = False
    published_by: bool = False
    unified_from: bool = False
    limit: bool = False


SPAN_BOX = "point.withinBBox(e.span, point({x: $low_min, y: $high_min}), point({x: $low_max, y: $high_max}))"
SHORT_SPAN_BOX = (
    "point.withinBBox(e.span, point({x: $short_low_min, y: $high_min}), point({x: $low_max, y: $short_high_max}))"
)
LONG_SPAN_BOX = "point.withinBBox(e.long_span, point({x: $low_min, y: $high_min}), point({x: $low_max, y: $high_max}))"
# An undated event bounded by its report sits at x = the open lower bound; its latest day y is in the range.
REPORTED_BOX = (
    "point.withinBBox(e.long_span, point({x: $open_low, y: $reported_min}), point({x: $open_low, y: $reported_max}))"
    " AND e.precision = $reported"
)


def select_events(wanted: EventFilter, returning: str | None = None, *, collected: bool = False) -> str:
    """Events with their children, sorted like the embedded store: (earliest, latest, id), open first.

    Each event is a row of :data:`EVENT_PROJECTION`; ``collected`` returns one row instead, ``events``,
    the list of those rows in order.  The driver spends more time building a record than decoding a
    list, so a bounded answer comes back collected (a page of 50 in 16 % less time, a week of 1,150
    events in 23 % less); an unbounded one streams, to keep memory flat.

    Parameters: ``$low_min $low_max $high_min $high_max`` (the span box) and, when split by length,
    ``$short_low_min $short_high_max``; with ``reported``, ``$open_low $reported_min $reported_max $reported``;
    ``$ids``, ``$types``, ``$actor_key``, ``$actor_ids``,
    ``$place_key``, ``$source``, ``$limit``, as ``wanted`` says.
    """
    clauses: list[str] = []
    if wanted.dated and wanted.split_by_length:
        # UNION also drops a long event that both boxes found.
        matched = (
            "CALL () {\n"
            f"  MATCH (e:Event) WHERE {SHORT_SPAN_BOX} RETURN e\n"
            "  UNION\n"
            f"  MATCH (e:Event) WHERE {LONG_SPAN_BOX} RETURN e\n"
            + (f"  UNION\n  MATCH (e:Event) WHERE {REPORTED_BOX} RETURN e\n" if wanted.reported else "")
            + "}\n"
        )
        keep = "WITH e WHERE "
    else:
        matched = "MATCH (e:Event)\n"
        keep = "WHERE "
        if wanted.dated:
            clauses.append(SPAN_BOX)
    if wanted.ids:
        clauses.append("e.id IN $ids")
    if wanted.types:
        clauses.append("e.type IN $types")
    if wanted.actor_key:
        clauses.append("EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE $actor_key IN a.name_keys }")
    if wanted.actor_ids:
        clauses.append("EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN $actor_ids }")
    if wanted.place_key:
        # the named place and every place inside it: "Russia" finds events in Moscow
        clauses.append(
            "EXISTS { MATCH (e)-[:TOOK_PLACE_IN]->(:Place)-[:PART_OF*0..]->(p:Place) WHERE $place_key IN p.name_keys }"
        )
    if wanted.source:
        clauses.append("EXISTS { MATCH (e)-[:REPORTED_BY]->(s:Source) WHERE s.id = $source OR s.url = $source }")
    if wanted.published_by:
        clauses.append("e.first_published <= $published_by")
    if wanted.linked_to:
        clauses.append("EXISTS { MATCH (e)-[:DISPUTES|CONFIRMS]->(t:Event) WHERE t.id IN $linked_to }")
    if wanted.unified_from:
        # asked only after a miss by id (an old id users hold), so a scan is fine
        clauses.append("any(alias IN coalesce(e.unified_ids, []) WHERE alias IN $unified_from)")
    where = (keep + "\n  AND ".join(clauses) + "\n") if clauses else ""
    limit = "LIMIT $limit\n" if wanted.limit else ""
    ordered = f"{matched}{where}WITH e ORDER BY e.span.x, e.span.y, e.id\n{limit}"
    if collected:
        # collect() keeps the order its input rows arrive in, which the ORDER BY above fixed.
        return f"{ordered}WITH {EVENT_PROJECTION}\nRETURN collect([{', '.join(EVENT_COLUMNS)}]) AS events"
    return f"{ordered}RETURN {returning or EVENT_PROJECTION}"


# Dates and instants travel as ISO strings: the driver's temporal types cost tens of
# microseconds each to build in Python, more than the rest of a page together.
EVENT_PROJECTION = (
    "e {.id, .type, .label, earliest: toString(e.earliest), latest: toString(e.latest), .precision,\n"
    "   start: toString(e.start), end: toString(e.end), .date_conflict, .attributes,\n"
    "   recorded_at: toString(e.recorded_at)} AS event,\n"
    "  COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) WITH a, r ORDER BY r.position\n"
    "            RETURN [a.id, r.role] } AS participants,\n"
    "  COLLECT { MATCH (e)-[r:TOOK_PLACE_IN]->(p:Place) WITH p, r ORDER BY r.position RETURN p.id } AS places,\n"
    "  COLLECT { MATCH (e)-[r:REPORTED_BY]->(s:Source) WITH s, r ORDER BY r.position\n"
    "            RETURN [s.id, r.quote, r.start, r.end, toString(r.claimed_earliest), toString(r.claimed_latest),\n"
    "                    r.claimed_precision] } AS mentions,\n"
    "  COLLECT { MATCH (e)-[r:DISPUTES]->(t:Event) WITH t, r ORDER BY r.position RETURN t.id } AS disputes,\n"
    "  COLLECT { MATCH (e)-[r:CONFIRMS]->(t:Event) WITH t, r ORDER BY r.position RETURN t.id } AS confirms"
)
EVENT_COLUMNS = ("event", "participants", "places", "mentions", "disputes", "confirms")


def select_last_published() -> str:
    """Each of the events ``$ids``'s last publication day, as an ISO string (or null)."""
    return "UNWIND $ids AS id\nMATCH (e:Event {id: id})\nRETURN e.id AS id, toString(e.last_published) AS last"


def select_event_ids(wanted: EventFilter) -> str:
    """Only the ids of matching events, in order, as one list ``ids``: what benchmarks and PROFILE look at."""
    return select_events(wanted, returning="collect(e.id) AS ids")


def select_actors(by_ids: bool) -> str:
    # Bare nodes (an id referenced before its actor was written) have no name and are not actors yet.
    where = "WHERE a.name IS NOT NULL" + (" AND a.id IN $ids" if by_ids else "")
    return f"MATCH (a:Actor)\n{where}\nRETURN a {{.*}} AS actor ORDER BY a.id"


def select_places(by_ids: bool) -> str:
    where = "WHERE p.name IS NOT NULL" + (" AND p.id IN $ids" if by_ids else "")
    return (
        f"MATCH (p:Place)\n{where}\n"
        "RETURN p {.*, location: null} AS place,\n"
        "  head(COLLECT { MATCH (p)-[:PART_OF]->(parent:Place) RETURN parent.id }) AS parent_id\n"
        "ORDER BY p.id"
    )


def select_sources(by_ids: bool) -> str:
    where = "WHERE s.url IS NOT NULL" + (" AND s.id IN $ids" if by_ids else "")
    return f"MATCH (s:Source)\n{where}\nRETURN s {{.*}} AS source ORDER BY s.id"


def count_everything() -> str:
    # Event and REPORTED_BY counts come from Neo4j's count store; the others skip bare nodes.
    return (
        "CALL () { MATCH (e:Event) RETURN count(e) AS events }\n"
        "CALL () { MATCH (a:Actor) WHERE a.name IS NOT NULL RETURN count(a) AS actors }\n"
        "CALL () { MATCH (p:Place) WHERE p.name IS NOT NULL RETURN count(p) AS places }\n"
        "CALL () { MATCH (s:Source) WHERE s.url IS NOT NULL RETURN count(s) AS sources }\n"
        "CALL () { MATCH ()-[m:REPORTED_BY]->() RETURN count(m) AS mentions }\n"
        "RETURN events, actors, places, sources, mentions"
    )


def count_imported() -> str:
    """``count_everything`` for a database written by ``neo4j-admin database import``, which writes only
    whole nodes: with no bare node to skip, every count comes from the count store, instantly (skipping
    them scanned 1.75M sources after a million-event import)."""
    return (
        "CALL () { MATCH (e:Event) RETURN count(e) AS events }\n"
        "CALL () { MATCH (a:Actor) RETURN count(a) AS actors }\n"
        "CALL () { MATCH (p:Place) RETURN count(p) AS places }\n"
        "CALL () { MATCH (s:Source) RETURN count(s) AS sources }\n"
        "CALL () { MATCH ()-[m:REPORTED_BY]->() RETURN count(m) AS mentions }\n"
        "RETURN events, actors, places, sources, mentions"
    )


def count_nodes_and_relationships() -> str:
    # Both from Neo4j's count store: instant on any size, and any node at all (not only ours) counts.
    return (
        "CALL () { MATCH (n) RETURN count(n) AS nodes }\n"
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }\n"
        "RETURN nodes, relationships"
    )


def ping() -> str:
    return "RETURN 1 AS ok"


# -- schema -------------------------------------------------------------------------------------------------

_SCHEMA_NAME = frozenset("abcdefghijklmnopqrstuvwxyz_0123456789")


def _schema_name(name: str) -> str:
    if not name or not set(name) <= _SCHEMA_NAME:
        raise ValueError(f"schema name {name!r} must be lower-case letters, digits and _")
    return name


def create_unique_constraint(name: str, node_label: str, prop: str) -> str:
    return (
        f"CREATE CONSTRAINT {_schema_name(name)} IF NOT EXISTS "
        f"FOR (n:{label(node_label)}) REQUIRE n.{_schema_name(prop)} IS UNIQUE"
    )


def create_range_index(name: str, node_label: str, prop: str) -> str:
    return (
        f"CREATE RANGE INDEX {_schema_name(name)} IF NOT EXISTS FOR (n:{label(node_label)}) ON (n.{_schema_name(prop)})"
    )


def create_point_index(name: str, node_label: str, prop: str, cartesian_extent: tuple[float, float] | None) -> str:
    """A point index; ``cartesian_extent`` (low, high) sizes its space-filling curve to where the data is."""
    options = ""
    if cartesian_extent is not None:
        low, high = (float(v) for v in cartesian_extent)
        options = (
            f" OPTIONS {{indexConfig: {{`spatial.cartesian.min`: [{low!r}, {low!r}], "
            f"`spatial.cartesian.max`: [{high!r}, {high!r}]}}}}"
        )
    return (
        f"CREATE POINT INDEX {_schema_name(name)} IF NOT EXISTS "
        f"FOR (n:{label(node_label)}) ON (n.{_schema_name(prop)}){options}"
    )


def create_fulltext_index(name: str, node_labels: tuple[str, ...], props: tuple[str, ...]) -> str:
    """A full-text (Lucene) index, updated after commit rather than inside it.

    Kept in step with each commit, Lucene was a quarter of a batched load's time; the
    index serves Browser's search box, where a second's delay after a load is harmless.
    """
    labels = "|".join(label(x) for x in node_labels)
    on = ", ".join(f"n.{_schema_name(p)}" for p in props)
    return (
        f"CREATE FULLTEXT INDEX {_schema_name(name)} IF NOT EXISTS FOR (n:{labels}) ON EACH [{on}]"
        " OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"
    )


def await_indexes() -> str:
    return "CALL db.awaitIndexes($seconds)"


def show_schema() -> str:
    return (
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state, owningConstraint\n"
        "RETURN name, type, labelsOrTypes, properties, state, owningConstraint ORDER BY name"
    )
