"""RDF export in standard vocabularies, streamed from any store.

``timelinekg export --format turtle|nt|jsonld|trig|nquads`` writes as it reads:
events come from the store in chunks, each chunk is described as blocks of
statements and written out, and nothing about earlier chunks is kept except
the few nodes shared by many events (load activities, publishers) and small
bounded memos of rendered statements (dates, claims, roles, places).  Events
and sources are read as rows (:class:`timelinekg.graph.base.EventRow`): the
embedded store hands those out without building model objects, any other
store's events are converted.  No in-memory rdflib graph is built: rdflib
serialises Turtle at under 40,000 triples/s, while these hand-written
serialisers, which emit only terms minted here (IRIs from percent-encoded ids,
literals escaped by one function), reach over two million
(``bench/rdf_export.py``).  rdflib is still the reader: :func:`to_rdflib` gives
a graph for Python users, and the tests parse every format back with it.

The mapping itself lives in :mod:`timelinekg.schema.vocabulary`.

TriG and N-Quads put what each source says (the source's description, the
events' ``prov:wasDerivedFrom`` it and their mentions in it) in a named graph
named by the source's IRI; everything else is in the default graph.  Turtle,
N-Triples and JSON-LD carry the union.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from timelinekg.errors import ValidationError
from timelinekg.exporters import ExportOptions, selected_events, selected_query
from timelinekg.graph.base import (
    EventBuilder,
    EventRow,
    SourceRow,
    Store,
    event_row,
    event_rows,
    source_row,
    source_rows,
)
from timelinekg.memo import Memo
from timelinekg.queries.claims import STATUSES, Standing, standings
from timelinekg.schema.dates import day_from_iso
from timelinekg.schema.identity import digest, slug
from timelinekg.schema.model import Actor, Event, Place, Source
from timelinekg.schema.vocabulary import (
    ACTOR_KIND_CLASSES,
    EVENT_TYPES_TTL,
    INSTANCE_KINDS,
    JOIN,
    PLACE_KIND_CLASSES,
    PRECISION_UNITS,
    PREFIXES,
    SAME_AS_SCHEMES,
    attributes_json,
    compact,
    encode_segment,
    expand,
    normalise_base,
    shipped_context,
    timestamp,
)

if TYPE_CHECKING:
    import rdflib

SYNTAXES = ("turtle", "nt", "jsonld", "trig", "nquads")
# Few events per write, so that their blocks and text stay in the CPU cache and die young
# (measured: 32 rather than 500 took a fifth off a 100,000-event export).
EVENTS_PER_WRITE = 32

# A block of statements about one subject: (graph name or None for the default graph,
# subject, ["predicate object", ...]).  Terms are already rendered in the output syntax
# (N-Triples terms, or Turtle's prefixed names), so writing is joining strings.
Block = tuple[str | None, str, list[str]]
# What a mention claimed about its event's date: (earliest, latest, precision).
Claim = tuple[dt.date | None, dt.date | None, str | None]

# Literal escaping shared by N-Triples, N-Quads, Turtle and TriG: the four characters the
# grammar forbids raw (", \, LF, CR), the other controls for safety, and lone surrogates, which
# cannot be written as UTF-8 at all, replaced by U+FFFD.  The result is also a valid JSON
# string body, which the JSON-LD writer relies on.
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f\ud800-\udfff]')
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})
_ESCAPES.update({i: "\ufffd" for i in range(0xD800, 0xE000)})
_needs_escape = _NEEDS_ESCAPE.search


def string_literal(text: str, close: str = '"') -> str:
    """``text`` as a ``"..."`` literal in N-Triples and Turtle; a datatype suffix as ``close`` types it."""
    # Most text is printable (no controls, no surrogates) and quote-free, which these C checks
    # tell faster than the pattern's search; the search then settles the rest (NBSP, say).
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}{close}'
    return '"' + (text.translate(_ESCAPES) if _needs_escape(text) else text) + close


# -- terms per syntax ----------------------------------------------------------------------------------


class Terms:
    """Renders terms for N-Triples and N-Quads: full IRIs everywhere."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.kind_iri = {kind: base + segment for kind, segment in INSTANCE_KINDS.items()}

    def vocab(self, curie: str) -> str:
        """A vocabulary IRI (predicate, class, concept), given as a CURIE."""
        return f"<{expand(curie)}>"

    def iri(self, iri: str) -> str:
        """An IRI built elsewhere from encoded parts (gazetteer IRIs)."""
        return f"<{iri}>"

    def node(self, kind: str, local: str) -> str:
        """An instance IRI; ``local`` is already percent-encoded."""
        return f"<{self.kind_iri[kind]}{local}>"

    def datatype_suffix(self, datatype: str) -> str:
        """What follows a typed literal's lexical form: ``"^^<...>``."""
        return '"^^' + self.vocab(datatype)

    def types(self, *curies: str) -> list[str]:
        """``rdf:type`` statements for these classes: one each."""
        return [f"{self.vocab('rdf:type')} {self.vocab(curie)}" for curie in curies]


