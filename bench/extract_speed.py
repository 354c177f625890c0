"""Article extraction speed: the full pipeline on N copies of the development articles.

    python bench/extract_speed.py --copies 5

The articles are the SemEval-2015 trial corpus (30 Wikinews articles, ../shared/data/dev) plus the seed
article.  The full pipeline is what ``timelinekg load`` does with an article: spaCy (tokens, tags,
parse, entities), the temporal tagger, events, actors, places, and writing the facts into a fresh
embedded store with the merge rule.  Each copy is given its own URL, so copies are distinct sources.

First it runs the CLI path, ``timelinekg load --workers 1`` and then ``--workers N`` on the same articles
written as JSON Lines files (model loading included, as a user meets it), prints both rates, their ratio,
whether both stores answer ``between`` alike, the load average around the runs, and the speedup N processes
get on a pure CPU loop just before, between and just after the two runs (the machine may be shared: that
ceiling, measured at the same moments, bounds the ratio).  Each run goes through ``bench/cli_phases.py``
(the same CLI, noting when its phases end), so each also prints its phase split: starting the command,
loading what the workers need before they are forked (with the CPU seconds of the writer and of the
gazetteer helper beside it), from the first article stored to the last (CPU seconds of the writer and of
the workers), and after the last (Python's teardown included); then an estimate, from CPU seconds, of
what the two runs would take on idle cores, which a busy machine stretches far less than wall time.
``--cli-only`` stops there.

Then it runs once in this process (one core; the rates are per CPU second of this process, so that other
work on a shared machine does not skew them, and the wall-clock rate is printed beside), then with
``--workers`` processes extracting in parallel (each loads the model once, before the clock starts)
while this process writes to the store, and prints where the time goes
(a profile of one-core extraction by stage).  The last line is JSON: ``articles``,
``words``,
``articles_per_s``, ``words_per_s``, ``words_per_s_2_workers`` (for ``--workers 2``, the default),
the stage shares, and the CLI figures ``cli_words_per_s_1_worker``, ``cli_words_per_s_2_workers``,
``cli_speedup``, ``cli_same_store``, ``machine_ceiling`` (and ``machine_ceiling_before_between_after``),
``load_average``, ``cli_phases_1_worker`` and ``cli_phases_2_workers`` (seconds; ``_cpu_s`` CPU seconds),
``cli_idle_estimate`` (``one_s``, ``many_s``, ``speedup``, ``serial_s``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def dev_articles(shared: Path = SHARED) -> list[dict[str, str]]:
    trial = shared / "data" / "dev" / "semeval2015-timeline-trial" / "timeml"
    seed = shared / "data" / "seed" / "trump-putin-call.txt"
    articles = []
    for path in sorted(trial.glob("*.tml")):
        root = ET.parse(path).getroot()
        dct_element = root.find("DCT/TIMEX3")
        text_element = root.find("TEXT")
        if dct_element is None or text_element is None:
            continue
        sentences = [" ".join("".join(s.itertext()).split()) for s in text_element.iter("s")]
        articles.append(
            {
                "title": (root.findtext("EXTRAINFO") or path.stem).strip(),
                "published": (dct_element.get("value") or "")[:10],
                "text": "\n".join(sentences),
            }
        )
    if seed.exists():
        articles.append(
            {
                "title": seed.read_text(encoding="utf-8").splitlines()[0],
                "published": "2024-11-10",
                "text": seed.read_text(encoding="utf-8"),
            }
        )
    if not articles:
        sys.exit(f"no development articles under {trial}")
    return articles


def copies(articles: list[dict[str, str]], count: int) -> Iterator[tuple[int, dict[str, str]]]:
    number = 0
    for copy in range(count):
        for article in articles:
            yield number, {**article, "url": f"bench:{copy}:{number}"}
            number += 1


def to_article(number: int, record: dict[str, str]) -> object:
    from timelinekg.nlp.extract import Article

    return Article(
        text=record["text"],
        origin=f"article {number}",
        title=record["title"],
        published=dt.date.fromisoformat(record["published"]),
        url=record["url"],
    )


def _extract_chunk(chunk: list[tuple[int, dict[str, str]]]) -> list[object]:
    from timelinekg.nlp.extract import extract_articles

    return list(extract_articles(to_article(n, r) for n, r in chunk))  # type: ignore[misc]


def run(records: list[tuple[int, dict[str, str]]], workers: int, store_path: Path) -> tuple[float, float]:
    """Wall seconds and this process's CPU seconds."""
    from timelinekg.graph.ingest import ingest
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.nlp.extract import extract_articles
    from timelinekg.schema.model import Facts

    store = SQLiteStore(store_path)
    if workers <= 1:
        started = time.perf_counter()
        cpu_started = time.process_time()
        results: Iterator[object] = extract_articles(to_article(n, r) for n, r in records)  # type: ignore[misc]
        for facts in results:
            if isinstance(facts, Facts):
                ingest(store, facts)
    else:
        chunks = [records[i : i + 4] for i in range(0, len(records), 4)]
        with multiprocessing.get_context("spawn").Pool(workers, initializer=_warm) as pool:
            pool.map(_ready, range(workers * 4))  # every worker has loaded the model before the clock starts
            started = time.perf_counter()
            cpu_started = time.process_time()
            for batch in pool.imap(_extract_chunk, chunks):
                for facts in batch:
                    if isinstance(facts, Facts):
                        ingest(store, facts)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    store.close()
    return elapsed, cpu


