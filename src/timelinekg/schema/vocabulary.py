"""How the event model maps onto standard RDF vocabularies, in one place.

The exporter (:mod:`timelinekg.exporters.rdf`), the importer
(:mod:`timelinekg.loaders.rdf`), the shipped files next to this module
(``event-types.ttl``, ``shapes.ttl``, ``context.jsonld``) and the docs all
read their terms from here, so the mapping cannot drift between them.

Mapping (see docs/rdf.md for the table and an example):

* Event: ``sem:Event`` + ``schema:Event``; its type is a SKOS concept in our
  event-type scheme (``sem:eventType``), aligned with CAMEO by ``skos:exactMatch``.
* Actor: ``sem:Actor`` + ``schema:Person``/``Organization``/``Country``;
  aliases are ``skos:altLabel``; Wikidata and GeoNames ids are ``owl:sameAs``.
* Participation: ``sem:hasActor`` to a ``sem:Role`` node with ``rdf:value``
  (the actor) and ``sem:roleType``.
* Place: ``sem:Place`` + ``schema:Place`` via ``sem:hasPlace``, ``schema:geo``,
  ``schema:containedInPlace``.
* Time: ``sem:hasBeginTimeStamp``/``hasEndTimeStamp`` typed by precision,
  ``sem:hasEarliestBeginTimeStamp``/``hasLatestEndTimeStamp`` for the bounds,
  an OWL-Time ``time:Interval`` whose ``time:unitType`` is the precision, and
  ``schema:startDate``/``endDate`` mirroring the timestamps.
* Sources: ``schema:NewsArticle`` + ``prov:Entity``; ``prov:wasDerivedFrom``
  per source; ``gaf:denotedBy`` mention nodes with ``prov:value`` (the quote),
  ``prov:wasQuotedFrom`` and ``nif:beginIndex``/``nif:endIndex``; the load is a
  ``prov:Activity`` and ``prov:generatedAtTime`` is when we stored it.

Instance IRIs are ``{base}{kind}/{id}`` with the id percent-encoded (only
``A-Z a-z 0-9 _ -`` stay as they are), so no raw text ever reaches an IRI.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from timelinekg.errors import ValidationError
from timelinekg.schema.event_types import EVENT_TYPES
from timelinekg.schema.model import ACTOR_KINDS, PLACE_KINDS, PRECISIONS, ROLES

HERE = Path(__file__).resolve().parent
EVENT_TYPES_TTL = HERE / "event-types.ttl"
SHAPES_TTL = HERE / "shapes.ttl"
CONTEXT_JSONLD = HERE / "context.jsonld"

DEFAULT_BASE = "https://timelinekg.org/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
TIME = "http://www.w3.org/2006/time#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "http://schema.org/"
GAF = "http://groundedannotationframework.org/gaf#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
TKG = "https://timelinekg.org/ns#"
EVENT_TYPE = "https://timelinekg.org/ns/event-type/"
ROLE_TYPE = "https://timelinekg.org/ns/role/"
CAMEO = "https://timelinekg.org/ns/cameo/"
SH = "http://www.w3.org/ns/shacl#"
# The Citation Typing Ontology: cito:disputes / cito:confirms say what one work says of another,
# which is what a denial or a confirmation says of the report it answers.
CITO = "http://purl.org/spar/cito/"

# Vocabulary prefixes, in the order documents declare them.
PREFIXES: dict[str, str] = {
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "sem": SEM,
    "time": TIME,
    "prov": PROV,
    "schema": SCHEMA,
    "gaf": GAF,
    "nif": NIF,
    "cito": CITO,
    "tkg": TKG,
    "etype": EVENT_TYPE,
    "roletype": ROLE_TYPE,
    "cameo": CAMEO,
}

# Instance kinds: prefix name -> path segment under the base IRI.
INSTANCE_KINDS: dict[str, str] = {
    "event": "event/",
    "actor": "actor/",
    "place": "place/",
    "source": "source/",
    "part": "participation/",
    "mention": "mention/",
    "interval": "interval/",
    "coords": "coordinates/",
    "publisher": "publisher/",
    "load": "load/",
    "xid": "identifier/",
}

# Derived nodes join their owners' encoded ids with "." (never left unencoded in an id).
JOIN = "."

# Precision -> OWL-Time temporal unit (ours where OWL-Time has none).
PRECISION_UNITS: dict[str, str] = {
    "millennium": "tkg:unitMillennium",
    "century": "tkg:unitCentury",
    "decade": "tkg:unitDecade",
    "year": "time:unitYear",
    "season": "tkg:unitSeason",
    "quarter": "tkg:unitQuarter",
    "month": "time:unitMonth",
    "week": "time:unitWeek",
    "day": "time:unitDay",
    "hour": "time:unitHour",
    "minute": "time:unitMinute",
    "second": "time:unitSecond",
    "unknown": "tkg:unitUnknown",
    "reported": "tkg:unitReported",
}
UNIT_PRECISIONS: dict[str, str] = {unit: precision for precision, unit in PRECISION_UNITS.items()}
OUR_UNITS = tuple(unit for unit in PRECISION_UNITS.values() if unit.startswith("tkg:"))

# Timestamps are written at the event's precision: xsd:gYear, xsd:gYearMonth, else xsd:date.
YEAR_PRECISIONS = frozenset({"millennium", "century", "decade", "year"})
MONTH_PRECISIONS = frozenset({"month"})

ACTOR_KIND_CLASSES: dict[str, tuple[str, ...]] = {
    "person": ("schema:Person",),
    "organisation": ("schema:Organization",),
    "country": ("schema:Country",),
    "group": ("schema:Organization", "tkg:Group"),
    "product": ("schema:Product",),
    "other": (),
}
PLACE_KIND_CLASSES: dict[str, tuple[str, ...]] = {
    "country": ("schema:Country",),
    "region": ("schema:AdministrativeArea",),
    "city": ("schema:City",),
    "town": ("tkg:Town",),
    "site": ("tkg:Site",),
    "other": (),
}
# The class that decides a kind on import, most specific first.
KIND_BY_CLASS_ACTOR: tuple[tuple[str, str], ...] = (
    ("tkg:Group", "group"),
    ("schema:Person", "person"),
    ("schema:Country", "country"),
    ("schema:Product", "product"),
    ("schema:Organization", "organisation"),
)
KIND_BY_CLASS_PLACE: tuple[tuple[str, str], ...] = tuple(
    (classes[0], kind) for kind, classes in PLACE_KIND_CLASSES.items() if classes
)

# External id schemes written as owl:sameAs to the gazetteer's own IRIs: scheme -> (prefix, suffix).
SAME_AS_SCHEMES: dict[str, tuple[str, str]] = {
    "wikidata": ("http://www.wikidata.org/entity/", ""),
    "geonames": ("https://sws.geonames.org/", "/"),
}

# Classes our documents use (an rdf:type outside these is reported as skipped on import).
CLASSES: frozenset[str] = frozenset(
    {
        "sem:Event",
        "schema:Event",
        "sem:Actor",
        "sem:Place",
        "schema:Place",
        "sem:Role",
        "time:Interval",
        "time:Instant",
        "schema:GeoCoordinates",
        "schema:PropertyValue",
        "schema:NewsArticle",
        "prov:Entity",
        "prov:Activity",
        "schema:Organization",
    }
    | {c for classes in ACTOR_KIND_CLASSES.values() for c in classes}
    | {c for classes in PLACE_KIND_CLASSES.values() for c in classes}
)

# Searching for an unsafe character finds none without building a match object, unlike matching the safe ones.
_UNSAFE_SEGMENT = re.compile(r"[^A-Za-z0-9_\-]")
# Characters an IRIREF may not contain (RDF 1.1 Turtle/N-Triples), plus anything below U+0021.
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def expand(curie: str) -> str:
    """``"sem:Event"`` -> ``"http://semanticweb.cs.vu.nl/2009/11/sem/Event"``."""
    prefix, local = curie.split(":", 1)
    return PREFIXES[prefix] + local


def compact(iri: str) -> str | None:
    """The CURIE for a vocabulary IRI, or ``None`` when it is not ours to shorten."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return None


