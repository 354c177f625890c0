"""`timelinekg spark-load`: articles extracted by Spark, merged by the rule of `load`, written as Parquet.

Extraction, the expensive part, runs as a Spark job (``loaders.spark``).  The merge rule is
order-dependent (the first report of an event names it and gives it its id; the first article's
spelling of an actor gives the actor's id), so the driver merges every file's facts in input order with
the code of `load` (``graph.ingest``) into a scratch embedded store; that store is then written with
Spark as Parquet tables (layout in ``loaders.parquet`` and docs/spark.md), which `load` reads back.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timelinekg.graph.base import EventQuery, Store
from timelinekg.graph.ingest import LoadReport, load_extracted
from timelinekg.loaders import LoadOptions
from timelinekg.loaders.parquet import (
    LAYOUT,
    LAYOUT_VERSION,
    MANIFEST,
    MONTH,
    PARTITIONED,
    TABLES,
    event_month,
    month_of,
)
from timelinekg.schema.model import Event

if TYPE_CHECKING:
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType


@dataclass
class SparkLoadResult:
    report: LoadReport
    counts: dict[str, int]  # what the Parquet graph holds, by table


def spark_load(
    paths: Iterable[Path], out: str, options: LoadOptions | None = None, *, master: str | None = None
) -> SparkLoadResult:
    """Extract the articles among ``paths`` on Spark, merge them as `load` would, and write the graph to ``out``.

    Uses the running Spark session if there is one (``spark-submit``), else starts one on ``master``
    and stops it at the end.
    """
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.loaders.spark import SparkArticles, running_session, spark_session

    options = options or LoadOptions()
    running = running_session()
    spark = running or spark_session(master)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="timelinekg-spark-load-") as scratch,
            SQLiteStore(Path(scratch) / "merged.db") as store,
        ):
            roots = list(paths)
            report = load_extracted(store, roots, lambda files: SparkArticles(spark, files, options, roots), options)
            counts = write_parquet_graph(spark, store, out)
    finally:
        if running is None:
            spark.stop()
    return SparkLoadResult(report, counts)


def _schemas() -> dict[str, StructType]:
    from pyspark.sql.types import (
        ArrayType,
        BooleanType,
        DateType,
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    text, day, texts = StringType(), DateType(), ArrayType(StringType())
    external = ArrayType(StructType([StructField("scheme", text), StructField("id", text)]))
    types: dict[str, dict[str, Any]] = {
        "events": {
            "ordinal": LongType(),
            "earliest": day,
            "latest": day,
            "start": day,
            "end": day,
            "date_conflict": BooleanType(),
            "place_ids": texts,
            "disputes": texts,
            "confirms": texts,
        },
        "participation": {"position": IntegerType()},
        "mentions": {
            "position": IntegerType(),
            "start": IntegerType(),
            "end": IntegerType(),
            "claimed_earliest": day,
            "claimed_latest": day,
        },
        "sources": {"published": day},
        "actors": {"aliases": texts, "external_ids": external},
        "places": {"latitude": DoubleType(), "longitude": DoubleType(), "external_ids": external, "aliases": texts},
    }
    schemas = {}
    for table, columns in TABLES.items():
        fields = [StructField(column, types[table].get(column, text)) for column in columns]
        if table in PARTITIONED:
            fields.append(StructField(MONTH, text, nullable=False))
        schemas[table] = StructType(fields)
    return schemas


def _json(pairs: tuple[tuple[str, Any], ...]) -> str | None:
    return json.dumps(dict(pairs), ensure_ascii=False, sort_keys=True) if pairs else None


def _instant(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def graph_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows for the store's whole graph, columns in ``TABLES`` order (then the month)."""
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in TABLES}
    for ordinal, event in enumerate(store.events(EventQuery())):
        _event_rows(rows, ordinal, event)
    for source in store.sources():
        rows["sources"].append(
            (
                source.id,
                source.title,
                source.url,
                source.publisher,
                source.published,
                _instant(source.recorded_at),
                month_of(source.published),
            )
        )
    for actor in store.actors():
        external = [{"scheme": scheme, "id": value} for scheme, value in actor.external_ids]
        rows["actors"].append(
            (actor.id, actor.name, actor.kind, list(actor.aliases), external, _json(actor.attributes))
        )
    for place in store.places():
        external = [{"scheme": scheme, "id": value} for scheme, value in place.external_ids]
        rows["places"].append(
            (
                place.id,
                place.name,
                place.kind,
                place.latitude,
                place.longitude,
                place.parent_id,
                external,
                list(place.aliases),
            )
        )
    return rows


def _event_rows(rows: dict[str, list[tuple[Any, ...]]], ordinal: int, event: Event) -> None:
    month = event_month(event)
    rows["events"].append(
        (
            event.id,
            ordinal,
            event.type,
            event.label,
            event.earliest,
            event.latest,
            event.precision,
            event.start,
            event.end,
            event.date_conflict,
            list(event.place_ids),
            _json(event.attributes),
            _instant(event.recorded_at),
            list(event.disputes),
            list(event.confirms),
            month,
        )
    )
    for position, participation in enumerate(event.participants):
        rows["participation"].append((event.id, position, participation.actor_id, participation.role, month))
    for position, mention in enumerate(event.mentions):
        rows["mentions"].append(
            (
                event.id,
                position,
                mention.source_id,
                mention.quote,
                mention.start,
                mention.end,
                mention.claimed_earliest,
                mention.claimed_latest,
                mention.claimed_precision,
                month,
            )
        )


def write_parquet_graph(spark: SparkSession, store: Store, out: str) -> dict[str, int]:
    """The store's graph as Parquet tables under ``out`` (any path Spark writes), with the manifest last."""
    out = out.rstrip("/")
    schemas = _schemas()
    counts = {}
    for table, rows in graph_rows(store).items():
        frame = spark.createDataFrame(rows, schemas[table])
        writer = frame.write.mode("overwrite")
        if table in PARTITIONED:
            writer = writer.partitionBy(MONTH)
        writer.parquet(f"{out}/{table}")
        counts[table] = len(rows)
    manifest = {"layout": LAYOUT, "version": LAYOUT_VERSION, "partitioned_by": MONTH, "counts": counts}
    _write_file(spark, f"{out}/{MANIFEST}", json.dumps(manifest, indent=2).encode() + b"\n")
    return counts


def _write_file(spark: SparkSession, path: str, data: bytes) -> None:
    """A small file written through Spark's own file systems (local, HDFS, object stores alike)."""
    context: Any = spark.sparkContext  # the JVM gateway is not typed
    hadoop_path = context._jvm.org.apache.hadoop.fs.Path(path)
    stream = hadoop_path.getFileSystem(context._jsc.hadoopConfiguration()).create(hadoop_path, True)
    try:
        stream.write(bytearray(data))
    finally:
        stream.close()
