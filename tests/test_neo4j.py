"""Neo4j-specific behaviour: faults (server down, wrong password, killed mid-load), injection, the CLI.

The shared behaviour suite (tests/test_store_behaviour.py) covers the store protocol;
these tests cover what only a server has.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import neo4j_support
from tests.conftest import REPO, SEED_DIR, SEED_FACTS, neo4j_unavailable, unavailable
from tests.neo4j_support import DedicatedServer, free_port
from timelinekg.cli import cli
from timelinekg.graph.base import OPEN_HIGH, OPEN_LOW, EventQuery, window_span
from timelinekg.graph.neo4j import cypher, properties
from timelinekg.graph.neo4j.store import Connection, Neo4jStore, redact_uri
from timelinekg.graph.neo4j.tools import parse_parameters, plain, read_only_refusal, write_clause
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

QUERIES = REPO / "src" / "timelinekg" / "graph" / "neo4j" / "favourites"


@pytest.fixture
def neo4j_store() -> Iterator[Neo4jStore]:
    from tests.neo4j_support import empty_neo4j_store

    try:
        store = empty_neo4j_store()
    except Exception as error:
        neo4j_unavailable(error)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def neo4j_url(neo4j_store: Neo4jStore) -> str:
    from tests.neo4j_support import neo4j_uri

    return neo4j_uri()


def run_cli(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), prog_name="timelinekg", env=env)


# -- no server needed ----------------------------------------------------------------------------------------


def test_server_not_running_is_one_line_and_exit_code_2() -> None:
    url = f"bolt://127.0.0.1:{free_port()}"
    started = time.monotonic()
    result = run_cli("--store", url, "between", "2024-11-05", "2024-11-10")
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and url in lines[0] and "scripts/neo4j-dev start" in lines[0]
    assert "Traceback" not in result.output
    assert time.monotonic() - started < 30


def test_unreachable_routing_server_prints_only_our_line() -> None:
    # neo4j:// routes, and the driver logs the failed routing itself; that must not reach the terminal.
    url = f"neo4j://127.0.0.1:{free_port()}"
    result = subprocess.run(
        [sys.executable, "-m", "timelinekg", "--store", url, "actors"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert url in line


def test_cypher_needs_a_neo4j_store(tmp_path: Path) -> None:
    result = run_cli("--store", str(tmp_path / "x.db"), "cypher", "RETURN 1")
    assert result.exit_code == 1
    assert "needs a Neo4j store" in result.output
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(
    ("query", "clause"),
    [
        ("MATCH (n) RETURN n", None),
        ("match (n) detach delete n", "DETACH"),
        ("MATCH (n) SET n.x = 1", "SET"),
        ("LOAD CSV FROM 'file:///x' AS row RETURN row", "LOAD CSV"),
        ("MERGE (n:X {id: 1})", "MERGE"),
        ("RETURN 'CREATE (n)' AS text, `delete` AS name // SET nothing", None),
        ('/* DROP */ MATCH (e:Event) WHERE e.label CONTAINS "remove" RETURN e', None),
    ],
)
def test_write_clauses_are_found_outside_strings_and_comments(query: str, clause: str | None) -> None:
    assert write_clause(query) == clause


READ_ONLY_ALLOWED = [
    "MATCH (n) RETURN n.start AS start, n.stop AS stop",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('names', 'Trump') YIELD node RETURN node",
    "SHOW INDEXES",
    "SHOW RANGE INDEXES YIELD name",
    "show constraints",
    "SHOW PROCEDURES YIELD name",
    "CALL { MATCH (n) RETURN n } RETURN n",
    "CALL (x) { RETURN x } RETURN 1",
    "EXPLAIN MATCH (n) RETURN n",
    "CYPHER 5 MATCH (n) RETURN n",
    "// a comment first\nUNWIND [1] AS x RETURN x",
    "MATCH (show) WHERE show.name = 'TERMINATE TRANSACTIONS' RETURN show AS x",
]
READ_ONLY_REFUSED = [
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE is an administration command"),
    ("SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId", "SHOW other than"),
    ("SHOW TRANSACTIONS", "SHOW other than"),
    ("SHOW USERS", "SHOW other than"),
    ("USE system SHOW USERS", "SHOW other than"),
    ("CALL db.clearQueryCaches()", "CALL db.clearQueryCaches is not one of the read-only procedures"),
    ("CALL `db`.`clearQueryCaches`()", "CALL db.clearQueryCaches is not"),
    ("CALL db . prepareForReplanning()", "CALL db.prepareForReplanning is not"),
    ("CALL tx.setMetaData({a: 1})", "CALL tx.setMetaData is not"),
    ("CALL db.labels() YIELD label CALL db.clearQueryCaches() RETURN label", "CALL db.clearQueryCaches is not"),
    ("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", "CALL dbms.setConfigValue is not"),
    ("START DATABASE neo4j", "a query starting with START is not a read query"),
    ("STOP DATABASE neo4j", "a query starting with STOP is not a read query"),
    ("MATCH (e:Event) DETACH DELETE e", "the query writes (DETACH)"),
    ("CREATE INDEX x FOR (n:X) ON (n.x)", "the query writes (CREATE)"),
]


@pytest.mark.parametrize("query", READ_ONLY_ALLOWED)
def test_read_queries_and_listed_procedures_run_without_write(query: str) -> None:
    assert read_only_refusal(query) is None


@pytest.mark.parametrize(("query", "reason"), READ_ONLY_REFUSED)
def test_administration_and_unlisted_procedures_need_write(query: str, reason: str) -> None:
    refusal = read_only_refusal(query)
    assert refusal is not None and refusal.startswith(reason)


def test_parameters_decode_json_and_keep_other_text() -> None:
    assert parse_parameters(["n=3", 'names=["a", "b"]', "day=2024-11-05", "empty="]) == {
        "n": 3,
        "names": ["a", "b"],
        "day": "2024-11-05",
        "empty": "",
    }


def test_labels_and_types_come_only_from_the_allowlist() -> None:
    assert cypher.label("Person") == "Person"
    with pytest.raises(ValueError):
        cypher.label("Event) DETACH DELETE (n")
    with pytest.raises(ValueError):
        cypher.rel_type("KNOWS`]->() DELETE n //")
    with pytest.raises(ValueError):
        cypher.create_range_index("x; DROP", "Event", "id")


def test_passwords_stay_out_of_uris_and_reprs() -> None:
    connection = Connection.from_url("neo4j://reader:s3cret-pw@db.example:7687", environ={})
    assert connection.password == "s3cret-pw" and connection.username == "reader"
    assert "s3cret-pw" not in repr(connection) and "s3cret-pw" not in connection.uri
    assert redact_uri("bolt://u:p@host:7687") == "bolt://host:7687"


def test_style_sheet_styles_every_label() -> None:
    result = run_cli("neo4j", "style")
    assert result.exit_code == 0
    for label in sorted(cypher.ALLOWED_LABELS):
        assert f"node.{label} {{" in result.output
    assert 'caption: "{earliest} {label}";' in result.output
    assert result.output.count("{") == result.output.count("}")


def test_every_shipped_query_has_a_title_and_a_description() -> None:
    files = sorted(QUERIES.glob("*.cypher"))
    assert {f.stem for f in files} >= {
        "between",
        "actor-timeline",
        "who-met-whom",
        "near-place",
        "reported-by",
        "conflicting-reports",
        "disputed-events",
        "known-on-a-date",
    }
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("// ") and lines[1].startswith("// "), path.name


# -- wrong password ------------------------------------------------------------------------------------------


@pytest.mark.neo4j
def test_wrong_password_is_one_clear_line_without_the_password(neo4j_url: str) -> None:
    secret = "not-the-password-7c1f"
    result = run_cli("--store", neo4j_url, "between", "2024", "2024", env={"NEO4J_PASSWORD": secret})
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "credentials" in lines[0] and "NEO4J_PASSWORD" in lines[0]
    assert secret not in result.output


# -- injection -----------------------------------------------------------------------------------------------

NASTY_PIECES = [*"`'\"{}[]()$\\\n\r\t;:/*-=<>|&!?.,#@%^~ aZé€日😀\u0000", "MATCH (n) DETACH DELETE n", "}) //", "${x}"]
NASTY = st.lists(st.sampled_from(NASTY_PIECES), min_size=1, max_size=12).map("".join)


@pytest.mark.neo4j
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NASTY, alias=NASTY, label_text=NASTY, quote=NASTY, title=NASTY, kind_text=NASTY)
def test_hostile_text_is_stored_as_data_and_read_back_equal(
    neo4j_store: Neo4jStore, name: str, alias: str, label_text: str, quote: str, title: str, kind_text: str
) -> None:
    before = neo4j_store.counts()
    key = f"{time.monotonic_ns()}"
    actor = Actor(f"actor {name} {key}", name, kind_text, aliases=(alias,), external_ids=(("wikidata", name),))
    place = Place(f"place `{name}` {key}", name, "city", 50.0, 30.0, aliases=(alias,))
    source = Source(f"src {key}", title=title, url=f"https://example.org/{quote}", publisher=name)
    event = Event(
        f"event }} {key} {label_text}",
        "meeting",
        label_text,
        dt.date(2024, 11, 5),
        dt.date(2024, 11, 6),
        participants=(Participation(actor.id, "agent"),),
        place_ids=(place.id,),
        mentions=(Mention(source.id, quote, 0, len(quote)),),
        attributes=(("note", quote),),
    )
    neo4j_store.write(Facts(sources=[source], actors=[actor], places=[place], events=[event]))

    [stored] = list(neo4j_store.events(EventQuery(ids=[event.id])))
    assert stored.with_changes(recorded_at=None) == event
    [stored_actor] = list(neo4j_store.actors([actor.id]))
    assert (stored_actor.name, stored_actor.kind, stored_actor.aliases, stored_actor.external_ids) == (
        name,
        kind_text,
        (alias,),
        (("wikidata", name),),
    )
    [stored_place] = list(neo4j_store.places([place.id]))
    assert (stored_place.name, stored_place.aliases) == (name, (alias,))
    [stored_source] = list(neo4j_store.sources([source.id]))
    assert (stored_source.title, stored_source.publisher) == (title, name)
    assert [e.id for e in neo4j_store.events(EventQuery(actor=name, ids=[event.id]))] == [event.id]
    after = neo4j_store.counts()
    assert after["events"] == before["events"] + 1 and after["actors"] == before["actors"] + 1
    # Hostile text never became a label: only allowlisted labels exist.
    written = [event.id, actor.id, place.id, source.id]
    labels = neo4j_store.read(
        "MATCH (n) WHERE n.id IN $ids UNWIND labels(n) AS label RETURN DISTINCT label", {"ids": written}
    )
    assert {row["label"] for row in labels} <= cypher.ALLOWED_LABELS


# -- the CLI against a live server ----------------------------------------------------------------------------


@pytest.mark.neo4j
def test_cypher_reads_refuses_writes_unless_asked(neo4j_url: str) -> None:
    assert run_cli("--store", neo4j_url, "load", str(SEED_FACTS)).exit_code == 0
    read = run_cli(
        "--store",
        neo4j_url,
        "cypher",
        "MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.name = $name RETURN e.id AS id ORDER BY id",
        "--param",
        "name=Vladimir Putin",
        "--format",
        "json",
    )
    assert read.exit_code == 0, read.output
    assert "trump-putin-call" in {row["id"] for row in json.loads(read.output)}

    refused = run_cli("--store", neo4j_url, "cypher", "MATCH (e:Event) DETACH DELETE e")
    assert refused.exit_code == 1 and "--write" in refused.output
    procedure = run_cli("--store", neo4j_url, "cypher", "CALL db.createLabel('Sneaky')")
    assert procedure.exit_code == 1 and "--write" in procedure.output
    # Administration the READ session would let through is refused before it reaches the server.
    for query, reason in READ_ONLY_REFUSED:
        administration = run_cli("--store", neo4j_url, "cypher", query)
        assert administration.exit_code == 1 and reason in administration.output, (query, administration.output)
    for query in ("CALL db.labels() YIELD label RETURN label", "SHOW INDEXES YIELD name RETURN name"):
        listed = run_cli("--store", neo4j_url, "cypher", query, "--format", "json")
        assert listed.exit_code == 0 and json.loads(listed.output), (query, listed.output)

    written = run_cli(
        "--store",
        neo4j_url,
        "cypher",
        "MATCH (e:Event {id: $id}) SET e.reviewed = true RETURN e.id AS id",
        "--param",
        "id=election",
        "--write",
        "--format",
        "csv",
    )
    assert written.exit_code == 0, written.output
    assert written.output.splitlines() == ["id", "election"]


@pytest.mark.neo4j
def test_schema_command_is_idempotent(neo4j_url: str) -> None:
    for _ in range(2):
        result = run_cli("--store", neo4j_url, "neo4j", "schema")
        assert result.exit_code == 0, result.output
        assert "event_span" in result.output and "event_id" in result.output


@pytest.mark.neo4j
def test_push_copies_the_embedded_store_and_between_answers_the_same(neo4j_url: str, tmp_path: Path) -> None:
    embedded = str(tmp_path / "seed.db")
    assert run_cli("--store", embedded, "load", str(SEED_FACTS)).exit_code == 0
    for _ in range(2):  # pushing again changes nothing
        pushed = run_cli("--store", embedded, "push", "--to", neo4j_url)
        assert pushed.exit_code == 0, pushed.output
    answers = []
    for location in (embedded, neo4j_url):
        result = run_cli("--store", location, "between", "2024-11-05", "2024-11-10", "--format", "json")
        assert result.exit_code == 0, result.output
        answers.append([{k: v for k, v in e.items() if k != "recorded_at"} for e in json.loads(result.output)])
    assert answers[0] == answers[1] and len(answers[0]) >= 5
    counts = run_cli("--store", neo4j_url, "cypher", "MATCH (e:Event) RETURN count(e) AS n", "--format", "json")
    assert json.loads(counts.output) == [{"n": 13}]


SHIPPED_QUERY_PARAMETERS = {
    "start": "2024-11-05",
    "end": "2024-11-10",
    "actor": "putin",
    "place": "Moscow",
    "km": 100,
    "source": "Trump Tells Putin",
    "day": "2024-11-08",
}


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("name", "column", "expected"),
    [
        ("between", "id", {"election", "trump-putin-call", "russian-drone-attack", "ukrainian-drones-moscow"}),
        ("actor-timeline", "id", {"trump-putin-call", "putin-congratulates", "putin-prefers-harris"}),
        ("who-met-whom", "met", {"Vladimir Putin", "Volodymyr Zelenskiy"}),
        ("near-place", "id", {"ukrainian-drones-moscow"}),
        ("reported-by", "id", {"trump-putin-call", "election"}),
    ],
)
def test_shipped_queries_answer_on_the_seed(neo4j_url: str, name: str, column: str, expected: set[str]) -> None:
    assert run_cli("--store", neo4j_url, "load", str(SEED_FACTS)).exit_code == 0
    query = (QUERIES / f"{name}.cypher").read_text(encoding="utf-8")
    params = [f"--param={k}={json.dumps(v) if isinstance(v, int) else v}" for k, v in SHIPPED_QUERY_PARAMETERS.items()]
    result = run_cli("--store", neo4j_url, "cypher", query, *params, "--format", "json")
    assert result.exit_code == 0, result.output
    assert {row[column] for row in json.loads(result.output)} >= expected


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("day", "known", "disputed"),
    [("2024-11-01", {"call": []}, set()), ("2024-11-03", {"call": ["denial"], "denial": []}, set())],
)
def test_the_claims_favourites_answer_as_of_a_day(
    neo4j_url: str, tmp_path: Path, day: str, known: dict[str, list[str]], disputed: set[str]
) -> None:
    from tests.test_store_behaviour import DISPUTED_CALL

    facts = tmp_path / "disputed-call.yaml"
    facts.write_text(DISPUTED_CALL, encoding="utf-8")
    assert run_cli("--store", neo4j_url, "load", str(facts)).exit_code == 0
    window = ["--param=start=2024-10-01", "--param=end=2024-11-30"]
    query = (QUERIES / "known-on-a-date.cypher").read_text(encoding="utf-8")
    result = run_cli("--store", neo4j_url, "cypher", query, *window, f"--param=day={day}", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {row["id"]: row["disputed_by"] for row in json.loads(result.output)} == known
    # as of now the confirmation (published after the denial) answers the dispute
    query = (QUERIES / "disputed-events.cypher").read_text(encoding="utf-8")
    result = run_cli("--store", neo4j_url, "cypher", query, *window, "--format", "json")
    assert result.exit_code == 0, result.output
    assert {row["id"] for row in json.loads(result.output)} == disputed


def test_the_between_favourite_uses_the_stores_day_numbers() -> None:
    """Browser users paste the favourite, so its constants are written out; they must be graph.base's."""
    text = (QUERIES / "between.cypher").read_text(encoding="utf-8")
    box = re.search(r"point\(\{x: (\d+), y: first\}\), point\(\{x: last, y: (\d+)\}\)", text)
    assert box is not None
    assert (int(box[1]), int(box[2])) == (OPEN_LOW + 1, OPEN_HIGH - 1)  # every closed day, open bounds left out
    origin = re.search(r"duration\.inDays\(date\('(\d{4}-\d\d-\d\d)'\), date\(\$start\)\)\.days \+ (\d+)", text)
    assert origin is not None
    start = dt.date(2024, 11, 5)
    assert (start - dt.date.fromisoformat(origin[1])).days + int(origin[2]) == window_span(start, None)[0]


