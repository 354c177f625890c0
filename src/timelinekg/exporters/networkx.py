"""GraphML and GEXF exports: events, actors and places as a networkx graph, for Gephi and Cytoscape.

Unlike the streaming exports, these build the whole graph in memory first
(networkx writes a graph, not a stream): export a date slice with
``--between`` for a big store.

XML 1.0 cannot hold most control characters, U+FFFE or U+FFFF, not even escaped, and networkx
writes them as they are (a file no XML parser reads).  Such characters in ids, labels and other
text are written as the six visible characters ``\\uXXXX`` instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, TextIO

from timelinekg.exporters import ExportOptions, selected_events
from timelinekg.graph.base import Store
from timelinekg.schema.model import Event


def _clean(attributes: dict[str, Any]) -> dict[str, Any]:
    """GraphML and GEXF take strings, numbers and booleans only, and no missing values."""
    cleaned: dict[str, Any] = {}
    for key, value in attributes.items():
        if value is None or value == "":
            continue
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, list | tuple):
            value = "; ".join(str(v) for v in value)
        elif not isinstance(value, str | int | float | bool):
            value = str(value)
        cleaned[key] = value
    return cleaned


def event_graph(store: Store, events: Iterable[Event]) -> Any:
    """A directed networkx graph: actor -> event (role), event -> place, place -> parent place.

    Node ids are prefixed by kind (``event:``, ``actor:``, ``place:``) because an
    actor and a place may share an id (``russia``).  Every node has ``kind`` and
    ``label``, so Gephi and Cytoscape can colour and name them.
    """
    import networkx as nx

    graph = nx.DiGraph()
    actor_ids: set[str] = set()
    place_ids: set[str] = set()
    for event in events:
        graph.add_node(
            f"event:{event.id}",
            **_clean(
                {
                    "kind": "event",
                    "label": event.label,
                    "type": event.type,
                    "earliest": event.earliest,
                    "latest": event.latest,
                    "precision": event.precision,
                    "date_conflict": event.date_conflict,
                    "sources": len(event.source_ids),
                }
            ),
        )
        roles: dict[str, list[str]] = {}
        for participation in event.participants:
            roles.setdefault(participation.actor_id, []).append(participation.role)
        for position, (actor_id, actor_roles) in enumerate(roles.items()):
            graph.add_edge(
                f"actor:{actor_id}",
                f"event:{event.id}",
                relation="PARTICIPATED_IN",
                role=";".join(actor_roles),
                position=position,
            )
            actor_ids.add(actor_id)
        for position, place_id in enumerate(dict.fromkeys(event.place_ids)):
            graph.add_edge(f"event:{event.id}", f"place:{place_id}", relation="TOOK_PLACE_IN", position=position)
            place_ids.add(place_id)
    for actor in store.actors(actor_ids) if actor_ids else ():
        graph.add_node(
            f"actor:{actor.id}",
            **_clean({"kind": "actor", "label": actor.name, "actor_kind": actor.kind, "aliases": actor.aliases}),
        )
    pending = set(place_ids)
    seen: set[str] = set()
    while pending:
        places = list(store.places(pending))
        seen |= pending
        pending = set()
        for place in places:
            graph.add_node(
                f"place:{place.id}",
                **_clean(
                    {
                        "kind": "place",
                        "label": place.name,
                        "place_kind": place.kind,
                        "latitude": place.latitude,
                        "longitude": place.longitude,
                    }
                ),
            )
            if place.parent_id:
                graph.add_edge(f"place:{place.id}", f"place:{place.parent_id}", relation="PART_OF")
                if place.parent_id not in seen:
                    pending.add(place.parent_id)
    for node, data in graph.nodes(data=True):
        if "kind" not in data:  # referenced but not stored: keep the node, say what it is
            kind, _, bare_id = node.partition(":")
            data.update(kind=kind, label=bare_id)
    return graph


def write_graphml(graph: Any, out: TextIO) -> None:
    import networkx as nx

    for line in nx.generate_graphml(graph, prettyprint=True):
        out.write(line + "\n")


def write_gexf(graph: Any, out: TextIO) -> None:
    import networkx as nx

    for line in nx.generate_gexf(graph, prettyprint=True):
        out.write(line + "\n")


# Everything outside XML 1.0's Char production (tab, newline and carriage return are allowed).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with what XML 1.0 cannot hold written as ``\\uXXXX``."""
    return _NOT_XML.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _xml_value(value: Any) -> Any:
    return xml_text(value) if isinstance(value, str) else value


def xml_safe(graph: Any) -> Any:
    """A copy of ``graph`` whose node ids and string attributes XML 1.0 can hold."""
    safe = type(graph)()
    safe.graph.update({key: _xml_value(value) for key, value in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        safe.add_node(xml_text(node), **{key: _xml_value(value) for key, value in data.items()})
    for source, target, data in graph.edges(data=True):
        safe.add_edge(xml_text(source), xml_text(target), **{key: _xml_value(value) for key, value in data.items()})
    return safe


def export_graphml(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_graphml(xml_safe(event_graph(store, selected_events(store, options))), out)


def export_gexf(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_gexf(xml_safe(event_graph(store, selected_events(store, options))), out)
