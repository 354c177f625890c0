"""Read our own RDF back into facts: Turtle, N-Triples, N-Quads, TriG and JSON-LD.

A pure loader (file in, facts out).  It understands the mapping in
:mod:`timelinekg.schema.vocabulary`, so ``export`` then ``load`` into an empty
store then ``export`` again gives an isomorphic graph.  Ids come from each
node's ``schema:identifier`` (or, failing that, the last segment of its IRI), so
the base IRI a file was exported with does not matter.  Named graphs are read as
their union.

Invalid RDF is one :class:`ValidationError` with the line number.  Statements
this mapping does not use are skipped, and their count is reported as a
:class:`~timelinekg.loaders.Notice` (``timelinekg load`` prints it as a note).

Parsing uses pyoxigraph, which streams and is about a hundred times faster than
rdflib's parsers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from timelinekg.errors import ValidationError
from timelinekg.loaders import LoadOptions, LoadResult, Notice, format_for
from timelinekg.schema.dates import parse_bounds
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source
from timelinekg.schema.rules import check_event, check_place
from timelinekg.schema.vocabulary import (
    CLASSES,
    EVENT_TYPE,
    KIND_BY_CLASS_ACTOR,
    KIND_BY_CLASS_PLACE,
    ROLE_TYPE,
    SAME_AS_SCHEMES,
    UNIT_PRECISIONS,
    attributes_from_json,
    decode_segment,
    expand,
)

EVENTS_PER_BATCH = 5_000
Built = TypeVar("Built", Source, Actor, Place)
SYNTAX_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "nquads": "N-Quads", "trig": "TriG", "jsonld": "JSON-LD"}

_TYPE = expand("rdf:type")
_KNOWN_CLASSES = frozenset(expand(c) for c in CLASSES)
_VOCABULARY_CLASSES = frozenset(
    expand(c) for c in ("skos:Concept", "skos:ConceptScheme", "rdf:Property", "time:TemporalUnit", "rdfs:Class")
)
_UNITS = {expand(unit): precision for unit, precision in UNIT_PRECISIONS.items()}
_TIMESTAMP_PRECISION = {expand("xsd:gYear"): "year", expand("xsd:gYearMonth"): "month", expand("xsd:date"): "day"}


def _key(term: Any) -> str:
    """A subject or object as a dictionary key: the IRI, or ``_:id`` for a blank node."""
    import pyoxigraph

    return f"_:{term.value}" if isinstance(term, pyoxigraph.BlankNode) else str(term.value)


class Node:
    """One subject's statements; readers ``take`` what they understand, and the rest counts as skipped."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.properties: dict[str, list[Any]] = {}
        self.types: set[str] = set()

    def take(self, curie: str) -> list[Any]:
        return self.properties.pop(expand(curie), [])

    def first(self, curie: str) -> Any:
        values = self.take(curie)
        return values[0] if values else None

    def text(self, curie: str, default: str = "") -> str:
        value = self.first(curie)
        return str(value.value) if value is not None else default

    def left(self) -> int:
        return sum(map(len, self.properties.values())) + len(self.types - _KNOWN_CLASSES)


