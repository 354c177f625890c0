"""`spark-load` on a local[2] Spark, then `load PARQUET_DIR`: the very store `load --workers 1` gives."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_DIR, SHARED
from tests.test_parallel_load import ARTICLES, _without_load_time
from timelinekg.cli import cli
from timelinekg.graph.base import EventQuery, Store
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore

try:
    import pyarrow  # noqa: F401
    import pyspark  # noqa: F401
except ImportError as missing:
    if os.environ.get("CI") == "true":
        raise  # scripts/test installs the spark extra, so in CI a missing one is a failure, not a skip
    pytest.skip(f"the spark extra is not installed ({missing.name})", allow_module_level=True)

pytestmark = pytest.mark.slow  # a Spark session, and every article extracted twice

REAL_NEWS = SHARED / "data" / "dev" / "realnews" / "articles"
MASTER = "local[2]"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """One local[2] session for the module: `spark-load` uses the running session and leaves it running."""
    from timelinekg.loaders.spark import spark_session

    session = spark_session(MASTER)
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed (a fact file and its article) and the parallel-load articles: text, Markdown, JSON Lines with
    bad lines, and an empty file."""
    folder = tmp_path_factory.mktemp("spark") / "corpus"
    shutil.copytree(SEED_DIR, folder / "seed")
    shutil.copytree(ARTICLES, folder / "articles")
    (folder / "articles" / "empty.txt").write_text("\n")
    return folder


def _ask(store_file: Path) -> Any:
    answer = CliRunner().invoke(
        cli,
        ["--store", str(store_file), "between", "1900-01-01", "2030-12-31", "--include-undated", "--format", "json"],
    )
    assert answer.exit_code == 0, answer.output
    return _without_load_time(json.loads(answer.output))


def _errors(output: str) -> list[str]:
    return sorted(line for line in output.splitlines() if line.startswith("error:"))


def _spark_load(corpus: Path, graph: Path) -> tuple[int, list[str]]:
    made = CliRunner().invoke(cli, ["spark-load", str(corpus), "--out", str(graph), "--master", MASTER])
    assert made.exception is None or isinstance(made.exception, SystemExit), made.output
    return made.exit_code, _errors(made.output)


def _load_graph(graph: Path, store_file: Path) -> Any:
    loaded = CliRunner().invoke(cli, ["--store", str(store_file), "load", str(graph)])
    assert loaded.exit_code == 0, loaded.output
    return _ask(store_file)


def _load_serially(corpus: Path, store_file: Path) -> tuple[int, list[str], Any]:
    loaded = CliRunner().invoke(cli, ["--store", str(store_file), "load", "--workers", "1", str(corpus)])
    return loaded.exit_code, _errors(loaded.output), _ask(store_file)


@pytest.fixture(scope="module")
def graph(spark: Any, corpus: Path) -> tuple[Path, int, list[str]]:
    """The corpus through `spark-load`: the Parquet folder, the exit code and the errors it printed."""
    out = corpus.parent / "graph.parquet"
    exit_code, errors = _spark_load(corpus, out)
    return out, exit_code, errors


def test_spark_load_gives_what_one_worker_gives(
    graph: tuple[Path, int, list[str]], corpus: Path, tmp_path: Path
) -> None:
    folder, exit_code, errors = graph
    events = _load_graph(folder, tmp_path / "spark.db")
    assert (exit_code, errors, events) == _load_serially(corpus, tmp_path / "one.db")
    assert exit_code == 1  # the bad JSON Lines lines and the empty file, reported alike
    assert any("wire.jsonl:2: not JSON" in error for error in errors)
    assert any("empty.txt: empty file" in error for error in errors)
    assert {event["id"] for event in events} >= {"trump-putin-call"}  # the fact file, read by the driver
    minister_meets_union = [event for event in events if "Jeannette Jara met union leader" in event["label"]]
    assert len(minister_meets_union) == 1 and len(minister_meets_union[0]["sources"]) == 2  # merged across files


@pytest.mark.skipif(not REAL_NEWS.is_dir(), reason="../shared real-news development set not present")
def test_spark_load_gives_what_one_worker_gives_on_real_news(spark: Any, tmp_path: Path) -> None:
    exit_code, errors = _spark_load(REAL_NEWS, tmp_path / "graph.parquet")
    events = _load_graph(tmp_path / "graph.parquet", tmp_path / "spark.db")
    assert (exit_code, errors, events) == _load_serially(REAL_NEWS, tmp_path / "one.db")
    assert exit_code == 0 and len(events) > 100


def _facts(store: Store) -> dict[str, Any]:
    return {
        event.id: (
            event.type,
            event.label,
            event.earliest,
            event.latest,
            event.precision,
            event.participants,
            event.place_ids,
            event.mentions,
            event.attributes,
        )
        for event in store.events(EventQuery())
    }


def test_the_parquet_graph_loads_into_every_store(
    graph: tuple[Path, int, list[str]], corpus: Path, tmp_path: Path, store: Store
) -> None:
    folder = graph[0]
    report = load_paths(store, [folder])
    assert report.errors == [] and report.files == 1
    with SQLiteStore(tmp_path / "one.db") as reference:
        load_paths(reference, [corpus])
        assert _facts(store) == _facts(reference)
        assert store.counts() == reference.counts()
    manifest = json.loads((folder / "_timelinekg.parquet-graph.json").read_text())
    assert manifest["counts"]["events"] == store.counts()["events"]
    for table in ("events", "participation", "mentions", "sources"):
        assert {path.name.split("=")[0] for path in (folder / table).iterdir() if path.is_dir()} == {"month"}


def test_neo4j_import_export_from_the_loaded_graph(graph: tuple[Path, int, list[str]], tmp_path: Path) -> None:
    runner = CliRunner()
    store_file = str(tmp_path / "graph.db")
    assert runner.invoke(cli, ["--store", store_file, "load", str(graph[0])]).exit_code == 0
    exported = runner.invoke(
        cli, ["--store", store_file, "export", "--format", "neo4j-import", "-o", str(tmp_path / "import")]
    )
    assert exported.exit_code == 0, exported.output
    assert any((tmp_path / "import").iterdir())


SYNTHETIC_ARTICLES = 150


def test_spark_load_gives_what_one_worker_gives_on_synthetic_articles(spark: Any, tmp_path: Path) -> None:
    from bench.synthetic import synthetic_articles

    known = synthetic_articles(tmp_path / "articles", SYNTHETIC_ARTICLES, seed=7)
    exit_code, errors = _spark_load(tmp_path / "articles", tmp_path / "graph.parquet")
    events = _load_graph(tmp_path / "graph.parquet", tmp_path / "spark.db")
    assert (exit_code, errors, events) == _load_serially(tmp_path / "articles", tmp_path / "one.db")
    merged = [event for event in events if len(event["sources"]) > 1]
    assert exit_code == 0 and len(events) >= len(known) and merged  # reports of one event in several articles


def test_without_pyspark_spark_load_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # what an import of a missing package meets
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    made = CliRunner().invoke(cli, ["spark-load", str(corpus), "--out", str(tmp_path / "graph.parquet")])
    assert made.exit_code == 1 and "pip install 'timelinekg[spark]'" in made.output
