"""RDF export in standard vocabularies, streamed from any store.

``timelinekg export --format turtle|nt|jsonld|trig|nquads`` writes as it reads:
events come from the store in chunks, each chunk is described as blocks of
statements and written out, and nothing about earlier chunks is kept except
the few nodes shared by many events (load activities, publishers) and small
bounded memos of rendered statements (dates, roles).  No
in-memory rdflib graph is built: rdflib serialises Turtle at about 10k
triples/s, while these hand-written serialisers, which emit only terms minted
here (IRIs from percent-encoded ids, literals escaped by one function), reach
hundreds of thousands.  rdflib is still the reader: :func:`to_rdflib` gives a
graph for Python users, and the tests parse every format back with it.

The mapping itself lives in :mod:`timelinekg.schema.vocabulary`.

TriG and N-Quads put what each source says (the source's description, the
events' ``prov:wasDerivedFrom`` it and their mentions in it) in a named graph
named by the source's IRI; everything else is in the default graph.  Turtle,
N-Triples and JSON-LD carry the union.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from timelinekg.graph.export import ExportOptions, selected_events
from timelinekg.graph.store import Store
from timelinekg.schema.model import Actor, Event, Mention, Participation, Place, Source
from timelinekg.schema.vocabulary import (
    ACTOR_KIND_CLASSES,
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
EVENTS_PER_WRITE = 500
MEMO_SIZE = 4096  # entries per memo of rendered statements; cleared when full, so memory stays bounded

# A block of statements about one subject: (graph name or None for the default graph,
# subject, ["predicate object", ...]).  Terms are already rendered in the output syntax
# (N-Triples terms, or Turtle's prefixed names), so writing is joining strings.
Block = tuple[str | None, str, list[str]]

# Literal escaping shared by N-Triples, N-Quads, Turtle and TriG: the four characters the
# grammar forbids raw (", \, LF, CR), the other controls for safety, and lone surrogates, which
# cannot be written as UTF-8 at all, replaced by U+FFFD.  The result is also a valid JSON
# string body, which the JSON-LD writer relies on.
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f\ud800-\udfff]')
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})
_ESCAPES.update({i: "\ufffd" for i in range(0xD800, 0xE000)})


def escape_literal(text: str) -> str:
    """``text`` as the body of a ``"..."`` literal in N-Triples and Turtle."""
    return text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


# -- terms per syntax ----------------------------------------------------------------------------------


class Terms:
    """Renders terms for N-Triples and N-Quads: full IRIs everywhere."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.kind_iri = {kind: base + segment for kind, segment in INSTANCE_KINDS.items()}
        # Statements that hold several triples (Turtle's "a A, B"), for counting: statement -> extra triples.
        self.extra_triples: dict[str, int] = {}

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
        """One ``a A, B`` statement; :attr:`extra_triples` remembers it holds more than one triple."""
        if len(curies) < 2:
            return super().types(*curies)
        said = "a " + ", ".join(curies)
        self.extra_triples[said] = len(curies) - 1
        return [said]


# -- describing the model ------------------------------------------------------------------------------


def mention_key(mention: Mention) -> str:
    """A stable local id for a mention: a digest of everything it says, so identical mentions share a node."""
    text = (
        f"{mention.source_id!r},{mention.quote!r},{mention.start},{mention.end},"
        f"{mention.claimed_earliest},{mention.claimed_latest},{mention.claimed_precision!r}"
    )
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