class TurtleTerms(Terms):
    """Turtle and TriG: prefixed names for the vocabulary, and for instances where the grammar allows."""

    def vocab(self, curie: str) -> str:
        return "a" if curie == "rdf:type" else curie

    def node(self, kind: str, local: str) -> str:
        # Percent-encoded ids only hold A-Za-z0-9_-% and the "." joiner, all allowed in a local
        # name except a leading "-" or "." and a trailing "."; those get the full IRI.
        if local and (local[0] in "-." or local[-1] == "."):
            return f"<{self.kind_iri[kind]}{local}>"
        return f"{kind}:{local}"

    def types(self, *curies: str) -> list[str]:
        """One ``a A, B`` statement."""
        if len(curies) < 2:
            return super().types(*curies)
        return ["a " + ", ".join(curies)]


# -- describing the model ------------------------------------------------------------------------------


def claim_text(claim: Claim) -> str:
    """A mention's claimed dates as they enter its :func:`mention_key`."""
    earliest, latest, precision = claim
    return f"{earliest},{latest},{precision!r}"


def mention_key(source_id: str, quote: str, start: str, end: str, claimed: str) -> str:
    """A stable local id for a mention: a digest of everything it says, so identical mentions share a node.

    ``start`` and ``end`` are its offsets as text (``"None"`` when absent) and ``claimed`` is
    :func:`claim_text` of its claim: the exporter renders them once for its statements too.
    """
    text = f"{source_id!r},{quote!r},{start},{end},{claimed}"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


