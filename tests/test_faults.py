"""Faults end in one line: damaged files, bad URLs, silent servers, impossible dates and ranges; secrets stay out."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from neo4j import exceptions as neo4j_errors

from tests.conftest import SEED_FACTS
from timelinekg.cli import cli
from timelinekg.graph.neo4j import store as neo4j_store
from timelinekg.graph.neo4j.store import Connection, translate


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="timelinekg", env=env)


def one_line(result: Result) -> str:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    (line,) = result.stderr.strip().splitlines()  # an export may have begun on stdout
    return line


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = tmp_path / "seed.db"
    assert run("--store", str(path), "load", str(SEED_FACTS)).exit_code == 0
    return path


def test_a_damaged_store_file_is_one_line_on_every_command(seeded: Path, tmp_path: Path) -> None:
    with seeded.open("r+b") as damaged:
        damaged.seek(4096 * 2)
        damaged.write(b"\xff" * 4096 * 6)
    for command in (["between", "1900", "2100"], ["export", "--format", "json"], ["actors"], ["show", "election"]):
        assert "damaged" in one_line(run("--store", str(seeded), *command)), command
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(bytes(range(256)) * 64)
    assert "is not a timelinekg store or is damaged" in one_line(run("--store", str(garbage), "actors"))


def test_impossible_dates_limits_and_reversed_ranges_are_one_line(seeded: Path) -> None:
    store = ("--store", str(seeded))
    assert "year 0 is out of range" in one_line(run(*store, "between", "0000-01-01", "2024"))
    assert "limit must be 0 or more" in one_line(run(*store, "between", "1900", "2100", "--limit", "-1"))
    reversed_export = one_line(run(*store, "export", "--format", "nt", "--between", "2024", "2023"))
    assert reversed_export.endswith("the range ends (2023-12-31) before it starts (2024-01-01)")
    huge = run(*store, "between", "1900", "2100", "--limit", str(10**30), "--format", "json")
    assert huge.exit_code == 0 and len(json.loads(huge.output)) == 13


def test_a_port_that_is_not_a_number_is_one_line() -> None:
    line = one_line(run("--store", "bolt://127.0.0.1:notaport", "between", "2024", "2024"))
    assert line.endswith("bad Neo4j URL bolt://127.0.0.1:notaport: the port 'notaport' is not a number 0-65535")


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never says a word (a stopped server, another program)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for connection in accepted:
        connection.close()


def test_a_server_that_never_answers_fails_within_the_connect_timeout(silent_port: int) -> None:
    started = time.monotonic()
    url = f"bolt://127.0.0.1:{silent_port}"
    result = run("--store", url, "between", "2024", "2024", env={"TIMELINEKG_CONNECT_TIMEOUT": "1"})
    assert result.exit_code == 2
    assert f"no answer from Neo4j at {url} within 1 s" in one_line(result)
    assert time.monotonic() - started < 15


@pytest.mark.parametrize("password", ["Neo4j", "credentials", "at", "rejected the"])
def test_error_messages_neither_contain_nor_mask_the_password(password: str) -> None:
    error = neo4j_errors.AuthError("The client is unauthorized due to authentication failure.")
    message = str(translate(error, f"bolt://neo4j:{password}@db.example:7687", "connecting"))
    assert message.startswith("Neo4j at bolt://db.example:7687 rejected the credentials")
    assert "***" not in message


def test_a_password_in_the_url_warns_once_and_a_password_file_is_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(neo4j_store, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="timelinekg"):
        for _ in range(3):
            assert Connection.from_url("bolt://reader:pw-in-url@db:7687", environ={}).password == "pw-in-url"
    assert [r.getMessage() for r in caplog.records].count(caplog.records[0].getMessage()) == 1
    assert "NEO4J_PASSWORD_FILE" in caplog.records[0].getMessage() and "pw-in-url" not in caplog.text
    secret = tmp_path / "password"
    secret.write_text("from-a-file\n", encoding="utf-8")
    assert Connection.from_url("bolt://db:7687", environ={"NEO4J_PASSWORD_FILE": str(secret)}).password == "from-a-file"
    with pytest.raises(Exception, match="cannot read the password file NEO4J_PASSWORD_FILE="):
        Connection.from_url("bolt://db:7687", environ={"NEO4J_PASSWORD_FILE": str(tmp_path / "missing")})