class Describer:
    """Turns events, actors, places and sources into blocks of statements, in one syntax's terms.

    Hot path: every predicate is pre-rendered with its trailing space, and literals are
    built by concatenation, because this runs tens of times per event.
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
        self.generated_at = p("prov:generatedAtTime")
        self.generated_by = p("prov:wasGeneratedBy")
        self.ended_at = p("prov:endedAtTime")
        self.has_actor = p("sem:hasActor")
        self.value = p("rdf:value")
        self.role_type = p("sem:roleType")
        self.has_place = p("sem:hasPlace")
        self.derived_from = p("prov:wasDerivedFrom")
        self.denoted_by = p("gaf:denotedBy")
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
        self.event_classes = is_a("sem:Event", "schema:Event")
        self.actor_classes = {kind: is_a("sem:Actor", *extra) for kind, extra in ACTOR_KIND_CLASSES.items()}
        self.place_classes = {
            kind: is_a("sem:Place", "schema:Place", *extra) for kind, extra in PLACE_KIND_CLASSES.items()
        }
        self.role_class = is_a("sem:Role")[0]
        self.interval_class = is_a("time:Interval")[0]
        self.instant_class = is_a("time:Instant")[0]
        self.mention_class = is_a("prov:Entity")[0]
        self.source_classes = is_a("schema:NewsArticle", "prov:Entity")
        self.activity_class = is_a("prov:Activity")[0]
        self.organization_class = is_a("schema:Organization")[0]
        self.coordinates_class = is_a("schema:GeoCoordinates")[0]
        self.property_value_class = is_a("schema:PropertyValue")[0]
        self.date_suffix = t.datatype_suffix("xsd:date")
        self.datetime_suffix = t.datatype_suffix("xsd:dateTime")
        self.double_suffix = t.datatype_suffix("xsd:double")
        self.any_uri_suffix = t.datatype_suffix("xsd:anyURI")
        self.json_suffix = t.datatype_suffix("rdf:JSON")
        self.offset_suffixes = (t.datatype_suffix("xsd:integer"), t.datatype_suffix("xsd:nonNegativeInteger"))
        self.stamp_suffixes = {dt: t.datatype_suffix(dt) for dt in ("xsd:date", "xsd:gYearMonth", "xsd:gYear")}
        self.units = {precision: v(unit) for precision, unit in PRECISION_UNITS.items()}
        self._event_types: dict[str, str] = {}
        self._role_types: dict[str, str] = {}
        # Nodes many events share are described once per export (bounded by loads and publishers).
        self._loads: dict[dt.datetime, list[str]] = {}
        self._publishers: dict[str, str] = {}  # name -> IRI term, for publishers already described
        self._attributes: dict[tuple[tuple[str, Any], ...], str] = {}
        self._dates: dict[tuple[dt.date | None, dt.date | None, str], tuple[list[str], str]] = {}
        self._roles: dict[Participation, tuple[str, str, str]] = {}
        self._days: dict[dt.date, str] = {}
        self._claims: dict[tuple[dt.date | None, dt.date | None, str | None], list[str]] = {}

    # -- small helpers ---------------------------------------------------------------------------------
    def string(self, text: str) -> str:
        return '"' + escape_literal(text) + '"'

    def date(self, day: dt.date) -> str:
        found = self._days.get(day)
        if found is None:
            if len(self._days) >= MEMO_SIZE:
                self._days.clear()
            found = self._days[day] = '"' + day.isoformat() + self.date_suffix
        return found

    def unit(self, precision: str | None) -> str:
        return self.units.get(precision or "unknown") or self.units["unknown"]

    def event_type_term(self, code: str) -> str:
        term = self._event_types.get(code)
        if term is None:
            term = self._event_types[code] = self.t.vocab("etype:" + encode_segment(code))
        return term

    def role_type_term(self, role: str) -> str:
        term = self._role_types.get(role)
        if term is None:
            term = self._role_types[role] = self.t.vocab("roletype:" + encode_segment(role))
        return term

    def attributes_term(self, attributes: tuple[tuple[str, Any], ...]) -> str:
        """``tkg:attributes`` as one ``rdf:JSON`` literal; cached, as datasets repeat the same few."""
        try:
            return self._attributes[attributes]
        except (KeyError, TypeError):  # TypeError: a list or dict value is not hashable
            said = self.attributes + self.string(attributes_json(attributes))[:-1] + self.json_suffix
            if len(self._attributes) < 1024:
                with contextlib.suppress(TypeError):
                    self._attributes[attributes] = said
            return said

    def offset(self, value: int) -> str:
        return f'"{value}{self.offset_suffixes[value >= 0]}'

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
                        self.property_id + self.string(scheme),
                        self.property_value + self.string(value),
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
            load = self.t.node("load", encode_segment(lexical))
            blocks.append((None, load, [self.activity_class, self.ended_at + stamp]))
            said = self._loads[recorded_at] = [self.generated_at + stamp, self.generated_by + load]
        return said

    # -- the model -------------------------------------------------------------------------------------
    def dates(self, earliest: dt.date | None, latest: dt.date | None, precision: str) -> tuple[list[str], str]:
        """An event's date statements and its interval's unit; memoised, as many events share their dates."""
        key = (earliest, latest, precision)
        found = self._dates.get(key)
        if found is None:
            said: list[str] = []
            if earliest is not None:
                lexical, datatype = timestamp(earliest, precision)
                stamp = '"' + lexical + self.stamp_suffixes[datatype]
                said += [self.earliest + self.date(earliest), self.begin + stamp, self.start_date + stamp]
            else:
                said.append(self.begin_open)
            if latest is not None:
                lexical, datatype = timestamp(latest, precision)
                stamp = '"' + lexical + self.stamp_suffixes[datatype]
                said += [self.latest + self.date(latest), self.end + stamp, self.end_date + stamp]
            else:
                said.append(self.end_open)
            if len(self._dates) >= MEMO_SIZE:
                self._dates.clear()
            found = self._dates[key] = (said, self.unit_type + self.unit(precision))
        return found

    def claims(self, earliest: dt.date | None, latest: dt.date | None, precision: str | None) -> list[str]:
        """What a mention claimed about the date; memoised like :meth:`dates`."""
        key = (earliest, latest, precision)
        found = self._claims.get(key)
        if found is None:
            found = []
            if earliest is not None:
                found.append(self.claimed_earliest + self.date(earliest))
            if latest is not None:
                found.append(self.claimed_latest + self.date(latest))
            if precision is not None:
                found.append(self.claimed_unit + self.unit(precision))
            if len(self._claims) >= MEMO_SIZE:
                self._claims.clear()
            self._claims[key] = found
        return found

    def role(self, participation: Participation) -> tuple[str, str, str]:
        """(encoded actor id, ``rdf:value`` statement, ``sem:roleType`` statement); memoised per participation."""
        found = self._roles.get(participation)
        if found is None:
            actor = encode_segment(participation.actor_id)
            if len(self._roles) >= MEMO_SIZE:
                self._roles.clear()
            found = self._roles[participation] = (
                JOIN + encode_segment(participation.role) + JOIN + actor,
                self.value + self.t.node("actor", actor),
                self.role_type + self.role_type_term(participation.role),
            )
        return found

    def event(self, event: Event) -> list[Block]:
        node = self.t.node
        ev = encode_segment(event.id)
        subject = node("event", ev)
        interval = node("interval", ev)
        dates, unit = self.dates(event.earliest, event.latest, event.precision)
        said = [
            *self.event_classes,
            self.identifier + self.string(event.id),
            self.label + self.string(event.label),
            self.event_type + self.event_type_term(event.type),
            *dates,
            self.has_time + interval,
        ]
        about_interval = [self.interval_class, unit]
        blocks: list[Block] = [(None, subject, said), (None, interval, about_interval)]
        if event.start is not None or event.end is not None:
            bounds = ((event.start, self.has_beginning, "beginning"), (event.end, self.has_end, "end"))
            for bound, predicate, suffix in bounds:
                if bound is not None:
                    instant = node("interval", ev + JOIN + suffix)
                    about_interval.append(predicate + instant)
                    blocks.append((None, instant, [self.instant_class, self.in_xsd_date + self.date(bound)]))
        if event.date_conflict:
            said.append(self.date_conflict)
        if event.attributes:
            said.append(self.attributes_term(event.attributes))
        if event.recorded_at is not None:
            said += self.recorded(event.recorded_at, blocks)
        role_class, has_actor = self.role_class, self.has_actor
        for participation in event.participants:
            local, value, role_type = self.role(participation)
            role = node("part", ev + local)
            said.append(has_actor + role)
            blocks.append((None, role, [role_class, value, role_type]))
        for place_id in event.place_ids:
            said.append(self.has_place + node("place", encode_segment(place_id)))
        by_source: dict[str, list[Mention]] = {}
        for mention in event.mentions:
            by_source.setdefault(mention.source_id, []).append(mention)
        for source_id, mentions in by_source.items():
            source = node("source", encode_segment(source_id))
            quoted_from = self.quoted_from + source
            evidence = [self.derived_from + source]
            blocks.append((source, subject, evidence))
            for mention in mentions:
                mention_node = node("mention", ev + JOIN + mention_key(mention))
                evidence.append(self.denoted_by + mention_node)
                about = [self.mention_class, quoted_from]
                if mention.quote:
                    about.append(self.quote + self.string(mention.quote))
                if mention.start is not None:
                    about.append(self.begin_index + self.offset(mention.start))
                if mention.end is not None:
                    about.append(self.end_index + self.offset(mention.end))
                about += self.claims(mention.claimed_earliest, mention.claimed_latest, mention.claimed_precision)
                blocks.append((source, mention_node, about))
        return blocks

    def actor(self, actor: Actor) -> list[Block]:
        local = encode_segment(actor.id)
        name = self.string(actor.name)
        said = [
            *self.actor_classes.get(actor.kind, self.actor_classes["other"]),
            self.identifier + self.string(actor.id),
            self.pref_label + name,
            self.name + name,
        ]
        said += [self.alt_label + self.string(alias) for alias in actor.aliases]
        blocks: list[Block] = [(None, self.t.node("actor", local), said)]
        said += self.external_ids("actor", local, actor.external_ids, blocks)
        if actor.attributes:
            said.append(self.attributes_term(actor.attributes))
        return blocks

    def place(self, place: Place) -> list[Block]:
        node = self.t.node
        local = encode_segment(place.id)
        name = self.string(place.name)
        said = [
            *self.place_classes.get(place.kind, self.place_classes["other"]),
            self.identifier + self.string(place.id),
            self.pref_label + name,
            self.name + name,
        ]
        said += [self.alt_label + self.string(alias) for alias in place.aliases]
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
        node = self.t.node
        subject = node("source", encode_segment(source.id))
        said = [*self.source_classes, self.identifier + self.string(source.id)]
        blocks: list[Block] = [(subject, subject, said)]
        if source.title:
            said.append(self.headline + self.string(source.title))
        if source.url:
            said.append(self.url + self.string(source.url)[:-1] + self.any_uri_suffix)
        if source.published is not None:
            said.append(self.published + self.date(source.published))
        if source.publisher:
            publisher = self._publishers.get(source.publisher)
            if publisher is None:
                publisher = self._publishers[source.publisher] = node("publisher", encode_segment(source.publisher))
                blocks.append((None, publisher, [self.organization_class, self.name + self.string(source.publisher)]))
            said.append(self.publisher + publisher)
        if source.recorded_at is not None:
            said += self.recorded(source.recorded_at, blocks)
        return blocks


# -- writers -------------------------------------------------------------------------------------------


class Writer:
    """N-Triples (and, with ``quads``, N-Quads): one statement a line."""

    terms_class: type[Terms] = Terms

    def __init__(self, out: TextIO, base: str, *, quads: bool = False) -> None:
        self.out = out
        self.base = base
        self.quads = quads
        self.terms = self.terms_class(base)
        self.triples = 0

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
        self.triples += count
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
        extra = self.terms.extra_triples
        for graph, subject, said in blocks:
            count += len(said) + extra.get(said[0], 0)
            if self.quads and graph != self._open_graph:
                if self._open_graph is not None:
                    append("}\n")
                if graph is not None:
                    append(f"\n{graph} {{\n")
                self._open_graph = graph
            append(f"\n{subject} " + " ;\n    ".join(said) + " .\n")
        self.triples += count
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
            self.triples += len(said)
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


def write_rdf(store: Store, out: TextIO, options: ExportOptions, syntax: str) -> int:
    """Stream the graph (or the events overlapping the options' dates) as RDF; returns the triple count.

    Events come first, then the actors, places and sources: all of them for a whole
    export, only those the selected events use for a date slice.
    """
    base = normalise_base(options.base)
    writer = _writer(syntax, out, base)
    describe = Describer(writer.terms)
    sliced = options.start is not None or options.end is not None
    actor_ids: set[str] = set()
    place_ids: set[str] = set()
    source_ids: set[str] = set()
    writer.begin()
    blocks: list[Block] = []
    pending = 0
    for event in selected_events(store, options):
        blocks += describe.event(event)
        if sliced:
            actor_ids.update(p.actor_id for p in event.participants)
            place_ids.update(event.place_ids)
            source_ids.update(m.source_id for m in event.mentions)
        pending += 1
        if pending == EVENTS_PER_WRITE:
            writer.write(blocks)
            blocks, pending = [], 0
    writer.write(blocks)
    entities: list[Iterable[list[Block]]] = [
        map(describe.actor, store.actors(actor_ids if sliced else None)),
        map(describe.place, _places_with_parents(store, place_ids) if sliced else store.places()),
        map(describe.source, store.sources(source_ids if sliced else None)),
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
    return writer.triples


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