def encode_segment(text: str) -> str:
    """Percent-encode an id for one IRI path segment; only ``A-Za-z0-9_-`` stay as they are.

    ``.`` and ``~`` are encoded too (``urllib.parse.quote`` keeps them) so that ``.``
    can join the ids of derived nodes unambiguously.
    """
    if not _UNSAFE_SEGMENT.search(text):
        return text
    return quote(text, safe="", errors="surrogatepass").replace(".", "%2E").replace("~", "%7E")


def decode_segment(segment: str) -> str:
    return unquote(segment, errors="surrogatepass")


def normalise_base(base: str | None) -> str:
    """The instance base IRI: absolute, without characters an IRI may not hold, ending in ``/`` or ``#``."""
    chosen = DEFAULT_BASE if base is None else base
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", chosen) or _BAD_IRI.search(chosen):
        raise ValidationError(
            f'--base must be an absolute IRI without spaces or <>"{{}}|^`\\ (e.g. {DEFAULT_BASE}), got {chosen!r}'
        )
    return chosen if chosen.endswith(("/", "#")) else chosen + "/"


def timestamp(day: dt.date, precision: str) -> tuple[str, str]:
    """A day written at an event's precision: ``(lexical form, datatype CURIE)``."""
    if precision in YEAR_PRECISIONS:
        return f"{day.year:04d}", "xsd:gYear"
    if precision in MONTH_PRECISIONS:
        return f"{day.year:04d}-{day.month:02d}", "xsd:gYearMonth"
    return day.isoformat(), "xsd:date"


