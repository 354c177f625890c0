"""related, chains and the networkx exports (GraphML, GEXF), on every store."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from tests.conftest import SEED_DIR, SEED_FACTS
from timelinekg.cli import cli
from timelinekg.errors import NotFound
from timelinekg.graph.base import Store
from timelinekg.graph.ingest import ingest
from timelinekg.loaders.facts import read_fact_file
from timelinekg.queries.network import chains, related
from timelinekg.schema.dates import DateRange


def load_seed(store: Store) -> None:
    ingest(store, read_fact_file(SEED_FACTS))


def test_related_lists_the_actors_sharing_events_with_their_dates(store: Store) -> None:
    load_seed(store)
    found = {r.actor.name: r for r in related(store, "Donald Trump")}
    assert {"Vladimir Putin", "Volodymyr Zelenskiy"} <= found.keys()
    assert "Donald Trump" not in found
    putin = found["Vladimir Putin"]
    assert putin.shared_events >= len(putin.dates) >= 2
    assert len(set(putin.dates)) == len(putin.dates), "each date once"
    assert putin.dates == sorted(putin.dates, key=lambda text: text.replace("?..", ""))
    assert "2024-11-07" in putin.dates
    ranked = [r.shared_events for r in related(store, "Trump")]
    assert ranked == sorted(ranked, reverse=True)


def test_related_within_a_range_and_top(store: Store) -> None:
    load_seed(store)
    only = related(store, "Trump", DateRange.parse("2024-11-06", "2024-11-06"))
    assert [r.actor.name for r in only] == ["Volodymyr Zelenskiy"]
    assert len(related(store, "Trump", top=1)) == 1
    with pytest.raises(NotFound):
        related(store, "Nobody At All")


def test_chains_are_in_time_order_with_gaps(store: Store) -> None:
    load_seed(store)
    links = list(chains(store, "Donald Trump"))
    days = [link.event.earliest for link in links]
    assert days == sorted(days)  # type: ignore[type-var]
    assert links[0].gap_days is None
    by_id = {link.event.id: link for link in links}
    assert by_id["trump-zelenskiy-call"].gap_days == 1  # the day after the election


def test_cli_related_on_the_seed_lists_putin_and_zelenskiy(sqlite_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", str(sqlite_path), "load", str(SEED_FACTS)]).exit_code == 0
    outcome = runner.invoke(cli, ["--store", str(sqlite_path), "related", "Donald Trump", "--format", "json"])
    assert outcome.exit_code == 0, outcome.output
    names = [row["name"] for row in json.loads(outcome.output)]
    assert "Vladimir Putin" in names and "Volodymyr Zelenskiy" in names
    chain = runner.invoke(cli, ["--store", str(sqlite_path), "chains", "Putin", "--format", "json"])
    answer = json.loads(chain.output)
    assert answer["order_conflicts"] is None and "order relations" in answer["note"]
    assert [e["id"] for e in answer["events"]][-1] == "trump-putin-call"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_open_with_networkx(sqlite_path: Path, tmp_path: Path, fmt: str) -> None:
    runner = CliRunner()
    loaded = runner.invoke(cli, ["--store", str(sqlite_path), "load", str(SEED_DIR / "trump-putin-call.yaml")])
    assert loaded.exit_code == 0, loaded.output
    out = tmp_path / f"seed.{fmt}"
    outcome = runner.invoke(cli, ["--store", str(sqlite_path), "export", "--format", fmt, "-o", str(out)])
    assert outcome.exit_code == 0, outcome.output
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert kinds == {"event", "actor", "place"}
    assert graph.has_edge("actor:vladimir-putin", "event:trump-putin-call")
    assert graph.has_edge("event:trump-putin-call", "place:florida")
    assert graph.has_edge("place:florida", "place:united-states")
    call = graph.nodes["event:trump-putin-call"]
    assert (call["earliest"], call["type"]) == ("2024-11-07", "communication")
    assert graph.nodes["place:moscow"]["latitude"] == pytest.approx(55.75222)
    assert graph.edges["actor:vladimir-putin", "event:trump-putin-call"]["role"] == "recipient"
