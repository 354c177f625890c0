"""The command line: the foundation's acceptance, one-line errors, and help that ends with an example."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from tests.conftest import SEED_FACTS
from timelinekg.cli import cli


def run(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "timelinekg"]
    if store is not None:
        argv += ["--store", str(store)]
    return subprocess.run([*argv, *args], capture_output=True, text=True, timeout=300, check=False)


def test_seed_acceptance_between_json(sqlite_path: Path) -> None:
    loaded = run("load", str(SEED_FACTS), store=sqlite_path)
    assert loaded.returncode == 0, loaded.stderr
    answer = run("between", "2024-11-05", "2024-11-10", "--format", "json", store=sqlite_path)
    assert answer.returncode == 0, answer.stderr
    events = json.loads(answer.stdout)
    for event in events:
        assert {"id", "type", "label", "earliest", "latest", "precision", "actors", "places", "sources"} <= set(event)
        assert all({"name", "role"} <= set(a) for a in event["actors"])
        assert all("name" in p for p in event["places"])
        assert all({"title", "url", "published", "quote"} <= set(s) for s in event["sources"])

    def find(day: str, actors: set[str], place: str | None = None) -> dict[str, Any]:
        event: dict[str, Any]
        for event in events:
            names = {a["name"] for a in event["actors"]}
            places = {p["name"] for p in event["places"]}
            if event["earliest"] <= day <= event["latest"] and actors <= names and (place is None or place in places):
                return event
        raise AssertionError(f"no event on {day} with {actors} {place or ''}")

    find("2024-11-05", {"Donald Trump", "Kamala Harris"})
    find("2024-11-07", {"Donald Trump", "Vladimir Putin"}, "Florida")
    find("2024-11-10", {"Russia", "Ukraine"}, "Ukraine")
    find("2024-11-10", {"Ukraine"}, "Moscow")


def test_loading_twice_leaves_counts_unchanged_from_the_cli(sqlite_path: Path) -> None:
    run("load", str(SEED_FACTS), store=sqlite_path)
    first = run("export", "--format", "json", store=sqlite_path).stdout
    run("load", str(SEED_FACTS), store=sqlite_path)
    second = run("export", "--format", "json", store=sqlite_path).stdout
    counts = [{k: len(v) for k, v in json.loads(doc).items()} for doc in (first, second)]
    assert counts[0] == counts[1] and counts[0]["events"] == 13


def test_json_export_loads_back_as_a_fact_file(sqlite_path: Path, tmp_path: Path) -> None:
    run("load", str(SEED_FACTS), store=sqlite_path)
    exported = tmp_path / "graph.json"
    assert run("export", "--format", "json", "-o", str(exported), store=sqlite_path).returncode == 0
    copy = tmp_path / "copy.db"
    loaded = run("load", str(exported), store=copy)
    assert loaded.returncode == 0, loaded.stderr
    again = run("export", "--format", "json", store=copy).stdout
    original, reloaded = json.loads(exported.read_text(encoding="utf-8")), json.loads(again)
    strip = [{k: v for k, v in e.items() if k != "recorded_at"} for e in original["events"]]
    assert strip == [{k: v for k, v in e.items() if k != "recorded_at"} for e in reloaded["events"]]
    assert original["actors"] == reloaded["actors"] and original["places"] == reloaded["places"]


@pytest.mark.parametrize(
    "args",
    [
        ["between", "2024-02-30", "2024-03-01"],
        ["between", "2024-12", "2024-01"],
        ["show", "no-such-event"],
        ["--store", "ftp://nowhere", "actors"],
        ["export", "--format", "nonsense"],
        ["between", "2024", "2024", "--type", "picnic"],
    ],
)
def test_errors_are_one_line_without_traceback(args: list[str], sqlite_path: Path) -> None:
    result = run(*args, store=sqlite_path if args[0] != "--store" else None)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_load_reports_each_problem_on_its_own_line_then_a_summary(sqlite_path: Path) -> None:
    result = run("load", "no/such/file.yaml", str(SEED_FACTS), store=sqlite_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    first, summary = result.stderr.strip().splitlines()
    assert first == "error: no/such/file.yaml: no such file or folder"
    assert "13 events" in summary and "1 problem(s)" in summary


def test_show_lists_every_source_with_its_quote(sqlite_path: Path) -> None:
    run("load", str(SEED_FACTS), store=sqlite_path)
    shown = run("show", "trump-putin-call", store=sqlite_path)
    assert shown.returncode == 0
    assert "The Post said Trump took the call in Florida on November 7" in shown.stdout
    assert "2024-11-07 .. 2024-11-07 (day)" in shown.stdout


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown"])
def test_between_tabular_formats(fmt: str, sqlite_path: Path) -> None:
    run("load", str(SEED_FACTS), store=sqlite_path)
    out = run("between", "2024-11-07", "2024-11-07", "--format", fmt, store=sqlite_path).stdout
    assert "Trump tells Putin" in out


def test_piped_load_is_quiet_but_for_its_summary(sqlite_path: Path) -> None:
    result = run("load", str(SEED_FACTS), store=sqlite_path)
    assert result.stdout == ""
    assert result.stderr.startswith("loaded 1 file(s)") and "\r" not in result.stderr


def test_store_from_environment(sqlite_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["load", str(SEED_FACTS)], env={"TIMELINEKG_STORE": str(sqlite_path)})
    assert result.exit_code == 0, result.output
    assert sqlite_path.exists()


def all_commands() -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []

    def walk(prefix: str, command: click.Command) -> None:
        found.append((prefix, command))
        if isinstance(command, click.Group):
            for name, sub in sorted(command.commands.items()):
                walk(f"{prefix} {name}".strip(), sub)

    walk("", cli)
    return found


@pytest.mark.parametrize("name,command", all_commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_help_ends_with_an_example(name: str, command: click.Command) -> None:
    help_text = (command.help or "").rstrip()
    last_paragraph = help_text.split("\n\n")[-1]
    assert "Example:" in last_paragraph, f"'timelinekg {name}' help should end with an Example"


@pytest.mark.parametrize(
    "command",
    [
        ["between", "2024-11-10", "2024-11-01"],
        ["export", "--between", "2024-11-10", "2024-11-01"],
        ["related", "Trump", "--between", "2024-11-10", "2024-11-01"],
        ["chains", "Trump", "--between", "2024-11-10", "2024-11-01"],
    ],
)
def test_a_reversed_range_is_the_same_one_line_error_everywhere(sqlite_path: Path, command: list[str]) -> None:
    result = CliRunner().invoke(cli, ["--store", str(sqlite_path), *command])
    assert result.exit_code == 1
    assert result.output == "Error: the range ends (2024-11-01) before it starts (2024-11-10)\n"
    assert not sqlite_path.exists()  # refused before the store was opened


REPORTED_FACTS = """\
sources:
  - {title: Farmers block roads, url: "https://example.org/farmers", published: 2025-02-03}