def attributes_json(attributes: tuple[tuple[str, Any], ...]) -> str:
    """Free-form attributes as one canonical ``rdf:JSON`` literal (sorted keys, so exports are stable)."""
    return json.dumps(dict(attributes), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def attributes_from_json(text: str) -> tuple[tuple[str, Any], ...]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("tkg:attributes must hold a JSON object")
    return tuple(sorted(value.items()))


# -- the shipped files ----------------------------------------------------------------------------------


def _turtle_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid Turtle string for this text


def prefix_lines(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {name}: <{namespace}> .\n" for name, namespace in prefixes.items())


_SCHEME_PREFIXES = ("rdf", "rdfs", "xsd", "skos", "sem", "time", "schema", "tkg", "etype", "roletype", "cameo")


# What an event says beyond SEM, each a property of its own (also in tkg:attributes, kept whole).
EVENT_PROPERTIES = (
    ("tkg:trigger", "xsd:string", "The word or phrase in the text that signalled the event (extracted events)."),
    (
        "tkg:dateBasis",
        "xsd:string",
        "Where the event's date came from: timex (a date in the text), publication (the article's date), "
        "open (no support: a bound stays open).",
    ),
    ("tkg:dateConflict", "xsd:boolean", "True when sources claim disjoint dates; the bounds then span every claim."),
    ("tkg:beginOpen", "xsd:boolean", "True when the lower date bound is unknown."),
    ("tkg:endOpen", "xsd:boolean", "True when the upper date bound is unknown."),
    ("tkg:attributes", "rdf:JSON", "Every free-form attribute of an event or actor, as one JSON object."),
)


def event_types_turtle() -> str:
    """``schema/event-types.ttl``: the event-type scheme with its CAMEO alignments, roles and units.

    Generated from :data:`~timelinekg.schema.event_types.EVENT_TYPES`; a test checks
    the shipped file equals this text.
    """
    lines = [
        "# Generated by timelinekg.schema.vocabulary.event_types_turtle() from schema/event_types.py.",
        "# Do not edit by hand: tests/test_rdf.py checks the two agree.",
        prefix_lines({k: PREFIXES[k] for k in _SCHEME_PREFIXES}),
        "tkg:EventTypes a skos:ConceptScheme ;",
        '    skos:prefLabel "timelinekg event types"@en ;',
        "    skos:definition \"CAMEO's twenty root codes (and a few finer ones) plus what news needs beyond "
        'them."@en .',
        "",
        "tkg:CAMEO a skos:ConceptScheme ;",
        '    skos:prefLabel "CAMEO event codes"@en ;',
        "    rdfs:seeAlso <https://parusanalytics.com/eventdata/cameo.dir/CAMEO.Manual.1.1b3.pdf> .",
        "",
    ]
    for event_type in EVENT_TYPES:
        lines.append(f"etype:{event_type.code} a skos:Concept, sem:EventType ;")
        lines.append("    skos:inScheme tkg:EventTypes ;")
        lines.append(f"    skos:notation {_turtle_string(event_type.code)} ;")
        lines.append(f"    skos:prefLabel {_turtle_string(event_type.label)}@en ;")
        if event_type.broader:
            lines.append(f"    skos:broader etype:{event_type.broader} ;")
        else:
            lines.append("    skos:topConceptOf tkg:EventTypes ;")
        if event_type.cameo:
            lines.append(f"    skos:exactMatch cameo:{event_type.cameo} ;")
        lines.append(f"    skos:definition {_turtle_string(event_type.definition)}@en .")
        lines.append("")
    for event_type in EVENT_TYPES:
        if event_type.cameo:
            lines.append(
                f"cameo:{event_type.cameo} a skos:Concept ; skos:inScheme tkg:CAMEO ; "
                f"skos:notation {_turtle_string(event_type.cameo)} ."
            )
    lines += ["", "tkg:Roles a skos:ConceptScheme ;", '    skos:prefLabel "timelinekg participant roles"@en .', ""]
    for role in ROLES:
        lines.append(
            f"roletype:{role} a skos:Concept, sem:RoleType ; skos:inScheme tkg:Roles ; skos:topConceptOf tkg:Roles ; "
            f"skos:notation {_turtle_string(role)} ; skos:prefLabel {_turtle_string(role)}@en ."
        )
    lines.append("")
    for curie, range_, comment in EVENT_PROPERTIES:
        domain = "" if curie == "tkg:attributes" else "rdfs:domain sem:Event ; "  # actors have attributes too
        lines.append(
            f"{curie} a rdf:Property ; {domain}rdfs:range {range_} ; rdfs:comment {_turtle_string(comment)}@en ."
        )
    lines.append("")
    for unit in OUR_UNITS:
        precision = UNIT_PRECISIONS[unit]
        lines.append(f"{unit} a time:TemporalUnit ; rdfs:label {_turtle_string(precision)}@en .")
    lines.append("")
    for curie, label in (("tkg:Group", "Group"), ("tkg:Town", "Town"), ("tkg:Site", "Site")):
        parent = "schema:Organization" if curie == "tkg:Group" else "schema:Place"
        lines.append(f"{curie} a rdfs:Class ; rdfs:subClassOf {parent} ; rdfs:label {_turtle_string(label)}@en .")
    return "\n".join(lines) + "\n"


def jsonld_context() -> dict[str, Any]:
    """``schema/context.jsonld``: the prefixes JSON-LD exports compact with (a test checks the file)."""
    return {"@context": {"@version": 1.1, **PREFIXES}}


def shipped_context() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(CONTEXT_JSONLD.read_text(encoding="utf-8"))
    return loaded


def check_kinds() -> None:
    """Every model kind and precision has a mapping (called by the tests)."""
    assert set(ACTOR_KIND_CLASSES) == set(ACTOR_KINDS)
    assert set(PLACE_KIND_CLASSES) == set(PLACE_KINDS)
    assert set(PRECISION_UNITS) == set(PRECISIONS)
