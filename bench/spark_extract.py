"""Articles per second: `spark-load` on local[1] and local[2] against `load --workers 1` and `--workers 2`.

    python bench/spark_extract.py                 # 5,000 synthetic articles
    python bench/spark_extract.py --articles 300  # a quick look

The articles are ``bench.synthetic.synthetic_articles`` (news articles of known events, each event
reported by one to three outlets).  Every run is the CLI as a user runs it, in its own process, timed
wall-clock from start to exit: JVM and Spark start-up and model loading included.  `spark-load` runs
are followed by `load PARQUET_DIR` into a fresh store (timed apart), and every store is asked
`between --include-undated --format json`: ``same_answer`` says whether all four agree (load times aside).
The last line is JSON: ``articles``, ``articles_per_s`` by run, ``seconds`` by run,
``load_parquet_seconds``, ``same_answer``, ``cores`` and ``load_average`` (the machine may be shared).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.test_parallel_load import _without_load_time  # noqa: E402  (the answer as the identity tests compare it)

from bench.synthetic import synthetic_articles  # noqa: E402

TIMELINEKG = [sys.executable, "-m", "timelinekg"]


def _environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), environment.get("PYTHONPATH")]))
    return environment


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=_environment(), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _answer(store: Path) -> Any:
    output = subprocess.run(
        [
            *TIMELINEKG,
            "--store",
            str(store),
            "between",
            "1900-01-01",
            "2100-12-31",
            "--include-undated",
            "--format",
            "json",
        ],
        env=_environment(),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return _without_load_time(json.loads(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    figures: dict[str, Any] = {"articles": args.articles, "articles_per_s": {}, "seconds": {}}
    answers = []
    with tempfile.TemporaryDirectory(prefix="timelinekg-spark-bench-") as scratch:
        folder = Path(scratch)
        corpus = folder / "articles"
        synthetic_articles(corpus, args.articles, args.seed)
        load_parquet: dict[str, float] = {}
        for cores in (1, 2):
            name = f"spark-load local[{cores}]"
            graph = folder / f"graph-{cores}.parquet"
            seconds = _timed(
                [*TIMELINEKG, "spark-load", str(corpus), "--out", str(graph), "--master", f"local[{cores}]"]
            )
            figures["seconds"][name] = round(seconds, 1)
            figures["articles_per_s"][name] = round(args.articles / seconds, 1)
            store = folder / f"spark-{cores}.db"
            load_parquet[name] = round(_timed([*TIMELINEKG, "--store", str(store), "load", str(graph)]), 1)
            answers.append(_answer(store))
            print(f"{name}: {seconds:.1f} s, {args.articles / seconds:.1f} articles/s", flush=True)
        for workers in (1, 2):
            name = f"load --workers {workers}"
            store = folder / f"load-{workers}.db"
            seconds = _timed([*TIMELINEKG, "--store", str(store), "load", "--workers", str(workers), str(corpus)])
            figures["seconds"][name] = round(seconds, 1)
            figures["articles_per_s"][name] = round(args.articles / seconds, 1)
            answers.append(_answer(store))
            print(f"{name}: {seconds:.1f} s, {args.articles / seconds:.1f} articles/s", flush=True)
    figures["load_parquet_seconds"] = load_parquet
    figures["same_answer"] = all(answer == answers[0] for answer in answers)
    figures["events"] = len(answers[0])
    figures["cores"] = len(os.sched_getaffinity(0))
    figures["load_average"] = round(os.getloadavg()[0], 1)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