def test_without_neo4j_uri_the_tests_name_no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(neo4j_support.NoTestServer, match="bash scripts/test"):
        neo4j_support.neo4j_uri()


@pytest.mark.neo4j
def test_a_database_without_the_test_marker_is_never_emptied(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(Facts(sources=[Source("kept", "Kept", "https://example.org/kept", "Example")]))
    with neo4j_store.session(write=True) as session:
        session.run(f"MATCH (m:{neo4j_support.TEST_MARKER_LABEL}) DELETE m").consume()
    try:
        with pytest.raises(neo4j_support.NotATestDatabase, match="refusing to empty"):
            neo4j_support.empty_neo4j_store()
        with pytest.raises(neo4j_support.NotATestDatabase, match="holds 1 nodes"):
            neo4j_support.mark()
        assert [s.id for s in neo4j_store.sources()] == ["kept"]
    finally:
        with neo4j_store.session(write=True) as session:
            session.run(neo4j_support.CREATE_MARKER).consume()


@pytest.mark.neo4j
def test_conflicting_reports_query_finds_disjoint_claims(neo4j_store: Neo4jStore, neo4j_url: str) -> None:
    from tests.test_store_behaviour import report
    from timelinekg.graph.ingest import ingest

    ingest(neo4j_store, report("post", "ev-a", dt.date(2024, 11, 7), dt.date(2024, 11, 7), "trump", "putin", quote="7"))
    ingest(neo4j_store, report("post", "ev-a", dt.date(2024, 11, 9), dt.date(2024, 11, 9), "trump", "putin", quote="9"))
    query = (QUERIES / "conflicting-reports.cypher").read_text(encoding="utf-8")
    result = run_cli("--store", neo4j_url, "cypher", query, "--format", "json")
    rows = json.loads(result.output)
    assert [(r["id"], r["disjoint"], len(r["reports"])) for r in rows] == [("ev-a", True, 2)]


def test_plain_turns_points_and_dates_into_json() -> None:
    from neo4j.spatial import CartesianPoint, WGS84Point
    from neo4j.time import Date

    assert plain([CartesianPoint((1.0, 2.0)), WGS84Point((30.5, 50.4)), Date(2024, 11, 5)]) == [
        {"x": 1.0, "y": 2.0},
        {"longitude": 30.5, "latitude": 50.4},
        "2024-11-05",
    ]


# -- the server killed during a load --------------------------------------------------------------------------

LOAD_WORKER = """
import sys
from bench.synthetic import synthetic_facts
from tests.neo4j_support import neo4j_store
store = neo4j_store()
for number, facts in enumerate(synthetic_facts(int(sys.argv[1]), 7, int(sys.argv[2]), actors_per_event=3,
                                               sources_per_event=2)):
    store.write(facts)
    print(number, flush=True)
"""
KILL_EVENTS, KILL_BATCH = 1_600, 200  # eight transactions; the kill lands after the second


def snapshot(store: Neo4jStore) -> dict[str, Any]:
    """Everything a load leaves behind, in a comparable form (system time left out)."""
    events = [e.with_changes(recorded_at=None) for e in store.events(EventQuery())]
    nodes = store.read("MATCH (n) RETURN labels(n) AS labels, count(*) AS n ORDER BY n")
    rels = store.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
    duplicates = store.read(
        "MATCH (n) WITH labels(n)[0] AS label, n.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(*) AS n"
    )
    return {
        "counts": store.counts(),
        "events": events,
        "actors": list(store.actors()),
        "places": list(store.places()),
        "sources": [replace(s, recorded_at=None) for s in store.sources()],
        "nodes": sorted((sorted(r["labels"]), r["n"]) for r in nodes),
        "relationships": [(r["type"], r["n"]) for r in rels],
        "duplicates": duplicates[0]["n"],
    }


@pytest.mark.neo4j
@pytest.mark.slow
def test_server_killed_during_a_load_then_reloaded_gives_the_clean_graph(tmp_path: Path) -> None:
    server = DedicatedServer(tmp_path / "neo4j-run")
    started = server.dev("start")
    if started.returncode != 0:
        unavailable(f"could not start a dedicated Neo4j: {started.stderr[-800:]}")
    worker_env = {**server.env, "NEO4J_URI": server.uri, "PYTHONPATH": str(REPO)}
    worker = [sys.executable, "-c", LOAD_WORKER, str(KILL_EVENTS), str(KILL_BATCH)]
    try:
        # The clean load, for reference.
        clean = subprocess.run(worker, env=worker_env, cwd=REPO, capture_output=True, text=True, timeout=300)
        assert clean.returncode == 0, clean.stderr[-2000:]
        store = server.store()
        expected = snapshot(store)
        with store.session(write=True) as session:
            session.run(cypher.delete_everything_batched()).consume()
        store.close()
        assert expected["counts"]["events"] == KILL_EVENTS and expected["duplicates"] == 0

        # The same load, with the server killed (kill -9) once a few batches are in.
        loading = subprocess.Popen(
            worker, env=worker_env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert loading.stdout is not None
        for _ in range(2):
            assert loading.stdout.readline(), "the load ended before the kill"
        killed = server.dev("kill")
        assert killed.returncode == 0, killed.stderr
        try:
            _, errors = loading.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            loading.kill()
            _, errors = loading.communicate()
        assert loading.returncode != 0, "the load survived the kill"
        assert "Traceback" in errors or "StoreUnavailable" in errors or loading.returncode < 0

        # Restart, load again, compare with the clean load.
        assert server.dev("start").returncode == 0
        assert server.dev("wait", "180").returncode == 0
        store = server.store()
        interrupted = store.counts()["events"]
        store.close()
        assert 0 < interrupted < KILL_EVENTS, "the kill should have cut the load short"
        again = subprocess.run(worker, env=worker_env, cwd=REPO, capture_output=True, text=True, timeout=300)
        assert again.returncode == 0, again.stderr[-2000:]
        store = server.store()
        assert snapshot(store) == expected
        store.close()
    finally:
        server.dev("stop", timeout=120)


# -- date questions agree with the embedded store ------------------------------------------------------------


@pytest.mark.neo4j
def test_between_agrees_with_the_embedded_store_for_short_long_and_open_events(
    neo4j_store: Neo4jStore, tmp_path: Path
) -> None:
    """Events around the short/long split (SHORT_SPAN_DAYS) and open bounds, asked many ways, on both stores."""
    import random

    from timelinekg.graph.sqlite import SQLiteStore

    rng = random.Random(5)
    base = dt.date(2020, 1, 1)
    lengths = [
        0,
        1,
        6,
        30,
        properties.SHORT_SPAN_DAYS - 1,
        properties.SHORT_SPAN_DAYS,
        properties.SHORT_SPAN_DAYS + 1,
        5000,
    ]
    events = []
    for number in range(160):
        first_day = base + dt.timedelta(days=rng.randint(0, 2000))
        earliest: dt.date | None = first_day
        latest: dt.date | None = first_day + dt.timedelta(days=rng.choice(lengths))
        if number % 17 == 0:
            earliest = None
        elif number % 19 == 0:
            latest = None
        events.append(Event(f"ev-{number:03d}", "meeting", f"event {number}", earliest, latest))
    embedded = SQLiteStore(tmp_path / "agree.db")
    for store in (embedded, neo4j_store):
        store.write(Facts(events=events))
    try:
        for _ in range(40):
            start = base + dt.timedelta(days=rng.randint(-400, 2400))
            end = start + dt.timedelta(days=rng.choice([0, 6, 30, 365, 3000]))
            for within in (False, True):
                for include_open in (False, True):
                    for bounds in ((start, end), (None, end), (start, None)):
                        query = EventQuery(start=bounds[0], end=bounds[1], within=within, include_open=include_open)
                        expected = [e.id for e in embedded.events(query)]
                        assert [e.id for e in neo4j_store.events(query)] == expected, query
    finally:
        embedded.close()


@pytest.mark.neo4j
def test_timeline_graph_favourite_draws_the_seed_window(neo4j_url: str) -> None:
    query = (QUERIES / "timeline-graph.cypher").read_text(encoding="utf-8")
    assert query.startswith("// Timeline graph: events, actors, places between two dates\n")
    assert run_cli("--store", neo4j_url, "load", str(SEED_DIR)).exit_code == 0
    result = run_cli(
        "--store",
        neo4j_url,
        "cypher",
        query,
        "--param",
        "start=2024-11-05",
        "--param",
        "end=2024-11-10",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) >= 4 and all({"e", "actors", "places"} <= row.keys() for row in rows)