class Describer:
    """Turns events, actors, places and sources into blocks of statements, in one syntax's terms.

    Hot path: every predicate is pre-rendered with its trailing space, literals are built by
    concatenation, and whatever repeats across events (dates, types, roles, places, claims,
    loads) is rendered once into bounded memos, because this runs tens of times per event.
    """

    def __init__(self, terms: Terms) -> None:
        t = self.t = terms
        v = t.vocab

        def p(curie: str) -> str:
            return v(curie) + " "

        self.a = p("rdf:type")
        self.identifier = p("schema:identifier")
        self.label = p("rdfs:label")
        self.pref_label = p("skos:prefLabel")
        self.alt_label = p("skos:altLabel")
        self.name = p("schema:name")
        self.event_type = p("sem:eventType")
        self.earliest = p("sem:hasEarliestBeginTimeStamp")
        self.latest = p("sem:hasLatestEndTimeStamp")
        self.begin = p("sem:hasBeginTimeStamp")
        self.end = p("sem:hasEndTimeStamp")
        self.start_date = p("schema:startDate")
        self.end_date = p("schema:endDate")
        self.has_time = p("time:hasTime")
        self.unit_type = p("time:unitType")
        self.has_beginning = p("time:hasBeginning")
        self.has_end = p("time:hasEnd")
        self.in_xsd_date = p("time:inXSDDate")
        self.attributes = p("tkg:attributes")
        # What partners need from an event's attributes, as properties of their own (tkg:attributes
        # keeps everything, for the round trip).
        self.attribute_properties = {"trigger": p("tkg:trigger"), "date_basis": p("tkg:dateBasis")}
        self.generated_at = p("prov:generatedAtTime")
        self.generated_by = p("prov:wasGeneratedBy")
        self.ended_at = p("prov:endedAtTime")
        self.has_actor = p("sem:hasActor")
        self.value = p("rdf:value")
        self.role_type = p("sem:roleType")
        self.has_place = p("sem:hasPlace")
        self.derived_from = p("prov:wasDerivedFrom")
        self.denoted_by = p("gaf:denotedBy")
        self.disputes = p("cito:disputes")
        self.confirms = p("cito:confirms")
        # derived when the file is written (as of its --as-of day): see queries/claims.py
        self.status = {status: p("tkg:status") + string_literal(status) for status in STATUSES}
        self.publishers = p("tkg:publishers")
        self.count_suffix = t.datatype_suffix("xsd:nonNegativeInteger")
        self.quote = p("prov:value")
        self.quoted_from = p("prov:wasQuotedFrom")
        self.begin_index = p("nif:beginIndex")
        self.end_index = p("nif:endIndex")
        self.claimed_earliest = p("tkg:claimedEarliest")
        self.claimed_latest = p("tkg:claimedLatest")
        self.claimed_unit = p("tkg:claimedUnit")
        self.same_as = p("owl:sameAs")
        self.property_id = p("schema:propertyID")
        self.property_value = p("schema:value")
        self.geo = p("schema:geo")
        self.latitude = p("schema:latitude")
        self.longitude = p("schema:longitude")
        self.contained_in = p("schema:containedInPlace")
        self.headline = p("schema:headline")
        self.url = p("schema:url")
        self.published = p("schema:datePublished")
        self.publisher = p("schema:publisher")
        true = '"true' + t.datatype_suffix("xsd:boolean")
        self.begin_open = p("tkg:beginOpen") + true
        self.end_open = p("tkg:endOpen") + true
        self.date_conflict = p("tkg:dateConflict") + true

        is_a = t.types

        def classes(*curies: str) -> tuple[list[str], int]:
            """The statements giving a node these classes, and how many more triples than statements they are."""
            said = is_a(*curies)
            return said, len(curies) - len(said)

        # Writers count statements; what Turtle's "a A, B" holds beyond that is counted here, per node.
        self.extra_triples = 0
        self.event_classes, self._event_extra = classes("sem:Event", "schema:Event")
        self.actor_classes = {kind: classes("sem:Actor", *extra) for kind, extra in ACTOR_KIND_CLASSES.items()}
        self.place_classes = {
            kind: classes("sem:Place", "schema:Place", *extra) for kind, extra in PLACE_KIND_CLASSES.items()
        }
        self.role_class = is_a("sem:Role")[0]
        self.interval_class = is_a("time:Interval")[0]
        self.instant_class = is_a("time:Instant")[0]
        self.mention_class = is_a("prov:Entity")[0]
        self.source_classes, self._source_extra = classes("schema:NewsArticle", "prov:Entity")
        self.activity_class = is_a("prov:Activity")[0]
        self.organization_class = is_a("schema:Organization")[0]
        self.coordinates_class = is_a("schema:GeoCoordinates")[0]
        self.property_value_class = is_a("schema:PropertyValue")[0]
        self.date_suffix = t.datatype_suffix("xsd:date")
        self.datetime_suffix = t.datatype_suffix("xsd:dateTime")
        self.double_suffix = t.datatype_suffix("xsd:double")
        self.any_uri_suffix = t.datatype_suffix("xsd:anyURI")
        self.json_suffix = t.datatype_suffix("rdf:JSON")
        # An offset's literal is begin_offset + str(offset) + offset_suffixes[offset >= 0].
        self.begin_offset, self.end_offset = self.begin_index + '"', self.end_index + '"'
        self.offset_suffixes = (t.datatype_suffix("xsd:integer"), t.datatype_suffix("xsd:nonNegativeInteger"))
        self.stamp_suffixes = {dt: t.datatype_suffix(dt) for dt in ("xsd:date", "xsd:gYearMonth", "xsd:gYear")}
        self.units = {precision: v(unit) for precision, unit in PRECISION_UNITS.items()}
        # Nodes many events share are described once per export (bounded by loads and publishers).
        self._loads: dict[dt.datetime, list[str]] = {}
        self._publishers: dict[str, str] = {}  # name -> schema:publisher statement, for publishers described
        self._publisher_ids: set[str] = set()
        # Rows (see graph.base.EventRow) give dates and times as ISO text, each parsed once here.
        # Sources come in id order, so their days come at random: these two hold every day of decades.
        self._days = Memo(self._day, size=16384)
        self._published: Memo[str, str] = Memo(lambda day: self.published + self._days[day], size=16384)
        self._instants = Memo(dt.datetime.fromisoformat)
        self._event_types: Memo[str, str] = Memo(lambda code: self.event_type + v("etype:" + encode_segment(code)))
        self._places: Memo[str, str] = Memo(lambda place_id: self.has_place + t.node("place", encode_segment(place_id)))
        self._attributes = Memo(self._attributes_statement)
        self._event_attributes = Memo(self._event_attribute_statements)
        self._dates = Memo(self._date_statements)
        self._role_values = Memo(self._role_value)
        self._role_types = Memo(self._role_type)
        self._claims = Memo(self._claim_statements)

    # -- small helpers ---------------------------------------------------------------------------------
    def _day(self, text: str) -> str:
        return '"' + dt.date.fromisoformat(text).isoformat() + self.date_suffix

    def unit(self, precision: str | None) -> str:
        return self.units.get(precision or "unknown") or self.units["unknown"]

    def _attributes_statement(self, attributes: tuple[tuple[str, Any], ...]) -> str:
        return self.attributes + string_literal(attributes_json(attributes), self.json_suffix)

    def attributes_term(self, attributes: tuple[tuple[str, Any], ...]) -> str:
        """``tkg:attributes`` as one ``rdf:JSON`` literal; memoised, as datasets repeat the same few."""
        try:
            return self._attributes[attributes]
        except TypeError:  # a list or dict value is not hashable
            return self._attributes_statement(attributes)

    def _event_attribute_statements(self, attributes: tuple[tuple[str, Any], ...]) -> list[str]:
        said = [self._attributes_statement(attributes)]
        for key, value in attributes:
            as_property = self.attribute_properties.get(key)
            if as_property is not None and isinstance(value, str) and value:
                said.append(as_property + string_literal(value))
        return said

    def event_attributes(self, attributes: tuple[tuple[str, Any], ...]) -> list[str]:
        """``tkg:attributes``, and ``tkg:trigger`` / ``tkg:dateBasis`` when the attributes hold them;
        memoised like :meth:`attributes_term`."""
        try:
            return self._event_attributes[attributes]
        except TypeError:  # a list or dict value is not hashable
            return self._event_attribute_statements(attributes)

    def external_ids(
        self, kind: str, owner: str, external: Iterable[tuple[str, str]], blocks: list[Block]
    ) -> list[str]:
        t = self.t
        said: list[str] = []
        for scheme, raw_value in external:
            value = str(raw_value)
            gazetteer = SAME_AS_SCHEMES.get(scheme)
            if gazetteer is not None:
                prefix, suffix = gazetteer
                said.append(self.same_as + t.iri(prefix + encode_segment(value) + suffix))
                continue
            local = JOIN.join((kind, owner, encode_segment(scheme), encode_segment(value)))
            said.append(self.identifier + t.node("xid", local))
            blocks.append(
                (
                    None,
                    t.node("xid", local),
                    [
                        self.property_value_class,
                        self.property_id + string_literal(scheme),
                        self.property_value + string_literal(value),
                    ],
                )
            )
        return said

    def recorded(self, recorded_at: dt.datetime, blocks: list[Block]) -> list[str]:
        """When we stored something, and the load activity (one per distinct time) that stored it."""
        said = self._loads.get(recorded_at)
        if said is None:
            lexical = recorded_at.isoformat()
            stamp = '"' + lexical + self.datetime_suffix
            load = self.t.node("load", load_local_id(recorded_at))
            blocks.append((None, load, [self.activity_class, self.ended_at + stamp]))
            said = self._loads[recorded_at] = [self.generated_at + stamp, self.generated_by + load]
        return said

    def _publisher_local_id(self, name: str) -> str:
        """A publisher's id, a slug of its name like an actor's (no raw text in IRIs); a second name with
        the same slug ("A.P." after "AP") gets its hash appended, so each node keeps one name."""
        local = slug(name)
        if local in self._publisher_ids:
            local = f"{local}-{digest(name, 8)}"
        self._publisher_ids.add(local)
        return local

    # -- what repeats across events, rendered once (see the memos in __init__) -----------------------------
    def _date_statements(self, bounds: tuple[str | None, str | None, str]) -> tuple[list[str], str]:
        """An event's date statements and its interval's unit."""
        earliest, latest, precision = bounds
        said = [
            *self._bound(earliest, precision, (self.earliest, self.begin, self.start_date), self.begin_open),
            *self._bound(latest, precision, (self.latest, self.end, self.end_date), self.end_open),
        ]
        return said, self.unit_type + self.unit(precision)

    def _bound(self, day: str | None, precision: str, predicates: tuple[str, str, str], open_: str) -> list[str]:
        """One bound: the day, then the day at the event's precision for SEM and schema.org; or that it is open."""
        if not day:
            return [open_]
        lexical, datatype = timestamp(dt.date.fromisoformat(day), precision)
        stamp = '"' + lexical + self.stamp_suffixes[datatype]
        as_day, as_sem, as_schema = predicates
        return [as_day + self._days[day], as_sem + stamp, as_schema + stamp]

    def _claim_statements(self, claim: tuple[str | None, str | None, str | None]) -> tuple[list[str], str]:
        """What a mention claimed about the date, and the claim's part of its :func:`mention_key`."""
        earliest, latest, precision = claim
        said = []
        if earliest:
            said.append(self.claimed_earliest + self._days[earliest])
        if latest:
            said.append(self.claimed_latest + self._days[latest])
        if precision is not None:
            said.append(self.claimed_unit + self.unit(precision))
        return said, claim_text((day_from_iso(earliest), day_from_iso(latest), precision))

    def _role_value(self, actor_id: str) -> tuple[str, str]:
        """The actor's encoded id (the end of its role nodes' local ids) and their ``rdf:value`` statement."""
        actor = encode_segment(actor_id)
        return actor, self.value + self.t.node("actor", actor)

    def _role_type(self, role: str) -> tuple[str, str]:
        """The role's part of its role nodes' local ids, and their ``sem:roleType`` statement."""
        encoded = encode_segment(role)
        return JOIN + encoded + JOIN, self.role_type + self.t.vocab("roletype:" + encoded)

    # -- the model -------------------------------------------------------------------------------------
    def identifier_of(self, raw: str, encoded: str) -> str:
        """The ``schema:identifier`` statement for an id, given its :func:`encode_segment`."""
        # An id that needed no percent-encoding (the same object back) needs no escaping either.
        return f'{self.identifier}"{raw}"' if encoded is raw else self.identifier + string_literal(raw)

    def event(self, event: Event) -> list[Block]:
        return self.event_row(event_row(event))

    def event_row(self, row: EventRow, standing: Standing | None = None) -> list[Block]:
        """An event's blocks, from its row (what :meth:`event` describes, read without model objects),
        with its derived status when ``standing`` is given."""
        event_id, type_, label, earliest, latest, precision, start, end, conflict, attributes, recorded = row[:11]
        participants, place_ids, mentions, disputes, confirms = row[11:]
        node = self.t.node
        ev = encode_segment(event_id)
        subject = node("event", ev)
        interval = node("interval", ev)
        dates, unit = self._dates[earliest, latest, precision]
        self.extra_triples += self._event_extra
        said = [
            *self.event_classes,
            self.identifier_of(event_id, ev),
            self.label + string_literal(label),
            self._event_types[type_],
            *dates,
            self.has_time + interval,
        ]
        about_interval = [self.interval_class, unit]
        blocks: list[Block] = [(None, subject, said), (None, interval, about_interval)]
        if start or end:
            bounds = ((start, self.has_beginning, "beginning"), (end, self.has_end, "end"))
            for bound, predicate, suffix in bounds:
                if bound:
                    instant = node("interval", ev + JOIN + suffix)
                    about_interval.append(predicate + instant)
                    blocks.append((None, instant, [self.instant_class, self.in_xsd_date + self._days[bound]]))
        if conflict:
            said.append(self.date_conflict)
        if attributes:
            said += self.event_attributes(attributes)
        if recorded:
            said += self.recorded(self._instants[recorded], blocks)
        role_class, has_actor = self.role_class, self.has_actor
        for actor_id, role_name in participants:
            actor, value = self._role_values[actor_id]
            role_local, role_type = self._role_types[role_name]
            role = node("part", f"{ev}{role_local}{actor}")
            said.append(has_actor + role)
            blocks.append((None, role, [role_class, value, role_type]))
        for place_id in place_ids:
            said.append(self._places[place_id])
        for links, predicate in ((disputes, self.disputes), (confirms, self.confirms)):
            for target_id in links:
                said.append(predicate + node("event", encode_segment(target_id)))
        if standing is not None:
            said.append(self.status[standing.status])
            said.append(f'{self.publishers}"{len(standing.publishers)}{self.count_suffix}')
        by_source: dict[str, list[Sequence[Any]]] = {}
        claims = self._claims
        for mention in mentions:
            by_source.setdefault(mention[0], []).append(mention)
        for source_id, reports in by_source.items():
            source = node("source", encode_segment(source_id))
            quoted_from = self.quoted_from + source
            evidence = [self.derived_from + source]
            blocks.append((source, subject, evidence))
            for _source_id, quote, begins, ends, claimed_earliest, claimed_latest, claimed_precision in reports:
                claimed, claim = claims[claimed_earliest, claimed_latest, claimed_precision]
                begin_text, end_text = str(begins), str(ends)
                key = mention_key(source_id, quote, begin_text, end_text, claim)
                mention_node = node("mention", f"{ev}{JOIN}{key}")
                evidence.append(self.denoted_by + mention_node)
                about = [self.mention_class, quoted_from]
                if quote:
                    about.append(self.quote + string_literal(quote))
                if begins is not None:
                    about.append(f"{self.begin_offset}{begin_text}{self.offset_suffixes[begins >= 0]}")
                if ends is not None:
                    about.append(f"{self.end_offset}{end_text}{self.offset_suffixes[ends >= 0]}")
                about += claimed
                blocks.append((source, mention_node, about))
        return blocks

    def named(
        self,
        classes_by_kind: dict[str, tuple[list[str], int]],
        kind: str,
        entity_id: str,
        local: str,
        name: str,
        aliases: Sequence[str],
    ) -> list[str]:
        """What an actor or a place says first: its classes (by kind), id, name and aliases."""
        classes, extra = classes_by_kind.get(kind, classes_by_kind["other"])
        self.extra_triples += extra
        name_term = string_literal(name)
        said = [*classes, self.identifier_of(entity_id, local), self.pref_label + name_term, self.name + name_term]
        said += [self.alt_label + string_literal(alias) for alias in aliases]
        return said

    def actor(self, actor: Actor) -> list[Block]:
        local = encode_segment(actor.id)
        said = self.named(self.actor_classes, actor.kind, actor.id, local, actor.name, actor.aliases)
        blocks: list[Block] = [(None, self.t.node("actor", local), said)]
        said += self.external_ids("actor", local, actor.external_ids, blocks)
        if actor.attributes:
            said.append(self.attributes_term(actor.attributes))
        return blocks

    def place(self, place: Place) -> list[Block]:
        node = self.t.node
        local = encode_segment(place.id)
        said = self.named(self.place_classes, place.kind, place.id, local, place.name, place.aliases)
        blocks: list[Block] = [(None, node("place", local), said)]
        coordinates: list[str] = []
        for value, predicate in ((place.latitude, self.latitude), (place.longitude, self.longitude)):
            if value is not None and value == value and abs(value) != float("inf"):  # not NaN or infinite
                coordinates.append(predicate + '"' + repr(float(value)) + self.double_suffix)
        if coordinates:
            said.append(self.geo + node("coords", local))
            blocks.append((None, node("coords", local), [self.coordinates_class, *coordinates]))
        if place.parent_id is not None:
            said.append(self.contained_in + node("place", encode_segment(place.parent_id)))
        said += self.external_ids("place", local, place.external_ids, blocks)
        return blocks

    def source(self, source: Source) -> list[Block]:
        return self.source_row(source_row(source))

    def source_row(self, row: SourceRow) -> list[Block]:
        """A source's blocks, from its row (see :meth:`event_row`)."""
        source_id, title, url, publisher, published, recorded = row
        node = self.t.node
        local = encode_segment(source_id)
        subject = node("source", local)
        self.extra_triples += self._source_extra
        said = [*self.source_classes, self.identifier_of(source_id, local)]
        blocks: list[Block] = [(subject, subject, said)]
        if title:
            said.append(self.headline + string_literal(title))
        if url:
            said.append(self.url + string_literal(url, self.any_uri_suffix))
        if published:
            said.append(self._published[published])
        if publisher:
            published_by = self._publishers.get(publisher)
            if published_by is None:
                organization = node("publisher", self._publisher_local_id(publisher))
                blocks.append((None, organization, [self.organization_class, self.name + string_literal(publisher)]))
                published_by = self._publishers[publisher] = self.publisher + organization
            said.append(published_by)
        if recorded:
            said += self.recorded(self._instants[recorded], blocks)
        return blocks


