"""Every export of hostile strings is well-formed, and the JSON and RDF exports load back into the same graph."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from lxml import etree

from timelinekg.exporters import EXPORTERS, ExportOptions, exporter_for
from timelinekg.exporters.rdf import export_ntriples
from timelinekg.graph.base import Store
from timelinekg.graph.ingest import ingest, load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

# What breaks naive writers: characters XML 1.0 cannot hold (NUL, other C0 controls, U+FFFE,
# U+FFFF), markup, quotes, line separators JSON and JavaScript disagree on, bidi and zero-width
# marks, a byte order mark, astral characters and a CDATA end.
HOSTILE = [
    "nul\x00here",
    "controls \x01\x08\x0b\x0c\x1b\x1f\x7f\x85 end",
    "nonchar \ufffe \uffff",
    "markup <b>&amp;</b> \"quoted\" 'single' ]]> --> <!--",
    "lines\r\nand\rcarriage\u2028line\u2029paragraph\ttab",
    "bidi \u202eesrever\u202c zero\u200bwidth \ufeffbom",
    "astral 😀 𝕏 \U0010fffd and combining e\u0301",
    "backslash \\u0000 and \\n literally",
]


def hostile_facts() -> Facts:
    source = Source(
        "src-hostile", title=" | ".join(HOSTILE), url="https://example.org/a?b=1&c=<2>", publisher=HOSTILE[3]
    )
    actors = [Actor(f"actor-{i}", text, "person", aliases=(text + " alias",)) for i, text in enumerate(HOSTILE)]
    places = [Place("place-hostile", HOSTILE[2], "site", 1.5, 2.5, aliases=(HOSTILE[0],))]
    events = [
        Event(
            f"event-{i}",
            "meeting",
            text,
            dt.date(2024, 1, 1 + i),
            dt.date(2024, 1, 1 + i),
            participants=(Participation(f"actor-{i}", "agent"),),
            place_ids=("place-hostile",),
            mentions=(
                Mention("src-hostile", text, None, None, dt.date(2024, 1, 1 + i), dt.date(2024, 1, 1 + i), "day"),
            ),
            attributes=(("note", text),),
        )
        for i, text in enumerate(HOSTILE)
    ]
    return Facts(sources=[source], actors=actors, places=places, events=events)


def exported(store: Store, format_name: str) -> str:
    out = io.StringIO()
    exporter_for(format_name)(store, out, ExportOptions())
    return out.getvalue()


def ntriples(store: Store) -> list[str]:
    out = io.StringIO()
    export_ntriples(store, out, ExportOptions())
    return sorted(
        line for line in out.getvalue().splitlines() if "/load/" not in line and "generatedAtTime" not in line
    )


STREAMED = sorted(name for name in EXPORTERS if name != "neo4j-import")


@pytest.mark.parametrize("format_name", STREAMED)
def test_every_export_of_hostile_strings_parses(store: Store, format_name: str) -> None:
    ingest(store, hostile_facts())
    text = exported(store, format_name)
    if format_name in ("graphml", "gexf"):
        etree.fromstring(text.encode("utf-8"))  # strict XML 1.0: raises on any character it cannot hold
        assert "\\u0000" in text and "\\ufffe" in text  # written visibly, not dropped
    elif format_name == "json":
        json.loads(text)
    elif format_name == "jsonl":
        assert all(json.loads(line) for line in text.splitlines())
    else:
        import rdflib

        syntax = {"nt": "nt", "turtle": "turtle", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}[format_name]
        graph = rdflib.Dataset() if format_name in ("nquads", "trig") else rdflib.Graph()
        graph.parse(data=text, format=syntax)
        assert len(graph) > 0


# Until .json fact files are read with a JSON parser (issue 19, section 6, the loaders' part), the
# YAML 1.1 reader refuses a raw DEL and other characters JSON allows.


@pytest.mark.parametrize(
    ("format_name", "suffix"),
    [("nt", ".nt"), ("turtle", ".ttl"), ("jsonld", ".jsonld"), ("json", ".json")],
)
def test_json_and_rdf_exports_of_hostile_strings_load_back_identical(
    store: Store, tmp_path: Path, format_name: str, suffix: str
) -> None:
    ingest(store, hostile_facts())
    path = tmp_path / f"export{suffix}"
    path.write_text(exported(store, format_name), encoding="utf-8", newline="\n")
    with SQLiteStore(tmp_path / "back.db") as back:
        report = load_paths(back, [path])
        assert report.errors == []
        assert ntriples(back) == ntriples(store)
