"""Article extraction as an Apache Spark job (`timelinekg spark-load`), read back file by file in the load's order.

Spark reads the article files (its ``binaryFile`` source; the driver lists them as `load` does, so they
are paths the driver and the executors both see: local with ``local[N]``, a shared mount on a cluster),
and each partition runs the readers of ``loaders.articles`` and the extractor of ``load`` on its files:
the spaCy model is loaded once per Python worker (Spark reuses its workers from task to task) and kept.
A file's articles are extracted together, in the batches ``load`` gives spaCy, so every file yields
exactly what its loader yields.  The results are shuffled into ranges of the file list and streamed to
the driver one range at a time, in input order, where one writer merges them
(``graph.ingest.load_extracted``): the merge rule is order-dependent (the first report names an event
and gives it its id; an actor takes the id of the first article's spelling), so it runs once, in order,
in the driver.

pyspark is imported only in this module and only when a job runs (``pip install timelinekg[spark]``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from timelinekg.errors import TimelineKGError, ValidationError
from timelinekg.loaders import LoadOptions, LoadResult
from timelinekg.loaders.articles import articles_from_bytes, extracted_articles
from timelinekg.loaders.parallel import Outcome, Raised, article_files, portable_error

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

# Tasks per core: enough that a slow partition (long articles) does not leave the other cores idle at
# the end, few enough that each task's start-up stays small against its work.
PARTITIONS_PER_CORE = 4
FILES_PER_RANGE = 1000  # files whose facts the driver holds at once while it merges them in order
INSTALL_HINT = "pip install 'timelinekg[spark]'"


class SparkMissing(TimelineKGError):
    """pyspark is not installed."""


def running_session() -> SparkSession | None:
    """The Spark session already running in this process (under ``spark-submit``, or a caller's), if any."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkMissing(f"spark-load needs pyspark: {INSTALL_HINT}") from None
    return SparkSession.getActiveSession()


def spark_session(master: str | None = None, app_name: str = "timelinekg spark-load") -> SparkSession:
    """The running Spark session, or a new one on ``master`` (``spark-submit`` gives its own).

    Dates before 1582 are written to Parquet as they are (proleptic Gregorian, as Python and Arrow
    count them), not rebased to the Julian calendar of old Spark versions.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkMissing(f"spark-load needs pyspark: {INSTALL_HINT}") from None
    # Spark's Python workers run this interpreter, so they import the same timelinekg and spaCy model.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            builder = builder.config("spark.ui.enabled", "false")
    session = (
        builder.config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED")
        .config("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


def _local_file(uri: str) -> str:
    """A ``file:`` URI as Spark writes it (``file:/a/b%20c``) as the absolute path it names."""
    return unquote(urlparse(uri).path)


# A file to extract: its index in the load's file list, the name `load` would give it, its format, and
# the file on this machine (for a dateless article's curated fact file beside it).
Job = tuple[int, str, str, str]


def _keyed(row: Any, jobs: Any) -> list[tuple[int, tuple[str, str, str, bytes]]]:
    """A file Spark read, once for each place it has in the load's file list (a file named twice loads twice)."""
    data = bytes(row.content)
    return [
        (index, (origin, format_name, local, data))
        for index, origin, format_name, local in jobs.value.get(_local_file(row.path), ())
    ]


def _extract_partition(
    files: Iterable[tuple[int, tuple[str, str, str, bytes]]], options: LoadOptions
) -> Iterator[tuple[int, list[Outcome]]]:
    """Run on an executor: each file's outcomes, as its loader would yield them (an exception last)."""
    for index, (origin, format_name, local, data) in files:
        outcomes: list[Outcome] = []
        try:
            articles = articles_from_bytes(data, origin, format_name, options, Path(local))
            outcomes.extend(extracted_articles(articles, origin))
        except Exception as error:
            outcomes.append(Raised(portable_error(error)))
        yield index, outcomes


def _in_order(index: int, files: int, partitions: int) -> int:
    """The partition of the file at ``index``: consecutive ranges, so partition order is input order."""
    return index * partitions // max(files, 1)


class SparkArticles:
    """The article files among ``files`` extracted by a Spark job, read back file by file in input order.

    Implements ``graph.ingest.ExtractedArticles``: call :meth:`results` with increasing indexes.
    """

    def __init__(
        self,
        spark: SparkSession,
        files: Sequence[tuple[Path, str | None]],
        options: LoadOptions,
        roots: Sequence[Path] = (),
    ) -> None:
        jobs: dict[str, list[Job]] = {}
        for index, path, format_name in article_files(files):
            local = os.path.abspath(path)
            jobs.setdefault(local, []).append((index, str(path), format_name, local))
        self._extracting = {job[0]: job[1] for named in jobs.values() for job in named}
        self._pending: tuple[int, list[Outcome]] | None = None
        self._results: Iterator[tuple[int, list[Outcome]]] = iter(())
        if jobs:
            self._results = _run(spark, jobs, len(files), options, _read_paths(jobs, roots))

    def results(self, index: int) -> Iterator[LoadResult]:
        """What the file at ``index`` yields, as its loader would have yielded it."""
        while True:
            if self._pending is None:
                self._pending = next(self._results, None)
            if self._pending is None or self._pending[0] > index:
                if index in self._extracting:  # Spark's listing passed it over (a name it hides?)
                    yield ValidationError("Spark did not read this file", path=self._extracting[index])
                return
            found, outcomes = self._pending
            self._pending = None
            if found == index:
                for outcome in outcomes:
                    if isinstance(outcome, Raised):
                        raise outcome.error
                    yield outcome
                return


def _read_paths(jobs: dict[str, list[Job]], roots: Sequence[Path]) -> list[str]:
    """What Spark is asked to read: the folders named (Spark lists a folder far faster than it checks the
    same files one by one), and the files it would not list there (names starting with ``_``)."""
    if not roots:
        return [Path(local).as_uri() for local in jobs]
    folders = [os.path.abspath(root) for root in roots]
    hidden = [local for local in jobs if any(part.startswith("_") for part in Path(local).parts)]
    return [Path(path).as_uri() for path in dict.fromkeys([*folders, *hidden])]


def _run(
    spark: SparkSession, jobs: dict[str, list[Job]], files: int, options: LoadOptions, paths: list[str]
) -> Iterator[tuple[int, list[Outcome]]]:
    context = spark.sparkContext
    partitions = max(1, min(len(jobs), context.defaultParallelism * PARTITIONS_PER_CORE))
    # Spark packs small files into few partitions; ask for enough to keep every core busy to the end.
    # Reading, extracting and sorting out by file then run in one stage, in one Python worker per task.
    spark.conf.set("spark.sql.files.minPartitionNum", str(partitions))
    read = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(paths)
    keyed = read.rdd.flatMap(partial(_keyed, jobs=context.broadcast(jobs)))
    extracted = keyed.mapPartitions(partial(_extract_partition, options=options))
    # The driver fetches one range at a time (a Spark job each): few ranges, each small enough to hold.
    ranges = max(1, -(-len(jobs) // FILES_PER_RANGE))
    # (pyspark's stubs want a key type of their own protocol; the file index is a plain int)
    ordered = extracted.repartitionAndSortWithinPartitions(  # type: ignore[call-overload]
        ranges, partitionFunc=partial(_in_order, files=files, partitions=ranges)
    )
    results: Iterator[tuple[int, list[Outcome]]] = ordered.toLocalIterator(prefetchPartitions=True)
    return results