# -- writers -------------------------------------------------------------------------------------------


class Writer:
    """N-Triples (and, with ``quads``, N-Quads): one statement a line.

    :attr:`statements` counts what was written; the triples are those plus the
    :class:`Describer`'s ``extra_triples``.
    """

    terms_class: type[Terms] = Terms

    def __init__(self, out: TextIO, base: str, *, quads: bool = False) -> None:
        self.out = out
        self.base = base
        self.quads = quads
        self.terms = self.terms_class(base)
        self.statements = 0

    def begin(self) -> None:
        pass

    def write(self, blocks: list[Block]) -> None:
        lines: list[str] = []
        extend = lines.extend
        count = 0
        for graph, subject, said in blocks:
            count += len(said)
            head = subject + " "
            tail = f" {graph} .\n" if self.quads and graph is not None else " .\n"
            extend([head, (tail + head).join(said), tail])
        self.statements += count
        self.out.write("".join(lines))

    def end(self) -> None:
        pass


class TurtleWriter(Writer):
    """Turtle (and, with ``quads``, TriG): one subject block per node, prefixed names where allowed."""

    terms_class = TurtleTerms

    def __init__(self, out: TextIO, base: str, *, quads: bool = False) -> None:
        super().__init__(out, base, quads=quads)
        self._open_graph: str | None = None

    def begin(self) -> None:
        prefixes = {**PREFIXES, **{kind: self.base + segment for kind, segment in INSTANCE_KINDS.items()}}
        self.out.write("".join(f"@prefix {name}: <{namespace}> .\n" for name, namespace in prefixes.items()))

    def write(self, blocks: list[Block]) -> None:
        parts: list[str] = []
        append = parts.append
        count = 0
        quads, separator = self.quads, " ;\n    "
        for graph, subject, said in blocks:
            count += len(said)
            if quads and graph != self._open_graph:
                if self._open_graph is not None:
                    append("}\n")
                if graph is not None:
                    append(f"\n{graph} {{\n")
                self._open_graph = graph
            append(f"\n{subject} {separator.join(said)} .\n")
        self.statements += count
        self.out.write("".join(parts))

    def end(self) -> None:
        if self._open_graph is not None:
            self.out.write("}\n")
            self._open_graph = None


