"""GraphML and GEXF exports: events, actors and places as a networkx graph, for Gephi and Cytoscape.

Unlike the streaming exports, these build the whole graph in memory first
(networkx writes a graph, not a stream): export a date slice with
``--between`` for a big store.
"""

from __future__ import annotations

from typing import TextIO

from timelinekg.exporters import ExportOptions, selected_events
from timelinekg.graph.base import Store
from timelinekg.queries.network import event_graph, write_gexf, write_graphml


def export_graphml(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_graphml(event_graph(store, selected_events(store, options)), out)


def export_gexf(store: Store, out: TextIO, options: ExportOptions) -> None:
    write_gexf(event_graph(store, selected_events(store, options)), out)
