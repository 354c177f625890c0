"""Export the whole graph (or a date slice) from any store, streaming.

Formats live in a string-keyed registry and are imported lazily, so that
``export --format json`` never loads rdflib or networkx.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from timelinekg.errors import ValidationError
from timelinekg.graph.base import EventQuery, Store
from timelinekg.loaders import EXTENSIONS as LOAD_EXTENSIONS
from timelinekg.plugin import load_target
from timelinekg.queries.claims import EVERYTHING, TimeView, viewed_events
from timelinekg.queries.render import write_jsonl
from timelinekg.schema.dates import EVERY_DAY, DateRange, iso
from timelinekg.schema.model import Event


@dataclass(frozen=True)
class ExportOptions:
    window: DateRange = EVERY_DAY
    base: str | None = None  # IRI base for RDF formats
    directory: str | None = None  # for formats that write several files
    vocabulary: bool = False  # RDF: append the event-type and role scheme (schema/event-types.ttl)
    view: TimeView = EVERYTHING  # --as-of / --recorded-before: the graph as it was known then


Exporter = Callable[[Store, TextIO, ExportOptions], None]

# format -> "module:function"
EXPORTERS: dict[str, str] = {
    "json": "timelinekg.exporters:export_json",
    "jsonl": "timelinekg.exporters:export_jsonl",
    "turtle": "timelinekg.exporters.rdf:export_turtle",
    "nt": "timelinekg.exporters.rdf:export_ntriples",
    "nquads": "timelinekg.exporters.rdf:export_nquads",
    "trig": "timelinekg.exporters.rdf:export_trig",
    "jsonld": "timelinekg.exporters.rdf:export_jsonld",
    "graphml": "timelinekg.exporters.networkx:export_graphml",
    "gexf": "timelinekg.exporters.networkx:export_gexf",
    "neo4j-import": "timelinekg.exporters.neo4j_import:export_neo4j_import",
}

# formats that write a folder (options.directory) rather than one stream
DIRECTORY_FORMATS: set[str] = {"neo4j-import"}

RDF_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld")
# output file extension -> format, so that ``export -o graph.ttl`` writes Turtle; the RDF ones are those
# ``load`` reads, so whatever export writes loads back (and ``validate`` takes it)
EXPORT_EXTENSIONS: dict[str, str] = {
    **{extension: name for extension, name in LOAD_EXTENSIONS.items() if name in RDF_FORMATS},
    ".json": "json",
    ".jsonl": "jsonl",
    ".graphml": "graphml",
    ".gexf": "gexf",
}


def export_format_for(output: str | None, explicit: str | None) -> str:
    """The export format: ``explicit``, else the output file's extension, else JSON on standard output.

    An output file whose extension names no format is an error rather than a guess, so that a
    ``.ttl`` file never silently holds JSON.
    """
    if explicit:
        return explicit
    if output is None or output == "-":
        return "json"
    suffix = "." + output.rsplit(".", 1)[-1].lower() if "." in output.rsplit("/", 1)[-1] else ""
    if suffix in EXPORT_EXTENSIONS:
        return EXPORT_EXTENSIONS[suffix]
    known = " ".join(EXPORT_EXTENSIONS)
    raise ValidationError(
        f"cannot tell the export format from {output!r}: give --format, or end the name with one of {known}"
    )


def exporter_for(format_name: str) -> Exporter:
    if format_name not in EXPORTERS:
        raise ValidationError(f"unknown export format {format_name!r} (known: {', '.join(sorted(EXPORTERS))})")
    exporter: Exporter = load_target(EXPORTERS[format_name])
    return exporter


def selected_query(options: ExportOptions) -> EventQuery:
    """All events, or those overlapping the export's date slice."""
    return EventQuery(start=options.window.start, end=options.window.end)


def selected_events(store: Store, options: ExportOptions) -> Iterator[Event]:
    events = store.events(selected_query(options))
    return viewed_events(store, events, options.view) if options.view.restricted else events


def event_record(event: Event) -> dict[str, Any]:
    """An event in the curated fact-file shape, so that a JSON export loads back as a fact file."""
    return {
        "id": event.id,
        "type": event.type,
        "label": event.label,
        "earliest": iso(event.earliest),
        "latest": iso(event.latest),
        "precision": event.precision,
        **({"start": iso(event.start)} if event.start else {}),
        **({"end": iso(event.end)} if event.end else {}),
        **({"date_conflict": True} if event.date_conflict else {}),
        "actors": [{"id": p.actor_id, "role": p.role} for p in event.participants],
        "places": [{"id": place} for place in event.place_ids],
        "evidence": [
            {
                "source": m.source_id,
                "quote": m.quote,
                "start": m.start,
                "end": m.end,
                "claimed_earliest": iso(m.claimed_earliest),
                "claimed_latest": iso(m.claimed_latest),
                "claimed_precision": m.claimed_precision,
            }
            for m in event.mentions
        ],
        "attributes": dict(event.attributes),
        **({"disputes": list(event.disputes)} if event.disputes else {}),
        **({"confirms": list(event.confirms)} if event.confirms else {}),
        "recorded_at": event.recorded_at.isoformat() if event.recorded_at else None,
    }


def _source_records(store: Store, view: TimeView = EVERYTHING) -> Iterator[dict[str, Any]]:
    for s in store.sources():
        if view.restricted and not view.knows(s):
            continue  # a view of the past has no source published after it
        yield {"id": s.id, "title": s.title, "url": s.url, "publisher": s.publisher, "published": iso(s.published)}


def _actor_records(store: Store) -> Iterator[dict[str, Any]]:
    for a in store.actors():
        yield {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "aliases": list(a.aliases),
            **{scheme: value for scheme, value in a.external_ids},
            **dict(a.attributes),
        }


def _place_records(store: Store) -> Iterator[dict[str, Any]]:
    for p in store.places():
        yield {
            "id": p.id,
            "name": p.name,
            "kind": p.kind,
            "lat": p.latitude,
            "lon": p.longitude,
            "parent": {"id": p.parent_id} if p.parent_id else None,
            "aliases": list(p.aliases),
            **{scheme: value for scheme, value in p.external_ids},
        }


def export_jsonl(store: Store, out: TextIO, options: ExportOptions) -> None:
    """The JSON export's records one per line, each with ``record`` (source, actor, place or event)
    first; sources, actors and places come before the events that name them."""
    sections = (
        ("source", _source_records(store, options.view)),
        ("actor", _actor_records(store)),
        ("place", _place_records(store)),
        ("event", (event_record(e) for e in selected_events(store, options))),
    )
    for kind, records in sections:
        write_jsonl(({"record": kind, **record} for record in records), out)


def export_json(store: Store, out: TextIO, options: ExportOptions) -> None:
    """Sources, actors, places and events as one JSON document, written as it is read."""
    out.write("{\n")

    def section(name: str, records: Iterator[dict[str, Any]], last: bool = False) -> None:
        out.write(f'"{name}": [')
        for index, record in enumerate(records):
            out.write(",\n  " if index else "\n  ")
            out.write(json.dumps(record, ensure_ascii=False, default=str))
        out.write("\n]" + ("\n" if last else ",\n"))

    section("sources", _source_records(store, options.view))
    section("actors", _actor_records(store))
    section("places", _place_records(store))
    section("events", (event_record(e) for e in selected_events(store, options)), last=True)
    out.write("}\n")