class JsonLdWriter(Writer):
    """JSON-LD: one ``@graph`` array of node objects, compacted with the shipped ``@context``.

    Blocks arrive as N-Triples terms and are converted here: our literal escaping yields
    valid JSON string bodies, so a literal is read back with ``json.loads``.
    """

    def __init__(self, out: TextIO, base: str, *, quads: bool = False) -> None:
        super().__init__(out, base, quads=quads)
        self._first = True
        self._keys: dict[str, str] = {}

    def begin(self) -> None:
        context = json.dumps(shipped_context()["@context"], ensure_ascii=False)
        self.out.write(f'{{"@context": {context},\n"@graph": [')

    def key(self, predicate: str) -> str:
        found = self._keys.get(predicate)
        if found is None:
            iri = predicate[1:-1]
            found = self._keys[predicate] = "@type" if iri == expand("rdf:type") else (compact(iri) or iri)
        return found

    @staticmethod
    def value(term: str, is_type: bool) -> Any:
        if term.startswith("<"):
            iri = term[1:-1]
            if is_type:
                return compact(iri) or iri
            return {"@id": compact(iri) or iri}
        close = term.rindex('"')
        text = json.loads(term[: close + 1])
        rest = term[close + 1 :]
        if rest.startswith("^^<"):
            datatype = rest[3:-1]
            return {"@value": text, "@type": compact(datatype) or datatype}
        return text

    def write(self, blocks: list[Block]) -> None:
        parts: list[str] = []
        for _graph, subject, said in blocks:
            node: dict[str, Any] = {"@id": subject[1:-1]}
            for statement in said:
                predicate, term = statement.split(" ", 1)
                key = self.key(predicate)
                node.setdefault(key, []).append(self.value(term, key == "@type"))
            self.statements += len(said)
            parts.append(("\n  " if self._first else ",\n  ") + json.dumps(node, ensure_ascii=False))
            self._first = False
        self.out.write("".join(parts))

    def end(self) -> None:
        self.out.write("\n]}\n")


