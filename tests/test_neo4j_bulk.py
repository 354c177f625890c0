"""`push --to bolt://… --bulk`: an empty Neo4j loaded through neo4j-admin answers like the embedded store."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_FACTS
from tests.neo4j_support import NEO4J_DEV, DedicatedServer
from tests.test_neo4j_import import _admin_classpath, _window_events
from timelinekg.cli import cli
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.model import Facts

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

# (start, end, options): weeks around the short, long and open events, a month, a year, a past window
WINDOWS = [
    ("2024-11-05", "2024-11-10", []),
    ("2024-11-05", "2024-11-10", ["--include-undated"]),
    ("2024-11-05", "2024-11-10", ["--within", "--include-undated"]),
    ("2024-11", "2024-11", []),
    ("2020-06-01", "2020-06-30", []),
    ("2026-01-01", "2026-12-31", ["--include-undated"]),
    ("1900-01-01", "2100-12-31", ["--include-undated"]),
]


def test_bulk_push_answers_between_like_the_embedded_store_and_refuses_a_second_time(tmp_path: Path) -> None:
    if _admin_classpath() is None:
        pytest.skip("Neo4j jars (scripts/neo4j-dev classpath) or java not available")
    embedded = tmp_path / "embedded.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", str(embedded), "load", str(SEED_FACTS)]).exit_code == 0
    with SQLiteStore(embedded) as store:
        store.write(Facts(events=_window_events()))
    server = DedicatedServer(tmp_path / "neo4j-run", heap="512m")  # the import replaces its database
    started = server.dev("start")
    assert started.returncode == 0, started.stderr[-3000:]
    try:
        push = ["--store", str(embedded), "push", "--to", server.uri, "--bulk", "--server-script", str(NEO4J_DEV)]
        pushed = runner.invoke(cli, push, env=server.env)
        assert pushed.exit_code == 0, pushed.output
        assert f"pushed to {server.uri}: it now has" in pushed.output
        for start, end, options in WINDOWS:
            answers = [
                runner.invoke(
                    cli, ["--store", where, "between", start, end, *options, "--format", "json"], env=server.env
                )
                for where in (str(embedded), server.uri)
            ]
            assert answers[0].exit_code == answers[1].exit_code == 0, answers[1].output
            assert answers[1].output == answers[0].output, (start, end, options)
        again = runner.invoke(cli, push, env=server.env)
        assert again.exit_code == 1
        refusal = [line for line in again.output.splitlines() if "not empty" in line]
        assert len(refusal) == 1 and "push without --bulk" in refusal[0]
    finally:
        server.dev("stop")