def _ready(_: int) -> None:
    time.sleep(0.2)


def _warm() -> None:
    from timelinekg.nlp.extract import extract_article
    from timelinekg.nlp.extract.lexicon import load_lexicon
    from timelinekg.nlp.extract.nlp import pipeline
    from timelinekg.nlp.extract.places import gazetteer

    pipeline()
    # with its alias index, as the product's own warm-up before a load builds it (loaders/parallel.py): it is
    # built once per process, on the first name no main index knows, and is loading, not a rate per word
    gazetteer().fully_indexed()
    load_lexicon()
    extract_article(
        to_article(
            0,
            {
                "title": "t",
                "published": "2024-01-02",
                "url": "warm",  # type: ignore[arg-type]
                "text": "Apple said on Monday it had launched the iPhone in Paris.",
            },
        )
    )


@dataclass
class CliRun:
    """One `timelinekg load --workers N` run: wall and CPU seconds, its phases, what the store then answers."""

    wall: float
    cpu: float
    answer: str
    phases: dict[str, float]

    def phase_line(self) -> str:
        phases = self.phases
        if not phases:
            return "(no phase split: bench/cli_phases.py found no article stored)"
        loading = ""
        if "loading_s" in phases:
            loading = (
                f", of which {phases['loading_s']:.2f} s loading the model, gazetteer and lexicon before forking "
                f"({phases['loading_cpu_s']:.2f} CPU s in the writer, {phases['helper_cpu_s']:.2f} in the gazetteer "
                "helper beside it)"
            )
        return (
            f"{phases['start_s']:.2f} s starting the command, {phases['to_first_stored_s']:.2f} s more to the first "
            f"article stored ({phases['to_first_stored_cpu_s']:.2f} CPU s{loading}), {phases['extracting_s']:.2f} s "
            f"from it to the last ({phases['extracting_writer_cpu_s']:.2f} CPU s in the writer, "
            f"{phases['workers_cpu_s']:.2f} in the workers), {phases['after_last_s']:.2f} s after it "
            f"({phases['after_last_cpu_s'] + phases['exit_cpu_s']:.2f} CPU s)"
        )


