"""``push --to bolt://… --bulk``: the first load of an empty Neo4j through ``neo4j-admin database import``.

Community imports only into a stopped server's database, so this needs a hand on the server: a script
with ``status``, ``stop``, ``start`` and ``admin ARGS…`` (the interface of ``scripts/neo4j-dev``).  The
steps: check the target database is empty (else refuse: the transactional push adds to a graph, the
importer replaces it), write the neo4j-admin CSV files (``exporters/neo4j_import.py``, from the one
property mapping), stop the server, import, start it, apply the schema, and compare the counts with
the source store's.  docs/neo4j.md gives the same steps by hand, for a server no script runs.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from timelinekg.errors import StoreError, TimelineKGError
from timelinekg.exporters.neo4j_bulk_files import write_bulk_files
from timelinekg.exporters.neo4j_import import write_import_files
from timelinekg.graph.base import Store
from timelinekg.graph.neo4j import cypher
from timelinekg.graph.neo4j.schema import schema_items
from timelinekg.graph.neo4j.store import Connection, Neo4jStore, open_neo4j_store, redact_uri
from timelinekg.graph.sqlite import SQLiteStore

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
COUNTED = ("events", "actors", "places", "sources", "mentions")
# Filling the indexes of millions of imported nodes takes minutes on a small machine.
SCHEMA_AWAIT_S = 3600
# What neo4j-admin says that is worth passing on: its stages' times, the total, memory and warnings.
IMPORT_REPORT = (
    "Node import",
    "Relationship import",
    "Relationship linking",
    "Post processing",
    "IMPORT DONE",
    "Peak memory",
    "WARNING",
)


class NotEmpty(TimelineKGError):
    """The bulk import replaces a database, so it is only for an empty one."""


@dataclass(frozen=True)
class ServerScript:
    """The script that runs the target server (``scripts/neo4j-dev`` or one with the same commands)."""

    path: Path  # run with this process's environment, as when the server was started
    timeout_s: float = 1800

    def run(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                ["bash", str(self.path), *arguments],
                capture_output=True,
                text=True,
                timeout=self.timeout_s,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise StoreError(f"{self.path} {arguments[0]}: {error}") from None

    def must(self, *arguments: str) -> str:
        finished = self.run(*arguments)
        output = finished.stdout + finished.stderr
        if finished.returncode != 0:
            last = [line for line in output.splitlines() if line.strip()][-3:]
            raise StoreError(f"`{self.path.name} {arguments[0]}` failed: " + " | ".join(last))
        return output


def _check_script_runs_target(script: ServerScript, connection: Connection) -> None:
    """Refuse to stop a server that is not the target: the script's status must name the target's port."""
    target = urlsplit(connection.uri)
    status = script.run("status")
    if status.returncode != 0:
        raise StoreError(f"`{script.path.name} status` says its server is not running; it should run the target")
    bolt = next((line.split()[1] for line in status.stdout.splitlines() if line.strip().startswith("bolt:")), "")
    runs = urlsplit(bolt)
    if target.hostname not in LOOPBACK or runs.port != (target.port or 7687):
        raise StoreError(
            f"{script.path} runs the server at {bolt or 'an unknown address'}, not {redact_uri(connection.uri)}: "
            "run it with the environment the target was started with (ports, TIMELINEKG_NEO4J_RUN)"
        )


def fill_constraints_at_once(target: Neo4jStore) -> None:
    """Each uniqueness constraint in a transaction of its own, all at once.

    Neo4j fills a constraint's index inside the commit that creates it, so in the one schema
    transaction the constraints over a million events and the sources filled one after the other.
    """
    statements = [item.statement for item in schema_items() if item.constraint]

    def create(statement: str) -> None:
        with target.errors("creating a uniqueness constraint"), target.session(write=True) as session:
            session.run(statement).consume()

    with ThreadPoolExecutor(len(statements)) as pool:
        list(pool.map(create, statements))


def filling_indexes(target: Neo4jStore) -> list[str]:
    """The indexes not yet online (still being filled), by name."""
    return [record["name"] for record in target.read(cypher.show_schema()) if record["state"] != "ONLINE"]


def bulk_push(
    source: Store,
    target_url: str,
    script: ServerScript,
    work_dir: Path | None = None,
    say: Callable[[str], None] | None = None,
    wait_for_indexes: bool = False,
) -> dict[str, int]:
    """Import everything in ``source`` into the empty database at ``target_url``; returns its counts.

    The uniqueness constraints are online when this returns; the other indexes may still be filling
    (unless ``wait_for_indexes``), which ``say`` tells: meanwhile answers are right, only slower.
    """
    say = say or (lambda _message: None)
    connection = Connection.from_url(target_url)
    where = redact_uri(connection.uri)
    with open_neo4j_store(target_url) as target:
        record = target.read(cypher.count_nodes_and_relationships())[0]
    if record["nodes"] or record["relationships"]:
        raise NotEmpty(
            f"the Neo4j database at {where} is not empty ({record['nodes']} nodes): --bulk only imports into an "
            "empty one; push without --bulk to add to it transactionally"
        )
    _check_script_runs_target(script, connection)
    expected = source.counts()
    with (
        tempfile.TemporaryDirectory(prefix="timelinekg-bulk-", dir=work_dir) as folder,
        ThreadPoolExecutor(max_workers=1) as stopper,
    ):
        # The server stops (seconds of JVM shutdown) while the files are written (minutes of Python).
        say(f"writing the import files ({expected['events']} events) while the server at {where} stops")
        stopped = stopper.submit(script.must, "stop")
        try:
            # From an embedded store SQLite writes the lines itself, three times less work than building
            # every event in Python (the readable export, from any store).
            files = (
                write_bulk_files(source, Path(folder))
                if isinstance(source, SQLiteStore)
                else write_import_files(source, Path(folder))
            )
            say(f"waiting for the server at {where} to stop")
            stopped.result()
            say("importing with neo4j-admin database import full")
            output = script.must("admin", "database", "import", "full", *files.arguments(connection.database))
            if "IMPORT DONE" not in output:
                raise StoreError("neo4j-admin did not say IMPORT DONE: " + " | ".join(output.splitlines()[-3:]))
            report = [line.strip() for line in output.splitlines() if line.startswith(IMPORT_REPORT)]
            say("neo4j-admin: " + "; ".join(report))
        finally:
            wait([stopped])  # started again (also when anything failed) only once it has stopped
            say(f"starting the server at {where}")
            script.must("start")
    with open_neo4j_store(target_url) as target:
        say("applying the schema")
        fill_constraints_at_once(target)
        # the import files carry every event's publication days: nothing to settle
        target.run_schema(settle=False, await_seconds=SCHEMA_AWAIT_S, wait=wait_for_indexes)
        record = target.read(cypher.count_imported())[0]
        counts = {name: int(record[name]) for name in COUNTED}
        filling = filling_indexes(target)
    if filling:
        say(
            f"the constraints are online; {len(filling)} indexes are still filling ({', '.join(filling)}): "
            "answers are right meanwhile, only slower"
        )
    differing = [
        f"{name} {counts[name]} (expected {expected[name]})" for name in COUNTED if counts[name] != expected[name]
    ]
    if differing:
        raise StoreError(f"after the import {where} has " + ", ".join(differing))
    return counts