def _writer(syntax: str, out: TextIO, base: str) -> Writer:
    if syntax == "nt":
        return Writer(out, base)
    if syntax == "nquads":
        return Writer(out, base, quads=True)
    if syntax == "turtle":
        return TurtleWriter(out, base)
    if syntax == "trig":
        return TurtleWriter(out, base, quads=True)
    if syntax == "jsonld":
        return JsonLdWriter(out, base)
    raise ValueError(f"unknown RDF syntax {syntax!r} (known: {', '.join(SYNTAXES)})")


# -- exporting -----------------------------------------------------------------------------------------


def _places_with_parents(store: Store, place_ids: set[str]) -> Iterator[Place]:
    """The places a slice uses and every place they lie in, so ``schema:containedInPlace`` never dangles."""
    seen: set[str] = set()
    wanted = set(place_ids)
    while wanted:
        seen |= wanted
        parents: set[str] = set()
        for place in store.places(sorted(wanted)):
            yield place
            if place.parent_id is not None and place.parent_id not in seen:
                parents.add(place.parent_id)
        wanted = parents


def load_local_id(recorded_at: dt.datetime) -> str:
    """A load activity's id: its time in UTC, readable and IRI-safe (``2026-11-28T01-58-53.783447Z``).

    A ``load`` stamps everything it stores with one time, so one load is one activity."""
    utc = recorded_at.astimezone(dt.UTC) if recorded_at.tzinfo else recorded_at
    fraction = f".{utc.microsecond:06d}" if utc.microsecond else ""
    return utc.strftime("%Y-%m-%dT%H-%M-%S") + fraction + "Z"


