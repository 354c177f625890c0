"""``export --format neo4j-import``: CSV files and headers that ``neo4j-admin database import full`` accepts."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import REPO, SEED_DIR, SEED_FACTS
from tests.neo4j_support import DedicatedServer
from timelinekg.cli import cli
from timelinekg.exporters.neo4j_import import ARRAY, HEADERS, NODE_FILES, write_import_files
from timelinekg.graph.neo4j import cypher, properties
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.loaders.facts import read_fact_file
from timelinekg.queries import between
from timelinekg.schema.dates import DateRange
from timelinekg.schema.model import Event, Facts


@pytest.fixture
def seed_store(tmp_path: Path) -> Path:
    path = tmp_path / "seed.db"
    outcome = CliRunner().invoke(cli, ["--store", str(path), "load", str(SEED_DIR / "trump-putin-call.yaml")])
    assert outcome.exit_code == 0, outcome.output
    return path


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_the_files_carry_typed_headers_and_the_neo4j_store_model(seed_store: Path, tmp_path: Path) -> None:
    outcome = CliRunner().invoke(
        cli, ["--store", str(seed_store), "export", "--format", "neo4j-import", "-o", str(tmp_path / "out")]
    )
    assert outcome.exit_code == 0, outcome.output
    out = tmp_path / "out"
    assert read(out / "events-header.csv")[0][:5] == ["id:ID(Event)", "type", "label", "earliest:date", "latest:date"]
    event_header = read(out / "events-header.csv")[0]
    assert "span:point" in event_header
    assert "location:point{crs:WGS-84}" in read(out / "places-header.csv")[0]
    events = {row[0]: row for row in read(out / "events.csv")}
    call = events["trump-putin-call"]
    assert call[3] == call[4] == "2024-11-07"
    # looked up by name: columns such as unified_ids are added before the span over time
    assert call[event_header.index("span:point")].startswith("{x:") and call[-1] == "Event"
    actors = {row[0]: row for row in read(out / "actors.csv")}
    assert actors["donald-trump"][-1].split(ARRAY) == ["Actor", "Person"]
    assert "wikidata:Q22686" in actors["donald-trump"][5].split(ARRAY)
    places = {row[0]: row for row in read(out / "places.csv")}
    assert places["moscow"][5] == "{latitude:55.75222, longitude:37.61556}"
    assert ["moscow", "russia", "PART_OF"] in read(out / "part_of.csv")
    participations = read(out / "participated_in.csv")
    assert ["vladimir-putin", "trump-putin-call", "recipient", "1", "PARTICIPATED_IN"] in participations
    reported = read(out / "reported_by.csv")
    assert all(len(row) == len(HEADERS["reported_by"]) for row in reported)
    assert "import full neo4j --nodes=" in (out / "import.sh").read_text(encoding="utf-8")


def _admin_classpath() -> str | None:
    if shutil.which("java") is None:
        return None
    script = REPO / "scripts" / "neo4j-dev"
    if not script.exists():
        return None
    # Only use jars already fetched: the test never downloads Neo4j.
    try:
        classpath = subprocess.run(
            ["bash", str(script), "classpath"], capture_output=True, text=True, timeout=30, check=True
        ).stdout.strip()
    except (subprocess.SubprocessError, OSError):
        return None
    folder = Path(classpath.rstrip("*").rstrip("/"))
    return classpath if folder.is_dir() and any(folder.glob("neo4j-*.jar")) else None


@pytest.mark.slow
def test_the_admin_tool_imports_the_files_into_a_separate_database(seed_store: Path, tmp_path: Path) -> None:
    classpath = _admin_classpath()
    if classpath is None:
        pytest.skip("Neo4j jars (scripts/neo4j-dev classpath) or java not available")
    with SQLiteStore(seed_store) as store:
        files = write_import_files(store, tmp_path / "csv")
        counts = store.counts()
    # A home of its own: never the running development server's database.
    home = tmp_path / "neo4j-home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(
        f"server.directories.data={home / 'data'}\nserver.directories.logs={home / 'logs'}\n"
        "server.memory.pagecache.size=64m\n",
        encoding="utf-8",
    )
    environment = dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf"))
    finished = subprocess.run(
        [
            "java",
            "-Xmx512m",
            "-cp",
            classpath,
            "org.neo4j.cli.AdminTool",
            "database",
            "import",
            "full",
            *files.arguments(),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    output = finished.stdout + finished.stderr
    assert finished.returncode == 0, output[-3000:]
    assert "IMPORT DONE" in output
    nodes = counts["events"] + counts["actors"] + counts["places"] + counts["sources"]
    assert f"{nodes} nodes" in output
    relationships = sum(files.counts[name] for name in ("participated_in", "took_place_in", "reported_by", "part_of"))
    assert f"{relationships} relationships" in output


def test_the_csv_columns_are_the_properties_the_transactional_writer_sets() -> None:
    for name, node_label in NODE_FILES.items():
        written = {p.name for p in properties.NODES[node_label]}
        columns = {column.split(":")[0] or "id" for column in HEADERS[name][:-1]}
        assert columns == written, name
    assert "long_span:point" in HEADERS["events"]
    statement = cypher.upsert_events()
    assert all(f"e.{p.name} =" in statement for p in properties.EVENT if p.name != "id")


def test_every_value_function_gives_exactly_the_declared_properties() -> None:
    facts = read_fact_file(SEED_FACTS)
    node_values = {
        "Source": [properties.source_properties(x) for x in facts.sources],
        "Actor": [properties.actor_properties(x) for x in facts.actors],
        "Place": [properties.place_properties(x) for x in facts.places],
        "Event": [properties.event_properties(x) for x in facts.events],
    }
    for node_label, rows in node_values.items():
        assert rows and all(set(row) == {p.name for p in properties.NODES[node_label]} for row in rows), node_label
    rows_by_type = {
        properties.PARTICIPATED_IN: [r for e in facts.events for r in properties.participations(e)],
        properties.TOOK_PLACE_IN: [r for e in facts.events for r in properties.locations(e)],
        properties.REPORTED_BY: [r for e in facts.events for r in properties.reports(e)],
    }
    for kind, rows in rows_by_type.items():
        declared = {kind.start_key, kind.end_key} | {p.name for p in kind.properties}
        assert rows and all(set(row) == declared for row in rows), kind.type


def _window_events() -> list[Event]:
    """Short, long (past SHORT_SPAN_DAYS) and open events around the week of 2024-11-05."""
    day = dt.date(2024, 11, 7)
    long_days = dt.timedelta(days=properties.SHORT_SPAN_DAYS + 30)
    bounds = {
        "short-inside": (day, day),
        "short-overlapping-start": (dt.date(2024, 11, 1), dt.date(2024, 11, 5)),
        "short-before": (dt.date(2024, 10, 1), dt.date(2024, 10, 2)),
        "long-across": (day - long_days, day + long_days),
        "long-ending-inside": (day - long_days, day),
        "long-before": (dt.date(2020, 1, 1), dt.date(2021, 6, 1)),
        "open-start": (None, day),
        "open-end": (day, None),
        "open-end-later": (dt.date(2025, 1, 1), None),
    }
    return [
        Event(id=name, type="meeting", label=name, earliest=low, latest=high, precision="day")
        for name, (low, high) in bounds.items()
    ]


@pytest.mark.neo4j
@pytest.mark.slow
def test_bulk_imported_short_long_and_open_events_answer_between_like_the_embedded_store(tmp_path: Path) -> None:
    if _admin_classpath() is None:
        pytest.skip("Neo4j jars (scripts/neo4j-dev classpath) or java not available")
    embedded = SQLiteStore(tmp_path / "embedded.db")
    embedded.write(Facts(events=_window_events()))
    files = write_import_files(embedded, tmp_path / "csv")
    # A server of this test's own: the import overwrites its database.
    server = DedicatedServer(tmp_path / "neo4j-run", heap="512m")

    def dev(*arguments: str) -> None:
        done = server.dev(*arguments)
        assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]

    dev("admin", "database", "import", "full", *files.arguments())
    try:
        dev("start")
        with server.store() as imported:
            imported.run_schema()  # what opening an imported database with the store does first
            windows = [
                ("2024-11-05", "2024-11-10", False, False),
                ("2024-11-05", "2024-11-10", False, True),
                ("2024-11-05", "2024-11-10", True, True),
                ("2024-11", "2024-11", False, False),
                ("2020-06-01", "2020-06-30", False, False),
                ("2026-01-01", "2026-12-31", False, True),
            ]
            for start, end, within, undated in windows:
                expected = [
                    e.id for e in between(embedded, DateRange.parse(start, end), within=within, include_undated=undated)
                ]
                answer = [
                    e.id for e in between(imported, DateRange.parse(start, end), within=within, include_undated=undated)
                ]
                assert answer == expected, (start, end, within, undated)
            week = [e.id for e in between(imported, DateRange.parse("2024-11-05", "2024-11-10"))]
            assert {"long-across", "long-ending-inside", "short-inside"} <= set(week)
    finally:
        dev("stop")
        embedded.close()


def test_only_files_with_a_line_break_in_a_value_are_read_as_multiline(tmp_path: Path) -> None:
    """The importer reads multiline files in one thread, so only those that need it are named; every value
    is quoted and an unset property is an empty field."""
    from timelinekg.schema.model import Actor, Mention, Participation, Source

    source = Source("s1", 'A title, with "quotes"', "", "", dt.date(2024, 1, 2))
    event = Event(
        "e1",
        "MEET",
        "A met B",
        dt.date(2024, 1, 1),
        dt.date(2024, 1, 1),
        participants=(Participation("a", "agent"),),
        mentions=(Mention("s1", "line one\nline two", 0, 10),),
    )
    with SQLiteStore(tmp_path / "store.db") as store:
        store.write(Facts(sources=[source], actors=[Actor("a", "A", "person")], events=[event]))
        files = write_import_files(store, tmp_path / "csv")
    assert files.multiline == {"reported_by"}
    assert f"--multiline-fields={files.directory / 'reported_by.csv'}" in files.arguments()
    assert "--multiline-fields-format=v2" in files.arguments()
    rows = list(csv.reader((tmp_path / "csv" / "sources.csv").open(encoding="utf-8", newline="")))
    assert rows[0][:4] == ["s1", 'A title, with "quotes"', "", ""]
    assert (
        (tmp_path / "csv" / "sources.csv")
        .read_text(encoding="utf-8")
        .startswith('"s1","A title, with ""quotes""","",""')
    )
    with SQLiteStore(tmp_path / "plain.db") as store:
        store.write(Facts(sources=[source]))
        assert write_import_files(store, tmp_path / "plain").arguments()[-2] == "--multiline-fields=false"


