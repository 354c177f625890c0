"""The hostile corpus: malformed and hostile inputs for every loader, generated here (no binary blobs).

Each case is loaded together with a good fact file, through the behaviour suite's
``store`` fixture (so both stores are covered), and its outcome is asserted: a clear
one-line error naming the file (never an "unexpected" exception), or accepted; and
the good file in the same run is always loaded.  docs/input.md describes the limits.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import socket
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timelinekg.cli import cli
from timelinekg.graph.base import EventQuery, Store
from timelinekg.graph.ingest import load_paths
from timelinekg.loaders import LoadOptions
from timelinekg.loaders.gdelt import GDELT1_COLUMNS
from timelinekg.loaders.safe import MIB, Limits
from timelinekg.schema.fact_file import SCHEMA_JSON, json_schema_text

GOOD = """\
sources:
  - {id: good-source, title: Good source, published: 2024-11-10, url: https://example.org/good}
events:
  - id: good-event
    type: statement
    label: A good event
    date: 2024-11-08
    actors: [Somebody]
    evidence: ["somebody said so"]
"""


def fact_yaml(event_lines: str = "", source_lines: str = "", extra: str = "") -> str:
    """A small valid YAML fact file with lines added to its one source and its one event."""
    return (
        "sources:\n  - id: s1\n    title: S\n    published: 2024-11-10\n"
        + source_lines
        + "events:\n  - id: case-event\n    type: statement\n    label: The case event\n    date: 2024-11-01\n"
        + event_lines
        + extra
    )


def fact_json(label: str = "The case event") -> str:
    """A small valid JSON fact file; ``label`` is inserted as written (escapes stay escapes)."""
    document = {
        "sources": [{"id": "s1", "title": "S", "published": "2024-11-10"}],
        "events": [{"id": "case-event", "type": "statement", "label": "LABEL", "date": "2024-11-01"}],
    }
    return json.dumps(document, indent=1).replace('"LABEL"', f'"{label}"')


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = ['a0: &a0 ["lol"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def gdelt_row(event_id: int = 1) -> str:
    """A valid GDELT 1.0 daily row (58 columns)."""
    row = dict.fromkeys(GDELT1_COLUMNS, "")
    row.update(
        GLOBALEVENTID=str(event_id),
        SQLDATE="20240101",
        MonthYear="202401",
        Year="2024",
        FractionDate="2024.0027",
        Actor1Code="USA",
        Actor1Name="UNITED STATES",
        Actor1CountryCode="USA",
        Actor2Code="RUS",
        Actor2Name="RUSSIA",
        Actor2CountryCode="RUS",
        IsRootEvent="1",
        EventCode="010",
        EventBaseCode="010",
        EventRootCode="01",
        QuadClass="1",
        GoldsteinScale="0.0",
        NumMentions="1",
        NumSources="1",
        NumArticles="1",
        AvgTone="0.0",
        DATEADDED="20240102",
        SOURCEURL=f"https://example.org/gdelt/{event_id}",
    )
    return "\t".join(row[column] for column in GDELT1_COLUMNS) + "\n"


def zipped(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def seed_turtle() -> str:
    """The seed exported as Turtle, as `timelinekg export --format turtle` writes it."""
    from tests.conftest import SEED_FACTS
    from timelinekg.exporters import ExportOptions
    from timelinekg.exporters.rdf import export_turtle
    from timelinekg.graph.ingest import ingest
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.loaders.facts import read_fact_file

    with SQLiteStore(":memory:") as store:
        ingest(store, read_fact_file(SEED_FACTS))
        out = io.StringIO()
        export_turtle(store, out, ExportOptions())
    return out.getvalue()


def _first_event_block(turtle: str, change: Callable[[str], str]) -> str:
    """The Turtle with ``change`` applied to the first event's statements only."""
    start = turtle.index("sem:eventType")
    end = turtle.index(" .\n", start)
    return turtle[:start] + change(turtle[start:end]) + turtle[end:]


def _reversed_bounds(block: str) -> str:
    import re

    earliest = re.search(r'sem:hasEarliestBeginTimeStamp "([0-9-]+)"', block)
    latest = re.search(r'sem:hasLatestEndTimeStamp "([0-9-]+)"', block)
    assert earliest and latest
    swapped = block.replace(earliest.group(0), f'sem:hasEarliestBeginTimeStamp "{latest.group(1)}"')
    return swapped.replace(latest.group(0), f'sem:hasLatestEndTimeStamp "{earliest.group(1)}"')


@dataclass
class Case:
    """One hostile input: what to write, and what must happen when it is loaded."""

    name: str
    file_name: str
    content: str | bytes | Callable[[Path], Path]  # text, bytes, or a maker given the folder
    error: str | None = None  # a fragment of the one-line error; None: the input is accepted
    format: str | None = None
    limits: dict[str, int] = field(default_factory=dict)
    stored: Callable[[Store], None] | None = None  # more checks on what an accepted input stored
    text_root: str | None = None

    def write(self, folder: Path) -> Path:
        if callable(self.content):
            return self.content(folder)
        path = folder / self.file_name
        if isinstance(self.content, bytes):
            path.write_bytes(self.content)
        else:
            path.write_text(self.content, encoding="utf-8")
        return path


def _label_is(expected: str) -> Callable[[Store], None]:
    def check(store: Store) -> None:
        (event,) = store.events(EventQuery(ids=["case-event"]))
        assert event.label == expected

    return check


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.yaml"
    os.mkfifo(path)
    return path


def _socket(folder: Path) -> Path:
    path = folder / "socket.yaml"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.close()
    return path


def _with_text(text_value: str, make: Callable[[Path], None] | None = None) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        if make is not None:
            make(folder)
        path = folder / "with-text.yaml"
        path.write_text(
            fact_yaml(source_lines=f"    text: {json.dumps(text_value)}\n", event_lines="    evidence: [quoted]\n"),
            encoding="utf-8",
        )
        return path

    return write


def _article_beside(folder: Path) -> None:
    (folder / "article.txt").write_text("Headline\n\nSomething was quoted here.\n", encoding="utf-8")


def _text_in_sibling_folder(folder: Path) -> Path:
    articles = folder / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Headline\n\nThe quoted words.\n", encoding="utf-8")
    facts = folder / "facts"
    facts.mkdir()
    path = facts / "uses-root.yaml"
    path.write_text(
        fact_yaml(source_lines="    text: ../articles/a.txt\n", event_lines="    evidence: [The quoted words]\n"),
        encoding="utf-8",
    )
    return path


def _symlink_out(folder: Path) -> Path:
    (folder / "escape.txt").symlink_to("/etc/hostname")
    return _with_text("escape.txt")(folder)


def _curated_beside_text(folder: Path) -> Path:
    """A raw article whose curated fact file beside it has an impossible published date."""
    sub = folder / "curated"
    sub.mkdir()
    (sub / "story.txt").write_text("Headline\n\nOfficials met on Tuesday.\n", encoding="utf-8")
    (sub / "story.yaml").write_text(
        "sources:\n  - {title: Story, published: 2024-02-30, text: story.txt}\nevents: []\n", encoding="utf-8"
    )
    return sub  # the folder: the .txt looks for its curated metadata beside it


def _zip_bomb(folder: Path) -> Path:
    path = folder / "bomb.export.csv.zip"
    path.write_bytes(zipped("bomb.export.csv", b"0,\n" * (4 * MIB)))
    return path


def _gzip_bomb(folder: Path) -> Path:
    path = folder / "bomb.export.csv.gz"
    path.write_bytes(gzip.compress(b"\n" * (16 * MIB)))
    return path


def _truncated_gz(folder: Path) -> Path:
    data = gzip.compress(("".join(gdelt_row(n) for n in range(1, 200))).encode())
    path = folder / "cut.export.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    return path


def _truncated_zip(folder: Path) -> Path:
    data = zipped("x.export.csv", ("".join(gdelt_row(n) for n in range(1, 200))).encode())
    path = folder / "cut.export.csv.zip"
    path.write_bytes(data[: len(data) // 2])
    return path


SEED_TTL: list[str] = []


def _turtle_text(change: Callable[[str], str], name: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        if not SEED_TTL:
            SEED_TTL.append(seed_turtle())
        path = folder / name
        path.write_text(change(SEED_TTL[0]), encoding="utf-8")
        return path

    return write


def _turtle(change: Callable[[str], str], name: str) -> Callable[[Path], Path]:
    """The seed's Turtle with ``change`` applied to its first event."""
    return _turtle_text(lambda text: _first_event_block(text, change), name)


ACTOR_LIST_ID = "    actors:\n      - {id: [1, 2], name: X}\n"

CASES = [
    # -- fact files: parsing limits --------------------------------------------------------------------------
    Case("deeply nested YAML", "deep.yaml", "events: " + "[" * 5000 + "]" * 5000 + "\n", "nested deeper than 64"),
    Case("deeply nested JSON", "deep.json", '{"events": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested deeper"),
    Case("billion laughs in YAML", "laughs.yaml", billion_laughs(), "aliases expand to more than"),
    Case(
        "a few aliases are fine",
        "aliases.yaml",
        "sources:\n  - &src {id: s1, title: S, published: 2024-11-10}\n"
        "events:\n  - {id: case-event, type: statement, label: The case event, date: 2024-11-01,\n"
        "     evidence: [{source: s1, quote: q}]}\n",
    ),
    Case("YAML Python tag", "python.yaml", "events: !!python/object/apply:os.system [echo hi]\n", "tag"),
    Case("bad !!timestamp", "stamp.yaml", fact_yaml().replace("2024-11-10", "!!timestamp 2024-02-30"), "!!timestamp"),
    Case("valid !!timestamp", "stamp-ok.yaml", fact_yaml().replace("2024-11-10", "!!timestamp 2024-11-10")),
    Case("duplicate YAML key", "dupkey.yaml", fact_yaml("    label: again\n"), "duplicate key 'label'"),
    Case(
        "duplicate JSON key",
        "dupkey.json",
        fact_json().replace('"type"', '"label": "again", "type"'),
        "duplicate key 'label'",
    ),
    Case("JSON NaN", "nan.json", fact_json().replace('"2024-11-01"', "NaN"), "NaN"),
    Case("JSON lone surrogate", "surrogate.json", fact_json("\\ud800"), "lone surrogate"),
    Case("JSON escaped emoji", "emoji.json", fact_json("\\ud83d\\ude00"), stored=_label_is("\U0001f600")),
    Case("JSON raw DEL", "del.json", fact_json("a\x7fb"), stored=_label_is("a\x7fb")),
    Case("JSON U+2028", "ls.json", fact_json("a\u2028b\u2029c"), stored=_label_is("a\u2028b\u2029c")),
    Case("JSON syntax error", "broken.json", '{"events": [}', "JSON syntax error"),
    Case("over the size cap", "big.yaml", fact_yaml() + "#" * 2000 + "\n", "size cap", limits={"max_file_bytes": 1000}),
    # -- fact files: the schema ------------------------------------------------------------------------------
    Case("actor id as a list", "actor-id.yaml", fact_yaml(ACTOR_LIST_ID), "events[0].actors[0].id: should be text"),
    Case(
        "place id as a mapping",
        "place-id.yaml",
        fact_yaml("    places:\n      - {id: {a: 1}, name: P}\n"),
        "events[0].places[0].id: should be text or a whole number, got a mapping",
    ),
    Case(
        "evidence source as a list",
        "source-list.yaml",
        fact_yaml("    evidence:\n      - {source: [s1], quote: q}\n"),
        "events[0].evidence[0].source",
    ),
    Case(
        "actors as a string",
        "actors-str.yaml",
        fact_yaml("    actors: Donald Trump\n"),
        "events[0].actors: should be a list",
    ),
    Case(
        "places as a string", "places-str.yaml", fact_yaml("    places: Paris\n"), "events[0].places: should be a list"
    ),
    Case("evidence as a string", "ev-str.yaml", fact_yaml("    evidence: q\n"), "events[0].evidence: should be a list"),
    Case(
        "aliases as a string",
        "aliases-str.yaml",
        fact_yaml(extra="actors:\n  - {name: A, aliases: Ay}\n"),
        "actors[0].aliases: should be a list",
    ),
    Case("precision banana", "banana.yaml", fact_yaml("    precision: banana\n"), "unknown precision 'banana'"),
    Case("unknown role", "role.yaml", fact_yaml("    actors: [{name: A, role: boss}]\n"), "unknown role 'boss'"),
    Case(
        "unknown actor kind",
        "kind.yaml",
        fact_yaml(extra="actors:\n  - {name: A, kind: alien}\n"),
        "actors[0].kind: unknown actor kind 'alien'",
    ),
    Case(
        "unknown event type", "type.yaml", fact_yaml().replace("type: statement", "type: picnic"), "unknown event type"
    ),
    Case(
        "lat .nan",
        "nan.yaml",
        fact_yaml(extra="places:\n  - {name: P, lat: .nan, lon: 0}\n"),
        "places[0].lat: should be a finite number",
    ),
    Case(
        "lat true",
        "lat-true.yaml",
        fact_yaml(extra="places:\n  - {name: P, lat: true, lon: 0}\n"),
        "places[0].lat: should be a number, got true",
    ),
    Case(
        "lat out of range", "lat-91.yaml", fact_yaml(extra="places:\n  - {name: P, lat: 91, lon: 0}\n"), "places[0].lat"
    ),
    Case(
        "evidence start ten",
        "start-ten.yaml",
        fact_yaml("    evidence:\n      - {quote: q, start: ten, end: 12}\n"),
        "events[0].evidence[0].start: should be a whole number, got text 'ten'",
    ),
    Case(
        "unknown key",
        "typo.yaml",
        fact_yaml("    lable: x\n"),
        "events[0].lable: unknown key 'lable' (did you mean 'label'?)",
    ),
    Case(
        "missing label",
        "nolabel.yaml",
        fact_yaml().replace("    label: The case event\n", ""),
        "missing required key 'label'",
    ),
    Case("a list, not a mapping", "list.yaml", "- 1\n- 2\n", "a fact file is a mapping"),
    Case(
        "bad published date", "published.yaml", fact_yaml().replace("2024-11-10", "2024-13-45"), "sources[0].published"
    ),
    # -- fact files: text: paths -----------------------------------------------------------------------------
    Case("text: /dev/zero", "", _with_text("/dev/zero"), "is outside the fact file's folder"),
    Case("text: ../../etc/passwd", "", _with_text("../../../../etc/passwd"), "is outside the fact file's folder"),
    Case("text: a symlink out", "", _symlink_out, "is outside the fact file's folder"),
    Case("text: missing file", "", _with_text("missing.txt"), "no such file 'missing.txt'"),
    Case("text: a directory", "", _with_text("adir", lambda folder: (folder / "adir").mkdir()), "is a folder"),
    Case("text: an environment variable", "", _with_text("$HOME/a.txt"), "are not expanded"),
    Case("text: beside the fact file", "", _with_text("article.txt", _article_beside)),
    Case("text: under --text-root", "", _text_in_sibling_folder, text_root="."),
    Case("text: outside without --text-root", "", _text_in_sibling_folder, "is outside the fact file's folder"),
    # -- articles ---------------------------------------------------------------------------------------------
    Case("billion laughs in front matter", "laughs.md", "---\n" + billion_laughs() + "---\nBody.\n", "front matter"),
    Case("bad date in front matter", "badday.md", "---\npublished: 2024-02-30\n---\nBody.\n", "published"),
    Case("bad date in a curated file beside a .txt", "", _curated_beside_text, "sources[0].published"),
    # -- not regular files -------------------------------------------------------------------------------------
    Case("FIFO", "", _fifo, "FIFO"),
    Case("socket", "", _socket, "socket"),
    Case("character device", "", lambda folder: Path("/dev/zero"), "character device", format="yaml"),
    # -- datasets ---------------------------------------------------------------------------------------------
    Case("empty GDELT file", "empty.export.CSV", b"", "empty file"),
    Case("empty ACLED file", "acled.csv", b"event_id_cnty,event_date\n", "not an ACLED export", format="acled"),
    Case("truncated .gz", "", _truncated_gz, "stops in the middle", format="gdelt"),
    Case("truncated .zip", "", _truncated_zip, "not a readable zip archive"),
    Case("zip bomb", "", _zip_bomb, "a zip bomb?"),
    Case("gzip bomb", "", _gzip_bomb, "a zip bomb?", format="gdelt"),
    Case(
        "expanded-size cap", "", _gzip_bomb, "expands to more than", format="gdelt", limits={"max_expanded_bytes": MIB}
    ),
    Case("very long line", "long.export.CSV", b"x" * (2 * MIB), "a line longer than", limits={"max_line_bytes": MIB}),
    # -- RDF ---------------------------------------------------------------------------------------------------
    Case(
        "Turtle unknown event type",
        "",
        _turtle(lambda block: block.replace("etype:meeting", "etype:picnic", 1), "type.ttl"),
        "violates the shapes: eventType",
    ),
    Case("Turtle reversed bounds", "", _turtle(_reversed_bounds, "bounds.ttl"), "(reversed bounds)"),
    Case(
        "Turtle NaN latitude",
        "",
        _turtle_text(lambda text: text.replace('"48.0"^^xsd:double', '"NaN"^^xsd:double', 1), "nan.ttl"),
        "latitude NaN is not a finite number",
    ),
    Case(
        "huge Turtle literal",
        "huge.ttl",
        '<http://example.org/a> <http://schema.org/name> "' + "a" * (20 * MIB) + '" .\n',
        "too large",
    ),
    Case("empty Turtle", "empty.ttl", "# nothing\n", "empty file"),
]


@pytest.fixture
def timeout() -> Iterator[None]:
    """A hang is a failure, not a stuck test run."""

    def expired(signum: int, frame: Any) -> None:
        raise TimeoutError("the load hung")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(case: Case, store: Store, tmp_path: Path, timeout: None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = case.write(folder)
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    defaults = Limits()
    limits = Limits(**{**{name: getattr(defaults, name) for name in defaults.__dataclass_fields__}, **case.limits})
    options = LoadOptions(
        format=case.format, limits=limits, text_root=folder / case.text_root if case.text_root else None
    )
    report = load_paths(store, [bad], options)
    report_good = load_paths(store, [good])
    assert not [e for e in report.errors if "unexpected" in e], report.errors
    if case.error is None:
        assert not report.errors, report.errors
        assert list(store.events(EventQuery(ids=["case-event"]))), "the accepted case stored nothing"
        if case.stored is not None:
            case.stored(store)
    else:
        matching = [e for e in report.errors if case.error in e]
        assert matching, f"expected {case.error!r} in {report.errors}"
        assert all("\n" not in e for e in report.errors)
        assert matching[0].startswith(str(bad)), matching[0]
    assert not report_good.errors and list(store.events(EventQuery(ids=["good-event"])))


def test_rdf_violations_leave_the_other_events_in(store: Store, tmp_path: Path) -> None:
    path = _turtle(lambda block: block.replace("etype:meeting", "etype:picnic", 1), "type.ttl")(tmp_path)
    report = load_paths(store, [path])
    assert len([e for e in report.errors if "violates the shapes" in e]) == 1, report.errors
    assert store.counts()["events"] == 12  # the seed's 13 but the bad one


def test_the_shapes_checker_flags_what_pyshacl_flags(tmp_path: Path) -> None:
    from timelinekg.exporters.shacl import validate_file
    from timelinekg.loaders.rdf import parse_nodes
    from timelinekg.loaders.shapes import violations

    for change, name in (
        (lambda block: block.replace("etype:meeting", "etype:picnic", 1), "type.ttl"),
        (_reversed_bounds, "bounds.ttl"),
    ):
        path = _turtle(change, name)(tmp_path)
        ours = set(violations(parse_nodes(path, "turtle")[0])[0])
        theirs = {v.focus for v in validate_file(path).violations if v.severity == "Violation"}
        assert ours == theirs and len(ours) == 1


def test_the_published_json_schema_is_up_to_date() -> None:
    """Regenerate with: python -m timelinekg.schema.fact_file"""
    assert SCHEMA_JSON.read_text(encoding="utf-8") == json_schema_text()


def test_the_published_json_schema_accepts_the_seed_and_refuses_a_bad_file() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    from tests.conftest import SEED_FACTS

    schema = json.loads(SCHEMA_JSON.read_text(encoding="utf-8"))
    seed = yaml.load(SEED_FACTS.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # dates stay text
    seed_typed = json.loads(json.dumps(seed))
    jsonschema.validate({"events": seed_typed["events"][:1]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"events": [{"type": "picnic", "label": "x", "date": "2024"}]}, schema)


# -- the command line -------------------------------------------------------------------------------------------
def exploding_loader(path: Path, options: LoadOptions) -> Iterator[Any]:
    raise RuntimeError("the loader blew up\nsecond line")
    yield


@pytest.fixture
def exploding_format(monkeypatch: pytest.MonkeyPatch) -> None:
    from timelinekg import loaders

    monkeypatch.setitem(loaders.LOADERS, "boom", "tests.test_hostile_input:exploding_loader")
    monkeypatch.setitem(loaders.EXTENSIONS, ".boom", "boom")


def _run(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, ["--store", str(tmp_path / "cli.db"), "load", *args], env=env)


def test_an_unexpected_exception_is_one_line_and_the_run_goes_on(
    exploding_format: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIMELINEKG_TRACEBACK", raising=False)
    (tmp_path / "x.boom").write_text("x", encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    result = _run(tmp_path, str(tmp_path / "x.boom"), str(tmp_path / "good.yaml"))
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'x.boom'}: unexpected RuntimeError: the loader blew up\n" in result.output
    assert "Traceback" not in result.output and "second line" not in result.output
    assert "store now has 1 events" in result.output


@pytest.mark.parametrize("how", ["-v", "env"])
def test_the_traceback_only_with_v_or_the_environment_variable(
    how: str, exploding_format: None, tmp_path: Path
) -> None:
    (tmp_path / "x.boom").write_text("x", encoding="utf-8")
    args = ["-v", str(tmp_path / "x.boom")] if how == "-v" else [str(tmp_path / "x.boom")]
    result = _run(tmp_path, *args, env={"TIMELINEKG_TRACEBACK": "1"} if how == "env" else None)
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.output and "exploding_loader" in result.output


def test_fail_fast_stops_at_the_first_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-bad.yaml").write_text("events: [}", encoding="utf-8")
    (folder / "b-good.yaml").write_text(GOOD, encoding="utf-8")
    without = _run(tmp_path, str(folder))
    assert without.exit_code == 1 and "store now has 1 events" in without.output
    (tmp_path / "cli.db").unlink()
    with_flag = _run(tmp_path, "--fail-fast", str(folder))
    assert with_flag.exit_code == 1
    assert "stopped at the first error (--fail-fast)" in with_flag.output
    assert "store now has 0 events" in with_flag.output


def test_text_root_option(tmp_path: Path) -> None:
    path = _text_in_sibling_folder(tmp_path)
    refused = _run(tmp_path, str(path))
    assert refused.exit_code == 1 and "is outside the fact file's folder" in refused.output
    accepted = _run(tmp_path, "--text-root", str(tmp_path), str(path))
    assert accepted.exit_code == 0, accepted.output