class Reader:
    """Builds facts from the parsed statements of one file."""

    def __init__(self, nodes: dict[str, Node], rejected: set[str] | None = None) -> None:
        self.nodes = nodes
        self.rejected = rejected or set()
        self.errors: list[ValidationError] = []
        self.visited: set[str] = set()
        self.actor_ids: dict[str, str] = {}
        self.place_ids: dict[str, str] = {}
        self.source_ids: dict[str, str] = {}

    def typed(self, curie: str) -> list[Node]:
        wanted = expand(curie)
        return [node for node in self.nodes.values() if wanted in node.types]

    def visit(self, key: str) -> Node | None:
        """The node for ``key`` the first time it is reached (shared nodes are read once)."""
        if key in self.visited:
            return None
        self.visited.add(key)
        return self.nodes.get(key)

    @staticmethod
    def local_id(node: Node, iri: str) -> str:
        identifier = next((v for v in node.take("schema:identifier") if _is_literal(v)), None)
        if identifier is not None:
            return str(identifier.value)
        return decode_segment(iri.rstrip("/").rsplit("/", 1)[-1])

    def id_for(self, known: dict[str, str], term: Any) -> str:
        key = _key(term)
        return known.get(key) or decode_segment(key.rstrip("/").rsplit("/", 1)[-1])

    # -- entities --------------------------------------------------------------------------------------
    def ids(self) -> None:
        """Map every actor, place and source IRI to its id first: events and places refer to them."""
        for curie, known in (
            ("sem:Actor", self.actor_ids),
            ("sem:Place", self.place_ids),
            ("schema:NewsArticle", self.source_ids),
        ):
            for node in self.typed(curie):
                identifiers = node.properties.get(expand("schema:identifier"), [])
                literal = next((v for v in identifiers if _is_literal(v)), None)
                known[node.key] = str(literal.value) if literal is not None else self.local_id(Node(""), node.key)

    def external_ids(self, node: Node) -> tuple[tuple[str, str], ...]:
        found: list[tuple[str, str]] = []
        unread: list[Any] = []
        for term in node.take("owl:sameAs"):
            for scheme, (prefix, suffix) in SAME_AS_SCHEMES.items():
                iri = str(term.value)
                if iri.startswith(prefix) and iri.endswith(suffix):
                    found.append((scheme, decode_segment(iri[len(prefix) : len(iri) - len(suffix)])))
                    break
            else:
                unread.append(term)
        if unread:
            node.properties[expand("owl:sameAs")] = unread
        for term in node.properties.pop(expand("schema:identifier"), []):
            holder = self.visit(_key(term)) if not _is_literal(term) else None
            if holder is None:
                continue
            holder.types.discard(expand("schema:PropertyValue"))
            scheme, value = holder.text("schema:propertyID"), holder.text("schema:value")
            if scheme:
                found.append((scheme, value))
        return tuple(dict.fromkeys(found))

    def attributes(self, node: Node) -> tuple[tuple[str, Any], ...]:
        value = node.first("tkg:attributes")
        return attributes_from_json(str(value.value)) if value is not None else ()

    @staticmethod
    def name(node: Node) -> str:
        """The preferred name; the other name triples (which the exporter writes as mirrors) are consumed."""
        name = node.text("skos:prefLabel") or node.text("schema:name") or node.text("rdfs:label")
        node.take("schema:name")
        node.take("rdfs:label")
        return name

    def actor(self, node: Node) -> Actor:
        self.visited.add(node.key)
        name = self.name(node)
        kind = next((k for c, k in KIND_BY_CLASS_ACTOR if expand(c) in node.types), "other")
        return Actor(
            id=self.actor_ids[node.key],
            name=name,
            kind=kind,
            aliases=tuple(dict.fromkeys(str(v.value) for v in node.take("skos:altLabel"))),
            external_ids=self.external_ids(node),
            attributes=self.attributes(node),
        )

    def place(self, node: Node) -> Place:
        self.visited.add(node.key)
        name = self.name(node)
        kind = next((k for c, k in KIND_BY_CLASS_PLACE if expand(c) in node.types), "other")
        latitude = longitude = None
        geo = node.first("schema:geo")
        coordinates = self.visit(_key(geo)) if geo is not None else None
        if coordinates is not None:
            latitude = _coordinate(coordinates.first("schema:latitude"), "latitude", 90)
            longitude = _coordinate(coordinates.first("schema:longitude"), "longitude", 180)
        parent = node.first("schema:containedInPlace")
        place = Place(
            id=self.place_ids[node.key],
            name=name,
            kind=kind,
            latitude=latitude,
            longitude=longitude,
            parent_id=self.id_for(self.place_ids, parent) if parent is not None else None,
            external_ids=self.external_ids(node),
            aliases=tuple(dict.fromkeys(str(v.value) for v in node.take("skos:altLabel"))),
        )
        check_place(place)
        return place

    def source(self, node: Node) -> Source:
        self.visited.add(node.key)
        publisher = ""
        publisher_term = node.first("schema:publisher")
        if publisher_term is not None:
            if _is_literal(publisher_term):
                publisher = str(publisher_term.value)
            else:
                publisher_node = self.nodes.get(_key(publisher_term))
                if publisher_node is not None:
                    self.visited.add(publisher_node.key)
                    # Shared by many sources: read its name without consuming it, count it once below.
                    names = publisher_node.properties.get(expand("schema:name"), [])
                    publisher = str(names[0].value) if names else ""
        node.take("schema:identifier")
        url = node.first("schema:url")
        title = node.text("schema:headline") or node.text("schema:name")
        return Source(
            id=self.source_ids[node.key],
            title=title,
            url=str(url.value) if url is not None else "",
            publisher=publisher,
            published=_date(node.first("schema:datePublished")),
            recorded_at=self.recorded_at(node),
        )

    def recorded_at(self, node: Node) -> dt.datetime | None:
        for load in node.take("prov:wasGeneratedBy"):
            activity = self.visit(_key(load))
            if activity is not None:
                activity.take("prov:endedAtTime")
        value = node.first("prov:generatedAtTime")
        return dt.datetime.fromisoformat(str(value.value)) if value is not None else None

    # -- events ----------------------------------------------------------------------------------------
    def event(self, node: Node) -> Event:
        self.visited.add(node.key)
        event_id = self.local_id(node, node.key)
        type_term = node.first("sem:eventType")
        type_iri = str(type_term.value) if type_term is not None else ""
        if not type_iri.startswith(EVENT_TYPE):
            raise ValidationError(f"event {event_id!r}: sem:eventType {type_iri or '(none)'} is not in our scheme")
        begin, end = node.first("sem:hasBeginTimeStamp"), node.first("sem:hasEndTimeStamp")
        for curie in ("schema:startDate", "schema:endDate", "tkg:beginOpen", "tkg:endOpen"):
            node.take(curie)
        earliest = _date(node.first("sem:hasEarliestBeginTimeStamp"))
        latest = _date(node.first("sem:hasLatestEndTimeStamp"))
        # Not ours but in SEM: only the precision-typed timestamps; they still give bounds.
        if earliest is None and begin is not None:
            earliest = parse_bounds(str(begin.value))[0]
        if latest is None and end is not None:
            latest = parse_bounds(str(end.value))[1]
        if earliest is not None and latest is not None and latest < earliest:
            raise ValidationError(f"event {event_id!r}: its bounds are reversed ({earliest} is after {latest})")
        precision = _TIMESTAMP_PRECISION.get(str(begin.datatype.value), "day") if begin is not None else "day"
        start = finish = None
        time = node.first("time:hasTime")
        interval = self.visit(_key(time)) if time is not None else None
        if interval is not None:
            unit = interval.first("time:unitType")
            if unit is not None and str(unit.value) in _UNITS:
                precision = _UNITS[str(unit.value)]
            start = self.instant(interval.first("time:hasBeginning"))
            finish = self.instant(interval.first("time:hasEnd"))
        conflict = node.first("tkg:dateConflict")
        # also in tkg:attributes, which is read whole; the status is derived again from the claims
        for curie in ("tkg:trigger", "tkg:dateBasis", "tkg:status", "tkg:publishers"):
            node.take(curie)
        event = Event(
            id=event_id,
            type=decode_segment(type_iri[len(EVENT_TYPE) :]),
            label=node.text("rdfs:label") or node.text("schema:name"),
            earliest=earliest,
            latest=latest,
            precision=precision,
            participants=tuple(self.participation(term) for term in node.take("sem:hasActor")),
            place_ids=tuple(dict.fromkeys(self.id_for(self.place_ids, t) for t in node.take("sem:hasPlace"))),
            mentions=self.mentions(node),
            start=start,
            end=finish,
            date_conflict=conflict is not None and str(conflict.value) in ("true", "1"),
            attributes=self.attributes(node),
            recorded_at=self.recorded_at(node),
            # an event's IRI ends in its encoded id, also when the event it names is not in this document
            disputes=tuple(dict.fromkeys(self.id_for({}, t) for t in node.take("cito:disputes"))),
            confirms=tuple(dict.fromkeys(self.id_for({}, t) for t in node.take("cito:confirms"))),
        )
        check_event(event)  # here, so that one bad event is reported by its node and the rest still load
        return event

    def instant(self, term: Any) -> dt.date | None:
        node = self.visit(_key(term)) if term is not None else None
        return _date(node.first("time:inXSDDate")) if node is not None else None

    def participation(self, term: Any) -> Participation:
        role_node = self.visit(_key(term))
        if role_node is None or expand("rdf:value") not in role_node.properties:
            return Participation(self.id_for(self.actor_ids, term))  # sem:hasActor straight to the actor
        actor = role_node.first("rdf:value")
        role_type = role_node.first("sem:roleType")
        role_iri = str(role_type.value) if role_type is not None else ""
        role = decode_segment(role_iri[len(ROLE_TYPE) :]) if role_iri.startswith(ROLE_TYPE) else "participant"
        return Participation(self.id_for(self.actor_ids, actor), role)

    def mentions(self, node: Node) -> tuple[Mention, ...]:
        found: list[Mention] = []
        for term in node.take("gaf:denotedBy"):
            mention = self.visit(_key(term))
            if mention is None:
                continue
            source = mention.first("prov:wasQuotedFrom")
            if source is None:
                raise ValidationError(f"mention {_key(term)} has no prov:wasQuotedFrom source")
            unit = mention.first("tkg:claimedUnit")
            found.append(
                Mention(
                    source_id=self.id_for(self.source_ids, source),
                    quote=mention.text("prov:value"),
                    start=_int(mention.first("nif:beginIndex")),
                    end=_int(mention.first("nif:endIndex")),
                    claimed_earliest=_date(mention.first("tkg:claimedEarliest")),
                    claimed_latest=_date(mention.first("tkg:claimedLatest")),
                    claimed_precision=_UNITS.get(str(unit.value)) if unit is not None else None,
                )
            )
        quoted = {m.source_id for m in found}
        for term in node.take("prov:wasDerivedFrom"):
            source_id = self.id_for(self.source_ids, term)
            if source_id not in quoted:  # a source with no quote still counts as evidence
                found.append(Mention(source_id))
                quoted.add(source_id)
        return tuple(found)

    # -- the whole file --------------------------------------------------------------------------------
    def each(self, curie: str, build: Callable[[Node], Built]) -> list[Built]:
        """``build`` every node of one class; a node that fails is reported and left out."""
        built: list[Built] = []
        for node in self.typed(curie):
            if node.key in self.rejected:
                continue
            try:
                built.append(build(node))
            except (ValidationError, ValueError) as error:
                self.errors.append(_problem(node, error))
        return built

    def read(self) -> tuple[list[Facts], int]:
        """The facts (entities first, then events in batches) and the count of statements skipped."""
        self.ids()
        entities = Facts(
            sources=self.each("schema:NewsArticle", self.source),
            actors=self.each("sem:Actor", self.actor),
            places=self.each("sem:Place", self.place),
        )
        batches = [entities]
        events: list[Event] = []
        for node in self.typed("sem:Event"):
            if node.key in self.rejected:
                continue
            try:
                events.append(self.event(node))
            except (ValidationError, ValueError) as error:
                self.errors.append(_problem(node, error))
            if len(events) == EVENTS_PER_BATCH:
                batches.append(Facts(events=events))
                events = []
        if events:
            batches.append(Facts(events=events))
        for node in self.nodes.values():
            if node.key in self.visited:
                node.take("schema:name")  # publishers: their one name was read, not taken
                node.types.discard(expand("schema:Organization"))
        skipped = sum(
            node.left() if node.key in self.visited else _size(node)
            for node in self.nodes.values()
            if not node.types & _VOCABULARY_CLASSES  # `export --with-vocabulary`'s scheme: ours, not data
        )
        return batches, skipped