def test_values_that_hold_the_batch_markers_are_written_as_they_are(tmp_path: Path) -> None:
    """A batch is quoted as one string with control characters between its cells and rows; a batch whose
    values hold those characters is written row by row, and every value still reads back unchanged."""
    from timelinekg.exporters.neo4j_import import END_CELL, END_ROW, UNSET
    from timelinekg.schema.model import Source

    titles = [f"plain {n}" for n in range(5)] + [f"a{UNSET}b", f"c{END_CELL}d", f"e{END_ROW}f", UNSET, '"q"']
    sources = [Source(f"s{n}", title, "", "", None) for n, title in enumerate(titles)]
    with SQLiteStore(tmp_path / "store.db") as store:
        store.write(Facts(sources=sources))
        write_import_files(store, tmp_path / "csv")
    rows = read(tmp_path / "csv" / "sources.csv")
    assert {row[0]: row[1] for row in rows} == {s.id: s.title for s in sources}
    assert all(row[4] == "" for row in rows)  # no published day: an empty, unquoted field
    assert ',"","",,' in (tmp_path / "csv" / "sources.csv").read_text(encoding="utf-8")


def test_two_processes_write_the_rows_one_writes_and_the_import_names_every_file(tmp_path: Path) -> None:
    day = dt.date(2024, 1, 1)
    events = [
        Event(f"e{n:04}", "meeting", f"meeting {n}", day + dt.timedelta(days=n % 300), None, precision="day")
        for n in range(1_200)
    ]
    with SQLiteStore(tmp_path / "store.db") as store:
        store.write(Facts(events=events))
        one = write_import_files(store, tmp_path / "one", parts=1)
        two = write_import_files(store, tmp_path / "two", parts=2)
    assert one.counts == two.counts and two.parts == 2
    lines = sorted((tmp_path / "one" / "events.csv").read_text(encoding="utf-8").splitlines())
    split = (tmp_path / "two" / "events.csv").read_text(encoding="utf-8").splitlines()
    second = (tmp_path / "two" / "events-part2.csv").read_text(encoding="utf-8").splitlines()
    assert split and second and sorted(split + second) == lines
    assert (
        f"{two.directory / 'events-header.csv'},{two.directory / 'events.csv'},{two.directory / 'events-part2.csv'}"
        in ("".join(two.arguments()))
    )