def with_standings(
    store: Store, rows: Iterable[EventRow], options: ExportOptions
) -> Iterator[tuple[EventRow, Standing | None]]:
    """Each row with its event's derived status, worked out a chunk of events at a time."""
    build = EventBuilder()
    chunk: list[EventRow] = []

    def flush() -> Iterator[tuple[EventRow, Standing | None]]:
        found, _ = standings(store, [build(row) for row in chunk], options.view)
        for row in chunk:
            yield row, found.get(row.id)

    for row in rows:
        chunk.append(row)
        if len(chunk) == EVENTS_PER_WRITE:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def write_rdf(store: Store, out: TextIO, options: ExportOptions, syntax: str) -> int:
    """Stream the graph (or the events overlapping the options' dates) as RDF; returns the triple count.

    Events come first, then the actors, places and sources: all of them for a whole
    export, only those the selected events use for a date slice.
    """
    if options.vocabulary and syntax == "jsonld":  # refused before anything is written
        raise ValidationError("--with-vocabulary works with turtle, trig, nt and nquads, not jsonld")
    base = normalise_base(options.base)
    writer = _writer(syntax, out, base)
    describe = Describer(writer.terms)
    # a view of the past names only what its events use: no source published after the day asked about
    sliced = options.window.bounded or options.view.restricted
    actor_ids: set[str] = set()
    place_ids: set[str] = set()
    source_ids: set[str] = set()
    writer.begin()
    blocks: list[Block] = []
    pending = 0
    rows: Iterator[EventRow] = (
        map(event_row, selected_events(store, options))
        if options.view.restricted
        else event_rows(store, selected_query(options))
    )
    for row, standing in with_standings(store, rows, options):
        blocks += describe.event_row(row, standing)
        if sliced:
            participants, places, mentions = row.participants, row.place_ids, row.mentions
            actor_ids.update(actor_id for actor_id, _role in participants)
            place_ids.update(places)
            source_ids.update(mention[0] for mention in mentions)
        pending += 1
        if pending == EVENTS_PER_WRITE:
            writer.write(blocks)
            blocks, pending = [], 0
    writer.write(blocks)
    entities: list[Iterable[list[Block]]] = [
        map(describe.actor, store.actors(actor_ids if sliced else None)),
        map(describe.place, _places_with_parents(store, place_ids) if sliced else store.places()),
        map(describe.source_row, source_rows(store, source_ids if sliced else None)),
    ]
    for described in entities:
        blocks = []
        for entity_blocks in described:
            blocks += entity_blocks
            if len(blocks) >= EVENTS_PER_WRITE * 4:
                writer.write(blocks)
                blocks = []
        writer.write(blocks)
    writer.end()
    if options.vocabulary:
        return writer.statements + describe.extra_triples + write_vocabulary(out, syntax)
    return writer.statements + describe.extra_triples