actors:
  - {name: farmers, kind: group}
events:
  - id: farmers-protest
    type: protest
    label: Farmers protested against the new tax
    earliest: null
    latest: 2025-02-03
    precision: reported
    actors: [{name: farmers, role: agent}]
    evidence: ["Farmers protested against the new tax."]
"""


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_an_undated_event_says_it_is_reported_by_its_day(fmt: str, sqlite_path: Path, tmp_path: Path) -> None:
    facts = tmp_path / "farmers.yaml"
    facts.write_text(REPORTED_FACTS, encoding="utf-8")
    assert run("load", str(facts), store=sqlite_path).returncode == 0
    out = run("between", "2025-02", "2025-02", "--format", fmt, store=sqlite_path).stdout
    if fmt == "json":
        [event] = json.loads(out)
        assert (event["earliest"], event["latest"], event["reported_by"]) == (None, "2025-02-03", "2025-02-03")
    else:
        assert "reported by 2025-02-03" in out
    assert "reported by 2025-02-03" in run("show", "farmers-protest", store=sqlite_path).stdout


def test_show_says_why_two_reports_were_joined(sqlite_path: Path, tmp_path: Path) -> None:
    for name, quote in (("one", "Rebels attacked the garrison in Gao."), ("two", "The garrison was hit by rebels.")):
        (tmp_path / f"{name}.yaml").write_text(
            f"""\
