"""What a new user trips over (issue 15): choosing the store, files in and out, readable output, pipes."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_DIR, SEED_FACTS
from timelinekg.cli import cli

NEW_ARTICLE = """President Marcelo Rebelo de Sousa met Pedro Sanchez in Lisbon on Tuesday.
The two leaders discussed the planned rail link between the capitals.
"""


def run(
    *args: str, store: Path | None = None, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "timelinekg"]
    if store is not None:
        argv += ["--store", str(store)]
    environment = {k: v for k, v in os.environ.items() if k not in ("TIMELINEKG_STORE", "NEO4J_URI", "COLUMNS")}
    environment.update(env)
    return subprocess.run(
        [*argv, *args], input=stdin, capture_output=True, text=True, timeout=300, check=False, env=environment
    )


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = tmp_path / "seed.db"
    loaded = run("load", str(SEED_FACTS), store=path)
    assert loaded.returncode == 0, loaded.stderr
    return path


# -- choosing the store -------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["between", "2024-11-05", "2024-11-10"], ["actors"], ["export"], ["show", "x"]])
def test_reading_a_mistyped_store_fails_and_creates_nothing(tmp_path: Path, args: list[str]) -> None:
    typo = tmp_path / "sed.db"
    result = run(*args, store=typo)
    assert result.returncode != 0
    assert result.stderr.strip() == f"Error: no store at {typo}: load something into it first"
    assert not typo.exists()


def test_only_writing_commands_create_a_store(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    assert run("load", str(SEED_FACTS), store=fresh).returncode == 0
    assert fresh.exists()


def test_neo4j_uri_is_not_silently_ignored(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timelinekg", "actors"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**{k: v for k, v in os.environ.items() if k != "TIMELINEKG_STORE"}, "NEO4J_URI": "bolt://x:7687"},
    )
    assert result.returncode != 0
    assert "no store at timelinekg.db" in result.stderr
    assert "NEO4J_URI is not read by the CLI" in result.stderr and "TIMELINEKG_STORE" in result.stderr


def test_store_from_the_environment_variable_is_the_documented_way(seeded: Path) -> None:
    result = run("actors", "--format", "json", TIMELINEKG_STORE=str(seeded))
    assert result.returncode == 0, result.stderr
    assert any(actor["name"] == "Vladimir Putin" for actor in json.loads(result.stdout))


def test_an_empty_answer_names_the_store_it_asked(seeded: Path) -> None:
    result = run("between", "1990", "1991", store=seeded)
    assert result.returncode == 0 and result.stdout == ""
    assert f"in the store {seeded}" in result.stderr
    for command in (["show", "no-such-event"], ["chains", "Nobody At All"], ["related", "Nobody At All"]):
        missing = run(*command, store=seeded)
        assert missing.returncode != 0 and missing.stderr.strip().endswith(f"in the store {seeded}")


# -- output people can read ---------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [80, 120])
def test_between_table_fits_the_width_without_breaking_dates_or_words(seeded: Path, columns: int) -> None:
    table = run("between", "2024-11-05", "2024-11-10", store=seeded, COLUMNS=str(columns)).stdout
    lines = table.splitlines()
    assert max(len(line) for line in lines) <= columns
    events = json.loads(run("between", "2024-11-05", "2024-11-10", "--format", "json", store=seeded).stdout)
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", table)
    assert {e["earliest"] for e in events} <= set(dates)  # whole, never split over two lines
    words = set(table.split())
    for event in events:
        for word in event["label"].split():
            assert word in words, f"{word!r} broken in {event['label']!r}"
    body = [line for line in lines if line.strip()][3:]  # title, header and rule first
    assert len(body) <= 8 * len(events), "an event takes a few lines"
    assert table.count("Report: Trump Tells Putin") == 0, "the publisher and a quote, not the title, per row"
    assert "Radio" in words and "Europe/Radio" in words  # the publisher
    for leaked in ("None", "False", "True", "[]"):
        assert leaked not in table.split()


def test_actors_json_gives_aliases_as_a_list_and_tables_no_python_values(seeded: Path) -> None:
    actors = json.loads(run("actors", "--format", "json", store=seeded).stdout)
    trump = next(a for a in actors if a["name"] == "Donald Trump")
    assert trump["aliases"] == ["Trump"]
    assert all(isinstance(a["aliases"], list) for a in actors)
    for command in (["actors"], ["places"], ["chains", "Putin"], ["related", "Putin"]):
        for fmt in ("table", "csv", "markdown"):
            out = run(*command, "--format", fmt, store=seeded).stdout
            cells = re.split(r"[\s,|]+", out)
            assert not {"None", "False", "True", "[]", "''"} & set(cells), (command, fmt, out)


def test_chains_sort_open_bounds_by_their_known_bound_and_gaps_are_honest(seeded: Path) -> None:
    answer = json.loads(run("chains", "Putin", "--format", "json", store=seeded).stdout)
    events = answer["events"]
    known = [e["earliest"] or e["latest"] for e in events]
    assert known == sorted(known)
    assert events[0]["id"] == "helsinki-press-conference"
    for previous, event in itertools.pairwise(events):
        if event["gap_days"] is None:
            assert event["earliest"] is None or previous["latest"] is None
        else:
            assert event["gap_days"] > -365, "no gap of years backwards"


def test_related_dates_are_sorted_and_not_repeated(seeded: Path) -> None:
    rows = json.loads(run("related", "Putin", "--format", "json", store=seeded).stdout)
    for row in rows:
        assert len(row["dates"]) == len(set(row["dates"]))
        assert row["dates"] == sorted(row["dates"], key=lambda text: text.replace("?..", ""))


@pytest.mark.parametrize(
    "args",
    [["between", "2024-11-05", "2024-11-10"], ["actors"], ["places"], ["related", "Putin"], ["chains", "Putin"]],
)
def test_jsonl_is_one_object_per_line(seeded: Path, args: list[str]) -> None:
    result = run(*args, "--format", "jsonl", store=seeded)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)


def test_export_jsonl_has_every_record_on_its_own_line(seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonl"
    assert run("export", "-o", str(out), store=seeded).returncode == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    kinds = [r["record"] for r in records]
    assert kinds.count("event") == 13 and {"source", "actor", "place"} <= set(kinds)
    assert kinds.index("event") > kinds.index("actor")


def test_progress_and_notes_are_quiet_when_asked(tmp_path: Path) -> None:
    result = run("--quiet", "load", str(SEED_FACTS), store=tmp_path / "q.db")
    assert result.returncode == 0 and result.stderr == "" and result.stdout == ""
    verbose = run("-v", "load", str(SEED_FACTS), store=tmp_path / "v.db")
    assert f"reading {SEED_FACTS}" in verbose.stderr and "store:" in verbose.stderr


def test_progress_counts_events_per_batch(tmp_path: Path) -> None:
    from timelinekg.graph.ingest import load_paths
    from timelinekg.graph.sqlite import SQLiteStore

    counted: list[int] = []
    store = SQLiteStore(tmp_path / "p.db")
    try:
        load_paths(store, [SEED_FACTS], on_batch=counted.append)
    finally:
        store.close()
    assert counted and sum(counted) >= 13


# -- files in and out ---------------------------------------------------------------------------------------

RDF_EXTENSIONS = {".ttl": "@prefix", ".nt": "> .", ".nq": "> .", ".nquads": "> .", ".trig": "{", ".jsonld": "@context"}


@pytest.mark.parametrize("extension", [*RDF_EXTENSIONS, ".json", ".jsonl", ".graphml", ".gexf"])
def test_export_infers_the_format_from_the_extension(seeded: Path, tmp_path: Path, extension: str) -> None:
    out = tmp_path / f"seed{extension}"
    result = run("export", "-o", str(out), store=seeded)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    if extension in RDF_EXTENSIONS:
        assert RDF_EXTENSIONS[extension] in text
        checked = run("validate", str(out))
        assert checked.returncode == 0, checked.stdout + checked.stderr  # validate takes what export writes
    elif extension == ".json":
        assert json.loads(text)["events"]
    elif extension in (".graphml", ".gexf"):
        assert text.startswith(f"<{extension[1:]}")


def test_export_refuses_an_unknown_extension_and_lists_formats(seeded: Path, tmp_path: Path) -> None:
    result = run("export", "-o", str(tmp_path / "seed.xyz"), store=seeded)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert "--format" in result.stderr and not (tmp_path / "seed.xyz").exists()
    assert "turtle" in CliRunner().invoke(cli, ["export", "--help"]).output


@pytest.mark.parametrize("target", ["/nonexistent/dir/x.ttl", "read-only", "/dev/full", "a-folder"])
def test_unwritable_output_is_one_line_naming_the_path(seeded: Path, tmp_path: Path, target: str) -> None:
    if target == "read-only":
        if os.geteuid() == 0:
            pytest.skip("root writes read-only files")
        path = tmp_path / "locked.ttl"
        path.write_text("")
        path.chmod(0o444)
        target = str(path)
    if target == "a-folder":
        target = str(tmp_path)
    if target == "/dev/full" and not Path(target).exists():
        pytest.skip("no /dev/full here")
    result = run("export", "--format", "turtle", "-o", target, store=seeded)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and target in result.stderr, result.stderr


def test_dash_reads_standard_input_and_writes_standard_output(tmp_path: Path, seeded: Path) -> None:
    store = tmp_path / "stdin.db"
    # a stream has no folder, so no article beside it for `text:` to name
    facts = "\n".join(line for line in SEED_FACTS.read_text(encoding="utf-8").splitlines() if "text:" not in line)
    loaded = run("load", "-", "--format", "yaml", store=store, stdin=facts)
    assert loaded.returncode == 0, loaded.stderr
    assert "13 events" in loaded.stderr
    assert run("load", "-", store=tmp_path / "other.db", stdin=facts).returncode != 0  # needs --format

    extracted = run("extract", "-", "--published", "2024-11-12", "--json", stdin=NEW_ARTICLE)
    assert extracted.returncode == 0, extracted.stderr
    assert any("Lisbon" in json.dumps(event) for event in json.loads(extracted.stdout))

    tagged = run("timex", "-", "--dct", "2024-11-12", stdin=NEW_ARTICLE)
    assert tagged.returncode == 0, tagged.stderr
    assert {t["value"] for t in json.loads(tagged.stdout)} >= {"2024-11-12"}

    turtle = run("export", "--format", "turtle", "-o", "-", store=seeded)
    assert turtle.returncode == 0 and turtle.stdout.startswith("@prefix")
    checked = run("validate", "-", stdin=turtle.stdout)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    nquads = run("export", "--format", "nquads", store=seeded).stdout
    assert run("validate", "-", "--format", "nquads", stdin=nquads).returncode == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["-m", "timelinekg", "between", "2024-11-05", "2024-11-10"],
        ["-m", "timelinekg", "export", "--format", "nt"],
        ["-m", "timelinekg.nlp.timex", str(SEED_DIR / "trump-putin-call.txt"), "--dct", "2024-11-10"],
        ["-m", "timelinekg", "timex", str(SEED_DIR / "trump-putin-call.txt"), "--dct", "2024-11-10"],
    ],
)
def test_a_closed_pipe_ends_quietly(seeded: Path, argv: list[str]) -> None:
    env = {**os.environ, "TIMELINEKG_STORE": str(seeded)}
    reader, writer = os.pipe()
    os.close(reader)  # closed before the command writes: what `| head` does, without the race
    try:
        result = subprocess.run(
            [sys.executable, *argv], stdout=writer, stderr=subprocess.PIPE, env=env, timeout=120, check=False
        )
    finally:
        os.close(writer)
    error = result.stderr.decode()
    assert "Traceback" not in error and "BrokenPipe" not in error and "Exception ignored" not in error, error


@pytest.mark.parametrize(
    "line,headline",
    [
        ("Report: Trump Tells Putin In Call Not To Escalate War With Ukraine", True),
        ("Floods close schools across northern Italy", True),
        ("Will the ceasefire hold", True),
        ("President Marcelo Rebelo de Sousa met Pedro Sanchez in Lisbon on Tuesday.", False),
        ("Rescue teams reached the village late on Sunday, officials said!", False),
        ('The minister called the deal "historic."', False),
        (" ".join(["word"] * 25), False),  # too long for a headline, even without a full stop
    ],
)
def test_headline_rule(line: str, headline: bool) -> None:
    from timelinekg.loaders.articles import is_headline

    assert is_headline(line) is headline


def test_a_first_line_that_is_a_sentence_is_read(tmp_path: Path) -> None:
    article = tmp_path / "lisbon.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    events = json.loads(run("extract", str(article), "--published", "2024-11-12", "--json").stdout)
    assert any(e["type"] == "meeting" and "Sanchez" in e["label"] for e in events)
    assert events[0]["sources"][0]["title"].startswith("President Marcelo")
    headlined = tmp_path / "headlined.txt"
    headlined.write_text("Leaders meet in Lisbon\n\n" + NEW_ARTICLE, encoding="utf-8")
    events = json.loads(run("extract", str(headlined), "--published", "2024-11-12", "--json").stdout)
    assert events and all(e["sources"][0]["title"] == "Leaders meet in Lisbon" for e in events)


def test_dataset_rows_are_counted_as_they_are_read_not_per_batch(tmp_path: Path) -> None:
    from tests.conftest import SHARED
    from timelinekg.loaders import ROW_LISTENER, ROW_TICK, LoadOptions
    from timelinekg.loaders.gdelt import load_gdelt

    sample = SHARED / "data" / "dev" / "gdelt1-sample" / "events.tsv"
    if not sample.exists():
        pytest.skip("no GDELT sample in ../shared")
    rows = sample.read_text(encoding="utf-8").splitlines()
    big = tmp_path / "big.export.CSV"
    big.write_text("\n".join(rows * 3) + "\n", encoding="utf-8")
    heard: list[int] = []
    token = ROW_LISTENER.set(heard.append)
    try:
        batches = load_gdelt(big, LoadOptions(), batch_size=10 * len(rows))
        next(batches)  # one batch of every row: the listener heard of them before it came
        assert sum(heard) == (3 * len(rows) // ROW_TICK) * ROW_TICK > 0
    finally:
        ROW_LISTENER.reset(token)


# -- RDF for partner systems --------------------------------------------------------------------------------


def test_rdf_names_publishers_by_slug_and_gives_attributes_properties(tmp_path: Path) -> None:
    store = tmp_path / "rdf.db"
    loaded = run("load", str(SEED_DIR), store=store)
    assert loaded.returncode == 0, loaded.stderr
    turtle = run("export", "--format", "turtle", store=store).stdout
    assert "publisher:radio-free-europe-radio-liberty a schema:Organization" in turtle
    assert "%20" not in turtle.split("publisher:", 2)[-1].split()[0]
    assert re.search(r'tkg:trigger "[^"]+"', turtle) and re.search(r'tkg:dateBasis "(timex|publication|open)"', turtle)
    # one load, one activity, with an id a person can read
    activities = re.findall(r"^load:(\S+) a prov:Activity", turtle, flags=re.MULTILINE)
    assert len(activities) == 1
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(\.\d{6})?Z", activities[0])


def test_vocabulary_declares_the_attribute_properties_and_the_shapes_check_them() -> None:
    from timelinekg.schema.vocabulary import EVENT_TYPES_TTL, SHAPES_TTL

    scheme = EVENT_TYPES_TTL.read_text(encoding="utf-8")
    for curie in ("tkg:trigger", "tkg:dateBasis", "tkg:dateConflict"):
        assert f"{curie} a rdf:Property" in scheme
        assert f"sh:path {curie}" in SHAPES_TTL.read_text(encoding="utf-8")
    assert "roletype:agent a skos:Concept, sem:RoleType ; skos:inScheme tkg:Roles" in scheme
    assert "skos:exactMatch cameo:04" in scheme and 'skos:notation "04"' in scheme


def test_a_wrong_trigger_type_does_not_conform(tmp_path: Path) -> None:
    store = tmp_path / "bad.db"
    assert run("load", str(SEED_DIR), store=store).returncode == 0
    turtle = run("export", "--format", "turtle", store=store).stdout
    broken = tmp_path / "broken.ttl"
    broken.write_text(re.sub(r'tkg:trigger "[^"]+"', 'tkg:trigger "1"^^xsd:integer', turtle, count=1), encoding="utf-8")
    checked = run("validate", str(broken))
    assert checked.returncode == 1 and "tkg:trigger" in checked.stdout


@pytest.mark.parametrize("extension", [".ttl", ".trig", ".nt", ".nq"])
def test_export_with_vocabulary_carries_the_scheme_and_still_loads_quietly(
    seeded: Path, tmp_path: Path, extension: str
) -> None:
    out = tmp_path / f"with-scheme{extension}"
    assert run("export", "--with-vocabulary", "-o", str(out), store=seeded).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "skos/core#notation" in text or "skos:notation" in text
    assert run("validate", str(out)).returncode == 0
    reloaded = run("load", str(out), store=tmp_path / "again.db")
    assert reloaded.returncode == 0 and "skipped" not in reloaded.stderr, reloaded.stderr


def test_a_failed_export_leaves_no_file(seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonld"
    result = run("export", "--with-vocabulary", "-o", str(out), store=seeded)
    assert result.returncode != 0 and not out.exists()


def test_event_captions_are_readable_at_default_zoom() -> None:
    from timelinekg.graph.neo4j.tools import grass_stylesheet

    event_style = grass_stylesheet().split("node.Event {", 1)[1].split("}", 1)[0]
    size = int(re.search(r"font-size: (\d+)px", event_style).group(1))  # type: ignore[union-attr]
    assert size >= 12