def _size(node: Node) -> int:
    return sum(map(len, node.properties.values())) + len(node.types)


def _problem(node: Node, error: Exception) -> ValidationError:
    message = error.message if isinstance(error, ValidationError) else str(error)
    return ValidationError(f"<{node.key}>: {message}")


def _is_literal(term: Any) -> bool:
    import pyoxigraph

    return isinstance(term, pyoxigraph.Literal)


def _date(term: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(term.value)) if term is not None else None


def _int(term: Any) -> int | None:
    return int(str(term.value)) if term is not None else None


def _coordinate(term: Any, name: str, limit: float) -> float | None:
    """A finite latitude or longitude within ±limit; anything else is an error for its place."""
    if term is None:
        return None
    value = float(str(term.value))
    if not -limit <= value <= limit:  # also false for NaN
        raise ValidationError(f"{name} {term.value} is not a finite number within ±{limit:g}")
    return value


def rdf_syntax(path: Path, explicit: str | None = None) -> str:
    """The RDF syntax of a file, from ``explicit`` or its extension (.ttl .nt .nq .trig .jsonld)."""
    syntax = format_for(path, explicit)
    if syntax not in SYNTAX_NAMES:
        raise ValidationError(f"not an RDF format: {syntax} (known: {', '.join(SYNTAX_NAMES)})", path=str(path))
    return syntax