sources:
  - {{title: Report {name}, url: "https://example.org/{name}", published: 2025-02-03}}
actors:
  - {{name: rebels, kind: group}}
  - {{name: garrison, kind: group}}
events:
  - id: attack-{name}
    type: attack
    label: {quote}
    date: 2025-02-02
    actors: [{{name: rebels, role: agent}}, {{name: garrison, role: target}}]
    evidence: ["{quote}"]
""",
            encoding="utf-8",
        )
        assert run("load", str(tmp_path / f"{name}.yaml"), store=sqlite_path).returncode == 0
    shown = run("show", "attack-one", store=sqlite_path).stdout
    assert "joined:" in shown and "agent rebels" in shown and "target garrison" in shown
    assert "Report two" in shown  # sources are named by title, not id


def test_between_as_of_and_show_give_the_claims_contract(tmp_path: Path) -> None:
    from tests.test_store_behaviour import DISPUTED_CALL

    facts = tmp_path / "disputed-call.yaml"
    facts.write_text(DISPUTED_CALL, encoding="utf-8")
    store = ["--store", str(tmp_path / "claims.db")]
    runner = CliRunner()
    assert runner.invoke(cli, [*store, "load", str(facts)]).exit_code == 0
    statuses = []
    for day in ("2024-11-01", "2024-11-03", "2024-11-06"):
        result = runner.invoke(cli, [*store, "between", "2024-10", "2024-11", "--as-of", day, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        events = {e["id"]: e for e in map(json.loads, result.output.splitlines())}
        assert {"status", "publishers", "disputes", "disputed_by"} <= set(events["call"])
        statuses.append(events["call"]["status"])
    assert statuses == ["reported", "disputed", "corroborated"]
    result = runner.invoke(cli, [*store, "between", "2024-10", "2024-11", "--status", "reported", "--format", "json"])
    assert [e["id"] for e in json.loads(result.output)] == ["denial", "confirmation"]
    assert json.loads(result.output)[0]["disputes"] == ["call"]
    shown = runner.invoke(cli, [*store, "show", "call"]).output
    assert "corroborated: reported by 2 publishers, confirmed by confirmation, disputed by denial" in shown
    assert shown.index("Herald scoop (2024-11-01)") < shown.index("Wire follow-up (2024-11-05)")
    as_json = json.loads(
        runner.invoke(cli, [*store, "show", "call", "--as-of", "2024-11-03", "--format", "json"]).output
    )
    assert (as_json["status"], as_json["disputed_by"], as_json["publishers"]) == ("disputed", ["denial"], 1)
    early = runner.invoke(cli, [*store, "show", "call", "--as-of", "2024-10-31"])
    assert early.exit_code != 0 and "no report published by 2024-10-31" in early.output
    exported = json.loads(runner.invoke(cli, [*store, "export", "--as-of", "2024-11-03", "--format", "json"]).output)
    assert [s["id"] for s in exported["sources"]] == ["herald", "ministry"]  # the wire's came later
    assert [(e["id"], e.get("disputes")) for e in exported["events"]] == [("call", None), ("denial", ["call"])]
    chain = runner.invoke(cli, [*store, "chains", "Ana", "--as-of", "2024-11-03", "--format", "json"]).output
    assert [e["id"] for e in json.loads(chain)["events"]] == ["call"]
    bad = runner.invoke(cli, [*store, "between", "2024-10", "2024-11", "--recorded-before", "yesterday"])
    assert bad.exit_code == 2 and "ISO date-time" in bad.output