def write_vocabulary(out: TextIO, syntax: str) -> int:
    """Append the SKOS scheme the data points at (event types with CAMEO notations, roles, units,
    properties), so that a partner gets labels for every ``etype:`` and ``roletype:`` IRI in one file.

    Turtle and TriG take the shipped file as it is (prefixes may be declared again mid-document, and
    TriG's default graph needs no braces); N-Triples and N-Quads get it re-serialised.  Returns the
    triple count.
    """
    import pyoxigraph

    text = EVENT_TYPES_TTL.read_text(encoding="utf-8")
    triples = list(pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.TURTLE))
    if syntax in ("turtle", "trig"):
        out.write("\n" + text)
    elif syntax in ("nt", "nquads"):
        serialized = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
        out.write(serialized.decode("utf-8") if isinstance(serialized, bytes) else str(serialized))
    else:
        raise ValidationError(f"--with-vocabulary works with turtle, trig, nt and nquads, not {syntax}")
    return len(triples)


def export_turtle(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_rdf(store, out, options, "turtle")


def export_ntriples(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_rdf(store, out, options, "nt")


def export_nquads(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_rdf(store, out, options, "nquads")


def export_trig(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_rdf(store, out, options, "trig")


def export_jsonld(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_rdf(store, out, options, "jsonld")


def to_rdflib(store: Store, options: ExportOptions | None = None) -> rdflib.Graph:
    """The graph (or a date slice of it) as an in-memory :class:`rdflib.Graph`, for Python users.

    Convenient for small graphs and SPARQL in a notebook; for large ones stream with
    ``timelinekg export`` instead, as rdflib holds every triple in memory.
    """
    import rdflib

    buffer = io.StringIO()
    write_rdf(store, buffer, options or ExportOptions(), "nt")
    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.parse(data=buffer.getvalue(), format="nt")
    return graph