def read_quads(path: Path, syntax: str) -> Iterator[Any]:
    """The file's statements as pyoxigraph quads, streamed; a syntax error is a ValidationError with its line."""
    import pyoxigraph

    formats = {
        "turtle": pyoxigraph.RdfFormat.TURTLE,
        "nt": pyoxigraph.RdfFormat.N_TRIPLES,
        "nquads": pyoxigraph.RdfFormat.N_QUADS,
        "trig": pyoxigraph.RdfFormat.TRIG,
        "jsonld": pyoxigraph.RdfFormat.JSON_LD,
    }
    from timelinekg.loaders.safe import open_regular

    try:
        with open_regular(path) as handle:
            yield from pyoxigraph.parse(handle, format=formats[syntax])
    except SyntaxError as error:
        raise ValidationError(
            f"invalid {SYNTAX_NAMES[syntax]}: {error.msg}", path=str(path), line=error.lineno
        ) from None
    except OSError as error:
        raise ValidationError(f"cannot read: {error.strerror or error}", path=str(path)) from None
    except MemoryError as error:  # pyoxigraph's cap on one term (a huge literal or IRI)
        raise ValidationError(f"a term too large to read ({error})", path=str(path)) from None


def parse_nodes(path: Path, syntax: str) -> tuple[dict[str, Node], int]:
    """Every statement in the file grouped by subject (named graphs merged), and how many there were."""
    nodes: dict[str, Node] = {}
    count = 0
    type_iri = _TYPE
    for quad in read_quads(path, syntax):
        count += 1
        subject = _key(quad.subject)
        node = nodes.get(subject)
        if node is None:
            node = nodes[subject] = Node(subject)
        predicate = quad.predicate.value
        if predicate == type_iri:
            node.types.add(str(quad.object.value))
        else:
            node.properties.setdefault(predicate, []).append(quad.object)
    return nodes, count


