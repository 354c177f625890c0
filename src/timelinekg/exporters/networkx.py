"""GraphML and GEXF exports: events, actors and places as a networkx graph, for Gephi and Cytoscape.

Unlike the streaming exports, these build the whole graph in memory first
(networkx writes a graph, not a stream): export a date slice with
``--between`` for a big store.

XML 1.0 cannot hold most control characters, U+FFFE or U+FFFF, not even escaped, and networkx
writes them as they are (a file no XML parser reads).  Such characters in ids, labels and other
text are written as the six visible characters ``\\uXXXX`` instead.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

from timelinekg.exporters import ExportOptions, selected_events
from timelinekg.graph.base import Store
from timelinekg.queries.network import event_graph, write_gexf, write_graphml

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