def cli_run(corpus: Path, workers: int, store_path: Path) -> CliRun:
    """`timelinekg load --workers N` as a user runs it (through bench/cli_phases.py, which notes when its
    phases end), then what `between --format json` answers (without load times), to check the stores are
    the same."""
    import os
    import resource
    import subprocess

    phases_file = store_path.with_suffix(".phases.json")
    environment = {**os.environ, "PYTHONPATH": str(REPO / "src"), "TIMELINEKG_PHASES": str(phases_file)}
    arguments = ["--quiet", "--store", str(store_path), "load"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    launched = time.monotonic()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(REPO / "bench" / "cli_phases.py"), *arguments, "--workers", str(workers), str(corpus)],
        env=environment,
        check=True,
    )
    elapsed = time.perf_counter() - started
    ended = time.monotonic()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    question = ["between", "1900-01-01", "2100-01-01", "--include-undated", "--format", "json"]
    answer = subprocess.run(
        [sys.executable, "-m", "timelinekg", *arguments[:-1], *question],
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    events = json.loads(answer)
    for event in events:
        event.pop("recorded_at", None)
    moments = json.loads(phases_file.read_text(encoding="utf-8"))
    phases = phase_split(moments, launched, ended)
    if phases:  # what the command spent after its exit handlers ran: Python's own teardown
        phases["exit_cpu_s"] = round(cpu - moments["children_cpu"] - moments["ended"][1], 3)
    return CliRun(elapsed, cpu, json.dumps(events, sort_keys=True), phases)


def phase_split(moments: dict[str, Any], launched: float, ended: float) -> dict[str, float]:
    """Seconds (wall, and CPU where said) of: starting the command (Python and its imports), from there to the
    first article stored (with, for workers forked from the writer, loading what they need), from the first
    to the last article stored, and after the last (closing the store, the summary, exiting)."""
    if "first_stored" not in moments:
        return {}
    started, first, last, end = (moments[name] for name in ("started", "first_stored", "last_stored", "ended"))
    helper_cpu = moments.get("helper_cpu", 0.0)
    phases = {
        "start_s": started[0] - launched,
        "to_first_stored_s": first[0] - started[0],
        "to_first_stored_cpu_s": first[1] - started[1],
        "extracting_s": last[0] - first[0],
        "extracting_writer_cpu_s": last[1] - first[1],
        "workers_cpu_s": moments["children_cpu"] - helper_cpu,
        "after_last_s": ended - last[0],
        "after_last_cpu_s": end[1] - last[1],
    }
    if "loaded" in moments:
        loading, loaded = moments["loading"], moments["loaded"]
        phases |= {
            "before_loading_cpu_s": loading[1] - started[1],
            "loading_s": loaded[0] - loading[0],
            "loading_cpu_s": loaded[1] - loading[1],
            "helper_cpu_s": helper_cpu,
            "writer_cpu_after_loading_s": last[1] - loaded[1],
        }
    return {name: round(value, 3) for name, value in phases.items()}


def write_corpus(records: list[tuple[int, dict[str, str]]], folder: Path) -> Path:
    """The articles as JSON Lines files of 31 articles each, the way a feed is often stored."""
    corpus = folder / "corpus"
    corpus.mkdir()
    per_file = 31
    for start in range(0, len(records), per_file):
        lines = [json.dumps(record) for _, record in records[start : start + per_file]]
        (corpus / f"articles-{start // per_file:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


def _spin(count: int) -> int:
    total = 0
    for number in range(count):
        total += number
    return total


def machine_ceiling(workers: int, count: int = 10_000_000) -> float:
    """The speedup ``workers`` processes get on a pure CPU loop right now: on a shared machine, the most
    any parallel load can show at this moment (1.0 when other work takes the other cores).  Both sides
    run in forked children, so process start-up weighs alike on each."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")

    def timed(processes: int, each: int) -> float:
        started = time.perf_counter()
        children = [context.Process(target=_spin, args=(each,)) for _ in range(processes)]
        for child in children:
            child.start()
        for child in children:
            child.join()
        return time.perf_counter() - started

    return timed(1, count * workers) / timed(workers, count)


def cli_figures(records: list[tuple[int, dict[str, str]]], words: int, workers: int) -> dict[str, object]:
    import os

    with tempfile.TemporaryDirectory() as folder:
        corpus = write_corpus(records, Path(folder))
        ceiling = machine_ceiling(workers)
        print(f"{workers} processes on a pure CPU loop, now: {ceiling:.2f}x one (the machine's ceiling)", flush=True)
        load_before = os.getloadavg()[0]
        one = cli_run(corpus, 1, Path(folder) / "cli-one.db")
        ceiling_between = machine_ceiling(workers)
        print(
            f"load --workers 1: {one.wall:.2f} s wall ({one.cpu:.2f} CPU s), {words / one.wall:.0f} words/s: "
            + one.phase_line(),
            flush=True,
        )
        many = cli_run(corpus, workers, Path(folder) / "cli-many.db")
        load_after = os.getloadavg()[0]
        ceiling_after = machine_ceiling(workers)
        print(
            f"load --workers {workers}: {many.wall:.2f} s wall ({many.cpu:.2f} CPU s), "
            f"{words / many.wall:.0f} words/s, "
            f"{one.wall / many.wall:.2f}x one worker; same store: {one.answer == many.answer}; "
            f"load average {load_before:.2f} before, {load_after:.2f} after, on {os.cpu_count()} cores; "
            f"{workers} processes on a CPU loop got {ceiling:.2f}x, {ceiling_between:.2f}x and {ceiling_after:.2f}x "
            "one before, between and after the runs: " + many.phase_line(),
            flush=True,
        )
        estimate = idle_estimate(one, many, workers)
        if estimate:
            print(
                "from CPU seconds (an estimate, not a measurement: the most idle cores would give): "
                f"{estimate['one_s']:.2f} s for one worker, {estimate['many_s']:.2f} s for {workers}, "
                f"{estimate['speedup']:.2f}x; serial part of the {workers}-worker run {estimate['serial_s']:.2f} s",
                flush=True,
            )
    return {
        "cli_words_per_s_1_worker": round(words / one.wall),
        f"cli_words_per_s_{workers}_workers": round(words / many.wall),
        "cli_speedup": round(one.wall / many.wall, 2),
        "cli_same_store": one.answer == many.answer,
        "machine_ceiling": round(ceiling, 2),
        "machine_ceiling_before_between_after": [round(c, 2) for c in (ceiling, ceiling_between, ceiling_after)],
        "load_average": [round(load_before, 2), round(load_after, 2)],
        "cores": os.cpu_count(),
        "cli_phases_1_worker": one.phases,
        f"cli_phases_{workers}_workers": many.phases,
        "cli_idle_estimate": estimate,
    }


def idle_estimate(one: CliRun, many: CliRun, workers: int) -> dict[str, float]:
    """The two runs' wall times on idle cores, from CPU seconds (not a measurement).  One worker's run is all
    its CPU seconds.  The parallel run is its serial part (starting Python, the command's imports, loading
    what the workers need, where the writer waits for the slower of itself and the gazetteer helper, and
    what follows the last article, Python's teardown included) plus the CPU seconds of the workers and of
    the writer after loading, shared among ``workers`` cores.  It counts no stretch of CPU seconds when both
    cores are busy and no worker idling at the end, so it is the most a quiet machine can show."""
    phases = many.phases
    if "loading_s" not in phases or not one.phases:
        return {}
    serial = (
        phases["start_s"]
        + phases["before_loading_cpu_s"]
        + max(phases["loading_cpu_s"], phases["helper_cpu_s"])
        + phases["after_last_cpu_s"]
        + phases["exit_cpu_s"]
    )
    many_s = serial + (phases["workers_cpu_s"] + phases["writer_cpu_after_loading_s"]) / workers
    return {
        "one_s": round(one.cpu, 2),
        "many_s": round(many_s, 2),
        "speedup": round(one.cpu / many_s, 2),
        "serial_s": round(serial, 2),
    }


def stage_profile(records: list[tuple[int, dict[str, str]]]) -> dict[str, float]:
    """Seconds per stage for one-core extraction (spaCy apart from our own code)."""
    from timelinekg.nlp.extract import facts_from_doc
    from timelinekg.nlp.extract.nlp import pipeline
    from timelinekg.nlp.timex import tag

    nlp = pipeline()
    articles = [to_article(n, r) for n, r in records]
    started = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=32))  # type: ignore[attr-defined]
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    for article in articles:
        tag(article.text, article.published)  # type: ignore[attr-defined]
    timex_s = time.perf_counter() - started
    started = time.perf_counter()
    for doc, article in zip(docs, articles, strict=True):
        facts_from_doc(doc, article)  # type: ignore[arg-type]
    ours_s = time.perf_counter() - started - timex_s  # facts_from_doc runs the tagger again
    return {"spacy_s": spacy_s, "timex_s": timex_s, "events_actors_places_s": max(ours_s, 0.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=5, help="copies of the development articles")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel run")
    parser.add_argument(
        "--cli-only", action="store_true", help="only the CLI path (`load --workers 1` and `--workers N`)"
    )
    parser.add_argument(
        "--shared", type=Path, default=SHARED, help="the shared data folder (from a git worktree: /work/shared)"
    )
    args = parser.parse_args()

    records = list(copies(dev_articles(args.shared), args.copies))
    words = sum(len(r["text"].split()) for _, r in records)
    print(f"{len(records)} articles, {words} words", flush=True)
    cli = cli_figures(records, words, args.workers)
    if args.cli_only:
        print(json.dumps({"articles": len(records), "words": words, **cli}))
        return
    _warm()  # model, gazetteer and lexicon load once per process; not part of the rate
    with tempfile.TemporaryDirectory() as folder:
        one_core_wall, one_core = run(records, 1, Path(folder) / "one.db")
        print(
            f"1 core: {one_core:.2f} CPU s ({one_core_wall:.2f} s wall), {len(records) / one_core:.1f} articles/s, "
            f"{words / one_core:.0f} words/s per CPU second ({words / one_core_wall:.0f} per wall second)",
            flush=True,
        )
        parallel, _ = run(records, args.workers, Path(folder) / "many.db")
        print(
            f"{args.workers} workers: {parallel:.2f} s, {len(records) / parallel:.1f} articles/s, "
            f"{words / parallel:.0f} words/s",
            flush=True,
        )
    stages = stage_profile(records[: min(len(records), 62)])
    total = sum(stages.values())
    shares = {name.removesuffix("_s") + "_share": round(value / total, 3) for name, value in stages.items()}
    print(
        "where the time goes (one core, extraction only): "
        + ", ".join(f"{name.removesuffix('_share')} {share:.0%}" for name, share in shares.items()),
        flush=True,
    )
    print(
        json.dumps(
            {
                "articles": len(records),
                "words": words,
                "articles_per_s": round(len(records) / one_core, 2),
                "words_per_s": round(words / one_core),
                "wall_words_per_s": round(words / one_core_wall),
                f"words_per_s_{args.workers}_workers": round(words / parallel),
                **({"words_per_s_2_workers": round(words / parallel)} if args.workers != 2 else {}),
                **shares,
                **cli,
            }
        )
    )


if __name__ == "__main__":
    main()