def load_rdf(path: Path, options: LoadOptions) -> Iterator[LoadResult]:
    """Facts from one RDF file in our vocabulary (see the module docstring).

    What the file says is checked against the SHACL shapes the export satisfies
    (:mod:`timelinekg.loaders.shapes`): each resource that violates them is one
    error line and is left out, with every event that refers to it; the rest loads.
    """
    from timelinekg.loaders.shapes import violations

    try:
        nodes, count = parse_nodes(path, rdf_syntax(path, options.format))
    except ValidationError as error:
        yield error
        return
    if not count:
        yield ValidationError("empty file: no statements", path=str(path))
        return
    problems, warnings = violations(nodes)
    if warnings:
        first = next(iter(warnings))
        yield Notice(
            f"{len(warnings)} resource(s) with shape warnings, e.g. <{first}>: {'; '.join(warnings[first])}",
            path=str(path),
        )
    for key, messages in problems.items():
        yield ValidationError(f"<{key}> violates the shapes: {'; '.join(dict.fromkeys(messages))}", path=str(path))
    rejected = set(problems)
    for node in Reader(nodes).typed("sem:Event"):
        if node.key in rejected:
            continue
        bad = next((key for key in _references(node, nodes) if key in rejected), None)
        if bad is not None:
            rejected.add(node.key)
            yield ValidationError(
                f"<{node.key}> left out: it refers to <{bad}>, which violates the shapes", path=str(path)
            )
    reader = Reader(nodes, rejected)
    batches, skipped = reader.read()
    for problem in reader.errors:
        yield problem.at(path=str(path))
    yield from (batch for batch in batches if len(batch))
    if skipped:
        yield Notice(f"skipped {skipped} triple(s) outside the timelinekg vocabulary", path=str(path))


def _references(node: Node, nodes: dict[str, Node]) -> Iterator[str]:
    """The subjects an event refers to, and what those refer to (roles -> actors, mentions -> sources)."""
    for values in node.properties.values():
        for term in values:
            if _is_literal(term):
                continue
            key = _key(term)
            yield key
            child = nodes.get(key)
            for child_values in child.properties.values() if child is not None else ():
                yield from (_key(t) for t in child_values if not _is_literal(t))
