"""`load --workers N`: articles extracted in N processes, stored by one writer in input order, the same store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_DIR
from timelinekg.cli import cli
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore

ARTICLES = Path(__file__).parent / "fixtures" / "parallel"

pytestmark = pytest.mark.slow  # each worker loads the language model


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seed (a fact file and its article) and articles of our own: text, Markdown, JSON Lines with bad lines."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEED_DIR, folder / "seed")
    shutil.copytree(ARTICLES, folder / "articles")
    (folder / "articles" / "empty.txt").write_text("\n")
    return folder


def _without_load_time(value: Any) -> Any:
    """The answer without `recorded_at`, the one thing two loads at two moments may not share."""
    if isinstance(value, dict):
        return {key: _without_load_time(item) for key, item in value.items() if key != "recorded_at"}
    if isinstance(value, list):
        return [_without_load_time(item) for item in value]
    return value


def _load_and_ask(store_file: Path, corpus: Path, workers: int) -> tuple[int, str, Any]:
    runner = CliRunner()
    loaded = runner.invoke(cli, ["--store", str(store_file), "load", "--workers", str(workers), str(corpus)])
    answer = runner.invoke(
        cli,
        ["--store", str(store_file), "between", "1900-01-01", "2030-12-31", "--include-undated", "--format", "json"],
    )
    assert answer.exit_code == 0, answer.output
    return loaded.exit_code, loaded.output, _without_load_time(json.loads(answer.output))


def test_two_workers_store_what_one_stores(corpus: Path, tmp_path: Path) -> None:
    one = _load_and_ask(tmp_path / "one.db", corpus, 1)
    two = _load_and_ask(tmp_path / "two.db", corpus, 2)
    assert one == two
    exit_code, output, events = one
    assert exit_code == 1  # the bad JSON Lines lines and the empty file, reported alike by both
    assert "wire.jsonl:2: not JSON" in output and "empty.txt: empty file" in output
    # the seed article into its fact file (each sentence the fact file quotes, the Washington Post's report
    # included), articles into each other ("the meeting between Pashinyan and Aliyev" praised later is the one
    # told the day after it), and an undated report into its dated event
    assert "15 merged into existing" in output
    assert {event["id"] for event in events} >= {"trump-putin-call"}
    assert any("Brussels" in json.dumps(event) for event in events)  # the JSON Lines articles were read
    minister_meets_union = [event for event in events if "Jeannette Jara met union leader" in event["label"]]
    assert len(minister_meets_union) == 1 and len(minister_meets_union[0]["sources"]) == 2


def test_progress_errors_and_fail_fast_alike(corpus: Path, tmp_path: Path) -> None:
    def run(workers: int, fail_fast: bool) -> tuple[list[str], list[int], list[str], bool, int]:
        files: list[str] = []
        batches: list[int] = []
        with SQLiteStore(tmp_path / f"w{workers}-{fail_fast}.db") as store:
            report = load_paths(
                store,
                [corpus / "articles", corpus / "seed"],
                on_file=lambda path: files.append(path.name),
                on_batch=batches.append,
                fail_fast=fail_fast,
                workers=workers,
            )
            return files, batches, report.errors, report.stopped_early, store.counts()["events"]

    for fail_fast in (False, True):
        assert run(1, fail_fast) == run(2, fail_fast)
    files, _batches, errors, stopped, _events = run(2, True)
    assert stopped and len(errors) == 1 and files[-1] == "empty.txt"


def test_the_writer_builds_the_gazetteer_itself_when_its_helper_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from multiprocessing.connection import Connection

    from timelinekg.loaders import parallel
    from timelinekg.nlp.extract import places

    def fail(sending: Connection) -> None:
        sending.close()

    monkeypatch.setattr(parallel, "_send_gazetteer", fail)
    monkeypatch.setattr(places, "_THIS_PROCESS", [])
    with parallel._GazetteerAside() as aside:
        aside.take()
    assert not places.gazetteer_built()
    assert places.gazetteer().resolve("Kiev") is not None


def test_loading_the_model_leaves_the_collector_off() -> None:
    """The writer loads everything with the collector off (spaCy's msgpack reader would turn it back on)."""
    import gc

    from timelinekg.nlp.extract.nlp import pipeline

    gc.disable()
    try:
        pipeline.__wrapped__()  # a fresh load, not the cached model
        assert not gc.isenabled()
    finally:
        gc.enable()
